"""Reading: an article file's bytes → the ``Article`` document model every later stage shares.

``source`` (bytes → lines) → ``chrome`` (the pasted web page's menus, bylines, captions… left
out, by the rule tables of ``chrome_rules``; ``dates`` reads bylines and datelines; ``lines``
tells a line's shape) → ``reader`` (lines → title, date, author, blocks with anchors) with
``metadata`` (the editor's overrides in ``metadata.yml``) → ``collection`` (the folder → every
readable article once, with unique titles and addresses); ``completeness`` (articles still
without a date or a source: advice). Pure: no MkDocs.
"""

"""Reading: an article file's bytes → the ``Article`` document model every later stage shares.

``source`` (bytes → lines) → ``reader`` (lines → title, date, blocks with anchors; page chrome
left out) with ``metadata`` (the editor's overrides in ``metadata.yml``) → ``collection`` (the
folder → every readable article once, with unique titles and addresses); ``completeness``
(articles still without a date or a source: advice). Pure: no MkDocs.
"""

"""The synthesis: which sentences of the articles state an advantage or a drawback of AI in
marketing, under which theme of ``themes.yml``, and the page and JSON that show them.

``themes`` (the editor's taxonomy) → ``polarity`` (one sentence's verdict) with ``cues`` (theme
cues found in a sentence) → ``analysis`` (every article, cached and on every core) → ``model``
(the result) → ``advice`` (what the editor is told) and ``render`` (page, table, JSON).
"""

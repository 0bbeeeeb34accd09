"""The site's pipeline, free of MkDocs: read articles, analyse them, render pages and data.

One sub-package per capability — ``reading`` (raw text → ``Article``), ``french`` (sentences,
words, lemmas), ``synthesis`` (pros and cons by theme), ``glossary`` (terms linked from the
articles), ``articles`` (article pages and index), ``editor`` (the editor's report, generated
while previewing, and the terminal's summary of the advice), ``publishing`` (home page, theme pages,
related articles, feeds, share images, PDF dossier, security policy) — and the shared pieces beside them:
``settings`` (paths, page sizes, limits), ``notices`` (what the editor is told), ``cache``
(results kept between builds), ``editor_data`` (the editor's YAML files), ``markdown``
(text → Markdown that shows exactly that text). ``site_pages`` (one level up) chains them and
lists what the site emits; ``mkdocs_wiring`` hands the result to MkDocs.
"""

"""Key figures and the sources the articles cite (issue 16).

Contract, stage by stage, all pure (no MkDocs):

- ``french_patterns``: the rules, as data — how French writes a figure (a number with its unit,
  a percentage, an amount, a ratio, a multiplier, an order of magnitude in words, a dated
  horizon) and says who gives it ("selon X", "une étude de X", "X a estimé", ", assure X").
- ``sentences``: one sentence → its figures (spans of the sentence, never rewritten) and its
  named and unnamed attributions.
- ``analysis``: ``article_figures(article)`` → each figure of an article with its sentence, its
  source (``None`` when unnamed or unattributed) and its paragraph's anchor, plus the sources
  the article names; ``collect_figures(articles, synthesis)`` → ``KeyFigures``: the same figure
  cited by several articles merged into one, grouped under the synthesis themes
  (``KeyFigures.by_theme()``), and the cited sources with their articles.
- ``render``: ``KeyFigures`` → the Markdown of the paginated ``chiffres/`` pages (quotes kept
  out of the search index), the data of ``api/chiffres.json`` (``figures_json``), and the key
  figures shown beside each theme of the synthesis (``render_theme_figures``,
  ``render_figures_overview``).

Nothing here knows an organisation or an article: names are read from the text.
"""

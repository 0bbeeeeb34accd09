"""Publishing: what readers expect of a publication beyond the pages themselves.

Contract: pure functions of the analysed site (articles, synthesis, glossary) that return
Markdown, data or bytes, with no MkDocs; ``site_pages`` calls them from its emitters and the
wiring hands their files to MkDocs. One module per job:

- ``home``: the home page (key figures, most cited themes, latest articles as cards);
- ``theme_pages``: one page per theme listing its articles (browsing by theme);
- ``related``: « À lire aussi », computed in linear time; ``article_links``: the blocks after an
  article (its themes, related articles, the way back to the lists);
- ``feeds``: RSS 2.0 and JSON Feed 1.1 of the latest articles;
- ``cards``: the 1200×630 share images (Pillow), drawn on every core and cached on disk;
  ``jsonld``: an article's structured data; ``sharing``: both added to the pages' front matter;
- ``content_security_policy``: the policy of each published page (its own scripts only);
- ``dossier``: the PDF dossier as HTML; ``pdf``: that HTML printed by WeasyPrint
  (only when ``DOSSIER_PDF=1``).
"""

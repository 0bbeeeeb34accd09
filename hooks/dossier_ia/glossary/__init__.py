"""The glossary: the editor's terms (``terms``), found and linked in the articles (``linker``),
the hints for the editor (``hints``) and the glossary page and JSON (``render``)."""

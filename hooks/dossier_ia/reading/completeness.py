"""What the editor could still tell about each article: its date and its source address, its
title when the text has no headline, and the end of a text copied in part.

Raw text rarely carries them; the reading order, the article page and the feeds are better with
them. An article without them still publishes: this is advice, pointing to the entry to add in
the metadata file beside the articles, or to the line where the text stops.
"""

from __future__ import annotations

from dossier_ia.notices import Kind, Notice, advice, display_path
from dossier_ia.reading.collection import Collection
from dossier_ia.settings import METADATA_FILE

# What is missing → how the message names it and which metadata field to fill.
MISSING_FACTS = {
    ("date", "source"): ("sans date ni source", "« date: » et « source: »"),
    ("date",): ("sans date", "« date: »"),
    ("source",): ("sans source", "« source: »"),
}


def incomplete_articles(collection: Collection) -> list[Notice]:
    """One notice per article without a date or a source, in file name order."""
    metadata = display_path(collection.seeds_dir / METADATA_FILE)
    notices = []
    for article in sorted(collection.articles, key=lambda article: article.source_name):
        missing = tuple(
            name for name, value in (("date", article.date), ("source", article.source_url)) if value is None
        )
        if missing:
            state, fields = MISSING_FACTS[missing]
            notices.append(advice(
                Kind.INCOMPLETE, collection.seeds_dir / article.source_name,
                f"{state} : ajoutez {fields} à son entrée « {article.source_name}: » dans {metadata}",
            ))
    return notices


def cut_short_articles(collection: Collection) -> list[Notice]:
    """One notice per article whose text stops in the middle of a sentence, at its last line: the
    page says that the rest was not copied, and the synthesis marks a quote of that sentence."""
    return [
        advice(
            Kind.CUT_SHORT, collection.seeds_dir / article.source_name,
            "le texte s’arrête au milieu d’une phrase : collez la fin de l’article depuis sa page d’origine",
            article.blocks[-1].line,
        )
        for article in sorted(collection.articles, key=lambda article: article.source_name)
        if article.cut_short
    ]


def guessed_titles(collection: Collection) -> list[Notice]:
    """One notice per article whose text has no headline (``Article.title_guessed``), at the line
    its title was taken from: a page copied without its headline gets the start of its lead as a
    title, which reads as one but rarely says what the article is about."""
    metadata = display_path(collection.seeds_dir / METADATA_FILE)
    return [
        advice(
            Kind.GUESSED_TITLE, collection.seeds_dir / article.source_name,
            f"pas de titre dans le texte : « {article.title} » est tiré de sa première phrase ; donnez-lui son "
            f"titre (« title: ») à son entrée « {article.source_name}: » dans {metadata}",
            article.blocks[0].line if article.blocks else None,
        )
        for article in sorted(collection.articles, key=lambda article: article.source_name)
        if article.title_guessed
    ]

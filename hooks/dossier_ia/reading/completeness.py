"""What the editor could still tell about each article: its date and its source address.

Raw text rarely carries them; the reading order, the article page and the feeds are better with
them. An article without them still publishes: this is advice, pointing to the entry to add in
the metadata file beside the articles.
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

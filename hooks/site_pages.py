"""The collection → every generated file of the site, as a mapping ``docs path → content``.

This is the one place that lists what the pipeline emits; the engine wiring only hands the
mapping to the engine, so moving to another static site engine keeps all of this.
"""

from __future__ import annotations

import json

from article_collection import Collection
from article_render import (
    article_uri,
    index_page_count,
    index_uri,
    render_article,
    render_article_index,
)

API_DIR = "api"


def assemble_site(collection: Collection) -> dict[str, str]:
    """Markdown pages and JSON data for the whole collection, in a deterministic order."""
    articles = collection.articles
    site: dict[str, str] = {}
    for position, article in enumerate(articles):
        site[article_uri(article)] = render_article(
            article,
            previous=articles[position - 1] if position > 0 else None,
            following=articles[position + 1] if position + 1 < len(articles) else None,
        )
    page_count = index_page_count(len(articles))
    for page_number in range(1, page_count + 1):
        site[index_uri(page_number)] = render_article_index(articles, page_number, page_count)
    site[f"{API_DIR}/articles.json"] = _json({"articles": [_article_entry(article) for article in articles]})
    return site


def _article_entry(article) -> dict[str, object]:
    return {
        "file": article.source_name,
        "slug": article.slug,
        "title": article.title,
        "url": f"{article_uri(article).removesuffix('.md')}/",
        "date": article.date.isoformat() if article.date else None,
        "words": article.words,
    }


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"

"""Structured data (schema.org in JSON-LD) for article pages: what search engines read of them.

A dict, written into the page's front matter; the template serialises it with Jinja's ``tojson``,
which escapes ``<``, ``>``, ``&`` and ``'``: no text of an article can close the ``<script>``.
Only facts the site knows are given: no date, author or source is invented when missing.
"""

from __future__ import annotations

from dossier_ia.reading.model import Article

SCHEMA_CONTEXT = "https://schema.org"
LANGUAGE = "fr"


def article_jsonld(article: Article, *, url: str, image: str, site_name: str, site_url: str, description: str) -> dict[str, object]:
    """An ``Article``: headline, description, address, share image, language, and, when known,
    the publication date, the author and the original article it reproduces (``isBasedOn``)."""
    data: dict[str, object] = {
        "@context": SCHEMA_CONTEXT,
        "@type": "Article",
        "headline": article.title,
        "description": description,
        "url": url,
        "mainEntityOfPage": url,
        "image": image,
        "inLanguage": LANGUAGE,
        "wordCount": article.words,
        "publisher": {"@type": "Organization", "name": site_name, "url": site_url},
    }
    if article.date:
        data["datePublished"] = article.date.isoformat()
    if article.author:
        data["author"] = {"@type": "Person", "name": article.author}
    if article.source_url:
        data["isBasedOn"] = article.source_url
    return data

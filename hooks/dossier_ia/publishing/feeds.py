"""Feeds of the latest articles: RSS 2.0 (``flux.xml``) and JSON Feed 1.1 (``flux.json``).

No MkDocs plugin fits: the RSS plugins read the articles' dates from git or from pages' front
matter after rendering, and know nothing of generated pages' excerpts. Both feeds are built here
from the article model, like ``api/*.json``: the newest ``FEED_SIZE`` articles in reading order
(dated ones first), with absolute addresses from the published ``site_url``. XML through
``xml.etree`` (text escaped by the library), JSON through ``json``: no text is pasted into markup.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping, Sequence
from email.utils import format_datetime
from xml.etree import ElementTree

from dossier_ia.articles.render import article_url, excerpt
from dossier_ia.reading.model import Article
from dossier_ia.settings import FEED_SIZE, JSON_FEED, RSS_FEED

JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
DC_NAMESPACE = "http://purl.org/dc/elements/1.1/"
ATOM_NAMESPACE = "http://www.w3.org/2005/Atom"
FEED_LANGUAGE = "fr"
FEED_TITLE_SUFFIX = " — derniers articles"


def rss_feed(
    articles: Sequence[Article],
    *,
    site_url: str,
    site_name: str,
    description: str,
    themes: Mapping[str, Sequence[str]] | None = None,
) -> str:
    """RSS 2.0 of the latest articles; an undated article has no ``pubDate`` (the field is optional)."""
    ElementTree.register_namespace("dc", DC_NAMESPACE)
    ElementTree.register_namespace("atom", ATOM_NAMESPACE)
    rss = ElementTree.Element("rss", version="2.0")
    channel = ElementTree.SubElement(rss, "channel")
    _text(channel, "title", site_name + FEED_TITLE_SUFFIX)
    _text(channel, "link", site_url)
    _text(channel, "description", description)
    _text(channel, "language", FEED_LANGUAGE)
    ElementTree.SubElement(
        channel, f"{{{ATOM_NAMESPACE}}}link", href=site_url + RSS_FEED, rel="self", type="application/rss+xml"
    )
    latest = latest_articles(articles)
    if newest := next((article.date for article in latest if article.date), None):
        _text(channel, "lastBuildDate", _rfc822(newest))
    for article in latest:
        item = ElementTree.SubElement(channel, "item")
        url = site_url + article_url(article)
        _text(item, "title", article.title)
        _text(item, "link", url)
        _text(item, "guid", url, isPermaLink="true")
        # RSS readers show a description as HTML: the text is escaped for HTML, then for XML.
        _text(item, "description", html.escape(excerpt(article)))
        if article.date:
            _text(item, "pubDate", _rfc822(article.date))
        if article.author:
            _text(item, f"{{{DC_NAMESPACE}}}creator", article.author)
        for theme in (themes or {}).get(article.source_name, ()):
            _text(item, "category", theme)
    ElementTree.indent(rss)
    return ElementTree.tostring(rss, encoding="unicode", xml_declaration=True) + "\n"


def json_feed(
    articles: Sequence[Article],
    *,
    site_url: str,
    site_name: str,
    description: str,
    themes: Mapping[str, Sequence[str]] | None = None,
) -> dict[str, object]:
    """JSON Feed 1.1 of the latest articles (https://www.jsonfeed.org/version/1.1/)."""
    items = []
    for article in latest_articles(articles):
        url = site_url + article_url(article)
        item: dict[str, object] = {
            "id": url,
            "url": url,
            "title": article.title,
            "summary": excerpt(article),
            "content_text": excerpt(article),
        }
        if article.source_url:
            item["external_url"] = article.source_url
        if article.date:
            item["date_published"] = _rfc3339(article.date)
        if article.author:
            item["authors"] = [{"name": article.author}]
        if tags := list((themes or {}).get(article.source_name, ())):
            item["tags"] = tags
        items.append(item)
    return {
        "version": JSON_FEED_VERSION,
        "title": site_name + FEED_TITLE_SUFFIX,
        "home_page_url": site_url,
        "feed_url": site_url + JSON_FEED,
        "description": description,
        "language": FEED_LANGUAGE,
        "items": items,
    }


def latest_articles(articles: Sequence[Article]) -> Sequence[Article]:
    """The collection is in reading order (newest first, undated last): its head is the latest."""
    return articles[:FEED_SIZE]


def _text(parent: ElementTree.Element, tag: str, text: str, **attributes: str) -> None:
    ElementTree.SubElement(parent, tag, attributes).text = text


def _rfc822(date: dt.date) -> str:
    """Dates without a time are published at noon UTC: the day stays the same in every time zone
    a French reader is likely to be in."""
    return format_datetime(dt.datetime(date.year, date.month, date.day, 12, tzinfo=dt.timezone.utc))


def _rfc3339(date: dt.date) -> str:
    return dt.datetime(date.year, date.month, date.day, 12, tzinfo=dt.timezone.utc).isoformat()

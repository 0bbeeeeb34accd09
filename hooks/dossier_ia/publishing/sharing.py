"""What a page tells when it is shared or indexed: its share card (``og:image``) and, for an
article, its structured data (JSON-LD), publication date and list, added to the pages' front matter
once every page is emitted, so that any page a later change adds gets its card too.

The template (``docs/_overrides/partials/publishing-head.html``) turns these keys into tags.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from dossier_ia.articles.render import article_uri, article_url, french_date, iso_date
from dossier_ia.markdown import front_matter_value
from dossier_ia.publishing.cards import Card
from dossier_ia.publishing.jsonld import article_jsonld, script_text
from dossier_ia.reading.model import Article
from dossier_ia.settings import ARTICLES_DIR, CARDS_DIR, HOME_PAGE

# The kind of page shown above a card's title, by the start of the page's docs path (first match).
KICKERS = (
    ("articles/index.md", "Liste des articles"),
    ("articles/pages/", "Liste des articles"),
    ("articles/", "Article"),
    ("synthese", "Synthèse"),
    ("glossaire", "Glossaire"),
    ("index.md", "Accueil"),
    ("", "Dossier"),
)
SITE_CARD = f"{CARDS_DIR}/site.png"
# How a page of a long list says which page it is: « … — page 2 sur 5 », « … (page 2 sur 5) »,
# « … : citations, page 2 sur 5 ».
PAGE_OF_LIST = re.compile(r"(?:\s+—\s+|,\s+|\s+\()page \d+ sur \d+\)?$")
ARTICLE_LIST_URL = f"{ARTICLES_DIR}/"


def card_uri(page_uri: str) -> str:
    """Where a page's card goes: ``articles/x.md`` → ``assets/cartes/articles/x.png``; the home
    page shows the site's card."""
    return SITE_CARD if page_uri == HOME_PAGE else f"{CARDS_DIR}/{page_uri.removesuffix('.md')}.png"


def page_cards(pages: Mapping[str, str], articles: Sequence[Article], site_name: str) -> dict[str, Card]:
    """Card path → card, for every page with a title in its front matter, and the site's own
    card (the home page's, and the one of pages written by hand), in a stable order."""
    by_uri = {article_uri(article): article for article in articles}
    return collect_cards({uri: page_card(uri, pages[uri], by_uri.get(uri), site_name) for uri in pages}, site_name)


def collect_cards(cards_by_page: Mapping[str, Card | None], site_name: str) -> dict[str, Card]:
    """``page_cards`` from each page's ``page_card``: the site's card first, then the pages' in
    the order of their paths."""
    cards = {SITE_CARD: Card(site_name, "Dossier", "Articles, synthèse et glossaire")}
    cards.update((card_uri(uri), card) for uri, card in sorted(cards_by_page.items()) if card)
    return cards


def page_card(uri: str, markdown: str, article: Article | None, site_name: str) -> Card | None:
    """The card of the page at ``uri`` (``article``: the one it shows, if any), None for a page
    without a title or the home page (which shows the site's card)."""
    title = front_matter_value(markdown, "title")
    if not isinstance(title, str) or uri == HOME_PAGE:
        return None
    kicker = next(label for prefix, label in KICKERS if uri.startswith(prefix))
    footer = (
        " · ".join(filter(None, [french_date(article), f"{article.reading_minutes}\u00a0min de lecture"]))
        if article
        else ""
    )
    # The pages of one list share its card (the same texts: drawn once, one file in the cache).
    card_title = PAGE_OF_LIST.sub("", title)
    return Card(card_title, kicker, f"{footer} · {site_name}" if footer else site_name)


def article_page_meta(article: Article, *, site_url: str, site_name: str, description: str) -> dict[str, object]:
    """Front matter an article page gets beside its card: the date, the JSON-LD, and the list it
    belongs to (``back``: the template links to it above the title)."""
    meta: dict[str, object] = {
        "back": ARTICLE_LIST_URL,
        "jsonld": script_text(
            article_jsonld(
                article,
                url=site_url + article_url(article),
                image=site_url + card_uri(article_uri(article)),
                site_name=site_name,
                site_url=site_url,
                description=description,
            )
        ),
    }
    if published := iso_date(article):
        meta["published"] = published
    return meta

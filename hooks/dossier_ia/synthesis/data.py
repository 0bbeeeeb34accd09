"""The synthesis as data, ``api/synthese.json``: a public interface (fields are only ever added).

Every theme in the page's order, even unsupported ones, with every quote (the page shows a few);
the overview, the disagreements, every recommendation, and the emerging subjects as quote groups
like themes, marked ``proposed``.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

from dossier_ia.articles.render import article_url
from dossier_ia.cache import LastResults
from dossier_ia.settings import API_DIR
from dossier_ia.synthesis.disagreements import find_disagreements
from dossier_ia.synthesis.model import Quote, Synthesis, ThemeSupport
from dossier_ia.synthesis.overview import build_overview, overview_json
from dossier_ia.synthesis.recommendations import Recommendation
from dossier_ia.synthesis.theme_pages import theme_uri, themes_with_pages

SYNTHESIS_JSON = f"{API_DIR}/synthese.json"
# Each theme's data from the previous build (``_theme_json``).
_themes_json: LastResults[dict] = LastResults()


def synthesis_json(synthesis: Synthesis, recommendations: Sequence[Recommendation] = ()) -> dict:
    """The synthesis as data (``api/synthese.json``): every theme in the page's order, even
    unsupported ones, with every quote; the overview, the disagreements and every recommendation
    (fields are only ever added: it is a public interface)."""
    pages = themes_with_pages(synthesis)
    disagreements = find_disagreements(synthesis)
    data = {
        "themes": [_theme_json(support, pages) for support in synthesis.themes],
        "article_count": len(synthesis.articles),
        "overview": overview_json(build_overview(synthesis, disagreements, recommendations)),
        "disagreements": [
            {
                "id": pair.anchor,
                "advantage": pair.advantage.theme.id,
                "drawback": pair.drawback.theme.id,
                "advantage_articles": len(pair.advantage.articles),
                "drawback_articles": len(pair.drawback.articles),
                "both_sides_articles": len(pair.both_sides),
            }
            for pair in disagreements
        ],
        "recommendations": [
            {**_quote_json(recommendation), "themes": list(recommendation.themes)}
            for recommendation in recommendations
        ],
        "emerging": [_theme_json(support, pages) for support in synthesis.emerging],
    }
    _themes_json.end_build()
    return data


def _theme_json(support: ThemeSupport, pages: Mapping[str, ThemeSupport]) -> dict:
    """A theme's data; under ``mkdocs serve``, the previous build's while its quotes are the same
    (an edit adds a claim to one or two themes: the others' thousands of quotes are not redone)."""
    has_page = pages.get(support.theme.id) is support
    return _themes_json.get(support.theme, (support, has_page), functools.partial(_new_theme_json, support, has_page))


def _new_theme_json(support: ThemeSupport, has_page: bool) -> dict:
    theme = support.theme
    return {
        "id": theme.id,
        "title": theme.title,
        "short_title": theme.label,
        "polarity": theme.polarity.value,
        "summary": theme.summary,
        "articles": len(support.articles),
        "quote_count": support.quote_count,
        "page": f"{theme_uri(theme.id).removesuffix('.md')}/" if has_page else None,
        "opposes": list(theme.opposes),
        "proposed": theme.proposed,
        "quotes": [_quote_json(quote) for quote in support.quotes],
    }


def _quote_json(quote: Quote | Recommendation) -> dict:
    return {
        "article": quote.article,
        "slug": quote.slug,
        "text": quote.text,
        "url": f"{article_url(quote)}#{quote.anchor}",
    }

"""The article pages and the article list, as emitters of the site (``site_pages.EMITTERS``).

Both keep their pages between the rebuilds of ``mkdocs serve``, each by everything its Markdown
depends on: a rebuild after one edit renders the edited article, its neighbours and the list
pages that show it. A first build renders the article pages on every core. ``article_pages``
writes them before the analysis ends, with a place for their end (``article_links``), which the
engine fills in once the analysis has chosen it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from dossier_ia.analysed_site import AnalysedSite
from dossier_ia.articles.render import (
    article_facts,
    article_uri,
    index_uri,
    render_article,
    render_article_index,
)
from dossier_ia.cache import RebuildMemo
from dossier_ia.glossary.linker import link_terms
from dossier_ia.glossary.terms import Glossary
from dossier_ia.markdown import page_count, page_items
from dossier_ia.parallel import map_on_every_core
from dossier_ia.publishing.article_links import ARTICLE_LINKS_PLACE, render_article_links, theme_labels
from dossier_ia.reading.model import Article
from dossier_ia.settings import ARTICLE_INDEX_PAGE_SIZE

_pages: RebuildMemo[str] = RebuildMemo()
_links: RebuildMemo[str] = RebuildMemo()


def emit_article_pages(site: AnalysedSite) -> dict[str, str]:
    """Each article's page, its end (themes, related articles) written in; those the previous build
    did not make (all, in a first build) on every core."""
    return article_pages(site.articles, site.glossary, functools.partial(article_links, site))


def article_pages(
    articles: Sequence[Article], glossary: Glossary, links: Callable[[Article], str] = lambda _: ARTICLE_LINKS_PLACE,
) -> dict[str, str]:
    """Each article's page, with ``links(article)`` for its end (by default the place the engine
    puts it in once the analysis has chosen it: the pages can then be written, and rendered,
    before); those the previous build did not make (all, in a first build) on every core."""
    keys, render = [], {}
    for position, article in enumerate(articles):
        previous = articles[position - 1] if position > 0 else None
        following = articles[position + 1] if position + 1 < len(articles) else None
        # The glossary links are a function of the article and the glossary (the same object while
        # its file is unchanged): they are part of the key through those two.
        key = (article, _title_and_slug(previous), _title_and_slug(following), glossary, links(article))
        keys.append(key)
        render[key] = functools.partial(_article_page, article, previous, following, glossary, key[-1])
    pages = _pages.get_many(keys, lambda missing: map_on_every_core(lambda key: render[key](), missing))
    return {article_uri(key[0]): page for key, page in zip(keys, pages)}


def article_links(site: AnalysedSite, article: Article) -> str:
    """The end of an article's page: its themes, the articles related to it, the way back; kept
    between the rebuilds of ``mkdocs serve`` by everything it shows."""
    name = article.source_name
    themes, related = site.themes.get(name, ()), site.related.get(name, ())
    return _links.get(
        (article.slug, themes, tuple(map(_related_facts, related))),
        functools.partial(render_article_links, article, themes, related),
    )


def _article_page(
    article: Article, previous: Article | None, following: Article | None, glossary: Glossary, links: str
) -> str:
    return render_article(
        article, previous=previous, following=following, links=link_terms(article, glossary), appendix=links
    )


def _title_and_slug(article: Article | None) -> tuple[str, str] | None:
    return article and (article.title, article.slug)


def _related_facts(article: Article) -> tuple[str, str, str]:
    """What « À lire aussi » shows of a related article: its title, address and facts line."""
    return (article.title, article.slug, article_facts(article))


def emit_article_index(site: AnalysedSite) -> dict[str, str]:
    """The article list, in pages of ``ARTICLE_INDEX_PAGE_SIZE``; a rebuild makes again only the
    pages whose articles changed."""
    articles = site.articles
    pages = page_count(len(articles), ARTICLE_INDEX_PAGE_SIZE)
    files: dict[str, str] = {}
    for page_number in range(1, pages + 1):
        shown = page_items(articles, page_number, ARTICLE_INDEX_PAGE_SIZE)
        labels = {
            article.source_name: theme_labels(site.themes.get(article.source_name, ()), index_uri(page_number))
            for article in shown
        }
        key = (page_number, pages, len(articles), shown, tuple(labels.values()))
        files[index_uri(page_number)] = _pages.get(
            key, lambda: render_article_index(articles, page_number, pages, labels)
        )
    # The last emitter that uses the page memo: what this build did not ask for is forgotten.
    _pages.end_build()
    _links.end_build()
    return files

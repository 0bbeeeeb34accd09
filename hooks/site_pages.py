"""The whole pipeline, engine-free: read and analyse once, then every emitter writes its files.

``analyse_site`` (``dossier_ia.analysed_site``) reads the article folder and the editor's data
and runs every analysis into one ``AnalysedSite``; ``EMITTERS`` lists what the site emits, each
``emit(site) -> {docs path: content}``. A new output is a new entry in that list. ``FINISHERS`` then run on what the
emitters made (share cards and structured data for every page emitted). The MkDocs wiring only
hands the result to MkDocs, so moving to another engine keeps all of this.

``build_site`` does it in one step. ``start_site`` writes the article pages first, with a place for
their end (themes, related articles), and judges the claims in other processes meanwhile: the
engine renders the article pages, most of its work, while the analysis runs, then takes every
other file and the end of each article page from ``finish``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dossier_ia.analysed_site import AnalysedSite, analyse_site, read_site, start_analysis
from dossier_ia.articles.pages import article_links, article_pages, emit_article_index, emit_article_pages
from dossier_ia.articles.render import (
    article_uri,
    articles_json,
)
from dossier_ia.cache import DiskCache, LastResult, RebuildMemo
from dossier_ia.compact_json import json_file
from dossier_ia.editor.report import REPORT_INDEX, plan_report, render_report_index, render_report_page
from dossier_ia.figures.render import (
    FIGURES_JSON,
    figures_json,
    render_figure_pages,
    render_figures_overview,
    render_theme_figures,
)
from dossier_ia.glossary.linker import compile_glossary, first_passages
from dossier_ia.glossary.render import GLOSSARY_JSON_URI, glossary_json, render_glossary_page, shown_citations
from dossier_ia.markdown import add_front_matter, front_matter_value
from dossier_ia.notices import Notice, Severity
from dossier_ia.parallel import BackgroundJob, map_on_every_core
from dossier_ia.publishing.cards import Card, draw_card, make_cards
from dossier_ia.publishing.dossier import dossier_html
from dossier_ia.publishing.feeds import json_feed, rss_feed
from dossier_ia.publishing.home import render_home_page
from dossier_ia.publishing.pdf import render_pdf, stylesheet
from dossier_ia.publishing.sharing import article_page_meta, card_uri, collect_cards, page_card
from dossier_ia.publishing.theme_pages import render_theme_pages
from dossier_ia.reading.collection import Collection
from dossier_ia.reading.model import Article
from dossier_ia.settings import (
    API_DIR,
    DOSSIER_PDF,
    GLOSSARY_CITATIONS_SHOWN,
    GLOSSARY_PAGE,
    HOME_PAGE,
    JSON_FEED,
    RSS_FEED,
    SYNTHESIS_PAGE,
    Settings,
)
from dossier_ia.synthesis.analysis import forget_verdicts
from dossier_ia.synthesis.data import SYNTHESIS_JSON, synthesis_json
from dossier_ia.synthesis.model import paragraph_key
from dossier_ia.synthesis.recommendation_pages import render_recommendation_pages
from dossier_ia.synthesis.render import render_synthesis_page
from dossier_ia.synthesis.theme_pages import render_theme_pages as render_theme_quote_pages
from dossier_ia.synthesis.who_says_what import render_who_says_what

ARTICLES_JSON = f"{API_DIR}/articles.json"
ARTICLE_PAGES = "pages des articles"
# Kept between the rebuilds of `mkdocs serve` (this module stays imported): each page's card and
# finished Markdown, by its emitted Markdown (the same text object when its emitter kept it), the
# advice given.
_finished_pages: RebuildMemo[tuple[Card | None, str]] = RebuildMemo()
_previous_advice: set[Notice] = set()
# Pages of the editor's report by everything they show: a rebuild renders the changed ones only.
_report_pages: RebuildMemo[str] = RebuildMemo()

@dataclass(frozen=True)
class BackgroundFile:
    """A file still being made in other processes when the pipeline returns (a share card drawn
    while the engine renders the pages): its content is at ``path`` once ``job.wait()`` returned."""

    path: Path
    job: BackgroundJob


# A generated file's content: text, bytes, a file already on disk (a cached share image), or one
# being made in the background.
Content = str | bytes | Path | BackgroundFile
Emitter = Callable[[AnalysedSite], dict[str, Content]]
# What of the analysed site an emitter reads, as a tuple of values compared with ``==``.
Reads = Callable[[AnalysedSite], tuple[object, ...]]
# Runs once every emitter is done, on the pages they emitted, which it may finish in place, and
# the cards of the article pages finished before (``start_site``): what it returns replaces or adds.
Finisher = Callable[[AnalysedSite, dict[str, Content], dict[str, Card | None]], dict[str, Content]]


class EmitterError(RuntimeError):
    """An emitter failed: the message names it, since a traceback alone does not say which output."""


@dataclass(frozen=True)
class SiteBuild:
    """Generated files (docs path → content), and the notices for the editor: ``problems`` are bad
    input to fix (a file, a data entry); ``advice`` is how to make the synthesis and glossary more
    complete; ``new_advice`` is the advice the previous build in this process did not give, and
    ``resolved_advice`` how many of its pieces of advice this one no longer gives, so that a
    rebuild of ``mkdocs serve`` tells what changed instead of repeating itself."""

    files: dict[str, Content]
    notices: tuple[Notice, ...]
    collection: Collection
    new_advice: tuple[Notice, ...]
    resolved_advice: int = 0
    # Article page → the HTML of its end, for the pages written before the analysis (``start_site``),
    # which hold ``ARTICLE_LINKS_PLACE`` instead.
    article_links: dict[str, str] = field(default_factory=dict)

    def background_jobs(self) -> list[BackgroundJob]:
        """The jobs making the ``BackgroundFile``s: wait for each before copying those files."""
        jobs = {id(content.job): content.job for content in self.files.values() if isinstance(content, BackgroundFile)}
        return list(jobs.values())

    @property
    def problems(self) -> list[Notice]:
        """Bad input to fix: logged as warnings, which ``--strict`` counts."""
        return [notice for notice in self.notices if notice.severity is Severity.PROBLEM]

    @property
    def advice(self) -> list[Notice]:
        """How to make the synthesis and glossary more complete: summed up, never a warning."""
        return [notice for notice in self.notices if notice.severity is Severity.ADVICE]


@dataclass(frozen=True)
class StartedSite:
    """A build whose article pages are written before the analysis ends (``start_site``): the
    engine renders them while the claims are judged; ``finish`` gives every other file, and the end
    of each article page."""

    article_pages: dict[str, Content]
    finish: Callable[[], SiteBuild]


def build_site(settings: Settings) -> SiteBuild:
    """Read, analyse and emit the collection; bad input is reported as notices, never raised."""
    site = analyse_site(settings)
    return _site_build(site, emit_site(site))


def start_site(settings: Settings) -> StartedSite:
    """``build_site`` in two steps: the article pages now, each with a place for its end (its
    themes and related articles, which the analysis chooses), while the claims are judged on all
    cores but one; every other file when ``finish`` is called. Its share cards and structured
    data are in each page already."""
    read = read_site(settings)
    # Before the judging starts: written on every core, which its workers would then be using.
    pages: dict[str, Content] = dict(_named(ARTICLE_PAGES, lambda: article_pages(read.articles, read.glossary)))
    cards = share_metadata(settings, read.articles, pages, with_dossier=None)
    pending = start_analysis(read, spare_a_core=True)

    def finish() -> SiteBuild:
        site = pending.finish()
        links = {article_uri(article): article_links(site, article) for article in site.articles}
        return _site_build(site, emit_site(site, cards), links)

    return StartedSite(pages, finish)


def _site_build(site: AnalysedSite, files: dict[str, Content], links: dict[str, str] | None = None) -> SiteBuild:
    """The build's files and notices, and the advice that changed since the previous build."""
    if not RebuildMemo.keep_between_builds:
        # A one-off build (``mkdocs build``): no next build will ask for what these keep.
        forget_verdicts()
        compile_glossary.cache_clear()
    advice = [notice for notice in site.notices if notice.severity is Severity.ADVICE]
    new_advice = tuple(notice for notice in advice if notice not in _previous_advice)
    resolved_advice = len(_previous_advice.difference(advice))
    _previous_advice.clear()
    _previous_advice.update(advice)
    return SiteBuild(files, site.notices, site.collection, new_advice, resolved_advice, links or {})


def emit_site(site: AnalysedSite, article_cards: dict[str, Card | None] | None = None) -> dict[str, Content]:
    """Every emitter's files, in the order of ``EMITTERS``, then what ``FINISHERS`` make of them.
    ``article_cards``: the cards of the article pages ``start_site`` wrote already, whose emitter
    is then left out."""
    files: dict[str, Content] = {}
    for name, emit, reads in EMITTERS:
        if article_cards is not None and name == ARTICLE_PAGES:
            continue
        if reads is None:
            files.update(_named(name, emit, site))
        else:
            files.update(_last_files[name].get(reads(site), lambda: _named(name, emit, site)))
    for name, finish in FINISHERS:
        files.update(_named(name, finish, site, files, article_cards or {}))
    return files


def emit_synthesis(site: AnalysedSite) -> dict[str, str]:
    """The synthesis page, each theme's pages, « Qui dit quoi » and « Que faire » pages."""
    passages = site.passages
    synthesis, recommendations = site.synthesis, site.recommendations
    key_figures = {
        theme_id: [markdown] for theme_id, markdown in render_theme_figures(site.figures, SYNTHESIS_PAGE).items()
    }
    page = render_synthesis_page(
        synthesis,
        recommendations,
        passages,
        key_figures=key_figures,
        figures_overview=render_figures_overview(site.figures, SYNTHESIS_PAGE),
    )
    return {
        SYNTHESIS_PAGE: page,
        **render_theme_quote_pages(synthesis, passages),
        **render_who_says_what(synthesis, recommendations),
        **render_recommendation_pages(recommendations, synthesis, passages),
    }


def emit_figures(site: AnalysedSite) -> dict[str, str]:
    """« Chiffres clés et sources » and its pages."""
    return render_figure_pages(site.figures)


def emit_glossary(site: AnalysedSite) -> dict[str, Content]:
    """The glossary page; « Cité dans » leads to the passage, found for the citations shown only."""
    shown = {
        article.source_name: article
        for term in site.glossary.terms
        for article in shown_citations(term, site.citations)[:GLOSSARY_CITATIONS_SHOWN]
    }
    passages = {
        (anchor, name): block
        for name, article in sorted(shown.items())
        for anchor, block in first_passages(article, site.glossary).items()
    }
    return {GLOSSARY_PAGE: render_glossary_page(site.glossary, site.citations, passages)}


def emit_articles_json(site: AnalysedSite) -> dict[str, Content]:
    """``api/*.json`` (this one and the three below): a public interface; fields are added, never
    renamed or dropped. One emitter per file, so that a rebuild redoes only those whose data changed."""
    return {ARTICLES_JSON: json_file(articles_json(site.articles))}


def emit_synthesis_json(site: AnalysedSite) -> dict[str, Content]:
    """``api/synthese.json``: every quote of every theme and subject, the overview and the advice."""
    return {SYNTHESIS_JSON: json_file(synthesis_json(site.synthesis, site.recommendations))}


def emit_glossary_json(site: AnalysedSite) -> dict[str, Content]:
    """``api/glossaire.json``: the terms and the articles that use them."""
    return {GLOSSARY_JSON_URI: json_file(glossary_json(site.glossary, site.citations))}


def emit_figures_json(site: AnalysedSite) -> dict[str, Content]:
    """``api/chiffres.json``: the figures and the sources the articles cite."""
    return {FIGURES_JSON: json_file(figures_json(site.figures))}


def emit_editor_report(site: AnalysedSite) -> dict[str, str]:
    """The editor's report, only while previewing: it is for the editor, never published."""
    if not site.settings.preview:
        return {}
    plan = plan_report(site.notices, site.collection, site.settings)
    files = {REPORT_INDEX: render_report_index(plan)}
    for page in plan.pages:
        files[page.uri] = _report_pages.get(page, functools.partial(render_report_page, page))
    _report_pages.end_build()
    return files


def emit_home(site: AnalysedSite) -> dict[str, Content]:
    """The home page: key numbers, the most cited points, the latest articles."""
    pdf = DOSSIER_PDF if site.settings.pdf else None
    return {HOME_PAGE: render_home_page(site.articles, site.synthesis, site.themes, len(site.glossary.terms), pdf)}


def emit_theme_pages(site: AnalysedSite) -> dict[str, Content]:
    """Browsing by theme: each theme's articles, in pages."""
    return render_theme_pages(site.synthesis, site.articles)


def emit_feeds(site: AnalysedSite) -> dict[str, Content]:
    """``flux.xml`` (RSS 2.0) and ``flux.json`` (JSON Feed 1.1): the latest articles."""
    settings = site.settings
    themes = {name: [theme.title for theme in found] for name, found in site.themes.items()}
    about = {
        "site_url": settings.site_url,
        "site_name": settings.site_name,
        "description": settings.site_description,
        "themes": themes,
    }
    return {RSS_FEED: rss_feed(site.articles, **about), JSON_FEED: json_file(json_feed(site.articles, **about))}


def emit_pdf(site: AnalysedSite) -> dict[str, Content]:
    """The PDF dossier, only when the build asks for it (``DOSSIER_PDF=1``): it takes seconds."""
    if not site.settings.pdf:
        return {}
    settings = site.settings
    html = dossier_html(
        site.articles,
        site.synthesis,
        site.glossary,
        site_name=settings.site_name,
        site_url=settings.site_url,
        stylesheet=stylesheet(),
    )
    return {DOSSIER_PDF: render_pdf(html)}


def finish_share_metadata(
    site: AnalysedSite, files: dict[str, Content], finished: dict[str, Card | None]
) -> dict[str, Content]:
    """A share card for every emitted page, and the JSON-LD of every article, in their front matter
    (``share_metadata``); the cards of those pages and of the pages ``finished`` already are drawn.
    Returns the cards."""
    settings = site.settings
    with_dossier = SYNTHESIS_PAGE if DOSSIER_PDF in files else None
    cards_by_page = {**finished, **share_metadata(settings, site.articles, files, with_dossier)}
    _finished_pages.end_build()
    cards = collect_cards(cards_by_page, settings.site_name)
    if settings.cache_dir is None:
        images: list[Content] = list(map_on_every_core(draw_card, list(cards.values())))
    else:
        paths, drawing = make_cards(list(cards.values()), DiskCache(settings.cache_dir / "cartes", ".png"))
        images = [BackgroundFile(path, drawing) for path in paths]
    return dict(zip(cards, images))


def share_metadata(
    settings: Settings, articles: Sequence[Article], files: dict[str, Content], with_dossier: str | None
) -> dict[str, Card | None]:
    """Each Markdown page of ``files`` finished in place: its card and, for an article, its date,
    list and JSON-LD, added to its front matter (``with_dossier``: the page that offers the PDF).
    Each page is replaced as soon as it is finished, so that its emitted text can go at once:
    holding both versions of every page until the end made the pipeline's peak of memory (about
    80 MB at 1,000 articles). Returns each page's card."""
    by_uri = {article_uri(article): article for article in articles}
    cards_by_page: dict[str, Card | None] = {}
    for uri in list(files):
        content = files[uri]
        if uri.endswith(".md") and isinstance(content, str):
            article = by_uri.get(uri)
            cards_by_page[uri], files[uri] = _finished_pages.get(
                (uri, content, article, settings.site_url, settings.site_name, uri == with_dossier),
                functools.partial(_share_metadata, uri, content, article, settings, uri == with_dossier),
            )
    return cards_by_page


def _share_metadata(
    uri: str, markdown: str, article: Article | None, settings: Settings, with_dossier: bool
) -> tuple[Card | None, str]:
    """A page's card, and its Markdown with its card (and, for an article, its date, list and
    JSON-LD; for the synthesis, the PDF dossier) added to its front matter."""
    meta: dict[str, object] = {"card": card_uri(uri)}
    if article:
        description = str(front_matter_value(markdown, "description") or "")
        site_url, site_name = settings.site_url, settings.site_name
        meta.update(article_page_meta(article, site_url=site_url, site_name=site_name, description=description))
    if with_dossier:
        meta["dossier"] = DOSSIER_PDF
    return page_card(uri, markdown, article, settings.site_name), add_front_matter(markdown, meta)


# What the site emits, in order: each entry's name (said in the error if it fails), its emitter,
# and what of the analysed site it reads. A rebuild of ``mkdocs serve`` whose inputs are equal to
# the previous build's takes that emitter's previous files; ``None``: it runs each time (the
# article pages and the report keep their results page by page, the PDF is never previewed).
EMITTERS: tuple[tuple[str, Emitter, Reads | None], ...] = (
    (ARTICLE_PAGES, emit_article_pages, None),
    ("liste des articles", emit_article_index, None),
    (
        "synthèse",
        emit_synthesis,
        lambda site: (site.synthesis, site.recommendations, site.figures, _quoted_passages(site)),
    ),
    ("chiffres clés", emit_figures, lambda site: (site.figures,)),
    ("pages des thèmes", emit_theme_pages, lambda site: (site.synthesis, site.articles)),
    ("glossaire", emit_glossary, lambda site: (site.glossary, site.citations)),
    ("accueil", emit_home, lambda site: (site.settings, site.articles, site.synthesis, site.themes, site.glossary)),
    ("données JSON des articles", emit_articles_json, lambda site: (site.articles,)),
    ("données JSON de la synthèse", emit_synthesis_json, lambda site: (site.synthesis, site.recommendations)),
    ("données JSON du glossaire", emit_glossary_json, lambda site: (site.glossary, site.citations)),
    ("données JSON des chiffres", emit_figures_json, lambda site: (site.figures,)),
    ("page de l’éditeur", emit_editor_report, None),
    ("flux RSS et JSON Feed", emit_feeds, lambda site: (site.settings, site.articles, site.themes)),
    ("dossier PDF", emit_pdf, None),
)
_last_files: dict[str, LastResult[dict[str, Content]]] = {name: LastResult() for name, _, _ in EMITTERS}
# Run on what the emitters made, once they are all done.
FINISHERS: tuple[tuple[str, Finisher], ...] = (("cartes de partage et données structurées", finish_share_metadata),)


def _quoted_passages(site: AnalysedSite) -> dict[tuple[str, str], tuple[str, str] | None]:
    """What the synthesis pages read of the articles: the blocks their quotes come from."""
    synthesis = site.synthesis
    places = set(map(paragraph_key, [*synthesis.unthemed, *site.recommendations]))
    for support in [*synthesis.themes, *synthesis.emerging]:
        places.update(support.paragraph_keys)
    return site.passages.around(places)


def _named(name: str, produce: Callable[..., dict[str, Content]], *arguments: object) -> dict[str, Content]:
    try:
        return produce(*arguments)
    except Exception as error:
        raise EmitterError(f"la production de « {name} » a échoué : {error!r}") from error


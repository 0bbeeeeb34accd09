"""The editor's report: every notice of a build, by section, grouped by file, linked to the article.

Generated only while previewing (``mkdocs serve``), never published. Pure: notices and the
collection → ``{docs path: Markdown}``. Each notice is shown as it is (its message says what to
edit: the data file and the entry); the report adds what only the site knows: the article's
title, its page and the paragraph at the notice's line. Everything shown goes through
``escape_text``: a file name or a quoted sentence is text, never markup.

At 1,000 articles the synthesis alone finds thousands of claims without a theme, so each section
is split into pages of ``EDITOR_REPORT_FILES_PER_PAGE`` files: a page stays small, and an edit to
one article changes the one page that holds its file (``serve --dirty`` rebuilds only that page).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dossier_ia.articles.render import article_uri
from dossier_ia.french.text import sort_key
from dossier_ia.markdown import escape_text, front_matter, page_count, pagination, relative_link
from dossier_ia.notices import NBSP, Kind, Notice, Severity, counted, display_path, french_spacing
from dossier_ia.reading.collection import Collection
from dossier_ia.reading.model import Article
from dossier_ia.settings import EDITOR_REPORT_DIR, EDITOR_REPORT_FILES_PER_PAGE, Settings

REPORT_INDEX = f"{EDITOR_REPORT_DIR}/index.md"
REPORT_TITLE = "Page de l’éditeur"


@dataclass(frozen=True)
class Section:
    """A part of the report: the notices of one severity (of some kinds, or of every kind when
    ``kinds`` is empty), and what the editor does about them; ``{themes}``, ``{glossary}`` and
    ``{metadata}`` in ``todo`` stand for the data files' paths."""

    slug: str
    title: str
    severity: Severity
    kinds: tuple[Kind, ...]
    todo: str


SECTIONS = (
    Section("a-corriger", "À corriger", Severity.PROBLEM, (),
            "Fichiers ou entrées que la construction n’a pas pu prendre tels quels ; chaque ligne dit quoi corriger. "
            "Tant qu’il en reste, la publication (mkdocs build --strict, en CI) échoue."),
    Section("lignes-ecartees", "Lignes écartées", Severity.ADVICE, (Kind.LEFT_OUT,),
            "Lignes lues comme des restes de la page web d’origine (légendes d’image), non publiées. "
            "Si l’une fait partie de l’article, réécrivez-la dans le fichier de l’article, à la ligne indiquée."),
    Section("points-sans-theme", "Points sans thème", Severity.ADVICE, (Kind.UNTHEMED,),
            "Phrases qui énoncent un avantage ou un inconvénient qu’aucun thème de la synthèse ne couvre "
            "(la page Synthèse les liste à part). Pour les rattacher, ajoutez une phrase semblable aux exemples "
            "(« examples: ») d’un thème de {themes}, ou créez-y un thème."),
    Section("sujets-emergents", "Sujets émergents", Severity.ADVICE, (Kind.EMERGING,),
            "Groupes de points sans thème qui parlent d’un même sujet : la construction propose un titre et une "
            "polarité. Pour l’adopter, ajoutez un thème à {themes} ; pour le rattacher à un thème existant, "
            "ajoutez des phrases semblables à ses exemples (« examples: »)."),
    Section("glossaire", "Glossaire", Severity.ADVICE, (Kind.GLOSSARY_UNUSED, Kind.GLOSSARY_MISSING),
            "Termes de {glossary} qu’aucun article n’emploie, et noms fréquents dans les articles que le "
            "glossaire n’explique pas : à ajouter sous « terms: », ou à lister sous « ignore: »."),
    Section("articles-incomplets", "Articles sans date ou sans source", Severity.ADVICE, (Kind.INCOMPLETE,),
            "La date classe l’article et s’affiche sur sa page ; la source renvoie à l’article d’origine. "
            "Ajoutez-les à l’entrée de l’article dans {metadata}."),
    Section("titres-tires-du-texte", "Titres tirés du texte", Severity.ADVICE, (Kind.GUESSED_TITLE,),
            "Textes copiés sans leur titre : le site leur donne le début de leur première phrase. "
            "Donnez-leur leur vrai titre à leur entrée dans {metadata}."),
    Section("articles-coupes", "Articles coupés", Severity.ADVICE, (Kind.CUT_SHORT,),
            "Textes qui s’arrêtent au milieu d’une phrase, souvent copiés en partie : la page de l’article "
            "le signale au lecteur. Collez la fin de l’article dans son fichier."),
)
# Advice of a kind that no section lists (a new analysis): shown too, so that nothing is left out.
OTHER_ADVICE = Section(
    "autres-conseils", "Autres conseils", Severity.ADVICE, (), "Conseils des autres analyses ; chacun dit quoi faire."
)
SECTION_OF_KIND = {
    kind: section for section in SECTIONS if section.severity is Severity.ADVICE for kind in section.kinds
}
# How a section counts its notices.
COUNTED_AS = {Severity.PROBLEM: "problème", Severity.ADVICE: "conseil"}


@dataclass(frozen=True)
class FileGroup:
    """The notices about one file, in line order: an article's (``article`` is then the one the
    site shows, for its title, page and paragraphs) or a data file's."""

    location: str
    article: Article | None
    notices: tuple[Notice, ...]


@dataclass(frozen=True)
class ReportPage:
    """One page of a section: everything its Markdown depends on (it is the key of its cache).
    Nothing about the rest of the section (its count is on the index): an edit to one article
    changes the one page that holds it."""

    uri: str
    section: Section
    todo: str
    number: int
    pages: int
    groups: tuple[FileGroup, ...]


@dataclass(frozen=True)
class ReportPlan:
    """Every section with its number of notices (empty ones too: the editor sees what was
    checked), and the pages of the sections that have notices."""

    counts: tuple[tuple[Section, int], ...]
    pages: tuple[ReportPage, ...]


def render_report(notices: Iterable[Notice], collection: Collection, settings: Settings) -> dict[str, str]:
    """Every page of the report: its index and each section's pages."""
    plan = plan_report(notices, collection, settings)
    return {REPORT_INDEX: render_report_index(plan), **{page.uri: render_report_page(page) for page in plan.pages}}


def plan_report(notices: Iterable[Notice], collection: Collection, settings: Settings) -> ReportPlan:
    """The notices sorted into sections, files and pages; the articles they are about resolved."""
    articles = {str(collection.seeds_dir / article.source_name): article for article in collection.articles}
    by_section: dict[Section, list[Notice]] = {}
    for notice in notices:
        by_section.setdefault(_section_of(notice), []).append(notice)
    paths = {
        "themes": display_path(settings.themes_file),
        "glossary": display_path(settings.glossary_file),
        "metadata": display_path(settings.metadata_file),
    }
    sections = (*SECTIONS, OTHER_ADVICE) if OTHER_ADVICE in by_section else SECTIONS
    counts: list[tuple[Section, int]] = []
    pages: list[ReportPage] = []
    for section in sections:
        section_notices = by_section.get(section, [])
        counts.append((section, len(section_notices)))
        groups = _file_groups(section_notices, articles)
        page_total = page_count(len(groups), EDITOR_REPORT_FILES_PER_PAGE) if groups else 0
        for number in range(1, page_total + 1):
            start = (number - 1) * EDITOR_REPORT_FILES_PER_PAGE
            pages.append(ReportPage(
                section_uri(section, number), section, french_spacing(section.todo.format(**paths)), number, page_total,
                tuple(groups[start : start + EDITOR_REPORT_FILES_PER_PAGE]),
            ))
    return ReportPlan(tuple(counts), tuple(pages))


def section_uri(section: Section, number: int = 1) -> str:
    """Where page ``number`` of a section lives: its first page is the section's index, the one its link points to."""
    return (
        f"{EDITOR_REPORT_DIR}/{section.slug}/index.md"
        if number == 1
        else f"{EDITOR_REPORT_DIR}/{section.slug}/{number}.md"
    )


def render_report_index(plan: ReportPlan) -> str:
    """The report's first page: what it is, and each section with its count and its link."""
    totals = {
        severity: sum(count for section, count in plan.counts if section.severity is severity) for severity in Severity
    }
    lines = []
    for section, count in plan.counts:
        title = f"[{section.title}]({relative_link(section_uri(section), REPORT_INDEX)})" if count else section.title
        number = counted(count, COUNTED_AS[section.severity]) if count else "rien à signaler"
        lines.append(f"- **{title}**{NBSP}: {number}")
    return "\n\n".join([
        front_matter({"title": REPORT_TITLE, "search": {"exclude": True}}),
        f"# {REPORT_TITLE}",
        escape_text(french_spacing(
            "Cette page n’existe que dans l’aperçu (mkdocs serve) : mkdocs build ne la produit pas et elle n’est "
            f"jamais publiée. La dernière construction a relevé {counted(totals[Severity.PROBLEM], 'problème')} à "
            f"corriger et {counted(totals[Severity.ADVICE], 'conseil')} pour compléter les articles et les données.",
        )),
        "\n".join(lines),
    ]) + "\n"


def render_report_page(page: ReportPage) -> str:
    """One page of a section: what to do, then the notices file by file, then the other pages."""
    section, uri = page.section, page.uri
    heading = section.title if page.pages == 1 else f"{section.title} — page {page.number} sur {page.pages}"
    parts = [
        front_matter({"title": f"{heading} · Éditeur", "search": {"exclude": True}}),
        f"# {escape_text(heading)}",
        f"[← {REPORT_TITLE}]({relative_link(REPORT_INDEX, uri)})",
        escape_text(page.todo),
        *(_file_group(group, uri) for group in page.groups),
    ]
    if page.pages > 1:
        parts.append(
            pagination(
                page.number,
                page.pages,
                uri,
                lambda number: section_uri(section, number),
                f"Pages de « {section.title} »",
            )
        )
    return "\n\n".join(parts) + "\n"


def _section_of(notice: Notice) -> Section:
    if notice.severity is Severity.PROBLEM:
        return SECTIONS[0]
    return SECTION_OF_KIND.get(notice.kind, OTHER_ADVICE)


def _file_groups(notices: Sequence[Notice], articles: dict[str, Article]) -> list[FileGroup]:
    """The notices by file: files in path order, notices in line order. Only grouping: this runs
    on every rebuild for every notice, the links are made when a page is rendered."""
    by_file: dict[str, list[Notice]] = {}
    for notice in notices:
        by_file.setdefault(notice.file, []).append(notice)
    locations = {file: display_path(file) for file in by_file}
    return [
        FileGroup(
            locations[file], articles.get(file), tuple(sorted(by_file[file], key=lambda notice: notice.line or 0))
        )
        for file in sorted(by_file, key=lambda file: sort_key(locations[file]))
    ]


def _file_group(group: FileGroup, uri: str) -> str:
    """A file's heading (the article's title, or the file's path), where it is, its notices."""
    article = group.article
    facts = [f"Fichier{NBSP}: {escape_text(group.location)}"]
    if article:
        facts.append(f"[page de l’article]({relative_link(article_uri(article), uri)})")
    block_lines = [block.line for block in article.blocks] if article else []
    items = [
        _item(notice, _paragraph(article, block_lines, notice.line) if article else None, uri)
        for notice in group.notices
    ]
    heading = escape_text(article.title if article else group.location)
    return f"## {heading}\n\n" + " · ".join(facts) + "\n\n" + "\n".join(items)


def _paragraph(article: Article, block_lines: list[int], line: int | None) -> str | None:
    """The article page at the block where ``line`` is (the block that starts at or before it:
    a paragraph joined from wrapped lines starts above; a left-out caption sat after it); the
    page's top for a line above the first block (the title)."""
    if not line:
        return None
    index = bisect.bisect_right(block_lines, line) - 1
    return f"{article_uri(article)}#{article.blocks[index].anchor}" if index >= 0 else article_uri(article)


def _item(notice: Notice, paragraph: str | None, uri: str) -> str:
    message = escape_text(notice.message)
    if not notice.line:
        return f"- {message}"
    place = f"ligne{NBSP}{notice.line}"
    if paragraph:
        place = f"[{place}]({relative_link(paragraph, uri)})"
    return f"- {place}{NBSP}: {message}"

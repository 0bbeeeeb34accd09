"""MkDocs wiring: the only module that knows MkDocs. Each event calls the pure pipeline.

on_startup      → note whether this is a preview (``mkdocs serve``): only a preview has the editor's report;
on_config       → find the article folder (``$SEEDS_DIR`` or ``seeds/``) and watch it;
on_files        → run the pipeline with the site's address and name, the cache folder and ``DOSSIER_PDF``;
                  report its problems one line each and its advice in one summary line; add every
                  generated page and data file in memory (share images: from their cache files); keep
                  its results out of the cycle collector. ``mkdocs build`` runs it in two steps
                  (``site_pages.start_site``): on_files adds the article pages, a placeholder for each
                  generated page the navigation names, and moves the pages of docs/ after them, so that
                  MkDocs renders the article pages while the claims are judged in other processes;
on_pre_page     → (build) the first placeholder waits for the analysis and adds every other file; each
                  placeholder gets its content;
on_page_markdown → release the generated file's copy of a page's source once the page has read it;
on_page_content → release the page's source once it is rendered;
on_env          → (build) render the pages added after MkDocs listed the pages to render, and put the files
                  back in the order of a build in one step; wait for the files made in the background
                  (share cards) before MkDocs copies them;
on_page_context → hand the templates the page's metadata already escaped for HTML; (build) put each article
                  page's end in its place; add the headings of that end to the table of contents;
on_post_page    → (published builds) a Content-Security-Policy for the page's own scripts; hand the search
                  split the page's documents, as Material's search plugin has just collected them; release
                  the page's rendered body, now in the output;
on_post_build   → write the split search index (``dossier_ia.search``), before and after Material's search
                  plugin writes its own index; under ``serve``, collect the previous build's garbage once idle.

``mkdocs serve --dirty`` rebuilds only the pages whose source file is newer than their HTML, and
counts a page given as in-memory content as always new. In that mode (only) each generated file
is written to a folder beside the temporary site, never into ``docs/``, and rewritten only when its
content changed: after editing one article, the unchanged pages keep their date and are skipped.
The theme's templates, compiled anew by each rebuild, are then also kept compiled in a folder.
"""

from __future__ import annotations

import functools
import gc
import importlib
import json
import logging
import os
import shutil
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from jinja2 import Environment, FileSystemBytecodeCache
from markupsafe import Markup, escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink
from mkdocs.utils.templates import TemplateContext

if TYPE_CHECKING:
    from dossier_ia.cache import WrittenFiles
    from dossier_ia.parallel import BackgroundJob
    from site_pages import SiteBuild, StartedSite

HOOKS_DIR = Path(__file__).resolve().parent
# Where `serve --dirty` keeps the generated files and the compiled templates, beside its
# temporary site folder.
DIRTY_CACHE_SUFFIX = ".generated"
TEMPLATE_CACHE_SUFFIX = ".templates"
# Front matter the pipeline wrote already safe for where a template prints it: ``jsonld`` is JSON
# whose <, >, & and ' are JSON escapes (dossier_ia/publishing/jsonld.py), printed in a script
# element, where HTML escaping would break the JSON.
SCRIPT_SAFE_META = frozenset({"jsonld"})
# Seconds after a `serve` build before the cycle collector goes through what that build froze:
# the browser has reloaded the page by then.
IDLE_COLLECTION_DELAY = 2.0
MATERIAL_SEARCH = "material/search"
# What Material's search plugin writes as the configuration of its index (``generate_search_index``).
MATERIAL_SEARCH_CONFIG = ("lang", "separator", "pipeline", "fields")


def _sibling_modules() -> dict[str, ModuleType]:
    """Every module loaded from ``hooks/``, at any depth (the pipeline's packages included)."""
    return {
        name: module for name, module in sys.modules.items()
        if name != __name__ and _is_under_hooks(getattr(module, "__file__", None) or "/")
    }


@functools.lru_cache(maxsize=None)
def _is_under_hooks(module_file: str) -> bool:
    """Resolved once per file: a rebuild asks for each of the 700 modules loaded (0.1 s of path
    resolving each time)."""
    return Path(module_file).resolve().is_relative_to(HOOKS_DIR)


def _import_pipeline() -> None:
    """Import the pipeline, again when one of its modules was edited since it was imported.

    MkDocs 1.6 loads a hook file once per process (its loader is cached), so a rebuild of
    ``mkdocs serve`` would keep running the code as it was when the server started: each build
    checks the modules' dates, and forgets them all when one changed. The event handlers import
    what they use when they run, so that they always get the current modules.
    """
    siblings = _sibling_modules()
    # A module imported by someone else first (a test) has no date yet: it is taken as current.
    if any(
        getattr(module, "_hooks_mtime", None) not in (None, Path(module.__file__).stat().st_mtime_ns)
        for module in siblings.values()
    ):
        for name in siblings:
            del sys.modules[name]
    sys.path.insert(0, str(HOOKS_DIR))
    try:
        importlib.import_module("site_pages")
    finally:
        sys.path.remove(str(HOOKS_DIR))
    for module in _sibling_modules().values():
        if not hasattr(module, "_hooks_mtime"):
            module._hooks_mtime = Path(module.__file__).stat().st_mtime_ns


_import_pipeline()

# Problems (bad input) are warnings in the "mkdocs" logger tree, which `--strict` counts. Not
# through ``get_plugin_logger``: its prefix would be this file's path, which tells the editor
# nothing; the notice already starts with the file and line it is about.
log = logging.getLogger("mkdocs.plugins.dossier_ia")
# Advice (claims that no theme covers, glossary gaps) is summed up in one line, in MkDocs' INFO
# format, outside the "mkdocs" tree: it is not bad input, and an article that raises a new point
# must still publish. Its detail is on the editor's report.
advice_log = logging.getLogger("editor_advice")
if not advice_log.handlers:
    _advice_handler = logging.StreamHandler()
    _advice_handler.setFormatter(logging.Formatter("%(levelname)-8s-  %(message)s"))
    advice_log.addHandler(_advice_handler)
    advice_log.propagate = False
_seeds_dir: Path | None = None
# The jobs still making files of this build (share cards), from on_files until on_env waits for them.
_background_jobs: list[BackgroundJob] = []
# Set by on_startup, which MkDocs calls once per process, before the first build.
_dirty_serve = False
_dirty_caches: list[Path] = []
# `serve`: the full pass of the cycle collector waiting for the editor's next pause.
_idle_collection: list[threading.Timer] = []
# `mkdocs build`: the pipeline's second step, from on_files until the first placeholder page or
# on_env finishes it; the placeholders of the navigation's generated pages, by path (their content
# set then); the files it added after the pages MkDocs listed to render (on_env renders them); each
# article page's end, put in its place by on_page_context.
_pending_sites: list[StartedSite] = []
_placeholders: dict[str, File] = {}
_late_files: list[File] = []
_article_links: dict[str, str] = {}
# The order of the files as a build that runs the pipeline in one step adds them (MkDocs writes
# the pages, the sitemap and the search index in that order): restored once all are there.
_site_order: list[str] = []
# A preview (`mkdocs serve`) has the editor's report and no Content-Security-Policy (its live
# reload script is injected after the build, which no policy computed at build time would allow);
# `mkdocs build` (what is published) has the policy and never the report.
_preview = False


def on_startup(*, command: str, dirty: bool) -> None:
    """Note once per process whether this is a preview, and whether its rebuilds keep their memo."""
    from dossier_ia.cache import RebuildMemo

    global _dirty_serve, _preview
    _dirty_serve = command == "serve" and dirty
    _preview = command == "serve"
    RebuildMemo.keep_between_builds = command == "serve"


def on_shutdown() -> None:
    """Let the background work end, and remove the folders ``serve --dirty`` wrote its generated
    files and templates to."""
    _wait_for_background()
    for cache in _dirty_caches:
        shutil.rmtree(cache, ignore_errors=True)


def on_config(config: MkDocsConfig) -> MkDocsConfig | None:
    """Find the article folder (a wrong one fails here, with what to do) and watch it while serving."""
    _call_off_idle_collection()
    _import_pipeline()
    from dossier_ia.reading.collection import SeedsDirError, resolve_seeds_dir

    global _seeds_dir
    if _dirty_serve and not _dirty_caches:
        _dirty_caches.extend(_dirty_cache_dir(config, suffix) for suffix in (DIRTY_CACHE_SUFFIX, TEMPLATE_CACHE_SUFFIX))
        for cache in _dirty_caches:
            cache.mkdir(exist_ok=True)
    try:
        _seeds_dir = resolve_seeds_dir(Path(config.config_file_path).resolve().parent)
    except SeedsDirError as error:
        raise PluginError(str(error)) from None
    if str(_seeds_dir) not in config.watch:
        config.watch.append(str(_seeds_dir))
    return config


def on_files(files: Files, /, *, config: MkDocsConfig) -> Files | None:
    """Run the pipeline and add every page and data file it made to the site. ``mkdocs build``
    adds the article pages only, and a placeholder for each page of the navigation the pipeline
    makes: MkDocs renders the article pages while the claims are judged in other processes, and
    the other files come once the analysis is done (``_finish_site``)."""
    from dossier_ia.settings import CACHE_DIR, EDITOR_DATA_DIR, PDF_VARIABLE, Settings
    from site_pages import build_site, start_site

    project_dir = Path(config.config_file_path).resolve().parent
    settings = Settings(
        _seeds_dir, Path(config.docs_dir) / EDITOR_DATA_DIR,
        site_url=config.site_url or "", site_name=config.site_name, site_description=config.site_description or "",
        cache_dir=project_dir / CACHE_DIR, pdf=os.environ.get(PDF_VARIABLE) == "1", preview=_preview,
    )
    _placeholders.clear()
    if _preview:
        _add_site_files(build_site(settings), files, config)
        return files
    started = start_site(settings)
    _site_order[:] = [*(file.src_uri for file in files), *started.article_pages]
    # The pages of docs/ may link to any generated file: rendered once the analysis has made them all.
    written = files.documentation_pages(inclusion=InclusionLevel.all)
    for file in written:
        files.remove(file)
    for uri, content in started.article_pages.items():
        files.append(File.generated(config, uri, content=content))
    present = {file.src_uri for file in [*files, *written]}
    # Filled by on_pre_page, which MkDocs calls on each after the article pages (added first).
    _placeholders.update(
        (uri, File.generated(config, uri, content="")) for uri in _navigation_uris(config.nav) if uri not in present
    )
    for file in [*_placeholders.values(), *written]:
        files.append(file)
    _pending_sites.append(started)
    gc.freeze()
    return files


def _navigation_uris(nav: object) -> Iterator[str]:
    """The docs paths the navigation of ``mkdocs.yml`` names (not its web addresses)."""
    if isinstance(nav, str):
        if nav.endswith(".md") and "://" not in nav:
            yield nav
    elif isinstance(nav, dict):
        for value in nav.values():
            yield from _navigation_uris(value)
    elif isinstance(nav, list):
        for item in nav:
            yield from _navigation_uris(item)


def on_pre_page(page: Page, /, *, config: MkDocsConfig, files: Files) -> Page | None:
    """A placeholder page of ``mkdocs build`` gets its content before MkDocs reads it: the article
    pages before it are rendered, and the analysis is waited for now if it is not over."""
    if page.file.src_uri in _placeholders:
        _finish_site(config, files)
    return None


def _finish_site(config: MkDocsConfig, files: Files) -> None:
    """``mkdocs build``: once, wait for the analysis and add the files it made (the pages the
    placeholders stand for become their content; on_env renders the others)."""
    if _pending_sites:
        site = _pending_sites.pop().finish()
        _site_order.extend(site.files)
        _article_links.update(site.article_links)
        for uri, placeholder in _placeholders.items():
            if uri not in site.files:
                log.warning(f"mkdocs.yml : la navigation nomme « {uri} », que ni docs/ ni le pipeline ne contiennent")
            placeholder.content_string = site.files.pop(uri, "")
        first = len(files)
        _add_site_files(site, files, config)
        _late_files.extend(list(files)[first:])


def _add_site_files(site: SiteBuild, files: Files, config: MkDocsConfig) -> None:
    """Log the build's notices, and add every page and data file it made to the site."""
    from dossier_ia.editor.summary import advice_summary
    from dossier_ia.settings import EDITOR_REPORT_DIR
    from site_pages import BackgroundFile

    for problem in site.problems:
        log.warning(str(problem))
    # `serve` builds for its own address (`config.site_url` is then the served one).
    report_url = urljoin(config.site_url or "/", f"{EDITOR_REPORT_DIR}/") if _preview else None
    if summary := advice_summary(len(site.advice), len(site.new_advice), site.resolved_advice, report_url):
        # `mkdocs -q` silences MkDocs' INFO lines: this one too.
        advice_log.setLevel(max(logging.INFO, logging.getLogger("mkdocs").getEffectiveLevel()))
        advice_log.info(summary)
    cache = _dirty_cache_dir(config, DIRTY_CACHE_SUFFIX)
    dirty = cache.is_dir()
    _background_jobs.extend(site.background_jobs())
    for uri, content in site.files.items():
        if isinstance(content, BackgroundFile):
            # Being drawn while MkDocs renders the pages: on_env waits for it before MkDocs copies it.
            files.append(File.generated(config, uri, abs_src_path=str(content.path)))
        elif isinstance(content, Path):
            # A file kept on disk (a share image): copied by MkDocs, never held in memory.
            files.append(File.generated(config, uri, abs_src_path=str(content)))
        elif dirty:
            files.append(File.generated(config, uri, abs_src_path=str(_write_if_changed(cache / uri, content))))
        else:
            files.append(File.generated(config, uri, content=content))
    # The pipeline's results (the articles, the analyses, the pages' sources) live to the end of
    # the build, and Python's cycle collector would go through all of them again each time the
    # rendering of the pages (millions of short-lived objects) triggers it: at 1,000 articles that
    # made the rendering 15 % slower (measured). Frozen, they are left out of its passes.
    gc.freeze()


def on_page_markdown(markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
    """The page has read its source (``markdown``): the generated file's copy of it is released.
    MkDocs would keep it to the end of the build beside the page's own, for nothing (a Markdown
    page is rendered from ``page.markdown``, never copied): at 5,000 articles, hundreds of MB."""
    if page.file.generated_by is not None and page.file.abs_src_path is None:
        page.file.content_string = ""
    return None


def on_page_content(html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
    """The page is rendered: MkDocs would keep its Markdown source to the end of the build, while it
    renders every other page, although nothing reads it any more (the search and the templates read
    the HTML): at 5,000 articles, about 500 MB held at the build's peak."""
    page.markdown = ""
    return None


@event_priority(100)  # before the search plugin, which indexes an untitled section under page.meta's title
def on_page_context(
    context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
) -> TemplateContext | None:
    """MkDocs' Jinja does not autoescape, and Material's ``base.html`` prints ``page.meta``'s title,
    description and author as they are: the metadata of a generated page holds article and editor
    text. Every text of it becomes ``Markup``, escaped for element text and attribute values alike,
    which a template's ``| e`` leaves as it is: escaped once, here, for ours and Material's
    templates and for the search index. From here on, code that wants the plain text reads the
    model, not ``page.meta``."""
    page.meta = {key: Markup(value) if key in SCRIPT_SAFE_META else _escaped(value) for key, value in page.meta.items()}
    _end_article_page(page)
    return context


def _end_article_page(page: Page) -> None:
    """An article page of ``mkdocs build`` gets its end (themes, related articles: HTML the
    pipeline wrote) in the place it kept for it; the headings of that end, in any build, go in the
    page's table of contents, which Markdown made from the headings it wrote itself."""
    from dossier_ia.publishing.article_links import ARTICLE_LINKS_PLACE, LINKS_HEADINGS

    if (links := _article_links.pop(page.file.src_uri, None)) is not None:
        page.content = page.content.replace(ARTICLE_LINKS_PLACE, links, 1)
    content = page.content or ""
    headings = [AnchorLink(title, anchor, 2) for anchor, title in LINKS_HEADINGS.items() if f'id="{anchor}"' in content]
    if headings:
        toc = page.toc.items
        (toc[0].children if len(toc) == 1 and toc[0].level == 1 else toc).extend(headings)


@event_priority(-100)  # last: the policy hashes the page's final scripts
def on_post_page(output: str, /, *, page: Page, config: MkDocsConfig) -> str | None:
    """A published page gets a Content-Security-Policy naming its own scripts; a preview does not.
    The search split gets the page's documents (Material's search indexed it in on_page_context).
    The page's body is in ``output`` now, and the search plugin has taken its text: MkDocs would
    keep it to the end of the build, through the search index's writing and splitting, the build's
    peak of memory."""
    from dossier_ia.publishing.content_security_policy import with_content_security_policy
    from dossier_ia.search import search_split

    if (search := _material_search(config)) is not None:
        search_split.add_page(page.url, _search_documents(search.search_index.entries, page.url))
    page.content = ""
    return None if _preview else with_content_security_policy(output)


@event_priority(-100)
def on_post_template(output_content: str, /, *, template_name: str, config: MkDocsConfig) -> str | None:
    """The pages rendered from a template alone (``404.html``) get the same policy."""
    from dossier_ia.publishing.content_security_policy import with_content_security_policy

    return with_content_security_policy(output_content) if not _preview and template_name.endswith(".html") else None


def on_env(env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment | None:
    """Called once the pages' Markdown is rendered, just before MkDocs copies the other files: the
    pages ``mkdocs build`` added after the analysis are rendered now, and the files made in the
    background (share cards) must be on disk by then. Under ``serve --dirty``, keep the compiled
    templates between rebuilds, which recompile them."""
    from dossier_ia.search import search_split

    _finish_site(config, files)
    _render_late_pages(config, files)
    _restore_order(files)
    _wait_for_background()
    # The pages in the order MkDocs renders them (under ``--dirty``, only the changed ones are).
    search_split.start([file.page.url for file in files.documentation_pages() if file.page is not None])
    cache = _dirty_cache_dir(config, TEMPLATE_CACHE_SUFFIX)
    if cache.is_dir():
        env.bytecode_cache = FileSystemBytecodeCache(str(cache))
    return env


def _render_late_pages(config: MkDocsConfig, files: Files) -> None:
    """Render the pages added after MkDocs listed the pages to render (``_finish_site``), as it
    renders the others: MkDocs lists the pages to write again after on_env, so they are written
    with the others. Through MkDocs' own step (``_populate_page``, internal to MkDocs 1.6, which
    the requirements pin): the plugins' events, the reading and the rendering stay MkDocs'."""
    from mkdocs.commands.build import _populate_page
    from mkdocs.structure.files import set_exclusions

    set_exclusions(_late_files, config)
    for file in _late_files:
        if file.is_documentation_page() and file.inclusion.is_included():
            _populate_page(file.page or Page(None, file, config), config, files)
    _late_files.clear()


def _restore_order(files: Files) -> None:
    """``mkdocs build``: the files in the order a build in one step has them (``_site_order``)."""
    if _site_order:
        position = {uri: number for number, uri in enumerate(_site_order)}
        for file in sorted(files, key=lambda file: position.get(file.src_uri, len(position))):
            files.remove(file)
            files.append(file)
        _site_order.clear()


# --- search (issue 17): split the search index, from the documents Material's plugin collected. ---
@event_priority(100)  # before Material's search plugin writes search_index.json
def _split_search_index(*, config: MkDocsConfig) -> None:
    """Write the split search index from the documents handed over page by page. Material's
    plugin is then left with none: it would write every text of the site into search_index.json
    (70 MB at 5,000 articles: its peak of memory at the end of the build, and under ``--dirty``
    at every rebuild) for the next step to replace at once."""
    from dossier_ia.cache import RebuildMemo
    from dossier_ia.search import search_split

    if (search := _material_search(config)) is not None:
        # As Material writes it into search_index.json (its values made JSON the way it does).
        search_config = json.loads(json.dumps({key: search.search_index.config[key] for key in MATERIAL_SEARCH_CONFIG},
                                              default=str))
        search_split.write(Path(config.site_dir), search_config, keep=RebuildMemo.keep_between_builds)
        # Material's ``--dirty`` rebuild would add the previous build's documents back (search_split keeps them).
        search.search_index.entries = []
        search.search_index_prev = None


@event_priority(-100)  # after Material's search plugin, which writes search_index.json too
def _write_search_configuration(*, config: MkDocsConfig) -> None:
    """Leave in ``search_index.json`` only Material's configuration, with the split index's version."""
    from dossier_ia.search import search_split

    if _material_search(config) is not None:
        search_split.write_configuration(Path(config.site_dir))
    if _preview:
        _collect_garbage_when_idle()


on_post_build = CombinedEvent(_split_search_index, _write_search_configuration)


def _material_search(config: MkDocsConfig) -> BasePlugin | None:
    search = config.plugins.get(MATERIAL_SEARCH)
    return search if search is not None and search.config.enabled else None


def _search_documents(entries: list[dict], url: str) -> list[dict]:
    """The documents of the page at ``url``: the last of Material's list, which it has just added
    (its list holds this build's pages only, each page's documents in one run)."""
    first = len(entries)
    while first and entries[first - 1]["location"].split("#")[0] == url:
        first -= 1
    return entries[first:]


def _collect_garbage_when_idle() -> None:
    """What a ``serve`` build froze (on_files) may be garbage once the next build replaces it, and
    only a full pass of the cycle collector frees what of it holds cycles. That pass goes through
    every object of the pipeline's results: 0.4 s at 1,000 articles, which the next rebuild would
    pay every other time if it unfroze them itself. It runs once the rebuild is served, while the
    editor reads, unless the next build starts first (``on_config`` calls it off: the pass then
    waits for the next pause); objects a build makes meanwhile are only frozen early."""

    def collect() -> None:
        gc.unfreeze()
        gc.collect()
        gc.freeze()

    _idle_collection.append(threading.Timer(IDLE_COLLECTION_DELAY, collect))
    _idle_collection[-1].daemon = True
    _idle_collection[-1].start()


def _call_off_idle_collection() -> None:
    while _idle_collection:
        _idle_collection.pop().cancel()


def _wait_for_background() -> None:
    while _background_jobs:
        _background_jobs.pop().wait()


def _escaped(value: object) -> object:
    """Texts escaped as ``Markup``, in nested mappings and lists too; other values as they are."""
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, dict):
        return {key: _escaped(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_escaped(item) for item in value]
    return value


def _dirty_cache_dir(config: MkDocsConfig, suffix: str) -> Path:
    return Path(f"{Path(config.site_dir).resolve()}{suffix}")


def _write_if_changed(path: Path, content: str | bytes) -> Path:
    """Keep the file's date when its content is the same: MkDocs then skips the page."""
    _generated_files().write(path, content)
    return path


@functools.cache
def _generated_files() -> WrittenFiles:
    """``serve --dirty``: the generated files as last written, one record for the process."""
    from dossier_ia.cache import WrittenFiles

    return WrittenFiles()

"""MkDocs wiring: the only module that knows MkDocs. Each event calls the pure pipeline.

on_config  → find the article folder (``$SEEDS_DIR`` or ``seeds/``) and watch it;
on_files   → run the pipeline (``site_pages.build_site``), report its warnings, add every
             generated page and data file in memory.

``mkdocs serve --dirty`` rebuilds only the pages whose source file is newer than their HTML, and
counts a page given as in-memory content as always new. In that mode (only) each generated file
is written to a folder beside the temporary site, never into ``docs/``, and rewritten only when its
content changed: after editing one article, the unchanged pages keep their date and are skipped.
The theme's templates, compiled anew by each rebuild, are then also kept compiled in a folder.
"""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path
from types import ModuleType

from jinja2 import Environment, FileSystemBytecodeCache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files

HOOKS_DIR = Path(__file__).resolve().parent
# Editor-curated data (synthesis themes, glossary) inside docs/, excluded from pages in mkdocs.yml.
EDITOR_DATA_DIR = "_data"
# Where `serve --dirty` keeps the generated files and the compiled templates, beside its
# temporary site folder.
DIRTY_CACHE_SUFFIX = ".generated"
TEMPLATE_CACHE_SUFFIX = ".templates"


def _sibling_modules() -> dict[str, ModuleType]:
    return {
        name: module for name, module in sys.modules.items()
        if name != __name__ and Path(getattr(module, "__file__", None) or "/").resolve().parent == HOOKS_DIR
    }


def _forget_edited_siblings() -> None:
    """``mkdocs serve`` re-runs this file on each rebuild but keeps its sibling modules imported:
    when one of them was edited, forget them all so that the rebuild runs the new code."""
    siblings = _sibling_modules()
    if any(Path(module.__file__).stat().st_mtime_ns != getattr(module, "_hooks_mtime", None) for module in siblings.values()):
        for name in siblings:
            del sys.modules[name]


_forget_edited_siblings()

from article_collection import SeedsDirError, resolve_seeds_dir  # noqa: E402
from rebuild_memo import RebuildMemo  # noqa: E402
from site_pages import build_site  # noqa: E402
from dossier_ia.search import write_split_index  # noqa: E402

for _module in _sibling_modules().values():
    _module._hooks_mtime = Path(_module.__file__).stat().st_mtime_ns

log = get_plugin_logger(__name__)
# Advice to the editor (claims that no theme covers, glossary gaps) is shown as a warning, but
# outside the "mkdocs" logger tree whose warnings `--strict` counts: it is not bad input, and an
# article that raises a new point must still publish.
advice_log = logging.getLogger("editor_advice")
if not advice_log.handlers:
    _advice_handler = logging.StreamHandler()
    _advice_handler.setFormatter(logging.Formatter("WARNING -  [conseil] %(message)s"))
    advice_log.addHandler(_advice_handler)
    advice_log.propagate = False
_seeds_dir: Path | None = None
# Set by on_startup, which MkDocs calls once, on the first load of this file only (a rebuild
# reloads it): later loads find the cache folder by its path.
_dirty_serve = False
_dirty_caches: list[Path] = []


def on_startup(*, command: str, dirty: bool) -> None:
    global _dirty_serve
    _dirty_serve = command == "serve" and dirty
    RebuildMemo.keep_between_builds = command == "serve"


def on_shutdown() -> None:
    for cache in _dirty_caches:
        shutil.rmtree(cache, ignore_errors=True)


def on_config(config: MkDocsConfig) -> MkDocsConfig | None:
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
    site = build_site(_seeds_dir, Path(config.docs_dir) / EDITOR_DATA_DIR)
    for problem in site.problems:
        log.warning(problem)
    for advice in site.new_advice:
        advice_log.warning(advice)
    if repeated := len(site.advice) - len(site.new_advice):
        advice_log.warning(f"{repeated} conseil(s) déjà donné(s) à la construction précédente, toujours valable(s) : non répété(s)")
    cache = _dirty_cache_dir(config, DIRTY_CACHE_SUFFIX)
    if not cache.is_dir():
        for uri, content in site.files.items():
            files.append(File.generated(config, uri, content=content))
        return files
    for uri, content in site.files.items():
        files.append(File.generated(config, uri, abs_src_path=str(_write_if_changed(cache / uri, content))))
    return files


def on_env(env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment | None:
    cache = _dirty_cache_dir(config, TEMPLATE_CACHE_SUFFIX)
    if cache.is_dir():
        env.bytecode_cache = FileSystemBytecodeCache(str(cache))
    return env


# --- search (issue 17): split the search index Material's plugin has just written. ---
def on_post_build(*, config: MkDocsConfig) -> None:
    write_split_index(Path(config.site_dir))


def _dirty_cache_dir(config: MkDocsConfig, suffix: str) -> Path:
    return Path(f"{Path(config.site_dir).resolve()}{suffix}")


def _write_if_changed(path: Path, content: str) -> Path:
    """Keep the file's date when its content is the same: MkDocs then skips the page."""
    data = content.encode("utf-8")
    if not path.is_file() or path.read_bytes() != data:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return path

"""Build time of the site against a plain Material build: ``python tests/scripts/bench_build.py 100 1000 5000``.

For each N: N articles are generated (``generate_articles.py``, fixed seed) into a temporary
SEEDS_DIR and the project is built with ``mkdocs build`` (our hooks, our ``mkdocs.yml``). The
baseline is a plain Material site with ``navigation.prune``, no hooks, whose ``docs/`` holds the
same articles already converted to Markdown (every page our hooks generate, sections of 50 articles
in its navigation). Prints, for both: wall time, CPU time (user + system: steadier than wall time
on a busy machine), peak memory (max RSS of the build process), site size, search index size and
the number of warnings (advice to the editor, "[conseil]", not counted), then ours / baseline.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "hooks"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT / "tests"))

from dossier_ia.articles.render import article_uri  # noqa: E402
from dossier_ia.settings import ARTICLE_INDEX_PAGE_SIZE, Settings  # noqa: E402
from generate_articles import generate_articles  # noqa: E402

# The baseline parses the converted articles with mkdocs.yml's extensions: both read the same text.
from markdown_helpers import SITE_EXTENSIONS  # noqa: E402
from site_pages import build_site  # noqa: E402

DATA_DIR = ROOT / "docs" / "_data"
# The baseline's navigation groups the articles in sections (the size of one page of our index):
# with navigation.prune, a page then lists its own section only, not all N articles.
SECTION_SIZE = ARTICLE_INDEX_PAGE_SIZE


@dataclass(frozen=True)
class Measure:
    seconds: float
    cpu_seconds: float
    peak_mb: float
    site_mb: float
    search_mb: float
    returncode: int
    warnings: int

    def row(self, label: str) -> str:
        failed = "" if self.returncode == 0 else f"  (code de sortie {self.returncode})"
        return (
            f"  {label:<10} {self.seconds:8.1f} s {self.cpu_seconds:8.1f} s {self.peak_mb:8.0f} Mo "
            f"{self.site_mb:9.1f} Mo {self.search_mb:9.1f} Mo {self.warnings:6d}{failed}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "sizes", type=int, nargs="*", default=[100, 1000], help="nombres d’articles (défaut : 100 1000)"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", action="store_true", help="garder les dossiers temporaires (pour les inspecter)")
    options = parser.parse_args()
    print(f"{'':12}{'temps':>10} {'CPU':>10} {'mémoire':>11} {'site':>12} {'index':>12} {'avert.':>6}")
    for n in options.sizes:
        work = Path(tempfile.mkdtemp(prefix=f"bench-{n}-"))
        seeds = work / "seeds"
        generate_articles(n, seeds, seed=options.seed)
        ours = measure_ours(seeds, work / "site")
        baseline = measure_baseline(seeds, work / "baseline")
        print(f"N = {n}")
        print(ours.row("nous"))
        print(baseline.row("référence"))
        print(
            f"  rapport    {ours.seconds / baseline.seconds:8.2f} ×  {ours.cpu_seconds / baseline.cpu_seconds:8.2f} × "
            f"{ours.peak_mb / baseline.peak_mb:8.2f} ×"
        )
        sys.stdout.flush()
        if options.keep:
            print(f"  (dossiers gardés : {work})")
        else:
            subprocess.run(["rm", "-rf", str(work)], check=True)


def measure_ours(seeds: Path, site: Path) -> Measure:
    return _measure(
        [sys.executable, "-m", "mkdocs", "build", "--config-file", str(ROOT / "mkdocs.yml"), "--site-dir", str(site)],
        ROOT,
        {"SEEDS_DIR": str(seeds)},
        site,
    )


def measure_baseline(seeds: Path, project: Path) -> Measure:
    """A plain Material project with the same articles as Markdown files (converted before timing)."""
    docs = project / "docs"
    site = build_site(Settings(seeds, DATA_DIR))
    collection = site.collection
    for uri, content in site.files.items():
        if uri.endswith(".md") and isinstance(content, str):
            (docs / uri).parent.mkdir(parents=True, exist_ok=True)
            (docs / uri).write_text(content, encoding="utf-8")
    (docs / "index.md").write_text("# Accueil\n\n[Articles](articles/index.md)\n", encoding="utf-8")
    uris = [article_uri(article) for article in collection.articles]
    sections = [
        {f"Articles {start + 1} à {start + len(chunk)}": chunk}
        for start in range(0, len(uris), SECTION_SIZE)
        for chunk in [uris[start : start + SECTION_SIZE]]
    ]
    config = {
        "site_name": "Référence",
        "nav": ["index.md", {"Articles": ["articles/index.md", *sections]}],
        "theme": {"name": "material", "language": "fr", "font": False, "features": ["navigation.prune"]},
        "plugins": [{"search": {"lang": "fr"}}],
        "markdown_extensions": SITE_EXTENSIONS,
    }
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return _measure(
        [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(project / "site")], project, {}, project / "site"
    )


def _measure(command: list[str], cwd: Path, extra_env: dict[str, str], site: Path) -> Measure:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **extra_env}
    if "SEEDS_DIR" not in extra_env:
        env.pop("SEEDS_DIR", None)
    with tempfile.TemporaryFile() as log:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        log.seek(0)
        output = log.read().decode("utf-8", errors="replace")
    if process.returncode != 0:
        print(output[-3000:], file=sys.stderr)
    search = site / "search"  # Material's search_index.json, and our split index beside it
    return Measure(
        seconds=seconds,
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        peak_mb=usage.ru_maxrss / 1024,
        site_mb=sum(path.stat().st_size for path in site.rglob("*") if path.is_file()) / 1e6 if site.exists() else 0.0,
        search_mb=sum(path.stat().st_size for path in search.rglob("*") if path.is_file()) / 1e6,
        returncode=process.returncode,
        warnings=sum(1 for line in output.splitlines() if line.startswith("WARNING") and "[conseil]" not in line),
    )


if __name__ == "__main__":
    main()

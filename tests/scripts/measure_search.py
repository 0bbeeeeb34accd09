"""Search figures as a reader meets them, in a cold Chromium: ``python3 tests/scripts/measure_search.py 100 1000``.

For the real seeds and for each N given (generated articles, ``generate_articles.py``, fixed
seed), the site is built, then, ``--runs`` times (3 by default), a new headless Chromium (empty
cache) opens the home page, waits until it has loaded, clicks in the search box and types a
query at once. Printed, medians of the runs:

- click → results: from the click to the first results drawn on screen;
- downloaded: bytes of every response between the click and those results (bodies as served,
  uncompressed: GitHub Pages gzips them, the gzip column tells by how much the index shrinks);
- with the page: bytes of the search index (``search/``) fetched with the page, before the click
  (Material fetches its whole index then; the split index, a small site's only);
- query: time from typing a query to its results drawn, once the first results are shown
  (median over the queries of ``TIMED_QUERIES``, each typed after the previous one's results);
- longest task: the longest main-thread task (Long Tasks API, over 50 ms) from the click on;
- index: every file under ``search/`` on disk, and gzipped one by one (as a server sends them);
- split: the build's CPU time to split the index (``hooks/dossier_ia/search``, Python and the
  Node.js process that stems words), CPU rather than wall time, which other work on the machine
  inflates.

``--site DIR`` measures an already-built site instead (another search, for comparison).
``--ranks`` also prints, for the seeds, the rank of each query's expected page in the browser.
Figures, not a test: nothing fails on a slow machine.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "hooks")]

from conftest import CHROMIUM, build_site, serve_site  # noqa: E402
from dossier_ia.search import (
    french_terms,  # noqa: E402
    split_search_index,  # noqa: E402
)
from search_text import search_index  # noqa: E402
from test_search_browser import SEARCH_BOX, search  # noqa: E402
from test_search_index import QUERIES  # noqa: E402

FIRST_QUERY = "donnees"
TIMED_QUERIES = ("l'IA", "personnaliser", "confidentialité", "chômage", "biais algorithmiques", "zorglub")
GENERATOR = ROOT / "tests" / "scripts" / "generate_articles.py"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                  "--disable-background-networking", "--disable-component-update", "--disable-extensions"]
RESULTS_TIMEOUT_MS = 120_000
# Installed before any page script: the click's time and every long task, for the figures.
WATCH_JS = """
window.__search = { click: null, tasks: [] }
addEventListener("pointerdown", () => { window.__search.click ??= performance.now() }, true)
new PerformanceObserver(list => {
  for (const task of list.getEntries()) window.__search.tasks.push([task.startTime, task.duration])
}).observe({ type: "longtask", buffered: true })
"""
# Types `query` at once (as pasted), then the keyup Material listens to; resolves on the first
# frame painted once the result list holds something new (or the "no result" line is shown).
TYPE_JS = """async ({ query, from }) => {
  const box = document.querySelector("input[data-md-component=search-query]")
  const meta = document.querySelector(".md-search-result__meta")
  const list = document.querySelector(".md-search-result__list")
  const before = meta.textContent + list.innerHTML.length
  const start = from === "click" ? window.__search.click : performance.now()
  const shown = new Promise((resolve, reject) => {
    const check = () => {
      const initializing = meta.textContent.includes("Initialisation")
      const changed = meta.textContent + list.innerHTML.length !== before
      if (!initializing && changed && (list.children.length || /Aucun/.test(meta.textContent))) {
        observer.disconnect()
        requestAnimationFrame(() => resolve(performance.now()))
      }
    }
    const observer = new MutationObserver(check)
    observer.observe(meta.parentElement, { childList: true, characterData: true, subtree: true })
    setTimeout(() => reject(new Error(`no results for ${query}`)), %d)
  })
  box.value = query
  box.dispatchEvent(new KeyboardEvent("keyup", { key: "Unidentified", bubbles: true }))
  return (await shown) - start
}""" % RESULTS_TIMEOUT_MS


@dataclass(frozen=True)
class Run:
    first_ms: float
    downloaded: int
    with_page: int
    query_ms: float
    longest_task_ms: float


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sizes", type=int, nargs="*", default=[100, 1000],
                        help="generated articles (default: 100 1000)")
    parser.add_argument("--runs", type=int, default=3, help="cold browsers per site (default 3)")
    parser.add_argument("--site", type=Path, help="measure this built site only")
    parser.add_argument("--ranks", action="store_true", help="also print each query's rank on the seeds")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        sites = [(str(args.site), args.site)] if args.site else [("5 (réels)", _build(Path(tmp) / "seeds", None))]
        if args.ranks and not args.site:
            _print_ranks(playwright, sites[0][1])
        print(f"\n{'articles':>10} {'clic → résultats':>17} {'téléchargé':>12} {'avec la page':>13} {'requête':>9} "
              f"{'tâche max':>10} {'index':>10} {'gzip':>10} {'découpage':>10}")
        for label, site in sites:
            _print_row(playwright, label, site, args.runs)
        for size in [] if args.site else args.sizes:
            site = _build(Path(tmp) / f"site-{size}", _generate(Path(tmp) / f"articles-{size}", size))
            _print_row(playwright, str(size), site, args.runs)


def _print_row(playwright, label: str, site: Path, runs: int) -> None:
    measured = [_cold_run(playwright, site) for _ in range(runs)]
    first = statistics.median(run.first_ms for run in measured)
    downloaded = statistics.median(run.downloaded for run in measured)
    with_page = statistics.median(run.with_page for run in measured)
    query = statistics.median(run.query_ms for run in measured)
    task = statistics.median(run.longest_task_ms for run in measured)
    on_disk, gzipped = _index_size(site)
    split = f"{_split_seconds(site):.2f} s" if (site / "search" / "split").is_dir() else "-"
    print(f"{label:>10} {first:>14.0f} ms {downloaded / 1e6:>9.2f} Mo {with_page / 1e6:>10.2f} Mo {query:>6.0f} ms "
          f"{task:>7.0f} ms {on_disk / 1e6:>7.2f} Mo {gzipped / 1e6:>7.2f} Mo {split:>10}")
    print(f"{'':>10} (clic → résultats par essai : {', '.join(f'{run.first_ms:.0f}' for run in measured)} ms)")


def _cold_run(playwright, site: Path) -> Run:
    """A new browser, the home page loaded, a click in the search box, then the queries."""
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
    context = browser.new_context(locale="fr-FR")
    context.add_init_script(WATCH_JS)
    phase = ["page"]  # then "search" (from the click to the first results), then "queries"
    requests: dict[str, list] = {"page": [], "search": [], "queries": []}
    context.on("requestfinished", lambda request: requests[phase[0]].append(request))
    page = context.new_page()
    with serve_site(site) as url:
        page.goto(url, wait_until="load")
        phase[0] = "search"
        page.locator(SEARCH_BOX).click()
        first = page.evaluate(TYPE_JS, {"query": FIRST_QUERY, "from": "click"})
        phase[0] = "queries"
        downloaded = sum(request.sizes()["responseBodySize"] for request in requests["search"])
        page.wait_for_load_state("networkidle")
        times = [page.evaluate(TYPE_JS, {"query": query, "from": "typing"}) for query in TIMED_QUERIES]
        click = page.evaluate("window.__search.click")
        tasks = page.evaluate("window.__search.tasks")
        with_page = sum(request.sizes()["responseBodySize"] for request in requests["page"]
                        if "/search/" in request.url)
    browser.close()
    longest = max((duration for start, duration in tasks if start + duration >= click), default=0.0)
    return Run(first, downloaded, with_page, statistics.median(times), longest)


def _index_size(site: Path) -> tuple[int, int]:
    files = [path for path in (site / "search").rglob("*") if path.is_file()]
    return sum(path.stat().st_size for path in files), sum(len(gzip.compress(path.read_bytes())) for path in files)


def _split_seconds(site: Path) -> float:
    """The build's cost: the split index made again from the documents it holds (CPU of Python
    and of the Node.js process that gives words their terms, best of 3)."""
    data = search_index(site)
    data["config"].pop("split", None)
    french_terms.terms_of(["démarrage"])  # Node.js started, as by the first page's words in a build
    node = french_terms._FrenchRules.get()._process.pid
    times = []
    for _ in range(3):
        start = time.process_time() + _cpu_seconds(node)
        split_search_index(json.loads(json.dumps(data)))
        times.append(time.process_time() + _cpu_seconds(node) - start)
    return min(times)


def _cpu_seconds(pid: int) -> float:
    """A process's CPU time so far (user and system), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _print_ranks(playwright, site: Path) -> None:
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
    page = browser.new_page()
    print(f"{'requête':<30} {'rang':>4}  pages attendues trouvées")
    with serve_site(site) as url:
        for case in QUERIES:
            shown = search(page, url, case["query"])
            expected = {case["page"], *case.get("also", [])} if not case.get("none") else set()
            rank = shown.index(case["page"]) + 1 if case.get("page") in shown else "-"
            print(f"{case['query']:<30} {rank:>4}  {len(expected & set(shown))} / {len(expected)}")
    browser.close()


def _build(site_dir: Path, seeds_dir: Path | None) -> Path:
    result = build_site(site_dir, seeds_dir, strict=False)
    if result.returncode != 0:
        sys.exit(f"mkdocs build a échoué :\n{result.stderr}")
    return site_dir


def _generate(folder: Path, count: int) -> Path:
    """The team's benchmark articles: seed sentences recombined, fixed random seed."""
    subprocess.run([sys.executable, str(GENERATOR), str(count), str(folder)], check=True, stdout=subprocess.DEVNULL)
    return folder


if __name__ == "__main__":
    main()

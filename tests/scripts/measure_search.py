"""Search figures: rank of the expected page per query, index size, time from typing to results.

    python3 tests/scripts/measure_search.py [--articles 1000] [--runs 5]

Builds the real seeds, then a site of N generated articles, and for each prints the size of
``search/search_index.json`` and, in Chromium, the time from the last keystroke to the results
on screen (median of ``--runs``, index already loaded) and the time the worker takes to index.
For the seeds it also prints, per query of ``tests/data/search_queries.yml``, the rank of the
expected page in the browser and the pages found here and by plain Material (``lang: fr``).
Figures, not a test: nothing fails on a slow machine.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "hooks")]

from conftest import CHROMIUM, build_site, serve_site  # noqa: E402
from test_search_browser import RESULT_PAGES, SEARCH_BOX, search  # noqa: E402
from test_search_index import QUERIES, BrowserSearch  # noqa: E402

TIMED_QUERIES = ("donnees", "l'IA", "personnaliser", "confidentialité", "zorglub")
GENERATOR = ROOT / "tests" / "scripts" / "generate_articles.py"
# Typing the whole query at once, then the keyup Material listens to; resolved on the first
# frame painted after the result count changes.
TIME_QUERY_JS = """async query => {
  const box = document.querySelector("input[data-md-component=search-query]")
  const meta = document.querySelector(".md-search-result__meta")
  const shown = () => new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      observer.disconnect()
      requestAnimationFrame(() => resolve(performance.now()))
    })
    observer.observe(meta, { childList: true, characterData: true, subtree: true })
    setTimeout(() => reject(new Error(`no results after 60 s for ${query}`)), 60000)
  })
  const type = value => {
    box.value = value
    box.dispatchEvent(new KeyboardEvent("keyup", { key: "Unidentified", bubbles: true }))
  }
  if (box.value) {
    const cleared = shown(); type(""); await cleared
  }
  const done = shown()
  const start = performance.now()
  type(query)
  return (await done) - start
}"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="generated articles (default 1000)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per query (default 5)")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        seeds_site = _build(Path(tmp) / "seeds-site", None)
        print("== Requêtes (5 articles réels) ==")
        _print_ranks(browser, seeds_site)
        generated = _generate(Path(tmp) / "generated", args.articles)
        for label, site in (("5 articles réels", seeds_site),
                            (f"{args.articles} articles générés", _build(Path(tmp) / "big-site", generated))):
            print(f"\n== {label} ==")
            _print_size(site)
            _print_timings(browser, site, args.runs)
        browser.close()


def _print_ranks(browser, site: Path) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    ours, plain = BrowserSearch(index), BrowserSearch(index, plain=True)
    page = browser.new_page()
    print(f"{'requête':<30} {'rang':>4}  {'pages trouvées (ici / Material seul / attendues)':>48}")
    with serve_site(site) as url:
        for case in QUERIES:
            shown = search(page, url, case["query"])
            expected = {case["page"], *case.get("also", [])} if not case.get("none") else set()
            rank = shown.index(case["page"]) + 1 if case.get("page") in shown else "-"
            found = len(expected & {hit.page for hit in ours.search(case["query"])})
            baseline = len(expected & {hit.page for hit in plain.search(case["query"])})
            print(f"{case['query']:<30} {rank:>4}  {f'{found} / {baseline} / {len(expected)}':>48}")
    page.close()


def _print_size(site: Path) -> None:
    data = (site / "search" / "search_index.json").read_bytes()
    docs = len(json.loads(data)["docs"])
    print(f"search_index.json : {len(data):,} octets ({len(gzip.compress(data)):,} compressé gzip), {docs} entrées")


def _print_timings(browser, site: Path, runs: int) -> None:
    page = browser.new_page()
    with serve_site(site) as url:
        page.goto(url)
        start = page.evaluate("performance.now()")
        page.locator(SEARCH_BOX).click()
        page.wait_for_function(
            "() => !document.querySelector('.md-search-result__meta').textContent.includes('Initialisation')",
            timeout=120_000,
        )
        print(f"index chargé et construit par le worker : {page.evaluate('performance.now()') - start:.0f} ms après le clic")
        medians = []
        for query in TIMED_QUERIES:
            times = [page.evaluate(TIME_QUERY_JS, query) for _ in range(runs)]
            medians.append(statistics.median(times))
            results = page.locator(RESULT_PAGES).count()
            print(f"  « {query} » : {medians[-1]:.1f} ms (médiane de {runs} ; min {min(times):.1f}, max {max(times):.1f}), {results} pages")
        print(f"frappe → résultats affichés, médiane des requêtes : {statistics.median(medians):.1f} ms")
    page.close()


def _build(site_dir: Path, seeds_dir: Path | None) -> Path:
    result = build_site(site_dir, seeds_dir, strict=False)
    if result.returncode != 0:
        sys.exit(f"mkdocs build a échoué :\n{result.stderr}")
    return site_dir


def _generate(folder: Path, count: int) -> Path:
    """The team's benchmark articles: seed sentences recombined, fixed random seed."""
    subprocess.run([sys.executable, str(GENERATOR), str(count), str(folder)], check=True)
    return folder


if __name__ == "__main__":
    main()

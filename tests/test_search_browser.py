"""Search as a reader uses it: Chromium on the built site, a query typed in the search box, the
expected page among the first results, a click that lands on it. Same queries as the offline
tests (``tests/data/search_queries.yml``). Also checks that the search worker's French terms are
the ones ``tests/search_text.py`` computes, for every word of the site."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

import search_text
from test_search_index import PAGES_WAITING, QUERIES

SEARCH_BOX = "input[data-md-component=search-query]"
RESULTS = ".md-search-result"
RESULT_PAGES = ".md-search-result__item > a:first-child"
INITIALIZING = "Initialisation de la recherche"
NO_RESULT = "Aucun document trouvé"
SETTLED_MS = 400
TIMEOUT_MS = 15_000


@pytest.fixture(scope="module")
def context(browser) -> Iterator[object]:
    context = browser.new_context(locale="fr-FR")
    context.set_default_timeout(TIMEOUT_MS)
    yield context
    context.close()


@pytest.fixture
def page(context) -> Iterator[object]:
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    page.close()
    assert not errors, f"erreurs JavaScript : {errors}"


@pytest.mark.parametrize("case", QUERIES, ids=[case["query"] for case in QUERIES])
def test_typed_query_shows_expected_page_and_leads_to_it(page, site_url: str, built_site: Path, case: dict) -> None:
    pages = search(page, site_url, case["query"])
    if case.get("none"):
        assert pages == []
        assert page.locator(f"{RESULTS}__meta").inner_text().strip() == NO_RESULT
        return
    if case["page"] in PAGES_WAITING and not (built_site / case["page"] / "index.html").exists():
        pytest.fail(f"{case['page']} n’est pas (encore) dans le site : la requête l’attend")
    assert case["page"] in pages[: case["rank"]], (
        f"« {case['query']} » : {case['page']} attendue parmi les {case['rank']} premières, trouvé {pages}"
    )
    missing = [other for other in case.get("also", []) if other not in pages]
    assert not missing, f"« {case['query']} » ne trouve pas {missing} (trouvé {pages})"
    page.locator(RESULT_PAGES).nth(pages.index(case["page"])).click()
    page.wait_for_url(lambda url: _site_path(url, site_url) == case["page"])


def test_results_show_the_accented_text_highlighted(page, site_url: str) -> None:
    search(page, site_url, "prejuges")
    marked = page.locator(f"{RESULTS} mark").evaluate_all("marks => marks.map(mark => mark.textContent)")
    assert marked and all(fold == "prejuges" for fold in map(search_text.fold, marked)), marked
    assert "Préjugés" in marked


def test_search_runs_in_the_french_worker_and_calls_no_other_host(page, site_url: str) -> None:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    search(page, site_url, "données")
    workers = [worker.url for worker in page.workers]
    assert any("/assets/javascripts/search-worker.js?material=" in url for url in workers), workers
    assert any(url.endswith("/lunr/min/lunr.fr.min.js") for url in requests), requests
    foreign = [url for url in requests if not url.startswith(site_url)]
    assert not foreign, f"requêtes vers un autre hôte : {foreign}"


def test_worker_and_python_model_index_the_same_terms(page, site_url: str, built_site: Path) -> None:
    """Every word of the site, and every test query, through the browser's pipeline and the build's
    (``search-french.js`` run by Node.js): same terms, same stop words, and every term the browser
    computes for a word of the site is one the built index holds."""
    search(page, site_url, "données")
    worker = next(worker for worker in page.workers if "search-worker.js" in worker.url)
    index = search_text.search_index(built_site)
    separator = index["config"]["separator"]
    words = sorted({word for doc in index["docs"]
                    for word in search_text.tokenize(f"{doc['title']} {doc['text']}", separator)})
    queries = [case["query"] for case in QUERIES] + ["Œuvre d’art", "+données -biais", "les", "coût*"]
    browser = worker.evaluate(
        """([words, queries]) => ({
            terms: words.map(word => searchFrench.indexTerm(word)),
            stops: words.map(word => !lunr.fr.stopWordFilter(new lunr.Token(word))),
            queries: queries.map(query => searchFrench.rewriteQuery(query)),
        })""",
        [words, queries],
    )
    assert dict(zip(words, browser["terms"])) == {word: search_text.index_term(word) for word in words}
    assert dict(zip(words, browser["stops"])) == {word: search_text.is_stop_word(word) for word in words}
    indexed = search_text.indexed_terms(built_site)
    missing = {word: term for word, term, stop in zip(words, browser["terms"], browser["stops"])
               if not stop and term not in indexed}
    assert not missing, f"mots du site dont le navigateur cherche un terme absent de l’index : {missing}"
    assert dict(zip(queries, browser["queries"])) == {query: search_text.rewrite_query(query) for query in queries}


def search(page, site_url: str, query: str) -> list[str]:
    """Open the home page, type ``query`` in the search box, return the result pages in order."""
    page.goto(site_url)
    box = page.locator(SEARCH_BOX)
    box.click()
    page.wait_for_function(
        "text => !document.querySelector('.md-search-result__meta').textContent.includes(text)",
        arg=INITIALIZING,
    )
    box.press_sequentially(query, delay=30)
    _wait_until_settled(page)
    hrefs = page.locator(RESULT_PAGES).evaluate_all("links => links.map(link => link.href)")
    return [_site_path(href, site_url) for href in hrefs]


def _wait_until_settled(page) -> None:
    """Results arrive for each keystroke: wait until the list has stopped changing."""
    previous = None
    for _ in range(TIMEOUT_MS // SETTLED_MS):
        state = page.locator(RESULTS).inner_html()
        if state == previous:
            return
        previous = state
        page.wait_for_timeout(SETTLED_MS)
    pytest.fail("les résultats de recherche ne se stabilisent pas")


def _site_path(url: str, site_url: str) -> str:
    path = urlsplit(url).path
    return re.sub(r"index\.html$", "", path.removeprefix(urlsplit(site_url).path))

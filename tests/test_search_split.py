"""The split search index: what the build writes (``hooks/dossier_ia/search``), and what the
browser makes of it (``search-worker.js``): lunr's own scores, whatever the size of the shards,
the synthesis quotes left out, and only the configuration left in ``search_index.json``; a
rebuild of ``mkdocs serve --dirty``, which splits again only what an edit changed, writes the
files a full build of the edited site writes."""

from __future__ import annotations

import html
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import search_text
from conftest import ROOT, build_site, serve_site
from dossier_ia.search import SearchSplit, split_search_index, write_split_index
from dossier_ia.search.split_index import SEARCH_INDEX
from mkdocs_serve import REBUILT, mkdocs_serve
from test_search_browser import SEARCH_BOX
from test_search_index import QUERIES, BrowserSearch

SEPARATOR = r"[\s\-’'.,]+"
SERVE_TIMEOUT = 300
# Edits of one article, each followed by a rebuild: a sentence with a word no page had (its
# sections stay the same), then a new section (a heading and its paragraph: the documents after
# it are numbered one further).
EDITS = ["\nUne phrase ajoutée, avec un mot que le site n’avait pas : xylophonique.\n",
         "\nUne section ajoutée pendant le test\nSon paragraphe parle encore de données et de biais.\n"]
# A query per kind of clause: prefix, exact and required terms, exclusion alone, fuzzy, and
# prefixes that span shards when they are small.
MORE_QUERIES = ["d", "co", "ia", "+données +biais", "-biais", "biais -données", "donées~1", "*tion", "2024"]
NOTHING_FOUND = {case["query"] for case in QUERIES if case.get("none")}
TINY_SHARD_BYTES = 300
QUOTE = re.compile(r"«\s*(.+?)\s*»")
TAG = re.compile(r"<[^>]+>")
# Scores as text: a query of exclusions only scores NaN in Material too (its boosts divide by 0).
WORKER_SEARCH = ("query => searchFrench.search(query).then(data => data.items.map(group => group.map(item =>"
                 " [item.location, String(item.score), item.title, item.text])))")


def _docs() -> list[dict]:
    return [
        {"location": "", "title": "Accueil", "text": "<p>Les données et l’IA.</p>"},
        {"location": "a/", "title": "Données biaisées", "text": "<p>Des données, encore des données.</p>"},
        {"location": "a/#suite", "title": "Suite", "text": "<ul><li>Biais</li><li>2024</li></ul>"},
        {"location": "b/", "title": "Autre page", "text": "<p>Rien à voir.</p>", "boost": 2},
    ]


def _config() -> dict:
    return {"lang": ["fr"], "separator": SEPARATOR, "pipeline": ["stopWordFilter", "stemmer"],
            "fields": {"title": {"boost": 1000}, "text": {"boost": 1}, "tags": {"boost": 1000000}}}


def test_split_lists_pages_with_their_number_of_sections_and_boosts() -> None:
    meta = json.loads(split_search_index({"config": _config(), "docs": _docs()})["meta.json"])
    assert meta["documents"] == 4
    assert meta["fields"] == [["title", 1000], ["text", 1]]
    assert meta["pages"] == [["", "Accueil", 1], ["a/", "Données biaisées", 2], ["b/", "Autre page", 1]]
    assert meta["boosts"] == {"3": 2}


def test_split_counts_each_term_per_field_and_document_in_term_order() -> None:
    files = split_search_index({"config": _config(), "docs": _docs()}, shard_bytes=1)
    shards = [json.loads(files[f"terms/{number}.json"])
              for number in range(len(json.loads(files["meta.json"])["shards"]))]
    terms = {term: postings for shard in shards for term, *postings in shard}
    # `donn`: in the title of document 1 (once); in the text of documents 0 (once) and 1 (twice).
    assert terms["donn"] == [[1, 1], [0, 1, 1, 2]]
    assert terms["biais"] == [[1, 1], [2, 1]]
    assert "les" not in terms and "et" not in terms, "stop words are not indexed"
    order = [term for shard in shards for term, *_ in shard]
    assert order == sorted(order, key=lambda term: term.encode("utf-16-be")), "terms are in the browser's order"
    starts = json.loads(files["meta.json"])["shards"]
    assert starts == [[shard[0][0], order.index(shard[0][0])] for shard in shards], "first term and its number"


def test_split_keeps_each_page_apart_with_its_sections() -> None:
    files = split_search_index({"config": _config(), "docs": _docs()})
    assert json.loads(files["pages/1.json"]) == [["", "Données biaisées", "<p>Des données, encore des données.</p>"],
                                                 ["#suite", "Suite", "<ul><li>Biais</li><li>2024</li></ul>"]]


def test_a_split_kept_between_builds_writes_what_a_full_split_writes(tmp_path: Path) -> None:
    """Each build hands over only the pages it rendered (as ``serve --dirty`` does); the files are
    those a split of the whole site writes, after a new word, a new section, a page gone."""
    pages = {"": _docs()[:1], "a/": _docs()[1:3], "b/": _docs()[3:]}
    builds = [
        dict(pages),
        {"a/": [{**pages["a/"][0], "text": "<p>Des données, un mot nouveau : xylophonique.</p>"}, pages["a/"][1]]},
        {"": [*pages[""], {"location": "#plus", "title": "Plus", "text": "<p>Encore des biais.</p>"}]},
        {},
    ]
    split, site = SearchSplit(), tmp_path / "site"
    (site / "search").mkdir(parents=True)
    for number, rendered in enumerate(builds):
        pages.update(rendered)
        if number == len(builds) - 1:
            del pages["a/"]
        split.start(list(pages))
        for path, docs in rendered.items():
            split.add_page(path, docs)
        split.write(site, _config(), keep=True, prefetch_bytes=0)
        split.write_configuration(site)
        full = tmp_path / f"full-{number}"
        (full / "search").mkdir(parents=True)
        (full / SEARCH_INDEX).write_text(json.dumps({"config": _config(), "docs": sum(pages.values(), [])}))
        write_split_index(full, prefetch_bytes=0)
        assert _split_files(site) == _split_files(full), f"build {number}"
    assert json.loads(_split_files(site)["search/split/meta.json"])["documents"] == 3


def test_search_index_json_keeps_only_the_configuration(built_site: Path) -> None:
    """Material's page fetches it on every first visit: it must stay small."""
    index = json.loads((built_site / SEARCH_INDEX).read_text(encoding="utf-8"))
    assert index["docs"] == []
    assert index["config"]["separator"] and re.fullmatch(r"[0-9a-f]{12}", index["config"]["split"]["version"])
    assert (built_site / SEARCH_INDEX).stat().st_size < 1000


def test_synthesis_quotes_stay_out_of_the_index(built_site: Path) -> None:
    """Each quote is found on its own article: the synthesis does not index it a second time."""
    page = html.unescape(TAG.sub(" ", (built_site / "synthese" / "index.html").read_text(encoding="utf-8")))
    quotes = [" ".join(quote.split()) for quote in QUOTE.findall(page) if len(quote) > 40]
    assert quotes, "la synthèse ne montre aucune citation"
    docs = search_text.search_index(built_site)["docs"]
    indexed = {doc["location"]: " ".join(html.unescape(TAG.sub(" ", doc["text"])).split()) for doc in docs}
    twice = [quote for quote in quotes
             if any(quote in text for location, text in indexed.items() if location.startswith("synthese/"))]
    assert not twice, f"citations indexées dans la synthèse : {twice[:3]}"
    assert any(quotes[0] in text for location, text in indexed.items() if location.startswith("articles/"))


def test_browser_weights_are_lunr_full_index_weights(search_page, built_site: Path) -> None:
    """The field vectors the worker builds from the shards are those lunr builds from every text."""
    _, worker = search_page
    browser = worker.evaluate("""async () => {
        const meta = await engine.index.meta()
        const query = new lunr.Query(meta.fields.map(([field]) => field))
        query.term("*", { usePipeline: false })
        const index = await engine.index.indexFor(query)
        const terms = Object.keys(index.invertedIndex)
        const byNumber = Object.fromEntries(terms.map(term => [index.invertedIndex[term]._index, term]))
        return Object.entries(index.fieldVectors).map(([ref, vector]) => {
            const [field, doc] = ref.split("/")
            const weights = {}
            for (let i = 0; i < vector.elements.length; i += 2)
                weights[byNumber[vector.elements[i]]] = vector.elements[i + 1]
            return [field, Number(doc), weights]
        })
    }""")
    index = search_text.search_index(built_site)
    docs = index["docs"]
    lunr_index = BrowserSearch(index).index
    by_number = {posting["_index"]: term for term, posting in lunr_index.inverted_index.items()}
    expected = {}
    for ref, vector in lunr_index.field_vectors.items():
        elements = vector.elements
        if elements:  # lunr also keeps an empty vector for an empty field (tags: unused here)
            expected[ref] = {by_number[elements[i]]: elements[i + 1] for i in range(0, len(elements), 2)}
    found = {f"{field}/{docs[number]['location']}": weights for field, number, weights in browser}
    assert found.keys() == expected.keys()
    # lunr.js rounds weights with Math.round, lunr.py with round(): a tie may differ by 0.001.
    wrong = [(ref, term) for ref, weights in expected.items() for term, weight in weights.items()
             if abs(found[ref].get(term, -1) - weight) > 0.0011]
    assert not wrong and all(found[ref].keys() == expected[ref].keys() for ref in expected), wrong[:5]


@pytest.mark.parametrize("query", [case["query"] for case in QUERIES] + MORE_QUERIES)
def test_results_do_not_depend_on_the_size_of_shards(search_page, tiny_shards_page, query: str) -> None:
    """The same results, scores, titles and passages with one shard or with hundreds."""
    expected = search_page[1].evaluate(WORKER_SEARCH, query)
    found = tiny_shards_page[1].evaluate(WORKER_SEARCH, query)
    assert found == expected
    assert bool(found) != (query in NOTHING_FOUND), f"« {query} » : {len(found)} pages"


def test_once_a_query_is_answered_the_others_fetch_no_term_shard(search_page, all_terms_page) -> None:
    """terms.json (every shard in one file) comes after a first answer; then same results, and no
    request for a shard."""
    page, worker = all_terms_page
    page.locator(SEARCH_BOX).press_sequentially("données")
    worker.evaluate("""() => new Promise(resolve => {
        const check = () => engine.index.termsRequested && !engine.index.files.has("terms.json")
            ? resolve() : setTimeout(check, 50)
        check()
    })""")
    requests: list[str] = []
    page.context.on("request", lambda request: requests.append(request.url))
    queries = [case["query"] for case in QUERIES] + MORE_QUERIES
    found = {query: worker.evaluate(WORKER_SEARCH, query) for query in queries}
    assert found == {query: search_page[1].evaluate(WORKER_SEARCH, query) for query in queries}
    assert requests and not [url for url in requests if "/terms" in url], requests


@pytest.mark.build
def test_a_dirty_rebuild_writes_the_files_of_a_full_build_of_the_edited_site(tmp_path: Path) -> None:
    seeds, temporary = tmp_path / "seeds", tmp_path / "tmp"
    shutil.copytree(ROOT / "seeds", seeds)
    temporary.mkdir()
    edited = sorted(seeds.iterdir())[1]
    with mkdocs_serve(["--dirty"], {"SEEDS_DIR": str(seeds), "TMPDIR": str(temporary)}, SERVE_TIMEOUT) as server:
        server.until("Serving on", SERVE_TIMEOUT)
        served = next(folder for folder in temporary.glob("mkdocs_*") if (folder / "search").is_dir())
        before = _split_files(served)
        documents = [_documents(before)]
        for number, edit in enumerate(EDITS):
            with edited.open("a", encoding="utf-8") as file:
                file.write(edit)
            server.until(REBUILT, SERVE_TIMEOUT)
            result = build_site(tmp_path / f"full-{number}", seeds)
            assert result.returncode == 0, result.stderr
            rebuilt, full = _split_files(served), _split_files(tmp_path / f"full-{number}")
            assert rebuilt.keys() == full.keys()
            assert [path for path in full if rebuilt[path] != full[path]] == []
            assert rebuilt != before, "l’édition ne change pas l’index"
            before = rebuilt
            documents.append(_documents(rebuilt))
        assert search_text.index_term("xylophonique") in search_text.indexed_terms(served)
    assert documents[2] == documents[1] + 1 == documents[0] + 1, "the second edit adds a section"


def _documents(files: dict[str, bytes]) -> int:
    return json.loads(files["search/split/meta.json"])["documents"]


def _split_files(site: Path) -> dict[str, bytes]:
    return {str(path.relative_to(site)): path.read_bytes() for path in (site / "search").rglob("*") if path.is_file()}


@pytest.fixture(scope="module")
def all_terms_page(browser, built_site: Path,
                   tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[object, object]]:
    """The seeds' site with nothing but the list of pages fetched with the page: its term shards
    (tiny ones) come in terms.json once a first query is answered, as at 1,000 articles."""
    site = tmp_path_factory.mktemp("all-terms") / "site"
    shutil.copytree(built_site, site)
    (site / SEARCH_INDEX).write_text(json.dumps(search_text.search_index(site)), encoding="utf-8")
    write_split_index(site, shard_bytes=TINY_SHARD_BYTES, prefetch_bytes=0)
    assert json.loads((site / SEARCH_INDEX).read_text(encoding="utf-8"))["config"]["split"]["terms"]
    with serve_site(site) as url:
        yield from _worker(browser, url)


@pytest.fixture(scope="module")
def search_page(browser, site_url: str) -> Iterator[tuple[object, object]]:
    yield from _worker(browser, site_url)


@pytest.fixture(scope="module")
def tiny_shards_page(browser, built_site: Path,
                     tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[object, object]]:
    """The seeds' site, its index split again in shards of a few terms each."""
    site = tmp_path_factory.mktemp("tiny-shards") / "site"
    shutil.copytree(built_site, site)
    (site / SEARCH_INDEX).write_text(json.dumps(search_text.search_index(site)), encoding="utf-8")
    write_split_index(site, shard_bytes=TINY_SHARD_BYTES)
    assert len(json.loads((site / "search" / "split" / "meta.json").read_text(encoding="utf-8"))["shards"]) > 100
    with serve_site(site) as url:
        yield from _worker(browser, url)


def _worker(browser, url: str) -> Iterator[tuple[object, object]]:
    """A page of the site with its search worker set up (the first click in the search box)."""
    page = browser.new_page()
    page.goto(url)
    page.locator(SEARCH_BOX).click()
    page.wait_for_function(
        "() => !document.querySelector('.md-search-result__meta').textContent.includes('Initialisation')")
    worker = next(worker for worker in page.workers if "search-worker.js" in worker.url)
    yield page, worker
    page.close()

"""Search relevance without a browser: the documents of the built search index (read back from
the split index, ``search_text.search_index``) indexed with the ``lunr`` Python package the way
lunr does it in the browser (Material's tokenizer, field boosts, result boosts and grouping by
page, plus the French folding and stemming of ``hooks/dossier_ia/search/french_terms.py``), then
the expected page checked for each query of ``tests/data/search_queries.yml``. The browser tests
run the same queries for real."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from lunr.builder import Builder
from lunr.pipeline import Pipeline
from lunr.stop_word_filter import stop_word_filter as english_stop_word_filter

import search_text

QUERIES_FILE = Path(__file__).parent / "data" / "search_queries.yml"
QUERIES = yaml.safe_load(QUERIES_FILE.read_text(encoding="utf-8"))["queries"]
PAGES_WAITING = {"glossaire/", "synthese/"}
PLAIN_SEPARATOR = r"[\s\-]+"
NEAR_TOP = 3
GLOSSARY_LETTERS = "glossaire/#lettre-"  # the A, B, C… headings, not entries


@dataclass(frozen=True)
class Hit:
    page: str
    sections: tuple[str, ...]


class BrowserSearch:
    """Material 9's search worker, in Python: same index, same query, same order of pages.

    ``plain=True`` is Material as it comes with ``lang: fr`` (split on spaces and hyphens, stop
    words only, no folding, no stemming): the baseline that tests/scripts/measure_search.py shows.
    """

    def __init__(self, search_index: dict, *, plain: bool = False) -> None:
        config = search_index["config"]
        self.plain = plain
        self.separator = PLAIN_SEPARATOR if plain else config["separator"]
        self.docs = {doc["location"]: doc for doc in search_index["docs"]}
        self.parents = _parents(search_index["docs"])
        builder = Builder()
        builder.pipeline.add(_french_stop_word_filter)
        if not plain:
            builder.pipeline.add(_french_stemmer)
            builder.search_pipeline.add(_french_stemmer)
        builder.ref("location")
        builder.b(0)
        for name, spec in config["fields"].items():
            builder.field(name, boost=spec.get("boost", 1), extractor=self._extractor(name))
        for doc in search_index["docs"]:
            builder.add(doc, {"boost": doc["boost"]} if "boost" in doc else None)
        self.index = builder.build()

    def search(self, query: str) -> list[Hit]:
        """Pages in the order the results list shows them, each with its matching sections."""
        terms = self._material_terms(query if self.plain else search_text.rewrite_query(query))
        if not terms:
            return []
        scored = []
        for result in self.index.search(" ".join(f"{term}*" for term in terms)):
            matched = result["match_data"].metadata.keys()
            found = {term: any(key.startswith(term) for key in matched) for term in terms}
            counted = [hit for term, hit in found.items() if hit or english_stop_word_filter(term)]
            boost = (result["ref"] not in self.parents) + (sum(counted) / len(counted) if counted else 0)
            scored.append((result["score"] * (1 + boost**2), result["ref"]))
        pages: dict[str, list[str]] = {}
        for _, location in sorted(scored, key=lambda item: -item[0]):
            pages.setdefault(self.parents.get(location, location), []).append(location)
        return [Hit(page, tuple(sections)) for page, sections in pages.items()]

    def _material_terms(self, query: str) -> list[str]:
        """Material's query transform for plain words: split on spaces and the separator."""
        return list(dict.fromkeys(search_text.tokenize(query, self.separator)))

    def _extractor(self, name: str):
        def extract(doc: dict) -> list[str] | None:
            value = doc.get(name)
            if value is None:
                return None
            texts = value if isinstance(value, list) else [value]
            return [word for text in texts for word in search_text.tokenize(text, self.separator)]

        return extract


@pytest.fixture(scope="module")
def search_index(built_site: Path) -> dict:
    return search_text.search_index(built_site)


@pytest.fixture(scope="module")
def browser_search(search_index: dict) -> BrowserSearch:
    return BrowserSearch(search_index)


@pytest.mark.parametrize("case", QUERIES, ids=[case["query"] for case in QUERIES])
def test_query_finds_expected_page_first(browser_search: BrowserSearch, case: dict) -> None:
    hits = browser_search.search(case["query"])
    pages = [hit.page for hit in hits]
    if case.get("none"):
        assert pages == [], f"« {case['query']} » ne devrait rien trouver : {pages}"
        return
    _wait_for_page(case["page"], browser_search)
    assert case["page"] in pages[: case["rank"]], (
        f"« {case['query']} » : {case['page']} attendue parmi les {case['rank']} premières, trouvé {pages}"
    )
    missing = [page for page in case.get("also", []) if page not in pages]
    assert not missing, f"« {case['query']} » ne trouve pas {missing} (trouvé {pages})"


@pytest.mark.parametrize(("typed", "plain"), [
    ("données", "donnees"), ("confidentialité", "confidentialite"), ("préjugés", "prejuges"),
    ("chômage", "chomage"), ("éthique", "ethique"),
])
def test_accents_do_not_change_results(browser_search: BrowserSearch, typed: str, plain: str) -> None:
    assert browser_search.search(typed) == browser_search.search(plain)


@pytest.mark.parametrize(("one", "other"), [("biais", "biaisées"), ("personnalisation", "personnaliser")])
def test_inflections_reach_the_same_pages(browser_search: BrowserSearch, one: str, other: str) -> None:
    assert {hit.page for hit in browser_search.search(one)} == {hit.page for hit in browser_search.search(other)}


@pytest.mark.parametrize(("text", "terms"), [
    ("l'IA", ["ia"]), ("L’IA", ["ia"]), ("d’être", ["etr"]), ("l’intelligence", ["intelligent"]),
    ("qu’elle soit bien-être", ["bien", "etr"]),
    ("« Données », (biaisées) : 2,5 %…", ["donn", "biais", "2,5"]),
    # The browser's stemmer (lunr-languages) gives `francais`, Python's snowballstemmer 3 `franc`.
    ("française Française francaise", ["francais"] * 3),
])
def test_elisions_hyphens_and_punctuation_split_words(search_index: dict, text: str, terms: list[str]) -> None:
    assert search_text.index_terms(text, search_index["config"]["separator"]) == terms


def test_search_is_configured_for_french(search_index: dict) -> None:
    config = search_index["config"]
    assert config["lang"] == ["fr"]
    assert set(config["pipeline"]) == {"stemmer", "stopWordFilter"}
    assert "|" not in config["separator"].split("]")[0], "Material's highlighter splits the separator on |"


def test_section_title_ranks_above_a_passing_mention(browser_search: BrowserSearch) -> None:
    """« discrimination » titles a synthesis theme and an article section: those come first."""
    hits = browser_search.search("discrimination")
    assert "discrimination" in search_text.fold(browser_search.docs[hits[0].sections[0]]["title"])
    article = next(hit for hit in hits if hit.page == "articles/les-inconvenients-de-l-ia-en-marketing/")
    assert article.sections[0].endswith("#prejuges-et-discrimination")


def test_every_heading_is_a_search_result_of_its_own(search_index: dict, built_site: Path) -> None:
    locations = {doc["location"] for doc in search_index["docs"]}
    article = "articles/les-inconvenients-de-l-ia-en-marketing/"
    assert {f"{article}#prejuges-et-discrimination", f"{article}#conclusion"} <= locations


def test_pages_that_would_pollute_results_are_not_indexed(search_index: dict, built_site: Path) -> None:
    locations = [doc["location"] for doc in search_index["docs"]]
    assert not [location for location in locations if location.startswith(("404", "articles/pages/"))]
    assert (built_site / "404.html").exists()


def test_glossary_entries_are_findable_by_term(search_index: dict, browser_search: BrowserSearch) -> None:
    """Each entry is a result of its own (a heading), near the top for its term: not always
    first, since « IA » also titles every article."""
    _wait_for_page("glossaire/", browser_search)
    ranks = _section_ranks(search_index, browser_search, "glossaire/#", exclude=GLOSSARY_LETTERS)
    assert ranks, "le glossaire n’a pas une section (un titre) par terme : ses entrées ne sont pas des résultats"
    assert None not in ranks.values(), f"entrées introuvables par leur terme : {ranks}"
    far = {term: rank for term, rank in ranks.items() if rank > NEAR_TOP}
    assert len(far) <= len(ranks) // 10, f"entrées loin dans les résultats de leur terme : {far}"


def test_synthesis_themes_are_findable_by_title(search_index: dict, browser_search: BrowserSearch) -> None:
    _wait_for_page("synthese/", browser_search)
    ranks = _section_ranks(search_index, browser_search, "synthese/#theme-")
    assert ranks, "la synthèse n’a pas une section (un titre) par thème"
    far = {title: rank for title, rank in ranks.items() if rank is None or rank > 2}
    assert not far, f"thèmes loin dans les résultats de leur titre : {far}"


def _section_ranks(search_index: dict, browser_search: BrowserSearch, prefix: str,
                   exclude: str = "\0") -> dict[str, int | None]:
    """Section title → rank of its page among the results of a search for that title."""
    ranks = {}
    for doc in search_index["docs"]:
        if doc["location"].startswith(prefix) and not doc["location"].startswith(exclude):
            hits = browser_search.search(doc["title"])
            ranks[doc["title"]] = next(
                (rank for rank, hit in enumerate(hits, 1) if doc["location"] in hit.sections), None
            )
    return ranks


def _wait_for_page(page: str, browser_search: BrowserSearch) -> None:
    """The glossary and synthesis pages are being written: until they are built, say so."""
    if page in PAGES_WAITING and page not in browser_search.docs:
        pytest.fail(f"{page} n’est pas (encore) dans le site : la requête l’attend")


def _parents(docs: list[dict]) -> dict[str, str]:
    """Section → its page, as Material's document map: the page is the first entry of its path."""
    pages: set[str] = set()
    parents = {}
    for doc in docs:
        path = doc["location"].split("#")[0]
        if path in pages:
            parents[doc["location"]] = path
        else:
            pages.add(path)
    return parents


def _french_stop_word_filter(token, i=None, tokens=None):
    return None if search_text.is_stop_word(str(token)) else token


def _french_stemmer(token, i=None, tokens=None):
    return token.update(lambda word, metadata=None: search_text.index_term(word))


Pipeline.register_function(_french_stop_word_filter, "stopWordFilter-fr")
Pipeline.register_function(_french_stemmer, "stemmer-fr-folded")

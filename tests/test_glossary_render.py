"""The glossary page and JSON, and the glossary links of the real articles, checked on HTML.

The Markdown is turned into HTML by Python-Markdown with the extensions of ``mkdocs.yml`` (no
MkDocs build), so that anchors and links are checked as a browser would see them.
"""

from __future__ import annotations

import html as html_lib
import json
import posixpath
import re
from pathlib import Path

import markdown
import pytest
import yaml

from dossier_ia.articles.render import article_uri, render_article
from dossier_ia.french.text import fold_accents
from dossier_ia.french.typography import french_typography
from dossier_ia.glossary.linker import find_citations, link_terms, term_forms
from dossier_ia.glossary.render import glossary_json, render_glossary_page
from dossier_ia.glossary.terms import Glossary, Term, load_glossary, parse_glossary
from dossier_ia.reading.collection import load_collection
from dossier_ia.reading.model import Article, Block, BlockKind
from dossier_ia.settings import GLOSSARY_PAGE

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY_FILE = ROOT / "docs" / "_data" / "glossaire.yml"
TRICKY = "Des <script>alert(1)</script> *graves* [x](y) {{ z }}."
TERMS = (
    Term("3D", "3d", "Trois dimensions."),
    Term("Algorithme", "algorithme", "Suite d’instructions.", ("algorithmes",)),
    Term("Écoute sociale", "ecoute-sociale", TRICKY, ("social listening",)),
    Term("Expérience client", "experience-client", "Ce que vit le client."),
    Term("IA", "ia", "Intelligence artificielle."),
)
GLOSSARY = Glossary(TERMS)


def to_html(page: str) -> str:
    """The page as MkDocs would render its Markdown (front matter dropped)."""
    if page.startswith("---\n"):
        page = page.split("---\n", 2)[2]
    names, configs = _site_extensions()
    return markdown.markdown(page, extensions=names, extension_configs=configs)


def _site_extensions() -> tuple[list[str], dict[str, dict[str, object]]]:
    """The Markdown extensions of ``mkdocs.yml``, with their options."""

    class _Loader(yaml.SafeLoader):
        """mkdocs.yml uses tags such as !ENV; their values do not matter here."""

    _Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    names: list[str] = []
    configs: dict[str, dict[str, object]] = {}
    for item in config["markdown_extensions"]:
        name, options = next(iter(item.items())) if isinstance(item, dict) else (item, None)
        names.append(name)
        configs[name] = options or {}
    return names, configs


def ids(html: str) -> set[str]:
    return set(re.findall(r'\sid="([^"]+)"', html))


def make(name: str, title: str, text: str) -> Article:
    return Article(name, title, name.removesuffix(".txt"), (Block(BlockKind.PARAGRAPH, text, 1, "p-1"),), name)


# The page and the JSON, on a small glossary.


def test_page_groups_terms_by_letter_in_french_order_with_a_letter_index():
    page = render_glossary_page(GLOSSARY, {})
    html = to_html(page)
    headings = re.findall(r"<h([23])(?: data-search-exclude)? id=\"([^\"]+)\"[^>]*>([^<]+)", html)
    assert [(level, anchor) for level, anchor, _ in headings] == [
        ("2", "lettre-autres"), ("3", "3d"),
        ("2", "lettre-a"), ("3", "algorithme"),
        ("2", "lettre-e"), ("3", "ecoute-sociale"), ("3", "experience-client"),
        ("2", "lettre-i"), ("3", "ia"),
    ]
    index = re.search(r'<nav [^>]*class="glossary-letters".*?</nav>', html, re.S).group()
    assert re.findall(r'href="#([^"]+)">([^<]+)</a>', index) == [
        ("lettre-autres", "#"), ("lettre-a", "A"), ("lettre-e", "E"), ("lettre-i", "I"),
    ]
    assert page.startswith("---\n") and "\n# Glossaire\n" in page


def test_definitions_and_titles_are_shown_verbatim_never_interpreted():
    tricky_article = make("x.txt", "Un titre *étoilé* <b>gras</b> [lien](ailleurs)", "L’écoute sociale.")
    html = to_html(render_glossary_page(GLOSSARY, find_citations([tricky_article], GLOSSARY)))
    assert "Des &lt;script&gt;alert(1)&lt;/script&gt; *graves* [x](y) {{ z }}." in html
    assert (
        "<script>" not in html and "<em>graves</em>" not in html and "<em>étoilé</em>" not in html and "<b>" not in html
    )
    assert '<a href="articles/x.md">Un titre *étoilé* &lt;b&gt;gras&lt;/b&gt; [lien](ailleurs)</a>' in html


def test_each_term_lists_the_articles_that_cite_it_by_title_or_says_none():
    articles = [make("b.txt", "Zèbre", "Des algorithmes."), make("a.txt", "Éléphant", "Un algorithme, l’IA.")]
    html = to_html(render_glossary_page(GLOSSARY, find_citations(articles, GLOSSARY)))
    entry = html.split('id="algorithme"')[1].split("<h")[0]
    assert re.findall(r'<a href="([^"]+)">([^<]+)</a>', entry) == [
        ("articles/a.md", "Éléphant"),
        ("articles/b.md", "Zèbre"),
    ]
    assert "Cité dans\u00a0:</em> aucun article pour l’instant." in html.split('id="3d"')[1].split("<h")[0]
    assert "Autres formes\u00a0:</em> algorithmes" in entry


def test_cite_dans_links_lead_to_the_passage_where_the_term_occurs():
    articles = [make("a.txt", "Éléphant", "Un algorithme, l’IA.")]
    passages = {("algorithme", "a.txt"): "p-123456"}
    html = to_html(render_glossary_page(GLOSSARY, find_citations(articles, GLOSSARY), passages))
    entry = html.split('id="algorithme"')[1].split("<h")[0]
    assert '<a href="articles/a.md#p-123456">Éléphant</a>' in entry
    assert "survolez" not in html and "avec une souris" in html


def test_json_lists_each_term_with_its_seed_files_sorted():
    articles = [make("b.txt", "B", "Des algorithmes."), make("a.txt", "A", "Un algorithme.")]
    data = glossary_json(GLOSSARY, find_citations(articles, GLOSSARY))
    assert data["terms"][1] == {
        "term": "Algorithme",
        "anchor": "algorithme",
        "definition": "Suite d’instructions.",
        "variants": ["algorithmes"],
        "articles": ["a.txt", "b.txt"],
    }
    assert [term["anchor"] for term in data["terms"]] == [term.anchor for term in TERMS]
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


def test_empty_glossary_page_says_so():
    page = render_glossary_page(Glossary(()), {})
    assert "Le glossaire est vide pour l’instant." in page
    assert glossary_json(Glossary(()), {}) == {"terms": []}


# The real glossary on the real articles.


@pytest.fixture(scope="module")
def site() -> tuple[Glossary, tuple[Article, ...], dict[str, tuple[Article, ...]]]:
    glossary, problems = load_glossary(GLOSSARY_FILE)
    assert problems == []
    articles = load_collection(ROOT / "seeds").articles
    return glossary, articles, find_citations(articles, glossary)


def test_every_glossary_link_of_every_article_resolves_to_a_term_and_shows_its_definition(site):
    glossary, articles, citations = site
    anchors = ids(to_html(render_glossary_page(glossary, citations)))
    definitions = {term.anchor: term.definition for term in glossary.terms}
    checked = 0
    for article in articles:
        links = link_terms(article, glossary)
        html = to_html(render_article(article, links=links))
        glossary_links = re.findall(r'<a href="([^"]+)" title="([^"]*)">', html)
        assert len(glossary_links) == len(links), article.source_name
        for href, title in glossary_links:
            path, _, anchor = href.partition("#")
            assert posixpath.normpath(posixpath.join(posixpath.dirname(article_uri(article)), path)) == GLOSSARY_PAGE
            assert anchor in anchors
            # The tooltip shows the definition with French typography (no-break spaces written as entities).
            assert html_lib.unescape(title) == french_typography(definitions[anchor])
            checked += 1
        assert not re.search(r"<h[1-6][^>]*>[^<]*<a href=\"[^\"]*glossaire", html), "a heading got a glossary link"
    assert checked > 0


def test_glossary_links_leave_the_article_text_unchanged(site):
    glossary, articles, _ = site
    for article in articles:
        plain = re.sub(r"<[^>]+>", "", to_html(render_article(article)))
        linked = re.sub(r"<[^>]+>", "", to_html(render_article(article, links=link_terms(article, glossary))))
        assert linked == plain, article.source_name


def test_cite_dans_matches_a_plain_scan_of_each_term_in_each_article(site):
    glossary, articles, citations = site
    expected = _naive_citations(articles, glossary)
    assert {anchor: [article.source_name for article in cited] for anchor, cited in citations.items()} == expected
    data = glossary_json(glossary, citations)
    assert {term["anchor"]: term["articles"] for term in data["terms"]} == expected


def test_page_is_the_same_on_every_build(site):
    glossary, articles, _ = site
    first = render_glossary_page(glossary, find_citations(articles, glossary))
    again = render_glossary_page(glossary, find_citations(list(reversed(articles)), glossary))
    assert first == again


def _naive_citations(articles: tuple[Article, ...], glossary: Glossary) -> dict[str, list[str]]:
    """The reference: each spelling of each term searched on its own, longest first, without overlaps."""
    searches = [
        (
            re.compile(rf"(?<!\w)(?<!\w-){_pattern(form)}(?!\w|-\w)"),
            [word for word in re.findall(r"\w+", form) if len(word) > 1 and word.isupper()],
            term.anchor,
        )
        for term in glossary.terms
        for form in term_forms(term)
    ]
    excluded = {
        term.anchor: [re.compile(rf"(?<!\w){_pattern(phrase)}(?!\w)") for phrase in term.excluded_contexts]
        for term in glossary.terms
    }
    result: dict[str, list[str]] = {term.anchor: [] for term in glossary.terms}
    for article in sorted(articles, key=lambda article: article.source_name):
        found: set[str] = set()
        for text in [article.title] + [text for block in article.blocks for text in (block.label, block.text)]:
            folded = "".join(_fold(char) for char in text).replace("’", "'")
            spans = [
                (match.start() - match.end(), match.start(), match.end(), anchor)
                for search, acronyms, anchor in searches
                for match in search.finditer(folded)
                if all(re.search(rf"\b{acronym}\b", text[match.start() : match.end()]) for acronym in acronyms)
                and not any(context.start() <= match.start() and match.end() <= context.end()
                            for phrase in excluded[anchor] for context in phrase.finditer(folded))
            ]
            taken: list[tuple[int, int]] = []
            for _, start, end, anchor in sorted(spans):
                if all(end <= other_start or start >= other_end for other_start, other_end in taken):
                    taken.append((start, end))
                    found.add(anchor)
        for anchor in sorted(found):
            result[anchor].append(article.source_name)
    return result


def _pattern(form: str) -> str:
    return r"\s+".join(re.escape(word) for word in "".join(_fold(char) for char in form).replace("’", "'").split())


def _fold(char: str) -> str:
    folded = fold_accents(char).lower()
    return folded if len(folded) == 1 else char.lower()


def test_citations_on_the_page_are_capped_but_complete_in_the_json():
    glossary, _ = parse_glossary("terms:\n  - term: IA\n    definition: Intelligence artificielle.\n", "g.yml")
    articles = [
        Article(f"{number:02}.txt", f"Article {number:02}", f"a{number:02}", (), f"h{number}") for number in range(25)
    ]
    citations = {"ia": tuple(articles)}
    page = render_glossary_page(glossary, citations)
    assert page.count("](articles/a") == 20 and "et 5 autres" in page and "(api/glossaire.json)" in page
    assert len(glossary_json(glossary, citations)["terms"][0]["articles"]) == 25

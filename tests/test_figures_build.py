"""End-to-end: the key figures of the real seeds, built with ``mkdocs build --strict`` and read
from the built HTML, the search index and ``api/chiffres.json``."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import SEEDS_DIR, build_site
from html_helpers import article_text, element_ids
from search_text import search_index

SEED_FILES = {path.name for path in SEEDS_DIR.glob("*.txt")}


def chiffres(site: Path) -> dict:
    return json.loads((site / "api" / "chiffres.json").read_text(encoding="utf-8"))


def test_every_figure_is_in_its_sentence_and_links_to_an_existing_paragraph(built_site):
    data = chiffres(built_site)
    assert set(data) == {"figures", "sources"} and data["figures"]
    for figure in data["figures"]:
        assert set(figure) == {"value", "sentence", "source", "article", "url", "citations"}
        assert figure["value"] in figure["sentence"]
        assert figure["citations"][0] == {
            "article": figure["article"],
            "url": figure["url"],
            "sentence": figure["sentence"],
        }
        for citation in figure["citations"]:
            assert citation["article"] in SEED_FILES
            page, _, anchor = citation["url"].partition("#")
            html = (built_site / page / "index.html").read_text(encoding="utf-8")
            assert anchor in element_ids(html)
            assert citation["sentence"] in article_text(html)


def test_the_seeds_figures_have_their_sources(built_site):
    sources = {figure["value"]: figure["source"] for figure in chiffres(built_site)["figures"]}
    assert sources["61%"] == "Narrative Science"
    assert sources["300 millions"] == "Goldman Sachs"
    assert sources["près de 10 ans"] == sources["10 principaux objectifs"] == "Rexer Analytics"
    assert sources["24 heures sur 24"] is None and sources["des centaines, voire des milliers"] is None


def test_every_named_source_is_listed_with_the_articles_citing_it(built_site):
    listed = {source["name"]: source["articles"] for source in chiffres(built_site)["sources"]}
    assert listed == {
        "Deloitte": ["000_c02dd408cdb99d3d.txt"],
        "Goldman Sachs": ["002_757b65bac0b65acd.txt"],
        "Narrative Science": ["000_c02dd408cdb99d3d.txt"],
        "Rexer Analytics": ["001_ea0ee8e7354d4382.txt"],
    }
    text = article_text((built_site / "chiffres" / "index.html").read_text(encoding="utf-8"))
    sources = text.split("Sources citées")[-1]
    assert all(name in sources for name in listed)


def test_the_page_shows_figures_by_theme_in_the_nav_and_out_of_the_search_index(built_site):
    html = (built_site / "chiffres" / "index.html").read_text(encoding="utf-8")
    text = article_text(html)
    assert "Chiffres clés et sources" in text and "Suppressions d" in text and "Autres chiffres" in text
    assert "300 millions — « Goldman Sachs a estimé à 300 millions le nombre d’emplois" in text
    assert "Source : Goldman Sachs" in text
    assert 'href="../articles/intelligence-artificielle-et-marketing-opportunites-et/#p-' in html
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert re.search(
        r'<a href="chiffres/" class="md-nav__link">\s*<span class="md-ellipsis">\s*Chiffres clés\s*</span>', home
    )
    index = search_index(built_site)
    figures_docs = [doc for doc in index["docs"] if doc["location"].startswith("chiffres/")]
    assert figures_docs and not [
        doc for doc in figures_docs if "Goldman Sachs a estimé" in doc["text"] or "#theme-" in doc["location"]
    ]


def test_the_synthesis_shows_the_key_figures_beside_their_theme(built_site):
    html = (built_site / "synthese" / "index.html").read_text(encoding="utf-8")
    section = html.split('id="theme-emploi"')[1].split("<h3")[0]
    assert "Chiffres clés" in section and "300 millions" in section and 'href="../chiffres/#theme-emploi"' in section
    assert 'href="../chiffres/"' in html.split('id="theme-')[0]


def test_more_figures_than_a_page_holds_build_strict_with_every_page(tmp_path):
    seeds, site = tmp_path / "seeds", tmp_path / "site"
    seeds.mkdir()
    sentences = " ".join(f"Le magasin {number} a vendu {number * 7 + 3} vélos." for number in range(1, 131))
    (seeds / "ventes.txt").write_text(f"Les ventes de vélos\n\n{sentences}\n", encoding="utf-8")
    result = build_site(site, seeds)
    assert result.returncode == 0, result.stderr
    assert len(chiffres(site)["figures"]) == 130
    second = (site / "chiffres" / "pages" / "2" / "index.html").read_text(encoding="utf-8")
    assert "page 2 sur 2" in article_text(second) and "913 vélos" in article_text(second)
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [doc for doc in index["docs"] if doc["location"].startswith("chiffres/pages/")]

"""The figures pages, their JSON and the key figures of the synthesis, rendered from hand-made articles."""

from __future__ import annotations

import json
import re

from dossier_ia.figures.analysis import collect_figures
from dossier_ia.figures.render import (
    FIGURES_PAGE_SIZE,
    figures_json,
    figures_uri,
    render_figure_pages,
    render_figures_overview,
    render_theme_figures,
)
from dossier_ia.reading.model import Article, Block, BlockKind
from dossier_ia.settings import SYNTHESIS_PAGE
from dossier_ia.synthesis.analysis import analyse_collection
from dossier_ia.synthesis.render import render_synthesis_page
from dossier_ia.synthesis.themes import parse_taxonomy
from markdown_helpers import reading

render_synthesis_page = reading(render_synthesis_page)

TAXONOMY, _ = parse_taxonomy("""
themes:
  - {id: emploi, title: Emplois menacés, polarity: inconvénient, summary: S., cues: [emploi, chômage]}
""", "test")
HOSTILE = "Selon <script>alert(1)</script> *Hexa* [x](y), 42 % des {{ config }} clients ont un risque de chômage."


def make(name: str, *texts: str) -> Article:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text, line, f"p-{line}") for line, text in enumerate(texts, 1))
    return Article(name, f"Titre {name}", name.removesuffix(".txt"), blocks, f"hash-{name}-{texts}")


def key_figures(*articles: Article):
    return collect_figures(list(articles), analyse_collection(list(articles), TAXONOMY))


def test_page_lists_figures_by_theme_with_sentence_source_and_paragraph_link():
    figures = key_figures(
        make("a.txt", "Selon Tilleul Data, l’IA menace 2 millions d’emplois et accroît le chômage."),
        make("b.txt", "Le ciel compte 4 nuages.", "Des experts affirment que 30 % des nuages sont gris."),
    )
    page = render_figure_pages(figures)[figures_uri(1)]
    assert page.startswith("---\ndescription: ") and "\n# Chiffres clés et sources\n" in page
    order = [
        page.index(marker)
        for marker in ("{#theme-emploi data-search-exclude}", "{#autres-chiffres data-search-exclude}", "{#sources}")
    ]
    assert order == sorted(order)
    assert "- **2 millions** — «\u00a0Selon Tilleul Data\\, l’IA menace **2 millions** d’emplois" in page
    assert "Source\u00a0: **Tilleul Data** · [Titre a\\.txt](../articles/a.md#p-1)" in page
    assert "Source non nommée\u00a0: «\u00a0Des experts affirment\u00a0»" in page
    assert "Sans source citée · [Titre b\\.txt](../articles/b.md#p-1)" in page
    assert "- **Tilleul Data**\u00a0: [Titre a\\.txt](../articles/a.md#p-1)" in page


def test_quotes_stay_out_of_the_search_index_and_are_escaped():
    page = render_figure_pages(key_figures(make("a.txt", HOSTILE)))[figures_uri(1)]
    quotes = page.split("<div data-search-exclude markdown>")[1].split("</div>")[0]
    assert "- **42 \\%** — «\u00a0Selon \\<script\\>alert\\(1\\)" in quotes
    assert "<script>" not in page and "\\<script\\>" in page
    assert "\\*Hexa\\*" in page and "\\{\\{ config \\}\\}" in page


def test_thousands_of_figures_are_split_into_pages_kept_out_of_search():
    articles = [
        make(f"a{number:04d}.txt", f"Le site numéro {number} affiche {number + 1} visiteurs.")
        for number in range(FIGURES_PAGE_SIZE * 2 + 5)
    ]
    pages = render_figure_pages(key_figures(*articles))
    assert sorted(pages) == [figures_uri(1), figures_uri(2), figures_uri(3)]
    assert '"exclude": true' not in pages[figures_uri(1)] and '"exclude": true' in pages[figures_uri(3)]
    assert "# Chiffres clés et sources — page 2 sur 3" in pages[figures_uri(2)]
    assert "Autres chiffres (suite)" in pages[figures_uri(2)]
    assert "[1](../index.md)" in pages[figures_uri(3)] and "**3**" in pages[figures_uri(3)]
    assert sum(page.count("\n- **") for page in pages.values()) == len(articles)


def test_json_has_every_figure_and_source_as_the_issue_specifies():
    figures = key_figures(
        make("a.txt", "Selon Tilleul Data, l’IA menace 2 millions d’emplois."),
        make("b.txt", "D’après Tilleul Data, 2 millions d’emplois sont menacés."),
        make("c.txt", "Le ciel compte 4 nuages."),
    )
    data = json.loads(json.dumps(figures_json(figures)))
    assert set(data) == {"figures", "sources"}
    first = next(figure for figure in data["figures"] if figure["source"] == "Tilleul Data")
    assert set(first) == {"value", "sentence", "source", "article", "url", "citations"}
    assert first["value"] == "2 millions" and first["article"] == "a.txt" and first["url"] == "articles/a/#p-1"
    assert first["sentence"] == "Selon Tilleul Data, l’IA menace 2 millions d’emplois."
    assert [citation["article"] for citation in first["citations"]] == ["a.txt", "b.txt"]
    assert set(first["citations"][1]) == {"article", "url", "sentence"}
    unnamed = next(figure for figure in data["figures"] if figure["value"] == "4 nuages")
    assert unnamed["source"] is None
    assert data["sources"] == [{"name": "Tilleul Data", "articles": ["a.txt", "b.txt"]}]


def test_synthesis_shows_each_theme_s_key_figures_and_the_overview():
    articles = [make("a.txt", "Selon Tilleul Data, l’IA menace 2 millions d’emplois et accroît le chômage.")]
    synthesis = analyse_collection(articles, TAXONOMY)
    figures = collect_figures(articles, synthesis)
    page = render_synthesis_page(
        synthesis,
        key_figures={theme: [markdown] for theme, markdown in render_theme_figures(figures, SYNTHESIS_PAGE).items()},
        figures_overview=render_figures_overview(figures, SYNTHESIS_PAGE),
    )
    assert (
        "Les articles citent 1 chiffre et 1 source nommée\u00a0: voir [Chiffres clés et sources](chiffres/index.md)."
        in page
    )
    section = page.split("{#theme-emploi}")[1]
    assert re.search(
        r"\*\*Chiffres clés\u00a0:\*\* \[\*\*2 millions\*\*\]\(articles/a\.md#p-1\) \(Tilleul Data\) — "
        r"\[1 chiffre de ce thème\]\(chiffres/index\.md#theme-emploi\)\n\{ data-search-exclude \}",
        section,
    )


def test_an_empty_collection_says_so():
    page = render_figure_pages(key_figures(make("a.txt", "Rien à compter ici.")))[figures_uri(1)]
    assert "Aucun chiffre n’a encore été relevé dans les articles." in page
    assert "Aucun article ne nomme encore de source." in page

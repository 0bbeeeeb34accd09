"""The synthesis page, the article "Thèmes abordés" block and the JSON data."""

from __future__ import annotations

import json
from pathlib import Path

from dossier_ia.reading.model import Article, Block, BlockKind
from dossier_ia.reading.reader import read_article
from dossier_ia.synthesis.analysis import analyse_collection
from dossier_ia.synthesis.render import MATRIX_PAGE_SIZE, render_article_themes, render_matrix_pages, render_synthesis_page, synthesis_json
from dossier_ia.synthesis.themes import load_taxonomy, parse_taxonomy

ROOT = Path(__file__).resolve().parent.parent
TAXONOMY, _ = parse_taxonomy("""
themes:
  - {id: efficacite, title: Efficacité, polarity: avantage, summary: "Gain *de* temps.", cues: [gain de temps]}
  - {id: biais, title: Biais & discrimination, polarity: inconvénient, summary: S., cues: [biais]}
  - {id: pannes, title: Pannes, polarity: inconvénient, summary: S., cues: [panne]}
""", "test")
TRICKY = "Les biais <script>alert(1)</script> *graves* [x](y) sont un vrai problème."


def make(name: str, text: str) -> Article:
    return Article(name, f"Titre {name}", name.removesuffix(".txt"), (Block(BlockKind.PARAGRAPH, text, 1, "p-1"),), f"h-{name}-{text}")


def collection():
    articles = [
        make("a.txt", f"{TRICKY} L’IA apporte un gain de temps précieux."),
        make("b.txt", "Ce projet comporte un risque sérieux."),
        make("c.txt", "Le ciel est bleu."),
    ]
    return articles, analyse_collection(articles, TAXONOMY)


def test_page_has_introduction_parts_quotes_matrix_and_other_points():
    _, synthesis = collection()
    page = render_synthesis_page(synthesis)
    assert page.startswith("---\ndescription: ") and "\n# Synthèse" in page
    order = [page.index(marker) for marker in ("## Avantages", "{#theme-efficacite}", "## Inconvénients", "{#theme-biais}", "{#matrice data-search-exclude}", "{#autres-points}")]
    assert order == sorted(order)
    assert "{#theme-pannes}" not in page
    assert "*Soutenu par 1 article sur 3.*" in page
    assert "(articles/a.md#p-1)" in page


def test_quotes_are_escaped_so_they_show_verbatim():
    _, synthesis = collection()
    page = render_synthesis_page(synthesis)
    assert "<script>" not in page and "\\<script\\>" in page
    assert "\\*graves\\*" in page and "Biais \\& discrimination" in page


def test_matrix_lists_every_article_with_its_themes():
    articles, synthesis = collection()
    matrix = render_synthesis_page(synthesis).split("{#matrice data-search-exclude}")[1].split("{#autres-points}")[0]
    rows = [line for line in matrix.splitlines() if line.startswith("| [Titre")]
    assert len(rows) == len(articles)
    assert rows[0].count("+") == 1 and rows[0].count("−") == 1
    assert "| **Articles** | 1 | 1 |" in matrix


def test_unthemed_claims_are_listed_under_autres_points():
    _, synthesis = collection()
    others = render_synthesis_page(synthesis).split("## Autres points soulevés")[1]
    assert "Ce projet comporte un risque sérieux" in others and "(inconvénient)" in others


def test_article_block_links_back_to_its_themes():
    articles, synthesis = collection()
    blocks = render_article_themes(synthesis)
    block = blocks[articles[0].source_name]
    assert block.startswith('!!! abstract "Thèmes abordés"')
    assert "[Efficacité](../synthese.md#theme-efficacite)" in block
    assert "(../synthese.md#theme-biais)" in block
    assert articles[2].source_name not in blocks


def test_json_follows_the_published_schema():
    _, synthesis = collection()
    data = json.loads(json.dumps(synthesis_json(synthesis)))
    assert [theme["id"] for theme in data["themes"]] == ["efficacite", "biais", "pannes"]
    biais = data["themes"][1]
    assert set(biais) == {"id", "title", "polarity", "summary", "proposed", "quotes"} and biais["polarity"] == "con" and biais["proposed"] is False
    assert biais["quotes"] == [{"article": "a.txt", "slug": "a", "text": TRICKY, "url": "articles/a/#p-1"}]


def test_empty_collection_still_renders_a_page():
    page = render_synthesis_page(analyse_collection([], TAXONOMY))
    assert page.startswith("---\ndescription: ") and "\n# Synthèse" in page and "Aucun article" in page


def test_seed_page_covers_every_article_and_quotes_are_substrings_of_their_blocks():
    taxonomy, _ = load_taxonomy(ROOT / "docs" / "_data" / "themes.yml")
    articles = [read_article(path.name, path.read_bytes()) for path in sorted((ROOT / "seeds").glob("*.txt"))]
    synthesis = analyse_collection(articles, taxonomy)
    page = render_synthesis_page(synthesis)
    for item in articles:
        assert f"(articles/{item.slug}.md)" in page
    blocks = {(item.slug, block.anchor): block.text for item in articles for block in item.blocks}
    for theme in synthesis_json(synthesis)["themes"]:
        for quote in theme["quotes"]:
            slug, anchor = quote["url"].removeprefix("articles/").split("/#")
            assert quote["text"] in blocks[(slug, anchor)]


def test_page_size_stays_bounded_as_the_collection_grows():
    articles = [make(f"{number:03}.txt", "Les biais sont réels. Les biais restent graves.") for number in range(40)]
    synthesis = analyse_collection(articles, TAXONOMY)
    page = render_synthesis_page(synthesis)
    quotes = page.split("{#theme-biais}")[1].split("{#matrice")[0]
    assert quotes.count("- «") == 12
    assert [f"(articles/{number:03}.md#p-1)" in quotes for number in range(13)] == [True] * 12 + [False]
    assert "… et 68 autres citations" in quotes and "(api/synthese.json)" in quotes
    assert len(synthesis_json(synthesis)["themes"][1]["quotes"]) == 80


def test_matrix_is_split_into_pages_so_the_synthesis_page_stays_the_same_size():
    articles = [make(f"{number:03}.txt", "Les biais sont réels.") for number in range(120)]
    synthesis = analyse_collection(articles, TAXONOMY)
    page = render_synthesis_page(synthesis)
    rows = [line for line in page.splitlines() if line.startswith("| [Titre")]
    assert len(rows) == MATRIX_PAGE_SIZE and "(articles/000.md)" in rows[0] and "(articles/049.md)" in rows[-1]
    assert "| **Articles** | 120 |" in page
    assert "[2](synthese/matrice/2.md) · [3](synthese/matrice/3.md)" in page
    pages = render_matrix_pages(synthesis)
    assert sorted(pages) == ["synthese/matrice/2.md", "synthese/matrice/3.md"]
    last = [line for line in pages["synthese/matrice/3.md"].splitlines() if line.startswith("| [Titre")]
    assert len(last) == 20 and "(../../articles/100.md)" in last[0] and "| **Articles**" not in pages["synthese/matrice/3.md"]
    assert "[I1](../../synthese.md#theme-biais " in pages["synthese/matrice/3.md"]
    assert "[1](../../synthese.md#matrice) · [2](./2.md) · **3**" in pages["synthese/matrice/3.md"]
    assert render_matrix_pages(analyse_collection(articles[:MATRIX_PAGE_SIZE], TAXONOMY)) == {}

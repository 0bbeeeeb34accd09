"""The synthesis page, its theme, « Qui dit quoi » and recommendation pages, the article block
and the JSON data, rendered from small collections written for each scenario."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from dossier_ia.markdown import escape_text
from dossier_ia.publishing.theme_pages import render_theme_pages as render_article_lists
from dossier_ia.reading.model import Article, Block, BlockKind
from dossier_ia.reading.reader import read_article
from dossier_ia.settings import THEME_PAGE_SIZE, WHO_SAYS_WHAT_PAGE_SIZE
from dossier_ia.synthesis import render as synthesis_render
from dossier_ia.synthesis.analysis import analyse_collection
from dossier_ia.synthesis.data import synthesis_json
from dossier_ia.synthesis.model import Quote, ThemeSupport
from dossier_ia.synthesis.recommendation_pages import render_recommendation_pages
from dossier_ia.synthesis.recommendations import find_recommendations
from dossier_ia.synthesis.render import render_article_themes, render_synthesis_page
from dossier_ia.synthesis.selection import Ledger, Passages, Ranked, leans_back
from dossier_ia.synthesis.theme_pages import render_theme_pages
from dossier_ia.synthesis.themes import Polarity, Theme, load_taxonomy, parse_taxonomy
from dossier_ia.synthesis.who_says_what import render_who_says_what
from markdown_helpers import reading

escape_text, render_synthesis_page, render_theme_pages, render_who_says_what, render_recommendation_pages = map(
    reading,
    (escape_text, render_synthesis_page, render_theme_pages, render_who_says_what, render_recommendation_pages),
)

ROOT = Path(__file__).resolve().parent.parent
NBSP = "\u00a0"
TAXONOMY, _ = parse_taxonomy("""
themes:
  - {id: efficacite, title: Gain de temps, polarity: avantage, summary: "Gain *de* temps.", cues: [gain de temps],
     opposes: [pannes]}
  - {id: biais, title: Biais & discrimination, short_title: Biais, polarity: inconvénient,
     summary: "L'IA reproduit les préjugés.", cues: [biais]}
  - {id: pannes, title: Pannes, polarity: inconvénient, summary: S., cues: [panne]}
""", "test")
TRICKY = "Les biais <script>alert(1)</script> *graves* [x](y) sont un vrai problème."


def make(name: str, *texts: str) -> Article:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text, index + 1, f"p-{index + 1}") for index, text in enumerate(texts))
    return Article(name, f"Titre {name}", name.removesuffix(".txt"), blocks, f"h-{name}-{texts}")


def collection():
    articles = [
        make("a.txt", f"L’IA apporte un gain de temps précieux. {TRICKY}"),
        make(
            "b.txt",
            "Ce projet comporte un risque sérieux. Les entreprises doivent vérifier les biais de leurs modèles.",
        ),
        make("c.txt", "Le ciel est bleu."),
    ]
    return articles, analyse_collection(articles, TAXONOMY)


def page_of(articles, synthesis) -> str:
    return render_synthesis_page(synthesis, find_recommendations(articles, TAXONOMY), Passages.of(articles))


def assert_anchors_exist(page: str) -> None:
    """Every link inside the page leads to a section it has: the overview links to sections."""
    missing = set(re.findall(r"\]\(#([\w-]+)\)", page)) - set(re.findall(r"\{#([\w-]+)", page))
    assert not missing, missing


def test_page_starts_with_the_overview_then_themes_and_ends_with_how_it_is_made():
    articles, synthesis = collection()
    page = page_of(articles, synthesis)
    assert page.startswith("---\ndescription: ") and "\n# Synthèse" in page
    markers = ["## L’essentiel", "## Avantages", "{#theme-efficacite}", "## Inconvénients", "{#theme-biais}",
               "## Que faire", "## Qui dit quoi", "## Comment cette page est faite"]
    assert [page.index(marker) for marker in markers] == sorted(page.index(marker) for marker in markers)
    assert "{#theme-pannes}" not in page and "Autres points" not in page and "(avantage)" not in page


def test_each_theme_counts_distinct_articles_and_links_to_its_own_page():
    articles, synthesis = collection()
    page = page_of(articles, synthesis)
    assert f"Évoqué dans 2{NBSP}articles sur 3 · [2{NBSP}citations](synthese/biais.md)" in page
    assert f"Évoqué dans 1{NBSP}article sur 3 · [1{NBSP}citation](synthese/efficacite.md)" in page
    assert "(articles/a.md#p-1)" in page
    assert "Soutenu par" not in page


def test_quotes_and_editor_text_are_escaped_so_they_show_verbatim():
    articles, synthesis = collection()
    page = page_of(articles, synthesis)
    assert "<script>" not in page and "\\<script\\>" in page
    theme_page = render_theme_pages(synthesis, Passages.of(articles))["synthese/biais.md"]
    assert "<script>" not in theme_page and "&lt;script&gt;alert(1)&lt;/script&gt; *graves* [x](y)" in theme_page
    assert "\\*graves\\*" in page and "Biais \\& discrimination" in page and "Gain \\*de\\* temps" in page
    # Editor text gets French typography; quotes are never touched.
    assert "L’IA reproduit les préjugés" in page


def test_the_overview_names_the_most_cited_themes_with_counts_in_correct_french():
    articles, synthesis = collection()
    overview = page_of(articles, synthesis).split("## L’essentiel")[1].split("## Avantages")[0]
    assert f"3{NBSP}articles analysés{NBSP}\\: 1{NBSP}avantage et 1{NBSP}inconvénient évoqués" in overview
    assert f"[gain de temps](#theme-efficacite) \\(1{NBSP}article sur 3\\)" in overview
    assert f"[biais](#theme-biais) \\(2{NBSP}articles sur 3\\)" in overview
    assert f"[1{NBSP}recommandation relevée dans 1{NBSP}article](#que-faire)" in overview


def test_opposed_themes_raised_by_articles_are_shown_side_by_side():
    articles = [
        make("a.txt", "Le gain de temps est précieux."),
        make("b.txt", "Une panne grave bloque tout. Le gain de temps est réel."),
    ]
    synthesis = analyse_collection(articles, TAXONOMY)
    page = page_of(articles, synthesis)
    section = page.split("## Où les articles divergent")[1].split("## Que faire")[0]
    assert f"### Gain de temps ou pannes{NBSP}\\? {{#divergence-efficacite-pannes}}" in section
    assert section.count('<div class="divergence-side"') == 2
    assert escape_text(f"1{NBSP}article présente les deux points de vue, les autres n’en retiennent qu’un.") in section
    assert "[gain de temps ou pannes](#divergence-efficacite-pannes)" in page.split("## Avantages")[0]
    assert_anchors_exist(page)
    assert synthesis_json(synthesis, ())["disagreements"] == [{
        "id": "divergence-efficacite-pannes", "advantage": "efficacite", "drawback": "pannes",
        "advantage_articles": 2, "drawback_articles": 1, "both_sides_articles": 1,
    }]


def test_a_sentence_that_leans_on_the_one_before_is_shown_with_it():
    assert leans_back("Cela affecte la qualité des campagnes.") and leans_back("Et qui, en effet, sont plus efficaces.")
    assert leans_back("les avancées technologiques avec une approche humaine.") and leans_back("Voici les limites :")
    assert not leans_back("Il est peu probable que l’IA remplace les équipes.") and not leans_back(
        "L’IA fait gagner du temps."
    )
    articles = [make("a.txt", "Les modèles apprennent de données anciennes. Cela crée des biais tenaces.")]
    synthesis = analyse_collection(articles, TAXONOMY)
    passages = Passages.of(articles)
    theme_page = render_theme_pages(synthesis, passages)["synthese/biais.md"]
    passage = "Les modèles apprennent de données anciennes. Cela crée des biais tenaces."
    assert f"<li>«{NBSP}{passage}{NBSP}» — <a href=\"../../articles/a/#p-1\">lire le passage</a></li>" in theme_page
    page = render_synthesis_page(synthesis, (), passages)
    assert f"«{NBSP}Cela crée" not in page and escape_text(passage) in page


def test_a_theme_shows_first_a_quote_the_claim_model_is_surer_of():
    """The quote that names its theme and reads best comes first, unless the claim model is less
    sure of it by a band (``Quote.confidence``): on real pages, the first quote of a theme was then
    right more often; within a band, the words decide."""
    text = "Le gain de temps est réel pour les équipes de vente qui relancent leurs clients."
    best = Quote("a.txt", "a", "Titre a", "p-1", text, 0.81)
    other = Quote("b.txt", "b", "Titre b", "p-1", "Les équipes passent moins d’heures sur les relances.", 0.88)
    assert Ranked.of([best, other], Counter(), None, "Gain de temps").pick(Ledger()) is best
    doubted = replace(best, confidence=0.72)
    assert Ranked.of([doubted, other], Counter(), None, "Gain de temps").pick(Ledger()) is other


def test_a_quote_the_article_stops_on_unfinished_comes_after_a_finished_one():
    """The unfinished sentence a page copied in part stops on is shown with « […] »: a theme shows
    a finished sentence first when it has one, however the two compare otherwise."""
    unfinished = "Le gain de temps est réel pour les équipes de vente qui relancent leurs clients chaque"
    cut = replace(make("a.txt", unfinished), cut_short=True)
    whole = make("b.txt", "Les équipes passent moins d’heures sur les relances.")
    passages = Passages.of([cut, whole])
    first = Quote("a.txt", "a", "Titre a", "p-1", unfinished, 0.9)
    second = Quote("b.txt", "b", "Titre b", "p-1", whole.blocks[0].text, 0.9)
    assert passages.cut_off(first) and not passages.cut_off(second)
    assert Ranked.of([first, second], Counter(), None, "Gain de temps").pick(Ledger()) is first
    assert Ranked.of([first, second], Counter(), passages, "Gain de temps").pick(Ledger()) is second


def test_a_quote_the_article_stops_on_unfinished_is_marked_as_cut():
    """A page copied in part stops mid-sentence: quoted, that sentence ends with « […] » on the
    synthesis page and on its theme's page; the same sentence finished is shown as it is."""
    unfinished = "Les biais des modèles restent un vrai problème pour les équipes qui recrut"
    cut = replace(make("a.txt", unfinished), cut_short=True)
    whole = make("b.txt", "Les biais des modèles restent un vrai problème pour les équipes.")
    synthesis = analyse_collection([cut, whole], TAXONOMY)
    passages = Passages.of([cut, whole])
    page = render_synthesis_page(synthesis, (), passages)
    assert f"{escape_text(unfinished)}{NBSP}\\[…\\]{NBSP}»" in page
    assert f"pour les équipes\\.{NBSP}»" in page
    theme_page = render_theme_pages(synthesis, passages)["synthese/biais.md"]
    assert f"qui recrut{NBSP}[…]{NBSP}»" in theme_page and f"pour les équipes.{NBSP}»" in theme_page


def test_a_quote_shown_as_the_context_of_the_next_is_not_shown_again_on_its_theme_page():
    articles = [make("a.txt", "Les biais des modèles sont un vrai problème. Cela crée des biais tenaces.")]
    synthesis = analyse_collection(articles, TAXONOMY)
    assert len(next(support for support in synthesis.themes if support.theme.id == "biais").quotes) == 2
    theme_page = render_theme_pages(synthesis, Passages.of(articles))["synthese/biais.md"]
    assert theme_page.count("<li>") == 1
    assert f"<li>«{NBSP}Les biais des modèles sont un vrai problème. Cela crée des biais tenaces.{NBSP}»" in theme_page


def test_a_sentence_the_article_quotes_whole_keeps_one_pair_of_guillemets():
    articles = [make("a.txt", "« Les biais des modèles sont un vrai problème. »")]
    synthesis = analyse_collection(articles, TAXONOMY)
    passages = Passages.of(articles)
    page = render_synthesis_page(synthesis, (), passages)
    theme_page = render_theme_pages(synthesis, passages)["synthese/biais.md"]
    assert f"- «{NBSP}Les biais des modèles sont un vrai problème\\.{NBSP}» —" in page
    assert f"«{NBSP}«" not in page
    assert f"<li>«{NBSP}Les biais" in theme_page and f"«{NBSP}«" not in theme_page


def test_no_sentence_is_shown_more_than_twice_and_a_theme_shows_three_quotes_at_most():
    sentence = "Le gain de temps compte, mais une panne et des biais restent un vrai risque."
    articles = [
        make(f"{number:02}.txt", sentence, f"Le gain de temps numéro {number} est réel.") for number in range(8)
    ]
    synthesis = analyse_collection(articles, TAXONOMY)
    page = render_synthesis_page(synthesis, (), Passages.of(articles))
    shown = Counter(re.findall(r"«\u00a0(.*?)\u00a0»", page))
    assert shown and max(shown.values()) <= 2
    efficacy = page.split("{#theme-efficacite}")[1].split("\n### ")[0]
    assert 1 <= efficacy.count("\n- «") <= 3


def test_page_size_stays_bounded_as_the_collection_grows_and_theme_pages_are_paginated():
    def sizes(count: int) -> tuple[int, dict[str, str]]:
        articles = [
            make(f"{number:04}.txt", f"Les biais du modèle {number} sont graves.", "Le gain de temps est net.")
            for number in range(count)
        ]
        synthesis = analyse_collection(articles, TAXONOMY)
        return len(render_synthesis_page(synthesis, (), Passages.of(articles))), render_theme_pages(
            synthesis, Passages.of(articles)
        )

    small, _ = sizes(10)
    large, pages = sizes(10 * THEME_PAGE_SIZE)
    assert large < small * 1.3
    biais = {uri for uri in pages if uri.startswith("synthese/biais")}
    assert biais == {"synthese/biais.md", *(f"synthese/biais/{number}.md" for number in range(2, 11))}
    last = pages["synthese/biais/10.md"]
    assert last.count("\n## [Titre") == THEME_PAGE_SIZE and "[1](../biais.md)" in last and "**10**" in last
    assert "[Retour à la synthèse](../../synthese.md#theme-biais)" in last


def test_who_says_what_lists_each_article_with_short_labels_on_pages_of_fixed_size():
    articles = [
        make(f"{number:03}.txt", "Les biais sont graves.", "Le gain de temps est net.")
        for number in range(WHO_SAYS_WHAT_PAGE_SIZE + 1)
    ]
    synthesis = analyse_collection(articles, TAXONOMY)
    pages = render_who_says_what(synthesis, ())
    assert sorted(pages) == ["synthese/qui-dit-quoi.md", "synthese/qui-dit-quoi/2.md"]
    first = pages["synthese/qui-dit-quoi.md"]
    assert first.count("\n- **[Titre") == WHO_SAYS_WHAT_PAGE_SIZE
    assert f"    Avantages{NBSP}\\: [gain de temps](./efficacite.md)" in first
    assert f"    Inconvénients{NBSP}\\: [biais](./biais.md)" in first
    assert "|" not in first.split("---", 2)[2]


def test_recommendations_are_grouped_by_theme_and_continued_across_pages():
    articles = [
        make(f"{number:03}.txt", f"Les entreprises doivent surveiller les biais du modèle {number}.")
        for number in range(70)
    ]
    articles.append(make("zz.txt", "Il faut former les équipes."))
    synthesis = analyse_collection(articles, TAXONOMY)
    recommendations = find_recommendations(articles, TAXONOMY)
    assert len(recommendations) == 71 and recommendations[0].themes == ("biais",) and recommendations[-1].themes == ()
    pages = render_recommendation_pages(recommendations, synthesis, Passages.of(articles))
    first, second = pages["synthese/recommandations.md"], pages["synthese/recommandations/2.md"]
    assert "## Biais {#conseils-biais}" in first and "## Biais \\(suite\\) {#conseils-biais}" in second
    assert "## Sans thème précis {#conseils-generaux}" in second and "Il faut former les équipes." in second
    assert '<a href="../../../articles/zz/#p-1">Titre zz.txt</a>' in second
    page = render_synthesis_page(synthesis, recommendations, Passages.of(articles))
    assert escape_text(f"Biais (70{NBSP}recommandations)") in page


def test_article_block_links_back_to_its_themes():
    articles, synthesis = collection()
    blocks = render_article_themes(synthesis)
    block = blocks[articles[0].source_name]
    assert block.startswith('!!! abstract "Thèmes abordés"')
    assert "[Gain de temps](../synthese.md#theme-efficacite)" in block
    assert "(../synthese.md#theme-biais)" in block
    assert articles[2].source_name not in blocks


def test_json_keeps_the_published_fields_adds_new_ones_and_agrees_with_the_page():
    articles, synthesis = collection()
    recommendations = find_recommendations(articles, TAXONOMY)
    data = json.loads(json.dumps(synthesis_json(synthesis, recommendations)))
    assert [theme["id"] for theme in data["themes"]] == ["efficacite", "biais", "pannes"]
    biais = data["themes"][1]
    assert {"id", "title", "polarity", "summary", "quotes"} <= set(biais) and biais["polarity"] == "con"
    assert biais["quotes"][0] == {"article": "a.txt", "slug": "a", "text": TRICKY, "url": "articles/a/#p-1"}
    assert (
        biais["articles"] == 2
        and biais["quote_count"] == len(biais["quotes"]) == 2
        and biais["page"] == "synthese/biais/"
    )
    assert data["themes"][2]["page"] is None and data["article_count"] == 3
    assert data["recommendations"] == [
        {
            "article": "b.txt",
            "slug": "b",
            "text": "Les entreprises doivent vérifier les biais de leurs modèles.",
            "url": "articles/b/#p-1",
            "themes": ["biais"],
        }
    ]
    assert data["overview"]["advantages"] == [{"theme": "efficacite", "articles": 1}] and data["overview"][
        "text"
    ].startswith("3\u00a0articles")
    page = page_of(articles, synthesis)
    assert f"Évoqué dans {biais['articles']}{NBSP}articles sur 3 · [{biais['quote_count']}{NBSP}citations]" in page


def test_empty_collection_still_renders_a_page():
    page = render_synthesis_page(analyse_collection([], TAXONOMY))
    assert page.startswith("---\ndescription: ") and "\n# Synthèse" in page and "Aucun article" in page


def test_seed_page_quotes_are_substrings_of_their_blocks_and_every_article_is_in_who_says_what():
    taxonomy, _ = load_taxonomy(ROOT / "docs" / "_data" / "themes.yml")
    articles = [read_article(path.name, path.read_bytes()) for path in sorted((ROOT / "seeds").glob("*.txt"))]
    synthesis = analyse_collection(articles, taxonomy)
    who = render_who_says_what(synthesis, ())["synthese/qui-dit-quoi.md"]
    for item in articles:
        assert f"(../articles/{item.slug}.md)" in who
    blocks = {(item.slug, block.anchor): block.text for item in articles for block in item.blocks}
    for theme in synthesis_json(synthesis)["themes"]:
        for quote in theme["quotes"]:
            slug, anchor = quote["url"].removeprefix("articles/").split("/#")
            assert quote["text"] in blocks[(slug, anchor)]


def test_every_theme_on_the_seed_page_shows_a_quote_however_long_the_others():
    """The words of the themes' section bound their second and third quotes, never the first: a
    theme shown with a heading and no quote reads as empty."""
    taxonomy, _ = load_taxonomy(ROOT / "docs" / "_data" / "themes.yml")
    articles = [read_article(path.name, path.read_bytes()) for path in sorted((ROOT / "seeds").glob("*.txt"))]
    synthesis = analyse_collection(articles, taxonomy)
    page = page_of(articles, synthesis).split("## Où les articles divergent")[0]
    sections = page.split("\n### ")[1:]
    assert len(sections) == sum(len(synthesis.supported(polarity)) for polarity in Polarity)
    for section in sections:
        assert "\n- «" in section, section.splitlines()[0]


def test_generated_text_puts_a_no_break_space_before_high_punctuation():
    """On every page the synthesis writes: its own words, not the quotes (verbatim)."""
    articles = [
        make("a.txt", "Le gain de temps est net. Les biais sont graves."),
        make("b.txt", "Il faut auditer les biais."),
    ]
    synthesis = analyse_collection(articles, TAXONOMY)
    recommendations, passages = find_recommendations(articles, TAXONOMY), Passages.of(articles)
    pages = {
        "synthese.md": render_synthesis_page(synthesis, recommendations, passages),
        **render_theme_pages(synthesis, passages),
        **render_who_says_what(synthesis, recommendations),
        **render_recommendation_pages(recommendations, synthesis, passages),
    }
    for uri, page in pages.items():
        ours = [re.sub(r"«\u00a0.*?\u00a0»", "", line) for line in page.splitlines()]
        offending = [
            line
            for line in ours
            if re.search(r"[ ](?:\\)?[:;?!»]|«[ ]", line) and not line.startswith(("description:", "---"))
        ]
        assert not offending, (uri, offending)


def test_emerging_topics_are_shown_by_topic_with_their_side_in_words():
    articles = [
        make("a.txt", "Les réponses inventées par l’IA trompent les clients."),
        make("b.txt", "L’IA invente parfois des chiffres faux."),
    ]
    topic = Theme("fiabilite", "Fiabilité des réponses", Polarity.CON, "", (), proposed=True)
    quotes = tuple((Quote(item.source_name, item.slug, item.title, "p-1", item.blocks[0].text),) for item in articles)
    synthesis = replace(analyse_collection(articles, TAXONOMY), emerging=(ThemeSupport(topic, quotes),))
    page = render_synthesis_page(synthesis, (), Passages.of(articles))
    section = page.split("## Sujets émergents")[1].split("## Que faire")[0]
    assert "### Fiabilité des réponses {#fiabilite}" in section
    assert f"Inconvénient évoqué dans 2{NBSP}articles sur 2 · [2{NBSP}citations](synthese/fiabilite.md)" in section
    overview = page.split("## L’essentiel")[1].split("\n## ")[0]
    assert "[fiabilité des réponses](#fiabilite)" in overview and "(inconvénient)" not in page
    assert_anchors_exist(page)
    assert "synthese/fiabilite.md" in render_theme_pages(synthesis, Passages.of(articles))
    assert synthesis_json(synthesis)["emerging"][0]["id"] == "fiabilite"


def test_the_about_page_states_the_same_measurement_as_the_synthesis():
    from dossier_ia.synthesis.measured import MEASURED

    about = re.sub(r"[ \n]+", " ", (ROOT / "docs" / "a-propos.md").read_text(encoding="utf-8"))
    assert "{#comment-la-synthese-est-faite}" in about
    assert f"le {MEASURED.french_date} sur {MEASURED.pages} pages" in about
    assert (
        f"{MEASURED.quote_precision}{NBSP}% des phrases citées" in about
        and f"({MEASURED.quotes_right} sur {MEASURED.quotes})" in about
    )
    assert f"{MEASURED.recommendation_precision}{NBSP}%" in about
    assert f"({MEASURED.recommendations_right} sur {MEASURED.recommendations})" in about


def test_pages_kept_between_serve_rebuilds_are_those_a_fresh_build_would_write(monkeypatch):
    from dossier_ia.cache import RebuildMemo
    from dossier_ia.publishing import theme_pages as article_lists
    from dossier_ia.synthesis import data, recommendation_pages, selection, theme_pages, who_says_what

    def render(articles):
        synthesis, recommendations = analyse_collection(articles, TAXONOMY), find_recommendations(articles, TAXONOMY)
        passages = Passages.of(articles)
        return {**render_theme_pages(synthesis, passages), **render_who_says_what(synthesis, recommendations),
                **render_recommendation_pages(recommendations, synthesis, passages),
                **render_article_lists(synthesis, articles),
                "synthese.md": render_synthesis_page(synthesis, recommendations, passages),
                "synthese.json": json.dumps(synthesis_json(synthesis, recommendations))}

    def forget() -> None:
        for module, memo in ((theme_pages, "_pages"), (who_says_what, "_pages"), (recommendation_pages, "_pages"),
                             (article_lists, "_pages"), (selection, "_rankings"), (data, "_themes_json")):
            monkeypatch.setattr(module, memo, type(getattr(module, memo))())

    monkeypatch.setattr(RebuildMemo, "keep_between_builds", True)
    forget()
    articles = [
        make(f"{number:03}.txt", f"Les biais du modèle {number} sont graves.", "Il faut auditer les biais.")
        for number in range(2 * THEME_PAGE_SIZE + 5)
    ]
    render(articles)
    edited = THEME_PAGE_SIZE + 1
    articles[edited] = make(
        f"{edited:03}.txt",
        "Le gain de temps est net. Les biais changent tout.",
        "Les modèles vieillissent. Cela crée des biais tenaces.",
    )
    rebuilt = render(articles)
    forget()
    assert rebuilt == render(articles)
    assert "Les modèles vieillissent. Cela crée des biais tenaces." in rebuilt["synthese/biais/2.md"]
    assert "Le gain de temps est net." in rebuilt["synthese.json"]


def test_the_overview_only_links_to_sections_the_page_shows_even_with_many_topics():
    articles = [
        make(
            f"{number}.txt",
            f"Une panne {number} coûte cher. Le gain de temps numéro {number} est net, mais les biais restent.",
        )
        for number in range(6)
    ]
    topics = tuple(
        ThemeSupport(
            Theme(f"sujet-{letter}", f"Sujet {letter}", Polarity.CON, "", (), proposed=True),
            tuple(
                (Quote(item.source_name, item.slug, item.title, "p-1", item.blocks[0].text),) for item in articles[:2]
            ),
        )
        for letter in "fedcba"
    )
    synthesis = replace(analyse_collection(articles, TAXONOMY), emerging=topics)
    page = render_synthesis_page(synthesis, find_recommendations(articles, TAXONOMY), Passages.of(articles))
    assert_anchors_exist(page)
    assert escape_text(f"3{NBSP}autres sujets, moins cités, figurent") in page


def test_a_side_of_a_divergence_left_without_a_quote_links_to_its_quotes(monkeypatch):
    """Once the section's budget of words is spent, each side still leads to its quotes: a box
    with only its count would read as empty."""
    monkeypatch.setattr(synthesis_render, "SYNTHESIS_DISAGREEMENT_WORDS", 0)
    articles = [
        make("a.txt", "Le gain de temps est précieux."),
        make("b.txt", "Une panne grave bloque tout. Le gain de temps est réel."),
    ]
    page = page_of(articles, analyse_collection(articles, TAXONOMY))
    section = page.split("## Où les articles divergent")[1].split("## Que faire")[0]
    assert f"[Voir 2{NBSP}citations](synthese/efficacite.md)" in section
    assert f"[Voir 1{NBSP}citation](synthese/pannes.md)" in section

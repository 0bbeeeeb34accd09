"""Key figures: the values found in a sentence, who they are attributed to, what carries over
from one sentence to the next, and how the collection merges and groups them. Every sentence
here is written for these tests; the organisations are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dossier_ia.figures.analysis import article_figures, collect_figures
from dossier_ia.figures.sentences import find_attributions, find_figures
from dossier_ia.reading.model import Article, Block, BlockKind
from dossier_ia.synthesis.analysis import analyse_collection
from dossier_ia.synthesis.themes import parse_taxonomy

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "data" / "figure_labels.yml"
TAXONOMY, _ = parse_taxonomy("""
themes:
  - {id: emploi, title: Emplois menacés, polarity: inconvénient, summary: S., cues: [emploi, chômage]}
  - {id: efficacite, title: Efficacité, polarity: avantage, summary: S., cues: [gain de temps, efficacité]}
""", "test")


def article(name: str, *blocks: tuple[BlockKind, str]) -> Article:
    built = tuple(Block(kind, text, line, f"p-{line}") for line, (kind, text) in enumerate(blocks, 1))
    return Article(name, f"Titre {name}", name.removesuffix(".txt"), built, f"hash-{name}-{hash(built)}")


def paragraph(name: str, text: str) -> Article:
    return article(name, (BlockKind.PARAGRAPH, text))


def attributed(text: str) -> list[tuple[str, str | None, str]]:
    """(value, source, unnamed words) of each figure of a one-paragraph article."""
    return [
        (figure.value, figure.source, figure.unnamed) for figure in article_figures(paragraph("a.txt", text)).figures
    ]


@pytest.mark.parametrize("sentence, values", [
    ("Près de 40 % des acheteurs comparent les prix en ligne.", ["Près de 40 %"]),
    ("Le marché pèse 2,3 milliards d’euros et progresse de 12 % par an.", ["2,3 milliards d’euros", "12 %"]),
    ("Les équipes gagnent jusqu’à 5 heures par semaine.", ["jusqu’à 5 heures"]),
    ("Trois clients sur cinq abandonnent leur panier.", ["Trois clients sur cinq"]),
    ("Le service répond 24 heures sur 24.", ["24 heures sur 24"]),
    ("Les coûts ont été divisés par 4 et les ventes ont triplé.", ["divisés par 4", "triplé"]),
    ("Les marques testent des dizaines, voire des centaines de messages.", ["des dizaines, voire des centaines"]),
    ("Le réseau compte 12 500 abonnés et une cinquantaine de salariés.", ["12 500 abonnés", "une cinquantaine"]),
    ("Plus de la moitié des sondés et un tiers des dirigeants hésitent.", ["Plus de la moitié", "un tiers"]),
    ("D’ici 2030, l’assistant vocal sera partout.", ["D’ici 2030"]),
    ("Il faut compter entre 20 et 30 % de budget en plus.", ["entre 20 et 30 %"]),
])
def test_figures_are_found_with_their_own_words(sentence, values):
    assert find_figures(sentence) == values
    assert all(value in sentence for value in values)


@pytest.mark.parametrize("sentence", [
    "Le modèle GPT-4 remplace la version 3.5 de l’outil.",
    "La norme Web 3.0 et le protocole HTTP 2 sont cités.",
    "L’étape 2 consiste à nettoyer les données.",
    "Le rapport 2024 paraîtra bientôt.",
    "Quelles sont les 3 erreurs les plus courantes ?",
    "Les ventes ont augmenté en 2023 selon l’entreprise, contre 2022 (Lumix, 2023).",
])
def test_labels_references_years_and_questions_are_not_figures(sentence):
    assert [value for value in find_figures(sentence) if "2023" not in value] == []


def test_a_figure_keeps_its_sign_but_not_a_dash_or_a_word_glued_before_it():
    assert find_figures("−25 % de coût par contact depuis le lancement.") == ["−25 %"]
    assert find_figures("Le taux de clic gagne +40 % sur ces annonces.") == ["+40 %"]
    assert find_figures("Le modèle GPT-4 répond juste dans 85 % des cas.") == ["85 %"]


def test_a_year_is_a_figure_only_when_nothing_else_is():
    assert find_figures("En 2025, les dépenses atteindront 8 milliards de dollars.") == ["8 milliards de dollars"]
    assert find_figures("Depuis 2019, les marques investissent dans la voix.") == ["Depuis 2019"]
    # The particle of « n’existent » counts nothing: « les postes de 2030 » is a year, not a count.
    sentence = "Selon le cabinet Ormeau, 60 % des postes de 2030 n’existent pas encore."
    assert find_figures(sentence) == ["60 %"]


@pytest.mark.parametrize("sentence, name", [
    ("Selon une étude de l’Institut Sirocco, 58 % des clients acceptent les recommandations.", "Institut Sirocco"),
    ("D’après Quartz Analytics, le secteur recrutera 4 000 personnes.", "Quartz Analytics"),
    ("Le cabinet Marelle & Fils estime que les budgets doubleront.", "Marelle & Fils"),
    ("Les achats en ligne ont progressé de 9 %, révélait Azimut Data dans sa lettre.", "Azimut Data"),
    ("Un rapport de la Banque du Nord chiffre les pertes à 3 millions d’euros.", "Banque du Nord"),
    ("L’enquête Horizon Client de Pléiade Conseil montre que 7 clients sur 10 lisent les avis.", "Pléiade Conseil"),
    ("Une étude menée par l’université de Valmont indique que 30 % des annonces sont ignorées.", "Valmont"),
    ("Les dirigeants interrogés par Astrée Partners citent le manque de données.", "Astrée Partners"),
    ("Un sondage Opinéo montre que 45 % des Français se méfient des robots.", "Opinéo"),
    ("« Nous avons réduit nos délais de moitié », explique Claire Dumas, directrice chez Lynx.", "Claire Dumas"),
    ("Les analystes de Norbert Research anticipent une baisse de 5 %.", "Norbert Research"),
    ("Les dépenses ont atteint 12 milliards (Statis, mars 2024).", "Statis"),
])
def test_named_attributions_take_the_name_from_the_text(sentence, name):
    named, _ = find_attributions(sentence)
    assert [attribution.name for attribution in named] == [name]


@pytest.mark.parametrize("sentence, words", [
    ("Selon certains spécialistes, 20 % des campagnes échouent.", "Selon certains spécialistes"),
    ("D’après une étude récente, le taux de clic a baissé de 8 %.", "D’après une étude récente"),
    ("Des enquêtes montrent que 3 internautes sur 4 ignorent les bannières.", "Des enquêtes montrent"),
    ("Les experts prévoient une hausse de 15 % des dépenses.", "Les experts prévoient"),
])
def test_unnamed_attributions_are_kept_with_their_words(sentence, words):
    figures = attributed(sentence)
    assert figures and all(source is None and unnamed == words for _, source, unnamed in figures)


@pytest.mark.parametrize("sentence", [
    "Selon toute vraisemblance, 60 % des outils disparaîtront.",
    "Le réseau social fondé par Jean Martin compte 3 millions de membres.",
    "Les spécialistes du marketing doivent revoir 40 % de leurs contenus.",
    "Comme Facebook ou Pinterest, la plateforme vise 10 millions d’utilisateurs.",
    "Cependant, l’IA estime mal 30 % des intentions d’achat.",
])
def test_words_that_look_like_attributions_are_not(sentence):
    assert all(source is None and not unnamed for _, source, unnamed in attributed(sentence))


def test_the_sentence_before_may_name_the_source():
    text = (
        "Une enquête de Véga Études a interrogé 900 commerçants. Cette étude révèle que 64 % d’entre eux vendent "
        "en ligne."
    )
    assert attributed(text) == [("900 commerçants", "Véga Études", ""), ("64 %", "Véga Études", "")]


def test_a_name_in_the_sentence_before_carries_over_but_not_further():
    text = ("Selon l’agence Boréal, 52 % des marques utilisent un assistant. Les petites entreprises en sont à 31 %. "
            "Le coût moyen d’un projet reste de 15 000 euros.")
    assert [source for _, source, _ in attributed(text)] == ["Boréal", "Boréal", None]


def test_a_name_without_figures_does_not_give_the_next_sentence_its_figures():
    text = (
        "Comme le souligne un rapport de Fennec Institute, « l’humain reste central ». Les marques testent 4 formats."
    )
    assert attributed(text) == [("4 formats", None, "")]


def test_continuations_go_on_with_the_source():
    text = (
        "D’après Cobalt Média, 70 % des vidéos sont vues sans le son. Par ailleurs, 12 % des internautes les "
        "coupent. Parmi eux, 40 % reviennent."
    )
    assert [source for _, source, _ in attributed(text)] == ["Cobalt Média"] * 3


def test_an_introduced_list_takes_the_source_of_its_introduction():
    result = article_figures(article(
        "a.txt",
        (BlockKind.PARAGRAPH, "Les résultats publiés par Ondine Conseil sont nets :"),
        (BlockKind.BULLET_ITEM, "61 % des marques automatisent leurs courriels."),
        (BlockKind.BULLET_ITEM, "un quart d’entre elles génèrent des visuels."),
        (BlockKind.HEADING, "Autre sujet"),
        (BlockKind.PARAGRAPH, "Le budget moyen atteint 8 000 euros."),
    ))
    assert [(figure.value, figure.source) for figure in result.figures] == [
        ("61 %", "Ondine Conseil"), ("un quart", "Ondine Conseil"), ("8 000 euros", None),
    ]


def test_c_est_ce_que_gives_the_source_to_the_sentence_before():
    text = "Les dépenses en IA ont bondi de 35 % en un an. C’est ce que révèle le baromètre annuel de Lumière Data."
    assert [(value, source) for value, source, _ in attributed(text)] == [("35 %", "Lumière Data")]


def test_a_name_is_listed_as_a_source_even_without_a_figure():
    result = article_figures(
        paragraph("a.txt", "Comme le rappelle un rapport de Fennec Institute, l’humain reste au centre.")
    )
    assert not result.figures
    assert [source.name for source in result.sources] == ["Fennec Institute"]


def test_the_same_figure_of_the_same_source_is_one_figure_with_every_article():
    articles = [
        paragraph("a.txt", "Selon Solstice Research, 300 000 emplois seront touchés par l’automatisation."),
        paragraph(
            "b.txt", "D’après Solstice Research, ce sont 300 000 emplois qui seront touchés, un risque de chômage."
        ),
        paragraph("c.txt", "Les équipes gagnent 300 000 heures par an grâce à l’efficacité des outils."),
    ]
    figures = collect_figures(articles, analyse_collection(articles, TAXONOMY))
    merged = [figure for figure in figures.figures if figure.first.source == "Solstice Research"]
    assert len(merged) == 1 and merged[0].articles == ("a.txt", "b.txt")
    assert merged[0].first.value == "300 000 emplois" and merged[0].first.article == "a.txt"
    assert [source.name for source in figures.sources] == ["Solstice Research"]
    assert figures.sources[0].articles == ("a.txt", "b.txt")


def test_figures_are_grouped_under_the_synthesis_theme_of_their_sentence():
    articles = [
        paragraph("a.txt", "Selon Orée Conseil, l’IA menace 2 millions d’emplois et aggrave le chômage."),
        paragraph("b.txt", "Le ciel compte 4 nuages."),
    ]
    figures = collect_figures(articles, analyse_collection(articles, TAXONOMY))
    groups = figures.by_theme()
    assert [figure.first.value for figure in groups["emploi"]] == ["2 millions"]
    assert [figure.first.value for figure in groups[None]] == ["4 nuages"]
    assert list(groups) == ["emploi", None]


def test_every_labelled_figure_is_found_with_its_source():
    """Quality on the hand-labelled passages (``tests/scripts/measure_figures.py`` prints the detail)."""
    passages = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    labelled = found = right = 0
    for number, passage in enumerate(passages):
        result = article_figures(paragraph(f"p{number}.txt", passage["text"]))
        expected = [(item["value"], item.get("source")) for item in passage["figures"]]
        got = [(figure.value, figure.source) for figure in result.figures]
        labelled, found = labelled + len(expected), found + len(got)
        right += sum(item in expected for item in got)
        assert all(figure.value in figure.sentence for figure in result.figures)
        assert set(passage.get("sources") or []) <= {source.name for source in result.sources}, passage["text"]
    assert right / found >= 0.95 and right / labelled >= 0.95, (right, found, labelled)

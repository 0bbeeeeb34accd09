"""Sentence polarity, theme matching and the collection analysis, plus quality on the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dossier_ia.synthesis import analysis as synthesis_analysis
from dossier_ia.reading.model import Article, Block, BlockKind
from dossier_ia.reading.reader import read_article
from dossier_ia.synthesis.advice import unthemed_advice
from dossier_ia.synthesis.analysis import analyse_collection, analyse_sentence
from dossier_ia.synthesis import cues, polarity
from dossier_ia.french.sentences import split_sentences
from dossier_ia.synthesis.themes import Polarity, load_taxonomy, parse_taxonomy

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "data" / "sentence_labels.yml"
THEMES = ROOT / "docs" / "_data" / "themes.yml"
PRO, CON = Polarity.PRO, Polarity.CON

TAXONOMY, _ = parse_taxonomy("""
themes:
  - {id: efficacite, title: Efficacité, polarity: avantage, summary: S., cues: [gain de temps, efficacité]}
  - {id: personnalisation, title: Personnalisation, polarity: avantage, summary: S., cues: [personnalisation]}
  - {id: confidentialite, title: Confidentialité, polarity: inconvénient, summary: S., cues: [confidentialité, vie privée]}
  - {id: biais, title: Biais, polarity: inconvénient, summary: S., cues: [biais, discrimination]}
  - {id: cout, title: Coût, polarity: inconvénient, summary: S., cues: [coût, investissement]}
  - {id: qualite-donnees, title: Qualité des données, polarity: inconvénient, summary: S., cues: [qualité des données]}
  - {id: contact-humain, title: Contact humain, polarity: inconvénient, summary: S., cues: [émotion, contact humain]}
""", "test")


def verdict(text: str, label: str = "", heading: str = "") -> tuple[Polarity | None, tuple[str, ...]]:
    result = analyse_sentence(text, TAXONOMY, label=label, heading=heading)
    return result.polarity, result.themes


def article(name: str, *blocks: tuple[BlockKind, str] | tuple[BlockKind, str, str]) -> Article:
    built = tuple(Block(kind, text, line, f"p{line}", *rest) for line, (kind, text, *rest) in enumerate(blocks, 1))
    return Article(name, f"Titre {name}", name.removesuffix(".txt"), built, content_hash=f"hash-{name}-{hash(built)}")


@pytest.mark.parametrize("text, expected", [
    ("L’IA permet un gain de temps considérable.", (PRO, ("efficacite",))),
    ("Cette technologie n’est pas efficace pour personnaliser les messages.", (CON, ())),
    ("Les machines ne peuvent pas comprendre les émotions des clients.", (CON, ("contact-humain",))),
    ("Le manque de transparence nuit à la confiance et à la vie privée des clients.", (CON, ("confidentialite",))),
])
def test_evaluative_words_negation_and_privation(text, expected):
    assert verdict(text) == expected


def test_litotes_pas_sans_is_a_drawback():
    assert verdict("Cependant, cette révolution n’est pas sans conséquence.")[0] is CON


def test_a_negated_drawback_is_not_a_benefit():
    assert verdict("Cette solution n’est pas coûteuse.")[0] is None


def test_concession_main_clause_wins_and_gives_the_themes():
    text = "Bien que l’IA offre une personnalisation poussée, elle pose des problèmes de confidentialité."
    assert verdict(text) == (CON, ("confidentialite",))


def test_concession_with_a_neutral_main_clause_takes_the_opposite_side():
    text = "Même si l’IA offre un vaste potentiel, le coût de mise en œuvre peut être substantiel."
    assert verdict(text) == (CON, ("cout",))


def test_but_clause_wins_unless_it_is_non_seulement_mais():
    assert verdict("L’IA analyse vite les données, mais comprendre les émotions reste un défi.") == (CON, ("contact-humain",))
    text = "Cela affecte non seulement la qualité, mais peut également entraîner de la discrimination."
    assert verdict(text) == (CON, ("biais",))


def test_inflected_and_derived_forms_match_theme_cues():
    assert verdict("Les données biaisées conduisent à des résultats discriminatoires.") == (CON, ("biais",))
    assert verdict("Personnaliser chaque message améliore nettement les résultats.") == (PRO, ("personnalisation",))
    assert verdict("Les informations confidentielles sont vulnérables au piratage.") == (CON, ("confidentialite",))


def test_questions_and_topic_headings_are_not_claims():
    assert verdict("Quels sont les risques de la discrimination algorithmique ?") == (None, ())
    assert verdict("Biais et discrimination") == (None, ())


def test_goals_and_remedies_are_not_claims():
    assert verdict("Les entreprises doivent garantir l’efficacité de leurs campagnes.") == (None, ())
    assert verdict("Il faut éviter les biais.") == (None, ())


def test_a_sentence_on_the_theme_of_its_heading_states_that_theme():
    text = "La performance de l’IA est directement liée à la qualité des données."
    assert verdict(text) == (None, ())
    assert verdict(text, heading="Dépendance à la qualité des données") == (CON, ("qualite-donnees",))
    assert verdict(text, label="Qualité des données") == (CON, ("qualite-donnees",))


def test_collection_quotes_are_verbatim_and_headings_never_quoted():
    first = article(
        "a.txt",
        (BlockKind.HEADING, "Les biais de l’IA sont un risque"),
        (BlockKind.PARAGRAPH, "Les données biaisées mènent à la discrimination. Le ciel est bleu."),
        (BlockKind.BULLET_ITEM, "L’IA offre un gain de temps précieux.", "Efficacité"),
    )
    synthesis = analyse_collection([first], TAXONOMY)
    quotes = {support.theme.id: support.quotes for support in synthesis.themes}
    assert [quote.text for quote in quotes["biais"]] == ["Les données biaisées mènent à la discrimination."]
    assert quotes["biais"][0].anchor == "p2"
    assert [quote.text for quote in quotes["efficacite"]] == ["L’IA offre un gain de temps précieux."]
    for support in synthesis.themes:
        for quote in support.quotes:
            assert any(quote.text in block.text for block in first.body_blocks)


def test_unthemed_claims_are_returned_per_article_with_one_warning_each():
    items = article("b.txt", (BlockKind.PARAGRAPH, "Ce choix présente un inconvénient majeur. Et un autre risque réel."))
    synthesis = analyse_collection([items, article("c.txt", (BlockKind.PARAGRAPH, "Rien à signaler ici."))], TAXONOMY)
    assert [claim.text for claim in synthesis.unthemed_by_article()["b.txt"]] == [
        "Ce choix présente un inconvénient majeur.", "Et un autre risque réel.",
    ]
    notices = unthemed_advice(synthesis, Path("seeds"), Path("docs/_data/themes.yml"))
    assert [(notice.file, notice.line) for notice in notices] == [("seeds/b.txt", 1), ("seeds/b.txt", 1)]
    assert "«\u00a0Ce choix présente un inconvénient majeur.\u00a0»" in notices[0].message
    assert "docs/_data/themes.yml" in notices[0].message


def test_a_new_article_slots_into_existing_themes_and_articles_are_sorted():
    new = article("z.txt", (BlockKind.PARAGRAPH, "La discrimination algorithmique menace les minorités."))
    old = article("m.txt", (BlockKind.PARAGRAPH, "L’IA apporte un gain de temps évident."))
    synthesis = analyse_collection([new, old], TAXONOMY)
    assert [ref.source_name for ref in synthesis.articles] == ["m.txt", "z.txt"]
    biais = next(support for support in synthesis.themes if support.theme.id == "biais")
    assert biais.articles == {"z.txt"}
    assert [support.theme.polarity for support in synthesis.themes][:2] == [PRO, PRO]


def test_results_are_cached_per_content_hash_and_taxonomy(monkeypatch):
    text = article("d.txt", (BlockKind.PARAGRAPH, "Les biais sont un problème."))
    first = synthesis_analysis.analyse_article(text, TAXONOMY)
    monkeypatch.setattr(synthesis_analysis, "_analyse_blocks", lambda *args: pytest.fail("not cached"))
    assert synthesis_analysis.analyse_article(text, TAXONOMY) is first
    other, _ = parse_taxonomy("themes:\n  - {id: x, title: X, polarity: avantage, summary: S., cues: [y]}\n", "t")
    with pytest.raises(pytest.fail.Exception):
        synthesis_analysis.analyse_article(text, other)


def seed_articles() -> list[Article]:
    return [read_article(path.name, path.read_bytes()) for path in sorted((ROOT / "seeds").glob("*.txt"))]


def labels() -> dict[tuple[str, str], tuple[str, set[str]]]:
    data = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    return {(name, entry["text"]): (entry["label"], set(entry.get("themes", []))) for name, entries in data.items() for entry in entries}


def test_every_seed_sentence_is_labelled_with_known_themes():
    taxonomy, _ = load_taxonomy(THEMES)
    gold = labels()
    sentences = {(item.source_name, span.text) for item in seed_articles() for block in item.body_blocks for span in split_sentences(block.text)}
    assert sentences == set(gold)
    assert {theme for _, themes in gold.values() for theme in themes} <= set(taxonomy.by_id)
    assert {label for label, _ in gold.values()} <= {"pro", "con", "none"}


def test_quoted_sentences_reach_the_precision_and_recall_targets_on_the_seeds():
    taxonomy, _ = load_taxonomy(THEMES)
    gold = labels()
    synthesis = analyse_collection(seed_articles(), taxonomy)
    quoted = {(quote.article, quote.text): support.theme.polarity.value for support in synthesis.themes for quote in support.quotes}
    right = {key for key, polarity in quoted.items() if gold[key][0] == polarity}
    claims = {key for key, (label, themes) in gold.items() if label != "none" and themes}
    precision = len(right) / len(quoted)
    recall = len(claims & right) / len(claims)
    assert precision >= 0.90, precision
    assert recall >= 0.80, recall


def test_sentences_skipped_before_parsing_could_never_be_claims():
    taxonomy, _ = load_taxonomy(THEMES)
    compiled = cues.compile_taxonomy(taxonomy)
    context = cues.block_context("", "", compiled)
    texts = [span.text for item in seed_articles() for block in item.body_blocks for span in split_sentences(block.text)]
    texts.append("Cependant, les équipes restent en place.")
    for previous in (None, PRO):
        for text in texts:
            if not polarity.may_claim(text, previous, compiled.relevant):
                assert polarity.judge(text, context, previous, taxonomy, compiled) == (None, ()), text

"""Which sentences are recommendations to marketers (« Que faire »), and under which theme."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dossier_ia.reading.model import Article, Block, BlockKind
from dossier_ia.synthesis.recommendations import article_recommendations, find_recommendations, is_advice
from dossier_ia.synthesis.themes import parse_taxonomy

LABELS = yaml.safe_load((Path(__file__).parent / "data" / "advice_labels.yml").read_text(encoding="utf-8"))["sentences"]
TAXONOMY, _ = parse_taxonomy("""
themes:
  - {id: confidentialite, title: Confidentialité, polarity: inconvénient, summary: S.,
     cues: [données personnelles, confidentialité]}
  - {id: biais, title: Biais, polarity: inconvénient, summary: S., cues: [biais, préjugé]}
  - {id: efficacite, title: Efficacité, polarity: avantage, summary: S., cues: [efficacité]}
""", "test")


def test_precision_and_recall_on_the_labelled_sentences():
    """The rules were written against these sentences: a regression check, not an estimate
    (tests/scripts/measure_recommendations.py --devset measures on pages never tuned on)."""
    picked = [entry for entry in LABELS if is_advice(entry["text"])]
    right = [entry for entry in picked if entry["advice"]]
    advice = [entry for entry in LABELS if entry["advice"]]
    assert len(right) / len(picked) >= 0.95, [entry["text"] for entry in picked if not entry["advice"]]
    assert len(right) / len(advice) >= 0.9, [entry["text"] for entry in advice if entry not in right]


@pytest.mark.parametrize("text", [
    "Faut-il confier ses contenus à une IA ?",
    "Contactez-nous pour un devis.",
    "Il est important de noter que les outils évoluent vite.",
    "Les budgets devraient atteindre 20 % d’ici 2027.",
    "Les coûts qui doivent être pris en compte sont élevés.",
    "Dans cet article, nous verrons pourquoi il faut garder la main.",
    "Solutions et limites de l’IA.",
    "Il faut du temps pour maîtriser ces outils.",
])
def test_questions_calls_to_action_forecasts_and_announcements_are_not_advice(text):
    assert not is_advice(text)


@pytest.mark.parametrize("text", [
    "Il est essentiel de relire chaque texte généré.",
    "Les marques doivent informer leurs clients.",
    "Veillez à garder un humain dans la boucle.",
    "N’oubliez pas de mesurer le temps gagné.",
    "Une relecture humaine est indispensable pour éviter les erreurs.",
    "Il est necessaire de former les equipes.",
])
def test_duties_obligations_and_imperatives_are_advice_with_or_without_accents(text):
    assert is_advice(text)


def test_a_recommendation_is_filed_under_what_it_says_to_do_not_what_it_concedes():
    article = Article(
        "a.txt",
        "Titre",
        "a",
        (
            Block(BlockKind.HEADING, "Protéger les données personnelles", 1, "h"),
            Block(
                BlockKind.PARAGRAPH,
                "Malgré toute son efficacité, les entreprises doivent surveiller les biais.",
                2,
                "p-1",
            ),
            Block(BlockKind.BULLET_ITEM, "Il faut chiffrer les fichiers.", 3, "p-2", label="Confidentialité"),
            Block(BlockKind.QUESTION, "Que doivent faire les entreprises ?", 4, "p-3"),
            Block(BlockKind.PARAGRAPH, "Il faut du temps. Il faut prévenir les clients.", 5, "p-4"),
        ),
        "hash",
    )
    found = article_recommendations(article, TAXONOMY)
    assert [(item.anchor, item.line, item.themes) for item in found] == [
        ("p-1", 2, ("biais",)),
        ("p-2", 3, ("confidentialite",)),
        ("p-4", 5, ("confidentialite",)),
    ]
    assert find_recommendations([article], TAXONOMY) == found

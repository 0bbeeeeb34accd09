"""The French sentence splitter: every sentence is a verbatim span of its block."""

from __future__ import annotations

import pytest

from dossier_ia.french.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [span.text for span in split_sentences(text)]


def test_splits_on_final_punctuation_followed_by_a_capital():
    assert texts("L’IA aide. Elle coûte cher ! Vraiment ? Oui.") == [
        "L’IA aide.",
        "Elle coûte cher !",
        "Vraiment ?",
        "Oui.",
    ]


@pytest.mark.parametrize("text", [
    "M. Dupont dirige l’équipe marketing.",
    "Selon J. Martin, l’IA progresse.",
    "Voir p. ex. le rapport annuel.",
    "Cf. le chapitre suivant.",
])
def test_abbreviations_and_initials_do_not_end_a_sentence(text):
    assert texts(text) == [text]


def test_guillemets_keep_a_quoted_sentence_whole():
    text = "Il a dit « Bonjour. Comment allez-vous ? » à tous. Puis il est parti."
    assert texts(text) == ["Il a dit « Bonjour. Comment allez-vous ? » à tous.", "Puis il est parti."]


def test_period_after_closing_guillemet_ends_the_sentence():
    text = "Comme le dit un rapport, « l’avenir est hybride ». De plus, il faut des données."
    assert texts(text) == ["Comme le dit un rapport, « l’avenir est hybride ».", "De plus, il faut des données."]


def test_ellipsis_ends_a_sentence_only_before_a_capital():
    assert texts("Et puis… rien ne change. Mais... Ensuite, tout.") == [
        "Et puis… rien ne change.",
        "Mais...",
        "Ensuite, tout.",
    ]


def test_question_mark_followed_by_lower_case_stays_in_the_sentence():
    assert texts("Comment s’y prend-il ? éthique chemin? Fin.") == ["Comment s’y prend-il ? éthique chemin?", "Fin."]


def test_decimal_numbers_and_unclosed_guillemet_do_not_break_splitting():
    assert texts("Le marché vaut 3.5 milliards. « Ouvert sans fin. Suite.") == [
        "Le marché vaut 3.5 milliards.",
        "« Ouvert sans fin.",
        "Suite.",
    ]


def test_spans_are_verbatim_offsets_into_the_text():
    text = "  Première phrase.   Deuxième phrase sans point"
    spans = split_sentences(text)
    assert [text[span.start:span.end] for span in spans] == [span.text for span in spans]
    assert spans[-1].text == "Deuxième phrase sans point"


def test_empty_text_has_no_sentence():
    assert split_sentences("   ") == []

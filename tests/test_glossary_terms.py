"""The glossary data file: validation of the editor's YAML, and consistency of the real glossary."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier_ia.french.sentences import split_sentences
from dossier_ia.french.text import slugify, sort_key
from dossier_ia.glossary.terms import Glossary, form_key, load_glossary, parse_glossary

GLOSSARY_FILE = Path(__file__).resolve().parent.parent / "docs" / "_data" / "glossaire.yml"
SOURCE = "glossaire.yml"


def parse(text: str) -> tuple[Glossary, list[str]]:
    """The glossary and its problems as the editor reads them."""
    glossary, problems = parse_glossary(text, SOURCE)
    # Compared with plain spaces: French spacing has its own test (test_editor_report.py).
    return glossary, [str(problem).replace("\u00a0", " ") for problem in problems]


def test_valid_entries_become_terms_in_french_order_with_derived_anchors():
    glossary, problems = parse(
        "terms:\n"
        "  - term: Écoute sociale\n"
        "    definition: Surveiller ce qui se dit d’une marque.\n"
        "    variants: [social listening]\n"
        "  - term: Algorithme\n"
        "    definition: >-\n"
        "      Une suite\n"
        "      d’instructions.\n"
        "  - term: Ciblage\n"
        "    definition: Choisir à qui parler.\n"
        "    variants: targeting\n"
    )
    assert problems == []
    assert [(term.name, term.anchor) for term in glossary.terms] == [
        ("Algorithme", "algorithme"), ("Ciblage", "ciblage"), ("Écoute sociale", "ecoute-sociale"),
    ]
    assert glossary.terms[0].definition == "Une suite d’instructions."
    assert glossary.terms[1].variants == ("targeting",)
    assert glossary.terms[2].forms == ("Écoute sociale", "social listening")


def test_editor_anchor_is_kept_so_that_renaming_a_term_keeps_old_links():
    glossary, problems = parse(
        "terms:\n  - term: IA générative\n    anchor: genai\n    definition: Produit des contenus.\n"
    )
    assert problems == []
    assert glossary.terms[0].anchor == "genai"


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("terms: [\n  - oops", "glossaire.yml:2", id="unclosed-bracket"),
        pytest.param(": : :\n", "YAML invalide", id="not-yaml"),
        pytest.param("- just\n- a list\n", "liste « terms: »", id="list-instead-of-mapping"),
        pytest.param("terms: 12\n", "liste « terms: »", id="terms-not-a-list"),
        pytest.param("", "liste « terms: »", id="empty-file"),
    ],
)
def test_malformed_file_gives_an_empty_glossary_and_one_problem_not_a_traceback(text, expected):
    glossary, problems = parse(text)
    assert glossary.terms == ()
    assert len(problems) == 1
    assert problems[0].startswith(SOURCE)
    assert expected in problems[0]


def test_entry_with_missing_fields_is_skipped_and_named_with_its_line():
    glossary, problems = parse(
        "terms:\n"
        "  - term: ROI\n"
        "    definition: Retour sur investissement.\n"
        "  - term: RGPD\n"
        "  - definition: Une définition sans terme.\n"
        "  - term: CCPA\n"
        "    definition: ''\n"
    )
    assert [term.name for term in glossary.terms] == ["ROI"]
    assert problems == [
        f"{SOURCE}:4 : terme « RGPD » ignoré : champ manquant ou vide (du texte est attendu) : definition",
        f"{SOURCE}:5 : terme n° 3 ignoré : champ manquant ou vide (du texte est attendu) : term",
        f"{SOURCE}:6 : terme « CCPA » ignoré : champ manquant ou vide (du texte est attendu) : definition",
    ]


def test_entry_that_is_not_a_mapping_is_skipped():
    glossary, problems = parse("terms:\n  - IA\n  - term: ROI\n    definition: Un ratio.\n")
    assert [term.name for term in glossary.terms] == ["ROI"]
    assert [problem.replace("\u00a0", " ") for problem in problems] == [
        f"{SOURCE}:2 : terme n° 1 ignoré : attendu des champs (term, definition, variants, exclude, anchor, "
        "proper_name), trouvé « IA »"
    ]


def test_fields_of_the_wrong_type_are_reported_not_raised():
    glossary, problems = parse(
        "terms:\n"
        "  - term: 2024\n"
        "    definition: Une année.\n"
        "  - term: Cookie\n"
        "    definition: [pas, du, texte]\n"
        "  - term: Chatbot\n"
        "    definition: Un programme qui dialogue.\n"
        "    variants: [bots, 3, '', '(bot)']\n"
        "    anchor: Pas Une Ancre\n"
        "    colour: bleu\n"
        "    proper_name: oui\n"
    )
    assert [(term.name, term.anchor, term.variants, term.proper_name) for term in glossary.terms] == [
        ("Chatbot", "chatbot", ("bots",), False)
    ]
    variant_rule = "une variante est un mot ou une expression, qui commence et finit par une lettre ou un chiffre"
    assert problems == [
        f"{SOURCE}:2 : terme n° 1 ignoré : champ manquant ou vide (du texte est attendu) : term",
        f"{SOURCE}:4 : terme « Cookie » ignoré : champ manquant ou vide (du texte est attendu) : definition",
        f"{SOURCE}:6 : terme « Chatbot » : champ inconnu « colour » ignoré ; "
        "champs possibles : term, definition, variants, exclude, anchor, proper_name",
        *(
            f"{SOURCE}:6 : terme « Chatbot » : variante « {variant} » ignorée : {variant_rule}"
            for variant in ("3", "", "(bot)")
        ),
        f"{SOURCE}:6 : terme « Chatbot » : ancre « Pas Une Ancre » invalide (minuscules, chiffres, tirets) ; "
        "« chatbot » utilisée",
        f"{SOURCE}:6 : terme « Chatbot » : « proper_name » vaut true ou false ; il est lu comme false",
    ]


def test_a_spelling_belongs_to_the_first_term_that_lists_it():
    glossary, problems = parse(
        "terms:\n"
        "  - term: Confidentialité\n"
        "    definition: Garder secret.\n"
        "    variants: [vie privée]\n"
        "  - term: Vie privée\n"
        "    definition: Ce qui ne regarde que soi.\n"
        "  - term: Protection des données\n"
        "    definition: Des règles.\n"
        "    variants: [Vie Privee, RGPD]\n"
    )
    assert [(term.name, term.variants) for term in glossary.terms] == [
        ("Confidentialité", ("vie privée",)), ("Protection des données", ("RGPD",)),
    ]
    assert problems == [
        f"{SOURCE}:5 : terme « Vie privée » ignoré : c’est déjà une forme du terme « Confidentialité »",
        f"{SOURCE}:7 : terme « Protection des données » : variante « Vie Privee » ignorée : elle appartient déjà "
        "au terme « Confidentialité »",
    ]


def test_two_terms_cannot_share_an_anchor():
    glossary, problems = parse(
        "terms:\n"
        "  - term: IA\n    definition: Une.\n"
        "  - term: Intelligence artificielle\n    anchor: ia\n    definition: Deux.\n"
    )
    assert [term.name for term in glossary.terms] == ["IA"]
    assert problems == [
        f"{SOURCE}:4 : terme « Intelligence artificielle » ignoré : l’ancre « ia » est déjà utilisée ; donnez-lui "
        "une « anchor: » propre"
    ]


def test_ignore_list_and_unknown_top_level_keys():
    glossary, problems = parse("terms: []\nignore: [Facebook, « Internet »]\nextra: 1\n")
    assert glossary.ignored == frozenset({"facebook", "« internet »"})
    assert problems == [f"{SOURCE} : clé « extra » inconnue ignorée ; clés possibles : terms, ignore"]
    _, problems = parse("terms: []\nignore: Facebook\n")
    assert problems == [f"{SOURCE} : « ignore: » doit être une liste de noms ; liste ignorée"]


def test_missing_file_gives_an_empty_glossary_and_one_problem(tmp_path):
    glossary, problems = load_glossary(tmp_path / "absent.yml")
    assert glossary.terms == ()
    assert len(problems) == 1 and "glossaire illisible" in problems[0].message


def test_form_key_ignores_case_accents_apostrophes_and_spacing():
    assert form_key("Éthique de l’IA") == form_key("ethique  de l'ia") == "ethique de l'ia"
    assert form_key("coûts‑avantages") == "couts-avantages"


# The real glossary: what the editor curates must stay usable.


@pytest.fixture(scope="module")
def real_glossary() -> Glossary:
    glossary, problems = load_glossary(GLOSSARY_FILE)
    assert problems == []
    return glossary


def test_real_glossary_has_enough_terms_each_defined_in_one_to_three_sentences(real_glossary):
    assert len(real_glossary.terms) >= 30
    for term in real_glossary.terms:
        assert 1 <= len(split_sentences(term.definition)) <= 3, term.name
        assert term.definition.endswith("."), term.name


def test_real_glossary_anchors_are_unique_ascii_slugs(real_glossary):
    anchors = [term.anchor for term in real_glossary.terms]
    assert len(set(anchors)) == len(anchors)
    assert all(anchor == slugify(anchor) and anchor.isascii() for anchor in anchors)


def test_real_glossary_is_in_french_alphabetical_order(real_glossary):
    names = [term.name for term in real_glossary.terms]
    assert names == sorted(names, key=sort_key)


def test_excluded_contexts_are_read_with_the_term():
    glossary, problems = parse_glossary(
        "terms:\n  - term: Vie privée\n    definition: D.\n    exclude: [vie privée et professionnelle, '']\n", "g.yml"
    )
    assert glossary.terms[0].excluded_contexts == ("vie privée et professionnelle",)
    assert len(problems) == 1 and "contexte exclu" in problems[0].message and problems[0].line == 2

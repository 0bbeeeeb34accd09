"""Finding glossary terms in text: inflections, accents, elision, overlaps, exclusions, and hints."""

from __future__ import annotations

import pytest

from dossier_ia.glossary.hints import glossary_hints, missing_terms
from dossier_ia.glossary.linker import (
    GlossaryMatcher,
    compile_glossary,
    find_citations,
    link_terms,
    term_forms,
)
from dossier_ia.glossary.terms import Glossary, Term
from dossier_ia.reading.model import Article, Block, BlockKind, InlineLink

IA = Term("IA", "ia", "Intelligence artificielle.", ("intelligence artificielle",))
IA_GENERATIVE = Term(
    "IA générative", "ia-generative", "Produit des contenus.", ("intelligence artificielle générative",)
)
ROI = Term("ROI", "roi", "Retour sur investissement.", ("retour sur investissement",))
DONNEES = Term("Données personnelles", "donnees-personnelles", "Ce qui identifie une personne.")
RESEAUX = Term("Réseaux sociaux", "reseaux-sociaux", "Plateformes.", ("médias sociaux",))
ALGORITHME = Term("Algorithme", "algorithme", "Suite d’instructions.")
ECOUTE = Term("Écoute sociale", "ecoute-sociale", "Surveiller ce qui se dit.")
ETHIQUE = Term("Éthique de l’IA", "ethique-de-l-ia", "Principes.")
MAIL = Term("Mail", "mail", "Courrier électronique.")
PROTECTION = Term("Protection des données", "protection-des-donnees", "Des règles.")
GLOSSARY = Glossary((IA, IA_GENERATIVE, ROI, DONNEES, RESEAUX, ALGORITHME, ECOUTE, ETHIQUE, MAIL, PROTECTION))


def found(text: str, glossary: Glossary = GLOSSARY) -> list[tuple[str, str]]:
    """(matched text, term anchor) for each occurrence, left to right."""
    return [(text[span.start : span.end], span.term.anchor) for span in compile_glossary(glossary).spans(text)]


def article(*blocks: Block, title: str = "Un titre", source_name: str = "a.txt") -> Article:
    return Article(
        source_name=source_name, title=title, slug=source_name.removesuffix(".txt"), blocks=blocks, content_hash="0"
    )


def paragraph(text: str, anchor: str = "p1", kind: BlockKind = BlockKind.PARAGRAPH, label: str = "") -> Block:
    return Block(kind, text, 1, anchor, label)


@pytest.mark.parametrize(
    "text",
    ["l’IA décide", "l'IA décide", "L'IA décide", "L’IA décide", "systèmes d’IA", "d'IA", "(IA)", "« IA »", "IA."],
)
def test_acronym_after_elision_or_punctuation_is_found(text):
    assert found(text) == [("IA", "ia")]


@pytest.mark.parametrize("text", ["MIAM", "via", "IAS", "IA2", "anti-IA", "IA-first", "ia", "Ia"])
def test_acronym_inside_a_word_or_in_another_case_is_not_found(text):
    assert found(text) == []


def test_acronym_is_case_sensitive_so_a_king_is_not_a_return_on_investment():
    assert found("Le roi du ROI") == [("ROI", "roi")]


def test_a_proper_name_is_found_with_its_capital_only():
    meta = Term("Meta", "meta", "Entreprise.", ("Meta Platforms",), proper_name=True)
    glossary = Glossary((meta, ALGORITHME))
    assert found("Soignez vos balises méta et vos balises Meta.", glossary) == [("Meta", "meta")]
    assert found("Selon Meta Platforms, chaque algorithme compte.", glossary) == [
        ("Meta Platforms", "meta"), ("algorithme", "algorithme")
    ]


def test_plain_words_match_in_any_case_and_accent():
    assert found("ÉCOUTE SOCIALE, Ecoute sociale et écoute sociale") == [
        ("ÉCOUTE SOCIALE", "ecoute-sociale"),
        ("Ecoute sociale", "ecoute-sociale"),
        ("écoute sociale", "ecoute-sociale"),
    ]
    assert found("Intelligence Artificielle") == [("Intelligence Artificielle", "ia")]


def test_accent_insensitivity_never_drops_or_changes_letters():
    assert found("algorythme, algorithm, algorithmique, logarithme") == []


@pytest.mark.parametrize(
    "text, spelling",
    [
        ("des algorithmes", "algorithmes"),
        ("une donnée personnelle", "donnée personnelle"),
        ("un réseau social", "réseau social"),
        ("les intelligences artificielles", "intelligences artificielles"),
        ("les retours sur investissement", "retours sur investissement"),
    ],
)
def test_regular_singular_and_plural_are_found(text, spelling):
    assert [matched for matched, _ in found(text)] == [spelling]


def test_term_forms_inflect_the_head_and_its_adjectives_but_not_complements_or_acronyms():
    assert term_forms(Term("Réseaux sociaux", "r", "d")) == ("Réseaux sociaux", "Réseau social")
    assert term_forms(Term("IA générative", "g", "d")) == ("IA générative", "IA génératives")
    assert set(term_forms(Term("Retour sur investissement", "r", "d"))) == {
        "Retour sur investissement",
        "Retours sur investissement",
    }
    assert set(term_forms(Term("Éthique de l’IA", "e", "d"))) == {"Éthique de l’IA", "Éthiques de l’IA"}
    assert term_forms(Term("ChatGPT", "c", "d")) == ("ChatGPT",)
    assert set(term_forms(Term("Petite et moyenne entreprise", "p", "d"))) == {
        "Petite et moyenne entreprise",
        "Petites et moyennes entreprises",
    }


def test_longest_term_wins_where_terms_overlap():
    assert found("L’IA générative et l’IA") == [("IA générative", "ia-generative"), ("IA", "ia")]
    assert found("les intelligences artificielles génératives") == [
        ("intelligences artificielles génératives", "ia-generative")
    ]


def test_longest_term_wins_even_when_the_shorter_one_starts_first():
    assert found("la protection des données personnelles") == [("protection des données", "protection-des-donnees")]
    assert found("des données personnelles") == [("données personnelles", "donnees-personnelles")]
    sensitive = Term("Données personnelles sensibles", "donnees-sensibles", "Santé, opinions…")
    assert found("la protection des données personnelles sensibles", Glossary((PROTECTION, sensitive))) == [
        ("données personnelles sensibles", "donnees-sensibles"),
    ]


def test_spelling_tolerates_typographic_apostrophes_hyphens_and_spaces():
    assert found("l’éthique de l'IA") == [("éthique de l'IA", "ethique-de-l-ia")]
    assert found("l’intelligence\u00a0artificielle") == [("intelligence\u00a0artificielle", "ia")]
    assert found("intelligence  artificielle") == [("intelligence  artificielle", "ia")]


def test_hyphenated_words_and_addresses_are_not_split():
    assert found("un e-mail, un mail-art, un mail") == [("mail", "mail")]
    assert found("voir https://exemple.fr/IA et www.ia.fr/IA ou ia@IA.fr") == []


def test_a_glossary_with_no_terms_finds_nothing():
    assert GlossaryMatcher(Glossary(())).spans("l’IA") == []


def test_link_terms_links_first_occurrence_of_each_term_in_prose_only():
    doc = article(
        paragraph("L’IA au premier titre", "titre", BlockKind.HEADING),
        paragraph("Pourquoi l’IA ?", "q1", BlockKind.QUESTION, "Question 1"),
        paragraph("L’IA générative et l’IA, encore l’IA.", "p1"),
        paragraph("Des algorithmes et l’IA.", "p2", BlockKind.BULLET_ITEM),
        paragraph("Un algorithme.", "p3", BlockKind.ANSWER, "Réponse"),
    )
    links = link_terms(doc, GLOSSARY)
    assert [(link.block_anchor, link.start, link.end, link.href) for link in links] == [
        ("p1", 2, 15, "glossaire.md#ia-generative"),
        ("p1", 21, 23, "glossaire.md#ia"),
        ("p2", 4, 15, "glossaire.md#algorithme"),
    ]
    assert links[0].title == IA_GENERATIVE.definition


def test_link_terms_never_links_inside_existing_links():
    doc = article(paragraph("L’IA et l’IA.", "p1"))
    existing = [InlineLink("p1", 0, 4, "ailleurs.md", "Un autre lien")]
    links = link_terms(doc, GLOSSARY, existing)
    assert [(link.start, link.end) for link in links] == [(10, 12)]


def test_citations_list_articles_where_the_term_shows_anywhere():
    first = article(
        paragraph("Tout sur l’IA", "h", BlockKind.HEADING),
        paragraph("Du texte.", "p1"),
        title="Premier",
        source_name="b.txt",
    )
    second = article(
        paragraph("Le ROI d’un algorithme.", "p1", label="Retour sur investissement"),
        title="Second",
        source_name="a.txt",
    )
    citations = find_citations([first, second], GLOSSARY)
    assert [cited.source_name for cited in citations["ia"]] == ["b.txt"]
    assert [cited.source_name for cited in citations["roi"]] == ["a.txt"]
    assert [cited.source_name for cited in citations["algorithme"]] == ["a.txt"]
    assert citations["mail"] == ()
    assert set(citations) == {term.anchor for term in GLOSSARY.terms}


def test_missing_terms_are_frequent_names_and_acronyms_the_glossary_lacks():
    texts = [
        "Selon Goldman Sachs, la CNIL et l’IA changent tout. Goldman Sachs insiste.",
        "La CNIL surveille. Pourtant Internet et internet diffèrent. Cependant, rien.",
        "Cependant, la CNIL et Goldman Sachs publient, avec le Rapport annuel.",
    ]
    articles = [article(paragraph(text), source_name=f"{number}.txt") for number, text in enumerate(texts)]
    missing = missing_terms(articles, GLOSSARY)
    assert [(term.name, term.count, term.articles) for term in missing] == [
        ("CNIL", 3, ("0.txt", "1.txt", "2.txt")),
        ("Goldman Sachs", 3, ("0.txt", "2.txt")),
    ]


def test_ignored_names_and_rare_names_give_no_hint():
    articles = [article(paragraph("La CNIL, la CNIL et Meta."))]
    assert missing_terms(articles, Glossary(GLOSSARY.terms, frozenset({"cnil"}))) == []


def test_hints_are_one_line_each_naming_the_file():
    articles = [article(paragraph("L’IA et la CNIL. La CNIL encore."))]
    citations = find_citations(articles, GLOSSARY)
    hints = [str(hint) for hint in glossary_hints(articles, GLOSSARY, citations, "docs/_data/glossaire.yml")]
    assert (
        "docs/_data/glossaire.yml\u00a0: le terme «\u00a0Algorithme\u00a0» n’apparaît dans aucun article\u00a0; "
        "vérifiez ses variantes ou retirez-le"
        in hints
    )
    assert hints[-1].startswith(
        "docs/_data/glossaire.yml\u00a0: «\u00a0CNIL\u00a0» revient 2 fois (a.txt) sans être dans le glossaire"
    )
    assert not any("«\u00a0IA\u00a0»" in hint for hint in hints)
    assert all("\n" not in hint for hint in hints)


PRIVACY = Term(
    "Confidentialité des données",
    "confidentialite",
    "Protection.",
    ("vie privée",),
    ("vie privée et professionnelle", "vie professionnelle et vie privée"),
)


@pytest.mark.parametrize("text", [
    "présente dans notre vie privée et professionnelle",
    "dans notre Vie Privee et  professionnelle",
    "entre vie professionnelle et vie privée, il faut choisir",
])
def test_a_spelling_inside_a_context_its_term_excludes_is_not_the_term(text):
    assert found(text, Glossary((PRIVACY,))) == []


@pytest.mark.parametrize("text", [
    "le respect de la vie privée des clients",
    "la vie privée et professionnelles",  # not the excluded phrase: another word
    "vie privée. Et professionnelle",
])
def test_the_same_spelling_elsewhere_is_still_the_term(text):
    assert found(text, Glossary((PRIVACY,))) == [("vie privée", "confidentialite")]


def test_first_passages_point_to_the_first_block_with_the_term():
    from dossier_ia.glossary.linker import first_passages

    text = article(
        paragraph("Rien ici.", "p1"),
        paragraph("Un algorithme décide.", "p2"),
        paragraph("Encore un algorithme et le ROI.", "p3"),
        title="L’IA et l’algorithme",
    )
    assert first_passages(text, GLOSSARY) == {"algorithme": "p2", "roi": "p3"}

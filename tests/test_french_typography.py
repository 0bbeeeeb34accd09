"""French typography: the pure rule, and what a reader sees on every page of the built seed site."""

from __future__ import annotations

import json
import re

import pytest

from dossier_ia.french.text import sort_key
from dossier_ia.french.typography import french_typography
from dossier_ia.markdown import escape_text, front_matter
from html_helpers import html_pages, visible_texts

NBSP = "\u00a0"
# What French typography forbids in what a reader sees: a straight apostrophe, and a space a
# line may break at before « : ; ! ? » » or after « « ».
STRAIGHT_APOSTROPHE = re.compile("'")
BREAKABLE_SPACE = re.compile(r"[ \t\r\n\u2000-\u200a]+(?=[:;!?»])|«[ \t\r\n\u2000-\u200a]")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'IA aujourd'hui", "L’IA aujourd’hui"),
        (
            "Pourquoi ? Parce que ! Ainsi : voilà ; fin",
            f"Pourquoi{NBSP}? Parce que{NBSP}! Ainsi{NBSP}: voilà{NBSP}; fin",
        ),
        ("« Bonjour »", f"«{NBSP}Bonjour{NBSP}»"),
        ("Déjà\u00a0: et\u202f?", "Déjà\u00a0: et\u202f?"),
        ("Ouvert de 10:30 à 12:00.", "Ouvert de 10:30 à 12:00."),
        ("Pas d'espace inséré:ici?", "Pas d’espace inséré:ici?"),
        (
            "Voir https://exemple.fr/l'article ou www.site.fr/aujourd'hui",
            "Voir https://exemple.fr/l'article ou www.site.fr/aujourd'hui",
        ),
        ("Écrire à jean.o'neil@exemple.fr, c'est simple", "Écrire à jean.o'neil@exemple.fr, c’est simple"),
        ("<script>alert('x')</script>", "<script>alert('x')</script>"),
        ("Les années '90 et 'guillemets'", "Les années '90 et 'guillemets'"),
    ],
)
def test_french_typography_changes_only_spaces_before_punctuation_and_apostrophes_between_letters(text, expected):
    assert french_typography(text) == expected


def test_french_typography_keeps_the_length_and_can_run_twice():
    text = "L'IA : « oui » ; c'est sûr ! Vraiment ? https://a.fr/l'x"
    once = french_typography(text)
    assert len(once) == len(text)
    assert french_typography(once) == once


def test_generated_markdown_gets_the_typography_once_at_its_boundary():
    assert escape_text("L'IA : oui") == "L’IA&nbsp;\\: oui"
    assert json.loads(front_matter({"title": "L'IA : oui"}).split(": ", 1)[1].split("\n")[0]) == f"L’IA{NBSP}: oui"


def test_every_page_a_reader_sees_has_french_typography(built_site):
    """Every built page (generated, hand-written, the theme's own words): no straight apostrophe
    and no breakable space before « : ; ! ? » », in the text and in the tooltips."""
    mistakes = []
    for page in html_pages(built_site):
        shown = "".join(visible_texts(page.read_text(encoding="utf-8")))
        for pattern in (STRAIGHT_APOSTROPHE, BREAKABLE_SPACE):
            mistakes += [
                f"{page.relative_to(built_site)} : …{shown[max(0, found.start() - 30) : found.end() + 10]}…"
                for found in pattern.finditer(shown)
            ]
    assert len(html_pages(built_site)) > 10
    assert not mistakes, "\n".join(mistakes)


def test_the_public_data_keeps_the_text_as_written(built_site):
    entries = json.loads((built_site / "api" / "articles.json").read_text(encoding="utf-8"))["articles"]
    titles = {entry["file"]: entry["title"] for entry in entries}
    assert (
        titles["003_81ebfe62a276a985.txt"]
        == "Une discussion sur l’éthique et les algorithmes dans le marketing basé sur l’IA"
    )
    synthesis = (built_site / "api" / "synthese.json").read_text(encoding="utf-8")
    assert "l'IA" in synthesis and NBSP not in json.loads(synthesis)["themes"][0]["title"]


def test_alphabetical_order_reads_letters_only():
    """Pasted titles mix straight and curly apostrophes, and some open on a symbol or an emoji:
    none of it changes where a title files."""
    titles = ["L’illusion", "🤖 Les risques", "La tarification", "L'IA bancaire", "▌Coca-Cola", "L’IA dans le retail"]
    assert sorted(titles, key=sort_key) == [
        "▌Coca-Cola", "La tarification", "🤖 Les risques", "L'IA bancaire", "L’IA dans le retail", "L’illusion",
    ]

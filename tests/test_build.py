"""End-to-end: the real seeds built with ``mkdocs build --strict``, checked on the built HTML."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, SEEDS_DIR, build_site
from dossier_ia.publishing.article_links import ARTICLE_LINKS_PLACE
from dossier_ia.settings import THEME_PAGE_SIZE
from generate_articles import generate_articles
from html_helpers import WHITESPACE, article_text, element_ids, html_pages, visible_texts

SEED_FILES = sorted(path.name for path in SEEDS_DIR.glob("*.txt"))
PAGE_CHROME = yaml.safe_load((ROOT / "tests" / "data" / "page_chrome.yml").read_text(encoding="utf-8"))
LIST_MARKER = re.compile(r"^\s*(?:[•✅]|[-–*]\s|\d{1,3}[.)]\s)\s*")
# The page shows "Réponse :" where pasted FAQs say "Répondre:" (a machine-translated "Answer:").
ANSWER_LABEL = re.compile(r"^Répondre\s*:")
COLON = re.compile(r"\s*:\s*")
SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+")
# The page sets French typography: curly apostrophes (the no-break spaces are spaces to \s).
APOSTROPHES = str.maketrans({"’": "'"})


def articles_json(site: Path) -> dict[str, dict]:
    return {
        entry["file"]: entry
        for entry in json.loads((site / "api" / "articles.json").read_text(encoding="utf-8"))["articles"]
    }


def page_html(site: Path, seed: str) -> str:
    return (site / articles_json(site)[seed]["url"] / "index.html").read_text(encoding="utf-8")


def comparable(text: str) -> str:
    """Text compared modulo the page's French typography and the spaces around colons."""
    return WHITESPACE.sub(" ", COLON.sub(" : ", text.translate(APOSTROPHES))).strip()


def test_every_seed_has_a_page_with_a_unique_readable_title(built_site):
    entries = articles_json(built_site)
    assert sorted(entries) == SEED_FILES
    titles = [entry["title"] for entry in entries.values()]
    assert len(set(titles)) == len(titles)
    for entry in entries.values():
        assert (built_site / entry["url"] / "index.html").is_file()
        assert entry["title"] not in {"Fermer", "Points clés à retenir"}
        assert 0 < len(entry["title"]) <= 90
        assert re.fullmatch(r"[a-z0-9-]+", entry["slug"])


@pytest.mark.parametrize("seed", SEED_FILES)
def test_nothing_of_the_article_is_lost(built_site, seed):
    text = comparable(article_text(page_html(built_site, seed)))
    chrome = set(PAGE_CHROME[seed])
    missing = []
    for line in (SEEDS_DIR / seed).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line in chrome:
            continue
        line = ANSWER_LABEL.sub("Réponse :", LIST_MARKER.sub("", line))
        missing += [sentence for sentence in SENTENCE_BREAK.split(comparable(line)) if sentence not in text]
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("seed", SEED_FILES)
def test_page_chrome_is_not_shown(built_site, seed):
    text = article_text(page_html(built_site, seed))
    for chrome in PAGE_CHROME[seed]:
        assert not re.search(rf"(^|[.?!] ){re.escape(chrome)}( [A-ZÀ-Ý]|$)", text), chrome


def test_article_page_shows_its_facts_and_neighbours(built_site):
    html = page_html(built_site, "003_81ebfe62a276a985.txt")
    text = article_text(html)
    assert '<html lang="fr"' in html
    assert "<h1" in html and "Une discussion sur l’éthique et les algorithmes dans le marketing basé sur l’IA" in text
    assert "Publié le 7 mai 2024" in text
    assert re.search(r"\d\s?\d* mots · \d+ min de lecture", text)
    assert "Source" not in text.split("Article suivant")[0]  # nothing known of its origin: nothing said
    assert "Article suivant" in text
    assert articles_json(built_site)["003_81ebfe62a276a985.txt"]["date"] == "2024-05-07"


def test_article_page_ends_with_its_themes_and_related_articles_listed_in_its_contents(built_site):
    """``mkdocs build`` renders the article pages before the analysis has chosen their end: it is
    put in the place kept for it, after the text and before the neighbours, and its headings are
    in the page's table of contents as the article's own are."""
    html = page_html(built_site, "003_81ebfe62a276a985.txt")
    assert ARTICLE_LINKS_PLACE not in html
    body = html[html.index('<article class="md-content__inner'):]
    order = ['id="dossier-themes"', 'id="dossier-lire-aussi"', 'class="article-back"', 'class="article-neighbours"']
    assert [body.index(mark) for mark in order] == sorted(body.index(mark) for mark in order)
    contents = html[html.index('class="md-nav md-nav--secondary"'):html.index('<article class="md-content__inner')]
    assert 'href="#dossier-themes"' in contents and 'href="#dossier-lire-aussi"' in contents


def test_article_page_names_the_site_it_comes_from_with_a_link(built_site):
    """``metadata.yml`` gives the source address and no publisher: the site's name is its host,
    written as readers write it, and the link leads to the original."""
    html = page_html(built_site, "000_c02dd408cdb99d3d.txt")
    assert "Source : e-réputation.com — lire l’article d’origine" in article_text(html)
    assert re.search(
        r'<a href="https://xn--e-rputation-dbb\.com/categorie-marketing-digital/[^"]+">lire l’article d’origine</a>',
        html,
    )
    entry = articles_json(built_site)["000_c02dd408cdb99d3d.txt"]
    assert entry["source"].startswith("https://xn--e-rputation-dbb.com/") and entry["publisher"] is None


def test_no_file_name_is_visible_to_readers(built_site):
    """The internal file names stay in ``api/articles.json`` for tools, never on a page."""
    names = [name.removesuffix(".txt") for name in SEED_FILES]
    for page in html_pages(built_site):
        shown = " ".join(visible_texts(page.read_text(encoding="utf-8")))
        assert not [name for name in names if name in shown], page
    assert sorted(articles_json(built_site)) == SEED_FILES


def test_headings_lists_labels_and_faq_become_markup(built_site):
    html = page_html(built_site, "004_f2264392a9567cff.txt")
    assert re.search(r"<h2 id=\"[^\"]+\">Préjugés et discrimination", html)
    assert re.search(r'<ol[^>]*>\s*<li id="p-[0-9a-f]{6}"><strong>Perte de contact humain\s:</strong>', html)
    assert re.search(r'<ul>\s*<li id="p-[0-9a-f]{6}"><strong>Conscience des préjugés\s:</strong>', html)
    assert re.search(r"<h3 id=\"p-[0-9a-f]{6}\">Question 1(?:\s|&nbsp;): Quelles sont les conséquences", html)
    assert re.search(r"<strong>Réponse\s:</strong> Certaines conséquences", html)


@pytest.mark.parametrize("seed", SEED_FILES)
def test_every_paragraph_and_item_has_an_anchor(built_site, seed):
    html = page_html(built_site, seed)
    body = html[html.index("<article"): html.index('class="article-neighbours"')]
    # What the site adds after the article (themes, related articles, links) is not the article.
    content = re.split(r'<h2 [^>]*id="dossier-|<nav class="article-back"', body)[0]
    for tag in re.findall(r"<(?:p|li)(?:\s[^>]*)?>", content):
        if "article-meta" in tag or "md-" in tag:
            continue
        assert re.search(r'id="[^"]+"', tag), tag


def test_article_index_lists_every_article_with_an_excerpt(built_site):
    html = (built_site / "articles" / "index.html").read_text(encoding="utf-8")
    text = article_text(html)
    for entry in articles_json(built_site).values():
        assert WHITESPACE.sub(" ", entry["title"]) in text
    assert text.count("min de lecture") == len(SEED_FILES)
    assert "L’avènement de l’intelligence artificielle (IA) dans le paysage marketing" in text


def test_home_page_links_to_the_sections(built_site):
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert 'href="articles/"' in html


def test_another_article_folder_builds_without_code_change(tmp_path):
    seeds = tmp_path / "autres"
    seeds.mkdir()
    (seeds / "Vélo électrique.txt").write_text(
        "Fermer\n\n12 mars 2023\n\nLe vélo électrique en ville\n\nLe vélo électrique séduit les citadins. Il coûte "
        "moins cher qu’une voiture.\n\n"
        "Les avantages\n\n• Moins de fatigue : on arrive frais au travail.\n• Un coût réduit.\n\nSource link\n",
        encoding="utf-8",
    )
    (seeds / "notes.txt").write_text(
        " date 2024-01 La marche reste le moyen le plus simple de se déplacer. Elle ne coûte rien et "
        "<b>entretient</b> la santé {{ config }}.\n",
        encoding="utf-8",
    )
    site = tmp_path / "site"
    result = build_site(site, seeds)
    assert result.returncode == 0, result.stderr
    entries = articles_json(site)
    assert sorted(entries) == ["Vélo électrique.txt", "notes.txt"]
    velo = (site / entries["Vélo électrique.txt"]["url"] / "index.html").read_text(encoding="utf-8")
    assert (
        "Le vélo électrique en ville</h1>" in velo.replace('<a class="headerlink"', "\n").split("\n")[0]
        or ">Le vélo électrique en ville<" in velo
    )
    assert "Publié le 12 mars 2023" in article_text(velo)
    assert re.search(r"<strong>Moins de fatigue\s:</strong>", velo)
    assert "Fermer" not in article_text(velo)
    notes = (site / entries["notes.txt"]["url"] / "index.html").read_text(encoding="utf-8")
    assert "&lt;b&gt;entretient&lt;/b&gt;" in notes and "{{ config }}" in article_text(notes)
    assert entries["notes.txt"]["title"] == "La marche reste le moyen le plus simple de se déplacer"
    # a page that gives only its month (« date 2024-01 ») is dated by its month, never by a day it does not give
    assert "Publié en janvier 2024" in article_text(notes) and '"datePublished":"2024-01"' in notes
    assert (entries["notes.txt"]["date"], entries["notes.txt"]["date_precision"]) == ("2024-01-01", "month")
    assert entries["Vélo électrique.txt"]["date_precision"] == "day"


def test_a_collection_of_several_pages_builds_strict_with_every_list_paginated(tmp_path):
    """More articles than one page of the article list, of « Qui dit quoi » or of a theme's
    quotes holds: every page exists and ``--strict`` (which fails on a broken link or anchor) passes."""
    seeds, site = tmp_path / "seeds", tmp_path / "site"
    generate_articles(120, seeds, seed=1)
    result = build_site(site, seeds)
    assert result.returncode == 0, result.stderr
    assert len(articles_json(site)) == 120
    synthesis = json.loads((site / "api" / "synthese.json").read_text(encoding="utf-8"))
    most = max(synthesis["themes"], key=lambda theme: theme["articles"])
    theme_pages = -(-most["articles"] // THEME_PAGE_SIZE)
    assert theme_pages > 1
    for page in (
        "articles/pages/3",
        "synthese/qui-dit-quoi/2",
        "synthese/qui-dit-quoi/3",
        f"{most['page']}{theme_pages}",
    ):
        assert (site / page / "index.html").is_file(), page
    assert not (site / "synthese/qui-dit-quoi/4").exists() and not (site / "articles/pages/4").exists()
    assert not (site / f"{most['page']}{theme_pages + 1}").exists()


def test_anchors_are_stable_ids_in_the_page(built_site):
    html = page_html(built_site, "000_c02dd408cdb99d3d.txt")
    ids = element_ids(html)
    assert sum(1 for anchor in ids if re.fullmatch(r"p-[0-9a-f]{6}", anchor)) == 7

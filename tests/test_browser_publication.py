"""The publication's pages as a reader sees them, at 390 px (a phone) and 1,280 px: the home page,
the article list, an article's themes and related articles, a theme page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_browser_pages import SETTLE, context, first_article, first_theme_page, watched_page  # noqa: F401  (fixture)

WIDTHS = (390, 1280)


def articles(site: Path) -> list[dict]:
    return json.loads((site / "api" / "articles.json").read_text(encoding="utf-8"))["articles"]


def open_page(context, site_url: str, address: str, width: int):
    page = watched_page(context)
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site_url + address, wait_until=SETTLE)
    return page


def fits_the_screen(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("width", WIDTHS)
def test_home_page_shows_figures_findings_and_the_latest_articles_as_cards(built_site, site_url, context, width):
    page = open_page(context, site_url, "", width)
    figures = page.locator(".home-figures li")
    assert figures.count() == 3 and figures.first.is_visible()
    assert figures.first.inner_text().split()[0] == str(len(articles(built_site)))
    assert page.locator(".home-findings ol li").count() >= 2
    cards = page.locator(".home-latest > ul > li")
    assert cards.count() == min(6, len(articles(built_site)))
    first = cards.first
    assert first.is_visible() and articles(built_site)[0]["title"] in first.inner_text()
    boxes = [cards.nth(index).bounding_box() for index in range(cards.count())]
    if width == 390:
        assert len({round(box["x"]) for box in boxes}) == 1, "une seule colonne sur un téléphone"
    assert fits_the_screen(page)
    first.locator("a").first.click()
    page.wait_for_load_state(SETTLE)
    assert page.url.endswith(articles(built_site)[0]["url"])
    assert not page.problems


@pytest.mark.parametrize("width", WIDTHS)
def test_the_article_list_gives_source_date_reading_time_and_themes(built_site, site_url, context, width):
    page = open_page(context, site_url, "articles/", width)
    items = page.locator("article ul > li")
    assert items.count() == len(articles(built_site))
    texts = items.all_inner_texts()
    assert all("min de lecture" in text for text in texts)
    undated = [text for text in texts if "sans date" in text]
    assert undated == texts[len(texts) - len(undated):], "les articles sans date viennent à la fin"
    assert "sans date viennent à la fin" in page.locator("article").inner_text()
    assert page.locator("article a.theme-label").count() >= len(texts)
    assert fits_the_screen(page)
    assert not page.problems


@pytest.mark.parametrize("width", WIDTHS)
def test_an_article_shows_its_themes_at_body_size_related_articles_and_the_way_back(
    built_site, site_url, context, width
):
    page = open_page(context, site_url, first_article(built_site), width)
    body_size = page.locator("article p").first.evaluate("p => getComputedStyle(p).fontSize")
    labels = page.locator(".article-themes li a")
    assert labels.count() >= 1
    assert {label.evaluate("a => getComputedStyle(a).fontSize") for label in labels.all()} == {body_size}
    assert page.locator(".article-themes strong").all_inner_texts()[0] in {"Avantages", "Inconvénients"}
    related = page.locator(".related-articles > ul > li")
    assert 1 <= related.count() <= 3 and related.first.is_visible()
    assert fits_the_screen(page)
    assert page.locator(".article-back--top a").bounding_box()["y"] < page.locator("h1").bounding_box()["y"]
    page.locator(".article-back a", has_text="Tous les articles").last.click()
    page.wait_for_load_state(SETTLE)
    assert page.url == site_url + "articles/"
    assert not page.problems


@pytest.mark.parametrize("width", WIDTHS)
def test_a_theme_label_leads_to_the_theme_page_that_lists_the_article(built_site, site_url, context, width):
    article = articles(built_site)[0]
    page = open_page(context, site_url, article["url"], width)
    label = page.locator(".article-themes li a").first
    theme = label.inner_text()
    label.click()
    page.wait_for_load_state(SETTLE)
    assert page.locator("h1").inner_text().startswith(theme)
    assert page.locator(f"article a[href$='{article['slug']}/']").count() == 1
    assert fits_the_screen(page)
    assert first_theme_page(built_site).startswith("synthese/")
    assert not page.problems


@pytest.mark.parametrize("width", WIDTHS)
def test_a_cite_dans_link_of_the_glossary_opens_the_passage_where_the_term_is(built_site, site_url, context, width):
    page = open_page(context, site_url, "glossaire/", width)
    introduction = page.locator("article p").first.inner_text()
    assert "survolez" not in introduction and "avec une souris" in introduction
    link = page.locator("article p:has-text('Cité dans') a[href*='#p-']").first
    anchor = link.get_attribute("href").split("#")[1]
    link.click()
    page.wait_for_load_state(SETTLE)
    target = page.locator(f"[id='{anchor}']")
    assert target.count() == 1
    page.wait_for_function(
        f"Math.abs(document.getElementById('{anchor}').getBoundingClientRect().top) < window.innerHeight"
    )
    assert fits_the_screen(page)
    assert not page.problems

"""The synthesis as a reader sees it in Chromium: short enough for five minutes, the overview
first, no sentence quoted more than twice, no sideways scrolling on a phone or a laptop, no
serious accessibility fault, and every quote landing on a marked paragraph with a way back to
the synthesis — on a fresh load and through Material's instant navigation alike."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from test_browser_pages import (  # noqa: F401, F811 (fixtures)
    SETTLE,
    axe_violations,
    context,
    site_at_its_address,
    watched_page,
)

WORD_LIMIT = 1800
WIDTHS = (390, 1280)
QUOTE = re.compile(r"«\u00a0(.+?)\u00a0»")
QUOTE_LINK = "li a[href*='/articles/'][href*='#p-']"
QUOTE_LINKS = f".md-content {QUOTE_LINK}"
# The article's text as the reader sees it, without the permalink signs of its headings.
VISIBLE_TEXT = """() => {
  const copy = document.querySelector("article.md-content__inner").cloneNode(true)
  for (const permalink of copy.querySelectorAll(".headerlink")) permalink.remove()
  return copy.innerText
}"""
LANDING = """() => {
  const marked = document.querySelector(".md-content .is-landing, .md-content :target")
  if (!marked) return null
  const style = getComputedStyle(marked)
  return {id: marked.id, outline: style.outlineStyle, background: style.backgroundColor}
}"""


def synthesis_pages(site) -> list[str]:
    """The synthesis, one theme's page, « Qui dit quoi » and the recommendations."""
    data = json.loads((site / "api" / "synthese.json").read_text(encoding="utf-8"))
    theme = max(data["themes"], key=lambda item: item["quote_count"])
    return ["synthese/", theme["page"], "synthese/qui-dit-quoi/", "synthese/recommandations/"]


def test_the_synthesis_reads_in_five_minutes_overview_first(site_url, context):
    page = watched_page(context)
    page.goto(site_url + "synthese/", wait_until=SETTLE)
    words = page.evaluate(VISIBLE_TEXT).split()
    assert len(words) <= WORD_LIMIT, f"{len(words)} mots"
    headings = page.locator("article h2").all_inner_texts()
    assert headings[0].strip("¶ ") == "L’essentiel", headings
    assert not page.problems


def test_no_sentence_is_quoted_more_than_twice_on_the_synthesis(site_url, context):
    page = watched_page(context)
    page.goto(site_url + "synthese/", wait_until=SETTLE)
    quotes = Counter(QUOTE.findall(page.evaluate(VISIBLE_TEXT)))
    assert quotes, "aucune citation sur la page"
    assert max(quotes.values()) <= 2, [text for text, times in quotes.items() if times > 2]


@pytest.mark.parametrize("width", WIDTHS)
def test_no_synthesis_page_scrolls_sideways(built_site, site_url, context, width):
    page = watched_page(context)
    page.set_viewport_size({"width": width, "height": 900})
    wide = {}
    for address in synthesis_pages(built_site):
        page.goto(site_url + address, wait_until=SETTLE)
        scroll, client = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        if scroll > client:
            wide[address] = scroll
    assert not wide, f"défilement horizontal à {width} px : {wide}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_violation_on_the_synthesis_pages(built_site, site_url, browser, scheme):
    # axe is injected as an inline script: the published pages' policy would refuse it.
    context = browser.new_context(locale="fr-FR", color_scheme=scheme, bypass_csp=True)
    found = {}
    try:
        page = context.new_page()
        for address in synthesis_pages(built_site):
            page.goto(site_url + address, wait_until=SETTLE)
            violations = axe_violations(page)
            if violations:
                found[address] = [
                    {"règle": v["id"], "éléments": [node["target"] for node in v["nodes"]][:3]} for v in violations
                ]
    finally:
        context.close()
    assert not found, json.dumps(found, ensure_ascii=False, indent=2)


def test_a_quote_opened_directly_lands_on_a_marked_paragraph(site_url, context):
    page = watched_page(context)
    page.goto(site_url + "synthese/", wait_until=SETTLE)
    href = page.locator(QUOTE_LINKS).first.get_attribute("href")
    page.goto(href if href.startswith("http") else site_url + "synthese/" + href, wait_until=SETTLE)
    landed = page.evaluate(LANDING)
    assert landed and landed["id"] == href.rsplit("#", 1)[1]
    assert landed["outline"] == "solid" and landed["background"] != "rgba(0, 0, 0, 0)"
    assert not page.problems


def test_instant_navigation_marks_the_quoted_paragraph_and_leads_back_to_the_theme(browser, site_at_its_address):
    site_url = site_at_its_address
    # Playwright's waiting predicates are evaluated as scripts, which the published pages' policy refuses.
    context = browser.new_context(locale="fr-FR", bypass_csp=True)
    try:
        page = watched_page(context)
        page.goto(site_url + "synthese/", wait_until=SETTLE)
        page.evaluate("window.sameDocument = true")
        link = page.locator(f"#inconvenients ~ div {QUOTE_LINK}").first
        section = link.evaluate("""a => {
          const headings = [...document.querySelectorAll('.md-content h3[id]')]
          return headings.filter(h => h.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING).pop().id
        }""")
        anchor = link.get_attribute("href").rsplit("#", 1)[1]
        link.click()
        page.wait_for_function(
            f"location.pathname.startsWith('/articles/') && document.getElementById({json.dumps(anchor)})"
        )
        page.wait_for_function("document.querySelector('.landing-back a') !== null")
        assert page.evaluate("window.sameDocument === true"), "la navigation a rechargé la page"
        landed = page.evaluate(LANDING)
        assert landed and landed["id"] == anchor and landed["outline"] == "solid"
        assert page.url.endswith("#" + anchor), page.url
        back = page.locator(".landing-back a")
        assert back.is_visible() and back.inner_text().startswith("Revenir à «\u00a0")
        back.click()
        page.wait_for_url(f"{site_url}synthese/#{section}")
        assert page.evaluate("window.sameDocument === true")
        assert not page.problems
    finally:
        context.close()

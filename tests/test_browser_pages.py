"""The built site in headless Chromium, served on 127.0.0.1 as a static host would serve it:
what every page requests, what it logs, what axe-core finds, how it reads and prints."""

from __future__ import annotations

import http.server
import json
import os
from collections.abc import Iterator
from pathlib import Path
from unittest import mock
from urllib.parse import urlsplit

import pytest

from conftest import ROOT, build_site, serve_site
from html_helpers import html_pages

AXE_SCRIPT = ROOT / "tests" / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING_IMPACTS = {"serious", "critical"}
SETTLE = "networkidle"


def site_pages(site: Path) -> list[str]:
    """Every page's address relative to the site root, as a reader would type it."""
    return [page.relative_to(site).as_posix().removesuffix("index.html") for page in html_pages(site)]


def first_article(site: Path) -> str:
    articles = json.loads((site / "api" / "articles.json").read_text(encoding="utf-8"))["articles"]
    return articles[0]["url"]


def first_theme_page(site: Path) -> str:
    """The page of the first theme an article supports (browsing by theme)."""
    themes = json.loads((site / "api" / "synthese.json").read_text(encoding="utf-8"))["themes"]
    return next(f"synthese/{theme['id']}/" for theme in themes if theme["quotes"])


@pytest.fixture
def context(browser, site_url) -> Iterator[object]:
    """A fresh browser profile whose requests to any other host are refused and recorded."""
    context = browser.new_context(locale="fr-FR")
    context.outside_requests = []
    host = urlsplit(site_url).netloc

    def keep_local(route) -> None:
        if urlsplit(route.request.url).netloc == host or route.request.url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            context.outside_requests.append(route.request.url)
            route.abort()

    context.route("**/*", keep_local)
    yield context
    context.close()


def watched_page(context) -> object:
    """A page that records its console errors, uncaught exceptions and failed local requests."""
    page = context.new_page()
    page.problems = []
    page.on(
        "console",
        lambda message: page.problems.append(f"console : {message.text}") if message.type == "error" else None,
    )
    page.on("pageerror", lambda error: page.problems.append(f"exception : {error}"))
    page.on(
        "response",
        lambda response: page.problems.append(f"HTTP {response.status} : {response.url}")
        if response.status >= 400
        else None,
    )
    return page


def axe_violations(page) -> list[dict]:
    if not AXE_SCRIPT.exists():
        pytest.fail("axe-core est introuvable : lancez « npm ci --prefix tests » (voir .ci/install)")
    page.add_script_tag(path=str(AXE_SCRIPT))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [violation for violation in result["violations"] if violation["impact"] in BLOCKING_IMPACTS]


def test_every_page_loads_from_this_host_alone_without_errors(built_site, site_url, context):
    problems: dict[str, list[str]] = {}
    page = watched_page(context)
    for address in site_pages(built_site):
        page.problems.clear()
        page.goto(site_url + address, wait_until=SETTLE)
        if page.problems:
            problems[address] = list(page.problems)
    assert not context.outside_requests, "\n".join(context.outside_requests)
    assert not problems, json.dumps(problems, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("which", ["accueil", "article", "articles/", "theme", "synthese/", "glossaire/"])
def test_axe_finds_no_serious_violation(built_site, site_url, browser, which, scheme):
    address = {"accueil": "", "article": first_article(built_site), "theme": first_theme_page(built_site)}.get(
        which, which
    )
    assert (built_site / address / "index.html").is_file(), f"{address} est introuvable dans le site construit"
    # axe is added to the page as an inline script, which the page's own policy refuses.
    context = browser.new_context(locale="fr-FR", color_scheme=scheme, bypass_csp=True)
    try:
        page = context.new_page()
        page.goto(site_url + address, wait_until=SETTLE)
        violations = axe_violations(page)
    finally:
        context.close()
    assert not violations, json.dumps(
        [
            {"règle": v["id"], "impact": v["impact"], "éléments": [node["target"] for node in v["nodes"]][:5]}
            for v in violations
        ],
        ensure_ascii=False,
        indent=2,
    )


def test_an_article_has_its_table_of_contents_and_a_back_to_top_button(built_site, site_url, context):
    page = watched_page(context)
    page.set_viewport_size({"width": 1400, "height": 800})
    page.goto(site_url + first_article(built_site), wait_until=SETTLE)
    headings = page.locator("article h2").count()
    toc = page.locator(".md-sidebar--secondary nav[aria-label] a.md-nav__link")
    assert headings and toc.count() >= headings
    assert page.locator(".md-sidebar--secondary nav").first.is_visible()
    page.mouse.wheel(0, 3000)
    page.wait_for_timeout(300)
    page.mouse.wheel(0, -200)
    top = page.locator(".md-top")
    top.wait_for(state="visible", timeout=5000)
    top.click()
    page.wait_for_function("window.scrollY === 0", timeout=5000)
    assert not page.problems


def test_the_palette_toggle_switches_between_light_and_dark(site_url, context):
    page = watched_page(context)
    page.goto(site_url, wait_until=SETTLE)
    toggles = page.locator("label.md-header__button[for^='__palette']")
    assert sorted(toggles.evaluate_all("labels => labels.map(label => label.title)")) == [
        "Passer au thème clair",
        "Passer au thème sombre",
    ]
    body = page.locator("body")
    first = body.get_attribute("data-md-color-scheme")
    page.locator("label.md-header__button[for^='__palette']:visible").click()
    page.wait_for_function(f"document.body.dataset.mdColorScheme !== {json.dumps(first)}")
    assert {first, body.get_attribute("data-md-color-scheme")} == {"default", "slate"}
    assert not page.problems


@pytest.fixture(scope="module")
def site_at_its_address(tmp_path_factory) -> Iterator[str]:
    """The site built for the address it is served at, as on GitHub Pages: Material's instant
    navigation only follows the links its sitemap lists, and the sitemap holds ``SITE_URL``."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.SimpleHTTPRequestHandler)
    site_url = f"http://127.0.0.1:{server.server_address[1]}/"
    site_dir = tmp_path_factory.mktemp("site_at_its_address")
    with mock.patch.dict(os.environ, {"SITE_URL": site_url}):
        result = build_site(site_dir)
    assert result.returncode == 0, result.stderr
    with serve_site(site_dir, server) as url:
        assert url == site_url
        yield url


def test_instant_navigation_keeps_the_page_alive(browser, site_at_its_address):
    site_url = site_at_its_address
    context = browser.new_context(locale="fr-FR")
    page = watched_page(context)
    page.goto(site_url, wait_until=SETTLE)
    home_title = page.title()
    page.evaluate("window.sameDocument = true")
    # Material's instant navigation makes every internal link absolute.
    page.locator(f".md-content a[href='{site_url}articles/']").first.click()
    page.wait_for_url(site_url + "articles/")
    page.wait_for_load_state(SETTLE)
    # Material changes the address first, then swaps the page's content and title.
    page.wait_for_function("title => document.title !== title", arg=home_title)
    assert page.evaluate("window.sameDocument === true"), "la navigation a rechargé la page"
    assert not page.problems
    context.close()


def test_an_article_prints_as_black_text_alone_even_in_dark_mode(built_site, site_url, browser):
    context = browser.new_context(locale="fr-FR", color_scheme="dark")
    try:
        page = context.new_page()
        page.goto(site_url + first_article(built_site), wait_until=SETTLE)
        assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
        page.emulate_media(media="print")
        for chrome in (
            ".md-header",
            ".md-sidebar--primary",
            ".md-sidebar--secondary",
            ".md-footer",
            ".article-neighbours",
            ".md-top",
        ):
            assert not page.locator(chrome).first.is_visible(), chrome
        article = page.locator("article.md-content__inner")
        assert article.is_visible()
        colours = article.evaluate(
            "a => [getComputedStyle(a.querySelector('p')).color, getComputedStyle(document.body).backgroundColor]"
        )
        assert colours == ["rgb(0, 0, 0)", "rgb(255, 255, 255)"]
        assert len(page.pdf(format="A4")) > 1000
    finally:
        context.close()

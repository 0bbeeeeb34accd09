"""What the built pages say about themselves: language, canonical address, sitemap, sharing
metadata, favicon, the French 404 page, and an address that CI can change (``SITE_URL``)."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ElementTree
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, build_site

pytestmark = pytest.mark.build
from html_helpers import html_pages

DOCS_DIR = ROOT / "docs"
SITEMAP_NS = {"sitemap": "http://www.sitemaps.org/schemas/sitemap/0.9"}
OTHER_SITE_URL = "https://exemple.github.io/ia-marketing/"


class _Head(HTMLParser):
    """The ``<html lang>``, ``<title>``, ``<meta>`` and ``<link>`` of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lang: str | None = None
        self.meta: dict[str, str] = {}
        self.links: dict[str, str] = {}
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if tag == "html":
            self.lang = attributes.get("lang")
        elif tag == "meta" and ("name" in attributes or "property" in attributes):
            self.meta[attributes.get("property") or attributes["name"]] = attributes.get("content", "")
        elif tag == "link" and "rel" in attributes:
            self.links.setdefault(attributes["rel"], attributes.get("href", ""))
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def head(page: Path) -> _Head:
    parser = _Head()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def page_address(site: Path, page: Path, site_url: str) -> str:
    relative = page.relative_to(site).as_posix()
    return site_url + relative.removesuffix("index.html")


def home_url(site: Path) -> str:
    """The site's address the build used: the home page's canonical link."""
    return head(site / "index.html").links["canonical"]


def front_matter(markdown: Path) -> dict:
    _, matter, _ = markdown.read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(matter)


def test_every_page_says_it_is_in_french(built_site):
    pages = html_pages(built_site)
    assert pages
    assert [page.relative_to(built_site).as_posix() for page in pages if head(page).lang != "fr"] == []


def test_every_page_but_the_404_has_its_canonical_address(built_site):
    site_url = home_url(built_site)
    for page in html_pages(built_site):
        if page.name == "404.html":
            continue
        assert head(page).links.get("canonical") == page_address(built_site, page, site_url), page


def test_the_sitemap_lists_every_page_once_at_its_canonical_address(built_site):
    site_url = home_url(built_site)
    root = ElementTree.parse(built_site / "sitemap.xml").getroot()
    listed = [element.text for element in root.findall("sitemap:url/sitemap:loc", SITEMAP_NS)]
    expected = [page_address(built_site, page, site_url) for page in html_pages(built_site) if page.name != "404.html"]
    assert sorted(listed) == sorted(expected)
    assert (built_site / "sitemap.xml.gz").is_file()


def test_every_page_has_sharing_metadata_from_its_title_and_description(built_site):
    for page in html_pages(built_site):
        tags = head(page)
        description = tags.meta.get("description")
        assert description, page
        for key in (
            "og:title",
            "og:description",
            "og:type",
            "og:site_name",
            "twitter:card",
            "twitter:title",
            "twitter:description",
        ):
            assert tags.meta.get(key), f"{page}: {key}"
        assert tags.meta["og:description"] == tags.meta["twitter:description"] == description
        assert tags.meta["og:title"] == tags.meta["twitter:title"]
        assert tags.meta["og:locale"] == "fr_FR"
        if page.name != "404.html":
            assert tags.meta["og:url"] == tags.links["canonical"]


@pytest.mark.parametrize("source", ["a-propos.md"])
def test_a_hand_written_page_shares_its_front_matter(built_site, source):
    matter = front_matter(DOCS_DIR / source)
    tags = head(built_site / source.removesuffix(".md") / "index.html")
    assert tags.meta["og:title"] == matter["title"]
    assert tags.meta["og:description"] == matter["description"].strip()
    assert tags.meta["og:type"] == "website"


def test_an_article_is_shared_as_an_article_with_its_excerpt(built_site):
    article = next(
        page for page in html_pages(built_site) if page.parent.parent.name == "articles" and page.parent.name != "pages"
    )
    tags = head(article)
    assert tags.meta["og:type"] == "article"
    assert tags.meta["og:description"] == tags.meta["description"]
    assert tags.title.startswith(tags.meta["og:title"])


def test_every_page_has_the_svg_favicon(built_site):
    for page in html_pages(built_site):
        assert head(page).links["icon"].endswith("assets/images/favicon.svg"), page
    assert (built_site / "assets" / "images" / "favicon.svg").read_text(encoding="utf-8").startswith("<svg")


def test_the_404_page_speaks_french_and_is_not_indexed(built_site):
    page = built_site / "404.html"
    html = page.read_text(encoding="utf-8")
    tags = head(page)
    assert tags.title.startswith("Page introuvable")
    assert tags.meta["robots"] == "noindex"
    assert "Page introuvable" in html and "Revenir à l’accueil" in html
    assert "Not found" not in html


def test_the_footer_and_search_speak_french(built_site):
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert "Made with" not in html
    assert "Site fabriqué avec" in html
    assert 'role="dialog" aria-label="Recherche"' in html


def test_the_site_address_comes_from_the_site_url_variable(tmp_path, monkeypatch):
    monkeypatch.setitem(os.environ, "SITE_URL", OTHER_SITE_URL)
    site = tmp_path / "site"
    result = build_site(site)
    assert result.returncode == 0, result.stderr
    assert home_url(site) == OTHER_SITE_URL
    assert head(site / "a-propos" / "index.html").links["canonical"] == f"{OTHER_SITE_URL}a-propos/"
    assert f"<loc>{OTHER_SITE_URL}a-propos/</loc>" in (site / "sitemap.xml").read_text(encoding="utf-8")
    # GitHub Pages serves 404.html at any missing address: its links start from the site's root.
    assert 'href="/ia-marketing/articles/"' in (site / "404.html").read_text(encoding="utf-8")

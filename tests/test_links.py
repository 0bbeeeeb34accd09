"""Every internal link of the built site leads somewhere: the file exists and so does the anchor.

Checked on the HTML as a static host serves it, so links written by hand, by the hooks and by
the theme (navigation, assets, canonical links, sitemap) are all covered.
"""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ElementTree
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from html_helpers import html_pages

LINK_ATTRIBUTES = {
    ("a", "href"),
    ("link", "href"),
    ("script", "src"),
    ("img", "src"),
    ("source", "src"),
    ("iframe", "src"),
}
NOT_PAGES = ("mailto:", "tel:", "javascript:", "data:")
SITEMAP_NS = {"sitemap": "http://www.sitemaps.org/schemas/sitemap/0.9"}
CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)">')


class _Targets(HTMLParser):
    """The links a page makes and the anchors it offers (``id`` and ``name``)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.anchors: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name in {"id", "name"} and tag not in {"meta", "input", "form"}:
                self.anchors.add(value)
            elif (tag, name) in LINK_ATTRIBUTES:
                self.links.append(value)


@cache
def parse(page: Path) -> _Targets:
    parser = _Targets()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def site_url_of(site: Path) -> str:
    """The site's address the build used: the home page's canonical link."""
    return CANONICAL.search((site / "index.html").read_text(encoding="utf-8"))[1]


def resolve(site: Path, page: Path, link: str, site_url: str) -> tuple[Path, str] | None:
    """The file and anchor a link points to, or ``None`` when it leaves the site."""
    if link.startswith(NOT_PAGES):
        return None
    if link.startswith(site_url):
        link = "/" + link.removeprefix(site_url)
    parts = urlsplit(link)
    if parts.scheme or parts.netloc:
        return None
    if parts.path.startswith("/"):
        base_path = urlsplit(site_url).path
        path = posixpath.normpath(unquote(parts.path).removeprefix(base_path.rstrip("/")).lstrip("/") or ".")
    elif parts.path:
        folder = page.parent.relative_to(site).as_posix()
        path = posixpath.normpath(posixpath.join(folder, unquote(parts.path)))
    else:
        return page, parts.fragment
    target = site / path
    if target.is_dir() or parts.path.endswith("/"):
        target = target / "index.html"
    return target, parts.fragment


def test_every_internal_link_and_anchor_exists(built_site):
    site_url = site_url_of(built_site)
    broken = []
    for page in html_pages(built_site):
        for link in parse(page).links:
            resolved = resolve(built_site, page, link, site_url)
            if resolved is None:
                continue
            target, anchor = resolved
            where = f"{page.relative_to(built_site)} → {link}"
            if not target.is_file():
                broken.append(f"{where} : fichier absent")
            elif anchor and target.suffix == ".html" and anchor not in parse(target).anchors:
                broken.append(f"{where} : ancre absente")
    assert not broken, "\n".join(broken)


def test_the_site_links_to_no_other_host_but_by_a_reader_s_click(built_site):
    """Assets (styles, scripts, images, icons) all come from the site itself."""
    site_url = site_url_of(built_site)
    outside = []
    for page in html_pages(built_site):
        html = page.read_text(encoding="utf-8")
        parser = _Assets()
        parser.feed(html)
        outside += [f"{page.relative_to(built_site)} → {url}" for url in parser.urls
                    if urlsplit(url).netloc and not url.startswith(site_url)]
    assert not outside, "\n".join(outside)


def test_every_sitemap_address_is_a_built_page(built_site):
    site_url = site_url_of(built_site)
    root = ElementTree.parse(built_site / "sitemap.xml").getroot()
    missing = []
    for loc in root.findall("sitemap:url/sitemap:loc", SITEMAP_NS):
        resolved = resolve(built_site, built_site / "index.html", loc.text, site_url)
        if resolved is None or not resolved[0].is_file():
            missing.append(loc.text)
    assert not missing, "\n".join(missing)


class _Assets(HTMLParser):
    """What a browser fetches by itself: stylesheets, icons, scripts, images, frames."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "link" and attributes.get("rel") in {
            "stylesheet",
            "icon",
            "preconnect",
            "preload",
            "modulepreload",
            "manifest",
        }:
            self.urls.append(attributes.get("href") or "")
        elif tag in {"script", "img", "iframe", "source", "audio", "video"} and attributes.get("src"):
            self.urls.append(attributes["src"])

"""The seeds built as CI publishes them (``DOSSIER_PDF=1``, once): feeds announced and valid,
a share image, structured data and related articles on every article page, the PDF dossier
linked and well formed; and an ordinary build, which makes no PDF and links to none."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import feedparser
import pypdf
import pytest
from PIL import Image

from conftest import build_site
from html_helpers import html_pages

SITE_URL = "http://127.0.0.1:8000/"
ALTERNATE = re.compile(r'<link rel="alternate" type="(?P<type>[^"]+)" title="[^"]*" href="(?P<href>[^"]+)">')
META = re.compile(r'<meta (?:property|name)="(?P<name>[^"]+)" content="(?P<content>[^"]*)">')
JSON_LD = re.compile(r'<script type="application/ld\+json">(?P<data>.*?)</script>', re.DOTALL)
PDF_LINK = re.compile(r'<a [^>]*href="(?P<href>[^"]+\.pdf)"[^>]*>Télécharger le dossier \(PDF\)</a>')


@pytest.fixture(scope="module")
def published_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site_dir = tmp_path_factory.mktemp("published")
    result = build_site(site_dir, pdf=True)
    assert result.returncode == 0, result.stderr
    return site_dir


def articles(site: Path) -> list[dict]:
    return json.loads((site / "api" / "articles.json").read_text(encoding="utf-8"))["articles"]


def meta(html: str) -> dict[str, str]:
    return {match["name"]: match["content"] for match in META.finditer(html)}


def local_file(site: Path, page_url: str, href: str) -> Path:
    """The built file a link of a page points to (absolute links are on the site's address)."""
    path = urlsplit(urljoin(page_url, href)).path
    return site / path.lstrip("/")


def test_the_home_page_announces_feeds_that_list_every_article(published_site):
    html = (published_site / "index.html").read_text(encoding="utf-8")
    feeds = {match["type"]: match["href"] for match in ALTERNATE.finditer(html)}
    assert set(feeds) == {"application/rss+xml", "application/feed+json"}
    rss = feedparser.parse(local_file(published_site, SITE_URL, feeds["application/rss+xml"]).read_bytes())
    assert not rss.bozo, rss.bozo_exception
    expected = {SITE_URL + entry["url"] for entry in articles(published_site)}
    assert {entry.link for entry in rss.entries} == expected
    assert len(rss.entries) == len(expected)
    feed = json.loads(local_file(published_site, SITE_URL, feeds["application/feed+json"]).read_text(encoding="utf-8"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert {item["url"] for item in feed["items"]} == expected


@pytest.mark.parametrize("position", range(5))
def test_an_article_page_has_its_share_image_structured_data_and_related_articles(published_site, position):
    entry = articles(published_site)[position]
    html = (published_site / entry["url"] / "index.html").read_text(encoding="utf-8")
    tags = meta(html)
    assert tags["twitter:card"] == "summary_large_image"
    assert tags["og:image"].startswith(SITE_URL) and tags["og:image"].endswith(".png")
    image = Image.open(io.BytesIO(local_file(published_site, SITE_URL, tags["og:image"]).read_bytes()))
    assert (image.format, image.size) == ("PNG", (1200, 630))
    [data] = [json.loads(match["data"]) for match in JSON_LD.finditer(html)]
    assert data["@type"] == "Article" and data["headline"] == entry["title"]
    assert data["url"] == SITE_URL + entry["url"]
    if entry["date"]:
        assert data["datePublished"] == entry["date"] == tags["article:published_time"]
    related = html[html.index('id="dossier-lire-aussi"'):]
    links = re.findall(r'href="\.\./([a-z0-9-]+)/"', related.split("</div>")[0])
    assert 1 <= len(links) <= 3 and entry["slug"] not in links
    assert all((published_site / "articles" / slug / "index.html").is_file() for slug in links)


def test_every_page_has_a_share_image_that_exists(published_site):
    for page in html_pages(published_site):
        image = meta(page.read_text(encoding="utf-8"))["og:image"]
        assert local_file(published_site, SITE_URL, image).is_file(), (page, image)


def test_the_pdf_dossier_is_linked_from_home_and_synthesis_with_contents_and_page_numbers(published_site):
    hrefs = set()
    for page in ("index.html", "synthese/index.html"):
        html = (published_site / page).read_text(encoding="utf-8")
        [href] = [match["href"] for match in PDF_LINK.finditer(html)]
        hrefs.add(local_file(published_site, SITE_URL + page, href))
    [pdf_path] = hrefs
    reader = pypdf.PdfReader(pdf_path)
    assert len(reader.pages) > 5
    text = [page.extract_text() for page in reader.pages]
    assert "Sommaire" in text[1] and "Glossaire" in text[1]
    assert all(
        f"page {number} sur {len(reader.pages)}" in text[number - 1] for number in range(2, len(reader.pages) + 1)
    )
    titles = [entry["title"] for entry in articles(published_site)]
    assert all(any(title[:30] in " ".join(page.split()) for page in text) for title in titles)
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert outline[:4] == ["Chiffres clés", "Synthèse\u00a0: avantages et inconvénients", "Les articles", "Glossaire"]
    internal = [annotation.get_object() for annotation in reader.pages[1].get("/Annots", [])]
    assert len(internal) >= len(titles) and all("/Dest" in link or "/A" in link for link in internal)


def test_an_ordinary_build_makes_no_pdf_and_links_to_none(built_site):
    assert not list(built_site.glob("*.pdf"))
    for page in ("index.html", "synthese/index.html"):
        assert ".pdf" not in (built_site / page).read_text(encoding="utf-8")

"""The synthesis pages of the built seeds site, read as HTML: the page and ``api/synthese.json``
agree on every count, every theme page holds all its quotes, « Qui dit quoi » names every article."""

from __future__ import annotations

import json
import re
from html import unescape

TAG = re.compile(r"<[^>]+>")
META = re.compile(r"Évoqué dans (\d+)\u00a0articles? sur (\d+) · (\d+)\u00a0citations?")


def read(site, address: str) -> str:
    return (site / address / "index.html").read_text(encoding="utf-8")


def text_of(html: str) -> str:
    return unescape(TAG.sub("", html))


def synthesis_data(site) -> dict:
    return json.loads((site / "api" / "synthese.json").read_text(encoding="utf-8"))


def test_the_page_and_the_json_agree_on_every_count(built_site):
    html = read(built_site, "synthese")
    data = synthesis_data(built_site)
    shown = [theme for theme in data["themes"] if theme["quotes"]]
    for theme in shown:
        section = html.split(f'id="theme-{theme["id"]}"', 1)[1]
        articles, total, quotes = META.search(text_of(section)).groups()
        assert (int(articles), int(total), int(quotes)) == (
            theme["articles"],
            data["article_count"],
            len(theme["quotes"]),
        ), theme["id"]
        assert theme["articles"] == len({quote["article"] for quote in theme["quotes"]})
    overview = text_of(html.split('id="essentiel"', 1)[1].split("<h2", 1)[0])
    assert f"{len(data['recommendations'])}\u00a0recommandation" in overview
    for item in data["overview"]["advantages"] + data["overview"]["drawbacks"]:
        assert f"({item['articles']}\u00a0article" in overview


def test_every_quote_of_a_theme_is_on_its_pages(built_site):
    for theme in synthesis_data(built_site)["themes"]:
        if not theme["quotes"]:
            continue
        pages = [read(built_site, theme["page"])]
        pages += [
            read(built_site, path.parent.relative_to(built_site).as_posix())
            for path in sorted((built_site / theme["page"]).glob("*/index.html"))
        ]
        # The page shows French typography (curly apostrophes, no-break spaces); the JSON keeps the text as written.
        text = unescape(" ".join(pages)).replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")
        missing = [
            quote["text"]
            for quote in theme["quotes"]
            if quote["text"].replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ") not in text
        ]
        assert not missing, (theme["id"], missing)
        # One link per quote, but a quote the next one shows as its context shares the next one's.
        assert 0 < text.count("lire le passage") <= len(theme["quotes"])


def test_who_says_what_names_every_article_without_a_table(built_site):
    html = read(built_site, "synthese/qui-dit-quoi")
    articles = json.loads((built_site / "api" / "articles.json").read_text(encoding="utf-8"))["articles"]
    for article in articles:
        assert f'href="../../{article["url"]}"' in html, article["url"]
    assert "<table" not in html.split("<article", 1)[1]

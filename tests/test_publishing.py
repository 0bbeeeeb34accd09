"""Publishing extras as pure functions, without MkDocs: feeds, structured data, share cards and
their disk cache, related articles, home and theme pages, front matter additions, the dossier."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import threading
import time

import feedparser
import markdown
from PIL import Image

from dossier_ia.articles.render import article_uri
from dossier_ia.cache import DiskCache
from dossier_ia.glossary.terms import Glossary, Term
from dossier_ia.markdown import add_front_matter, front_matter, front_matter_value, relative_url
from dossier_ia.publishing.article_links import render_article_links
from dossier_ia.publishing.cards import HEIGHT, WIDTH, Card, draw_card, make_cards
from dossier_ia.publishing.dossier import dossier_articles, dossier_html
from dossier_ia.publishing.feeds import json_feed, rss_feed
from dossier_ia.publishing.home import render_home_page
from dossier_ia.publishing.jsonld import article_jsonld
from dossier_ia.publishing.related import related_articles
from dossier_ia.publishing.theme_pages import render_theme_pages
from dossier_ia.reading.model import Article, Block, BlockKind
from dossier_ia.settings import FEED_SIZE, PDF_MAX_ARTICLES, THEME_ARTICLES_PAGE_SIZE, theme_page_uri
from dossier_ia.synthesis.model import ArticleRef, Quote, Synthesis, ThemeSupport
from dossier_ia.synthesis.themes import Polarity, Theme
from markdown_helpers import SITE_EXTENSIONS

SITE = {"site_url": "https://exemple.fr/dossier/", "site_name": "L’IA en marketing", "description": "Des articles."}
HOSTILE = "Des <script>alert(1)</script> & ]]> « guillemets » {{ z }}"


def article(
    number: int,
    *,
    date: dt.date | None = None,
    title: str | None = None,
    author: str | None = None,
    source: str | None = None,
) -> Article:
    text = f"Premier paragraphe de l’article {number}. Une deuxième phrase."
    return Article(
        source_name=f"{number:04d}.txt",
        title=title or f"Article numéro {number}",
        slug=f"article-{number}",
        blocks=(Block(BlockKind.PARAGRAPH, text, 2, f"p-{number:06d}"),),
        content_hash=str(number),
        date=date,
        source_url=source,
        author=author,
    )


def synthesis_of(articles: list[Article], members: dict[Theme, list[Article]]) -> Synthesis:
    supports = tuple(
        ThemeSupport(
            theme,
            tuple(
                (Quote(a.source_name, a.slug, a.title, a.blocks[0].anchor, f"Citation de {a.title}."),) for a in chosen
            ),
        )
        for theme, chosen in members.items()
    )
    return Synthesis(supports, tuple(ArticleRef(a.source_name, a.slug, a.title) for a in articles), ())


PRO = Theme("efficacite", "Gain de temps", Polarity.PRO, "Résumé <b>brut</b>.", ("efficace",))
CON = Theme("biais", "Biais et discrimination", Polarity.CON, "Résumé.", ("biais",))


def test_the_rss_feed_parses_with_the_latest_articles_and_escapes_their_text():
    articles = [article(n, date=dt.date(2024, 1, 1) + dt.timedelta(days=200 - n)) for n in range(1, 61)]
    articles[0] = article(1, date=dt.date(2024, 7, 19), title=HOSTILE, author="Marie Curie")
    feed = feedparser.parse(rss_feed(articles, **SITE, themes={"0001.txt": ["Gain de temps"]}))
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.language == "fr"
    assert len(feed.entries) == FEED_SIZE
    first = feed.entries[0]
    assert first.title == HOSTILE
    assert first.link == "https://exemple.fr/dossier/articles/article-1/"
    assert first.published_parsed[:3] == (2024, 7, 19)
    assert first.author == "Marie Curie"
    assert [tag.term for tag in first.tags] == ["Gain de temps"]


def test_an_undated_article_has_no_date_in_either_feed():
    articles = [article(1)]
    assert "published" not in feedparser.parse(rss_feed(articles, **SITE)).entries[0]
    assert "date_published" not in json_feed(articles, **SITE)["items"][0]


def test_the_json_feed_follows_version_1_1():
    articles = [article(1, date=dt.date(2024, 3, 1), author="A. Auteur", source="https://www.source.fr/a")]
    feed = json.loads(json.dumps(json_feed(articles, **SITE)))
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["feed_url"] == "https://exemple.fr/dossier/flux.json"
    assert feed["language"] == "fr"
    item = feed["items"][0]
    assert item["id"] == item["url"] == "https://exemple.fr/dossier/articles/article-1/"
    assert item["date_published"].startswith("2024-03-01T")
    dt.datetime.fromisoformat(item["date_published"])
    assert item["authors"] == [{"name": "A. Auteur"}]
    assert item["external_url"] == "https://www.source.fr/a"
    assert item["content_text"]


def test_json_ld_says_only_what_is_known():
    known = article(1, date=dt.date(2024, 5, 7), author="Jeanne", source="https://source.fr/x")
    data = article_jsonld(
        known, url="https://s/a/", image="https://s/c.png", site_name="Site", site_url="https://s/", description="D"
    )
    assert data["@type"] == "Article" and data["headline"] == known.title
    assert data["datePublished"] == "2024-05-07"
    assert data["author"] == {"@type": "Person", "name": "Jeanne"}
    assert data["isBasedOn"] == "https://source.fr/x"
    bare = article_jsonld(article(2), url="u", image="i", site_name="S", site_url="s", description="d")
    assert not {"datePublished", "author", "isBasedOn"} & set(bare)


def test_json_ld_text_cannot_close_its_script_element_and_reads_back_the_same():
    from dossier_ia.publishing.jsonld import script_text

    data = {"headline": HOSTILE + " </script><script>alert(1)</script> l'IA"}
    text = script_text(data)
    assert not set("<>&'") & set(text)
    assert json.loads(text) == data


def test_a_share_card_is_a_1200_by_630_png_and_a_long_title_still_fits():
    for title in ("Court", HOSTILE * 8, "Anticonstitutionnellementanticonstitutionnellement" * 3):
        image = Image.open(io.BytesIO(draw_card(Card(title, "Article", "7 mai 2024"))))
        assert image.format == "PNG"
        assert image.size == (WIDTH, HEIGHT)


def test_cards_are_drawn_once_then_read_from_the_disk_cache(tmp_path):
    cache = DiskCache(tmp_path / "cartes", ".png")
    cards = [Card(f"Titre {n}", "Article", "") for n in range(3)]
    paths, drawing = make_cards(cards, cache)
    drawing.wait()
    assert [path.read_bytes() for path in paths] == [draw_card(card) for card in cards]
    dates = [path.stat().st_mtime_ns for path in paths]
    time.sleep(0.01)
    again, drawing = make_cards(cards, cache)
    drawing.wait()
    assert again == paths
    assert [path.stat().st_mtime_ns for path in paths] == dates
    (changed, *_), drawing = make_cards([Card("Titre 0 corrigé", "Article", "")], cache)
    drawing.wait()
    assert changed not in paths and changed.is_file()


def test_cards_missing_from_the_cache_are_drawn_in_other_processes_while_this_one_goes_on(tmp_path):
    """A first build draws its cards while MkDocs renders the pages: ``make_cards`` returns before
    they are drawn, and the files are all there once the job's ``wait`` has returned."""
    cache = DiskCache(tmp_path / "cartes", ".png")
    cards = [Card(f"Titre {n}", "Article", "") for n in range(40)]
    paths, drawing = make_cards(cards, cache)
    if (os.cpu_count() or 1) > 1 and threading.active_count() == 1:
        assert not all(path.is_file() for path in paths)
    drawing.wait()
    assert all(path.is_file() for path in paths)
    assert Image.open(paths[-1]).size == (WIDTH, HEIGHT)


def test_disk_cache_computes_a_missing_entry_once(tmp_path):
    cache = DiskCache(tmp_path)
    calls = []
    assert cache.get("clé", lambda: calls.append(1) or b"valeur") == b"valeur"
    assert cache.get("clé", lambda: calls.append(1) or b"autre") == b"valeur"
    assert calls == [1] and "clé" in cache and "autre clé" not in cache


def test_disk_cache_keeps_the_entries_used_last_and_deletes_the_others(tmp_path):
    """Every edit of the editor's sentences trains new models: the cache keeps the few used last."""
    cache = DiskCache(tmp_path, ".npz")
    for number, key in enumerate(["lundi", "mardi", "mercredi", "jeudi"]):
        path = cache.put(key, b"poids")
        os.utime(path, ns=(number * 10**9, number * 10**9))
    cache.keep_recent("lundi", 2)  # the editor undid three days of edits: Monday's models are in use
    assert [key for key in ["lundi", "mardi", "mercredi", "jeudi"] if key in cache] == ["lundi", "jeudi"]


def test_related_articles_share_the_rarest_features_first():
    articles = [article(n) for n in range(1, 7)]
    features = {
        "0001.txt": frozenset({"theme:a", "term:rare"}),
        "0002.txt": frozenset({"theme:a"}),
        "0003.txt": frozenset({"theme:a"}),
        "0004.txt": frozenset({"theme:a", "term:rare"}),
        "0005.txt": frozenset({"theme:b"}),
    }
    related = related_articles(articles, features, shown=2)
    assert [a.source_name for a in related["0001.txt"]] == ["0004.txt", "0002.txt"]
    assert "0005.txt" not in related and "0006.txt" not in related
    assert all(name not in [a.source_name for a in found] for name, found in related.items())


def test_related_articles_meet_only_the_nearest_members_of_each_feature():
    """What keeps the cost linear: an article shared by all is compared with its neighbours only."""
    from dossier_ia.publishing.related import NEIGHBOURS_PER_FEATURE

    articles = [article(n) for n in range(200)]
    features = {a.source_name: frozenset({"theme:commun"}) for a in articles}
    related = related_articles(articles, features, shown=NEIGHBOURS_PER_FEATURE * 3)
    middle = articles[100].source_name
    positions = sorted(int(a.source_name[:4]) for a in related[middle])
    assert positions == [n for n in range(100 - NEIGHBOURS_PER_FEATURE, 101 + NEIGHBOURS_PER_FEATURE) if n != 100]


def test_article_links_show_themes_by_polarity_related_cards_and_the_way_back():
    html = render_article_links(article(1), (PRO, CON), (article(2, date=dt.date(2024, 1, 3)),))
    # As the built site addresses its pages: MkDocs does not rewrite links in HTML the pipeline writes.
    assert 'href="../../themes/efficacite/"' in html and 'href="../../themes/biais/"' in html
    assert html.index("Avantages") < html.index("Gain de temps") < html.index("Inconvénients") < html.index("Biais")
    assert 'class="grid cards related-articles"' in html and 'href="../article-2/"' in html
    assert "3 janvier 2024" in html
    assert 'href="../"' in html and "Tous les articles" in html and 'href="../../synthese/"' in html
    # One block of HTML that Markdown passes on as it is, wherever the page puts it.
    assert "\n\n" not in html and markdown.markdown(html, extensions=SITE_EXTENSIONS) == html


def test_relative_url_addresses_pages_as_the_built_site_serves_them():
    assert relative_url("themes/biais.md", "articles/article-1.md") == "../../themes/biais/"
    assert relative_url("articles/index.md", "articles/article-1.md") == "../"
    assert relative_url("articles/article-2.md", "articles/article-1.md") == "../article-2/"
    assert relative_url("index.md", "articles/article-1.md") == "../../"
    assert relative_url("synthese.md", "index.md") == "synthese/"


def test_article_links_show_a_related_title_as_text_with_french_typography():
    related = article(2, title="<script>alert(1)</script> L'IA : oui & non")
    html = render_article_links(article(1), (), (related,))
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "L’IA\u00a0: oui &amp; non" in html
    assert "dossier-themes" not in html


def test_home_page_shows_figures_most_cited_themes_and_latest_articles():
    articles = [article(n, date=dt.date(2024, 1, 10 - n)) for n in range(1, 9)]
    synthesis = synthesis_of(articles, {PRO: articles[:5], CON: articles[:2]})
    themes = {a.source_name: (PRO,) for a in articles[:5]}
    page = render_home_page(articles, synthesis, themes, 12, pdf_uri=None)
    html = markdown.markdown(page, extensions=SITE_EXTENSIONS)
    assert '<a href="articles/index.md"><strong>8</strong> articles</a>' in html
    assert '<a href="./synthese.md"><strong>2</strong> thèmes abordés</a>' in html
    assert '<a href="./glossaire.md"><strong>12</strong> termes expliqués</a>' in html
    assert "Gain de temps</a> — 5 articles" in html and "Biais et discrimination</a> — 2 articles" in html
    assert html.count('href="articles/article-') == 6
    assert ".pdf" not in html
    with_pdf = markdown.markdown(
        render_home_page(articles, synthesis, themes, 12, pdf_uri="dossier.pdf"), extensions=SITE_EXTENSIONS
    )
    assert 'href="./dossier.pdf"' in with_pdf and "Télécharger le dossier (PDF)" in with_pdf


def test_theme_pages_list_every_article_of_the_theme_on_pages_of_fixed_size():
    articles = [article(n) for n in range(1, THEME_ARTICLES_PAGE_SIZE + 8)]
    synthesis = synthesis_of(articles, {PRO: articles, CON: []})
    pages = render_theme_pages(synthesis, articles)
    assert set(pages) == {theme_page_uri("efficacite"), theme_page_uri("efficacite", 2)}
    first = markdown.markdown(pages[theme_page_uri("efficacite")], extensions=SITE_EXTENSIONS)
    assert first.count('href="../articles/article-') == THEME_ARTICLES_PAGE_SIZE
    assert "Résumé \\<b\\>brut\\</b\\>" not in first and "&lt;b&gt;brut&lt;/b&gt;" in first
    assert 'href="efficacite/pages/2.md"' in first


def test_front_matter_gets_keys_added_and_read_back():
    page = front_matter({"title": "Titre « x »", "description": "d"}) + "\n\n# Titre\n"
    added = add_front_matter(page, {"card": "assets/cartes/x.png", "jsonld": {"headline": "</script>"}})
    assert front_matter_value(added, "title") == "Titre «\u00a0x\u00a0»"
    assert front_matter_value(added, "jsonld") == {"headline": "</script>"}
    assert front_matter_value(added, "absent") is None
    assert added.endswith("---\n\n# Titre\n")


def test_the_dossier_holds_every_section_escaped_with_a_linked_table_of_contents():
    articles = [article(n, date=dt.date(2024, 2, n)) for n in range(1, 4)]
    articles.append(article(4, title=HOSTILE, source="javascript:alert(1)"))
    synthesis = synthesis_of(articles, {PRO: articles[:2], CON: articles[3:]})
    glossary = Glossary((Term("Algorithme", "algorithme", "Suite <d’instructions>."),))
    html = dossier_html(articles, synthesis, glossary, site_name="Site", site_url="https://s/", stylesheet="")
    assert "<script>" not in html and "javascript:" not in html
    for anchor in ("chiffres", "synthese", "articles", "glossaire", "theme-efficacite", "article-article-4"):
        assert f'href="#{anchor}"' in html and f'id="{anchor}"' in html
    assert 'href="#article-1--p-000001"' in html and 'id="article-1--p-000001"' in html
    assert "Suite &lt;d’instructions&gt;." in html


def test_the_dossier_keeps_the_most_recent_articles_and_links_the_full_list():
    articles = [article(n) for n in range(PDF_MAX_ARTICLES + 5)]
    assert dossier_articles(articles) == articles[:PDF_MAX_ARTICLES]
    html = dossier_html(
        articles, synthesis_of(articles, {}), Glossary(()), site_name="S", site_url="https://s/", stylesheet=""
    )
    assert f"Les {PDF_MAX_ARTICLES} articles les plus récents" in html and 'href="https://s/articles/"' in html


def test_the_pages_of_one_list_share_the_card_of_its_title():
    """A long list's pages (« … — page 2 sur 5 ») show the list's card: drawn once for all."""
    from dossier_ia.publishing.sharing import card_uri, page_cards

    titles = {
        "articles/index.md": "Tous les articles",
        "articles/pages/2.md": "Tous les articles — page 2 sur 20",
        "synthese/biais/2.md": "Biais : citations, page 2 sur 24",
        "synthese/biais.md": "Biais : citations",
        "synthese/qui-dit-quoi/2.md": "Qui dit quoi (page 2 sur 20)",
        "synthese/qui-dit-quoi.md": "Qui dit quoi",
    }
    pages = {uri: front_matter({"title": title}) + f"# {title}\n" for uri, title in titles.items()}
    cards = page_cards(pages, [], "Site")
    by_uri = {uri: cards[card_uri(uri)] for uri in titles}
    assert by_uri["articles/pages/2.md"] == by_uri["articles/index.md"]
    assert by_uri["synthese/biais/2.md"] == by_uri["synthese/biais.md"]
    assert by_uri["synthese/qui-dit-quoi/2.md"] == by_uri["synthese/qui-dit-quoi.md"]
    assert by_uri["articles/index.md"].title == "Tous les articles"


def test_every_article_page_uri_gets_its_own_card_path():
    from dossier_ia.publishing.sharing import SITE_CARD, card_uri, page_cards

    pages = {
        article_uri(article(1)): front_matter({"title": "Un"}),
        "index.md": front_matter({"title": "Accueil"}),
        "synthese.md": front_matter({"title": "Synthèse"}),
    }
    cards = page_cards(pages, [article(1)], "Site")
    assert set(cards) == {SITE_CARD, card_uri("articles/article-1.md"), card_uri("synthese.md")}
    assert cards[card_uri("articles/article-1.md")].kicker == "Article"
    assert card_uri("index.md") == SITE_CARD


def test_lists_show_an_articles_first_themes_and_say_how_many_more():
    from dossier_ia.publishing.article_links import theme_labels

    themes = [Theme(f"t{n}", f"Thème {n}", Polarity.PRO, "R.", ("x",)) for n in range(5)]
    html = markdown.markdown(theme_labels(themes, "articles/index.md"), extensions=SITE_EXTENSIONS)
    assert html.count('class="theme-label"') == 3 and "et 2\u00a0autres" in html
    assert theme_labels(themes[:1], "articles/index.md").count("theme-label") == 1

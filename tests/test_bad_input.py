"""Bad input on the pure pipeline: every odd file gives a clear problem (file, line, what to do),
never a traceback, and every other article is still read. Odd files are made in temporary folders."""

from __future__ import annotations

import codecs
import json
import random
import time
from pathlib import Path

import markdown
import pytest

from dossier_ia.articles.render import render_article
from dossier_ia.glossary.terms import parse_glossary
from dossier_ia.reading.collection import SeedsDirError, load_collection, resolve_seeds_dir
from dossier_ia.reading.metadata import load_metadata
from dossier_ia.reading.model import BlockKind
from dossier_ia.reading.reader import EmptyArticle, read_article
from dossier_ia.reading.source import UnreadableSource
from dossier_ia.synthesis.themes import parse_taxonomy
from markdown_helpers import SITE_EXTENSIONS

GOOD_ARTICLE = (
    "Le marketing et l’IA\n\n"
    "L’intelligence artificielle aide les équipes marketing. Elle analyse les données des clients.\n\n"
    "Les avantages\n\n• Un gain de temps : les tâches répétitives sont automatisées.\n"
)


def body_text(article) -> str:
    return "\n".join(block.full_text for block in article.blocks)


def folder(tmp_path: Path, files: dict[str, bytes | str]) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, content in files.items():
        (seeds / name).write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return seeds


def problems_of(collection, name: str) -> list[str]:
    return [str(problem) for problem in collection.problems if Path(problem.file).name == name]


# --- empty and near-empty files -------------------------------------------------------------

@pytest.mark.parametrize("raw", [b"", b"   \n\t\n  \r\n", codecs.BOM_UTF8, b"\n" * 1000])
def test_empty_or_whitespace_file_is_skipped_with_a_reason(tmp_path, raw):
    seeds = folder(tmp_path, {"vide.txt": raw, "bon.txt": GOOD_ARTICLE})
    collection = load_collection(seeds)
    assert [article.source_name for article in collection.articles] == ["bon.txt"]
    [problem] = problems_of(collection, "vide.txt")
    assert "vide.txt" in problem and "l’article est vide" in problem and "article ignoré" in problem


def test_title_only_file_is_published_and_reported_on_its_line():
    article = read_article("titre.txt", "\n\nUn titre tout seul\n".encode())
    assert article.title == "Un titre tout seul" and article.blocks == ()
    [issue] = article.issues
    assert issue.line == 3 and "complétez-le" in issue.message


# --- encodings, line endings, odd bytes ----------------------------------------------------

def test_windows_1252_text_is_decoded_with_its_accents_and_a_warning():
    text = "Les données clés de l’été\nLe cœur du marché évolue. « Très » vite… Voilà.\n"
    article = read_article("ancien.txt", text.encode("cp1252"))
    assert article.title == "Les données clés de l’été"
    assert "Le cœur du marché évolue. « Très » vite… Voilà." in body_text(article)
    [issue] = article.issues
    assert (
        issue.line == 1
        and "UTF-8" in issue.message
        and "Windows-1252" in issue.message
        and "réenregistrez" in issue.message
    )


@pytest.mark.parametrize("wrong_charset", ["cp1252", "cp1250"])
def test_accents_decoded_twice_are_repaired_with_a_warning_and_nothing_else_changes(wrong_charset):
    """A page copied from a site that served UTF-8 as Windows-1252 or 1250 (« Ã© », « Ă© » for « é »)."""
    garbled = "Un été de données clés\n".encode().decode(wrong_charset)
    # a line may mix them with letters decoded right (« problème »)
    mixed = "Le problème " + "des données inventées.".encode().decode(wrong_charset)
    article = read_article(
        "double.txt", f"Les « bons » réflexes de l’IA\n{garbled}Une phrase sans accent.\n{mixed}\n".encode()
    )
    assert article.title == "Les « bons » réflexes de l’IA"
    body = body_text(article)
    assert "Un été de données clés" in body and "Une phrase sans accent." in body
    assert "Le problème des données inventées." in body
    [issue] = article.issues
    assert issue.line == 2 and "réparés" in issue.message and "UTF-8" in issue.message


def test_a_closing_guillemet_decoded_twice_alone_in_a_line_is_repaired():
    """Only the mark was decoded twice (« Â» »), the accents of the line are right."""
    garbled = "»".encode().decode("cp1252")
    text = f"Les assistants vocaux\n\nLe client entend une voix « chaleureuse {garbled} et répond sans hésiter.\n"
    article = read_article("guillemet.txt", text.encode())
    assert "Le client entend une voix « chaleureuse » et répond sans hésiter." in body_text(article)
    # the notice shows what the file has and what it is read as, not accents it does not have
    [issue] = article.issues
    assert garbled in issue.message and "Ã©" not in issue.message and issue.line == 3


def test_a_text_without_such_letters_is_read_as_written():
    text = "Le café de São Paulo\nÀ 9 € le kilo, l’été. Ça coûte « cher » !\n"
    article = read_article("juste.txt", text.encode())
    assert article.title == "Le café de São Paulo" and not article.issues
    assert "À 9 € le kilo, l’été. Ça coûte « cher » !" in body_text(article)


def test_latin_1_error_points_to_the_first_bad_line():
    article = read_article(
        "latin1.txt", "Un titre simple\nUne ligne en ASCII.\nUne ligne accentuée, déjà.\n".encode("latin-1")
    )
    assert "Une ligne accentuée, déjà." in body_text(article)
    assert [issue.line for issue in article.issues] == [3]


def test_bom_is_dropped_silently():
    article = read_article("bom.txt", codecs.BOM_UTF8 + GOOD_ARTICLE.encode())
    assert article.title == "Le marketing et l’IA" and not article.issues


@pytest.mark.parametrize("ending", ["\r\n", "\r"])
def test_crlf_and_cr_endings_read_like_lf(ending):
    reference = read_article("lf.txt", GOOD_ARTICLE.encode())
    article = read_article("fin.txt", GOOD_ARTICLE.replace("\n", ending).encode())
    assert article.title == reference.title and article.blocks == reference.blocks and not article.issues


def test_nul_bytes_are_removed_and_reported_on_their_line():
    article = read_article("nul.txt", GOOD_ARTICLE.replace("aide les", "aide\x00 les\x00").encode())
    assert "L’intelligence artificielle aide les équipes marketing." in body_text(article)
    assert "\x00" not in body_text(article)
    [issue] = article.issues
    assert issue.line == 3 and "NUL" in issue.message


@pytest.mark.parametrize("raw", [
    b"\x89PNG\r\n\x1a\n" + random.Random(1).randbytes(4000),
    b"%PDF-1.4\n" + bytes(range(256)) * 8,
    GOOD_ARTICLE.encode("utf-16"),
], ids=["png", "pdf", "utf-16"])
def test_binary_file_named_txt_is_skipped_with_a_reason(tmp_path, raw):
    seeds = folder(tmp_path, {"image.txt": raw, "bon.txt": GOOD_ARTICLE})
    collection = load_collection(seeds)
    assert [article.source_name for article in collection.articles] == ["bon.txt"]
    [problem] = problems_of(collection, "image.txt")
    assert "données binaires" in problem and "réenregistrez-le en UTF-8 ou retirez-le" in problem
    with pytest.raises(UnreadableSource):
        read_article("image.txt", raw)


# --- size ----------------------------------------------------------------------------------

def test_a_5_mb_article_is_read_whole_in_linear_time():
    words = "le marketing évolue vite avec les données clients et l’IA générative qui transforme".split()
    rng = random.Random(0)
    lines, size = ["Un très long article"], 0
    while size < 5_000_000:
        lines.append(" ".join(rng.choices(words, k=rng.randint(20, 300))).capitalize() + f" {len(lines)}.")
        size += len(lines[-1])
    start = time.perf_counter()
    article = read_article("long.txt", "\n".join(lines).encode())
    assert time.perf_counter() - start < 10
    assert len(article.blocks) == len(lines) - 1
    assert article.blocks[-1].text == lines[-1]


def test_a_single_100000_character_line_keeps_short_title_and_slug():
    line = " ".join(f"mot{index}" for index in range(20_000))[:100_000]
    article = read_article("ligne.txt", line.encode())
    assert len(article.title) <= 90 and len(article.slug) <= 60
    assert [block.text for block in article.blocks] == [line]
    assert len(read_article("x.txt", b"x" * 100_000).slug) <= 61


def test_10000_one_word_lines_are_all_kept():
    words = [f"mot{index}" for index in range(10_000)]
    start = time.perf_counter()
    article = read_article("mots.txt", ("Une liste de mots\n" + "\n".join(words)).encode())
    assert time.perf_counter() - start < 5
    assert body_text(article).split()[-len(words):] == words


# --- duplicates and file names ---------------------------------------------------------------

def test_same_title_keeps_both_articles_with_distinct_urls_and_a_warning(tmp_path):
    seeds = folder(tmp_path, {"a.txt": GOOD_ARTICLE, "b.txt": GOOD_ARTICLE})
    collection = load_collection(seeds)
    assert sorted(article.title for article in collection.articles) == [
        "Le marketing et l’IA",
        "Le marketing et l’IA (2)",
    ]
    assert len({article.slug for article in collection.articles}) == 2
    [title_problem, slug_problem] = problems_of(collection, "b.txt")
    assert "même titre que a.txt" in title_problem and "metadata.yml" in title_problem
    assert "déjà prise" in slug_problem and "metadata.yml" in slug_problem


def test_same_derived_slug_gets_a_number_and_a_warning(tmp_path):
    seeds = folder(tmp_path, {
        "a.txt": "Été 2024\n\nUn premier texte sur l’été.\n",
        "b.txt": "ÉTÉ : 2024 !\n\nUn second texte sur l’été.\n",
        "c.txt": "Index\n\nUne page qui voudrait l’adresse de la liste.\n",
    })
    collection = load_collection(seeds)
    slugs = {article.source_name: article.slug for article in collection.articles}
    assert len(collection.articles) == 3 and len(set(slugs.values())) == 3
    assert slugs["c.txt"] != "index"
    assert any("articles/ete-2024/" in problem for problem in problems_of(collection, "b.txt"))


def test_odd_file_names_are_all_published_at_distinct_ascii_urls(tmp_path):
    names = ["Mon article.txt", "Été à Paris.txt", "MAJUSCULES.TXT", "article.txt", "Article.txt", "  espaces  .txt"]
    seeds = folder(
        tmp_path, {name: f"Texte sans titre numéro {index}, écrit à la main." for index, name in enumerate(names)}
    )
    collection = load_collection(seeds)
    assert sorted(article.source_name for article in collection.articles) == sorted(names)
    slugs = [article.slug for article in collection.articles]
    assert len(set(slugs)) == len(slugs) and all(slug.isascii() and " " not in slug for slug in slugs)


# --- text that looks like markup --------------------------------------------------------------

MARKUP_LINES = [
    "<b>gras</b> et <img src=x onerror=alert(1)>",
    "<script>alert('xss')</script>",
    "# Pas un titre Markdown",
    "* pas une liste *ni de l’italique*",
    "> pas une citation",
    "| a | b |",
    "|---|---|",
    "---",
    "title: pas du front matter",
    "[cliquez](javascript:alert(1)) et <https://exemple.com> et ![img](x.png)",
    "{{ config }} {% raw %} {# commentaire #}",
    "!!! note \"Pas une admonition\"",
    "==pas surligné== ~~pas barré~~ :smile: ++ctrl++ ^^sup^^",
    "Terme",
    ":   pas une définition",
    "*[HTML]: pas une abréviation",
    "    du code indenté",
    "```python",
    "&amp; &lt; &#x41; \\* \\\\",
]


def test_markup_in_the_text_is_shown_literally_and_never_executed():
    raw = ("Un article piégé\n\n" + "\n".join(MARKUP_LINES) + "\n\nFin de l’article.").encode()
    article = read_article("piege.txt", raw)
    html = markdown.markdown(render_article(article).split("---\n", 2)[2], extensions=SITE_EXTENSIONS)
    lowered = html.lower()
    assert "<script" not in lowered and "javascript:" not in lowered.replace("javascript:alert", "")  # only as text
    assert (
        'href="javascript' not in lowered
        and "<img" not in lowered
        and "onerror=" not in lowered.replace("onerror=alert", "")
    )
    for tag in (
        "<table",
        "<blockquote",
        "<mark",
        "<del",
        "<code",
        "<pre",
        "<dl",
        "<abbr",
        "<hr",
        "<em",
        "<h1 ",
        'class="admonition',
    ):
        assert tag not in html.replace("<h1 id=", "<h1id="), tag
    assert "&lt;script&gt;alert('xss')&lt;/script&gt;" in html
    assert "{{ config }} {% raw %} {# commentaire #}" in html
    assert "[cliquez](javascript:alert(1))" in html
    # French typography: the space the author typed before a colon becomes a no-break space.
    assert "==pas surligné== ~~pas barré~~&nbsp;:smile:" in html


# --- the editor's data files ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected_line", "expected"),
    [
        ("a.txt:\n  title: [pas fermé\n", 2, "« ] » manquant"),
        ("a.txt:\n\ttitle: tabulation\n", 2, "tabulation : indentez avec des espaces"),
        ("- une\n- liste\n", 1, "doit associer des noms de fichiers"),
        ("inconnu.txt:\n  title: X\n", 1, "« inconnu.txt » ne correspond à aucun article"),
        ("a.txt: juste un titre\n", 1, "attendu des champs"),
        ("a.txt:\n  titre: X\n", 1, "champ inconnu titre"),
        ("\na.txt:\n  date: 2024-13-45\n", 2, "date « 2024-13-45 » non reconnue"),
        ("a.txt:\n  date: hier\n", 1, "date « hier » non reconnue"),
        ("a.txt:\n  title: X\na.txt:\n  title: Y\n", 1, "apparaît plusieurs fois"),
        ("123:\n  title: X\n", 1, "« 123 » ne correspond à aucun article"),
    ],
    ids=[
        "yaml",
        "tab",
        "list",
        "unknown-file",
        "not-a-mapping",
        "unknown-field",
        "impossible-date",
        "bad-date",
        "twice",
        "number",
    ],
)
def test_metadata_mistake_is_reported_on_its_entry_and_line(tmp_path, text, expected_line, expected):
    seeds = folder(tmp_path, {"a.txt": GOOD_ARTICLE, "metadata.yml": text})
    _, problems = load_metadata(seeds, {"a.txt"})
    # (Messages put no-break spaces where French typography wants them.)
    assert any(
        expected in problem.message.replace("\u00a0", " ") and problem.line == expected_line for problem in problems
    ), problems
    collection = load_collection(seeds)
    assert [article.source_name for article in collection.articles] == ["a.txt"]
    assert any(
        problem.file == str(seeds / "metadata.yml") and problem.line == expected_line for problem in collection.problems
    )


def test_metadata_not_in_utf8_is_reported_not_raised(tmp_path):
    seeds = folder(tmp_path, {"a.txt": GOOD_ARTICLE, "metadata.yml": "a.txt:\n  title: Été\n".encode("cp1252")})
    _, [problem] = load_metadata(seeds, {"a.txt"})
    assert "fichier illisible" in problem.message and "n’est pas en UTF-8" in problem.message


@pytest.mark.parametrize(
    ("parse", "text", "expected"),
    [
        (
            parse_taxonomy,
            "themes:\n  - id: cout\n    title: Coût\n",
            "thème « cout » ignoré : champs manquants ou vides : polarity, summary, cues",
        ),
        (parse_taxonomy, "themes: [\n", "YAML invalide"),
        (parse_taxonomy, "themes:\n  - 42\n", "thème n° 1 ignoré"),
        (
            parse_glossary,
            "terms:\n  - term: SEO\n",
            "terme « SEO » ignoré : champ manquant ou vide (du texte est attendu) : definition",
        ),
        (parse_glossary, "terms: [\n", "YAML invalide"),
        (parse_glossary, "terms:\n  - 42\n", "terme n° 1 ignoré"),
    ],
    ids=[
        "theme-missing-fields",
        "theme-yaml",
        "theme-not-a-mapping",
        "term-missing-fields",
        "term-yaml",
        "term-not-a-mapping",
    ],
)
def test_theme_and_glossary_mistakes_are_reported_not_raised(parse, text, expected):
    _, problems = parse(text, "fichier.yml")
    assert any(
        expected in problem.message.replace("\u00a0", " ") and problem.file == "fichier.yml" for problem in problems
    ), problems


# --- the article folder itself ----------------------------------------------------------------

def test_seeds_dir_missing_empty_or_a_file_is_a_clear_error(tmp_path):
    (tmp_path / "vide").mkdir()
    (tmp_path / "fichier.txt").write_text("x")
    cases = {"absent": "introuvable", "vide": "aucun article", "fichier.txt": "est un fichier, pas un dossier"}
    for name, expected in cases.items():
        with pytest.raises(SeedsDirError, match=expected) as error:
            resolve_seeds_dir(tmp_path, {"SEEDS_DIR": str(tmp_path / name)})
        assert f"SEEDS_DIR={tmp_path / name}" in str(error.value)


def test_reading_never_modifies_the_input_files(tmp_path):
    files = {
        "a.txt": GOOD_ARTICLE.encode("cp1252", errors="replace"),
        "b.txt": b"",
        "c.txt": GOOD_ARTICLE.replace("\n", "\r\n"),
        "metadata.yml": "zzz.txt: {}\n",
    }
    seeds = folder(tmp_path, files)
    before = {path.name: (path.read_bytes(), path.stat().st_mtime_ns) for path in seeds.iterdir()}
    load_collection(seeds)
    assert {path.name: (path.read_bytes(), path.stat().st_mtime_ns) for path in seeds.iterdir()} == before


def test_empty_article_error_is_an_unreadable_source():
    with pytest.raises(EmptyArticle):
        read_article("vide.txt", b" \n ")
    assert BlockKind.PARAGRAPH  # the model is importable without MkDocs


# --- rebuilds (mkdocs serve) ----------------------------------------------------------------

def test_a_rebuild_rereads_and_rerenders_only_what_an_edit_changed(tmp_path, monkeypatch):
    import site_pages
    from conftest import ROOT
    from dossier_ia.articles import pages as article_pages
    from dossier_ia.reading import collection as article_collection
    from dossier_ia.settings import Settings
    from dossier_ia.synthesis import analysis as synthesis_analysis

    seeds = folder(
        tmp_path,
        {
            f"article-{number:02d}.txt": f"Article numéro {number}\n\nUn texte court, le numéro {number}.\n"
            for number in range(20)
        },
    )
    settings = Settings(seeds, ROOT / "docs" / "_data")
    first = site_pages.build_site(settings)
    calls = {"read": 0, "render": 0}
    real_read, real_render = article_collection.read_article, article_pages.render_article

    def counted_read(*args, **kwargs):
        calls["read"] += 1
        return real_read(*args, **kwargs)

    def counted_render(*args, **kwargs):
        calls["render"] += 1
        return real_render(*args, **kwargs)

    def counted_claims(*args, **kwargs):
        calls["analyse"] += 1
        return real_claims(*args, **kwargs)

    calls["analyse"] = 0
    real_claims = synthesis_analysis.article_claims
    monkeypatch.setattr(article_collection, "read_article", counted_read)
    monkeypatch.setattr(article_pages, "render_article", counted_render)
    monkeypatch.setattr(synthesis_analysis, "article_claims", counted_claims)
    unchanged = site_pages.build_site(settings)
    assert unchanged.files == first.files and unchanged.advice == first.advice
    assert calls == {"read": 0, "render": 0, "analyse": 0} and unchanged.new_advice == ()
    edited = seeds / "article-07.txt"
    edited.write_text(
        edited.read_text(encoding="utf-8")
        + "Une phrase ajoutée. Ses serveurs dévorent l’électricité, un inconvénient majeur.\n",
        encoding="utf-8",
    )
    second = site_pages.build_site(settings)
    assert calls["read"] == 1 and calls["analyse"] == 1 and calls["render"] <= 3  # and, at most, its two neighbours
    assert "Une phrase ajoutée" in second.files["articles/article-numero-7.md"]
    # The other articles' finished pages (front matter and card added) are the previous build's
    # texts themselves: the engine's wiring knows them unchanged without comparing them.
    article_pages_kept = [
        uri for uri, content in second.files.items()
        if uri.startswith("articles/article-numero-") and content is unchanged.files[uri]
    ]
    assert len(article_pages_kept) >= 17
    # Only the advice the edit brought is told again.
    [new] = second.new_advice
    assert Path(new.file).name == "article-07.txt" and "inconvénient majeur" in new.message


def test_a_rebuild_keeps_the_pages_over_the_whole_collection_that_an_edit_does_not_touch(tmp_path, monkeypatch):
    """The synthesis pages read only the paragraphs they quote: an edit elsewhere keeps them as
    they were (not made again); an edit of a quoted sentence makes them again."""
    import shutil

    import site_pages
    from conftest import ROOT
    from dossier_ia.settings import SYNTHESIS_PAGE, Settings
    from dossier_ia.synthesis.data import SYNTHESIS_JSON

    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    settings = Settings(seeds, ROOT / "docs" / "_data")
    first = site_pages.build_site(settings).files
    renders = []
    real_render = site_pages.render_synthesis_page

    def counted_render(*args, **kwargs):
        renders.append(1)
        return real_render(*args, **kwargs)

    monkeypatch.setattr(site_pages, "render_synthesis_page", counted_render)
    quote = json.loads(first[SYNTHESIS_JSON])["themes"][0]["quotes"][0]
    edited = seeds / quote["article"]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nUne phrase neutre de plus.\n", encoding="utf-8")
    second = site_pages.build_site(settings).files
    assert renders == [] and second[SYNTHESIS_PAGE] == first[SYNTHESIS_PAGE]
    assert any("Une phrase neutre de plus" in content for uri, content in second.items() if uri.startswith("articles/"))
    text = edited.read_text(encoding="utf-8")
    assert quote["text"] in text
    edited.write_text(text.replace(quote["text"], quote["text"][:-1] + " (phrase retouchée)."), encoding="utf-8")
    third = site_pages.build_site(settings).files
    assert renders == [1] and "phrase retouchée" in third[SYNTHESIS_JSON].decode()


@pytest.mark.parametrize(
    ("parse", "text"),
    [(parse_taxonomy, "themes:\n  - id: 2024-13-45\n"), (parse_glossary, "terms:\n  - term: 2024-13-45\n")],
)
def test_an_impossible_date_in_editor_data_is_a_problem_not_a_traceback(parse, text):
    _, problems = parse(text, "données.yml")
    assert len(problems) == 1 and problems[0].line == 2 and "2024-13-45" in problems[0].message


def test_a_one_off_build_keeps_nothing_for_a_next_build(monkeypatch):
    from dossier_ia.cache import RebuildMemo

    monkeypatch.setattr(RebuildMemo, "keep_between_builds", False)
    memo: RebuildMemo[int] = RebuildMemo()
    assert memo.get("article", lambda: 1) == 1
    memo.end_build()
    assert memo.get("article", lambda: 2) == 2

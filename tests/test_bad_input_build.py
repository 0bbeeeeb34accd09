"""Bad input through a real ``mkdocs build``: one warning per bad file naming it, every other
article built, no traceback, no input file touched; under ``--strict`` (CI) the build fails."""

from __future__ import annotations

import json
import logging
import re
import xml.etree.ElementTree as ElementTree
from html import unescape
from pathlib import Path

import feedparser
import pytest
from mkdocs.exceptions import Abort

from conftest import ROOT, build_in_process, build_site
from html_helpers import article_text

pytestmark = pytest.mark.build

GOOD = "Le marketing et l’IA\n\nL’intelligence artificielle aide les équipes marketing. Elle analyse les données.\n"
BAD_FILES: dict[str, bytes] = {
    "vide.txt": b"",
    "blancs.txt": b"  \n\t\n",
    "titre seul.txt": "Un titre tout seul\n".encode(),
    "Été ancien.txt": "Les données de l’été\nLe cœur du marché évolue vite.\n".encode("cp1252"),
    "nul.txt": "Un texte abîmé\nIl contient un\x00 octet nul.\n".encode(),
    "image.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16,
    "doublon.txt": GOOD.encode(),
}
GOOD_FILES: dict[str, bytes] = {
    "bon.txt": GOOD.encode(),
    "Fin de ligne Windows.TXT": (
        "Un article Windows\r\n\r\nÉcrit sous Windows, avec des accents : é, è, à.\r\n".encode()
    ),
    "piège.txt": (
        "Un article piégé\n\n<script>alert('xss')</script> et [lien](javascript:alert(1)).\n\n"
        "{{ config.site_name }} {% raw %} !!! note ==marque== :smile:\n\n| a | b |\n|---|---|\n"
    ).encode(),
}
# The warning each bad file must produce, with the line where one applies.
EXPECTED_WARNINGS = {
    "vide.txt": r"vide\.txt\s: l’article est vide",
    "blancs.txt": r"blancs\.txt\s: l’article est vide",
    "titre seul.txt": r"titre seul\.txt:1\s: l’article n’a qu’un titre",
    "Été ancien.txt": r"Été ancien\.txt:1\s: le fichier n’est pas en UTF-8",
    "nul.txt": r"nul\.txt:2\s: caractères NUL supprimés",
    "image.txt": r"image\.txt\s: le fichier ressemble à des données binaires",
    "doublon.txt": r"doublon\.txt\s: même titre que bon\.txt",
    "metadata.yml": r"metadata\.yml:1\s: «\sabsent\.txt\s» ne correspond à aucun article",
}


class _Records(logging.Handler):
    """The warnings MkDocs' loggers receive during an in-process build."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@pytest.fixture(scope="module")
def bad_seeds(tmp_path_factory) -> Path:
    seeds = tmp_path_factory.mktemp("mauvais") / "seeds"
    seeds.mkdir()
    for name, content in {**BAD_FILES, **GOOD_FILES}.items():
        (seeds / name).write_bytes(content)
    (seeds / "metadata.yml").write_text("absent.txt:\n  title: Un article qui n’existe pas\n", encoding="utf-8")
    return seeds


@pytest.fixture(scope="module")
def lenient_build(bad_seeds, tmp_path_factory):
    before = snapshot(bad_seeds)
    site = tmp_path_factory.mktemp("site")
    records = _Records()
    logging.getLogger("mkdocs").addHandler(records)
    try:
        build_in_process(site, bad_seeds)
    finally:
        logging.getLogger("mkdocs").removeHandler(records)
    assert snapshot(bad_seeds) == before, "la construction a modifié un fichier d’entrée"
    return site, records.messages


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {path.name: (path.read_bytes(), path.stat().st_mtime_ns) for path in folder.iterdir()}


def published_entries(site: Path) -> dict[str, dict]:
    """The entries of the site's ``api/articles.json``, by article file name."""
    data = json.loads((site / "api" / "articles.json").read_text(encoding="utf-8"))
    return {entry["file"]: entry for entry in data["articles"]}


def article_html(site: Path, file_name: str) -> str:
    """The page built from the article file ``file_name``."""
    return (site / published_entries(site)[file_name]["url"] / "index.html").read_text(encoding="utf-8")


def test_normal_build_warns_once_per_bad_file_and_builds_the_others(lenient_build):
    site, warnings = lenient_build
    for name, pattern in EXPECTED_WARNINGS.items():
        matching = [line for line in warnings if re.search(pattern, line)]
        assert len(matching) == 1, f"{name}: {matching or warnings}"
    entries = published_entries(site)
    published = set(BAD_FILES) - {"vide.txt", "blancs.txt", "image.txt"} | set(GOOD_FILES)
    assert set(entries) == published
    assert len({entry["url"] for entry in entries.values()}) == len(entries)
    for entry in entries.values():
        assert (site / entry["url"] / "index.html").is_file()
    assert "Le cœur du marché évolue vite." in article_text(article_html(site, "Été ancien.txt"))


def test_markup_in_an_article_is_shown_as_text(lenient_build):
    site, _ = lenient_build
    html = article_html(site, "piège.txt")
    content = html[html.index("<article"): html.index("</article>")]
    assert "<script" not in content and 'href="javascript' not in content and "<table" not in content
    text = article_text(html)
    assert "<script>alert('xss')</script> et [lien](javascript:alert(1))." in text
    assert "{{ config.site_name }} {% raw %} !!! note ==marque== :smile:" in text


def test_markup_in_an_article_stays_data_in_its_structured_data_and_the_feeds(lenient_build):
    site, _ = lenient_build
    html = article_html(site, "piège.txt")
    head = html[: html.index("</head>")]
    [data] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', head, re.DOTALL)
    assert "<" not in data
    assert json.loads(data)["description"].startswith("<script>alert('xss')</script> et [lien](javascript:alert(1)).")
    assert head.count("<script") == head.count("</script>")
    xml = (site / "flux.xml").read_text(encoding="utf-8")
    assert not feedparser.parse(xml).bozo
    assert "<script>" not in xml
    # A feed reader shows a description as HTML: its text, once read from the XML, is escaped HTML.
    descriptions = [item.findtext("description") or "" for item in ElementTree.fromstring(xml.encode()).iter("item")]
    assert any("<" not in text and unescape(text).startswith("<script>alert('xss')</script>") for text in descriptions)
    summaries = [item["summary"] for item in json.loads((site / "flux.json").read_text(encoding="utf-8"))["items"]]
    assert any(summary.startswith("<script>alert('xss')</script> et [lien]") for summary in summaries)


def test_strict_build_fails_on_the_same_warnings(bad_seeds, tmp_path, caplog):
    with pytest.raises(Abort, match=r"Aborted with \d+ warnings in strict mode"):
        build_in_process(tmp_path / "site", bad_seeds, strict=True)
    assert any(re.search(EXPECTED_WARNINGS["image.txt"], record.getMessage()) for record in caplog.records)


@pytest.mark.parametrize(("make", "expected"), [
    (lambda path: path, "dossier des articles introuvable"),
    (lambda path: path.mkdir() or path, "aucun article"),
    (lambda path: (path.write_text("x"), path)[1], "est un fichier, pas un dossier"),
], ids=["missing", "empty", "file"])
def test_unusable_seeds_dir_stops_the_build_with_a_clear_error(tmp_path, make, expected):
    seeds = make(tmp_path / "articles")
    result = build_site(tmp_path / "site", seeds, strict=False)
    assert result.returncode != 0
    assert expected in result.stderr and f"SEEDS_DIR={seeds}" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_page_the_navigation_names_and_nobody_makes_is_a_warning_naming_it(tmp_path, caplog):
    """``mkdocs build`` stands a placeholder for each page of the navigation it does not find in
    docs/, since the pipeline makes them later: one that the pipeline does not make either is
    reported, with what to fix, as MkDocs would report it."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(config_file=str(ROOT / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    config.nav.append({"Perdue": "perdue.md"})
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    warnings = [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]
    assert [message for message in warnings if "perdue.md" in message] == [
        "mkdocs.yml : la navigation nomme « perdue.md », que ni docs/ ni le pipeline ne contiennent"
    ]

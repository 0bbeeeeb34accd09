"""The labels of real web pages kept without their text (``tests/scripts/real_page_labels.py``):
they come back from the pages saved again, and they name known polarities and themes."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from dossier_ia.synthesis.themes import load_taxonomy
from real_page_labels import STORE, digest, pack, restore

ROOT = Path(__file__).resolve().parent.parent
WRITTEN = ROOT / "tests" / "data" / "written"
PAGES = ("01", "02", "11")


def _labels(folder: Path, page_id: str) -> list[dict]:
    return yaml.safe_load((folder / "labels" / f"{page_id}.yml").read_text(encoding="utf-8"))["claims"]


def _local_folder(tmp_path: Path) -> Path:
    """A local folder as a session keeps one, made of the project's own written articles."""
    folder = tmp_path / "labelled"
    (folder / "pages").mkdir(parents=True)
    shutil.copytree(WRITTEN / "labels", folder / "labels")
    for page_id in PAGES:
        shutil.copy(WRITTEN / "pages" / f"{page_id}.txt", folder / "pages")
    pages = [{"id": page_id, "split": "written", "url": f"https://example.org/{page_id}"} for page_id in PAGES]
    (folder / "index.yml").write_text(yaml.safe_dump({"pages": pages}), encoding="utf-8")
    return folder


def test_labels_come_back_from_the_pages_saved_again_even_shifted_or_with_other_spaces(tmp_path, capsys):
    store = tmp_path / "store"
    pack(_local_folder(tmp_path), store)
    kept = (store / "labels.yml").read_text(encoding="utf-8") + (store / "index.yml").read_text(encoding="utf-8")
    sentences = [claim["sentence"] for page_id in PAGES for claim in _labels(WRITTEN, page_id)]
    assert sentences and not any(sentence[:30] in kept for sentence in sentences)  # no text of the pages is kept
    again = tmp_path / "again"
    (again / "pages").mkdir(parents=True)
    shutil.copy(WRITTEN / "pages" / "01.txt", again / "pages")
    # Saved again: a line more at the top, no-break spaces where there were spaces.
    text = (WRITTEN / "pages" / "02.txt").read_text(encoding="utf-8")
    (again / "pages" / "02.txt").write_text("Menu\n" + text.replace(" :", "\u00a0:"), encoding="utf-8")
    restore(again, store)
    assert _labels(again, "01") == _labels(WRITTEN, "01")
    shifted = _labels(again, "02")
    assert [(claim["line"], " ".join(claim["sentence"].replace("\u00a0", " ").split())) for claim in shifted] == [
        (claim["line"] + 1, " ".join(claim["sentence"].split())) for claim in _labels(WRITTEN, "02")
    ]
    index = yaml.safe_load((again / "index.yml").read_text(encoding="utf-8"))
    assert [page["id"] for page in index["pages"]] == ["01", "02"]
    report = capsys.readouterr().out
    assert "2 pages restored, 0 sentences not found, 1 pages whose text changed" in report
    assert "missing: 11 https://example.org/11" in report


def test_the_stored_labels_name_known_polarities_and_themes_and_each_page_once():
    taxonomy, _ = load_taxonomy(ROOT / "docs" / "_data" / "themes.yml")
    index = yaml.safe_load((STORE / "index.yml").read_text(encoding="utf-8"))
    labels = yaml.safe_load((STORE / "labels.yml").read_text(encoding="utf-8"))
    ids = [page["id"] for page in index["pages"]]
    assert len(set(ids)) == len(ids) == len(labels)
    assert len({page["url"] for page in index["pages"]}) == len(ids)
    for page_id, claims in labels.items():
        assert page_id in ids
        for line, start, length, sentence_digest, polarity, theme in claims:
            assert line >= 1 and start >= 0 and length > 0 and len(sentence_digest) == len(digest(""))
            assert polarity in ("advantage", "drawback")
            assert theme.startswith("new:") or theme in taxonomy.by_id, theme

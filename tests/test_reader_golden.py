"""Golden cases of the reader: ``tests/golden/reader/<case>.txt`` is a pasted page written for the
test, ``<case>.md`` the article page's Markdown expected from it, followed by the lines left out
and what each was read as (a comment, as the editor is told). A failure shows the diff; after a
deliberate change, ``pytest tests/test_reader_golden.py --update-golden`` rewrites the expected
files, to be reviewed like code. A new case is a new ``.txt`` file (its ``.md`` is written by
``--update-golden``)."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from dossier_ia.articles.render import render_article
from dossier_ia.reading.reader import read_article

GOLDEN_DIR = Path(__file__).resolve().parent / "golden" / "reader"
CASES = sorted(GOLDEN_DIR.glob("*.txt"))


def expected_markdown(case: Path) -> str:
    """The article page, then every left-out line with its number and what it was read as."""
    article = read_article(case.name, case.read_bytes())
    left_out = [f"ligne {notice.line} : {notice.message.split(' ; ')[0]}" for notice in article.left_out]
    return render_article(article) + ("\n<!-- lignes écartées\n" + "\n".join(left_out) + "\n-->\n" if left_out else "")


@pytest.mark.parametrize("case", CASES, ids=[case.stem for case in CASES])
def test_reader_golden_case(case: Path, update_golden: bool) -> None:
    actual = expected_markdown(case)
    expected_file = case.with_suffix(".md")
    if update_golden or not expected_file.exists():
        expected_file.write_text(actual, encoding="utf-8")
        if not update_golden:
            pytest.fail(f"{expected_file.name} n’existait pas : il vient d’être écrit, relisez-le puis relancez")
        return
    expected = expected_file.read_text(encoding="utf-8")
    diff = "".join(
        difflib.unified_diff(
            expected.splitlines(True), actual.splitlines(True), f"{expected_file.name} (attendu)", "obtenu"
        )
    )
    assert actual == expected, f"\n{diff}"


def test_every_golden_case_has_its_expected_markdown() -> None:
    assert len(CASES) >= 10
    assert sorted(path.stem for path in GOLDEN_DIR.glob("*.md")) == [case.stem for case in CASES]

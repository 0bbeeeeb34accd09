"""``mkdocs serve --dirty`` as the editor runs it: the served page shows an edit after the rebuild
(with no Content-Security-Policy, which would block the live reload),
the rebuild does not repeat the advice already given, and stopping the server (Ctrl+C) leaves
nothing behind, in the project or in the temporary folder."""

from __future__ import annotations

import json
import shutil
import urllib.request
from pathlib import Path

from conftest import ROOT
from mkdocs_serve import BUILT, mkdocs_serve

TIMEOUT = 120


def test_serve_dirty_shows_an_edit_without_repeating_advice_and_cleans_up(tmp_path):
    seeds, temporary = tmp_path / "seeds", tmp_path / "tmp"
    shutil.copytree(ROOT / "seeds", seeds)
    temporary.mkdir()
    docs_before = _snapshot(ROOT / "docs")
    with mkdocs_serve(["--dirty"], {"SEEDS_DIR": str(seeds), "TMPDIR": str(temporary)}, TIMEOUT) as server:
        first_build = server.until("Serving on", TIMEOUT)
        assert any("[conseil]" in line for line in first_build)
        edited = json.loads(_get(server.url + "api/articles.json"))["articles"][0]
        with (seeds / edited["file"]).open("a", encoding="utf-8") as file:
            file.write("\nUne phrase ajoutée pendant le test de mkdocs serve.\n")
        rebuild = server.until(BUILT, TIMEOUT)
        served = _get(server.url + edited["url"])
        assert "Une phrase ajoutée pendant le test de mkdocs serve." in served
        assert "Content-Security-Policy" not in served, "la politique du site publié bloquerait le rechargement"
        advice = [line for line in rebuild if "[conseil]" in line]
        assert len(advice) == 1 and "déjà donné(s) à la construction précédente" in advice[0], advice
        assert not [line for line in rebuild if line.startswith(("ERROR", "Traceback"))]
    assert server.process.returncode == 0
    assert list(temporary.iterdir()) == []
    assert _snapshot(ROOT / "docs") == docs_before


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.read().decode("utf-8")


def _snapshot(folder: Path) -> dict[str, int]:
    return {str(path.relative_to(folder)): path.stat().st_mtime_ns for path in folder.rglob("*")}

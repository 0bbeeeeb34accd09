"""``mkdocs serve --dirty`` as the editor runs it: the served page shows an edit after the rebuild,
the rebuild does not repeat the advice already given, and stopping the server (Ctrl+C) leaves
nothing behind, in the project or in the temporary folder."""

from __future__ import annotations

import pytest

import json
import shutil
import urllib.request
from pathlib import Path

from conftest import ROOT
from mkdocs_serve import BUILT, mkdocs_serve

pytestmark = pytest.mark.build

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
        assert "Une phrase ajoutée pendant le test de mkdocs serve." in _get(server.url + edited["url"])
        advice = [line for line in rebuild if "[conseil]" in line]
        assert len(advice) == 1 and "déjà donné(s) à la construction précédente" in advice[0], advice
        assert not [line for line in rebuild if line.startswith(("ERROR", "Traceback"))]
    assert server.process.returncode == 0
    assert list(temporary.iterdir()) == []
    assert _snapshot(ROOT / "docs") == docs_before


def test_serve_reloads_an_edited_module_of_a_sub_package(tmp_path):
    """Editing the pipeline's code while previewing: the rebuild runs the new code, also for a
    module deep in a capability package (not only for the hook file MkDocs reloads itself)."""
    project = tmp_path / "projet"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project)
    for folder in ("docs", "seeds", "hooks"):
        shutil.copytree(ROOT / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__"))
    module = project / "hooks" / "dossier_ia" / "glossary" / "render.py"
    with mkdocs_serve([], {"SEEDS_DIR": str(project / "seeds")}, TIMEOUT, project) as server:
        server.until("Serving on", TIMEOUT)
        source = module.read_text(encoding="utf-8")
        assert 'PAGE_TITLE = "Glossaire"' in source
        module.write_text(source.replace('PAGE_TITLE = "Glossaire"', 'PAGE_TITLE = "Glossaire rechargé"'), encoding="utf-8")
        server.until(BUILT, TIMEOUT)
        assert "<h1" in (page := _get(server.url + "glossaire/")) and "Glossaire rechargé" in page
    assert server.process.returncode == 0


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.read().decode("utf-8")


def _snapshot(folder: Path) -> dict[str, int]:
    return {str(path.relative_to(folder)): path.stat().st_mtime_ns for path in folder.rglob("*")}

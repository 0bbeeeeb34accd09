"""``mkdocs serve --dirty`` as the editor runs it: the first build prints MkDocs' own lines and
one French line about the advice, pointing to the editor's report; the served page shows an
edit after the rebuild (with no Content-Security-Policy, which would block the live reload),
which tells only what changed, on the report too; stopping the server (Ctrl+C) leaves nothing
behind, in the project or in the temporary folder."""

from __future__ import annotations

import json
import re
import shutil
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT
from mkdocs_serve import REBUILT, mkdocs_serve

pytestmark = pytest.mark.build

TIMEOUT = 120
# What MkDocs itself prints while serving (its own short lines may stay in English).
MKDOCS_SERVE_LINE = re.compile(
    r"^INFO    -  (Building documentation\.\.\.|Cleaning site directory|Documentation built in [\d.]+ seconds"
    r"|\[[\d:]+\] (Watching paths for changes: .+|Serving on .+|Detected file changes|Reloading browsers|"
    r"Browser connected: .+))$"
    r"|^WARNING -  A 'dirty' build is being performed"
)
ADDED = "Une phrase ajoutée pendant le test de serve. Ses serveurs dévorent l’électricité, un inconvénient majeur."


def test_serve_dirty_shows_an_edit_tells_only_what_changed_and_cleans_up(tmp_path):
    seeds, temporary = tmp_path / "seeds", tmp_path / "tmp"
    shutil.copytree(ROOT / "seeds", seeds)
    temporary.mkdir()
    docs_before = _snapshot(ROOT / "docs")
    # COLUMNS=0: MkDocs does not wrap its lines, as in a terminal of any width.
    with mkdocs_serve(
        ["--dirty"], {"SEEDS_DIR": str(seeds), "TMPDIR": str(temporary), "COLUMNS": "0"}, TIMEOUT
    ) as server:
        first_build = [line.rstrip("\n") for line in server.until("Serving on", TIMEOUT)]
        report = f"{server.url}editeur/"
        ours = [line for line in first_build if not MKDOCS_SERVE_LINE.match(line)]
        assert len(ours) == 1 and re.fullmatch(
            rf"INFO    -  \d+\xa0conseils\xa0: voir la page Éditeur {report}", ours[0]
        ), first_build
        assert "Points sans thème" in _get(report)
        edited = json.loads(_get(server.url + "api/articles.json"))["articles"][0]
        with (seeds / edited["file"]).open("a", encoding="utf-8") as file:
            file.write(f"\n{ADDED}\n")
        rebuild = [line.rstrip("\n") for line in server.until(REBUILT, TIMEOUT)]
        served = _get(server.url + edited["url"])
        assert "Une phrase ajoutée pendant le test de serve." in served
        assert "Content-Security-Policy" not in served, "la politique du site publié bloquerait le rechargement"
        ours = [line for line in rebuild if not MKDOCS_SERVE_LINE.match(line)]
        assert len(ours) == 1 and re.fullmatch(
            rf"INFO    -  \d+\xa0conseils \(1\xa0nouveau\)\xa0: voir la page Éditeur {report}", ours[0]
        ), rebuild
        assert "Ses serveurs dévorent l’électricité, un inconvénient majeur." in _get(f"{report}points-sans-theme/")
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
        module.write_text(
            source.replace('PAGE_TITLE = "Glossaire"', 'PAGE_TITLE = "Glossaire rechargé"'), encoding="utf-8"
        )
        server.until(REBUILT, TIMEOUT)
        assert "<h1" in (page := _get(server.url + "glossaire/")) and "Glossaire rechargé" in page
    assert server.process.returncode == 0


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.read().decode("utf-8")


def _snapshot(folder: Path) -> dict[str, int]:
    return {str(path.relative_to(folder)): path.stat().st_mtime_ns for path in folder.rglob("*")}

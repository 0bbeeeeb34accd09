"""A snapshot of every file the pipeline generates from the seeds (``site_pages.build_site``):
any change of output shows as a diff, and a deliberate one is recorded with
``python3 -m pytest tests/test_site_snapshot.py --update-golden``."""

from __future__ import annotations

import pytest

from conftest import ROOT, SEEDS_DIR, assert_golden
from dossier_ia.settings import Settings
from site_pages import build_site

GOLDEN = ROOT / "tests" / "golden" / "site"


@pytest.fixture(scope="module")
def generated() -> dict[str, str | bytes]:
    return build_site(Settings(SEEDS_DIR, ROOT / "docs" / "_data")).files


def test_the_same_files_are_generated(generated, update_golden):
    listing = "\n".join(sorted(generated)) + "\n"
    assert_golden(GOLDEN / "files.txt", listing, update_golden)


@pytest.mark.parametrize(
    "uri",
    sorted(
        path.relative_to(GOLDEN).as_posix() for path in GOLDEN.rglob("*") if path.is_file() and path.name != "files.txt"
    ),
)
def test_each_generated_file_is_unchanged(generated, update_golden, uri):
    assert uri in generated, f"{uri} n’est plus produit"
    content = generated[uri]
    # The JSON files are bytes (never decoded by the pipeline): compared as the UTF-8 text they are.
    assert_golden(GOLDEN / uri, content.decode() if isinstance(content, bytes) else content, update_golden)

"""Per-article work spread over processes (a first build of many articles): the same result as one
process, computed by several. Run in a fresh interpreter: forking is only done with no other
thread running, and pytest's process may hold server threads of other tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT

pytestmark = pytest.mark.build

SCRIPT = """
import json, os, sys
from pathlib import Path
sys.path[:0] = [sys.argv[2], sys.argv[3]]
from dossier_ia import parallel as every_core
from dossier_ia.synthesis import analysis as synthesis_analysis
from dossier_ia.cache import RebuildMemo
from dossier_ia.reading.collection import load_collection
from generate_articles import generate_articles
from dossier_ia.synthesis.themes import load_taxonomy

def pid(_item):
    return os.getpid()

generate_articles(every_core.MIN_ITEMS + 50, Path(sys.argv[1]), seed=3)
articles = list(load_collection(Path(sys.argv[1])).articles)
taxonomy, _ = load_taxonomy(Path(sys.argv[4]))
parallel = synthesis_analysis.analyse_collection(articles, taxonomy)
synthesis_analysis._cache.clear()
synthesis_analysis._sorted_claims = RebuildMemo()
every_core.MIN_ITEMS = 10**9
serial = synthesis_analysis.analyse_collection(articles, taxonomy)
every_core.MIN_ITEMS = 1
print(json.dumps({"same": parallel == serial, "quotes": sum(len(s.quotes) for s in serial.themes),
                  "workers": len(set(every_core.map_on_every_core(pid, range(400))) - {os.getpid()})}))
"""


def test_a_large_collection_is_analysed_on_every_core_with_the_same_result(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            SCRIPT,
            str(tmp_path / "seeds"),
            str(ROOT / "hooks"),
            str(ROOT / "tests" / "scripts"),
            str(ROOT / "docs" / "_data" / "themes.yml"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout)
    assert outcome["same"] and outcome["quotes"] > 1000
    assert (outcome["workers"] >= 2) == ((os.cpu_count() or 1) > 1)

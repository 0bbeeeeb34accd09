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
import json, os, sys, time
from pathlib import Path
sys.path[:0] = [sys.argv[2], sys.argv[3]]
from dossier_ia import parallel as every_core
from dossier_ia.synthesis import analysis as synthesis_analysis
from dossier_ia.cache import RebuildMemo
from dossier_ia.reading.collection import load_collection
from generate_articles import generate_articles
from dossier_ia.synthesis.themes import load_taxonomy

def pid(_item):
    # A little work per item, so that a worker that starts late on a busy machine still gets some.
    time.sleep(0.002)
    return os.getpid()

# A one-off build: the memos keep nothing, so the second run computes everything again.
RebuildMemo.keep_between_builds = False
generate_articles(every_core.MIN_ITEMS + 50, Path(sys.argv[1]), seed=3)
articles = list(load_collection(Path(sys.argv[1])).articles)
taxonomy, _ = load_taxonomy(Path(sys.argv[4]))
from dossier_ia.synthesis.recommendations import find_recommendations
from dossier_ia.figures.analysis import collect_figures

def analyse():
    read = list(load_collection(Path(sys.argv[1])).articles)
    synthesis = synthesis_analysis.analyse_collection(articles, taxonomy)
    return ([(article, article.blocks) for article in read], synthesis, find_recommendations(articles, taxonomy),
            collect_figures(articles, synthesis))

parallel = analyse()
synthesis_analysis._cache.clear()
every_core.MIN_ITEMS = 10**9
serial = analyse()
every_core.MIN_ITEMS = 1
print(json.dumps({"same": [a == b for a, b in zip(parallel, serial)],
                  "quotes": sum(len(s.quotes) for s in serial[1].themes),
                  "advice": len(serial[2]), "figures": len(serial[3].figures),
                  "workers": len(set(every_core.map_on_every_core(pid, range(400))) - {os.getpid()}),
                  "beside": len(set(every_core.start_on_every_core(pid, range(400), spare_a_core=True)())
                                - {os.getpid()})}))
"""


def test_a_large_collection_is_analysed_on_every_core_with_the_same_result(tmp_path):
    """Articles read, claims, advice and key figures: the same from worker processes as from this one."""
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
    assert outcome["same"] == [True, True, True, True]
    assert outcome["quotes"] > 1000 and outcome["advice"] > 50 and outcome["figures"] > 5
    assert (outcome["workers"] >= 2) == ((os.cpu_count() or 1) > 1)
    # Beside the engine rendering the article pages: one core left to it, on a machine of two as of more.
    assert (outcome["beside"] >= 1) == ((os.cpu_count() or 1) > 1) and outcome["beside"] <= (os.cpu_count() or 1) - 1


MODELS_SCRIPT = """
import json, os, sys, time
from pathlib import Path
sys.path[:0] = [sys.argv[1]]
import numpy as np
from dossier_ia import parallel
from dossier_ia.synthesis.cues import learnt_models
from dossier_ia.synthesis.semantic import load_word_vectors
from dossier_ia.synthesis.themes import load_taxonomy


def process_after_a_while():
    # As long as a training, or nearly: an instant task lets the first worker take both before
    # the second has started, on a busy machine.
    time.sleep(1)
    return os.getpid()


taxonomy, _ = load_taxonomy(Path(sys.argv[2]))
table = load_word_vectors()
elsewhere = parallel.start_in_other_processes(process_after_a_while, process_after_a_while)()
together = learnt_models(table, taxonomy, None)
optimiser = "scipy.optimize" in sys.modules
os.cpu_count = lambda: 1
alone = learnt_models(table, taxonomy, None)
same = [a.terms == b.terms and np.array_equal(a.weights, b.weights) and np.array_equal(a.bias, b.bias)
        for a, b in zip(together, alone)]
print(json.dumps({"same": same, "elsewhere": os.getpid() not in elsewhere and len(set(elsewhere)) == 2,
                  "optimiser": optimiser}))
"""


def test_the_two_models_train_at_once_with_the_same_weights():
    """The two models train at once, each in a process of its own (two cores), so the build's
    process never loads the optimiser: the weights are those of one process training both in turn."""
    result = subprocess.run(
        [sys.executable, "-c", MODELS_SCRIPT, str(ROOT / "hooks"), str(ROOT / "docs" / "_data" / "themes.yml")],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout)
    assert outcome["same"] == [True, True]
    assert outcome["elsewhere"] == ((os.cpu_count() or 1) > 1)
    assert outcome["optimiser"] == ((os.cpu_count() or 1) == 1)

"""Measure the key-figure analysis: quality on the hand-labelled passages, and cost at scale.

Run from the repository root: ``python3 tests/scripts/measure_figures.py [--errors]``, or
``python3 tests/scripts/measure_figures.py --bench 1000`` for the cost at scale only.

Quality (``tests/data/figure_labels.yml``): a figure found is right when its value is a
labelled value of its passage; it is right with its source when the source is the labelled one
too (``None`` for unnamed and for no attribution). Precision = right / found, recall = labelled
figures found / labelled; the same with sources; unnamed marks are counted apart, and so are the
names listed as sources. ``--bench N`` analyses N articles written by ``generate_articles`` in
this process with cold caches: reading the files is timed apart from the analysis.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "hooks"))

from dossier_ia.figures.analysis import article_figures, collect_figures  # noqa: E402
from dossier_ia.reading.collection import load_collection  # noqa: E402
from dossier_ia.reading.model import Article, Block, BlockKind  # noqa: E402
from dossier_ia.synthesis.analysis import analyse_collection  # noqa: E402
from dossier_ia.synthesis.themes import load_taxonomy  # noqa: E402
from generate_articles import generate_articles  # noqa: E402

LABELS = ROOT / "tests" / "data" / "figure_labels.yml"
THEMES = ROOT / "docs" / "_data" / "themes.yml"


def passage_article(text: str, number: int) -> Article:
    """One labelled passage as a one-paragraph article."""
    return Article(
        f"passage-{number:03d}.txt",
        f"Passage {number}",
        f"passage-{number}",
        (Block(BlockKind.PARAGRAPH, text, 1, "p-1"),),
        f"hash-{number}-{text}",
    )


def measure_quality(show_errors: bool) -> None:
    passages = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    counts = dict.fromkeys(
        (
            "found",
            "labelled",
            "value_right",
            "value_found",
            "source_right",
            "source_found",
            "unnamed_labelled",
            "unnamed_found",
            "names_labelled",
            "names_found",
            "names_listed",
            "names_right",
        ),
        0,
    )
    for number, passage in enumerate(passages, 1):
        result = article_figures(passage_article(passage["text"], number))
        labelled = [(item["value"], item.get("source"), bool(item.get("unnamed"))) for item in passage["figures"]]
        found = [(figure.value, figure.source, bool(figure.unnamed)) for figure in result.figures]
        counts["found"] += len(found)
        counts["labelled"] += len(labelled)
        values = [value for value, _, _ in labelled]
        counts["value_right"] += sum(value in values for value, _, _ in found)
        counts["value_found"] += sum(value in [v for v, _, _ in found] for value in values)
        counts["source_right"] += sum(item[:2] in [label[:2] for label in labelled] for item in found)
        counts["source_found"] += sum(label[:2] in [item[:2] for item in found] for label in labelled)
        counts["unnamed_labelled"] += sum(unnamed for _, _, unnamed in labelled)
        counts["unnamed_found"] += sum(label in found for label in labelled if label[2])
        names = set(passage.get("sources") or [])
        listed = {source.name for source in result.sources}
        counts["names_labelled"] += len(names)
        counts["names_found"] += len(names & listed)
        counts["names_listed"] += len(listed)
        counts["names_right"] += len(names & listed)
        if show_errors and (sorted(map(str, found)) != sorted(map(str, labelled)) or names != listed):
            print(
                f"— {passage['text']}\n    attendu : {labelled} {sorted(names)}\n    trouvé  : {found} {sorted(listed)}"
            )
    print(f"{len(passages)} passages, {counts['labelled']} chiffres étiquetés, {counts['found']} trouvés")
    print(
        f"valeurs          : précision {_ratio(counts['value_right'], counts['found'])}, rappel "
        f"{_ratio(counts['value_found'], counts['labelled'])}"
    )
    print(
        f"valeur + source  : précision {_ratio(counts['source_right'], counts['found'])}, rappel "
        f"{_ratio(counts['source_found'], counts['labelled'])}"
    )
    print(f"non nommées      : rappel {_ratio(counts['unnamed_found'], counts['unnamed_labelled'])}")
    print(
        f"sources listées  : précision {_ratio(counts['names_right'], counts['names_listed'])}, rappel "
        f"{_ratio(counts['names_found'], counts['names_labelled'])}"
    )


def bench(article_count: int) -> None:
    taxonomy, _ = load_taxonomy(THEMES)
    with tempfile.TemporaryDirectory() as folder:
        generate_articles(article_count, Path(folder))
        started = time.perf_counter()
        articles = list(load_collection(Path(folder)).articles)
        read = time.perf_counter() - started
        started = time.perf_counter()
        synthesis = analyse_collection(articles, taxonomy)
        themed = time.perf_counter() - started
        started, cpu = time.perf_counter(), time.process_time()
        figures = collect_figures(articles, synthesis)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    citations = sum(len(figure.citations) for figure in figures.figures)
    print(f"{article_count} articles : lecture {read:.2f} s, synthèse {themed:.2f} s (non comptée)")
    print(f"chiffres : {elapsed:.3f} s, CPU {cpu:.3f} s ({1000 * cpu / article_count:.2f} ms CPU par article), "
          f"{citations} citations → {len(figures.figures)} chiffres, {len(figures.sources)} sources")


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.0%}" if whole else "—"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--errors", action="store_true", help="list every passage where the analysis differs from the labels"
    )
    parser.add_argument("--bench", type=int, metavar="N", help="only time the analysis of N generated articles")
    arguments = parser.parse_args()
    if arguments.bench:
        bench(arguments.bench)
    else:
        measure_quality(arguments.errors)


if __name__ == "__main__":
    main()

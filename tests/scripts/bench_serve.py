"""Rebuild time of ``mkdocs serve`` after editing one article: ``python tests/scripts/bench_serve.py [-n 1000]``.

N articles are generated (``generate_articles.py``) into a temporary SEEDS_DIR; ``mkdocs serve``
then ``mkdocs serve --dirty`` are started on a free port; once the first build is done, one
article is edited (a sentence appended) three times in a row, and the script prints the cold
build time and each rebuild time, as MkDocs reports them ("Documentation built in … seconds")
and as the editor waits for them (from saving the file to the end of the rebuild), and checks
that the served page shows the edit. The appended sentence is a filler that changes the article
alone; with ``--claim`` it is a claim the synthesis quotes, so that every page showing the
synthesis changes too.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "hooks"))

from dossier_ia.reading.reader import read_article  # noqa: E402
from generate_articles import generate_articles  # noqa: E402
from mkdocs_serve import BUILT, REBUILT, ServeProcess, mkdocs_serve  # noqa: E402

BUILT_IN = re.compile(rf"{BUILT} ([\d.]+) seconds")
EDITS = 3
FILLER = "Une phrase ajoutée pendant la mesure, numéro {number}."
CLAIM = "Une phrase ajoutée pendant la mesure, numéro {number} : l’IA fait gagner un temps précieux aux équipes."
MODES = {"serve": [], "dirty": ["--dirty"]}
TIMEOUT = 900


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", choices=MODES, help="measure one mode only")
    parser.add_argument("--claim", action="store_true", help="append a claim the synthesis quotes, not a filler")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-serve-") as work:
        seeds = Path(work) / "seeds"
        paths = generate_articles(options.articles, seeds, seed=options.seed)
        edited = paths[len(paths) // 2]
        print(f"N = {options.articles}, article modifié : {edited.name}")
        for mode, flags in MODES.items():
            if options.only in (None, mode):
                measure(flags, seeds, edited, CLAIM if options.claim else FILLER)


def measure(flags: list[str], seeds: Path, edited: Path, sentence: str) -> None:
    label = " ".join(["serve", *flags])
    start = time.perf_counter()
    with mkdocs_serve(flags, {"SEEDS_DIR": str(seeds)}, TIMEOUT) as server:
        reported = built_in(server, BUILT)
        print(f"  {label:<14} première construction : {time.perf_counter() - start:6.1f} s (MkDocs : {reported})")
        for number in range(1, EDITS + 1):
            time.sleep(1.5)
            with edited.open("a", encoding="utf-8") as file:
                file.write(f"\n{sentence.format(number=number)}\n")
            saved = time.perf_counter()
            reported = built_in(server, REBUILT)
            print(
                f"  {label:<14} après modification {number} : {time.perf_counter() - saved:6.1f} s (MkDocs : "
                f"{reported})"
            )
            page = f"{server.url}articles/{read_article(edited.name, edited.read_bytes()).slug}/"
            if f"numéro {number}" not in urllib.request.urlopen(page, timeout=60).read().decode("utf-8"):
                print(f"    la page {page} ne montre pas la modification {number}", file=sys.stderr)


def built_in(server: ServeProcess, marker: str) -> str:
    """The build time MkDocs reports for the build under way, once ``marker`` says it is written
    (« — » when MkDocs left it out, as it leaves out a duration it has already logged); errors
    are shown."""
    lines = server.until(marker, TIMEOUT)
    for line in lines:
        if "Traceback" in line or line.startswith("ERROR"):
            print(f"    {line.rstrip()}", file=sys.stderr)
    reported = [float(found[1]) for line in lines if (found := BUILT_IN.search(line))]
    return f"{reported[-1]:.2f} s" if reported else "—"


if __name__ == "__main__":
    main()

"""Time the glossary stage on a large collection: ``python tests/scripts/bench_glossary.py [-n 1000] [-t 500]``.

The seeds are repeated (blocks shuffled, each block made unique, a new file name) up to N articles, and the real
glossary is padded with made-up terms (pairs of words taken from the articles, so that they share
prefixes with real text) up to T terms. Prints the CPU time of each glossary step, in the order a
build runs them: compiling the automata, linking every article (each block read for the first
time), the "Cité dans" index and the editor's hints (blocks already read), the page and the JSON.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "hooks"))

from dossier_ia.glossary.hints import missing_terms  # noqa: E402
from dossier_ia.glossary.linker import compile_glossary, find_citations, link_terms  # noqa: E402
from dossier_ia.glossary.render import glossary_json, render_glossary_page  # noqa: E402
from dossier_ia.glossary.terms import Glossary, Term, load_glossary  # noqa: E402
from dossier_ia.reading.model import Article  # noqa: E402
from dossier_ia.reading.reader import read_article  # noqa: E402

WORD = re.compile(r"[^\W\d_]{4,}")
T = TypeVar("T")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--articles", type=int, default=1000)
    parser.add_argument("-t", "--terms", type=int, default=500)
    options = parser.parse_args()
    seeds = [read_article(path.name, path.read_bytes()) for path in sorted((ROOT / "seeds").glob("*.txt"))]
    articles = _collection(seeds, options.articles)
    glossary, _ = load_glossary(ROOT / "docs" / "_data" / "glossaire.yml")
    glossary = _padded(glossary, seeds, options.terms)
    characters = sum(len(block.text) for article in articles for block in article.blocks)
    print(f"{len(articles)} articles ({characters / 1e6:.1f} M caractères), {len(glossary.terms)} termes")

    _, seconds = _timed(compile_glossary, glossary)
    print(f"  automate compilé     {seconds * 1000:8.1f} ms")
    links, seconds = _timed(lambda: [link_terms(article, glossary) for article in articles])
    print(
        f"  liens (link_terms)   {seconds * 1000:8.1f} ms  ({sum(map(len, links))} liens, "
        f"{seconds / len(articles) * 1e6:.0f} µs par article)"
    )
    citations, seconds = _timed(find_citations, articles, glossary)
    print(f"  « Cité dans »        {seconds * 1000:8.1f} ms")
    missing, seconds = _timed(missing_terms, articles, glossary)
    print(f"  termes manquants     {seconds * 1000:8.1f} ms  ({len(missing)} suggestions)")
    _, seconds = _timed(lambda: (render_glossary_page(glossary, citations), glossary_json(glossary, citations)))
    print(f"  page et JSON         {seconds * 1000:8.1f} ms")


def _collection(seeds: list[Article], count: int) -> list[Article]:
    shuffler = random.Random(0)
    articles = []
    for number in range(count):
        seed = seeds[number % len(seeds)]
        blocks = [
            dataclasses.replace(block, text=f"{block.text} Réf. {number}-{index}.")
            for index, block in enumerate(seed.blocks)
        ]
        shuffler.shuffle(blocks)
        articles.append(
            dataclasses.replace(
                seed, source_name=f"{number:05d}_{seed.source_name}", slug=f"{seed.slug}-{number}", blocks=tuple(blocks)
            )
        )
    return articles


def _padded(glossary: Glossary, seeds: list[Article], count: int) -> Glossary:
    words = sorted({word.lower() for article in seeds for block in article.blocks for word in WORD.findall(block.text)})
    picker = random.Random(1)
    terms = list(glossary.terms)
    while len(terms) < count:
        name = f"{picker.choice(words)} {picker.choice(words)}"
        anchor = f"terme-{len(terms)}"
        terms.append(Term(name, anchor, f"Définition de {name}.", (f"{name} avancée", f"{picker.choice(words)}")))
    unique = {term.name: term for term in terms}
    return Glossary(tuple(unique.values()), glossary.ignored)


def _timed(function: Callable[..., T], *args: object) -> tuple[T, float]:
    """CPU time, so that other work on a shared machine does not blur the figures."""
    start = time.process_time()
    result = function(*args)
    return result, time.process_time() - start


if __name__ == "__main__":
    main()

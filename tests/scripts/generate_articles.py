"""Generate N realistic French articles in the raw-text style of the seeds, for benchmarks and tests.

``python tests/scripts/generate_articles.py 1000 /tmp/articles`` — or, from Python,
``generate_articles(n, target_dir, seed=0)``.

Each article recombines what the seeds contain (their sentences, headings, bullet and numbered
lists, FAQ pairs, page chrome, dates written the ways web pages write them) with a fixed random
seed, so the same ``n`` and ``seed`` always give the same files. Titles are numbered ("Dossier
123 : …") so that titles and URLs stay unique and a build of the folder passes ``--strict``.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS_DIR = ROOT / "seeds"
sys.path.insert(0, str(ROOT / "hooks"))

from dossier_ia.reading.model import BlockKind  # noqa: E402
from dossier_ia.reading.reader import read_article  # noqa: E402

SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+(?=[A-ZÀ-Ý«])")
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")
CHROME_TOP = ("Fermer", "Menu", "Partager")
CHROME_BOTTOM = ("Source link", "Lire la suite", "Partager cet article")
MAX_BASE_TITLE_LENGTH = 68


@dataclass(frozen=True)
class _Pool:
    """What the seeds are made of, as raw lines (list markers and labels kept)."""

    titles: tuple[str, ...]
    headings: tuple[str, ...]
    sentences: tuple[str, ...]
    lists: tuple[tuple[str, ...], ...]
    faqs: tuple[tuple[str, str], ...]


def generate_articles(n: int, target_dir: Path, seed: int = 0, seeds_dir: Path = SEEDS_DIR) -> list[Path]:
    """Write ``n`` articles (``article-00001.txt``…) into ``target_dir`` and return their paths."""
    target_dir = Path(target_dir)
    target_dir.mkdir(parents=True, exist_ok=True)
    pool = _pool(seeds_dir)
    rng = random.Random(seed)
    paths = []
    for number in range(1, n + 1):
        path = target_dir / f"article-{number:05d}.txt"
        path.write_text(_article(number, pool, rng), encoding="utf-8")
        paths.append(path)
    return paths


def _article(number: int, pool: _Pool, rng: random.Random) -> str:
    lines: list[str] = []
    if rng.random() < 0.3:
        lines.append(rng.choice(CHROME_TOP))
    if rng.random() < 0.6:
        lines.append(_date(rng))
    lines.append(f"Dossier {number} : {rng.choice(pool.titles)}")
    lines.append(_paragraph(pool, rng))
    for _ in range(rng.randint(3, 6)):
        lines.append(rng.choice(pool.headings))
        for _ in range(rng.randint(1, 3)):
            lines.append(_paragraph(pool, rng))
        if pool.lists and rng.random() < 0.35:
            lines.extend(rng.choice(pool.lists))
            lines.append(_paragraph(pool, rng))
    if pool.faqs and rng.random() < 0.25:
        lines.append("FAQ")
        for question, answer in rng.sample(pool.faqs, min(len(pool.faqs), rng.randint(2, 4))):
            lines.extend((question, answer))
    if rng.random() < 0.3:
        lines.append(rng.choice(CHROME_BOTTOM))
    separator = "\n\n" if rng.random() < 0.5 else "\n"
    return separator.join(lines) + "\n"


def _paragraph(pool: _Pool, rng: random.Random) -> str:
    return " ".join(rng.choice(pool.sentences) for _ in range(rng.randint(2, 6)))


def _date(rng: random.Random) -> str:
    year, month, day = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((
        f"{day} {MONTHS[month - 1]} {year}",
        f"{MONTHS[month - 1]} {day}, {year}",
        f"{day:02d}/{month:02d}/{year}",
        f"Publié le {day} {MONTHS[month - 1]} {year}",
    ))


def _pool(seeds_dir: Path) -> _Pool:
    titles, headings, sentences, lists, faqs = [], [], [], [], []
    for path in sorted(seeds_dir.glob("*.txt")):
        raw = path.read_bytes()
        lines = raw.decode("utf-8").splitlines()
        article = read_article(path.name, raw)
        if len(article.title) <= MAX_BASE_TITLE_LENGTH:
            titles.append(article.title)
        current: list[str] = []
        question = None
        for block in article.blocks:
            raw_line = lines[block.line - 1].strip()
            if block.kind in (BlockKind.BULLET_ITEM, BlockKind.NUMBERED_ITEM):
                current.append(raw_line)
                continue
            if current:
                lists.append(tuple(current))
                current = []
            if block.kind is BlockKind.HEADING:
                headings.append(block.text)
                if len(block.text) <= MAX_BASE_TITLE_LENGTH:
                    titles.append(block.text)
            elif block.kind is BlockKind.PARAGRAPH:
                sentences.extend(
                    sentence for sentence in SENTENCE_BREAK.split(block.text) if sentence.endswith((".", "!", "…"))
                )
            elif block.kind is BlockKind.QUESTION:
                question = raw_line
            elif block.kind is BlockKind.ANSWER and question:
                faqs.append((question, raw_line))
                question = None
        if current:
            lists.append(tuple(current))
    return _Pool(tuple(titles), tuple(headings), tuple(sentences), tuple(lists), tuple(faqs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="nombre d’articles")
    parser.add_argument("target_dir", type=Path, help="dossier où écrire les articles (créé si besoin)")
    parser.add_argument("--seed", type=int, default=0, help="graine du générateur (défaut : 0)")
    options = parser.parse_args()
    paths = generate_articles(options.n, options.target_dir, seed=options.seed)
    print(f"{len(paths)} articles écrits dans {options.target_dir}")


if __name__ == "__main__":
    main()

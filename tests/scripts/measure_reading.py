"""How the reader reads real pasted web pages: ``python tests/scripts/measure_reading.py [folder]``.

The folder (default ``/work/devset`` when it exists) holds ``pages/<id>.txt`` (a page pasted as
plain text), ``labels/<id>.yml`` (``title``, ``title_line``, ``author``, ``date``, ``chrome``: line
numbers that are not article content, ``headings``) and optionally ``index.yml`` (``pages``: ``id``,
``split``). Nothing of it belongs in the repository: the pages are third-party text. For each
split (tune, heldout) this prints:

- titles right: the labelled title, whatever its typography; when the page has none, a title of
  the reader's own that is whole (the lead's first sentence, no « … »: a cut says it is one), not
  longer than such a sentence may be, and not a line of page chrome;
- chrome shown: labelled chrome lines that became a block of the article, or its title;
- content lost: labelled content lines (not chrome) with a sentence that appears neither in the
  title nor in any block;
- headings found, dates and authors found, against the labels.

``--verbose`` prints each page's title and its mistakes.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "hooks"))

from dossier_ia.reading.lines import folded, list_match  # noqa: E402
from dossier_ia.reading.model import Article, BlockKind  # noqa: E402
from dossier_ia.reading.reader import read_article  # noqa: E402
from dossier_ia.settings import MAX_WHOLE_SENTENCE_TITLE_LENGTH  # noqa: E402

DEFAULT_FOLDER = Path("/work/devset")
SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+")
SPACES = re.compile(r"\s+")
MIN_CHROME_TITLE_WORDS = 4
MAX_GLUED_CHROME_WORDS = 2


# What is printed per split: a label, the count found and the count it is out of (keys of a
# tally's counts), and what follows (a template filled from the counts).
ROWS = (
    ("titres justes", "titles_right", "pages", ""),
    ("chrome affiché", "chrome_shown", "chrome", " lignes de chrome"),
    ("contenu perdu", "content_lost", "content_lines", " lignes de contenu"),
    ("intertitres trouvés", "headings_found", "headings", " (+ {false_headings} en trop)"),
    ("dates trouvées", "dates_found", "dates", ""),
    ("auteurs trouvés", "authors_found", "authors", ""),
)


@dataclass
class Tally:
    """The counts of one split, by name, and each page's mistakes (for ``--verbose``)."""

    counts: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", default=DEFAULT_FOLDER)
    parser.add_argument("--verbose", "-v", action="store_true")
    options = parser.parse_args()
    folder = options.folder
    splits = _splits(folder)
    tallies: dict[str, Tally] = defaultdict(Tally)
    for label_path in sorted((folder / "labels").glob("*.yml")):
        page_id = label_path.stem
        labels = yaml.safe_load(label_path.read_text(encoding="utf-8"))
        raw = (folder / "pages" / f"{page_id}.txt").read_bytes()
        tally = tallies[splits.get(page_id, "tout")]
        _measure(page_id, raw, labels, read_article(f"{page_id}.txt", raw), tally)
    for split in sorted(tallies):
        tally = tallies[split]
        counts = tally.counts
        print(f"{split} ({counts['pages']} pages)")
        for label, found, total, after in ROWS:
            print(f"  {label:<24} {counts[found]:3d} / {counts[total]}{after.format_map(counts)}")
        if options.verbose:
            for note in tally.notes:
                print(f"    {note}")


def _measure(page_id: str, raw: bytes, labels: dict, article: Article, tally: Tally) -> None:
    lines = raw.decode("utf-8").split("\n")
    chrome = set(labels.get("chrome") or [])
    block_lines = {block.line for block in article.blocks}
    heading_lines = {block.line for block in article.blocks if block.kind is BlockKind.HEADING}
    # The lines the title was taken from are neither counted as headings found nor as missed.
    title_lines = {
        number for number, text in enumerate(lines, start=1) if text.strip() and _plain(text) == _plain(article.title)
    }
    heading_lines -= title_lines
    shown = _plain(" ".join([article.title, *(block.full_text for block in article.blocks)]))
    count = tally.counts
    count["pages"] += 1
    right = _title_right(labels, article, [lines[number - 1] for number in chrome])
    count["titles_right"] += right
    tally.notes.append(
        f"{page_id} {'ok ' if right else 'NON'} titre : {article.title!r} (attendu : {labels.get('title')!r})"
    )
    for number in sorted(chrome):
        count["chrome"] += 1
        text = lines[number - 1].strip()
        # A chrome line shown as the title (not a copy of the labelled title) is shown too.
        as_title = _plain(article.title) == _plain(text) != _plain(labels.get("title") or "")
        if number in block_lines or as_title:
            count["chrome_shown"] += 1
            tally.notes.append(f"{page_id}:{number} chrome affiché : {text[:90]!r}")
    for number, text in enumerate(lines, start=1):
        text = text.strip()
        if not text or number in chrome or number == labels.get("title_line"):
            continue
        count["content_lines"] += 1
        match = list_match(text)
        body = match["text"] if match else text
        missing = [sentence for sentence in SENTENCE_BREAK.split(_plain(body)) if sentence not in shown]
        # Page chrome glued before the first sentence (« date 2018-03 Avec… ») may be cut off.
        if missing and missing[0] == _plain(body).split(missing[0])[0] + missing[0]:
            if " ".join(missing[0].split()[MAX_GLUED_CHROME_WORDS:]) in shown:
                missing = missing[1:]
        if missing:
            count["content_lost"] += 1
            tally.notes.append(f"{page_id}:{number} contenu perdu : {missing[0][:90]!r}")
    labelled_headings = set(labels.get("headings") or []) - title_lines
    count["headings"] += len(labelled_headings)
    count["headings_found"] += len(labelled_headings & heading_lines)
    count["false_headings"] += len(heading_lines - labelled_headings)
    for number in sorted(heading_lines ^ labelled_headings):
        kind = "intertitre manqué" if number in labelled_headings else "intertitre en trop"
        tally.notes.append(f"{page_id}:{number} {kind} : {lines[number - 1].strip()[:90]!r}")
    if labels.get("date") and len(str(labels["date"])) == len("2024-01-01"):
        count["dates"] += 1
        count["dates_found"] += str(article.date) == str(labels["date"])
    if labels.get("author"):
        count["authors"] += 1
        count["authors_found"] += article.author == labels["author"]
        if article.author != labels["author"]:
            tally.notes.append(f"{page_id} auteur : {article.author!r} (attendu : {labels['author']!r})")


def _title_right(labels: dict, article: Article, chrome_lines: list[str]) -> bool:
    if labels.get("title"):
        return _plain(article.title) == _plain(labels["title"])
    title = _plain(article.title)
    from_chrome = any(title == _plain(line) for line in chrome_lines if len(line.split()) < MIN_CHROME_TITLE_WORDS)
    return not article.title.endswith("…") and len(article.title) <= MAX_WHOLE_SENTENCE_TITLE_LENGTH and not from_chrome


def _plain(text: str) -> str:
    return SPACES.sub(" ", folded(text)).strip()


def _splits(folder: Path) -> dict[str, str]:
    index = folder / "index.yml"
    if not index.is_file():
        return {}
    return {str(page["id"]): page["split"] for page in yaml.safe_load(index.read_text(encoding="utf-8"))["pages"]}


if __name__ == "__main__":
    main()

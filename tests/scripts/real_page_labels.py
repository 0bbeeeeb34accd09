"""Labels of real web pages, kept in the repository without the pages' text.

The pages belong to others: their text stays in a local folder (``pages/<id>.txt``, the excerpt
the ``search`` tool's corpus ``pages`` returns for the page's address, saved as it comes). Their
labels are ours: ``tests/data/real_pages`` holds, per labelled sentence, where it is (line, first
character, length), a digest of its text, its polarity and its theme, and per page its address and
a digest of its text. So a session on a new machine saves the pages again and gets back the
labels that ``measure_synthesis.py --pages`` reads, without labelling anything anew:

    python tests/scripts/real_page_labels.py restore /work/devset    # labels/ and index.yml there
    python tests/scripts/real_page_labels.py pack /work/devset       # after labelling more pages

To save a page again: search the corpus ``pages`` with the words of its address (``url`` in
``index.yml``), take the result of that very address, write its excerpt as it comes to
``pages/<id>.txt`` with a final newline.

To label more pages: ``tests/data/real_pages/labelling-brief.md``, the brief the labellers followed.

``restore`` finds a sentence where it was, else by its digest anywhere in the page (a page saved
again may differ by a line or a no-break space); it reports the pages missing or changed and the
sentences it could not find.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
STORE = ROOT / "tests" / "data" / "real_pages"
DIGEST_LENGTH = 12
# How far the length of a sentence found again may differ from the length labelled (characters
# a page saved again may gain or lose: a no-break space turned into two, a dropped soft hyphen).
LENGTH_SLACK = 2
# Spaces a page saved again may show differently; quotes as the analysis measures them.
SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "’": "'"})
HEADER = """\
# Étiquettes de pages web réelles (articles sur l'IA en marketing) : jeu de développement de la
# synthèse. Le texte des pages appartient à leurs auteurs et ne vient pas ici : chaque page est
# l'extrait que l'outil « search » (corpus « pages ») renvoie pour son adresse, enregistré tel quel
# dans un dossier local (pages/<id>.txt). Ici, nos étiquettes seulement : pour chaque phrase, sa
# ligne, son premier caractère, sa longueur et une empreinte de son texte, sa polarité et son
# thème. « python tests/scripts/real_page_labels.py restore DOSSIER » en refait les étiquettes.
# Les pages de ../shared/reserved-evaluation-pages.txt n'y figurent pas. « splits » dit de chaque
# partie si l'on a regardé ses erreurs pour régler l'analyse ou si on la mesure seulement.
"""


def digest(text: str) -> str:
    """A short digest of a text, spaces and apostrophes made plain."""
    plain = " ".join(text.translate(SPACES).split())
    return hashlib.sha256(plain.encode("utf-8")).hexdigest()[:DIGEST_LENGTH]


def pack(folder: Path, store: Path = STORE) -> None:
    """The labels of a local folder (``index.yml`` with each page's ``url``, ``labels/<id>.yml``)
    into the store, every labelled sentence located in its line."""
    index = yaml.safe_load((folder / "index.yml").read_text(encoding="utf-8"))
    pages, labels = [], {}
    for page in index["pages"]:
        page_id = str(page["id"])
        text = (folder / "pages" / f"{page_id}.txt").read_text(encoding="utf-8")
        lines = text.split("\n")
        claims = []
        for claim in yaml.safe_load((folder / "labels" / f"{page_id}.yml").read_text(encoding="utf-8"))["claims"]:
            sentence, line = claim["sentence"], claim["line"]
            start = lines[line - 1].find(sentence)
            if start < 0:
                sys.exit(f"{page_id}: line {line} does not hold « {sentence} »")
            claims.append([line, start, len(sentence), digest(sentence), claim["polarity"], claim["theme"]])
        url = page.get("url") or (folder / "urls" / f"{page_id}.txt").read_text(encoding="utf-8").strip()
        pages.append({"id": page_id, "split": page["split"], "url": url, "digest": digest(text)})
        labels[page_id] = claims
    store.mkdir(parents=True, exist_ok=True)
    stored_index = {"splits": index.get("splits", {}), "pages": pages}
    (store / "index.yml").write_text(HEADER + _dump(stored_index), encoding="utf-8")
    (store / "labels.yml").write_text(
        "# id de la page : [ligne, premier caractère, longueur, empreinte, polarité, thème]\n" + _dump(labels),
        encoding="utf-8",
    )
    print(f"{len(pages)} pages, {sum(map(len, labels.values()))} labelled sentences → {store}")


def restore(folder: Path, store: Path = STORE) -> None:
    """The labels of the store written into a local folder of pages (``labels/``, ``index.yml``),
    for ``measure_synthesis.py --pages``; pages missing from the folder are left out."""
    index = yaml.safe_load((store / "index.yml").read_text(encoding="utf-8"))
    labels = yaml.safe_load((store / "labels.yml").read_text(encoding="utf-8"))
    (folder / "labels").mkdir(parents=True, exist_ok=True)
    kept, missing, changed, lost = [], [], [], 0
    for page in index["pages"]:
        page_id = page["id"]
        path = folder / "pages" / f"{page_id}.txt"
        if not path.is_file():
            missing.append(f"{page_id} {page['url']}")
            continue
        text = path.read_text(encoding="utf-8")
        if digest(text) != page["digest"]:
            changed.append(page_id)
        lines = text.split("\n")
        claims = []
        for line, start, length, sentence_digest, polarity, theme in labels.get(page_id, []):
            found = find_sentence(lines, line, start, length, sentence_digest)
            if found is None:
                lost += 1
                print(f"  {page_id}: sentence of line {line} not found")
                continue
            claims.append({"line": found[0], "sentence": found[1], "polarity": polarity, "theme": theme})
        (folder / "labels" / f"{page_id}.yml").write_text(
            yaml.safe_dump({"id": page_id, "claims": claims}, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
        kept.append({"id": page_id, "split": page["split"]})
    (folder / "index.yml").write_text(yaml.safe_dump({"pages": kept}, sort_keys=False), encoding="utf-8")
    print(f"{len(kept)} pages restored, {lost} sentences not found, {len(changed)} pages whose text changed")
    for entry in missing:
        print(f"  missing: {entry}")


def find_sentence(lines: list[str], line: int, start: int, length: int, wanted: str) -> tuple[int, str] | None:
    """The line number and text of the labelled sentence: where it was labelled, else the first
    stretch of a line, of about its length, with its digest."""
    if 0 < line <= len(lines) and digest(lines[line - 1][start:start + length]) == wanted:
        return line, lines[line - 1][start:start + length]
    for number, text in enumerate(lines, 1):
        for size in range(length - LENGTH_SLACK, length + LENGTH_SLACK + 1):
            for first in range(0, len(text) - size + 1):
                if digest(text[first:first + size]) == wanted:
                    return number, text[first:first + size]
    return None


def _dump(data: object) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=None, width=120)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("pack", "restore"))
    parser.add_argument("folder", type=Path, help="local folder of pages (pages/<id>.txt)")
    arguments = parser.parse_args()
    (pack if arguments.action == "pack" else restore)(arguments.folder)


if __name__ == "__main__":
    main()

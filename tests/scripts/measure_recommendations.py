"""Measure what the synthesis picks: recommendations (advice sentences) and quoted claims.

``python tests/scripts/measure_recommendations.py`` — precision and recall of ``is_advice`` on the
sentences labelled for it (``tests/data/advice_labels.yml``, written for this project: the rules
were tuned on them, so this is a regression check, not an estimate).

``python tests/scripts/measure_recommendations.py --devset /path/to/devset [--split heldout]`` —
the estimate: real French pages kept outside the repository (never copied into it), each with
hand labels (``labels/NN.yml``: ``advice`` and ``claims`` lists of sentences, by line) and a
``tune``/``heldout`` split in ``index.yml``. Rules are tuned on ``tune`` only; ``heldout`` is for
measuring. Reported: recommendations (precision: picked sentences that are labelled advice;
recall: labelled advice that is picked) and quotes (precision: quoted sentences labelled as a
claim of the polarity of the theme they are quoted under; the stricter « thème » also asks for
the labelled theme). A sentence matches a label on the same line when either text contains the
other (the page's sentence splitter and the labeller may cut differently).
``--errors`` prints every wrong pick.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "hooks"))

from dossier_ia.reading.reader import read_article  # noqa: E402
from dossier_ia.synthesis.analysis import analyse_collection  # noqa: E402
from dossier_ia.synthesis.recommendations import article_recommendations, is_advice  # noqa: E402
from dossier_ia.synthesis.themes import Polarity, load_taxonomy  # noqa: E402

LABELS = ROOT / "tests" / "data" / "advice_labels.yml"
THEMES = ROOT / "docs" / "_data" / "themes.yml"
POLARITY_NAMES = {"advantage": Polarity.PRO, "drawback": Polarity.CON}


@dataclass
class Tally:
    right: int = 0
    picked: int = 0
    found: int = 0
    labelled: int = 0
    errors: list[str] = field(default_factory=list)

    def row(self, name: str) -> str:
        precision = f"{100 * self.right / self.picked:5.1f} %" if self.picked else "   — "
        recall = f"{100 * self.found / self.labelled:5.1f} %" if self.labelled else "   — "
        return (
            f"  {name:<28} précision {precision} ({self.right}/{self.picked})"
            f"   rappel {recall} ({self.found}/{self.labelled})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, help="dossier du jeu de pages réelles (hors dépôt)")
    parser.add_argument("--split", default="heldout", choices=["tune", "heldout", "all"])
    parser.add_argument("--errors", action="store_true", help="afficher chaque erreur")
    options = parser.parse_args()
    print("Phrases étiquetées pour ce projet (les règles y ont été réglées) :")
    tally = measure_labels()
    print(tally.row("recommandations"))
    _print_errors(tally, options.errors)
    if options.devset:
        print(f"Pages réelles ({options.devset}, partie « {options.split} ») :")
        pages, advice, quotes, themed = measure_devset(options.devset, options.split)
        print(f"  {pages} pages")
        for name, result in (
            ("recommandations", advice),
            ("citations (polarité)", quotes),
            ("citations (thème)", themed),
        ):
            print(result.row(name))
            _print_errors(result, options.errors)


def measure_labels() -> Tally:
    tally = Tally()
    for entry in yaml.safe_load(LABELS.read_text(encoding="utf-8"))["sentences"]:
        picked, expected = is_advice(entry["text"]), bool(entry["advice"])
        tally.picked += picked
        tally.right += picked and expected
        tally.labelled += expected
        tally.found += picked and expected
        if picked != expected:
            tally.errors.append(f"{'pris à tort' if picked else 'manqué'} : {entry['text']}")
    return tally


def measure_devset(devset: Path, split: str) -> tuple[int, Tally, Tally, Tally]:
    taxonomy, _ = load_taxonomy(THEMES)
    index = yaml.safe_load((devset / "index.yml").read_text(encoding="utf-8"))["pages"]
    chosen = [page["id"] for page in index if split == "all" or page["split"] == split]
    advice, quotes, themed = Tally(), Tally(), Tally()
    for page_id in chosen:
        text = (devset / "pages" / f"{page_id}.txt").read_bytes()
        labels = yaml.safe_load((devset / "labels" / f"{page_id}.yml").read_text(encoding="utf-8"))
        article = read_article(f"{page_id}.txt", text)
        _tally_advice(advice, article_recommendations(article, taxonomy), labels.get("advice") or [], page_id)
        synthesis = analyse_collection([article], taxonomy)
        claims = labels.get("claims") or []
        for support in synthesis.themes:
            for quote in support.quotes:
                line = next(block.line for block in article.blocks if block.anchor == quote.anchor)
                label = next(
                    (claim for claim in claims if claim["line"] == line and _same(claim["sentence"], quote.text)), None
                )
                polarity_right = label is not None and POLARITY_NAMES.get(label["polarity"]) is support.theme.polarity
                for result, right in (
                    (quotes, polarity_right),
                    (themed, polarity_right and label["theme"] == support.theme.id),
                ):
                    result.picked += 1
                    result.right += right
                    if not right:
                        result.errors.append(f"{page_id}:{line} [{support.theme.id}] {quote.text}")
    return len(chosen), advice, quotes, themed


def _tally_advice(tally: Tally, picked: tuple, labelled: list[dict], page_id: str) -> None:
    tally.picked += len(picked)
    tally.labelled += len(labelled)
    for recommendation in picked:
        if any(
            label["line"] == recommendation.line and _same(label["sentence"], recommendation.text) for label in labelled
        ):
            tally.right += 1
        else:
            tally.errors.append(f"pris à tort {page_id}:{recommendation.line} {recommendation.text}")
    for label in labelled:
        if any(
            label["line"] == recommendation.line and _same(label["sentence"], recommendation.text)
            for recommendation in picked
        ):
            tally.found += 1
        else:
            tally.errors.append(f"manqué {page_id}:{label['line']} {label['sentence']}")


def _same(labelled: str, found: str) -> bool:
    a, b = " ".join(labelled.split()), " ".join(found.split())
    return a in b or b in a


def _print_errors(tally: Tally, show: bool) -> None:
    if show:
        for error in tally.errors:
            print(f"    {error}")


if __name__ == "__main__":
    main()

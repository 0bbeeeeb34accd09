"""Articles → the synthesis: every sentence judged (``polarity``), quotes gathered per theme.

Per-article results are cached by content hash and taxonomy, and between the rebuilds of
``mkdocs serve``; a first build of thousands analyses the articles on every core. Given a folder
(``DiskCache``), each article's verdicts are also kept there for the next build, by what they
depend on: the article's blocks, the editor's data and the analysis code. A build after a few
edits (a commit that adds an article) then analyses those articles only.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections import OrderedDict
from collections.abc import Callable
from functools import partial
from pathlib import Path

from dossier_ia.cache import DiskCache, LastResult, LastResults, RebuildMemo
from dossier_ia.compact_json import compact_json
from dossier_ia.french.lexicon import AI_MENTION
from dossier_ia.french.sentences import split_sentences
from dossier_ia.parallel import start_on_every_core
from dossier_ia.reading.model import LIST_ITEMS, Article, Block, BlockKind
from dossier_ia.synthesis.claims import NO_CLAIM, block_context, judge, theme_relevance
from dossier_ia.synthesis.cues import CompiledTaxonomy, compile_taxonomy, model_code_digest
from dossier_ia.synthesis.model import (
    ArticleRef,
    Claim,
    Quote,
    SentenceVerdict,
    Synthesis,
    ThemeSupport,
    is_sure,
)
from dossier_ia.synthesis.themes import Polarity, Taxonomy
from dossier_ia.synthesis.topics import emerging_topics

CACHE_SIZE = 20_000
VERDICTS_SUFFIX = ".json"
# Generations of stored verdicts kept (``verdict_store``): the current editor data and code, and
# the one before (a change undone, or a build still running with it).
VERDICT_GENERATIONS = 2
INTRO_MARK = ":"
# A claim takes its neighbour's theme from this many words on, and when its words speak this much
# of that theme (``_themed_by_neighbours``; relevance as ``claims`` weighs it).
NEIGHBOUR_MIN_WORDS = 10
NEIGHBOUR_MIN_RELEVANCE = 0.3
# A benefit the claim model is not sure of is no claim in an article with more than this many claims,
# fewer than this share of the others benefits (``_without_doubtful_dissent``).
DISSENT_MIN_CLAIMS = 5
DISSENT_MAX_SHARE = 0.4
_cache: OrderedDict[tuple[str, str], tuple[SentenceVerdict, ...]] = OrderedDict()
# The emerging subjects of the previous build, while no claim outside the themes changed.
_last_topics: LastResult[tuple[tuple[ThemeSupport, ...], tuple[Claim, ...]]] = LastResult()
_supports: LastResults[ThemeSupport] = LastResults()
# Each article's claims sorted by theme in the previous build: after one edit, a rebuild of
# ``mkdocs serve`` regroups the other articles' quotes instead of making them again.
_sorted_claims: RebuildMemo[tuple[dict[str, tuple[Quote, ...]], tuple[Claim, ...]]] = RebuildMemo()


def analyse_collection(articles: list[Article], taxonomy: Taxonomy) -> Synthesis:
    """Analyse every article (cached per content), gather quotes per theme, and group the claims
    no theme covers into emerging subjects."""
    return start_collection_analysis(articles, taxonomy)()


def start_collection_analysis(
    articles: list[Article], taxonomy: Taxonomy, models: DiskCache | None = None, stored: DiskCache | None = None,
    spare_a_core: bool = False,
) -> Callable[[], Synthesis]:
    """``analyse_collection`` in two steps: the articles no cache holds (all of them, in a first
    build) start being analysed on every core now (``spare_a_core``: on all but one, which the
    caller keeps for its own work); calling what is returned waits for them and makes the
    synthesis. The caller does its own work in between. ``models`` keeps the learnt models
    between builds (``compile_taxonomy``), ``stored`` each article's verdicts."""
    compile_taxonomy(taxonomy, models)  # once, before the workers start with it
    # Each article no memory holds, with the key of its stored verdicts (read, or written once judged).
    uncached = [
        (article, _stored_key(article, taxonomy) if stored is not None else "")
        for article in articles if (article.content_hash, taxonomy.fingerprint) not in _cache
    ]
    if stored is not None:
        uncached = [(article, key) for article, key in uncached if not _read_stored(article, taxonomy, stored, key)]
    pending = start_on_every_core(lambda item: _analyse_blocks(item[0].blocks, taxonomy), uncached, spare_a_core)

    def finish() -> Synthesis:
        for (article, key), verdicts in zip(uncached, pending()):
            _remember((article.content_hash, taxonomy.fingerprint), verdicts)
            if stored is not None:
                stored.put(key, compact_json([tuple(verdict) for verdict in verdicts]))
        return _gather(articles, taxonomy)

    return finish


def verdict_store(folder: Path, taxonomy: Taxonomy) -> DiskCache:
    """Where ``start_collection_analysis`` keeps the verdicts of this taxonomy and code: one
    folder per generation of the two. A change to either judges every article anew (5 MB of
    verdicts at 1,000 articles), and the older generations would never be read again: all but
    the newest ``VERDICT_GENERATIONS`` are deleted, so that an editor who tunes ``themes.yml`` all
    afternoon does not fill the disk."""
    name = hashlib.sha256(f"{taxonomy.fingerprint} {model_code_digest()}".encode()).hexdigest()[:16]
    generation = folder / name
    generation.mkdir(parents=True, exist_ok=True)
    # The generation in use is the newest (the clock's nanoseconds: a file system's own stamp may
    # be the same for two builds in a row).
    now = time.time_ns()
    os.utime(generation, ns=(now, now))
    others = [path for path in folder.iterdir() if path.is_dir() and path != generation]
    for stale in sorted(others, key=lambda path: path.stat().st_mtime_ns, reverse=True)[VERDICT_GENERATIONS - 1 :]:
        shutil.rmtree(stale, ignore_errors=True)
    return DiskCache(generation, VERDICTS_SUFFIX)


def _stored_key(article: Article, taxonomy: Taxonomy) -> str:
    """What an article's verdicts depend on: its blocks as the analysis reads them (kind, label,
    text: not the raw file, which the reader's code turns into blocks), the editor's data and
    the code that judges (``model_code_digest``)."""
    digest = hashlib.sha256()
    for block in article.blocks:
        digest.update(f"{block.kind.value}\x1f{block.label}\x1f{block.text}\x1e".encode())
    return f"verdicts {digest.hexdigest()} {taxonomy.fingerprint} {model_code_digest()}"


def _read_stored(article: Article, taxonomy: Taxonomy, stored: DiskCache, key: str) -> bool:
    """Take the article's verdicts from ``stored`` (under ``key``) if an earlier build kept them; an
    entry that cannot be read (a disk error, a file cut short) is analysed again and rewritten."""
    try:
        rows = json.loads(stored.path(key).read_bytes())
        verdicts = tuple(
            SentenceVerdict(index, start, end, Polarity(polarity) if polarity else None, tuple(themes), confidence)
            for index, start, end, polarity, themes, confidence in rows
        )
    except (OSError, ValueError, TypeError):
        return False
    _remember((article.content_hash, taxonomy.fingerprint), verdicts)
    return True


def forget_verdicts() -> None:
    """Drop the sentences' verdicts kept for the next build: a one-off build has none (at 5,000
    articles, some 300,000 verdicts the engine's rendering can use the memory of)."""
    _cache.clear()


def _gather(articles: list[Article], taxonomy: Taxonomy) -> Synthesis:
    """The synthesis from the articles' verdicts (all cached by now)."""
    ordered = sorted(articles, key=lambda article: article.source_name)
    quotes: dict[str, list[tuple[Quote, ...]]] = {theme.id: [] for theme in taxonomy.themes}
    unthemed: list[Claim] = []
    keys = [(article, taxonomy.fingerprint) for article in ordered]
    for article_quotes, article_unthemed in _sorted_claims.get_many(
        keys, lambda missing: [_sort_claims(article, taxonomy) for article, _ in missing]
    ):
        for theme_id, theme_quotes in article_quotes.items():
            quotes[theme_id].append(theme_quotes)
        unthemed.extend(article_unthemed)
    _sorted_claims.end_build()
    supports = []
    for theme in taxonomy.themes:
        # A theme whose quotes are the previous build's keeps its support, and what was computed of it.
        theme_quotes = tuple(quotes[theme.id])
        supports.append(_supports.get(theme.id, (theme, theme_quotes), partial(ThemeSupport, theme, theme_quotes)))
    _supports.end_build()
    order = {theme.id: index for index, theme in enumerate(taxonomy.themes)}
    supports.sort(
        key=lambda support: (support.theme.polarity is Polarity.CON, -len(support.articles), order[support.theme.id])
    )
    refs = tuple(ArticleRef(article.source_name, article.slug, article.title) for article in ordered)
    titles = tuple(theme.title for theme in taxonomy.themes)
    emerging, left = _last_topics.get((tuple(unthemed), titles), lambda: emerging_topics(tuple(unthemed), titles))
    return Synthesis(tuple(supports), refs, left, emerging)


def _sort_claims(article: Article, taxonomy: Taxonomy) -> tuple[dict[str, tuple[Quote, ...]], tuple[Claim, ...]]:
    """One article's quotes by theme, and its claims that no theme covers."""
    quotes: dict[str, list[Quote]] = {}
    unthemed: list[Claim] = []
    for claim in article_claims(article, taxonomy):
        for theme_id in claim.themes:
            quotes.setdefault(theme_id, []).append(
                Quote(claim.article, claim.slug, claim.article_title, claim.anchor, claim.text, claim.confidence)
            )
        if not claim.themes:
            unthemed.append(claim)
    return {theme_id: tuple(theme_quotes) for theme_id, theme_quotes in quotes.items()}, tuple(unthemed)


def article_claims(article: Article, taxonomy: Taxonomy) -> list[Claim]:
    """The sentences of one article that assert a benefit or a drawback, in reading order."""
    claims = []
    for verdict in analyse_article(article, taxonomy):
        if verdict.polarity is None:
            continue
        block = article.blocks[verdict.block_index]
        claims.append(
            Claim(
                article.source_name,
                article.slug,
                article.title,
                block.anchor,
                block.line,
                block.text[verdict.start : verdict.end],
                verdict.polarity,
                verdict.themes,
                verdict.confidence,
            )
        )
    return claims


def analyse_article(article: Article, taxonomy: Taxonomy) -> tuple[SentenceVerdict, ...]:
    """Every sentence of the article's prose blocks with its verdict; cached by content hash."""
    key = (article.content_hash, taxonomy.fingerprint)
    if key in _cache:
        _cache.move_to_end(key)
        return _cache[key]
    return _remember(key, _analyse_blocks(article.blocks, taxonomy))


def _remember(key: tuple[str, str], verdicts: tuple[SentenceVerdict, ...]) -> tuple[SentenceVerdict, ...]:
    _cache[key] = verdicts
    if len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)
    return verdicts


def analyse_sentence(
    text: str, taxonomy: Taxonomy, label: str = "", heading: str = "", intro: str = ""
) -> SentenceVerdict:
    """One sentence on its own (block index 0), for tests and for trying out cues and examples;
    ``intro`` is the sentence introducing the list the sentence is an item of."""
    compiled = compile_taxonomy(taxonomy)
    context = block_context(compiled, heading, label, intro if intro else None)
    return SentenceVerdict(0, 0, len(text), *judge(text, context, None, compiled))


def _analyse_blocks(blocks: tuple[Block, ...], taxonomy: Taxonomy) -> tuple[SentenceVerdict, ...]:
    """Every sentence judged in reading order, with what its heading, its list's introduction
    (the last sentence of the paragraph before a list, when it ends with a colon) and its label
    announce; none before the first heading or sentence that names AI or its tools
    (``AI_MENTION``), which sets the scene, when the article names them at all."""
    compiled = compile_taxonomy(taxonomy)
    verdicts: list[SentenceVerdict] = []
    texts: list[str] = []
    heading = ""
    intro: str | None = None
    previous: Polarity | None = None
    # The first block that names AI; an article that never does has no opening to set apart.
    named_at = next((index for index, block in enumerate(blocks) if AI_MENTION.search(block.text)), -1)
    ai_named = named_at < 0
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.HEADING:
            heading, intro, previous = block.text, None, None
            ai_named = ai_named or index == named_at
            continue
        item = block.kind in LIST_ITEMS
        if not item:
            intro = None
        context = block_context(compiled, heading, block.label, intro if item else None, item)
        sentences = split_sentences(block.text)
        for start, end, text in sentences:
            if not ai_named and (index < named_at or AI_MENTION.search(text) is None):
                judgement = NO_CLAIM
            else:
                ai_named = True
                judgement = judge(text, context, previous, compiled)
            verdicts.append(SentenceVerdict(index, start, end, *judgement))
            texts.append(text)
            previous = judgement.polarity
        if not item and sentences and sentences[-1].text.rstrip().endswith(INTRO_MARK):
            intro = sentences[-1].text
    return _without_doubtful_dissent(_themed_by_neighbours(verdicts, texts, compiled))


def _themed_by_neighbours(
    verdicts: list[SentenceVerdict], texts: list[str], compiled: CompiledTaxonomy,
) -> tuple[SentenceVerdict, ...]:
    """A claim whose words name no theme takes the theme of the claim of its side just before it,
    or else just after it, in its paragraph, when its words speak of that theme a little: a
    writer develops one point over a few sentences ("Le point du lundi est bouclé avant neuf
    heures" after a sentence on time saved), and the theme's words come in one of them only. A
    transition ("Cependant, l’IA n’a pas que des côtés positifs.") speaks of no theme."""
    themed = list(verdicts)
    for position, verdict in enumerate(verdicts):
        if verdict.polarity is None or verdict.themes or len(texts[position].split()) < NEIGHBOUR_MIN_WORDS:
            continue
        for other in (position - 1, position + 1):
            if 0 <= other < len(verdicts):
                neighbour = verdicts[other]
                same_point = neighbour.block_index == verdict.block_index and neighbour.polarity is verdict.polarity
                if (
                    same_point and neighbour.themes
                    and theme_relevance(texts[position], neighbour.themes[0], compiled) >= NEIGHBOUR_MIN_RELEVANCE
                ):
                    themed[position] = verdict._replace(themes=neighbour.themes[:1])
                    break
    return tuple(themed)


def _without_doubtful_dissent(verdicts: tuple[SentenceVerdict, ...]) -> tuple[SentenceVerdict, ...]:
    """The verdicts without the benefits the claim model is not sure of (``Claim.sure``) in an
    article that mostly claims drawbacks. A critical article describes what AI does in order to
    object to it (« Grâce à l’IA, chaque achat alimente un profil que les régies exploitent »), and
    such a description reads as a benefit, to the rules and half to the model; the readers who
    labelled real pages saw the objection. Quoted benefits of that kind were right 6 times in 23 on
    the real pages tuned on, 8 in 19 in the articles written for the project; drawbacks in a mostly
    favourable article were right three times in four, so they stay. With it, the real pages tuned
    on went from precision 0.708, recall 0.519 to 0.731, 0.512; those never tuned on from 0.698,
    0.528 to 0.711, 0.522; the written articles from 0.841, 0.610 to 0.864, 0.598; the seeds did not
    change. From 3 to 5 claims the tuned pages did not change, the others gained at 5."""
    claims = [verdict for verdict in verdicts if verdict.polarity is not None]
    if len(claims) <= DISSENT_MIN_CLAIMS:
        return verdicts
    benefits = sum(verdict.polarity is Polarity.PRO for verdict in claims)
    return tuple(
        verdict._replace(polarity=None, themes=(), confidence=NO_CLAIM.confidence)
        if verdict.polarity is Polarity.PRO and not is_sure(verdict.confidence)
        and (benefits - 1) / (len(claims) - 1) < DISSENT_MAX_SHARE
        else verdict
        for verdict in verdicts
    )

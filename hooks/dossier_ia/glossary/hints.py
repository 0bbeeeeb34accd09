"""Hints for the editor about the glossary: terms no article uses, names the articles use often
that the glossary does not explain (acronyms, organisations), each as an advice notice."""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from dossier_ia.cache import RebuildMemo
from dossier_ia.french.text import sort_key
from dossier_ia.glossary.linker import WORD, GlossaryMatcher, compile_glossary, is_acronym
from dossier_ia.glossary.terms import HYPHENS, Glossary, form_key
from dossier_ia.notices import Kind, Notice, advice, counted
from dossier_ia.reading.model import Article

# Hints: runs of capitalised words, an acronym or a name such as « Goldman Sachs ».
UPPERCASE = "A-ZÀ-ÖØ-Þ"
# (The capital comes before the look-behind so that the engine can skip ahead to the next capital.)
NAME_RUN = re.compile(rf"[{UPPERCASE}](?<![{HYPHENS}\w].)\w*(?:[ \u00a0][{UPPERCASE}]\w*)*(?![{HYPHENS}\w])")
# A capital after these (or at the start of a block) opens a sentence: it says nothing about a name.
SENTENCE_OPENERS = frozenset(".!?…:;«“\"(–—•")
MIN_HINT_COUNT = 2
NAMES_SHOWN_IN_HINT = 5

# A run of capitalised words (a candidate name), and whether it opens its sentence.
_NameRun = tuple[tuple[str, ...], bool]
# Per-article name runs from the previous build: a ``mkdocs serve`` rebuild after one edit
# rescans one article.
_names: RebuildMemo[tuple[tuple[str, ...], Counter[_NameRun]]] = RebuildMemo()


@dataclass(frozen=True)
class MissingTerm:
    """A name the articles use often and the glossary does not explain: a hint for the editor."""

    name: str
    count: int
    articles: tuple[str, ...]


def missing_terms(articles: Iterable[Article], glossary: Glossary) -> list[MissingTerm]:
    """Acronyms and proper names used at least ``MIN_HINT_COUNT`` times that no glossary term covers.

    A capitalised word is only a name when the articles never write it in lower case and it does
    not merely open a sentence; the editor silences a name by listing it under ``ignore:``.
    """
    matcher = compile_glossary(glossary)
    words: set[str] = set()
    # The same run of words comes back in many articles: each distinct run is judged once.
    run_counts: Counter[_NameRun] = Counter()
    run_sources: dict[_NameRun, list[str]] = {}
    for article in articles:
        article_words, article_runs = _names.get(
            (article.source_name, article.content_hash, matcher), lambda: _name_runs(article, matcher)
        )
        words.update(article_words)
        run_counts.update(article_runs)
        for run in article_runs:
            run_sources.setdefault(run, []).append(article.source_name)
    _names.end_build()
    names_elsewhere = {
        form_key(_name(run, False, words, set())) for run, opens_sentence in run_counts if not opens_sentence
    }
    counts: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    sources: dict[str, set[str]] = {}
    for (run, opens_sentence), count in run_counts.items():
        name = _name(run, opens_sentence, words, names_elsewhere)
        if not name or form_key(name) in glossary.ignored:
            continue
        key = form_key(name)
        counts[key] += count
        spellings.setdefault(key, Counter())[name] += count
        sources.setdefault(key, set()).update(run_sources[run, opens_sentence])
    missing = [
        MissingTerm(spellings[key].most_common(1)[0][0], count, tuple(sorted(sources[key])))
        for key, count in counts.items()
        if count >= MIN_HINT_COUNT
    ]
    return sorted(missing, key=lambda missing_term: (-missing_term.count, sort_key(missing_term.name)))


def glossary_hints(
    articles: Sequence[Article],
    glossary: Glossary,
    citations: Mapping[str, Sequence[Article]],
    source: str,
) -> list[Notice]:
    """One notice per hint for the editor: terms no article uses, then names the glossary lacks."""
    hints = [
        advice(
            Kind.GLOSSARY_UNUSED,
            source,
            f"le terme « {term.name} » n’apparaît dans aucun article ; vérifiez ses variantes ou retirez-le",
            term.line,
        )
        for term in glossary.terms
        if not citations.get(term.anchor)
    ]
    hints += [
        advice(
            Kind.GLOSSARY_MISSING, source,
            f"« {missing.name} » revient {missing.count} fois ({_some(missing.articles)}) sans être dans le "
            f"glossaire ; ajoutez-le, ou listez-le sous « ignore: » s’il n’a pas besoin d’explication",
        )
        for missing in missing_terms(articles, glossary)
    ]
    return hints


def _some(names: Sequence[str]) -> str:
    """A few file names for a hint line, not hundreds."""
    more = f" et {counted(len(names) - NAMES_SHOWN_IN_HINT, 'autre')}" if len(names) > NAMES_SHOWN_IN_HINT else ""
    return ", ".join(names[:NAMES_SHOWN_IN_HINT]) + more


def _name_runs(article: Article, matcher: GlossaryMatcher) -> tuple[tuple[str, ...], Counter[_NameRun]]:
    """One article's words and its capitalised runs outside glossary terms: the per-article part
    of ``missing_terms``, cached by content so that a rebuild after one edit rescans one article.
    The words are kept as a tuple of shared (interned) strings, not a set of the article's own:
    a thousand articles' sets held 40 MB, for words most articles share."""
    words: set[str] = set()
    runs: Counter[_NameRun] = Counter()
    for block in article.body_blocks:
        words.update(WORD.findall(block.text))
        covered = [(span.start, span.end) for span in matcher.spans(block.text)]
        runs.update(
            (tuple(match.group().split()), _opens_sentence(block.text, match.start()))
            for match in NAME_RUN.finditer(block.text)
            if not _overlaps(match.start(), match.end(), covered)
        )
    return tuple(map(sys.intern, words)), runs


def _opens_sentence(text: str, position: int) -> bool:
    before = text[:position].rstrip()
    return not before or before[-1] in SENTENCE_OPENERS


def _name(words: tuple[str, ...], opens_sentence: bool, article_words: set[str], names_elsewhere: set[str]) -> str:
    """The name in a run of capitalised words, without the words that only had a capital: common
    words (the articles also write them in lower case) and a sentence's first word, unless it is
    an acronym or the run is only a name without it (« Selon Goldman Sachs » is « Goldman Sachs »)."""
    while words and not is_acronym(words[0]) and words[0].lower() in article_words:
        words, opens_sentence = words[1:], False
    if (
        words
        and opens_sentence
        and not is_acronym(words[0])
        and (len(words) == 1 or form_key(" ".join(words[1:])) in names_elsewhere)
    ):
        words = words[1:]
    if not words or (len(words) == 1 and len(words[0]) < 2):
        return ""
    return " ".join(words)


def _overlaps(start: int, end: int, ranges: Iterable[tuple[int, int]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in ranges)

"""Glossary terms in the articles: where each term occurs, which spans become links, what is missing.

The glossary is compiled once, and every block is read once whatever the number of terms: the
spellings of all terms are grouped by their first word, and each group is merged into a character
trie written out as one regular expression. A block's words are intersected with the known first
words (a set operation), and only there is the matching group's expression tried.

Inflection: French terms vary in number (« algorithme », « algorithmes », « réseaux sociaux »).
The matcher derives the singular and plural of each spelling from the regular French endings when
the glossary is compiled, instead of lemmatising the text with simplemma: simplemma 2.0.0 leaves
« génératives », « chatbots » or « segmentations » as they are (so « intelligences artificielles
génératives » would never match) and lowercases « ROI » into « roi » (a king); lemmatising would
also cost a dictionary look-up per word of every page. Irregular forms go in the YAML variants.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from dossier_ia.cache import RebuildMemo
from dossier_ia.french.text import fold_accents
from dossier_ia.glossary.terms import APOSTROPHES, APOSTROPHES_AND_HYPHENS, HYPHENS, Glossary, Term, form_key
from dossier_ia.reading.model import Article, BlockKind, InlineLink
from dossier_ia.settings import GLOSSARY_PAGE

# Headings and FAQ questions are rendered as headings: a link there would clutter the outline.
LINKABLE_KINDS = frozenset(BlockKind) - {BlockKind.HEADING, BlockKind.QUESTION}
# A hyphen joins words into one ("e-mail", "anti-IA"): a term never starts or ends next to one.
WORD_END = rf"(?!\w|[{HYPHENS}]\w)"
# Addresses are not prose: "www.exemple.fr/IA" must not get a link inside it.
ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
ADDRESS_HINTS = ("://", "www.", "@")
WORD = re.compile(r"\w+")
# Regular French number endings as (singular, plural), most specific first; the last rule always applies.
NUMBER_ENDINGS = (("eau", "eaux"), ("al", "aux"), ("eu", "eux"), ("", "s"))
INVARIABLE_ENDINGS = ("s", "x", "z")
CONJUNCTIONS = frozenset({"et", "ou", "and", "or"})
# Number agreement stops at a complement: « retours sur investissement », « gestions de crise ».
COMPLEMENT_WORDS = frozenset(
    "à au aux avec chez contre d dans de des du en entre par pour sans sous sur vers for of on".split()
)
LATIN_1_END = 0x100
LATIN_EXTENDED_A_END = 0x180
CACHED_BLOCKS = 100_000


def _letter_tables() -> tuple[dict[int, str], dict[str, str]]:
    """Letters folded to lower case without accents ("É" → "e", "Œ" → "œ", one character for one),
    apostrophes and hyphens to the plain ones, every other character kept; and each base letter's
    class of accented forms ("e" → "[eèéêë]").

    The classes stop at Latin-1, which holds every French accent: wider ones make compiling slow.
    """
    folded: dict[int, str] = {}
    forms: dict[str, str] = {}
    for code in range(LATIN_EXTENDED_A_END):
        char = chr(code)
        if not (char.islower() or char.isupper()):
            continue
        base = fold_accents(char).lower()
        folded[code] = base if len(base) == 1 else char.lower()
        if char.islower() and len(base) == 1 and code < LATIN_1_END:
            forms[base] = forms.get(base, "") + char
    classes = {base: f"[{chars}]" if len(chars) > 1 else chars for base, chars in forms.items()}
    return {**APOSTROPHES_AND_HYPHENS, **folded}, classes


# FOLDED keys the words of a text; LETTER_FORMS lets a pattern accept any accent.
FOLDED, LETTER_FORMS = _letter_tables()

# Per-article results of ``find_citations`` from the previous build, so that a ``mkdocs serve``
# rebuild after one edit rescans one article.
_citations: RebuildMemo[list[str]] = RebuildMemo()


@dataclass(frozen=True)
class TermSpan:
    """One occurrence of a term: ``text[start:end]`` is one of its spellings."""

    term: Term
    start: int
    end: int


@dataclass
class _TrieNode:
    children: dict[str, _TrieNode] = field(default_factory=dict)
    term: Term | None = None


class GlossaryMatcher:
    """All spellings of all terms, compiled once; ``spans`` reads a text once, word by word.

    Like an Aho-Corasick automaton on words: the first word of each spelling leads to one
    compiled trie of all the spellings that start with it, tried only where that word occurs.
    """

    def __init__(self, glossary: Glossary) -> None:
        """Compile every spelling once per glossary: the pages then only walk the tries."""
        owners: dict[str, Term] = {}
        tries: dict[str, _TrieNode] = {}
        # Listed spellings first, so that a derived form never takes another term's listed one.
        spellings = [(form, term) for term in glossary.terms for form in term.forms]
        spellings += [(form, term) for term in glossary.terms for form in term_forms(term) if form not in term.forms]
        for form, term in spellings:
            first_word = WORD.match(form.translate(FOLDED))
            if first_word and owners.setdefault(form_key(form), term) is term:
                _insert(tries.setdefault(first_word.group(), _TrieNode()), _fragments(form, term.proper_name), term)
        self._automata: dict[str, tuple[re.Pattern[str], list[Term]]] = {}
        for word, root in tries.items():
            terms: list[Term] = []
            self._automata[word] = (re.compile(_render(root, terms), re.IGNORECASE), terms)
        self._first_words = frozenset(self._automata)
        # Term anchor → the phrases where its spellings mean something else, as one pattern.
        self._exclusions = {
            term.anchor: re.compile("|".join(map(_context_pattern, term.excluded_contexts)))
            for term in glossary.terms if term.excluded_contexts
        }
        # The site asks about the same blocks three times (links, "Cité dans", hints): read each once.
        self._candidates = functools.lru_cache(maxsize=CACHED_BLOCKS)(self._find_candidates)

    def spans(self, text: str, excluded: Iterable[tuple[int, int]] = ()) -> list[TermSpan]:
        """Occurrences in ``text``, left to right, never overlapping: where two overlap, the longest wins.

        Nothing is found inside ``excluded`` ranges (existing links) nor inside web addresses.
        """
        taken = bytearray(len(text))
        addresses = ADDRESS.finditer(text) if any(hint in text for hint in ADDRESS_HINTS) else ()
        for start, end in [*excluded, *((match.start(), match.end()) for match in addresses)]:
            taken[start:end] = b"\x01" * len(taken[start:end])
        chosen: list[TermSpan] = []
        for span in self._candidates(text):
            if not any(taken[span.start : span.end]):
                taken[span.start : span.end] = b"\x01" * (span.end - span.start)
                chosen.append(span)
        return sorted(chosen, key=lambda span: span.start)

    def _find_candidates(self, text: str) -> tuple[TermSpan, ...]:
        """The longest spelling starting at each word, longest first: the order in which they are kept."""
        candidates: list[TermSpan] = []
        folded = text.translate(FOLDED)
        for word in set(WORD.findall(folded)) & self._first_words:
            pattern, terms = self._automata[word]
            for start in _word_positions(folded, word):
                match = pattern.match(text, start)
                if match:
                    candidates.append(TermSpan(terms[match.lastindex - 1], start, match.end()))
        if self._exclusions and candidates:
            candidates = self._outside_excluded_contexts(candidates, folded)
        return tuple(sorted(candidates, key=lambda span: (span.start - span.end, span.start)))

    def _outside_excluded_contexts(self, candidates: list[TermSpan], folded: str) -> list[TermSpan]:
        """Drop the occurrences that lie inside a phrase their term's entry excludes."""
        ranges: dict[str, list[tuple[int, int]]] = {}
        for anchor in {span.term.anchor for span in candidates} & self._exclusions.keys():
            ranges[anchor] = [match.span() for match in self._exclusions[anchor].finditer(folded)]
        return [
            span for span in candidates
            if not any(start <= span.start and span.end <= end for start, end in ranges.get(span.term.anchor, ()))
        ]


@functools.lru_cache(maxsize=4)
def compile_glossary(glossary: Glossary) -> GlossaryMatcher:
    """The matcher of a glossary, built once per loaded glossary (cached by identity)."""
    return GlossaryMatcher(glossary)


def term_forms(term: Term) -> tuple[str, ...]:
    """Every spelling that links to ``term``: the listed ones and their regular singular and plural."""
    forms = dict.fromkeys(term.forms)
    for form in term.forms:
        forms.update(dict.fromkeys(_number_variants(form)))
    return tuple(forms)


def link_terms(article: Article, glossary: Glossary, existing: Iterable[InlineLink] = ()) -> list[InlineLink]:
    """The first occurrence of each term in the article's prose, as links to its glossary entry.

    Only prose blocks are linked (never headings or questions), never inside ``existing`` links;
    a term already linked earlier in the article is not linked again, so a page is not a sea of links.
    """
    matcher = compile_glossary(glossary)
    taken: dict[str, list[tuple[int, int]]] = {}
    for link in existing:
        taken.setdefault(link.block_anchor, []).append((link.start, link.end))
    linked: set[str] = set()
    links: list[InlineLink] = []
    for block in article.blocks:
        if block.kind not in LINKABLE_KINDS:
            continue
        for span in matcher.spans(block.text, taken.get(block.anchor, ())):
            if span.term.anchor not in linked:
                linked.add(span.term.anchor)
                links.append(
                    InlineLink(
                        block.anchor, span.start, span.end, f"{GLOSSARY_PAGE}#{span.term.anchor}", span.term.definition
                    )
                )
    return links


def first_passages(article: Article, glossary: Glossary) -> dict[str, str]:
    """Term anchor → the anchor of the first block of the article where the term occurs (where a
    « Cité dans » link of the glossary leads); terms found only in the title are left out."""
    matcher = compile_glossary(glossary)
    passages: dict[str, str] = {}
    for block in article.blocks:
        for text in (block.label, block.text):
            for span in matcher.spans(text) if text else ():
                passages.setdefault(span.term.anchor, block.anchor)
    return passages


def find_citations(articles: Iterable[Article], glossary: Glossary) -> dict[str, tuple[Article, ...]]:
    """Term anchor → the articles whose text shows the term anywhere (title and headings included)."""
    matcher = compile_glossary(glossary)
    citations: dict[str, list[Article]] = {term.anchor: [] for term in glossary.terms}
    for article in sorted(articles, key=lambda article: article.source_name):
        found = _citations.get(
            (article.source_name, article.content_hash, article.title, matcher),
            lambda: sorted({span.term.anchor for text in _visible_texts(article) for span in matcher.spans(text)}),
        )
        for anchor in found:
            citations[anchor].append(article)
    _citations.end_build()
    return {anchor: tuple(cited) for anchor, cited in citations.items()}


def _context_pattern(phrase: str) -> str:
    """A phrase as the text is searched: folded like ``FOLDED``, any run of spaces between words."""
    folded = phrase.translate(FOLDED)
    return r"(?<!\w)" + r"\s+".join(re.escape(word) for word in folded.split()) + WORD_END


def _visible_texts(article: Article) -> Iterator[str]:
    yield article.title
    for block in article.blocks:
        yield block.label
        yield block.text


def _number_variants(form: str) -> set[str]:
    """The all-singular and all-plural readings of a spelling: « donnée personnelle », « données personnelles »."""
    singular: list[str] = []
    plural: list[str] = []
    agreeing = True
    for word in form.split(" "):
        agreeing = (
            agreeing and word.casefold() not in COMPLEMENT_WORDS and not any(mark in word for mark in APOSTROPHES)
        )
        one, many = _singular_and_plural(word) if agreeing and _inflectable(word) else (word, word)
        singular.append(one)
        plural.append(many)
    return {" ".join(singular), " ".join(plural)}


def _inflectable(word: str) -> bool:
    """A common word (or a capitalised one): not « et », nor an acronym like « IA », « ChatGPT » or « e-mail »."""
    return len(word) > 1 and word.isalpha() and word[1:].islower() and word.casefold() not in CONJUNCTIONS


def _singular_and_plural(word: str) -> tuple[str, str]:
    lower = word.casefold()
    for singular_ending, plural_ending in NUMBER_ENDINGS:
        if lower.endswith(plural_ending):
            return word[: len(word) - len(plural_ending)] + singular_ending, word
    if lower.endswith(INVARIABLE_ENDINGS):
        return word, word
    singular_ending, plural_ending = next((one, many) for one, many in NUMBER_ENDINGS if lower.endswith(one))
    return word, word[: len(word) - len(singular_ending)] + plural_ending


def _fragments(form: str, proper_name: bool = False) -> list[str]:
    """A spelling as regex pieces, one per character: acronyms exact, and a proper name's capitals;
    other letters in any case and accent."""
    exact_positions = {
        index
        for match in WORD.finditer(form)
        if is_acronym(match.group())
        for index in range(match.start(), match.end())
    }
    if proper_name:
        exact_positions.update(index for index, char in enumerate(form) if char.isupper())
    fragments: list[str] = []
    for index, char in enumerate(form):
        if char == " ":
            fragments.append(r"\s+")
        elif char in APOSTROPHES:
            fragments.append(f"[{APOSTROPHES}]")
        elif char in HYPHENS:
            fragments.append(f"[{HYPHENS}]")
        elif index in exact_positions:
            fragments.append(f"(?-i:{re.escape(char)})")
        else:
            fragments.append(LETTER_FORMS.get(char.translate(FOLDED), re.escape(char.lower())))
    return fragments


def _insert(root: _TrieNode, fragments: list[str], term: Term) -> None:
    node = root
    for fragment in fragments:
        node = node.children.setdefault(fragment, _TrieNode())
    node.term = node.term or term


def _render(node: _TrieNode, terms: list[Term]) -> str:
    """The trie as a regex: a longer spelling is tried before the end of a shorter one (longest wins).

    Each end of a spelling is an empty group, numbered in the order ``terms`` lists its term, so
    that ``match.lastindex`` tells which term matched without looking the text up again.
    """
    branches = [fragment + _render(child, terms) for fragment, child in sorted(node.children.items())]
    if node.term is not None:
        terms.append(node.term)
        branches.append(f"{WORD_END}()")
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _word_positions(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands as a whole word; not after a hyphen that joins it to another (« anti-IA »)."""
    start = text.find(word)
    while start != -1:
        end = start + len(word)
        before = text[start - 1] if start else " "
        after_hyphen = before in HYPHENS and start >= 2 and _is_word_char(text[start - 2])
        if not _is_word_char(before) and not after_hyphen and (end == len(text) or not _is_word_char(text[end])):
            yield start
        start = text.find(word, start + 1)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def is_acronym(word: str) -> bool:
    """Whether a word is an acronym (« IA », « RGPD »): matched in its exact case (« ia » is not the term), and
    never taken for a common word that a capital only opens a sentence with."""
    return len(word) >= 2 and word.isupper()

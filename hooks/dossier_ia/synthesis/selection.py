"""Which quotes the synthesis page shows: self-contained, representative, from different articles
first, none shown more than twice on the page.

A sentence that leans on the one before (« Et qui, en effet, … », « Cela affecte… », « Ils
utilisent… ») means nothing alone: it is shown only with that sentence (``Passages``), and the
synthesis page prefers sentences that stand alone. Among those, a quote is representative when
it is about this theme alone, of a readable length, names AI, and shares its words with the
theme's other quotes; the rules are French and general, kept as data.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import chain
from math import floor

from dossier_ia.cache import LastResults, RebuildMemo
from dossier_ia.french.sentences import split_sentences
from dossier_ia.french.text import fold_accents
from dossier_ia.reading.model import Article, BlockKind
from dossier_ia.synthesis.model import ThemeSupport, paragraph_key, sentence_key

# Openings that refer back to the previous sentence: coordination, relatives, pronouns and
# demonstratives, ordinals (« Le second… »), « en effet ». Matched on lower case, accents folded.
LEANS_BACK = re.compile(
    r"^(?:et|ou|mais|or|donc|car|puis|ni|le tout|qui|que|dont|lequel|laquelle|lesquels|lesquelles|cela|ceci|ca|"
    r"ce|c'|cet|cette|ces|celui|celle|ceux|celles|ils|elles|elle|lui|eux|leur|leurs|y|la-dessus|"
    r"en effet|ce dernier|cette derniere|ces derniers|un autre|une autre|d'autres|l'autre|les autres|"
    r"le premier|la premiere|le second|la seconde|le deuxieme|la deuxieme|le troisieme|"
    r"autrement dit|par consequent|de meme|tel|telle|tels|telles|voici|voila|la encore|a cela|"
    r"pour cela|pour ce faire|dans ce cas|dans ce contexte|de ce fait|c'est pourquoi)\b"
    r"|^il (?!est\b|etait\b|sera\b|serait\b|y a\b|y avait\b|n'y a\b|faut\b|faudra\b|faudrait\b|existe\b|"
    r"s'agit\b|convient\b|reste\b|semble\b|suffit\b|importe\b|vaut\b|devient\b|apparait\b|parait\b|"
    r"arrive\b|se peut\b|ne fait\b|s'avere\b)"
)
# Links to what came before that still read well alone: a small penalty, not an exclusion.
CONNECTORS = re.compile(
    r"^(?:de plus|en outre|par ailleurs|en plus|cependant|toutefois|neanmoins|pourtant|enfin|ainsi|"
    r"aussi|d'ailleurs|en revanche|de surcroit|egalement|en somme|bref|finalement|surtout|en substance)\b"
)
OPENING_MARKS = "«\"“(‘'– —-•* "
NAMES_AI = re.compile(r"\bIA\b|\bintelligence artificielle\b|\bAI\b", re.IGNORECASE)
# Words that say what a sentence is about (four letters or more, accents kept: only compared).
WORD = re.compile(r"[^\W\d_]{4,}")
# Only the opening of a sentence says whether it leans back: folding it all would cost its length.
OPENING_LENGTH = 40
IDEAL_WORDS = range(10, 31)
# Longer than this, a sentence is too heavy for the synthesis page if a shorter one will do.
LONGEST_USEFUL = 40
# A sentence that names its theme (a word of its title) gets this much more.
NAMED_BONUS = 0.5
STEM_LENGTH = 6
# A period followed by a lower-case word: a sentence cut or glued wrong in the source.
GARBLED = re.compile(r"\w\. [a-zà-ÿ]")
# The quotes of a theme ranked in full (the rest by cheap features only): the page shows three.
CANDIDATES = 200
# Quotes whose side the claim model gives a probability in the same band of this width are ranked
# by their words; a surer band comes first. The first quote of a theme, what a reader in a hurry
# reads, was a labelled claim of its side for 159 themes of 192 when only the model's being sure
# or not (0.66) counted, 165 with bands of 0.1 and 168 with the probability alone (articles
# written for the project, real pages; 20 of 26 instead of 18 on those kept for measuring); with
# the probability alone, the seeds' first quotes were less readable and one went wrong.
CONFIDENCE_BAND = 0.1
# A sentence may appear at most this many times on one page (overview, themes, divergences, advice).
MAX_SHOWINGS = 2
# Sentences of a large collection repeat (a quote under several themes, a press release taken
# up by several sites): what is computed per sentence text is memoised (small values only).
TEXT_CACHE_SIZE = 1 << 16


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def leans_back(text: str) -> bool:
    """Whether the sentence needs the one before it: it opens on a word that refers back, or
    in lower case (a fragment), or it only announces what follows (« … suivants : »)."""
    stripped = text.lstrip(OPENING_MARKS)
    if not stripped or stripped[0].islower() or stripped.rstrip().endswith(":"):
        return True
    opening = _folded(stripped[:OPENING_LENGTH])
    # « Cependant, cela… »: what follows a connector says whether the sentence leans back.
    connector = CONNECTORS.match(opening)
    if connector:
        opening = opening[connector.end():].lstrip(" ,")
    return bool(LEANS_BACK.match(opening))


def word_count(text: str) -> int:
    """Words as the page budget counts them: a rough measure is enough to keep pages short."""
    return len(text.split())


@dataclass(frozen=True)
class Passages:
    """Every prose block of the collection by (article file, anchor), in reading order, so that
    a sentence that leans back is shown with the sentence before it."""

    blocks: dict[tuple[str, str], tuple[str, str]]
    # File → the article's content hash: what a page showing its passages depends on.
    versions: dict[str, str] = field(default_factory=dict)
    # The last block of each article whose text stops mid-sentence (``Article.cut_short``).
    cut_blocks: frozenset[tuple[str, str]] = frozenset()
    shown: dict[tuple[str, str, str], str] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, articles: Iterable[Article]) -> Passages:
        """(file, anchor) → (the block's text, the text of the prose block before it); each
        article's blocks are kept from the previous build of ``mkdocs serve`` while it is unchanged."""
        blocks: dict[tuple[str, str], tuple[str, str]] = {}
        versions: dict[str, str] = {}
        cut_blocks: set[tuple[str, str]] = set()
        for article in articles:
            versions[article.source_name] = article.content_hash
            if article.cut_short:
                cut_blocks.add((article.source_name, article.blocks[-1].anchor))
            blocks.update(_article_passages.get(article, partial(_passages_of, article)))
        _article_passages.end_build()
        return cls(blocks, versions, frozenset(cut_blocks))

    def cut_off(self, quote: object) -> bool:
        """Whether the quote is the unfinished sentence an article copied in part stops on."""
        place = paragraph_key(quote)
        return place in self.cut_blocks and self.blocks[place][0].rstrip().endswith(quote.text.rstrip())

    def around(self, places: Collection[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, str] | None]:
        """The blocks (and the blocks before them) at ``places`` (article file, anchor) that
        quotes come from: all that pages showing those quotes read of the articles, so an edit
        elsewhere leaves them as they are (compared as a whole, in any order)."""
        return dict(zip(places, map(self.blocks.get, places)))

    def in_context(self, quote: object) -> str:
        """The quote, preceded by the sentence before it when it leans back (and there is one in
        its paragraph or the paragraph before, under the same heading): a verbatim passage."""
        text = quote.text
        if not leans_back(text):
            return text
        key = sentence_key(quote)
        if key not in self.shown:
            self.shown[key] = self._with_previous(quote)
        return self.shown[key]

    def _with_previous(self, quote: object) -> str:
        text = quote.text
        block, before = self.blocks.get((quote.article, quote.anchor), ("", ""))
        start = block.find(text)
        if start > 0:
            previous = split_sentences(block[:start])
            if previous:
                return block[previous[-1].start : start + len(text)]
        sentences = split_sentences(before) if start == 0 else []
        return f"{sentences[-1].text} {text}" if sentences else text


def _passages_of(article: Article) -> dict[tuple[str, str], tuple[str, str]]:
    """One article's prose blocks by (file, anchor), each with the prose block before it."""
    passages: dict[tuple[str, str], tuple[str, str]] = {}
    before = ""
    for block in article.blocks:
        if block.kind is BlockKind.HEADING:
            before = ""
            continue
        passages[(article.source_name, block.anchor)] = (block.text, before)
        before = block.text
    return passages


# Each article's passages from the previous build (``Passages.of``).
_article_passages: RebuildMemo[dict[tuple[str, str], tuple[str, str]]] = RebuildMemo()


class Ledger:
    """How many times each sentence is already on the page: one ledger per page, shared by its
    sections in the order the reader meets them. A sentence is its words: the same sentence in
    two articles (a press release taken up twice) counts as one."""

    def __init__(self) -> None:
        """A new page: nothing shown yet."""
        self._shown: Counter[str] = Counter()

    def times(self, quote: object) -> int:
        """How many times the quote's sentence is already on the page."""
        return self._shown[_sentence(quote.text)]

    def allows(self, quote: object) -> bool:
        """Whether the quote may still be shown without repeating its sentence too often."""
        return self._shown[_sentence(quote.text)] < MAX_SHOWINGS

    def record(self, quote: object) -> None:
        """Count the quote as shown once more."""
        self._shown[_sentence(quote.text)] += 1


class WordBudget:
    """The words a section may spend on quotes: the page keeps its size whatever the collection."""

    def __init__(self, words: int) -> None:
        """Start with the section's whole budget."""
        self.left = words

    def take(self, *texts: str) -> bool:
        """Spend the words of ``texts`` if they fit; say whether they did."""
        words = sum(map(word_count, texts))
        if words > self.left:
            return False
        self.left -= words
        return True

    def spend(self, *texts: str) -> None:
        """Spend the words of ``texts`` whether they fit or not: what the section shows anyway."""
        self.left -= sum(map(word_count, texts))


@dataclass(frozen=True)
class Ranked:
    """A theme's quotes, best first: those that stand alone before those that lean on the
    sentence before (shown with it), readable ones before awkward ones (an unfinished sentence
    is one), those the claim model is surer of before the others (``Quote.confidence``, by
    ``CONFIDENCE_BAND``), then by score. Each comes with its class (leans back, awkward), which
    ``pick`` weighs first."""

    ranked: tuple[tuple[tuple[bool, bool], object], ...]

    @classmethod
    def of(
        cls,
        quotes: Sequence[object],
        themes_per_sentence: Counter[tuple[str, str, str]],
        passages: Passages | None = None,
        names: str = "",
    ) -> Ranked:
        """Rank quotes by how well each stands for the theme (see the module docstring); ``names``
        is what the theme is called (its titles): a sentence that says it stands for it best.
        What costs little (length, opening, focus) ranks them all; the words shared with the
        theme's other quotes then order the ``CANDIDATES`` best, which is all the page ever shows."""
        cheap = []
        for quote in quotes:
            leaning, awkward, fixed = _features(quote.text)
            # the unfinished sentence a page copied in part stops on reads badly wherever it is shown
            awkward = awkward or (passages is not None and passages.cut_off(quote))
            value = 1 / max(1, themes_per_sentence[(quote.article, quote.anchor, quote.text)]) + fixed
            # A recommendation claims nothing to doubt.
            doubt = -floor(getattr(quote, "confidence", 1.0) / CONFIDENCE_BAND)
            cheap.append(((leaning, awkward, doubt, -value, quote.article, quote.anchor), quote))
        cheap.sort(key=lambda item: item[0])
        candidates = [quote for _, quote in cheap[:CANDIDATES]]
        vocabularies = [_words(quote.text) for quote in candidates]
        frequencies = Counter(word for words in vocabularies for word in words)
        theme_stems = {_stem(word) for word in _words(names)}
        keyed = []
        for (cheap_key, quote), words in zip(cheap, vocabularies):
            leaning, awkward, doubt, value = cheap_key[0], cheap_key[1], cheap_key[2], -cheap_key[3]
            shared = sum(frequencies[word] for word in words) / (len(candidates) * max(1, len(words)))
            named = NAMED_BONUS if theme_stems.intersection(map(_stem, words)) else 0
            # A sentence shown with the one before is only as clear as that one.
            unclear = leaning and (passages is None or leans_back(passages.in_context(quote)))
            keyed.append(
                (
                    (leaning, unclear, awkward, doubt, -(value + shared + named), quote.article, quote.anchor),
                    (leaning, awkward),
                    quote,
                )
            )
        keyed.sort(key=lambda item: item[0])
        return cls(tuple((kind, quote) for _, kind, quote in keyed))

    def pick(
        self,
        ledger: Ledger,
        *,
        avoid_articles: frozenset[str] = frozenset(),
        prefer_articles: frozenset[str] = frozenset(),
        readable_only: bool = False,
    ) -> object | None:
        """The best quote the ledger allows from an article not in ``avoid_articles``: within the
        best class, one not on the page yet if there is one, from ``prefer_articles`` if there is one.
        ``readable_only``: none rather than one that leans back or is awkward."""
        best, best_key = None, None
        for kind, quote in self.ranked:
            if (best_key is not None and kind > best_key[:2]) or (readable_only and any(kind)):
                break
            if quote.article in avoid_articles or not ledger.allows(quote):
                continue
            key = (*kind, ledger.times(quote) > 0, bool(prefer_articles) and quote.article not in prefer_articles)
            if best_key is None or key < best_key:
                best, best_key = quote, key
                if not any(key[2:]):
                    break
        return best


def rank_themes(
    supports: Sequence[ThemeSupport], counted: Sequence[ThemeSupport], passages: Passages
) -> dict[str, Ranked]:
    """Each theme's quotes ranked (``Ranked.of``), by theme id; a sentence quoted under several
    of the ``counted`` themes stands for each less well. A theme whose quotes, their counts and
    their paragraphs are those of the previous build of ``mkdocs serve`` keeps its ranking: a claim
    added to one article re-ranks the themes it is quoted under, not all of them."""
    per_sentence = themes_per_sentence(counted)
    ranked = {}
    for support in supports:
        theme = support.theme
        names = f"{theme.title} {theme.label}"
        # What the ranking reads, gathered by C loops (``map``): 40,000 quotes at 1,000 articles.
        inputs = (
            names,
            support.quotes_by_article,
            tuple(map(per_sentence.__getitem__, support.sentence_keys)),
            tuple(map(passages.blocks.get, support.paragraph_keys)),
        )
        ranked[theme.id] = _rankings.get(
            theme, inputs, partial(Ranked.of, support.quotes, per_sentence, passages, names)
        )
    _rankings.end_build()
    return ranked


# Each theme's ranking from the previous build (``rank_themes``).
_rankings: LastResults[Ranked] = LastResults()


def themes_per_sentence(supports: Iterable[ThemeSupport]) -> Counter[tuple[str, str, str]]:
    """Under how many themes each sentence is quoted: a sentence about one theme stands for it best."""
    return Counter(chain.from_iterable(support.sentence_keys for support in supports))


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def _features(text: str) -> tuple[bool, bool, float]:
    """What a sentence is worth whatever the theme: whether it leans back, whether it is awkward
    (too long, or garbled: « … de les équilibrer. les avancées … »), and a score for a readable
    length, AI named, no opening connector (« De plus, … » reads alone, less well). Asked for
    every quote of every theme at each build."""
    words = word_count(text)
    value = _length_fit(words) + (0.3 if NAMES_AI.search(text) else 0)
    if CONNECTORS.match(_folded(text.lstrip(OPENING_MARKS)[:OPENING_LENGTH])):
        value -= 0.3
    return leans_back(text), words > LONGEST_USEFUL or bool(GARBLED.search(text)), value


def _length_fit(words: int) -> float:
    if words in IDEAL_WORDS:
        return 1.0
    if words < IDEAL_WORDS.start:
        return words / IDEAL_WORDS.start
    return max(0.0, 1 - (words - IDEAL_WORDS.stop) / (2 * LONGEST_USEFUL - IDEAL_WORDS.stop))


def _sentence(text: str) -> str:
    return " ".join(text.split())


def _words(text: str) -> set[str]:
    return set(WORD.findall(text.lower()))


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def _stem(word: str) -> str:
    """« personnalisation », « personnalisée » → « person »: enough to tell a theme's word.
    Asked for every word of every candidate quote of every theme at each build."""
    return _folded(word)[:STEM_LENGTH]


def _folded(text: str) -> str:
    return fold_accents(text.lower()).replace("’", "'")

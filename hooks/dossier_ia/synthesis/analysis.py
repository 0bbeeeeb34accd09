"""Articles → which sentences assert a benefit or a drawback of AI in marketing, and on which theme.

Each sentence gets a polarity from general rules of French, never from knowledge of one article:
an evaluative lexicon (lemmatised with ``simplemma``, so "biaisées" counts as "biais"), negation
("ne … pas", "sans", "pas sans" as litotes, "ne peut pas" as an inability), privative words that
turn what follows into a loss ("manque de", "nuire à", "limitée"), and the clause structure: in
"Bien que P, Q" or "P, mais Q" the main clause Q wins. Themes come from the editor's cues in the
taxonomy; a sentence is quoted under a theme only when its own polarity matches the theme's.
A sentence with no evaluative word but on a theme, inside a list item or section that names the
same theme, takes that theme's polarity: the heading is context, never a claim itself.

Everything here is pure; per-article results are cached by content hash and taxonomy.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import OrderedDict
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property, lru_cache, partial
from itertools import accumulate, chain, compress, count
from operator import itemgetter
from typing import NamedTuple

import simplemma

from dossier_ia.reading.model import Article, Block, BlockKind
from dossier_ia.parallel import map_on_every_core
from dossier_ia.french.text import fold_accents
from dossier_ia.cache import RebuildMemo
from dossier_ia.french.sentences import split_sentences
from dossier_ia.synthesis.themes import Polarity, Taxonomy, Theme



def _phrases(*phrases: str) -> re.Pattern[str]:
    """One pattern finding any of the phrases as whole words in a sentence's space-joined tokens."""
    return re.compile(" (?=(?:" + "|".join(re.escape(phrase) for phrase in phrases) + ") )")


LANGUAGE = "fr"
CACHE_SIZE = 20_000
QUOTED_UNTHEMED_CLAIMS = 3
CHUNK_CACHE_SIZE = 200_000
MIN_STEM = 5
STRONG = 1.0
WEAK = 0.5
CUE_GAP = 1
NEGATION_WINDOW = 5
SANS_WINDOW = 3
PRIVATIVE_AFTER = 4
PRIVATIVE_BEFORE = 2
TOPIC_MAX_WORDS = 4

TOKEN = re.compile(r"\w+(?:-\w+)*|[,;:()«»–—\[\]]")
CLAUSE_PUNCTUATION = frozenset(",;:()«»–—[]")
CLOSING_MARKS = " »\"”’)"
SENTENCE_END_MARKS = (".", "!", "?", "…")
# Elided forms, restored before lemmatising by adding their "e": "n’" is "ne", "qu’" is "que".
ELIDED = re.compile(r"\b(qu|[nldscjmt])['’]")
# Derivational endings (accents folded), longest first: one family shares one key, so a cue
# "confidentialité" also finds "confidentiel", and "personnalisation" finds "personnalisé".
SUFFIXES = tuple(sorted(
    (
        ("iquement", ""), ("isation", ""), ("ibilite", ""), ("abilite", ""), ("ialite", ""),
        ("atoire", ""), ("ivite", ""), ("ement", ""), ("ation", ""), ("ateur", ""), ("iser", ""),
        ("ique", ""), ("ance", ""), ("ence", ""), ("ment", ""), ("euse", ""), ("ible", ""),
        ("able", ""), ("ante", ""), ("ite", ""), ("ion", ""), ("eux", ""), ("eur", ""), ("iel", ""),
        ("ise", ""), ("ant", ""), ("ent", ""), ("dre", "d"), ("ive", ""), ("er", ""), ("if", ""),
        ("ie", ""), ("e", ""), ("u", ""),
    ),
    key=lambda pair: -len(pair[0]),
))
# Function words ignored when matching cues and lexicon phrases (negators are not among them).
STOPWORDS = frozenset(
    "le la les un une des du de au aux à a en et ou sur par avec dans ce cet cette ces son sa "
    "ses leur leurs notre nos votre vos mon ma mes ton ta tes qui que quoi dont se y il elle ils "
    "elles on nous vous je me te lui eux celui celle ceux celles tout tous toute toutes même "
    "très si car donc or ni".split()
)
NEGATORS = frozenset({"ne", "pas", "jamais", "aucun", "aucune", "nul", "nulle", "guère", "rien", "point", "nullement"})
LOIN = "loin"
NEGATION_PARTICLES = frozenset({"pas", "plus", "jamais", "aucun", "aucune", "guère", "rien", "point", "nullement", "personne"})
RESTRICTIVE = "que"
SANS = "sans"
NON = "non"
NOT_NEGATING_AFTER_NON = frozenset({"seulement", "plus", "pas"})
NEGATION_STARTS = NEGATORS | {SANS, NON, LOIN}
# Markers whose clause (up to the next comma) is conceded: the rest of the sentence is the claim.
CONCESSIVE = _phrases("bien que", "même si", "quoique", "quoiqu", "malgré", "en dépit")
TEMPORAL_CONTRAST = _phrases("alors que", "tandis que")
ANY_CONTRAST = re.compile(f"{CONCESSIVE.pattern}|{TEMPORAL_CONTRAST.pattern}")
ADVERSATIVE = frozenset({"mais", "cependant", "pourtant", "toutefois", "néanmoins"})
NOT_CONTRASTING_AFTER = frozenset({"aussi", "également", "plutôt"})
SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on", "nous", "vous", "je", "ce", "cela", "ça", "ceci"})
OPENING_CONTRAST_PHRASES = ("cependant", "pourtant", "toutefois", "néanmoins", "mais", "en revanche", "par contre")
OPENING_CONTRAST = re.compile(f"^ (?:{'|'.join(OPENING_CONTRAST_PHRASES)}) ")
# A sentence opening on one of their first words may take its polarity from the last.
OPENING_CONTRAST_WORDS = frozenset(phrase.split()[0] for phrase in OPENING_CONTRAST_PHRASES)
# Sentences that talk about the text or address the reader do not assert anything about AI.
META_DISCOURSE = _phrases("cet article", "ce billet", "nous parlerons", "contactez", "téléchargez", "abonnez")

# General evaluative vocabulary of French (not about any article): lemma or phrase → weight.
POSITIVE = {
    STRONG: (
        "avantage bénéfice bénéfique atout opportunité gain améliorer amélioration optimiser "
        "efficace efficacité précision précis performant allié extraordinaire meilleur mieux "
        "abordable prometteur promesse réussite succès fiable fiabilité "
        "satisfaction passionnant faciliter simplifier bénéficier profiter utile précieux "
        "inclusif inclusivité équité raffiné remarquable idéal positif plaire",
        "relever défi", "gain de temps", "gagner du temps", "valeur ajoutée",
    ),
    WEAK: (
        "offrir offre permettre aider aide grâce confiance fidélité fidélisation possibilité facile simple "
        "réalisable intéressant engageant robuste puissant formidable révolutionner abri innovant "
        "innovation",
        "prise en charge", "tirer parti", "en mesure",
    ),
}
NEGATIVE = {
    STRONG: (
        "inconvénient désavantage risque risqué problème problématique défi menace menacer danger "
        "dangereux limite limiter limitation manque manquer absence perte perdre nuire nuisible "
        "perdu compromettre coûteux onéreux prohibitif fardeau obstacle piège préoccupation préoccupant "
        "inquiétude inquiétant crainte craindre peur méfiance scepticisme vulnérable vulnérabilité "
        "erroné erreur inexact biais préjugé discrimination discriminatoire marginaliser négatif "
        "aggraver freiner entraver empêcher ternir miner rigide rigidité difficile difficulté "
        "incertain incertitude obsolète malheureusement échec échouer panne défaillance perturber "
        "perturbation excessif trop abusif abus impersonnel déconnecté chômage précarité "
        "licenciement violation atteinte faille piratage pirater manipuler trompeur tromper faux "
        "malveillant désinformation usurper redondant complaisant paresse inférieur défectueux "
        "revers vain ardu délicat insuffisant malavisé mauvais pire grave incapacité déclin "
        "controverse hésiter dépassé",
        "soulever question", "revers de la médaille", "arme à double tranchant",
        "plus facile à dire qu'à faire", "côté sombre",
    ),
    WEAK: (
        "conséquence controversé effrayant sombre suppression indiscernable aplatir",
    ),
}
# Words that turn a following (or just preceding) positive word into a loss: "manque de
# confiance", "nuire à la fidélité", "créativité limitée", "moins innovantes".
PRIVATIVE = (
    "manque manquer absence perte perdre perdu limiter limite limité réduire réduit freiner entraver "
    "empêcher compromettre nuire miner ternir menacer perturber insuffisant inférieur incapacité "
    "déclin aplatir moins"
)
# Words that take the weight off the risk they govern: "éviter les biais" names a risk, but
# neither claims it nor claims a benefit.
REMEDY = (
    "éviter prévenir atténuer remédier éliminer réduire surmonter résoudre corriger combattre "
    "lutter contrer prémunir répondre"
)
# After these, in the same clause, positive words are goals or requirements, not claims:
# "pour être efficace", "doit améliorer", "a besoin de données fiables".
GOAL = "pour afin garantir devoir doit doivent devrait devraient falloir faut besoin nécessiter exiger requérir"
# Negated, these say that AI cannot do something: an inability is a drawback.
ABILITY = "pouvoir peut capable capacité parvenir réussir savoir mesure"


class Role(str, Enum):
    POSITIVE = "positive"
    NEGATIVE = "negative"


class Modifier(str, Enum):
    PRIVATIVE = "privative"
    REMEDY = "remedy"
    GOAL = "goal"


@dataclass(frozen=True)
class Quote:
    """A verbatim sentence of an article supporting a theme, with what is needed to link to it."""

    article: str
    slug: str
    article_title: str
    anchor: str
    text: str


@dataclass(frozen=True)
class Claim:
    """A sentence asserting a benefit or drawback; ``themes`` empty when no theme covers it."""

    article: str
    slug: str
    article_title: str
    anchor: str
    line: int
    text: str
    polarity: Polarity
    themes: tuple[str, ...]


@dataclass(frozen=True)
class ThemeSupport:
    """A theme with its quotes, grouped by article in article order: what is asked per article
    (which articles, each one's first quote) costs one step per article, not one per quote."""

    theme: Theme
    quotes_by_article: tuple[tuple[Quote, ...], ...]

    @cached_property
    def quotes(self) -> tuple[Quote, ...]:
        return tuple(chain.from_iterable(self.quotes_by_article))

    @cached_property
    def quote_count(self) -> int:
        return sum(map(len, self.quotes_by_article))

    @cached_property
    def articles(self) -> frozenset[str]:
        """Files quoted for this theme; computed once, since the page and the matrix ask per article."""
        return frozenset(quotes[0].article for quotes in self.quotes_by_article)


@dataclass(frozen=True)
class ArticleRef:
    source_name: str
    slug: str
    title: str


@dataclass(frozen=True)
class Synthesis:
    """What the synthesis page, the JSON and the article pages show, in a deterministic order."""

    themes: tuple[ThemeSupport, ...]
    articles: tuple[ArticleRef, ...]
    unthemed: tuple[Claim, ...]

    def supported(self, polarity: Polarity) -> tuple[ThemeSupport, ...]:
        """Themes of one polarity that at least one article supports, most supported first."""
        return tuple(support for support in self.themes if support.theme.polarity is polarity and support.quotes_by_article)

    def unthemed_by_article(self) -> dict[str, tuple[Claim, ...]]:
        grouped: dict[str, list[Claim]] = {}
        for claim in self.unthemed:
            grouped.setdefault(claim.article, []).append(claim)
        return {name: tuple(claims) for name, claims in sorted(grouped.items())}


class SentenceVerdict(NamedTuple):
    """The analysis of one sentence of one block: the unit cached per article.

    A named tuple, since one is built for every sentence of every article.
    """

    block_index: int
    start: int
    end: int
    polarity: Polarity | None
    themes: tuple[str, ...]


class _Token(NamedTuple):
    """A word or punctuation mark as its chunk yields it, shared by every occurrence of the chunk."""

    word: str
    lemma: str
    key: str
    compound: bool
    content: bool
    opens_clause: bool


class _Sentence(NamedTuple):
    """All words, and the content words (not function words nor punctuation) with, for each,
    its position among all words and the number of its clause."""

    words: list[str]
    line: str
    content: list[_Token]
    positions: list[int]
    clauses: list[int]


class _Hit(NamedTuple):
    index: int
    value: object


@dataclass(frozen=True)
class _Context:
    """What a block contributes to its sentences: themes named by its label and by its section heading."""

    label_themes: frozenset[str]
    heading_themes: frozenset[str]


class _Relevance(dict):
    """Chunk → whether any of its words is evaluative, an ability or starts a cue; filled on demand."""

    def __init__(self, lemmas: frozenset[str], keys: frozenset[str]) -> None:
        super().__init__()
        self.lemmas, self.keys = lemmas, keys

    def __missing__(self, chunk: str) -> bool:
        relevant = any(token.lemma in self.lemmas or token.key in self.keys for token in _chunk_words(chunk))
        self[chunk] = relevant
        return relevant


@dataclass(frozen=True)
class _CompiledTaxonomy:
    """Cue phrases indexed by their first key, the themes already found in labels and headings,
    and which chunks may make a sentence a claim."""

    cues: dict[str, list[tuple[tuple[str, ...], object]]]
    named: dict[str, frozenset[str]] = field(default_factory=dict)
    relevant: _Relevance = field(default_factory=lambda: _Relevance(frozenset(), frozenset()))


_WORD = itemgetter(0)
_CONTENT = itemgetter(4)
_OPENS_CLAUSE = itemgetter(5)
_compiled_taxonomies: dict[str, _CompiledTaxonomy] = {}
_cache: OrderedDict[tuple[str, str], tuple[SentenceVerdict, ...]] = OrderedDict()
# Each article's claims sorted by theme in the previous build: after one edit, a rebuild of
# ``mkdocs serve`` regroups the other articles' quotes instead of making them again.
_sorted_claims: RebuildMemo[tuple[dict[str, tuple[Quote, ...]], tuple[Claim, ...]]] = RebuildMemo()


def analyse_collection(articles: list[Article], taxonomy: Taxonomy) -> Synthesis:
    """Analyse every article (cached per content) and gather quotes per theme and unthemed claims."""
    ordered = sorted(articles, key=lambda article: article.source_name)
    quotes: dict[str, list[tuple[Quote, ...]]] = {theme.id: [] for theme in taxonomy.themes}
    unthemed: list[Claim] = []
    keys = [(article, taxonomy.fingerprint) for article in ordered]
    for article_quotes, article_unthemed in _sorted_claims.get_many(keys, lambda missing: _sort_claims_of([article for article, _ in missing], taxonomy)):
        for theme_id, theme_quotes in article_quotes.items():
            quotes[theme_id].append(theme_quotes)
        unthemed.extend(article_unthemed)
    _sorted_claims.end_build()
    supports = [ThemeSupport(theme, tuple(quotes[theme.id])) for theme in taxonomy.themes]
    order = {theme.id: index for index, theme in enumerate(taxonomy.themes)}
    supports.sort(key=lambda support: (support.theme.polarity is Polarity.CON, -len(support.articles), order[support.theme.id]))
    refs = tuple(ArticleRef(article.source_name, article.slug, article.title) for article in ordered)
    return Synthesis(tuple(supports), refs, tuple(unthemed))


def _sort_claims_of(articles: list[Article], taxonomy: Taxonomy) -> list[tuple[dict[str, tuple[Quote, ...]], tuple[Claim, ...]]]:
    """The articles the previous build did not have (all of them, in a first build): analysed
    together, on every core when they are many."""
    _analyse_uncached(articles, taxonomy)
    return [_sort_claims(article, taxonomy) for article in articles]


def _sort_claims(article: Article, taxonomy: Taxonomy) -> tuple[dict[str, tuple[Quote, ...]], tuple[Claim, ...]]:
    """One article's quotes by theme, and its claims that no theme covers."""
    quotes: dict[str, list[Quote]] = {}
    unthemed: list[Claim] = []
    for claim in article_claims(article, taxonomy):
        for theme_id in claim.themes:
            quotes.setdefault(theme_id, []).append(Quote(claim.article, claim.slug, claim.article_title, claim.anchor, claim.text))
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
        claims.append(Claim(
            article.source_name, article.slug, article.title, block.anchor, block.line,
            block.text[verdict.start:verdict.end], verdict.polarity, verdict.themes,
        ))
    return claims


def analyse_article(article: Article, taxonomy: Taxonomy) -> tuple[SentenceVerdict, ...]:
    """Every sentence of the article's prose blocks with its verdict; cached by content hash."""
    key = (article.content_hash, taxonomy.fingerprint)
    if key in _cache:
        _cache.move_to_end(key)
        return _cache[key]
    return _remember(key, _analyse_blocks(article.blocks, taxonomy))


def _analyse_uncached(articles: list[Article], taxonomy: Taxonomy) -> None:
    """Fill the cache for the articles not in it, on every core when they are many."""
    uncached = [article for article in articles if (article.content_hash, taxonomy.fingerprint) not in _cache]
    _compiled(taxonomy)  # once, before the workers start with it
    verdicts = map_on_every_core(partial(_analyse_blocks, taxonomy=taxonomy), [article.blocks for article in uncached])
    for article, article_verdicts in zip(uncached, verdicts):
        _remember((article.content_hash, taxonomy.fingerprint), article_verdicts)


def _remember(key: tuple[str, str], verdicts: tuple[SentenceVerdict, ...]) -> tuple[SentenceVerdict, ...]:
    _cache[key] = verdicts
    if len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)
    return verdicts


def analyse_sentence(text: str, taxonomy: Taxonomy, label: str = "", heading: str = "") -> SentenceVerdict:
    """One sentence on its own (block index 0), for tests and for trying out cues."""
    compiled = _compiled(taxonomy)
    context = _block_context(label, heading, compiled)
    polarity, themes = _judge(text, context, None, taxonomy, compiled)
    return SentenceVerdict(0, 0, len(text), polarity, themes)


def unthemed_warnings(synthesis: Synthesis) -> list[str]:
    """One message per article on the claims no theme covers: the editor may add cues or a theme.

    The first few are quoted, the others given by line, so that a message stays one readable line
    however long the article.
    """
    messages = []
    for name, claims in synthesis.unthemed_by_article().items():
        listed = " ; ".join(f"ligne {claim.line} ({claim.polarity.label}) « {claim.text} »" for claim in claims[:QUOTED_UNTHEMED_CLAIMS])
        if len(claims) > QUOTED_UNTHEMED_CLAIMS:
            listed += f" ; et lignes {', '.join(str(claim.line) for claim in claims[QUOTED_UNTHEMED_CLAIMS:])}"
        messages.append(
            f"{name} : {len(claims)} phrase(s) affirment un avantage ou un inconvénient sans correspondre "
            f"à aucun thème (ajoutez des indices ou un thème dans le fichier des thèmes) : {listed}"
        )
    return messages


def _analyse_blocks(blocks: tuple[Block, ...], taxonomy: Taxonomy) -> tuple[SentenceVerdict, ...]:
    compiled = _compiled(taxonomy)
    verdicts: list[SentenceVerdict] = []
    heading = ""
    previous: Polarity | None = None
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.HEADING:
            heading, previous = block.text, None
            continue
        context = _block_context(block.label, heading, compiled)
        for start, end, text in split_sentences(block.text):
            if _may_claim(text, previous, compiled.relevant):
                polarity, themes = _judge(text, context, previous, taxonomy, compiled)
            else:
                polarity, themes = None, ()
            verdicts.append(SentenceVerdict(index, start, end, polarity, themes))
            previous = polarity
    return tuple(verdicts)


def _may_claim(text: str, previous: Polarity | None, relevant: _Relevance) -> bool:
    """Whether ``_judge`` could give the sentence a polarity: most sentences of an article are
    claims, but the rest are told apart here for a few dictionary lookups instead of a parse.

    Without an evaluative word, an ability word (negated, an inability) or the start of a cue,
    weights are nil and no theme is found, so only an opening contrast with the sentence
    before ("Cependant, …") can still give it a polarity.
    """
    chunks = text.split()
    if any(map(relevant.__getitem__, chunks)):
        return True
    if previous is None:
        return False
    first = next(chain.from_iterable(map(_chunk_words, chunks)), None)
    return first is not None and first.word in OPENING_CONTRAST_WORDS


def _judge(
    text: str, context: _Context, previous: Polarity | None, taxonomy: Taxonomy, compiled: _CompiledTaxonomy,
) -> tuple[Polarity | None, tuple[str, ...]]:
    """Polarity and supported themes of one sentence, given its block context and the sentence before.

    Questions are not claims, nor are a few words without final punctuation: they name a topic.
    """
    ending = text.rstrip(CLOSING_MARKS)
    if ending.endswith("?") or (not ending.endswith(SENTENCE_END_MARKS) and len(text.split()) <= TOPIC_MAX_WORDS):
        return None, ()
    sentence = _parse(text)
    if META_DISCOURSE.search(sentence.line):
        return None, ()
    conceded, concessive = _conceded(sentence)
    content, clauses = sentence.content, sentence.clauses
    start, stop = bisect_left(sentence.positions, conceded.start), bisect_left(sentence.positions, conceded.stop)
    main = content[:start] + content[stop:]
    positive, negative = _weights(main, clauses[:start] + clauses[stop:])
    polarity = _polarity(positive, negative)
    if polarity is None and concessive:
        polarity = _opposite(_polarity(*_weights(content[start:stop], clauses[start:stop])))
    if polarity is None and previous is not None and OPENING_CONTRAST.match(sentence.line):
        polarity = _opposite(previous)
    all_themes = _themes(sentence.content, compiled)
    if polarity is None and positive == negative > 0:
        polarity = _single_polarity(all_themes, taxonomy)
    if polarity is None:
        polarity = _single_polarity(all_themes & (context.label_themes | context.heading_themes), taxonomy)
    if polarity is None:
        return None, ()
    main_themes = all_themes if len(main) == len(sentence.content) else _themes(main, compiled)
    for candidates in (main_themes, all_themes, context.label_themes, context.heading_themes):
        polar = sorted(theme_id for theme_id in candidates if taxonomy.by_id[theme_id].polarity is polarity)
        if polar:
            return polarity, tuple(polar)
    return polarity, ()


def _single_polarity(themes: set[str], taxonomy: Taxonomy) -> Polarity | None:
    """The polarity the themes agree on, if they do.

    Used when evaluative words are balanced (the topic decides), and for a sentence without
    evaluative words on a theme that its list label or section heading also names: there the
    sentence develops the heading's point, so it states the theme itself.
    """
    polarities = {taxonomy.by_id[theme_id].polarity for theme_id in themes}
    return polarities.pop() if len(polarities) == 1 else None



def _block_context(label: str, heading: str, compiled: _CompiledTaxonomy) -> _Context:
    return _Context(_text_themes(label, compiled), _text_themes(heading, compiled))


def _text_themes(text: str, compiled: _CompiledTaxonomy) -> frozenset[str]:
    """Themes a label or heading names; headings repeat over many blocks, so they are memoised."""
    if text not in compiled.named:
        compiled.named[text] = frozenset(_themes(_parse(text).content, compiled))
    return compiled.named[text]


def _conceded(sentence: _Sentence) -> tuple[range, bool]:
    """Token range of the conceded clause, and whether a neutral main clause contrasts with it.

    "Bien que P, Q" / "Même si P, Q" / "X, bien que P, Q" concede P; "P, mais Q" concedes P.
    Only a true concession lets a neutral Q take the opposite of P: "alors que" may be
    temporal, and "mais" often only adds a nuance.
    """
    markers = []
    if ANY_CONTRAST.search(sentence.line):
        markers = [(index, True) for index in _phrase_positions(sentence.line, CONCESSIVE)]
        markers += [(index, False) for index in _phrase_positions(sentence.line, TEMPORAL_CONTRAST)]
    if markers:
        index, concessive = min(markers)
        end = _clause_end(sentence.words, index)
        if end is not None:
            return range(index, end), concessive
    words = sentence.words
    if ADVERSATIVE.isdisjoint(words):
        return range(0), False
    for index in range(len(words) - 1, 0, -1):
        if words[index] in ADVERSATIVE and _contrasts(words, index):
            return range(0, index + 1), False
    return range(0), False


def _contrasts(words: list[str], index: int) -> bool:
    """ "mais" contrasts, except in "non seulement … mais", "mais aussi" and "pas X mais plutôt Y"."""
    following = words[index + 1] if index + 1 < len(words) else ""
    if following in NOT_CONTRASTING_AFTER:
        return False
    return not any(words[i] == NON and words[i + 1] == "seulement" for i in range(index - 1))


def _clause_end(words: list[str], index: int) -> int | None:
    """Index just after the conceded clause, or None if it never closes.

    The clause ends at the comma before a subject pronoun ("Bien que P, elle…") if there is one,
    since P may hold commas of its own; otherwise at its first comma.
    """
    commas = [position for position in range(index + 1, len(words) - 2) if words[position] == ","]
    before_subject = [position for position in commas if words[position + 1] in SUBJECT_PRONOUNS]
    if before_subject or commas:
        return (before_subject or commas)[0] + 1
    return None


def _polarity(positive: float, negative: float) -> Polarity | None:
    """Weigh positive against negative evidence; a tie decides nothing."""
    if positive > negative:
        return Polarity.PRO
    if negative > positive:
        return Polarity.CON
    return None


def _weights(content: list[_Token], clauses: list[int]) -> tuple[float, float]:
    """Positive and negative weight of the evaluative words, after privation, remedies, goals, negation."""
    lemmas = [token.lemma for token in content]
    if _evaluative().isdisjoint(lemmas):
        return 0.0, 0.0
    values = {hit.index: hit.value for hit in _match(lemmas, _lexicon(), max_gap=0) if not content[hit.index].compound}
    modifiers = _modifiers()
    for position in [position for position, lemma in enumerate(lemmas) if lemma in modifiers]:
        token = content[position]
        modifier = modifiers[token.lemma]
        if token.compound:
            continue
        if Modifier.PRIVATIVE in modifier:
            _deprive(values, position, clauses)
        if Modifier.REMEDY in modifier:
            _discount(values, position, clauses, Role.NEGATIVE, PRIVATIVE_AFTER)
        if Modifier.GOAL in modifier:
            _discount(values, position, clauses, Role.POSITIVE, len(content))
    if not NEGATION_STARTS.isdisjoint([token.word for token in content]):
        _negate(values, content, clauses)
    positive = sum(weight for role, weight in values.values() if role is Role.POSITIVE)
    return positive, sum(weight for role, weight in values.values() if role is Role.NEGATIVE)


def _deprive(values: dict[int, tuple[Role, float]], position: int, clauses: list[int]) -> None:
    """The nearest positive word around a privative word in its clause becomes a loss."""
    clause = clauses[position]
    window = range(max(0, position - PRIVATIVE_BEFORE), min(len(clauses), position + PRIVATIVE_AFTER + 1))
    for other in sorted(window, key=lambda other: (other < position, abs(other - position))):
        if other != position and clauses[other] == clause and values.get(other, (None,))[0] is Role.POSITIVE:
            values[other] = (Role.NEGATIVE, values[other][1])
            return


def _discount(values: dict[int, tuple[Role, float]], position: int, clauses: list[int], role: Role, window: int) -> None:
    """Words of ``role`` governed by a remedy or goal word, in its clause, lose their weight."""
    clause = clauses[position]
    for other in range(position + 1, min(len(clauses), position + window + 1)):
        if clauses[other] != clause:
            return
        if values.get(other, (None,))[0] is role:
            values[other] = (role, 0.0)


def _negate(values: dict[int, tuple[Role, float]], content: list[_Token], clauses: list[int]) -> None:
    """Apply "ne … pas", "sans", "non", "loin d'être": the first evaluative word in scope flips.

    A negated positive becomes negative; a negated ability ("ne peut pas") is a drawback; a
    negated negative only loses its weight (avoiding a risk is not a benefit), except "pas sans",
    a litotes, which keeps it.
    """
    abilities = _lemmas(ABILITY)
    position = 0
    while position < len(content):
        if content[position].word not in NEGATION_STARTS:
            position += 1
            continue
        targets, position = _negation_scope(content, clauses, position)
        target = next((target for target in targets if target in values or content[target].lemma in abilities), None)
        if target is None:
            continue
        role, weight = values.get(target, (None, 0.0))
        if content[target].lemma in abilities:
            values[target] = (Role.NEGATIVE, STRONG)
        elif role is Role.POSITIVE:
            values[target] = (Role.NEGATIVE, weight)
        else:
            values[target] = (Role.NEGATIVE, 0.0)


def _negation_scope(content: list[_Token], clauses: list[int], position: int) -> tuple[list[int], int]:
    """Content positions the negator at ``position`` governs, and where to resume scanning.

    "pas sans" is a litotes: the two negations cancel and what follows keeps its polarity.
    """
    word = content[position].word
    end = position + 1
    while end < len(content) and clauses[end] == clauses[position]:
        end += 1
    clause = list(range(position + 1, end))
    if word == "ne":
        particle = next((other for other in clause[:NEGATION_WINDOW] if content[other].word in NEGATION_PARTICLES), None)
        if particle is None:
            restrictive = any(content[other].word == RESTRICTIVE for other in clause[:NEGATION_WINDOW])
            return ([] if restrictive else clause[:NEGATION_WINDOW]), position + 1
        if particle + 1 < end and content[particle + 1].word == SANS:
            return [], particle + 2
        return clause[:particle - position - 1] + clause[particle - position:][:NEGATION_WINDOW], particle + 1
    if word == SANS:
        return clause[:SANS_WINDOW], position + 1
    if word == NON:
        negates = bool(clause) and content[clause[0]].word not in NOT_NEGATING_AFTER_NON
        return (clause[:1] if negates else []), position + 1
    if word == LOIN:
        return (clause[1:1 + NEGATION_WINDOW] if clause and content[clause[0]].word == "être" else []), position + 1
    if clause and content[clause[0]].word == SANS:
        return [], position + 2
    return clause[:NEGATION_WINDOW], position + 1


def _themes(content: list[_Token], compiled: _CompiledTaxonomy) -> set[str]:
    keys = [token.key for token in content]
    return {hit.value for hit in _match(keys, compiled.cues, max_gap=CUE_GAP, overlapping=True)}


def _match(keys: list[str], index: dict[str, list[tuple[tuple[str, ...], object]]], max_gap: int, overlapping: bool = False) -> list[_Hit]:
    """Phrases (sequences of keys) found in ``keys``; longest first at each position."""
    hits: list[_Hit] = []
    if index.keys().isdisjoint(keys):
        return hits
    free = 0
    for position in [position for position, key in enumerate(keys) if key in index]:
        if position < free:
            continue
        for phrase, value in index[keys[position]]:
            length = 1 if len(phrase) == 1 else _phrase_length(keys, position, phrase, max_gap)
            if length:
                hits.append(_Hit(position, value))
                if not overlapping:
                    free = position + length
                    break
    return hits


def _phrase_length(keys: list[str], position: int, phrase: tuple[str, ...], max_gap: int) -> int:
    cursor = position + 1
    for key in phrase[1:]:
        window = keys[cursor:cursor + max_gap + 1]
        if key not in window:
            return 0
        cursor += window.index(key) + 1
    return cursor - position


def _phrase_positions(line: str, phrases: re.Pattern[str]) -> list[int]:
    """Token indexes where one of the phrases starts in ``line`` (tokens joined by spaces)."""
    return [line.count(" ", 0, match.start()) for match in phrases.finditer(line)]


def _opposite(polarity: Polarity | None) -> Polarity | None:
    if polarity is None:
        return None
    return Polarity.CON if polarity is Polarity.PRO else Polarity.PRO


def _parse(text: str) -> _Sentence:
    """Words (lower case, elisions restored, with their family key) and clause punctuation.

    Parts of hyphenated compounds ("coûts-avantages", "peut-être") are marked: they name
    things, they do not evaluate them. No token spans whitespace, so a sentence's tokens are
    those of its chunks in order. This runs for every sentence of every article, hence
    iterators over the memoised chunks, not a loop. Clause numbers are only ever compared
    with each other, so a sentence opening on "mais" may count one clause more throughout.
    """
    tokens = list(chain.from_iterable(map(_chunk_words, text.split())))
    kept = list(map(_CONTENT, tokens))
    words = list(map(_WORD, tokens))
    return _Sentence(
        words,
        " " + " ".join(words) + " ",
        list(compress(tokens, kept)),
        list(compress(count(), kept)),
        list(compress(accumulate(map(_OPENS_CLAUSE, tokens)), kept)),
    )


# Sentences of a collection reuse a small vocabulary of whitespace-separated chunks ("l’IA",
# "données,"), so each chunk is lowered, tokenised and lemmatised once, not at every occurrence.
@lru_cache(maxsize=CHUNK_CACHE_SIZE)
def _chunk_words(chunk: str) -> tuple[_Token, ...]:
    """The tokens of a chunk: punctuation and adversative words ("mais") open a clause."""
    tokens = []
    for raw in TOKEN.findall(ELIDED.sub(r"\1e ", chunk.lower())):
        if raw in CLAUSE_PUNCTUATION:
            tokens.append(_Token(raw, raw, raw, False, False, True))
            continue
        compound = "-" in raw
        for word in raw.split("-") if compound else (raw,):
            lemma = _lemma(word)
            tokens.append(_Token(word, lemma, _key(lemma), compound, word not in STOPWORDS, word in ADVERSATIVE))
    return tuple(tokens)


@lru_cache(maxsize=200_000)
def _lemma(word: str) -> str:
    """The lemma with accents folded ("limitées" → "limite"): what the evaluative lexicon matches."""
    lemma = fold_accents(simplemma.lemmatize(word, lang=LANGUAGE).lower())
    if lemma == fold_accents(word) and lemma.endswith("es") and len(lemma) > MIN_STEM + 2:
        return lemma[:-1]
    return lemma


@lru_cache(maxsize=200_000)
def _key(lemma: str) -> str:
    """The family key of a lemma, derivational ending removed: what theme cues match, so that
    "confidentialité" finds "confidentiel" and "personnalisation" finds "personnalisé"."""
    for suffix, replacement in SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) - len(suffix) >= MIN_STEM:
            return lemma[: len(lemma) - len(suffix)] + replacement
    return lemma


def _phrase_keys(text: str) -> tuple[str, ...]:
    return tuple(token.key for token in _parse(text).content)


def _phrase_lemmas(text: str) -> tuple[str, ...]:
    return tuple(token.lemma for token in _parse(text).content)


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, list[tuple[tuple[str, ...], tuple[Role, float]]]]:
    entries: list[tuple[tuple[str, ...], tuple[Role, float]]] = []
    for role, table in ((Role.POSITIVE, POSITIVE), (Role.NEGATIVE, NEGATIVE)):
        for weight, (words, *phrases) in table.items():
            entries.extend(((lemma,), (role, weight)) for lemma in _lemmas(words))
            entries.extend((_phrase_lemmas(phrase), (role, weight)) for phrase in phrases)
    return _index(entries)


@lru_cache(maxsize=1)
def _evaluative() -> frozenset[str]:
    """Lemmas without which a sentence weighs nothing: first words of the lexicon, and abilities,
    which a negation turns into a drawback. Modifiers only act on evaluative words."""
    return frozenset(_lexicon()) | _lemmas(ABILITY)


@lru_cache(maxsize=1)
def _modifiers() -> dict[str, frozenset[Modifier]]:
    modifiers: dict[str, set[Modifier]] = {}
    for modifier, words in ((Modifier.PRIVATIVE, PRIVATIVE), (Modifier.REMEDY, REMEDY), (Modifier.GOAL, GOAL)):
        for lemma in _lemmas(words):
            modifiers.setdefault(lemma, set()).add(modifier)
    return {key: frozenset(found) for key, found in modifiers.items()}


@lru_cache(maxsize=None)
def _lemmas(words: str) -> frozenset[str]:
    """Lemmas a lexicon list stands for: each word's lemma and the word itself, since the
    lemmatiser maps some forms ("perdu") to their verb but leaves inflected ones ("perdus")."""
    return frozenset(form for word in words.split() for form in (_lemma(word), fold_accents(word)))


def _compiled(taxonomy: Taxonomy) -> _CompiledTaxonomy:
    fingerprint = taxonomy.fingerprint
    if fingerprint not in _compiled_taxonomies:
        entries = [(_phrase_keys(cue), theme.id) for theme in taxonomy.themes for cue in theme.cues]
        _compiled_taxonomies.clear()
        cues = _index([(keys, value) for keys, value in entries if keys])
        _compiled_taxonomies[fingerprint] = _CompiledTaxonomy(cues, relevant=_Relevance(_evaluative(), frozenset(cues)))
    return _compiled_taxonomies[fingerprint]


def _index(entries: list[tuple[tuple[str, ...], object]]) -> dict[str, list[tuple[tuple[str, ...], object]]]:
    index: dict[str, list[tuple[tuple[str, ...], object]]] = {}
    for keys, value in sorted(entries, key=lambda entry: -len(entry[0])):
        index.setdefault(keys[0], []).append((keys, value))
    return index

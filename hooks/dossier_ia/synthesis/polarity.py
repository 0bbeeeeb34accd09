"""The polarity the rules of French give a sentence (``rule_polarity``); ``claims`` decides from it,
the sentence's place and its meaning whether the sentence is a claim, and on which theme.

Each sentence gets a polarity from general rules of French, never from knowledge of one article:
an evaluative lexicon (lemmatised with ``simplemma``, so "biaisées" counts as "biais"), negation
("ne … pas", "sans", "pas sans" as litotes, "ne peut pas" as an inability, "plutôt que" the
course not taken), privative words that turn what follows into a loss ("manque de", "nuire à",
"limitée"), words of less that turn what they govern around ("moins coûteuses", "moins
innovantes"), denials that cancel the word before them ("une peur infondée"), a small share that
turns the judgement of its sentence around ("Seuls 60 % se disent satisfaits"), qualities named
as a topic ("des lacunes en matière de précision"), and the clause structure: in "Bien que
P, Q", "P, mais Q" or "X, si performant soit-il, Q" the main clause Q wins.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from typing import NamedTuple

from dossier_ia.french.lexicon import (
    ABILITY,
    ADVERSATIVE,
    AI_NAMES,
    ANY_CONTRAST,
    ASSETS,
    BURDENS,
    CANCELLED_NEGATION,
    CHALLENGED,
    COMPARED,
    CONCEDED_INVERSION,
    CONCESSIVE,
    CONDITIONAL,
    COPULAS,
    DETECTING,
    ESCALATION,
    FIGURE_QUALIFIERS,
    GAINING,
    HUMAN_SUBJECTS,
    INCREASING,
    LOIN,
    MANAGING,
    NE,
    NEED,
    NEGATION_PARTICLES,
    NEGATION_STARTS,
    NEGATORS,
    NON,
    NOT_CONTRASTING_AFTER,
    NOT_LESSENING_AFTER,
    NOT_NEGATING_AFTER_NON,
    NOT_TAKEN,
    OLD_WAY_QUALIFIERS,
    OPENING_CONTRAST,
    PASSAGE_FORMS,
    PAST_QUALIFIED_WORDS,
    PEU,
    RATHER_THAN,
    REDUCING,
    RESTRICTED_SHARE,
    RESTRICTING_NEGATION,
    RESTRICTIVE,
    SANS,
    SETTING,
    STRONG,
    SUBJECT_PRONOUNS,
    TEMPORAL_CONTRAST,
    TIME_UNITS,
    TOPIC_INTRODUCERS,
    USED_FOR_REACH,
    USING,
    WEAK,
)
from dossier_ia.french.tokens import (
    ParsedSentence,
    Token,
    lemma_set,
    match_phrases,
    names_noun,
    phrase_positions,
    phrase_spans,
)
from dossier_ia.synthesis.evaluative import (
    Modifier,
    Role,
    changing_lemmas,
    evaluative_lemma,
    evaluative_lemmas,
    inflected_forms,
    lexicon_index,
    modifier_index,
)
from dossier_ia.synthesis.themes import Polarity

NEGATION_WINDOW = 5
# The subject of a negated ability just before « ne » with whom AI is compared (``_others_cannot``).
COMPARED_SUBJECTS = HUMAN_SUBJECTS | OLD_WAY_QUALIFIERS
# Words a phrase of the lexicon may hold inside it: « soulève aussi de sérieuses questions ».
PHRASE_GAP = 2
SANS_WINDOW = 3
# The particle of "ne … plus": what no longer happens.
CESSATION = "plus"
# The word that opens a relative clause on a setting ("un monde où …").
SETTING_RELATIVE = "où"
PRIVATIVE_AFTER = 4
PRIVATIVE_BEFORE = 2
# Forms the lemmatiser reads as a noun ("nuit", the night; "peine", pain) that are a verb before "à".
VERB_BEFORE_PREPOSITION = {"nuit": "nuire", "peine": "peiner"}
GOVERNED = frozenset({"à", "au", "aux"})
# Forms of a verb that are a noun after a determiner, read as that noun: "les limites de l’outil"
# name a shortcoming, no remedy as "limite les erreurs" is.
NOUN_AFTER_DETERMINER = {"limite": "limitation", "limites": "limitation"}
# The adversative that contrasts wherever it stands; the others, only after one of these.
BUT = "mais"
# The words of a goal, and what tells a goal AI is used for (``_ai_used_for``).
PURPOSE = frozenset({"pour", "afin"})
USING_LEMMAS = lemma_set(USING)
AI_NAME_LEMMAS = lemma_set(AI_NAMES)
CLAUSE_BREAKS = frozenset({",", ";"})
# Verbs whose past participle is the lexicon's adjective ("dépassé", outdated or overwhelmed):
# their other forms judge nothing ("sa précision dépasse celle d’un humain"), read as this verb.
PARTICIPLE_ONLY = {"depasser": "exceder"}
# How a quality named as a topic is read: a word no lexicon weighs.
TOPIC_READING = "sujet"
# What joins the items of a list of topics.
ENUMERATION = frozenset({",", "et", "ou", "voire"})
# "un peu" is a degree: its "peu" denies nothing.
A_LITTLE_BEFORE = "un"
A_LITTLE = "un peu"
# "au moins", "plus ou moins", "à moins": a bound or a hedge, no word of less.
LESS = "moins"
# Words of less that are a degree, not a fall: they govern what follows them.
DEGREES = frozenset({LESS, "moindre"})
NOT_LESS = "au moins"
# A verb of passage between two figures reads as the rise or the fall it states.
RISE, FALL = "augmenter", "baisser"
FIGURE_START, FIGURE_END = "de", "à"
DECIMAL_MARK = ","
# How far a verb of passage looks for its two figures ("est passé de près de 4 200 euros à …").
FIGURE_WINDOW = 12
AMBIGUOUS_FORMS = (
    frozenset(VERB_BEFORE_PREPOSITION) | frozenset(NOUN_AFTER_DETERMINER) | {PEU, LESS} | PASSAGE_FORMS
)
# Adverbs that may come between such a verb and its preposition: "peine encore à".
BETWEEN_VERB_AND_PREPOSITION = frozenset({"encore", "souvent", "parfois", "toujours", "gravement", "fortement"})
# The first part of a compound that turns the quality it is joined to into its opposite.
COUNTER_PREFIX = "contre"
# Endings of infinitives: "réduire", "limiter", "compromettre" govern what follows them.
INFINITIVE_ENDINGS = ("er", "ir", "re")
# Endings of past participles ("réduites", "évité", "corrigés", "réduit"): after its noun, the
# participle of a remedy says that what the noun names is remedied.
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "it", "ite", "its", "ites", "u", "ue", "us", "ues")


class RuleVerdict(NamedTuple):
    """What the rules of French find in a sentence: the polarity they give (None when they give
    none), the content words of its main clause (where its point is), the evaluative weights, and
    whether the main clause denies a word of harm (``denies_harm``)."""

    polarity: Polarity | None
    main: list[Token]
    positive: float
    negative: float
    # « aucun conseiller n’a perdu son emploi », « ne posent aucun problème »: the rules weigh
    # such a denial as nothing (avoiding a risk is no benefit); it is no drawback either,
    # whatever theme its words are on.
    denies_harm: bool = False
    # « Même si P, Q », « P, mais Q »: the rules weighed the main clause apart from the conceded one.
    concedes: bool = False


def rule_polarity(sentence: ParsedSentence, previous: Polarity | None) -> RuleVerdict:
    """Polarity of a sentence from its evaluative words, negation and clause structure.

    In "Bien que P, Q" and "P, mais Q" the main clause Q decides; a neutral Q after a true
    concession takes the opposite of P; a sentence opening on "Cependant" with no evaluative word
    takes the opposite of the sentence before.
    """
    conceded, concessive = _conceded(sentence)
    content, clauses = _readings(sentence), sentence.clauses
    # "Je ne vois aucune raison pour que l’outil ne puisse pas…": the two negations cancel.
    negated = CANCELLED_NEGATION.search(sentence.line) is None
    start, stop = bisect_left(sentence.positions, conceded.start), bisect_left(sentence.positions, conceded.stop)
    main = content[:start] + content[stop:]
    # « n’est pas forcément », « ne se limite plus à »: a negation that only restricts what it says
    # denies no harm and stops none.
    restricting = RESTRICTING_NEGATION.search(sentence.line) is not None
    denied: set[int] = set()
    positive, negative = _weights(main, clauses[:start] + clauses[stop:], negated, denied, stops=not restricting)
    if RESTRICTED_SHARE.match(sentence.line):
        positive, negative = negative, positive
    polarity = _polarity(positive, negative)
    if polarity is None and concessive:
        polarity = _opposite(_polarity(*_weights(content[start:stop], clauses[start:stop], negated)))
    if polarity is None and previous is not None and OPENING_CONTRAST.match(sentence.line):
        polarity = _opposite(previous)
    denies_harm = bool(denied) and not restricting and _denies_harm(main, denied)
    return RuleVerdict(polarity, main, positive, negative, denies_harm, len(conceded) > 0)


def _denies_harm(main: list[Token], denied: set[int]) -> bool:
    """Whether the negative words of ``main`` a negation ``denied`` deny a harm: not when a goal
    governs them (« garantissant que la technologie ne devienne pas un fardeau » names the harm to
    avoid: a risk)."""
    modifiers = modifier_index()
    return any(
        not any(Modifier.GOAL in modifiers.get(token.lemma, ()) for token in main[:position]) for position in denied
    )


def _readings(sentence: ParsedSentence) -> list[Token]:
    """The content words, read as the verb or the noun they are where the lemmatiser cannot tell:
    "ce qui nuit à la marque" is "nuire", "une nuit" is not (the verb is followed by its
    preposition); "les limites de l’outil" is a noun, no remedy as "limite les erreurs" is (the
    noun follows a determiner); the "peu" of "un peu" is a degree, no denial; the "moins" of "au
    moins" a bound, no word of less. Beyond the lemmatiser: a quality named as a topic ("en
    matière de précision") weighs nothing, "plutôt que" and "au lieu de" deny like a negation,
    "dépasse" is no "dépassé", and a verb of passage between two figures is a rise or a fall."""
    content = sentence.content
    topics = _named_topics(sentence)
    not_taken = {position for span in phrase_spans(sentence.line, NOT_TAKEN) for position in span}
    if (
        AMBIGUOUS_FORMS.isdisjoint([token.word for token in content])
        and PARTICIPLE_ONLY.keys().isdisjoint([token.lemma for token in content])
        and not topics and not not_taken
    ):
        return content
    words, positions = sentence.words, sentence.positions

    def governs(position: int) -> bool:
        following = words[position + 1:position + 3]
        if following and following[0] in BETWEEN_VERB_AND_PREPOSITION:
            following = following[1:]
        return bool(following) and following[0] in GOVERNED

    def reading(token: Token, position: int) -> Token:
        if position in topics:
            return token._replace(word=TOPIC_READING, lemma=TOPIC_READING)
        if token.word in VERB_BEFORE_PREPOSITION and governs(position):
            return token._replace(lemma=VERB_BEFORE_PREPOSITION[token.word])
        if token.word in NOUN_AFTER_DETERMINER and names_noun(words, position, past_adjective=True):
            return token._replace(lemma=NOUN_AFTER_DETERMINER[token.word])
        if token.word == PEU and position and words[position - 1] == A_LITTLE_BEFORE:
            return token._replace(word=A_LITTLE)  # "un peu plus rapide": a degree, no denial
        if token.word == LESS and position and words[position - 1] in NOT_LESSENING_AFTER:
            return token._replace(word=NOT_LESS, lemma=NOT_LESS)
        if position in not_taken:
            return token._replace(word=RATHER_THAN)
        if token.lemma in PARTICIPLE_ONLY and not token.word.endswith(PARTICIPLE_ENDINGS):
            return token._replace(lemma=PARTICIPLE_ONLY[token.lemma])
        if token.word in PASSAGE_FORMS and (direction := _figure_direction(words, position)) is not None:
            return token._replace(lemma=RISE if direction > 0 else FALL)
        return token

    return [reading(token, positions[index]) for index, token in enumerate(content)]


def _named_topics(sentence: ParsedSentence) -> set[int]:
    """Word positions of the words a topic introducer names as the respect in which something is
    judged ("des lacunes en ce qui concerne la précision, la clarté voire la fiabilité"): the
    word right after it, and the first word after each comma, « et », « ou » or « voire » that
    follows on (the items of a list; a word with none before it ends the list). None when they
    hold all of the sentence's evaluative words: "des progrès en termes de rapidité" is judged
    by the quality it names."""
    topics = _challenged(sentence)
    for end in [span.stop for span in phrase_spans(sentence.line, TOPIC_INTRODUCERS)]:
        previous = None
        for token, position in zip(sentence.content, sentence.positions):
            if position < end or token.word == ESCALATION:
                continue
            if previous is not None and ENUMERATION.isdisjoint(sentence.words[previous + 1:position]):
                break
            topics.add(position)
            previous = position
    if not topics:
        return topics
    evaluative = evaluative_lemmas()
    judged_elsewhere = any(
        position not in topics and evaluative_lemma(token) in evaluative
        for token, position in zip(sentence.content, sentence.positions)
    )
    return topics if judged_elsewhere else set()


def _challenged(sentence: ParsedSentence) -> set[int]:
    """Word positions of the words a challenge is said of, in its clause (« la précision et la
    cohérence restent des défis »: ``CHALLENGED``)."""
    named: set[int] = set()
    for span in phrase_spans(sentence.line, CHALLENGED):
        pairs = zip(sentence.clauses, sentence.positions)
        clause = next((clause for clause, position in pairs if position >= span.start), None)
        named.update(
            position for clause_number, position in zip(sentence.clauses, sentence.positions)
            if position < span.start and clause_number == clause
        )
    return named


def _figure_direction(words: list[str], position: int) -> int | None:
    """Which way the figures after a verb of passage go: 1 for "passé de 21 % à 29 %", -1 for
    "passé de 18 euros à moins de 2 euros", None when no "de N … à M" follows (or N is M)."""
    window = words[position + 1:position + 1 + FIGURE_WINDOW]
    if not window or window[0] != FIGURE_START:
        return None
    first, rest = _figure(window[1:])
    if first is None or FIGURE_END not in rest:
        return None
    second, _ = _figure(rest[rest.index(FIGURE_END) + 1:])
    if second is None or second == first:
        return None
    return 1 if second > first else -1


def _figure(words: list[str]) -> tuple[float | None, list[str]]:
    """The figure the words open with, after words that do not change it ("près de", "moins
    de"), its decimals after a comma, and the words after it; None when they open with none."""
    index = 0
    while index < len(words) and words[index] in FIGURE_QUALIFIERS:
        index += 1
    digits = []
    while index < len(words) and words[index].isdigit():
        digits.append(words[index])
        index += 1
    if not digits:
        return None, words
    # "4 200" is four thousand two hundred; "4 , 29" four and twenty-nine hundredths.
    value = float("".join(digits))
    if index + 1 < len(words) and words[index] == DECIMAL_MARK and words[index + 1].isdigit():
        value += float(f"0.{words[index + 1]}")
        index += 2
    return value, words[index:]


def _conceded(sentence: ParsedSentence) -> tuple[range, bool]:
    """Token range of the conceded clause, and whether a neutral main clause contrasts with it.

    "Bien que P, Q" / "Même si P, Q" / "X, bien que P, Q" / "X, si P soit-il, Q" concede P; "P, mais Q"
    concedes P; "Si P, Q" sets P aside, conceded or a condition; "Q, contrairement à X qui P"
    judges X, not what Q says (to the end of the sentence if no comma closes it).
    Only a true concession lets a neutral Q take the opposite of P: "alors que" may be
    temporal, "si" may set a condition, and "mais" often only adds a nuance.
    """
    inversion = phrase_positions(sentence.line, CONCEDED_INVERSION)
    if inversion:
        commas = [position for position, word in enumerate(sentence.words) if word == ","]
        before = [position for position in commas if position < inversion[0]]
        after = [position for position in commas if position > inversion[0]]
        return range(before[-1] if before else 0, after[0] + 1 if after else len(sentence.words)), True
    markers: list[tuple[int, bool]] = []
    compared: list[int] = []
    if ANY_CONTRAST.search(sentence.line):
        compared = phrase_positions(sentence.line, COMPARED)
        markers = [(index, True) for index in (*phrase_positions(sentence.line, CONCESSIVE), *compared)]
        markers += [(index, False) for index in phrase_positions(sentence.line, TEMPORAL_CONTRAST)]
        markers += [(index, False) for index in phrase_positions(sentence.line, CONDITIONAL)]
        markers += [(index + 1, False) for index in phrase_positions(sentence.line, SETTING)]
    if markers:
        index, concessive = min(markers)
        end = _clause_end(sentence.words, index)
        if end is None and (sentence.words[index] == SETTING_RELATIVE or index in compared):
            end = len(sentence.words)  # "… partout où l’on attend de la rapidité."
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
    """ "mais" contrasts, except in "non seulement … mais", "mais aussi" and "pas X mais plutôt Y";
    "cependant", "toutefois"… only after a comma or a semicolon: within a clause ("soulève
    toutefois des questions") they set the whole sentence against the one before."""
    if words[index] != BUT and words[index - 1] not in CLAUSE_BREAKS:
        return False
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


def _weights(
    content: list[Token], clauses: list[int], negated: bool = True, denied: set[int] | None = None,
    stops: bool = True,
) -> tuple[float, float]:
    """Positive and negative weight of the evaluative words, after privation, remedies, goals and,
    unless the sentence's negations cancel (``negated`` false), negation; the positions of the
    negative words a negation denies are added to ``denied`` when given; ``stops`` false when
    "ne … plus" tells of no harm that stopped (``_negate``)."""
    lemmas = [token.lemma for token in content]
    if not inflected_forms().keys().isdisjoint([token.word for token in content]):
        lemmas = [evaluative_lemma(token) for token in content]  # "précises": its lemma is a verb
    changing = changing_lemmas()
    if evaluative_lemmas().isdisjoint(lemmas) and changing.isdisjoint(lemmas):
        return 0.0, 0.0
    hits = match_phrases(lemmas, lexicon_index(), max_gap=PHRASE_GAP)
    values = {hit.index: hit.value for hit in hits if not content[hit.index].compound}
    for hit in hits:
        if content[hit.index].compound and hit.index and content[hit.index - 1].word == COUNTER_PREFIX:
            values[hit.index] = (Role.NEGATIVE, hit.value[1])  # "contre-productive" works against its aim
    _escalate(values, content, clauses)
    quantities = _weigh_quantities(values, lemmas, clauses, changing)
    modifiers = modifier_index()
    detecting, managing = lemma_set(DETECTING), lemma_set(MANAGING)
    for position in [position for position, lemma in enumerate(lemmas) if lemma in modifiers]:
        token = content[position]
        modifier = modifiers[lemmas[position]]
        if token.compound:
            continue
        participle = token.word.endswith(PARTICIPLE_ENDINGS)
        if Modifier.REMEDY in modifier and not (participle and lemmas[position] in detecting):
            # Before privation: "réduit la créativité" deprives a quality, which is no risk remedied.
            reach = 1 if lemmas[position] in managing else PRIVATIVE_AFTER
            remedied = _discount(values, position, clauses, Role.NEGATIVE, reach)
            if participle:
                remedied = _discount_before(values, position, clauses, Role.NEGATIVE) or remedied
            if remedied and values.get(position, (None,))[0] is Role.NEGATIVE:
                values[position] = (Role.NEGATIVE, 0.0)  # "limiter les risques" is no limitation
        if Modifier.AMPLIFIER in modifier and values.get(position, (None,))[0] is Role.POSITIVE and _governs(
            values, position, clauses, Role.NEGATIVE,
        ):
            values[position] = (Role.NEGATIVE, values[position][1])  # "renforcer les stéréotypes"
        if (
            Modifier.LESSENING in modifier and position in quantities
            and _qualified_quantity(values, content, position, clauses)
        ):
            # « moins de temps perdu », « moins de clients satisfaits »: what is lessened is the
            # quantity as its participle judges it, not the bare quantity.
            del values[position]
            quantities.discard(position)
        if Modifier.LESSENING in modifier and position not in quantities:
            _lessen(values, position, clauses, degree=lemmas[position] in DEGREES)
        if Modifier.PRIVATIVE in modifier and position not in quantities:
            # "réduisent les délais et libèrent du temps": what is reduced is the burden it names
            _deprive(values, position, clauses, governs_before=not token.word.endswith(INFINITIVE_ENDINGS))
        if (
            Modifier.GOAL in modifier and not (position and content[position - 1].word == NE)
            and not _ai_used_for(lemmas, position)
        ):
            # "ne garantit ni la justesse ni la pertinence" denies the qualities it no longer sets as goals
            _discount(values, position, clauses, Role.POSITIVE, len(content))
        if Modifier.DENIAL in modifier:
            _deny(values, position, clauses)
        if Modifier.CONDITIONING in modifier:
            _discount_before(values, position, clauses, Role.POSITIVE)
        if Modifier.PAST in modifier:
            _of_the_past(values, position, clauses)
    if negated and not NEGATION_STARTS.isdisjoint([token.word for token in content]):
        _negate(values, content, clauses, denied, stops)
    positive = sum(weight for role, weight in values.values() if role is Role.POSITIVE)
    return positive, sum(weight for role, weight in values.values() if role is Role.NEGATIVE)


def _ai_used_for(lemmas: list[str], position: int) -> bool:
    """Whether the goal at ``position`` (« pour », « afin ») is what AI is used for: a verb of use
    and AI's name among the few words before it (« utilisent l’IA pour améliorer… »)."""
    before = lemmas[max(0, position - USED_FOR_REACH) : position]
    return lemmas[position] in PURPOSE and not USING_LEMMAS.isdisjoint(before) and not AI_NAME_LEMMAS.isdisjoint(before)


def _escalate(values: dict[int, tuple[Role, float]], content: list[Token], clauses: list[int]) -> None:
    """In "A voire B" the evaluative word A takes the side of B, the step further on its scale."""
    for position in [position for position, token in enumerate(content) if token.word == ESCALATION]:
        before = range(position - 1, max(-1, position - PRIVATIVE_BEFORE - 1), -1)
        after = range(position + 1, min(len(content), position + PRIVATIVE_BEFORE + 1))
        first, second = (
            next((other for other in side if other in values and clauses[other] == clauses[position]), None)
            for side in (before, after)
        )
        if first is not None and second is not None:
            values[first] = (values[second][0], values[first][1])


def _weigh_quantities(
    values: dict[int, tuple[Role, float]], lemmas: list[str], clauses: list[int],
    changing: frozenset[str],
) -> set[int]:
    """A word of change that governs, in its clause, a business quantity weighs as a weak
    evaluative word, which negation can still flip: less of a burden ("réduire les coûts",
    "limiter le temps passé") or time won back ("a regagné une journée") is a benefit; fewer
    people or sales ("a réduit son équipe de moitié", "voient leurs commandes baisser") a loss;
    growth the other way round ("l’explosion des coûts" a loss, "la hausse des ventes" a gain).
    Returns the positions of the words so weighed."""
    reducing, increasing, gaining = lemma_set(REDUCING), lemma_set(INCREASING), lemma_set(GAINING)
    burdens, assets, times = lemma_set(BURDENS), lemma_set(ASSETS), lemma_set(TIME_UNITS)
    weighed: set[int] = set()
    for position, lemma in enumerate(lemmas):
        if lemma not in changing:
            continue
        after = range(position + 1, min(len(lemmas), position + PRIVATIVE_AFTER + 1))
        before = range(position - 1, max(-1, position - PRIVATIVE_AFTER - 1), -1)
        # What follows the word is what it changes ("réduire les coûts"); else its subject, before
        # it ("les coûts seraient réduits", "voient leurs commandes baisser", "les ventes baissent").
        # An evaluative word nearer than the quantity is what the word governs: in "moins de
        # gaspillage et plus de conversions" the conversions are not what is lessened.
        reading = None
        for governed in (after, before):
            quantities = list(_nearer_than_evaluative(governed, values, lemmas, clauses, clauses[position]))
            if lemma in increasing:
                reading = _reading(quantities, burdens, Role.NEGATIVE, assets, Role.POSITIVE)
            elif lemma in reducing:
                reading = _reading(quantities, burdens, Role.POSITIVE, assets, Role.NEGATIVE)
            elif lemma in gaining:
                reading = _reading(quantities, times, Role.POSITIVE, frozenset(), Role.NEGATIVE)
            # else a verb of passage with no figures after it (``_readings`` read the others as a
            # rise or a fall): "on passe du temps à relire" changes nothing.
            if reading is not None:
                break
        if reading is not None:
            values[position] = (reading, WEAK)
            weighed.add(position)
    return weighed


def _nearer_than_evaluative(
    governed: range, values: dict[int, tuple[Role, float]], lemmas: list[str], clauses: list[int], clause: int,
) -> Iterator[str]:
    """The lemmas of ``governed`` (nearest first) in ``clause``, up to its first evaluative word."""
    for other in governed:
        if other in values:
            return
        if clauses[other] == clause:
            yield lemmas[other]


def _reading(
    quantities: list[str], first: frozenset[str], on_first: Role, second: frozenset[str], on_second: Role,
) -> Role | None:
    """The side a word of change takes from the quantities it governs: ``on_first`` if one of
    them is in ``first`` (burdens, or time for a word of gain), else ``on_second`` if one is in
    ``second`` (assets)."""
    if not first.isdisjoint(quantities):
        return on_first
    if not second.isdisjoint(quantities):
        return on_second
    return None


def _deprive(values: dict[int, tuple[Role, float]], position: int, clauses: list[int], governs_before: bool) -> None:
    """The nearest positive word around a privative word in its clause becomes a loss. An
    infinitive governs only what follows it: in "permet de réduire les coûts" the ability is not
    what is reduced."""
    other = _nearest(values, position, clauses, frozenset({Role.POSITIVE}), governs_before)
    if other is not None:
        values[other] = (Role.NEGATIVE, values[other][1])


def _qualified_quantity(
    values: dict[int, tuple[Role, float]], content: list[Token], position: int, clauses: list[int],
) -> bool:
    """Whether the quantity a word of less governs, the word right after it, is itself judged by
    the evaluative participle after it, in its clause (« moins de temps perdu »; not the verb of
    « la baisse des ventes inquiète »)."""
    qualifier = position + 2
    return (
        qualifier < len(clauses) and clauses[qualifier] == clauses[position] and qualifier in values
        and content[qualifier].word.endswith(PARTICIPLE_ENDINGS)
    )


def _lessen(values: dict[int, tuple[Role, float]], position: int, clauses: list[int], degree: bool) -> None:
    """The nearest evaluative word after a word of less, in its clause, takes the other side with
    its weight: "moins innovantes" is a loss, "moins coûteuses" and "moins d’erreurs" a gain.
    With none after it, a fall governs its subject, just before ("la pertinence baisse au fil
    des semaines", "la précision est en baisse"); a degree (``degree``: « moins ») only when it closes its
    clause ("séduit encore moins :"), since "efficace et moins cher" lessens no efficiency."""
    other = _nearest(values, position, clauses, frozenset(Role), governs_before=False)
    closes = position + 1 == len(clauses) or clauses[position + 1] != clauses[position]
    if other is None and (closes or not degree):
        other = _nearest(values, position, clauses, frozenset(Role), governs_before=True)
    if other is not None:
        _turn(values, other)


def _of_the_past(values: dict[int, tuple[Role, float]], position: int, clauses: list[int]) -> None:
    """The evaluative words just after « autrefois », in its clause, say what is over: each takes
    the other side (« des tâches autrefois longues et coûteuses » are a burden lifted)."""
    for other in range(position + 1, min(len(clauses), position + PAST_QUALIFIED_WORDS + 1)):
        if clauses[other] == clauses[position] and other in values:
            _turn(values, other)


def _turn(values: dict[int, tuple[Role, float]], position: int) -> None:
    """The evaluative word at ``position`` takes the other side, with its weight."""
    role, weight = values[position]
    values[position] = (Role.NEGATIVE if role is Role.POSITIVE else Role.POSITIVE, weight)


def _nearest(
    values: dict[int, tuple[Role, float]], position: int, clauses: list[int], roles: frozenset[Role],
    governs_before: bool,
) -> int | None:
    """The position of the evaluative word of one of ``roles`` that the word at ``position``
    governs in its clause: the nearest after it, else (``governs_before``) the nearest just before."""
    clause = clauses[position]
    first = max(0, position - PRIVATIVE_BEFORE) if governs_before else position + 1
    window = range(first, min(len(clauses), position + PRIVATIVE_AFTER + 1))
    for other in sorted(window, key=lambda other: (other < position, abs(other - position))):
        if other != position and clauses[other] == clause and values.get(other, (None,))[0] in roles:
            return other
    return None


def _deny(values: dict[int, tuple[Role, float]], position: int, clauses: list[int]) -> None:
    """The evaluative word just before a denial ("une peur infondée"), in its clause, loses its weight."""
    for other in range(position - 1, max(-1, position - PRIVATIVE_BEFORE - 1), -1):
        if clauses[other] != clauses[position]:
            return
        if other in values:
            values[other] = (values[other][0], 0.0)
            return


def _discount_before(values: dict[int, tuple[Role, float]], position: int, clauses: list[int], role: Role) -> bool:
    """The word of ``role`` just before a remedy's participle ("les erreurs réduites", "des
    risques limités", "les erreurs de saisie sont réduites") or a verb of condition ("sa précision
    dépend de…"), in its clause, loses its weight: the risk is said to be remedied, the quality
    to need something."""
    for other in range(position - 1, max(-1, position - PRIVATIVE_AFTER - 1), -1):
        if clauses[other] != clauses[position]:
            return False
        if values.get(other, (None,))[0] is role:
            values[other] = (role, 0.0)
            return True
    return False


def _governs(values: dict[int, tuple[Role, float]], position: int, clauses: list[int], role: Role) -> bool:
    """Whether a word of ``role`` follows the word at ``position`` closely, in its clause."""
    return any(
        clauses[other] == clauses[position] and values.get(other, (None,))[0] is role
        for other in range(position + 1, min(len(clauses), position + PRIVATIVE_AFTER + 1))
    )


def _discount(
    values: dict[int, tuple[Role, float]], position: int, clauses: list[int], role: Role, window: int,
) -> bool:
    """Words of ``role`` governed by a remedy or goal word, in its clause, lose their weight;
    whether there was one."""
    clause, found = clauses[position], False
    for other in range(position + 1, min(len(clauses), position + window + 1)):
        if clauses[other] != clause:
            break
        if values.get(other, (None,))[0] is role:
            values[other] = (role, 0.0)
            found = True
    return found


def _negate(
    values: dict[int, tuple[Role, float]], content: list[Token], clauses: list[int], denied: set[int] | None = None,
    stops: bool = True,
) -> None:
    """Apply "ne … pas", "sans", "non", "loin d'être", "plutôt que": the first evaluative word in scope flips.

    A negated positive becomes negative; a negated ability ("ne peut pas") is a drawback, unless
    people are the ones who cannot ("qu’aucun humain ne saurait repérer"); a
    negated negative only loses its weight (avoiding a risk is not a benefit), except "pas sans",
    a litotes, which keeps it, and "ne … plus" when it says that the harm itself has stopped
    (``_harm_stopped``, unless ``stops`` is false): « les commandes ne se perdent plus » is a gain.
    """
    abilities = lemma_set(ABILITY)
    position = 0
    negated: set[int] = set()
    while position < len(content):
        if content[position].word not in NEGATION_STARTS:
            position += 1
            continue
        start = position
        targets, position, stopped = _negation_scope(content, clauses, position)
        target = next(
            (
                target for target in targets
                if target not in negated and (target in values or content[target].lemma in abilities)
            ),
            None,
        )
        if target is None:
            continue
        negated.add(target)  # "ne garantit ni la justesse ni la pertinence": each word is denied once
        role, weight = values.get(target, (None, 0.0))
        if content[target].lemma in abilities:
            values[target] = (Role.POSITIVE if _others_cannot(content, start) else Role.NEGATIVE, STRONG)
        elif role is Role.POSITIVE:
            values[target] = (Role.NEGATIVE, weight)
        elif role is Role.NEGATIVE and stops and stopped is not None and _harm_stopped(content, start, stopped, target):
            values[target] = (Role.POSITIVE, weight)
        else:
            values[target] = (Role.NEGATIVE, 0.0)
            if denied is not None and role is Role.NEGATIVE and weight > 0:
                denied.add(target)


def _harm_stopped(content: list[Token], start: int, particle: int, target: int) -> bool:
    """Whether "ne … plus" (``start``, ``particle``) says that the harm at ``target`` stopped: the
    harm is the verb that no longer happens (« ne se perdent plus »), or what a copula no longer
    is (« n’est plus un problème »: « est » is no content word; « devient » is, a copula too).
    Not what a verb of its own no longer does to it (« on ne compte plus les erreurs »)."""
    copulas = lemma_set(COPULAS)
    return target < particle or all(content[between].lemma in copulas for between in range(start + 1, particle))


def _others_cannot(content: list[Token], start: int) -> bool:
    """Whether the negation at ``start`` has people or the old way for subject, with whom a
    sentence compares AI: "qu’aucun humain ne saurait repérer", "un humain ne peut pas", "que les
    outils classiques ne pouvaient pas traiter"."""
    word = content[start].word
    if word == NE:
        return start > 0 and content[start - 1].word in COMPARED_SUBJECTS
    return word in NEGATORS and start + 1 < len(content) and content[start + 1].word in HUMAN_SUBJECTS


def _negation_scope(content: list[Token], clauses: list[int], position: int) -> tuple[list[int], int, int | None]:
    """Content positions the negator at ``position`` governs, where to resume scanning, and
    the position of "plus" when it says that something stopped ("ne … plus"), else None.

    "pas sans" is a litotes: the two negations cancel and what follows keeps its polarity.
    """
    word = content[position].word
    end = position + 1
    while end < len(content) and clauses[end] == clauses[position]:
        end += 1
    clause = list(range(position + 1, end))
    if word == "ne":
        particles = (other for other in clause[:NEGATION_WINDOW] if content[other].word in NEGATION_PARTICLES)
        particle = next(particles, None)
        if particle is None:
            restrictive = any(content[other].word == RESTRICTIVE for other in clause[:NEGATION_WINDOW])
            return ([] if restrictive else clause[:NEGATION_WINDOW]), position + 1, None
        if particle + 1 < end and content[particle + 1].word in (SANS, NEED):
            return [], particle + 2, None
        scope = clause[:particle - position - 1] + clause[particle - position:][:NEGATION_WINDOW]
        return scope, particle + 1, particle if content[particle].word == CESSATION else None
    if word in (SANS, RATHER_THAN):
        return clause[:SANS_WINDOW], position + 1, None
    if word == NON:
        negates = bool(clause) and content[clause[0]].word not in NOT_NEGATING_AFTER_NON
        return (clause[:1] if negates else []), position + 1, None
    if word == PEU:
        return clause[:1], position + 1, None
    if word == LOIN:
        after_being = clause[1:1 + NEGATION_WINDOW] if clause and content[clause[0]].word == "être" else []
        return after_being, position + 1, None
    if clause and content[clause[0]].word == SANS:
        return [], position + 2, None
    return clause[:NEGATION_WINDOW], position + 1, None


def _opposite(polarity: Polarity | None) -> Polarity | None:
    return None if polarity is None else polarity.opposite



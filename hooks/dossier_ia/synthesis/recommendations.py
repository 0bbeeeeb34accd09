"""Which sentences of the articles recommend something to marketers: the « Que faire » of the synthesis.

A recommendation is a normative sentence addressed to whoever does the marketing: an impersonal
obligation (« il est essentiel de… », « il faut… »), a duty of the marketers themselves (« les
entreprises doivent… », « nous devons… »), something declared indispensable for a goal (« … sont
essentiels pour maintenir la confiance »), a recommending verb, or an imperative (« Veillez à… »,
« n’oublions pas… ») that is neither a call to action of the page (« Contactez-nous ») nor the
author guiding the reading (« Voyons… »). These are general rules of French, kept as data; they
are matched on lower-case text with accents folded, so that a missing accent changes nothing.
Each recommendation is filed under the themes whose cues it names (first named first), or, when
it names none, those of its list label or section heading.

Precision and recall are measured by ``tests/scripts/measure_recommendations.py`` on sentences
labelled for it (``tests/data/advice_labels.yml``) and, locally, on real pages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from dossier_ia.cache import RebuildMemo
from dossier_ia.french.sentences import split_sentences
from dossier_ia.french.text import fold_accents
from dossier_ia.french.tokens import match_phrases, parse_sentence, word_lemma
from dossier_ia.parallel import map_on_every_core
from dossier_ia.reading.model import Article, BlockKind
from dossier_ia.synthesis.claims import announcement
from dossier_ia.synthesis.cues import CUE_GAP, CompiledTaxonomy, compile_taxonomy
from dossier_ia.synthesis.model import SentencePlace
from dossier_ia.synthesis.themes import Taxonomy

# Whoever a duty may be addressed to: those who do the marketing, and the author's « nous », « vous ».
ADDRESSEES = (
    r"entreprises?|marques?|marketeurs?|marketers?|marqueteurs?|specialistes? du marketing|"
    r"professionnels?|responsables?|dirigeants?|equipes?|annonceurs?|organisations?|societes?|pme|"
    r"agences?|decideurs?|directeurs?|managers?|commercants?|e-commercants?|vous|nous|on|chacun"
)
ADDRESSEE = re.compile(rf"\b(?:{ADDRESSEES})\b")
# A duty or an interest of the addressee: « doivent », « devrions », « ont intérêt à », « gagneront à ».
DUTY = re.compile(
    r"\b(?:doi(?:s|t|vent)|devez|devons|devr(?:ai[st]?|ait|aient|iez|ions|ont|ez|ons)|"
    r"(?:ont|avez|avons|a|auront|aurez|aurons) (?:tout )?interet a|gagne(?:nt|rez|rons|ront|raient|rait)? a)\b"
)
# « devraient » also forecasts: « les ventes devraient atteindre 10 % d’ici 2030 ».
CONDITIONAL_DUTY = re.compile(r"\bdevr(?:ait|aient)\b")
FORECAST = re.compile(
    r"\bd'ici\b|\ben 20\d\d\b|\d ?%|\b(?:atteindre|croitre|augmenter|progresser|depasser|representer)\b"
)
NORMATIVE_ADJECTIVES = (
    r"crucial|essentiel|important|necessaire|imperatif|indispensable|primordial|vital|capital|"
    r"fondamental|conseille|recommande|preferable|judicieux|souhaitable|urgent|sage|prudent|utile"
)
# One of them with the endings of « essentielle », « essentiels », « essentielles ».
NORMATIVE = rf"(?:{NORMATIVE_ADJECTIVES})(?:le)?s?"
# « il est essentiel de… », « il reste indispensable que… », « il est de notre responsabilité de… »
IMPERSONAL = re.compile(
    rf"\bil (?:est|sera|serait|reste|restera|devient|semble|parait|apparait)(?: \w+){{0,3}}? "
    rf"{NORMATIVE} (?:de |d'|que |qu')"
    r"|\bil (?:est|sera|serait) (?:de (?:notre|votre|leur) (?:responsabilite|devoir|interet)|temps) (?:de |d')"
    r"|\bil (?:faut|faudra|faudrait)\b(?! (?:du|de la|des|de l'|un|une|environ|compter|\d))"
    r"|\bil (?:convient|conviendra|conviendrait|importe|vaut mieux)\b|\bmieux vaut\b"
)
# What the author says before saying it is not advice: « il est important de noter que… ».
DISCOURSE = re.compile(
    r"\bil (?:est|faut|convient)(?: \w+){0,2}? (?:de |d')?(?:noter|souligner|rappeler|mentionner|preciser|"
    r"signaler|remarquer|dire|avouer|admettre|constater|reconnaitre que)\b"
    r"|\bce qu'il (?:faut|convient)\b"
)
# The author announcing the page: « Dans cet article, nous verrons… ».
ANNOUNCEMENT = re.compile(
    r"\bdans (?:cet|cette|ce) (?:article|billet|guide|dossier|post|chapitre)\b"
    r"|\bnous (?:allons|verrons|parlerons|examinerons|aborderons|presenterons|decouvrirons)\b"
)
# A subject introduced by a relative or an indirect question is not the one who must act:
# « les coûts qui doivent… », « les défis auxquels vous devez… », « se demander si elles doivent… ».
SUBORDINATE_SUBJECT = re.compile(
    r"(?:\b(?:qui|que|auxquel(?:le)?s|auquel|dont|lesquel(?:le)?s|ou|si|comme) |\b(?:qu|s)')(?:\w+ ?)?$"
    r"|\bce (?:que |qu')(?:[\w-]+ ?){0,3}$"
)
# Something declared indispensable to a goal: « … sont essentiels pour maintenir la confiance ».
REQUIRED_FOR = re.compile(
    rf"\b(?:est|sont|devient|deviennent|s'avere|s'averent)(?: \w+){{0,2}}? "
    rf"(?:{NORMATIVE_ADJECTIVES}|incontournable|de mise|de rigueur)(?:le)?s? (?:pour|afin)\b"
)
# « … reste indispensable »: advice when what remains needed is an action (« le transfert vers un
# humain »), a claim when it is a quality (« l’empathie reste essentielle »).
REMAINS_REQUIRED = re.compile(rf"\b(?:reste|restent|demeure|demeurent)(?: \w+){{0,2}}? {NORMATIVE}\b")
ACTION_NOUN = re.compile(r"(?:tion|sion|ment|age|ure|fert|audit|controle|suivi|veille|test)s?$")
DETERMINERS = frozenset(
    "le la les l un une des du de d cette cet ce ces son sa ses leur leurs notre nos votre vos tout toute tous "
    "toutes".split()
)
# A duty in the passive: « elle doit être intégrée avec soin », « les contenus doivent être relus ».
PASSIVE_DUTY = re.compile(
    r"\b(?:doi(?:t|vent)|devr(?:ait|aient)) (?:toujours |donc |aussi |egalement |imperativement )?etre "
    r"(?:\w+ )?\w+(?:e|es|ee|ees|i|is|ie|ies|u|us|ue|ues|t|te|ts|tes)\b"
)
# « la clé est de… », « la meilleure façon de… consiste à… », « nous recommandons… »
KEY_PHRASES = re.compile(
    r"\b(?:la cle|le secret|l'essentiel|le mieux)(?: pour [^,]{1,80}?)? (?:est|reste|sera|consiste|reside)\b"
    r"|\b(?:la|le) (?:meilleure?|seule?) "
    r"(?:facon|maniere|solution|approche|strategie|option)\b.{0,80}\b(?:est|consiste|reste)\b"
    r"|\b(?:nous|je|on) (?:vous |leur |lui )?(?:recommand|conseill|preconis|sugger)\w*"
    r"|\b(?:est|sont) (?:donc |fortement |vivement |particulierement )?(?:recommande|conseille|preconise)e?s?\b"
)
# « Pour atténuer ces risques, les entreprises peuvent… »: a way to a goal, offered to the addressee.
MEANS_TO_GOAL = re.compile(
    rf"^pour [^,]{{3,120}}, (?:les |la |le |l')?(?:{ADDRESSEES})\b[^,]{{0,60}}\b(?:peu(?:vent|t|x)|pouvez|pouvons)\b"
)
# An imperative opens the sentence, or the main clause after an opening « Pour … , » / « Si … , »
# (matched from the first letter of the sentence).
IMPERATIVE = re.compile(
    r"(?:(?:pour|si|avant|afin|des|lorsque|quand|enfin|ensuite|alors|donc|ainsi|bref|surtout|en somme)\b[^,]{0,120}, )?"
    r"(?:n'|ne )?(?P<verb>[a-z]+(?:ez|ons))\b"
)
# A negative imperative inside the sentence: « …, donc n’oublions pas… », « …, ne négligez jamais… ».
INNER_IMPERATIVE = re.compile(
    r"[,;:] (?:donc |alors |et |mais |surtout )?(?:n'|ne )(?P<verb>[a-z]+(?:ez|ons)) (?:pas|jamais|plus)\b"
)
# Imperatives that are not advice: calls to action of the page and the author guiding the reading.
NOT_ADVICE_IMPERATIVES = frozenset(
    "contacter decouvrir telecharger inscrire abonner cliquer lire rejoindre preparer attendre imaginer voir "
    "suivre partager commenter consulter demander retrouver profiter ecrire appeler inscrire laisser "
    "passer commencer examiner regarder parler revenir aborder analyser conclure terminer resumer citer "
    "explorer plonger decortiquer detailler presenter illustrer poursuivre continuer".split()
)
# « Prenons l’exemple… », « Retenons que… »: the author guiding the reading, in the first person.
NOT_ADVICE_FIRST_PLURAL = frozenset(
    "prendre retenir rappeler noter souligner considerer resumer comparer etudier observer".split()
)
VERB_ENDINGS = ("er", "ir", "re", "oir")
OPENING_MARKS = "«\"“(‘'– —-•*"
CLOSING_MARKS = " »\"”’)"
# Words without which a sentence recommends nothing (and imperatives, below): a block or a
# sentence without any is not split nor parsed. Matched on whitespace-split lower-case words, so
# each comes bare and with the punctuation that may follow it, accented and not.
TRIGGERS = (
    "doit doivent dois devez devons devrait devraient devriez devrions devra devront faut faudra faudrait "
    "convient conviendra conviendrait importe mieux clé secret l’essentiel l'essentiel essentiel essentielle "
    "essentiels essentielles crucial cruciale cruciaux cruciales nécessaire nécessaires impératif impérative "
    "impératifs impératives indispensable indispensables primordial primordiale primordiaux primordiales "
    "vital vitale vitaux vitales capital capitale capitaux capitales fondamental fondamentale fondamentaux "
    "fondamentales conseille conseillé conseillée conseillés conseillées conseillons conseillent recommande "
    "recommandé recommandée recommandés recommandées recommandons recommandent préconise préconisé "
    "préconisée préconisons préconisent suggère suggérons suggèrent préférable judicieux judicieuse "
    "souhaitable urgent urgente sage prudent prudente utile responsabilité devoir intérêt incontournable meilleure "
    "meilleur "
    "incontournables rigueur mise gagnent gagneront gagnerez gagnerons gagnerait gagneraient"
)
TRAILING = ("", ",", ".", ";", ":", ")", "…")
TRIGGER_WORDS = frozenset(
    variant + mark for word in TRIGGERS.split() for variant in {word, fold_accents(word)} for mark in TRAILING
)
# « Pour Y, les entreprises peuvent X »: both words must be there.
MEANS_WORDS = (frozenset({"pour"}), frozenset({"peuvent", "peut", "pouvez", "pouvons"}))
IMPERATIVE_HINTS = ("ez ", "ez,", "ez.", "ez-", "ons pas", "ons jamais", "ez pas", "ez jamais")
PROSE = frozenset({BlockKind.PARAGRAPH, BlockKind.BULLET_ITEM, BlockKind.NUMBERED_ITEM, BlockKind.ANSWER})

_memo: RebuildMemo[tuple["Recommendation", ...]] = RebuildMemo()


@dataclass(frozen=True)
class Recommendation(SentencePlace):
    """A verbatim advice sentence of an article, with what is needed to link to it, and the
    themes it is about (the first named first; empty when it names none)."""

    line: int
    text: str
    themes: tuple[str, ...]


def find_recommendations(articles: Iterable[Article], taxonomy: Taxonomy) -> tuple[Recommendation, ...]:
    """Every recommendation of the collection, articles by file name, each in reading order;
    an article's are kept between the rebuilds of ``mkdocs serve`` while it is unchanged."""
    compiled = compile_taxonomy(taxonomy)
    keys = [(article, taxonomy.fingerprint) for article in sorted(articles, key=lambda article: article.source_name)]
    def analyse(missing: list[tuple[Article, str]]) -> list[tuple[Recommendation, ...]]:
        return map_on_every_core(lambda key: article_recommendations(key[0], taxonomy, compiled), missing)

    per_article = _memo.get_many(keys, analyse)
    _memo.end_build()
    return tuple(recommendation for found in per_article for recommendation in found)


def article_recommendations(
    article: Article, taxonomy: Taxonomy, compiled: CompiledTaxonomy | None = None
) -> tuple[Recommendation, ...]:
    """One article's recommendations in reading order (questions and headings are never advice)."""
    compiled = compiled or compile_taxonomy(taxonomy)
    found = []
    heading = ""
    for block in article.blocks:
        if block.kind is BlockKind.HEADING:
            heading = block.text
            continue
        if block.kind not in PROSE or not _may_advise(block.text):
            continue
        for sentence in split_sentences(block.text):
            position = advice_position(sentence.text)
            if position is not None:
                # What follows the advice marker says what it is about; a conceded clause before
                # it (« Alors que l’IA promet l’efficacité, nous devons… ») does not.
                themes = _themes_named(sentence.text[position:], compiled)
                if not themes:
                    named = announcement(block.label, compiled)[1] if block.label else frozenset()
                    named = named or (announcement(heading, compiled)[1] if heading else frozenset())
                    themes = tuple(sorted(named, key=_taxonomy_order(taxonomy)))
                found.append(
                    Recommendation(
                        article.source_name,
                        article.slug,
                        article.title,
                        block.anchor,
                        block.line,
                        sentence.text,
                        themes,
                    )
                )
    return tuple(found)


def is_advice(sentence: str) -> bool:
    """Whether one sentence recommends something to marketers (see the module's rules)."""
    return advice_position(sentence) is not None


def advice_position(sentence: str) -> int | None:
    """Where the advice starts in the sentence (what follows says what to do), or ``None``
    when the sentence recommends nothing."""
    if not _may_advise(sentence):
        return None
    text = _folded(sentence)
    ending = text.rstrip(CLOSING_MARKS)
    if ending.endswith("?") or ANNOUNCEMENT.search(text):
        return None
    impersonal = IMPERSONAL.search(text)
    if impersonal and DISCOURSE.search(text):
        impersonal = None
    # « X est essentiel pour… », « Pour Y, les entreprises peuvent X »: X, what to do, is the
    # whole sentence; after « il faut », « la clé est de », what to do follows the marker.
    if REQUIRED_FOR.search(text) or MEANS_TO_GOAL.search(text) or _action_remains_required(text):
        return 0
    for found in (impersonal, KEY_PHRASES.search(text)):
        if found:
            return found.start()
    duty = _duty_of_addressee(text)
    if duty is not None:
        return duty
    passive = PASSIVE_DUTY.search(text)
    if passive and not SUBORDINATE_SUBJECT.search(text[: passive.start()]):
        return 0
    return _imperative(text, sentence)


def _may_advise(text: str) -> bool:
    """A cheap test that lets most sentences go without a parse: no trigger word, no
    imperative form (« …ez », a first word in « …ons », « n’…ons pas »), no advice."""
    lowered = text.lower()
    words = lowered.split()
    if not words or not TRIGGER_WORDS.isdisjoint(words):
        return bool(words)
    if MEANS_WORDS[0].intersection(words) and MEANS_WORDS[1].intersection(words):
        return True
    first = words[0].lstrip(OPENING_MARKS)
    return first.endswith(("ons", "ez")) or any(hint in lowered for hint in IMPERATIVE_HINTS)


def _action_remains_required(text: str) -> bool:
    """« Le passage à un conseiller reste nécessaire »: the head noun of the clause's
    subject names an action."""
    found = REMAINS_REQUIRED.search(text)
    if not found:
        return False
    subject = text[: found.start()].rsplit(",", 1)[-1].replace("'", " ").split()
    head = next((word for word in subject if word not in DETERMINERS), "")
    return bool(ACTION_NOUN.search(head))


def _duty_of_addressee(text: str) -> int | None:
    """« Les entreprises doivent… », « nous devons… »: a duty whose subject is an addressee,
    named before it in the sentence and not inside a relative clause (« les coûts qui doivent… »)."""
    for duty in DUTY.finditer(text):
        before = text[: duty.start()]
        if not ADDRESSEE.search(before) or SUBORDINATE_SUBJECT.search(before):
            continue
        if CONDITIONAL_DUTY.match(duty.group()) and FORECAST.search(text):
            continue
        return duty.start()
    return None


def _imperative(text: str, sentence: str) -> int | None:
    """An imperative opens the sentence (or its main clause), or a negative one follows a comma:
    the word must be a verb form (its lemma an infinitive), not a noun in -ons (« Solutions »).
    The lemma is taken from the sentence as written: the lemmatiser needs the accents."""
    opening = len(text) - len(text.lstrip(OPENING_MARKS + " "))
    match = IMPERATIVE.match(text, opening) or INNER_IMPERATIVE.search(text)
    if not match:
        return None
    start, end = match.span("verb")
    verb = text[start:end]
    lemma = word_lemma(sentence[start:end].lower())
    if lemma == verb or not lemma.endswith(VERB_ENDINGS) or lemma in NOT_ADVICE_IMPERATIVES:
        return None
    if verb.endswith("ons") and lemma in NOT_ADVICE_FIRST_PLURAL:
        return None
    return start


def _themes_named(text: str, compiled: CompiledTaxonomy) -> tuple[str, ...]:
    """The themes whose cues the sentence names, in the order it names them."""
    keys = [token.key for token in parse_sentence(text).content]
    hits = sorted(match_phrases(keys, compiled.cues, max_gap=CUE_GAP, overlapping=True), key=lambda hit: hit.index)
    return tuple(dict.fromkeys(str(hit.value) for hit in hits))


def _taxonomy_order(taxonomy: Taxonomy):
    order = {theme.id: index for index, theme in enumerate(taxonomy.themes)}
    return lambda theme_id: order.get(theme_id, len(order))


def _folded(text: str) -> str:
    """Lower case, accents folded, one apostrophe and one space: character for character, so
    that a position in the folded text is the same position in the sentence."""
    return text.translate(_FOLDING)


class _Folding(dict):
    """``str.translate`` table filled on demand: each character folded to one character."""

    def __missing__(self, code: int) -> str:
        folded = fold_accents(chr(code).lower())
        self[code] = folded[:1] if folded else chr(code)
        return self[code]


_FOLDING = _Folding({ord("’"): "'", 0x00A0: " ", 0x202F: " "})

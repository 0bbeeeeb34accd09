"""How French prose writes a figure and says who gives it: the rules, as data tables and patterns.

Nothing here knows an article or an organisation. A figure is a number with what makes it a
claim (a unit, a currency, a percentage, a duration, a ratio, a multiplier), an order of
magnitude in words ("des centaines, voire des milliers") or a dated horizon ("d’ici 2030"). An
attribution is a construction of French reporting: a preposition ("selon", "d’après"), a
document ("une étude de", "un rapport publié par"), a subject with a reporting verb ("X a
estimé", "X révélait"), the same verb inverted (", assure X"). The name itself is read from the
text: a run of capitalised words in the slot those constructions leave for it.

Regular expressions rather than a parser: spaCy's French model would find organisations, but
not who a figure is attributed to, and costs far more per sentence than these patterns.
"""

from __future__ import annotations

import re

from dossier_ia.figures.attribution_words import (
    ADVERBS,
    AUXILIARIES,
    DESCRIPTORS,
    DETERMINERS,
    DOCUMENT_ADJECTIVES_AFTER,
    DOCUMENT_ADJECTIVES_BEFORE,
    DOCUMENT_PARTICIPLES,
    DOCUMENT_PHRASES,
    PREPOSITIONS_OF_SOURCE,
    REPORTING_STEMS,
    REPORTING_STEMS_BEFORE_QUE,
    SOURCE_LABELS,
    SPEAKERS,
    STRONG_DOCUMENTS,
    SURVEY_PARTICIPLES,
    UNNAMED_SPEAKERS,
    WEAK_DOCUMENTS,
)

APOSTROPHE = "['’]"
UPPER = "A-ZÀ-ÖØ-ÞŒ"
LOWER_WORD = r"[a-zà-öø-ÿœ][\w’'-]*"


def _words(text: str) -> str:
    """An alternation of whitespace-separated words, longest first so that no word hides a longer one."""
    return "|".join(
        sorted((re.escape(word).replace("’", APOSTROPHE) for word in text.split()), key=lambda word: -len(word))
    )


def _phrases(*phrases: str) -> str:
    """An alternation of phrases whose spaces may be any space and whose apostrophes either kind."""
    escaped = (re.escape(phrase).replace(r"\ ", r"\s+").replace("’", APOSTROPHE) for phrase in phrases)
    return "|".join(sorted(escaped, key=lambda phrase: -len(phrase)))


# ---- Figures ---------------------------------------------------------------------------------

SPELLED_UNITS = (
    "deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt "
    "trente quarante cinquante soixante cent cents"
)
MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
# Words after which a number is a figure's unit; "an" only after digits ("1 an", never "un an").
TIME_UNITS = (
    "secondes seconde minutes minute heures heure jours jour semaines semaine mois ans an années année décennies "
    "décennie siècles siècle"
)
MAGNITUDES = "milliers millions million milliards milliard billions billion mille"
MAGNITUDE_ABBREVIATIONS = "k K M Md Mds Mrd Mrds"
CURRENCIES = "€ $ £ euros euro dollars dollar livres francs USD EUR"
# "Des centaines, voire des milliers": an order of magnitude in words is a figure.
VAGUE_MAGNITUDES = "dizaines centaines milliers millions milliards"
APPROXIMATE_NUMBERS = (
    "dizaine douzaine quinzaine vingtaine trentaine quarantaine cinquantaine soixantaine centaine millier"
)
FRACTIONS = "tiers quart quarts"
# Words kept in a figure before its number: the article's hedge is part of what it says.
APPROXIMATIONS = (
    "un peu plus de", "un peu plus d’", "un peu moins de", "un peu moins d’", "bien plus de", "bien plus d’",
    "plus de", "plus d’", "moins de", "moins d’", "près de", "près d’", "pas moins de", "pas moins d’",
    "autour de", "autour d’", "aux alentours de", "presque", "environ", "quelque", "quasiment",
    "jusqu’à", "au moins", "au plus", "approximativement", "entre",
)
# Verbs that multiply: "les ventes ont doublé" is a figure even without a digit.
MULTIPLYING_STEMS = "doubl tripl quadrupl quintupl décupl centupl"
MULTIPLYING_ENDINGS = "é ée és ées er ent era eront erait eraient ait aient"
# Prepositions that make a year a dated claim ("d’ici 2030", "depuis 2015"): a bare year is
# usually a citation's date ("(2023)") or part of a title.
DATE_PREPOSITIONS = (
    "d’ici à", "d’ici", "à l’horizon", "depuis", "dès", "jusqu’en", "à partir de", "avant", "après",
    "en", "les années", "au cours de",
)
# A number after these nouns labels something ("étape 2", "article 22", "version 4"): not a figure.
REFERENCE_NOUNS = (
    "étape phase version niveau article chapitre section partie point numéro n° no page question "
    "annexe figure tableau saison épisode catégorie top tome volume édition génération modèle "
    "option scénario règle principe conseil raison exemple"
)
# Preposed adjectives kept with the counted noun: "les 10 principaux objectifs".
COUNT_ADJECTIVES = (
    "principaux principales premiers premières derniers dernières grands grandes meilleurs meilleures nouveaux "
    "nouvelles autres petits petites"
)
# After a bare number, these words are not what it counts ("108 ont répondu", "3 à 5").
NOT_COUNTED = (
    "de des du d à au aux et ou en pour par sur sous dans avec sans entre contre chez vers auprès "
    "selon environ près le la les "
    "l un une ont sont a est était étaient ont seront sera se s ne n qui que qu dont ce cet cette ces"
)
# "Un emploi sur dix" is a ratio when a verb follows; "un effet sur deux marchés" is not.
VERBS_AFTER_A_RATIO = (
    "ont sont a est se s’ n’ ne disent déclarent affirment estiment pensent jugent préfèrent "
    "utilisent considèrent pourrait pourraient serait seraient devrait devraient peut peuvent doit "
    "doivent va vont était étaient avait avaient"
)
YEAR = r"(?:1[89]|20)\d\d"

_NUMBER = r"(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?(?!\d)|\d+(?:[,.]\d+)?(?!\d))"
_SPELLED = rf"(?:{_words(SPELLED_UNITS)})(?:[- ](?:et[- ])?(?:{_words(SPELLED_UNITS)}|un))*"
_ANY_NUMBER = rf"(?:{_NUMBER}|{_SPELLED})"
_ONE = r"(?:un|une)"
# A number or a range of numbers ("20 à 30", "13-20", "entre 20 et 30").
_RANGE = rf"{_ANY_NUMBER}(?:\s*[-–]\s*{_NUMBER}|\s+(?:à|et)\s+{_ANY_NUMBER})?"
_AFTER_WORD = r"(?![^\W\d_])"
_APPROX = rf"(?:(?:{_phrases(*APPROXIMATIONS)})\s*)?"
_CURRENCY = rf"(?:{_words(CURRENCIES)}){_AFTER_WORD}"
_MAGNITUDE = rf"(?:{_words(MAGNITUDES)}){_AFTER_WORD}"
_TIME_UNIT = rf"(?:{_words(TIME_UNITS)}){_AFTER_WORD}"
_MONTH = rf"(?:{_words(MONTHS)})"

# One alternation, tried at each position in this order: the first that fits is the figure,
# so longer constructions come before the ones they contain. Group names give the kind.
FIGURE = re.compile(
    rf"""
    (?<!\w)(?:
    (?P<date>
        (?:{_phrases(*DATE_PREPOSITIONS)})\s+(?:(?:le\s+)?\d{{1,2}}(?:er)?\s+)?(?:(?:début|fin|mi-?)\s+)?(?:{_MONTH}\s+)?{YEAR}(?!\d)
      | (?:le\s+)?\d{{1,2}}(?:er)?\s+{_MONTH}\s+{YEAR}(?!\d)
    )
  | (?P<ratio>
        {_APPROX}(?:{_NUMBER})\s+(?:{LOWER_WORD}\s+){{0,3}}?sur\s+{_ANY_NUMBER}{_AFTER_WORD}
      | {_SPELLED}\s+(?:{LOWER_WORD}\s+){{0,3}}?sur\s+{_SPELLED}{_AFTER_WORD}
      | {_ONE}\s+(?:{LOWER_WORD}\s+){{0,3}}?sur\s+{_SPELLED}
        (?=\s*[,.;:!?)»]|\s+(?:{_words(VERBS_AFTER_A_RATIO)})\b)
      | \b24\s?/\s?7\b
    )
  | (?P<multiplier>
        (?:multipli|divis)(?:é|ée|és|ées|er|e|ent|ait)\s+par\s+{_ANY_NUMBER}{_AFTER_WORD}
      | (?:{_words(MULTIPLYING_STEMS)})(?:{_words(MULTIPLYING_ENDINGS)}){_AFTER_WORD}
      | {_APPROX}{_RANGE}\s+fois(?:\s+(?:plus|moins))?{_AFTER_WORD}
      | [x×]\s?{_NUMBER}{_AFTER_WORD} | {_NUMBER}\s?[x×]{_AFTER_WORD}
    )
  | (?P<amount>
        {_APPROX}(?:{_RANGE}|{_ONE})\s*(?:{_MAGNITUDE}\s*)?(?:(?:de|d['’])\s*)?{_CURRENCY}
      | {_APPROX}{_NUMBER}\s?(?:{_words(MAGNITUDE_ABBREVIATIONS)})\s?(?:€|\$|£)
      | (?:€|\$|£)\s?{_NUMBER}(?:\s*{_MAGNITUDE})?
    )
  | (?P<percent>
        {_APPROX}{_RANGE}\s*(?:%|(?:pour[ -]?cents?|pourcents?)\b)
      | {_APPROX}{_RANGE}\s+points?(?:\s+de\s+pourcentage)?{_AFTER_WORD}
    )
  | (?P<duration>
        {_APPROX}{_RANGE}\s+{_TIME_UNIT}
      | {_NUMBER}\s?[hj]\s?/\s?{_NUMBER}{_AFTER_WORD} | {_NUMBER}\s?h{_AFTER_WORD}
    )
  | (?P<magnitude>
        {_APPROX}(?:{_RANGE}|{_ONE})\s+{_MAGNITUDE}
      | (?:(?:des|plusieurs|quelques|de\s+nombreux|de\s+nombreuses|de|d['’])\s+)?(?:{_words(VAGUE_MAGNITUDES)})
        (?:(?:\s*,\s*|\s+)(?:(?:voire|ou|et|puis)\s+)?(?:même\s+)?(?:des|de)\s+(?:{_words(VAGUE_MAGNITUDES)}))*{_AFTER_WORD}
      | {_APPROX}(?:une|la|quelques|des|plusieurs)\s+(?:{_words(APPROXIMATE_NUMBERS)})s?{_AFTER_WORD}
    )
  | (?P<fraction>
        {_APPROX}(?:la|une)\s+moitié
      | {_APPROX}(?:{_ONE}|les\s+deux|les\s+trois|deux|trois|\d+)\s+(?:{_words(FRACTIONS)}){_AFTER_WORD}
    )
  | (?P<count>
        {_APPROX}{_NUMBER}(?:\s*[-–]\s*{_NUMBER}|\s+(?:à|et)\s+{_NUMBER})?(?!\w)
    ))
    """,
    re.IGNORECASE | re.VERBOSE,
)
# The noun a bare number counts, read after it: "4 types", "10 principaux objectifs".
COUNTED_NOUN = re.compile(rf"\s+(?:(?:{_words(COUNT_ADJECTIVES)})\s+)?[^\W\d_][\w’'-]*")
NOT_COUNTED_WORDS = frozenset(NOT_COUNTED.split())
MONTH_WORDS = frozenset(MONTHS.split())
# A number with no noun after it is a figure at a clause's start or after these ("dont 617 en
# France", "parmi eux, 108 ont répondu"); after a noun it labels ("le magasin 1").
BARE_NUMBER_AFTER = frozenset(
    "dont soit parmi et ou mais à de d des les ces sur contre environ que qu plus moins près "
    "seulement seuls seules jusqu entre avec par pour est sont était atteint".split()
)
# A year-like number counts something only after these ("les 2000 clients"), not in "à l’été 2023 auprès de".
COUNT_DETERMINERS = frozenset("les des ces de d nos vos ses leurs aux".split())
REFERENCE_WORDS = frozenset(REFERENCE_NOUNS.split())
BARE_YEAR = re.compile(rf"{YEAR}")
DIGIT = re.compile(r"\d")
# What a number must not be glued to on its left: "GPT-4", "COVID-19", "B2B", "dollars1", "3.0".
GLUED_BEFORE = re.compile(r"[\w.,]$|\w[-–]$")
WORD_BEFORE = re.compile(r"(\S+)\s+$")
# ---- Attributions ----------------------------------------------------------------------------

# Capitalised words that open a sentence or a clause but never name anyone.
NOT_NAMES = frozenset(
    (
        "le la les l un une des du de d ce cet cette ces cela ceci ça c il elle ils elles on nous vous "
        "je j selon mais et or donc ainsi enfin aussi pourtant toutefois cependant néanmoins en par "
        "pour avec dans sur sous qui que qu quoi tout tous toute toutes chaque certains certaines "
        "plusieurs son sa ses leur leurs notre nos votre vos mon ma mes si comme quand lorsque puis "
        "alors aujourd’hui demain hier ici là oui non bref celui celle ceux celles parmi entre depuis "
        "dès avant après outre au aux face grâce malgré quant voici voilà source sources ia ai"
    ).split()
)

_UPPER_WORD = rf"(?:[{UPPER}][\w&]*(?:[.’'-][\w&]+)*|[a-z]{{1,2}}[{UPPER}]\w*)"
_NAME_JOINT = r"(?:\s*[&/]\s*|\s+(?:(?:de|du|des|of|for)\s+(?:la\s+|l['’])?|d['’])|\s+)"
# The name: a run of capitalised words joined by the particles of names ("Banque de France").
_NAME = rf"(?P<name>{_UPPER_WORD}(?:{_NAME_JOINT}{_UPPER_WORD})*)"
_OF = r"(?:de\s+|du\s+|des\s+|d['’]\s*)"
_ARTICLE = r"(?i:(?:le|la|les|l['’])\s*)"
# What may stand between a preposition and the name: "du cabinet de conseil américain X".
# Descriptors in lower case only: in "l’Institut X", the capital makes "Institut" part of the name.
_DESCRIBED = rf"(?:{_ARTICLE}?(?:{_words(DESCRIPTORS)})(?:\s+{LOWER_WORD}){{0,3}}?\s+)?{_ARTICLE}?"
# Who did the work, after "par": "par des chercheurs de l’université X".
_BY_WHOM = rf"(?:(?i:des|les|d['’])\s*(?i:{_words(SPEAKERS)})\s+{_OF})?{_DESCRIBED}"
_DETERMINER = rf"\b(?:{_phrases(*DETERMINERS)})\s*"
_STRONG_DOCUMENT = (
    rf"(?:(?:{_words(DOCUMENT_ADJECTIVES_BEFORE)})\s+)?(?:{_words(STRONG_DOCUMENTS)}|{_phrases(*DOCUMENT_PHRASES)})\b"
    rf"(?:\s+(?:{_words(DOCUMENT_ADJECTIVES_AFTER)})\b){{0,2}}"
)
_WEAK_DOCUMENT = rf"(?:{_words(WEAK_DOCUMENTS)})\b"
# A study's own title between the document and its author: "l’enquête Data Science de X".
_TITLE = rf"(?:[{UPPER}][\w&-]*(?:\s+[{UPPER}][\w&-]*)*\s+|«[^»]{{1,120}}»\s+|\"[^\"]{{1,120}}\"\s+|\d{{4}}\s+)?"
_VERB = (
    rf"(?:(?:{_words(AUXILIARIES)})\s+)?(?:(?:{_phrases(*ADVERBS)})\s+)?"
    rf"(?:(?:{_words(REPORTING_STEMS)})\w*|(?:{_words(REPORTING_STEMS_BEFORE_QUE)})\w*\s+qu)"
)
_SOURCE_PREPOSITION = rf"(?i:{_phrases(*PREPOSITIONS_OF_SOURCE)})"
_CLAUSE_START = r"(?:^|[,;:(]\s*|\bque\s+|\bqu['’]|\bet\s+|\bmais\s+)"

# Named attributions, most specific first: of two that overlap, the first listed wins. Each
# captures the name in the group "name", and is tried only on a sentence that has all its clues
# (see ``CLUE_WORDS``): a regular expression costs far more than looking words up.
NAMED_ATTRIBUTIONS = tuple(
    (frozenset(clues), re.compile(pattern))
    for clues, pattern in (
        # "une étude menée par X", "un rapport publié dans la X"
        (
            ("document", "participle", "capital_inside"),
            rf"(?:{_STRONG_DOCUMENT}|{_WEAK_DOCUMENT})\s*,?\s+(?i:{_words(DOCUMENT_PARTICIPLES)})\b(?:\s+[^\s,.;]+){{0,5}}?\s+(?:par|dans)\s+{_BY_WHOM}{_NAME}",
        ),
        # "une étude de X", "l’enquête Data Science de X", "un rapport du cabinet X"
        (("strong_document", "capital_inside"), rf"(?:{_STRONG_DOCUMENT})\s+{_TITLE}{_OF}{_DESCRIBED}{_NAME}"),
        # "une étude X", "le sondage X", "le baromètre 2025 X"
        (("strong_document", "capital_inside"), rf"(?:{_STRONG_DOCUMENT})\s+(?:\d{{4}}\s+)?{_DESCRIBED}{_NAME}"),
        # "les entreprises interrogées par X", "réalisée par X"
        (
            ("participle", "capital_inside"),
            rf"\b(?i:{_words(DOCUMENT_PARTICIPLES)}|{_words(SURVEY_PARTICIPLES)})\s+(?:\S+\s+){{0,2}}?par\s+{_BY_WHOM}{_NAME}",
        ),
        # "selon les données de X", "d’après les chiffres du cabinet X"
        (
            ("preposition", "weak_document", "capital_inside"),
            rf"{_SOURCE_PREPOSITION}\s+(?i:(?:les|la|le|l['’]|des|une|un)\s*)?(?:{_WEAK_DOCUMENT})(?:\s+{LOWER_WORD})?\s+{_OF}{_DESCRIBED}{_NAME}",
        ),
        # "les données de X montrent"
        (("weak_document", "verb", "capital_inside"), rf"(?:{_WEAK_DOCUMENT})\s+{_OF}{_DESCRIBED}{_NAME}\s+{_VERB}"),
        # "selon X", "d’après le cabinet X"
        (("preposition", "capital_inside"), rf"{_SOURCE_PREPOSITION}\s+{_DESCRIBED}{_NAME}"),
        # "les analystes de X estiment", "directrice de l’analyse chez X"
        (("speaker", "verb", "capital_inside"),
         rf"(?i:{_words(SPEAKERS)})\s+(?:{_OF}|chez\s+){_DESCRIBED}{_NAME}(?=[^.;]{{0,80}}?\b{_VERB})"),
        # "X a estimé", "X, cabinet d’études, prévoit", "le cabinet X estime"
        (("verb", "capital"),
         rf"{_CLAUSE_START}{_DESCRIBED}{_NAME}(?:\s*\([^)]{{0,40}}\))?(?:\s*,[^,.;]{{1,120}},)?\s+{_VERB}"),
        # ", assure X", "comme le souligne X", "c’est ce que révèle X"
        (("verb", "capital_inside"),
         rf"(?:[,;:]\s*|\bque\s+|\bqu['’]|\b(?i:comme)\s+(?:le|l['’])\s*){_VERB}\s+{_DESCRIBED}{_NAME}"),
        # "Source : X"
        (("source_label", "capital_inside"), rf"\b(?i:{_words(SOURCE_LABELS)})\s*:\s*{_DESCRIBED}{_NAME}"),
        # "(X, mars 2024)", "(X 2023)": a reference in parentheses, dated
        (("capital_inside", "figure"), rf"\({_NAME}\s*,?\s+(?:{_MONTH}\s+)?{YEAR}\s*\)"),
    )
)
# Unnamed attributions: a document or people named by what they are, not by a name.
UNNAMED_ATTRIBUTIONS = tuple(
    (frozenset(clues), re.compile(pattern, re.IGNORECASE))
    for clues, pattern in (
        (
            ("preposition",),
            rf"{_SOURCE_PREPOSITION}\s+(?:{_DETERMINER})?(?:{_STRONG_DOCUMENT}|{_WEAK_DOCUMENT}|(?:{_words(UNNAMED_SPEAKERS)})\b)",
        ),
        (
            ("unnamed", "verb"),
            rf"{_DETERMINER}(?:{_STRONG_DOCUMENT}|(?:{_words(UNNAMED_SPEAKERS)})\b)[^,.;:]{{0,60}}?\s+{_VERB}",
        ),
    )
)


def _clue(*texts: str) -> frozenset[str]:
    return frozenset(word.lower() for text in texts for word in re.findall(r"\w+", text))


# Clues, by the words of a sentence (lower case, as ``\w+`` splits them): "d’après" gives "après".
CLUE_WORDS = {
    "strong_document": _clue(STRONG_DOCUMENTS, *DOCUMENT_PHRASES),
    "weak_document": _clue(WEAK_DOCUMENTS),
    "participle": _clue(DOCUMENT_PARTICIPLES, SURVEY_PARTICIPLES),
    "preposition": frozenset(max(re.findall(r"\w+", phrase), key=len) for phrase in PREPOSITIONS_OF_SOURCE),
    "speaker": _clue(SPEAKERS),
    "unnamed": _clue(UNNAMED_SPEAKERS, STRONG_DOCUMENTS),
    "source_label": _clue(SOURCE_LABELS),
}
CLUE_WORDS["document"] = CLUE_WORDS["strong_document"] | CLUE_WORDS["weak_document"]
# Words without which ``STUDY_ANAPHORA`` cannot match.
CLUE_WORDS["anaphora"] = CLUE_WORDS["strong_document"] | _clue(
    "elle il ils elles celle celui dernier dernière derniers selon après répondants sondés interrogées "
    "interrogés participants toujours même cabinet institut société groupe agence"
)
VERB_PREFIXES = tuple(sorted(REPORTING_STEMS.split()))
VERB_BEFORE_QUE_PREFIXES = tuple(sorted({re.findall(r"\w+", stem)[-1] for stem in REPORTING_STEMS_BEFORE_QUE.split()}))
# Words that anchor a figure (with any word starting with a digit): a figure starts at most
# ``FIGURE_LOOKBACK`` words before its anchor ("un peu plus d’un tiers").
FIGURE_ANCHOR_WORDS = _clue(
    SPELLED_UNITS, MAGNITUDES, VAGUE_MAGNITUDES, APPROXIMATE_NUMBERS, FRACTIONS, "moitié"
) | frozenset(f"{word}s" for word in APPROXIMATE_NUMBERS.split())
FIGURE_ANCHOR_PREFIXES = tuple(MULTIPLYING_STEMS.split())
FIGURE_LOOKBACK = 6
# Anaphora of a study: the sentence takes its source from the article's latest attribution
# ("Cette étude révèle…", "les répondants", "selon elle").
STUDY_ANAPHORA = re.compile(
    rf"""(?ix)
    \b(?:cette|cet|ce|ces|la|le|l['’]|les|son|sa|ses|leur|leurs)\s*
      (?:même\s+|dernière\s+|dernier\s+|nouvelle\s+)?(?:{_words(STRONG_DOCUMENTS)})\b
  | ^(?:et\s+)?(?:elle|il|ils|elles|celle-ci|celui-ci|ce\s+dernier|cette\s+dernière|ces\s+derniers|le\s+cabinet
      |l['’]institut|la\s+société|le\s+groupe|l['’]agence)\s+(?:\w+\s+){{0,2}}?(?:{_words(REPORTING_STEMS)})
  | \b(?:selon|d['’]après)\s+(?:elle|lui|eux|elles|ces\s+derniers|celle-ci|celui-ci|la\s+même\s+source|le\s+cabinet
      |l['’]institut|la\s+société|le\s+groupe|l['’]agence|(?:ses|leurs|son|sa|leur)\s+\w+)
  | \b(?:des|les|aux)\s+(?:répondants|sondés|personnes\s+interrogées|participants|interrogés)\b
  | \btoujours\s+selon\b | \bde\s+même\s+source\b
    """
)
# Openings that give the source of the sentence before: "C’est ce que révèle une étude de X."
GIVES_SOURCE_BEFORE = re.compile(
    r"(?i)^(?:c['’]est\s+(?:du\s+moins\s+)?ce\s+qu(?:e\s+|['’]|i\s+ressort)|voilà\s+ce\s+qu|(?:tels|telles)\s+sont\s+les\s+(?:résultats|chiffres|conclusions|enseignements))"
)
# What goes on with the sentence before, whose source still speaks: an opening ("Par
# ailleurs, 40 %…"), its people ("67 % d’entre eux") or its figures ("ce chiffre").
CONTINUATION = re.compile(
    rf"""(?ix)
    ^(?:{_phrases("ainsi", "en outre", "par ailleurs", "de plus", "plus précisément", "en effet", "enfin", "au total",
                  "concrètement", "également", "de même", "en moyenne", "dans le détail")})\b
  | \bd['’]entre\s+(?:eux|elles)\b | \bparmi\s+(?:eux|elles)\b | \bde\s+ces\s+derniers\b
  | \b(?:ce|cet|cette|ces)\s+
      (?:{_words(WEAK_DOCUMENTS)}|chiffre|donnée|résultat|résultats|taux|pourcentage|proportion|constat)\b
    """
)

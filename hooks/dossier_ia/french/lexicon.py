"""The evaluative vocabulary of French and the words that shape a judgement: data only.

General French, never words chosen for one article: what is good or bad (``POSITIVE``,
``NEGATIVE``, weighed ``STRONG`` or ``WEAK``), what turns a good word into a loss (``PRIVATIVE``),
takes the weight off a risk (``REMEDY``) or makes a goal of a benefit (``GOAL``), negators,
concessive and adversative markers. The polarity engine (``synthesis.polarity``) reads these.
"""

from __future__ import annotations

import re


def phrases_pattern(*phrases: str) -> re.Pattern[str]:
    """One pattern finding any of the phrases as whole words in a sentence's space-joined tokens."""
    return re.compile(" (?=(?:" + "|".join(re.escape(phrase) for phrase in phrases) + ") )")


STRONG = 1.0
WEAK = 0.5

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
CONCESSIVE = phrases_pattern("bien que", "même si", "quoique", "quoiqu", "malgré", "en dépit")
TEMPORAL_CONTRAST = phrases_pattern("alors que", "tandis que")
ANY_CONTRAST = re.compile(f"{CONCESSIVE.pattern}|{TEMPORAL_CONTRAST.pattern}")
ADVERSATIVE = frozenset({"mais", "cependant", "pourtant", "toutefois", "néanmoins"})
NOT_CONTRASTING_AFTER = frozenset({"aussi", "également", "plutôt"})
SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on", "nous", "vous", "je", "ce", "cela", "ça", "ceci"})
OPENING_CONTRAST_PHRASES = ("cependant", "pourtant", "toutefois", "néanmoins", "mais", "en revanche", "par contre")
OPENING_CONTRAST = re.compile(f"^ (?:{'|'.join(OPENING_CONTRAST_PHRASES)}) ")
# A sentence opening on one of their first words may take its polarity from the last.
OPENING_CONTRAST_WORDS = frozenset(phrase.split()[0] for phrase in OPENING_CONTRAST_PHRASES)
# Sentences that talk about the text or address the reader do not assert anything about AI.
META_DISCOURSE = phrases_pattern("cet article", "ce billet", "nous parlerons", "contactez", "téléchargez", "abonnez")

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

"""The evaluative vocabulary of French and the words that shape a judgement: data only.

General French, never words chosen for one article: what is good or bad (``POSITIVE``,
``NEGATIVE``, weighed ``STRONG`` or ``WEAK``), what turns a good word into a loss (``PRIVATIVE``),
takes the weight off a risk (``REMEDY``) or makes a goal of a benefit (``GOAL``), negators,
concessive and adversative markers. The polarity engine (``synthesis.polarity``) reads these.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def phrases_pattern(*phrases: str, not_before: tuple[str, ...] = ()) -> re.Pattern[str]:
    """One pattern finding any of the phrases as whole words in a sentence's space-joined tokens,
    unless one of the words ``not_before`` follows it; its group 1 is the phrase found."""
    if not phrases:
        raise ValueError("phrases_pattern: no phrase to find")
    refused = "(?!" + "|".join(re.escape(word) + " " for word in not_before) + ")" if not_before else ""
    return re.compile(" (?=(" + _prefix_tree(phrases) + ") " + refused + ")")


def _prefix_tree(phrases: Iterable[str]) -> str:
    """The phrases as one alternation that shares their common beginnings (« il est crucial »,
    « il est essentiel » → « il est (?:crucial|essentiel) »): at each space of a sentence, the
    regular expression engine tries each letter once instead of each phrase in turn, twice as fast
    over the lexicon's patterns, for the same matches (the pattern only asserts that one follows)."""
    tree: dict[str, dict] = {}
    for phrase in phrases:
        node = tree
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def alternation(node: dict[str, dict]) -> str:
        options = [re.escape(char) + alternation(child) for char, child in sorted(node.items()) if char]
        options += [""] if "" in node else []
        return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"

    return alternation(tree)


STRONG = 1.0
WEAK = 0.5

STOPWORDS = frozenset(
    "le la les un une des du de au aux à a en et ou sur par avec dans ce cet cette ces son sa "
    "ses leur leurs notre nos votre vos mon ma mes ton ta tes qui que quoi dont se y il elle ils "
    "elles on nous vous je me te lui eux celui celle ceux celles tout tous toute toutes même "
    "très si car donc or".split()
    # the second half of « au-delà », « en deçà », « par-delà »: no word of its own, nor a subject
    + ["delà", "deçà"]
)
# "ni" too: "ne garantit ni la justesse ni la pertinence" denies both.
NEGATORS = frozenset(
    {"ne", "ni", "pas", "jamais", "aucun", "aucune", "nul", "nulle", "guère", "rien", "point", "nullement", "rarement"}
)
LOIN = "loin"
NE = "ne"
# "n’ont plus besoin de" is a relief: what follows is not denied.
NEED = "besoin"
NEGATION_PARTICLES = frozenset(
    {"pas", "plus", "jamais", "aucun", "aucune", "guère", "rien", "point", "nullement", "personne"}
)
RESTRICTIVE = "que"
SANS = "sans"
# Having and perceiving: "ne" + one of them + "pas" denies a quality ("n’a pas d’intuition") or a
# perception ("ne perçoit pas la colère"), a drawback when it is on a drawback's subject.
LACKING_VERBS = frozenset(
    "a ont avait avaient aura auront possède possèdent dispose disposent ressent ressentent perçoit "
    "perçoivent comprend comprennent saisit saisissent éprouve éprouvent connaît connaissent".split()
)
# A negated ability whose subject is one of these compares AI with people ("des signaux
# qu’aucun humain ne saurait repérer"), or with the old way (OLD_WAY_QUALIFIERS: « des motifs que
# les méthodes manuelles ne pouvaient pas voir »): what they cannot do, AI does.
HUMAN_SUBJECTS = frozenset({"humain", "humains", "homme", "hommes", "personne"})
NON = "non"
NOT_NEGATING_AFTER_NON = frozenset({"seulement", "plus", "pas"})
# "peu fiable" denies the word it comes before; "un peu plus rapide" does not.
PEU = "peu"
# What follows these names the respect in which something is judged, not a judgement: in "des
# lacunes en matière de précision et de clarté" the two qualities are what the lacks are about.
TOPIC_INTRODUCERS = phrases_pattern(
    "en ce qui concerne", "en matière de", "en termes de", "au niveau de", "sur le plan de", "du point de vue de",
    "quant à", "concernant",
)
# The qualities a sentence calls a challenge are its topic, too: in « la précision et la cohérence
# restent des défis », the challenge is the judgement, the qualities what it is about.
CHALLENGED = phrases_pattern(*(
    f"{verb} {article}{noun}"
    for verb, article in (("reste", "un "), ("restent", "des "), ("demeure", "un "), ("demeurent", "des "),
                          ("reste", "une "), ("restent", "de "), ("demeure", "une "))
    for noun in ("défi", "défis", "problème", "problèmes", "difficulté", "difficultés", "limite", "limites",
                 "obstacle", "obstacles", "point faible", "points faibles", "talon de achille")
))
# "plutôt que", "au lieu de": what follows is the course not taken, denied like a negation ("il
# recopie plutôt que d’inventer" is a loss of invention).
RATHER_THAN = "plutôt que"
NOT_TAKEN = phrases_pattern(RATHER_THAN, "au lieu de")
# A negation that only restricts what it says: « n’est pas forcément rejeté » may well be, « ne se
# limite pas à une course » is more than one. It denies no harm, and « ne se limite plus à » stops
# none.
RESTRICTING_NEGATION = phrases_pattern(
    "pas forcément", "pas nécessairement", "pas toujours", "pas systématiquement", "pas seulement",
    "pas uniquement", "ne se limite", "ne se limitent", "ne se résume", "ne se résument",
)
# Verbs that say what a thing is or becomes, or that it raises a harm: « ne devient plus un
# problème », « ne pose plus problème » tell of a harm that stopped, as « n’est plus » does.
COPULAS = "être devenir rester sembler paraître constituer représenter poser"
# "A voire B" goes one step further on A's scale: "simplifiées voire erronées" makes the first a
# fault too, as "utiles, voire indispensables" makes both praise.
ESCALATION = "voire"
NEGATION_STARTS = NEGATORS | {SANS, NON, LOIN, PEU, RATHER_THAN}
# A negation that cancels the next one: "aucune raison pour que … ne … pas".
CANCELLED_NEGATION = re.compile(r" aucune raison pour que .* ne ")
# Markers whose clause (up to the next comma) is conceded: the rest of the sentence is the claim.
# A reputation ("Présentés comme un atout, les chatbots déçoivent") is conceded the same way.
REPUTATION_PARTICIPLES = "considéré présenté vanté perçu annoncé salué promu décrit"
CONCESSIVE = phrases_pattern(
    "bien que", "même si", "quoique", "quoiqu", "malgré", "en dépit",
    *(f"{participle}{ending} comme" for participle in REPUTATION_PARTICIPLES.split()
      for ending in ("", "e", "s", "es")),
)
TEMPORAL_CONTRAST = phrases_pattern("alors que", "tandis que")
# "…, contrairement aux conseillers qui se lassent": what the clause judges is the other party
# the claim is set against; where it ends the sentence, it runs to the end.
COMPARED = phrases_pattern(
    "contrairement à", "contrairement au", "contrairement aux", "par rapport à", "par rapport au", "par rapport aux",
    *(f"{marker} {pronoun} {article}" for marker in ("à", "que") for pronoun in ("celui", "celle", "ceux", "celles")
      for article in ("de", "du", "des")),
    *(f"{marker} {article}" for marker in ("à la différence", "a contrario", "au contraire")
      for article in ("de", "du", "des")),
)
# A word after one of these is a noun, ...
DETERMINERS = frozenset(
    "le la les un une des du au aux ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes "
    "plusieurs aucun aucune chaque".split()
)
# ... unless it is one of the adjectives French puts before the noun ("les principales limites",
# "un vrai risque"), which may also come between the determiner and its noun.
PREPOSED_ADJECTIVES = frozenset(
    "principal principale principaux principales grand grande grands grandes petit petite petits petites "
    "nouveau nouvel nouvelle nouveaux nouvelles premier première premiers premières dernier dernière derniers "
    "dernières autre autres même mêmes seul seule seuls seules vrai vraie vrais vraies véritable véritables "
    "bon bonne bons bonnes mauvais mauvaise mauvaises meilleur meilleure meilleurs meilleures gros grosse "
    "simple simples réel réelle réels réelles plein pleine divers diverses différents différentes "
    "nombreux nombreuses".split()
)
# "Si P, Q" opening a sentence or a clause, with a subject after "si" (not "si rapide", "même si"
# or "savoir si"): whether P is conceded ("Si l’outil excelle en vitesse, il peine…") or a
# condition ("S’il est mal réglé, il…"), the main clause Q is the claim. "s’il" reads "se il".
CONDITIONAL_SUBJECTS = DETERMINERS | {
    "on", "nous", "vous", "elle", "elles", "certains", "certaines", "tout", "tous", "toutes"
}
# The space first, then what follows it, then what precedes it: a pattern that opens on a literal
# is looked for at the spaces only, one that opens on look-behinds at every character (17 times
# slower, for the same matches; asked of every sentence).
CONDITIONAL = re.compile(
    rf" (?=(?:si (?:{'|'.join(sorted(CONDITIONAL_SUBJECTS))})|se (?:il|ils)) )"
    r"(?:(?<=^ )|(?<=, )|(?<= car )|(?<= mais )|(?<= et )|(?<= or )|(?<= donc ))"
)
# "Dans un monde où tout va vite, …", "partout où l’on attend de la rapidité": a relative clause on
# a setting describes the world the claim is made in, whatever its words.
SETTING = phrases_pattern(
    "monde où", "époque où", "ère où", "contexte où", "environnement où", "univers où", "société où",
    "partout où", "recoins où", "moment où", "période où",
)
ANY_CONTRAST = re.compile(
    f"{CONCESSIVE.pattern}|{COMPARED.pattern}|{TEMPORAL_CONTRAST.pattern}|{CONDITIONAL.pattern}|{SETTING.pattern}"
)
ADVERSATIVE = frozenset({"mais", "cependant", "pourtant", "toutefois", "néanmoins"})
# Prefixes of degree: after them the word keeps its own sense ("micro-incohérences" are
# inconsistencies, "ultra-rapide" is fast), unlike the parts of a compound naming a thing.
DEGREE_PREFIXES = frozenset({"micro", "mini", "hyper", "ultra", "super", "méga", "multi"})
NOT_CONTRASTING_AFTER = frozenset({"aussi", "également", "plutôt"})
SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on", "nous", "vous", "je", "ce", "cela", "ça", "ceci"})
OPENING_CONTRAST_PHRASES = ("cependant", "pourtant", "toutefois", "néanmoins", "mais", "en revanche", "par contre")
OPENING_CONTRAST = re.compile(f"^ (?:{'|'.join(OPENING_CONTRAST_PHRASES)}) ")
# A sentence opening on one of their first words may take its polarity from the last.
OPENING_CONTRAST_WORDS = frozenset(phrase.split()[0] for phrase in OPENING_CONTRAST_PHRASES)
# A sentence that opens on a share said to be small turns its judgement around: "Seuls 60 % se
# disent satisfaits" is a disappointment, "À peine 2 % des envois échouent" a success.
SMALL_SHARE_WORDS = ("seul", "seule", "seuls", "seules", "seulement", "à peine")
RESTRICTED_SHARE = re.compile(
    f"^ (?:(?:{'|'.join(('et', 'or', *OPENING_CONTRAST_PHRASES))}) )?(?:{'|'.join(SMALL_SHARE_WORDS)}) \\d"
)
# Sentences that talk about the text or address the reader do not assert anything about AI.
META_DISCOURSE = phrases_pattern(
    "cet article", "cette section", "ce billet", "ce guide", "cette page", "nous parlerons", "nous examinerons",
    "nous étudierons", "nous analyserons", "nous verrons", "nous allons voir", "nous allons examiner",
    "nous abordons", "nous aborderons", "abordons",
    "explorons", "examinons", "voyons", "comparons", "analysons", "regardons", "intéressons nous",
    "penchons nous", "découvrez", "découvrons", "contactez", "téléchargez", "abonnez",
    "inscrivez", "cliquez", "lire aussi", "à lire",
)
# Sentences that only open or close a development: "La réponse est loin d’être simple."
FILLER = phrases_pattern("la réponse est", "la question est", "voici", "en voici", "passons")
# "La réalité s’avère bien plus nuancée": the writer announces that a promise will be weighed,
# a transition whatever evaluative words the promise holds.
NUANCED = re.compile(
    r" (?:est|sont|avère|avèrent|révèle|révèlent|reste|restent|paraît|semble) (?:bien |beaucoup |nettement )?"
    r"plus nuancée?s? "
)
# A sentence that defines a word says what a thing is, not what it is worth ("La publicité ciblée
# consiste à …"), and one that says what a thing rests on says how it works ("Les algorithmes
# reposent sur les données passées"): without an evaluative word, no claim.
DEFINITION = phrases_pattern(
    "consiste à", "consiste en", "désigne", "se définit", "on appelle", "on entend par", "il se agit de un",
    "il se agit de une", "repose sur", "reposent sur", "se appuie sur", "se appuient sur", "se fonde sur",
    "se fondent sur", "se base sur", "se basent sur",
)
# "Un chatbot est un programme qui…", "Les robots d’accueil téléphonique sont des logiciels qui…": a
# sentence opening on a thing (named in up to four words) and saying what kind of thing it is defines it.
DEFINING_OPENING = re.compile(r"^ (?:un|une|le|la|les) \S+(?: \S+){0,3} (?:est|sont) (?:un|une|des) ")
# Advice to the reader ("doit", "doivent", "il faut"…) is no claim, unless it names a theme's risk
# by its cue ("Les entreprises doivent veiller à éviter la discrimination").
ADVICE = phrases_pattern(
    "il est crucial", "il est important", "il est essentiel", "il est nécessaire", "il est primordial",
    "il est indispensable", "il est impératif", "il est vital", "il faut", "il convient", "doivent",
    "devez", "devons", "la clé", "doit", "un impératif", "tenu de", "tenue de", "tenus de", "tenues de",
    "plus que jamais nécessaire", "il est temps", "mieux vaut", "veillez", "assurez vous", "attention à",
    "attention au", "attention aux",
    # What becomes necessary, and the task set ("Le défi est de …"), tell what to do, not what AI brings.
    *(f"{verb} {adjective}" for verb in ("devient", "deviennent", "est devenu", "est devenue", "sont devenus")
      for adjective in ("essentiel", "essentielle", "essentiels", "indispensable", "indispensables", "crucial",
                        "cruciale", "primordial", "primordiale", "vital", "vitale", "impératif")),
    "le défi est de", "le défi consiste", "le enjeu est de", "tout le enjeu est",
)
# A sentence opening on an imperative tells the reader what to do ("Structurez vos consignes",
# "N’hésitez pas à tester"), unless it sets a scene ("Imaginez un client…").
COMMAND_OPENING = re.compile(
    r"^ (?:(?:ensuite|enfin|puis|de abord|surtout|alors|donc) (?:, )?)?(?:ne )?(?!imaginez |assez )\w{3,}ez "
)
# AI's spread and rise ("L’IA s’invite partout", "son adoption s’accélère", "a transformé le
# paysage"): an article's opening on AI's rise, not a benefit it brings.
ADOPTION = phrases_pattern(
    "adoption", "se invite", "se invitent", "se impose", "se imposent", "se est imposée", "se est imposé",
    "se sont imposés", "se sont imposées", "se généralise", "se généralisent", "se démocratise", "se démocratisent",
    "gagne du terrain", "gagnent du terrain", "engouement", "essor", "omniprésente", "omniprésent", "omniprésents",
    "omniprésentes", "le paysage", "se accélère", "déferlante", "se intégrer", "se intègre", "se intègrent",
)
# What people believe or expect of AI ("les mythes", "les idées reçues", "perçue comme un outil
# infaillible", "en espérant des gains"): a sentence about beliefs reports them, it does not claim them.
BELIEFS = phrases_pattern(
    "mythe", "mythes", "idée reçue", "idées reçues", "idée fausse", "idées fausses", "fantasme", "fantasmes",
    "perçu comme", "perçue comme", "perçus comme", "perçues comme", "présenté comme", "présentée comme",
    "présentés comme", "présentées comme", "croire que", "le voient comme", "la voient comme", "les voient comme",
    "se attendant à", "se attendent à", "espérant", "espèrent",
)
# ... but "peut être perçue comme intrusive" is a risk for the brand, not a belief about AI.
PERCEPTION_RISK = phrases_pattern("être perçu", "être perçue", "être perçus", "être perçues")
# A sentence whose subject is a person or a human quality ("Un agent humain peut rassurer",
# "L’empathie humaine permet…") says what people bring, not what AI does.
HUMAN_OPENING = re.compile(
    r"^ (?:(?:mais|or|en revanche|à le inverse|au contraire|par contre) (?:, )?)?(?:un|une|le|la|les|des|nos|vos) "
    r"(?:\S+ )?(?:humain|humaine|humains|humaines) "
)
# A sentence opening on customers or people as its subject ("Les clients…", "Or, un client…").
# The people a marketer addresses, and the connectors a sentence about them may open on.
PEOPLE = r"(?:clients?|consommateurs?|gens|internautes|utilisateurs?|acheteurs?|lecteurs?|prospects?)"
PEOPLE_CONNECTORS = "or|mais|et|pourtant|car|de plus"
PEOPLE_OPENING = re.compile(rf"^ (?:(?:{PEOPLE_CONNECTORS}) (?:, )?)?(?:les|un|une|des|nos|vos|ces) {PEOPLE} ")
# The conversational agents AI runs (« le chatbot leur répond… »), on a sentence's tokens.
AGENT_NAMED = re.compile(
    r" (?:chatbot|chatbots|bot|bots|robot|robots|agent conversationnel|agents conversationnels|assistant virtuel|"
    r"assistants virtuels) "
)
# What customers expect or demand (« Les consommateurs exigent des échanges fluides et
# personnalisés », « Leurs exigences grimpent d'année en année ») is what AI answers, not what it
# brings: the setting of a claim, however strong its words, unless it names AI or its agents too.
PEOPLE_EXPECTING = re.compile(
    rf"^ (?:(?:{PEOPLE_CONNECTORS}|désormais|aujourd hui) (?:, )?)?(?:"
    r"(?:les|des|nos|vos|ces|leurs) (?:attentes|exigences) "
    r"|(?:ils|elles) (?:attendent|exigent|réclament|veulent|souhaitent|recherchent) "
    rf"|(?:les|des|nos|vos|ces|leurs) {PEOPLE} "
    r"(?:\S+ ){0,14}?(?:attendent|exigent|réclament|veulent|souhaitent|recherchent) )"
)
# Idioms whose last word weighs nothing: "par le biais de" means "through" (it names no bias),
# "au mieux" means "at best" (a hedge, no praise), "selon les besoins" means "as needed" (no goal
# follows), "prêt à l’emploi" means "ready to use" (it names no job), "en conséquence" means
# "accordingly" (no consequence suffered), « ne se limite pas à » means "goes beyond" (neither a
# limit suffered nor what follows denied: its verb and its « pas » are idle), « au lieu de la
# remplacer » denies the replacement it names. The group holds the idiom, to find its last word.
IDLE_IDIOMS = re.compile(
    " (?=(par le biais|par ce biais|par son biais|par leur biais|par le truchement|au mieux|au pire"
    "|selon les besoins|selon ses besoins|selon leurs besoins|en fonction des besoins|au besoin|si besoin"
    "|prêt à le emploi|prête à le emploi|prêts à le emploi|prêtes à le emploi|en conséquence|par conséquent"
    "|ne se (?:limite|limitent|résume|résument)(?= (?:pas|plus) )|se (?:limite|limitent|résume|résument) (?:pas|plus)"
    "|(?:au lieu|plutôt que) de (?:le |la |les )?(?:remplacer|supplanter)) )"
)
# A sentence opening on a debate reports what people discuss ("Les discussions sur l’éthique
# impliquent…"): what it says of the debate, evaluative or not, is no claim about AI itself.
DEBATE_OPENERS = phrases_pattern(
    "le débat", "les débats", "la discussion", "les discussions", "le dialogue", "les échanges", "la réflexion",
)
# A sentence opening on these illustrates the claim before it: it claims by its own words only,
# not by its place under an announcement ("Par exemple, Netflix utilise l’IA pour …").
ILLUSTRATION_OPENERS = phrases_pattern("par exemple", "à titre de exemple", "prenons le exemple", "prenons le cas")
# A sentence opening on the time before the tools ("Pendant longtemps, …", "À l’époque, …") tells
# how things were done: no claim about AI, unless it also says how they are done now.
# A sentence whose subject is the way things were done before AI (« Les FAQ statiques se révèlent
# vite obsolètes », « Les chatbots à règles figées frustrent les clients ») judges the old way, not
# AI; unless it names AI too (« … là où l'IA répond en une seconde »). On a sentence's tokens.
# The words that mark the way things were done before AI (« les méthodes traditionnelles »).
OLD_WAY_QUALIFIERS = frozenset(
    "traditionnel traditionnels traditionnelle traditionnelles classique classiques manuel manuels manuelle "
    "manuelles statique statiques figé figés figée figées ancien anciens ancienne anciennes linéaires".split()
)
OLD_WAY_OPENING = re.compile(
    r"^ (?:(?:mais|or|cependant|pourtant|toutefois|en revanche) (?:, )?)?(?:les|ces|des|la|le|une|un|leurs|nos|vos) "
    rf"(?:\S+ ){{0,3}}(?:{'|'.join(sorted(OLD_WAY_QUALIFIERS))}|à règles|de antan|de hier|de autrefois)\b"
)
AI_NAMED = re.compile(
    r" (?:ia|ai|intelligence artificielle|algorithme|algorithmes|apprentissage automatique|machine learning|"
    r"génératif|générative|génératifs|génératives|chatgpt|gpt|llm|llms|modèle de langage|modèles de langage) "
)
# A timeline's entry (« 1989 : un fournisseur ouvre… », « 2016 – Premier robot… ») tells what happened
# when, on the original text.
TIMELINE_ENTRY = re.compile(r"\s*(?:1[89]\d\d|20\d\d)\s*[:–—-]\s")
# A sentence that gives a source (« Source : étude Exemple 2024. ») cites, and claims nothing; on the
# sentence's line.
CITATION = re.compile(r" sources? : ")
HISTORY_OPENERS = phrases_pattern(
    "pendant longtemps", "autrefois", "jadis", "à le époque", "il y a quelques années", "il y a encore quelques années",
    "avant le arrivée", "avant le avènement", "avant le essor", "lorsque je ai démarré", "lorsque je ai commencé",
    "quand je ai démarré", "quand je ai commencé", "dans les années",
    "il y a un an", "il y a deux ans", "il y a trois ans", "il y a cinq ans", "il y a dix ans", "il y a quinze ans",
    "il y a vingt ans", "il y a trente ans", "il y a une dizaine de années", "il y a une vingtaine de années",
    "auparavant", "longtemps", "jusqu à présent", "jusqu ici", "jusque là", "pendant des années",
    "pendant des décennies", "par le passé", "historiquement",
)
NOWADAYS = phrases_pattern("aujourd hui", "désormais", "maintenant", "dorénavant", "à présent", "de nos jours")
QUESTION_OPENERS = phrases_pattern("pourquoi", "comment", "quel", "quels", "quelle", "quelles", "est ce que", "à quoi")
# "aussi puissants soient-ils": the clause concedes what it says.
CONCEDED_INVERSION = phrases_pattern("soient ils", "soient elles", "soit il", "soit elle")
# Words saying that AI can do something: with a theme's subject, the sentence states an ability
# (a benefit, or a risk on a drawback's subject: "peut reproduire les préjugés").
CAPABILITY = phrases_pattern(
    "peut", "peuvent", "pourra", "pourront", "pourrait", "pourraient", "permet", "permettent", "permettra",
    "permettre", "capable", "capables", "sait", "savent", "parvient", "parviennent", "en mesure",
    "aide", "aident", "facilite", "facilitent",
    # "on sait que", "il se peut que": followed by a clause, the verb states a knowledge or a
    # possibility, not what AI can do.
    not_before=("que", "si"),
)
# Among them, the words of an ability or a help, not a mere possibility: what AI knows how to do
# is a benefit ("sait adapter chaque message") unless it is denied ("ne sait pas", "n’est pas
# capable"), whereas "peut" may announce a risk ("peut reproduire les préjugés").
ENABLING_WORDS = (
    "permet", "permettent", "permettra", "permettre", "permettant", "capable", "capables", "sait", "savent", "parvient",
    "parviennent", "en mesure", "aide", "aident", "facilite", "facilitent",
)
ENABLING = phrases_pattern(*ENABLING_WORDS, not_before=("que", "si"))
# "ne sait pas", "ne lui permet pas", "n’est pas capable", "ne sont pas en mesure".
DENIED_ENABLING = re.compile(
    r" ne (?:\S+ ){0,2}(?:" + "|".join(re.escape(word) for word in ENABLING_WORDS) + ") "
)
# A sentence opening on a remedy says how to limit a drawback ("Pour atténuer les risques, les
# équipes peuvent …"): advice, not a benefit of AI.
REMEDY_OPENERS = phrases_pattern(
    "pour atténuer", "pour limiter", "pour réduire", "pour éviter", "pour pallier", "pour surmonter", "pour contrer",
    "pour minimiser", "pour remédier", "afin de atténuer", "afin de limiter", "afin de réduire", "afin de éviter",
    "afin de pallier", "afin de surmonter", "afin de minimiser",
)
# A law that says what must or must not be done (« Le règlement européen … prévoit que les contenus
# trompeurs soient signalés », « la loi interdit de … »): the setting of a claim, not one. What a
# law costs (« le RGPD impose des contraintes lourdes ») names no duty: that one is a claim.
LEGAL_TEXTS = ("règlement", "réglementation", "loi", "code", "directive", "rgpd", "législation", "ai act")
PRESCRIBING = (
    "impose", "imposent", "imposera", "prévoit", "prévoient", "prévoira", "exige", "exigent", "exigera",
    "interdit", "interdisent", "interdira", "oblige", "obligent", "obligera", "requiert", "autorise", "autorisent",
)
LEGAL_REQUIREMENT = re.compile(
    r" (?:le |la |les |un |une |ce |cette )?(?:\S+ ){0,2}(?:" + "|".join(LEGAL_TEXTS) + r") (?:[^.;:!?]* )?"
    r"(?:" + "|".join(PRESCRIBING) + r") (?:(?:déjà|aussi|désormais|également|notamment|ainsi) )?"
    r"(?:de |que |(?:\S+ ){1,4}à )"
)
# Their lemmas: a sentence without them, nor an evaluative word, nor a cue, can claim nothing.
CAPABILITY_WORDS = "pouvoir permettre capable savoir parvenir mesure aider faciliter"
# Words that name AI or the tools it runs in (on the original text, any case): an article's
# sentences claim something of AI only from the first one that names it, in a heading or in the
# text. Before it, the opening sets the scene (« Les attentes des clients n'ont jamais été aussi
# élevées », « Le volume des demandes ne cesse d'augmenter »): the market, the customers, the
# problem, not what AI brings. The tools count (« l'outil », « un assistant », « un générateur de
# textes »): writers name AI by what it is in their story.
AI_MENTION = re.compile(
    r"\b(?:IA|AI|intelligences? artificielles?|algorithm\w*|chat-?bots?|bots?|robots?|ChatGPT|GPT|LLMs?|"
    r"g[ée]n[ée]rati(?:f|ve|fs|ves)|machine learning|deep learning|apprentissage automatique|"
    r"r[ée]seaux? de neurones|agents? conversationnels?|assistants?|outils?|logiciels?|g[ée]n[ée]rateurs?|"
    r"technologies?|machines?|programmes?|applications?|plateformes?|automatis\w*|automatiques?|"
    r"automatiquement|pr[ée]dicti(?:f|ve|fs|ves)|vocal|vocale|vocales|vocaux|Midjourney|DALL-E|Gemini|Copilot|"
    r"deepfakes?|NLP|mod[èe]les? de langage)\b",
    re.IGNORECASE,
)
# What the sentence is about when it speaks of AI: these words mean AI in any article on AI in
# marketing, so they say nothing of a theme and are left out of the comparison with themes.
AI_WORDS = frozenset(
    "ia intelligence artificielle artificiel algorithme algorithmes chatbot chatbots machine machines "
    "outil outils système systèmes modèle modèles logiciel logiciels robot robots automatisé automatisés "
    "génératif générative génératives technologie technologies plateforme plateformes solution solutions "
    "marketing marketeurs marketeur marque marques entreprise entreprises".split()
)

# General evaluative vocabulary of French (not about any article): lemma or phrase → weight.
POSITIVE = {
    STRONG: (
        "avantage bénéfice bénéfique atout opportunité gain améliorer amélioration optimiser "
        "efficace efficacité précision précis performant allié extraordinaire meilleur mieux "
        "abordable prometteur promesse réussite succès fiable fiabilité "
        "satisfaction passionnant faciliter simplifier bénéficier profiter utile précieux "
        "inclusif inclusivité équité raffiné remarquable idéal positif plaire productivité rentable "
        "rentabilité économiser pertinent pertinence accélérer accélérateur renforcer stimuler productif "
        "indéniable incontournable convaincant parfait parfaitement excellent "
        "fructueux judicieux efficacement fluide fluidité fluidifier réactif réactivité cohérent cohérence "
        "enrichir booster dynamiser doper décupler démultiplier maximiser agile agilité "
        "polyvalent polyvalence reluisant apprécier imbattable soulagement séduire "
        "infaillible avantageux bluffant exceptionnel excellence impressionnant percutant exceller irréprochable "
        "impeccable efficient novateur salutaire optimal ingénieux astucieux profitable lucratif époustouflant "
        # "panacée", "miracle", "baguette magique": praise, seldom said but denied (« loin d’être une panacée »)
        "enthousiasmant gratifiant valorisant aubaine panacée miracle",
        "relever défi", "faire merveille", "baguette magique", "gain de temps", "gagner du temps", "valeur ajoutée",
        "bonne nouvelle",
        "moins cher", "coûter moins cher",
        # the lemmatiser reads "change" as the noun
        "changer la donne", "change la donne",
    ),
    WEAK: (
        "offrir offre permettre aider aide grâce confiance fidélité fidélisation possibilité facile simple "
        "réalisable intéressant engageant robuste puissant formidable révolutionner abri innovant "
        "innovation rapide rapidité rapidement instantané sophistiqué record libérer "
        "originalité créativité créatif inventivité inventif imagination inédit audace audacieux chaleureux "
        "souple flexible flexibilité intuitif ergonomique convivial levier satisfait "
        "sécurisé sécuriser fiabiliser utilité disponibilité soulager solide commode attractif attrayant captivant",
        "prise en charge", "prendre en charge", "tirer parti", "en un clin d’œil",
        "ouvrir la voie", "ouvre la voie", "ouvrir des perspectives", "ouvre des perspectives",
        "ouvrir des possibilités", "ouvre des possibilités", "ouvrir des horizons", "ouvre des horizons",
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
        "controverse hésiter dépassé intrusif intrusion frustration frustrant frustrer dégradation "
        "dégrader déception décevoir bancal redouter raciste sexiste offensant haineux toxique "
        "opaque opacité déshumaniser déshumanisé surestimer fragiliser détruire destruction ruiner "
        "inquiéter uniformiser uniformisation standardiser standardisé standardisation superficiel fade incomplet "
        "absurde approximatif imparfait défaut raté lacune faiblesse défaillant médiocre douteux discutable "
        "contestable préjudice préjudiciable nocif néfaste dérive dérapage écueil fragile fragilité froid "
        "générique insatisfaisant inefficace inefficacité inadapté inapproprié incohérent incohérence peiner "
        "pâtir énergivore polluant aliéner lassitude saturation irréaliste incapable inutile "
        "angoisse anxiété stress pénaliser sanctionner déclasser dévaloriser appauvrir appauvrissement "
        "homogénéiser regretter stéréotype exclure exclusion dommage déçu déformé disproportionné vide creux buter "
        "gênant gêne fraude arnaque escroquerie tromperie mensonge mentir plagiat plagier "
        "contresens aberrant aberration absurdité injuste injustice inégalité stigmatiser dysfonctionnement "
        "dysfonctionner bug plantage gaspillage gaspiller ruineux gouffre insatisfait mécontent mécontentement "
        "exaspérer exaspération irritation agacement colère désarroi détresse désintérêt méfiant réticence "
        "réticent sceptique chronophage fastidieux pénible insipide terne banal banalité monotone "
        "interchangeable incompréhensible inexplicable hasardeux imprévisible instable déshumanisation "
        "addiction espionner traquer indiscret invasif partial partialité stagner stagnation essouffler "
        "confus confusion lourdeur mirage illusion uniformité régression cacophonie médiocrité factice bâclé "
        "galérer gadget inopérant maladroit pernicieux insidieux alarmant déplorable regrettable navrant "
        "catastrophique désastreux calamiteux lamentable lacunaire laborieux rébarbatif envahissant dommageable "
        "périlleux imprécis fautif mensonger fallacieux biaisé illégal illicite frauduleux stéréotypé simpliste "
        "réducteur caricatural dispendieux inexploitable",
        "soulever question", "soulever nombreuses questions", "soulever interrogation", "soulever enjeu",
        "revers de la médaille", "à double tranchant",
        # "critique" alone also means crucial, and "esprit critique" is a quality: criticism is a
        # fault when it is raised
        "vif critique", "susciter critique", "déclencher critique", "essuyer critique", "attirer critique",
        "derrière la promesse", "derrière les promesses", "point noir", "prix à payer",
        "plus facile à dire qu'à faire", "côté sombre", "poser question", "poser problème",
        # the lemmatiser reads "pose" as the noun
        "pose question", "pose problème", "hors sujet", "coûter cher",
        # a price by its direction, as phrases: "cher" alone also greets ("chers clients")
        "plus cher",
        # "avoir du mal à" is a difficulty, "mal compris" a failure ("du" is no content word)
        "mal",
    ),
    WEAK: (
        "conséquence controversé effrayant sombre suppression indiscernable aplatir lisse uniforme flou "
        "plafonner estomper disparition disparaître pister isolement rejet rejeter regret lourd "
        "clone fausser incident dépendant polémique ennuyeux obscur formaté convenu lent lenteur distant mitigé",
    ),
}
# Words that turn a following (or just preceding) positive word into a loss: "manque de
# confiance", "nuire à la fidélité", "créativité limitée", "une précision insuffisante".
PRIVATIVE = (
    "faute manque manquer absence perte perdre perdu limiter limite limité réduire réduit freiner entraver "
    "empêcher compromettre nuire miner ternir menacer perturber insuffisant inférieur incapacité "
    "déclin aplatir limitation écarter"
)
# Words of less that turn what they govern into its opposite, either way: "moins innovantes" is a
# loss, "moins coûteuses" and "moins d’erreurs" a gain. Not in "au moins", "plus ou moins", "à moins".
# A fall does the same to a quality or a harm it governs: "une baisse de la précision" is a loss.
LESSENING = (
    "moins moindre baisse baisser diminution diminuer réduction chute chuter effondrement effondrer recul reculer"
)
NOT_LESSENING_AFTER = frozenset({"au", "du", "à", "ou"})
# What was once so is so no more: the evaluative words just after these, in their clause, take the
# other side (« une analyse autrefois longue et coûteuse, désormais automatisée » is a gain).
PAST_QUALIFIERS = "autrefois auparavant jadis naguère"
PAST_QUALIFIED_WORDS = 3
# Words of detection take the weight off the risk they catch when they govern it ("repérer les
# fraudes", "prédire des risques de départ"); their participle does not: what "est détecté" may
# be the marketer's own text.
DETECTING = "détecter repérer anticiper prédire"
# Nouns of management remedy only the word right after them: « la gestion des risques », but not
# the drawback further on in « la gestion des avis est son manque de nuance ».
MANAGING = "gestion"
# Words that take the weight off the risk they govern: "éviter les biais" names a risk, but
# neither claims it nor claims a benefit ("réduit" too: the lemmatiser reads it as an adjective);
# what AI automates is the chore it takes over ("automatise des relances fastidieuses": the
# lemmatiser leaves that form as it is).
REMEDY = (
    "éviter prévenir atténuer remédier éliminer réduire réduit diminuer limiter limité surmonter résoudre corriger "
    "combattre lutter contrer prémunir répondre supprimer filtrer retirer écarter neutraliser déjouer automatiser "
    "automatise automatisent gérer maîtriser maîtrise " + DETECTING + " " + MANAGING
)
# What a business is glad to spend less of: "réduire les coûts", "diminuer le temps de réponse",
# "alléger la charge", "moins de temps", "un coût inférieur" state a benefit with no evaluative word;
# a low level reads the same ("des coûts plus faibles", "un faible taux de conversion").
REDUCING = (
    "réduire réduit limite réduction diminuer diminution abaisser baisser baisse limiter alléger raccourcir "
    "moins moindre inférieur chuter chute effondrer effondrement dégringoler fondre tomber diviser supprimer "
    "suppression éliminer élimination faible division"
)
BURDENS = (
    "coût dépense frais charge délai effort budget attente temps dépendance facture invendu désabonnement "
    "résiliation attrition écart complexité"
)
# ... and what it is sorry to see shrink: its people, its business and its audience.
ASSETS = (
    "effectif équipe poste emploi personnel salarié embauche commande vente chiffre revenu "
    "trafic audience visite visiteur clientèle abonné conversion clic engagement ouverture panier fidélisation "
    "rétention"
)
# Growth reads the other way: "l’explosion des coûts" and "les délais s’allongent" are a loss,
# "la hausse des ventes" a gain; so does a high level ("le coût reste élevé").
INCREASING = (
    "augmenter augmentation hausse accroître accroissement exploser explosion envoler flamber grimper allonger "
    "alourdir progresser progression croître croissance doubler double tripler triple quadrupler "
    "élevé exorbitant astronomique faramineux"
)
# A verb of passage between two figures is a rise or a fall, read like the words of change above:
# "le coût par commande est passé de 41 à 29 euros" is a gain, "l’abonnement est passé de 49 à
# 120 euros" a loss. Its forms, since the lemmatiser reads some as a noun ("une passe").
PASSAGE = "passer"
PASSAGE_FORMS = frozenset("passe passé passée passés passées passent passait passaient passera passeront".split())
# Words that may stand before a figure without changing which way it goes: "de près de 20 à
# moins de 5".
FIGURE_QUALIFIERS = frozenset({"de", "près", "plus", "moins", "environ", "quelque", "presque", "peine"})
# Words that strengthen what they govern: praise on their own ("renforcer la confiance"), a harm
# when what they strengthen is one ("renforcer les stéréotypes", "accélérer la désinformation").
AMPLIFIER = "renforcer accentuer amplifier intensifier décupler démultiplier booster doper maximiser stimuler accélérer"
# Time won back is a gain: "a regagné une journée par semaine", "récupèrent des heures".
GAINING = "gagner regagner récupérer"
TIME_UNITS = "temps heure journée jour semaine minute"
# After an evaluative noun, these deny it: "une peur infondée" is no fear the writer shares,
# "cette rapidité cache un revers" praises nothing, it announces what the praise hides, and "une
# efficacité mitigée" is a disappointment.
DENIAL = "infondé injustifié cacher cache masquer masque mitigé"
# A quality these follow is a condition, not a claim: "sa précision dépend des fiches produits"
# says what the precision needs (the dependence weighs as a drawback of its own).
CONDITIONING = "dépendre"
# After these, in the same clause, positive words are goals or requirements, not claims:
# "pour être efficace", "doit améliorer", "a besoin de données fiables", "dans l’espoir de gagner du temps",
# "à force de vouloir plaire".
GOAL = (
    "pour afin garantir devoir doit doivent devrait devraient falloir faut besoin nécessiter exiger requérir "
    "espoir vouloir veut veulent"
)
# ... except the goal AI is used for: « utilisent l'IA pour améliorer leur productivité » says what
# AI brings (the verb of use, then AI's name, within a few words before « pour »).
USING = "utiliser exploiter recourir appuyer miser compter servir employer intégrer adopter déployer"
AI_NAMES = "ia intelligence artificiel artificielle algorithme chatbot génératif générative chatgpt"
USED_FOR_REACH = 6
# Negated, these say that AI cannot do something: an inability is a drawback.
ABILITY = (
    "pouvoir peut capable capacité parvenir réussir savoir mesure remplacer égaler comprendre saisir "
    "percevoir ressentir deviner"
)

"""The French words that tell who gives a figure: documents, surveys, speakers, reporting verbs.

Data only, read by ``french_patterns`` to build the attribution patterns; general French, never
names of sources (those come from the articles' own text).
"""

# Documents that carry figures; the strong ones name their author in "<document> de X" anywhere,
# the weak ones ("les données de X") only after "selon" or before a reporting verb.
STRONG_DOCUMENTS = (
    "étude études rapport rapports enquête enquêtes sondage sondages baromètre baromètres "
    "observatoire classement panel infographie questionnaire"
)
WEAK_DOCUMENTS = (
    "analyse analyses recherche recherches données chiffres statistiques prévisions projections "
    "estimations travaux calculs publication article articles"
)
DOCUMENT_PHRASES = ("livre blanc",)
DOCUMENT_ADJECTIVES_BEFORE = (
    "récente récent récentes récents nouvelle nouveau nouvelles nouveaux dernière dernier derniers dernières vaste "
    "grande large même"
)
DOCUMENT_ADJECTIVES_AFTER = (
    "récente récent récentes récents annuelle annuel annuelles annuels mondiale mondial internationale "
    "international représentative représentatif européenne européen américaine américain "
    "française français britannique britanniques nationale national publiée publié conjointe "
    "inédite inédit"
)
DOCUMENT_PARTICIPLES = (
    "menée mené menées menés réalisée réalisé réalisées réalisés conduite conduit conduites conduits "
    "publiée publié publiées publiés commandée commandé dévoilée dévoilé effectuée effectué "
    "financée financé parue paru signée signé pilotée piloté produite produit"
)
# Participles that name who surveyed, even with no document before: "les entreprises interrogées par X".
SURVEY_PARTICIPLES = (
    "interrogé interrogée interrogés interrogées sondé sondée sondés sondées questionné questionnée questionnés "
    "questionnées"
)
# Who an organisation or a person is, between the preposition and the name: "du cabinet X".
DESCRIPTORS = (
    "cabinet agence société institut entreprise groupe firme organisme université banque plateforme "
    "éditeur géant spécialiste centre observatoire fondation association organisation laboratoire "
    "école média journal magazine site assureur fédération analyste économiste consultant "
    "start-up startup leader fournisseur compagnie réseau marque quotidien revue logiciel "
    "application solution"
)
# People and groups whose word is reported; with "de X" they name X ("les analystes de X").
SPEAKERS = (
    "expert experts analyste analystes chercheur chercheurs chercheuse chercheuses spécialiste spécialistes "
    "économiste économistes scientifique scientifiques dirigeant dirigeants directeur directrice "
    "président présidente PDG fondateur fondatrice cofondateur cofondatrice porte-parole responsable "
    "responsables consultant consultants auteurs auteur équipes équipe"
)
# Unnamed attributions: "des experts", "certains analystes", "une étude", "des enquêtes".
# Not "professionnels" nor "entreprises": in "61 % des professionnels affirment", they answer.
UNNAMED_SPEAKERS = (
    "experts analystes spécialistes chercheurs scientifiques observateurs économistes consultants sources"
)
DETERMINERS = (
    "des", "les", "certains", "certaines", "plusieurs", "quelques", "divers", "diverses", "une", "un",
    "la", "le", "l’", "d’autres", "de nombreux", "de nombreuses", "nombre d’", "beaucoup d’", "la plupart des",
)
# Reporting verbs, by the start of their forms ("estime" also finds "estiment", "estimera"),
# specific enough not to find the nouns of the same family ("estimation", "publicité").
REPORTING_STEMS = (
    "estime estimé révèle révél prévoi prévoy prévu prédit prédis indiqu affirm soulign rapporte "
    "rapporté rapporta annonce annoncé annonça constate constaté observe observé calcule calculé "
    "montre montré montra chiffre chiffré chiffra publie publié publia déclare déclaré expliqu "
    "précise précisé assure assuré signale signalé dévoil évalue évalué anticipe anticipé recens "
    "répertori conclut concluent concluai mentionn rappelle rappelé rappela confirm démontr craign "
    "craint projett enregistre enregistré relève relevé avert alerte alerté évoqu établit dénombr "
    "comptabilis identifie identifié attest juge jugé interroge interrogé interrogea mené mène "
    "menait réalise réalisé"
)
# Stems that are also common words of another sense count only before "que": "X note que".
REPORTING_STEMS_BEFORE_QUE = "not pens consid ajout insist reconn admet dit disent écri s’attend"
AUXILIARIES = "a ont avait avaient aurait auraient va vont vient viennent"
ADVERBS = (
    "également", "aussi", "récemment", "déjà", "même", "encore", "notamment", "ainsi", "d’ailleurs",
    "pour sa part", "de son côté", "en effet", "justement", "clairement",
)
PREPOSITIONS_OF_SOURCE = (
    "selon", "d’après", "à en croire", "de l’avis de", "de l’avis d’", "aux dires de",
    "pour reprendre les mots de",
)
SOURCE_LABELS = "source sources"

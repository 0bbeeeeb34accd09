"""The rules of page chrome, as data: what a line of a pasted web page is read as, by its words.

Each table holds what one kind of chrome looks like (interface labels, menu words, patterns of
bylines, captions, « À lire aussi » links…); ``chrome`` applies them to each line and to its
neighbours. A new kind of chrome is a new row here, with the role told to the editor.
"""

from __future__ import annotations

import re

from dossier_ia.reading.dates import COMMENT_COUNT, MONTHS, SITE_ADDRESS

# Chrome lines are short: longer lines are content, whatever words they hold, up to this length
# except when they say what they are (an image's description in its first words, a caption by
# its credit at its end, a cookie banner).
MAX_CHROME_LENGTH = 160
# A headline may end on a period when it is this short (« Les robots arrivent. »): a longer sentence
# above the prose, its picture's credit right below it, is the picture's caption.
MAX_PERIOD_HEADLINE_WORDS = 6
MAX_LONG_CHROME_LENGTH = 400
MAX_MENU_ITEM_WORDS = 4
MAX_SITE_NAME_WORDS = 6
MAX_MENU_ITEM_LENGTH = 40
MIN_MENU_ITEMS = 3
# Above the article, a run of this many one- or two-word lines is a menu even without menu words.
MIN_TOP_MENU_ITEMS = 4
MAX_TOP_MENU_ITEM_WORDS = 2
MAX_BREADCRUMB_ITEMS = 4
MIN_CAPTION_WORDS = 3
MIN_PROSE_WORDS = 6
MAX_AUTHOR_ROLE_WORDS = 6
# An author's role may be wrapped on this many lines below the name (« Créatrice de X, » / « consultante »).
MAX_AUTHOR_ROLE_LINES = 2
# What an author's picture is labelled with before the name (« Portrait Jeanne Roy », « Photo de Zoé »).
PICTURE_WORDS = r"image|photo|portrait|avatar|illustration"
PICTURE_LABEL = re.compile(rf"(?:{PICTURE_WORDS})\b")
# The same words before a name, as a picture's text writes them (« Portrait de Jeanne Roy »).
PICTURE_LABEL_WORDS = re.compile(rf"^(?i:(?:{PICTURE_WORDS})(?:\s+(?:de|d’|d'))?\s*)+")
MAX_PICTURE_LABEL_WORDS = 3
# The file name of the author's picture (« Portrait_Auteur_12.jpg »), above the name.
AUTHOR_PICTURE_FILE = re.compile(r"(?i)\S*(?:portrait|avatar|autor|author|auteur)\S*\.(?:jpe?g|png|webp|gif)")

ROLE_INTERFACE = "un élément de l’interface du site (bouton, lien ou étiquette)"
ROLE_SHARE = "des boutons de partage"
ROLE_CALL_TO_ACTION = "un bouton d’appel à l’action"
ROLE_PHONE = "un numéro de téléphone"
ROLE_EMAIL = "une adresse e-mail seule"
ROLE_ADDRESS = "une adresse web seule (image ou lien de suivi)"
ROLE_FILE_NAME = "le nom de fichier d’une image"
ROLE_SYMBOLS = "une ligne sans mots (ponctuation, séparateur ou compteur)"
ROLE_BREADCRUMB = "un fil d’Ariane"
ROLE_BYLINE = "une signature ou une date de publication"
ROLE_AUTHOR_BIO = "la présentation de l’auteur"
ROLE_READ_ALSO = "un lien « À lire aussi »"
ROLE_CAPTION = "une légende, un crédit ou un texte de remplacement d’image"
ROLE_EMPTY_LABEL = "une étiquette de sommaire sans contenu"
ROLE_CONTENTS_ENTRY = "une entrée du sommaire de la page (le site affiche le sien)"
ROLE_MENU = "un menu de navigation"
ROLE_TAGS = "les étiquettes ou la rubrique de la page"
ROLE_COUNTER = "un compteur (commentaires, vues, partages)"
ROLE_COOKIES = "un bandeau de cookies"
ROLE_COMMENT_FORM = "le formulaire de commentaires"
ROLE_LEGAL = "une mention légale (droits réservés, licence)"
ROLE_TAGLINE = "la présentation du site (qui le publie, ce qu’il propose)"
ROLE_SPONSOR = "la mention d’un partenaire ou d’un sponsor"
ROLE_POSTAL = "une adresse postale"
ROLE_MAIL_MERGE = "un message de lettre d’information au champ non rempli ({{…}})"
ROLE_SOURCE_CODE = "le code source de la page (script)"
# A mail-merge field the sending tool did not fill (« Merci, {{Prénom}} ! »), whole or cut by the
# line's end: the text a newsletter writes to its subscriber, never the article's. The field names
# a person's detail, capitalised or as the tools spell it; other braces (« {{ config }} ») are the
# text's own, shown as they are.
MAIL_MERGE_FIELD = re.compile(
    r"\{\{\s*(?:[A-ZÀ-Ý][\w.|-]{0,29}|first_?name|last_?name|prenom|prénom|email)\s*(?:\}\}|$)"
)

# An image's alternative text, which says what the picture shows and ends on no period (« Une
# image d'un téléphone posé sur un clavier »; « une image de marque » is content, « Photo du
# rédacteur » a byline). Folded text.
ALT_TEXT = (
    r"(?:une |l')?(?:image|photo|illustration|infographie|capture d'ecran) "
    r"(?:d'|(?:de la|du|des|de|sur|montrant|representant)\s)"
    # a demonstrative points back at what the text has named: a sentence (« L’image de cette
    # campagne fait réagir »), not a picture's description, which names what it shows
    r"(?!marque\b|illustration\b|redact|l'auteur|auteur|cette\b|cet\b|ces\b|ce\b).{2,300}(?<![.!?:])"
)
ALT_TEXT_LINE = re.compile(ALT_TEXT)
# Whole-line labels of a site's interface (folded: lower case, no accents, plain apostrophes).
INTERFACE_LABELS = frozenset({
    "fermer", "close", "menu", "ouvrir le menu", "fermer le menu", "menu hamburger", "hamburger menu",
    "rechercher", "recherche", "search", "close this search box", "search for", "fermer la recherche",
    # an audio or video player's labels
    "ecouter l'episode", "ecouter le podcast", "ecouter l'emission", "category", "transcription",
    "accueil", "home", "page d'accueil", "partager", "share", "imprimer", "print", "publicite",
    "advertisement", "sponsorise", "contenu sponsorise", "article sponsorise", "annonce", "annonces",
    "selectionner une page", "categorie", "categories", "min de lecture", "minutes de lecture", "chapo", "body",
    # a template's reading time left unfilled
    "x min de lecture", "x minutes de lecture",
    "skip to footer", "passer au contenu principal skip to footer", "back to blog", "back to articles",
    "no items found",
    "s'inscrire", "s'inscrire maintenant", "inscrivez-vous maintenant", "demande de demo", "je commande",
    "demande de devis", "montrer le sommaire cacher le sommaire",
    "afficher le sommaire masquer le sommaire",
    "source link", "lien source", "source", "lire la suite", "read more", "voir plus", "en savoir plus",
    "afficher plus", "voir tout", "retour", "retour en haut", "short url", "lien court", "url courte", "permalien",
    "retour haut de page", "retour en haut de page", "haut de page", "back to top", "top of page",
    "skip to main content", "skip to content", "aller au contenu", "aller au contenu principal",
    "passer au contenu", "passer au contenu principal", "passer directement au contenu",
    "passer directement au contenu principal", "aller directement au contenu", "acceder au contenu",
    "acceder au contenu principal", "aller au menu", "passer au menu", "je m'abonne", "s'abonner", "abonnez-vous",
    "date de publication", "temps de lecture", "duree de lecture", "niveau", "resumer cet article avec",
    "resumer avec l'ia", "resumez cet article avec une ia", "resumer cet article avec une ia",
    "sponsoring", "mm", "lien copie", "lien copie dans le presse-papiers", "lien copie dans le presse-papier",
    "newsletter", "inscription", "se desabonner", "desabonnement", "gerer mes preferences", "mes preferences",
    "reagir", "reagir a cet article", "reagir a cette tribune", "reagir a ce billet",
    "s'inscrire", "connexion", "se connecter", "mon compte", "login", "sign in", "panier", "contact",
    "contactez-nous", "nous contacter", "suivez-nous", "commentaires", "commentaire",
    "laisser un commentaire", "repondre", "reply", "j'aime", "like", "envoyer", "valider", "accepter",
    "refuser", "tout accepter", "tout refuser", "precedent", "suivant", "article precedent",
    "article suivant", "previous", "next", "telecharger", "ecouter", "ecouter l'article",
    "ecouter cet article", "ecoutez l'article", "ecoutez cet article", "agrandir", "a propos de l'auteur",
    "copier le lien", "copier l'adresse",
    # a reading time whose figure the copy lost
    "de lecture", "min de lecture", "minutes de lecture",
    "l'auteur", "biographie",
    "infolettre", "s'abonner a l'infolettre", "s'abonner a la newsletter", "revenir au blog",
    "envoyer a un ami", "contacter la redaction", "j'ai compris", "previsualisation", "apercu", "signaler",
    "sauvegarder l'article", "sauvegarder cet article", "enregistrer l'article", "lisez-le", "logo",
    "signaler un abus",
    # a journal's metadata labels, alone on their lines above their values
    "numero", "rubrique", "licence",
})
# How a line of code opens (« const ARTICLES = [ { … », « // ====== », « function init() { »), which no
# sentence does: the page's own script, when it closes the copy.
SOURCE_CODE = re.compile(
    r"(?://\s*={3,}|(?:const|let|var)\s+[\w$]+(?:\s*:\s*[\w\[\]<>]+)?\s*=\s*[\[{(\"'`]"
    r"|function\s*[\w$]*\s*\([^)]*\)\s*\{|import\s+\S.*\s+from\s+['\"]|export\s+(?:default|const|function)\b)"
)
# The page's markup copied as text, one tag or a few on the line (a tracking pixel's « <img height="1" … > »),
# or what its software printed of an empty value (« (RenderCacheMap: {}) »).
MARKUP_LINE = re.compile(
    r"(?:<(?:img|iframe|div|script|noscript|span|a|p|link|meta|br)\b[^<>]*/?>\s*)+"
    r"|\(?[A-Za-z_][\w.]*\s*:\s*(?:\{\}|\[\]|null|None|undefined)\)?"
)
# Section names that open a part of an article and never name the article itself (folded).
SECTION_LABELS = frozenset({
    "points cles a retenir", "points cles", "a retenir", "ce qu'il faut retenir", "introduction",
    "conclusion", "faq", "foire aux questions", "questions frequentes", "sommaire",
    "table des matieres", "en bref", "resume", "en resume", "key takeaways", "la reponse courte", "l'essentiel",
    "en deux mots", "en un mot", "tl;dr", "preambule", "avant-propos", "prologue", "epilogue",
})
# An image in Markdown, its text and its address (« ![Une vitrine](https://exemple.fr/vitrine.webp) »).
MARKDOWN_IMAGE = re.compile(r"!\[.{0,300}\]\(\S*\)")
# Words of a navigation menu: a run of short lines holding some of them is a menu.
MENU_WORDS = frozenset({
    "accueil", "home", "blog", "actualites", "actus", "news", "contact", "a propos", "qui sommes-nous",
    "services", "nos services", "offres", "nos offres", "tarifs", "ressources", "podcast", "videos",
    "evenements", "agenda", "equipe", "carrieres", "emploi", "recrutement", "faq", "aide", "magazine",
    "dossiers", "guides", "formations", "boutique", "mentions legales", "plan du site", "newsletter",
    "se connecter", "connexion", "abonnement", "s'abonner", "rechercher", "menu", "partenaires",
})
HOME_WORDS = frozenset({"accueil", "acceuil", "home", "page d'accueil"})
MAX_HOME_WORD_LENGTH = 20
EMPTY_LABELS = frozenset({
    "sommaire", "plan de l'article", "plan", "table des matieres", "table de matieres", "table of contents",
    "contents",
    "au sommaire", "dans cet article", "contenu de l'article", "contenus", "navigation",
    "sommaire de l'article", "table des matieres de l'article", "sur cette page", "dans cette page",
    "dans ce guide", "dans cet article, decouvrez", "dans cet article, vous decouvrirez", "dans ce guide, decouvrez",
    "au programme de cet article", "plan du blog", "plan de blog", "acces rapide", "acces rapide (sommaire)", "index",
})
# How a sentence ends, and a table of contents' entry (a title, a question, « Ce qu'il faut
# retenir… ») does not, whatever closes it (« (virtuels) »).
SENTENCE_STOPS = (".", ";", ":", ",")
# A table of contents numbers its entries as the headings below are numbered, or not (« 1. »,
# « 1 1. », « 2.3 », « II. », « B) »): entries and headings are compared without those numbers.
SECTION_NUMBERS = re.compile(r"^(?:(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[IVX]{1,4}[.)]|[A-Z][.)])\s+)+")
# With no « Sommaire » label above it, a list that no sentence announces is a table of contents
# when it has this many items, and at least two of them, most of those (this share) up to the last
# one that does, come back below as lines of their own: the headings they lead to (a page copied
# in part may stop before the last headings).
MIN_UNLABELLED_CONTENTS_ENTRIES = 3
MIN_UNLABELLED_CONTENTS_REPEATED = 2
UNLABELLED_CONTENTS_REPEATED_SHARE = 2 / 3
# Words of an English interface (« Skip to main content », « Brief news summary »): a short line
# made of them only is the page's template, not the French article. Subject words (« Big Data »,
# « Marketing ») are not in it.
ENGLISH_INTERFACE_WORDS = frozenset(
    "skip main content top page table contents brief news summary lang language icon read more share "
    "home menu search close next previous back related posts post comments comment leave reply posted "
    "by tags categories subscribe sign up login log follow us this article ago view all load loading "
    "click here image broken photo credit source link print friendly pdf email copy about author written "
    "updated published privacy policy terms accept settings en fr of to the a an and or for with on in at min "
    "minute minutes topic topics expert verified".split()
)
# Words only English uses (not "a", "on", "or", "an", which French has too): above the prose, a
# short line with two of them and no French function word is an English template's button or
# banner (« Sign up to keep your notes »), not the title of a French article.
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of to and for with in at by from your you our my this that is are be it we up was were has have please "
    "not".split()
)
MIN_ENGLISH_WORDS = 2
# A longer English line (a template's notice) has one such word in five; French prose has none.
ENGLISH_WORDS_SHARE = 0.2
MAX_ENGLISH_HEADER_WORDS = 10
# A postal code and its town alone on their line (« 75003 Paris », « 69760 Limonest Cedex »), or a
# Canadian one (« H3K 2X3 »); on the original text: a town's name has capitals, « 10000 clients » none.
POSTAL_CODE_LINE = re.compile(
    r"(?:F-)?\d{5}\s+[A-ZÀ-Ý][\w'’-]*(?:[ -][A-ZÀ-Ý][\w'’-]*){0,2}(?:\s+(?:CEDEX|Cedex)(?:\s+\d{1,2})?)?"
    r"|[A-Z]\d[A-Z]\s?\d[A-Z]\d"
)
# A phone number, French or international (« 01 23 45 67 89 », « +33 (0)1 23 45 67 89 »).
PHONE = (
    r"(?:\+?\d{1,3}\s?\(0\)\s?\d(?:[\s.-]?\d{1,3}){3,5}|\+\d{1,3}\s?\d(?:[\s.-]?\d{1,3}){3,5}"
    r"|0\d(?:[\s.-]?\d{2}){4})"
)
# Image banks a credit names: as they are written (« Unsplash/nom »), and as a pattern of the folded text.
STOCK_SITE_NAMES = (
    "Shutterstock", "iStock", "Getty", "Adobe Stock", "Unsplash", "Pexels", "Pixabay", "Freepik", "Rawpixel",
    "Depositphotos", "Dreamstime", "123RF", "Alamy",
)
STOCK_SITES = (
    r"shutterstock|istock(?:photo)?|getty ?images|adobe ?stock|stock\.adobe|unsplash|pexels?|pixabay|freepik|rawpixel|"
    r"depositphotos|dreamstime|123rf|alamy"
)
# Press photo agencies a caption's credit names alone after its sentence.
WIRE_AGENCY_NAMES = ("Keystone", "AFP", "Reuters", "Belga", "EPA", "MAXPPP", "SIPA", "Abaca", "DPA", "ANSA")
WIRE_AGENCIES = "|".join(name.lower() for name in WIRE_AGENCY_NAMES)
# A Creative Commons licence at a caption's end, with the picture's source (folded text).
LICENCE_CREDIT = r"\s(?:[^.!?,]{1,40},\s*)?cc[ -]?by(?:[ -](?:sa|nc|nd))*(?:\s*\d\.\d)?"
# A line that says it is a picture's credit (folded): « © Nom », « Crédits : Nom / Agence ».
CREDIT_LINE = re.compile(r"(?:©|\(c\)|credits?(?: photos?)?\s*:)")
# A caption's credit at its end: « © Name - bank.example », « (ImageBank/Name) ».
CREDIT_ENDING = (
    rf"(?:\s©\s*[^!?©]{{1,60}}(?<![.!?])|\s©\s*d\.\s?r\.|\s*\([^()]{{0,60}}(?:{STOCK_SITES})[^()]{{0,30}}\)"
    # in brackets, after « © » or as photographer and agency (« (© AGENCE/NOM) », « (Nom | Agence) »)
    r"|\s\(©[^()]{1,60}\)|\s\([^()|]{2,40}\|[^()|]{2,40}\)"
    # « … repérée sur un site. | Photo : Nom », « … — Photo : Nom » (folded text)
    r"|\s[-|—–]\s*(?:photo|credit photo|credits? ?photos?|credits?|image|illustration)s?\s*:\s*[^!?|]{1,60}(?<![.!?])"
    # « … trouvés par un site // Source : Nom », as some news sites set their captions' sources
    r"|\s//\s*source\s*:\s*[^!?|/]{1,60}(?<![.!?])"
    # « … directement. / Capture d'écran Réseau », « … la borne. Photo : Agence / Nom », « … trois
    # oreilles ? Image : Nom », « … en suspens. | Nom pour Exemple.ch » (a photographer working for the
    # site), « … devant la vitrine. Keystone » (folded text)
    r"|(?<=[.!?])\s*/\s*capture d'ecran\b[^!?|/]{0,60}(?<![.!?])|\s\|\s*capture d'ecran\b[^!?|]{0,60}(?<![.!?])"
    r"|(?<=[.!?])\s+(?:photos?|images?|credits? ?photos?)\s*:\s*[^!?|]{1,60}(?<![.!?])"
    r"|(?<=[.!?])\s+\|\s*[^!?|]{2,40}\spour\s[\w.-]{2,30}"
    # « … sur le stand (Nom. Agence) »: the photographer and the agency in brackets (folded text)
    r"|\s\([a-z][\w'-]+(?: [a-z][\w'-]+)?\. [a-z][\w'-]+(?: [\w'-]+)?\)"
    # « … le 3 mars 2024. (Nom Prénom/AFP) »: the photographer and the news agency after a slash
    rf"|(?<=[.!?])\s*\([^()/]{{2,40}}/\s*(?:{WIRE_AGENCIES})\)"
    # « … ses réservations. Unsplash/nom »: a picture bank and its photographer; « (photo d'illustration) »
    rf"|(?<=[.!?])\s+(?:{STOCK_SITES})\s*/\s*[^\s/]{{1,40}}|\s\((?:image|photo)s? d'illustration\)\.?"
    rf"|(?<=[.!?])\s+(?:{WIRE_AGENCIES})(?:\s*[/-]\s*[^!?|/]{{1,40}})?"
    # a free licence's credit (« … Nom, CC BY-SA »), or the author's own picture (« … Cléo. Auteur »)
    rf"|{LICENCE_CREDIT}|\.\s+(?:auteurs?|fournie? par l'auteur)\.?)"
)
# One-line rules: what the line is read as, and its pattern on the folded line stripped of its
# leading bullet, emoji or punctuation (the whole line must match). The first rule that matches
# names the line.
LINE_RULES: tuple[tuple[str, str], ...] = (
    (ROLE_PHONE, (
        r"(?:(?:tel|telephone|phone|appelez(?:-nous)?|contact|standard|hotline|service client|numero)\s*\.?\s*:?\s*)?"
        rf"{PHONE}(?:\s*\([^)]{{0,40}}\))?"
    )),
    # No words at all; a lone figure (« 87 % », « 12 000 € ») is content, though.
    # (« __ » is a rule drawn with underscores, which count among the word characters)
    (ROLE_SYMBOLS, (r"(?:[^\w%€$£]|_)*|(?:[^\w%€$£]|_)*\d[\d\s.,:/|-]*(?:[^\w%€$£]|_)*")),
    # a slide counter in English (« 1 of 111 »); « 9 sur 10 » may be a figure the next line explains
    (ROLE_SYMBOLS, r"\d+ of \d+"),
    # a logo's alternative text (« Exemple company logo », « Logo Exemple »)
    (ROLE_CAPTION, r".{0,60}\bcompany logo|logo(?: de| du)? [^.!?]{1,40}"),
    # a site builder's default text for a picture with none of its own (Wix)
    (ROLE_CAPTION, r"ree"),
    # a theme's label for the picture above the article (« Featured image for <headline> »)
    (ROLE_CAPTION, r"featured image(?: for| of)?\b[^.!?]{0,150}"),
    (ROLE_INTERFACE, (
        r"(?:retour|revenir) (?:a|au|aux|vers) (?:la |les |l')?(?:toutes les |tous les )?"
        r"(?:actualites|articles|blog|liste|accueil|sommaire|news|guides|ressources|dossiers)\b.{0,30}"
        r"|(?:source\s+)?lire (?:sur|l'article sur|la suite sur) [\w.-]+"
        # a paywall's notice above the article (« Article réservé aux abonnés Example.com »), glued to
        # its badge's name (« lock-iconContenu réservé … »)
        r"|(?:[\w-]*icon)?(?:article|contenu|acces) reserve aux (?:abonnes|membres|inscrits)\b.{0,40}"
        # a paywall's counters (« Il vous reste 3/10 articles gratuits », « Il vous reste 60 % de l’article à lire »)
        r"|(?:encore|il vous reste) \d+\s*/\s*\d+ articles? gratuits?\b.{0,30}"
        r"|il vous reste [\d.,]+\s*% de (?:cet |l')article a lire\b.{0,100}"
        # ... and its invitation to read on (« Accédez à la suite du contenu. », « Lire la suite de l’article »)
        r"|(?:acced(?:e|ez)|lire|lisez) (?:a )?la suite (?:de l'article|du contenu|de cet article)\s*[.!]?"
    )),
    # a contact form's messages, printed with the page: the field only robots fill in (« Si vous voyez
    # ce champ, ne le remplissez pas. »), its thanks and its error
    (ROLE_INTERFACE, (
        r"si vous voyez ce champ\W{0,3}(?:laissez|ne le remplissez)\b.{0,40}|laissez ce champ vide\b.{0,40}"
        r"|merci\s*!?\s*,?\s*(?:(?:on a|nous avons) bien recu|votre (?:message|demande) a (?:bien )?ete)\b.{0,140}"
        r"|merci\s*!?\s*,?\s*vous (?:etes|voila) (?:bien )?(?:abonne|inscrit)\S*\s*[.!]?"
        r"|votre (?:message|demande) a (?:bien )?ete (?:envoyee?|recue?|transmise?)\b.{0,120}"
        r"|oups\s*!?\s*(?:une erreur|quelque chose)\b.{0,120}"
    )),
    # the page's tags or sections joined by slashes (« Formation / Communication / Actualités »), or
    # each behind a hash (« # Commerce # Réseaux d'entreprises »: the first one's is stripped)
    (ROLE_TAGS, (
        r"[\w'-]+(?: [\w'-]+)?(?: / [\w'-]+(?: [\w'-]+)?){2,}"
        r"|[\w'-]+(?: [\w'-]+){0,2}(?: # [\w'-]+(?: [\w'-]+){0,2})+"
    )),
    # markup the copy kept of a widget (« " data-share-url=""> »), or an export's tag alone on its line
    # (« <aside> », « </aside> »; its opening bracket is left out before the rules are tried): no words
    # of the article
    (ROLE_INTERFACE, r"[^=]{0,40}\b[\w-]+=\"[^\"]{0,200}\"\s*/?>|/?[a-z]{1,12}\s*/?>"),
    # the name a design tool gives a picture's layer, left as its alternative text (« Group 4 »)
    (ROLE_CAPTION, r"(?:group|mask group|layer|calque|rectangle|ellipse|vector|frame)\s*(?:copy\s*)?\d+"),
    # a stock index's quote in a portal's header (« NASDAQ : 6629.05 23.98 +0.36 % »)
    (ROLE_INTERFACE, (
        r"[a-z][\w&.-]*(?: [\w&.-]+){0,2}\s*:?\s*[+-]?\d+[.,]\d+(?![\d.])\s*%?(?:\s+[+-]?\d+[.,]\d+(?![\d.])\s*%?)+"
        r"[\w.,%+\s-]{0,30}"
    )),
    # a download link with the file's size (« Télécharger (1MB) »), an image's placeholder (« [img] »)
    (ROLE_INTERFACE, (
        r"(?:telecharger|download)(?: le pdf| pdf)?\s*\(\s*\d+(?:[.,]\d+)?\s*[kmg][bo]\s*\)|\[?(?:img|image)\]"
    )),
    # a podcast player's links above an episode (« Podcast: Play in new window | Download (Duration: …) »)
    (ROLE_INTERFACE, r"podcast\s*:\s*play in new window\b.{0,100}"),
    # the blog's generic account signing a post (« Admin »): no person's name to give
    (ROLE_BYLINE, r"(?:admin|administrat(?:eur|rice)|webmaster)\d*"),
    # … with what the widget adds in brackets (« Sommaire (masquer) », « (généré automatiquement) »)
    (ROLE_EMPTY_LABEL, (rf"(?:{'|'.join(map(re.escape, sorted(EMPTY_LABELS)))})(?:\s*\([^()]{{1,40}}\))?\s*:?")),
    (ROLE_INTERFACE, (rf"(?:{'|'.join(map(re.escape, sorted(INTERFACE_LABELS)))})\s*[:!.]?")),
    (ROLE_SHARE, (
        r"(?=.*\b(?:partag|share|facebook|twitter|linkedin|pinterest|whatsapp|tweet|messenger|telegram|reddit))"
        r"(?:(?:partager|partagez|partage|share|facebook|twitter|x|linkedin|pinterest|whatsapp|e-?mail|mail|google|"
        r"imprimer|print|copier|le|les|lien|sur|par|via|tweet|tweeter|messenger|telegram|reddit|cet|article|"
        r"l'article|ce|contenu|post|reseaux|sociaux|vos|"
        # the invitation to share (« N’oubliez pas de partager cet article ! », « Don't forget to share this post! »)
        r"n'oubliez|n'hesitez|pas|de|a|don't|forget|to|this)\b[\s,|·•/:+!-]*)+"
    )),
    # the networks' buttons glued together (« FacebookTwitterLinkedIn »)
    (ROLE_SHARE, r"(?:facebook|twitter|linkedin|pinterest|whatsapp|instagram|youtube|tiktok|e-?mail|x){2,}"),
    # a source's link (« Lire : Titre de l'étude | Site »)
    (ROLE_READ_ALSO, r"lire\s*:\s*[^|]{3,120}\|\s*[^|]{2,40}"),
    # what the copy kept of a picture's markup (« .png) »)
    (ROLE_FILE_NAME, r"(?:[^\s/]{0,80}\.)?(?:png|jpe?g|gif|webp|svg)\)?"),
    # a form's button (« Demander une démo »)
    (ROLE_CALL_TO_ACTION, (
        r"(?:demander|reserver|planifier|obtenir|essayer|tester) (?:une demo|un devis|une demonstration|gratuitement"
        r"|mon essai|votre essai)\b.{0,20}"
    )),
    # a link to another article, alone on its line (« Lire l'étude complète du cabinet »): the line below
    # is the text's, not the linked title
    (ROLE_CALL_TO_ACTION, (
        r"lire (?:l'analyse|l'article|l'etude|le dossier|notre analyse|notre article|notre dossier)\b.{0,80}(?<![.!?])"
    )),
    # an invitation to play the page's recording (« Écoutez le reste de l’entrevue dans l’extrait ci-haut. »,
    # « Prêt à regarder ? Regardez la session en entier. »)
    (ROLE_CALL_TO_ACTION, (
        r"(?:[^.!?]{0,30}[.!?]\s*)?(?:ecoutez|reecoutez|regardez|visionnez|revoyez|retrouvez)\b.{0,80}"
        r"\b(?:entrevue|entretien|interview|video|extrait|podcast|balado|emission|episode|reportage|session|replay"
        r"|webinaire|conference)\b.{0,80}"
    )),
    # a vendor's button to try its product (« Obtenez mon essai gratuit aujourd’hui », « Tester la solution
    # d’analyse Exemple »), or to download its book (« Télécharger Le guide du commerce local »)
    (ROLE_CALL_TO_ACTION, (
        r"(?:obtenez|demarrez|commencez|demandez|reservez) (?:mon|votre|un|une) (?:essai|demo|demonstration)\b.{0,60}"
        r"|(?:tester|essayer|decouvrir) (?:la solution|la plateforme|l'outil|notre solution|notre outil)\b[^.!?]{0,80}"
        r"|telecharger (?:le |la |l'|notre )?(?:guide|livre|e-?book|modele|checklist)?[^.!?()]{3,100}"
    )),
    # the publisher's book offered at the end of a paragraph's place (« Allez plus loin avec notre livre
    # numérique : … »)
    (ROLE_CALL_TO_ACTION, (
        r"(?:allez plus loin|pour aller plus loin|telechargez|decouvrez)\b.{0,40}"
        r"\bnotre (?:livre blanc|livre numerique|e-?book|guide)\b.{0,160}"
    )),
    # a link's invitation, whatever it says around it (« Vous avez écrit ce texte ? Cliquez ici pour … »)
    (ROLE_CALL_TO_ACTION, r".{0,160}\bcliquez ici\b.{0,160}"),
    # a button's label and its arrow (« Je réserve ma place → »)
    (ROLE_CALL_TO_ACTION, r"(?:[\w'-]+ ){0,5}[\w'-]+\s*(?:→|➜|➔|>>|»)"),
    (ROLE_CALL_TO_ACTION, (
        r"(?:contactez|abonnez|inscrivez|telechargez|demandez|essayez|reservez|cliquez|appelez|ecrivez|"
        r"rejoignez|commandez|testez|obtenez|profitez)(?:-(?:nous|vous|le|la|les)\b.{0,30}|"
        r"\s+(?:un devis|une demo|une demonstration|gratuitement|maintenant|ici|la newsletter|le livre blanc|"
        r"l'ebook|notre offre|nos offres|votre essai)\b.{0,20})\s*[!.]?"
    )),
    # the publisher presenting itself, above every page (« Cabinet de conseil spécialisé dans … »)
    (
        ROLE_TAGLINE,
        r"(?:cabinet|agence|societe|entreprise|studio|bureau|collectif|reseau|organisme|start-?up|editeur|experts?)"
        r"(?: [\w'-]+){0,4} specialisee?s? (?:dans|en) .{3,100}(?<![.!?])",
    ),
    # a magazine's rubric and issue, pasted with the article (« Dossier : Les marques Magazine N°12 Mai 2025 »),
    # or the issue alone (« N°3, Juin 2024 »)
    (ROLE_TAGLINE, (
        r".{0,80}(?:magazine|revue|numero|edition|hebdo|lettre|newsletter) (?:n°|no\.?|#)\s*\d{1,5}(?: [\w ]{0,20})?"
        rf"|n°\s*\d{{1,4}},?\s+(?:{'|'.join(MONTHS)})\s+\d{{4}}"
    )),
    # « droits réservés », a picture's credit alone on its line (« DR », « D.R. »)
    (ROLE_CAPTION, r"d\.?\s?r\.?"),
    # a wire agency's credit alone in brackets (« ( AFP / JEAN DUPONT ) »: the opening one is left out
    # before the rules are tried)
    (ROLE_CAPTION, rf"(?:{WIRE_AGENCIES})\s*/\s*[^()]{{2,40}}\)"),
    # a picture bank's number and its description in English (« 4812337 - woman using a tablet in a shop »)
    (ROLE_CAPTION, r"\d{6,10}\s+-\s+[a-z][^.!?]{10,200}"),
    # the site's address and its motto, as its banner shows them (« exemple.net | L’actualité en continu »)
    (ROLE_TAGLINE, rf"{SITE_ADDRESS}\s*[|·•—–-]\s*[^.!?|]{{2,80}}[!.]?"),
    # … or side by side, the motto naming what the site is (« exemple.fr Le site des pros du commerce »)
    (ROLE_TAGLINE, (
        rf"{SITE_ADDRESS}\s+(?:le|la|les|l')\s?(?:site|magazine|media|journal|portail|blog|quotidien|reference)\b"
        r"[^.!?|]{0,80}"
    )),
    # a site's skip links side by side (« Aller au menu Aller au contenu Aller à la recherche »)
    (ROLE_INTERFACE, (
        r"(?:(?:aller|passer|acceder) (?:au|a la|aux|a l') ?(?:menu|contenu|recherche|navigation|pied de page)"
        r"(?: principale?)?\s*)+"
    )),
    # a prompt to sign in, a browser's warning (« Identifiez-vous pour sauvegarder cet article ! »,
    # « Page indisponible sur ce navigateur », « Activez JavaScript »)
    (ROLE_INTERFACE, (
        r"(?:identifiez|connectez)[- ]vous\b.{0,120}"
        r"|(?:site|page) (?:non disponible|indisponible) sur ce navigateur.{0,120}"
        r"|votre navigateur (?:n'est pas|est obsolete|n'est plus).{0,120}"
        r"|(?:veuillez |merci d'|vous devez )?activer (?:le |votre )?javascript.{0,80}"
        r"|javascript est (?:desactive|requis).{0,80}"
        r"|.{0,80}\b(?:consulter|ouvrir|afficher) (?:le|ce) site (?:sur|avec|dans) "
        r"(?:chrome|edge|safari|firefox|un autre navigateur).{0,80}"
    )),
    # the site's banner above a section's pages (« Vous naviguez sur le site Exemple »)
    (ROLE_TAGLINE, r"vous (?:naviguez|etes|vous trouvez) (?:actuellement )?sur (?:le site|la plateforme) .{1,60}"),
    # a service’s invitation under the headline (« Lancez votre projet avec nos experts »)
    (ROLE_CALL_TO_ACTION, r"(?:demarrez|lancez|commencez|concretisez|accelerez) votre projet\b.{0,100}(?<![.!?])"),
    # the publisher's offer set in capitals in the middle of its article (« NOTRE OFFRE … »; folded)
    (ROLE_CALL_TO_ACTION, r"(?:notre offre|nos offres|decouvrez notre offre|decouvrez nos offres)\b[^.!?]{0,80}"),
    # an agency's offer inside its own article (« Faites appel à nos experts en référencement ! »)
    (
        ROLE_CALL_TO_ACTION,
        r"faites appel a (?:notre|nos) (?:equipe|expert|experte|experts|agence|specialistes?)\b.{0,80}",
    ),
    # a downloadable document's promotion (« Un livre blanc complet pour … »): a study cited in the
    # text is said to show or find something, not to be « pour » something
    (ROLE_CALL_TO_ACTION, r"(?:un|notre|votre) (?:livre blanc|e-?book|guide gratuit)(?: \w+)? pour .{0,140}"),
    # a newsletter's promotion, after the word of its icon (« mail Découvrez la Lettre de … ! »)
    (ROLE_CALL_TO_ACTION, (
        r"(?:(?:mail|e-?mail|icone?|newsletter)\s+)?"
        r"(?:decouvrez|recevez|je decouvre|je recois|(?:abonnez-vous|inscrivez-vous|je m'abonne|je m'inscris) a)\b"
        r".{0,120}\bnewsletters?\b.{0,100}"
    )),
    # a newsletter's promise (« Tous les matins, recevez l'essentiel de … »; folded)
    (ROLE_CALL_TO_ACTION, (
        r"(?:chaque|tous les|toutes les) (?:matins?|jours?|soirs?|semaines?|lundis?|mardis?|mercredis?|jeudis?"
        r"|vendredis?|samedis?|dimanches?|mois),? recevez\b[^!?]{0,150}"
    )),
    # a blog engine's tag left in the text (« [caption id="…"] »), and the caption it opens
    # (the line's opening bracket is left out before the rules are tried)
    (ROLE_INTERFACE, r"/?[a-z_]+(?: [a-z_]+=\"[^\"]*\")+\]"),
    (ROLE_CAPTION, r"[^\[]{0,200}\[/caption\]"),
    # a picture's placeholder its template left (« title.. », « alt »)
    (ROLE_CAPTION, r"(?:title|alt|alt text|image|placeholder|article cover|cover image|featured image)\.*"),
    # the author's portrait's text (« Jeanne Roy - Image Avatar »)
    (ROLE_CAPTION, r"[^.!?]{1,60} - (?:image )?avatar"),
    # a banner's alternative text (« Bannière fine - Salon 2024 (13) »)
    (ROLE_CAPTION, r"banniere\b[^.!?]{0,80}"),
    # a link to another of the site's articles (« Ne manquez pas notre article : Titre »)
    (ROLE_READ_ALSO, r"ne manquez pas (?:notre|cet|l')\s?(?:article|dossier|analyse)\b.{0,200}"),
    # the file the article belongs to (« Cet article fait partie de notre dossier : Le commerce et l’IA »)
    (ROLE_READ_ALSO, (
        r"cet article (?:est reference|est classe|fait partie|figure) (?:dans|de) (?:notre|le) dossier\b.{0,150}"
    )),
    # ... or asking (« Cet article pourrait vous intéresser : Titre »)
    (ROLE_READ_ALSO, (
        r"(?:cet article|ces articles|ceci) (?:pourrai(?:en)?t|devrai(?:en)?t) (?:aussi |egalement )?"
        r"vous interesser\b.{0,200}"
    )),
    # an embedded post's signature (« — Jeanne Roy (@jroy) March 14, 2024 »; the dash is stripped)
    (ROLE_INTERFACE, r"[^()]{1,60}\(@[\w.]{1,30}\)\s+.{6,30}\d{4}"),
    # the text a blog engine writes for a picture left without one (« L'attribut alt de cette image
    # est vide, son nom de fichier est … »)
    (ROLE_CAPTION, r"l'attribut alt de cette image est vide\b.{0,200}"),
    # a rating widget: its label, its mean and count of votes (« Évaluation de l'article », « 4.5 12 votes »)
    (ROLE_INTERFACE, r"(?:evaluation|notation|note) de (?:l'article|cet article)|\d(?:[.,]\d)?\s+\d{1,6}\s+votes?"),
    # a blog template's fields, empty or not (« Auteur/autrice de la publication : », « Post category:… »)
    (ROLE_TAGS, r"(?:auteur/autrice de la publication|post category|categorie de l'article)\s*:.{0,80}"),
    # a related link opening on its label, the title right after it (« à lire aussi Le titre »)
    (ROLE_READ_ALSO, r"(?:a lire aussi|lire aussi|a lire egalement)\s+\S.{3,150}(?<![.!?])"),
    # a sponsored article's label (« [Publirédactionnel par Exemple] », « Article sponsorisé par Exemple »)
    (ROLE_SPONSOR, (
        r"(?:publi-?redactionnel|publi-?reportage|(?:contenu|article|tribune) partenaire|(?:article|contenu) "
        r"sponsorise)\b[^.!?]{0,60}\.?"
    )),
    # a picture's credit with its photographer (« Photo Flickr by Nom http://… »), a video's sound
    # (« ♬ son original – Nom »)
    (ROLE_CAPTION, r"photo(?: \w+)? (?:by|par) [^!?]{2,140}|son original\b[^.!?]{0,60}"),
    # a rubric's name closed by a detached period (« Digital . »)
    (ROLE_TAGS, r"[^\W\d_]+(?: [^\W\d_]+)?\s+\."),
    # a link's prompt closing a short line (« … à notre lettre hebdomadaire - Cliquez ICI »)
    (ROLE_CALL_TO_ACTION, r".{0,80}\b(?:cliquez|clique|click) (?:ici|here)\s*[!.]?"),
    # a newsletter's promotion with its button glued after it (« Chaque lundi, nos idées. Je m'abonne »)
    (ROLE_CALL_TO_ACTION, (
        r".{0,200}[.!?…]\s+(?:je m'abonne|je m'inscris|s'abonner|s'inscrire|abonnez-vous|inscrivez-vous)"
    )),
    # an author box's line: the role, then the link to the author's other articles
    (ROLE_BYLINE, (r"[^|]{2,80}\|\s*(?:plus de publications|voir (?:tous )?ses articles|tous ses articles)")),
    # a street's line of a postal address (« 12 bis rue des Lilas »)
    (ROLE_POSTAL, (
        r"\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|allee|place|chemin|impasse|quai|route|cours"
        r"|square|passage)\s+[^.!?:;]{2,50}"
    )),
    # an address, and the phone number a contact line may give after it
    (ROLE_EMAIL, rf"(?:(?:e-?mail|courriel|contact)\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*[|·•-]?\s*{PHONE})?"),
    # a web address, or an image's, whole or the end of a markdown image's link (« …/photo-vitrine.jpg) »)
    (ROLE_ADDRESS, (r"(?:https?://|www\.)\S+|\S+\.(?:jpe?g|png|gif|webp|svg|avif)(?:\?\S*)?\)?")),
    (
        ROLE_CAPTION,
        (
            r"(?:\[\s*(?:image|photo|img|figure|video)[^\]]*\]|(?:image|photo|img|illustration|figure|visuel|infographie)(?:\s*\d+)?"
            r"|(?:image|photo|visuel) d'illustration|illustration|(?:image|photo) (?:non disponible|indisponible)"
            r"|placeholder(?: video| image)?|loading\W*|chargement\W*|texte alternatif(?: de l'image)?)"
            rf"|{ALT_TEXT}"
            r"|(?:credits?|credit photo|credits? photos?|copyright photo|photo|image|illustration|visuel|infographie|"
            r"source (?:de l')?(?:image|photo|visuel)"
            r"|copyright)\s*:.{0,80}"
            # a photo's credit, then its caption (« Photo : Exemple Images  Une vendeuse … »)
            r"|(?:photo|credit photo|credits? photos?)\s*:.{0,150}"
            # « Image générée par IA », « Visuel réalisé avec Exemple »: a tool's name, no sentence after it
            r"|(?:image|illustration|visuel|photo|video|infographie)s? (?:generee?s?|realisee?s?|creee?s?)(?: (?:avec|"
            r"par|grace a|a l'aide d(?:e |'|u |es )) ?[^:?!]{0,60})?"
            r"|(?:\S+\s+){0,4}(?:©|\(c\))(?:\s*\S+){0,6}(?<![.!?])"
            r"|[^()]{0,140}\((?:©|\(c\)|credits?\b|photo\b|image\b|illustration\b)[^()]{0,60}\)"
            rf"|(?:\S+\s+){{0,3}}\S*(?:{STOCK_SITES})\S*(?:\s*\S+){{0,3}}(?<![.!?])"
        ),
    ),
    (
        ROLE_READ_ALSO,
        (
            r"(?:a lire(?: aussi| egalement| en complement| ensuite)?|lire (?:aussi|egalement|plus)|(?:a )?voir aussi|"
            r"sur le meme (?:sujet|theme)|dans la meme serie|a decouvrir(?: aussi| egalement)?|decouvrez aussi|"
            r"suivez (?:la|notre) couverture(?: complete)?|"
            r"articles? (?:similaires|connexes|lies|associes|recommandes)|contenus? similaires?|"
            r"vous (?:aimerez|pourriez aimer|aimeriez) (?:aussi|egalement)|"
            r"(?:ca|cela|ceci) (?:peut|pourrait) vous (?:interesser|plaire)|related(?: posts?| articles?)?|"
            r"read (?:also|next)|see also|"
            r"(?:nos |les )?(?:derniers|autres) articles|articles? recents?)\b"
            r"(?:\s+sur\s+[\w.'-]+(?: [\w.'-]+){0,2})?\s*(?:[:>-].*)?"
        ),
    ),
    (
        ROLE_TAGS,
        (
            r"(?:tags?|mots?-cles?|etiquettes?|categories?|rubriques?|classe dans|publie dans|filed under|"
            r"posted in|themes?)\s*:.{0,100}"
        ),
    ),
    (
        ROLE_COUNTER,
        (
            r"(?:(?:lire|voir|afficher) (?:les )?)?"
            r"\d+\s+(?:commentaires?|vues?|lectures?|partages?|likes?|j'aime|reactions?|reponses?|views?|comments?|shares?)"
            rf"|{COMMENT_COUNT}"
            r"|(?:lectures?|vues?|views?)\s*:\s*\d[\d\s.]*"
        ),
    ),
    (
        ROLE_COOKIES,
        (
            r".*(?:(?:nous|ce site|notre site) utilis\w* des cookies|en poursuivant (?:votre|la) navigation|"
            r"accepte[rz]? les cookies|depot de cookies|choix de consentement"
            # the consent box's label (« Pour gérer vos consentements : »)
            r"|gerer (?:vos|mes|les) (?:consentements|cookies|preferences de cookies)).*"
        ),
    ),
    (
        ROLE_LEGAL,
        (
            r"(?:.{0,60}\s)?tous droits reserves\b.{0,100}"
            r"|.{0,80}\b(?:sous|selon les termes de la) licence (?:creative commons|cc[ -]by)\b.{0,160}"
        ),
    ),
    # a printed table of contents: a section, dot leaders, its page (« 3.2 Méthode . . . 41 »)
    (ROLE_CONTENTS_ENTRY, r".{2,140}?(?:\s?\.(?:\s\.){2,}|\.{4,})\s*\d{1,4}(?:\s.{0,140})?"),
    (
        ROLE_COMMENT_FORM,
        (
            r"votre adresse (?:e-?mail|de messagerie) ne sera pas publiee.*|les champs obligatoires sont indiques.*"
            r"|enregistrer mon nom,? mon e-?mail.*|(?:nom|e-?mail|site web|commentaire)\s*\*"
        ),
    ),
)
# The rules as one pattern, one named branch each: a line is matched once, not once per rule.
LINE_PATTERN = re.compile("|".join(f"(?P<rule{index}>{pattern})" for index, (_, pattern) in enumerate(LINE_RULES)))
IMAGE_DESCRIPTION_INITIALS = frozenset("IiCcSsVvGgFfPp")
# An advertisement's text closed by its label and the ad network (« … votre famille Publicité par
# Exemple Ads »): the label's capital sets it apart from a phrase (« la publicité par ciblage »).
# Looked for in a line's last characters only.
ADVERT_LABEL = re.compile(r"\S\s+(?:Publicité|Sponsorisé|Annonce) par [A-ZÀ-Ý][\w.-]*(?: [A-ZÀ-Ý][\w.-]*)?\s*$")
MAX_ADVERT_LABEL_LENGTH = 60
# A stock picture's description: short sentences that never start with a capital (« fond abstrait
# bleu avec des lignes. illustration technologique. rendu 3d. »); on the original text.
STOCK_DESCRIPTION = re.compile(r"[a-zà-ÿ][^.!?]*\.(?:\s+[a-zà-ÿ0-9][^.!?]*\.){2,}\s*")
IMAGE_DESCRIPTION = re.compile(
    r"(?:infographie|illustration|image|photo|capture d'ecran|schema|visuel|graphique|figure)\s+"
    r"(?:presentant|montrant|representant|illustrant|resumant|detaillant|comparant)\b[^.!?]*[.!?]?"
)
# Interface labels side by side on one line (« Se désabonner | Gérer mes préférences »).
LABEL_SEPARATORS = re.compile(r"\s*[|·•]\s*")
# A photographer's name after a caption, in capitals or after « © » (« - JEAN DUPONT »), or the
# picture's credits named one by one (« Photo Jeanne Martin / Stylisme Paul Roy »).
CREDIT_AFTER_CAPTION = re.compile(
    r"\s*[-–—/|]\s*(?:©\s*)?[A-ZÀ-Ý][A-ZÀ-Ý' .-]{2,40}|\s*©\s*\S.{0,40}"
    # a name in words that each start with a capital or a figure (« — Exemple Studio », « - J.Roy/Exemple24 »)
    r"|\s*[-–—]\s*[A-ZÀ-Ý][\w.'’&]*(?:[ /][A-Z0-9À-Ý][\w.'’&]*){0,4}"
    r"|\s+(?:Photos?|Crédits?|Credits?)\s*:?\s*[A-ZÀ-Ý][\w’'-]+ [A-ZÀ-Ý].{0,160}"
)
# A caption pasted twice (the picture's text, then its caption) that ends on its source in
# brackets, an agency or a brand (« … lors du salon. (AFP) », « … sa jumelle numérique (Exemple) »):
# the article's own sentences never come twice in a row.
AGENCY_IN_BRACKETS = re.compile(r"\([A-ZÀ-Ý][\w&.'’-]*(?:[ /][A-ZÀ-Ý&][\w&.'’-]*){0,2}\)$")
# A caption of any length may end on its credit (« … dans une boutique. © Nom - banque d'images »),
# found in its last characters (the line is folded).
CREDIT_AT_END = re.compile(rf"{CREDIT_ENDING}$")
# How a line whose credit has no « © » nor « | » ends (« (Banque/Nom) », « CC BY-SA », « Auteur »):
# only such lines are searched for the credit.
CREDIT_LAST_CHARACTERS = (")", "SA", "NC", "ND", "BY", ".0", "Auteur", "Auteurs", "auteur", "auteur.")
MAX_CREDIT_LENGTH = 80
# A cookie banner is one long line, but says what it is in its first words.
COOKIE_WORDS = re.compile(r"cookies|traceurs|navigation")
COOKIE_NOTICE = re.compile(
    r"(?:nous|ce site|notre site)(?: web| internet)? utilis\w* des (?:cookies|traceurs)"
    r"|en poursuivant (?:votre|la) navigation"
    r"|en cliquant sur .{0,20}\bvous acceptez\b.{0,60}\b(?:cookies|traceurs)"
)
# An image's file name left as a line of its own (« comment-ia-transforme-le-metier »), or glued to
# the paragraph after it (« email-messagerie-futurDerrière … », on the original text): lower-case
# words joined by hyphens, no space.
FILE_NAME = re.compile(
    r"[a-z0-9]+(?:[-_][a-z0-9]+){2,}(?:\.(?:jpe?g|png|gif|webp|svg|avif))?"
    # two words are enough when one names a picture's slot (« header-image », « hero_banner »)
    r"|(?=\S*\b(?:image|img|header|banner|hero|thumbnail|featured|cover|visuel)\b)[a-z0-9]+[-_][a-z0-9]+"
)
GLUED_FILE_NAME = re.compile(r"(?P<prefix>[a-z0-9]+(?:-[a-z0-9]+){2,})(?=[A-ZÀ-Ý][a-zà-ÿ])")
# A first name alone, as a blog signs its posts just above the dateline (« Gérald »).
FIRST_NAME = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]{2,}(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?")
# ... unless it ends as a common noun does: the page's kind (« Définition », « Lancement »).
COMMON_NOUN_ENDING = re.compile(r"(?:tion|sion|ment|ité|isme|ique)$")
# A name and the person's role, under the headline (« Jeanne ROY, avocate », « Paul Lenoir –
# directeur marketing chez Exemple », « Par Lise Marchal, responsable … »): the author, as bylines
# present them.
AUTHOR_ROLES = (
    "avocat|avocate|journaliste|rédacteur|rédactrice|consultant|consultante|fondateur|fondatrice|cofondateur|"
    "cofondatrice|co-fondateur|co-fondatrice|directeur|directrice|président|présidente|responsable|ceo|cmo|cto|"
    "managing|partner|associé|associée|expert|experte|professeur|professeure|chercheur|chercheuse|chef|head"
)
NAME_WITH_ROLE = re.compile(
    rf"(?:(?i:par|by)\s+)?(?P<name>[A-ZÀ-Ý][\w’'-]+(?: [A-ZÀ-Ý][\w’'-]+){{1,2}})"
    rf"\s*[,–—-]\s*(?i:{AUTHOR_ROLES})\b[^.!?]{{0,60}}"
)
# A partner or sponsor named above the article (« Avec Exemple Conseil », « En partenariat avec Exemple »),
# on the original text: capitals tell a name.
SPONSOR_LINE = re.compile(
    r"(?i:(?:en )?partenariat avec|en collaboration avec|avec le soutien d[eu]|sponsorisé par|présenté par|"
    r"proposé par|avec|sponsored by|presented by)\s+[A-ZÀ-Ý][\w’'&.-]*(?:\s+(?:&\s+)?[A-ZÀ-Ý][\w’'&.-]*){0,3}"
)
# The sponsor line's word that may also open a section's heading (« Avec ChatGPT »).
BARE_SPONSOR_WORD = "avec "
# A person's name, as an author's picture and name show it twice above the article; a surname may
# hold an apostrophe (« Le Guyomarc’h », « O’Neil »).
NAME_PART = r"[A-ZÀ-Ý](?:[a-zà-ÿ]+(?:['’][A-Za-zà-ÿ][a-zà-ÿ]*)?|['’][A-ZÀ-Ý][a-zà-ÿ]+)(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"
PERSON_NAME = re.compile(rf"{NAME_PART}(?: {NAME_PART}){{1,2}}")
# A headshot's caption: the name, a semicolon, the role (« Jeanne Roy; Directrice, Exemple SA »).
HEADSHOT_CAPTION = re.compile(r"[A-ZÀ-Ý][\w’'-]+(?: [A-ZÀ-Ý][\w’'-]+){1,2}\s*;\s*[^.!?;]{2,80}\.?")
# A person's name and role on a line of their own (« Jeanne Roy, directrice de Exemple »), of any role.
SPEAKER_LINE = re.compile(rf"{PERSON_NAME.pattern}\s*,\s*[^.!?]{{2,80}}")
# What a template may put alone on a line between the author's name and role.
NAME_ROLE_SEPARATORS = frozenset({",", "-", "–", "—", "|", "·"})
# The author's handle on a social network, alone on its line under the byline (« @jroy_redac »);
# on the original text.
SOCIAL_HANDLE = re.compile(r"@[\w.]{2,30}")
# A user's handle, as a blog platform signs a post with it (« jroy75 », « marie_l »).
USER_HANDLE = re.compile(r"[a-z][a-z0-9_.]{2,30}\d[a-z0-9_]*|[a-z]+_[a-z0-9_]+")
# A name pasted twice, glued or not (« Léa MarinLéa Marin »).
NAME_TWICE = re.compile(r"(?P<name>\S.*?)\s?(?P=name)")
# Tags pasted without spaces: a capitalised acronym glued to the next word, twice or more
# (« GPTpublicité IAcréatif… », on the original text).
GLUED_TAGS = re.compile(r"[A-ZÀ-Ý]{2,}[a-zà-ÿ]{3,}")
# A post's categories near its headline, joined by commas, each a capitalised phrase of a few words
# (« Bonnes pratiques, Marque employeur, Réseaux sociaux, Tendances »): no sentence; on the original text.
CATEGORY_LIST = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?: [\w'’-]+){0,3}(?:, [A-ZÀ-Ý][\w'’-]*(?: [\w'’-]+){0,3}){3,}")
MAX_TAG_LINE_WORDS = 15
# A breadcrumb: a home word then a separator or, pasted without spaces, the next capitalised step
# (on the original text: capitals matter); or three short steps joined by ">", "›", "»", "|", "→".
GLUED_BREADCRUMB = re.compile(r"(?:Accueil|ACCUEIL|Home|HOME)(?:\s*[>›»/|→:]\s*|(?=[A-ZÀ-Ý]))(?P<rest>.+)")
# Steps joined by one mark, doubled or repeated around an empty step (« Science >> Science >  >> Autres »).
BREADCRUMB_STEPS = re.compile(r"(?:\s+(?:>>?|[›»|→]))+\s+")
# A line opening on an arrow is a sequence of steps the text describes (« → Email envoyé → Réponse
# dans 24 h »), not a breadcrumb, which opens on the site's home.
ARROW_OPENING = ("→", "->", "=>")
# After a home word, steps joined with or without spaces (« Accueil > Rubrique », « Home»Rubrique»Titre »).
GLUED_BREADCRUMB_STEPS = re.compile(r"\s*[>›»|→]\s*")
GLUED_STEP = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý][a-zà-ÿ])")
LEADING_NON_LETTERS = re.compile(r"^[^\w©]+")
# A dateline pasted at the start of the article's first sentence (« date 2024-03-12 Avec l’IA… »).
DATELINE_PREFIX = re.compile(
    r"(?P<prefix>(?i:date|publi[ée] le|mis à jour le|posted on)\s*:?\s*"
    r"(?:\d{4}-\d{2}(?:-\d{2})?|\d{1,2}(?:er)?\s+\w+\.?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}))\s+(?=[A-ZÀ-Ý«\"“])"
)
# A news agency's byline pasted before the first sentence (« par Jeanne Roy (Reuters) - Le groupe… »).
WIRE_BYLINE_PREFIX = re.compile(
    r"(?P<prefix>(?:[Pp]ar|By) [A-ZÀ-Ý][\w’'-]+(?: [A-ZÀ-Ý][\w’'-]+){1,3}"
    r" \((?:Reuters|AFP|AP|Bloomberg|Belga|ATS|Relaxnews)\)\s*[-–—]\s*)(?=[A-ZÀ-Ý«\"“])"
)
# A date pasted against the first word of the text, with no space (« 4 février 2025Dans une rue… »).
GLUED_DATE = re.compile(
    r"(?P<prefix>\d{1,2}(?:er)?\s+(?i:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
    r"décembre)\s+\d{4}"
    # ... or in figures (« 16/10/2025En 2025, … »)
    r"|\d{2}/\d{2}/\d{4})(?=[A-ZÀ-Ý])"
)
# A share button or a template's label pasted before the title on its line (« PARTAGER Comment
# l’IA… », a WordPress theme's « You are currently viewing <titre> »; on the original text:
# capitals matter, so a sentence opening with the verb « Partager » is content).
GLUED_INTERFACE_PREFIX = re.compile(
    r"(?P<prefix>(?:PARTAGER|PARTAGEZ|SHARE|You are currently viewing|Vous consultez actuellement|"
    r"Vous lisez actuellement)\s*:?(?=\s+[A-ZÀ-Ý0-9«\"“])"
    # a subscribe button, an advertisement's label or a link back pasted against the first word,
    # with no space (« Je m'abonneLes marques… », « PublicitéSans surprise… », « Retour aux articlesUn… »)
    r"|(?:Je m['’]abonne|S['’]abonner|Publicité|PUBLICITÉ|Retour aux articles|Retour au blog|Toggle)(?=[A-ZÀ-Ý]))\s*"
)
# A rubric in capitals before the first words, glued or closed by a period (« TECHNOLOGIELes robots… »,
# « PROSPECTIVE. L’IA… »); on the original text.
GLUED_RUBRIC = re.compile(r"(?P<prefix>[A-ZÀ-Ý]{4,})(?:\.\s+|(?=[A-ZÀ-Ý][a-zà-ÿ]))(?=[A-ZÀ-Ý])")
# ... or a dash after it, in several words or one long word (« REPORTAGE RADIO - Les boulangers… »): an
# acronym may open a sentence that way (« RGPD - ce qu’il change »).
DASHED_RUBRIC = re.compile(
    r"(?P<prefix>[A-ZÀ-Ý]{6,}(?: [A-ZÀ-Ý]{2,}){0,3}|[A-ZÀ-Ý]{2,}(?: [A-ZÀ-Ý]{2,}){1,3})\s+[-–—]\s+(?=[A-ZÀ-Ý])"
)
# A line of hashtags only (« #pratiquesnumeriques », « #IA #retail »): the page's tags. A Markdown
# heading has a space after its mark.
HASHTAG_LINE = re.compile(r"#[^\W\d_][\w’'-]*(?:[\s,]+#[^\W\d_][\w’'-]*)*")
# The page's topic as a hashtag pasted before the standfirst (« #IA générative Les marques… »).
GLUED_HASHTAG = re.compile(r"(?P<prefix>#[^\W\d_][\w’'-]*(?: [a-zà-ÿ][\w’'-]*){0,2})\s+(?=[A-ZÀ-Ý«\"“])")
# « À lire aussi » in capitals, the linked article's title right after it with no separator.
READ_ALSO_GLUED = re.compile(r"(?:[ÀA] )?LIRE (?:AUSSI|ÉGALEMENT|EGALEMENT)\s+[A-ZÀ-Ý«\"“]")
# French function words: a caption left over from an image is a string of keywords without them.
FUNCTION_WORDS = frozenset(
    "le la les l un une des du de d au aux a et ou en dans par pour sur avec sans sous vers chez "
    "que qui quoi dont ce cet cette ces son sa ses leur leurs notre nos votre vos est sont".split()
)
# The function words English does not share (« a », « on », « en »… are in both): a long line
# holding one of them is French.
FRENCH_ONLY_WORDS = FUNCTION_WORDS - {"a"}
WORD = re.compile(r"\w+")
# What a headline may end on and a picture's keywords never do.
HEADLINE_ENDINGS = ("?", "!")

"""Page chrome: the lines of a pasted web page that belong to the site, not to the article.

Menus, breadcrumbs, share and contact buttons, bylines and datelines, image captions and credits,
« À lire aussi » links, empty « Sommaire » labels… are recognised by general rules on the shape
and words of a line and of its neighbours, never by site: the rules are the tables below. Each
dropped line keeps its number and what it was read as, so the editor is told (advice, file:line);
a byline or dateline also gives the article's date and author. Real content is never dropped:
a rule fires on a whole line only, and long lines are never compared with the patterns.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from dossier_ia.reading.dates import parse_date, read_byline
from dossier_ia.reading.lines import BULLET_ITEM, ENDS_A_SENTENCE, MAX_HEADING_LENGTH, Line, folded, is_heading_like, list_match

# Chrome lines are short: longer lines are content, whatever words they hold (except the
# description of an image, which may be long but says so in its first words).
MAX_CHROME_LENGTH = 160
MAX_IMAGE_DESCRIPTION_LENGTH = 400
MAX_MENU_ITEM_WORDS = 4
MAX_MENU_ITEM_LENGTH = 40
MIN_MENU_ITEMS = 3
# Above the article, a run of this many one- or two-word lines is a menu even without menu words.
MIN_TOP_MENU_ITEMS = 4
MAX_TOP_MENU_ITEM_WORDS = 2
MAX_BREADCRUMB_ITEMS = 4
MIN_CAPTION_WORDS = 3
MIN_PROSE_WORDS = 6

ROLE_INTERFACE = "un élément de l’interface du site (bouton, lien ou étiquette)"
ROLE_SHARE = "des boutons de partage"
ROLE_CALL_TO_ACTION = "un bouton d’appel à l’action"
ROLE_PHONE = "un numéro de téléphone"
ROLE_EMAIL = "une adresse e-mail seule"
ROLE_ADDRESS = "une adresse web seule (image ou lien de suivi)"
ROLE_SYMBOLS = "une ligne sans mots (ponctuation, séparateur ou compteur)"
ROLE_BREADCRUMB = "un fil d’Ariane"
ROLE_BYLINE = "une signature ou une date de publication"
ROLE_READ_ALSO = "un lien « À lire aussi »"
ROLE_CAPTION = "une légende, un crédit ou un texte de remplacement d’image"
ROLE_EMPTY_LABEL = "une étiquette de sommaire sans contenu"
ROLE_CONTENTS_ENTRY = "une entrée du sommaire (l’intertitre suit plus bas)"
ROLE_MENU = "un menu de navigation"
ROLE_TAGS = "les étiquettes ou la rubrique de la page"
ROLE_COUNTER = "un compteur (commentaires, vues, partages)"
ROLE_COOKIES = "un bandeau de cookies"
ROLE_COMMENT_FORM = "le formulaire de commentaires"

# Whole-line labels of a site's interface (folded: lower case, no accents, plain apostrophes).
INTERFACE_LABELS = frozenset({
    "fermer", "close", "menu", "ouvrir le menu", "fermer le menu", "rechercher", "recherche", "search",
    "accueil", "home", "page d'accueil", "partager", "share", "imprimer", "print", "publicite",
    "advertisement", "sponsorise", "contenu sponsorise", "article sponsorise", "annonce",
    "source link", "lien source", "source", "lire la suite", "read more", "voir plus", "en savoir plus",
    "afficher plus", "voir tout", "retour", "retour en haut", "haut de page", "back to top", "top of page",
    "skip to main content", "skip to content", "aller au contenu", "aller au contenu principal",
    "passer au contenu", "je m'abonne", "s'abonner", "abonnez-vous", "newsletter", "inscription",
    "s'inscrire", "connexion", "se connecter", "mon compte", "login", "sign in", "panier", "contact",
    "contactez-nous", "nous contacter", "suivez-nous", "commentaires", "commentaire",
    "laisser un commentaire", "repondre", "reply", "j'aime", "like", "envoyer", "valider", "accepter",
    "refuser", "tout accepter", "tout refuser", "precedent", "suivant", "article precedent",
    "article suivant", "previous", "next", "telecharger", "ecouter", "ecouter l'article",
    "ecouter cet article", "agrandir", "a propos de l'auteur", "l'auteur", "biographie",
})
# Words of a navigation menu: a run of short lines holding some of them is a menu.
MENU_WORDS = frozenset({
    "accueil", "home", "blog", "actualites", "actus", "news", "contact", "a propos", "qui sommes-nous",
    "services", "nos services", "offres", "nos offres", "tarifs", "ressources", "podcast", "videos",
    "evenements", "agenda", "equipe", "carrieres", "emploi", "recrutement", "faq", "aide", "magazine",
    "dossiers", "guides", "formations", "boutique", "mentions legales", "plan du site", "newsletter",
    "se connecter", "connexion", "abonnement", "s'abonner", "rechercher", "menu", "partenaires",
})
HOME_WORDS = frozenset({"accueil", "home", "page d'accueil"})
MAX_HOME_WORD_LENGTH = 20
EMPTY_LABELS = frozenset({
    "sommaire", "plan de l'article", "plan", "table des matieres", "table of contents", "contents",
    "au sommaire", "dans cet article", "contenu de l'article", "contenus", "navigation",
    "sommaire de l'article", "table des matieres de l'article",
})
# Words of an English interface (« Skip to main content », « Brief news summary »): a short line
# made of them only is the page's template, not the French article. Subject words (« Big Data »,
# « Marketing ») are not in it.
ENGLISH_INTERFACE_WORDS = frozenset(
    "skip main content top page table contents brief news summary lang language icon read more share "
    "home menu search close next previous back related posts post comments comment leave reply posted "
    "by tags categories subscribe sign up login log follow us this article ago view all load loading "
    "click here image photo credit source link print email copy about author written updated published "
    "privacy policy terms accept settings en fr of to the a an and or for with on in at min minute minutes".split()
)
# One-line rules: what the line is read as, and its pattern on the folded line stripped of its
# leading bullet, emoji or punctuation (the whole line must match). The first rule that matches
# names the line.
LINE_RULES: tuple[tuple[str, str], ...] = (
    (ROLE_PHONE, (
        r"(?:(?:tel|telephone|phone|appelez(?:-nous)?|contact|standard|hotline|service client|numero)\s*\.?\s*:?\s*)?"
        r"(?:\+\d{1,3}\s?(?:\(0\)\s?)?\d(?:[\s.-]?\d{1,3}){3,5}|0\d(?:[\s.-]?\d{2}){4})(?:\s*\([^)]{0,40}\))?"
    )),
    # No words at all; a lone figure (« 87 % », « 12 000 € ») is content, though.
    (ROLE_SYMBOLS, (r"[^\w%€$£]*|[^\w%€$£]*\d[\d\s.,:/|-]*[^\w%€$£]*")),
    (ROLE_INTERFACE, (
        r"(?:retour|revenir) (?:a|au|aux|vers) (?:la |les |l')?(?:toutes les |tous les )?"
        r"(?:actualites|articles|blog|liste|accueil|sommaire|news)\b.{0,30}"
        r"|(?:source\s+)?lire (?:sur|l'article sur|la suite sur) [\w.-]+"
    )),
    (ROLE_EMPTY_LABEL, (rf"(?:{'|'.join(map(re.escape, sorted(EMPTY_LABELS)))})\s*:?")),
    (ROLE_INTERFACE, (rf"(?:{'|'.join(map(re.escape, sorted(INTERFACE_LABELS)))})\s*[:!.]?")),
    (ROLE_SHARE, (
        r"(?=.*\b(?:partag|share|facebook|twitter|linkedin|pinterest|whatsapp|tweet|messenger|telegram|reddit))"
        r"(?:(?:partager|partagez|partage|share|facebook|twitter|x|linkedin|pinterest|whatsapp|e-?mail|mail|"
        r"imprimer|print|copier|le|lien|sur|par|via|tweet|tweeter|messenger|telegram|reddit|cet|article|"
        r"l'article|ce|contenu|post)\b[\s,|·•/:-]*)+"
    )),
    (ROLE_CALL_TO_ACTION, (
        r"(?:contactez|abonnez|inscrivez|telechargez|demandez|essayez|reservez|cliquez|appelez|ecrivez|"
        r"rejoignez|commandez|testez|obtenez|profitez)(?:-(?:nous|vous|le|la|les)\b.{0,30}|"
        r"\s+(?:un devis|une demo|une demonstration|gratuitement|maintenant|ici|la newsletter|le livre blanc|"
        r"l'ebook|notre offre|nos offres|votre essai)\b.{0,20})\s*[!.]?"
    )),
    (ROLE_EMAIL, (r"(?:(?:e-?mail|courriel|contact)\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    (ROLE_ADDRESS, (r"(?:https?://|www\.)\S+|\S+\.(?:jpe?g|png|gif|webp|svg|avif)(?:\?\S*)?")),
    (ROLE_CAPTION, (
        r"(?:\[\s*(?:image|photo|img|figure|video)[^\]]*\]|(?:image|photo|img|illustration|figure|visuel|infographie)(?:\s*\d+)?"
        r"|(?:image|photo|visuel) d'illustration|illustration|(?:image|photo) (?:non disponible|indisponible)"
        r"|placeholder|loading\W*|chargement\W*)"
        r"|(?:credits?|credit photo|credits? photos?|photo|image|illustration|visuel|source (?:de l')?(?:image|photo|visuel)"
        r"|copyright)\s*:.{0,80}"
        r"|(?:image|illustration|visuel|photo|video|infographie)s? (?:generee?s?|realisee?s?|creee?s?) (?:avec|par|grace a) .{0,60}"
        r"|(?:\S+\s+){0,4}(?:©|\(c\))(?:\s*\S+){0,6}(?<![.!?])"
        r"|(?:\S+\s+){0,3}\S*(?:shutterstock|istock(?:photo)?|getty ?images|adobe ?stock|unsplash|pexels|pixabay|freepik|"
        r"depositphotos|dreamstime|123rf|alamy)\S*(?:\s*\S+){0,3}(?<![.!?])"
    )),
    (ROLE_READ_ALSO, (
        r"(?:a lire (?:aussi|egalement|en complement|ensuite)|lire (?:aussi|egalement|plus)|voir aussi|"
        r"sur le meme (?:sujet|theme)|a decouvrir(?: aussi| egalement)?|decouvrez aussi|"
        r"articles? (?:similaires|connexes|lies|associes|recommandes)|vous (?:aimerez|pourriez aimer|aimeriez) (?:aussi|egalement)|"
        r"(?:ca|cela) (?:peut|pourrait) vous interesser|related(?: posts?| articles?)?|read (?:also|next)|see also|"
        r"(?:nos |les )?(?:derniers|autres) articles|articles? recents?)\b\s*(?:[:>-].*)?"
    )),
    (ROLE_TAGS, (
        r"(?:tags?|mots?-cles?|etiquettes?|categories?|rubriques?|classe dans|publie dans|filed under|posted in|themes?)\s*:.{0,100}"
    )),
    (ROLE_COUNTER, (
        r"\d+\s+(?:commentaires?|vues?|lectures?|partages?|likes?|j'aime|reactions?|reponses?|views?|comments?|shares?)"
    )),
    (ROLE_COOKIES, (
        r".*(?:(?:nous|ce site|notre site) utilis\w* des cookies|en poursuivant (?:votre|la) navigation|accepte[rz]? les cookies).*"
    )),
    (ROLE_COMMENT_FORM, (
        r"votre adresse (?:e-?mail|de messagerie) ne sera pas publiee.*|les champs obligatoires sont indiques.*"
        r"|enregistrer mon nom,? mon e-?mail.*|(?:nom|e-?mail|site web|commentaire)\s*\*"
    )),
)
# The rules as one pattern, one named branch each: a line is matched once, not once per rule.
LINE_PATTERN = re.compile("|".join(f"(?P<rule{index}>{pattern})" for index, (_, pattern) in enumerate(LINE_RULES)))
IMAGE_DESCRIPTION_INITIALS = frozenset("IiCcSsVvGgFfPp")
IMAGE_DESCRIPTION = re.compile(
    r"(?:infographie|illustration|image|photo|capture d'ecran|schema|visuel|graphique|figure)\s+"
    r"(?:presentant|montrant|representant|illustrant|resumant|detaillant|comparant)\b[^.!?]*[.!?]?"
)
# Tags pasted without spaces: a capitalised acronym glued to the next word, twice or more
# (« GPTpublicité IAcréatif… », on the original text).
GLUED_TAGS = re.compile(r"[A-ZÀ-Ý]{2,}[a-zà-ÿ]{3,}")
MAX_TAG_LINE_WORDS = 15
# A breadcrumb: a home word then a separator or, pasted without spaces, the next capitalised step
# (on the original text: capitals matter); or three short steps joined by ">", "›", "»", "|", "→".
GLUED_BREADCRUMB = re.compile(r"(?:Accueil|ACCUEIL|Home|HOME)(?:\s*[>›»/|→:]\s*|(?=[A-ZÀ-Ý]))(?P<rest>.+)")
BREADCRUMB_STEPS = re.compile(r"\s+[>›»|→]\s+")
GLUED_STEP = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý][a-zà-ÿ])")
LEADING_NON_LETTERS = re.compile(r"^[^\w©]+")
# A dateline pasted at the start of the article's first sentence (« date 2024-03-12 Avec l’IA… »).
DATELINE_PREFIX = re.compile(
    r"(?P<prefix>(?i:date|publi[ée] le|mis à jour le|posted on)\s*:?\s*"
    r"(?:\d{4}-\d{2}(?:-\d{2})?|\d{1,2}(?:er)?\s+\w+\.?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}))\s+(?=[A-ZÀ-Ý«\"“])"
)
# French function words: a caption left over from an image is a string of keywords without them.
FUNCTION_WORDS = frozenset(
    "le la les l un une des du de d au aux a et ou en dans par pour sur avec sans sous vers chez "
    "que qui quoi dont ce cet cette ces son sa ses leur leurs notre nos votre vos est sont".split()
)
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Dropped:
    """A line left out of the article, and what it was read as (told to the editor)."""

    line: Line
    role: str


@dataclass(frozen=True)
class ChromeScan:
    """The article's lines without the page chrome, the dropped lines, and what the chrome told:
    the date and author of a byline, the last step of a breadcrumb (the page's own title), and
    where bylines stood (a title sits just above its byline)."""

    content: list[Line]
    dropped: list[Dropped]
    date: dt.date | None = None
    author: str | None = None
    breadcrumb_title: str | None = None
    byline_numbers: frozenset[int] = frozenset()


def scan_page_chrome(lines: Sequence[Line]) -> ChromeScan:
    """Sort the lines into article content and page chrome (one pass of line rules, then the
    rules that look at neighbours: menus, breadcrumb steps, « À lire aussi » titles, captions)."""
    roles: list[str | None] = []
    date = author = breadcrumb_title = None
    bylines: set[int] = set()
    prefixes: list[Dropped] = []
    lines = [_without_dateline_prefix(line, prefixes) for line in lines]
    for prefix in prefixes:
        date = date or parse_date(prefix.line.text)
    for line in lines:
        role, last_step = _line_role(line.text)
        if role is ROLE_BYLINE:
            byline = read_byline(line.text)
            date, author = date or byline.date, author or byline.author
            bylines.add(line.number)
        breadcrumb_title = breadcrumb_title or last_step
        roles.append(role)
    breadcrumb_title = _mark_breadcrumb_items(lines, roles) or breadcrumb_title
    _mark_read_also_titles(lines, roles)
    _mark_contents_entries(lines, roles)
    _mark_menus(lines, roles)
    _mark_captions(lines, roles)
    content = [line for line, role in zip(lines, roles) if role is None]
    dropped = prefixes + [Dropped(line, role) for line, role in zip(lines, roles) if role is not None]
    return ChromeScan(content, dropped, date, author, breadcrumb_title, frozenset(bylines))


def _without_dateline_prefix(line: Line, prefixes: list[Dropped]) -> Line:
    """The line without a dateline pasted before its first sentence (kept in ``prefixes``)."""
    if not line.text[:1].isalpha() or not (match := DATELINE_PREFIX.match(line.text)):
        return line
    prefixes.append(Dropped(Line(line.number, match["prefix"], line.number), ROLE_BYLINE))
    return Line(line.number, line.text[match.end() :], line.last_number)


def _line_role(text: str) -> tuple[str | None, str | None]:
    """What one line is read as on its own (``None``: content), and the title a breadcrumb ends with."""
    if len(text) > MAX_CHROME_LENGTH:
        long_description = (
            len(text) <= MAX_IMAGE_DESCRIPTION_LENGTH and text[:1] in IMAGE_DESCRIPTION_INITIALS
            and IMAGE_DESCRIPTION.fullmatch(folded(text))
        )
        return (ROLE_CAPTION if long_description else None), None
    plain = LEADING_NON_LETTERS.sub("", folded(text)) if not text[0].isalnum() else folded(text)
    if IMAGE_DESCRIPTION.fullmatch(plain):
        return ROLE_CAPTION, None
    if match := LINE_PATTERN.fullmatch(plain):
        rule = next(name for name, value in match.groupdict().items() if value is not None)
        return LINE_RULES[int(rule.removeprefix("rule"))][0], None
    if read_byline(text):
        return ROLE_BYLINE, None
    words = plain.split()
    if words and len(words) <= MAX_MENU_ITEM_WORDS + 1 and all(word in ENGLISH_INTERFACE_WORDS for word in words):
        return ROLE_INTERFACE, None
    if len(words) <= MAX_TAG_LINE_WORDS and len(GLUED_TAGS.findall(text)) >= 2:
        return ROLE_TAGS, None
    steps = _breadcrumb_steps(text)
    if steps:
        last = steps[-1]
        return ROLE_BREADCRUMB, last if len(last.split()) >= MIN_CAPTION_WORDS else None
    return None, None


def _breadcrumb_steps(text: str) -> list[str]:
    if "«" in text or text.startswith("|") or text.endswith(("|", ".")):
        return []
    if match := GLUED_BREADCRUMB.fullmatch(text):
        rest = match["rest"]
        steps = BREADCRUMB_STEPS.split(rest) if BREADCRUMB_STEPS.search(rest) else GLUED_STEP.split(rest)
        return [step.strip() for step in steps if step.strip()]
    steps = BREADCRUMB_STEPS.split(text)
    if len(steps) >= 3 and all(len(step.split()) <= MAX_MENU_ITEM_WORDS for step in steps[:-1]):
        return [step.strip() for step in steps]
    return []


def _mark_breadcrumb_items(lines: Sequence[Line], roles: list[str | None]) -> str | None:
    """A lone « Accueil » followed by a few short list items: the steps of a breadcrumb, the last
    one being the page's title."""
    title = None
    for index, line in enumerate(lines):
        if len(line.text) > MAX_HOME_WORD_LENGTH or folded(line.text) not in HOME_WORDS:
            continue
        position = index + 1
        while position < min(len(lines), index + 1 + MAX_BREADCRUMB_ITEMS):
            item = BULLET_ITEM.match(lines[position].text)
            if not item or item["text"].endswith(ENDS_A_SENTENCE) or roles[position] not in (None, ROLE_INTERFACE):
                break
            position += 1
        if position > index + 1:
            for step in range(index, position):
                roles[step] = ROLE_BREADCRUMB
            title = title or BULLET_ITEM.match(lines[position - 1].text)["text"]
    return title


def _mark_read_also_titles(lines: Sequence[Line], roles: list[str | None]) -> None:
    """« À lire aussi » alone on its line: the next line is the linked article's title."""
    for index, line in enumerate(lines[:-1]):
        if roles[index] is ROLE_READ_ALSO and ":" not in line.text and roles[index + 1] is None and is_heading_like(lines[index + 1].text):
            roles[index + 1] = ROLE_READ_ALSO


def _mark_captions(lines: Sequence[Line], roles: list[str | None]) -> None:
    """An image's alt text or caption: a short line just before an image placeholder or credit,
    or, within the article, a string of keywords (no function words) just before a heading."""
    first_prose = _first_prose(lines, roles)
    for index, line in enumerate(lines[:-1]):
        if roles[index] is not None or len(line.text) > MAX_HEADING_LENGTH or not is_heading_like(line.text) or list_match(line.text):
            continue
        following = lines[index + 1]
        keywords_only = _keywords_only(line.text)
        if roles[index + 1] is ROLE_CAPTION and (keywords_only or _is_placeholder(following.text)):
            roles[index] = ROLE_CAPTION
        elif (
            keywords_only and index > first_prose and roles[index + 1] is None
            and is_heading_like(following.text) and not list_match(following.text)
        ):
            roles[index] = ROLE_CAPTION


def _mark_menus(lines: Sequence[Line], roles: list[str | None]) -> None:
    """Runs of short items not announced by a colon, above or below the article's prose or next
    to other chrome: a menu when a third of them are menu words (« Accueil », « Blog »,
    « Contact »), or when, above the article, they are all one or two words."""
    first_prose = _first_prose(lines, roles)
    last_prose = len(lines) - 1 - _first_prose(lines[::-1], roles[::-1])
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and _is_menu_item(lines[end].text, roles[end]):
            end += 1
        run = range(index, end)
        if len(run) >= MIN_MENU_ITEMS and not (index > 0 and lines[index - 1].text.endswith(":")):
            items = [_menu_text(lines[position].text) for position in run]
            menu_words = sum(1 for item in items if item in MENU_WORDS)
            above = end <= first_prose
            outside = above or index > last_prose or (index > 0 and roles[index - 1]) or (end < len(lines) and roles[end])
            short_items = above and len(run) >= MIN_TOP_MENU_ITEMS and all(len(item.split()) <= MAX_TOP_MENU_ITEM_WORDS for item in items)
            if outside and menu_words and menu_words * 3 >= len(run) or short_items:
                for position in run:
                    roles[position] = ROLE_MENU
        index = max(end, index + 1)


def _mark_contents_entries(lines: Sequence[Line], roles: list[str | None]) -> None:
    """After an empty « Sommaire » label, the lines that a heading further down repeats."""
    labels = [index for index, role in enumerate(roles) if role is ROLE_EMPTY_LABEL]
    if not labels:
        return
    # Entries and headings are short: longer lines are never compared.
    entries = [_menu_text(line.text) if len(line.text) <= MAX_CHROME_LENGTH else None for line in lines]
    last_seen = {entry: position for position, entry in enumerate(entries)}
    for index in labels:
        position = index + 1
        while position < len(lines) and roles[position] is None and entries[position] and last_seen[entries[position]] > position:
            roles[position] = ROLE_CONTENTS_ENTRY
            position += 1


def _is_menu_item(text: str, role: str | None) -> bool:
    if len(text) > MAX_MENU_ITEM_LENGTH or role not in (None, ROLE_INTERFACE, ROLE_MENU):
        return False
    item = _menu_text(text, keep_case=True)
    return bool(item) and len(item.split()) <= MAX_MENU_ITEM_WORDS and not item.endswith(ENDS_A_SENTENCE) and not item[0].isdigit()


def _menu_text(text: str, *, keep_case: bool = False) -> str:
    """A line without its list marker or number: how menus and tables of contents are compared."""
    match = list_match(text)
    item = match["text"] if match else text
    return item.strip() if keep_case else folded(item)


def _first_prose(lines: Sequence[Line], roles: list[str | None]) -> int:
    """Where the article's prose starts: what stands above is the page's header."""
    return next((index for index, line in enumerate(lines) if roles[index] is None and _is_prose(line.text)), len(lines))


def _is_prose(text: str) -> bool:
    return len(text) > MAX_CHROME_LENGTH or len(text.split()) >= MIN_PROSE_WORDS and text.endswith(ENDS_A_SENTENCE)


def _is_placeholder(text: str) -> bool:
    plain = folded(text)
    return "illustration" in plain or plain.startswith(("[", "image", "photo"))


def _keywords_only(text: str) -> bool:
    words = WORD.findall(folded(text))
    return len(words) >= MIN_CAPTION_WORDS and not FUNCTION_WORDS.intersection(words)

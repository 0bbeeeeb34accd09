"""Page chrome: the lines of a pasted web page that belong to the site, not to the article.

Menus, breadcrumbs, share and contact buttons, bylines and datelines, image captions and credits,
« À lire aussi » links, empty « Sommaire » labels… are recognised by general rules on the shape
and words of a line and of its neighbours, never by site: the rules are the tables of
``chrome_rules``; this module applies them to each line, then to its neighbours. Each
dropped line keeps its number and what it was read as, so the editor is told (advice, file:line);
a byline or dateline also gives the article's date and author. Real content is never dropped:
a rule fires on a whole line only, and long lines are never compared with the patterns.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from dossier_ia.french.sentences import split_sentences
from dossier_ia.reading.chrome_rules import (
    ADVERT_LABEL,
    AGENCY_IN_BRACKETS,
    ALT_TEXT_LINE,
    ARROW_OPENING,
    AUTHOR_PICTURE_FILE,
    BARE_SPONSOR_WORD,
    BREADCRUMB_STEPS,
    CATEGORY_LIST,
    COMMON_NOUN_ENDING,
    COOKIE_NOTICE,
    COOKIE_WORDS,
    CREDIT_AFTER_CAPTION,
    CREDIT_AT_END,
    CREDIT_LAST_CHARACTERS,
    CREDIT_LINE,
    DASHED_RUBRIC,
    DATELINE_PREFIX,
    ENGLISH_FUNCTION_WORDS,
    ENGLISH_INTERFACE_WORDS,
    ENGLISH_WORDS_SHARE,
    FILE_NAME,
    FIRST_NAME,
    FRENCH_ONLY_WORDS,
    FUNCTION_WORDS,
    GLUED_BREADCRUMB,
    GLUED_BREADCRUMB_STEPS,
    GLUED_DATE,
    GLUED_FILE_NAME,
    GLUED_HASHTAG,
    GLUED_INTERFACE_PREFIX,
    GLUED_RUBRIC,
    GLUED_STEP,
    GLUED_TAGS,
    HASHTAG_LINE,
    HEADLINE_ENDINGS,
    HEADSHOT_CAPTION,
    HOME_WORDS,
    IMAGE_DESCRIPTION,
    IMAGE_DESCRIPTION_INITIALS,
    INTERFACE_LABELS,
    LABEL_SEPARATORS,
    LEADING_NON_LETTERS,
    LINE_PATTERN,
    LINE_RULES,
    MAIL_MERGE_FIELD,
    MARKDOWN_IMAGE,
    MARKUP_LINE,
    MAX_ADVERT_LABEL_LENGTH,
    MAX_AUTHOR_ROLE_LINES,
    MAX_AUTHOR_ROLE_WORDS,
    MAX_BREADCRUMB_ITEMS,
    MAX_CHROME_LENGTH,
    MAX_CREDIT_LENGTH,
    MAX_ENGLISH_HEADER_WORDS,
    MAX_HOME_WORD_LENGTH,
    MAX_LONG_CHROME_LENGTH,
    MAX_MENU_ITEM_LENGTH,
    MAX_MENU_ITEM_WORDS,
    MAX_PERIOD_HEADLINE_WORDS,
    MAX_PICTURE_LABEL_WORDS,
    MAX_SITE_NAME_WORDS,
    MAX_TAG_LINE_WORDS,
    MAX_TOP_MENU_ITEM_WORDS,
    MENU_WORDS,
    MIN_CAPTION_WORDS,
    MIN_ENGLISH_WORDS,
    MIN_MENU_ITEMS,
    MIN_PROSE_WORDS,
    MIN_TOP_MENU_ITEMS,
    MIN_UNLABELLED_CONTENTS_ENTRIES,
    MIN_UNLABELLED_CONTENTS_REPEATED,
    NAME_ROLE_SEPARATORS,
    NAME_TWICE,
    NAME_WITH_ROLE,
    PERSON_NAME,
    PICTURE_LABEL,
    PICTURE_LABEL_WORDS,
    POSTAL_CODE_LINE,
    READ_ALSO_GLUED,
    ROLE_AUTHOR_BIO,
    ROLE_BREADCRUMB,
    ROLE_BYLINE,
    ROLE_CALL_TO_ACTION,
    ROLE_CAPTION,
    ROLE_CONTENTS_ENTRY,
    ROLE_COOKIES,
    ROLE_EMPTY_LABEL,
    ROLE_FILE_NAME,
    ROLE_INTERFACE,
    ROLE_MAIL_MERGE,
    ROLE_MENU,
    ROLE_POSTAL,
    ROLE_READ_ALSO,
    ROLE_SOURCE_CODE,
    ROLE_SPONSOR,
    ROLE_SYMBOLS,
    ROLE_TAGS,
    SECTION_LABELS,
    SECTION_NUMBERS,
    SENTENCE_STOPS,
    SOCIAL_HANDLE,
    SOURCE_CODE,
    SPEAKER_LINE,
    SPONSOR_LINE,
    STOCK_DESCRIPTION,
    STOCK_SITE_NAMES,
    UNLABELLED_CONTENTS_REPEATED_SHARE,
    USER_HANDLE,
    WIRE_AGENCY_NAMES,
    WIRE_BYLINE_PREFIX,
    WORD,
)
from dossier_ia.reading.dates import (
    LONE_AUTHOR_LABEL,
    ROLE_LINE,
    ROLE_WORDS,
    SIGNED_NAME,
    author_as_written,
    ends_on_a_surname,
    labelled_date,
    name_in_capitals,
    opens_a_signature,
    parse_date,
    parse_month,
    press_release_date,
    read_byline,
)
from dossier_ia.reading.lines import (
    BULLET_ITEM,
    CLOSING_MARKS,
    ELLIPSES,
    EMOJI_START,
    ENDS_A_SENTENCE,
    FULL_STOPS,
    MAX_HEADING_LENGTH,
    TRAILING_SYMBOLS,
    Line,
    among_table_rows,
    folded,
    is_heading_like,
    is_title_like,
    list_match,
    one_after_another,
    trails_off_as_title,
)

ENGLISH_CACHE_SIZE = 4096
# A word this long, twice in a row with no space, is a logo's text and name.
MIN_LOGO_LENGTH = 3
# What sets a caption's credit apart from its text (« … © Nom », « … | Photo : Nom », « … — Photo : Nom »).
# A caption may also end on a press agency's name alone (« … devant la vitrine. Keystone »).
CREDIT_MARKS = (
    "©", "|", "—", "–", "//", "/ Capture", "/ capture", "Photo :", "Photos :", "Photo:", "Credit:", "Crédit:",
    "Image :", "Image:",
    "d'illustration)", "d’illustration)", *(f" {name}" for name in WIRE_AGENCY_NAMES),
    *(f" {name}/" for name in STOCK_SITE_NAMES),
)
# ... looked for all at once in a line's last characters.
CREDIT_MARK = re.compile("|".join(map(re.escape, CREDIT_MARKS)))
# So many short list items above the headline are the page's tags, not the article's list.
MIN_OPENING_TAGS = 2
# The article before a section's name (« Les points clés »).
LEADING_ARTICLE = re.compile(r"^(?:les|le|la|l')\s?")
# What sets a section's name apart from what the section says (« Introduction — … », « Conclusion : … »),
# or from its other name in brackets (« En bref (TL;DR) »).
SECTION_LABEL_BREAK = re.compile(r"\s*(?::|\s[-–—])\s|\s+\(")
# A breadcrumb's label before its first step.
YOU_ARE_HERE = re.compile(r"^(?:vous [êe]tes ici|you are here)\s*:\s*", re.IGNORECASE)
# What joins two people's names (« Jeanne Roy et Paul Lenoir »).
PEOPLE_AND = re.compile(r"\s+(?:et|&)\s+")
# A year alone on its line, the rest of the date on the line above (« Jan 16 » / « 2023 »).
LONE_YEAR = re.compile(r"(?:19|20)\d{2}")
# What separates the steps of a breadcrumb whose home is an icon (« / Blog / Titre »).
SLASH_STEP = "/ "
# Rows of figures under a line of keywords make a table: this many at least.
MIN_FIGURE_ROWS = 2
FIGURE = re.compile(r"\d")
# A byline labelled « De » (« De Jeanne Roy »).
NAME_AFTER_DE = re.compile(rf"De (?P<name>{PERSON_NAME.pattern})")
# A standfirst says again this many of the headline's long words (five letters or more); an author's
# presentation, about a person, seldom two.
MIN_HEADLINE_WORDS_DEVELOPED = 3
LONG_WORD_LETTERS = 5
# What a presentation of the author says, on the folded text: their role or training among its first
# words (« Consultante depuis quinze ans, elle… », « Diplômée d’une école de commerce »), or the
# person speaking of themself (« j’accompagne les marques »).
PRESENTATION = re.compile(
    rf"^(?:[\w'-]+[\s,]+){{0,5}}?(?:{ROLE_WORDS}|diplome\w*|passionne\w*|specialise\w*|forme\w*)\b"
    r"|\b(?:je|j'|moi|mon|ma|mes)\b"
)
# Labels side by side, set apart by runs of spaces, each a few words.
LABEL_SPACING = re.compile(r"\s{2,}")
MAX_SPACED_LABEL_WORDS = 3
# A search engine's review snippet the copy kept as one line (« Titre Reviewed by Nom on . Légende
# 3 mars 2025 De Rating: 0 »): the page's markup, not its text.
REVIEW_SNIPPET = re.compile(r"\bReviewed by\b.*\bRating:\s*\d(?:[.,]\d)?\s*$")
MAX_RATING_TAIL = 16
# What opens a line that links elsewhere (« >> Découvrez notre offre »): no sentence starts so.
LINK_ARROW = ">>"
# Bylines stand among the first lines, even when a standfirst comes before them.
TOP_LINES = 6
# A dialog box's close buttons, and how many lines of text its window holds between two of them.
CLOSE_BUTTONS = frozenset({"fermer", "close", "×", "x"})
# Lines cut short with « … », this many in a row above the prose, are links to other articles.
MIN_TEASERS = 3
MAX_DIALOG_LINES = 3
# An English button's words may be joined by this many signs (« Print & Email, PDF »).
MAX_BUTTON_SIGNS = 2
# Interface labels side by side with nothing between them (« Partager Imprimer Envoyer à un ami »): how
# many make a row of buttons, on a line of at most this many words; the longest label's words.
MIN_BUTTONS_IN_A_ROW = 3
# A menu's label above its items, and as many items as a site's menu lists at most.
MENU_LABELS = frozenset({"menu", "menu principal", "navigation", "show navigation hide navigation", "ouvrir le menu"})
MAX_LABELLED_MENU_ITEMS = 40
# A menu on one line: this many words at least, this many of them a menu's (``MENU_WORDS``).
MIN_MENU_LINE_WORDS = 6
MIN_MENU_LINE_ITEMS = 3
MAX_BUTTONS_LINE_WORDS = 12
MAX_LABEL_WORDS = max(len(label.split()) for label in INTERFACE_LABELS)
LABEL_FIRST_WORDS = frozenset(label.split()[0] for label in INTERFACE_LABELS)
# A picture's caption, above its credit or between the headline and its repeat, is one sentence of
# this many words at most.
MAX_CAPTION_WORDS = 20
# A phrase given twice on its line is a picture's text from this length on (« Oui oui » is speech).
MIN_PHRASE_TWICE_LENGTH = 10


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
    # The first day of the month a dateline gives without its day (« date 2024-01 », « Mars 2026 »).
    month: dt.date | None = None
    breadcrumb_title: str | None = None
    byline_numbers: frozenset[int] = frozenset()
    # The entries of the page's table of contents (``contents_key``): the headings they lead to.
    contents_entries: frozenset[str] = frozenset()

    @property
    def headline_marks(self) -> frozenset[int]:
        """Where bylines and image captions stood: a headline has one or the other just below."""
        return self.byline_numbers | {dropped.line.number for dropped in self.dropped if dropped.role is ROLE_CAPTION}


def scan_page_chrome(lines: Sequence[Line]) -> ChromeScan:
    """Sort the lines into article content and page chrome (one pass of line rules, then the
    rules that look at neighbours: menus, breadcrumb steps, « À lire aussi » titles, captions)."""
    roles: list[str | None] = []
    date = month = updated = author = breadcrumb_title = None
    prefixes: list[Dropped] = []
    lines = _with_split_dates_joined([_without_glued_prefixes(line, prefixes) for line in lines])
    for prefix in (prefix for prefix in prefixes if prefix.role is ROLE_BYLINE):
        date, month = date or parse_date(prefix.line.text), month or parse_month(prefix.line.text)
        if (byline := read_byline(prefix.line.text.rstrip(" -–—"))) is not None:
            author = _fuller(author, byline.author)
    for index, line in enumerate(lines):
        role, last_step = _line_role(line.text)
        if role is ROLE_BYLINE and _dated_item(lines, roles, index):
            role = None
        if role is ROLE_CALL_TO_ACTION and index and _closes_quotation(lines[index - 1].text, line.text):
            role = None  # « … dans la » / « relation client »: a quotation wrapped, no button's arrow
        if role is ROLE_BYLINE and (byline := read_byline(_without_bullet(line.text))) is not None:
            author = _fuller(author, byline.author)
            if byline.updated:
                updated = updated or byline.date
            else:
                date, month = date or byline.date, month or byline.month
        elif role is None and index < TOP_LINES and (labelled := labelled_date(line.text)) is not None:
            # the post's kind and date under the headline; further down, « Lancement le 3 mars
            # 2025 » may be a step of a timeline
            role, date = ROLE_BYLINE, date or labelled
        elif role is None and index < TOP_LINES and (
            CATEGORY_LIST.fullmatch(line.text) or _spaced_labels(line.text)
        ):
            role = ROLE_TAGS  # further down, such a line may be a heading that lists
        breadcrumb_title = breadcrumb_title or last_step
        roles.append(role)
    breadcrumb_title = _mark_breadcrumb_items(lines, roles) or breadcrumb_title
    _mark_opening_tags(lines, roles)
    _mark_dialogs(lines, roles)
    _mark_sponsors(lines, roles)
    named = _mark_author_names(lines, roles, author)
    author = author_as_written(_once(author or named))
    _mark_tags_above_bylines(lines, roles)
    _mark_author_bios(lines, roles)
    _mark_read_also_titles(lines, roles)
    _mark_teasers(lines, roles)  # after: the line below them is no linked article's title
    contents = _mark_contents_entries(lines, roles)
    _mark_menus(lines, roles)
    _mark_captions(lines, roles)
    _mark_english_header(lines, roles)
    _mark_trailing_script(lines, roles)
    content = [line for line, role in zip(lines, roles) if role is None]
    if date is None and month is None:
        # an update's date stands for the publication's only when the page gives no other; a press
        # release dates its first paragraph (« Lyon, le 3 juin 2025 – L’enseigne… »), kept whole
        date = updated or next(filter(None, map(press_release_date, (line.text for line in content[:TOP_LINES]))), None)
    dropped = prefixes + [Dropped(line, role) for line, role in zip(lines, roles) if role is not None]
    bylines = frozenset(line.number for line, role in zip(lines, roles) if role is ROLE_BYLINE)
    return ChromeScan(content, dropped, date, author, month, breadcrumb_title, bylines, contents)


# What may be glued before a line's first words, in the order they come, with the kind of
# character each opens with (most lines open with none of them: no pattern is tried).
GLUED_PREFIXES = (
    (DATELINE_PREFIX, ROLE_BYLINE, str.isalpha),
    (WIRE_BYLINE_PREFIX, ROLE_BYLINE, str.isalpha),
    (GLUED_DATE, ROLE_BYLINE, str.isdigit),
    (GLUED_INTERFACE_PREFIX, ROLE_INTERFACE, str.isupper),
    (GLUED_RUBRIC, ROLE_TAGS, str.isupper),
    (DASHED_RUBRIC, ROLE_TAGS, str.isupper),
    (GLUED_FILE_NAME, ROLE_FILE_NAME, lambda first: first.islower() or first.isdigit()),
    (GLUED_HASHTAG, ROLE_TAGS, lambda first: first == "#"),
)


def _spaced_labels(text: str) -> bool:
    """Whether a line is short capitalised labels set apart by runs of spaces (« Innover  Se
    rencontrer »): a post's categories, as the page lays them out side by side."""
    parts = LABEL_SPACING.split(text.strip())
    if _names_a_person(" ".join(parts)) or len(parts) == 2 and parts[1].isupper():
        return False  # a name set apart by two spaces (« Jeanne  ROY »)
    return len(parts) >= 2 and all(
        part[:1].isupper() and len(part.split()) <= MAX_SPACED_LABEL_WORDS and not part.endswith(ENDS_A_SENTENCE)
        for part in parts
    )


def _closes_quotation(previous: str, text: str) -> bool:
    """Whether a line ending on « » » closes the quotation the line above opened and left open."""
    return text.endswith("»") and "«" not in text and previous.count("«") > previous.count("»")


def _without_glued_prefixes(line: Line, prefixes: list[Dropped]) -> Line:
    """The line without a dateline, then a share button or template label, pasted before its
    first words (« date 2024-03-12 PARTAGER Comment l’IA… », « 4 février 2025Dans une rue… »), an
    image's file name glued to them, or a hashtag; what is cut is kept in ``prefixes``."""
    for pattern, role, opens in GLUED_PREFIXES:
        if opens(line.text[:1]) and (match := pattern.match(line.text)):
            prefixes.append(Dropped(Line(line.number, match["prefix"], line.number), role))
            line = Line(line.number, line.text[match.end() :], line.last_number)
    return line


def _line_role(text: str) -> tuple[str | None, str | None]:
    """What one line is read as on its own (``None``: content), and the title a breadcrumb ends with."""
    if text[:1].islower() and STOCK_DESCRIPTION.fullmatch(text):
        return ROLE_CAPTION, None
    if text.startswith("![") and MARKDOWN_IMAGE.fullmatch(text):
        return ROLE_CAPTION, None
    if "{{" in text and MAIL_MERGE_FIELD.search(text):
        return ROLE_MAIL_MERGE, None
    if " par " in text and ADVERT_LABEL.search(text[-MAX_ADVERT_LABEL_LENGTH:]):
        return ROLE_SPONSOR, None
    if ";" in text and HEADSHOT_CAPTION.fullmatch(text):
        return ROLE_CAPTION, None
    if "Rating:" in text[-MAX_RATING_TAIL:] and REVIEW_SNIPPET.search(text):
        return ROLE_INTERFACE, None
    if text.startswith(LINK_ARROW):
        return ROLE_CALL_TO_ACTION, None  # « >> Accédez à nos analyses »: a link, which the copy lost
    if (text[:1] == "<" or "{}" in text or "[]" in text) and MARKUP_LINE.fullmatch(text):
        return ROLE_SOURCE_CODE, None
    if len(text) > MAX_CHROME_LENGTH:
        return _long_line_role(text), None
    if POSTAL_CODE_LINE.fullmatch(text):
        return ROLE_POSTAL, None
    if text[:1] == "@" and SOCIAL_HANDLE.fullmatch(text):
        return ROLE_BYLINE, None
    if text[:1] == "#" and HASHTAG_LINE.fullmatch(text):
        return ROLE_TAGS, None
    plain = LEADING_NON_LETTERS.sub("", folded(text)) if not text[0].isalnum() else folded(text)
    if plain and plain[-1] >= EMOJI_START:
        # « Table des matières 📚 »: the label without its emoji (an arrow is a button's: « Voir → »)
        plain = TRAILING_SYMBOLS.sub("", plain)
    if IMAGE_DESCRIPTION.fullmatch(plain):
        return ROLE_CAPTION, None
    if match := LINE_PATTERN.fullmatch(plain):
        rule = next(name for name, value in match.groupdict().items() if value is not None)
        role = LINE_RULES[int(rule.removeprefix("rule"))][0]
        if role is ROLE_CALL_TO_ACTION and _without_bullet(text).startswith("«"):
            return None, None  # a quotation (an item of a list may be one) closes on « » », a button's arrow
        # a date alone (« 15.05.2020 ») has no words, but is the article's date
        return (ROLE_BYLINE if role is ROLE_SYMBOLS and read_byline(text) else role), None
    if _ends_on_credit(text, plain):
        return ROLE_CAPTION, None
    if read_byline(_without_bullet(text)):
        return ROLE_BYLINE, None
    if _doubled(text) and not (" " in text and SIGNED_NAME.fullmatch(text)):
        # a person's name twice (the portrait's text, then the name) is left to the byline rules
        return ROLE_INTERFACE, None
    if READ_ALSO_GLUED.match(text):
        return ROLE_READ_ALSO, None
    if LABEL_SEPARATORS.search(plain) and _labels_only(LABEL_SEPARATORS.split(plain)):
        return ROLE_INTERFACE, None
    if _buttons_in_a_row(plain):
        return ROLE_INTERFACE, None
    if FILE_NAME.fullmatch(plain):
        return ROLE_FILE_NAME, None
    words = plain.split()
    # the words of an English button, whatever joins them (« Print & Email, PDF »); a question is
    # French (« Comment ? »: how?)
    english = WORD.findall(plain) if len(words) <= MAX_MENU_ITEM_WORDS + MAX_BUTTON_SIGNS and "?" not in plain else ()
    if english and len(english) <= MAX_MENU_ITEM_WORDS + 1 and all(word in ENGLISH_INTERFACE_WORDS for word in english):
        return ROLE_INTERFACE, None
    if len(words) <= MAX_TAG_LINE_WORDS and len(GLUED_TAGS.findall(text)) >= 2:
        return ROLE_TAGS, None
    steps = _breadcrumb_steps(text)
    if steps:
        last = steps[-1]
        return ROLE_BREADCRUMB, last if len(last.split()) >= MIN_CAPTION_WORDS else None
    return None, None


def _labels_only(parts: list[str]) -> bool:
    """Whether the parts of a line are interface labels, with the counts some show beside them
    (« 38 · Répondre · Signaler »: the likes of a comment)."""
    return any(part in INTERFACE_LABELS for part in parts) and all(
        part in INTERFACE_LABELS or part.isdigit() for part in parts
    )


def _buttons_in_a_row(plain: str) -> bool:
    """Whether the folded line is nothing but interface labels side by side, with no separator
    (« Partager Imprimer Envoyer à un ami »): at least ``MIN_BUTTONS_IN_A_ROW`` of
    them, as two may be a heading's words (« Recherche Publicité »)."""
    words = plain.split()
    if not MIN_BUTTONS_IN_A_ROW <= len(words) <= MAX_BUTTONS_LINE_WORDS or words[0] not in LABEL_FIRST_WORDS:
        return False  # most lines: their first word opens no label
    # the fewest labels that cover the first i words (None: no way to cover them)
    fewest: list[int | None] = [0] + [None] * len(words)
    for end in range(1, len(words) + 1):
        for start in range(max(0, end - MAX_LABEL_WORDS), end):
            if fewest[start] is not None and " ".join(words[start:end]) in INTERFACE_LABELS:
                count = fewest[start] + 1
                fewest[end] = count if fewest[end] is None else min(fewest[end], count)
    return fewest[-1] is not None and fewest[-1] >= MIN_BUTTONS_IN_A_ROW


def _long_line_role(text: str) -> str | None:
    """A long line is content, unless its first words say that it describes an image, that it is
    a cookie banner or a signature, or it ends on an image's credit. Each is looked for only where
    its mark is: folding a long line costs more than reading it."""
    if len(text) > MAX_LONG_CHROME_LENGTH:
        return None
    if text[:1] in IMAGE_DESCRIPTION_INITIALS and IMAGE_DESCRIPTION.fullmatch(folded(text)):
        return ROLE_CAPTION
    if _ends_on_credit(text, None):
        return ROLE_CAPTION
    if COOKIE_WORDS.search(text) and COOKIE_NOTICE.match(folded(text)):
        return ROLE_COOKIES
    if opens_a_signature(text) and read_byline(text):
        return ROLE_BYLINE  # a signature listing its author's roles
    return None


def _ends_on_credit(text: str, plain: str | None) -> bool:
    """Whether the line is a caption ending on its credit (« … © Nom - banque d’images »,
    « … (Banque/Nom) », « … | Photo : Nom », « … — Photo : Nom », « … Nom, CC BY-SA », « … . Auteur »);
    ``plain``: the line folded, when it already is."""
    if CREDIT_MARK.search(text, max(0, len(text) - MAX_CREDIT_LENGTH)) is None and not text.endswith(
        CREDIT_LAST_CHARACTERS
    ):
        return False
    return CREDIT_AT_END.search((plain or folded(text))[-MAX_CREDIT_LENGTH:]) is not None


def _doubled(text: str) -> bool:
    """A site's logo pasted twice, as its picture's text then its name (« ExempleExemple »), or a
    picture's text of several words given twice (« robot accueil 02 robot accueil 02 »)."""
    if text[:MIN_LOGO_LENGTH] not in text[len(text) // 2 - 1 :]:
        return False  # the second half does not start again: most lines end there
    twice = NAME_TWICE.fullmatch(text)
    if twice is None:
        return False
    if " " not in text:
        return len(twice["name"]) >= MIN_LOGO_LENGTH
    return len(twice["name"]) >= MIN_PHRASE_TWICE_LENGTH and not twice["name"].endswith(ENDS_A_SENTENCE)


def _without_bullet(text: str) -> str:
    """A line without its bullet: a blog template lists its byline (« - 12 mars », « - 4 min de lecture »)."""
    bullet = BULLET_ITEM.match(text)
    return bullet["text"] if bullet else text


def _breadcrumb_steps(text: str) -> list[str]:
    """The steps of a breadcrumb line, the last one without the « … » that shortens a long title
    (« Accueil > Commerce > Les vitrines qui parlent aux… »); none for any other line."""
    text = YOU_ARE_HERE.sub("", text)  # the breadcrumb's label (« Vous êtes ici : Accueil » … »)
    if "«" in text or text.startswith(("|", *ARROW_OPENING)) or text.endswith("|"):
        return []
    if text.endswith(".") and not text.endswith("...") and not GLUED_BREADCRUMB.match(text):
        return []  # a sentence, unless it opens on the site's home (« Accueil > … > Titre. »)
    text = next((text.removesuffix(mark) for mark in ELLIPSES if text.endswith(mark)), text).rstrip(".")
    if text.startswith(SLASH_STEP):
        # the home shown as an icon, then steps between slashes (« / Blog / Titre de l’article »):
        # a slash between words of the text (« et/ou », « 24/7 ») has no space on both sides
        steps = [step.strip() for step in text.removeprefix(SLASH_STEP).split(SLASH_STEP)]
        return steps if len(steps) >= 2 and len(steps[0].split()) <= MAX_MENU_ITEM_WORDS else []
    if match := GLUED_BREADCRUMB.fullmatch(text):
        rest = match["rest"]
        steps = (GLUED_BREADCRUMB_STEPS if GLUED_BREADCRUMB_STEPS.search(rest) else GLUED_STEP).split(rest)
        return [step.strip() for step in steps if step.strip()]
    steps = BREADCRUMB_STEPS.split(text)
    # The first step may be the site's name, longer than a section's (« Le Journal du Jardin »).
    if (
        len(steps) >= 3 and len(steps[0].split()) <= MAX_SITE_NAME_WORDS
        and all(len(step.split()) <= MAX_MENU_ITEM_WORDS for step in steps[1:-1])
        # arrows between single words are steps the text describes (« Remercier → Réparer → Relancer »)
        and not ("→" in text and all(" " not in step.strip() for step in steps))
        # a date between bars is a byline's (« par | 13 oct. 2022 | Rubrique »), whose author the
        # template left empty: its categories are no page's title
        and not any(parse_date(step) for step in steps[1:-1])
    ):
        return [step.strip() for step in steps]
    return []


def _dated_item(lines: Sequence[Line], roles: list[str | None], index: int) -> bool:
    """Whether a list item that gives a date stands between two items of the text (« - Coupe et
    brushing » / « - Le 3 mars à 10 h » / « - Avec Inès ») below the first paragraph: an item of
    the list, not the page's dateline (``roles``: those of the lines above, known so far)."""
    return (
        0 < index < len(lines) - 1 and list_match(lines[index].text) is not None
        and roles[index - 1] is None and list_match(lines[index - 1].text) is not None
        and list_match(lines[index + 1].text) is not None
        # below a sentence of the text (the first line may be the headline): above it, a template
        # lists its byline (« - Nom » / « - 3 sept. »)
        and any(
            role is None and is_prose(line.text) for line, role in zip(lines[1:index], roles[1:])
        )
    )


def _mark_breadcrumb_items(lines: Sequence[Line], roles: list[str | None]) -> str | None:
    """A lone « Accueil » followed by a few short list items, bulleted or numbered: the steps of a
    breadcrumb, the last one being the page's title. An « Accueil » that is itself an item opens a
    menu as well, unless the last item is the headline just below it (a dateline may come between)."""
    title = None
    for index, line in enumerate(lines):
        if len(line.text) > MAX_HOME_WORD_LENGTH or _menu_text(line.text) not in HOME_WORDS:
            continue
        position = index + 1
        while position < min(len(lines), index + 1 + MAX_BREADCRUMB_ITEMS):
            item = list_match(lines[position].text)
            ended = item and item["text"].endswith(ENDS_A_SENTENCE) and not item["text"].endswith("?")
            if not item or ended or roles[position] not in (None, ROLE_INTERFACE):
                break  # a headline may ask a question
            position += 1
        below = next((later for later in range(position, len(lines)) if roles[later] is None), None)
        if position > index + 1 and (
            list_match(line.text) is None
            or below is not None
            and word_key(_menu_text(lines[position - 1].text)) == word_key(lines[below].text)
        ):
            for step in range(index, position):
                roles[step] = ROLE_BREADCRUMB
            title = title or _menu_text(lines[position - 1].text, keep_case=True)
    return title


def is_section_label(text: str) -> bool:
    """Whether a line is the name of a part of an article (``SECTION_LABELS``: « Introduction »,
    « Les points clés »), alone or before what the part says (« Introduction — Automatiser pour
    mieux penser »): never the article's title, nor a menu's item."""
    plain = _menu_text(text).rstrip(" :")
    name = SECTION_LABEL_BREAK.split(plain, 1)[0]
    return not {plain, name, LEADING_ARTICLE.sub("", plain)}.isdisjoint(SECTION_LABELS)


def word_key(text: str) -> str:
    """A line's words, folded, without its punctuation: two lines with the same words, whatever
    their dashes, quotes, points and capitals, have the same key (a headline repeated by its
    picture's text or shortened by a breadcrumb)."""
    return " ".join(WORD.findall(folded(text)))


def _with_split_dates_joined(lines: list[Line]) -> list[Line]:
    """A date near the top whose year a template sets on the next line (« Jan 16 » / « 2023 »)
    on one line, read as one date."""
    for index in range(min(len(lines), TOP_LINES) - 1):
        first, year = lines[index], lines[index + 1]
        if LONE_YEAR.fullmatch(year.text) and parse_date(first.text) is None and parse_date(
            joined := f"{first.text} {year.text}"
        ):
            return [*lines[:index], Line(first.number, joined, year.last_number), *lines[index + 2 :]]
    return lines


def _mark_opening_tags(lines: Sequence[Line], roles: list[str | None]) -> None:
    """Short list items the page opens with, just above a headline (« • Innovation » / « • Numérique »
    / « Comprendre les enjeux de l’IA »): the page's tags or sections. An article opens on its
    title, never on a list."""
    position = 0
    while (
        position < len(lines) and roles[position] is None and BULLET_ITEM.match(lines[position].text)
        and _is_menu_item(lines[position].text, None)
    ):
        position += 1
    if (
        position >= MIN_OPENING_TAGS and position < len(lines)
        and is_heading_like(lines[position].text) and not list_match(lines[position].text)
    ):
        roles[:position] = [ROLE_TAGS] * position


def _mark_tags_above_bylines(lines: Sequence[Line], roles: list[str | None]) -> None:
    """Single words one per line just above a byline near the top (« CHATBOT » / « COMMERCE » /
    « Auteur : Jeanne Roy »): the article's tags; two in a row at least, as one word alone may be
    the headline's kicker or a section's name. And the item a post's bar of details opens with,
    above its date's item (« • Débuter en rédaction » / « • 4 septembre 2023 »): its category."""
    for index in range(1, min(len(lines), TOP_LINES + MIN_OPENING_TAGS)):
        if roles[index] is not ROLE_BYLINE:
            continue
        start = index
        while start > 1 and roles[start - 1] is None and _is_tag_word(lines[start - 1].text):
            start -= 1
        if index - start >= MIN_OPENING_TAGS:
            roles[start:index] = [ROLE_TAGS] * (index - start)
        elif (
            roles[index - 1] is None and BULLET_ITEM.match(lines[index].text)
            and _is_category_item(lines[index - 1].text)
        ):
            roles[index - 1] = ROLE_TAGS


def _is_category_item(text: str) -> bool:
    """Whether a line is a list item of a few words, no sentence: a category's name."""
    bullet = BULLET_ITEM.match(text)
    return bullet is not None and len(bullet["text"].split()) <= MAX_AUTHOR_ROLE_WORDS and not text.endswith(FULL_STOPS)


def _is_tag_word(text: str) -> bool:
    """Whether a line is one word with a capital, as tags are written (« RETAIL », « Tendance »)."""
    return " " not in text and text[:1].isupper() and text.replace("-", "").isalpha()


def _mark_author_names(lines: Sequence[Line], roles: list[str | None], author: str | None) -> str | None:
    """The author's name where bylines put it, returned when no byline named the author
    (``author``):

    - a name alone just above a dateline (« 12 mars 2025 - 5 min de lecture »), or a user's
      handle (« - jroy75 »), a first name too when the dateline gives a date, or a name and the
      person's role above it;
    - a name and the person's role under the headline (« Jeanne ROY, avocate »);
    - a name twice in a row above the article (the author's picture, then the name, or the name
      then « Name, CEO Company »), and the short line of their role just above the prose;
    - « Par » alone on its line, then the name and its role on the next lines;
    - a line that only repeats the name a byline gave (« Photo du rédacteur : Zoé » / « Zoé »).

    A name is never the first line, which may be a short title pasted twice."""
    first_prose = _first_prose(lines, roles)
    top = max(first_prose, TOP_LINES)
    found = None
    # Several people named with their role, each on a line of their own: an interview's speakers,
    # whose answers follow, not the author (« Jeanne Roy, fondatrice de X » … « Paul Lenoir, CEO de Y »).
    interview = sum(1 for line in lines if SPEAKER_LINE.fullmatch(line.text)) > 1
    for index in range(len(lines) - 1):
        text = lines[index].text
        if roles[index] in (None, ROLE_BYLINE, ROLE_INTERFACE) and LONE_AUTHOR_LABEL.fullmatch(text):
            labelled = _mark_labelled_name(lines, roles, index)  # every such byline is marked
            found = found or labelled
        elif roles[index] is not None:
            continue
        elif author is not None and text == author and 0 < index < top:
            roles[index] = ROLE_BYLINE
        elif index and _names_above_role(lines, roles, index):
            # the name, then the person's role, then the dateline (« Jeanne Roy » / « Stagiaire
            # marketing » / « 11/8/2025 »): the role is no name
            roles[index] = roles[index + 1] = ROLE_BYLINE
            found = found or text
        elif 0 < index < TOP_LINES and (named := NAME_AFTER_DE.fullmatch(text)) and _names_a_person(named["name"]):
            # « De Jeanne Roy » under the headline: a byline whose label is « de » (« De Paris à
            # Lyon », a heading, names a place the lemmatiser knows)
            roles[index] = ROLE_BYLINE
            found = found or named["name"]
        elif index < TOP_LINES and (name := _lone_bulleted_name(lines, index)):
            # a blog's author widget above the headline (« • Jeanne Roy »): no list of one
            roles[index] = ROLE_BYLINE
            found = found or name
        elif index and roles[index + 1] is ROLE_BYLINE and USER_HANDLE.fullmatch(_without_bullet(text)):
            roles[index] = ROLE_BYLINE  # a handle names no one the reader would know
        elif index and roles[(dated := _past_symbols(roles, index + 1))] is ROLE_BYLINE and (
            SIGNED_NAME.fullmatch(text) and len(text.split()) > 1
            or FIRST_NAME.fullmatch(text) and (byline := read_byline(lines[dated].text)) and byline.date
        ):
            if " " not in text and COMMON_NOUN_ENDING.search(text):
                roles[index] = ROLE_TAGS  # the page's kind above its date (« Définition »), no one's name
            else:
                roles[index] = ROLE_BYLINE
                found = found or text
        elif (index in (1, first_prose + 1) or _chrome_between(roles, 1, index)) and _signs_under_headline(
            lines, roles, index
        ):
            roles[index] = ROLE_BYLINE
            found = found or text
        elif 0 < index < TOP_LINES * 2 and _chrome_between(roles, max(1, index - 2), index) and (
            _names_with_role_above_chrome(lines, roles, index)
        ):
            # « Jeanne Roy » / « Co-fondatrice » / « Copier le lien »: the author's box among the
            # date and the share buttons
            roles[index] = roles[index + 1] = ROLE_BYLINE
            found = found or text
        elif 0 < index < top and (named := NAME_WITH_ROLE.fullmatch(text)) and not interview:
            roles[index] = ROLE_BYLINE
            found = found or PICTURE_LABEL_WORDS.sub("", named["name"])
        elif 0 < index < top and PERSON_NAME.fullmatch(text) and _names_again(text, lines[index + 1].text):
            roles[index] = roles[index + 1] = ROLE_BYLINE
            _mark_author_role(lines, roles, index + 2)  # « Rédactrice web », just above the prose
            found = found or text
        elif (
            index >= top and roles[index + 1] is None and _names_again(text, lines[index + 1].text)
            and PERSON_NAME.fullmatch(text) and not lines[index + 1].text.endswith(FULL_STOPS)
        ):
            # further down, a section named after a person (an interview's guest), then their
            # portrait's caption (« Jeanne Roy, directrice de X »): the name stays as the heading
            roles[index + 1] = ROLE_CAPTION
        elif (
            1 < index and (index < top or AUTHOR_PICTURE_FILE.fullmatch(lines[index - 1].text))
            and _named_by_picture(lines[index - 1].text, text)
        ):
            # the author's picture, named by its alternative text (« Portrait Jeanne Roy », « Image de
            # Zoé »; a caption, below), then the name, then up to two short lines of the person's role
            # above the prose
            roles[index] = ROLE_BYLINE
            _mark_author_role(lines, roles, index + 1)
            found = found or text
    for index in range(1, min(top, len(lines))):
        if found and roles[index] is None and lines[index].text == found:
            roles[index] = ROLE_BYLINE  # the name again, above the label that names it (« Zoé » / « Par » / « Zoé »)
    for index in range(1, len(lines)):
        above, name = lines[index - 1].text, lines[index].text
        if roles[index] is ROLE_BYLINE and roles[index - 1] is None and (
            _named_by_picture(above, name) or len(above) == 1 and above.isupper() and name.startswith(above)
        ):
            # the author's picture, above the name whatever rule read it, or the initial that stands
            # for it (« J » / « Jeanne Roy »)
            roles[index - 1] = ROLE_CAPTION
    return found


def _lone_bulleted_name(lines: Sequence[Line], index: int) -> str | None:
    """The person's name a bulleted line alone gives (« • Jeanne Roy »), no item beside it
    (``_names_a_person``: not « • Slider Image »)."""
    if not BULLET_ITEM.match(lines[index].text):
        return None
    name = _without_bullet(lines[index].text)
    neighbours = [lines[position].text for position in (index - 1, index + 1) if 0 <= position < len(lines)]
    if any(BULLET_ITEM.match(text) for text in neighbours):
        return None
    return name if _names_a_person(name, capitals=True) else None


def _fuller(known: str | None, found: str | None) -> str | None:
    """The author a first byline gave, unless a later one names them with more (the template's
    « Rédigé par Jeanne Roy », then the article's « Par Jeanne Roy et Paul Lenoir »)."""
    if known is None or found is not None and len(found) > len(known) and folded(found).startswith(folded(known)):
        return found
    return known


def _once(name: str | None) -> str | None:
    """The author's name once when the page pasted it twice, glued or not (« Léa MarinLéa Marin »:
    the name of the picture's link, then the name)."""
    twice = NAME_TWICE.fullmatch(name) if name else None
    return twice["name"] if twice else name


def _signs_under_headline(lines: Sequence[Line], roles: list[str | None], index: int) -> bool:
    """Whether the line at ``index``, under the headline (the page's first line) or under the
    standfirst (the first prose), above the prose, is a name alone (``_names_a_person``): the
    author, or the company that signs a column (« Jeanne Dufresnoy », « Canal Factory »); a section
    may open right under the headline."""
    name, following = lines[index].text, lines[index + 1].text
    return (
        (roles[index - 1] is None or _chrome_between(roles, 1, index)) and roles[index] is None
        and _names_a_person(name) and roles[index + 1] is None and is_prose(following)
    )


def _names_with_role_above_chrome(lines: Sequence[Line], roles: list[str | None], index: int) -> bool:
    """Whether the line is a name alone, the next one the person's role in words that say so
    (``ROLE_LINE``), and the one after it chrome (a share button)."""
    return (
        index + 2 < len(lines) and roles[index] is None and roles[index + 1] is None
        and roles[index + 2] is not None and _names_a_person(lines[index].text)
        and ROLE_LINE.fullmatch(folded(lines[index + 1].text)) is not None
    )


def _portrait_caption(text: str) -> bool:
    """Whether a line is a person's name, a comma and their role, one short sentence."""
    name = text.split(", ", 1)[0]
    return PERSON_NAME.match(name) is not None and ":" not in name and is_caption_sentence(text)


def _chrome_between(roles: list[str | None], start: int, stop: int) -> bool:
    """Whether the lines from ``start`` to ``stop`` (excluded) are all chrome, one at least: a
    picture's credit between the headline and the byline (« © Agence »)."""
    return start < stop and all(role is not None for role in roles[start:stop])


def _past_symbols(roles: list[str | None], index: int) -> int:
    """The first line from ``index`` that is more than signs (« · » between a name and its date)."""
    while index < len(roles) - 1 and roles[index] is ROLE_SYMBOLS:
        index += 1
    return index


def _names_a_person(text: str, capitals: bool = False) -> bool:
    """Whether a line is a name alone, a person's or a company's: two or three capitalised words
    ending on a surname (``ends_on_a_surname``: not « Marketing Digital »); with ``capitals``, in
    capitals too, as a printed paper signs behind a dash (« - JEANNE ROY »). Alone on its line, words
    in capitals are a rubric as often (« ITW CHATGPT »)."""
    name = text.title() if capitals and text.isupper() and name_in_capitals(text.split()) else text
    return PERSON_NAME.fullmatch(name) is not None and ends_on_a_surname(name)


def _mark_dialogs(lines: Sequence[Line], roles: list[str | None]) -> None:
    """A dialog box copied at the top of the page, its text between two of its close buttons
    (« Fermer » / « Recevez nos articles chaque matin… » / « Fermer »): a newsletter's or a
    consent's window over the page, no part of the article."""
    for index in range(min(len(lines), TOP_LINES)):
        if roles[index] is not ROLE_INTERFACE or folded(lines[index].text) not in CLOSE_BUTTONS:
            continue
        for closing in range(index + 2, min(len(lines), index + 2 + MAX_DIALOG_LINES)):
            if roles[closing] is ROLE_INTERFACE and folded(lines[closing].text) == folded(lines[index].text):
                for inside in range(index + 1, closing):
                    roles[inside] = roles[inside] or ROLE_INTERFACE
                break


def _mark_teasers(lines: Sequence[Line], roles: list[str | None]) -> None:
    """Links to other articles or issues at the top of the page, each a title and the start of its
    text cut short (« La caisse du futur Chers lecteurs et… »): a run of such lines one
    after another, no blank line between, starting among the first lines."""
    run: list[int] = []
    for index, line in enumerate(lines):
        cut = roles[index] is None and line.text.endswith(ELLIPSES)
        if cut and (run and line.number == lines[run[-1]].last_number + 1 or not run and index < TOP_LINES):
            run.append(index)
        elif run or index >= TOP_LINES:
            break
    if len(run) >= MIN_TEASERS:
        for index in run:
            roles[index] = ROLE_READ_ALSO


def _mark_sponsors(lines: Sequence[Line], roles: list[str | None]) -> None:
    """A partner or sponsor named alone on its line above the prose (« Avec Exemple Conseil »), or
    among the first lines when the words say so (« En collaboration avec Exemple & Fils », under a
    headline the page sets as a sentence): within the article, « Avec Exemple » may head a section
    on that tool."""
    first_prose = _first_prose(lines, roles)
    for index in range(min(len(lines), max(first_prose, TOP_LINES))):
        text = lines[index].text
        if roles[index] is None and SPONSOR_LINE.fullmatch(text) and (
            index < first_prose or not folded(text).startswith(BARE_SPONSOR_WORD)
        ):
            roles[index] = ROLE_SPONSOR


def _mark_author_bios(lines: Sequence[Line], roles: list[str | None]) -> None:
    """A few sentences between two byline lines near the top (« Auteur : Nom » / « De formation
    marketing, j’accompagne… » / « Publié le … »), the article going on below them: the author's
    presentation. Above a credit that closes the article (« Cet article a été écrit par Nom. »), it is
    the article; a line that reads as no sentence under a dateline that opens the page (only chrome
    above it: « retour ») is the headline, between the post's category and date and its author's
    name."""
    for index in range(1, min(len(lines) - 2, TOP_LINES + 1)):
        if (
            roles[index] is None and roles[index - 1] is ROLE_BYLINE and roles[index + 1] is ROLE_BYLINE
            and (is_prose(lines[index].text) or any(role is None for role in roles[: index - 1]))
            # a line shaped as a headline, longer than a name, is the headline (« C’est quoi un
            # agent conversationnel ? Définition et usages »), even trailing off (« … n’est plus ce
            # qu’il était… »)
            and not (
                (is_title_like(lines[index].text) or trails_off_as_title(lines[index].text))
                and len(lines[index].text.split()) > MAX_MENU_ITEM_WORDS
            )
            and not _develops_headline(lines, roles, index)
            # under a date that names no one (« 3 mars 2026 » / … / « Information publiée le 3 mars
            # 2026 », « Publié le 3 mars » / … / « Par Jeanne Roy »), a line that presents no one
            # is the standfirst, which news pages set between the date and the author's name
            and not (_dates_only(lines[index - 1].text) and PRESENTATION.search(folded(lines[index].text)) is None)
        ):
            roles[index] = ROLE_AUTHOR_BIO


def _dates_only(text: str) -> bool:
    """Whether a byline line gives a date and names no one."""
    byline = read_byline(text)
    return byline is not None and byline.author is None


def _develops_headline(lines: Sequence[Line], roles: list[str | None], index: int) -> bool:
    """Whether a line says again much of what the last line kept above it says (the headline): the
    standfirst, between the date and the author's name, not the author's presentation."""
    above = next((lines[position].text for position in range(index - 1, -1, -1) if roles[position] is None), None)
    if above is None:
        return False
    return len(_long_words(above) & _long_words(lines[index].text)) >= MIN_HEADLINE_WORDS_DEVELOPED


def _long_words(text: str) -> set[str]:
    """A line's words of five letters or more, folded: what two lines about one subject share."""
    return {word for word in WORD.findall(folded(text)) if len(word) >= LONG_WORD_LETTERS}


def _mark_labelled_name(lines: Sequence[Line], roles: list[str | None], label: int) -> str | None:
    """« Par » alone on its line, then the name and its role, wrapped on the next lines (« Jeanne
    Roy, CEO de X, plateforme de » / « recherche … »), after a separator on a line of its own
    (« Jeanne » / « , » / « Experte en SEO »), or alone on the next line when its words name a role
    (« Associate Creative Director »; another short line may be the first heading): all byline;
    returns the name."""
    roles[label] = ROLE_BYLINE
    name = PERSON_NAME.match(lines[label + 1].text) or FIRST_NAME.fullmatch(lines[label + 1].text)
    if name is None:
        return None  # a dateline follows (« Par » / « 25 février 2026 »): the page names nobody
    following = label + 1
    roles[following] = ROLE_BYLINE
    while (
        following + 1 < len(lines) and not lines[following].text.endswith(FULL_STOPS)
        and (
            lines[following + 1].text[:1].islower()
            # the role after a separator alone on its line (« Matthieu » / « , » / « Expert en SEO »)
            or lines[following + 1].text in NAME_ROLE_SEPARATORS or lines[following].text in NAME_ROLE_SEPARATORS
        )
    ):
        following += 1
        roles[following] = ROLE_BYLINE
    role = following + 1
    if role < len(lines) and roles[role] is None and ROLE_LINE.fullmatch(folded(lines[role].text)):
        roles[role] = ROLE_BYLINE
    return name.group()


def _names_above_role(lines: Sequence[Line], roles: list[str | None], index: int) -> bool:
    """Whether the line names a person, or two (« Jeanne Roy et Paul Lenoir »), the next one a short
    role or their job titles (« Directrice associée et Consulting Director - Exemple »), and a
    byline follows."""
    if index + 2 >= len(lines) or roles[index + 1] is not None or roles[index + 2] is not ROLE_BYLINE:
        return False
    role = lines[index + 1].text
    return bool(
        all(PERSON_NAME.fullmatch(name) for name in PEOPLE_AND.split(lines[index].text))
        and (len(role.split()) <= MAX_AUTHOR_ROLE_WORDS and is_heading_like(role) or ROLE_LINE.fullmatch(folded(role)))
    )


def _mark_author_role(lines: Sequence[Line], roles: list[str | None], first: int) -> None:
    """The author's role just below the name, on up to ``MAX_AUTHOR_ROLE_LINES`` short lines that
    are no sentence (« Créatrice de X, » / « consultante en référencement »): byline."""
    role = first
    while (
        role < min(len(lines), first + MAX_AUTHOR_ROLE_LINES)
        and roles[role] is None
        and len(lines[role].text.split()) <= MAX_AUTHOR_ROLE_WORDS
        and not lines[role].text.endswith(FULL_STOPS)
        and not is_prose(lines[role].text)
    ):
        roles[role] = ROLE_BYLINE
        role += 1


def _named_by_picture(picture: str, name: str) -> bool:
    """Whether ``name`` is a person's name (a first name will do) that the line above, a short
    picture's alternative text, ends on (« Portrait Jeanne Roy », « Photo portrait de Jeanne Roy » /
    « Jeanne Roy »), before the person's role (« Portrait Jeanne Roy, CEO de Exemple »), or under the
    picture's file name (« Portrait_Auteur_12.jpg »)."""
    if not (PERSON_NAME.fullmatch(name) or FIRST_NAME.fullmatch(name)):
        return False
    if AUTHOR_PICTURE_FILE.fullmatch(picture):
        return True
    words = picture.split()
    spaced = " ".join(words)
    if f" {name}, " in spaced:
        # the picture's text gives the person's role too (« Portrait Jeanne Roy, CEO de Exemple »)
        words = spaced.split(",", 1)[0].split()
    return (
        " ".join(words).endswith(" " + name)
        and len(words) <= len(name.split()) + MAX_PICTURE_LABEL_WORDS
        and PICTURE_LABEL.match(folded(picture)) is not None
    )


def _names_again(name: str, following: str) -> bool:
    """Whether the next line names the same person: the same name, or the name and a role after a
    comma or a space (« Jeanne Roy Journaliste indépendante », the name card under the byline)."""
    if following == name or following.startswith(name + ","):
        return True
    role = following.removeprefix(name + " ")
    return role != following and role[:1].isupper() and ROLE_LINE.fullmatch(folded(role)) is not None


def _mark_read_also_titles(lines: Sequence[Line], roles: list[str | None]) -> None:
    """« À lire aussi » alone on its line: the next line is the linked article's title, or the
    list that follows holds their titles (items shaped as titles, each in turn), or teasers
    follow, each a title and its summary cut short (« … »); what follows them is not one of them."""
    listed: set[int] = set()
    for index, line in enumerate(lines[:-1]):
        if (
            roles[index] is not ROLE_READ_ALSO
            or index in listed
            or ":" in line.text.rstrip(" :")
            or READ_ALSO_GLUED.match(line.text)  # the title is on the label's line already
        ):
            continue
        following = index + 1
        while (
            following + 1 < len(lines) and roles[following] is None and roles[following + 1] is None
            and is_title_like(lines[following].text)
            and lines[following + 1].text.endswith(ELLIPSES)
        ):
            roles[following] = roles[following + 1] = ROLE_READ_ALSO
            listed.update((following, following + 1))
            following += 2
        if following > index + 1:
            continue
        while following < len(lines) and roles[following] is None and (item := list_match(lines[following].text)):
            if not is_heading_like(item["text"]):
                break
            roles[following] = ROLE_READ_ALSO
            listed.add(following)
            following += 1
        if (
            following == index + 1 and roles[following] is None and is_heading_like(lines[following].text)
            and _quotes_closed(lines[following].text)
        ):
            roles[following] = ROLE_READ_ALSO


def _quotes_closed(text: str) -> bool:
    """Whether every quotation the line opens it closes: a linked article's title may quote, while
    a line that opens a quotation and stops is the text, cut by the copy (« "Nous pensions que… »)."""
    return text.count("«") == text.count("»") and text.count("“") == text.count("”") and text.count('"') % 2 == 0


def _mark_captions(lines: Sequence[Line], roles: list[str | None]) -> None:
    """An image's alt text or caption: a short line just before an image placeholder or credit,
    or, within the article, a string of keywords (no function words) just before a heading; and a
    caption pasted twice, the second time with its credit (« … à Melbourne » / « … à Melbourne -
    JEAN DUPONT ») or without."""
    first_prose = _first_prose(lines, roles)
    for index, line in enumerate(lines[:-1]):
        if roles[index] is not None:
            continue
        following = lines[index + 1].text
        described = _describes_picture(line.text)
        if following.startswith(line.text) and (
            CREDIT_AFTER_CAPTION.fullmatch(following[len(line.text):])
            or following == line.text and (
                described or AGENCY_IN_BRACKETS.search(line.text) is not None or _ends_on_credit(line.text, None)
                or PICTURE_LABEL.match(folded(line.text)) is not None
                # a person named with their role, as a portrait's caption: « Jeanne Roy, directrice de X. »
                # (a name, not a headline's topic: « Prompt ChatGPT : Définition, Utilité »)
                or ", " in line.text and _portrait_caption(line.text)
            )
        ):
            # pasted twice, with its credit the second time, or with nothing when it describes a
            # picture (in lower case, or naming it: « Image principale de l’article »), ends on its
            # agency or names a person and their role: an image's alternative text, then its title
            # (« robot blanc sur un bureau » twice); a headline pasted twice starts with a capital
            # and names no picture
            roles[index] = roles[index + 1] = ROLE_CAPTION
            continue
        if roles[index + 1] is ROLE_CAPTION and (
            described or CREDIT_LINE.match(folded(following))
            and line.text.endswith(FULL_STOPS) and is_caption_sentence(line.text)
            and (index > first_prose or _caption_above_the_headline(lines, index))
            # one word above a credit (« Chatbot » / « © Nom »): the picture's text, no section's heading
            or " " not in line.text and CREDIT_LINE.match(folded(following))
        ):
            # just above a credit: a description (« une femme scanne une étiquette » / « © Nom -
            # banque d’images »), or, below the first paragraph, one short sentence above a credit
            # that says so (« Une vendeuse présente la borne. » / « Crédits : Exemple Images »):
            # above the prose, it may be the headline above its picture
            roles[index] = ROLE_CAPTION
            continue
        if (
            len(line.text) > MAX_HEADING_LENGTH or not is_heading_like(line.text) or list_match(line.text)
            or line.text.rstrip().endswith(HEADLINE_ENDINGS)  # a headline's question above its picture
        ):
            continue
        keywords_only = _keywords_only(line.text)
        if roles[index + 1] is ROLE_CAPTION and (keywords_only or _is_placeholder(following)):
            roles[index] = ROLE_CAPTION
        elif (
            keywords_only and index > first_prose and roles[index + 1] is None
            and is_heading_like(following) and not list_match(following)
            and not among_table_rows(lines, index) and not _in_figure_table(lines, roles, index)
        ):
            roles[index] = ROLE_CAPTION


def _in_figure_table(lines: Sequence[Line], roles: list[str | None], index: int) -> bool:
    """Whether the line is pasted together with rows of figures (« Indicateur Valeur Source » /
    « Paniers abandonnés 70 % Exemple, 2024 » / …; none of them chrome nor a list's item): a table's
    header or row, not a picture's words."""
    start = end = index
    while start > max(0, index - MIN_FIGURE_ROWS) and one_after_another(lines, start - 1, 2):
        start -= 1
    while end < min(len(lines) - 1, index + MIN_FIGURE_ROWS) and one_after_another(lines, end, 2):
        end += 1
    rows = [
        position for position in range(start, end + 1)
        if (position == index or roles[position] is None) and FIGURE.search(lines[position].text)
        and not lines[position].text.endswith(FULL_STOPS) and not list_match(lines[position].text)
    ]
    return len(rows) >= MIN_FIGURE_ROWS


def _caption_above_the_headline(lines: Sequence[Line], index: int) -> bool:
    """Whether a sentence above the prose, its picture's credit right below it (no blank line
    between), is the picture's caption rather than a headline closed by its stop: it is longer
    than a headline so closed is (« Les robots arrivent. »), and the headline comes below the
    credit (« Les bornes se multiplient dans les gares. » / « © Agence » / « Les gares s’équipent »)."""
    line, credit = lines[index], lines[index + 1]
    if credit.number != line.last_number + 1 or len(line.text.split()) <= MAX_PERIOD_HEADLINE_WORDS:
        return False
    for below in lines[index + 2 :]:
        if is_title_like(below.text):
            return True
        if is_prose(below.text):
            return False
    return False


def is_caption_sentence(text: str) -> bool:
    """Whether a line is one short sentence, as a picture's caption is (a standfirst says more)."""
    return len(text.split()) <= MAX_CAPTION_WORDS and len(split_sentences(text)) == 1


def _describes_picture(text: str) -> bool:
    """Whether a short line in lower case, no sentence, may describe a picture: a heading starts
    with a capital."""
    return text[:1].islower() and len(text) <= MAX_HEADING_LENGTH and not is_prose(text)


def _mark_menus(lines: Sequence[Line], roles: list[str | None]) -> None:
    """Runs of short items not announced by a colon, above or below the article's prose or next
    to other chrome: a menu when a third of them are menu words (« Accueil », « Blog »,
    « Contact »), or when, above the article, they are all one or two words; list items that
    come round again in the same order (``_said_again``); and a menu copied on one line near the
    top (``_is_menu_line``)."""
    _mark_lists_said_again(lines, roles)
    for index in range(min(len(lines), TOP_LINES)):
        if roles[index] is None and _is_menu_line(lines[index].text):
            roles[index] = ROLE_MENU
    first_prose = _first_prose(lines, roles)
    _mark_labelled_menu(lines, roles, first_prose)
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
            outside = (
                above or index > last_prose or (index > 0 and roles[index - 1]) or (end < len(lines) and roles[end])
            )
            short_items = (
                above
                and len(run) >= MIN_TOP_MENU_ITEMS
                and all(len(item.split()) <= MAX_TOP_MENU_ITEM_WORDS for item in items)
            )
            if outside and menu_words and menu_words * 3 >= len(run) or short_items:
                for position in run:
                    # the menu may run into the heading of the article's summary (« Les points clés »)
                    if not is_section_label(lines[position].text):
                        roles[position] = ROLE_MENU
        index = max(end, index + 1)


def _mark_labelled_menu(lines: Sequence[Line], roles: list[str | None], first_prose: int) -> None:
    """The short items under a « Menu » label above the article, whatever they name (« Ressources »,
    « Toutes les analyses », « Je me connecte »), the chrome lines among them skipped."""
    label = next((index for index in range(first_prose) if folded(lines[index].text) in MENU_LABELS), None)
    if label is None:
        return
    items = []
    for index in range(label + 1, first_prose):
        if roles[index] is not None:
            continue
        if not _is_menu_item(lines[index].text, None) or len(items) == MAX_LABELLED_MENU_ITEMS:
            break
        items.append(index)
    if len(items) >= MIN_MENU_ITEMS:
        for index in items:
            roles[index] = ROLE_MENU


def _is_menu_line(text: str) -> bool:
    """Whether a line is a site's menu copied on one line (« Accueil Actualités Offres d’emploi
    Annuaire Contact »): words with no sentence's mark, several of them a menu's."""
    if text.count(" ") < MIN_MENU_LINE_WORDS - 1 or any(mark in text for mark in FULL_STOPS):
        return False  # folded only when it may be one: a line of the top's, many of them sentences
    words = WORD.findall(folded(text))
    return len(words) >= MIN_MENU_LINE_WORDS and sum(word in MENU_WORDS for word in words) >= MIN_MENU_LINE_ITEMS


def _mark_trailing_script(lines: Sequence[Line], roles: list[str | None]) -> None:
    """The page's own script copied after its text (« // ====== », « const ARTICLES = [ { … »),
    to the end of the page: code the article shows as an example comes before more of its text."""
    for index in range(len(lines) - 1, -1, -1):
        if roles[index] is None:
            if not SOURCE_CODE.match(lines[index].text):
                return
            roles[index] = ROLE_SOURCE_CODE


def _mark_lists_said_again(lines: Sequence[Line], roles: list[str | None]) -> None:
    """Runs of list items that list the same items again in the same order: a site's menus."""
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and roles[end] is None and list_match(lines[end].text):
            end += 1
        if end - index >= 2 * MIN_MENU_ITEMS and _said_again([lines[position].text for position in range(index, end)]):
            for position in range(index, end):
                roles[position] = ROLE_MENU
        index = max(end, index + 1)


def _said_again(items: list[str]) -> bool:
    """Whether the run is a few items listed again and again in the same order (« Studio » /
    « Ateliers » / « Carnet » / « Studio » / « Ateliers » / « Carnet »): a site's menus, one per
    screen size, copied together; an article never lists the same things twice in a row."""
    return any(
        all(item == items[position + period] for position, item in enumerate(items[:-period]))
        for period in range(MIN_MENU_ITEMS, len(items) // 2 + 1)
    )


def _mark_contents_entries(lines: Sequence[Line], roles: list[str | None]) -> frozenset[str]:
    """Tables of contents, which the site's own table of contents replaces: after an empty
    « Sommaire » label, the short lines that a line further down repeats, and the list items (the
    page may be cut before the headings they lead to); with no label, a list of short items most
    of which come back below as lines of their own. Returns the entries' keys (``contents_key``):
    the lines below that repeat them are the article's headings."""
    items = [
        len(line.text) <= MAX_CHROME_LENGTH and not line.text.endswith(SENTENCE_STOPS)
        and list_match(line.text) is not None
        for line in lines
    ]
    if ROLE_EMPTY_LABEL not in roles and not _has_run(items, MIN_UNLABELLED_CONTENTS_ENTRIES):
        return frozenset()  # most pages: no label, no list long enough (their lines are not even compared)
    keys = [contents_key(line.text) if len(line.text) <= MAX_CHROME_LENGTH else "" for line in lines]
    # Where each entry comes back last as a line of its own: a bulleted list repeated further down
    # (a summary) is no table of contents.
    last_seen = {
        key: position for position, key in enumerate(keys) if key and not BULLET_ITEM.match(lines[position].text)
    }

    def repeated(position: int) -> bool:
        return last_seen.get(keys[position], -1) > position

    def entry(position: int) -> bool:
        text = lines[position].text
        sentence = text.rstrip(CLOSING_MARKS).endswith(SENTENCE_STOPS)
        return roles[position] is None and bool(keys[position]) and not sentence

    entries: set[str] = set()
    index = 0
    while index < len(lines):
        labelled = roles[index] is ROLE_EMPTY_LABEL
        start = index + 1 if labelled else index
        end = start
        # The run stops at the first heading it leads to (« 1. … » right below the entries).
        while (
            end < len(lines)
            and entry(end)
            and (items[end] or labelled and repeated(end))
            and keys[end] not in keys[start:end]
        ):
            end += 1
        run = range(start, end)
        # Under the label, a lone entry that no line below repeats heads the text under it: the
        # page lost the list the label announced.
        contents = labelled and (len(run) != 1 or repeated(start)) or (
            len(run) >= MIN_UNLABELLED_CONTENTS_ENTRIES
            and not (start > 0 and lines[start - 1].text.endswith(":"))
            and _lead_to_headings([repeated(position) for position in run])
        )
        if contents:
            for position in run:
                roles[position] = ROLE_CONTENTS_ENTRY
                entries.add(keys[position])
        index = max(end, index + 1)
    return frozenset(entries)


def _has_run(flags: list[bool], length: int) -> bool:
    """Whether ``length`` flags in a row are set."""
    run = 0
    for flag in flags:
        run = run + 1 if flag else 0
        if run >= length:
            return True
    return False


def _lead_to_headings(repeated: list[bool]) -> bool:
    """Whether enough of a list's items come back below, counting up to the last one that does."""
    count = sum(repeated)
    if count < MIN_UNLABELLED_CONTENTS_REPEATED:
        return False
    last = max(position for position, again in enumerate(repeated) if again)
    return count >= UNLABELLED_CONTENTS_REPEATED_SHARE * (last + 1)


def contents_key(text: str) -> str:
    """A table of contents' entry or a heading as they are compared: without list marker, section
    numbers, case, accents."""
    return folded(SECTION_NUMBERS.sub("", _menu_text(text, keep_case=True)))


def _is_menu_item(text: str, role: str | None) -> bool:
    if len(text) > MAX_MENU_ITEM_LENGTH or role not in (None, ROLE_INTERFACE, ROLE_MENU):
        return False
    item = _menu_text(text, keep_case=True)
    return (
        bool(item)
        and len(item.split()) <= MAX_MENU_ITEM_WORDS
        and not item.endswith(ENDS_A_SENTENCE)
        and not item[0].isdigit()
    )


def _menu_text(text: str, *, keep_case: bool = False) -> str:
    """A line without its list marker or number: how menus and tables of contents are compared."""
    match = list_match(text)
    item = match["text"] if match else text
    return item.strip() if keep_case else folded(item)


def _mark_english_header(lines: Sequence[Line], roles: list[str | None]) -> None:
    """English lines above the French prose: the template's buttons, banners and notices (« Sign
    up to keep your notes », an affiliate-links disclosure) on a French page."""
    for index in range(_first_prose(lines, roles)):
        if roles[index] is None and is_english(lines[index].text):
            roles[index] = ROLE_INTERFACE


# ``_first_prose`` asks it of the same lines after each rule that marks some chrome.
@lru_cache(maxsize=ENGLISH_CACHE_SIZE)
def is_english(text: str) -> bool:
    """Whether a line is English: words only English uses, and none only French uses. A short line
    needs two of them; a longer one, at least one word in five (``ENGLISH_WORDS_SHARE``)."""
    words = WORD.findall(folded(text))
    if len(words) <= MAX_ENGLISH_HEADER_WORDS:
        english = len(ENGLISH_FUNCTION_WORDS.intersection(words)) >= MIN_ENGLISH_WORDS
        return english and FRENCH_ONLY_WORDS.isdisjoint(words)
    # French prose has a French-only word within its first few: the count is for the rare others.
    return FRENCH_ONLY_WORDS.isdisjoint(words) and (
        sum(word in ENGLISH_FUNCTION_WORDS for word in words) >= ENGLISH_WORDS_SHARE * len(words)
    )


def _first_prose(lines: Sequence[Line], roles: list[str | None]) -> int:
    """Where the article's prose starts: what stands above is the page's header (an English
    notice above a French article is the template's, not its prose)."""
    return next(
        (
            index for index, line in enumerate(lines)
            if roles[index] is None and is_prose(line.text) and not is_english(line.text)
        ),
        len(lines),
    )


def is_prose(text: str) -> bool:
    """Whether a line reads as the article's prose: long, or a sentence of several words."""
    return len(text) > MAX_CHROME_LENGTH or len(text.split()) >= MIN_PROSE_WORDS and text.endswith(ENDS_A_SENTENCE)


def _is_placeholder(text: str) -> bool:
    """Whether a line stands for a picture with nothing of its own to say (« Image », « [photo] »):
    the line above it is then the picture's caption. An alternative text that describes the picture
    (« Image de Julien ») tells nothing of the line above it, which may be the headline."""
    plain = folded(text)
    return ("illustration" in plain or plain.startswith(("[", "image", "photo"))) and not ALT_TEXT_LINE.fullmatch(plain)


def _keywords_only(text: str) -> bool:
    """Whether a line strings keywords together, as a picture's alternative text does: no function
    word (« & » joins a heading's words as « et » does: « Tendances & signaux »), no sign that
    says what a word means (« GEO = Generative Engine Optimization »: a definition)."""
    if "=" in text:
        return False
    words = WORD.findall(folded(text).replace("&", " et "))
    return len(words) >= MIN_CAPTION_WORDS and not FUNCTION_WORDS.intersection(words)

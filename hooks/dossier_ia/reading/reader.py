"""Raw article text → ``Article``: the reader stage, one pure function like Pelican's readers.

Articles are pasted from web pages: the text keeps the page's chrome (menus, bylines, captions:
``chrome`` recognises and drops it), has no markup, and may start with anything but its title.
The title, headings, lists and questions are recovered from the shape of each line (length, final
punctuation, list markers, "Label : text") and of its neighbours, never from knowledge of a site.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from itertools import takewhile

from dossier_ia.french.lexicon import STOPWORDS
from dossier_ia.french.sentences import split_sentences
from dossier_ia.french.text import capitalised, slugify
from dossier_ia.french.tokens import is_english_word, is_french_word
from dossier_ia.notices import Kind, Notice, advice, problem
from dossier_ia.reading.chrome import (
    ChromeScan,
    Dropped,
    contents_key,
    is_caption_sentence,
    is_english,
    is_prose,
    is_section_label,
    scan_page_chrome,
    word_key,
)
from dossier_ia.reading.chrome_rules import MAX_PERIOD_HEADLINE_WORDS, PERSON_NAME, ROLE_BREADCRUMB, ROLE_CAPTION
from dossier_ia.reading.dates import SITE_ADDRESS, parse_date, parse_month, read_byline, without_press_dateline
from dossier_ia.reading.lines import (
    BULLET_ITEM,
    CLOSING_MARKS,
    ELLIPSES,
    EMOJI_START,
    ENDS_A_SENTENCE,
    FULL_STOPS,
    INNER_SENTENCE_END,
    LEADING_SYMBOLS,
    MAX_HEADING_LENGTH,
    MIN_TABLE_ROWS,
    NUMBERED_ITEM,
    Line,
    folded,
    is_heading_like,
    is_title_like,
    list_match,
    one_after_another,
    sets_paragraphs_apart,
    trails_off_as_title,
)
from dossier_ia.reading.model import LIST_ITEMS, Article, Block, BlockKind, DatePrecision
from dossier_ia.reading.source import UnreadableSource, decode_source
from dossier_ia.settings import (
    MAX_DERIVED_TITLE_LENGTH,
    MAX_TITLE_LENGTH,
    MAX_WHOLE_SENTENCE_TITLE_LENGTH,
    METADATA_FILE,
)

MAX_LABEL_WORDS = 8
# The title is looked for among the first lines, before the article's prose starts; a real
# title may be long (MAX_TITLE_LENGTH) and the page may repeat it a few lines below.
MAX_HEADER_LINES = 10
MAX_TITLE_REPEAT_DISTANCE = 3
# A title repeated further down may carry a short label (« Vidéo : … »).
MAX_TITLE_LABEL_LENGTH = 30
# Above the title, lines this short are the site's name, slogan or section, not the title.
MAX_KICKER_WORDS = 4
# A title candidate sharing no word with the article's text is chrome only when the text is this
# long (characters): a short text may not repeat its title's words.
MIN_BODY_LENGTH = 800
# ... and its first this many characters are enough to find them: a headline names what the
# article's opening develops.
MAX_BODY_LENGTH = 6000
# A heading taken as the title must come this early, and say this much.
MAX_TITLE_HEADING_POSITION = 3
MIN_TITLE_HEADING_WORDS = 3
MIN_DERIVED_TITLE_LENGTH = 30
# Signs that point at a sentence as well as mark a list's item.
POINTING_SIGNS = frozenset("✓✔✅☑→➡➔➜👉▸➢➤►▶")
# A line may break after these and go on in lower case on the next one.
WRAPPED_AFTER = (",", "…", "...")
# A line cut short with « … » is a teaser of one of the next this many lines when this much of it
# (without its last word, which may be cut) opens that line.
TEASED_LINES = 4
MIN_TEASER_LENGTH = 20
# A title's repeat comes right below it, or after one sentence or heading (its picture's caption,
# the standfirst).
MAX_TEXTS_BEFORE_REPEAT = 1
# A reading time glued after a headline's last mark (« … le bon outil !5 min read »).
GLUED_READING_TIME = re.compile(r"(?<=[!?.»\w])\d{1,2}\s*min(?:utes?)?\.? (?:read|de lecture)$")
# A pull quote: a quotation alone on its line, between these marks, of at most this many characters.
PULL_QUOTE_OPENINGS = ("«", "“", '"')
PULL_QUOTE_CLOSINGS = ("»", "”", '"')
MAX_PULL_QUOTE_LENGTH = 300
# … and of a few words at least: a section's name may be set in quotation marks (« «Reciblage» »).
MIN_PULL_QUOTE_WORDS = 4
# A sentence of the text given again in large type below it is at most this long; where it starts
# and ends in the text (``_pulls_a_sentence``).
MAX_PULLED_SENTENCE_LENGTH = 200
SENTENCE_BREAKS = (*FULL_STOPS, *PULL_QUOTE_OPENINGS)
SENTENCE_ENDS = ("", *FULL_STOPS, *PULL_QUOTE_CLOSINGS)
# A quotation's last words before their comma and closing mark (« … sur le long terme, » dit-elle).
QUOTE_END_COMMA = re.compile(rf",\s*[{''.join(PULL_QUOTE_CLOSINGS)}]")
# Bullets alone on their lines above their items: so many make a list (one may part a name from a role).
LONE_BULLETS = frozenset("-•*·▪●")
MIN_LONE_BULLETS = 2
# A last word cut by the copy has this many letters at least (« d » may be an elided word).
MIN_CUT_WORD_LENGTH = 2
MAX_WORD_LENGTH = 40
LETTERS = re.compile(r"[^\W\d_]+")
# What closes a phrase and never opens a line of its own (a straight quote may open one).
CONTINUING_MARKS = (")", "]", ",", "»", "”")
MIN_GLUED_SENTENCE_WORDS = 5
# A last paragraph this long without a final stop was cut while being copied, not left so.
MIN_CUT_WORDS = 8
# A footnote's mark: a number in brackets, or glued after a sentence's stop before the next one.
REFERENCE_MARK = re.compile(r"\s?\[\d{1,3}\](?=[\s.,;:!?)]|$)|(?<=[a-zà-ÿ)][.!?])\d{1,2}(?=\s+[A-ZÀ-Ý«])")
REFERENCE_HINT = re.compile(r"[.!?]\d")
# Bullets inside a paragraph after its colon: a list pasted on one line, from this many items.
INLINE_BULLET = re.compile(r"\s+•\s+")
# A numbered list's marker alone, its item cut away (« 3. »), as ``LONE_BULLETS`` are bullets alone.
BARE_ITEM_NUMBER = re.compile(r"\d{1,2}[.)]")
# What a sentence that announces what follows ends on, in place of a colon (« … quelques nuances 👇 »):
# no section's title.
POINTING_DOWN = ("👇", "⬇️", "⬇", "⤵️", "⤵", "↓")
# A dash that opens a bulleted item's text: the page's list marker under the copy's bullet.
SECOND_DASH = re.compile(r"^[-–]\s+(?=\S)")
# A newsletter's or a magazine's name and its issue's number (« Le Café du commerce – #214 »): the
# issue's headline comes below it.
ISSUE_NAME = re.compile(r".{2,60}\s[–—-]\s*(?:#|n°\s?|no\s)\d{1,4}$")
# A dateline's label glued to the last word or mark of the line before it (« … sans vendeurMis à jour le : »).
GLUED_DATELINE = re.compile(r"(?<=[a-zà-ÿ!?.»])(?:Publié|Mis à jour|Modifié|Posté|Actualisé) le\b")
# A list's dash glued to the end of the sentence before it (« … pour :- Encourager… », « … s’amuser.- Points »).
GLUED_FIRST_ITEM = re.compile(r"(?<=[.:!?])-\s?(?=[A-ZÀ-Ý])")
MIN_INLINE_BULLETS = 2
# Short lines in a row after a sentence ending with a colon are its list, from this many.
MIN_UNMARKED_ITEMS = 2
# No text ends on these: a comma, a semicolon or a colon announce more, an opening mark its close.
UNFINISHED_MARKS = (",", ";", ":", "(", "«", "“", "—", "–")
# A word cut after its first letter (« Lorsqu’un i »): a lone letter that is no French word.
CUT_LETTER = re.compile(r"(?<![\w’'])(?![aày])[a-zà-ÿ]$")

ROLE_HEADER = "l’en-tête du site (nom, slogan ou rubrique au-dessus du titre)"
ROLE_TITLE_REPEAT = "le titre, répété"
ROLE_REPEATED_LINE = "une ligne répétée"
# A web address in a line (« www.exemple.fr », « https://… »).
WEB_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S")
# A line that opens on a word linking it to the sentence before (« Pour autant, doit-on … ? ») goes on
# with the text: no heading starts so.
LINKED_OPENING = re.compile(
    r"(?:pour autant|plus encore|pourtant|cependant|toutefois|néanmoins|en effet|ainsi|bref|du coup|or|donc"
    r"|par ailleurs|de plus|en outre|d[’']ailleurs|en revanche|autrement dit|en somme|au contraire),\s",
    re.IGNORECASE,
)
# A paragraph this long given again word for word further down was pasted twice: the article's own
# sentences are not repeated whole.
MIN_REPEATED_PARAGRAPH_LENGTH = 80
# A headline that ends on its mark, then its byline (« … ? Par Jeanne Roy (EX) », « … ? par Jeanne Roy »), or its byline
# after a comma, as a guest's column is signed (« Ce que le salon nous a appris, par Jeanne Roy »).
SIGNED_HEADLINE = re.compile(
    rf"(?:(?P<headline>.+?[?!.»])\s+[Pp]ar|(?P<column>.+?),\s+par) (?P<name>{PERSON_NAME.pattern})"
    r"(?:\s*\([^()]{1,20}\))?"
)
TYPOGRAPHIC_APOSTROPHE = "’"
# How a teaser cut short ends: an ellipsis, bare or in brackets.
CUT_MARKS = (*ELLIPSES, "[…]", "[...]")
# The marks that a browser's title may leave out of the headline (« Titre la question » for
# « Titre : la question ? »).
HEADLINE_MARKS = frozenset(":?!")
# « Question 2 : … », « Q2 : … », « Question 2 – … »
QUESTION = re.compile(r"^\s*(?P<label>question\s*\d*|q\s*\d+)\s*(?::|[–—]|\s-)\s*(?P<text>\S.*)$", re.IGNORECASE)
ANSWER = re.compile(r"^\s*(?:réponse|répondre|reponse|repondre|r)\s*\d*\s*:\s*(?P<text>\S.*)$", re.IGNORECASE)
ROMAN_HEADING = re.compile(r"^(?P<number>[IVX]{1,4})[.)]\s+(?P<text>[A-ZÀ-Ý].*)$")
# An interview's turn, its speaker before a colon: a person's name, or its initials, with a role
# after a comma (« Jeanne Roy : … », « J.-P.R. : … », « Jeanne Roy, directrice de Exemple: … »).
INTERVIEWEE = re.compile(
    rf"^(?P<speaker>(?:{PERSON_NAME.pattern}|(?:[A-ZÀ-Ý]\.\s?-?){{2,4}})(?:\s*,\s*[^:?!.]{{2,80}}?)?)"
    r"\s?:\s+(?P<text>\S.*)$"
)
# The interviewer's turn may be signed with the newspaper's name or its initials (« Exemple Mag :
# Pourquoi … ? », « EM : … ? »): one to three words with a capital.
INTERVIEWER = re.compile(r"^(?P<speaker>[A-ZÀ-Ý][\w’'.-]*(?: [A-ZÀ-Ý][\w’'.-]*){0,2})\s?:\s+(?P<text>\S.*\?)$")
# A subsection's number (« 1.2/ », « 2.3. »): the line is its heading, even closed by a period.
SUBSECTION_HEADING = re.compile(r"^\d{1,2}(?:\.\d{1,2})+[./)]?\s+(?P<text>[A-ZÀ-Ý].*?)\.?$")
# The mark of a heading's permalink, pasted after its last word (« … le bilan¶ », « … vraiment# »);
# « C# » keeps its sign.
PERMALINK_MARK = re.compile(r"(?<=[a-zà-ÿ0-9)?!»])\s*[#¶]$")
# A paragraph's large first letter set apart from the rest of its word (« L a récente étude »,
# « L ’IA »): a letter that is no word alone.
SPACED_DROP_CAP = re.compile(r"(?P<letter>[B-HJ-NP-XZ]) (?P<rest>['’]|[a-zà-ÿ]+\b)")
# Spaces a page's layout puts in a row (a no-break space is the typography's: it stays).
SPACE_RUN = re.compile(r"[ \t]{2,}")
# A news agency's section heading, between dashes (« - Des clients plus jeunes - »): no list item.
DASHED_HEADING = re.compile(r"\s*[-–—]\s+(?P<text>[^-–—.!?]{2,80}?)\s+[-–—]\s*")
LABELLED_TEXT = re.compile(r"^(?P<label>[^:.!?]{2,80}?)\s*:\s+(?P<text>\S.*)$")
# A heading pasted against its first sentence with no space (« Manque de créativitéSi l’IA… »):
# split only where a common French sentence opening follows a lower-case letter.
SENTENCE_OPENINGS = (
    "Le|La|Les|L’|L'|Un|Une|Des|Ce|Cette|Ces|Si|En|Dans|Pour|Avec|Il|Elle|Ils|Elles|On|Nous|Vous|"
    "Selon|Grâce|Bien|Mais|Depuis|Aujourd’hui|Aujourd'hui|Alors|Quand|Lorsque|Lorsqu’|Face|Parmi|"
    "Au|Aux|Du|D’|D'|C’est|C'est|Cependant|Pourtant|Ainsi|Enfin|Chaque|Tous|Toutes|Certaines|Certains"
)
GLUED_HEADING = re.compile(
    rf"(?P<heading>[A-ZÀ-Ý0-9«\"“][^.!?:;]{{2,90}}?[a-zà-ÿ0-9)»”])"
    # the opening word followed by a space (« ModiFace, » is a name, no heading glued to « Face »)
    rf"(?P<sentence>(?:{SENTENCE_OPENINGS})(?:(?<=[’'])|(?=\s)).*[.!?…»”\"])"
)
TITLE_WORD = re.compile(r"(?<![a-z0-9])[a-z]{4,}")
CAMEL_CASE = re.compile(r"[a-zà-ÿ][A-ZÀ-Ý]")
# A first line of one sentence this long at most, alone in its paragraph above the prose, is the
# headline closed by a period (« Nous avons confié un article entier à un assistant de rédaction. »).
MAX_SENTENCE_HEADLINE_WORDS = 14
# Where a long first sentence may be cut into a complete title: before a clause.
# Words that open a phrase setting the scene of a sentence (folded), and the endings of the
# participles that do so (« Lancée en 2020, … », « S’appuyant sur … »).
PHRASE_OPENERS = frozenset(
    "a au aux dans en pour face selon avec depuis apres avant lors sur sous chez par malgre grace comme "
    "d'ici du entre".split()
)
PARTICIPLE_OPENINGS = ("ee", "ees", "ant")
MIN_PARTICIPLE_LENGTH = 5
# The site's name after a browser's title, with its web address (« … | Exemple.fr »).
TITLE_SITE = re.compile(rf"(?P<separator>\s[-–—|]\s)[^-–—|]*{SITE_ADDRESS}$", re.IGNORECASE)
# What a page's layout sets before a line's text: a bar of the Unicode block elements, a video's
# time glued to the caption's first capital, a heading's marks in Markdown (« ## Les risques »).
LINE_MARKS = re.compile(r"^(?:[\u2580-\u259f]+\s*|\d{1,2}:\d{2}(?::\d{2})?(?=[A-ZÀ-Ý«“])|#{1,6}\s+(?=\S))")
# ... looked for only on lines that open on one of these, or on a sign from the block elements on.
LINE_MARK_INITIALS = frozenset("#0123456789")
LINE_MARK_BLOCKS = "\u2580"
# A link's label in capitals that a list's item or a teaser ends on (« … grosse consommatrice. LIRE »).
LINK_LABEL_AFTER = re.compile(r"(?<=[.!?…»])\s+(?:LIRE(?: LA SUITE)?|EN SAVOIR PLUS|VOIR PLUS)$")
# A section's name behind an emoji and before a colon is this many words at most, the emoji included.
MAX_EMOJI_HEADING_WORDS = 7
# The mark that closes each opening quotation mark.
QUOTE_CLOSERS = dict(zip(PULL_QUOTE_OPENINGS, PULL_QUOTE_CLOSINGS))
CLAUSE_BREAK = re.compile(
    r"\s*(?:[:;,–—(]|\s-\s)\s*|\s+(?=(?:qui|que|dont|où|car|mais|afin|tout en|alors que|ce qui|\w+ant|"
    r"en|pour|avec|dans|sur|par|grâce|selon|depuis|chez|entre|sans|face|via)\b)"
)
ANSWER_LABEL = "Réponse"
# A derived title never ends on these (folded, after an elision: « n’est » ends on « est »): a
# phrase that stops on an article, a preposition or an auxiliary (« L’IA est ») is cut mid-way.
DANGLING_WORDS = frozenset(
    "le la les l un une des du de d au aux a et ou en dans par pour sur avec sans sous vers chez que qu "
    "qui dont ou ce c cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes est sont ont "
    "etait etaient sera seront etre avoir ne n pas plus tres si mais car comme notamment nouvel bel vieil "
    "tandis lorsque puisque quand "
    # a pronoun that names what follows (« celui qui… », « que ce soit… »), or sets a subject apart
    # (« les vendeurs, eux, … »)
    "celui celle ceux celles soit eux lui".split()
)


class EmptyArticle(UnreadableSource):
    """The file holds no text: there is nothing to publish."""


@dataclass(frozen=True)
class ArticleMetadata:
    """What the editor states about a file in the metadata file, overriding what the text suggests."""

    title: str | None = None
    date: dt.date | None = None
    source_url: str | None = None
    author: str | None = None
    publisher: str | None = None
    slug: str | None = None


def read_article(source_name: str, raw: bytes, metadata: ArticleMetadata | None = None) -> Article:
    """Read one article file; raises ``UnreadableSource`` when there is nothing publishable in it."""
    metadata = metadata or ArticleMetadata()
    source = decode_source(raw, source_name)
    issues = list(source.issues)
    lines = [
        Line(number, _without_line_marks(text.strip()), number)
        for number, text in enumerate(source.lines, start=1) if text.strip()
    ]
    if not lines:
        raise EmptyArticle("l’article est vide : ajoutez-y du texte ou retirez le fichier")
    scan = scan_page_chrome(_with_drop_caps(_with_glued_datelines_apart(lines)))
    content, repeated = _drop_repeated_lines(
        _split_inline_bullets(_without_reference_marks(_join_wrapped_lines(scan.content)))
    )
    title, content, header = _take_title(content, scan, frozenset(dropped.line.text for dropped in repeated))
    blocks = _blocks(content, scan.contents_entries)
    if not blocks:
        issues.append(
            problem(
                Kind.SOURCE, source_name, "l’article n’a qu’un titre et aucun contenu : complétez-le", lines[0].number
            )
        )
    guessed, blocks_of = False, raw
    if not (metadata.title or title):
        headings = _title_headings(blocks, scan.contents_entries)
        if (heading := _title_heading(blocks, headings)) is not None:
            # the heading is the page's title now: shown again right below it, it would read as a repeat;
            # the same text with a title from the editor keeps it, so the blocks' hash tells them apart
            title, blocks = _without_number(heading.text), tuple(block for block in blocks if block is not heading)
            blocks_of += f"\0{heading.line}".encode()
        else:
            title, guessed = _derive_title(blocks, source_name), True
    title, signed = (metadata.title, None) if metadata.title else _without_signature(_headline(title))
    if len(title) > MAX_TITLE_LENGTH:
        issues.append(
            problem(
                Kind.SOURCE,
                source_name,
                f"le titre dépasse {MAX_TITLE_LENGTH} caractères : donnez-lui un titre plus court (« title: ») "
                f"dans {METADATA_FILE}",
            )
        )
    left_out = sorted([*scan.dropped, *repeated, *header], key=lambda dropped: dropped.line.number)
    date, precision = metadata.date or scan.date, DatePrecision.DAY
    if date is None and scan.month is not None:
        date, precision = scan.month, DatePrecision.MONTH
    return Article(
        source_name=source_name,
        title=title,
        slug=metadata.slug or slugify(title) or slugify(source_name.rsplit(".", 1)[0]) or "article",
        blocks=blocks,
        content_hash=hashlib.sha256(blocks_of).hexdigest()[:16],
        date=date,
        date_precision=precision,
        source_url=metadata.source_url,
        author=metadata.author or scan.author or signed,
        publisher=metadata.publisher,
        issues=tuple(issues),
        left_out=tuple(_left_out_notice(dropped, source_name) for dropped in left_out),
        # a copy that stops on a list's marker with no item after it (« - ») was cut as well
        cut_short=_stops_mid_sentence(blocks) or _ends_on_a_bare_marker(lines[-1].text),
        title_guessed=guessed,
    )


def _stops_mid_sentence(blocks: tuple[Block, ...]) -> bool:
    """Whether the text stops in the middle of a sentence, as a page copied in part does (« … ce
    qui augment »): it ends on a comma or an opening mark, or on a lone letter (« Lorsqu’un i »);
    its last paragraph runs on without a final stop, or reads as a heading (a section's title with
    no section, « L’IA générative pour amélior »), or its last item stops on a word that needs
    what follows (« moins de »). A list item may end without a stop, and a signature is a name; a
    heading is never the last block of a whole article."""
    last = blocks[-1] if blocks else None
    if last is None:
        return False
    text = last.text.rstrip()
    if text.endswith(UNFINISHED_MARKS) or CUT_LETTER.search(text) or _left_open(text):
        return True
    if text.endswith(ENDS_A_SENTENCE):
        return False
    if last.kind is BlockKind.HEADING or _ends_on_a_cut_word(text):
        return True
    if last.kind in (BlockKind.PARAGRAPH, BlockKind.ANSWER) and (
        len(text.split()) >= MIN_CUT_WORDS or is_heading_like(text) and not PERSON_NAME.fullmatch(text)
    ):
        return True
    return _dangles(text)


def _ends_on_a_bare_marker(text: str) -> bool:
    """Whether the copy's last line is a list's marker with no item after it (« - », « 3. »)."""
    return text in LONE_BULLETS or BARE_ITEM_NUMBER.fullmatch(text) is not None


def _ends_on_a_cut_word(text: str) -> bool:
    """Whether the last word, in lower case, is no word of French nor of the English that articles
    borrow: the copy cut it (« … une attente moins longu », « … les bornes de pai »); a name or an acronym
    keeps its capitals."""
    words = LETTERS.findall(text[-MAX_WORD_LENGTH:])
    if not words or not words[-1].islower() or len(words[-1]) < MIN_CUT_WORD_LENGTH:
        return False
    return not is_french_word(words[-1]) and not is_english_word(words[-1])


def _left_open(text: str) -> bool:
    """Whether a parenthesis or a guillemet opened in the last block is never closed."""
    return text.count("(") > text.count(")") or text.count("«") > text.count("»")


def _left_out_notice(dropped: Dropped, source_name: str) -> Notice:
    text = dropped.line.text if len(dropped.line.text) <= 80 else f"{dropped.line.text[:79]}…"
    return advice(
        Kind.LEFT_OUT, source_name,
        f"« {text} » est lu comme {dropped.role} et n’est pas publié ; si cette ligne fait partie de "
        "l’article, récrivez-la en phrase complète", dropped.line.number,
    )


def _join_wrapped_lines(lines: list[Line]) -> list[Line]:
    """Hard-wrapped text: a line that stops mid-sentence (or on a comma or an ellipsis that the
    next line goes on from: « … déçoivent, » / « alors même que … ») and the next one, in lower
    case, are one line; so are a line and the next one when it opens on a closing mark (« … (robots.txt » / « ),
    puis … »: a page's code span broke the line), which no sentence starts with. A blank line may
    part the two halves when the first stops on a word that needs what follows (« … permet aux
    entreprises de » / « lancer … »): a printed paper's column broke the paragraph."""
    joined: list[Line] = []
    for line in lines:
        previous = joined[-1] if joined else None
        if previous and previous.last_number + 1 == line.number and line.text.startswith(CONTINUING_MARKS):
            joined[-1] = Line(previous.number, f"{previous.text}{line.text}", line.number)
        elif (
            previous
            and line.text[0].islower()
            and (
                previous.last_number + 1 == line.number
                and (not previous.text.endswith(ENDS_A_SENTENCE) or previous.text.endswith(WRAPPED_AFTER))
                or previous.last_number + 2 == line.number and previous.text[-1:].isalpha() and _dangles(previous.text)
            )
        ):
            joined[-1] = Line(previous.number, f"{previous.text} {line.text}", line.number)
        else:
            joined.append(line)
    return joined


def _drop_repeated_lines(lines: list[Line]) -> tuple[list[Line], list[Dropped]]:
    """A line pasted twice in a row is shown once, and so is a paragraph the copy gave again further
    down (a block of the page pasted twice); a line that opens the next one (a teaser repeating
    the lead's first sentence), or cut short with « … » and opening one of the next lines (a page's
    header or breadcrumb shortens the headline: « Les clients face aux a… », then « Les clients
    face aux assistants vocaux »), is shown only there; so is a pull quote (``_pulls_a_quote``)."""
    kept: list[Line] = []
    repeated: list[Dropped] = []
    paragraphs: set[str] = set()
    for index, line in enumerate(lines):
        following = lines[index + 1 : index + 1 + TEASED_LINES]
        paragraph = len(line.text) >= MIN_REPEATED_PARAGRAPH_LENGTH and line.text.endswith(FULL_STOPS)
        # the copy may have changed the apostrophes (’ and '): compared with plain ones, cheaply, as
        # every paragraph of every article is (its words, folded, cost a third of the reading)
        key = line.text.replace(TYPOGRAPHIC_APOSTROPHE, "'") if paragraph else None
        in_repeat = bool(repeated) and repeated[-1].line is lines[index - 1]
        if (
            kept and kept[-1].text == line.text or key in paragraphs
            # a block pasted twice goes on with its heading again, and may stop mid-paragraph
            or in_repeat and any(line.text == other.text for other in kept)
            or not following and _cuts_a_paragraph_short(line.text, paragraphs)
            or _teases(line.text, following) or _pulls_a_quote(line.text, following)
            # a line shaped as a heading is the headline or a section's name, which may take up a
            # question the paragraph above quotes (« … la question « Les robots créeront-ils ? » »)
            or not is_heading_like(line.text) and (
                _pulls_a_sentence(line.text, kept[-TEASED_LINES:])
                or _pulls_a_sentence(line.text, following, within=True)
            )
        ):
            repeated.append(Dropped(line, ROLE_REPEATED_LINE))
        else:
            kept.append(line)
            if key is not None:
                paragraphs.add(key)
    return kept, repeated


def _cuts_a_paragraph_short(text: str, paragraphs: set[str]) -> bool:
    """Whether the text's last line is the start of a paragraph given above, the copy of a block
    pasted twice stopping there (« D’ailleurs, les acteurs de la distribution… elle saura q »)."""
    start = text.replace(TYPOGRAPHIC_APOSTROPHE, "'")
    return len(start) >= MIN_REPEATED_PARAGRAPH_LENGTH and any(other.startswith(start) for other in paragraphs)


def _pulls_a_quote(text: str, following: list[Line]) -> bool:
    """Whether the line is a quotation set apart in large type (a pull quote: « “Je vous trouve un
    train !” ») that one of the ``following`` lines gives in its text: shown once, there."""
    if len(text) > MAX_PULL_QUOTE_LENGTH or text[:1] not in PULL_QUOTE_OPENINGS or text[-1:] not in PULL_QUOTE_CLOSINGS:
        return False
    words = word_key(text)
    return (
        len(words) >= MIN_TEASER_LENGTH and len(text.split()) >= MIN_PULL_QUOTE_WORDS
        and any(words in word_key(line.text) for line in following)
    )


def _pulls_a_sentence(text: str, around: list[Line], within: bool = False) -> bool:
    """Whether the line is one of the sentences of the lines ``around`` it, whole, set apart in
    large type under or above it (an interview's pull quote: « L’outil ne remplace pas l’équipe. »):
    shown once, in the text. Only a whole sentence: a heading may take up the words of the
    paragraph above it; and, ``within`` the lines below, never their first one: a heading names
    what the paragraph under it opens on (« Le filtrage collaboratif » / « Le filtrage
    collaboratif compare… »), and a teaser is one (``_teases``)."""
    if len(text) > MAX_PULLED_SENTENCE_LENGTH or len(text) < MIN_TEASER_LENGTH or not around:
        return False
    sentence = text.strip("".join(PULL_QUOTE_OPENINGS + PULL_QUOTE_CLOSINGS) + " ").rstrip("".join(FULL_STOPS))
    sentence = sentence.replace(TYPOGRAPHIC_APOSTROPHE, "'")
    for line in around:
        before = line.text.replace(TYPOGRAPHIC_APOSTROPHE, "'")
        at = before.find(sentence)
        end = at + len(sentence)
        if (at > 0 or at == 0 and not within) and _opens_a_sentence(before[:at]) and any(
            map(str.isalpha, before[:at] + before[end + 1 :])
        ):
            # a quotation ends on a comma before its closing mark (« … sur le long terme, » dit-elle)
            return before[end : end + 1] in SENTENCE_ENDS or QUOTE_END_COMMA.match(before, end) is not None
    return False


def _opens_a_sentence(before: str) -> bool:
    """Whether what comes ``before`` a place in a line leaves a sentence to start there: nothing, or
    words that end on a sentence's end, an opening quotation mark or an emoji (« … pensées. 😉
    L’outil … »); not a list's number (« 1. »)."""
    last = before.rstrip()[-1:]
    return not last or (last in SENTENCE_BREAKS or last >= EMOJI_START) and any(map(str.isalpha, before))


def _teases(text: str, following: list[Line]) -> bool:
    """Whether a line is a sentence that opens the next line, or cut short with « … » (« […] ») the start of
    one of the ``following`` lines, or of the paragraphs that follow one another from it (a page's
    summary may run over the end of the first paragraph: « … 40 millions d’euros. Dès cet été,
    10 millions seront … »)."""
    if not text.endswith(CUT_MARKS):
        return (
            len(text) >= MIN_TEASER_LENGTH and text.endswith(FULL_STOPS)
            and bool(following) and following[0].text.startswith(f"{text} ")
        )
    start = text.rstrip(".…[] ").rsplit(" ", 1)[0]
    if len(start) < MIN_TEASER_LENGTH:
        return False
    # compared by their words: a summary may space a figure otherwise (« 6, 3 % »)
    words = word_key(start)
    for index, line in enumerate(following):
        opening = word_key(line.text)
        if opening.startswith(words) and len(opening) > len(words):
            return True
        if words.startswith(opening) and len(opening) >= MIN_TEASER_LENGTH:
            run = word_key(" ".join(later.text for later in following[index:]))
            return run.startswith(words) and len(run) > len(words)
    return False


def _without_line_marks(text: str) -> str:
    """A line without the marks a page's layout sets before its text: a decorative bar
    (« ▌Coca-Cola mise sur… »), a video player's time glued to its cue (« 01:29Des enjeux… »), a
    Markdown heading's marks (« # Titre »); nor a link's label in capitals after it (« … LIRE »)."""
    # looked for only where they may be: most lines open on a letter and end on a stop
    if text[:1] in LINE_MARK_INITIALS or text[:1] >= LINE_MARK_BLOCKS:
        text = LINE_MARKS.sub("", text) or text
    if text[-1:].isupper():
        text = LINK_LABEL_AFTER.sub("", text) or text
    return text


def _with_glued_datelines_apart(lines: list[Line]) -> list[Line]:
    """A publication date's label glued to the end of the line before it, with no space (« Le rayon
    sans vendeurMis à jour le : 02-05-2023 »), starts a line of its own: the dateline the page
    set below the headline's repeat, which the copy joined."""
    apart: list[Line] = []
    for line in lines:
        # the labels' last words, looked for first: a pattern searched on every line costs more
        hinted = "é le" in line.text or "jour le" in line.text
        match = GLUED_DATELINE.search(line.text) if hinted else None
        if match is None:
            apart.append(line)
            continue
        apart.append(Line(line.number, line.text[: match.start()], line.last_number))
        apart.append(Line(line.number, line.text[match.start() :], line.last_number))
    return apart


def _with_drop_caps(lines: list[Line]) -> list[Line]:
    """A paragraph's large first letter pasted alone on its line (« L » / « e paysage a changé… »),
    or set apart from its word by a space (« L a récente enquête… », « L ’IA… »), is put back at the
    start of its word; a list's bullets, each pasted alone on its line above its item (« - » /
    « moins de ruptures » / « - » / « un réassort rapide »), before their items."""
    lines = [_with_spaced_drop_cap(line) if line.text[1:2] == " " else line for line in lines]
    if not any(len(line.text) == 1 for line in lines):
        return lines
    listed = sum(1 for line in lines if line.text in LONE_BULLETS) >= MIN_LONE_BULLETS
    joined: list[Line] = []
    for line in lines:
        previous = joined[-1] if joined else None
        if previous and len(previous.text) == 1 and previous.text.isupper() and line.text[:1].islower():
            joined[-1] = Line(previous.number, previous.text + line.text, line.last_number)
        elif listed and previous and previous.text in LONE_BULLETS and line.text not in LONE_BULLETS:
            joined[-1] = Line(previous.number, f"{previous.text} {line.text}", line.last_number)
        else:
            joined.append(line)
    return joined


def _with_spaced_drop_cap(line: Line) -> Line:
    """The line with its first letter joined to the word a space parts it from, when the letter
    alone is no word and, joined, they make one (« L a » → « La »; not « A la une », « B to B »)."""
    match = SPACED_DROP_CAP.match(line.text)
    if match is None or match["rest"][:1].isalpha() and not is_french_word(match["letter"] + match["rest"]):
        return line
    return Line(line.number, match["letter"] + line.text[2:], line.last_number)


def _without_reference_marks(lines: list[Line]) -> list[Line]:
    """The text without the marks of the site's footnotes and links (« … par l’IA [1]. »,
    « … leurs opérations.1 Lorsqu’ils … »): their notes are not in the copy, so they point nowhere."""
    return [
        Line(line.number, REFERENCE_MARK.sub("", line.text), line.last_number)
        if ("[" in line.text or REFERENCE_HINT.search(line.text)) else line
        for line in lines
    ]


def _split_inline_bullets(lines: list[Line]) -> list[Line]:
    """A list pasted inside its paragraph (« … deux limites : • Rigidité : … • Coût : … »): the
    text before the first bullet, then one line per item; and a list's first item glued to the
    sentence that announces it (« … la gamification pour :- Encourager les visites… »), the next
    items below it."""
    split: list[Line] = []
    for index, line in enumerate(lines):
        glued = GLUED_FIRST_ITEM.search(line.text) if "-" in line.text else None
        if glued and index + 1 < len(lines) and lines[index + 1].text.startswith("- "):
            split.append(Line(line.number, line.text[: glued.start()].rstrip(), line.last_number))
            split.append(Line(line.number, f"- {line.text[glued.end() :]}", line.last_number))
            continue
        parts = INLINE_BULLET.split(line.text) if line.text.count("•") >= MIN_INLINE_BULLETS else [line.text]
        if len(parts) <= MIN_INLINE_BULLETS or not parts[0].rstrip().endswith(":"):
            split.append(line)
            continue
        split.append(Line(line.number, parts[0].rstrip(), line.last_number))
        split.extend(Line(line.number, f"- {part.strip()}", line.last_number) for part in parts[1:] if part.strip())
    return split


def _take_title(
    lines: list[Line], scan: ChromeScan, repeated: frozenset[str] = frozenset()
) -> tuple[str | None, list[Line], list[Dropped]]:
    """The page's title among the lines above its prose, the lines without it (and without its
    repetitions), and the site's header lines found above it. A breadcrumb ending with the
    title's words names it; lines above a breadcrumb are the site's header, except the title
    pasted again just below it (``repeated``: the lines pasted twice, once shown)."""
    lines = _headline_on_two_lines(lines)
    zone, candidates = [], []
    if _lowercase_headline(lines):
        # a page that writes its headline in lower case (« l’IA bouleverse le SEO… ? »)
        lines = [Line(lines[0].number, capitalised(lines[0].text), lines[0].last_number), *lines[1:]]
    for index, line in enumerate(lines[:MAX_HEADER_LINES]):
        if _numbered_headline(lines, index):
            # a blog's post number before its headline (« 66. comment protéger sa marque… ? »)
            headline = _without_number(line.text)
            line = Line(line.number, capitalised(headline), line.last_number)
            lines = [*lines[:index], line, *lines[index + 1 :]]
        if list_match(line.text) or QUESTION.match(line.text):
            break
        if (
            is_title_like(line.text)
            or index == 0 and _is_sentence_title(lines, scan.headline_marks, scan.breadcrumb_title is None)
            or _trailing_headline(lines, index, scan.byline_numbers)
            # a sentence pasted twice at the top of the page: the headline and its repeat
            or index == 0 and line.text in repeated and len(line.text) <= MAX_TITLE_LENGTH
        ):
            if not is_section_label(line.text) and not _names_no_article(line.text) and not ISSUE_NAME.match(line.text):
                candidates.append(index)
        elif len(line.text.split()) > MAX_KICKER_WORDS or (
            # a kicker may trail off to tease the headline (« Une bonne nouvelle… »): no sentence
            line.text.endswith(ENDS_A_SENTENCE) and not line.text.endswith(ELLIPSES)
        ):
            break
        zone.append(index)
    breadcrumb = min((dropped.line.number for dropped in scan.dropped if dropped.role is ROLE_BREADCRUMB), default=None)
    step = folded(scan.breadcrumb_title) if scan.breadcrumb_title else None
    named = next((index for index in candidates if step and folded(lines[index].text).startswith(step)), None)
    if named is None and breadcrumb is not None:
        candidates = [
            index for index in candidates if lines[index].number > breadcrumb or lines[index].text in repeated
        ]
    if named is None:
        candidates = _about_the_article(lines, candidates, zone)
    chosen = named if named is not None else _choose_title(lines, candidates, scan.byline_numbers)
    if chosen is not None:
        title, above = _headline(lines[chosen].text), [index for index in zone if index <= chosen]
    elif scan.breadcrumb_title:
        title, above = scan.breadcrumb_title, [index for index in zone if lines[index].number < (breadcrumb or 0)]
    else:
        # No headline: a lone word above the prose is the page's section (« Agence », « Édito »),
        # which the title derived from the lead replaces, as is an issue's name; a line with a web
        # address, its header.
        kickers = {
            index for index in zone
            if _names_no_article(lines[index].text) and not is_section_label(lines[index].text)
            or ISSUE_NAME.match(lines[index].text)
        }
        rest = [line for index, line in enumerate(lines) if index not in kickers]
        return None, rest, [Dropped(lines[index], ROLE_HEADER) for index in sorted(kickers)]
    header = [Dropped(lines[index], ROLE_HEADER) for index in above if index != chosen]
    key = word_key(title)
    rest = []
    # The sentences and headings kept since the title: a repeat comes right below it, or after one
    # of them (a caption, the standfirst); further down, the title's words head a section
    # (« Qu’est-ce qu’un agent conversationnel ? » after the introduction).
    texts, prose = 0, False
    below = lines[(above[-1] + 1 if above else 0) :]
    for index, line in enumerate(below):
        # Only lines about the title's length can repeat it: the others are not even folded.
        if (
            len(title) <= len(line.text) <= len(title) + MAX_TITLE_LABEL_LENGTH
            # further down, the title again heads no section when a heading follows it at once
            and (texts <= MAX_TEXTS_BEFORE_REPEAT or _heads_nothing(below, index, key))
            and _repeats_title(word_key(line.text), key)
            # « Pourquoi <titre> ? » asks what the first section answers: a heading of its own
            and not (line.text.endswith("?") and not title.endswith("?") and word_key(line.text) != key)
        ):
            if word_key(line.text) == key and _marks(title) < _marks(line.text):
                # the same words with their marks (« Titre : la question ? » below « Titre la
                # question », a browser's title): the headline as the page prints it
                title = _headline(line.text)
            if len(rest) == 1 and is_caption_sentence(rest[0].text) and not _develops(rest[0].text, key):
                # one short line between the headline and its repeat: the picture's caption, unless
                # it is a sentence on the headline's subject (the standfirst)
                header.append(Dropped(rest.pop(), ROLE_CAPTION))
            header.append(Dropped(line, ROLE_TITLE_REPEAT))
        elif (
            not prose
            and len(line.text) < len(title) <= len(line.text) + MAX_TITLE_LABEL_LENGTH
            and _repeats_title(key, word_key(line.text))
        ):
            # the headline again without the rubric the page glued before it (« Rubrique Titre »
            # above, « Titre » below), before any sentence (after one, a section may be named by
            # the title's last words): that is the headline; or without its final mark
            if word_key(line.text) != key:
                title, key = _headline(line.text), word_key(line.text)
            header.append(Dropped(line, ROLE_TITLE_REPEAT))
        elif not rest and (standfirst := _after_title(line.text, title)):
            # the title pasted again before the standfirst, on its line (« Titre Le chapô… »)
            header.append(Dropped(Line(line.number, title, line.number), ROLE_TITLE_REPEAT))
            rest.append(Line(line.number, standfirst, line.last_number))
            prose = prose or standfirst.endswith(FULL_STOPS)
        else:
            rest.append(line)
            prose = prose or line.text.endswith(FULL_STOPS)
            texts += line.text.endswith(FULL_STOPS) or is_heading_like(line.text)
    return title, rest, header


def _heads_nothing(lines: list[Line], index: int, title_key: str) -> bool:
    """Whether the line is the title exactly and the next line is a heading: the page shows its
    title again above its first section, a heading with nothing of its own under it."""
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    return is_heading_like(following) and not list_match(following) and word_key(lines[index].text) == title_key


def _marks(text: str) -> set[str]:
    """The marks a headline may print or a page's title leave out (``HEADLINE_MARKS``)."""
    return set(text).intersection(HEADLINE_MARKS)


def _names_no_article(text: str) -> bool:
    """Whether a short line above the prose cannot be the headline: one word names a section
    (« Agence », « Édito »: a headline says what happened), a web address belongs to the
    site's header or footer (« Accréditation n° 12. Portée sur www.exemple.fr »), and a line
    ending on a comma goes on below (« Je soussignée Jeanne Roy, »). A mark set apart by its space
    is no word (« Qui ? »: a case study's first label)."""
    words = [word for word in text.split() if any(map(str.isalnum, word))]
    return len(words) == 1 or text.endswith(",") or WEB_ADDRESS.search(text) is not None


def _without_signature(title: str) -> tuple[str, str | None]:
    """The headline without the byline the page glued after it (« Faut-il avoir peur ? Par Jeanne
    Roy (EX) », « Ce que le salon nous a appris, par Jeanne Roy »), and the author it names."""
    match = SIGNED_HEADLINE.fullmatch(title)
    return (match["headline"] or match["column"], match["name"]) if match else (title, None)


def _develops(text: str, title_key: str) -> bool:
    """Whether a line is a sentence that shares a word with the title (``word_key``): a standfirst."""
    return text.endswith(FULL_STOPS) and not _speaks_of_something_else(text, title_key)


def _about_the_article(lines: list[Line], candidates: list[int], zone: list[int]) -> list[int]:
    """The candidates that share a word with the article's text, when one does: a site's tagline, a
    search box's placeholder or an author's label above the headline speak of something else
    (« Que recherchez-vous sur notre site ? »), while a headline names the article's subject."""
    if len(candidates) < 2:
        return candidates  # a lone candidate stays, whatever its words
    body = folded(" ".join(line.text for line in lines[zone[-1] + 1 if zone else 0 :])[:MAX_BODY_LENGTH])
    if len(body) < MIN_BODY_LENGTH:
        return candidates  # too little text to tell what the article speaks of
    about = [index for index in candidates if not _speaks_of_something_else(lines[index].text, body)]
    return about or candidates  # a headline of its own words (« Au gramme près ») when nothing else stands


def _speaks_of_something_else(text: str, body: str) -> bool:
    """Whether a line of two words or more has none in the article's text (``body``, folded). Words
    of four letters or more are compared by their first five letters: « vocale » finds « vocaux »
    without a lemmatiser, which a title's few words do not need."""
    keys = {word[:5] for word in TITLE_WORD.findall(folded(text)) if word not in STOPWORDS}
    return len(keys) >= 2 and not any(key in body for key in keys)


def _numbered_headline(lines: list[Line], index: int) -> bool:
    """Whether a numbered line above the article stands alone, prose just below it: a headline
    with its post's number, not a list."""
    if not NUMBERED_ITEM.match(lines[index].text) or index + 1 >= len(lines):
        return False
    after, before = lines[index + 1].text, lines[index - 1].text if index else ""
    return not list_match(after) and not list_match(before) and is_prose(after)


def _headline_on_two_lines(lines: list[Line]) -> list[Line]:
    """A headline whose first part ends with a colon and whose second part is on the next line
    (« Concilier RGPD et IA : » / « Bonnes pratiques pour les données »): one line."""
    if len(lines) < 2 or not lines[0].text.endswith(":"):
        return lines
    first, second = lines[0], lines[1]
    if not (is_title_like(first.text.rstrip(" :")) and is_title_like(second.text)):
        return lines
    return [Line(first.number, f"{first.text} {second.text}", second.last_number), *lines[2:]]


def _after_title(text: str, title: str) -> str | None:
    """What follows the title when a line opens with it and goes on with a new sentence."""
    if len(text) > len(title) + 1 and text.startswith(title) and text[len(title)] == " ":
        rest = text[len(title) + 1 :].lstrip()
        return rest if rest[:1].isupper() else None
    return None


def _headline(text: str) -> str:
    """A headline as titles are written: without the symbols or emoji a page may set before it
    (« ▌Coca-Cola… », « 🤖 Les risques… »: a reader's font may show an empty box) nor the runs of
    spaces of its layout, with a capital first letter, without a final period (« … une bonne
    idée. »), nor a reading time glued after it (« … le bon outil !5 min read »), nor the site a
    browser's title names after it (``_without_site``); an ellipsis stays."""
    text = _without_site(SPACE_RUN.sub(" ", LEADING_SYMBOLS.sub("", GLUED_READING_TIME.sub("", text))))
    text = capitalised(text)
    return text[:-1] if text.endswith(".") and not text.endswith("..") else text


def _without_site(title: str) -> str:
    """A browser's title without what it adds after the headline (« Titre - Revue n° 23 du
    01/06/2023 - Rubrique - Exemple.fr »): the site, named by its address, and the sections and
    issue between them, each one word or a dateline."""
    match = TITLE_SITE.search(title)
    if match is None:
        return title
    parts = title[: match.start()].split(match["separator"])
    while len(parts) > 1 and (" " not in parts[-1].strip() or read_byline(parts[-1].strip()) is not None):
        parts.pop()
    return match["separator"].join(parts)


def _repeats_title(line_key: str, title_key: str) -> bool:
    """The title again (keys by ``word_key``), alone or after a short label (« Vidéo : <titre> »,
    a category glued before it: « Commerce vocal <titre> »)."""
    if not line_key.endswith(title_key):
        return False
    label = line_key[: len(line_key) - len(title_key)].strip()
    return not label or len(label.split()) <= MAX_KICKER_WORDS


def _is_sentence_title(lines: list[Line], bylines: frozenset[int], untitled: bool = True) -> bool:
    """A first line that reads as sentences (a final period, « … ? Vraiment ? ») is still the title
    when a byline or its picture's caption follows it (``ChromeScan.headline_marks``), or when it
    is a few words and a period, or one exclamation, alone on its line above the prose (« Au
    gramme près. »): a headline, which the page would otherwise show twice, as its title and its
    first paragraph. So is one sentence of a headline's length alone in its paragraph, on a page
    that names its title nowhere else (``untitled``: no breadcrumb ends on it)."""
    text = lines[0].text.rstrip(".!?… ")
    if text == lines[0].text or not is_title_like(text):
        return False
    words = len(text.split())
    apart = len(lines) > 1 and lines[1].number > lines[0].last_number + 1
    # a few words and a period; or one sentence of a headline's length in a paragraph of its own
    short = lines[0].text.endswith(".") and (
        words <= MAX_PERIOD_HEADLINE_WORDS
        or untitled and words <= MAX_SENTENCE_HEADLINE_WORDS and apart and INNER_SENTENCE_END.search(text) is None
    )
    above_prose = len(lines) > 1 and is_prose(lines[1].text)
    return _has_byline_below(lines, 0, bylines) or short and above_prose or _exclaims_above_the_prose(lines, 0)


def _lowercase_headline(lines: list[Line]) -> bool:
    """Whether the first line is a headline written in lower case: a title once capitalised,
    followed by prose that starts a new paragraph (after a blank line or with a capital), not by
    the rest of its sentence wrapped on the next line."""
    if len(lines) < 2 or not lines[0].text[:1].islower():
        return False
    first, following = lines[0], lines[1]
    new_paragraph = following.number > first.last_number + 1 or following.text[:1].isupper()
    return is_title_like(capitalised(first.text)) and new_paragraph and is_prose(following.text)


def _trailing_headline(lines: list[Line], index: int, bylines: frozenset[int]) -> bool:
    """A line that trails off or exclaims (« Les boutiques ne passeront peut-être pas toutes aux
    robots… ») right above its byline is the headline, below a section's name (« Tech ») too: a
    news page's title."""
    line = lines[index].text
    return (
        trails_off_as_title(line)
        and (_has_byline_below(lines, index, bylines) or _exclaims_above_the_prose(lines, index))
    )


def _exclaims_above_the_prose(lines: list[Line], index: int) -> bool:
    """A headline that exclaims, one sentence with the article's prose right below it (« … : 2 000 $
    et deux jours de production seulement ! »): headlines shout, a paragraph rarely opens so."""
    line = lines[index].text
    return (
        line.endswith("!") and INNER_SENTENCE_END.search(line.rstrip(".!?… ")) is None
        and index + 1 < len(lines) and is_prose(lines[index + 1].text)
    )


def _has_byline_below(lines: list[Line], index: int, bylines: frozenset[int]) -> bool:
    """Whether a byline or dateline stood between this line and the next one kept."""
    following = lines[index + 1].number if index + 1 < len(lines) else None
    return any(lines[index].last_number < number and (following is None or number < following) for number in bylines)


def _choose_title(lines: list[Line], candidates: list[int], bylines: frozenset[int]) -> int | None:
    """The candidate the page repeats just below, or the one just above a byline (or the question
    above it); else the first one that is more than a site's name or section (which a byline may
    follow too: « Assistants vocaux » / « Jeanne Roy · 3 min de lecture »)."""
    if not candidates:
        return None
    titles = [index for index in candidates if len(lines[index].text.split()) > MAX_KICKER_WORDS] or candidates
    for index in candidates:
        text = lines[index].text
        below = lines[index + 1 : index + 1 + MAX_TITLE_REPEAT_DISTANCE]
        if any(len(text) <= len(line.text) <= len(text) + MAX_TITLE_LABEL_LENGTH and _repeats_title(
            word_key(line.text), word_key(text)
        ) for line in below):
            return index
    for index in titles:
        if _has_byline_below(lines, index, bylines):
            # a question right above a statement is the headline, the statement its deck (« Quel
            # outil choisir ? » / « Comparatif de trois assistants »): no site's name or slogan asks
            asks = index - 1 in titles and lines[index - 1].text.endswith("?") and not lines[index].text.endswith("?")
            return index - 1 if asks else index
    return titles[0]


def _blocks(lines: list[Line], contents_entries: frozenset[str] = frozenset()) -> tuple[Block, ...]:
    """The article's blocks; a line that an entry of the page's table of contents names
    (``contents_entries``) is a heading, however it is written (« 1. l'absence de données »)."""
    blocks: list[Block] = []
    seen_anchors: set[str] = set()
    labelled = _without_heading_pairs(lines, [_labelled_item(line.text) for line in lines])
    unmarked = _unmarked_items(lines)
    turns = _interview_turns(lines)
    rows = _table_rows(lines)
    for index, line in enumerate(lines):
        following = lines[index + 1].text if index + 1 < len(lines) else None
        previous = blocks[-1].kind if blocks else None
        if contents_entries and _names_a_section(line.text, contents_entries):
            classified = [(BlockKind.HEADING, line.text, "", None)]
        elif index in turns:
            classified = [turns[index]]
        elif index in unmarked:
            classified = [_bullet_item(line.text)]
        elif index in rows:
            classified = [(BlockKind.PARAGRAPH, line.text, "", None)]
        else:
            classified = _classify(line.text, following, previous, _in_labelled_run(labelled, index))
        for kind, text, label, number in classified:
            anchor = _unique_anchor(_anchor_for(kind, text, label), seen_anchors)
            blocks.append(Block(kind, text, line.number, anchor, label, number))
    return tuple(blocks)


def _interview_turns(lines: list[Line]) -> dict[int, tuple[BlockKind, str, str, None]]:
    """An interview's questions and answers, when its answers are signed by who speaks instead of
    « Réponse : »: a line ending on a question mark, then one or several lines each opening on a
    person's name (or initials) and a colon, which are the answers of those people (« Pourquoi … ? »
    / « Jeanne Roy : Parce que … » / « Paul Roy, directeur de Exemple : … »). The question may be
    signed by the interviewer (« Exemple Mag : … ? »). The lines after an answer that no name opens
    go on with it, as paragraphs."""
    turns: dict[int, tuple[BlockKind, str, str, None]] = {}
    for index in range(1, len(lines)):
        answer = INTERVIEWEE.match(lines[index].text)
        if answer is None or index - 1 in turns:
            continue
        question = lines[index - 1].text
        if not question.rstrip(CLOSING_MARKS).endswith("?") or list_match(question):
            continue
        signed = INTERVIEWER.match(question)
        turns[index - 1] = (
            BlockKind.QUESTION, signed["text"] if signed else question, signed["speaker"] if signed else "", None
        )
        following = index
        while answer is not None:
            turns[following] = (BlockKind.ANSWER, answer["text"], answer["speaker"].strip(), None)
            following += 1
            answer = INTERVIEWEE.match(lines[following].text) if following < len(lines) else None
    return turns


def _unmarked_items(lines: list[Line]) -> set[int]:
    """The lines of a list pasted without its bullets: short lines with no final stop, two or more
    in a row, right after a line that announces them with a colon (« D’autres exemples
    existent : » / « Shudu, un mannequin virtuel » / « Imma, … »). Section headings after such a
    line have their paragraphs between them; a question is one, unless it opens on its label
    (« Droit : que dit la loi ? »)."""
    items: set[int] = set()
    for index in range(1, len(lines)):
        intro = lines[index - 1].text
        if not intro.endswith(":") or index - 1 in items:
            continue
        end = index
        while (
            end < len(lines) and is_heading_like(lines[end].text) and not list_match(lines[end].text)
            and (not lines[end].text.endswith("?") or _labelled_item(lines[end].text))
        ):
            end += 1
        if end - index >= MIN_UNMARKED_ITEMS:
            items.update(range(index, end))
    return items


def _names_a_section(text: str, contents_entries: frozenset[str]) -> bool:
    """Whether the line is one a table of contents' entry leads to: short, and not a bulleted item."""
    return len(text) <= MAX_HEADING_LENGTH and not BULLET_ITEM.match(text) and contents_key(text) in contents_entries


def _table_rows(lines: list[Line]) -> frozenset[int]:
    """The lines of a table pasted as text, one row per line (« Critère Outil A Outil B » /
    « Prix Gratuit 40 € par mois » / …): at least ``MIN_TABLE_ROWS`` short lines with no final stop,
    one after another with no blank line between, on a page that sets its paragraphs apart
    (``sets_paragraphs_apart``). A heading stands apart; these are read as paragraphs, one per row."""
    if not sets_paragraphs_apart(lines):
        return frozenset()
    rows: set[int] = set()
    run: list[int] = []
    for index, line in enumerate(lines):
        if _row_like(line.text) and run and one_after_another(lines, run[-1], 2):
            run.append(index)
            continue
        if len(run) >= MIN_TABLE_ROWS:
            rows.update(run)
        run = [index] if _row_like(line.text) else []
    if len(run) >= MIN_TABLE_ROWS:
        rows.update(run)
    return frozenset(rows)


def _row_like(text: str) -> bool:
    return is_heading_like(text) and list_match(text) is None


def _classify(
    text: str, following: str | None, previous: BlockKind | None, labelled_run: bool = False,
) -> list[tuple[BlockKind, str, str, int | None]]:
    """One line's role (a heading glued to its first sentence gives two); ``labelled_run``: the
    line is one of several "Label : text" lines in a row (``_in_labelled_run``)."""
    if match := QUESTION.match(text):
        return [(BlockKind.QUESTION, match["text"], match["label"].strip().capitalize(), None)]
    if match := ANSWER.match(text):
        return [(BlockKind.ANSWER, match["text"], ANSWER_LABEL, None)]
    if following is not None and (match := SUBSECTION_HEADING.match(text)) and is_heading_like(match["text"]):
        return [(BlockKind.HEADING, text, "", None)]
    if match := NUMBERED_ITEM.match(text) or ROMAN_HEADING.match(text):
        if _is_numbered_heading(match["text"], following, previous):
            return [(BlockKind.HEADING, text, "", None)]
        if match.re is NUMBERED_ITEM:
            label, body = _split_label(match["text"])
            return [(BlockKind.NUMBERED_ITEM, body, label, int(match["number"]))]
    if match := DASHED_HEADING.fullmatch(text):
        return [(BlockKind.HEADING, match["text"], "", None)]
    if match := BULLET_ITEM.match(text):
        return [_lone_bullet(text, match["text"], following, previous) or _bullet_item(match["text"])]
    if (
        following is not None and is_heading_like(text) and not labelled_run and not LINKED_OPENING.match(text)
        and not text.endswith(POINTING_DOWN)
    ):
        return [(BlockKind.HEADING, PERMALINK_MARK.sub("", text), "", None)]
    if _emoji_heading(text, following):
        return [(BlockKind.HEADING, text.rstrip(" :"), "", None)]
    if glued := _glued_heading(text):
        return [(BlockKind.HEADING, glued[0], "", None), (BlockKind.PARAGRAPH, glued[1], "", None)]
    return [(BlockKind.PARAGRAPH, text, "", None)]


def _emoji_heading(text: str, following: str | None) -> bool:
    """Whether a line is a section's name behind its emoji and before its colon (« 🔧 Cadrage du
    projet : »), the section's sentences below it: a few words, which announce no list."""
    return (
        text[:1] >= EMOJI_START and text.endswith(":") and len(text.split()) <= MAX_EMOJI_HEADING_WORDS
        and following is not None and following[:1].isupper() and list_match(following) is None
    )


def _lone_bullet(
    text: str, item: str, following: str | None, previous: BlockKind | None,
) -> tuple[BlockKind, str, str, int | None] | None:
    """A bulleted line with no item before or after it, which is no list of one item: a question
    above its text is the section's heading, styled as a list by the page (« • Qu’est-ce qu’une voix
    de synthèse ? »); after a paragraph, a line behind a pointing sign (« 👉 », « ✅ », « → ») is a
    sentence the writer points at, its sign kept, or a heading when it reads as one (« ✅ Ce qui a
    marché »). Under a heading, it may be the one point of a key-points box (« Points clés » /
    « ✅ … »). None for the others."""
    if previous in LIST_ITEMS or following is not None and list_match(following) is not None:
        return None
    if item.endswith("?") and is_heading_like(item) and following is not None:
        return BlockKind.HEADING, item, "", None
    if text.lstrip()[:1] in POINTING_SIGNS and previous is BlockKind.PARAGRAPH:
        kind = BlockKind.HEADING if following is not None and is_heading_like(text) else BlockKind.PARAGRAPH
        return kind, text.strip(), "", None
    return None


def _bullet_item(text: str) -> tuple[BlockKind, str, str, int | None]:
    """A bulleted item's block: its text, after its label if it opens on one, and without a second
    dash the page's own list left before it under the copy's bullet (« • - Les articles… »)."""
    label, body = _split_label(SECOND_DASH.sub("", text, count=1))
    return BlockKind.BULLET_ITEM, body, label, None


def _in_labelled_run(labelled: list[bool], index: int) -> bool:
    """Whether the line is a "Label : text" line next to another one (``labelled``: which lines
    are, ``_labelled_item``): an item of a list pasted without its bullets (« Ciblage d’audience :
    segmentation des utilisateurs »), not a heading, even when it has no final stop. A bulleted
    item or a paragraph of several sentences next to it is no sibling: a heading may follow a
    list, or a paragraph opening on a label."""
    neighbours = labelled[max(index - 1, 0) : index] + labelled[index + 1 : index + 2]
    return labelled[index] and any(neighbours)


def _without_heading_pairs(lines: list[Line], labelled: list[bool]) -> list[bool]:
    """The "Label : text" flags, but for a section's heading and its first subheading, one above the
    other, each shaped as a heading whose text goes on with a capital (« 2025 : Quel bilan ? » /
    « Dates clés : Les étapes depuis 2022 »), with prose under them: two items pasted without their
    bullets rarely stand alone, and their text seldom reads as a title."""
    flags = list(labelled)
    for index in range(len(lines) - 2):
        pair = range(index, index + 2)
        if (
            all(labelled[position] for position in pair)
            and not (index and labelled[index - 1]) and not labelled[index + 2]
            and all(_titled_label(lines[position].text) for position in pair)
            and is_prose(lines[index + 2].text)
        ):
            flags[index] = flags[index + 1] = False
    return flags


def _titled_label(text: str) -> bool:
    """Whether a "Label : text" line reads as a heading: no final stop but a question's, and its
    text opening on a capital or asking a question (« IA ou rédacteur : qui écrit le mieux ? »)."""
    match = LABELLED_TEXT.match(text)
    return match is not None and is_heading_like(text) and (match["text"][:1].isupper() or text.endswith("?"))


def _labelled_item(text: str) -> bool:
    """Whether the line is one sentence, with no list marker, opening on a short label and a colon."""
    match = LABELLED_TEXT.match(text)
    return (
        match is not None and len(match["label"].split()) <= MAX_LABEL_WORDS
        and list_match(text) is None and INNER_SENTENCE_END.search(text) is None
    )


def _is_numbered_heading(text: str, following: str | None, previous: BlockKind | None) -> bool:
    """« 1. Manque de créativité » followed by its paragraphs is a section heading, not a list of one,
    whatever the case of its first letter (« 1. stratégie : … »)."""
    return (
        following is not None
        and is_heading_like(capitalised(text))
        and not NUMBERED_ITEM.match(following)
        and previous is not BlockKind.NUMBERED_ITEM
    )


def _glued_heading(text: str) -> tuple[str, str] | None:
    match = GLUED_HEADING.fullmatch(text)
    if not match or CAMEL_CASE.search(match["heading"]) or not is_heading_like(match["heading"]):
        return None
    if len(match["sentence"].split()) < MIN_GLUED_SENTENCE_WORDS:
        return None
    return match["heading"], match["sentence"]


def _split_label(text: str) -> tuple[str, str]:
    """ "Label: text" list items show their label in bold; a long "label" is a sentence, not a label."""
    match = LABELLED_TEXT.match(text)
    if match and len(match["label"].split()) <= MAX_LABEL_WORDS:
        return match["label"].strip(), match["text"]
    return "", text


def _anchor_for(kind: BlockKind, text: str, label: str) -> str:
    if kind is BlockKind.HEADING:
        return slugify(text) or "section"
    digest = hashlib.sha1(f"{label}\n{text}".encode()).hexdigest()[:6]
    return f"p-{digest}"


def _unique_anchor(anchor: str, seen: set[str]) -> str:
    candidate, counter = anchor, 1
    while candidate in seen:
        counter += 1
        candidate = f"{anchor}-{counter}"
    seen.add(candidate)
    return candidate


def _title_headings(blocks: tuple[Block, ...], contents_entries: frozenset[str]) -> list[Block]:
    """The headings that could be the page's title: they say enough, in French, and the page's
    table of contents does not list them (``contents_entries``: those name a section)."""
    return [
        block
        for block in blocks
        if block.kind is BlockKind.HEADING
        and not (contents_entries and contents_key(block.text) in contents_entries)
        and len(block.text.split()) >= MIN_TITLE_HEADING_WORDS
        and not block.text.endswith(":")
        and len(block.text) <= MAX_DERIVED_TITLE_LENGTH
        and not is_section_label(block.text)
        and not is_english(block.text)
    ]


def _title_heading(blocks: tuple[Block, ...], headings: list[Block]) -> Block | None:
    """No title in the text: an early heading that says enough (among ``_title_headings``) is the
    title, unless prose comes before it: a page copied without its headline starts with its lead,
    and the heading after it names the first section."""
    early = blocks[:MAX_TITLE_HEADING_POSITION]
    before_prose = list(takewhile(lambda block: block.kind is not BlockKind.PARAGRAPH, early))
    return next((block for block in headings if block in before_prose), None)


def _derive_title(blocks: tuple[Block, ...], source_name: str) -> str:
    """No title in the text, nor an early heading that says enough (``_title_heading``): the lead's
    first sentence, or its start and « … »: its first clause, a whole phrase, whenever the text
    allows, else as many words as fit. The ellipsis tells the reader the sentence goes on: a first
    clause alone (« La vague de l’intelligence artificielle ») would read as a headline that says
    something else. Never a later heading: it names one section, and taken out as the title, that
    section would lose its heading."""
    # a table's row pasted as text (« | Métrique | Impact | ») says no sentence
    prose = [
        block for block in blocks if block.kind is BlockKind.PARAGRAPH and not block.text.startswith("|")
    ] or list(blocks)
    if not prose:
        return source_name.rsplit(".", 1)[0]
    # A one-word first sentence is a section's name glued to the lead (« PROSPECTIVE. L’IA… »); a
    # date, the time the story opens on (« Août 2025. Une mannequin… »).
    sentences = [found.text for found in split_sentences(prose[0].text)]
    if len(sentences) > 1 and (len(sentences[0].split()) == 1 or _is_a_date(sentences[0].rstrip(". "))):
        sentences.pop(0)
    sentence = without_press_dateline((sentences[0] if sentences else prose[0].text).rstrip(".,;: ").strip())
    if len(sentence) <= MAX_WHOLE_SENTENCE_TITLE_LENGTH:
        return _without_open_quote(sentence)
    clause = _first_clause(sentence)
    return _without_open_quote(f"{clause}…" if clause else _shorten(sentence))


def _without_open_quote(title: str) -> str:
    """A title that opens a quotation it does not close (the start of « L’IA transforme nos
    métiers, … », dit-elle) without its opening mark, which nothing would close."""
    closing = QUOTE_CLOSERS.get(title[:1])
    if closing is None or closing in title[1:]:
        return title
    return title[1:].lstrip()


def _is_a_date(text: str) -> bool:
    """Whether a sentence is a date and nothing else (« Août 2025 », « Le 3 mars 2024 »)."""
    return parse_date(text.removeprefix("Le ")) is not None or parse_month(text) is not None


def _without_number(text: str) -> str:
    match = NUMBERED_ITEM.match(text) or ROMAN_HEADING.match(text)
    return match["text"] if match else text


def _first_clause(sentence: str) -> str | None:
    """The longest start of the sentence that ends before a clause and fits a title, not on a word
    that needs what follows (``DANGLING_WORDS``)."""
    cuts = [
        match.start()
        for match in CLAUSE_BREAK.finditer(sentence)
        if MIN_DERIVED_TITLE_LENGTH <= match.start() <= MAX_DERIVED_TITLE_LENGTH
        and not _dangles(sentence[: match.start()])
        and not _leaves_a_phrase_open(sentence[: match.start()])
    ]
    return sentence[: cuts[-1]].strip() if cuts else None


def _leaves_a_phrase_open(start: str) -> bool:
    """Whether a start of sentence ends inside a phrase that only sets the scene: an opening one
    (« Face à la surcharge d’informations », « Considérée comme une tendance de fond ») or one set
    between commas (« L’association, en collaboration ») has not come to what the sentence says."""
    segments = start.split(",")
    words = segments[-1].split()
    first = folded(words[0]).strip("«\"“(") if words else ""
    if first.split("'")[0] in PHRASE_OPENERS:
        return True
    # a participle opens the sentence with no article before it (« L’arrivée » is a noun)
    return len(segments) == 1 and "'" not in first and len(first) > MIN_PARTICIPLE_LENGTH and first.endswith(
        PARTICIPLE_OPENINGS
    )


def _dangles(start: str) -> bool:
    """Whether a start of sentence stops on a word that needs what follows (« … est », « … sur ce »)."""
    last = re.split(r"[\s'’]+", folded(start).rstrip(" ,;:–-«»\"“”("))[-1]
    return last in DANGLING_WORDS


def _shorten(text: str) -> str:
    """The sentence's start that fits a title, on a whole word that ends a phrase, then « … »."""
    cut = text[: MAX_DERIVED_TITLE_LENGTH - 1].rsplit(" ", 1)[0].rstrip(" ,;:–-")
    while _dangles(cut) and " " in cut:
        cut = cut.rsplit(" ", 1)[0].rstrip(" ,;:–-")
    return f"{cut}…"

"""Raw article text → ``Article``: the reader stage, one pure function like Pelican's readers.

Articles are pasted from web pages: the text keeps the page's chrome ("Fermer", "Source link"),
lone dates, image captions, and has no markup. The structure is recovered from the shape of each
line (length, final punctuation, list markers, "Label : text"), never from knowledge of a site.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from dossier_ia.french.sentences import split_sentences
from dossier_ia.french.text import fold_accents, slugify
from dossier_ia.notices import Kind, Notice, advice, problem
from dossier_ia.reading.model import Article, Block, BlockKind
from dossier_ia.settings import MAX_TITLE_LENGTH, METADATA_FILE
from dossier_ia.reading.source import UnreadableSource, decode_source

MAX_HEADING_LENGTH = 100
MAX_HEADING_WORDS = 15
MAX_LABEL_WORDS = 8
MIN_CAPTION_WORDS = 3

# Lines that belong to the web page the text was copied from, not to the article (folded, lower case).
CHROME_LINES = frozenset({
    "fermer", "close", "source link", "lien source", "source", "lire la suite", "read more",
    "partager", "partager cet article", "share", "imprimer", "publicite", "advertisement",
    "retour en haut", "haut de page", "menu", "accueil", "ouvrir le menu",
})
# Section names that open a part of an article and never name the article itself (folded, lower case).
SECTION_LABELS = frozenset({
    "points cles a retenir", "points cles", "a retenir", "ce qu'il faut retenir", "introduction",
    "conclusion", "faq", "foire aux questions", "questions frequentes", "sommaire",
    "table des matieres", "en bref", "resume", "en resume", "key takeaways",
})
# French function words: a caption left over from an image is a string of keywords without them.
FUNCTION_WORDS = frozenset(
    "le la les l un une des du de d au aux a et ou en dans par pour sur avec sans sous vers chez "
    "que qui quoi dont ou ce cet cette ces son sa ses leur leurs notre nos votre vos est sont".split()
)
MONTHS = {
    "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "mars": 3, "avril": 4, "avr": 4, "mai": 5,
    "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9, "sept": 9, "octobre": 10,
    "oct": 10, "novembre": 11, "nov": 11, "decembre": 12, "dec": 12, "january": 1, "february": 2,
    "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8, "september": 9,
    "october": 10, "november": 11, "december": 12,
}
DATE_PREFIX = r"(?:(?:publie|mis a jour|posted|updated)(?: le)?\s*:?\s*)?"
DATE_PATTERNS = (
    re.compile(DATE_PREFIX + r"(?P<day>\d{1,2})(?:er)?\s+(?P<month>[a-z]+)\.?,?\s+(?P<year>\d{4})"),
    re.compile(DATE_PREFIX + r"(?P<month>[a-z]+)\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"),
    re.compile(DATE_PREFIX + r"(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>\d{4})"),
    re.compile(DATE_PREFIX + r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"),
)
BULLET_ITEM = re.compile(r"^\s*(?:[•·▪◦●○■□➢➤►▶✓✔✅☑→]\s*|[-–*+]\s+)(?P<text>\S.*)$")
NUMBERED_ITEM = re.compile(r"^\s*(?P<number>\d{1,3})[.)]\s+(?P<text>\S.*)$")
QUESTION = re.compile(r"^\s*(?P<label>question\s*\d*|q\s*\d+)\s*:\s*(?P<text>\S.*)$", re.IGNORECASE)
ANSWER = re.compile(r"^\s*(?:réponse|répondre|reponse|repondre|r)\s*\d*\s*:\s*(?P<text>\S.*)$", re.IGNORECASE)
LABELLED_TEXT = re.compile(r"^(?P<label>[^:.!?]{2,80}?)\s*:\s+(?P<text>\S.*)$")
WORD = re.compile(r"\w+", re.UNICODE)
ENDS_A_SENTENCE = tuple(".!?…;:,»\"”)")
ANSWER_LABEL = "Réponse"


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


@dataclass(frozen=True)
class _Line:
    number: int
    text: str
    last_number: int


def read_article(source_name: str, raw: bytes, metadata: ArticleMetadata | None = None) -> Article:
    """Read one article file; raises ``UnreadableSource`` when there is nothing publishable in it."""
    metadata = metadata or ArticleMetadata()
    source = decode_source(raw, source_name)
    issues = list(source.issues)
    lines = [_Line(number, text.strip(), number) for number, text in enumerate(source.lines, start=1) if text.strip()]
    if not lines:
        raise EmptyArticle("l’article est vide : ajoutez-y du texte ou retirez le fichier")
    content, found_date = _drop_page_chrome(lines)
    title, content = _take_title(_drop_repeated_lines(_join_wrapped_lines(content)))
    blocks, left_out = _blocks(content, source_name)
    if not blocks:
        issues.append(problem(Kind.SOURCE, source_name, "l’article n’a qu’un titre et aucun contenu : complétez-le", lines[0].number))
    title = metadata.title or title or _derive_title(blocks, source_name)
    if len(title) > MAX_TITLE_LENGTH:
        issues.append(problem(Kind.SOURCE, source_name, f"le titre dépasse {MAX_TITLE_LENGTH} caractères : donnez-lui un titre plus court (« title: ») dans {METADATA_FILE}"))
    return Article(
        source_name=source_name,
        title=title,
        slug=metadata.slug or slugify(title) or slugify(source_name.rsplit(".", 1)[0]) or "article",
        blocks=blocks,
        content_hash=hashlib.sha256(raw).hexdigest()[:16],
        date=metadata.date or found_date,
        source_url=metadata.source_url,
        author=metadata.author,
        publisher=metadata.publisher,
        issues=tuple(issues),
        left_out=left_out,
    )


def parse_date(text: str) -> dt.date | None:
    """A date written the ways web pages write it ("mai 7, 2024", "7 mai 2024", "07/05/2024")."""
    folded = _folded(text)
    for pattern in DATE_PATTERNS:
        match = pattern.fullmatch(folded)
        if not match:
            continue
        month = match["month"]
        month_number = int(month) if month.isdigit() else MONTHS.get(month)
        try:
            return dt.date(int(match["year"]), month_number or 0, int(match["day"]))
        except ValueError:
            return None
    return None


def is_heading_like(text: str) -> bool:
    """Short, no final punctuation (a short question is allowed): how a heading looks in plain text."""
    if len(text) > MAX_HEADING_LENGTH or len(text.split()) > MAX_HEADING_WORDS:
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "«\"“"):
        return False
    if text.endswith("?"):
        return len(text) <= MAX_TITLE_LENGTH
    return not text.endswith(ENDS_A_SENTENCE)


def _join_wrapped_lines(lines: list[_Line]) -> list[_Line]:
    """Hard-wrapped text: a line that stops mid-sentence and the next one, in lower case, are one line."""
    joined: list[_Line] = []
    for line in lines:
        previous = joined[-1] if joined else None
        if (
            previous
            and previous.last_number + 1 == line.number
            and line.text[0].islower()
            and not previous.text.endswith(ENDS_A_SENTENCE)
        ):
            joined[-1] = _Line(previous.number, f"{previous.text} {line.text}", line.number)
        else:
            joined.append(line)
    return joined


def _drop_page_chrome(lines: list[_Line]) -> tuple[list[_Line], dt.date | None]:
    content: list[_Line] = []
    found_date = None
    for line in lines:
        if len(line.text) > MAX_HEADING_LENGTH:
            content.append(line)  # chrome and date lines are short; folding long lines costs O(line)
            continue
        if _folded(line.text) in CHROME_LINES:
            continue
        date = parse_date(line.text)
        if date:
            found_date = found_date or date
            continue
        content.append(line)
    return content, found_date


def _drop_repeated_lines(lines: list[_Line]) -> list[_Line]:
    """A line pasted twice in a row (a title echoed by the page) is shown once."""
    return [line for index, line in enumerate(lines) if index == 0 or lines[index - 1].text != line.text]


def _take_title(lines: list[_Line]) -> tuple[str | None, list[_Line]]:
    if not lines:
        return None, lines
    first = lines[0].text
    if (
        len(first) <= MAX_TITLE_LENGTH
        and is_heading_like(first)
        and _folded(first).rstrip(" :") not in SECTION_LABELS
        and not _list_match(first)
        and not QUESTION.match(first)
    ):
        return first, lines[1:]
    return None, lines


def _blocks(lines: list[_Line], source_name: str) -> tuple[tuple[Block, ...], tuple[Notice, ...]]:
    """The article's blocks, and the caption lines left out of them."""
    blocks: list[Block] = []
    left_out: list[Notice] = []
    seen_anchors: set[str] = set()
    for index, line in enumerate(lines):
        following = lines[index + 1].text if index + 1 < len(lines) else None
        kind, text, label, number = _classify(line.text, following)
        if kind is None:
            left_out.append(advice(
                Kind.LEFT_OUT, source_name,
                f"« {text} » est lu comme une légende d’image et n’est pas publié ; si c’est un "
                "intertitre, écrivez-le comme une phrase (avec ses mots de liaison)", line.number,
            ))
            continue
        anchor = _unique_anchor(_anchor_for(kind, text, label), seen_anchors)
        blocks.append(Block(kind, text, line.number, anchor, label, number))
    return tuple(blocks), tuple(left_out)


def _classify(text: str, following: str | None) -> tuple[BlockKind | None, str, str, int | None]:
    """One line's role; ``None`` for an image caption (keywords only, followed by a heading)."""
    if match := QUESTION.match(text):
        return BlockKind.QUESTION, match["text"], match["label"].strip().capitalize(), None
    if match := ANSWER.match(text):
        return BlockKind.ANSWER, match["text"], ANSWER_LABEL, None
    if match := NUMBERED_ITEM.match(text):
        label, body = _split_label(match["text"])
        return BlockKind.NUMBERED_ITEM, body, label, int(match["number"])
    if match := BULLET_ITEM.match(text):
        label, body = _split_label(match["text"])
        return BlockKind.BULLET_ITEM, body, label, None
    if following is not None and is_heading_like(text):
        if _is_caption(text, following):
            return None, text, "", None
        return BlockKind.HEADING, text, "", None
    return BlockKind.PARAGRAPH, text, "", None


def _is_caption(text: str, following: str) -> bool:
    words = [word.lower() for word in WORD.findall(fold_accents(text))]
    return (
        len(words) >= MIN_CAPTION_WORDS
        and not FUNCTION_WORDS.intersection(words)
        and is_heading_like(following)
        and not _list_match(following)
    )


def _list_match(text: str) -> re.Match[str] | None:
    return NUMBERED_ITEM.match(text) or BULLET_ITEM.match(text)


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


def _derive_title(blocks: tuple[Block, ...], source_name: str) -> str:
    """No title line: the first sentence of the first paragraph, shortened at a word if need be."""
    prose = [block for block in blocks if block.kind is BlockKind.PARAGRAPH] or list(blocks)
    if not prose:
        return source_name.rsplit(".", 1)[0]
    sentences = split_sentences(prose[0].text)
    sentence = sentences[0].text if sentences else prose[0].text
    return _shorten(sentence.rstrip(".").strip())


def _shorten(text: str) -> str:
    if len(text) <= MAX_TITLE_LENGTH:
        return text
    cut = text[: MAX_TITLE_LENGTH - 1].rsplit(" ", 1)[0].rstrip(" ,;:–-")
    return f"{cut}…"


def _folded(text: str) -> str:
    return fold_accents(text).lower().strip()

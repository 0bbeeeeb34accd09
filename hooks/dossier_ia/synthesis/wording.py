"""The French the synthesis pages write around the articles' words: counts, labels, quotes, links.

One place for agreement and typography, so that every page says « 1 article sur 5 » and
« 1 000 articles » the same way, with the no-break spaces French puts inside « » and before
« : ; ! ? ». Every piece of article or editor text still goes through ``escape_text``.
"""

from __future__ import annotations

import posixpath
import re

from markupsafe import escape

from dossier_ia.articles.render import article_uri, french_number
from dossier_ia.french.text import capitalised
from dossier_ia.french.typography import french_typography
from dossier_ia.markdown import escape_text, relative_link
from dossier_ia.synthesis.themes import Polarity, Theme

NBSP = "\u00a0"
# What a theme is, in words: never a raw « (avantage) » tag.
POLARITY_NOUNS = {Polarity.PRO: "avantage", Polarity.CON: "inconvénient"}
PART_TITLES = {Polarity.PRO: "Avantages", Polarity.CON: "Inconvénients"}
TYPOGRAPHY = (
    (re.compile(r"(?<=\w)'(?=\w)"), "’"),
    (re.compile(r"\s+(?=[:;!?»])"), NBSP),
    (re.compile(r"(?<=«)\s+"), NBSP),
)


def typeset(text: str) -> str:
    """Editor text (titles, summaries) in French typography: curly apostrophes, no-break spaces
    before « : ; ! ? » and inside guillemets. Article quotes are never touched: they are verbatim."""
    for pattern, replacement in TYPOGRAPHY:
        text = pattern.sub(replacement, text)
    return text


def count(number: int, singular: str, plural: str) -> str:
    """« 1 article », « 0 article », « 2 articles », « 1 000 articles »: French takes the
    singular below two."""
    return f"{french_number(number)}{NBSP}{singular if number < 2 else plural}"


def share(number: int, total: int, singular: str = "article", plural: str = "articles") -> str:
    """« 3 articles sur 5 »."""
    return f"{count(number, singular, plural)} sur {french_number(total)}"


def in_sentence(label: str) -> str:
    """A theme label inside a sentence: « Gain de temps » → « gain de temps »; an acronym or a
    word with another capital (« IA générative », « ChatGPT ») keeps its case."""
    first, _, _ = label.partition(" ")
    if len(first) > 1 and first[1:].islower() and first[0].isupper():
        return label[0].lower() + label[1:]
    return label


def label_of(theme: Theme) -> str:
    """The theme's short label as the editor writes it (capital first), its title otherwise."""
    return capitalised(typeset(theme.label))


def title_of(theme: Theme) -> str:
    """The theme's title with French typography, as every page shows it."""
    return typeset(theme.title)


def label_in_sentence(theme: Theme) -> str:
    """The theme's label inside a sentence: lower-case first unless it is an acronym or a name."""
    return in_sentence(typeset(theme.label))


# After a quote whose sentence the article stops on, unfinished (``Passages.cut_off``).
CUT_MARK = "[…]"


def quoted(text: str, cut: bool = False) -> str:
    """A verbatim quote inside « » with no-break spaces, shown literally whatever it holds (the
    marks as ``_guillemets`` sets them)."""
    opening, closing = _guillemets(text, cut, escape_text(CUT_MARK))
    return f"{opening}{escape_text(text)}{closing}"


def _guillemets(text: str, cut: bool, mark: str = CUT_MARK) -> tuple[str, str]:
    """The marks around a quote: « and », with ``mark`` (« […] », as the page writes it) before the
    closing one when the sentence is unfinished in the article (``cut``); none for a sentence the
    article itself quotes whole (« « Sans intervention… » » otherwise)."""
    stripped = text.strip()
    if not cut and stripped.startswith("«") and stripped.endswith("»") and stripped.count("«") == 1:
        return "", ""
    return f"«{NBSP}", f"{NBSP}{mark}{NBSP}»" if cut else f"{NBSP}»"


def source_link(quote: object, from_uri: str) -> str:
    """A link to the paragraph a quote comes from, named by its article's title."""
    target = f"{article_uri(quote)}#{quote.anchor}"
    return f"[{escape_text(quote.article_title)}]({relative_link(target, from_uri)})"


def colon(text: str) -> str:
    """« Label : » with the no-break space French puts before a colon."""
    return f"{text}{NBSP}:"


def question(text: str) -> str:
    """A question with its French no-break space before « ? »."""
    return f"{text}{NBSP}?"


def listing(items: list[str]) -> str:
    """« a, b et c »."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} et {items[-1]}"


def quoted_html(text: str, cut: bool = False) -> str:
    """A verbatim quote inside « », as HTML: for the long lists of the theme and recommendation
    pages, which Markdown would take seconds to parse at thousands of articles (raw HTML is
    passed through as it is); ``cut`` as in ``quoted``."""
    opening, closing = _guillemets(text, cut)
    return f"{opening}{escape(french_typography(text))}{closing}"


def html_link(text: str, target_uri: str, from_uri: str) -> str:
    """``<a>`` from one generated page to another (``#anchor`` kept), escaped. The address is the
    one MkDocs gives a page with directory URLs (``a/b.md`` → ``a/b/``, its default), reached
    through the site's root: one string operation, where ``relpath`` costs a path walk for each
    of thousands of quotes."""
    path, _, anchor = target_uri.partition("#")
    href = f"{_to_root(from_uri)}{_page_dir(path)}/"
    return f'<a href="{escape(f"{href}#{anchor}" if anchor else href)}">{escape(french_typography(text))}</a>'


def _page_dir(uri: str) -> str:
    stem = uri.removesuffix(".md")
    return posixpath.dirname(stem) if posixpath.basename(stem) == "index" else stem


def _to_root(uri: str) -> str:
    """``../`` once per folder of the page's address: from ``synthese/biais/`` to the root."""
    directory = _page_dir(uri)
    return "../" * (directory.count("/") + 1) if directory else ""

"""What the build tells the editor: one notice type for every stage, formatted in one place.

A notice is a problem (bad input: a file, a data entry; ``mkdocs build --strict`` fails on it) or
advice (how to make the synthesis or glossary more complete; never fails a build). Every stage
returns notices with the file and line they are about; the wiring and the editor's report only
choose how to show them, so a message is never formatted twice.

Messages are short French sentences that say what to fix and where (a data file by its path,
an entry by its name). French spacing is applied here, once, so that the stages write plain
spaces and the terminal and the report still show « guillemets » and no-break spaces.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

NBSP = "\u00a0"
NARROW_NBSP = "\u202f"
# French spacing: a no-break space before « : ; ! ? » and the closing guillemet, after the opening one.
SPACE_BEFORE_PUNCTUATION = re.compile(r" (?=[:;!?»])")
SPACE_AFTER_GUILLEMET = re.compile(r"(?<=«) ")
# Files whose displayed path is kept: every article of a large collection.
PATH_CACHE_SIZE = 1 << 14


class Severity(StrEnum):
    """Whether a notice fails ``mkdocs build --strict`` (a problem) or only helps (advice)."""

    PROBLEM = "problème"
    ADVICE = "conseil"


class Kind(StrEnum):
    """What a notice is about: the editor's report groups notices by kind."""

    SOURCE = "article"
    METADATA = "métadonnées"
    NAMING = "titre ou adresse"
    THEMES = "thèmes"
    GLOSSARY = "glossaire"
    LEFT_OUT = "ligne écartée"
    UNTHEMED = "point sans thème"
    EMERGING = "sujet émergent"
    GLOSSARY_UNUSED = "terme inutilisé"
    GLOSSARY_MISSING = "terme manquant"
    INCOMPLETE = "date ou source manquante"
    CUT_SHORT = "article coupé"
    GUESSED_TITLE = "titre tiré du texte"


@dataclass(frozen=True)
class Notice:
    """One thing to tell the editor about one place (``file``, ``line`` when known)."""

    severity: Severity
    kind: Kind
    file: str
    message: str
    line: int | None = None

    @property
    def location(self) -> str:
        """``path:line``, the form editors and terminals recognise as a place to open; the path
        relative to the working folder when the file is inside it (``seeds/a.txt``)."""
        path = display_path(self.file)
        return f"{path}:{self.line}" if self.line else path

    def __str__(self) -> str:
        """The notice as the terminal prints it: where, then what to do."""
        return f"{self.location}{NBSP}: {self.message}"


def problem(kind: Kind, file: object, message: str, line: int | None = None) -> Notice:
    """Bad input the editor must fix; fails ``--strict``."""
    return Notice(Severity.PROBLEM, kind, str(file), french_spacing(message), line)


def advice(kind: Kind, file: object, message: str, line: int | None = None) -> Notice:
    """A suggestion that never fails a build."""
    return Notice(Severity.ADVICE, kind, str(file), french_spacing(message), line)


def display_path(file: object) -> str:
    """A file as the editor finds it: relative to the working folder when inside it
    (``docs/_data/themes.yml``), else as given."""
    return _display_path(str(file), os.getcwd())


def french_spacing(message: str) -> str:
    """``« a » : b ; c ?`` with no-break spaces where French puts them, so that a line break
    never leaves a colon or a guillemet alone at the start of a line."""
    return SPACE_AFTER_GUILLEMET.sub(NBSP, SPACE_BEFORE_PUNCTUATION.sub(NBSP, message))


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """``1 conseil``, ``2 conseils``, ``0 conseil`` (French: below two, singular), thousands
    apart with a narrow no-break space (``7 421``)."""
    word = singular if abs(number) < 2 else plural or f"{singular}s"
    return f"{number:,}".replace(",", NARROW_NBSP) + f"{NBSP}{word}"


@functools.lru_cache(maxsize=PATH_CACHE_SIZE)
def _display_path(file: str, working_dir: str) -> str:
    # Cached: the report asks for the path of thousands of files on each rebuild, and pathlib
    # takes longer than everything else the report does.
    path = Path(file)
    if path.is_absolute() and path.is_relative_to(working_dir):
        path = path.relative_to(working_dir)
    return str(path)

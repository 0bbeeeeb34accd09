"""What the build tells the editor: one notice type for every stage, formatted in one place.

A notice is a problem (bad input: a file, a data entry; ``mkdocs build --strict`` fails on it) or
advice (how to make the synthesis or glossary more complete; never fails a build). Every stage
returns notices with the file and line they are about; the wiring and the editor's report only
choose how to show them, so a message is never formatted twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

# French typography in the terminal too: a no-break space before the colon.
NBSP = "\u00a0"


class Severity(str, Enum):
    PROBLEM = "problème"
    ADVICE = "conseil"


class Kind(str, Enum):
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
        path = Path(self.file)
        if path.is_absolute() and path.is_relative_to(Path.cwd()):
            path = path.relative_to(Path.cwd())
        return f"{path}:{self.line}" if self.line else str(path)

    def __str__(self) -> str:
        return f"{self.location}{NBSP}: {self.message}"


def problem(kind: Kind, file: object, message: str, line: int | None = None) -> Notice:
    """Bad input the editor must fix; fails ``--strict``."""
    return Notice(Severity.PROBLEM, kind, str(file), message, line)


def advice(kind: Kind, file: object, message: str, line: int | None = None) -> Notice:
    """A suggestion that never fails a build."""
    return Notice(Severity.ADVICE, kind, str(file), message, line)

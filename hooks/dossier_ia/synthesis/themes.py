"""The editor's theme taxonomy (``docs/_data/themes.yml``) → validated ``Theme`` objects.

Themes, their summaries and the cues that recognise them are editorial knowledge, curated as
data so that a new theme needs no code. A mistake in the file must never stop the build: each
problem is returned as a message naming the file, the line and the entry, and the entry is
skipped; the wiring decides how to log them.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, replace
from enum import Enum
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from dossier_ia.editor_data import EditorListFile, Field, missing_fields, missing_phrase
from dossier_ia.notices import Kind, Notice, problem
from dossier_ia.settings import LABELLED_FILE, RESERVED_THEME_IDS, SYNTHESIS_DIR

if TYPE_CHECKING:
    from dossier_ia.synthesis.labelled import LabelledSentence

THEMES_KEY = "themes"
# Sentences the editor writes as counter-examples: what an article says that is no benefit nor
# drawback of AI (fillers, announcements, other subjects); the claim model learns from them.
NEUTRAL_KEY = "neutral_examples"
FIELDS = (
    Field("id", "identifiant stable (minuscules, chiffres, tirets) : l’ancre et l’adresse du thème", required=True),
    Field("title", "titre affiché", required=True),
    Field("short_title", "étiquette courte (listes d’articles, tableaux) ; le titre sinon"),
    Field("polarity", "avantage ou inconvénient", required=True),
    Field("summary", "résumé éditorial, sans chiffres (les décomptes sont calculés)", required=True),
    Field("description", "de quoi parle le thème, en une ou deux phrases : sert à reconnaître les phrases"),
    Field(
        "examples",
        "quelques phrases d’exemple écrites par l’éditeur : suffisent à reconnaître une nouvelle formulation",
    ),
    Field(
        "more_examples",
        "autres phrases d’exemple : elles élargissent les mots qui choisissent le thème d’une phrase retenue",
    ),
    Field("cues", "mots ou expressions qui signalent le thème", required=True),
    Field("opposes", "identifiants des thèmes de polarité contraire sur le même sujet (divergences)"),
)
THEMES_FILE = EditorListFile(
    Kind.THEMES,
    "fichier des thèmes illisible",
    "la synthèse n’aura aucun thème",
    THEMES_KEY,
    "thèmes",
    "thème",
    "id",
    FIELDS,
)
TEXT_LIST_FIELDS = ("examples", "more_examples", "opposes")
THEME_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CUE_CONTENT = re.compile(r"\w")


class Polarity(str, Enum):
    """Whether a theme (or a sentence) is about a benefit or a drawback; values as in the JSON."""

    PRO = "pro"
    CON = "con"

    @property
    def label(self) -> str:
        """The polarity as messages and pages name it in French."""
        return POLARITY_LABELS[self]

    @property
    def opposite(self) -> Polarity:
        """The other side."""
        return Polarity.CON if self is Polarity.PRO else Polarity.PRO


POLARITY_LABELS = {Polarity.PRO: "avantage", Polarity.CON: "inconvénient"}
POLARITY_BY_NAME = {"avantage": Polarity.PRO, "inconvénient": Polarity.CON}


@dataclass(frozen=True)
class Theme:
    """One theme of the synthesis: shown with its summary, recognised by its cues."""

    id: str
    title: str
    polarity: Polarity
    summary: str
    cues: tuple[str, ...]
    short_title: str = ""
    description: str = ""
    examples: tuple[str, ...] = ()
    # More sentences in the spirit of the examples, for the theme's words only, and only to choose
    # the theme of a sentence already found to be a claim (``cues.CompiledTaxonomy``): the examples
    # also teach the claim model and stand for the theme as whole sentences, which a long list of
    # sentences written for their words would blur.
    more_examples: tuple[str, ...] = ()
    opposes: tuple[str, ...] = ()
    # A group of claims the build found and the editor has not written (an emerging topic).
    proposed: bool = False

    @property
    def label(self) -> str:
        """The short label for lists and tables."""
        return self.short_title or self.title

    @property
    def anchor(self) -> str:
        """The HTML id of the theme's section on the synthesis page; an emerging subject's id
        already says what it is (``sujet-…``), and it is no editor theme."""
        return self.id if self.proposed else f"theme-{self.id}"


@dataclass(frozen=True)
class Taxonomy:
    """All valid themes in the editor's order; ``fingerprint`` changes whenever any of them does."""

    themes: tuple[Theme, ...]
    neutral_examples: tuple[str, ...] = ()
    # The editor's annotated sentences (``labelled``): what the claim model learns from besides
    # the examples.
    labelled: tuple[LabelledSentence, ...] = ()

    @cached_property
    def fingerprint(self) -> str:
        """A digest of what the analysis reads from the themes: cached results are kept while it is the same."""
        payload = [
            [
                theme.id,
                theme.title,
                theme.polarity.value,
                theme.summary,
                list(theme.cues),
                theme.description,
                list(theme.examples),
                list(theme.more_examples),
            ]
            for theme in self.themes
        ]
        if self.neutral_examples:
            payload.append(list(self.neutral_examples))
        if self.labelled:
            payload.append([[item.text, item.polarity and item.polarity.value, item.theme] for item in self.labelled])
        return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()[:16]

    @cached_property
    def by_id(self) -> dict[str, Theme]:
        """Themes by id, built once: every quote and claim looks its theme up."""
        return {theme.id: theme for theme in self.themes}


def load_taxonomy(path: Path) -> tuple[Taxonomy, list[Notice]]:
    """Read the taxonomy file, and the annotated sentences beside it (``labelled``); a missing or
    unreadable themes file gives no themes and one problem."""
    # Imported here: the annotated sentences' module names the themes' polarities (this module).
    from dossier_ia.synthesis.labelled import load_labelled, with_known_themes

    text, problems = THEMES_FILE.read(path)
    taxonomy, problems = (Taxonomy(()), problems) if text is None else parse_taxonomy(text, str(path))
    labelled_path = path.with_name(LABELLED_FILE)
    labelled, labelled_problems = load_labelled(labelled_path)
    theme_ids = {theme.id for theme in taxonomy.themes}
    labelled, theme_problems = with_known_themes(labelled, theme_ids, str(labelled_path))
    return replace(taxonomy, labelled=labelled), [*problems, *labelled_problems, *theme_problems]


def parse_taxonomy(text: str, source: str) -> tuple[Taxonomy, list[Notice]]:
    """Validate the YAML text of a taxonomy; invalid themes are skipped and reported, never raised."""
    data, entries, problems = THEMES_FILE.entries(text, source)
    themes: list[Theme] = []
    theme_lines: list[int | None] = []
    for index, (entry, line) in enumerate(entries):
        theme, entry_problems = _theme(entry, index)
        problems.extend(problem(Kind.THEMES, source, message, line) for message in entry_problems)
        if theme is None:
            continue
        if any(known.id == theme.id for known in themes):
            problems.append(
                problem(Kind.THEMES, source, f"thème « {theme.id} » ignoré : cet identifiant est déjà utilisé", line)
            )
            continue
        themes.append(theme)
        theme_lines.append(line)
    by_id = {theme.id: theme for theme in themes}
    checked = []
    for theme, line in zip(themes, theme_lines):
        kept = tuple(other for other in theme.opposes if _opposable(theme, by_id.get(other)))
        problems.extend(
            problem(Kind.THEMES, source, _opposes_problem(theme, other, by_id.get(other)), line)
            for other in theme.opposes if other not in kept
        )
        checked.append(theme if kept == theme.opposes else replace(theme, opposes=kept))
    neutral = data.get(NEUTRAL_KEY) or []
    if not (isinstance(neutral, list) and all(isinstance(item, str) and item.strip() for item in neutral)):
        problems.append(problem(Kind.THEMES, source, f"« {NEUTRAL_KEY}: » doit être une liste de phrases ; ignorée"))
        neutral = []
    return Taxonomy(tuple(checked), tuple(" ".join(item.split()) for item in neutral)), problems


def _theme(entry: object, index: int) -> tuple[Theme | None, list[str]]:
    """One entry → a theme, or ``None`` and why; unknown keys are reported but do not reject it."""
    name, problems = THEMES_FILE.entry_name(entry, index)
    if not isinstance(entry, dict):  # ``entry_name`` said so
        return None, problems
    missing = missing_fields(entry, FIELDS)
    if missing:
        return None, [*problems, f"thème {name} ignoré : {missing_phrase(missing)} : {', '.join(missing)}"]
    theme_id, title, summary, cues = entry["id"], entry["title"], entry["summary"], entry["cues"]
    polarity = POLARITY_BY_NAME.get(str(entry["polarity"]).strip().lower())
    errors = []
    if not isinstance(theme_id, str) or not THEME_ID.match(theme_id):
        errors.append(f"l’identifiant « {theme_id} » doit être en minuscules, chiffres et tirets")
    elif theme_id in RESERVED_THEME_IDS:
        errors.append(
            f"l’identifiant « {theme_id} » est l’adresse d’une page fixe ({SYNTHESIS_DIR}/{theme_id}/) ; "
            "choisissez-en un autre"
        )
    if not isinstance(title, str) or not isinstance(summary, str):
        errors.append("« title: » et « summary: » doivent être du texte")
    if polarity is None:
        errors.append(f"« polarity: {entry['polarity']} » inconnue ; écrivez « avantage » ou « inconvénient »")
    if not isinstance(cues, list) or not all(
        isinstance(cue, (str, int)) and CUE_CONTENT.search(str(cue)) for cue in cues
    ):
        errors.append("« cues: » doit être une liste de mots ou d’expressions non vides")
    for key in ("short_title", "description"):
        if entry.get(key) is not None and not isinstance(entry[key], str):
            errors.append(f"« {key}: » doit être du texte")
    for key in TEXT_LIST_FIELDS:
        if entry.get(key) is not None and not (
            isinstance(entry[key], list) and all(isinstance(item, str) and item.strip() for item in entry[key])
        ):
            errors.append(f"« {key}: » doit être une liste de textes non vides")
    if errors:
        return None, [*problems, f"thème {name} ignoré : {' ; '.join(errors)}"]
    theme = Theme(
        theme_id, title.strip(), polarity, " ".join(summary.split()), tuple(str(cue).strip() for cue in cues),
        short_title=" ".join((entry.get("short_title") or "").split()),
        description=" ".join((entry.get("description") or "").split()),
        examples=tuple(" ".join(example.split()) for example in entry.get("examples") or ()),
        more_examples=tuple(" ".join(example.split()) for example in entry.get("more_examples") or ()),
        opposes=tuple(item.strip() for item in entry.get("opposes") or ()),
    )
    return theme, problems


def _opposable(theme: Theme, other: Theme | None) -> bool:
    """A theme of « opposes » must exist and take the other side of the subject."""
    return other is not None and other.id != theme.id and other.polarity is not theme.polarity


def _opposes_problem(theme: Theme, other_id: str, other: Theme | None) -> str:
    if other is None:
        return f"thème « {theme.id} » : opposes nomme « {other_id} », qui n’est pas un thème valide ; ignoré"
    return (f"thème « {theme.id} » : opposes nomme « {other_id} », qui est aussi un {theme.polarity.label} ; "
            f"une divergence oppose un avantage à un inconvénient ; ignoré")

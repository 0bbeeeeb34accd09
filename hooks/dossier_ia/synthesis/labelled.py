"""The editor's annotated sentences (``docs/_data/phrases_annotees.yml``) → labelled examples.

The claim model (``claim_model``) learns from sentences whose verdict the editor gives: a benefit,
a drawback, or neither, and for a claim its theme. The themes' own examples teach it too, but a
few per theme cannot show the many ways articles state a point (a bare fact, a figure, a list
item, a quality denied) nor the many sentences that only look like one (an announcement, advice,
a usage figure). This file holds as many as the editor cares to write, in their own words; a
wrong verdict on a new article is corrected by adding a sentence in the same spirit, never code.
Like every editor file, a mistake skips the entry and names its line, never stops the build.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from dossier_ia.editor_data import EditorListFile, Field, missing_fields, missing_phrase
from dossier_ia.notices import Kind, Notice, counted, problem
from dossier_ia.synthesis.themes import POLARITY_BY_NAME, Polarity

SENTENCES_KEY = "phrases"
NEUTRAL = "neutre"
VERDICTS = "« avantage », « inconvénient » ou « neutre »"
IGNORED_THEME = "ces phrases comptent sans thème"
# A claim no theme of the file covers: it still teaches the model what a claim looks like.
NO_THEME = "autre"
FIELDS = (
    Field("sentence", "la phrase, telle qu’un article pourrait l’écrire (jamais copiée d’un article)", required=True),
    Field("polarity", "avantage, inconvénient, ou neutre (ni l’un ni l’autre)", required=True),
    Field("theme", "identifiant du thème d’un avantage ou d’un inconvénient, ou « autre »"),
    Field("kind", "facultatif : la forme de la phrase (liste, chiffre, capacité, annonce…), pour la rédaction"),
)
SENTENCES_FILE = EditorListFile(
    Kind.THEMES,
    "fichier des phrases annotées illisible",
    "la synthèse n’apprendra que des exemples des thèmes",
    SENTENCES_KEY,
    "phrases",
    "phrase",
    "sentence",
    FIELDS,
)


class LabelledSentence(NamedTuple):
    """One sentence and its verdict: the side it takes (None: no claim) and, for a claim, its theme."""

    text: str
    polarity: Polarity | None
    theme: str | None = None
    # Where the editor wrote it, for messages only.
    line: int | None = None


def load_labelled(path: Path) -> tuple[tuple[LabelledSentence, ...], list[Notice]]:
    """The file's sentences; no file is no sentence and no problem (the file is optional)."""
    if not path.exists():
        return (), []
    text, problems = SENTENCES_FILE.read(path)
    return ((), problems) if text is None else parse_labelled(text, str(path))


def parse_labelled(text: str, source: str) -> tuple[tuple[LabelledSentence, ...], list[Notice]]:
    """Validate the YAML text; invalid entries are skipped and reported, never raised."""
    _, entries, problems = SENTENCES_FILE.entries(text, source)
    sentences: dict[str, LabelledSentence] = {}
    for index, (entry, line) in enumerate(entries):
        _, entry_problems = SENTENCES_FILE.entry_name(entry, index)
        problems.extend(problem(Kind.THEMES, source, message, line) for message in entry_problems)
        if not isinstance(entry, dict):
            continue
        sentence, reason = _sentence(entry, line)
        if sentence is not None and sentence.text in sentences:
            sentence, reason = None, f"déjà écrite ligne {sentences[sentence.text].line}"
        if sentence is None:
            problems.append(problem(Kind.THEMES, source, f"phrase n° {index + 1} ignorée : {reason}", line))
        else:
            sentences[sentence.text] = sentence
    return tuple(sentences.values()), problems


def with_known_themes(
    sentences: tuple[LabelledSentence, ...], theme_ids: set[str], source: str,
) -> tuple[tuple[LabelledSentence, ...], list[Notice]]:
    """The sentences with only the taxonomy's themes, and one problem per other theme they name (a
    typo, a theme since renamed) at its first line: its sentences still teach their side."""
    lines: dict[str, list[int | None]] = {}
    for sentence in sentences:
        if sentence.theme is not None and sentence.theme not in theme_ids:
            lines.setdefault(sentence.theme, []).append(sentence.line)
    problems = [
        problem(Kind.THEMES, source, f"thème « {theme} » inconnu ({counted(len(found), 'phrase')}) ; {IGNORED_THEME}",
                found[0])
        for theme, found in lines.items()
    ]
    kept = tuple(sentence._replace(theme=None) if sentence.theme in lines else sentence for sentence in sentences)
    return kept, problems


def _sentence(entry: dict, line: int | None) -> tuple[LabelledSentence | None, str]:
    missing = missing_fields(entry, FIELDS)
    if missing:
        return None, f"{missing_phrase(missing)} : {', '.join(missing)}"
    text, verdict, theme = entry["sentence"], str(entry["polarity"]).strip().lower(), entry.get("theme")
    if not isinstance(text, str):
        return None, "« sentence: » doit être du texte"
    if verdict != NEUTRAL and verdict not in POLARITY_BY_NAME:
        return None, f"« polarity: {entry['polarity']} » inconnue ; écrivez {VERDICTS}"
    if theme is not None and not isinstance(theme, str):
        return None, "« theme: » doit être un identifiant de thème"
    polarity = POLARITY_BY_NAME.get(verdict)
    kept_theme = theme.strip() if polarity is not None and theme and theme.strip() != NO_THEME else None
    return LabelledSentence(" ".join(text.split()), polarity, kept_theme, line), ""

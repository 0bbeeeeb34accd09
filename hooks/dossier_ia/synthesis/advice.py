"""What the synthesis tells the editor: subjects the articles raise that no theme of
``themes.yml`` covers, proposed as candidate themes, and the lone claims no theme covers."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from dossier_ia.cache import RebuildMemo
from dossier_ia.notices import Kind, Notice, advice, counted, display_path
from dossier_ia.synthesis.model import Claim, Synthesis, ThemeSupport

EXAMPLES_SHOWN = 3


def unthemed_advice(synthesis: Synthesis, seeds_dir: Path, themes_file: Path) -> list[Notice]:
    """One notice per emerging subject, on the themes file where the editor would add it, with a
    suggested title, its polarity and example sentences; then one per claim left in no group, at
    its line. Either may be left alone: both are still shown on the synthesis page."""
    themes = display_path(themes_file)
    notices = [_emerging_notice(support, themes_file) for support in synthesis.emerging]
    for name, claims in synthesis.unthemed_by_article().items():
        # Kept per article: a rebuild of ``mkdocs serve`` words again the notices of the edited
        # article only, not the thousands of a whole collection.
        key = (seeds_dir, name, themes, claims)
        notices += _unthemed_notices.get(key, partial(_unthemed, seeds_dir / name, themes, claims))
    _unthemed_notices.end_build()
    return notices


def _unthemed(path: Path, themes: str, claims: tuple[Claim, ...]) -> list[Notice]:
    return [
        advice(
            Kind.UNTHEMED, path,
            f"« {claim.text} » ({claim.polarity.label}) : aucun thème ne le couvre ; "
            f"ajoutez une phrase semblable aux exemples (« examples: ») d’un thème de {themes}, ou créez-en un",
            claim.line,
        )
        for claim in claims
    ]


# Each article's notices of claims no theme covers, from the previous build (``unthemed_advice``).
_unthemed_notices: RebuildMemo[list[Notice]] = RebuildMemo()


def _emerging_notice(support: ThemeSupport, themes_file: Path) -> Notice:
    theme = support.theme
    examples = " ; ".join(f"« {quote.text} » ({quote.article})" for quote in support.quotes[:EXAMPLES_SHOWN])
    return advice(
        Kind.EMERGING, themes_file,
        f"sujet émergent proposé comme thème : « {theme.title} » ({theme.polarity.label}), "
        f"{counted(support.quote_count, 'phrase')} dans {counted(len(support.articles), 'article')}, par exemple "
        f"{examples}. "
        f"Pour l’adopter, ajoutez un thème (id, title, polarity: {theme.polarity.label}, summary, description, "
        f"examples, cues) ; pour le rattacher à un thème existant, ajoutez ces phrases à ses examples.",
    )

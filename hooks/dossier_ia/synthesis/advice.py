"""What the synthesis tells the editor: claims that no theme of ``themes.yml`` covers."""

from __future__ import annotations

from pathlib import Path

from dossier_ia.notices import Kind, Notice, advice
from dossier_ia.synthesis.model import Synthesis


def unthemed_advice(synthesis: Synthesis, seeds_dir: Path, themes_file: Path) -> list[Notice]:
    """One notice per claim that no theme covers, at its line: the editor may add a theme (or
    examples to one) in the themes file, or leave it: the synthesis page then leaves it out."""
    return [
        advice(
            Kind.UNTHEMED, seeds_dir / name,
            f"« {claim.text} » ({claim.polarity.label}) : aucun thème ne couvre ce point ; "
            f"ajoutez-le à un thème ou créez-en un dans {themes_file}",
            claim.line,
        )
        for name, claims in synthesis.unthemed_by_article().items()
        for claim in claims
    ]

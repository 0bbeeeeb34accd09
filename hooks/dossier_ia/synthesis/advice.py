"""What the synthesis tells the editor: claims that no theme of ``themes.yml`` covers."""

from __future__ import annotations

from dossier_ia.synthesis.model import Synthesis

QUOTED_UNTHEMED_CLAIMS = 3


def unthemed_warnings(synthesis: Synthesis) -> list[str]:
    """One message per article on the claims no theme covers: the editor may add cues or a theme.

    The first few are quoted, the others given by line, so that a message stays one readable line
    however long the article.
    """
    messages = []
    for name, claims in synthesis.unthemed_by_article().items():
        listed = " ; ".join(f"ligne {claim.line} ({claim.polarity.label}) « {claim.text} »" for claim in claims[:QUOTED_UNTHEMED_CLAIMS])
        if len(claims) > QUOTED_UNTHEMED_CLAIMS:
            listed += f" ; et lignes {', '.join(str(claim.line) for claim in claims[QUOTED_UNTHEMED_CLAIMS:])}"
        messages.append(
            f"{name} : {len(claims)} phrase(s) affirment un avantage ou un inconvénient sans correspondre "
            f"à aucun thème (ajoutez des indices ou un thème dans le fichier des thèmes) : {listed}"
        )
    return messages

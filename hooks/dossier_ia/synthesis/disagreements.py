"""Where the articles take opposite sides of one subject: an advantage and a drawback that the
editor declares opposed (``opposes`` in ``themes.yml``), each raised by at least one article.

« Coût abordable » against « dépenses prohibitives », round-the-clock bots against the human
touch: the editor knows which themes answer each other; the data say whether the articles do.
"""

from __future__ import annotations

from dataclasses import dataclass

from dossier_ia.synthesis.model import Synthesis, ThemeSupport
from dossier_ia.synthesis.themes import Polarity


@dataclass(frozen=True)
class Disagreement:
    """One subject seen from both sides: the advantage, the drawback, and the articles of each."""

    advantage: ThemeSupport
    drawback: ThemeSupport

    @property
    def anchor(self) -> str:
        """The section's id on the synthesis page: stable while both themes keep their ids."""
        return f"divergence-{self.advantage.theme.id}-{self.drawback.theme.id}"

    @property
    def both_sides(self) -> frozenset[str]:
        """Articles that raise both the advantage and the drawback (a nuance, not a camp)."""
        return self.advantage.articles & self.drawback.articles

    @property
    def strength(self) -> int:
        """How disputed the subject is: the articles of the smaller side."""
        return min(len(self.advantage.articles), len(self.drawback.articles))

    @property
    def split(self) -> bool:
        """Whether some articles hold only the advantage and others only the drawback: camps."""
        return bool(self.advantage.articles - self.drawback.articles) and bool(
            self.drawback.articles - self.advantage.articles
        )


def find_disagreements(synthesis: Synthesis) -> tuple[Disagreement, ...]:
    """Every declared opposition that articles on both sides raise: those where articles take
    sides first, then the most disputed."""
    by_id = {support.theme.id: support for support in synthesis.themes}
    pairs: dict[tuple[str, str], Disagreement] = {}
    for support in synthesis.themes:
        for other_id in support.theme.opposes:
            other = by_id.get(other_id)
            if other is None or other.theme.polarity is support.theme.polarity:
                continue
            advantage, drawback = (support, other) if support.theme.polarity is Polarity.PRO else (other, support)
            if advantage.quotes_by_article and drawback.quotes_by_article:
                pairs[(advantage.theme.id, drawback.theme.id)] = Disagreement(advantage, drawback)
    order = {support.theme.id: index for index, support in enumerate(synthesis.themes)}
    return tuple(sorted(
        pairs.values(),
        key=lambda pair: (not pair.split, -pair.strength, -len(pair.advantage.articles | pair.drawback.articles),
                          order[pair.advantage.theme.id], order[pair.drawback.theme.id]),
    ))

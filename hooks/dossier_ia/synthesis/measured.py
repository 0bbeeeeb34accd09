"""How well the synthesis picks its quotes and recommendations, as last measured: what the
synthesis page and the À propos page tell the reader.

Measured by ``tests/scripts/measure_recommendations.py --devset <folder>`` on real French pages
that the analysis was not tuned on (their labels written by hand), and updated by hand after
each measurement; ``docs/a-propos.md`` states the same figures (a test checks that they agree).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dossier_ia.articles.render import french_day


@dataclass(frozen=True)
class Measurement:
    """One measurement: correct picks among picks, on how many pages, when."""

    date: dt.date
    pages: int
    quotes_right: int
    quotes: int
    recommendations_right: int
    recommendations: int

    @property
    def quote_precision(self) -> int:
        """Correct quotes in percent (0 when none was checked): the page states it."""
        return round(100 * self.quotes_right / self.quotes) if self.quotes else 0

    @property
    def recommendation_precision(self) -> int:
        """Correct recommendations in percent (0 when none was checked)."""
        return round(100 * self.recommendations_right / self.recommendations) if self.recommendations else 0

    @property
    def french_date(self) -> str:
        """When it was measured, as the page says it."""
        return french_day(self.date)

    @property
    def summary(self) -> str:
        """What the synthesis page says of how it is made, in a few sentences."""
        return (
            "Les citations et les recommandations sont choisies automatiquement dans les articles. Mesuré le "
            f"{self.french_date} sur {self.pages} pages d’articles qui n’avaient pas servi à régler l’analyse\u00a0: "
            f"{self.quote_precision}\u00a0% des phrases citées disaient bien l’avantage ou l’inconvénient annoncé, "
            f"{self.recommendation_precision}\u00a0% des recommandations en étaient. L’équipe éditoriale définit les "
            "thèmes, leurs résumés et leurs oppositions\u00a0; les nombres sont calculés."
        )


# ``measure_recommendations.py --devset … --split heldout``: « citations (polarité) » and « recommandations ».
MEASURED = Measurement(
    date=dt.date(2026, 12, 6), pages=12, quotes_right=41, quotes=61, recommendations_right=5, recommendations=5
)

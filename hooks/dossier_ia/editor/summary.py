"""The one line the terminal shows about the advice of a build: a count and where to read it.

Advice never fails a build and may run to thousands of lines at thousands of articles; its
detail is on the editor's report, so the terminal only counts it. A rebuild of ``mkdocs serve``
tells what changed, or nothing when nothing did.
"""

from __future__ import annotations

from dossier_ia.notices import NBSP, counted

# Where the detail is when the build is not a preview (``mkdocs build``: no report page).
REPORT_IN_PREVIEW = "détail sur la page Éditeur de l’aperçu (python3 -m mkdocs serve)"


def advice_summary(total: int, new: int, resolved: int, report_url: str | None) -> str | None:
    """« 31 conseils : voir la page Éditeur http://… », « 31 conseils (2 nouveaux, 1 réglé) : … »
    after a rebuild that changed them, ``None`` when there is nothing (new) to say."""
    where = f"voir la page Éditeur {report_url}" if report_url else REPORT_IN_PREVIEW
    if new == total and not resolved:
        return f"{counted(total, 'conseil')}{NBSP}: {where}" if total else None
    changes = [text for number, text in (
        (new, counted(new, "nouveau", "nouveaux")),
        (resolved, counted(resolved, "réglé")),
    ) if number]
    if not changes:
        return None
    return f"{counted(total, 'conseil')} ({', '.join(changes)}){NBSP}: {where}"

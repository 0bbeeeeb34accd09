"""Cost of the PDF dossier: ``python3 tests/scripts/bench_pdf.py`` (the seeds) or ``--articles 100``.

Times, in CPU and wall seconds, the dossier's HTML (``publishing.dossier``) and its printing by
WeasyPrint (``publishing.pdf``) for the seeds or for N generated articles (``generate_articles.py``,
fixed seed), and prints the number of pages and the size of the PDF. What ``DOSSIER_PDF=1`` adds
to a build; the analysis before it is the build's own.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

import pypdf

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "hooks"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from dossier_ia.publishing.dossier import dossier_html  # noqa: E402
from dossier_ia.publishing.pdf import render_pdf, stylesheet  # noqa: E402
from dossier_ia.settings import Settings  # noqa: E402
from generate_articles import generate_articles  # noqa: E402
from site_pages import analyse_site  # noqa: E402

DATA_DIR = ROOT / "docs" / "_data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, help="générer ce nombre d’articles (défaut : les articles de seeds/)")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        seeds = ROOT / "seeds"
        if arguments.articles:
            seeds = Path(scratch) / "articles"
            generate_articles(arguments.articles, seeds)
        site = analyse_site(Settings(seeds, DATA_DIR, site_url="https://exemple.fr/", site_name="Dossier"))
        html, html_times = _timed(
            lambda: dossier_html(
                site.articles,
                site.synthesis,
                site.glossary,
                site_name="Dossier",
                site_url="https://exemple.fr/",
                stylesheet=stylesheet(),
            )
        )
        pdf, pdf_times = _timed(lambda: render_pdf(html))
    pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    print(f"{len(site.articles)} articles : HTML {html_times[0]:.2f} s CPU ({html_times[1]:.2f} s), "
          f"PDF {pdf_times[0]:.1f} s CPU ({pdf_times[1]:.1f} s), {len(pdf) / 1024:.0f} Ko, pages : {pages}")


def _timed(function):
    cpu, wall = time.process_time(), time.perf_counter()
    result = function()
    return result, (time.process_time() - cpu, time.perf_counter() - wall)


if __name__ == "__main__":
    main()

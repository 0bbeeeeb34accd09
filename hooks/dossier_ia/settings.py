"""The site's settings in one place: where things are, where pages go, how much a page shows.

Paths depend on the run (``Settings``); the rest are defaults a publisher may tune.
Modules read their page sizes and addresses from here, so one change reaches every page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# Environment variable naming another article folder than ``seeds/``.
SEEDS_DIR_VARIABLE = "SEEDS_DIR"
# ``DOSSIER_PDF=1`` builds the PDF dossier (CI's publishing build); other builds skip its cost.
PDF_VARIABLE = "DOSSIER_PDF"
# Files costly to make (share images), kept across builds beside mkdocs.yml (ignored by git).
CACHE_DIR = ".cache/dossier-ia"
DEFAULT_SEEDS_DIR = "seeds"
# Editor-curated data (themes, glossary) inside docs/, excluded from pages in mkdocs.yml.
EDITOR_DATA_DIR = "_data"
METADATA_FILE = "metadata.yml"
THEMES_FILE = "themes.yml"
GLOSSARY_FILE = "glossaire.yml"

# Site addresses (docs paths of generated files).
ARTICLES_DIR = "articles"
API_DIR = "api"
SYNTHESIS_PAGE = "synthese.md"
SYNTHESIS_DIR = "synthese"
GLOSSARY_PAGE = "glossaire.md"
HOME_PAGE = "index.md"
# Publishing extras: feeds, share images, the PDF dossier.
RSS_FEED = "flux.xml"
JSON_FEED = "flux.json"
CARDS_DIR = "assets/cartes"
DOSSIER_PDF = "dossier-ia-marketing.pdf"

# How much one page shows: pages stay the same size whatever the number of articles.
ARTICLE_INDEX_PAGE_SIZE = 50
MATRIX_PAGE_SIZE = 50
SYNTHESIS_QUOTES_SHOWN = 12
GLOSSARY_CITATIONS_SHOWN = 20
EXCERPT_MAX_LENGTH = 220
FEED_SIZE = 50
RELATED_SHOWN = 3
HOME_LATEST_SHOWN = 6
HOME_THEMES_SHOWN = 3
LIST_THEMES_SHOWN = 3
THEME_PAGE_SIZE = 100
# The PDF dossier holds every article up to this many, else the most recent ones.
PDF_MAX_ARTICLES = 100

# Limits of what the reader accepts.
MAX_TITLE_LENGTH = 90


def theme_page_uri(theme_id: str, page_number: int = 1) -> str:
    """The docs path of a theme's page (``synthese/<id>/``), where its articles are listed."""
    return f"{SYNTHESIS_DIR}/{theme_id}.md" if page_number == 1 else f"{SYNTHESIS_DIR}/{theme_id}/pages/{page_number}.md"


@dataclass(frozen=True)
class Settings:
    """The folders one build reads: articles (with ``metadata.yml``) and the editor's data; the
    published address and name (feeds, share metadata); where costly files are kept
    between builds (none: made each time); whether this build makes the PDF dossier."""

    seeds_dir: Path
    data_dir: Path
    site_url: str = ""
    site_name: str = ""
    site_description: str = ""
    cache_dir: Path | None = None
    pdf: bool = False

    @property
    def metadata_file(self) -> Path:
        return self.seeds_dir / METADATA_FILE

    @property
    def themes_file(self) -> Path:
        return self.data_dir / THEMES_FILE

    @property
    def glossary_file(self) -> Path:
        return self.data_dir / GLOSSARY_FILE

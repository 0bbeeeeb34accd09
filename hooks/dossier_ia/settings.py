"""The site's settings in one place: where things are, where pages go, how much a page shows.

Paths depend on the run (``Settings``); the rest are defaults a publisher may tune.
Modules read their page sizes and addresses from here, so one change reaches every page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# Environment variable naming another article folder than ``seeds/``.
SEEDS_DIR_VARIABLE = "SEEDS_DIR"
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
# The editor's report: generated only while previewing (`mkdocs serve`), never published.
EDITOR_REPORT_DIR = "editeur"

# How much one page shows: pages stay the same size whatever the number of articles.
ARTICLE_INDEX_PAGE_SIZE = 50
MATRIX_PAGE_SIZE = 50
SYNTHESIS_QUOTES_SHOWN = 12
GLOSSARY_CITATIONS_SHOWN = 20
EXCERPT_MAX_LENGTH = 220
# Files (articles, data files) per page of a section of the editor's report: an edit changes
# the one page that holds its file, and a page stays small at thousands of articles.
EDITOR_REPORT_FILES_PER_PAGE = 20

# Limits of what the reader accepts: a real title (in the text or metadata.yml) is kept whole up to
# MAX_TITLE_LENGTH characters; one the reader derives from a heading or the lead stays shorter.
MAX_TITLE_LENGTH = 150
MAX_DERIVED_TITLE_LENGTH = 90


@dataclass(frozen=True)
class Settings:
    """The folders one build reads: articles (with ``metadata.yml``) and the editor's data;
    ``preview`` is true while the editor previews the site (``mkdocs serve``), the only time
    the editor's report is generated."""

    seeds_dir: Path
    data_dir: Path
    preview: bool = False

    @property
    def metadata_file(self) -> Path:
        return self.seeds_dir / METADATA_FILE

    @property
    def themes_file(self) -> Path:
        return self.data_dir / THEMES_FILE

    @property
    def glossary_file(self) -> Path:
        return self.data_dir / GLOSSARY_FILE

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
# Beside the themes, which read it (``synthesis.labelled``).
LABELLED_FILE = "phrases_annotees.yml"

# Site addresses (docs paths of generated files).
ARTICLES_DIR = "articles"
API_DIR = "api"
SYNTHESIS_PAGE = "synthese.md"
# The section of the synthesis page that lists the emerging subjects.
EMERGING_ANCHOR = "sujets-emergents"
SYNTHESIS_DIR = "synthese"
# Fixed pages inside ``synthese/``, beside one page per theme (``synthese/<theme id>/``): a theme
# cannot take one of these names (``matrice`` was the former table's address).
WHO_SAYS_WHAT_NAME = "qui-dit-quoi"
RECOMMENDATIONS_NAME = "recommandations"
RESERVED_THEME_IDS = frozenset({WHO_SAYS_WHAT_NAME, RECOMMENDATIONS_NAME, "matrice", "index"})
GLOSSARY_PAGE = "glossaire.md"
# The editor's report: generated only while previewing (`mkdocs serve`), never published.
EDITOR_REPORT_DIR = "editeur"
HOME_PAGE = "index.md"
# Publishing extras: feeds, share images, the PDF dossier.
RSS_FEED = "flux.xml"
JSON_FEED = "flux.json"
CARDS_DIR = "assets/cartes"
DOSSIER_PDF = "dossier-ia-marketing.pdf"

# How much one page shows: pages stay the same size whatever the number of articles.
ARTICLE_INDEX_PAGE_SIZE = 50
# The synthesis page stays the same size whatever the number of articles: words of quotes
# (with their source's title) each section may show, at most so many quotes per theme,
# divergences, recommendations and emerging topics.
# (The themes' key figures take their share of the page's 1,800 words: the quotes get the rest;
# each theme's first quote is shown whatever its words, so the others' budgets leave it room: with
# the claim model learnt from web pages, the seeds' first quotes grew, and the divergences' budget
# went from 130 to 100 words, one side-by-side pair of quotes instead of two.)
SYNTHESIS_QUOTE_WORDS = 380
SYNTHESIS_DISAGREEMENT_WORDS = 100
SYNTHESIS_RECOMMENDATION_WORDS = 100
SYNTHESIS_EMERGING_WORDS = 80
SYNTHESIS_QUOTES_PER_THEME = 3
SYNTHESIS_DISAGREEMENTS_SHOWN = 3
SYNTHESIS_RECOMMENDATIONS_SHOWN = 4
SYNTHESIS_EMERGING_SHOWN = 3
# Articles per page of a theme's quotes and of « Qui dit quoi », recommendations per page.
THEME_PAGE_SIZE = 40
WHO_SAYS_WHAT_PAGE_SIZE = 50
RECOMMENDATIONS_PAGE_SIZE = 60
GLOSSARY_CITATIONS_SHOWN = 20
EXCERPT_MAX_LENGTH = 220
# Files (articles, data files) per page of a section of the editor's report: an edit changes
# the one page that holds its file, and a page stays small at thousands of articles.
EDITOR_REPORT_FILES_PER_PAGE = 20
FEED_SIZE = 50
RELATED_SHOWN = 3
HOME_LATEST_SHOWN = 6
HOME_THEMES_SHOWN = 3
LIST_THEMES_SHOWN = 3
# Articles per page of a theme's list of articles (browsing by theme, « themes/<id>/ »).
THEME_ARTICLES_PAGE_SIZE = 100
THEME_ARTICLES_DIR = "themes"
# The PDF dossier holds every article up to this many, else the most recent ones.
PDF_MAX_ARTICLES = 100

# Limits of what the reader accepts: a real title (in the text or metadata.yml) is kept whole up to
# MAX_TITLE_LENGTH characters; one the reader derives from a heading or the lead stays shorter.
MAX_TITLE_LENGTH = 150
MAX_DERIVED_TITLE_LENGTH = 90
# ... but the lead's whole first sentence is a title up to this length: cut to fit the shorter limit,
# it would lose what it says (« … retours d’expérience obtenus » without « avec l’IA générative »).
MAX_WHOLE_SENTENCE_TITLE_LENGTH = 120


def theme_page_uri(theme_id: str, page_number: int = 1) -> str:
    """The docs path of a theme's list of articles (``themes/<id>/``); its quotes are on the
    synthesis' theme page (``synthese/<id>/``)."""
    return (
        f"{THEME_ARTICLES_DIR}/{theme_id}.md"
        if page_number == 1
        else f"{THEME_ARTICLES_DIR}/{theme_id}/pages/{page_number}.md"
    )


@dataclass(frozen=True)
class Settings:
    """The folders one build reads: articles (with ``metadata.yml``) and the editor's data; the
    published address and name (feeds, share metadata); where costly files are kept between
    builds (none: made each time); whether this build makes the PDF dossier; ``preview`` is true
    while the editor previews the site (``mkdocs serve``), the only time the editor's report is
    generated."""

    seeds_dir: Path
    data_dir: Path
    site_url: str = ""
    site_name: str = ""
    site_description: str = ""
    cache_dir: Path | None = None
    pdf: bool = False
    preview: bool = False

    @property
    def metadata_file(self) -> Path:
        """The editor's per-article metadata lives beside the articles it describes."""
        return self.seeds_dir / METADATA_FILE

    @property
    def themes_file(self) -> Path:
        """The editor's themes: the synthesis's taxonomy."""
        return self.data_dir / THEMES_FILE

    @property
    def labelled_file(self) -> Path:
        """The editor's annotated sentences: what the claim model learns from, beside the themes."""
        return self.data_dir / LABELLED_FILE

    @property
    def glossary_file(self) -> Path:
        """The editor's glossary: terms and their definitions."""
        return self.data_dir / GLOSSARY_FILE

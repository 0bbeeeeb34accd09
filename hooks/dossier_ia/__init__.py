"""The site's build-time capabilities, one sub-package each, called by ``mkdocs_wiring.py``."""

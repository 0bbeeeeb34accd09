"""The site's capabilities, one sub-package each (reading, synthesis, glossary, figures…), behind the MkDocs wiring."""

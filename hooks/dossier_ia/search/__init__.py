"""Search: the index readers query, built at build time from the text Material's search collects.

Contract: ``write_split_index(site_dir)`` runs after Material's search plugin has written
``search/search_index.json`` into the built site (``on_post_build``); it writes the split index
under ``search/split/`` and leaves in ``search_index.json`` only Material's configuration.
``docs/assets/javascripts/search-worker.js`` answers queries from those files, behind Material's
search box. ``french_terms`` is what both sides do to a word: ``search-french.js``, which the
build runs with Node.js; plain functions, no MkDocs.
"""

from __future__ import annotations

from .split_index import split_search_index, write_split_index

__all__ = ["split_search_index", "write_split_index"]

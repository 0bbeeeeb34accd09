"""Search: the index readers query, built at build time from the text Material's search collects.

Contract: the wiring hands ``search_split`` each rendered page's documents, as Material's search
plugin collects them, and calls its ``write`` after Material's plugin has written
``search/search_index.json`` into the built site (``on_post_build``); it writes the split index
under ``search/split/`` and leaves in ``search_index.json`` only Material's configuration.
``write_split_index(site_dir)`` does the same from a ``search_index.json`` as Material wrote it.
``docs/assets/javascripts/search-worker.js`` answers queries from those files, behind Material's
search box. ``french_terms`` is what both sides do to a word: ``search-french.js``, which the
build runs with Node.js; plain functions, no MkDocs.
"""

from __future__ import annotations

from .split_index import SearchSplit, split_search_index, write_split_index

# The split of this process's builds: what a rebuild of ``mkdocs serve`` reuses of the previous one.
search_split = SearchSplit()

__all__ = ["SearchSplit", "search_split", "split_search_index", "write_split_index"]

"""French search text, test side: what the site's search does to a word and to a query.

The build gives every word of the site its index term (``hooks/dossier_ia/search/french_terms.py``,
re-exported here: the browser's own rules, ``search-french.js``, run by Node.js); the reader's
browser gives the query's words the same terms (``docs/assets/javascripts/search-worker.js``),
and rewrites the query as ``rewrite_query`` models it. ``search_index`` reads back, from the split
index the build wrote, the documents Material's search plugin collected, for the tests that search
them the way the browser does.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from dossier_ia.search.french_terms import fold, index_term, index_terms, is_stop_word, tokenize
from dossier_ia.search.split_index import META_FILE, SEARCH_INDEX, SPLIT_FOLDER

__all__ = ["fold", "index_term", "index_terms", "indexed_terms", "is_stop_word", "rewrite_query", "search_index",
           "tokenize"]

WORD = re.compile(r"[^\W_]+")


def search_index(site_dir: Path) -> dict:
    """Material's ``search_index.json`` as its search plugin wrote it: configuration and every
    document (address, title, text), read back from the split index."""
    config = json.loads((site_dir / SEARCH_INDEX).read_text(encoding="utf-8"))["config"]
    folder = site_dir / SPLIT_FOLDER
    meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
    docs = []
    for number, (path, _, _) in enumerate(meta["pages"]):
        entries = json.loads((folder / "pages" / f"{number}.json").read_text(encoding="utf-8"))
        docs += [{"location": path + suffix, "title": title, "text": text} for suffix, title, text in entries]
    for number, boost in meta["boosts"].items():
        docs[int(number)]["boost"] = boost
    return {"config": config, "docs": docs}


def indexed_terms(site_dir: Path) -> set[str]:
    """Every term of the split index the build wrote (its term shards)."""
    folder = site_dir / SPLIT_FOLDER
    shards = len(json.loads((folder / META_FILE).read_text(encoding="utf-8"))["shards"])
    return {term for number in range(shards)
            for term, *_ in json.loads((folder / "terms" / f"{number}.json").read_text(encoding="utf-8"))}


def rewrite_query(query: str) -> str:
    """The reader's query → the one Material runs (it then appends ``*`` to each term).

    Words are stemmed (``personnaliser`` finds ``personnalisation``) and French stop words
    dropped, elided ones too (``l'IA`` → ``ia``): Material's prefix ``l*`` would match half the
    index. A query of stop words only is left to Material's plain prefix search.
    """
    kept = {word for word in WORD.findall(query) if not is_stop_word(word)}
    if not kept:
        return fold(query)
    return WORD.sub(lambda match: index_term(match[0]) if match[0] in kept else "", query)

"""The JSON files the site publishes (``api/*.json``, feeds, the split search index), compact.

orjson rather than the standard library: it writes the same bytes for the data the site holds
(strings are escaped alike; text never holds a lone surrogate, since articles are decoded with
replacement) several times faster, which an edit under ``mkdocs serve`` pays for every changed
JSON file (``api/synthese.json`` alone is megabytes at 1,000 articles)."""

from __future__ import annotations

import orjson


def compact_json(data: object) -> bytes:
    """``data`` as UTF-8 JSON with no spaces, non-ASCII characters as they are."""
    return orjson.dumps(data)


def json_file(data: object) -> bytes:
    """``compact_json`` with a final newline: a published file's bytes, never decoded (at 5,000
    articles ``api/synthese.json`` is 80 MB, twice that as a Python string)."""
    return orjson.dumps(data, option=orjson.OPT_APPEND_NEWLINE)

"""The editor's metadata file (``metadata.yml`` beside the articles) → overrides per article file.

The editor fixes what raw text cannot tell (a better title, the date, the source address, the
author) without touching the article itself. A mistake in this file must never stop the build:
every problem names the entry and the line, and the entry is ignored.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from article_reader import ArticleMetadata, parse_date
from editor_yaml import EditorDataError, read_editor_yaml
from markdown_text import web_address

METADATA_FILE_NAME = "metadata.yml"
FIELDS = ("title", "date", "source", "author", "slug")


@dataclass(frozen=True)
class MetadataProblem:
    message: str
    line: int | None = None


def load_metadata(seeds_dir: Path, article_names: set[str]) -> tuple[dict[str, ArticleMetadata], list[MetadataProblem]]:
    """Overrides per article file name, and the problems found (the file itself is optional)."""
    path = seeds_dir / METADATA_FILE_NAME
    if not path.is_file():
        return {}, []
    try:
        document = read_editor_yaml(path)
    except EditorDataError as error:
        return {}, [MetadataProblem(f"fichier illisible, ignoré en entier : {error.reason}", error.line)]
    data = document.value
    if data is None:
        return {}, []
    if not isinstance(data, dict):
        return {}, [MetadataProblem("le fichier doit associer des noms de fichiers d’articles à leurs champs ({', '.join(FIELDS)})", 1)]
    keys = document.key_lines()
    lines = dict(keys)
    problems = [
        MetadataProblem(f"« {name} » apparaît plusieurs fois : cette entrée est ignorée, seule la dernière compte ; fusionnez-les", line)
        for name, line in keys if line != lines[name]
    ]
    overrides: dict[str, ArticleMetadata] = {}
    for name in sorted(data, key=str):
        line = lines.get(str(name))
        entry = data[name]
        if name not in article_names:
            problems.append(MetadataProblem(f"« {name} » ne correspond à aucun article du dossier : corrigez le nom ou retirez l’entrée", line))
            continue
        if not isinstance(entry, dict):
            problems.append(MetadataProblem(f"« {name} » : attendu des champs ({', '.join(FIELDS)}), trouvé « {entry} »", line))
            continue
        unknown = sorted(set(map(str, entry)) - set(FIELDS))
        if unknown:
            problems.append(MetadataProblem(f"« {name} » : champ(s) inconnu(s) {', '.join(unknown)} ; champs possibles : {', '.join(FIELDS)}", line))
        date, date_problem = _date(entry.get("date"))
        if date_problem:
            problems.append(MetadataProblem(f"« {name} » : {date_problem}", line))
        source, source_problem = _source(entry.get("source"))
        if source_problem:
            problems.append(MetadataProblem(f"« {name} » : {source_problem}", line))
        overrides[name] = ArticleMetadata(
            title=_text(entry.get("title")),
            date=date,
            source_url=source,
            author=_text(entry.get("author")),
            slug=_text(entry.get("slug")),
        )
    return overrides, problems


def _date(value: object) -> tuple[dt.date | None, str | None]:
    if isinstance(value, dt.datetime):
        return value.date(), None
    if value is None or isinstance(value, dt.date):
        return value, None
    parsed = parse_date(str(value))
    if parsed is None:
        return None, f"date « {value} » non reconnue ; écrivez-la AAAA-MM-JJ"
    return parsed, None


def _source(value: object) -> tuple[str | None, str | None]:
    """The source address, kept only if it is one a reader can safely follow (http or https)."""
    text = _text(value)
    if text is None or web_address(text):
        return text, None
    return None, f"adresse source « {text} » refusée : seules les adresses en http:// ou https:// sont publiées ; corrigez-la ou retirez-la"


def _text(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None

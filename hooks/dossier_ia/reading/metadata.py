"""The editor's metadata file (``metadata.yml`` beside the articles) → overrides per article file.

The editor fixes what raw text cannot tell (a better title, the date, the source address, the
author) without touching the article itself. A mistake in this file must never stop the build:
every problem names the entry and the line, and the entry is ignored.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dossier_ia.editor_data import EditorDataError, Field, field_names, read_editor_yaml, unknown_fields
from dossier_ia.markdown import web_address
from dossier_ia.notices import Kind, Notice, problem
from dossier_ia.reading.dates import parse_date
from dossier_ia.reading.reader import ArticleMetadata
from dossier_ia.settings import METADATA_FILE

FIELDS = (
    Field("title", "titre affiché de l’article (jusqu’à 150 caractères)"),
    Field("date", "date de publication, AAAA-MM-JJ"),
    Field("source", "adresse de la page d’origine (http:// ou https://)"),
    Field("publisher", "nom du site ou de l’éditeur d’origine"),
    Field("author", "auteur ou autrice"),
    Field("slug", "adresse de la page sur le site (minuscules, chiffres, tirets)"),
)


def load_metadata(seeds_dir: Path, article_names: set[str]) -> tuple[dict[str, ArticleMetadata], list[Notice]]:
    """Overrides per article file name, and the problems found (the file itself is optional)."""
    path = seeds_dir / METADATA_FILE
    if not path.is_file():
        return {}, []
    try:
        document = read_editor_yaml(path)
    except EditorDataError as error:
        return {}, [problem(Kind.METADATA, path, f"fichier illisible, ignoré en entier : {error.reason}", error.line)]
    data = document.value
    if data is None:
        return {}, []
    if not isinstance(data, dict):
        return {}, [
            problem(
                Kind.METADATA,
                path,
                f"le fichier doit associer des noms de fichiers d’articles à leurs champs ({field_names(FIELDS)})",
                1,
            )
        ]
    keys = document.key_lines()
    lines = dict(keys)
    problems = [
        problem(
            Kind.METADATA,
            path,
            f"« {name} » apparaît plusieurs fois : cette entrée est ignorée, seule la dernière compte ; fusionnez-les",
            line,
        )
        for name, line in keys
        if line != lines[name]
    ]
    overrides: dict[str, ArticleMetadata] = {}
    for name in sorted(data, key=str):
        line = lines.get(str(name))
        entry = data[name]
        if name not in article_names:
            problems.append(
                problem(
                    Kind.METADATA,
                    path,
                    f"« {name} » ne correspond à aucun article du dossier : corrigez le nom ou retirez l’entrée",
                    line,
                )
            )
            continue
        if not isinstance(entry, dict):
            problems.append(
                problem(
                    Kind.METADATA,
                    path,
                    f"« {name} » : attendu des champs ({field_names(FIELDS)}), trouvé « {entry} »",
                    line,
                )
            )
            continue
        unknown = unknown_fields(entry, FIELDS)
        if unknown:
            problems.append(
                problem(
                    Kind.METADATA,
                    path,
                    f"« {name} » : {'champs inconnus' if len(unknown) > 1 else 'champ inconnu'} "
                    f"{', '.join(unknown)} ; champs possibles : {field_names(FIELDS)}",
                    line,
                )
            )
        date, date_problem = _date(entry.get("date"))
        if date_problem:
            problems.append(problem(Kind.METADATA, path, f"« {name} » : {date_problem}", line))
        source, source_problem = _source(entry.get("source"))
        if source_problem:
            problems.append(problem(Kind.METADATA, path, f"« {name} » : {source_problem}", line))
        overrides[name] = ArticleMetadata(
            title=_text(entry.get("title")),
            date=date,
            source_url=source,
            author=_text(entry.get("author")),
            publisher=_text(entry.get("publisher")),
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
    return (
        None,
        f"adresse source « {text} » refusée : seules les adresses en http:// ou https:// sont publiées ; "
        "corrigez-la ou retirez-la",
    )


def _text(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None

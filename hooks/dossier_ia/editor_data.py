"""The editor's YAML data files (metadata, themes, glossary): parsed with the line of every entry.

Editors edit these files by hand; a problem must point to the line, and a broken file must
become a message, never a traceback. One parser serves every data file so they all behave alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from dossier_ia.notices import Kind, Notice, problem

# PyYAML explains a syntax error in English (« mapping values are not allowed here »): the
# editor reads the French fix instead. PyYAML's problem (a pattern, its groups fill the message)
# → the message.
UNQUOTED_START = "une valeur ne peut pas commencer par « {char} » ; mettez-la entre guillemets"
YAML_PROBLEMS: dict[re.Pattern[str], str] = {
    re.compile(pattern): message
    for pattern, message in {
        r"^mapping values are not allowed": "« : » inattendu ; une valeur qui contient « : » s’écrit entre guillemets",
        r"^found character '\\t'": "tabulation : indentez avec des espaces",
        r"^found character '(?P<char>.)' that cannot start": UNQUOTED_START,
        r"^found undefined alias": UNQUOTED_START.format(char="*"),
        r"duplicate anchor": UNQUOTED_START.format(char="&"),
        r"^could not determine a constructor": UNQUOTED_START.format(char="!"),
        r"^found unknown escape character '(?P<char>.)'": (
            "« \\{char} » entre guillemets doubles ; doublez la barre oblique inverse"
        ),
        r"^could not find expected ':'": "« : » manquant après un nom de champ",
        r"^expected <block end>|^did not find expected": (
            "indentation incohérente : alignez cette ligne sur les entrées voisines"
        ),
    }.items()
}
# An unclosed quote or bracket: PyYAML notices it only at the end of the file, so the line told
# is where it opened.
YAML_UNCLOSED_PROBLEMS: dict[re.Pattern[str], str] = {
    re.compile(r"^found unexpected end of stream"): "guillemet ouvert sur cette ligne et jamais refermé",
    re.compile(r"^expected ',' or '(?P<char>[\]}])'"): (
        "« {char} » manquant : crochet ou accolade ouvert sur cette ligne et jamais refermé"
    ),
}
YAML_PROBLEM_FALLBACK = "syntaxe YAML incorrecte"
# Why a file could not be read, most specific first (the classes are subclasses of OSError).
READ_ERRORS: tuple[tuple[type[Exception], str], ...] = (
    (FileNotFoundError, "fichier introuvable"),
    (IsADirectoryError, "c’est un dossier, pas un fichier"),
    (PermissionError, "lecture refusée par les droits du fichier"),
    (UnicodeDecodeError, "le fichier n’est pas en UTF-8 ; réenregistrez-le en UTF-8"),
    (OSError, "lecture impossible"),
)


class EditorYamlLoader(yaml.SafeLoader):
    """Safe YAML, except that an impossible date (``2024-13-45``) stays text instead of raising
    ``ValueError`` from deep inside PyYAML: the entry's own validation then reports it."""


# The same with libyaml's parser, four times faster on a long file (the annotated sentences); a
# broken file is parsed again by the pure Python one, whose messages ``YAML_PROBLEMS`` translate.
FastEditorYamlLoader = type("FastEditorYamlLoader", (getattr(yaml, "CSafeLoader", yaml.SafeLoader),), {})


def _timestamp_or_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> object:
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


for _loader in (EditorYamlLoader, FastEditorYamlLoader):
    _loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)


class EditorDataError(ValueError):
    """The file cannot be read as YAML at all; ``line`` says where, when YAML knows."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        """Keep the French reason and the line apart: the caller formats them into a notice."""
        super().__init__(reason)
        self.reason = reason
        self.line = line


@dataclass(frozen=True)
class EditorData:
    """The parsed value and the YAML node tree it came from (for line numbers)."""

    value: object
    node: yaml.Node | None

    def key_lines(self) -> list[tuple[str, int]]:
        """Top-level mapping keys with their line, in file order (repeated keys included)."""
        if not isinstance(self.node, yaml.MappingNode):
            return []
        return [(str(key.value), key.start_mark.line + 1) for key, _ in self.node.value]

    def item_lines(self, key: str) -> list[int]:
        """Line of each item of the list under a top-level ``key``."""
        if not isinstance(self.node, yaml.MappingNode):
            return []
        for key_node, value in self.node.value:
            if key_node.value == key and isinstance(value, yaml.SequenceNode):
                return [item.start_mark.line + 1 for item in value.value]
        return []


def parse_editor_yaml(text: str) -> EditorData:
    """Parse safely, once: the value is built from the node tree that gives the lines (what
    ``yaml.load`` does inside); raises ``EditorDataError`` with the line of the syntax error."""
    try:
        return _parse(text, FastEditorYamlLoader)
    except yaml.YAMLError:
        pass
    try:
        return _parse(text, EditorYamlLoader)
    except yaml.YAMLError as error:
        raise EditorDataError(*_yaml_problem(error)) from None


def _parse(text: str, loader_class: type) -> EditorData:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        return EditorData(None if node is None else loader.construct_document(node), node)
    finally:
        loader.dispose()


def read_editor_yaml(path: Path) -> EditorData:
    """Read and parse a data file; an unreadable or non-UTF-8 file is an ``EditorDataError`` too."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise EditorDataError(read_error_reason(error)) from None
    return parse_editor_yaml(text)


@dataclass(frozen=True)
class Field:
    """One field an entry of an editor data file may have: its table drives validation, the
    messages (« champs possibles : … ») and what the editor's report says to edit."""

    name: str
    description: str
    required: bool = False


@dataclass(frozen=True)
class EditorListFile:
    """A data file whose content is one top-level list of entries (the glossary's terms, the
    themes): what differs between such files is only their words; reading them, reporting a broken
    file and opening each entry is one piece of code, so that every list file fails alike."""

    kind: Kind
    # « glossaire illisible », and what a broken file costs: « le glossaire sera vide ».
    unreadable: str
    consequence: str
    list_key: str
    # What the list holds (« termes »), one of them (« terme ») and the field that names one.
    items: str
    item: str
    name_field: str
    fields: tuple[Field, ...]

    def read(self, path: Path) -> tuple[str | None, list[Notice]]:
        """The file's text, or ``None`` and the one problem that says why it cannot be read."""
        try:
            return path.read_text(encoding="utf-8"), []
        except (OSError, UnicodeDecodeError) as error:
            reason = read_error_reason(error)
            return None, [problem(self.kind, path, f"{self.unreadable}, {self.consequence} : {reason}")]

    def entries(
        self, text: str, source: str
    ) -> tuple[dict[object, object], list[tuple[object, int | None]], list[Notice]]:
        """The top-level mapping and each entry of its list with the entry's line. A file that is
        not such a list gives an empty mapping, no entry and the one problem that says why: read
        like an empty file, it yields an empty glossary or taxonomy without a branch of its own."""
        try:
            document = parse_editor_yaml(text)
        except EditorDataError as error:
            return (
                {},
                [],
                [problem(self.kind, source, f"YAML invalide, {self.consequence} : {error.reason}", error.line)],
            )
        data = document.value
        if not isinstance(data, dict) or not isinstance(data.get(self.list_key), list):
            message = f"le fichier doit contenir une liste « {self.list_key}: » de {self.items}"
            return {}, [], [problem(self.kind, source, message)]
        lines = document.item_lines(self.list_key)
        return (
            data,
            [(entry, lines[index] if index < len(lines) else None) for index, entry in enumerate(data[self.list_key])],
            [],
        )

    def entry_name(self, entry: object, index: int) -> tuple[str | None, list[str]]:
        """How messages name the entry (« « RGPD » », or « n° 3 » when it has no name) and the
        problems of its unknown fields; ``None`` when the entry is not a mapping of fields."""
        if not isinstance(entry, dict):
            names = field_names(self.fields)
            return None, [f"{self.item} n° {index + 1} ignoré : attendu des champs ({names}), trouvé « {entry} »"]
        name = f"« {entry[self.name_field]} »" if isinstance(entry.get(self.name_field), str) else f"n° {index + 1}"
        return name, [
            f"{self.item} {name} : champ inconnu « {key} » ignoré ; champs possibles : {field_names(self.fields)}"
            for key in unknown_fields(entry, self.fields)
        ]


def field_names(fields: tuple[Field, ...]) -> str:
    """The fields of a table as a message lists them, in table order (« champs possibles : … »)."""
    return ", ".join(field.name for field in fields)


def unknown_fields(entry: dict[object, object], fields: tuple[Field, ...]) -> list[str]:
    """Keys of ``entry`` that no field of the table names, in a stable order."""
    known = {field.name for field in fields}
    return sorted(str(key) for key in entry if str(key) not in known)


def missing_fields(entry: dict[object, object], fields: tuple[Field, ...]) -> list[str]:
    """Required fields absent or empty in ``entry``, in table order."""
    return [field.name for field in fields if field.required and entry.get(field.name) in (None, "", [])]


def missing_phrase(missing: list[str]) -> str:
    """What a message calls the required fields an entry lacks, agreed with their number."""
    return "champs manquants ou vides" if len(missing) > 1 else "champ manquant ou vide"


def read_error_reason(error: Exception) -> str:
    """Why a file could not be read, in French (Python's own text is English)."""
    return next((reason for kind, reason in READ_ERRORS if isinstance(error, kind)), READ_ERRORS[-1][1])


def _yaml_problem(error: yaml.YAMLError) -> tuple[str, int | None]:
    """The French reason of a YAML syntax error and its line."""
    # The problem first (the rules anchored with ``^`` look at it), then its context.
    problem = f"{getattr(error, 'problem', None) or ''} | {getattr(error, 'context', None) or ''}"
    mark = getattr(error, "problem_mark", None)
    opening = getattr(error, "context_mark", None) or mark
    for rules, line_mark in ((YAML_UNCLOSED_PROBLEMS, opening), (YAML_PROBLEMS, mark)):
        for pattern, message in rules.items():
            if match := pattern.search(problem):
                return message.format(**match.groupdict()), line_mark.line + 1 if line_mark else None
    return YAML_PROBLEM_FALLBACK, mark.line + 1 if mark else None

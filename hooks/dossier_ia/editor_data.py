"""The editor's YAML data files (metadata, themes, glossary): parsed with the line of every entry.

Editors edit these files by hand; a problem must point to the line, and a broken file must
become a message, never a traceback. One parser serves every data file so they all behave alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml


class EditorYamlLoader(yaml.SafeLoader):
    """Safe YAML, except that an impossible date (``2024-13-45``) stays text instead of raising
    ``ValueError`` from deep inside PyYAML: the entry's own validation then reports it."""


def _timestamp_or_text(loader: EditorYamlLoader, node: yaml.ScalarNode) -> object:
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


EditorYamlLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)


class EditorDataError(ValueError):
    """The file cannot be read as YAML at all; ``line`` says where, when YAML knows."""

    def __init__(self, reason: str, line: int | None = None) -> None:
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
    loader = EditorYamlLoader(text)
    try:
        node = loader.get_single_node()
        return EditorData(None if node is None else loader.construct_document(node), node)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise EditorDataError(str(error).strip().splitlines()[0], mark.line + 1 if mark else None) from None
    finally:
        loader.dispose()


def read_editor_yaml(path: Path) -> EditorData:
    """Read and parse a data file; an unreadable or non-UTF-8 file is an ``EditorDataError`` too."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise EditorDataError(f"fichier illisible ({error})") from None
    return parse_editor_yaml(text)


@dataclass(frozen=True)
class Field:
    """One field an entry of an editor data file may have: its table drives validation, the
    messages (« champs possibles : … ») and what the editor's report says to edit."""

    name: str
    description: str
    required: bool = False


def field_names(fields: tuple[Field, ...]) -> str:
    return ", ".join(field.name for field in fields)


def unknown_fields(entry: dict[object, object], fields: tuple[Field, ...]) -> list[str]:
    """Keys of ``entry`` that no field of the table names, in a stable order."""
    known = {field.name for field in fields}
    return sorted(str(key) for key in entry if str(key) not in known)


def missing_fields(entry: dict[object, object], fields: tuple[Field, ...]) -> list[str]:
    """Required fields absent or empty in ``entry``, in table order."""
    return [field.name for field in fields if field.required and entry.get(field.name) in (None, "", [])]

"""Bytes on disk → clean text lines, whatever encoding or line endings the editor's file has.

Articles come from many tools: UTF-8 with or without BOM, Windows-1252, CRLF or CR endings,
stray NUL bytes. Decoding never guesses silently: every repair is reported as a notice naming the file and line.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from dossier_ia.notices import Kind, Notice, counted, problem

# Share of control characters above which a ".txt" file is taken for binary data.
BINARY_CONTROL_SHARE = 0.05
CONTROL_BYTES = bytes(code for code in range(32) if code not in b"\t\n\r\f")
FALLBACK_ENCODING = "cp1252"
# Letters of a UTF-8 text once read as Windows-1252 or 1250 (« Ã© », « Ă© » for « é », « â€™ »
# for « ’ », « Â» » for « » »), which French never writes: only a text holding some is handed to
# ftfy, whose own check of every article would cost 0.2 s per megabyte.
MOJIBAKE = re.compile("Ã[\u0080-\u00bf]|Ă[\u00a0-\u00bf]|â€|Â[\u00a0-\u00bf]")
# A word, with the no-break space that « à » decoded twice ends on (« Ă\u00a0 »).
MOJIBAKE_WORD = re.compile("(?:\\S|(?<=[ÃĂÂ])\u00a0)+")


class UnreadableSource(ValueError):
    """The file is not text at all; the caller skips it and tells the editor."""


@dataclass(frozen=True)
class SourceText:
    """An article file decoded into lines, with what the decoding had to guess (told to the editor)."""

    lines: tuple[str, ...]
    issues: tuple[Notice, ...]


def decode_source(raw: bytes, source_name: str) -> SourceText:
    """Decode an article file into lines (1-based line ``n`` is ``lines[n - 1]``)."""
    issues: list[Notice] = []
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    _reject_binary(raw)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        text = raw.decode(FALLBACK_ENCODING, errors="replace")
        issues.append(problem(
            Kind.SOURCE, source_name,
            "le fichier n’est pas en UTF-8 (octet invalide) ; lu comme Windows-1252 : "
            "vérifiez les accents puis réenregistrez-le en UTF-8",
            line,
        ))
    if (garbled := MOJIBAKE.search(text)) is not None and (repaired := _encoding_repaired(text)) != text:
        # the first word so garbled, as the file has it and as it is read (« mĂ©diatique », « Â» »)
        word = next(word.group() for word in MOJIBAKE_WORD.finditer(text) if word.end() > garbled.start())
        issues.append(problem(
            Kind.SOURCE, source_name,
            f"des caractères étaient décodés deux fois (« {word} » pour « {_encoding_repaired(word)} ») "
            "et ont été réparés, ici et plus loin : vérifiez-les, puis enregistrez le texte corrigé en UTF-8",
            text.count("\n", 0, garbled.start()) + 1,
        ))
        text = repaired
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # One notice for the file, at the first such line: a damaged file must not flood the terminal.
    damaged = [number for number, line in enumerate(lines, start=1) if "\x00" in line]
    if damaged:
        where = f"sur {counted(len(damaged), 'ligne')} à partir de celle-ci" if len(damaged) > 1 else "sur cette ligne"
        issues.append(problem(
            Kind.SOURCE, source_name,
            f"caractères NUL supprimés {where} : le fichier est peut-être corrompu, vérifiez-le", damaged[0],
        ))
    return SourceText(tuple(line.replace("\x00", "") for line in lines), tuple(issues))


def _encoding_repaired(text: str) -> str:
    """The text with its letters decoded twice decoded once (ftfy), and nothing else changed: its
    quotes, ligatures and spaces stay as written. Line by line, then word by word where a line
    mixes such letters with right ones (« problème » beside « mĂ©diatique »), which ftfy leaves
    as they are. ftfy is imported here: only such a text needs it, and every build would pay its
    import (40 ms) otherwise."""
    import ftfy

    encoding_only = ftfy.TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False, fix_character_width=False,
        uncurl_quotes=False, fix_line_breaks=False, fix_surrogates=False, remove_control_chars=False,
        normalization=None, explain=False,
    )
    repaired = ftfy.fix_text(text, encoding_only)
    return MOJIBAKE_WORD.sub(
        lambda word: ftfy.fix_text(word.group(), encoding_only) if MOJIBAKE.search(word.group()) else word.group(),
        repaired,
    )


def _reject_binary(raw: bytes) -> None:
    sample = raw[:8192]
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    if sample and controls / len(sample) > BINARY_CONTROL_SHARE:
        raise UnreadableSource(
            "le fichier ressemble à des données binaires (ou à du texte UTF-16), pas à du texte UTF-8 : "
            "réenregistrez-le en UTF-8 ou retirez-le du dossier des articles"
        )

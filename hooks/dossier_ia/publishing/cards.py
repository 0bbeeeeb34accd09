"""Share cards: the 1200×630 PNG that a link to a page shows on social networks (``og:image``).

Drawn with Pillow, in the site's colours (Material's indigo), with Lato from the ``font-lato``
package: the same glyphs on Debian, macOS and CI, nothing fetched at build time. Material's
``social`` plugin was not used: it downloads its fonts from Google Fonts during the build and
draws through Cairo, a system library. Each card is a pure function of its texts; ``make_cards``
draws the missing ones on every core and keeps them in a ``DiskCache``, so a rebuild (``serve``,
the next ``build``) only draws the cards whose page title changed.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import font_lato
from PIL import Image, ImageDraw, ImageFont

from dossier_ia.cache import DiskCache
from dossier_ia.parallel import map_on_every_core

WIDTH, HEIGHT = 1200, 630
MARGIN = 80
# Material's indigo (the site's primary colour), a darker band, white text and a light accent.
BACKGROUND = (63, 81, 181)
BAND = (40, 53, 147)
TEXT = (255, 255, 255)
MUTED = (220, 225, 250)
ACCENT = (255, 193, 7)
TITLE_SIZES = (76, 68, 60, 54, 48, 44)
TITLE_MAX_LINES = 4
LINE_SPACING = 1.18
KICKER_SIZE = 30
FOOTER_SIZE = 28
ELLIPSIS = "…"
# Bump when the drawing changes: every card is then drawn anew (the version is part of the key).
DESIGN_VERSION = "1"
# A few flat colours and the shades of antialiased text: 64 palette colours look the same as
# true colour, and make the PNG a third of the size and twice as fast to encode (measured).
PALETTE_COLOURS = 64
PNG_COMPRESS_LEVEL = 3
# French typography: never a line break before « : ; ! ? » » or after « « ».
BREAKLESS = re.compile(r"\s+(?=[:;!?»])|(?<=«)\s+")
SPACES = re.compile(r"[ \t\n]+")
NBSP = "\u00a0"


@dataclass(frozen=True)
class Card:
    """What one card shows: a kicker above the title (the kind of page), the title, a footer line."""

    title: str
    kicker: str
    footer: str

    @property
    def key(self) -> str:
        return "\x1f".join((DESIGN_VERSION, self.kicker, self.title, self.footer))


def draw_card(card: Card) -> bytes:
    """The card as PNG bytes: title as large as fits in four lines, shortened with « … » if not."""
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, HEIGHT - 110, WIDTH, HEIGHT), fill=BAND)
    draw.rectangle((0, 0, 16, HEIGHT), fill=ACCENT)
    draw.text((MARGIN, 64), card.kicker.upper(), font=_font("Bold", KICKER_SIZE), fill=MUTED)
    lines, font = _fit_title(card.title, WIDTH - 2 * MARGIN)
    line_height = round(font.size * LINE_SPACING)
    top = 130 + (TITLE_MAX_LINES * round(TITLE_SIZES[-1] * LINE_SPACING) - len(lines) * line_height) // 4
    for number, line in enumerate(lines):
        draw.text((MARGIN, top + number * line_height), line, font=font, fill=TEXT)
    draw.text((MARGIN, HEIGHT - 55), card.footer, font=_font("Regular", FOOTER_SIZE), fill=MUTED, anchor="lm")
    output = io.BytesIO()
    image.quantize(PALETTE_COLOURS, method=Image.Quantize.FASTOCTREE).save(output, format="PNG", compress_level=PNG_COMPRESS_LEVEL)
    return output.getvalue()


def make_cards(cards: Sequence[Card], cache: DiskCache) -> list[Path]:
    """The file of each card, in order; the cards not in ``cache`` are drawn on every core first."""
    missing = [card for card in dict.fromkeys(cards) if card.key not in cache]
    for card, data in zip(missing, map_on_every_core(draw_card, missing)):
        cache.put(card.key, data)
    return [cache.path(card.key) for card in cards]


def _fit_title(title: str, width: int) -> tuple[list[str], ImageFont.FreeTypeFont]:
    """The largest size at which the title holds in ``TITLE_MAX_LINES``; at the smallest, cut."""
    for size in TITLE_SIZES:
        font = _font("Black", size)
        lines = _wrap(title, font, width)
        if len(lines) <= TITLE_MAX_LINES:
            return lines, font
    kept = lines[:TITLE_MAX_LINES]
    last = kept[-1]
    while last and font.getlength(last + ELLIPSIS) > width:
        last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
    kept[-1] = last.rstrip(" ,;:") + ELLIPSIS
    return kept, font


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Greedy wrapping on spaces; a word wider than the card is cut where it overflows."""
    lines: list[str] = []
    current = ""
    for word in SPACES.split(BREAKLESS.sub(NBSP, text.strip())):
        candidate = f"{current} {word}" if current else word
        if font.getlength(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while font.getlength(word) > width:
            cut = max(1, next(index for index in range(len(word), 0, -1) if font.getlength(word[:index]) <= width))
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines


@lru_cache(maxsize=None)
def _font(weight: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(Path(font_lato.font_directory) / f"Lato-{weight}.ttf"), size)

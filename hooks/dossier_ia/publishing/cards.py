"""Share cards: the 1200×630 PNG that a link to a page shows on social networks (``og:image``).

Drawn with Pillow, in the site's colours (Material's indigo), with Lato from the ``font-lato``
package: the same glyphs on Debian, macOS and CI, nothing fetched at build time. Material's
``social`` plugin was not used: it downloads its fonts from Google Fonts during the build and
draws through Cairo, a system library. Each card is a pure function of its texts; ``make_cards``
draws the missing ones in the background while the pages are rendered and keeps them in a
``DiskCache``, so a rebuild (``serve``, the next ``build``) only draws the cards whose page title
changed.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import font_lato
from PIL import Image, ImageDraw, ImageFont

from dossier_ia.cache import DiskCache, RebuildMemo
from dossier_ia.parallel import BackgroundJob, start_in_background

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
DESIGN_VERSION = "2"
# The card is drawn straight into a palette image: each text is drawn as a coverage mask (0–255),
# and ``SHADES`` levels of coverage become palette indices of a ramp from its background to its
# colour. Same look as true colour (antialiased text), a third of the PNG size, and no colour
# quantisation, which took 40 % of the drawing time (measured).
SHADES = 64
TITLE_RAMP, KICKER_RAMP, FOOTER_RAMP, ACCENT_INDEX = 0, SHADES, 2 * SHADES, 3 * SHADES
BAND_TOP = HEIGHT - 110
ACCENT_WIDTH = 16
KICKER_BOX = (0, 50, WIDTH, 110)
PNG_COMPRESS_LEVEL = 3
# French typography: never a line break before « : ; ! ? » » or after « « ».
BREAKLESS = re.compile(r"\s+(?=[:;!?»])|(?<=«)\s+")
SPACES = re.compile(r"[ \t\n]+")
# Each card's file name (a digest of its texts), kept between the rebuilds of ``mkdocs serve``.
_paths: RebuildMemo[Path] = RebuildMemo()
NBSP = "\u00a0"


@dataclass(frozen=True)
class Card:
    """What one card shows: a kicker above the title (the kind of page), the title, a footer line."""

    title: str
    kicker: str
    footer: str

    @property
    def key(self) -> str:
        """Everything the drawing depends on: the disk cache's key (a new design is a new key)."""
        return "\x1f".join((DESIGN_VERSION, self.kicker, self.title, self.footer))


def draw_card(card: Card) -> bytes:
    """The card as PNG bytes: title as large as fits in four lines, shortened with « … » if not."""
    title = Image.new("L", (WIDTH, BAND_TOP))
    lines, font = _fit_title(card.title, WIDTH - 2 * MARGIN)
    line_height = round(font.size * LINE_SPACING)
    top = 130 + (TITLE_MAX_LINES * round(TITLE_SIZES[-1] * LINE_SPACING) - len(lines) * line_height) // 4
    draw = ImageDraw.Draw(title)
    for number, line in enumerate(lines):
        draw.text((MARGIN, top + number * line_height), line, font=font, fill=255)
    kicker = _mask(card.kicker.upper(), _font("Bold", KICKER_SIZE), KICKER_BOX[3] - KICKER_BOX[1])
    footer = _mask(card.footer, _font("Regular", FOOTER_SIZE), HEIGHT - BAND_TOP)
    indices = Image.new("L", (WIDTH, HEIGHT))
    indices.paste(_shades(title, TITLE_RAMP), (0, 0))
    indices.paste(_shades(kicker, KICKER_RAMP), KICKER_BOX[:2])
    indices.paste(_shades(footer, FOOTER_RAMP), (0, BAND_TOP))
    indices.paste(ACCENT_INDEX, (0, 0, ACCENT_WIDTH, HEIGHT))
    image = Image.frombytes("P", (WIDTH, HEIGHT), indices.tobytes())
    image.putpalette(_palette())
    output = io.BytesIO()
    image.save(output, format="PNG", compress_level=PNG_COMPRESS_LEVEL)
    return output.getvalue()


def make_cards(cards: Sequence[Card], cache: DiskCache) -> tuple[list[Path], BackgroundJob]:
    """The file of each card, in order, and the job drawing the ones not in ``cache`` yet: they are
    drawn in the background, on the cores the engine leaves free while it renders the pages, and
    their files exist once the job's ``wait`` has returned."""
    paths = [_paths.get((cache.folder, card), functools.partial(cache.path, card.key)) for card in cards]
    _paths.end_build()
    missing = list(dict.fromkeys(card for card, path in zip(cards, paths) if not path.is_file()))
    return paths, start_in_background(functools.partial(_draw_into, cache), missing)


def _draw_into(cache: DiskCache, card: Card) -> None:
    cache.put(card.key, draw_card(card))


def _mask(text: str, font: ImageFont.FreeTypeFont, height: int) -> Image.Image:
    """One line of text as a coverage mask the width of the card, centred vertically."""
    mask = Image.new("L", (WIDTH, height))
    ImageDraw.Draw(mask).text((MARGIN, height // 2), text, font=font, fill=255, anchor="lm")
    return mask


def _shades(mask: Image.Image, ramp: int) -> Image.Image:
    """Coverage 0–255 → the palette index of that shade on ``ramp``."""
    return mask.point([ramp + level * SHADES // 256 for level in range(256)])


@functools.lru_cache(maxsize=1)
def _palette() -> list[int]:
    """Three ramps (title on the background, kicker on the background, footer on the band) and
    the accent colour, as a flat list of RGB values."""
    colours = []
    for start, end in ((BACKGROUND, TEXT), (BACKGROUND, MUTED), (BAND, MUTED)):
        colours += [
            tuple(round(a + (b - a) * shade / (SHADES - 1)) for a, b in zip(start, end)) for shade in range(SHADES)
        ]
    colours.append(ACCENT)
    return [channel for colour in colours for channel in colour]


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


@functools.lru_cache(maxsize=None)
def _font(weight: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(Path(font_lato.font_directory) / f"Lato-{weight}.ttf"), size)

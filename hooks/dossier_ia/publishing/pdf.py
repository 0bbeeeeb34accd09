"""The PDF dossier: ``dossier.dossier_html`` printed by WeasyPrint, only when ``DOSSIER_PDF=1``.

WeasyPrint rather than Chromium's printing: a table of contents with page numbers needs CSS
``target-counter()``, and PDF bookmarks need ``bookmark-level``, both of which WeasyPrint supports
and Chromium does not; it also hyphenates French (Pyphen) and needs no browser process in the
build, only Pango, which Debian, Ubuntu and macOS (Homebrew) provide. Lato, from the
``font-lato`` package, is embedded: the same document on every machine.
"""

from __future__ import annotations

from pathlib import Path

import font_lato

PAGE_CSS = """
@page { size: A4; margin: 2cm 1.9cm 2.2cm;
  @bottom-center { content: "page " counter(page) " sur " counter(pages); font: 8.5pt Lato; color: #555; }
  @top-right { content: string(part); font: 8.5pt Lato; color: #555; } }
@page :first { @bottom-center { content: none; } @top-right { content: none; } }
html { font-family: Lato, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #111; hyphens: auto; }
h1, h2, h3, h4 { font-weight: 900; line-height: 1.2; break-after: avoid; hyphens: manual; color: #1a237e; }
h1 { font-size: 22pt; margin: 0 0 0.8em; string-set: part content(); }
h2 { font-size: 15pt; margin: 1.4em 0 0.5em; }
h3 { font-size: 12pt; margin: 1.2em 0 0.4em; bookmark-level: none; }
h4 { font-size: 10.5pt; margin: 1em 0 0.3em; bookmark-level: none; }
.part h3[id^="theme-"] { bookmark-level: 3; }
p, li, dd { orphans: 3; widows: 3; text-align: justify; }
a { color: #283593; text-decoration: none; }
.cover { page: cover; padding-top: 6cm; }
.cover-kicker { font-weight: 700; letter-spacing: 0.12em; text-transform: uppercase; color: #3f51b5; }
.cover-title {
  hyphens: manual; font-size: 30pt; font-weight: 900; line-height: 1.15; color: #1a237e;
  margin: 0.2em 0 0.6em; text-align: left;
}
.cover-subtitle { font-size: 13pt; text-align: left; }
.cover-counts, .cover-link { color: #444; text-align: left; }
.toc { break-before: page; }
.toc-title { string-set: part "Sommaire"; bookmark-level: none; }
.toc ol { list-style: none; padding-left: 0; }
.toc ol ol { padding-left: 1.2em; font-size: 9.5pt; }
.toc li { margin: 0.2em 0; }
.toc a { color: #111; }
.toc a::after { content: leader(". ") target-counter(attr(href), page); }
.part { break-before: page; }
.article { break-before: page; }
.article:first-of-type, .note + .article { break-before: auto; }
.facts { color: #444; font-size: 9pt; text-align: left; }
.support { font-style: italic; color: #444; }
.quotes li { margin-bottom: 0.4em; }
table { border-collapse: collapse; margin: 0.5em 0 1em; }
th, td { border-bottom: 0.5pt solid #bbb; padding: 0.25em 0.8em 0.25em 0; text-align: left; vertical-align: top; }
.glossary dt { font-weight: 700; margin-top: 0.7em; break-after: avoid; }
.glossary dd { margin-left: 0; }
"""
FONT_FACES = (
    ("Regular", "normal", "normal"),
    ("Bold", "bold", "normal"),
    ("Black", "900", "normal"),
    ("Italic", "normal", "italic"),
)


def stylesheet() -> str:
    """The dossier's CSS, with Lato's files from the ``font-lato`` package."""
    fonts = Path(font_lato.font_directory)
    faces = "".join(
        f'@font-face {{ font-family: Lato; src: url("{(fonts / f"Lato-{name}.ttf").as_uri()}"); '
        f"font-weight: {weight}; font-style: {style}; }}\n"
        for name, weight, style in FONT_FACES
    )
    return faces + PAGE_CSS


def render_pdf(html: str) -> bytes:
    """The PDF of an HTML document; WeasyPrint is imported here, so that builds without the
    dossier do not load it."""
    from weasyprint import HTML

    return HTML(string=html).write_pdf()

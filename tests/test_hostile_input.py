"""Hostile input through a real build: nothing from an article or an editor file runs in a
reader's browser, and all of it still reaches the reader, as text.

``tests/fixtures/hostile/`` puts markup, quotes of both kinds, ``javascript:`` and ``data:``
addresses, ``{{ }}`` / ``{% %}``, ``</script>``, ``]]>`` and U+2028 in an article's first line,
body, heading, lists and FAQ, in every field of ``metadata.yml``, and (``_data/``, copied over
``docs/_data/`` in a copy of the project) in a theme's title and summary and in a glossary term,
variant and definition. Every payload that opens an element gives it an event handler, a script
address or a script calling ``alert(``: that is what the checks look for, with attribute names
that only a quote breaking out of an attribute leaves, in every file of the built site that a
browser or a feed reader opens, found by walking the site so that pages added later are covered.
"""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml

from conftest import ROOT, build_site, serve_site
from html_helpers import article_text
from test_browser_pages import site_pages, watched_page
from test_search_browser import RESULT_PAGES, search

HOSTILE_DIR = ROOT / "tests" / "fixtures" / "hostile"
EDITOR_DATA = HOSTILE_DIR / "_data"
METADATA = HOSTILE_DIR / "metadata.yml"
PROJECT_LEFT_OUT = shutil.ignore_patterns(
    ".git", "tests", "site", "__pycache__", ".cache", ".pytest_cache", "node_modules"
)
# The words of the link to the original article on an article page.
ORIGINAL_LINK = "article d’origine"
# Every script of the payloads calls alert(): in a script, a handler or an address, it came from the input.
PAYLOAD_CALL = "alert("
# What `{{ 7*191 }}` in the payloads would print if a template engine ever evaluated input.
EVALUATED = "1337"
URL_ATTRIBUTES = frozenset(
    {"href", "src", "action", "formaction", "poster", "cite", "data", "background", "ping", "srcset", "xlink:href"}
)
WEB_SCHEMES = frozenset({"http", "https"})
# What a template writes; "'simple'" or 'alert("x")>' is what a quote breaking out of an attribute leaves.
ATTRIBUTE_NAME = re.compile(r"[a-z][a-z0-9_.:-]*", re.IGNORECASE)
HTML_SUFFIXES = frozenset({".html", ".htm"})
XML_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".svg"})
JSON_SUFFIXES = frozenset({".json", ".jsonld", ".webmanifest"})
# Feed elements whose text is HTML: RSS 2.0 description and content:encoded, Atom's type="html".
FEED_HTML_ELEMENTS = frozenset({"description", "encoded"})
# Material's search shows the index's titles and texts as HTML.
HTML_JSON_DIRS = frozenset({"search"})
# Comparing what the reader sees with what the input says, whatever the French typography made of
# spaces, quotes and apostrophes: markup injected or dropped still shows as a difference.
TYPOGRAPHY = str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "’": "'", "‘": "'"})
SPACES = re.compile(r"\s+")
LIST_MARKER = re.compile(r"^(?:[-•]|\d+\.)\s+")
# A word of the hostile articles: its results show their hostile titles and text.
TRAP_WORD = "Gabarit"
SEARCH_QUERIES = [
    '<img src=x onerror=alert("paragraphe")>', '"><script>alert(1)</script>', "javascript:alert('url')",
    "data:text/html,<script>alert(2)</script>", "{{ 7*191 }} {% raw %}", "</script> ]]>", "' \u2028 \"", TRAP_WORD,
]
# Run before any script of each page: records every element that appears in it at any moment
# (a tooltip lives only while hovered) with an inline handler, a script address or a payload script.
INPUT_IN_DOM_JS = """
window.inputInDom = []
const ADDRESSES = ['href', 'src', 'action', 'formaction', 'xlink:href']
const check = element => {
  for (const attribute of element.attributes)
    if (attribute.name.startsWith('on')
        || ADDRESSES.includes(attribute.name) && /^\\s*(javascript|data|vbscript):/i.test(attribute.value))
      window.inputInDom.push(`<${element.localName} ${attribute.name}="${attribute.value}">`)
  // A script the browser runs (structured data, type application/ld+json, is data, parsed as JSON elsewhere).
  if (element.localName === 'script' && !/json/i.test(element.type || '') && element.textContent.includes('alert('))
    window.inputInDom.push(`<script>${element.textContent}`)
}
new MutationObserver(records => records.forEach(record => [record.target, ...record.addedNodes]
  .filter(node => node.nodeType === Node.ELEMENT_NODE)
  .forEach(node => [node, ...node.querySelectorAll('*')].forEach(check))))
  .observe(document, {childList: true, subtree: true, attributes: true})
"""
# Narrow: Material truncates a long page title in the header and gives it a title to hover.
NARROW = {"width": 600, "height": 900}
HOVER_MS = 150


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory) -> tuple[Path, str]:
    """The hostile articles built (not strict: refused addresses are warnings) in a copy of the
    project whose editor data files are the hostile ones; the site and the build's log."""
    project = tmp_path_factory.mktemp("projet") / "projet"
    shutil.copytree(ROOT, project, ignore=PROJECT_LEFT_OUT)
    for data_file in EDITOR_DATA.iterdir():
        shutil.copy(data_file, project / "docs" / "_data" / data_file.name)
    site = tmp_path_factory.mktemp("site_hostile")
    result = build_site(site, HOSTILE_DIR, strict=False, project=project)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    return site, result.stderr


@pytest.fixture(scope="module")
def hostile_site(hostile_build) -> Path:
    return hostile_build[0]


@pytest.fixture(scope="module")
def hostile_url(hostile_site) -> Iterator[str]:
    with serve_site(hostile_site) as url:
        yield url


def test_refused_addresses_are_warnings_naming_file_and_line_and_nothing_else_breaks(hostile_build):
    _, log = hostile_build
    # No-break spaces (French typography of the messages) read as spaces here.
    warnings = [line.replace("\u00a0", " ") for line in log.splitlines() if line.startswith("WARNING")]
    for entry, scheme in (("voisin.txt", "javascript:"), ("piege.txt", "data:")):
        expected = f"{METADATA}:{_entry_line(entry)} : « {entry} » : adresse source « {scheme}"
        assert any(expected in line for line in warnings), f"{expected}\n" + "\n".join(warnings)
    # Ours name a file of the hostile project; MkDocs' own warnings (a link it cannot follow, an
    # anchor it cannot find) would mean broken markup.
    assert all("fixtures/hostile/" in line for line in warnings), "\n".join(warnings)


def test_no_built_file_holds_an_element_attribute_or_address_from_the_input(hostile_site):
    findings = {}
    for path in sorted(hostile_site.rglob("*")):
        relative = path.relative_to(hostile_site)
        if path.is_file() and (found := _file_findings(path, relative)):
            findings[relative.as_posix()] = found
    assert not findings, json.dumps(findings, ensure_ascii=False, indent=2)


def test_template_syntax_in_the_input_is_never_evaluated(hostile_site):
    for path in hostile_site.rglob("*"):
        if path.suffix in HTML_SUFFIXES | XML_SUFFIXES | JSON_SUFFIXES:
            assert EVALUATED not in path.read_text(encoding="utf-8"), path


def test_the_hostile_article_reaches_the_reader_as_text(hostile_site):
    page = _article_page(hostile_site, "piege.txt")
    shown = _comparable(article_text(page))
    lines = [
        LIST_MARKER.sub("", line)
        for line in (HOSTILE_DIR / "piege.txt").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    missing = [line for line in lines if _comparable(line) not in shown]
    assert not missing, "\n".join(missing)
    head = _head(page)
    first_sentence = lines[1].split(". ")[0]
    for name in ("description", "og:description", "twitter:description"):
        assert _comparable(first_sentence) in _comparable(head[name]), name
    assert _comparable(lines[0]) == _comparable(head["og:title"]) and _comparable(lines[0]) in _comparable(
        head["title"]
    )


def test_hostile_metadata_reaches_the_reader_as_text_and_only_web_addresses_as_links(hostile_site):
    metadata = _metadata()
    neighbour = _article_page(hostile_site, "voisin.txt")
    title = metadata["voisin.txt"]["title"]
    assert _comparable(title) == _comparable(_head(neighbour)["og:title"])
    assert _comparable(title) in _comparable(_h1(neighbour))
    assert _comparable(metadata["voisin.txt"]["author"]) in _comparable(article_text(neighbour))
    assert _comparable(metadata["piege.txt"]["author"]) in _comparable(
        article_text(_article_page(hostile_site, "piege.txt"))
    )
    for name in ("voisin.txt", "piege.txt"):
        assert not _links(_article_page(hostile_site, name), ORIGINAL_LINK), name
    [source] = _links(_article_page(hostile_site, "source.txt"), ORIGINAL_LINK)
    assert urlsplit(source).scheme == "https" and not re.search(r"[\s\"'<>()`\\]", source)
    assert unquote(source) == metadata["source.txt"]["source"]
    articles = {
        entry["file"]: entry
        for entry in json.loads((hostile_site / "api" / "articles.json").read_text(encoding="utf-8"))["articles"]
    }
    assert articles["voisin.txt"]["title"] == title, "les données publiques gardent le texte tel quel"


def test_hostile_theme_and_glossary_reach_the_reader_as_text(hostile_site):
    theme = yaml.safe_load((EDITOR_DATA / "themes.yml").read_text(encoding="utf-8"))["themes"][0]
    terms = yaml.safe_load((EDITOR_DATA / "glossaire.yml").read_text(encoding="utf-8"))["terms"]
    synthesis = _comparable(article_text((hostile_site / "synthese" / "index.html").read_text(encoding="utf-8")))
    assert _comparable(theme["title"]) in synthesis and _comparable(theme["summary"]) in synthesis
    glossary = _comparable(article_text((hostile_site / "glossaire" / "index.html").read_text(encoding="utf-8")))
    for term in terms:
        assert _comparable(term["term"]) in glossary and _comparable(term["definition"]) in glossary, term["term"]
    article = _article_page(hostile_site, "piege.txt")
    tooltips = {_comparable(title) for title in _attribute_values(article, "a", "title")}
    assert {_comparable(term["definition"]) for term in terms} <= tooltips
    assert _comparable(theme["title"]) in _comparable(article_text(article))


def test_hostile_pages_open_no_dialog_and_log_no_error_even_hovered(browser, hostile_site, hostile_url):
    context = browser.new_context(locale="fr-FR", viewport=NARROW)
    page, dialogs = _guarded_page(context)
    live = {}
    for address in site_pages(hostile_site):
        page.goto(hostile_url + address, wait_until="networkidle")
        page.mouse.wheel(0, 600)  # the header now shows the page's title
        page.wait_for_timeout(HOVER_MS)
        # Links and truncated titles: what a tooltip shows. Handles, not locators: a tooltip
        # takes the title away while it is shown.
        for element in filter(lambda handle: handle.is_visible(), page.query_selector_all("[title]")):
            element.scroll_into_view_if_needed()
            box = element.bounding_box()
            page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
            page.wait_for_timeout(HOVER_MS)
        if found := page.evaluate("window.inputInDom"):
            live[address] = found
    context.close()
    assert not dialogs and not page.problems and not live, json.dumps(
        [dialogs, page.problems, live], ensure_ascii=False, indent=2
    )


@pytest.mark.parametrize("query", SEARCH_QUERIES)
def test_hostile_strings_typed_in_the_search_box_stay_text(browser, hostile_url, query):
    context = browser.new_context(locale="fr-FR")
    page, dialogs = _guarded_page(context)
    results = search(page, hostile_url, query)
    live = page.evaluate("window.inputInDom")
    if results:  # the result leads to its page, where Material highlights the query
        home = page.url
        page.locator(RESULT_PAGES).first.click()
        page.wait_for_url(lambda url: url != home)
        page.wait_for_load_state("networkidle")
        live += page.evaluate("window.inputInDom")
    context.close()
    assert results or query != TRAP_WORD, f"« {query} » ne trouve pas les pages piégées"
    assert not dialogs and not page.problems and not live, json.dumps(
        [dialogs, page.problems, live], ensure_ascii=False, indent=2
    )


def _guarded_page(context) -> tuple[object, list[str]]:
    """A page recording its errors (``page.problems``), every dialog a script opens, and
    (``window.inputInDom``) every element from the input that ever appears in it."""
    context.add_init_script(INPUT_IN_DOM_JS)
    page = watched_page(context)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    return page, dialogs


def _file_findings(path: Path, relative: Path) -> list[str]:
    if path.suffix in HTML_SUFFIXES:
        return _html_findings(path.read_text(encoding="utf-8"))
    if path.suffix in XML_SUFFIXES:
        return _xml_findings(path.read_bytes())
    if path.suffix in JSON_SUFFIXES:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as error:
            return [f"JSON illisible : {error}"]
        return (
            [found for text in _strings(data) for found in _html_findings(text)]
            if relative.parts[0] in HTML_JSON_DIRS
            else []
        )
    return []


class _Findings(HTMLParser):
    """What, in one HTML document, came from the input: handlers, script addresses, scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.findings: list[str] = []
        self._script: dict[str, str] | None = None
        self._script_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.findings += _attribute_findings(tag, [(name, value or "") for name, value in attrs])
        if tag == "script":
            self._script, self._script_text = {name: value or "" for name, value in attrs}, []

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script_text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.findings += _script_findings(self._script, "".join(self._script_text))
            self._script = None


def _html_findings(html: str) -> list[str]:
    parser = _Findings()
    parser.feed(html)
    parser.close()
    return parser.findings


def _xml_findings(data: bytes) -> list[str]:
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        return [f"XML mal formé : {error}"]
    findings = []
    for element in root.iter():
        tag = _local(element.tag)
        findings += _attribute_findings(tag, [(_local(name), value) for name, value in element.attrib.items()])
        if tag == "script":
            findings += _script_findings(element.attrib, element.text or "")
        if element.text and (tag in FEED_HTML_ELEMENTS or element.get("type") == "html"):
            findings += _html_findings(element.text)
    return findings


def _attribute_findings(tag: str, attributes: list[tuple[str, str]]) -> list[str]:
    findings = []
    for name, value in attributes:
        scheme = urlsplit(value.strip()).scheme.lower() if name in URL_ATTRIBUTES else ""
        if (
            not ATTRIBUTE_NAME.fullmatch(name)
            or name.lower().startswith("on")
            or (scheme and scheme not in WEB_SCHEMES)
        ):
            findings.append(f"<{tag} {name}={value!r}>")
    return findings


def _script_findings(attributes: dict[str, str], text: str) -> list[str]:
    if "json" in attributes.get("type", "").lower():
        try:
            json.loads(text)
        except ValueError:
            return [f"données JSON d’un <script> coupées : {text[:200]!r}"]
        return []
    return [f"<script> venu de l’entrée : {text[:200]!r}"] if PAYLOAD_CALL in text else []


def _strings(data: object) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _comparable(text: str) -> str:
    return SPACES.sub("", text.translate(TYPOGRAPHY))


def _metadata() -> dict[str, dict[str, str]]:
    return yaml.safe_load(METADATA.read_text(encoding="utf-8"))


def _entry_line(name: str) -> int:
    return next(
        number
        for number, line in enumerate(METADATA.read_text(encoding="utf-8").splitlines(), 1)
        if line.startswith(f"{name}:")
    )


def _article_page(site: Path, source_name: str) -> str:
    articles = json.loads((site / "api" / "articles.json").read_text(encoding="utf-8"))["articles"]
    url = next(entry["url"] for entry in articles if entry["file"] == source_name)
    return (site / url / "index.html").read_text(encoding="utf-8")


class _Elements(HTMLParser):
    """Every element's attributes, the page's head metadata, and the text of each link and heading."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.texts: dict[int, list[str]] = {}
        self._open: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {name: value or "" for name, value in attrs}))
        if tag in {"a", "h1", "title"}:
            self._open.append(len(self.elements) - 1)
            self.texts[self._open[-1]] = []

    def handle_endtag(self, tag: str) -> None:
        if tag in {"a", "h1", "title"} and self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        for index in self._open:
            self.texts[index].append(data)

    def text(self, index: int) -> str:
        return "".join(self.texts.get(index, []))


def _parsed(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    return parser


def _head(html: str) -> dict[str, str]:
    parsed = _parsed(html)
    head = {
        attributes.get("property") or attributes["name"]: attributes.get("content", "")
        for tag, attributes in parsed.elements
        if tag == "meta" and ("name" in attributes or "property" in attributes)
    }
    head["title"] = next(parsed.text(index) for index, (tag, _) in enumerate(parsed.elements) if tag == "title")
    return head


def _h1(html: str) -> str:
    parsed = _parsed(html)
    return next(parsed.text(index) for index, (tag, _) in enumerate(parsed.elements) if tag == "h1")


def _links(html: str, text: str) -> list[str]:
    """Addresses of the links whose text holds ``text`` (case aside)."""
    parsed = _parsed(html)
    return [
        attributes["href"]
        for index, (tag, attributes) in enumerate(parsed.elements)
        if tag == "a" and text in parsed.text(index).strip().casefold()
    ]


def _attribute_values(html: str, tag: str, name: str) -> list[str]:
    return [attributes[name] for element, attributes in _parsed(html).elements if element == tag and name in attributes]

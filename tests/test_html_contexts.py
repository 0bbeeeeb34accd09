"""Each place where text meets HTML, and its rule: a link title (a tooltip), a link address (only
http and https, percent-encoded), the editor's source address (refused with its line otherwise),
and the Content-Security-Policy of every published page, which a browser really enforces."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

import markdown
import pytest

from dossier_ia.markdown import escape_title, web_address
from dossier_ia.publishing.content_security_policy import with_content_security_policy
from dossier_ia.reading.metadata import load_metadata
from html_helpers import html_pages
from test_browser_pages import first_article

# The Markdown extensions the site's pages go through (mkdocs.yml) that read link syntax.
EXTENSIONS = ["pymdownx.escapeall", "attr_list", "tables"]
HOSTILE_TEXTS = [
    'Définition "double" \'simple\' <img src=x onerror=alert(1)>',
    "(parenthèse ouverte et `code` \\ barre | pipe *étoile* _souligné_ {: .classe } &amp; &#34;",
    "</script> ]]> {{ 7*191 }} {% raw %} javascript:alert(1)",
    "ligne\u2028séparée, puis\nune autre",
]
REFUSED_ADDRESSES = [
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", " java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)", "file:///etc/passwd", "ftp://exemple.org/", "//exemple.org/page", "/page-du-site",
    "exemple.org/page", "https:/exemple.org", "http://[::1", "",
]
WEB_ADDRESSES = [
    "https://exemple.org/", "http://exemple.org/chemin?q=1&r=2#partie",
    "https://exemple.org/chemin \"double\" 'simple'<script>alert(1)</script>/(parenthèses)?q={{ x }}&r=]]>#\"x=\"y",
    "https://exemple.fr/l’été-à-paris`code`\\barre",
]
# Outside a percent-encoded address: what could end it, or open something else, in Markdown or HTML.
UNENCODED = re.compile(r"[\s\"'<>()`\\{}|^]|[^\x00-\x7f]")
POLICY_META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="(?P<policy>[^"]*)">')


class _Elements(HTMLParser):
    """Every element's attributes, and each script's attributes and text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[tuple[dict[str, str], str]] = []
        self._text: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {name: value or "" for name, value in attrs}))
        if tag == "script":
            self._text = []

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._text is not None:
            attributes = next(attributes for element, attributes in reversed(self.elements) if element == "script")
            self.scripts.append((attributes, "".join(self._text)))
            self._text = None


def parsed(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    return parser


def links(html: str) -> list[dict[str, str]]:
    return [attributes for tag, attributes in parsed(html).elements if tag == "a"]


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_a_link_title_shows_any_text_as_written(text):
    html = markdown.markdown(f'Le [terme](page.md "{escape_title(text)}") et la suite.', extensions=EXTENSIONS)
    [link] = links(html)
    assert link["href"] == "page.md" and link["title"].split() == text.split(), "line breaks aside, the same text"


def test_a_link_title_keeps_its_table_cell():
    html = markdown.markdown(
        f'| A | B |\n|---|---|\n| [x](#a "{escape_title("un | deux")}") | y |', extensions=EXTENSIONS
    )
    assert [link["title"] for link in links(html)] == ["un | deux"]
    assert html.count("<td>") == 2


@pytest.mark.parametrize("address", REFUSED_ADDRESSES)
def test_only_http_and_https_addresses_become_links(address):
    assert web_address(address) is None


@pytest.mark.parametrize("address", WEB_ADDRESSES)
def test_a_web_address_is_percent_encoded_and_leads_where_it_said(address):
    encoded = web_address(address)
    assert encoded is not None and not UNENCODED.search(encoded), encoded
    assert unquote(encoded) == address
    [link] = links(markdown.markdown(f"[Article d’origine]({encoded})", extensions=EXTENSIONS))
    assert link["href"] == encoded and urlsplit(link["href"]).scheme in {"http", "https"}


def test_a_lone_percent_sign_is_encoded_and_an_escape_kept():
    assert web_address("https://exemple.org/100%/a%20b") == "https://exemple.org/100%25/a%20b"


def test_a_source_address_other_than_http_is_refused_on_its_entry_line(tmp_path):
    (tmp_path / "a.txt").write_text("Un titre\n\nUn texte.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Un autre titre\n\nUn texte.\n", encoding="utf-8")
    (tmp_path / "metadata.yml").write_text(
        "a.txt:\n  source: https://exemple.org/a\n\nb.txt:\n  title: B\n  source: 'javascript:alert(1)'\n",
        encoding="utf-8",
    )
    overrides, problems = load_metadata(tmp_path, {"a.txt", "b.txt"})
    assert overrides["a.txt"].source_url == "https://exemple.org/a"
    assert overrides["b.txt"].source_url is None and overrides["b.txt"].title == "B"
    [problem] = problems
    assert (
        problem.line == 4
        and "« b.txt » : adresse source « javascript:alert(1) » refusée" in problem.message.replace("\u00a0", " ")
    )


def test_the_policy_allows_the_inline_scripts_that_run_and_nothing_else():
    page = (
        '<!doctype html><html><head><meta charset="utf-8"><script>var a = 1</script>'
        '<script src="x.js"></script><script id="__config" type="application/json">{"a": "</"}</script>'
        '<script type="module">import "./m.js"</script></head><body></body></html>'
    )
    published = with_content_security_policy(page)
    policy = POLICY_META.search(published)["policy"]
    assert published.index("Content-Security-Policy") < published.index("<script")
    assert published.index('charset="utf-8"') < published.index("Content-Security-Policy")
    assert set(re.findall(r"'(sha256-[^']+)'", policy)) == {_hash("var a = 1"), _hash('import "./m.js"')}
    assert "unsafe-inline" not in _directive(policy, "script-src")


def test_a_page_without_head_is_left_as_it_is():
    assert with_content_security_policy("<p>fragment</p>") == "<p>fragment</p>"


def test_every_published_page_allows_exactly_its_own_inline_scripts(built_site):
    for path in html_pages(built_site):
        html = path.read_text(encoding="utf-8")
        policies = POLICY_META.findall(html)
        assert len(policies) == 1 and html.index("Content-Security-Policy") < html.index("<script"), path
        scripts = _directive(policies[0], "script-src")
        expected = {
            _hash(text)
            for attributes, text in parsed(html).scripts
            if "src" not in attributes and attributes.get("type", "text/javascript") in {"text/javascript", "module"}
        }
        assert set(re.findall(r"'(sha256-[^']+)'", scripts)) == expected, path
        assert "'unsafe-inline'" not in scripts and "'unsafe-eval'" not in scripts
        assert "object-src 'none'" in policies[0] and "base-uri 'self'" in policies[0]


def test_the_browser_refuses_an_inline_handler_and_script_added_to_a_published_page(browser, built_site, site_url):
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    page.goto(site_url + first_article(built_site), wait_until="networkidle")
    refused = page.evaluate("""() => new Promise(resolve => {
        const refused = []
        document.addEventListener('securitypolicyviolation', event => {
            refused.push(event.effectiveDirective)
            if (refused.length === 2) resolve(refused)
        })
        document.body.insertAdjacentHTML(
            'beforeend', '<img src="../../assets/images/favicon.svg" onload="window.ran = true">')
        const script = document.createElement('script')
        script.textContent = 'window.ran = true'
        document.body.append(script)
    })""")
    ran = page.evaluate("window.ran === true")
    context.close()
    assert sorted(refused) == ["script-src-attr", "script-src-elem"] and not ran


def _directive(policy: str, name: str) -> str:
    return next(directive for directive in policy.split(";") if directive.strip().startswith(f"{name} "))


def _hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")

"""A Content-Security-Policy for each published page: the browser runs the site's own script
files and the inline scripts the page was built with, nothing else.

Defence in depth: text from articles and editor files is escaped where it meets HTML, and this
policy is what still holds if an escape is ever missed. Material for MkDocs writes small inline
scripts into every page (its settings, the palette, local storage helpers), some of them varying
with the page's depth, so they are allowed by the SHA-256 of their exact text, computed from the
finished page rather than copied from Material's templates: a Material upgrade needs no edit.
Inline event handlers (``onerror=``…), ``javascript:`` addresses and scripts from other hosts have
no hash and are refused.

The policy goes in a ``<meta>`` right after the page's charset (it only covers what follows it):
GitHub Pages lets a site set no HTTP header. ``mkdocs serve`` gets no policy, so that its live
reload script keeps working.
"""

from __future__ import annotations

import base64
import hashlib
import re

# Inline scripts in the finished page. The page is our own output, where article and editor text
# is escaped: "<script" appears only as a real tag, and the HTML parser ends a script at the first
# "</script", as this pattern does. A script with a src, or a data block (JSON), is not hashed.
INLINE_SCRIPT = re.compile(r"<script\b(?P<attributes>[^>]*)>(?P<text>.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
SCRIPT_SOURCE = re.compile(r"\ssrc\s*=", re.IGNORECASE)
SCRIPT_TYPE = re.compile(r"""\stype\s*=\s*["']?(?P<type>[^"'\s>]+)""", re.IGNORECASE)
# Types a browser runs (the HTML standard's JavaScript MIME types that pages use, and modules).
EXECUTED_TYPES = frozenset({"text/javascript", "application/javascript", "module"})
# After the charset, which must stay in the first 1024 bytes; after <head> when there is none.
POLICY_PLACES = (re.compile(r"<meta\s+charset=[^>]*>", re.IGNORECASE), re.compile(r"<head\b[^>]*>", re.IGNORECASE))
# The policy, one directive per entry; "{scripts}" becomes the page's own inline script hashes.
# Styles stay open to inline style attributes: tables align their cells with them and Material's
# scripts set some; a style cannot run a script in today's browsers.
DIRECTIVES = (
    "default-src 'self'",
    "script-src 'self'{scripts}",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
)


def with_content_security_policy(html: str) -> str:
    """``html`` with a Content-Security-Policy ``<meta>`` allowing its own inline scripts only;
    unchanged when it has no ``<head>`` to hold one."""
    place = next(filter(None, (pattern.search(html) for pattern in POLICY_PLACES)), None)
    if place is None:
        return html
    hashes = sorted(
        {_script_hash(match["text"]) for match in INLINE_SCRIPT.finditer(html) if _runs(match["attributes"])}
    )
    scripts = "".join(f" '{digest}'" for digest in hashes)
    policy = "; ".join(DIRECTIVES).format(scripts=scripts)
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
    return f"{html[: place.end()]}\n    {meta}{html[place.end() :]}"


def _runs(attributes: str) -> bool:
    """An inline script the browser executes: no src, and no type or a JavaScript one."""
    if SCRIPT_SOURCE.search(attributes):
        return False
    declared = SCRIPT_TYPE.search(attributes)
    return declared is None or declared["type"].lower() in EXECUTED_TYPES


def _script_hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")

"""Quality report: Lighthouse scores and page weight for the home page, one article and the synthesis.

Not part of the test suite (Lighthouse is slow and its numbers vary); run it by hand after a change
to the theme, the stylesheets or the scripts:

    python3 tests/scripts/lighthouse.py              # mobile (Lighthouse's default) and desktop
    python3 tests/scripts/lighthouse.py --desktop-only
    python3 tests/scripts/lighthouse.py --mobile-only --runs 3   # median of 3 runs per page

It builds the site for the address it serves it at (so canonical links and instant navigation are
those of a real host), serves it on 127.0.0.1 gzip-compressed as GitHub Pages does, and runs
Lighthouse 12 through npx with the system Chromium (``CHROME_PATH``, /usr/bin/chromium by default).
Target: 95 or more in every category. "Ko transférés" is what the browser downloads, compressed.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from conftest import build_site  # noqa: E402

LIGHTHOUSE = "lighthouse@12.8.2"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGET = 95
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking"
COMPRESSED_TYPES = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/xml")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--desktop-only", action="store_true", help="skip the mobile run")
    parser.add_argument("--mobile-only", action="store_true", help="skip the desktop run")
    parser.add_argument("--runs", type=int, default=1, help="runs per page; the median score of each category is shown")
    arguments = parser.parse_args()
    presets = ["desktop"] if arguments.desktop_only else ["mobile"] if arguments.mobile_only else ["mobile", "desktop"]
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _GzipHandler)
    site_url = f"http://127.0.0.1:{server.server_address[1]}/"
    with tempfile.TemporaryDirectory() as scratch:
        site_dir = Path(scratch) / "site"
        with mock.patch.dict(os.environ, {"SITE_URL": site_url}):
            result = build_site(site_dir)
        if result.returncode:
            print(result.stderr, file=sys.stderr)
            return 1
        article = json.loads((site_dir / "api" / "articles.json").read_text(encoding="utf-8"))["articles"][0]["url"]
        pages = {"accueil": "", "article": article, "synthese": "synthese/"}
        rows = []
        server.RequestHandlerClass = functools.partial(_GzipHandler, directory=str(site_dir))
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            for preset in presets:
                for name, path in pages.items():
                    reports = [
                        run_lighthouse(site_url + path, preset, Path(scratch) / f"{preset}-{name}-{run}.json", env)
                        for run in range(arguments.runs)
                    ]
                    rows.append((preset, name, median_report(reports)))
        finally:
            server.shutdown()
            server.server_close()
    print_table(rows)
    return 0 if all(score(report, category) >= TARGET for _, _, report in rows for category in CATEGORIES) else 1


def run_lighthouse(url: str, preset: str, output: Path, env: dict[str, str]) -> dict:
    command = [
        "npx",
        "--yes",
        LIGHTHOUSE,
        url,
        "--quiet",
        "--output=json",
        f"--output-path={output}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    if preset == "desktop":
        command.append("--preset=desktop")
    subprocess.run(command, env=env, check=True, timeout=600)
    return json.loads(output.read_text(encoding="utf-8"))


def median_report(reports: list[dict]) -> dict:
    """The run of median performance, with each category's score replaced by its median."""
    ordered = sorted(reports, key=lambda report: score(report, "performance"))
    chosen = json.loads(json.dumps(ordered[len(ordered) // 2]))
    for category in CATEGORIES:
        chosen["categories"][category]["score"] = statistics.median(
            report["categories"][category]["score"] or 0 for report in reports
        )
    return chosen


def score(report: dict, category: str) -> int:
    return round((report["categories"][category]["score"] or 0) * 100)


def print_table(rows: list[tuple[str, str, dict]]) -> None:
    header = (
        f"{'profil':<8} {'page':<8} {'perf':>5} {'a11y':>5} {'bonnes':>6} {'SEO':>5} "
        f"{'Ko transférés':>14} {'requêtes':>9}"
    )
    print(header)
    print("-" * len(header))
    for preset, name, report in rows:
        audits = report["audits"]
        weight = audits["total-byte-weight"]["numericValue"] / 1024
        requests = len(audits["network-requests"]["details"]["items"])
        scores = [score(report, category) for category in CATEGORIES]
        print(
            f"{preset:<8} {name:<8} {scores[0]:>5} {scores[1]:>5} {scores[2]:>6} {scores[3]:>5} "
            f"{weight:>14.1f} {requests:>9}"
        )
        for category in CATEGORIES:
            for audit in failing_audits(report, category):
                print(f"{'':<17}{category} : {audit}")


def failing_audits(report: dict, category: str) -> list[str]:
    """What keeps a category under 100: the audits that count and did not pass."""
    if score(report, category) >= 100:
        return []
    audits = report["audits"]
    return [
        f"{reference['id']} ({audits[reference['id']]['score']})"
        for reference in report["categories"][category]["auditRefs"]
        if reference["weight"] and audits[reference["id"]]["score"] is not None and audits[reference["id"]]["score"] < 1
    ]


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    """A static host that compresses text, as GitHub Pages does (Python's own server does not)."""

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        content_type = self.guess_type(str(path))
        if not (
            path.is_file()
            and content_type.startswith(COMPRESSED_TYPES)
            and "gzip" in self.headers.get("Accept-Encoding", "")
        ):
            super().do_GET()
            return
        body = gzip.compress(path.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Lighthouse's output is enough."""


if __name__ == "__main__":
    sys.exit(main())

"""The documentation site builds cleanly with warnings as errors and asks nothing of other sites.

``mkdocs build --strict`` (broken links, missing anchors, pages left out of the nav and every
other warning fail the build), then two checks that the built site makes no request to
another site when it is viewed, so it works on an intranet without internet access:

* every built HTML, CSS and JavaScript file is read: ``src``/``srcset``/``poster``/``data``
  attributes, ``<link href>``, ``url()`` and ``@import`` in styles, and string literals in
  scripts that begin with an address must all be the site's own (relative, or ``data:``).
  Ordinary ``<a href>`` links to other sites are allowed: a reader may follow them, but
  nothing is fetched when the page is shown;
* every page is opened from disk in headless Chromium and every request it makes is
  recorded: all must be ``file:`` or ``data:``.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "mkdocs.yml"

# An address that leaves the site: a scheme other than data:, or protocol-relative //host.
_EXTERNAL = re.compile(r"^\s*(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)")
_CSS_URL = re.compile(
    r"""url\(\s*(['"]?)(?P<url>[^'")]*)\1\s*\)|@import\s+(['"])(?P<imp>[^'"]*)\3"""
)
_JS_ADDRESS = re.compile(r"""["'`](?P<url>(?:https?:)?//[^"'`\s]+)""")
_LOADING_ATTRS = {"src", "poster", "data", "background"}
_LINK_LOADS = {"stylesheet", "icon", "shortcut", "preload", "prefetch", "modulepreload",
               "manifest", "apple-touch-icon", "preconnect", "dns-prefetch", "import"}


def is_external(url: str) -> bool:
    """True for an address that would be fetched from somewhere other than the site itself."""
    url = url.strip()
    if not url or url.startswith(("#", "data:")):
        return False
    return bool(_EXTERNAL.match(url))


def css_addresses(text: str) -> list[str]:
    return [m.group("url") if m.group("url") is not None else m.group("imp")
            for m in _CSS_URL.finditer(text)]


def js_addresses(text: str) -> list[str]:
    """String literals that begin with an absolute or protocol-relative web address."""
    return [m.group("url") for m in _JS_ADDRESS.finditer(text)]


class _Loads(HTMLParser):
    """Collects every address an HTML page would load when shown."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.addresses: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        for name, value in values.items():
            if name in _LOADING_ATTRS:
                self.addresses.append(value)
            elif name in ("srcset", "imagesrcset"):
                self.addresses.extend(part.split()[0] for part in value.split(",") if part.strip())
            elif name == "style":
                self.addresses.extend(css_addresses(value))
        if tag == "link":
            rels = set(values.get("rel", "").lower().split())
            if rels & _LINK_LOADS or not rels:
                self.addresses.append(values.get("href", ""))
        if tag in ("script", "style"):
            self._in = tag

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "style":
            self.addresses.extend(css_addresses(data))
        elif self._in == "script":
            self.addresses.extend(js_addresses(data))


def external_loads(path: Path) -> list[str]:
    """The addresses in one built file (HTML, CSS or JS) that point at another site."""
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".html":
        parser = _Loads()
        parser.feed(text)
        found = parser.addresses
    elif path.suffix == ".css":
        found = css_addresses(text)
    else:
        found = js_addresses(text)
    return [url for url in found if is_external(url)]


def build_site(site_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean",
         "--config-file", str(CONFIG), "--site-dir", str(site_dir)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    pytest.importorskip("mkdocs", reason="install the test extra: pip install -e '.[test]'")
    site_dir = tmp_path_factory.mktemp("docs-site") / "site"
    done = build_site(site_dir)
    # A failed build is reported by test_the_site_builds_strictly, with mkdocs's own log.
    yield site_dir, done.stdout + done.stderr


def test_the_site_builds_strictly(built: tuple[Path, str]) -> None:
    site_dir, log = built
    assert (site_dir / "index.html").exists(), f"mkdocs build --strict failed:\n{log}"
    warnings = [line for line in log.splitlines() if line.startswith(("WARNING", "ERROR"))]
    assert not warnings, "\n".join(warnings)


def test_every_page_of_the_nav_is_built(built: tuple[Path, str]) -> None:
    site_dir, _ = built
    for page in ("index", "librarian-guide", "getting-started", "cli", "hooks", "sync"):
        assert (site_dir / f"{page}.html").exists(), page
    # The example projects are code, not pages: none of their files reach the site.
    assert not (site_dir / "examples").exists()


def test_no_built_file_loads_anything_from_another_site(built: tuple[Path, str]) -> None:
    site_dir, _ = built
    files = [p for p in site_dir.rglob("*") if p.suffix in (".html", ".css", ".js")]
    assert len(files) > 20
    offenders = {
        str(p.relative_to(site_dir)): urls for p in files if (urls := external_loads(p))
    }
    assert not offenders, offenders


def test_the_scanner_finds_external_loads(tmp_path: Path) -> None:
    # The check above must be able to fail: each kind of external load is caught.
    page = tmp_path / "p.html"
    page.write_text(
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Lato">'
        '<script src="//cdn.example.com/x.js"></script><img srcset="a.png 1x, http://x/b.png 2x">'
        '<div style="background: url(https://x.example/bg.png)"></div>'
        '<script>fetch("https://api.example.com/v1")</script>'
        '<p><code>&lt;iframe src="https://YOUR-SITE/x"&gt;</code> <a href="https://nhs.uk">ok</a>'
        '<img src="images/local.png"><img src="data:image/png;base64,AAAA"></p>',
        encoding="utf-8",
    )
    assert external_loads(page) == [
        "https://fonts.googleapis.com/css?family=Lato", "//cdn.example.com/x.js",
        "http://x/b.png", "https://x.example/bg.png", "https://api.example.com/v1",
    ]
    style = tmp_path / "s.css"
    style.write_text("@import 'https://fonts.example/a.css'; a{background:url(../img/x.png)}",
                     encoding="utf-8")
    assert external_loads(style) == ["https://fonts.example/a.css"]
    script = tmp_path / "s.js"
    script.write_text('// See https://example.com/docs\nthrow Error("needs Popper (https://p.js)");'
                      'load("https://cdn.example.com/lib.js")', encoding="utf-8")
    assert external_loads(script) == ["https://cdn.example.com/lib.js"]


def test_pages_make_no_request_to_another_site_in_a_browser(built: tuple[Path, str]) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from browser.chromium import Browser, find_chromium

    if find_chromium() is None:
        import os

        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("chromium is missing in CI: .ci/run must install it")
        pytest.skip("chromium is not installed here (CI installs it: see .ci/run)")
    site_dir, _ = built
    pages = sorted(site_dir.glob("*.html"))
    assert len(pages) > 10
    outside: dict[str, list[str]] = {}
    seen = 0
    with Browser.start() as browser:
        for path in pages:
            page = browser.new_page()
            page.goto(path.as_uri())
            page.browser.pump(0.2)
            seen += len(page.requests)
            urls = [u for u in page.requests if not u.startswith(("file:", "data:"))]
            if urls:
                outside[path.name] = urls
            browser.send("Target.closeTarget", {"targetId": page.target})
    # The recording works: each page loaded at least its own styles and scripts.
    assert seen > 3 * len(pages)
    assert not outside, outside

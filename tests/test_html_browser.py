"""The site in a real headless Chromium: hostile content runs no script, axe finds nothing.

Needs Debian's ``chromium`` and axe-core (``npm install --prefix .ci axe-core@4.14.1``, as
``.ci/run`` does; or set ``KMCORE_AXE_JS`` to an ``axe.min.js``). Without them these tests
are skipped, except in CI (``CI=true``), where a missing browser is a failure.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import kmcore
from browser.build import build
from browser.chromium import Browser, Page, find_chromium
from browser.hostile import HOSTILE, hostile_records
from kmcore.demo.sample import ODS_CODE, ORGANISATION, sample_records
from kmcore.kb import KnowledgeBase

REPO = Path(__file__).resolve().parent.parent
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
IN_CI = os.environ.get("CI", "").lower() == "true"


def _missing(what: str) -> None:
    if IN_CI:
        pytest.fail(f"{what} is missing in CI: .ci/run must install it")
    pytest.skip(f"{what} is not installed here (CI installs it: see .ci/run)")


def axe_path() -> Path:
    given = os.environ.get("KMCORE_AXE_JS")
    return Path(given) if given else REPO / ".ci" / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if find_chromium() is None:
        _missing("chromium (apt-get install chromium)")
    with Browser.start() as started:
        yield started


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    opened = browser.new_page()
    yield opened
    browser.send("Target.closeTarget", {"targetId": opened.target})


@pytest.fixture(scope="module")
def axe_source() -> str:
    path = axe_path()
    if not path.is_file():
        _missing(f"axe-core ({path})")
    return path.read_text(encoding="utf-8")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """A loopback web server; sites built under the folder appear below a deep sub-path."""
    root = tmp_path_factory.mktemp("www")
    handler = functools.partial(_Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield root, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _kb(root: Path) -> KnowledgeBase:
    return kmcore.init(root, name="Northgate LKS knowledge hub (demo)",
                       organisation=ORGANISATION, ods_code=ODS_CODE)


@pytest.fixture(scope="module")
def demo_site(served: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory
              ) -> tuple[Path, str]:
    www, origin = served
    with _kb(tmp_path_factory.mktemp("kb")) as kb:
        for record in sample_records():
            kb.add(record)
        site = www / "intranet" / "km" / "demo"
        build(kb, site)
    return site, f"{origin}/intranet/km/demo/"


@pytest.fixture(scope="module")
def hostile_site(served: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory
                 ) -> tuple[Path, str]:
    www, origin = served
    with _kb(tmp_path_factory.mktemp("kb")) as kb:
        site = www / "deep" / "sub path" / "hostile"
        build(kb, site, records=hostile_records(sample_records()), title=HOSTILE[0])
    return site, f"{origin}/deep/sub%20path/hostile/"


def _pages(site: Path) -> list[str]:
    return sorted(str(p.relative_to(site)).replace(os.sep, "/") for p in site.rglob("*.html"))


def _check_loaded(page: Page, origin: str) -> None:
    assert page.script_ran() == [], "injected code ran"
    assert page.errors == []
    for url in page.requests:
        assert url.startswith(origin), f"request outside the site: {url}"


# --- hostile content ---------------------------------------------------------------------------


def test_hostile_records_run_no_script_and_pages_still_render(
    page: Page, hostile_site: tuple[Path, str]
) -> None:
    site, base = hostile_site
    origin = base.split("/deep/")[0]
    checked = 0
    for rel in _pages(site):
        page.goto(base + rel.replace(" ", "%20"))
        _check_loaded(page, origin)
        heading = page.evaluate("(document.querySelector('h1, h2') || {}).textContent || ''")
        assert heading.strip(), f"{rel}: no heading rendered"
        assert page.evaluate("document.title"), rel
        # The 10,000-character word wraps instead of stretching the page sideways.
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{rel}: page is {overflow}px wider than the window"
        checked += 1
    assert checked > 90
    # Template syntax in records is shown as text, never evaluated.
    page.goto(base + "index.html")
    text = page.evaluate("document.body.innerText")
    assert "{{ 7*7 }}" in text or "{{ 7*7 }}" in "".join(
        (site / r).read_text(encoding="utf-8") for r in _pages(site))


def test_hostile_search_and_filter_input_runs_no_script(
    page: Page, hostile_site: tuple[Path, str]
) -> None:
    _, base = hostile_site
    origin = base.split("/deep/")[0]
    for hostile in HOSTILE[:6]:
        from urllib.parse import quote

        page.goto(base + "search.html?q=" + quote(hostile))
        _check_loaded(page, origin)
        page.goto(base + "innovations/index.html?text=" + quote(hostile) + "&stage="
                  + quote(hostile))
        _check_loaded(page, origin)
    # Searching for an attack string finds the records that hold it, shown as text.
    page.goto(base + "search.html?q=" + "onerror")
    _check_loaded(page, origin)
    assert page.evaluate("document.querySelectorAll('#search-results li').length") > 0
    assert page.evaluate("document.querySelectorAll('#search-results img').length") == 0


def test_hostile_json_ld_and_search_index_stay_data(
    page: Page, hostile_site: tuple[Path, str]
) -> None:
    site, base = hostile_site
    record = next(p for p in _pages(site) if p.startswith("innovations/inn-"))
    page.goto(base + record)
    data = page.evaluate(
        "JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)")
    assert data["@type"] == "Report"
    assert data["name"] in HOSTILE
    page.goto(base + "search.html")
    rows = page.evaluate("window.KMCORE_SEARCH_INDEX.length")
    assert rows > 80
    scripts = page.evaluate("[...document.scripts].map(s => s.getAttribute('src'))")
    # The search index's parts and site.js, nothing injected.
    assert sorted(scripts) == sorted(
        ["assets/site.js"] + [f"search/{p.name}" for p in (site / "search").glob("*.js")])


# --- the real site, from a server and from file:// ---------------------------------------------


def test_served_under_a_sub_path_with_no_outside_requests(
    page: Page, demo_site: tuple[Path, str]
) -> None:
    _, base = demo_site
    origin = base.split("/intranet/")[0]
    for rel in ("index.html", "innovations/index.html", "expertise/index.html",
                "search.html?q=falls", "fragments/latest-innovations.html"):
        page.goto(base + rel)
        _check_loaded(page, origin)
        css = page.evaluate("getComputedStyle(document.querySelector('h1, h2')).fontFamily")
        assert "Arial" in css
    assert page.evaluate("document.querySelectorAll('a').length") > 2


def test_works_from_file_urls(page: Page, demo_site: tuple[Path, str]) -> None:
    site, _ = demo_site
    page.goto((site / "index.html").as_uri())
    _check_loaded(page, "file://")
    assert page.evaluate("getComputedStyle(document.querySelector('.site-header'))"
                         ".backgroundColor") == "rgb(0, 94, 184)"  # NHS Blue: CSS loaded
    # Search: the index is a script file, so no fetch() is needed.
    page.goto((site / "search.html").as_uri() + "?q=falls")
    _check_loaded(page, "file://")
    assert page.evaluate("document.querySelectorAll('#search-results li').length") > 0
    # Filters: shown by the script, and they hide what does not match.
    page.goto((site / "innovations" / "index.html").as_uri() + "?stage=embedded")
    _check_loaded(page, "file://")
    visible = page.evaluate("[...document.querySelectorAll('#items > li')]"
                            ".filter(li => !li.hidden).length")
    total = page.evaluate("document.querySelectorAll('#items > li').length")
    assert 0 < visible < total
    assert page.evaluate("document.querySelector('form.filters').hidden") is False


def test_pages_fit_a_phone_screen(browser: Browser, demo_site: tuple[Path, str]) -> None:
    site, _ = demo_site
    phone = browser.new_page(width=375, height=740)
    for rel in ("index.html", "innovations/index.html", "expertise/index.html"):
        phone.goto((site / rel).as_uri())
        overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, rel


# --- accessibility ---------------------------------------------------------------------------


def _axe_pages(site: Path) -> list[str]:
    chosen = ["index.html", "expertise/index.html", "search.html?q=falls",
              "fragments/latest-innovations.html", "fragments/latest-stories.html"]
    for folder in ("innovations", "people", "stories", "capture-records", "lessons"):
        chosen.append(f"{folder}/index.html")
        chosen.append(f"{folder}/" + sorted(p.name for p in (site / folder).glob("*-*.html"))[0])
    chosen.append("fragments/person/" + sorted(p.name for p in
                                               (site / "fragments" / "person").iterdir())[0])
    chosen.append("people/person-amara-okafor.html")  # a full expertise profile
    return chosen


def test_every_page_template_passes_axe(
    page: Page, demo_site: tuple[Path, str], axe_source: str
) -> None:
    site, base = demo_site
    problems = {}
    for rel in _axe_pages(site):
        page.goto(base + rel)
        page.evaluate(axe_source)
        result = page.evaluate(
            f"axe.run(document, {{runOnly: {{type: 'tag', values: {json.dumps(AXE_TAGS)}}}}})"
            ".then(r => ({passes: r.passes.length, violations: r.violations.map(v => ({"
            "id: v.id, impact: v.impact, help: v.help,"
            " nodes: v.nodes.slice(0, 3).map(n => n.html.slice(0, 200))}))}))"
        )
        assert result["passes"] > 5, f"{rel}: axe checked almost nothing"
        if result["violations"]:
            problems[rel] = result["violations"]
    assert problems == {}


def test_hostile_pages_pass_axe_too(
    page: Page, hostile_site: tuple[Path, str], axe_source: str
) -> None:
    _, base = hostile_site
    for rel in ("index.html", "innovations/index.html", "expertise/index.html"):
        page.goto(base + rel)
        page.evaluate(axe_source)
        violations = page.evaluate(
            f"axe.run(document, {{runOnly: {{type: 'tag', values: {json.dumps(AXE_TAGS)}}}}})"
            ".then(r => r.violations.map(v => v.id))")
        assert violations == [], rel

"""The published site's in-browser search ranks like `kmcore search` where a browser can:
records with every word first, title matches above the rest, both spellings (docs/search.md).

Runs in Debian's headless chromium like tests/test_html_browser.py; skipped without it, except
in CI, where a missing browser is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import kmcore
from browser.build import build
from browser.chromium import Browser, Page, find_chromium
from kmcore.demo.sample import ODS_CODE, ORGANISATION, sample_records


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    with kmcore.init(tmp_path_factory.mktemp("kb"), name="Demo", organisation=ORGANISATION,
                     ods_code=ODS_CODE) as kb:
        for record in sample_records():
            kb.add(record)
        path = tmp_path_factory.mktemp("site") / "demo"
        build(kb, path)
    return path


@pytest.fixture(scope="module")
def page(site: Path) -> Iterator[Page]:
    if find_chromium() is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("chromium is missing in CI: .ci/run must install it")
        pytest.skip("chromium is not installed here")
    with Browser.start() as browser:
        yield browser.new_page()


def titles(page: Page, site: Path, query: str) -> list[str]:
    from urllib.parse import quote

    page.goto((site / "search.html").as_uri() + "?q=" + quote(query))
    assert page.errors == []
    found: list[str] = page.evaluate(
        "[...document.querySelectorAll('#search-results li h2')].map(h => h.textContent)")
    return found


def test_title_matches_come_first(page: Page, site: Path) -> None:
    found = titles(page, site, "sepsis")
    assert found and "sepsis" in found[0].lower()


def test_records_with_every_word_come_before_records_with_some(page: Page,
                                                              site: Path) -> None:
    found = titles(page, site, "falls prevention")
    assert "Falls prevention CoP, March 2025: bed sensors and post-fall huddles" in found[:2]
    # Records that only say "falls" are still offered, after those with both words.
    assert any("Cohort bay nursing" in t for t in found)


def test_both_spellings_and_word_forms(page: Page, site: Path) -> None:
    british = titles(page, site, "mobilisation")
    american = titles(page, site, "mobilization")
    assert british and british == american
    assert titles(page, site, "discharges")[:3] == titles(page, site, "discharge")[:3]


def test_directory_ranks_people_like_the_expertise_finder(site: Path) -> None:
    html = (site / "expertise" / "index.html").read_text(encoding="utf-8")
    start = html.index("<h2>Accidental Falls</h2>")
    end = html.find("<h2", start + 1)
    section = html[start:end if end != -1 else len(html)]
    order = [name for name in ("Helen Marsh", "Sofia Costa", "Amara Okafor") if name in section]
    assert order == ["Helen Marsh", "Sofia Costa", "Amara Okafor"]
    assert section.index("Helen Marsh") < section.index("Sofia Costa") < section.index(
        "Amara Okafor")

"""The ``html`` target: what it publishes, how safely, and how little it rewrites."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import attrs
import pytest

import kmcore
from browser.build import build, items_for, make_target, publishable, run
from kmcore.demo.sample import ODS_CODE, ORGANISATION, sample_records
from kmcore.errors import ConfigError
from kmcore.kb import KnowledgeBase
from kmcore.publish.html import HtmlSiteTarget
from kmcore.publish.html.safe import safe_url, script_json_text
from kmcore.publish.html.target import JOURNAL, MANIFEST, STATE
from kmcore.records.base import Record
from kmcore.records.person import Objection, Person
from kmcore.records.vocab import ExpertiseBasis, Visibility
from kmcore.sync.model import Item, SyncContext, Target, TargetConfig

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def demo_kb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeBase]:
    root = tmp_path_factory.mktemp("kb")
    with kmcore.init(root, name="Northgate LKS knowledge hub (demo)",
                     organisation=ORGANISATION, ods_code=ODS_CODE) as kb:
        for record in sample_records():
            kb.add(record)
        yield kb


@pytest.fixture(scope="module")
def site(demo_kb: KnowledgeBase, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("site")
    build(demo_kb, path)
    return path


def pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html"))


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[tuple[str, str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_ld = False

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        found = dict(attrs_)
        for name in ("href", "src", "action", "srcset", "poster", "data"):
            if found.get(name) is not None:
                self.urls.append((tag, found[name] or "", found))
        self._in_ld = tag == "script" and found.get("type") == "application/ld+json"

    def handle_data(self, data: str) -> None:
        if self._in_ld:
            self.scripts.append(data)

    def handle_endtag(self, tag: str) -> None:
        self._in_ld = False


def parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


# --- registration and configuration ------------------------------------------------------------


def test_the_html_backend_is_a_builtin_target(demo_kb: KnowledgeBase) -> None:
    spec = demo_kb.plugins.backend("html")
    assert spec.kind == "target"
    assert spec.plugin == "kmcore.builtin.targets"
    factory = demo_kb.plugins.load_factory(spec)
    assert factory is HtmlSiteTarget
    target = factory(TargetConfig(name="t", backend="html", settings={"path": "out"}), demo_kb)
    assert isinstance(target, Target)
    assert target.root == demo_kb.root / "out"
    assert target.title == demo_kb.settings.name


def test_path_is_required_and_base_url_must_be_web(demo_kb: KnowledgeBase) -> None:
    with pytest.raises(ConfigError, match=r"\$\.targets\.t\.path: is required"):
        HtmlSiteTarget(TargetConfig(name="t", backend="html"), demo_kb)
    for unsafe in (".", "..", ".kmcore/site"):
        with pytest.raises(ConfigError, match="would hold the knowledge base"):
            HtmlSiteTarget(TargetConfig(name="t", backend="html", settings={"path": unsafe}),
                           demo_kb)
    with pytest.raises(ConfigError, match=r"\$\.targets\.t\.base_url: must start with http"):
        HtmlSiteTarget(TargetConfig(name="t", backend="html",
                                    settings={"path": "x", "base_url": "javascript:x"}), demo_kb)
    with pytest.raises(ConfigError, match=r"\$\.targets\.t\.titel: is not a html setting"):
        HtmlSiteTarget(TargetConfig(name="t", backend="html",
                                    settings={"path": "x", "titel": "Hub"}), demo_kb)


# --- what is published -------------------------------------------------------------------------


def test_every_page_kind_is_built(site: Path, demo_kb: KnowledgeBase) -> None:
    for rel in ("index.html", "search.html", "search/lessons.js", "expertise/index.html",
                "assets/site.css", "assets/site.js", "fragments/latest-innovations.html",
                "fragments/latest-stories.html", MANIFEST):
        assert (site / rel).is_file(), rel
    for spec in demo_kb.types.values():
        assert (site / spec.folder / "index.html").is_file()
        assert (site / "feeds" / f"{spec.folder}.xml").is_file()
    shown = publishable(demo_kb.records())
    for record in shown:
        folder = demo_kb.types[record.record_type].folder
        assert (site / folder / f"{record.id}.html").is_file()
    for record in demo_kb.records():
        if record not in shown:  # private records (exit interviews...) are never written
            folder = demo_kb.types[record.record_type].folder
            assert not (site / folder / f"{record.id}.html").exists()


def test_pages_declare_language_and_landmarks(site: Path) -> None:
    for page in pages(site):
        html = page.read_text(encoding="utf-8")
        assert '<html lang="en-GB">' in html, page
        assert ("<main" in html and "<h1" in html) or "fragments" in str(page), page
        if "fragments" not in str(page):
            assert 'class="skip-link" href="#main"' in html


def test_every_internal_link_is_relative_and_resolves(site: Path) -> None:
    """Works from file:// and under any sub-path: no absolute or root-relative links."""
    for page in pages(site):
        for tag, url, found in parse(page).urls:
            if url.startswith(("http://", "https://")):
                # Only record content (citations, subject terms) may point elsewhere, as
                # plain links: never a script, style, image or frame.
                assert tag == "a" and found.get("rel") == "noopener noreferrer", (page, url)
                continue
            if url.startswith(("mailto:", "#")):
                continue
            assert not url.startswith("/") and "://" not in url, (page, url)
            target = url.split("#")[0].split("?")[0]
            if target:
                assert (page.parent / target).resolve().exists(), (page, url)


def test_no_page_loads_anything_from_elsewhere(site: Path) -> None:
    for path in [*pages(site), site / "assets" / "site.css", site / "assets" / "site.js"]:
        text = path.read_text(encoding="utf-8")
        assert "@import" not in text and "url(" not in text.replace("url(#", ""), path
        assert "fetch(" not in text and "XMLHttpRequest" not in text, path
        for tag, url, _ in parse(path).urls if path.suffix == ".html" else []:
            if tag in ("script", "link", "img", "iframe", "source", "video", "audio"):
                assert not re.match(r"[a-z]+:", url), (path, url)


def test_record_pages_carry_parseable_schema_org(site: Path, demo_kb: KnowledgeBase) -> None:
    expected = {"innovation": "Report", "person": "Person", "story": "Article",
                "capture_record": "CreativeWork", "lesson": "CreativeWork"}
    for record in publishable(demo_kb.records()):
        folder = demo_kb.types[record.record_type].folder
        scripts = parse(site / folder / f"{record.id}.html").scripts
        assert len(scripts) == 1
        data = json.loads(scripts[0])
        assert data["@context"] == "https://schema.org"
        assert data["@type"] == expected[record.record_type]
        if record.record_type == "capture_record":
            assert data["recordedAt"]["@type"] == "Event"
            assert data["recordedAt"]["startDate"] == record.held_on.isoformat()  # type: ignore[attr-defined]
        else:
            assert data["name"] == record.label
        # Addresses are relative to the page (no base_url): the page's own resolves to itself.
        assert (site / folder / data["url"]).resolve() == (site / folder / f"{record.id}.html")


def test_feeds_are_atom(site: Path, demo_kb: KnowledgeBase) -> None:
    for spec in demo_kb.types.values():
        root = ET.parse(site / "feeds" / f"{spec.folder}.xml").getroot()
        assert root.tag == f"{ATOM}feed"
        for name in ("id", "title", "updated", "author"):
            assert root.find(f"{ATOM}{name}") is not None, name
        entries = root.findall(f"{ATOM}entry")
        assert entries
        ids = [e.findtext(f"{ATOM}id") for e in entries]
        assert len(set(ids)) == len(ids)
        for entry in entries:
            assert (entry.findtext(f"{ATOM}id") or "").startswith(f"urn:kmcore:{spec.name}:")
            assert entry.findtext(f"{ATOM}title")
            assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+-]\d\d:\d\d|Z)$",
                            entry.findtext(f"{ATOM}updated") or "")
            link = entry.find(f"{ATOM}link")
            assert link is not None
            href = link.get("href") or ""
            assert (site / "feeds" / href).resolve().is_file()


def test_feeds_use_base_url_when_given(demo_kb: KnowledgeBase, tmp_path: Path) -> None:
    build(demo_kb, tmp_path / "s", base_url="https://intranet.example/km")
    root = ET.parse(tmp_path / "s" / "feeds" / "lessons.xml").getroot()
    link = root.find(f"{ATOM}entry/{ATOM}link")
    assert link is not None
    assert (link.get("href") or "").startswith("https://intranet.example/km/lessons/")
    # ...but pages still link relatively.
    assert "intranet.example" not in (tmp_path / "s" / "index.html").read_text()


def test_search_index_is_a_script_with_every_record(site: Path, demo_kb: KnowledgeBase) -> None:
    prefix = ("(window.KMCORE_SEARCH_INDEX = window.KMCORE_SEARCH_INDEX || []).push.apply("
              "window.KMCORE_SEARCH_INDEX, ")
    rows = []
    search_page = (site / "search.html").read_text()
    for spec in demo_kb.types.values():
        text = (site / "search" / f"{spec.folder}.js").read_text(encoding="utf-8")
        assert text.startswith(prefix)
        rows += json.loads(text.removeprefix(prefix).rstrip().removesuffix(");"))
        assert f'<script src="search/{spec.folder}.js">' in search_page
    assert {r[2] for r in rows} == {
        f"{demo_kb.types[r.record_type].folder}/{r.id}.html"
        for r in publishable(demo_kb.records())
    }


def test_lists_show_every_item_without_javascript(site: Path, demo_kb: KnowledgeBase) -> None:
    html = (site / "innovations" / "index.html").read_text(encoding="utf-8")
    count = len([r for r in publishable(demo_kb.records()) if r.record_type == "innovation"])
    assert html.count('<li class="card"') == count
    # The filter form is hidden until the script shows it; the items carry their facets.
    assert '<form class="filters panel" data-filter-for="items" hidden>' in html
    assert 'data-stage="' in html and '<label for="f-stage">Stage</label>' in html


def test_directory_lists_only_visible_profiles_with_evidence(
    site: Path, demo_kb: KnowledgeBase
) -> None:
    html = (site / "expertise" / "index.html").read_text(encoding="utf-8")
    people = [r for r in demo_kb.records("person") if isinstance(r, Person)]
    listed = [p for p in people if f"{p.id}.html" in html]
    assert listed
    for person in people:
        if person.hidden_from_directory:
            assert f"{person.id}.html" not in html, person.id
    assert "Evidence:" in html


def test_hidden_profiles_and_unevidenced_inferences_stay_out(
    demo_kb: KnowledgeBase, tmp_path: Path
) -> None:
    people = [r for r in demo_kb.records("person")
              if isinstance(r, Person) and not r.hidden_from_directory]
    objector, inferrer_, private = people[0], people[1], people[2]
    import datetime as dt

    from kmcore.records._fields import deferred_validation
    assert objector.profile and inferrer_.profile and private.profile
    with deferred_validation():
        changed = [
            attrs.evolve(objector, profile=attrs.evolve(
                objector.profile, objection=Objection(raised_on=dt.date(2025, 1, 1)))),
            attrs.evolve(inferrer_, profile=attrs.evolve(inferrer_.profile, expertise=tuple(
                attrs.evolve(c, basis=ExpertiseBasis.INFERRED, evidence=())
                for c in inferrer_.profile.expertise))),
            attrs.evolve(private, profile=attrs.evolve(private.profile,
                                                       visibility=Visibility.PRIVATE)),
        ]
    inferrer = changed[1]
    by_id = {r.id: r for r in publishable(demo_kb.records())}
    by_id.update({r.id: r for r in changed})
    build(demo_kb, tmp_path / "s", records=by_id.values())
    directory = (tmp_path / "s" / "expertise" / "index.html").read_text()
    for person in changed:
        assert f"{person.id}.html" not in directory
        page = (tmp_path / "s" / "people" / f"{person.id}.html").read_text()
        assert '<ul class="expertise">' not in page
        assert '"knowsAbout":[{' not in page
        if person is not inferrer:
            assert "Ask me about" not in page


def test_unpublished_records_are_never_named(demo_kb: KnowledgeBase, tmp_path: Path) -> None:
    """A link to a record this site does not publish shows no title."""
    records = publishable(demo_kb.records())
    innovation = next(r for r in records if r.record_type == "innovation")
    lead = demo_kb.get(innovation.lead)  # type: ignore[attr-defined]
    build(demo_kb, tmp_path / "s", records=[r for r in records if r.id != lead.id])
    page = (tmp_path / "s" / "innovations" / f"{innovation.id}.html").read_text()
    assert lead.label not in page
    assert "(not published here)" in page


# --- safety helpers ------------------------------------------------------------------------


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "java\tscript:x",
    "\x01javascript:x", "data:text/html,<script>", "vbscript:x", "//evil.example/x",
    "/etc/passwd", "file:///etc/passwd", "https:", "https://", "http://a b", "", "x",
])
def test_safe_url_refuses_anything_but_web_addresses(url: str) -> None:
    assert safe_url(url) is None


@pytest.mark.parametrize("url", ["https://www.nice.org.uk/guidance/ng51", "http://x.example/a?b=1"])
def test_safe_url_keeps_web_addresses(url: str) -> None:
    assert safe_url(url) == url


def test_script_json_cannot_close_the_script() -> None:
    value = {"a": "</script><script>alert(1)</script>", "b": "<!-- x", "c": "\u2028\u2029&"}
    text = script_json_text(value)
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in text
    assert json.loads(text) == value


# --- incremental rendering ---------------------------------------------------------------------


def _snapshot(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): p.stat().st_mtime_ns for p in root.rglob("*")
            if p.is_file()}


def _published(kb: KnowledgeBase) -> dict[str, Record]:
    return {r.id: r for r in publishable(kb.records())}


def test_an_unchanged_sync_writes_nothing(demo_kb: KnowledgeBase, tmp_path: Path) -> None:
    _, published = build(demo_kb, tmp_path / "s")
    before = _snapshot(tmp_path / "s")
    again = make_target(demo_kb, tmp_path / "s")
    again.finish(SyncContext(kb=demo_kb, published=published, changed=frozenset()))
    again.close()
    assert again.writes == 0
    assert _snapshot(tmp_path / "s") == before


def test_one_changed_record_rewrites_its_page_and_what_shows_it(
    demo_kb: KnowledgeBase, tmp_path: Path
) -> None:
    site = tmp_path / "s"
    _, published = build(demo_kb, site)
    before = _snapshot(site)
    lesson = next(r for r in published.values() if r.record_type == "lesson")
    changed = attrs.evolve(lesson, title="A better title for this lesson")  # type: ignore[misc]
    published[lesson.id] = changed
    target = make_target(demo_kb, site)
    run(target, items_for([changed], op="update"), published)
    after = _snapshot(site)
    rewritten = {p for p in after if after[p] != before.get(p)}
    referrers = {f"{demo_kb.types[r.record_type].folder}/{r.id}.html"
                 for r in published.values()
                 if any(ref.target == lesson.id for ref in r.references())}
    referenced = {f"{demo_kb.types[published[ref.target].record_type].folder}/{ref.target}.html"
                  for ref in lesson.references() if ref.target in published}
    expected = {f"lessons/{lesson.id}.html", "lessons/index.html", "feeds/lessons.xml",
                "index.html", "search/lessons.js", MANIFEST,
                f"{STATE}/cards/lesson.json"} | referrers | referenced
    assert referrers  # the sample lesson is linked from elsewhere
    # Pages whose linked titles did not change (e.g. the home page shows no lessons) may be
    # left alone; nothing outside the expected set may be touched.
    assert rewritten <= expected | {"expertise/index.html"}, rewritten - expected
    assert {f"lessons/{lesson.id}.html", "lessons/index.html", "feeds/lessons.xml",
            "search/lessons.js", MANIFEST} <= rewritten
    assert not (site / JOURNAL).exists()
    assert referrers <= rewritten
    assert "innovations/index.html" not in rewritten
    assert len(rewritten) < len(after) / 3
    for page in referrers:
        assert "A better title for this lesson" in (site / page).read_text()


def test_delete_removes_the_page_and_its_mentions(demo_kb: KnowledgeBase, tmp_path: Path) -> None:
    site = tmp_path / "s"
    _, published = build(demo_kb, site)
    story = next(r for r in published.values() if r.record_type == "story")
    del published[story.id]
    target = make_target(demo_kb, site)
    item = Item(op="delete", record_type="story", record_id=story.id, record=None,
                content_hash="", remote_ref=f"stories/{story.id}.html")
    results = target.apply([item])
    assert results[0].ok
    target.finish(SyncContext(kb=demo_kb, published=published, changed=frozenset({story.id})))
    assert not (site / "stories" / f"{story.id}.html").exists()
    for page in pages(site):
        assert f"{story.id}.html" not in page.read_text(), page
    assert story.id not in make_target(demo_kb, site).published()
    # Deleting again (a resent item after a crash) is fine.
    assert target.apply([item])[0].ok


def test_create_is_idempotent_by_record_id(demo_kb: KnowledgeBase, tmp_path: Path) -> None:
    site = tmp_path / "s"
    _, published = build(demo_kb, site)
    record = next(iter(published.values()))
    target = make_target(demo_kb, site)
    first = target.apply(items_for([record]))[0]
    second = target.apply(items_for([record]))[0]
    assert first.ok and second.ok
    assert first.remote_ref == second.remote_ref
    assert first.remote_version == second.remote_version
    assert len(make_target(demo_kb, site).published()) == len(published)


def test_hand_edits_are_reported_as_other_versions(demo_kb: KnowledgeBase, tmp_path: Path) -> None:
    site = tmp_path / "s"
    target, published = build(demo_kb, site)
    results = target.apply(items_for(list(published.values())[:2]))
    refs = [r.remote_ref for r in results if r.remote_ref]
    target.finish(SyncContext(kb=demo_kb, published=published,
                              changed=frozenset(r.record_id for r in results)))
    fresh = make_target(demo_kb, site)
    versions = fresh.remote_versions(refs)
    assert versions == {r.remote_ref: r.remote_version for r in results}
    page = site / refs[0]
    page.write_text(page.read_text() + "<!-- edited by hand -->")
    versions = make_target(demo_kb, site).remote_versions(refs)
    assert versions is not None
    assert versions[refs[0]] != results[0].remote_version
    assert versions[refs[1]] == results[1].remote_version


def test_one_bad_item_does_not_stop_the_batch(demo_kb: KnowledgeBase, tmp_path: Path) -> None:
    records = publishable(demo_kb.records())[:3]
    items = items_for(records)
    items[1] = Item(op="create", record_type="no_such_type", record_id="x-1", record=None,
                    content_hash="h")
    results = make_target(demo_kb, tmp_path / "s").apply(items)
    assert [r.ok for r in results] == [True, False, True]
    assert "record type" in (results[1].error or "")


def test_pull_has_no_feed(demo_kb: KnowledgeBase, tmp_path: Path) -> None:
    assert make_target(demo_kb, tmp_path / "s").pull(None) is None


def test_a_dry_run_finish_writes_nothing(demo_kb: KnowledgeBase, tmp_path: Path) -> None:
    target = make_target(demo_kb, tmp_path / "s")
    published = _published(demo_kb)
    target.finish(SyncContext(kb=demo_kb, published=published,
                              changed=frozenset(published), dry_run=True))
    assert target.writes == 0


def test_a_crash_after_apply_loses_nothing(demo_kb: KnowledgeBase, tmp_path: Path) -> None:
    """apply() appends to a journal; a new run replays it, ignoring a line torn by a crash."""
    site = tmp_path / "s"
    _, published = build(demo_kb, site)
    records = list(published.values())
    lesson = next(r for r in records if r.record_type == "lesson")
    changed = attrs.evolve(lesson, title="Changed before the crash")  # type: ignore[misc]
    target = make_target(demo_kb, site)
    assert target.apply(items_for([changed], op="update"))[0].ok
    # ...the process dies here: no finish(), no close().
    with open(site / JOURNAL, "ab") as fh:
        fh.write(b'{"records": {"lesson-torn')  # half a line
    published[lesson.id] = changed
    again = make_target(demo_kb, site)
    assert again.published()[lesson.id] == f"lessons/{lesson.id}.html"
    again.finish(SyncContext(kb=demo_kb, published=published,
                             changed=frozenset({lesson.id})))
    assert "Changed before the crash" in (site / "lessons" / "index.html").read_text()
    assert not (site / JOURNAL).exists()


def _site_files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*")
            if p.is_file() and STATE not in p.relative_to(root).parts}


def _state_of(target: HtmlSiteTarget) -> dict[str, Any]:
    """What a run sees of a site's bookkeeping (every card read; page times left out)."""
    manifest = target.state.load()
    for type_name in target._types:
        target._load_cards(type_name)
    records = {i: {k: v for k, v in e.items() if k != "st"} for i, e in target._records.items()}
    return {"records": records, "pages": manifest["pages"], "stats": manifest.get("stats"),
            "layout": manifest.get("layout")}


def test_a_large_site_journals_finish_and_every_run_sees_what_a_rewrite_would_show(
    demo_kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a large site finish() appends its changes to the journal instead of rewriting the
    manifest and cards; the site and what later runs see are exactly as after a rewrite."""
    from kmcore.publish.html import state as html_state

    journalled, rewritten = tmp_path / "j", tmp_path / "r"
    _, published = build(demo_kb, journalled)
    build(demo_kb, rewritten)
    records = list(published.values())
    lesson = next(r for r in records if r.record_type == "lesson")
    story = next(r for r in records if r.record_type == "story")
    steps: list[tuple[str, Record]] = [
        ("update", attrs.evolve(lesson, title="First new title")),  # type: ignore[misc]
        ("update", attrs.evolve(story, title="A story retitled")),  # type: ignore[misc]
        ("update", attrs.evolve(lesson, title="Second new title")),  # type: ignore[misc]
        ("delete", story),
    ]
    for op, record in steps:
        if op == "delete":
            del published[record.id]
            items = [Item(op="delete", record_type=record.record_type, record_id=record.id,
                          record=None, content_hash="",
                          remote_ref=f"stories/{record.id}.html")]
        else:
            published[record.id] = record
            items = items_for([record], op="update")
        for site, large in ((journalled, True), (rewritten, False)):
            # A site counts as large by its manifest's size; the demo's is small.
            monkeypatch.setattr(html_state, "FOLD_BELOW", 0 if large else 10**12)
            monkeypatch.setattr(html_state, "FOLD_RATIO", 0.001 if large else 10)
            manifest = (site / MANIFEST).read_bytes()
            results = run(make_target(demo_kb, site), items, published)
            assert results[0].ok
            assert ((site / MANIFEST).read_bytes() == manifest) is large
            assert (site / JOURNAL).exists() is large
        assert _site_files(journalled) == _site_files(rewritten)
        assert _state_of(make_target(demo_kb, journalled)) == _state_of(
            make_target(demo_kb, rewritten))
        refs = list(make_target(demo_kb, rewritten).published().values())
        assert make_target(demo_kb, journalled).remote_versions(refs) == make_target(
            demo_kb, rewritten).remote_versions(refs)
    # Nothing changed: nothing is written, not even the journal.
    before = _snapshot(journalled)
    again = make_target(demo_kb, journalled)
    again.finish(SyncContext(kb=demo_kb, published=published, changed=frozenset()))
    assert again.writes == 0 and _snapshot(journalled) == before
    # Once the journal is big enough, the next finish folds it into the manifest.
    monkeypatch.setattr(html_state, "FOLD_RATIO", 10)
    state = _state_of(make_target(demo_kb, journalled))
    changed = attrs.evolve(lesson, title="Second new title")  # type: ignore[misc]
    run(make_target(demo_kb, journalled), items_for([changed], op="update"), published)
    assert not (journalled / JOURNAL).exists()
    assert _state_of(make_target(demo_kb, journalled)) == state


def test_kmcore_demo_builds_the_site(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kmcore.cli import cli

    result = CliRunner().invoke(cli, ["demo", str(tmp_path / "demo")])
    assert result.exit_code == 0, result.output
    index = tmp_path / "demo" / "site" / "index.html"
    assert index.is_file()
    assert index.as_uri() in result.output
    assert "Northgate" in index.read_text(encoding="utf-8")


def test_finish_leaves_pages_edited_by_hand_alone(demo_kb: KnowledgeBase, tmp_path: Path) -> None:
    site = tmp_path / "s"
    _, published = build(demo_kb, site)
    lesson = next(r for r in published.values() if r.record_type == "lesson"
                  and any(ref.target == r.id for o in published.values()
                          for ref in o.references()))
    referrer = next(o for o in published.values()
                    if any(ref.target == lesson.id for ref in o.references()))
    page = site / demo_kb.types[referrer.record_type].folder / f"{referrer.id}.html"
    page.write_text(page.read_text() + "<!-- fixed a typo by hand -->")
    changed = attrs.evolve(lesson, title="Retitled lesson")  # type: ignore[misc]
    published[lesson.id] = changed
    run(make_target(demo_kb, site), items_for([changed], op="update"), published)
    assert "fixed a typo by hand" in page.read_text()
    assert "Retitled lesson" in (site / "lessons" / "index.html").read_text()


def test_through_the_sync_engine_a_second_sync_writes_nothing(tmp_path: Path) -> None:
    """`kmcore sync` twice: the second run leaves every file of the site untouched."""
    from kmcore.sync.engine import sync

    root = tmp_path / "kb"
    with kmcore.init(root, name="Hub", organisation=ORGANISATION, ods_code=ODS_CODE) as kb:
        for record in sample_records():
            kb.add(record)
    with open(root / "kmcore.toml", "a", encoding="utf-8") as fh:
        fh.write('\n[targets.intranet]\nbackend = "html"\npath = "site"\n')
    with kmcore.open(root) as kb:
        [first] = sync(kb, ["intranet"])
        assert first.ok and first.counts["create"] > 0
        site = root / "site"
        before = _snapshot(site)
        [second] = sync(kb, ["intranet"])
        assert second.ok and second.counts["create"] == second.counts["update"] == 0
        assert _snapshot(site) == before
        # One edit: its page changes, and pages of unrelated types do not.
        lesson = next(r for r in kb.records("lesson") if f"lessons/{r.id}.html" in before)
        kb.update(attrs.evolve(lesson, title="Edited through the knowledge base"))
        [third] = sync(kb, ["intranet"])
        assert third.ok and third.counts["update"] == 1
        after = _snapshot(site)
        rewritten = {p for p in after if after[p] != before.get(p)}
        assert f"lessons/{lesson.id}.html" in rewritten
        assert "innovations/index.html" not in rewritten
        assert "Edited through the knowledge base" in (site / "lessons" / "index.html").read_text()


def test_styles_follow_nhs_identity_and_print(site: Path) -> None:
    css = (site / "assets" / "site.css").read_text(encoding="utf-8")
    assert "#005eb8" in css.lower()
    assert "Arial" in css and "Frutiger" in css
    assert "@media print" in css
    assert "overflow-wrap: anywhere" in css


@pytest.mark.parametrize("value", ["plain words", "", "a & b", "<script>", "it's", 'say "hi"',
                                   "&amp; already", "<>&'\"", 7, None, 2.5])
def test_list_card_escaping_matches_markupsafe(value: object) -> None:
    from markupsafe import escape

    from kmcore.publish.html.render import _esc

    assert _esc(value) == str(escape(value))

"""``kmcore report``: the evidence pack's figures, its CSV, escaping, and the browser check."""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import kmcore
from clihelp import run_cli
from kmcore.errors import KmcoreError
from kmcore.records.capture import AfterActionReview, CaptureRecord, Participant
from kmcore.records.innovation import Costs, Innovation
from kmcore.records.lesson import Lesson
from kmcore.records.person import Person
from kmcore.records.story import Requester, Story
from kmcore.records.vocab import (
    ImpactCategory,
    LessonPolarity,
    StaffGroup,
    Stage,
    Status,
    StoryKind,
)
from kmcore.report.figures import evidence_pack
from kmcore.report.render import render_csv, render_html

HOSTILE = '<script>alert("x")</script> & "quotes"'
START, END = dt.date(2025, 4, 1), dt.date(2026, 3, 31)


def _when(day: str) -> dt.datetime:
    return dt.datetime.fromisoformat(day + "T10:00:00+00:00")


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[kmcore.KnowledgeBase]:
    with kmcore.init(tmp_path / "kb", name="KB", organisation="Trust & Co") as opened:
        opened.add(Person(id="person-a", display_name="A"))
        for i, (day, status) in enumerate([("2025-05-01", Status.PUBLISHED),
                                           ("2025-06-01", Status.PUBLISHED),
                                           ("2024-06-01", Status.PUBLISHED),  # before
                                           ("2025-07-01", Status.DRAFT)]):  # not evidence
            opened.add(CaptureRecord(
                id=f"cap-{i}", title=f"AAR {i}", purpose="p", held_on=dt.date.fromisoformat(day),
                status=status, department="Ward 7" if i % 2 == 0 else "ED",
                details=AfterActionReview(intended="a", actual="b"),
                participants=(Participant(person="person-a"),
                              Participant(role_label="Nurse",
                                          staff_group=StaffGroup.NURSING_MIDWIFERY_REGISTERED))))
        opened.add(Innovation(id="inn-1", title=HOSTILE, lead="person-a", problem="p",
                              description="d", stage=Stage.TESTING, status=Status.PUBLISHED,
                              costs=Costs(industry_sponsorship=False),
                              created_at=_when("2025-09-09"),
                              qio_outcomes=(2, 5)))
        opened.add(Story(id="story-1", title="Evidence saved a day", kind=StoryKind.
                         LKS_IMPACT_CASE_STUDY, who_asked=Requester(role="Matron"),
                         challenge="c", what_we_did="w", how_it_helped="h",
                         time_saved_hours=12.5, cost_saved_gbp=decimal.Decimal("1500.50"),
                         impact_categories=(ImpactCategory.TIME_SAVED,),
                         status=Status.PUBLISHED, created_at=_when("2026-03-31")))
        opened.add(Lesson(id="lesson-1", title="L", statement="s", recommendation="r",
                          polarity=LessonPolarity.IMPROVE, status=Status.PUBLISHED,
                          created_at=_when("2026-04-01")))  # the day after the period
        yield opened


def test_figures_count_the_period_and_published_records_only(kb: kmcore.KnowledgeBase) -> None:
    pack = evidence_pack(kb, START, END)
    assert pack.records == 4  # two sessions, the innovation, the story
    assert dict(pack.figure("by_type").rows) == {
        "Capture record": 2, "Innovation": 1, "Story": 1}
    assert dict(pack.figure("by_technique").rows) == {"After action review": 2}
    assert pack.figure("by_technique").note == "4 people took part."
    assert dict(pack.figure("by_department").rows) == {"Ward 7": 1, "ED": 1}
    assert dict(pack.figure("innovations_by_stage").rows) == {"Testing": 1}
    assert dict(pack.figure("savings").rows)["Staff hours saved (stories)"] == 12.5
    assert dict(pack.figure("savings").rows)["Money saved, £ (stories)"] == 1500.5
    outcomes = dict(pack.figure("by_outcome").rows)
    assert outcomes == {"Outcome 1": 0, "Outcome 2": 3, "Outcome 3": 0, "Outcome 4": 0,
                        "Outcome 5": 1, "Outcome 6": 1}
    everything = evidence_pack(kb, START, END, statuses=("published", "draft"))
    assert everything.records == 5
    with pytest.raises(KmcoreError, match=r"ends .* before it starts"):
        evidence_pack(kb, END, START)


def test_csv_holds_every_figure_of_the_html(kb: kmcore.KnowledgeBase) -> None:
    pack = evidence_pack(kb, START, END)
    rows = list(csv.DictReader(io.StringIO(render_csv(pack))))
    assert {r["figure"] for r in rows} == {f.key for f in pack.figures if f.rows}
    assert sum(1 for r in rows) == sum(len(f.rows) for f in pack.figures)
    html = render_html(pack)
    tables = {f.key for f in pack.figures if not f.chart}  # shown as tables, not charts
    for row in rows:
        if row["figure"] not in tables:
            assert f"{row['label']}: " in html  # each chart's text alternative has each value
        else:
            assert f"<th scope=\"row\">{row['label']}</th>" in html


def test_html_escapes_titles_and_requests_nothing(kb: kmcore.KnowledgeBase) -> None:
    html = render_html(evidence_pack(kb, START, END))
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#34;quotes&#34;" in html
    assert "Trust &amp; Co" in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in html and "<link" not in html and "src=" not in html


def test_cli_report_writes_html_and_csv(kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    out = tmp_path / "out" / "pack.html"
    run = run_cli(["--kb", str(kb.root), "report", "--from", "2025-04-01", "--to",
                   "2026-03-31", "-o", str(out)])
    assert run.code == 0, run
    assert run.out.splitlines()[0] == "4 records from 2025-04-01 to 2026-03-31."
    assert out.is_file() and out.with_suffix(".csv").is_file()
    run = run_cli(["--kb", str(kb.root), "report", "--from", "2025-13-01"])
    assert run.code == 2


# --- in a real browser --------------------------------------------------------------------------


def test_report_renders_its_charts_and_passes_axe(tmp_path: Path) -> None:
    from browser.chromium import Browser, find_chromium
    from kmcore.demo.sample import ODS_CODE, ORGANISATION, sample_records
    from test_html_browser import AXE_TAGS, _missing, axe_path

    if find_chromium() is None:
        _missing("chromium (apt-get install chromium)")
    if not axe_path().is_file():
        _missing(f"axe-core ({axe_path()})")
    with kmcore.init(tmp_path / "kb", name="Demo", organisation=ORGANISATION,
                     ods_code=ODS_CODE) as kb:
        for record in sample_records():
            kb.add(record)
        pack = evidence_pack(kb, dt.date(2020, 1, 1), dt.date(2030, 12, 31))
    path = tmp_path / "pack.html"
    path.write_text(render_html(pack), encoding="utf-8")
    with Browser.start() as browser:
        page = browser.new_page()
        page.goto(path.as_uri())
        assert page.errors == []
        charts = page.evaluate(
            "Array.from(document.querySelectorAll('svg[role=img]')).map(s => ({"
            "bars: s.querySelectorAll('rect.bar').length,"
            "width: s.getBoundingClientRect().width,"
            "label: s.querySelector('title').textContent}))")
        assert len(charts) >= 7
        assert all(c["bars"] > 0 and c["width"] > 300 for c in charts), charts
        widths = page.evaluate("Array.from(document.querySelectorAll('rect.bar'))"
                               ".map(r => r.getBoundingClientRect().width)")
        drawn = [w for w in widths if w > 0]  # a zero (no record for Outcome 1) has no bar
        assert max(drawn) > 200 and min(drawn) >= 2 and len(drawn) >= 20
        page.evaluate(axe_path().read_text(encoding="utf-8"))
        result = page.evaluate(
            f"axe.run(document, {{runOnly: {{type: 'tag', values: {json.dumps(AXE_TAGS)}}}}})"
            ".then(r => ({passes: r.passes.length, violations: r.violations.map(v => ({"
            "id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.html.slice(0, 200))"
            "}))}))")
        assert result["violations"] == [], result["violations"]
        assert result["passes"] > 10
        page.screenshot(tmp_path / "pack.png", full_page=True)
        assert (tmp_path / "pack.png").stat().st_size > 10_000


def test_records_are_dated_by_their_own_dates_and_imports_never_by_the_day_added(
        tmp_path: Path) -> None:
    """An innovation imported this year that went live in 2019 counts in 2019; one imported
    with no dates is not counted at all (and the pack says so); `dates="added"` is the
    explicit choice of the day added."""
    from kmcore.records.base import Provenance

    kb = kmcore.init(tmp_path / "dated", name="KB", organisation="Trust")
    imported = Provenance(source="import", source_ref="log.xlsx row 6", method="kmcore import")
    common = {"lead": "person-a", "problem": "p", "description": "d", "status": "published",
              "costs": Costs(industry_sponsorship=False), "provenance": imported}
    kb.add(Innovation(id="inn-old", title="Went live in 2019", stage="implemented",
                      implemented_on=dt.date(2019, 5, 1), **common))
    kb.add(Innovation(id="inn-started", title="Started in 2019", stage="testing",
                      started_on=dt.date(2019, 2, 1), **common))
    kb.add(Innovation(id="inn-undated", title="No dates", stage="idea", **common))
    kb.add(Innovation(id="inn-typed", title="Typed in", stage="idea",
                      **{**common, "provenance": Provenance()}))
    this_year = (dt.date.today().replace(month=1, day=1), dt.date.today())
    now = evidence_pack(kb, *this_year)
    assert now.records == 1 and dict(now.figure("dated_by").rows) == {
        "the day it was added (typed in when it happened)": 1}
    assert now.undated == 1 and "1 published record was imported" in now.figure(
        "dated_by").note
    then = evidence_pack(kb, dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    assert then.records == 2 and dict(then.figure("dated_by").rows) == {
        "the day it went live": 1, "the day it started": 1}
    added = evidence_pack(kb, *this_year, dates="added")
    assert added.records == 4 and added.undated == 0
    assert "the day each was added" in render_html(added)


def test_report_for_one_organisation_of_a_shared_knowledge_base(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    from kmcore.records.base import OrgRef

    kb.add(Lesson(id="lesson-rth", title="From another trust", statement="s",
                  recommendation="r", polarity=LessonPolarity.SUSTAIN, status=Status.PUBLISHED,
                  created_at=_when("2025-10-01"), owner_org=OrgRef(name="Other", ods_code="RTH")))
    assert evidence_pack(kb, START, END).records == 5
    theirs = evidence_pack(kb, START, END, ods_code="RTH")
    assert theirs.records == 1
    assert dict(theirs.figure("by_type").rows) == {"Lesson": 1}
    assert theirs.organisation == "Organisation RTH"
    assert evidence_pack(kb, START, END, ods_code="RT3").records == 0
    run = run_cli(["--kb", str(kb.root), "report", "--organisation", "rth", "--from",
                   "01/04/2025", "--to", "31/03/2026", "-o",
                   str(tmp_path / "pack.html")])
    assert run.code == 0, run
    assert run.out.startswith("1 records from")
    bad = run_cli(["--kb", str(kb.root), "report", "--organisation", "not a code"])
    assert bad.code == 1 and "is not an ODS code" in bad.err

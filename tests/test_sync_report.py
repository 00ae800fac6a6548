"""The text a librarian reads after a sync: lines that need action stay visible."""

from __future__ import annotations

import datetime as dt

from kmcore.sync.report import ItemOutcome, RunReport


def _blocked(record_id: str, reason: str) -> ItemOutcome:
    return ItemOutcome(action="blocked", record_type="person", record_id=record_id,
                       title=record_id, reason=reason, status="held",
                       blocks=[{"gate": "person", "reason": reason}])


def test_many_records_blocked_for_one_reason_become_one_line() -> None:
    same = "blocked: has objected to being listed"
    items = [_blocked(f"person-{i}", same) for i in range(6)]
    items.append(_blocked("person-odd", "blocked: possible NHS number in $.overview"))
    report = RunReport(target="intranet", backend="html", dry_run=True,
                       started_at=dt.datetime(2026, 11, 26, tzinfo=dt.UTC), items=items,
                       counts={"blocked": 7})
    text = report.render_text()
    assert "x 6 person records: blocked: has objected to being listed" in text
    assert "person-odd" in text and "NHS number" in text
    assert text.count("has objected") == 1


def test_a_few_records_blocked_for_one_reason_are_each_listed() -> None:
    items = [_blocked(f"person-{i}", "blocked: has objected") for i in range(3)]
    report = RunReport(target="intranet", backend="html", dry_run=True,
                       started_at=dt.datetime(2026, 11, 26, tzinfo=dt.UTC), items=items)
    text = report.render_text()
    assert all(f"person-{i}" in text for i in range(3))
    assert "records:" not in text

"""The importer's per-import caches (distinct dates and people cells read once): the same
value in two rows gives the same result, a refused value is refused on every row, and
nothing is carried from one import to the next."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import kmcore
from kmcore.io.cells import loose_date
from kmcore.io.importer import Importer, import_file
from kmcore.records.person import Person

HEADERS = ["Project title", "Project lead", "Status", "The problem", "What was done",
           "Go-live date"]


@pytest.fixture
def kb(tmp_path: Path) -> kmcore.KnowledgeBase:
    kb = kmcore.init(tmp_path / "kb", name="KB", organisation="Northgate Trust", ods_code="R9X")
    kb.add(Person(id="person-amara-okafor", display_name="Amara Okafor"))
    return kb


def _log(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    """A log of (title, lead, go-live date) rows."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADERS)
        for title, lead, date in rows:
            writer.writerow([title, lead, "Implemented", f"{title} was slow.",
                             f"We fixed {title}.", date])
    return path


def _by_title(kb: kmcore.KnowledgeBase) -> dict[str, dict[str, object]]:
    return {r.title: kmcore.codec.to_dict(r) for r in kb.records("innovation")}


def test_the_same_date_and_lead_in_two_rows_give_equal_records(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    log = _log(tmp_path / "log.csv", [("Fast bleep", "Dr Amara Okafor", "01/03/2024"),
                                      ("Slow bleep", "Dr Amara Okafor", "01/03/2024"),
                                      ("Other bleep", "Amara Okafor", "1 March 2024")])
    result = import_file(kb, log, "innovation")
    assert result.valid == 3 and result.error_rows == 0
    records = _by_title(kb)
    for title in ("Fast bleep", "Slow bleep", "Other bleep"):
        assert records[title]["lead"] == "person-amara-okafor"
        assert records[title]["implemented_on"] == "2024-03-01"


def test_a_refused_date_is_refused_on_every_row(kb: kmcore.KnowledgeBase,
                                                 tmp_path: Path) -> None:
    log = _log(tmp_path / "log.csv", [("Fast bleep", "Amara Okafor", "31/02/2024"),
                                      ("Slow bleep", "Amara Okafor", "31/02/2024")])
    result = import_file(kb, log, "innovation", dry_run=True, strict=True)
    assert result.error_rows == 2
    assert {(p.row, p.column) for p in result.problems} == {(2, "Go-live date"),
                                                             (3, "Go-live date")}
    # without --strict both rows come in, each warned of the date left out (D860)
    kept = import_file(kb, log, "innovation", dry_run=True)
    assert kept.error_rows == 0 and {(p.row, p.severity) for p in kept.problems} == {
        (2, "warning"), (3, "warning")}


def test_a_new_person_named_on_two_rows_is_made_once(kb: kmcore.KnowledgeBase,
                                                      tmp_path: Path) -> None:
    log = _log(tmp_path / "log.csv", [("Fast bleep", "Zoe Quinn", "01/03/2024"),
                                      ("Slow bleep", "Zoe Quinn", "02/03/2024")])
    result = import_file(kb, log, "innovation", create_people=True)
    assert len(result.people_created) == 1
    assert {r["lead"] for r in _by_title(kb).values()} == set(result.people_created)


def test_the_date_cache_keys_on_the_type(kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    # True == 1 and hash(True) == hash(1), but an Excel serial 1 is a date and True is not.
    importer = Importer(kb, _log(tmp_path / "log.csv", []), "innovation")
    first = importer._date(1)
    assert first == loose_date(1).isoformat()  # type: ignore[union-attr]
    with pytest.raises(Exception) as refused:
        loose_date(True)
    with pytest.raises(type(refused.value)):
        importer._date(True)
    assert importer._date(1) == first


def test_caches_are_the_import_s_own(kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    one = Importer(kb, _log(tmp_path / "one.csv", [("Fast bleep", "Ann Lee", "01/03/2024")]),
                   "innovation", create_people=True)
    one.prepare()
    assert one._dates and one._people_cells
    two = Importer(kb, _log(tmp_path / "two.csv", []), "innovation")
    assert two._dates == {} and two._people_cells == {}
    one.discard()

"""What an import works out once per mapping rather than per row (D1040-D1042) gives the
answers the per-row checks gave: how each column is read, a note's repeated keys, and a
row that is the header again."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import kmcore
from kmcore.io.cells import _header_again
from kmcore.io.importer import Importer
from kmcore.io.mapping import ColumnMapping, ImportMapping
from kmcore.io.row_plan import (
    READ_AREA,
    READ_CELL,
    READ_KEY,
    READ_OFFER,
    READ_PERSON,
    READ_STATUS,
    row_plan,
)
from kmcore.io.twins import _NAMES_REPEAT, _may_name_repeat, repeated_keys

_NOTE_WORDS = ["same as GI-03", "dup of INN-004", "Duplicate - see MEDOPT-112", "copy of QI-6",
               "clone of 12", "repeat of idea 7", "entered twice - see 4", "logged again see 9",
               "SAME AS gi 3", "DUP", "sam", "du", "co py", "submitted twice: see row 2"]
_BITS = [" ", "x", "ward 3", "é", "\u017f", "\u212a", "-", "INN-001", "?"]  # long s, Kelvin


@given(st.lists(st.sampled_from([*_NOTE_WORDS, *_BITS]), max_size=6))
def test_the_quick_repeat_note_check_agrees_with_the_pattern(parts: list[str]) -> None:
    text = "".join(parts)
    if _NAMES_REPEAT.search(text):
        assert _may_name_repeat(text)


def test_a_note_naming_a_repeat_is_found_however_it_is_spelt() -> None:
    assert repeated_keys(["Same as GI-03?"]) == ["gi3"]
    assert repeated_keys(["\u017fame as GI-03?"]) == ["gi3"]  # the long s: regex's I flag
    assert repeated_keys(["Ward 3", "Amara Okafor", "idea"]) == []


_CELL = st.one_of(st.text(max_size=12), st.integers(), st.none())


def _header_again_before(cells: dict[str, Any]) -> bool:
    """The check as not_a_record made it before D1042, comparing case and spacing aside as
    it has since D1301 (a PDF's page header repeated keeps its line breaks)."""
    own = {h: v for h, v in cells.items()
           if not (" + " in h and all(part in cells for part in h.split(" + ")))}
    return len(own) >= 2 and all(" ".join(str(v).split()).casefold()
                                 == " ".join(h.split()).casefold() for h, v in own.items())


@given(st.dictionaries(st.sampled_from(["A", "B", "A + B", "C", " D"]), _CELL, max_size=5),
       st.booleans())
def test_the_header_again_check_agrees_with_the_one_before(cells: dict[str, Any],
                                                          echo: bool) -> None:
    if echo:  # cells holding their headers (most of the interesting cases)
        cells = {h: (h if i % 3 else f" {h} ") for i, h in enumerate(cells)}
    assert _header_again(cells) == _header_again_before(cells)


def test_each_column_is_read_as_its_field_says(tmp_path: Path) -> None:
    kb = kmcore.init(tmp_path / "kb", name="KB", organisation="Trust", ods_code="R9X")
    staff = row_plan(ImportMapping("person", [
        ColumnMapping("Name", "display_name", "told"),
        ColumnMapping("Status", "employment_status", "told"),
        ColumnMapping("Happy to be contacted?", "profile.willing_to", "told"),
        ColumnMapping("Falls", "profile.expertise", "told"),
        ColumnMapping("Notes", "", "told")]), Importer(kb, "staff.csv", "person").by_name)
    how = {step.header: step.how for step in staff.steps}
    assert how == {"Name": READ_CELL, "Status": READ_STATUS,
                   "Happy to be contacted?": READ_OFFER, "Falls": READ_AREA}
    assert staff.title_headers == ("Name",) and staff.key_headers == ()
    log = row_plan(ImportMapping("innovation", [
        ColumnMapping("Ref", "key", "told"),
        ColumnMapping("Idea", "title", "told"),
        ColumnMapping("Lead", "lead", "told"),
        ColumnMapping("What", "description", "told"),
        ColumnMapping("Saved", "savings.cash_releasing_gbp", "told")]),
        Importer(kb, "log.csv", "innovation").by_name)
    how = {step.header: step.how for step in log.steps}
    assert how == {"Ref": READ_KEY, "Idea": READ_CELL, "Lead": READ_PERSON,
                   "What": READ_CELL, "Saved": READ_CELL}
    assert [(s.head, s.sub) for s in log.steps][-1] == ("savings", "cash_releasing_gbp")
    assert log.key_headers == (("Ref", False), ("Idea", True))
    assert log.prose == {"Idea", "What"}


def test_a_new_mapping_gets_its_own_plan(tmp_path: Path) -> None:
    kb = kmcore.init(tmp_path / "kb", name="KB", organisation="Trust", ods_code="R9X")
    path = tmp_path / "log.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["Title", "Idea #", "Notes"], ["Falls app", "GI-1", "x"]])
    importer = Importer(kb, path, "innovation")
    first = importer.open()
    assert importer._row_plan().mapping is first
    assert importer.result is not None
    importer.result.mapping = first.with_overrides({"Notes": "description"})
    plan = importer._row_plan()
    assert plan.mapping is importer.result.mapping
    assert "Notes" in plan.prose


def test_a_part_s_column_is_worked_out_once_and_stays_the_same() -> None:
    from kmcore.io.columns import columns_for, part_column
    from kmcore.records.innovation import Innovation

    savings = {c.name: c for c in columns_for(Innovation)}["savings"]
    first = part_column(savings, "cash_releasing_gbp")
    assert first is not None and first.name == "savings.cash_releasing_gbp"
    assert first.kind == "decimal"
    assert part_column(savings, "cash_releasing_gbp") is first  # remembered, not re-read
    assert part_column(savings, "no_such_part") is None


def test_a_first_import_derives_the_same_ids_as_a_second(tmp_path: Path) -> None:
    """The old, doubled-prefix id is looked for only when the store holds records of the
    type (D1043): a re-import still finds a record a first import made under one."""
    from kmcore.io.identity import legacy_id
    from kmcore.io.importer import import_file
    from kmcore.records.innovation import Innovation
    from kmcore.records.person import Person

    kb = kmcore.init(tmp_path / "kb", name="KB", organisation="Trust", ods_code="R9X")
    old_id = legacy_id("inn", "innovation", "INN-001")
    kb.add(Person(id="person-amara-okafor", display_name="Amara Okafor"))
    kb.add(Innovation(id=old_id, title="Falls app", lead="person-amara-okafor",
                      problem="Falls at night.", description="An app.", stage="idea"))
    path = tmp_path / "log.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([
            ["Ref", "Title", "Lead", "Problem", "Description", "Stage"],
            ["INN-001", "Falls app", "Amara Okafor", "Falls at night.", "An app.", "Idea"],
            ["INN-002", "Sepsis tool", "Amara Okafor", "Late care.", "A tool.", "Idea"]])
    import_file(kb, path, "innovation", overrides={"Ref": "key"})
    ids = {r.id for r in kb.records("innovation")}
    assert old_id in ids and len(ids) == 2


_SPACING = ["word", "Word", "WORD", " ", "  ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c",
            "\x1f", "\x00", "\u00e9", "\u00a0", "\u2003", "\u017f", "."]


@given(st.lists(st.sampled_from(_SPACING), max_size=8))
def test_folding_a_cell_is_the_same_on_its_quick_path(parts: list[str]) -> None:
    from kmcore.io.cells import _folded

    text = "".join(parts)
    assert _folded(text) == " ".join(text.casefold().split())  # the fold before D1046


def test_an_export_s_formula_guard_is_taken_off_and_nothing_else() -> None:
    from kmcore.io.columns import _text

    assert _text("'=SUM(A1:A3)") == "=SUM(A1:A3)"  # written so by kmcore export
    assert _text("'+44 1632 960000 ") == "+44 1632 960000"
    assert _text("'Tis the season") == "'Tis the season"  # a quote that guards nothing
    assert _text("  Falls app ") == "Falls app"

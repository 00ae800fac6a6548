"""A log pasted from a PDF: wrapped cells, entries split across rows, the page header again
(D1301)."""

from __future__ import annotations

from pathlib import Path

import pytest

import kmcore
from kmcore.io.importer import import_file
from kmcore.io.wrapped_text import unwrap


@pytest.fixture
def kb(tmp_path: Path) -> kmcore.KnowledgeBase:
    return kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust")


@pytest.mark.parametrize(("text", "one_line", "read"), [
    # a word the wrap broke with a hyphen is one word again
    ("so dose limits are en-\nforced", False, "so dose limits are enforced"),
    ("better manage-\nment of stock", False, "better management of stock"),
    # a compound's own hyphen, or a prefix written with one, is kept
    ("single-\npatient probes", False, "single-patient probes"),
    ("co-\nproduction with patients", False, "co-production with patients"),
    # a capital after the break: no broken word
    ("Phase-\nTwo", False, "Phase-\nTwo"),
    # a title is one line
    ("Smart infusion pump drug library\nrollout", True,
     "Smart infusion pump drug library rollout"),
    # a description keeps its own line breaks
    ("First line\nsecond line", False, "First line\nsecond line"),
    ("no break at all", True, "no break at all"),
])
def test_text_a_wrap_broke_is_read_as_written(text: str, one_line: bool, read: str) -> None:
    assert unwrap(text, one_line=one_line) == read


PDF_LOG = (
    "Ref No,\"Project\ntitle\",Description,Project lead,\"Current\nposition\"\n"
    "CE-1,\"Smart pump\nrollout\",\"Loads the drug library so dose limits are en-\nforced\","
    "Karen Oduya,Live\n"
    "CE-2,Reuse of single-patient,Refurbish probes through a reprocessor,Alan Pritchard,"
    "Trial with 10 patients\n"
    ",pulse oximeter probes,,,\n"
    "Page 1 of 2,,,,\n"
    "Ref No,\"Project\ntitle\",Description,Project lead,\"Current\nposition\"\n"
    "CE-3,Ward stock app,Tablet form for daily checks,Mei Chow,PDSA cycle 2\n"
    ",Lone entry with a capital,,,\n")


def test_a_log_pasted_from_a_pdf_reads_as_a_person_reads_it(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_text(PDF_LOG, encoding="utf-8")
    result = import_file(kb, path, "innovation")
    titles = {r.title: r for r in kb.records("innovation")}
    assert set(titles) == {"Smart pump rollout",
                           "Reuse of single-patient pulse oximeter probes", "Ward stock app"}
    pump = titles["Smart pump rollout"]
    # (a short description may be read as the summary)
    assert "Loads the drug library so dose limits are enforced" in (
        pump.description, pump.summary)
    why = {p.row: p.reason for p in result.problems}
    # the title carried on in lower case on the next row is joined, and the row named
    assert "carries on row 3" in why[4]
    # the page header again, with its line breaks, is named, not imported
    assert why[6].startswith("the header row again")
    # a lone title starting with a capital is not taken for the rest of the one above
    assert "Lone entry with a capital" not in titles["Ward stock app"].title


def test_an_entry_wrapped_onto_a_line_of_its_own_in_several_columns_is_joined(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_text(
        "Ref No,Project title,Description,Project lead,Status\n"
        "CE-1,Defib pads expiry,Barcode scan of resus trolley pads with e-mail,Karen Oduya,"
        "Live\n"
        ",tracker,alerts 30 days before expiry,,\n"
        "CE-2,Ward stock app,Tablet form for daily checks,Mei Chow,Live\n"
        # a new entry without its number: capitals, so not the rest of the one above
        ",Bed rental reduction,Track hired mattresses,Jon Hill,Live\n", encoding="utf-8")
    result = import_file(kb, path, "innovation")
    titles = {r.title: r for r in kb.records("innovation")}
    pads = titles["Defib pads expiry tracker"]
    assert "with e-mail alerts 30 days before expiry" in pads.description + pads.summary
    assert "Bed rental reduction" in titles
    assert any(p.row == 3 and "carry on row 2" in p.reason for p in result.problems)


def test_a_log_typed_in_lower_case_keeps_its_lower_case_entries(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_text("Ref,Project title,Description,Lead,Status\n"
                    "1,falls app,an app for falls,Ann Lee,live\n"
                    ",sepsis screen,a screening tool,,\n", encoding="utf-8")
    result = import_file(kb, path, "innovation")
    assert not any("carr" in p.reason for p in result.problems)
    assert [r.title for r in kb.records("innovation")] == ["falls app"]

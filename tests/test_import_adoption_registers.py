"""An adoption register with a row per adopting site: one innovation per entry (D1302)."""

from __future__ import annotations

from pathlib import Path

import pytest

import kmcore
from kmcore.io.importer import import_file


@pytest.fixture
def kb(tmp_path: Path) -> kmcore.KnowledgeBase:
    return kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust")


HEADER = "Ref,Innovation,Description,Adopting organisation,Site,Status,Lead\n"
REGISTER = HEADER + (
    "R-1,FeNO testing,Breath test for asthma,Calder ICB,Calderbrook PCN,Live,Amira Haddad\n"
    "R-1,FeNO testing,Breath test for asthma,Calder ICB,Holme PCN,Training booked,"
    "Amira Haddad\n"
    "R-2,BP at home,Home blood pressure monitors,Calder ICB,Calderbrook PCN,BAU now,"
    "Imran Hussain\n"
    "R-1,FeNO testing,Breath test for asthma,Airedale ICP,North PCN,Live,Amira Haddad\n"
    "R-3,Mobile ECG,Handheld ECG in pharmacies,Pennine Pharmacy Group,12 pharmacies,"
    "Evaluation complete,Amira Haddad\n"
    "R-2,BP at home,Home blood pressure monitors,Wharfe PCN,Otley practices,live,"
    "Imran Hussain\n"
    "R-3,Mobile ECG,Handheld ECG in pharmacies,Pennine Pharmacy Group,12 pharmacies,"
    "Evaluation complete,Amira Haddad\n")


def _adopters(record: kmcore.Record) -> list[str]:
    adoption = record.adoption
    return [a.org.name for a in adoption.adopted_by] if adoption else []


def test_a_register_with_a_row_per_site_is_one_innovation_per_entry(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_text(REGISTER, encoding="utf-8")
    result = import_file(kb, path, "innovation")
    records = {r.title: r for r in kb.records("innovation")}
    assert set(records) == {"FeNO testing", "BP at home", "Mobile ECG"}
    # in use at several sites: spreading, its first row's entry with every site's adopter
    feno = records["FeNO testing"]
    assert feno.stage.value == "spreading"
    assert _adopters(feno) == ["Calder ICB", "Airedale ICP"]
    assert records["BP at home"].stage.value == "spreading"
    assert _adopters(records["BP at home"]) == ["Calder ICB", "Wharfe PCN"]
    # at one site, its own adopter is where it is in use, not "other organisations"
    assert records["Mobile ECG"].stage.value == "evaluated"
    why = {p.row: (p.severity, p.reason) for p in result.problems}
    for row, first in ((3, 2), (5, 2), (7, 4)):
        assert why[row][0] == "merged"
        assert why[row][1].startswith("another adopting site of") and f"(row {first}," in (
            why[row][1])
    # the same site typed twice is still a duplicate, not another site
    assert why[8][0] == "error" and "repeats row 6" in why[8][1]
    assert result.merged == 3


def test_a_log_whose_adopters_column_names_other_organisations_still_spreads(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    # no entry repeated on another site's row: the adopters column names other
    # organisations taking a live innovation up, as before (spreading)
    path = tmp_path / "log.csv"
    path.write_text(HEADER + "R-9,Discharge app,Discharge checklist app,Northbrook Trust,,"
                    "Live,Amira Haddad\n", encoding="utf-8")
    import_file(kb, path, "innovation")
    [record] = kb.records("innovation")
    assert record.stage.value == "spreading"


def test_a_register_imported_again_changes_nothing_and_a_new_site_reaches_the_entry(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_text(REGISTER, encoding="utf-8")
    import_file(kb, path, "innovation")
    again = import_file(kb, path, "innovation")
    assert again.counts["create"] == 0 and again.counts["update"] == 0
    # a site added below: the entry's first row is unchanged, but the entry has a new site
    path.write_text(REGISTER + "R-3,Mobile ECG,Handheld ECG in pharmacies,Dales Pharmacy,"
                    "Skipton,Live,Amira Haddad\n", encoding="utf-8")
    import_file(kb, path, "innovation")
    ecg = next(r for r in kb.records("innovation") if r.title == "Mobile ECG")
    assert _adopters(ecg) == ["Pennine Pharmacy Group", "Dales Pharmacy"]
    assert ecg.stage.value == "spreading"

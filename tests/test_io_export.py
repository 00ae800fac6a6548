"""``kmcore export``: CSV, Excel and JSON-LD that import back unchanged; no formula injection."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

import kmcore
from clihelp import run_cli
from kmcore import codec
from kmcore.demo.sample import sample_records
from kmcore.errors import KmcoreError
from kmcore.io.export import export_records, safe_cell
from kmcore.io.importer import import_file
from kmcore.records.lesson import Lesson
from kmcore.records.vocab import LessonPolarity

_MANAGED = ("revision", "created_at", "updated_at", "provenance")


def _content(kb: kmcore.KnowledgeBase, record_type: str) -> dict[str, dict[str, object]]:
    out = {}
    for record in kb.records(record_type):
        data = codec.to_dict(record)
        for key in _MANAGED:
            data.pop(key, None)
        out[record.id] = data
    return out


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> kmcore.KnowledgeBase:
    kb = kmcore.init(tmp_path_factory.mktemp("sample") / "kb", name="Sample",
                     organisation="Northgate and Riverside NHS Foundation Trust", ods_code="R9X")
    for record in sample_records():
        kb.add(record)
    return kb


def _fresh(tmp_path: Path, name: str) -> kmcore.KnowledgeBase:
    return kmcore.init(tmp_path / name, name="Copy",
                       organisation="Northgate and Riverside NHS Foundation Trust",
                       ods_code="R9X")


ORDER = ("person", "innovation", "lesson", "capture_record", "story")


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "jsonld"])
def test_the_sample_round_trips_through_export_and_import(
        sample: kmcore.KnowledgeBase, tmp_path: Path, fmt: str) -> None:
    copy = _fresh(tmp_path, "copy")
    for record_type in ORDER:  # people first, so references resolve
        if fmt == "csv":
            path = tmp_path / f"{record_type}.csv"
            export_records(sample, path, "csv", record_types=[record_type])
            result = import_file(copy, path, record_type, strict=True)
        elif fmt == "xlsx":
            path = tmp_path / "all.xlsx"
            if not path.exists():
                export_records(sample, path, "xlsx")
            result = import_file(copy, path, record_type, sheet=record_type, strict=True)
        else:
            path = tmp_path / "all.jsonld"
            if not path.exists():
                export_records(sample, path, "jsonld")
            result = import_file(copy, path, record_type, strict=True)
        assert result.applied and not result.problems, [p.text() for p in result.problems]
        assert result.people_created == []
        assert _content(copy, record_type) == _content(sample, record_type), record_type


def test_jsonld_describes_records_with_schema_org_and_dublin_core(
        sample: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "kb.jsonld"
    counts = export_records(sample, path, "jsonld", record_types=["innovation", "person"])
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["@context"]["@vocab"] == "https://schema.org/"
    assert doc["@context"]["dcterms"] == "http://purl.org/dc/terms/"
    assert len(doc["@graph"]) == counts["innovation"] + counts["person"]
    innovation = next(n for n in doc["@graph"] if n["additionalType"] == "kmcore:innovation")
    assert innovation["@type"] == "CreativeWork"
    assert innovation["@id"] == f"urn:kmcore:innovation:{innovation['identifier']}"
    assert innovation["creativeWorkStatus"] == innovation["kmcore:record"]["stage"]
    assert innovation["author"]["@id"].startswith("urn:kmcore:person:")
    assert innovation["dcterms:accessRights"] == innovation["kmcore:record"]["visibility"]
    assert innovation["sourceOrganization"]["identifier"] == {
        "@type": "PropertyValue", "propertyID": "ODS", "value": "R9X"}
    person = next(n for n in doc["@graph"] if n["@type"] == "Person" and "knowsAbout" in n)
    assert all(term["@type"] == "DefinedTerm" for term in person["knowsAbout"])


def test_cells_that_excel_would_run_as_formulas_are_written_as_text(
        tmp_path: Path) -> None:
    kb = _fresh(tmp_path, "kb")
    risky = "=HYPERLINK(\"http://evil.example\",\"click\")"
    kb.add(Lesson(id="lesson-risky", title=risky, statement="+1 fell; -2 improved",
                  recommendation="@everyone read this", polarity=LessonPolarity.IMPROVE))
    csv_path = tmp_path / "lessons.csv"
    export_records(kb, csv_path, "csv", record_types=["lesson"])
    with csv_path.open(encoding="utf-8-sig") as fh:
        row = next(csv.DictReader(fh))
    assert row["title"] == "'" + risky and row["recommendation"] == "'@everyone read this"
    xlsx_path = tmp_path / "lessons.xlsx"
    export_records(kb, xlsx_path, "xlsx", record_types=["lesson"])
    sheet = openpyxl.load_workbook(xlsx_path)["lesson"]
    cells = {c.value: c.data_type for c in sheet[2] if c.value}
    assert cells["'" + risky] == "s"  # a string cell, not a formula
    assert all(kind == "s" for kind in cells.values())
    copy = _fresh(tmp_path, "copy")
    import_file(copy, csv_path, "lesson", strict=True)
    back = copy.get("lesson-risky")
    assert back.title == risky and back.recommendation == "@everyone read this"
    assert safe_cell("plain") == "plain"


def test_csv_needs_one_type_and_a_failed_export_leaves_no_file(
        sample: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    with pytest.raises(KmcoreError, match="a CSV file holds one record type"):
        export_records(sample, tmp_path / "x.csv", "csv")
    assert not (tmp_path / "x.csv").exists()
    target = tmp_path / "kept.csv"
    target.write_text("the old export\n", encoding="utf-8")

    def broken():  # type: ignore[no-untyped-def]
        yield next(iter(sample.records("lesson")))
        raise OSError(28, "No space left on device")

    with pytest.raises(KmcoreError, match="cannot be written"):
        export_records(sample, target, "csv", record_types=["lesson"], records=broken())
    assert target.read_text(encoding="utf-8") == "the old export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["kept.csv"]


def test_cli_export(sample: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    out = tmp_path / "published.csv"
    run = run_cli(["--kb", str(sample.root), "export", "--format", "csv", "--type",
                   "innovation", "--status", "published", "-o", str(out)])
    assert run.code == 0, run
    published = [r for r in sample.records("innovation") if r.status == "published"]
    assert run.out.strip() == (f"Exported {len(published)} records ({len(published)} "
                               f"innovation) to {out}.")
    with out.open(encoding="utf-8-sig") as fh:
        assert {row["id"] for row in csv.DictReader(fh)} == {r.id for r in published}

"""``kmcore import``: a messy librarian's log in, every bad row reported, re-import idempotent."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import attrs
import pytest

import kmcore
from clihelp import run_cli
from kmcore.errors import KmcoreError
from kmcore.io.columns import columns_for
from kmcore.io.importer import Importer, derived_id, import_file
from kmcore.io.mapping import guess_mapping, load_mapping, save_mapping
from kmcore.records.innovation import Innovation
from kmcore.records.person import Person

LOG = Path(__file__).parent / "data" / "innovations-log.xlsx"


@pytest.fixture
def kb(tmp_path: Path) -> kmcore.KnowledgeBase:
    kb = kmcore.init(tmp_path / "kb", name="KB", organisation="Northgate Trust", ods_code="R9X")
    kb.add(Person(id="person-amara-okafor", display_name="Amara Okafor"))
    kb.add(Person(id="person-ben-hughes", display_name="Ben Hughes",
                  work_email="ben.hughes@example.nhs.uk"))
    return kb


def _problems(result: object) -> set[tuple[int, str | None, str]]:
    return {(p.row, p.column, p.severity) for p in result.problems}  # type: ignore[attr-defined]


def test_messy_log_reports_bad_rows_precisely_and_imports_the_rest(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    report = tmp_path / "report.csv"
    result = import_file(kb, LOG, "innovation", report=report)
    assert result.applied
    assert result.rows == 9  # blank rows are not rows
    assert _problems(result) == {
        (11, "Project title", "error"),  # no title
        (12, "Go-live date", "warning"),  # 31/02/2024: left out, the row kept (D860)
        (13, "What was done", "warning"),  # an NHS number: imported, flagged
        (15, None, "error"),             # INN-001 pasted twice
    }
    by_row = {p.row: p for p in result.problems}
    # The log's own words for its stages are matched, and the preview says how.
    stages = {word: (vc.choice.value, vc.choice.method, vc.count)
              for word, vc in result.values["stage"].items()}
    assert stages["Implemted"] == ("implemented", "similar spelling", 1)
    assert stages["In use"] == ("implemented", "librarians' word", 1)
    assert by_row[11].reason == "is required but empty in this row"
    assert "31/02/2024" in by_row[12].reason
    assert "repeats row 6" in by_row[15].reason
    assert "943" not in by_row[13].reason + by_row[13].value  # never the identifier itself
    assert result.counts == {"create": 7, "update": 0, "unchanged": 0}
    innovations = {i.title: i for i in kb.records("innovation")}
    assert set(innovations) >= {"Hydration trolley rounds", "Virtual fracture clinic",
                                "Sepsis screening prompt", "Pressure ulcer photo app"}
    hydration = innovations["Hydration trolley rounds"]
    assert hydration.lead == "person-amara-okafor"  # "Dr Amara Okafor", title dropped
    assert hydration.implemented_on.isoformat() == "2024-04-03"  # an Excel date
    assert hydration.keywords == ("hydration", "nutrition")
    assert hydration.provenance.source == "import"
    assert hydration.provenance.source_ref == "innovations-log.xlsx sheet Log row 6"
    fracture = innovations["Virtual fracture clinic"]
    assert fracture.lead == "person-ben-hughes"  # found by the e-mail column
    assert fracture.stage == "testing"
    assert fracture.keywords == ("fracture", "virtual clinics")
    sepsis = innovations["Sepsis screening prompt"]
    assert sepsis.id == derived_id("inn", "innovation", "7")  # a number typed as the ref
    people = {p.display_name for p in kb.records("person")}
    assert "Chris Patel" in people  # a new lead became a person record
    assert derived_id("person", "person", "chris patel") in result.people_created
    assert "Sam Jones" in people and "Priya Shah" in people  # their stage words now match
    with report.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert [(int(r["row"]), r["column"]) for r in rows] == [
        (11, "Project title"), (12, "Go-live date"), (13, "What was done"), (15, "")]


def test_reimporting_the_same_file_changes_nothing(kb: kmcore.KnowledgeBase) -> None:
    import_file(kb, LOG, "innovation")
    before = {r.id: (r.revision, r.updated_at) for r in kb.records()}
    again = import_file(kb, LOG, "innovation")
    assert again.counts == {"create": 0, "update": 0, "unchanged": 7}
    assert again.people_created == []
    assert {r.id: (r.revision, r.updated_at) for r in kb.records()} == before


def test_a_changed_row_updates_its_record_and_keeps_fields_the_file_lacks(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_text("Ref,Title,Lead,Stage,Problem,Description\n"
                    "A1,Bedside tablets,Amara Okafor,idea,Boredom,Tablets\n", encoding="utf-8")
    import_file(kb, path, "innovation")
    [record] = kb.records("innovation")
    kb.update(attrs.evolve(record, summary="Edited in kmcore"))
    path.write_text("Ref,Title,Lead,Stage,Problem,Description\n"
                    "A1,Bedside tablets,Amara Okafor,testing,Boredom,Tablets\n",
                    encoding="utf-8")
    result = import_file(kb, path, "innovation")
    assert result.counts == {"create": 0, "update": 1, "unchanged": 0}
    [record] = kb.records("innovation")
    assert record.stage == "testing" and record.summary == "Edited in kmcore"


def test_strict_imports_nothing_when_any_row_fails(kb: kmcore.KnowledgeBase) -> None:
    result = import_file(kb, LOG, "innovation", strict=True)
    assert not result.applied and result.valid == 0
    assert kb.count("innovation") == 0
    assert {p.display_name for p in kb.records("person")} == {"Amara Okafor", "Ben Hughes"}
    assert "nothing was imported (--strict)" in result.summary()


def test_dry_run_saves_nothing(kb: kmcore.KnowledgeBase) -> None:
    result = import_file(kb, LOG, "innovation", dry_run=True)
    assert result.counts["create"] == 7 and not result.applied
    assert kb.count("innovation") == 0 and kb.count("person") == 2


def test_windows_1252_and_bom_csvs_read_alike(kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    text = ("Title,Lead,Stage,Problem,Description,Start date\n"
            "Café rounds,Amara Okafor,idea,Costs £1,200 a month,“Smart” quotes,01/02/2024\n")
    latin = tmp_path / "latin.csv"
    latin.write_bytes(text.replace(",Costs £1,200", ',"Costs £1,200"').encode("cp1252"))
    bom = tmp_path / "bom.csv"
    bom.write_bytes(text.replace(",Costs £1,200", ',"Costs £1,200"').encode("utf-8-sig"))
    first = import_file(kb, latin, "innovation", dry_run=True)
    second = import_file(kb, bom, "innovation", dry_run=True)
    assert first.problems == second.problems == []
    assert first.preview[0]["title"] == second.preview[0]["title"] == "Café rounds"
    assert first.preview[0]["problem"] == "Costs £1,200 a month"
    assert first.preview[0]["description"] == "“Smart” quotes"
    assert first.preview[0]["started_on"] == "2024-02-01"  # day first, as in the UK
    assert first.notes == ["read as Windows-1252 text (the file is not UTF-8)"]


def test_guessed_mapping_can_be_saved_edited_and_reused(kb: kmcore.KnowledgeBase,
                                                         tmp_path: Path) -> None:
    importer = Importer(kb, LOG, "innovation")
    mapping = importer.open()
    assert {cm.header: cm.field for cm in mapping.columns} == {
        "Ref": "key", "Project title": "title", "Lead Name": "lead", "Lead Email": "lead",
        "Dept/ward": "department", "Status": "stage", "The problem": "problem",
        "What was done": "description", "Go-live date": "implemented_on", "Tags": "keywords",
        "Notes": ""}
    path = save_mapping(mapping, tmp_path / "log.toml")
    path.write_text(path.read_text(encoding="utf-8").replace('"Notes" = ""',
                                                             '"Notes" = "summary"'),
                    encoding="utf-8")
    columns = columns_for(Innovation)
    reread = load_mapping(path, "innovation", [cm.header for cm in mapping.columns], columns)
    assert reread.field_for("Notes") == "summary"
    result = import_file(kb, LOG, "innovation", mapping=path, dry_run=True)
    assert result.preview[0]["summary"] == "Great feedback"


def test_mapping_file_with_a_wrong_field_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('type = "innovation"\n[columns]\n"Ref" = "titel"\n', encoding="utf-8")
    with pytest.raises(KmcoreError, match="column 'Ref': innovation records have no field "
                       "'titel'; did you mean 'title'"):
        load_mapping(path, "innovation", ["Ref"], columns_for(Innovation))


def test_header_guessing_tries_field_names_synonyms_then_spellings() -> None:
    mapping = guess_mapping("innovation", ["Decription", "Innovator", "stage", "Favourite"],
                            columns_for(Innovation))
    assert [(cm.field, cm.method) for cm in mapping.columns] == [
        ("description", "similar spelling"), ("lead", "synonym"), ("stage", "field name"),
        ("", "")]


def test_unknown_people_can_be_refused_instead_of_created(kb: kmcore.KnowledgeBase) -> None:
    result = import_file(kb, LOG, "innovation", create_people=False, dry_run=True)
    by_row = {p.row: p for p in result.problems}
    assert "nobody called 'Chris Patel' is in the knowledge base" in by_row[13].reason
    assert "--create-people" in by_row[13].reason


def test_cli_import_dry_run_then_import(kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    root = str(kb.root)
    kb.close()
    report = tmp_path / "r.csv"
    run = run_cli(["--kb", root, "import", str(LOG), "--type", "innovation", "--dry-run",
                   "--report", str(report)])
    assert run.code == 3, run
    assert "Lead Email" in run.out and "high: librarian's word" in run.out
    assert "row 12, column 'Go-live date'" in run.out
    assert "This was a dry run: nothing was saved." in run.out
    assert f"Every problem is in {report}" in run.out
    run = run_cli(["--kb", root, "import", str(LOG), "--type", "innovation", "--yes",
                   "--json"])
    assert run.code == 3, run
    data = json.loads(run.out)
    assert data["applied"] and data["counts"]["create"] == 7
    assert data["error_rows"] == 2 and data["warnings"] == 2


def test_cli_import_refuses_an_unknown_column_in_map(kb: kmcore.KnowledgeBase) -> None:
    root = str(kb.root)
    kb.close()
    run = run_cli(["--kb", root, "import", str(LOG), "--type", "innovation", "--map",
                   "Colour=title"])
    assert run.code == 1
    assert "the file has no column 'Colour'" in run.err


def test_an_interrupted_import_finishes_when_run_again(kb: kmcore.KnowledgeBase,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from kmcore.io import importer as module

    calls = {"n": 0}
    real_put_many = kb.store.put_many  # type: ignore[attr-defined]

    def failing_put_many(records: list[kmcore.Record], **kw: object) -> object:
        # the store's own write, on the import's writer thread (D1030)
        records = list(records)
        if records[0].record_type == "innovation":
            calls["n"] += 1
            if calls["n"] == 2:
                raise OSError("the network drive went away")
        return real_put_many(records, **kw)

    monkeypatch.setattr(module, "BATCH", 2)  # new people, then four batches of innovations
    monkeypatch.setattr(kb.store, "put_many", failing_put_many)
    with pytest.raises(OSError, match="the network drive went away"):
        import_file(kb, LOG, "innovation")
    assert module.interrupted_import(kb) is not None
    assert kb.count("innovation") == 2
    monkeypatch.setattr(kb.store, "put_many", real_put_many)
    result = import_file(kb, LOG, "innovation")
    assert result.applied and module.interrupted_import(kb) is None
    assert kb.count("innovation") == 7
    assert result.counts == {"create": 5, "update": 0, "unchanged": 2}


def test_reimport_recognises_unchanged_rows_from_the_ledger_and_checks_edited_ones(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    from kmcore.io import importer as module

    path = tmp_path / "log.csv"
    path.write_text("Ref,Title,Lead,Stage,Problem,Description\n"
                    "A1,Bedside tablets,Amara Okafor,Pilot,Boredom,Tablets\n"
                    "A2,Night huddles,Amara Okafor,BAU,Handover gaps,Huddles\n", encoding="utf-8")
    import_file(kb, path, "innovation")
    ledgers = list((Path(kb.root) / ".kmcore" / "import-ledger").iterdir())
    assert len(ledgers) == 1
    calls = {"n": 0}
    real_row = module.Importer._row

    def counting_row(self: object, *args: object) -> object:
        calls["n"] += 1
        return real_row(self, *args)  # type: ignore[arg-type]

    module.Importer._row = counting_row  # type: ignore[method-assign]
    try:
        again = import_file(kb, path, "innovation")
        assert again.counts == {"create": 0, "update": 0, "unchanged": 2}
        assert calls["n"] == 0  # both rows recognised without being converted again
        # The value words are still counted for the preview.
        assert again.values["stage"]["Pilot"].choice.value == "testing"
        # A record edited in kmcore since is checked the long way (and keeps the edit).
        record = kb.get(derived_id("inn", "innovation", "A1"))
        kb.update(attrs.evolve(record, summary="Edited in kmcore"))
        third = import_file(kb, path, "innovation")
        assert calls["n"] == 1 and third.counts["unchanged"] == 2
        assert kb.get(record.id).summary == "Edited in kmcore"
    finally:
        module.Importer._row = real_row  # type: ignore[method-assign]
    # A dry run writes no ledger (and no report).
    dry_kb = kmcore.init(tmp_path / "dry", name="D", organisation="D")
    import_file(dry_kb, path, "innovation", dry_run=True)
    assert not (Path(dry_kb.root) / ".kmcore" / "import-ledger").exists()


def test_staff_list_expertise_and_willing_to_make_profiles_found_by_experts(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "staff.csv"
    path.write_text(
        "Name,Job title,Team,E-mail address,Areas of expertise,Happy to...\n"
        'Dr Amara Okafor,Consultant geriatrician,Elderly care,amara.okafor@nhs.net,'
        '"Falls prevention; delirium, frailty",Mentor junior doctors and give talks\n'
        'Cara Lim,Librarian,Library,cara.lim@nhs.net,"Literature searching\nNICE guidance",'
        '"Yes - happy to chair a knitting circle"\n', encoding="utf-8")
    result = import_file(kb, path, "person")
    assert result.counts == {"create": 1, "update": 1, "unchanged": 0}  # Amara matched by name
    amara = kb.get("person-amara-okafor")
    assert amara.work_email == "amara.okafor@nhs.net"  # and given the e-mail
    assert [c.concept.label for c in amara.profile.expertise] == [
        "Falls prevention", "delirium", "frailty"]
    assert sorted(map(str, amara.profile.willing_to)) == ["mentor", "speak"]
    [cara] = [p for p in kb.records("person") if p.display_name == "Cara Lim"]
    assert [c.concept.label for c in cara.profile.expertise] == [
        "Literature searching", "NICE guidance"]
    assert "chair a knitting circle" in cara.profile.overview  # kept in her own words
    assert [e.name for e in kb.experts("falls prevention")] == ["Amara Okafor"]


def test_the_logs_reference_is_a_field_shown_searched_and_exported(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    from kmcore.io.export import export_records

    import_file(kb, LOG, "innovation")
    record = kb.get(derived_id("inn", "innovation", "INN-001"))
    assert record.id.startswith("inn-001-") and record.reference == "INN-001"
    assert [h.id for h in kb.search("INN-001").hits][:1] == [record.id]
    out = tmp_path / "out.csv"
    export_records(kb, out, "csv", record_types=["innovation"])
    with out.open(encoding="utf-8-sig") as fh:
        rows = {r["id"]: r for r in csv.DictReader(fh)}
    assert rows[record.id]["reference"] == "INN-001"


def test_cli_map_value_default_and_the_saved_mapping(kb: kmcore.KnowledgeBase,
                                                     tmp_path: Path) -> None:
    root = str(kb.root)
    kb.close()
    path = tmp_path / "log.csv"
    path.write_text("Ref,Title,Lead,Status,Problem,Description\n"
                    "A1,Tablets,Amara Okafor,Blue sky thinking,Boredom,Tablets\n"
                    "A2,Huddles,Amara Okafor,Blue sky thinking,Gaps,Huddles\n"
                    "A3,Jugs,Amara Okafor,On hold,Thirst,Jugs\n", encoding="utf-8")
    dry = run_cli(["--kb", root, "import", str(path), "--type", "innovation", "--dry-run"])
    # A stage no value was found for leaves the rows to come in flagged for a librarian to
    # choose it (a warning, not a refusal); --strict refuses them.
    assert dry.code == 0 and "2 need completing" in dry.out
    assert run_cli(["--kb", root, "import", str(path), "--type", "innovation", "--dry-run",
                    "--strict"]).code == 3
    # The unknown word is listed once, with its count, not once per row.
    assert dry.out.count("'Blue sky thinking' in 2 rows (first row 2)") == 1
    # the word whole and quoted, as it is pasted into --map-value (D1414)
    assert any(line.startswith('"Blue sky thinking"') and line.split()[3:5] == ["-", "2"]
               and "UNKNOWN" in line for line in dry.out.splitlines()), dry.out
    assert not (Path(root) / "import-reports").exists()  # a dry run writes nothing
    saved = tmp_path / "m.toml"
    run = run_cli(["--kb", root, "import", str(path), "--type", "innovation", "--yes",
                   "--map-value", 'stage:"Blue sky thinking"=idea', "--default",
                   "setting=acute", "--save-mapping", str(saved)])
    assert run.code == 0, run
    text = saved.read_text(encoding="utf-8")
    assert '"Blue sky thinking" = "idea"  # 2 rows' in text
    assert '"On hold" = "paused"' in text and '"setting" = "acute"' in text
    with kmcore.open(root) as again:
        assert {str(r.stage) for r in again.records("innovation")} == {"idea", "paused"}
        assert {str(r.setting) for r in again.records("innovation")} == {"acute"}
    # The saved mapping carries the value words and the default to the next import.
    rerun = run_cli(["--kb", root, "import", str(path), "--type", "innovation", "--yes",
                     "--mapping", str(saved)])
    assert rerun.code == 0 and "3 unchanged" in rerun.out
    bad = run_cli(["--kb", root, "import", str(path), "--type", "innovation", "--map-value",
                   'stage:"On hold"=frozen'])
    assert bad.code == 1 and "'frozen' is not one of" in bad.err

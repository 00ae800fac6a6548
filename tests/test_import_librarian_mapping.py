"""What a librarian types in the preview (``--map``, ``--map-value``) and what she gets: the
gaps helpers playing librarians on blind corpora found on the mapping side (issue 15, D1410-
D1419). Every wording here is invented for the family it stands for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import kmcore
from clihelp import run_cli
from kmcore.errors import KmcoreError
from kmcore.io.importer import Importer

LOG = ("Ref,Project title,What we did,Status,Lead,Outcome,Impact\n"
       "R1,Falls huddle,Daily huddle on ward 4,In use,Amara Okafor,Falls down 20%,"
       "Beds freed\n"
       "R2,Discharge lounge,Discharges moved to a lounge,In use,Carl Dee,Beds freed earlier,\n")


@pytest.fixture
def kb(tmp_path: Path) -> kmcore.KnowledgeBase:
    return kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust")


def _write(tmp_path: Path, text: str, name: str = "log.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _checked(kb: kmcore.KnowledgeBase, path: Path, overrides: dict[str, str],
             record_type: str = "innovation") -> tuple[list[dict[str, Any]], list[str]]:
    importer = Importer(kb, path, record_type, overrides=overrides)
    importer.open()
    result = importer.prepare(report=None, save=False)
    importer.discard()
    return list(result.preview), [p.text() for p in result.problems]


# --- 1. a column mapped to a part of a list or an object ------------------------------------

def test_an_outcome_column_is_each_rows_outcome_measured_by_its_header(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = _write(tmp_path, LOG)
    for told in ("outcomes.result", "outcomes"):
        records, problems = _checked(kb, path, {"Outcome": told, "Impact": ""})
        assert problems == [], (told, problems)
        assert records[0]["outcomes"] == [{"measure": "Outcome", "result": "Falls down 20%"}]
        assert records[1]["outcomes"] == [{"measure": "Outcome",
                                           "result": "Beds freed earlier"}]


def test_two_outcome_columns_are_two_outcomes_and_a_measure_column_names_its_result(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = _write(tmp_path, "Title,Description,Stage,Measure,Result,Impact,Poster\n"
                            "A,Desc,idea,Falls a month,20% fewer,Beds freed,http://x/p.pdf\n")
    records, problems = _checked(kb, path, {
        "Measure": "outcomes.measure", "Result": "outcomes.result",
        "Impact": "outcomes.result", "Poster": "attachments.url"})
    assert problems == []
    assert records[0]["outcomes"] == [{"measure": "Falls a month", "result": "20% fewer"},
                                      {"measure": "Impact", "result": "Beds freed"}]
    assert records[0]["attachments"] == [{"title": "Poster", "url": "http://x/p.pdf"}]


def test_a_plain_cell_for_a_whole_object_fills_its_main_part(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = _write(tmp_path, "Title,Description,Stage,Evaluation,Champion\n"
                            "A,Desc,idea,Audit of 40 falls,Great for patients\n")
    records, problems = _checked(kb, path, {"Evaluation": "evaluation",
                                            "Champion": "champion_statement"})
    assert problems == []
    assert records[0]["evaluation"] == {"summary": "Audit of 40 falls"}
    assert records[0]["champion_statement"] == {"text": "Great for patients"}


def test_a_plain_cell_for_an_object_without_a_main_part_is_refused_once(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = _write(tmp_path, LOG)
    run_cli(["init", str(tmp_path / "kb2"), "--name", "T", "--organisation", "T"])
    run = run_cli(["--kb", str(tmp_path / "kb2"), "import", str(path), "--type",
                   "innovation", "--dry-run", "--map", "Outcome=costs"])
    assert run.code == 1
    assert "'costs' holds several parts" in run.err and "costs.setup_gbp" in run.err
    assert "row 2" not in run.out + run.err


def test_the_preview_says_what_an_outcome_column_makes(tmp_path: Path) -> None:
    path = _write(tmp_path, LOG)
    run_cli(["init", str(tmp_path / "kb"), "--name", "T", "--organisation", "T"])
    run = run_cli(["--kb", str(tmp_path / "kb"), "import", str(path), "--type", "innovation",
                   "--dry-run", "--map", "Outcome=outcomes.result", "--map", "Impact="])
    assert run.code == 0, run.out + run.err
    line = next(x for x in run.out.splitlines() if x.startswith("Outcome "))
    assert "measure 'Outcome', result from the cell" in line
    assert "must be a list" not in run.out


# --- 3 and 5. a person's name and e-mail columns: replaced, and in an order of preference --

PEOPLE_LOG = ("Ref,Title,Description,Stage,Lead,Owner,Email,Alt email\n"
              "R1,Falls huddle,Daily huddle,idea,Amara Okafor,Ben Jones,ben.jones@t.nhs.uk,\n"
              "R2,Discharge lounge,A lounge,idea,Carl Dee,Dana Fox,,dana.fox@t.nhs.uk\n"
              "R3,Quiet hour,Lights down,idea,Eve Hall,Fay Gill,fay.gill@t.nhs.uk,"
              "fay.team@t.nhs.uk\n")


@pytest.mark.parametrize("told", ["lead", "lead.name"])
def test_a_name_column_told_for_the_lead_replaces_the_guessed_one(
        kb: kmcore.KnowledgeBase, tmp_path: Path, told: str) -> None:
    path = _write(tmp_path, PEOPLE_LOG)
    mapping = Importer(kb, path, "innovation", overrides={"Owner": told}).open()
    fields = {cm.header: (cm.field, cm.method, cm.detail) for cm in mapping.columns}
    assert fields["Lead"] == ("", "replaced", "Owner")
    assert fields["Owner"][:2] == ("lead", "told")
    # the e-mail column the preview guessed for the lead still names the same person
    assert fields["Email"][0] == "lead"
    records, problems = _checked(kb, path, {"Owner": told})
    assert problems == [], problems
    assert len({r["lead"] for r in records}) == 3
    assert not any(r.get("team") for r in records), "the guessed name became a co-lead"


def test_a_second_email_column_fills_only_where_the_first_is_empty(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = _write(tmp_path, PEOPLE_LOG)
    told = {"Owner": "lead.name", "Email": "lead.email", "Alt email": "lead.email"}
    mapping = Importer(kb, path, "innovation", overrides=told).open()
    assert mapping.prefer == {"lead.email": ["Email", "Alt email"]}
    importer = Importer(kb, path, "innovation", overrides=told)
    importer.open()
    importer.prepare()
    importer.apply()
    people = {p.display_name: str(p.work_email) for p in kb.records("person")}
    assert people["Ben Jones"] == "ben.jones@t.nhs.uk"
    assert people["Dana Fox"] == "dana.fox@t.nhs.uk"
    assert people["Fay Gill"] == "fay.gill@t.nhs.uk"  # the first, though both are filled
    # the order given is the order of preference, whatever the file's order
    told = {"Owner": "lead.name", "Alt email": "lead.email", "Email": "lead.email"}
    assert Importer(kb, path, "innovation", overrides=told).open().prefer == {
        "lead.email": ["Alt email", "Email"]}


def test_the_preview_says_what_was_replaced_and_what_falls_back(tmp_path: Path) -> None:
    path = _write(tmp_path, PEOPLE_LOG)
    run_cli(["init", str(tmp_path / "kb"), "--name", "T", "--organisation", "T"])
    run = run_cli(["--kb", str(tmp_path / "kb"), "import", str(path), "--type", "innovation",
                   "--dry-run", "--map", "Owner=lead.name", "--map", "Email=lead.email",
                   "--map", "Alt email=lead.email"])
    assert run.code == 0, run.out + run.err
    lines = {x.split()[0] + (" " + x.split()[1] if x.startswith("Alt") else ""): x
             for x in run.out.splitlines() if x.strip()}
    assert "replaced by --map 'Owner'" in lines["Lead"]
    assert "lead.name" in lines["Owner"] and "lead.email" in lines["Email"]
    assert "read where 'Email' is empty" in lines["Alt email"]


# --- 2. the words offered for --map-value are shown whole, quoted to paste --------------------

LONG = "Paused while the ward is being refurbished over the winter months"


def test_the_values_table_shows_long_words_whole_and_quoted_on_a_narrow_terminal(
        tmp_path: Path) -> None:
    path = _write(tmp_path, "Title,Description,Status\n"
                            f"Falls huddle,Daily huddle,{LONG}\n"
                            "Quiet hour,Lights down,Where we're at: blue-sky\n"
                            "Tea round,Drinks,In use\n")
    run_cli(["init", str(tmp_path / "kb"), "--name", "T", "--organisation", "T"])
    run = run_cli(["--kb", str(tmp_path / "kb"), "import", str(path), "--type", "innovation",
                   "--dry-run"], env={"COLUMNS": "60"})
    assert run.code == 0, run.out + run.err
    assert f'"{LONG}"' in run.out, run.out
    assert "implemented" in run.out.split("Values of stage:")[1]
    # an unknown word is offered as an argument to paste, quoted for the shell
    assert "--map-value 'stage:\"Where we'\"'\"'re at: blue-sky\"=VALUE'" in run.out, run.out
    # and pasting it maps the word
    told = run_cli(["--kb", str(tmp_path / "kb"), "import", str(path), "--type",
                    "innovation", "--dry-run", "--map-value",
                    "stage:\"Where we're at: blue-sky\"=idea", "--map-value",
                    f'stage:"{LONG}"=paused'], env={"COLUMNS": "60"})
    assert told.code == 0 and "UNKNOWN" not in told.out, told.out


# --- 4. a column without a heading is shown and mapped by its letter --------------------------

def test_a_filled_column_without_a_heading_is_shown_and_mapped_by_its_letter(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    csv_path = _write(tmp_path, "Title,Description,Stage,\n"
                                "Falls huddle,Daily huddle,idea,\n"
                                "Quiet hour,Lights down,idea,Started on Ward 7\n")
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["Title", "Description", "Stage"],
                ["Falls huddle", "Daily huddle", "idea", None, "Ask Ben"],
                ["Quiet hour", "Lights down", "idea", None, "Started on Ward 7"]):
        sheet.append(row)
    xlsx_path = tmp_path / "log.xlsx"
    book.save(xlsx_path)
    for path, letter in ((csv_path, "D"), (xlsx_path, "E")):
        header = f"column {letter} (no heading)"
        guessed = Importer(kb, path, "innovation").open()
        assert header in [cm.header for cm in guessed.columns], path
        for told in (letter, f"column {letter}", header):
            records, problems = _checked(kb, path, {told: "summary"})
            assert problems == [], problems
            assert records[1]["summary"] == "Started on Ward 7", (path, told)


def test_the_preview_offers_the_letter_of_a_column_without_a_heading(tmp_path: Path) -> None:
    path = _write(tmp_path, "Title,Description,Stage,\nFalls huddle,Daily huddle,idea,Ask Ben\n")
    run_cli(["init", str(tmp_path / "kb"), "--name", "T", "--organisation", "T"])
    run = run_cli(["--kb", str(tmp_path / "kb"), "import", str(path), "--type", "innovation",
                   "--dry-run"])
    assert "column D (no heading)" in run.out and "--map 'D=FIELD'" in run.out, run.out


def test_the_saved_mapping_keeps_the_email_columns_and_their_order(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    from kmcore.io.mapping import save_mapping

    path = _write(tmp_path, PEOPLE_LOG)
    told = {"Owner": "lead.name", "Alt email": "lead.email", "Email": "lead.email"}
    saved = save_mapping(Importer(kb, path, "innovation", overrides=told).open(),
                         tmp_path / "log.toml")
    text = saved.read_text(encoding="utf-8")
    assert '"Owner" = "lead.name"' in text and '"Email" = "lead.email"' in text
    again = Importer(kb, path, "innovation", mapping=saved).open()
    assert again.prefer == {"lead.email": ["Alt email", "Email"]}
    assert again.field_for("Lead") == ""


# --- a header as a librarian types it, and shown whole to copy --------------------------------

def test_a_header_typed_with_straight_quotes_or_another_case_names_its_column(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = _write(tmp_path, "Title,Description,Outcome (panel\u2019s words)\n"
                            "Falls huddle,Daily huddle,Funded \u2013 in use\n")
    mapping = Importer(kb, path, "innovation",
                       overrides={"outcome (panel's words)": "stage"}).open()
    assert mapping.field_for("Outcome (panel\u2019s words)") == "stage"


def test_the_preview_shows_long_headers_whole_on_a_narrow_terminal(tmp_path: Path) -> None:
    header = "What is the idea in a few words (the entrant's own summary of it)"
    path = _write(tmp_path, f"Title,{header},Stage\nFalls huddle,Daily huddle,idea\n")
    run_cli(["init", str(tmp_path / "kb"), "--name", "T", "--organisation", "T"])
    run = run_cli(["--kb", str(tmp_path / "kb"), "import", str(path), "--type", "innovation",
                   "--dry-run"], env={"COLUMNS": "60"})
    assert any(line.startswith(header + " ") for line in run.out.splitlines()), run.out


def test_a_capture_logs_technique_column_is_read_not_refused(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    """The header guess maps "Technique" to ``details.technique``, the tag of the details'
    variants: it was refused as no part of ``details`` before any row was read."""
    path = _write(tmp_path, "Title,Technique,Date,Purpose,What was planned,What happened\n"
                            "Ward 4 AAR,After action review,01/02/2024,Learn from the move,"
                            "Move in a day,Took two days\n")
    records, problems = _checked(kb, path, {"What was planned": "details.intended",
                                            "What happened": "details.actual"},
                                 record_type="capture_record")
    assert problems == [], problems
    assert records[0]["details"]["technique"] == "after_action_review"


def test_parts_that_leave_out_a_part_each_item_needs_are_refused_once(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = _write(tmp_path, "Title,Description,Stage,Related record\n"
                            "A,Desc,idea,inn-b\nB,Desc,idea,inn-a\n")
    with pytest.raises(KmcoreError, match=r"'links.target', but each item of links also "
                                          r"needs 'rel'") as caught:
        Importer(kb, path, "innovation", overrides={"Related record": "links.target"}).open()
    assert "--default links.rel=VALUE" in str(caught.value.hint)
    # a --default gives the part every item needs, to each item
    path = _write(tmp_path, "Title,Description,Stage,Outcome,Impact\n"
                            "A,Desc,idea,Falls down,Beds freed\n", name="o.csv")
    importer = Importer(kb, path, "innovation", overrides={
        "Outcome": "outcomes.result", "Impact": "outcomes.result"},
        defaults={"outcomes.domain": "patient_safety"})
    importer.open()
    result = importer.prepare(report=None, save=False)
    importer.discard()
    assert [o["domain"] for o in result.preview[0]["outcomes"]] == ["patient_safety"] * 2

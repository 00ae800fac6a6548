"""Gaps a librarian met trying the documented import paths with their own files (issue 15's
second audit): each test is the file they tried, and what they were told or left with."""

from __future__ import annotations

from pathlib import Path

import pytest

import kmcore
from kmcore.io.importer import import_file


@pytest.fixture
def kb(tmp_path: Path) -> kmcore.KnowledgeBase:
    return kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust")


def test_a_default_stage_never_replaces_a_word_in_the_file(kb, tmp_path):
    """``--default stage=idea`` fills an empty Stage cell only: "Kinda on the go" stays
    flagged, named for a librarian to choose, not quietly made an idea (D1480)."""
    path = tmp_path / "log.csv"
    path.write_text("Title,Lead,Description,Stage\n"
                    "Ward clocks,Ann Bell,Clocks in every bay,Kinda on the go\n"
                    "Night huddles,Ann Bell,A huddle after each fall,\n", encoding="utf-8")
    result = import_file(kb, path, "innovation", defaults={"stage": "idea"})
    assert result.error_rows == 0, result.problems
    records = {r.title: r for r in kb.records("innovation")}
    clocks = records["Ward clocks"]
    assert clocks.stage != "idea"
    assert any("Kinda on the go" in m for m in clocks.to_complete), clocks.to_complete
    assert records["Night huddles"].stage == "idea"
    assert not [m for m in records["Night huddles"].to_complete if m.startswith("stage")]


def test_imported_stories_are_dated_by_their_date_column_and_counted(kb, tmp_path):
    """A case-study log's "Date" column is the day the story happened (``happened_on``): the
    impact report counts the story in that year and its hours saved; with all statuses, the
    note on records it could not date does not call drafts published (D1481)."""
    import datetime as dt

    from kmcore.report.figures import evidence_pack

    path = tmp_path / "stories.csv"
    path.write_text(
        "Title,Type,Date,Who asked,The challenge,What we did,How it helped,Hours saved\n"
        "Sepsis search,LKS impact case study,14/03/2022,Consultant,Needed evidence,"
        "Searched,Changed the pathway,12\n", encoding="utf-8")
    result = import_file(kb, path, "story", defaults={"status": "published"})
    assert result.error_rows == 0, result.problems
    fields = {cm.header: cm.field for cm in result.mapping.columns}
    assert fields["Date"] == "happened_on" and fields["Who asked"] == "who_asked.role", fields
    story = next(iter(kb.records("story")))
    assert story.happened_on == dt.date(2022, 3, 14)
    pack = evidence_pack(kb, dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    assert pack.records == 1
    assert dict(pack.figure("savings").rows)["Staff hours saved (stories)"] == 12
    assert dict(pack.figure("dated_by").rows) == {"the day it happened": 1}


def test_the_undated_note_calls_records_published_only_when_only_those_counted(kb, tmp_path):
    import datetime as dt

    from kmcore.report.figures import evidence_pack

    path = tmp_path / "stories.csv"
    path.write_text("Title,Type,Who asked,The challenge,What we did,How it helped\n"
                    "Sepsis search,LKS impact case study,Consultant,Needed evidence,"
                    "Searched,Changed the pathway\n", encoding="utf-8")
    import_file(kb, path, "story")  # a draft, with no date of its own
    today = dt.date.today()
    drafts = evidence_pack(kb, today.replace(month=1, day=1), today,
                           statuses=("published", "archived", "draft"))
    note = drafts.figure("dated_by").note
    assert drafts.undated == 1 and note.startswith("1 record was imported"), note


def test_the_hint_for_a_missing_who_asked_is_a_default_that_works(kb, tmp_path):
    """No "who asked" column: each row says which --default fills it, and that default
    brings the rows in; the plain ``--default who_asked=...`` is refused once, naming the
    part to give (D1482)."""
    from kmcore.errors import KmcoreError

    path = tmp_path / "stories.csv"
    path.write_text("Title,Type,The challenge,What we did,How it helped\n"
                    "Sepsis search,LKS impact case study,Needed evidence,Searched,"
                    "Changed the pathway\n", encoding="utf-8")
    refused = import_file(kb, path, "story", dry_run=True)
    reasons = [p.reason for p in refused.problems if p.field.startswith("who_asked")]
    assert reasons and "--default who_asked.role=VALUE" in reasons[0], reasons
    with pytest.raises(KmcoreError, match="holds several parts") as refused_default:
        import_file(kb, path, "story", dry_run=True, defaults={"who_asked": "Consultant"})
    assert "--default 'who_asked.role=Consultant'" in str(refused_default.value.hint)
    result = import_file(kb, path, "story", defaults={"who_asked.role": "Consultant"})
    assert result.error_rows == 0, result.problems
    assert next(iter(kb.records("story"))).who_asked.role == "Consultant"


def test_the_saved_mapping_says_what_an_undecided_word_does(kb, tmp_path):
    """The TOML's comment on ``""`` says what happens, and it does: the row comes in,
    flagged for its stage to be chosen (D1485)."""
    from kmcore.io.importer import Importer
    from kmcore.io.mapping import save_mapping

    path = tmp_path / "log.csv"
    path.write_text("Title,Lead,Description,Stage\n"
                    "Ward clocks,Ann Bell,Clocks in every bay,Kinda on the go\n",
                    encoding="utf-8")
    importer = Importer(kb, path, "innovation")
    mapping = importer.open()
    result = importer.prepare(save=False)
    found = {f: {w: (c.choice.value, c.count) for w, c in words.items()}
             for f, words in result.values.items()}
    importer.discard()
    saved = save_mapping(mapping, tmp_path / "mapping.toml", found)
    text = saved.read_text(encoding="utf-8")
    assert '"Kinda on the go" = ""' in text
    assert "left out" not in text.split("[values")[1]
    assert "the row still comes in" in text and "flagged incomplete" in text
    again = import_file(kb, path, "innovation", mapping=saved)
    assert again.error_rows == 0 and again.incomplete == 1, again.problems


def test_a_lead_sharing_a_name_with_another_e_mail_comes_in_flagged(kb, tmp_path):
    """"Ann Bell" with an e-mail other than the Ann Bell the knowledge base has: the row comes
    in, its lead a new person with the row's e-mail (never the other Ann Bell), flagged for a
    librarian and named in the report -- and still flagged when imported again (D1486)."""
    from kmcore.records.person import Person

    kb.add(Person(id="person-ann-bell", display_name="Ann Bell",
                  work_email="ann.bell@first.nhs.uk"))
    path = tmp_path / "log.csv"
    path.write_text("Title,Lead,Lead email,Description,Problem,Stage\n"
                    "Ward clocks,Ann Bell,ann.bell2@second.nhs.uk,Clocks in every bay,"
                    "Patients lose track of time,idea\n", encoding="utf-8")
    result = import_file(kb, path, "innovation", create_people=True)
    assert result.error_rows == 0, result.problems
    warned = [p.reason for p in result.problems if p.field == "lead"]
    assert warned and "sharing the name of person-ann-bell" in warned[0], result.problems
    [record] = kb.records("innovation")
    assert record.lead != "person-ann-bell"
    assert kb.get(record.lead).work_email == "ann.bell2@second.nhs.uk"
    assert any("sharing the name of person-ann-bell" in n for n in record.to_complete)
    import_file(kb, path, "innovation", create_people=True)
    [again] = kb.records("innovation")
    assert again.lead == record.lead
    assert any("sharing the name of person-ann-bell" in n for n in again.to_complete)


def test_settings_that_do_nothing_are_named(kb, tmp_path):
    """A mapping file's column the file lacks, and a --map-value word no cell holds, are
    named with the file, on the screen and in the result, not silently unused (D1487)."""
    from clihelp import run_cli

    path = tmp_path / "log.csv"
    path.write_text("Title,Lead,Description,Stage\n"
                    "Ward clocks,Ann Bell,Clocks in every bay,PDSA cycle 2\n",
                    encoding="utf-8")
    saved = tmp_path / "mapping.toml"
    saved.write_text('type = "innovation"\n[columns]\n"Project lead" = "lead"\n'
                     '"Title" = "title"\n', encoding="utf-8")
    result = import_file(kb, path, "innovation", dry_run=True, mapping=saved,
                         values={"stage": {"PDSA cycel 2": "testing",
                                           "pdsa CYCLE 2": "testing"}})
    assert result.unused == [
        "the mapping file mapping.toml names the column 'Project lead', which log.csv does "
        "not have: that line did nothing",
        "--map-value stage:'PDSA cycel 2': no stage cell of log.csv holds that word (check "
        "its spelling)"]
    root = str(kb.root)
    kb.close()
    run = run_cli(["--kb", root, "import", str(path), "--type", "innovation", "--dry-run",
                   "--mapping", str(saved), "--map-value", 'stage:"PDSA cycel 2"=testing'])
    assert "Not used: the mapping file mapping.toml names the column 'Project lead'" in run.out
    assert "Not used: --map-value stage:'PDSA cycel 2'" in run.out


def test_expert_evidence_is_dated_by_the_records_own_date_not_the_import(tmp_path):
    """Work from 2021 imported today is shown as 2021 in the experts' evidence; imported
    work with no date of its own shows no year rather than this one (D1488)."""
    import datetime as dt

    from search_sample import sample_kb

    path = tmp_path / "log.csv"
    path.write_text("Title,Lead,Description,Problem,Stage,Start date\n"
                    "Sepsis screening huddles,James Whitfield,Sepsis screening at handover,"
                    "Sepsis missed,testing,02/09/2021\n"
                    "Sepsis bundle posters,James Whitfield,Sepsis bundle posters in bays,"
                    "Sepsis bundle forgotten,testing,\n", encoding="utf-8")
    with sample_kb(tmp_path / "kb") as kb:
        result = import_file(kb, path, "innovation", status="published")
        assert result.error_rows == 0, result.problems
        [james] = [e for e in kb.experts("sepsis")
                   if e.person_id == "person-james-whitfield"]
        dates = {r.title: r.date for r in james.records}
        assert dates["Sepsis screening huddles"] == "2021-09-02", dates
        assert dates["Sepsis bundle posters"] == "", dates
        lines = james.evidence_lines()
        assert any("Sepsis screening huddles, 2021 [" in line for line in lines), lines
        assert any("Sepsis bundle posters [" in line for line in lines), lines
        this_year = str(dt.date.today().year)
        assert not any(f"Sepsis bundle posters, {this_year}" in line for line in lines), lines

"""A "long" staff list, one row per person and area with the person repeated: one person
with every area, the later rows named as merged into the first (D940)."""

from __future__ import annotations

from pathlib import Path

import pytest

import kmcore
from kmcore.io.importer import import_file

HEADER = "Staff member,Role,Skill / special interest,Email,Happy to help?\n"


@pytest.fixture
def kb(tmp_path: Path) -> kmcore.KnowledgeBase:
    return kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust")


def _areas(kb: kmcore.KnowledgeBase) -> dict[str, list[str]]:
    return {p.display_name: sorted(c.concept.label for c in p.profile.expertise)
            for p in kb.records("person") if p.profile}


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "skills list.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_a_persons_rows_make_one_person_with_all_their_areas(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = _write(tmp_path, (
        "Dr Ann Kowal,Consultant,MSK ultrasound,ann.kowal@t.nhs.uk,Happy to teach registrars\n"
        "Dr Ann Kowal,Consultant,Sports injuries,ann.kowal@t.nhs.uk,\n"
        '"Kowal, Ann",Consultant,Guided injections,,\n'
        "Ian Bash,Radiographer,CT colonography,ian.bash@t.nhs.uk,\n"))
    result = import_file(kb, path, "person")
    assert _areas(kb) == {"Ann Kowal": ["Guided injections", "MSK ultrasound",
                                        "Sports injuries"],
                          "Ian Bash": ["CT colonography"]}
    merged = {p.row: p.reason for p in result.problems}
    assert set(merged) == {3, 4}
    assert all(r.startswith("merged into row 2 (the same person: ") for r in merged.values())
    # again, unchanged: nothing to save, the same rows named, the areas kept
    again = import_file(kb, path, "person")
    assert again.counts["create"] == again.counts["update"] == 0
    assert {p.row for p in again.problems} == {3, 4}
    assert _areas(kb)["Ann Kowal"] == ["Guided injections", "MSK ultrasound",
                                       "Sports injuries"]


def test_an_area_added_later_to_a_persons_second_row_comes_in_on_reimport(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    first = "Lucy Marsh,Sonographer,Obstetric scanning,lucy.marsh@t.nhs.uk,\n"
    import_file(kb, _write(tmp_path, first + "Lucy Marsh,Sonographer,,lucy.marsh@t.nhs.uk,\n"),
                "person")
    result = import_file(kb, _write(tmp_path, first + (
        "Lucy Marsh,Sonographer,Fetal anomaly scanning,lucy.marsh@t.nhs.uk,\n")), "person")
    assert result.counts["update"] == 1
    assert _areas(kb) == {"Lucy Marsh": ["Fetal anomaly scanning", "Obstetric scanning"]}


def test_two_people_sharing_a_name_with_different_emails_stay_two(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = _write(tmp_path, (
        "Sam Jones,Nurse,Wound care,sam.jones@t.nhs.uk,\n"
        "Sam Jones,Physio,Falls,sam.jones2@t.nhs.uk,\n"))
    result = import_file(kb, path, "person")
    assert not any(p.reason.startswith("merged") for p in result.problems)
    # the second is not folded into the first: two people, each with their own areas (D1420)
    assert not [p for p in result.problems if p.severity == "error"]
    assert sorted((p.work_email, [c.concept.label for c in p.profile.expertise])
                  for p in kb.records("person")) == [
        ("sam.jones2@t.nhs.uk", ["Falls"]), ("sam.jones@t.nhs.uk", ["Wound care"])]


def test_two_people_sharing_a_name_in_different_departments_stay_two(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "skills.csv"
    path.write_text("Name,Department,Interests\n"
                    "Sam Jones,Theatres,Wound care\n"
                    "Ian Bash,Radiology,CT colonography\n"
                    "Sam Jones,Paediatric physiotherapy,Falls\n", encoding="utf-8")
    result = import_file(kb, path, "person")
    assert not [p for p in result.problems if p.severity in ("error", "merged")]
    assert sorted((p.department, [c.concept.label for c in p.profile.expertise])
                  for p in kb.records("person") if p.display_name == "Sam Jones") == [
        ("Paediatric physiotherapy", ["Falls"]), ("Theatres", ["Wound care"])]


@pytest.mark.parametrize("body", [
    # further down the list, another area (D1420)
    ("Ngozi Ache,Dietitian,Type 1 diabetes,n.ache@t.nhs.uk,\n"
     "Ian Bash,Radiographer,CT colonography,ian.bash@t.nhs.uk,\n"
     "Ngozi Ache,Dietitian,Insulin pumps,n.ache@t.nhs.uk,\n"),
    # under a second team, by the same e-mail
    ("Ngozi Ache,Dietitian,Type 1 diabetes,n.ache@t.nhs.uk,\n"
     "Ian Bash,Radiographer,CT colonography,ian.bash@t.nhs.uk,\n"
     "Dr Ngozi Ache,Research dietitian,Insulin pumps,N.Ache@t.nhs.uk,\n"),
])
def test_a_person_further_down_with_another_area_is_merged(
        kb: kmcore.KnowledgeBase, tmp_path: Path, body: str) -> None:
    result = import_file(kb, _write(tmp_path, body), "person")
    assert [(p.row, p.reason[:17]) for p in result.problems] == [(4, "merged into row 2")]
    assert _areas(kb)["Ngozi Ache"] == ["Insulin pumps", "Type 1 diabetes"]


@pytest.mark.parametrize("body", [
    # typed in again further down: the same entry twice, adding nothing
    ("Ngozi Ache,Dietitian,Type 1 diabetes,n.ache@t.nhs.uk,\n"
     "Ian Bash,Radiographer,CT colonography,ian.bash@t.nhs.uk,\n"
     "Ngozi Ache,Dietitian,Type 1 diabetes,n.ache@t.nhs.uk,\n"),
    # further down, one of their areas said shorter (D1420)
    ("Ngozi Ache,Dietitian,Type 1 diabetes; insulin pumps,n.ache@t.nhs.uk,\n"
     "Ian Bash,Radiographer,CT colonography,ian.bash@t.nhs.uk,\n"
     "Ngozi Ache,Dietitian,Type 1 diabetes,n.ache@t.nhs.uk,\n"),
    # further down, the entry again under another address for them
    ("Ngozi Ache,Dietitian,Type 1 diabetes,ngozi.ache@t.nhs.uk,\n"
     "Ian Bash,Radiographer,CT colonography,ian.bash@t.nhs.uk,\n"
     "Ngozi Ache,Dietitian,Type 1 diabetes,n.ache@t.nhs.uk,\n"),
    # the next row restating the person's areas in other words
    ('Ngozi Ache,Dietitian,"Type 1 diabetes; carb counting; insulin pumps",n.ache@t.nhs.uk,\n'
     'Ngozi Ache,Dietitian,"T1 diabetes, carb counting, pumps",n.ache@t.nhs.uk,\n'),
])
def test_a_person_entered_again_is_a_duplicate_not_merged(
        kb: kmcore.KnowledgeBase, tmp_path: Path, body: str) -> None:
    result = import_file(kb, _write(tmp_path, body), "person")
    reasons = [p.reason for p in result.problems if p.severity == "error"]
    assert len(reasons) == 1 and reasons[0].startswith("repeats row 2"), reasons
    assert "T1 diabetes" not in _areas(kb)["Ngozi Ache"]


def test_a_form_sent_twice_is_a_duplicate_not_merged(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "responses.csv"
    path.write_text("Timestamp,Email address,Your name,Skills\n"
                    "07/03/2024 11:02,zoe.a@t.nhs.uk,Zoe Acht,Co-production\n"
                    "07/03/2024 11:09,zoe.a@t.nhs.uk,Zoe Acht,Course design\n", encoding="utf-8")
    result = import_file(kb, path, "person")
    assert [p.reason[:12] for p in result.problems if p.severity == "error"] == ["repeats row "]


@pytest.mark.parametrize(("name", "plain"), [
    ("zz Paul Grant", "Paul Grant"), ("ZZ - Paul Grant", "Paul Grant"),
    ("Z- Ann Lee", "Ann Lee"), ("Zara Lee", None), ("Zz Top", None)])
def test_a_name_sorted_last_with_zz_is_a_leavers(name: str, plain: str | None) -> None:
    from kmcore.io.cells import name_left

    assert name_left(name) == plain


def test_a_zz_leaver_comes_in_as_left_on_the_date_their_status_gives(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "directory.csv"
    path.write_text("Name,Work e-mail,Status\n"
                    "zz Paul Grant,paul.grant@t.nhs.uk,Left the hub (retired) Dec 2023\n",
                    encoding="utf-8")
    import_file(kb, path, "person")
    (person,) = kb.records("person")
    assert person.display_name == "Paul Grant"
    assert person.employment_status.value == "left"
    assert str(person.left_on) == "2023-12-01"


@pytest.mark.parametrize(("notes", "keys"), [
    (["see idea 1"], ["1"]), (["See #4."], ["4"]), (["(see no. 12)"], ["12"]),
    (["same as 3"], ["3"]), (["dup of #2"], ["2"]),
    # a cross-reference inside a longer note is not a repeat
    (["see idea 1 for costs"], []), (["trialling in 2 clinics"], [])])
def test_a_cell_saying_only_see_idea_n_names_the_entry_it_repeats(
        notes: list[str], keys: list[str]) -> None:
    from kmcore.io.twins import repeated_keys

    assert repeated_keys(notes) == keys


def test_an_idea_whose_status_says_see_idea_1_is_a_duplicate_of_that_row(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "ideas.csv"
    path.write_text("Idea No,IDEA,Who,whats happening\n"
                    "1,Text reminders for 2yr reviews,Julie Parkes,trialling in 2 clinics\n"
                    "2,School drop in clinic,Sam Tully,running\n"
                    "9,SMS before 2 year reviews,Julie Parkes,see idea 1\n", encoding="utf-8")
    result = import_file(kb, path, "innovation")
    errors = [p for p in result.problems if p.severity == "error"]
    assert [(p.row, p.reason[:13]) for p in errors] == [(4, "repeats row 2")]
    assert len(list(kb.records("innovation"))) == 2


def test_a_rate_with_a_slash_is_one_offer_not_two(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "faculty.csv"
    path.write_text("Name,Work e-mail,Offer to the network\n"
                    "Ann Lee,ann.lee@t.nhs.uk,Can offer 2 days/month to run improvement events\n"
                    "Bo Khan,bo.khan@t.nhs.uk,on call 24/7; teach/mentor\n", encoding="utf-8")
    result = import_file(kb, path, "person")
    words = set(result.values["profile.willing_to"])
    assert "offer 2 days/month to run improvement events" in words
    assert "on call 24/7" in words
    assert not any(w.startswith("month") for w in words)


@pytest.mark.parametrize(("cell", "areas"), [
    ("Recruiting and supporting volunteers", ["Recruiting and supporting volunteers"]),
    ("Self-harm recovery, supporting families & carers",
     ["Self-harm recovery", "supporting families & carers"]),
    # still two: a field named by an "-ing" word, and two things named
    ("Safeguarding and supporting carers", ["Safeguarding", "supporting carers"]),
    ("Infant feeding & breastfeeding support", ["Infant feeding", "breastfeeding support"]),
    ("Hearing aids, tinnitus and balance", ["Hearing aids", "tinnitus", "balance"]),
])
def test_something_done_to_shared_objects_is_one_area(cell: str, areas: list[str]) -> None:
    from kmcore.io.areas import split_areas

    assert split_areas(cell).areas == areas


@pytest.mark.parametrize(("header", "summary"), [
    ("Aim / what we're doing", "Get IV antibiotics to 90% of sepsis patients within the hour."),
    ("Aims", "Get IV antibiotics to 90% of sepsis patients within the hour."),
    ("Problem", "")])
def test_a_qi_logs_aim_is_the_summary_when_no_column_gives_one(
        kb: kmcore.KnowledgeBase, tmp_path: Path, header: str, summary: str) -> None:
    path = tmp_path / "tracker.csv"
    path.write_text(f'QI ref,Project title,"{header}",Change ideas,Name,Where we are\n'
                    "ED-QI-01,Sepsis Six in the first hour,Get IV antibiotics to 90% of sepsis "
                    "patients within the hour.,Sepsis trolley; triage prompt,Dr Priya Raman,"
                    "Testing\n", encoding="utf-8")
    import_file(kb, path, "innovation", overrides={
        header: "problem", "Change ideas": "description", "Name": "lead",
        "Where we are": "stage"})
    (record,) = kb.records("innovation")
    assert record.summary == summary
    assert record.problem.startswith("Get IV antibiotics")


def test_a_clean_long_staff_list_exits_0_and_says_the_rows_were_merged(
        tmp_path: Path) -> None:
    """Merged rows refuse nothing: not errors, so no exit 3 and no --strict refusal (D980)."""
    from clihelp import run_cli

    kb_dir = tmp_path / "kb"
    run_cli(["init", str(kb_dir), "--name", "T", "--organisation", "T"])
    path = _write(tmp_path, (
        "Dr Ann Kowal,Consultant,MSK ultrasound,ann.kowal@t.nhs.uk,\n"
        "Dr Ann Kowal,Consultant,Sports injuries,ann.kowal@t.nhs.uk,\n"
        "Dr Ann Kowal,Consultant,Guided injections,ann.kowal@t.nhs.uk,\n"
        "Ian Bash,Radiographer,CT colonography,ian.bash@t.nhs.uk,\n"))
    report = tmp_path / "problems.csv"
    run = run_cli(["--kb", str(kb_dir), "import", str(path), "--type", "person", "--strict",
                   "--yes", "--report", str(report)])
    assert run.code == 0, run.out + run.err
    assert "2 rows merged into the person they repeat." in run.out, run.out
    assert "merged: row 3: row: merged into row 2 (the same person: " in run.out, run.out
    assert "left out" not in run.out and "nothing was imported" not in run.out
    with report.open(encoding="utf-8-sig") as fh:
        lines = fh.read().splitlines()
    assert [line.split(",")[:4] for line in lines[1:]] == [["3", "", "row", "merged"],
                                                           ["4", "", "row", "merged"]]
    kb = kmcore.open(kb_dir)
    assert _areas(kb) == {"Ann Kowal": ["Guided injections", "MSK ultrasound",
                                        "Sports injuries"],
                          "Ian Bash": ["CT colonography"]}
    # again, unchanged: still merged, still exit 0
    again = run_cli(["--kb", str(kb_dir), "import", str(path), "--type", "person", "--strict",
                     "--yes"])
    assert again.code == 0 and "2 rows merged" in again.out, again.out + again.err


def test_merged_rows_are_counted_apart_from_errors(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = _write(tmp_path, (
        "Dr Ann Kowal,Consultant,MSK ultrasound,ann.kowal@t.nhs.uk,\n"
        "Dr Ann Kowal,Consultant,Sports injuries,ann.kowal@t.nhs.uk,\n"))
    result = import_file(kb, path, "person", strict=True)
    assert result.ok and result.error_rows == 0 and result.warnings == 0
    assert result.merged == 1 and result.valid == 1 and result.applied
    assert [(p.row, p.severity) for p in result.problems] == [(3, "merged")]
    assert result.to_dict()["merged"] == 1
    assert "1 row merged into the person they repeat." in result.summary()


@pytest.mark.parametrize(("cell", "plain"), [
    ("zz Marsh, Colin (left)", "Colin Marsh"), ("ZZ_Grant, Paul", "Paul Grant"),
    ("zz Paul Grant", "Paul Grant")])
def test_a_zz_leaver_written_family_name_first_is_turned_round_whole(
        cell: str, plain: str) -> None:
    from kmcore.io.cells import name_left, person_name

    assert name_left(person_name(cell)) == plain

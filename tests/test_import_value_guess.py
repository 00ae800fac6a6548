"""Columns guessed from their cells where the header says too little (kmcore.io.value_guess,
D640): each file is invented here, headed the way a form or list might be, and the preview's
mapping is checked through the Importer. Each rule also has a file where it must NOT fire."""

from __future__ import annotations

from pathlib import Path

import pytest

import kmcore
from import_helpers import guessed_columns
from kmcore.io.importer import import_file
from kmcore.io.value_guess import looks_like_a_person


@pytest.fixture
def kb(tmp_path: Path) -> kmcore.KnowledgeBase:
    return kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust")


def _mapping(kb: kmcore.KnowledgeBase, tmp_path: Path, record_type: str,
             rows: list[list[str]]) -> dict[str, tuple[str, str]]:
    return {cm.header: (cm.field, cm.method)
            for cm in guessed_columns(kb, tmp_path, record_type, rows)}


PROSE = ["Patients on the unit are given a printed card explaining their medicines at "
         "discharge, checked by the pharmacist.",
         "A weekly drop-in where carers can ask the team anything about feeding tubes and "
         "get supplies sorted.",
         "Volunteers phone people two days after discharge to check they have what they "
         "need and escalate worries."]


def test_short_reference_header_over_codes_is_the_key(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Panel ref", "Project title"],
        ["PX/19/4", "Discharge cards"], ["PX/19/5", "Carers drop-in"], ["PX/20/1", "Calls"]])
    assert found["Panel ref"] == ("key", "reference codes")


def test_reference_header_over_words_is_not_the_key(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Panel ref", "Project title"],
        ["see minutes", "Discharge cards"], ["see minutes", "Carers drop-in"],
        ["Quality board", "Calls"]])
    assert found["Panel ref"][0] == ""


def test_named_reference_beats_a_forms_response_number(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Id", "Start time", "Completion time", "Email", "Name", "Title of your idea",
         "Office ref"],
        ["1", "01/02/2023 10:00", "01/02/2023 10:05", "a@x.nhs.uk", "A B", "Cards", "OF-001"],
        ["2", "01/03/2023 10:00", "01/03/2023 10:05", "c@x.nhs.uk", "C D", "Drop-in",
         "OF-002"]])
    assert found["Office ref"] == ("key", "reference codes")
    assert found["Id"] == ("", "the form's response number")


def test_question_answered_in_prose_is_the_description(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Project title", "What changes for patients?", "Who?"],
        *[[f"Idea {i}", text, "Ann Lee"] for i, text in enumerate(PROSE)]])
    assert found["What changes for patients?"] == ("description",
                                                   "a question answered in prose")


def test_question_answered_in_a_word_is_not_the_description(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Project title", "What changes for patients?"],
        ["Idea 1", "Fewer falls"], ["Idea 2", "Less waiting"], ["Idea 3", "Nothing"]])
    assert found["What changes for patients?"][0] == ""


def test_question_is_no_second_description(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Project title", "Description", "Why are you doing it?"],
        *[[f"Idea {i}", text, text] for i, text in enumerate(PROSE)]])
    assert found["Description"][0] == "description"
    assert found["Why are you doing it?"][0] != "description"


def test_person_list_without_a_name_column_takes_the_column_of_names(kb, tmp_path):
    found = _mapping(kb, tmp_path, "person", [
        ["Title", "Job title", "Mail"],
        ["Okonjo, Ifeoma", "Outreach librarian", "i.okonjo@x.nhs.uk"],
        ["Prof Alan Greaves", "Library manager", "a.greaves@x.nhs.uk"],
        ["Bartosz Nowak-Hill", "Clinical librarian", "b.nowak@x.nhs.uk"]])
    assert found["Title"] == ("display_name", "people's names")


def test_names_marked_as_leavers_beside_a_test_and_a_vacancy_are_still_names(kb, tmp_path):
    # A SharePoint list's "Title" with leavers bracketed or "zz"-prefixed, a test item and a
    # vacant post (D960): a fifth of the cells not bare names must not hide the column.
    found = _mapping(kb, tmp_path, "person", [
        ["ID", "Title", "Job Title", "Status"],
        ["1", "Dr Ruth Amos", "QI coach", "Active"],
        ["2", "Kwame Boateng (LEFT)", "Analyst", "Left"],
        ["3", "TEST ITEM", "x", "Active"],
        ["4", "zz Pat Lowry", "Advisor", "Left 2023"],
        ["5", "VACANT \u2013 Advisor (Band 7)", "Advisor", "Vacant"],
        ["6", "Sian Evans - LEFT Apr 24", "Advisor", "Active"],
        ["7", "Tomas Novak", "Advisor", "Active"],
        ["8", "Lee, Mina", "Advisor", "Active"]])
    assert found["Title"] == ("display_name", "people's names")


def test_a_column_of_wards_with_a_test_row_is_not_the_name(kb, tmp_path):
    found = _mapping(kb, tmp_path, "person", [
        ["Title", "Job title"], ["Day Therapy", "Nurse"], ["TEST", "x"],
        ["Ward 9 (AMU)", "Nurse"], ["Hospice at Home", "HCA"]])
    assert found["Title"][0] != "display_name"


def test_title_over_honorifics_is_not_the_name(kb, tmp_path):
    found = _mapping(kb, tmp_path, "person", [
        ["Title", "Job title"], ["Dr", "Outreach librarian"], ["Mrs", "Library manager"],
        ["Mr", "Clinical librarian"]])
    assert found["Title"][0] != "display_name"


def test_a_column_of_addresses_is_the_email(kb, tmp_path):
    found = _mapping(kb, tmp_path, "person", [
        ["Full name", "Where to reach them"],
        ["Ann Lee", "ann.lee@x.nhs.uk"], ["Raj Gill", "raj.gill@x.nhs.uk"]])
    assert found["Where to reach them"] == ("work_email", "e-mail addresses")
    found = _mapping(kb, tmp_path, "innovation", [
        ["Project title", "Lead", "Where to reach them"],
        ["Cards", "Ann Lee", "ann.lee@x.nhs.uk"], ["Calls", "Raj Gill", "raj.gill@x.nhs.uk"]])
    assert found["Where to reach them"] == ("lead", "e-mail addresses")


def test_team_of_places_is_the_department(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Project title", "Team"], ["Cards", "Day Surgery Unit"], ["Calls", "Pharmacy"],
        ["Drop-in", "Hospice at Home"], ["Walks", "Physiotherapy Outpatients"]])
    assert found["Team"] == ("department", "names of teams, not people")


def test_a_slashed_header_read_by_its_part_team_over_places_is_the_department(kb, tmp_path):
    # "Clinic / team" is read by its part "team"; over clinic and service names it is the
    # department, not a list of team members (which made a "person" of each clinic, D1400)
    found = _mapping(kb, tmp_path, "innovation", [
        ["Project title", "Clinic / team"], ["Cards", "HIV Outpatients"],
        ["Calls", "PrEP service"], ["Drop-in", "Sexual Health \u2013 Online Services"],
        ["Walks", "Community Dental Clinic"]])
    assert found["Clinic / team"] == ("department", "names of teams, not people")
    found = _mapping(kb, tmp_path, "innovation", [
        ["Project title", "Lead", "Helpers / team"], ["Cards", "Ann Lee", "Raj Gill"],
        ["Calls", "Sam Hart", "Jo Bell; Kim Wu"], ["Walks", "Ola Ade", "Tom Ward-Smith"]])
    assert found["Helpers / team"][0] == "team"


def test_a_team_named_for_its_specialty_is_the_department(kb, tmp_path):
    # two capitalised words read as a name unless one is a place word; a specialty log's
    # teams are named for the specialty ("Renal Dietetics"), never a person (D1200)
    found = _mapping(kb, tmp_path, "innovation", [
        ["Project title", "Team"], ["Cards", "Renal Dietetics"], ["Calls", "Antenatal Diabetes"],
        ["Drop-in", "Frailty MDT"], ["Walks", "Diabetic Eye Screening"],
        ["Leaflets", "Community Podiatry"]])
    assert found["Team"] == ("department", "names of teams, not people")


def test_specialty_words_are_no_part_of_a_name():
    for cell in ("Renal Dietetics", "Antenatal Diabetes", "Frailty MDT", "Perinatal Psychiatry"):
        assert not looks_like_a_person(cell), cell
    for cell in ("Ann Lee", "Dr Harriet Moss", "Whitaker, Joanna", "Tom Ward-Smith"):
        assert looks_like_a_person(cell), cell


def test_names_beside_a_lead_of_addresses_alone_are_the_lead(kb, tmp_path):
    # "Email" heads the lead's address, which names nobody: the column of people's names
    # under a header no word places is the lead's name (D1202)
    found = _mapping(kb, tmp_path, "innovation", [
        ["Project title", "Presenting clinician (grade)", "Email"],
        ["Cards", "Dr Mia Stone (ST3)", "mia.stone@x.nhs.uk"],
        ["Calls", "Dr Li Wei (FY1)", "li.wei@x.nhs.uk"],
        ["Drop-in", "Tom Hart", "tom.hart@x.nhs.uk"]])
    assert found["Presenting clinician (grade)"] == ("lead", "people's names"), found
    assert found["Email"][0] == "lead"
    # a lead column naming people keeps the names column out
    found = _mapping(kb, tmp_path, "innovation", [
        ["Project title", "Lead", "Presenting clinician (grade)"],
        ["Cards", "Ann Lee", "Dr Mia Stone (ST3)"], ["Calls", "Raj Gill", "Dr Li Wei (FY1)"],
        ["Drop-in", "Sue Bell", "Tom Hart"]])
    assert found["Presenting clinician (grade)"][0] != "lead"


def test_team_of_people_stays_the_team(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Project title", "Team"], ["Cards", "Ann Lee; Raj Gill"], ["Calls", "Tom Hart"],
        ["Drop-in", "Mia Stone / Li Wei"]])
    assert found["Team"][0] == "team"


def test_tick_columns_of_a_staff_list_are_areas_of_expertise(kb, tmp_path):
    rows = [["Full name", "Falls", "Dementia", "Nutrition", "Bladder & bowel", "Comments"],
            ["Ann Lee", "\u2714", "", "Yes", "", "Part time"],
            ["Raj Gill", "", "\u2714", "", "competent", ""],
            ["Tom Hart", "y", "", "in training", "\u2714", "Nights"]]
    imported = _mapping(kb, tmp_path, "person", rows)
    for topic in ("Falls", "Dementia", "Nutrition", "Bladder & bowel"):
        assert imported[topic] == ("profile.expertise", "a tick column of a skills matrix")
    assert imported["Comments"][0] == ""


def test_two_tick_columns_are_no_matrix(kb, tmp_path):
    found = _mapping(kb, tmp_path, "person", [
        ["Full name", "Falls", "Dementia"], ["Ann Lee", "\u2714", ""], ["Raj Gill", "", "y"]])
    assert found["Falls"][0] == "" and found["Dementia"][0] == ""


def test_skills_matrix_imports_the_topics(kb, tmp_path):
    path = tmp_path / "matrix.csv"
    path.write_text("Full name,Falls,Dementia,Nutrition\nAnn Lee,\u2714,,Yes\n"
                    "Raj Gill,,\u2714,\n", encoding="utf-8")
    result = import_file(kb, path, "person")
    assert result.error_rows == 0
    areas = {p.display_name: sorted(c.concept.label for c in p.profile.expertise)
             for p in kb.records("person")}
    assert areas == {"Ann Lee": ["Falls", "Nutrition"], "Raj Gill": ["Dementia"]}


@pytest.mark.parametrize(("text", "person"), [
    ("Whitaker, Joanna", True), ("Dr Harriet Moss", True), ("Esther Okafor-Bright", True),
    ("Day Therapy", False), ("Hospice at Home", False), ("In-Patient Unit", False),
    ("Education", False), ("VACANT \u2013 band 6", False), ("a@b.nhs.uk", False),
    ("Gareth Lewis (LEFT)", True), ("zz Paul Grant", True), ("Day Therapy (AMU)", False)])
def test_looks_like_a_person(text, person):
    assert looks_like_a_person(text) is person


def test_preview_names_the_columns_not_read_and_the_fields_nothing_fills(kb, tmp_path):
    from clihelp import run_cli

    root = str(kb.root)
    kb.close()
    path = tmp_path / "log.csv"
    path.write_text("Scheme,Board RAG,Comments\nCards at discharge,green,ok\n"
                    "Carers drop-in,amber,\n", encoding="utf-8")
    run = run_cli(["--kb", root, "import", str(path), "--type", "innovation", "--dry-run"])
    assert ("Not read: 'Board RAG' (e.g. 'green'), 'Comments' (e.g. 'ok'). To read one, add "
            "--map 'Board RAG=FIELD'") in run.out
    assert "Nothing fills lead (the person leading it): if a column holds it, add --map " \
           "'COLUMN=lead'." in run.out
    assert "Nothing fills stage (how far it has got)" in run.out
    assert "--default stage=VALUE" in run.out
    assert "Nothing fills title" not in run.out


def test_preview_says_nothing_is_missing_when_the_main_fields_are_filled(kb, tmp_path):
    from clihelp import run_cli

    root = str(kb.root)
    kb.close()
    path = tmp_path / "staff.csv"
    path.write_text("Full name,Email,Areas of expertise\nAnn Lee,ann.lee@x.nhs.uk,Falls\n",
                    encoding="utf-8")
    run = run_cli(["--kb", root, "import", str(path), "--type", "person", "--dry-run"])
    assert "Nothing fills" not in run.out and "Not read" not in run.out


def test_question_asking_why_answered_in_prose_is_the_problem(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Project title", "What gap does this fill?", "Tell us how it works"],
        *[[f"Idea {i}", text, text] for i, text in enumerate(PROSE)]])
    assert found["What gap does this fill?"] == ("problem", "a question answered in prose")
    assert found["Tell us how it works"] == ("description", "a question answered in prose")


def test_log_without_a_lead_takes_its_one_column_of_names(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Project title", "Driving it", "Exec sponsor"],
        ["Cards", "Okafor, Amara", "Dr Ruth Bell"], ["Calls", "Tom Hart", "Dr Ruth Bell"],
        ["Walks", "Mia Stone", "Prof Ken Oduya"]])
    assert found["Driving it"] == ("lead", "people's names")
    assert found["Exec sponsor"][0] == ""


def test_a_sponsor_alone_is_not_the_lead(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Project title", "Exec sponsor"], ["Cards", "Dr Ruth Bell"],
        ["Calls", "Prof Ken Oduya"]])
    assert found["Exec sponsor"][0] == ""


def test_scattered_yes_no_columns_are_no_skills_matrix(kb, tmp_path):
    found = _mapping(kb, tmp_path, "person", [
        ["Full name", "Car driver", "Extension", "Bank shifts", "Post code", "Smartcard"],
        ["Ann Lee", "Y", "4471", "N", "AB1 2CD", "Y"],
        ["Raj Gill", "N", "4472", "Y", "AB1 3CD", "Y"]])
    for header in ("Car driver", "Bank shifts", "Smartcard"):
        assert found[header][0] != "profile.expertise"


def test_a_staff_lists_numbers_are_no_key(kb, tmp_path):
    found = _mapping(kb, tmp_path, "person", [
        ["Asg No.", "Full name", "Roster ref"], ["20417-2", "Ann Lee", "R-118"],
        ["31985-1", "Raj Gill", "R-119"]])
    assert found["Asg No."][0] != "key" and found["Roster ref"][0] != "key"


def test_remarks_in_prose_are_not_the_description(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Project title", "Any other comments?"],
        *[[f"Idea {i}", text] for i, text in enumerate(PROSE)]])
    assert found["Any other comments?"][0] == ""


def test_log_without_a_start_takes_its_one_column_of_dates(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Project title", "Month it went to the hub", "Review date"],
        ["Cards", "Mar 2023", "01/09/2024"], ["Calls", "14/06/2021", "01/10/2024"],
        ["Walks", "2022", "tbc"]])
    assert found["Month it went to the hub"] == ("started_on", "dates")
    assert found["Review date"][0] != "started_on"


def test_two_date_columns_are_no_guess_at_the_start(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Project title", "Date A", "Date B"],
        ["Cards", "Mar 2023", "01/09/2024"], ["Calls", "14/06/2021", "01/10/2024"]])
    assert found["Date A"][0] == "" and found["Date B"][0] == ""


def test_columns_of_levels_are_a_matrix_as_the_reader_reads_levels(kb, tmp_path):
    # The row reader reads a level (1-5) under a topic column as "has it" (D622), so a
    # block of levels is a skills matrix like a block of ticks.
    found = _mapping(kb, tmp_path, "person", [
        ["Full name", "Falls", "Dementia", "Nutrition"], ["Ann Lee", "3", "1", "2"],
        ["Raj Gill", "2", "3", "1"]])
    assert {found[h][0] for h in ("Falls", "Dementia", "Nutrition")} == {"profile.expertise"}


def test_a_forms_your_team_over_places_is_the_department(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Project title", "Team (where you work)"], ["Cards", "Endoscopy Unit"],
        ["Calls", "Pharmacy"], ["Walks", "Physiotherapy Outpatients"]])
    assert found["Team (where you work)"][0] == "department"


def test_team_members_column_over_places_stays_the_team(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Project title", "Team members", "Ward"], ["Cards", "Pharmacy", "Ward 1"],
        ["Calls", "Estates", "Ward 2"]])
    assert found["Team members"][0] == "team"


def test_a_lead_less_logs_contact_is_the_lead(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Project title", "Contact"], ["Cards", "Dr Lucy Fenn"], ["Calls", "Ben Ode"],
        ["Walks", "Kay Moss"]])
    assert found["Contact"] == ("lead", "the only person named")
    found = _mapping(kb, tmp_path, "innovation", [
        ["Project title", "Lead", "Contact"], ["Cards", "Ann Lee", "Dr Lucy Fenn"],
        ["Calls", "Raj Gill", "Ben Ode"]])
    assert found["Contact"][0] == "contact"


def test_a_short_column_of_stage_words_is_the_stage(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Project title", "Panel outcome"], ["Cards", "Approved - running"],
        ["Calls", "Declined"], ["Walks", "On hold"], ["Talks", "idea"]])
    assert found["Panel outcome"] == ("stage", "stage words")


def test_outcomes_in_prose_are_not_the_stage(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Project title", "Outcome"],
        ["Cards", "Implemented on two wards and readmissions fell by a fifth over the year"],
        ["Calls", "Running since May; patients say they feel less alone after going home"]])
    assert found["Outcome"][0] == "evaluation.summary"


def test_a_logs_summary_with_no_description_column_is_the_description(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Project title", "Summary"], ["Cards", "Cards given at discharge"]])
    assert found["Summary"][0] == "description"
    found = _mapping(kb, tmp_path, "innovation", [
        ["title", "summary", "description"], ["Cards", "Cards", "Cards given at discharge"]])
    assert found["summary"][0] == "summary"


def test_topics_someone_can_help_with_are_expertise(kb, tmp_path):
    found = _mapping(kb, tmp_path, "person", [
        ["Full name", "Topics I can help with"], ["Ann Lee", "PubMed; NICE Evidence"]])
    assert found["Topics I can help with"][0] == "profile.expertise"


def test_a_forms_full_name_is_the_lead_not_the_title(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Your full name", "What is your idea?"], ["Ann Lee", "Sleep packs for inpatients"]])
    assert found["Your full name"][0] == "lead"
    assert found["What is your idea?"][0] == "title"


def test_what_someone_knows_about_is_expertise(kb, tmp_path):
    found = _mapping(kb, tmp_path, "person", [
        ["Staff member", "Knows about"], ["Ann Lee", "Heart failure; echo"]])
    assert found["Knows about"][0] == "profile.expertise"


def test_numbers_of_other_things_are_no_key(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Project title", "Tel no", "Room no."], ["Cards", "4471", "B12"],
        ["Calls", "4472", "B14"], ["Walks", "4480", "C2"]])
    assert found["Tel no"][0] != "key" and found["Room no."][0] != "key"


def test_a_sponsors_addresses_are_not_the_leads(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Project title", "Lead", "Exec sponsor (mail)"],
        ["Cards", "Ann Lee", "ceo@x.nhs.uk"], ["Calls", "Raj Gill", "cno@x.nhs.uk"]])
    assert found["Exec sponsor (mail)"][0] != "lead"


def test_preview_masks_what_a_column_not_read_holds(kb, tmp_path):
    from clihelp import run_cli

    root = str(kb.root)
    kb.close()
    path = tmp_path / "log.csv"
    path.write_text("Scheme,Lead,Stage,Jotting\nCards,Ann Lee,idea,pt 943 476 5919 fell\n",
                    encoding="utf-8")
    run = run_cli(["--kb", root, "import", str(path), "--type", "innovation", "--dry-run"])
    assert "Not read: 'Jotting' (e.g. 'pt" in run.out
    assert "943 476 5919" not in run.out


def test_a_line_manager_column_is_not_the_persons_name(kb, tmp_path):
    found = _mapping(kb, tmp_path, "person", [
        ["Line manager", "Librarian", "Subject"],
        ["Dr Ruth Bell", "Okafor, Amara", "Nursing"], ["Dr Ruth Bell", "Tom Hart", "Surgery"]])
    assert found["Line manager"][0] != "display_name"
    assert found["Librarian"] == ("display_name", "people's names")


def test_a_forms_question_about_what_someone_could_share_is_expertise(kb, tmp_path):
    # A peer-support form's long question (D962): "share with" alone is who may see a
    # record, but what someone could share with colleagues is what they know.
    found = _mapping(kb, tmp_path, "person", [
        ["Timestamp", "Email address", "Your name",
         "Which subjects or lived experience could you share with colleagues?"],
        ["07/03/2024 09:14", "a.lee@x.nhs.uk", "Ann Lee", "Hearing voices; WRAP"],
        ["08/03/2024 10:02", "r.gill@x.nhs.uk", "Raj Gill", "Peer support"]])
    field = found["Which subjects or lived experience could you share with colleagues?"][0]
    assert field == "profile.expertise"
    assert _mapping(kb, tmp_path, "person", [
        ["Name", "Share with"], ["Ann Lee", "Everyone"], ["Raj Gill", "Team"]])[
        "Share with"][0] == "visibility"


def test_a_grants_trackers_applied_is_the_start(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Ref", "Scheme", "Applicant", "Applied"],
        ["G-1", "Garden seating", "Ann Lee", "14/03/2022"],
        ["G-2", "Music trolley", "Raj Gill", "01/04/2022"]])
    assert found["Applied"][0] == "started_on"


def test_a_lower_case_team_of_services_is_the_department(kb, tmp_path):
    # D963: a volunteer's "team" (the field's own name) over "HV north", "Sch Nursing"
    found = _mapping(kb, tmp_path, "innovation", [
        ["IDEA", "team", "Who"],
        ["Text reminders", "HV north", "Ann Lee"], ["Drop in", "Sch Nursing", "Raj Gill"],
        ["Peer support", "hv south", "Jo Hart"]])
    assert found["team"][0] == "department"
    kept = _mapping(kb, tmp_path, "innovation", [
        ["IDEA", "team", "Who"],
        ["Text reminders", "Ann Lee; Jo Hart", "Ann Lee"],
        ["Drop in", "Raj Gill, Sam Oyelaran", "Raj Gill"]])
    assert kept["team"][0] == "team"


def test_a_staff_lists_section_is_the_department(kb, tmp_path):
    found = _mapping(kb, tmp_path, "person", [
        ["Name", "Section", "Skill"], ["Ann Lee", "MSK", "Ultrasound"],
        ["Raj Gill", "Breast screening", "Mammography"]])
    assert found["Section"][0] == "department"


def test_a_grant_in_pounds_is_a_cost_never_a_saving(kb, tmp_path):
    # D966: a grants tracker's "Grant £" beside its "Est. annual saving"
    found = _mapping(kb, tmp_path, "innovation", [
        ["Ref", "Scheme", "Applicant", "Grant £", "Est. annual saving", "Grant"],
        ["G-1", "Garden seating", "Ann Lee", "£1,500", "nil", "League of Friends"],
        ["G-2", "Music trolley", "Raj Gill", "c. £4k", "£500", "Hospital charity"]])
    assert found["Grant £"][0] == "costs.setup_gbp"
    assert found["Est. annual saving"][0] == "savings.cash_releasing_gbp"
    assert found["Grant"][0] != "costs.setup_gbp"


def test_a_log_that_moved_its_stage_to_a_new_status_column_maps_both(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Project title", "Status", "Owner", "Current position (new form)"],
        ["Cards", "on hold", "Ann Lee", ""], ["Calls", "idea", "Bo Tan", ""],
        ["Walks", "started", "Cy Dee", "live on one ward"],
        ["Talks", "", "Di Fox", "being piloted"], ["Chats", "", "Ed Gee", "now standard"]])
    assert found["Status"][0] == "stage"
    assert found["Current position (new form)"] == ("stage", "a later status column")


def test_a_second_status_column_filled_on_the_same_rows_is_not_the_stage(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Project title", "Status", "Owner", "Current position (new form)"],
        ["Cards", "on hold", "Ann Lee", "waiting for a porter"],
        ["Calls", "idea", "Bo Tan", "to discuss"], ["Walks", "started", "Cy Dee", "going well"],
        ["Talks", "idea", "Di Fox", ""], ["Chats", "", "Ed Gee", "now standard"]])
    assert found["Status"][0] == "stage"
    assert found["Current position (new form)"][0] != "stage"

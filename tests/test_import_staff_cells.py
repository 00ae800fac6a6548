"""Staff lists as trusts write their cells: areas joined by "&" or a slash that make one
area, the languages people say they speak, names with a list's markers beside them, and the
headers ESR extracts and "who to ask" directories give their columns (issue 15).

The wording here is invented, in the styles of staff lists, ESR extracts and special-interest
directories, so that it tests the rules rather than one corpus's cells."""

from __future__ import annotations

from pathlib import Path

import pytest

import kmcore
from kmcore.io.areas import language_tags, split_areas
from kmcore.io.cells import name_marker, person_name
from kmcore.io.importer import import_file


@pytest.fixture
def kb(tmp_path: Path) -> kmcore.KnowledgeBase:
    return kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust")


@pytest.mark.parametrize(("cell", "areas"), [
    # two things done to one subject
    ("Pain assessment & management; sleep hygiene",
     ["Pain assessment & management", "sleep hygiene"]),
    ("Assessment and treatment of lymphoedema", ["Assessment and treatment of lymphoedema"]),
    ("Wound assessment and compression bandaging", ["Wound assessment", "compression bandaging"]),
    # numbered kinds of one thing
    ("Stage 1 and stage 2 pressure ulcers", ["Stage 1 and stage 2 pressure ulcers"]),
    ("Level 2 & 3 safeguarding, Prevent", ["Level 2 & 3 safeguarding", "Prevent"]),
    ("Diabetes type 2 and obesity", ["Diabetes type 2", "obesity"]),
    # a preposition's object running on past "and"
    ("Support for carers and families", ["Support for carers and families"]),
    ("Nutrition in pregnancy & lactation, anaemia",
     ["Nutrition in pregnancy & lactation", "anaemia"]),
    ("Teaching in simulation, debriefing and human factors",
     ["Teaching in simulation", "debriefing", "human factors"]),
])
def test_and_between_words_of_one_area_keeps_it_whole(cell: str, areas: list[str]) -> None:
    assert split_areas(cell).areas == areas


@pytest.mark.parametrize(("cell", "areas"), [
    ("Tissue viability / wound care", ["Tissue viability / wound care"]),
    ("Dysphagia / swallowing; voice", ["Dysphagia / swallowing", "voice"]),
    ("Lymphoedema / compression / skin care", ["Lymphoedema", "compression", "skin care"]),
])
def test_one_spaced_slash_names_one_area_a_chain_lists_several(
        cell: str, areas: list[str]) -> None:
    assert split_areas(cell).areas == areas


@pytest.mark.parametrize(("cell", "areas", "languages"), [
    ("Leg ulcers\nSpeaks Urdu & Punjabi", ["Leg ulcers"], ["ur", "pa"]),
    ("Minor injuries (speaks Polish, Russian)", ["Minor injuries"], ["pl", "ru"]),
    ("Sepsis; Languages: Tamil, Malayalam", ["Sepsis"], ["ta", "ml"]),
    ("Arabic/French speaker, epilepsy", ["epilepsy"], ["ar", "fr"]),
    ("Fluent in Somali and Arabic\nFGM awareness", ["FGM awareness"], ["so", "ar"]),
    ("Spanish literature; Welsh history", ["Spanish literature", "Welsh history"], []),
])
def test_what_languages_a_person_speaks_is_no_area(
        cell: str, areas: list[str], languages: list[str]) -> None:
    found = split_areas(cell)
    assert (found.areas, found.languages) == (areas, languages)


def test_a_languages_column_still_splits_at_a_spaced_slash() -> None:
    assert language_tags("Welsh / Polish") == ["cy", "pl"]


@pytest.mark.parametrize(("cell", "name"), [
    ("Grace Obi *LEFT*", "Grace Obi"),
    ("Obi *LEAVER*, Grace", "Grace Obi"),
    ("Obi, Grace **RETIRED**", "Grace Obi"),
    ("Grace Obi - leaver", "Grace Obi"),
    ("Grace Obi LEFT", "Grace Obi"),
    ("Grace Obi *new starter*", "Grace Obi"),
    ("**Grace Obi**", "Grace Obi"),
    ("Grace Obi \u2020", "Grace Obi"),
    ("# Grace Obi", "Grace Obi"),
    # a surname that is also a marker word, written as a name, stays
    ("Tom New", "Tom New"),
    ("TOM NEW", "TOM NEW"),
    ("Amy Left", "Amy Left"),
])
def test_a_lists_marker_beside_a_name_is_not_part_of_it(cell: str, name: str) -> None:
    assert person_name(cell) == name


def test_the_marker_is_kept_apart_from_the_name() -> None:
    assert name_marker("Obi *LEFT*") == ("Obi", "LEFT")
    assert name_marker("Grace Obi - Retired") == ("Grace Obi", "Retired")
    assert name_marker("Grace Obi") == ("Grace Obi", "")


@pytest.mark.parametrize(("headers", "fields"), [
    (["Name", "Organisation"], ["display_name", "department"]),
    (["Name", "Organization Name"], ["display_name", "department"]),
    (["Name", "Work area"], ["display_name", "department"]),
    (["Name", "Position title", "Org unit"], ["display_name", "job_title", "department"]),
    # a broad organisation column gives way to a team or ward column, either side of it
    (["Name", "Organisation", "Ward"], ["display_name", "", "department"]),
    (["Name", "Team", "Organisation"], ["display_name", "department", ""]),
    (["Name", "Organisation", "Department"], ["display_name", "", "department"]),
])
def test_staff_list_headers_for_the_team_and_the_post(
        headers: list[str], fields: list[str]) -> None:
    from kmcore.io.columns import columns_for
    from kmcore.io.mapping import guess_mapping
    from kmcore.records.person import Person

    mapping = guess_mapping("person", headers, columns_for(Person))
    assert [cm.field for cm in mapping.columns] == fields


def test_an_esr_extract_comes_in_with_team_post_areas_and_languages(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "esr extract.txt"
    text = ("Assignment No\tSurname\tForename\tTitle\tPosition Title\tOrganisation\t"
            "Skills and expertise\n"
            "31000123-1\tObi *LEFT*\tGrace\tMs\tTissue Viability Nurse\tTissue Viability\t"
            "\"Pain assessment & management\nTissue viability / wound care\n"
            "Speaks Igbo & Yoruba\"\n"
            "31000456-1\tMorgan\tDylan\tMr\tSenior Physiotherapist (Band 7)\tMSK Outpatients\t"
            "Stage 1 and stage 2 pressure ulcers; hip and knee rehab\n")
    path.write_text(text, encoding="utf-16")
    import_file(kb, path, "person")
    people = {p.display_name: p for p in kb.records("person")}
    assert set(people) == {"Grace Obi", "Dylan Morgan"}
    grace, dylan = people["Grace Obi"], people["Dylan Morgan"]
    assert (grace.department, grace.job_title) == ("Tissue Viability", "Tissue Viability Nurse")
    assert [e.concept.label for e in grace.profile.expertise] == [
        "Pain assessment & management", "Tissue viability / wound care"]
    assert list(grace.profile.languages) == ["ig", "yo"]
    assert dylan.department == "MSK Outpatients"
    assert [e.concept.label for e in dylan.profile.expertise] == [
        "Stage 1 and stage 2 pressure ulcers", "hip and knee rehab"]


@pytest.mark.parametrize(("header", "field"), [
    # the expertise column of special-interest lists and "who to ask" directories
    ("Sub-specialty interest", "profile.expertise"),
    ("Area(s) of special interest", "profile.expertise"),
    ("Clinical special interest", "profile.expertise"),
    ("Areas I can advise on", "profile.expertise"),
    ("Go-to person for", "profile.expertise"),
    ("Specialist knowledge", "profile.expertise"),
    ("Subject areas", "profile.expertise"),
    ("Also interested in", "profile.expertise"),
    # the topics a champion can support staff with (what they would do is willing_to)
    ("Areas I can support with", "profile.expertise"),
    ("Topics I can support with", "profile.expertise"),
    ("Support offered", "profile.willing_to"),
    # a column about a list is not one
    ("Years of experience", ""),
    ("Conflict of interest", ""),
    # the name column under the word for who is in the list
    ("Employee", "display_name"),
    ("Consultant", "display_name"),
    ("Surname, Forename", "display_name"),
])
def test_special_interest_and_name_headers(header: str, field: str) -> None:
    from kmcore.io.columns import columns_for
    from kmcore.io.mapping import guess_mapping
    from kmcore.records.person import Person

    others = ["Email"] if field == "display_name" else ["Name"]
    mapping = guess_mapping("person", [header, *others], columns_for(Person))
    assert mapping.columns[0].field == field


def test_the_lowest_level_of_an_esr_hierarchy_is_the_department() -> None:
    from kmcore.io.columns import columns_for
    from kmcore.io.mapping import guess_mapping
    from kmcore.records.person import Person

    headers = ["Name", "Org L3", "Org L4", "Org L6", "Org L5"]
    mapping = guess_mapping("person", headers, columns_for(Person))
    assert [cm.field for cm in mapping.columns] == ["display_name", "", "", "department", ""]


@pytest.mark.parametrize(("cell", "name"), [
    # letters after a name
    ("Aisha Khan MBChB FRCP", "Aisha Khan"),
    ("Aisha Khan RN", "Aisha Khan"),
    ("Jane Smith BSc (Hons) MCSP", "Jane Smith"),
    ("Jane Smith, RGN", "Jane Smith"),
    ("Jane Ma", "Jane Ma"),  # a surname that is also letters, written as a name
    # a job after the comma is not a given name
    ("Jane Smith, Advanced Physio", "Jane Smith"),
    ("Dr Raj Patel, Consultant Cardiologist", "Raj Patel"),
    ("Jane Smith, Band 6 Physio", "Jane Smith"),
    ("Smith, Jane, Staff Nurse", "Jane Smith"),
    ("Dr Jane Smith MBBS, Consultant", "Jane Smith"),
    ("Smith, Mary Jane", "Mary Jane Smith"),
    ("Ní Bhriain, Áine", "Áine Ní Bhriain"),
    # the surname first, in capitals, as rota and HR systems print it
    ("SMITH Jane", "Jane Smith"),
    ("O'NEILL-DAVIES Siobhán", "Siobhán O'Neill-Davies"),
    ("O'NEILL, Siobhán", "Siobhán O'Neill"),
    ("AJ Smith", "AJ Smith"),  # initials stay
    ("JANE SMITH", "JANE SMITH"),  # all in capitals: as written
])
def test_a_name_without_its_letters_or_job_and_the_right_way_round(cell: str,
                                                                    name: str) -> None:
    assert person_name(cell) == name


@pytest.mark.parametrize(("cell", "people"), [
    ("Jane Smith, Advanced Physio", ["Jane Smith"]),
    ("Dr Raj Patel, Consultant Cardiologist", ["Dr Raj Patel"]),
    ("Jane Smith, RGN / Tom Jones", ["Jane Smith", "Tom Jones"]),
    ("Jane Smith, Falls Lead; Tom Jones", ["Jane Smith", "Tom Jones"]),
    ("Jane Smith, Tom Jones", ["Jane Smith", "Tom Jones"]),
    ("Whitfield *LEFT*, George", ["Whitfield, George"]),
])
def test_a_job_after_a_comma_is_no_second_person(cell: str, people: list[str]) -> None:
    from kmcore.io.people import split_people

    assert split_people(cell) == people


@pytest.mark.parametrize(("cell", "areas"), [
    # list numbering and the bullets Word and Forms paste
    ("1. Falls\n2. Frailty\n3. Delirium", ["Falls", "Frailty", "Delirium"]),
    ("1) Falls 2) Frailty 3) Delirium", ["Falls", "Frailty", "Delirium"]),
    ("(1) Sepsis; (2) AKI", ["Sepsis", "AKI"]),
    ("a) COPD b) asthma", ["COPD", "asthma"]),
    ("\u25aa Falls \u25aa Frailty", ["Falls", "Frailty"]),
    ("\u25e6 Dysphagia\n\u25e6 Voice", ["Dysphagia", "Voice"]),
    ("Level 3 (a) safeguarding", ["Level 3 (a) safeguarding"]),
    # a chain of unspaced slashes is a list; two short words are one area
    ("Sepsis/AKI/deterioration", ["Sepsis", "AKI", "deterioration"]),
    ("Cat 3/4/5 calls", ["Cat 3/4/5 calls"]),
    ("HIV/AIDS", ["HIV/AIDS"]),
    # "including" runs an object on past "&"
    ("Tissue viability incl. pressure ulcers & leg ulcers",
     ["Tissue viability incl. pressure ulcers & leg ulcers"]),
    # quotation marks round a named thing are kept
    ("Dementia care, 'This is me'", ["Dementia care", "'This is me'"]),
])
def test_numbered_bulleted_and_slashed_lists(cell: str, areas: list[str]) -> None:
    assert split_areas(cell).areas == areas


@pytest.mark.parametrize(("headers", "fields"), [
    # a bare "Title" beside a job column is the honorific, wherever it stands
    (["Title", "Name", "Role", "Team"], ["", "display_name", "job_title", "department"]),
    (["Title", "Full name", "Post"], ["", "display_name", "job_title"]),
    # alone, it is the job title, as before
    (["Name", "Title", "Team"], ["display_name", "job_title", "department"]),
])
def test_a_title_beside_a_job_column_is_the_honorific(
        headers: list[str], fields: list[str]) -> None:
    from kmcore.io.columns import columns_for
    from kmcore.io.mapping import guess_mapping
    from kmcore.records.person import Person

    mapping = guess_mapping("person", headers, columns_for(Person))
    assert [cm.field for cm in mapping.columns] == fields


def test_initials_and_a_surname_make_the_name_and_the_preview_says_why_parts_are_out(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    from clihelp import run_cli

    path = tmp_path / "consultants.csv"
    path.write_text("Title,Initials,Surname,Role,Team\n"
                    "Dr,A J,Okafor,Consultant Geriatrician,Elderly Care\n", encoding="utf-8")
    result = run_cli(["--kb", str(kb.root), "import", str(path), "--type", "person",
                      "--yes"])
    assert result.code == 0, result.out + result.err
    assert "left out of the joined name" in result.out
    [person] = kb.records("person")
    assert (person.display_name, person.job_title) == ("A J Okafor", "Consultant Geriatrician")


@pytest.mark.parametrize(("cell", "name"), [
    # ESR's full name: surname, forename, then the title
    ("Okafor, Amara Miss", "Amara Okafor"),
    ("Smith, Mary Jane Dr", "Mary Jane Smith"),
    ("OKAFOR, AMARA (MISS)", "Amara Okafor"),
    ("Ng, AJ", "AJ Ng"),
])
def test_esr_full_names(cell: str, name: str) -> None:
    assert person_name(cell) == name


@pytest.mark.parametrize(("cell", "areas", "languages"), [
    ("Falls; Polish - fluent", ["Falls"], ["pl"]),
    ("BSL level 2, deaf awareness", ["deaf awareness"], ["bfi"]),
    ("Can sign (BSL)", [], ["bfi"]),
    ("Arabic", ["Arabic"], []),  # a language's name alone may be the subject
])
def test_a_language_with_its_level_is_no_area(
        cell: str, areas: list[str], languages: list[str]) -> None:
    found = split_areas(cell)
    assert (found.areas, found.languages) == (areas, languages)


def test_a_sub_specialty_is_expertise_beside_the_specialty() -> None:
    from kmcore.io.columns import columns_for
    from kmcore.io.mapping import guess_mapping
    from kmcore.records.person import Person

    mapping = guess_mapping("person", ["Name", "Main specialty", "Sub-specialty"],
                            columns_for(Person))
    assert [cm.field for cm in mapping.columns] == [
        "display_name", "department", "profile.expertise"]


def test_email_cells_as_outlook_and_people_paste_them(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "directory.csv"
    path.write_text(
        "Name,Email,Team\n"
        "Jane Smith,mailto:jane.smith@nhs.net,Falls\n"
        "Amy Lee,Amy Lee <amy.lee@nhs.net>,Ward 7\n"
        "Cy Dee,n/a,Ward 9\n"
        "Tom Jones,tom.jones@nhs.net; tom.jones2@trust.nhs.uk,Stroke\n"
        "Bo Chan,ask switchboard,Ward 8\n", encoding="utf-8")
    result = import_file(kb, path, "person")
    emails = {p.display_name: p.work_email for p in kb.records("person")}
    assert emails == {"Jane Smith": "jane.smith@nhs.net", "Amy Lee": "amy.lee@nhs.net",
                      "Cy Dee": "", "Tom Jones": "tom.jones@nhs.net", "Bo Chan": ""}
    said = {(p.row, p.severity): p.reason for p in result.problems}
    # the second address is reported, not dropped without a trace
    assert "tom.jones2@trust.nhs.uk" in said[(5, "warning")]
    # a cell with no address at all is left out, the row kept, saying why (D860)
    assert "not an email address" in said[(6, "warning")]
    assert "left out of the record" in said[(6, "warning")]


@pytest.mark.parametrize("header", [
    "Start date in post", "GMC number", "HCPC number", "NMC PIN", "Person number",
    "Cost centre code"])
def test_hr_numbers_and_dates_are_not_guessed_as_other_fields(header: str) -> None:
    from kmcore.io.columns import columns_for
    from kmcore.io.mapping import guess_mapping
    from kmcore.records.person import Person

    mapping = guess_mapping("person", ["Name", header], columns_for(Person))
    assert mapping.columns[1].field == ""


def test_a_forms_question_about_what_to_ask_and_an_anonymous_response(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    from kmcore.io.columns import columns_for
    from kmcore.io.mapping import guess_mapping
    from kmcore.records.person import Person

    header = "What topics could colleagues ask you about? (list as many as you like)"
    mapping = guess_mapping("person", ["Name", header], columns_for(Person))
    assert mapping.columns[1].field == "profile.expertise"
    path = tmp_path / "form.csv"
    path.write_text("Email,Name,Topics\nanonymous,Priya Nair,1) CKD 2) AKI\n", encoding="utf-8")
    import_file(kb, path, "person")
    [priya] = kb.records("person")
    assert not priya.work_email
    assert [e.concept.label for e in priya.profile.expertise] == ["CKD", "AKI"]


def test_a_skills_matrix_tick_under_a_topic_is_that_area(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "matrix.csv"
    path.write_text("Name,Falls prevention,Tracheostomy care,Sepsis (adults),"
                    "Areas of expertise\n"
                    "Ann Lee,\u2713,,Y,Delirium\n"
                    "Ben Ode,,Competent,no,\n", encoding="utf-8")
    topics = {h: "profile.expertise"
              for h in ("Falls prevention", "Tracheostomy care", "Sepsis (adults)")}
    import_file(kb, path, "person", overrides=topics)
    areas = {p.display_name: [e.concept.label for e in p.profile.expertise]
             for p in kb.records("person")}
    assert areas == {"Ann Lee": ["Falls prevention", "Sepsis (adults)", "Delirium"],
                     "Ben Ode": ["Tracheostomy care"]}


def test_name_columns_also_fill_the_given_and_family_name(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "esr.csv"
    path.write_text("Last Name,First Name,Title,Position Title\n"
                    "WHITFIELD *LEFT*,George,Mr,Community Matron\n"
                    "Ní Bhriain (Dr),Áine,Dr,SLT\n", encoding="utf-8")
    import_file(kb, path, "person")
    names = {(p.display_name, p.given_name, p.family_name) for p in kb.records("person")}
    assert names == {("George Whitfield", "George", "Whitfield"),
                     ("Áine Ní Bhriain", "Áine", "Ní Bhriain")}


@pytest.mark.parametrize(("cell", "areas"), [
    ("I have a special interest in sepsis and AKI", ["sepsis", "AKI"]),
    ("Special interest in gout; lupus", ["gout", "lupus"]),
    ("Experience of TIVA, trained in ALS", ["TIVA", "ALS"]),
    ("Knowledge of the Mental Health Act", ["Mental Health Act"]),
    # an area whose name begins with such a word is left as it is
    ("Knowledge management; Expert patients programme",
     ["Knowledge management", "Expert patients programme"]),
])
def test_a_sentence_saying_it_is_an_area_gives_the_area(cell: str, areas: list[str]) -> None:
    assert split_areas(cell).areas == areas


def test_the_name_a_person_goes_by_is_their_name(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "staff.csv"
    path.write_text("Surname,Forename,Known as,Job title\n"
                    "Smith,Elizabeth,Liz,Matron\nJones,Robert,,Porter\n", encoding="utf-8")
    import_file(kb, path, "person")
    names = {(p.display_name, p.given_name) for p in kb.records("person")}
    assert names == {("Liz Smith", "Elizabeth"), ("Robert Jones", "Robert")}


@pytest.mark.parametrize(("name", "right"), [
    ("Medical staff special interests MFH.txt", 17),  # 16 of 17 at the round's start
    ("Therapies skills matrix HSV.xlsx", 22),  # 17 of 22 (slashes, D361; leavers, D302)
])
def test_third_held_out_staff_lists_keep_their_areas_whole(
        tmp_path: Path, name: str, right: int) -> None:
    from import_corpus import score_file

    path = Path(__file__).parent / "data" / "import-corpus-heldout3" / name
    score = score_file(path, tmp_path)
    assert score.good_right >= right, score.misses
    assert not [m for m in score.misses if "expertise" in m], score.misses


@pytest.mark.parametrize(("cell", "areas"), [
    # an "&" after one plain word inside an item of a list names one area with what follows
    ("Finance & procurement; Estates strategy", ["Finance & procurement", "Estates strategy"]),
    ("Records management\nPolicy & governance\nFOI requests",
     ["Records management", "Policy & governance", "FOI requests"]),
    ("Print & design, Room bookings", ["Print & design", "Room bookings"]),
    ("Rota & workforce planning; Payroll", ["Rota & workforce planning", "Payroll"]),
    # ... unless that word is a subject on its own
    ("Asthma & allergy clinics; Spirometry", ["Asthma", "allergy clinics", "Spirometry"]),
    # "A, B and C" is a list ...
    ("Audit, service evaluation and patient surveys",
     ["Audit", "service evaluation", "patient surveys"]),
    # ... but not where the list's other items hold conjunctions of their own
    ("Rota & workforce planning, Payroll, Pensions and benefits",
     ["Rota & workforce planning", "Payroll", "Pensions and benefits"]),
    # one item alone: "and" still separates two areas
    ("Lymphoedema and compression hosiery", ["Lymphoedema", "compression hosiery"]),
    # a list whose writer joins one area's words with "&" ("Potassium & phosphate
    # education"): a subject "and" another word is one area there too (D1303) ...
    ("\u2022 Potassium & phosphate education\n\u2022 Tube feeding on HD\n\u2022 Diabetes and "
     "dialysis", ["Potassium & phosphate education", "Tube feeding on HD",
                  "Diabetes and dialysis"]),
    # ... but a fixed phrase anybody writes so says nothing of the writer
    ("Falls & frailty; Moving & handling", ["Falls", "frailty", "Moving & handling"]),
])
def test_and_inside_a_listed_item_belongs_to_its_area(cell: str, areas: list[str]) -> None:
    assert split_areas(cell).areas == areas


@pytest.mark.parametrize(("cell", "areas", "offers"), [
    # an offer written as a sentence after the areas, in the same item (D1300)
    ("Opioid substitution therapy, hepatitis C treatment in custody and naloxone training. "
     "Happy to teach the GP trainees.",
     ["Opioid substitution therapy", "hepatitis C treatment in custody", "naloxone training"],
     ["Happy to teach the GP trainees"]),
    ("Trauma-informed care, PTSD and personality disorder (OPD pathway). Can offer reflective "
     "practice sessions for officers.",
     ["Trauma-informed care", "PTSD", "personality disorder (OPD pathway)"],
     ["Can offer reflective practice sessions for officers"]),
    # ... or after a spaced dash
    ("SystmOne reporting \u2013 happy to show people how to run searches",
     ["SystmOne reporting"], ["happy to show people how to run searches"]),
    ("Wound care - willing to mentor, supervise and teach", ["Wound care"],
     ["willing to mentor, supervise and teach"]),
    # ... or after a comma or colon, or in a closing bracket
    ("Wound care, happy to teach new staff", ["Wound care"], ["happy to teach new staff"]),
    ("Diabetes, willing to mentor, supervise and teach", ["Diabetes"],
     ["willing to mentor, supervise and teach"]),
    ("Pain management: happy to advise wards", ["Pain management"],
     ["happy to advise wards"]),
    ("Tracheostomy care (happy to teach)", ["Tracheostomy care"], ["happy to teach"]),
    # a dash or full stop before anything else is no offer
    ("Sepsis - adult. Paediatric sepsis", ["Sepsis - adult. Paediatric sepsis"], []),
])
def test_an_offer_written_as_a_sentence_after_the_areas_is_an_offer(
        cell: str, areas: list[str], offers: list[str]) -> None:
    found = split_areas(cell)
    assert (found.areas, found.offers) == (areas, offers)


@pytest.mark.parametrize(("cell", "areas"), [
    # the writer numbered or bulleted each area: a conjunction inside one is that area's own
    # (D1450)
    ("1) Airway management\n2) Pre-op assessment\n3) Human factors & simulation",
     ["Airway management", "Pre-op assessment", "Human factors & simulation"]),
    ("1. Safe prescribing (PSA prep)\n2. Insulin & anticoagulants",
     ["Safe prescribing (PSA prep)", "Insulin & anticoagulants"]),
    ("\u2022 Falls & frailty\n\u2022 Continence", ["Falls & frailty", "Continence"]),
    # a comma list inside a numbered item is still a list
    ("1. Sepsis, AKI\n2. Delirium", ["Sepsis", "AKI", "Delirium"]),
    # a line naming the languages spoken is no area, but the cell is still a list: the "&"
    # in its other item is that item's own (D1451)
    ("Faith & spiritual wellbeing; Speaks Bengali and Urdu", ["Faith & spiritual wellbeing"]),
    # the one item of a cell with no list may still name two
    ("Faith & spiritual wellbeing", ["Faith", "spiritual wellbeing"]),
    # "&" in an item of a list told apart by ";" or line breaks ties that item's words,
    # after a phrase too (D1452) ...
    ("Regional anaesthesia & nerve blocks; perioperative medicine; ultrasound",
     ["Regional anaesthesia & nerve blocks", "perioperative medicine", "ultrasound"]),
    ("Transgender voice & communication\nMuscle tension dysphonia",
     ["Transgender voice & communication", "Muscle tension dysphonia"]),
    # ... but not where each side is a subject of its own, and "and" may still separate
    ("Respiratory; Asthma & COPD", ["Respiratory", "Asthma", "COPD"]),
    ("NLS; blood gas analysers (superuser) & BadgerNet",
     ["NLS", "blood gas analysers (superuser)", "BadgerNet"]),
    ("Dysphagia and communication in dementia; speaks Italian",
     ["Dysphagia", "communication in dementia"]),
    ("Sports injuries and hydrotherapy; MSK", ["Sports injuries", "hydrotherapy", "MSK"]),
    # a fixed pair of words NHS services go by (D1452)
    ("Bereavement & loss", ["Bereavement & loss"]),
    # an item of a comma list other than its last ties its words by an "&" as an item of a
    # ";" list does (D1514) ...
    ("Study costings & invoicing, Excess treatment costs",
     ["Study costings & invoicing", "Excess treatment costs"]),
    ("log rolling & spinal precautions, halo care",
     ["log rolling & spinal precautions", "halo care"]),
    # ... with the same exceptions: a subject of its own on each side
    ("COPD & pulmonary rehab, MSK", ["COPD", "pulmonary rehab", "MSK"]),
    # the last item's "&" or "and" may be the list's own closing joiner
    ("Falls, sleep apnoea & home ventilation", ["Falls", "sleep apnoea", "home ventilation"]),
    ("Falls, renal drug dosing and sick day rules",
     ["Falls", "renal drug dosing", "sick day rules"]),
])
def test_a_conjunction_the_writer_put_inside_one_listed_area(cell: str,
                                                            areas: list[str]) -> None:
    assert split_areas(cell).areas == areas


@pytest.mark.parametrize(("cell", "people"), [
    # a name written surname first, then a dash and the job: one person (D1458)
    ("Patel, Anita - Pharmacist", ["Patel, Anita - Pharmacist"]),
    ("Smith, Jo \u2013 Band 6 Staff Nurse", ["Smith, Jo \u2013 Band 6 Staff Nurse"]),
    # two people still two
    ("Patel, Anita / Jo Smith", ["Patel, Anita", "Jo Smith"]),
])
def test_a_surname_first_name_with_its_job_after_a_dash_is_one_person(
        cell: str, people: list[str]) -> None:
    from kmcore.io.people import split_people

    assert split_people(cell) == people


@pytest.mark.parametrize(("cell", "name"), [
    ("Patel, Anita - Pharmacist", "Anita Patel"),
    # a name its writer was unsure of is the name (D1458)
    ("TBC - Anita Patel?", "Anita Patel"),
    ("Anita Patel (?)", "Anita Patel"),
])
def test_the_name_a_lead_cell_gives(cell: str, name: str) -> None:
    from kmcore.io.cells import person_name

    assert person_name(cell) == name


@pytest.mark.parametrize("cell", ["Me", "me", "Myself", "self"])
def test_me_outside_a_form_names_nobody_the_log_knows(cell: str) -> None:
    """Outside a form export (where "me" is whoever filled it in, D1261) a log's "Me" is its
    keeper, whom the file does not name: no person called "Me" is made (D1458)."""
    from kmcore.io.cells import names_nobody

    assert names_nobody(cell)


@pytest.mark.parametrize(("cell", "areas"), [
    # Unicode's own line breaks, as some exports write a cell's new lines (D1459)
    ("Sepsis\u2028AKI", ["Sepsis", "AKI"]),
    ("Sepsis\u2029AKI\x0bNEWS2", ["Sepsis", "AKI", "NEWS2"]),
    # numbering written on one line: "1. ... 2. ..." counting up from 1
    ("1. Sepsis 2. AKI 3. Human factors & simulation",
     ["Sepsis", "AKI", "Human factors & simulation"]),
    # ... but a number inside an area is no numbering
    ("Level 2. Safeguarding", ["Level 2. Safeguarding"]),
    # a label before the list
    ("Ask me about: sepsis, AKI", ["sepsis", "AKI"]),
    ("Topics: sepsis; AKI", ["sepsis", "AKI"]),
    # the list's own "and" or "also" before its last item is no part of it
    ("Sepsis, and AKI", ["Sepsis", "AKI"]),
    ("Sepsis, AKI, and also NEWS2", ["Sepsis", "AKI", "NEWS2"]),
    ("Sepsis, AKI, &c.", ["Sepsis", "AKI"]),
])
def test_more_ways_a_cell_lists_its_areas(cell: str, areas: list[str]) -> None:
    assert split_areas(cell).areas == areas

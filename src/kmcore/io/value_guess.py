"""Guessing a column's field from what its cells hold, where its header alone says too little.

Headers written by people who never saw kmcore are often too short or too odd to name a field
("Hub ref", "Title" over people's names, "Pain" over a column of ticks, "What are we trying
to do?"). The header guess of :mod:`kmcore.io.mapping` leaves such a column out; this module
looks at the first rows' cells and proposes a field only when the cells leave no doubt:

* a short reference header ("Hub ref", "Panel ref") over codes that hold a digit and are
  nearly all different: the key (not on a staff list, whose numbers are HR's);
* a question or instruction ("What are we trying to do?", "Describe your idea...") answered in
  sentences, in an innovations log with no description column: the description (a question
  asking why, "Why is it needed?", the problem);
* an innovations log naming no lead, and one column of people's names under a header not
  about someone else (a sponsor, an approver): the lead;
* a person list with no name column, and a column (often a SharePoint list's "Title") whose
  cells are people's names: the name;
* a column of e-mail addresses under a header that names no field: the person's e-mail (a
  staff list) or the lead's (a log that names its lead in another column);
* an innovations log with no start column, and one column of dates under a header naming a
  date that is not an end, a review or a decision ("Date", "When?"): the start;
* an innovations log's "Team" ("Your team") over the names of wards and services rather than
  people, with no department column: the department;
* a log naming no lead but one contact per idea, a person: the lead;
* a log with no stage column, and one short column ("Outcome" of a grant panel) whose cells
  are stage words ("Approved - running", "On hold"): the stage;
* a log whose stage column stops being filled where another status column starts ("Status"
  up to 2020, "Latest status (2021 on)" after): both, the later column winning;
* in a staff list, a block of three or more side-by-side columns whose cells are ticks or
  levels (a skills matrix): each column's header is an area of expertise.

A wrong guess costs more than none (the librarian must notice it in the preview), so each
rule asks for most of the filled cells to agree, and every guess is shown with how it was
made.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from kmcore.io.columns import Column
from kmcore.io.headers import BOOKKEEPING, qualifier_free
from kmcore.io.mapping import (
    KEY,
    LATER_COLUMN,
    ColumnMapping,
    ImportMapping,
    normalise_header,
)

__all__ = ["SAMPLE_ROWS", "guess_from_values", "looks_like_a_person"]

#: How many of the first rows are looked at (their guesses' confidence is in
#: :data:`kmcore.io.mapping.CONFIDENCE`).
SAMPLE_ROWS = 200

#: The share of a column's filled cells that must agree before its cells decide a field.
_MOST = 0.8

#: The last word of a header naming a column of reference codes: "Hub ref", "Log no.".
_REF_WORDS = frozenset({"ref", "reference", "no", "number", "num", "id", "code", "refno"})
_EMAIL = re.compile(r"^[\w.+'-]+@[\w-]+(\.[\w-]+)+$")
#: A question or instruction heading a form's answer: "What are we trying to do?".
_QUESTION_START = re.compile(r"^(?:what|why|how|describe|tell us|explain|please describe|"
                             r"give|summarise|summarize|outline)\b", re.I)
#: Questions asking about the idea itself (preferred when several questions are prose).
_ABOUT_THE_IDEA = re.compile(r"^(?:describe|tell us about|explain|outline|summari[sz]e|"
                             r"what (?:is|are|s|was|were|will|did|do)\b)", re.I)
#: Words of a question about why a change is needed, and about the change itself.
_PROBLEM_WORDS = re.compile(r"\b(?:problem|issue|why|need|needed|challenge|reason|gap|"
                            r"trying to (?:fix|solve))\b", re.I)
_IDEA_WORDS = re.compile(r"\b(?:idea|project|scheme|innovation|change|describe your|"
                         r"what is it|what are (?:we|you) trying to do)\b", re.I)
#: A column for remarks about the entry ("Any other comments?"), never what the idea is.
_REMARKS = re.compile(r"\b(?:comments?|notes?|remarks?|feedback|anything else|other|"
                      r"additional|further|use only|office)\b", re.I)
#: Words of a header about a project's members rather than where it is based.
_MEMBERS = re.compile(r"member|involved|names?\b|people|others|\bwho\b|colleague|\bco\b|"
                      r"co-?leads?|collaborat|wider", re.I)
_HONORIFIC = re.compile(r"^(?:dr|mr|mrs|ms|miss|mx|prof|professor|rev|revd|sister|sr)\.?\s+",
                        re.I)
#: Words of a ward, service or place name, never of a person's name.
_PLACE_WORDS = frozenset({
    "unit", "team", "ward", "service", "services", "therapy", "therapies", "home", "hospice",
    "systems", "education", "estates", "engagement", "wellbeing", "clinic", "centre",
    "center", "department", "support", "care", "health", "community", "hospital", "nursing",
    "patient", "patients", "inpatient", "outpatient", "outpatients", "in-patient",
    "out-patient", "theatres", "theatre", "pharmacy", "radiology", "maternity", "surgery",
    "medicine", "finance", "hr", "it", "digital", "library", "office", "hub", "practice",
    "rehab", "rehabilitation", "mental", "paediatrics", "children", "adult", "adults",
    "school", "trust", "network", "board", "group", "division", "directorate", "quality",
    "safety", "governance", "workforce", "training", "research", "day", "night", "acute",
    "emergency", "assessment", "stroke", "cardiology", "oncology", "palliative", "district",
    "north", "south", "east", "west", "central", "locality", "admin", "administration",
    "lks", "knowledge", "clinical", "operations", "facilities", "catering", "portering",
    "volunteers", "volunteering", "fundraising", "communications", "comms", "test", "item",
    "vacant", "tbc", "none", "various", "all",
    # clinical specialties and services a team is named for ("Diabetes Foot MDT",
    # "Diabetic Eye Screening", "Antenatal Diabetes"), none of them a surname (D1200)
    "mdt", "screening", "dietetics", "diabetes", "diabetic", "antenatal", "postnatal",
    "neonatal", "perinatal", "podiatry", "physiotherapy", "respiratory", "renal",
    "dermatology", "urology", "neurology", "haematology", "rheumatology", "audiology",
    "ophthalmology", "endoscopy", "imaging", "midwifery", "obstetrics", "gynaecology",
    "anaesthetics", "dementia", "frailty", "continence", "safeguarding", "psychology",
    "psychiatry", "liaison", "endocrinology", "gastroenterology", "orthopaedics",
    "vascular", "infection"})
#: What a list adds around a person's name without making it less of one: a leaver's "zz"
#: prefix (sorts them last), a bracketed "(LEFT)" or "(Volunteer)", a trailing "- LEFT Apr 24".
_MARKED = re.compile(r"^zz+\s+|\s*\([^()]*\)\s*$|\s+[-\u2013\u2014]\s*left\b.*$", re.I)
#: Cells that stand for no one, left out of the share that must be names: a test item, a
#: vacant post ("VACANT - Improvement Advisor (Band 7)").
_NOBODY = re.compile(r"^\W*(?:test|vacant|vacancy|tbc|tba|n/?a)\b", re.I)
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'\u2019.-]*(?:['\u2019-][^\W\d_]+)*\.?$")
def looks_like_a_person(text: str) -> bool:
    """Whether a cell is plainly one person's name: ``"Whitaker, Joanna"``, ``"Dr Harriet
    Moss"``, ``"Esther Okafor-Bright"``; not a ward or service (``"Day Therapy"``,
    ``"Hospice at Home"``), a role, a code or a sentence."""
    text = _MARKED.sub("", " ".join(text.split())).strip()
    if not text or any(ch.isdigit() for ch in text) or "@" in text:
        return False
    surname, comma, given = text.partition(",")
    words = ([*given.split(), *surname.split()] if comma and "," not in given
             else _HONORIFIC.sub("", text).split())
    if not 2 <= len(words) <= 4:
        return False
    return all(_NAME_WORD.match(w) and w[0].isupper() and w.strip(".").casefold()
               not in _PLACE_WORDS for w in words)


#: an e-mail address written beside a name ("Ann Lee ann.lee@nhs.net", "<ann.lee@nhs.net>")
_EMAIL_BESIDE = re.compile(r"[(<\[]?\s*(?:mailto:)?[\w.+'\-]+@[\w\-]+(?:\.[\w\-]+)+\s*[)>\]]?")
#: how a log joins two people in its lead cell: "Ann Lee / Raj Shah", "Ann Lee & Raj Shah"
_TWO_PEOPLE = re.compile(r"\s+(?:/|&|and)\s+|\s*;\s*")


def _names_people(text: str) -> bool:
    """Whether a cell names people: one person's name, perhaps with their e-mail beside it,
    or two or three names joined as a log joins a lead and a colleague ("A / B", "A & B")."""
    if "@" in text:
        text = " ".join(_EMAIL_BESIDE.sub(" ", text).split())
    parts = _TWO_PEOPLE.split(text)
    return len(parts) <= 3 and all(looks_like_a_person(part) for part in parts)


def _people(cells: list[str]) -> bool:
    """Whether most cells naming anyone are people's names (a test item or vacant post in a
    list of people does not count against it)."""
    return _most([c for c in cells if not _NOBODY.match(c)], _names_people)


def _filled(rows: Sequence[Mapping[str, Any]], header: str) -> list[str]:
    out = []
    for row in rows:
        value = row.get(header)
        text = " ".join(str(value).split()) if value is not None else ""
        if text:
            out.append(text)
    return out


def _most(cells: list[str], test: Any, share: float = _MOST) -> bool:
    return bool(cells) and sum(1 for c in cells if test(c)) >= share * len(cells)


def _open(cm: ColumnMapping) -> bool:
    """A column the header guess left out for want of a word (not one it chose to leave)."""
    return not cm.field and not cm.method and normalise_header(cm.header) not in BOOKKEEPING


def _a_reference(text: str) -> bool:
    return len(text) <= 24 and any(ch.isdigit() for ch in text) and len(
        re.sub(r"\D", "", text)) < 9 and " " not in text.strip()


#: Numbered things that are not the entry's reference: a phone, a room, a ward, a band.
_OTHER_NUMBERS = re.compile(r"\b(?:tel|telephone|phone|ext|extension|bleep|mobile|pager|"
                            r"room|bed|ward|band|grade|age|year|page|version|nhs|hospital|"
                            r"patient|mrn|staff|employee|payroll|gmc|nmc|hcpc|cost|budget)\b",
                            re.I)


def _reference_header(header: str) -> bool:
    if _OTHER_NUMBERS.search(normalise_header(header)):
        return False
    words = normalise_header(qualifier_free(header)).split()
    return (1 <= len(words) <= 3 and (words[-1] in _REF_WORDS or "#" in header)) or (
        header.strip().endswith("#") and len(words) <= 3)


def _key(columns: list[ColumnMapping], rows: Sequence[Mapping[str, Any]],
         forms_id: str | None) -> None:
    """A short reference header over codes ("Hub ref": IH-22-001): the key. In a Forms
    export, a named reference column is the key rather than the Forms response number."""
    holder = next((i for i, cm in enumerate(columns) if cm.field == KEY), None)
    if holder is not None and columns[holder].header != forms_id:
        return
    for i, cm in enumerate(columns):
        if not _open(cm) or not _reference_header(cm.header):
            continue
        cells = _filled(rows, cm.header)
        if len(cells) >= 2 and _most(cells, _a_reference) and len(set(cells)) >= _MOST * len(
                cells):
            columns[i] = ColumnMapping(cm.header, KEY, "reference codes")
            if holder is not None:
                columns[holder] = ColumnMapping(columns[holder].header, "",
                                                "the form's response number")
            return


def _prose(text: str) -> bool:
    return len(text) >= 40 and len(text.split()) >= 7


def _about_the_problem(header: str) -> bool:
    """A question about why rather than what ("Why is it needed?", "What gap does it fill?"),
    unless it asks about the idea too ("Describe your idea - what problem does it solve?")."""
    return bool(_PROBLEM_WORDS.search(header)) and not _IDEA_WORDS.search(header)


def _description(columns: list[ColumnMapping], rows: Sequence[Mapping[str, Any]]) -> None:
    """A question answered in sentences, in a log without a description column (or, asking
    why, without a problem column)."""
    found = [i for i, cm in enumerate(columns)
             if (_open(cm) or (cm.field == "problem" and cm.method == "contains"
                               and _IDEA_WORDS.search(cm.header)))
             and not _REMARKS.search(cm.header)
             and (_QUESTION_START.match(cm.header.strip())
                  or cm.header.strip().endswith(("?", "\u2026", "...")))
             and _most(_filled(rows, cm.header), _prose, 0.6)]
    filled = {cm.field for cm in columns}
    why = [i for i in found if _about_the_problem(columns[i].header)]
    if why and "problem" not in filled:
        columns[why[0]] = ColumnMapping(columns[why[0]].header, "problem",
                                        "a question answered in prose")
    what = [i for i in found if i not in why]
    if what and "description" not in filled:
        i = next((i for i in what if _ABOUT_THE_IDEA.match(columns[i].header.strip())),
                 what[0])
        columns[i] = ColumnMapping(columns[i].header, "description",
                                   "a question answered in prose")


#: Words of a person who is not the one leading an idea: who backs, approves or typed it.
_NOT_THE_LEAD = re.compile(r"sponsor|approv|sign|exec|review|check|enter|updat|modif|creat|"
                           r"manager|director|panel|board|respond|patient|contact", re.I)


def _lead(columns: list[ColumnMapping], rows: Sequence[Mapping[str, Any]]) -> None:
    """A log naming nobody as its lead, and one column of people's names under a header
    that is not about someone else (a sponsor, an approver): the lead. A lead column of
    e-mail addresses alone ("Email") names nobody, so the names column is still looked for
    and both fill the lead (D1202)."""
    if any(cm.field == "lead" and not _most(_filled(rows, cm.header),
                                            lambda c: bool(_EMAIL.match(c)), 0.9)
           for cm in columns):
        return
    found = [i for i, cm in enumerate(columns)
             if _open(cm) and not _NOT_THE_LEAD.search(cm.header)
             and len(cells := _filled(rows, cm.header)) >= 2
             and _people(cells)]
    if len(found) == 1:
        i = found[0]
        columns[i] = ColumnMapping(columns[i].header, "lead", "people's names")


#: Words of a staff list's header naming someone other than the person the row is about.
_SOMEONE_ELSE = re.compile(r"manager|supervisor|\bline\b|reports? to|mentor|buddy|deputy|"
                           r"cover|backup|back up|approv|sign|enter|updat|modif|creat|sponsor|"
                           r"nominat|referee|\bby\b", re.I)


#: Headers naming a yes/no offer ("Mentor": happy to mentor) that a mentors' or coaches'
#: list also heads its name column with: its cells say which ("Y", or "Dr Ana Silva").
_NAMED_BY_ROLE = frozenset({"mentor", "mentors", "coach", "coaches", "mentor coach"})


def _person_name(columns: list[ColumnMapping], rows: Sequence[Mapping[str, Any]]) -> None:
    """A person list with no name column: the column whose cells are people's names (a
    SharePoint list's "Title")."""
    if any(cm.field == "display_name" for cm in columns):
        return
    for i, cm in enumerate(columns):
        role_noun = normalise_header(cm.header) in _NAMED_BY_ROLE and cm.method == "synonym"
        if not (_open(cm) or cm.method == "honorific" or role_noun or (
                cm.field == "job_title" and normalise_header(cm.header) == "title")):
            continue
        if _SOMEONE_ELSE.search(cm.header) and not role_noun:
            continue  # the person's manager or deputy, named beside them
        cells = _filled(rows, cm.header)
        if len(cells) >= 2 and _people(cells):
            columns[i] = ColumnMapping(cm.header, "display_name", "people's names")
            return


def _emails(columns: list[ColumnMapping], rows: Sequence[Mapping[str, Any]],
            record_type: str) -> None:
    """A column of e-mail addresses: the person's (a staff list) or the lead's (a log that
    names its lead in one other column)."""
    if record_type == "person":
        field = "work_email"
        if any(cm.field == field for cm in columns):
            return
    else:
        field = "lead"
        if sum(1 for cm in columns if cm.field == field) != 1:
            return
    for i, cm in enumerate(columns):
        if record_type != "person" and _NOT_THE_LEAD.search(cm.header):
            continue  # a sponsor's or approver's address is not the lead's
        if _open(cm) and _most(_filled(rows, cm.header), lambda c: bool(_EMAIL.match(c)), 0.9):
            columns[i] = ColumnMapping(cm.header, field, "e-mail addresses")
            return


def _team_of_places(columns: list[ColumnMapping], rows: Sequence[Mapping[str, Any]]) -> None:
    """An innovations log's bare "Team" over ward and service names: the department."""
    if any(cm.field == "department" for cm in columns):
        return
    for i, cm in enumerate(columns):
        # "field name": a volunteer's lower-case "team" heads ward and service names just as
        # often; kmcore's own export lists members there, and the people test keeps it (D963)
        # "a part of a slashed header": "Clinic / team" read by its part "team" (D1400)
        if cm.field != "team" or cm.method not in ("synonym", "contains", "field name",
                                                    "without its qualifier",
                                                    "a part of a slashed header"):
            continue
        if _MEMBERS.search(cm.header) or len(normalise_header(qualifier_free(cm.header)
                                                              ).split()) > 3:
            continue
        cells = _filled(rows, cm.header)
        people = sum(1 for c in cells if looks_like_a_person(c) or "@" in c
                     or re.search(r"[;/]|\band\b", c))
        if len(cells) >= 2 and people <= 0.2 * len(cells):
            columns[i] = ColumnMapping(cm.header, "department", "names of teams, not people")
            return


#: Words of a date column about something other than when the work began.
_OTHER_DATES = re.compile(r"end|clos|complet|finish|live|implement|launch|review|due|target|"
                          r"deadline|updat|modif|creat|last|next|evaluat|report|meeting|panel|"
                          r"decision|decided|approv|birth|dob|left|leav|expir|renew|audit",
                          re.I)
_WHEN = re.compile(r"\b(?:date|when|since|from|dated|month|year)\b", re.I)


def _contact_is_the_lead(columns: list[ColumnMapping],
                         rows: Sequence[Mapping[str, Any]]) -> None:
    """A log naming nobody as its lead but one contact per idea ("Contact": Dr Lucy Fenn):
    the only person named is the one leading it (a lead is required; a contact is not)."""
    if any(cm.field == "lead" for cm in columns):
        return
    found = [i for i, cm in enumerate(columns) if cm.field == "contact"]
    if len(found) == 1 and _most(_filled(rows, columns[found[0]].header), looks_like_a_person):
        i = found[0]
        columns[i] = ColumnMapping(columns[i].header, "lead", "the only person named")


#: Fields a short status column is sometimes guessed as by its header ("Outcome", "Result"
#: of a grant panel) when it holds how far each idea has got.
_STATUS_LIKE = frozenset({"evaluation.summary", "costs.funding_source"})


def _stage(columns: list[ColumnMapping], rows: Sequence[Mapping[str, Any]],
           stage: Column) -> None:
    """A log with no stage column, and one short column whose words are stage words
    ("Approved - running", "On hold", "Declined"): the stage."""
    from kmcore.io.values import ValueMatcher

    if stage.enum_cls is None or any(cm.field == "stage" for cm in columns):
        return
    matcher = ValueMatcher(stage.enum_cls)
    found = []
    for i, cm in enumerate(columns):
        if not (_open(cm) or (cm.field in _STATUS_LIKE and cm.method != "field name")):
            continue
        cells = _filled(rows, cm.header)
        if (len(cells) >= 2 and sum(len(c.split()) for c in cells) <= 6 * len(cells)
                and _most(cells, lambda c: matcher.match(c).method in (
                    "kmcore's word", "librarians' word", "read"), 0.7)):
            found.append(i)
    if len(found) == 1:
        i = found[0]
        columns[i] = ColumnMapping(columns[i].header, "stage", "stage words")


#: A header naming a status column: "Latest status (2021 on)", "Current stage", "Progress".
_STATUS_HEADER = re.compile(r"\b(?:status|stage|progress|position)\b")


def _later_status(columns: list[ColumnMapping], rows: Sequence[Mapping[str, Any]]) -> None:
    """A log whose stage moved to a new status column: one column is the stage, and one
    left out is headed as a status too, the two filled on different rows (old rows in the
    old column, new rows in the new one, few in both). Both fill the stage; where a row
    fills both, the later column wins (see :func:`kmcore.io.mapping.later_wins`)."""
    stages = [cm for cm in columns if cm.field == "stage"]
    if len(stages) != 1:
        return
    first = stages[0].header
    found = []
    for i, cm in enumerate(columns):
        if cm.field or not _STATUS_HEADER.search(normalise_header(cm.header)):
            continue
        only_first = only_this = both = 0
        for row in rows:
            here = bool(_filled([row], first))
            there = bool(_filled([row], cm.header))
            only_first += here and not there
            only_this += there and not here
            both += here and there
        if only_first >= 2 and only_this >= 2 and both * 2 <= only_first + only_this:
            found.append(i)
    if len(found) == 1:
        i = found[0]
        columns[i] = ColumnMapping(columns[i].header, "stage", LATER_COLUMN, first)


def _a_date(text: str) -> bool:
    from kmcore.io.cells import loose_date

    try:
        return loose_date(text) is not None
    except ValueError:
        return False


def _start(columns: list[ColumnMapping], rows: Sequence[Mapping[str, Any]]) -> None:
    """A log with no start column, and one column of dates under a header naming a date
    that is not about an end, a review or a decision ("Date", "When?"): the start."""
    if any(cm.field == "started_on" for cm in columns):
        return
    found = [i for i, cm in enumerate(columns)
             if _open(cm) and _WHEN.search(normalise_header(cm.header))
             and not _OTHER_DATES.search(cm.header)
             and len(cells := _filled(rows, cm.header)) >= 2 and _most(cells, _a_date)]
    if len(found) == 1:
        i = found[0]
        columns[i] = ColumnMapping(columns[i].header, "started_on", "dates")


def _a_tick(text: str) -> str:
    """``"yes"`` for a cell a skills matrix writes for a person who has the area (a tick, a
    level), ``"no"`` for one who has not (or not yet: "in training"), ``""`` for any other
    text: as the row reader
    reads it (:func:`kmcore.io.parts.area_in_header`), so a column guessed a matrix's is
    read as one."""
    from kmcore.io.parts import area_in_header

    found = area_in_header("Topic", text)
    if found == "Topic":
        return "yes"
    return "no" if found is None or _NOT_YET.match(text.strip()) else ""


#: A matrix's note that the person is on the way to an area: not a tick, but no other text.
_NOT_YET = re.compile(r"^(?:\(?\s*(?:in|on) training\s*\)?|training booked|booked|"
                      r"awaiting training|not yet|planned|to do|tbc|pending|-|\u2013|"
                      r"\u2717|\u2718)$", re.I)


def _skills_matrix(columns: list[ColumnMapping], rows: Sequence[Mapping[str, Any]]) -> None:
    """Three or more columns of a staff list whose cells are ticks or levels: a skills
    matrix, each column's header an area of expertise."""
    ticks = []
    for i, cm in enumerate(columns):
        # A yes/no question ("Drives?", "Bank (Y/N)") is about the person, not a topic.
        if not _open(cm) or cm.header.strip().endswith("?") or re.search(
                r"\b(?:y\s*/\s*n|yes\s*/\s*no)\b", cm.header, re.I):
            continue
        cells = _filled(rows, cm.header)
        read = [_a_tick(c) for c in cells]
        if cells and _most(read, bool) and "yes" in read:
            ticks.append(i)
    # A matrix is a block: three or more such columns side by side, not scattered flags.
    runs: list[list[int]] = []
    for i in ticks:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        if len(run) < 3:
            continue
        for i in run:
            columns[i] = ColumnMapping(columns[i].header, "profile.expertise",
                                       "a tick column of a skills matrix")


def _planner_buckets(columns: list[ColumnMapping], rows: Sequence[Mapping[str, Any]],
                     stage: Column) -> None:
    """A Planner export whose buckets are not stages ("Workstream A", "Phase 1 tasks"): the
    bucket is left out and the task's progress is the only stage there is."""
    from kmcore.io.mapping import PLANNER, PLANNER_TASK
    from kmcore.io.values import ValueMatcher

    bucket = next((i for i, cm in enumerate(columns)
                   if cm.method == PLANNER and cm.field == "stage"), None)
    if bucket is None or stage.enum_cls is None:
        return
    matcher = ValueMatcher(stage.enum_cls)
    cells = _filled(rows, columns[bucket].header)
    if not cells or _most(cells, lambda c: bool(matcher.match(c).value), 0.5):
        return
    columns[bucket] = ColumnMapping(columns[bucket].header, "", "buckets that are no stages")
    for i, cm in enumerate(columns):
        if cm.method == PLANNER_TASK and normalise_header(cm.header) == "progress":
            columns[i] = ColumnMapping(cm.header, "stage", "a Planner task's progress")


#: A person list's free-text column about the person ("Notes" of an Outlook contacts export).
_NOTES = frozenset({"notes", "note", "comments", "comment", "notes comments", "other info",
                    "other information", "additional information", "about"})
#: A note that names what someone knows: "Special interests: diabetes; menopause".
_INTERESTS = re.compile(r"\b(?:special )?interests?\b|\bexpertise\b|\bskills?\b", re.I)


def _a_list_of_topics(text: str) -> bool:
    """A note whose first line says interests, or lists short topics ("Dermatology,
    dermoscopy", "• MSK • Persistent pain"), not a sentence ("Interviews w/c 18 Nov")."""
    first = text.strip().splitlines()[0] if text.strip() else ""
    if _INTERESTS.search(first):
        return True
    items = [p for p in re.split(r"[,;•\n]", text) if p.strip()]
    return len(items) >= 2 and all(len(p.split()) <= 6 for p in items[:3])


def _notes_of_interests(columns: list[ColumnMapping],
                        rows: Sequence[Mapping[str, Any]]) -> None:
    """A contacts list with nothing for expertise, and a "Notes" column whose notes mostly
    list what each person knows: the expertise."""
    if any(cm.field.startswith("profile.expertise") for cm in columns):
        return
    for i, cm in enumerate(columns):
        if not (_open(cm) and normalise_header(qualifier_free(cm.header)) in _NOTES):
            continue
        cells = [str(row.get(cm.header) or "") for row in rows]
        cells = [c for c in cells if c.strip()]
        if len(cells) >= 3 and _most(cells, _a_list_of_topics, 0.6):
            columns[i] = ColumnMapping(cm.header, "profile.expertise",
                                       "a contacts list's notes of interests")
            return


def guess_from_values(mapping: ImportMapping, rows: Sequence[Mapping[str, Any]],
                      columns: Mapping[str, Column], *,
                      forms_id: str | None = None) -> ImportMapping:
    """*mapping* with the columns its header guess left out given a field where the first
    *rows* (``header -> cell``) leave no doubt (see the module docstring). *columns* are the
    record type's; *forms_id* is a Microsoft Forms export's "ID" column, if any."""
    if not rows:
        return mapping
    chosen = list(mapping.columns)
    record_type = mapping.record_type
    # a field a weak header match took whose cells another column shows (D1360)
    from kmcore.io.column_contents import guess_from_contents, release_weak_matches, settle_released

    released = release_weak_matches(chosen, rows, columns, record_type)
    if record_type != "person":
        # a staff list's numbers are HR's (an assignment or staff number: see
        # headers.BOOKKEEPING); its people are told apart by e-mail and name
        _key(chosen, rows, forms_id)
    if record_type == "innovation" and "description" in columns:
        _description(chosen, rows)
        _team_of_places(chosen, rows)
        _lead(chosen, rows)
        _contact_is_the_lead(chosen, rows)
        if "stage" in columns:
            _planner_buckets(chosen, rows, columns["stage"])
            _stage(chosen, rows, columns["stage"])
            _later_status(chosen, rows)
        _start(chosen, rows)
    if record_type == "person" and "display_name" in columns:
        _person_name(chosen, rows)
    if (record_type == "person" and "work_email" in columns) or (
            record_type == "innovation" and "lead" in columns):
        _emails(chosen, rows, record_type)
    if record_type == "person" and "profile" in columns:
        _skills_matrix(chosen, rows)
        _notes_of_interests(chosen, rows)
    # the title, the department and the name a person goes by, as a reader of the cells
    # would tell them (kmcore.io.column_contents; D1291)
    guess_from_contents(chosen, rows, columns, record_type)
    settle_released(chosen, released)
    return ImportMapping(record_type, chosen, mapping.values, mapping.defaults)

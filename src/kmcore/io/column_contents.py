"""Columns recognised from their cells, as a person reading the first rows would.

A sheet written by someone who never saw kmcore may head its columns with words no list of
headers holds ("Item", "Group", "Section", "Blurb"), yet a person reading the first rows
knows at once which column names the ideas and which the teams. This module looks as that
person does (D1291-D1299), for a column the header guess left out, and only where the file
has no column for the field already (a header match is never overridden):

* **the department**: short values naming wards, units, services and specialties
  ("Chemotherapy Day Unit", "EBME Workshop", "Renal Medicine") rather than people, dates,
  numbers or hospitals, repeated down the column (a team has several ideas or people) or
  nearly all such names (a staff list's people from many teams); a header naming a part of
  the organisation ("Group", "Section", "Area") asks fewer of them to say so. A staff
  list's "Base" or "Location" guessed as the site is the department instead when its cells
  name teams rather than hospitals and nothing else names the department;
* **the title** of a record (an idea, a story, a lesson): the first column of short
  phrases, nearly all different (or as many as the entries of a tracker), that are not
  dates, numbers, codes, e-mail addresses, people's names, stage words or sentences;
* **the description** of an idea (the field every idea needs): the column of sentences with
  the longest cells, never a notes or comments column;
* **the stage** of an idea: one column of short updates nearly all read as a stage ("Pilot
  on Hazel - 10 patients so far"); **the start**: the only column of dates whose header
  names no other date;
* **a staff list's** job title (cells naming jobs and grades), e-mail (one address a cell,
  bare or beside the name), expertise (cells listing topics), name from a directory's one
  column ("Dr Ann Lee - Consultant - falls; syncope", split by the row reader, D1260) and
  **the name a person goes by**: a "Preferred name" of whole names beside a payroll name
  ("ADEBAYO, Oluwaseun Grace") guessed as the name.

Each guess is shown in the preview with how it was made ("the cells name teams and
services"), so the librarian can check it; ``--map`` changes it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from kmcore.io.columns import Column
from kmcore.io.headers import qualifier_free
from kmcore.io.mapping import KEY, ColumnMapping, normalise_header
from kmcore.io.value_guess import (
    _EMAIL,
    _NOBODY,
    _PLACE_WORDS,
    _REMARKS,
    _a_date,
    _a_reference,
    _filled,
    _most,
    _open,
    _people,
    _prose,
    looks_like_a_person,
)

__all__ = ["CELLS_OVER_A_HEADER", "DEPARTMENT_FROM_CELLS", "DESCRIPTION_FROM_CELLS",
           "DIRECTORY_CELLS", "EMAIL_IN_CELLS", "EXPERTISE_FROM_CELLS", "JOB_FROM_CELLS",
           "NAMED_PLACES", "NOT_WHAT_ITS_HEADER_SAYS", "PREFERRED_NAME", "SITE_OF_TEAMS",
           "STAGE_FROM_CELLS",
           "START_FROM_CELLS", "TITLE_FROM_CELLS", "guess_from_contents", "release_weak_matches",
           "settle_released"]

#: How each guess is shown (see :data:`kmcore.io.mapping.CONFIDENCE`).
TITLE_FROM_CELLS = "short distinct names: the title"
DEPARTMENT_FROM_CELLS = "repeated names of teams and services"
SITE_OF_TEAMS = "a base that names teams, not sites"
PREFERRED_NAME = "the name they go by, beside a payroll name"
DIRECTORY_CELLS = "a name, a job and areas in one cell"
DESCRIPTION_FROM_CELLS = "sentences: the description"
JOB_FROM_CELLS = "names of jobs and grades"
STAGE_FROM_CELLS = "updates saying how far it has got"
START_FROM_CELLS = "the only column of dates"
EMAIL_IN_CELLS = "addresses, some beside names"
EXPERTISE_FROM_CELLS = "lists of topics"
NAMED_PLACES = "a few capitalised names, repeated: the department"
CELLS_OVER_A_HEADER = "the cells show it, not a weaker header's column"
NOT_WHAT_ITS_HEADER_SAYS = "its header's word, but another column's cells show it"

#: Words of a ward, unit, service or specialty a cell names (beyond the place words of
#: :mod:`kmcore.io.value_guess`, which also hold words that are no team: "test", "north").
_UNIT_WORDS = (_PLACE_WORDS - {
    "test", "item", "vacant", "tbc", "none", "various", "all", "north", "south", "east",
    "west", "central", "day", "night", "home", "patient", "patients", "adult", "adults",
    "children", "trust", "board", "quality", "safety", "hospital"}) | {
    "workshop", "engineering", "physics", "laboratory", "laboratories", "lab", "labs",
    "pathology", "equipment", "technical", "oncology", "radiotherapy", "chemotherapy",
    "haematology", "cancer", "experience", "access", "nutrition", "medical", "surgical",
    "wards", "units", "teams", "departments", "clinics", "pharmacy", "therapies", "therapy",
    "occupational", "speech", "language", "physio", "ot", "slt", "orthotics", "prosthetics",
    "sexual", "sdu", "hdu", "icu", "itu", "scbu", "nicu", "picu", "amu", "mau", "sau", "cdu",
    "ed", "a&e", "ae", "opd", "ccu", "gp", "pcn", "primary", "secondary", "crisis",
    "inpatients", "outpatient", "transplant", "dialysis", "psychosocial", "gastro",
    "cardiac", "cardiothoracic", "thoracic", "ent", "maxfax", "orthodontics", "dental",
    "ophthalmic", "eye", "vision", "hearing", "microbiology", "virology", "genetics",
    "critical", "intensive", "neonatal", "paediatric", "maternity", "obstetric", "midwives",
    "estates", "procurement", "informatics", "analytics", "it", "ict", "pmo", "transformation",
    "improvement", "innovation", "medicines", "optimisation", "hub", "alliance",
    "sterile", "decontamination", "mortuary", "chaplaincy", "podiatry", "orthopaedic",
    "trauma", "fracture", "spinal", "burns", "plastics", "plastic", "breast", "colorectal",
    "upper", "lower", "gi", "hepatology", "liver", "lung", "respiratory", "sleep", "pain",
    "rehabilitation", "reablement", "intermediate", "virtual", "discharge", "flow",
    "bed", "matrons", "nurses", "nursing", "doctors",
    # services and specialties of mental health, community and diagnostic care
    "viability", "conditions", "college", "information", "intervention", "psychosis",
    "cmht", "camhs", "addictions", "addiction", "disabilities", "disability", "diagnostics",
    "uec", "msk", "ct", "mri", "ultrasound", "x", "ray", "xray", "ir", "management",
    "development", "r&d", "im&t", "pals", "older", "adults", "children", "young",
    "neurodevelopmental", "recovery", "forensic", "memory",
    "eating", "disorders", "iapt", "talking", "homeless", "homelessness",
    "substance", "misuse", "contraception", "immunisation", "immunisations",
    "vaccination", "visiting", "visitors", "nursery", "triage", "treatment", "resolution",
    "outreach", "assertive", "cldt", "crht", "ldt", "dnt",
    "hbtt", "eip", "ucr",
    # an urgent care centre's and a department's own areas and corporate teams (D1361)
    "minors", "majors", "resus", "paeds", "reception", "streaming", "plaster", "staffing",
    "utc", "intelligence", "payroll", "recruitment", "audit", "legal",
    "bay", "bays", "suite", "lounge"}
#: Endings of a specialty's name ("Microbiology", "Geriatrics", "Psychiatry").
_SPECIALTY_ENDING = re.compile(r"(?:ology|ologies|iatry|iatrics|aedics|etics|atics|ics)$")
#: Words of a hospital, site or building a cell names: a site, not a team.
_SITE_WORDS = frozenset({"hospital", "infirmary", "site", "campus", "house", "building",
                         "hq", "headquarters", "block", "wing", "court", "lodge", "road",
                         "street", "park", "health centre"})
#: A header naming a part of the organisation in words no list of headers holds as the
#: department ("Group", "Section", "Area", "Base"): read with the cells.
_UNIT_HEADER = re.compile(
    r"^(?:group|section|area|base|location|unit|hub|patch|pod|locality|workstream|"
    r"programme|program|portfolio|clinical area|business area|service area|work area|"
    r"where|where based|home team|owning team|owner team|sub department|subdepartment|"
    r"care group|cost centre|cost center|speciality|specialty|specialism)$")
#: Headers of a staff list's site column that can name a team as well ("Base", "Location").
_AMBIGUOUS_SITE = frozenset({"base", "location", "based at", "work base", "base location",
                             "where based", "base ward", "work location", "based"})


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z&]+", text.casefold())


def _names_a_unit(text: str) -> bool:
    """Whether a cell names a ward, unit, service or specialty ("Chemotherapy Day Unit",
    "Renal Medicine", "EBME Workshop"): one of its words is a team's word."""
    return any(w in _UNIT_WORDS or (len(w) >= 8 and _SPECIALTY_ENDING.search(w))
               for w in _words(text))


def _names_a_site(text: str) -> bool:
    lowered = " ".join(_words(text))
    return any(w in _SITE_WORDS for w in lowered.split()) or "health centre" in lowered


def _short(text: str, words: int) -> bool:
    return len(text.split()) <= words and len(text) <= 12 * words


def _not_a_name_of_a_thing(text: str) -> bool:
    """A cell that is a date, a number, a code, an e-mail address or a person: no title or
    team, whatever its column."""
    return (bool(_EMAIL.match(text)) or _a_date(text) or _a_reference(text)
            or not re.search(r"[^\W\d_]{2}", text)
            or (looks_like_a_person(text) and not _names_a_unit(text)))


def _stage_words(cells: list[str], stage: Column | None) -> bool:
    if stage is None or stage.enum_cls is None:
        return False
    from kmcore.io.values import ValueMatcher

    matcher = ValueMatcher(stage.enum_cls)
    return _most(cells, lambda c: matcher.match(c).method in (
        "kmcore's word", "librarians' word", "read"), 0.5)


def _repeated(cells: list[str]) -> bool:
    """Values repeated down the column: a few of them name most rows."""
    counts = Counter(" ".join(c.casefold().split()) for c in cells)
    return len(counts) <= 0.8 * len(cells) and counts.most_common(1)[0][1] >= 2


def _team_column(header: str, cells: list[str], stage: Column | None) -> bool:
    """Whether *cells* (under *header*) name the teams the rows belong to: repeated, or
    (a staff list of people from many teams) nearly all short names of services."""
    if len(cells) < 3:
        return False
    if not _repeated(cells) and not (
            _most(cells, _names_a_unit, 0.75)
            and sum(len(c.split()) for c in cells) <= 3.5 * len(cells)):
        return False
    if not _most(cells, lambda c: _short(c, 8) and not _not_a_name_of_a_thing(c), 0.8):
        return False
    if _people(cells) or _stage_words(cells, stage):
        return False
    by_header = bool(_UNIT_HEADER.match(normalise_header(qualifier_free(header))))
    return _most(cells, _names_a_unit, 0.3 if by_header else 0.6) and not _most(
        cells, _names_a_site, 0.3)


def _entries(columns: list[ColumnMapping], rows: Sequence[Mapping[str, Any]]) -> int:
    """How many entries the rows are by their key (0 with no key column): a tracker holds
    a row per entry per update."""
    return len({c.casefold() for cm in columns if cm.field == KEY
                for c in _filled(rows, cm.header)})


def _keyed_rows(columns: list[ColumnMapping], rows: Sequence[Mapping[str, Any]]) -> int:
    return sum(len(_filled(rows, cm.header)) for cm in columns if cm.field == KEY)


def _department(columns: list[ColumnMapping], rows: Sequence[Mapping[str, Any]],
                stage: Column | None) -> None:
    """A file with no department column, and one column left out whose cells name teams."""
    if any(cm.field == "department" for cm in columns):
        return
    entries, keyed = _entries(columns, rows), _keyed_rows(columns, rows)
    tracker = entries and entries < 0.8 * keyed
    found = [i for i, cm in enumerate(columns)
             if _open(cm) and not _REMARKS.search(cm.header)
             and _team_column(cm.header, cells := _filled(rows, cm.header), stage)
             # in a tracker repeating its rows per update, a value per entry is the
             # entry's own name; a team has several entries
             and not (tracker and len({c.casefold() for c in cells}) >= 0.8 * entries)]
    if len(found) == 2:
        found = _narrower(columns, rows, found)
    if len(found) == 1:
        i = found[0]
        columns[i] = ColumnMapping(columns[i].header, "department", DEPARTMENT_FROM_CELLS)
    elif not found:
        _named_places(columns, rows, stage)


#: Whole cells that are a choice, not a place ("High", "Amber", "Yes", "Internal").
_CHOICE_CELLS = frozenset({
    "yes", "no", "y", "n", "high", "medium", "med", "low", "red", "amber", "green", "open",
    "closed", "complete", "completed", "done", "ongoing", "active", "inactive", "true",
    "false", "n/a", "na", "tbc", "tbd", "none", "unknown", "other", "major", "minor",
    "moderate", "critical", "urgent", "routine", "internal", "external", "clinical",
    "non-clinical", "new", "existing", "approved", "rejected", "pending", "funded",
    "unfunded", "male", "female", "idea", "project", "pilot", "local", "national",
    "regional", "trust", "charity", "both", "all", "various", "staff", "patients",
    "public"})
#: Words of a theme or a kind of thing, not a place ("Patient Safety", "Digital").
_THEME_WORDS = frozenset({
    "safety", "quality", "experience", "efficiency", "sustainability", "productivity",
    "cost", "costs", "saving", "savings", "outcome", "outcomes", "environment", "green",
    "technology", "process", "pathway", "workforce", "wellbeing", "prevention", "access",
    "digital", "research", "education", "training", "improvement", "innovation", "value",
    "waste", "flow", "risk", "compliance", "engagement", "communication", "culture"})
#: Headers of a kind, a theme or a choice: never a place, whatever the cells.
_KIND_HEADER = re.compile(
    r"\b(?:type|category|categories|theme|themes|kind|class|classification|source|"
    r"priority|rag|funding|funder|risk|impact|benefit|benefits|outcome|method|channel|"
    r"format|tag|tags|label|labels|topic|domain|pillar|strand|objective|driver|"
    r"status|stage|phase|result|decision|size|scale|level|band|grade|gender|sex)\b")


def _title_case(text: str) -> bool:
    """Every word of three letters or more capitalised ("Kestrel + Heron", "Bay 3")."""
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) >= 3]
    return bool(words) and all(w[0].isupper() for w in words)


def _named_places(columns: list[ColumnMapping], rows: Sequence[Mapping[str, Any]],
                  stage: Column | None) -> None:
    """A file with no department column and no column naming teams by a team's words:
    the one column left out whose cells are a few capitalised names repeated down the
    rows ("Kestrel", "Heron", "Kestrel + Heron"; "Bay 3"), as wards and units named for
    birds, trees or people are: short (four words or fewer), at most half as many
    different values as cells (twelve at most), one naming two rows or more; not people,
    jobs, dates, codes, hospitals or stage words, not choices ("High", "Amber", "Yes") or themes
    ("Patient Safety"), and under no header naming a kind, a theme or a choice (D1362)."""
    sampled = _sampled(rows)
    found = []
    for i, cm in enumerate(columns):
        if (not _open(cm) or _REMARKS.search(cm.header)
                or _KIND_HEADER.search(normalise_header(cm.header))):
            continue
        cells = _filled(rows, cm.header)
        if len(cells) < 4 or len(cells) < 0.5 * sampled:
            continue
        counts = Counter(" ".join(c.casefold().split()) for c in cells)
        if not (2 <= len(counts) <= min(12, 0.5 * len(cells))
                and counts.most_common(1)[0][1] >= 2):
            continue
        if (_most(cells, lambda c: _short(c, 4) and _title_case(c)
                  and not _not_a_name_of_a_thing(c), 0.8)
                and not _most(cells, lambda c: c.casefold().strip(" .") in _CHOICE_CELLS
                              or any(w in _THEME_WORDS for w in _words(c))
                              or _a_job(c), 0.2)
                and not _most(cells, _names_a_site, 0.3)
                and not _people(cells) and not _stage_words(cells, stage)):
            found.append(i)
    if len(found) == 1:
        i = found[0]
        columns[i] = ColumnMapping(columns[i].header, "department", NAMED_PLACES)


def _narrower(columns: list[ColumnMapping], rows: Sequence[Mapping[str, Any]],
              found: list[int]) -> list[int]:
    """Of two columns naming teams, the narrower when one nests in the other (each team of
    one always under the same value of the other, which has fewer): a division and its
    departments, an ESR extract's "Org L3" beside its team. The broader is shown as left
    out for being broader (D1361)."""
    def value(row: Mapping[str, Any], header: str) -> str:
        return " ".join(str(row.get(header) or "").casefold().split())

    a, b = (columns[i].header for i in found)
    pairs = {(value(r, a), value(r, b)) for r in rows if value(r, a) and value(r, b)}
    under_b = Counter(x for x, _ in pairs)   # how many b's each a sits under
    under_a = Counter(y for _, y in pairs)
    a_nests = all(n == 1 for n in under_b.values()) and len(under_a) < len(under_b)
    b_nests = all(n == 1 for n in under_a.values()) and len(under_b) < len(under_a)
    if a_nests == b_nests or len(pairs) < 3:
        return found
    narrow, broad = (found[0], found[1]) if a_nests else (found[1], found[0])
    columns[broad] = ColumnMapping(columns[broad].header, "", "broader than the department")
    return [narrow]


def _site_of_teams(columns: list[ColumnMapping], rows: Sequence[Mapping[str, Any]]) -> None:
    """A staff list with no department column whose "Base" (guessed as the site) names
    teams and services ("Renal Medicine", "Kingsmere SDU"), not hospitals: the department,
    which is how colleagues find people ("who in renal medicine")."""
    if any(cm.field == "department" for cm in columns):
        return
    for i, cm in enumerate(columns):
        if cm.field != "site" or normalise_header(qualifier_free(cm.header)) not in (
                _AMBIGUOUS_SITE):
            continue
        cells = _filled(rows, cm.header)
        if len(cells) >= 3 and _most(cells, _names_a_unit, 0.6) and not _most(
                cells, _names_a_site, 0.3):
            columns[i] = ColumnMapping(cm.header, "department", SITE_OF_TEAMS)
            return


def _a_title(text: str) -> bool:
    """A cell that reads as the name of a thing: a short phrase, not a sentence."""
    return (_short(text, 14) and not _not_a_name_of_a_thing(text)
            and not re.search(r"[.!?]\s+[A-Z]", text)
            and not re.match(r"(?:https?://|www\.)", text, re.I))  # a link names no thing


def _mean_length(cells: list[str]) -> float:
    return sum(len(c) for c in cells) / len(cells) if cells else 0.0


def _title(columns: list[ColumnMapping], rows: Sequence[Mapping[str, Any]],
           stage: Column | None) -> None:
    """A record with no title column: the first column left out whose cells are short,
    nearly all different names of things (not dates, people, codes or stage words), shorter
    than the description."""
    if any(cm.field == "title" for cm in columns):
        return
    described = [c for cm in columns if cm.field in ("description", "summary")
                 for c in _filled(rows, cm.header)]
    # a tracker repeating each entry's row per update repeats its title with its key: the
    # titles are as many as the entries, not the rows (D1270)
    entries = _entries(columns, rows)
    sampled = _sampled(rows)
    for i, cm in enumerate(columns):
        if not _open(cm) or _REMARKS.search(cm.header):
            continue
        if _titles(_filled(rows, cm.header), sampled, entries, stage, described):
            columns[i] = ColumnMapping(cm.header, "title", TITLE_FROM_CELLS)
            return


def _sampled(rows: Sequence[Mapping[str, Any]]) -> int:
    """How many of the sampled rows hold anything."""
    return sum(1 for row in rows if any(_filled([row], h) for h in row))


def _titles(cells: list[str], sampled: int, entries: int, stage: Column | None,
            described: list[str]) -> bool:
    """Whether *cells* read as the titles of the records: in (nearly) every row, short
    names of things, nearly all different (or as many as a tracker's entries), not stage
    words, not a few teams' names, and not longer than the description."""
    if len(cells) < 2 or len(cells) < 0.6 * sampled:
        return False  # a title is in (nearly) every row
    distinct = {" ".join(c.casefold().split()) for c in cells}
    return (len(distinct) >= 0.8 * min(len(cells), entries or len(cells))
            and _most(cells, _a_title)
            and not _stage_words(cells, stage)
            and not (_most(cells, _names_a_unit, 0.6)
                     and sum(len(c.split()) for c in cells) <= 2.5 * len(cells))
            and (_mean_length(cells) <= 60 or not described
                 or _mean_length(cells) < _mean_length(described)))


def _description(columns: list[ColumnMapping], rows: Sequence[Mapping[str, Any]]) -> None:
    """An innovations log with no description column (the field every record needs), and
    columns left out whose cells are mostly sentences: the one with the longest, unless its
    header is for remarks ("Notes", "Comments"), which say how it is going, not what it is."""
    if any(cm.field in ("description", "summary") for cm in columns):
        return
    sampled = sum(1 for row in rows if any(_filled([row], h) for h in row))
    best: tuple[float, int] | None = None
    for i, cm in enumerate(columns):
        if not _open(cm) or _REMARKS.search(cm.header):
            continue
        cells = _filled(rows, cm.header)
        if len(cells) < 2 or len(cells) < 0.5 * sampled or not _most(cells, _prose, 0.6):
            continue
        if best is None or _mean_length(cells) > best[0]:
            best = (_mean_length(cells), i)
    if best is not None:
        i = best[1]
        columns[i] = ColumnMapping(columns[i].header, "description", DESCRIPTION_FROM_CELLS)


#: Words of a job, a grade or a post ("Charge Nurse Band 6", "Consultant Haematologist").
_JOB_WORDS = frozenset({
    "nurse", "nurses", "consultant", "manager", "officer", "therapist", "physiotherapist",
    "physio", "pharmacist", "technician", "doctor", "registrar", "sister", "matron",
    "midwife", "assistant", "administrator", "admin", "coordinator", "co-ordinator", "lead",
    "specialist", "practitioner", "librarian", "analyst", "clerk", "secretary", "director",
    "head", "scientist", "psychologist", "dietitian", "dietician", "podiatrist",
    "radiographer", "surgeon", "physician", "gp", "sho", "hca", "worker", "receptionist",
    "porter", "engineer", "advisor", "adviser", "educator", "facilitator", "trainee",
    "student", "fellow", "chief", "deputy", "senior", "junior", "charge", "staff",
    "associate", "paramedic", "optometrist", "orthoptist", "audiologist", "sonographer",
    "healthcare", "support", "housekeeper", "volunteer", "chaplain", "dentist", "hygienist",
    "ot", "slt", "anp", "acp", "cns", "fy1", "fy2", "st1", "st2", "st3", "st4", "st5", "st6",
    "ct1", "ct2", "band", "supervisor", "partner", "intern", "apprentice", "executive",
    "controller", "planner", "buyer", "accountant", "developer", "designer", "editor"})


def _a_job(text: str) -> bool:
    # a job word makes it a job even when it reads like a name ("Consultant Nephrologist")
    return _short(text, 8) and any(w in _JOB_WORDS for w in _words(text)) and not (
        _EMAIL.match(text))


def _job_title(columns: list[ColumnMapping], rows: Sequence[Mapping[str, Any]]) -> None:
    """A staff list with no job title column, and one column left out whose cells name jobs
    and grades ("Charge Nurse Band 6", "Consultant Haematologist"): the job title."""
    if any(cm.field == "job_title" for cm in columns):
        return
    found = [i for i, cm in enumerate(columns)
             if _open(cm) and not _REMARKS.search(cm.header)
             and len(cells := _filled(rows, cm.header)) >= 2 and _most(cells, _a_job, 0.7)]
    if len(found) == 1:
        i = found[0]
        columns[i] = ColumnMapping(columns[i].header, "job_title", JOB_FROM_CELLS)


def _stage(columns: list[ColumnMapping], rows: Sequence[Mapping[str, Any]],
           stage: Column | None) -> None:
    """A log with no stage column, and one column left out (not notes) whose cells are
    short updates nearly all saying how far the idea has got ("Pilot on Hazel - 10 patients
    so far", "On hold - post vacant"): the stage, read from the words as any stage cell is.
    (:func:`kmcore.io.value_guess._stage` takes a column of bare stage words; this one
    takes the longer updates a log types, asking more of them agree.)"""
    if stage is None or stage.enum_cls is None or any(cm.field == "stage" for cm in columns):
        return
    from kmcore.io.values import ValueMatcher

    matcher = ValueMatcher(stage.enum_cls)
    found = []
    for i, cm in enumerate(columns):
        if not _open(cm) or _REMARKS.search(cm.header):
            continue
        cells = _filled(rows, cm.header)
        if (len(cells) >= 3 and sum(len(c.split()) for c in cells) <= 10 * len(cells)
                and _most(cells, lambda c: bool(matcher.match(c).value), 0.85)):
            found.append(i)
    if len(found) == 1:
        i = found[0]
        columns[i] = ColumnMapping(columns[i].header, "stage", STAGE_FROM_CELLS)


def _start(columns: list[ColumnMapping], rows: Sequence[Mapping[str, Any]]) -> None:
    """A log with no start column, and one column left out whose cells are dates, under a
    header not naming another date (an end, a go-live, a review): the start. (The rule of
    :mod:`kmcore.io.value_guess` also asks the header to name a date; here the header is a
    word of the log's own, "Kick-off", and the dates speak.)"""
    from kmcore.io.value_guess import _OTHER_DATES

    if any(cm.field == "started_on" for cm in columns):
        return
    found = [i for i, cm in enumerate(columns)
             if _open(cm) and not _OTHER_DATES.search(cm.header)
             and len(cells := _filled(rows, cm.header)) >= 2 and _most(cells, _a_date)]
    if len(found) == 1:
        i = found[0]
        columns[i] = ColumnMapping(columns[i].header, "started_on", START_FROM_CELLS)


#: Headers of the name a person goes by, and of the name payroll holds.
_PREFERRED = re.compile(r"\b(?:preferred|known as|goes by|prefers to be known)\b")
_LEGAL = re.compile(r"\b(?:legal|esr|payroll|official|full|hr|registered)\b")


def _preferred_name(columns: list[ColumnMapping], rows: Sequence[Mapping[str, Any]]) -> None:
    """A staff list whose name is guessed from a payroll name column ("Legal name (ESR)")
    beside a "Preferred name" column of whole names: the preferred name is the name."""
    preferred = [i for i, cm in enumerate(columns)
                 if _open(cm) and _PREFERRED.search(normalise_header(cm.header))]
    named = [i for i, cm in enumerate(columns) if cm.field == "display_name"]
    if len(preferred) != 1 or len(named) != 1:
        return
    payroll = columns[named[0]]
    if payroll.method not in ("contains", "synonym", "without its qualifier") or not (
            _LEGAL.search(normalise_header(payroll.header))):
        return
    p = preferred[0]
    cells = _filled(rows, columns[p].header)
    if len(cells) >= 2 and _people(cells):
        columns[p] = ColumnMapping(columns[p].header, "display_name", PREFERRED_NAME)
        columns[named[0]] = ColumnMapping(payroll.header, "", "a payroll name")


def _a_directory_cell(text: str) -> bool:
    from kmcore.io.directory_cells import directory_cell

    found = directory_cell(text)
    return found is not None and looks_like_a_person(found.name)


def _directory_column(columns: list[ColumnMapping], rows: Sequence[Mapping[str, Any]]) -> None:
    """A staff list with no name column, and one column whose cells read "Dr Ann Lee -
    Consultant - falls; syncope" (a "who to ask" directory): the name, which the row reader
    splits into the name, the job title and the areas (D1260)."""
    if any(cm.field == "display_name" for cm in columns):
        return
    found = [i for i, cm in enumerate(columns)
             if _open(cm) and len(cells := _filled(rows, cm.header)) >= 2
             and _most([c for c in cells if not _NOBODY.match(c)], _a_directory_cell)]
    if len(found) == 1:
        i = found[0]
        columns[i] = ColumnMapping(columns[i].header, "display_name", DIRECTORY_CELLS)


#: A cell offering help in the person's words ("Happy to teach...", "Can offer..."): what
#: they are willing to do, not what they know.
_OFFER = re.compile(r"^\W*(?:happy|willing|glad|keen|can|could|will|able|available|"
                    r"i can|i am happy|offer)\b", re.I)


def _topics(text: str) -> bool:
    """A cell listing what someone knows: topics split by ";", ",", "/", bullets or lines,
    each a short phrase, or one short phrase; not a sentence, a person, a date or a job."""
    items = [p.strip(" -\u2022*\t") for p in re.split(r"[;,\n\u2022/]", text) if p.strip()]
    return bool(items) and all(len(p.split()) <= 6 for p in items) and len(items) <= 15 and not (
        _OFFER.match(text) or _not_a_name_of_a_thing(text) or _a_job(text))


def _expertise(columns: list[ColumnMapping], rows: Sequence[Mapping[str, Any]]) -> None:
    """A staff list naming no expertise column, and one column left out (not notes) whose
    cells list topics, most of them several ("Dysphagia; voice; head & neck"): the
    expertise, the field the expertise finder searches. Beside a skills matrix's tick
    columns (each one area), such a column ("Other skills") adds to them."""
    if any(cm.field.startswith("profile.expertise")
           and cm.method != "a tick column of a skills matrix" for cm in columns):
        return
    # the same person on several rows, by name or address: a row per skill
    people = [_filled(rows, cm.header) for cm in columns
              if cm.field in ("display_name", "work_email")]
    per_skill = any(len(p) >= 4 and len({c.casefold() for c in p}) <= 0.7 * len(p)
                    for p in people)
    found = []
    for i, cm in enumerate(columns):
        if not _open(cm) or _REMARKS.search(cm.header):
            continue
        cells = _filled(rows, cm.header)
        several = sum(1 for c in cells if len(re.split(r"[;,\n\u2022]", c)) >= 2)
        distinct = len({c.casefold() for c in cells})
        if len(cells) >= 3 and _most(cells, _topics, 0.7) and (
                several >= 0.4 * len(cells)
                # a list of a row per person per skill: one topic a row, the people
                # repeated, the topics nearly all different (D1363)
                or (per_skill and distinct >= 0.8 * len(cells))):
            found.append(i)
    if len(found) == 1:
        i = found[0]
        columns[i] = ColumnMapping(columns[i].header, "profile.expertise", EXPERTISE_FROM_CELLS)


#: An e-mail address inside a cell ("Ola Adeyemi <olawale.adeyemi@svh.nhs.uk>").
_AN_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


def _email(columns: list[ColumnMapping], rows: Sequence[Mapping[str, Any]]) -> None:
    """A staff list with no e-mail column, and one column left out whose cells nearly all
    hold an address, written bare or beside the name ("Ann Lee <ann.lee@nhs.net>"): the
    e-mail (the row reader takes the address out of the cell)."""
    if any(cm.field == "work_email" for cm in columns):
        return
    found = [i for i, cm in enumerate(columns)
             if _open(cm) and len(cells := _filled(rows, cm.header)) >= 2
             and _most(cells, lambda c: len(_AN_EMAIL.findall(c)) == 1, 0.8)]
    if len(found) == 1:
        i = found[0]
        columns[i] = ColumnMapping(columns[i].header, "work_email", EMAIL_IN_CELLS)


def guess_from_contents(columns: list[ColumnMapping], rows: Sequence[Mapping[str, Any]],
                        by_name: Mapping[str, Column], record_type: str) -> None:
    """Fill *columns* (in place) with the fields their cells show (see the module
    docstring), where the header guess found no column for them. The department is decided
    before the title and the description, so a column of teams is never taken for either."""
    stage = by_name.get("stage")
    if record_type == "person":
        if "display_name" in by_name:
            _preferred_name(columns, rows)
            _directory_column(columns, rows)
        if "job_title" in by_name:
            _job_title(columns, rows)
        if "work_email" in by_name:
            _email(columns, rows)
        if "profile" in by_name:
            _expertise(columns, rows)
        if "department" in by_name:
            _site_of_teams(columns, rows)
    if "department" in by_name:
        _department(columns, rows, stage)
    if record_type == "innovation" and "description" in by_name:
        _description(columns, rows)
    if record_type == "innovation" and "stage" in by_name:
        _stage(columns, rows, stage)
    if record_type == "innovation" and "started_on" in by_name:
        _start(columns, rows)
    if "title" in by_name and record_type != "person":
        _title(columns, rows, stage)


#: How a header match is made when it is weak: a word of the field inside a longer header
#: ("Describe your idea" holds "idea"), a near spelling, a header read without its
#: qualifier; or a generic word that is only sometimes the field ("Grade", "List Name").
_WEAK_METHODS = frozenset({"contains", "similar spelling", "without its qualifier"})
_GENERIC_HEADERS = frozenset({"grade", "band", "pay band", "name", "list", "list name",
                              "type", "category", "role", "level", "group", "item"})
#: A RAG rating's colours.
_RAG = frozenset({"red", "amber", "green", "grey", "gray", "blue", "black", "r", "a", "g",
                  "rag", "red/amber", "amber/green"})
#: A grade alone ("Band 8a", "AfC Band 6", "8b"): how a post is paid, not what it is.
_GRADE = re.compile(r"^(?:(?:afc|agenda for change|nhs)\s+)?(?:pay\s+)?(?:band|grade|level)"
                    r"\s*\d+[a-d]?(?:\s*\([^)]*\))?$|^\d+[a-d]?$", re.I)


def _weak(cm: ColumnMapping) -> bool:
    return cm.method in _WEAK_METHODS or (
        cm.method == "synonym"
        and normalise_header(qualifier_free(cm.header)) in _GENERIC_HEADERS)


def _jobs(cells: list[str]) -> bool:
    """Whether *cells* name jobs (a grade alone is no job: "Band 7")."""
    return len(cells) >= 2 and _most(
        cells, lambda c: _a_job(c) and not _GRADE.match(c.strip()), 0.7)


def release_weak_matches(columns: list[ColumnMapping], rows: Sequence[Mapping[str, Any]],
                         by_name: Mapping[str, Column],
                         record_type: str) -> list[tuple[int, ColumnMapping]]:
    """Free a field a WEAK header match took (a generic word or a word inside a longer
    header, see :data:`_WEAK_METHODS`) when that column's cells do not read as the field
    and exactly one column the headers left out does: a form's "Describe your idea" holds
    sentences, not the titles; an ESR "Grade" holds "Band 7", not the jobs. The freed
    column is left for the other cell rules (sentences: the description) and the field for
    the column whose cells show it. Returns the freed columns' places and their matches,
    for :func:`settle_released`. A strong match (the field's name, a librarian's word for
    it) is never freed, nor one whose cells fit."""
    stage = by_name.get("stage")
    tests: list[tuple[str, Any]] = []
    if "title" in by_name and record_type != "person":
        described = [c for cm in columns if cm.field in ("description", "summary")
                     for c in _filled(rows, cm.header)]
        entries, sampled = _entries(columns, rows), _sampled(rows)
        tests.append(("title", lambda cells: _titles(cells, sampled, entries, stage,
                                                     described)))
    if "job_title" in by_name and record_type == "person":
        tests.append(("job_title", _jobs))
    if stage is not None and stage.enum_cls is not None and record_type == "innovation":
        from kmcore.io.values import ValueMatcher

        matcher = ValueMatcher(stage.enum_cls)
        # a RAG colour says how well it goes, not how far it has got: a column of
        # colours is no stage beside one of short updates most of which read as one
        tests.append(("stage", lambda cells: len(cells) >= 3
                      and not _most(cells, lambda c: c.casefold().strip() in _RAG, 0.8)
                      and sum(len(c.split()) for c in cells) <= 10 * len(cells)
                      and _most(cells, lambda c: bool(matcher.match(c).value), 0.6)))
    released = []
    for field, fits in tests:
        held = [i for i, cm in enumerate(columns) if cm.field == field]
        if len(held) != 1 or not _weak(columns[held[0]]):
            continue
        i = held[0]
        cells = _filled(rows, columns[i].header)
        if field == "stage" and not _most(cells, lambda c: c.casefold().strip() in _RAG, 0.8):
            continue  # only a column of colours gives the stage away (codes may have a key)
        # a column of teams is no rival for the title (the department is decided later)
        rivals = [j for j, cm in enumerate(columns)
                  if _open(cm) and not _REMARKS.search(cm.header)
                  and fits(other := _filled(rows, cm.header))
                  and not (field == "title" and _team_column(cm.header, other, stage))]
        if len(rivals) != 1:
            continue
        # the weak column's cells are not the field's; or (the title) they are sentences,
        # twice as long as the other column's short names: a description
        if fits(cells) and not (
                field == "title" and _most(cells, _prose, 0.6)
                and 2 * _mean_length(_filled(rows, columns[rivals[0]].header))
                <= _mean_length(cells)):
            continue
        released.append((i, columns[i]))
        columns[i] = ColumnMapping(columns[i].header, "", "")
        j = rivals[0]
        columns[j] = ColumnMapping(columns[j].header, field, CELLS_OVER_A_HEADER)
    return released


def settle_released(columns: list[ColumnMapping],
                    released: list[tuple[int, ColumnMapping]]) -> None:
    """After the cell rules: a column freed by :func:`release_weak_matches` that no rule
    gave another field is shown as left out for its cells ("its header's word, but another
    column's cells show it")."""
    for i, was in released:
        if not columns[i].field and not columns[i].method:
            columns[i] = ColumnMapping(was.header, "", NOT_WHAT_ITS_HEADER_SAYS)

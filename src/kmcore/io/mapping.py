"""Which column of a spreadsheet fills which record field: guessed, shown, edited, saved.

:func:`guess_mapping` reads the header the way a librarian wrote it ("Project lead",
"Dept/ward", "Go-live date") and proposes a field for each column: the field's own name, then
the words librarians use for it (:data:`SYNONYMS`), then a close spelling. Every guess says how
it was made, so the preview can show which ones deserve a second look. A mapping is saved as a
small TOML file a librarian can edit and pass back with ``--mapping``::

    # kmcore import mapping for innovation records
    type = "innovation"
    [columns]
    "Project title" = "title"
    "Lead" = "lead"
    "Notes" = ""            # ignored

The special field ``key`` marks the column that identifies a row across imports (a log's
reference number): re-importing the file then updates the same records instead of adding
new ones. Without one, the title is the key.
"""

from __future__ import annotations

import difflib
import json
import re
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path

import attrs

from kmcore.errors import KmcoreError
from kmcore.io.columns import Column, part_column
from kmcore.io.headers import BOOKKEEPING, ROLE_NOUNS, contained_phrase, qualifier_free

__all__ = ["LATER_COLUMN", "SYNONYMS", "ColumnMapping", "ImportMapping", "gathers",
           "guess_mapping", "later_wins", "load_mapping", "save_mapping",
           "shared_field_problem"]

KEY = "key"

#: Words librarians use for a field, by record type ("*": any type). Lower case, and
#: compared after punctuation is dropped, so "Dept./ward" matches "dept ward".
SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "*": {
        KEY: ("ref", "reference", "ref no", "reference number", "log number", "log no",
              "number", "no", "item no", "record no", "our ref", "unique id", "uid"),
        "title": ("name", "headline", "subject line"),
        "summary": ("short description", "brief description", "abstract", "overview",
                    "synopsis", "in brief", "précis", "precis"),
        "department": ("dept", "team", "ward", "service", "directorate", "division",
                       "specialty", "speciality", "dept ward", "ward department",
                       "department team", "team department", "area", "unit"),
        "subjects": ("subject", "topic", "topics", "theme", "themes", "mesh",
                     "mesh terms", "subject headings", "category", "categories"),
        "keywords": ("tags", "key words", "tag"),
        "review_due": ("review date", "next review", "review by", "date for review"),
        "audience_staff_groups": ("staff groups", "audience", "for staff groups",
                                  "relevant staff groups"),
        "qio_outcomes": ("qio", "qio outcome", "outcomes framework", "qi outcomes",
                         "quality and improvement outcomes"),
        "licence": ("license", "licence terms", "reuse terms"),
        "visibility": ("who can see", "share with", "access"),
    },
    "innovation": {
        "title": ("innovation", "innovation name", "innovation title", "project",
                  "project title", "project name", "initiative", "name of innovation",
                  "name of project", "idea"),
        "lead": ("innovator", "lead name", "lead email", "lead e mail", "project lead",
                 "led by", "clinical lead",
                 "innovation lead", "lead person", "name of lead", "submitted by", "owner",
                 "project owner", "champion"),
        "contact": ("contact", "contact person", "contact name", "who to contact",
                    "contact email"),
        "problem": ("issue", "challenge", "driver", "the problem", "problem statement",
                    "what was the problem", "background", "reason for change", "why",
                    "rationale", "need"),
        "description": ("what was done", "what did you do", "what we did", "details",
                        "method", "approach", "intervention", "the innovation",
                        "description of innovation", "full description"),
        "stage": ("status", "current stage", "progress", "phase", "stage reached",
                  "current status", "project status"),
        "innovation_type": ("type", "type of innovation", "kind", "innovation category"),
        "setting": ("care setting", "setting of care", "service type"),
        "started_on": ("start date", "started", "date started", "start", "began",
                       "date began", "commenced"),
        "implemented_on": ("implemented", "implementation date", "go live", "go live date",
                           "date implemented", "live date", "date live", "launched"),
        "key_learning_points": ("key learning", "learning points", "lessons learned",
                                "lessons learnt", "learning", "what we learned",
                                "what we learnt", "key learning points"),
        "related_guidance": ("nice guidance", "guidance", "related nice guidance"),
        "trl": ("technology readiness level", "readiness level"),
    },
    "person": {
        "display_name": ("name", "full name", "staff name", "person", "expert", "name of expert",
                         "contact name", "who"),
        "given_name": ("first name", "forename", "forenames", "given names", "christian name"),
        "family_name": ("surname", "last name", "family names"),
        "job_title": ("role", "position", "post", "job", "job role", "designation",
                      "grade and role"),
        "work_email": ("email", "e mail", "email address", "e mail address", "nhs net email",
                       "nhsmail", "work e mail", "mail"),
        "phone": ("telephone", "tel", "phone number", "extension", "ext", "tel no",
                  "contact number", "mobile", "bleep"),
        "staff_group": ("professional group", "esr staff group", "staff category"),
        "profession": ("discipline", "professional background"),
        "site": ("base", "location", "hospital", "based at", "main site"),
        "left_on": ("leaving date", "date left", "left"),
        "employment_status": ("employment", "in post", "current employee"),
        "orcid": ("orcid id", "orcid identifier"),
    },
    "story": {
        "title": ("case study", "case study title", "story", "story title"),
        "kind": ("type", "story type", "type of story", "case study type"),
        "challenge": ("the challenge", "question", "enquiry", "the question",
                      "what was needed", "request", "background"),
        "what_we_did": ("what the lks did", "what we did", "service provided", "action",
                        "what was done", "response"),
        "how_it_helped": ("impact", "how it helped", "outcome", "difference made",
                          "benefit", "result"),
        "services_used": ("services", "lks services", "service used", "services used"),
        "impact_categories": ("impact category", "impact type", "type of impact"),
        "time_saved_hours": ("time saved", "hours saved", "time saved hours"),
        "cost_saved_gbp": ("cost saved", "money saved", "savings", "cost saving",
                           "cost saved £", "saving £"),
        "patients_affected": ("patients", "patients affected", "number of patients"),
        # a plain "Who asked" cell is a role ("Consultant geriatrician") or a name: kept as
        # written in the role, which any story may hold (D1482)
        "who_asked.role": ("who asked", "requester", "requested by", "requester role",
                           "role of requester", "enquirer", "asked by", "who asked role"),
        "happened_on": ("date", "when", "happened on", "date of enquiry", "date of request",
                        "date requested", "request date", "enquiry date", "story date",
                        "date of impact"),
    },
    "lesson": {
        "title": ("lesson", "lesson title", "lesson learned", "lesson learnt"),
        "statement": ("what we learned", "what we learnt", "learning", "lesson statement",
                      "observation", "finding"),
        "recommendation": ("recommendation", "action", "recommended action",
                           "what to do next time", "do next time"),
        "polarity": ("went well", "type", "sustain or improve", "positive or negative"),
        "context": ("situation", "background", "context"),
        "root_cause": ("cause", "why it happened", "reason"),
        "category": ("category", "theme"),
        "owner": ("owner", "action owner", "responsible", "owned by"),
    },
    "capture_record": {
        "details.technique": ("technique", "method", "type", "km technique",
                              "capture technique", "type of session", "session type"),
        "facilitator": ("facilitator", "facilitated by", "run by", "led by"),
        "held_on": ("date", "date held", "session date", "held on", "when"),
        "participants": ("participants", "attendees", "who attended", "present"),
    },
}



def _merge_extra_headers() -> None:
    """Add the wider vocabulary of :mod:`kmcore.io.headers` (words already here keep their
    field)."""
    from kmcore.io.headers import EXTRA_HEADERS

    for scope, fields in EXTRA_HEADERS.items():
        table = SYNONYMS.setdefault(scope, {})
        for field, words in fields.items():
            have = table.get(field, ())
            table[field] = have + tuple(w for w in words if w not in have)


_merge_extra_headers()

#: "field name", "synonym", "without its qualifier", "contains", "similar spelling",
#: "saved mapping", "told", "replaced"
Method = str
#: Methods saying a column holds who filled in a form (shown in the preview; the e-mail is
#: read for the lead by :mod:`kmcore.io.rows`).
RESPONDENT_NAME = "the form's respondent"
RESPONDENT_EMAIL = "the form's respondent's e-mail"

#: A status column a log added later, beside the old one it took over from: both fill the
#: field, the later column's cell winning where a row fills both (see :func:`later_wins`).
LATER_COLUMN = "a later status column"

#: How sure a guess is, by how it was made (shown in the preview).
CONFIDENCE: dict[str, str] = {
    "field name": "high", "synonym": "high", "saved mapping": "high", "told": "high",
    "without its qualifier": "medium", "contains": "medium", "only description column": "medium",
    "similar spelling": "low", "joined name parts": "high",
    "narrower than the directorate": "medium", "a start, not when logged": "high",
    "lowest organisation level": "medium", "a job beside a title": "high",
    "part of the name": "high", RESPONDENT_NAME: "high", RESPONDENT_EMAIL: "high",
    # guessed from the cells (kmcore.io.value_guess)
    "reference codes": "medium", "a question answered in prose": "medium",
    "people's names": "medium", "e-mail addresses": "high",
    "names of teams, not people": "medium", "a tick column of a skills matrix": "medium",
    "dates": "medium", "the only person named": "medium", "stage words": "medium",
    LATER_COLUMN: "medium",
    "a Planner export's column": "high", "a middle name": "high",
    "a Planner task's progress": "medium",
    "a part of a slashed header": "medium", "a contacts list's notes of interests": "medium",
    "a Jira or Azure DevOps export's column": "high", "a repeated column": "high",
    "a board's team field": "medium",
    # the title, the department and the name a person goes by, from the cells
    # (kmcore.io.column_contents)
    "short distinct names: the title": "medium",
    "repeated names of teams and services": "medium",
    "a base that names teams, not sites": "medium",
    "the name they go by, beside a payroll name": "medium",
    "a name, a job and areas in one cell": "medium",
    "sentences: the description": "medium", "names of jobs and grades": "medium",
    "updates saying how far it has got": "medium", "the only column of dates": "medium",
    "addresses, some beside names": "high", "lists of topics": "medium",
    "the cells show it, not a weaker header's column": "medium",
    "a few capitalised names, repeated: the department": "low",
}


#: Where an Access or SQL export's CamelCase header joins two words: a small letter then a
#: capital ("LeadName"), or a run of capitals then a capitalised word ("NHSNumber").
#: ("NHSmail" and "NHSnet" are names, not two words.)
_CAMEL_JOIN = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])(?!Smail|Snet)")


def normalise_header(header: str) -> str:
    """``"Dept./Ward (main)"`` -> ``"dept ward main"``: what headers are compared by.
    A database's run-together header is split where its words are ("InnovTitle" ->
    ``"innov title"``, "DeptName" -> ``"dept name"``, "NHSNumber" -> ``"nhs number"``)."""
    # only a header written without spaces is a database's ("Date of NHSmail" is words)
    text = header if " " in header.strip() else _CAMEL_JOIN.sub(" ", header)
    # "Idea #", "Ref #": the sign reads "number" ("no", as in "Idea no")
    text = text.lower().replace("&", " and ").replace("_", " ").replace("#", " no ")
    text = re.sub(r"[^\w£]+", " ", text)
    return " ".join(text.split())


@attrs.frozen
class ColumnMapping:
    """One header and the field it fills (``""`` = ignored), with how that was decided."""

    header: str
    field: str
    method: Method
    #: what the guess rested on: the phrase found in the header, or the close spelling
    detail: str = ""

    @property
    def confidence(self) -> str:
        """``high``, ``medium`` or ``low`` for a guess; ``""`` for an ignored column."""
        return CONFIDENCE.get(self.method, "") if self.field else ""


@attrs.define
class ImportMapping:
    """A record type's mapping: one :class:`ColumnMapping` per header, in the file's order."""

    record_type: str
    columns: list[ColumnMapping]
    #: choice field -> {the file's word: kmcore's value}, decided by a person
    values: dict[str, dict[str, str]] = attrs.field(factory=dict)
    #: field -> the value rows get when their cell is empty or the file has no column
    defaults: dict[str, str] = attrs.field(factory=dict)
    #: field (a person's ``lead.name``, ``lead.email``) -> the columns a librarian mapped
    #: to it, in her order of preference: a row reads the first of them it fills (D1412)
    prefer: dict[str, list[str]] = attrs.field(factory=dict)

    def field_for(self, header: str) -> str:
        for cm in self.columns:
            if cm.header == header:
                return cm.field
        return ""

    @property
    def used(self) -> list[ColumnMapping]:
        return [cm for cm in self.columns if cm.field]

    @property
    def ignored(self) -> list[str]:
        return [cm.header for cm in self.columns if not cm.field]

    def _by_subheader(self, overrides: Mapping[str, str]) -> dict[str, str]:
        """*overrides* with a column named by its sub-header alone ("Name", as the sheet's
        row shows it) renamed to the one header its group qualifies it to ("Lead Name"):
        a mapping saved before, or a librarian reading the sheet, names it so."""
        headers = [cm.header for cm in self.columns]
        out = {}
        for header, field in overrides.items():
            if header not in headers:
                ends = [h for h in headers if h.endswith(f" {header}")]
                if len(ends) == 1 and ends[0] not in overrides:
                    header = ends[0]
            out[header] = field
        return out

    def with_overrides(self, overrides: Mapping[str, str],
                       gathers: Callable[[str], bool] = lambda field: False,
                       role_of: Callable[[str, str], str] | None = None) -> ImportMapping:
        """A copy where each ``header -> field`` in *overrides* replaces the guess for its
        field, the preview naming the column it replaced. A guessed column for a list stays
        beside the told one: a librarian adding "Also interested in" to expertise means
        both. A person (``lead``) is one value named by a name column and an e-mail column:
        a told column replaces the guessed column of its own kind (``lead.name``,
        ``lead.email``, or what *role_of* (header, field) says of a bare ``lead``: "" for a
        field that is no person), not the other. Several
        told columns for one such field are kept in the order given (:attr:`prefer`)."""
        overrides = self._by_subheader(overrides)
        overrides = {self._by_letter(h): f for h, f in overrides.items()}
        unknown = [h for h in overrides if h not in {cm.header for cm in self.columns}]
        if unknown:
            headers = ", ".join(repr(cm.header) for cm in self.columns)
            raise KmcoreError(f"the file has no column {unknown[0]!r}",
                              hint=f"Its columns are {headers}, or name one by its letter "
                              "(--map 'F=FIELD').")
        roles = {h: _person_role(f, role_of, h) for h, f in overrides.items()}
        plain = {h: f.rsplit(".", 1)[0] if roles[h] and f.endswith("." + roles[h]) else f
                 for h, f in overrides.items()}
        taken: dict[str, str] = {}
        prefer: dict[str, list[str]] = {}
        for header, field in plain.items():
            if not field or (gathers(field) and not roles[header]):
                continue
            key = f"{field}.{roles[header]}" if roles[header] else field
            taken.setdefault(key, header)
            if roles[header]:
                # a person's name (or e-mail) columns, in the order given (D1412); other
                # fields keep their rules (a list gathers, a text joins, a choice takes
                # the later filled column, a date or number is refused: D234)
                prefer.setdefault(key, []).append(header)
        columns = []
        for cm in self.columns:
            if cm.header in plain:
                columns.append(ColumnMapping(cm.header, plain[cm.header], "told",
                                             roles[cm.header]))
                continue
            if cm.method in (RESPONDENT_NAME, RESPONDENT_EMAIL) and cm.field and any(
                    f.partition(".")[0] == cm.field for f in plain.values()):
                # a form's respondent guessed as the lead only for want of a question
                # naming one: a told lead column is that question, and the respondent
                # steps aside as when the guess finds it (read for a row answering "me",
                # D1512)
                columns.append(ColumnMapping(cm.header, "", cm.method))
                continue
            key = cm.field
            if cm.field and role_of is not None and any(
                    k.startswith(cm.field + ".") for k in taken):
                key = f"{cm.field}.{role_of(cm.header, cm.field)}"
            if key in taken:
                columns.append(ColumnMapping(cm.header, "", "replaced", taken[key]))
            else:
                columns.append(cm)
        return ImportMapping(self.record_type, columns, self.values, self.defaults,
                             {**self.prefer, **{k: v for k, v in prefer.items()
                                                if len(v) > 1}})

    def _by_letter(self, header: str) -> str:
        """*header*, or the column it names as typed (straight quotes for curly ones,
        another case), or the column a spreadsheet letter names ("F", "column F") when no
        column is headed so: how a column without a heading is mapped (D1413)."""
        headers = [cm.header for cm in self.columns]
        if header in headers:
            return header
        # typed, not copied: a straight quote for a curly one, another case, spaces (D1415)
        loose = [h for h in headers if _typed(h) == _typed(header)]
        if len(loose) == 1:
            return loose[0]
        found = re.fullmatch(r"(?:column\s+)?([A-Za-z]{1,2})", header.strip(), re.I)
        if found is None:
            return header
        letter = found.group(1).upper()
        for h in headers:
            if h == f"column {letter} (no heading)":
                return h
        return header


#: Curly quotes and dashes a spreadsheet writes, and what a person types for them.
_TYPED = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                        "\u2013": "-", "\u2014": "-", "\u00a0": " "})


def _typed(header: str) -> str:
    """*header* as a person types it: straight quotes and dashes, one space, any case."""
    return " ".join(header.translate(_TYPED).split()).casefold()


#: The two columns a person field is named by: ``lead.name`` and ``lead.email``.
PERSON_ROLES = ("name", "email")


def person_role(header: str, field: str, columns: Mapping[str, Column],
                example: str = "") -> str:
    """Which of a person's two columns *header* is when mapped to *field*: ``"email"`` (its
    first cell, *example*, or its header is an e-mail address), ``"name"``, or ``""`` when
    *field* is no person (D1412)."""
    column = columns.get(field)
    if column is None or column.kind != "ref" or column.targets != ("person",):
        return ""
    example = example.strip()
    words = set(normalise_header(header).split())
    if ("@" in example and " " not in example) or words & {"email", "mail", "inbox"} or (
            {"e", "mail"} <= words):
        return "email"
    return "name"


def _person_role(field: str, role_of: Callable[[str, str], str] | None, header: str) -> str:
    """``"name"`` or ``"email"`` for a column told to fill a person field, else ``""``:
    the role the librarian wrote (``lead.email``), or for a bare person field what
    *role_of* says of the column (its cells are e-mail addresses, or names)."""
    if role_of is None:
        return ""
    head, _, sub = field.partition(".")
    if sub and sub not in PERSON_ROLES:
        return ""
    role = role_of(header, head)
    return (sub or role) if role else ""


def check_field(field: str, columns: Mapping[str, Column], record_type: str) -> str | None:
    """Why *field* cannot be mapped to for this record type, or None."""
    if field in ("", KEY):
        return None
    head, _, sub = field.partition(".")
    column = columns.get(head)
    if column is not None and sub in PERSON_ROLES and column.kind == "ref" and (
            column.targets == ("person",)):
        return None  # "lead.email": the person's e-mail column (D1412)
    if column is None:
        close = difflib.get_close_matches(field, list(columns), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        return f"{record_type} records have no field {field!r}{hint}"
    if sub:
        if column.kind != "json":
            return f"{head!r} has no parts: map the column to {head!r} itself"
        if column.part_cls is not None and part_column(column, sub) is None:
            return f"{head!r} has no part {sub!r}"
    return None


def field_column(field: str, columns: Mapping[str, Column]) -> Column | None:
    """The column a (perhaps dotted) field name stands for, when known."""
    head, _, sub = field.partition(".")
    column = columns.get(head)
    if column is None or not sub:
        return column
    return part_column(column, sub)


def gathers(field: str, columns: Mapping[str, Column]) -> bool:
    """Several columns can fill *field* together: a list takes the values of all of them,
    a person is named by a name column and an e-mail column."""
    column = field_column(field, columns)
    return column is not None and (column.holds_list or (
        column.kind == "ref" and column.targets == ("person",)))


def later_wins(field: str, columns: Mapping[str, Column]) -> bool:
    """Several columns can fill *field*, a single choice, by the last one a row fills: a
    log that moved its stage to a new status column ("Status" up to 2020, "Latest status"
    from 2021) keeps old rows in the old column and new rows in the new one."""
    column = field_column(field, columns)
    return column is not None and column.enum_cls is not None and not column.holds_list


def _takes_several(field: str, columns: Mapping[str, Column]) -> bool:
    column = field_column(field, columns)
    return gathers(field, columns) or later_wins(field, columns) or (
        column is not None and column.kind == "text")


def shared_field_problem(used: list[ColumnMapping], columns: Mapping[str, Column],
                         prefer: Mapping[str, list[str]] | None = None) -> str | None:
    """Why two columns cannot fill the same field, or None. A list or a person gathers
    them, a text joins them (see the row reader) and a choice takes the last column a row
    fills (:func:`later_wins`); a field holding one value of another kind (a date, a
    number, the key) would have to drop one, so the mapping is refused instead."""
    by_field: dict[str, list[str]] = {}
    # columns mapped in an order of preference are read one a row: no clash (D1412)
    preferred = {h for headers in (prefer or {}).values() for h in headers}
    for cm in used:
        if cm.header not in preferred:
            by_field.setdefault(cm.field, []).append(cm.header)
    for field, headers in by_field.items():
        if len(headers) < 2 or _takes_several(field, columns):
            continue
        first, second = headers[0], headers[1]
        return (f"columns {first!r} and {second!r} are both mapped to {field!r}, which "
                    f"holds one value: keep one, e.g. leave the second out with "
                    f"--map '{second}=' (or map it to another field)")
    return None


def header_words(record_type: str, columns: list[Column]) -> Callable[[str], bool]:
    """A test for "is this cell a header kmcore knows for *record_type*" (a field's name or
    one of the librarians' words for it, with or without a qualifier such as "(£)"), used to
    find the header row under titles and rows of group labels."""
    words = {normalise_header(c.name) for c in columns}
    for scope in (record_type, "*"):
        for field_words in SYNONYMS.get(scope, {}).values():
            words.update(normalise_header(w) for w in field_words)
    words.discard("")

    def known(text: str) -> bool:
        return (normalise_header(text) in words
                or normalise_header(qualifier_free(text)) in words)

    return known


#: Headers of a broad level of the organisation, above the department or team.
_BROAD_UNITS = ("directorate", "division", "care group", "business unit", "cbu",
                "clinical business unit", "service line", "locality", "org l2", "org l3",
                "organisation", "organization", "org", "organisation name",
                "organization name", "org name")
#: Words that name the team or ward level in a header ("Team / ward", "Dept").
_NARROW_UNITS = {"team", "ward", "dept", "department", "unit", "service", "specialty",
                 "speciality", "station", "clinic"}


def _narrowest_department(chosen: list[ColumnMapping]) -> None:
    """A file with both a directorate (or division, care group...) column and a team or ward
    column: the department is the team or ward, the narrower of the two, which is how people
    are found ("the falls team"), not the directorate above it. Changes *chosen* in place."""
    at = next((i for i, cm in enumerate(chosen) if cm.field == "department"), None)
    if at is None or normalise_header(qualifier_free(chosen[at].header)) not in _BROAD_UNITS:
        return
    for i, cm in enumerate(chosen):
        words = set(normalise_header(qualifier_free(cm.header)).split())
        if not cm.field and words & _NARROW_UNITS:
            chosen[i] = ColumnMapping(cm.header, "department", "narrower than the directorate",
                                      chosen[at].header)
            chosen[at] = ColumnMapping(chosen[at].header, "", "broader than the department")
            return


#: An ESR extract's levels of its organisation hierarchy: "Org L4", "Organisation level 5".
_ORG_LEVEL = re.compile(r"^(?:org|organisation|organization)\s*(?:l|level|lvl)\s*(\d)$")


def _lowest_org_level(chosen: list[ColumnMapping]) -> None:
    """An extract with several levels of the organisation ("Org L4", "Org L5", "Org L6"):
    the department is the lowest (highest-numbered) level, the person's own team, not the
    first one named. Changes *chosen* in place."""
    at = next((i for i, cm in enumerate(chosen) if cm.field == "department"), None)
    level = _ORG_LEVEL.match(normalise_header(chosen[at].header)) if at is not None else None
    if at is None or level is None:
        return
    best, best_level = at, int(level[1])
    for i, cm in enumerate(chosen):
        found = _ORG_LEVEL.match(normalise_header(cm.header))
        if not cm.field and found and int(found[1]) > best_level:
            best, best_level = i, int(found[1])
    if best != at:
        chosen[best] = ColumnMapping(chosen[best].header, "department",
                                     "lowest organisation level", chosen[at].header)
        chosen[at] = ColumnMapping(chosen[at].header, "", "broader than the department")


#: Parts that are lists: a second column for one ("Areas of expertise" and "Specialist
#: interests") adds its items to the first's instead of being left out.
LIST_PARTS = frozenset({"profile.expertise", "profile.methods_experience",
                        "profile.willing_to"})


#: Words of a header about a list rather than holding one ("Expertise level", "Skills last
#: confirmed"): such a column is never a second list column.
_ABOUT_A_LIST = frozenset({"level", "levels", "rating", "score", "years", "date", "confirmed",
                           "verified", "updated", "source", "count", "number", "no", "since",
                           "evidence", "visibility", "consent"})


#: Words of a date column that say when the entry was made, not when the work started.
_LOGGED = frozenset({"submitted", "submission", "logged", "raised", "received", "added",
                     "entered", "recorded", "created", "registered", "registration",
                     "in", "opened", "application", "applied", "proposed", "put"})


def _real_start(words: _Words, chosen: list[ColumnMapping]) -> None:
    """A log with a "Date submitted" column before a "Start date" one: the start is the
    start date, not the day the idea was logged (which stays unmapped, shown in the
    preview). Changes *chosen* in place."""
    at = next((i for i, cm in enumerate(chosen) if cm.field == "started_on"), None)
    if at is None or not set(normalise_header(chosen[at].header).split()) & _LOGGED:
        return
    for i, cm in enumerate(chosen):
        key = normalise_header(qualifier_free(cm.header))
        if (not cm.field and words.candidates.get(key, words.type_words.get(key)) == "started_on"
                and not set(key.split()) & _LOGGED):
            chosen[i] = ColumnMapping(cm.header, "started_on", "a start, not when logged")
            chosen[at] = ColumnMapping(chosen[at].header, "", "when it was logged")
            return


#: The columns Microsoft Forms puts before the questions of every export.
_FORMS_COLUMNS = frozenset({"start time", "completion time"})


def forms_respondent(headers: list[str]) -> tuple[str | None, str | None]:
    """A Microsoft Forms export's respondent columns ``(Name, Email)``: the account that
    filled the form in (``None`` each when *headers* are not a Forms export's)."""
    keys = {normalise_header(h): h for h in headers}
    if not keys.keys() >= _FORMS_COLUMNS:
        return None, None
    return keys.get("name"), keys.get("email") or keys.get("e mail")


def _forms_respondent(record_type: str, headers: list[str],
                      chosen: list[ColumnMapping]) -> None:
    """A Microsoft Forms export (Id, Start time, Completion time, Email, Name, then the
    questions): its Name and Email are whoever filled the form in, never the title. When a
    question names the lead ("Your name and role"), the respondent's e-mail joins that lead
    when the respondent is the person named (read row by row); with no such question the
    respondent is the lead. A person form's respondent is the person: left as guessed.
    Changes *chosen* in place."""
    name, email = forms_respondent(headers)
    if record_type != "innovation" or (name is None and email is None):
        return  # a staff form's respondent is the person the record is about
    other_lead = any(cm.field == "lead" and cm.header not in (name, email) for cm in chosen)
    for i, cm in enumerate(chosen):
        if cm.header not in (name, email):
            continue
        if other_lead:
            chosen[i] = ColumnMapping(cm.header, "", RESPONDENT_NAME if cm.header == name
                                      else RESPONDENT_EMAIL)
        else:
            chosen[i] = ColumnMapping(cm.header, "lead", RESPONDENT_NAME)
    if name is not None and not any(cm.field == "title" for cm in chosen):
        # the Name column had taken the title: give it to the question naming the idea
        for i, cm in enumerate(chosen):
            key = normalise_header(qualifier_free(cm.header))
            if not cm.field and cm.method == "" and contained_phrase(
                    key, {"name of": "title", "idea": "title", "project": "title",
                          "title": "title"}):
                chosen[i] = ColumnMapping(cm.header, "title", "contains", "name of")
                break


#: The columns of every Microsoft Planner export ("Export plan to Excel"), before its
#: Labels, Description and Checklist columns.
_PLANNER_COLUMNS = frozenset({"task id", "task name", "bucket name", "progress", "assigned to"})
#: What a Planner task's columns mean in an innovations log kept as a plan: each task is an
#: idea, its bucket the stage it is at ("Ideas / suggestions", "Live", "Binned"), its
#: assignees its leads and its labels the teams it belongs to. "Progress" (Not started, In
#: progress, Completed) is how far the *task* has got, and "Completed Date" when it was
#: ticked off: neither is the idea's stage or go-live.
PLANNER_FIELDS: dict[str, str] = {
    "task id": "key", "task name": "title", "bucket name": "stage", "progress": "",
    "assigned to": "lead", "labels": "department", "completed date": "",
    "completed by": "", "priority": "", "due date": "", "late": "", "checklist items": "",
    "completed checklist items": "", "is recurring": "", "goal": "", "goals": ""}
PLANNER = "a Planner export's column"
#: How a Planner column about the task itself (its progress, due date) is left out.
PLANNER_TASK = "a Planner task's own column"


def _planner_task(record_type: str, headers: list[str], chosen: list[ColumnMapping]) -> None:
    """A Microsoft Planner export read as innovations: its columns as :data:`PLANNER_FIELDS`
    says, whatever their words alone suggest. Changes *chosen* in place."""
    if record_type != "innovation" or not {normalise_header(h) for h in headers} >= (
            _PLANNER_COLUMNS):
        return
    for i, cm in enumerate(chosen):
        field = PLANNER_FIELDS.get(normalise_header(cm.header))
        if field is not None:
            chosen[i] = ColumnMapping(cm.header, field, PLANNER if field else PLANNER_TASK)


#: What a Jira issue's columns mean in an innovations log kept as a board: each issue is an
#: idea, its summary the title, its key ("MEDOPT-101") the reference we quote, its status
#: the board column it is in, its assignee who runs it (the *reporter* only typed it in) and
#: its creation when it started. Jira's own number, the issue type and the bookkeeping dates
#: are the ticket's, not the idea's. Every "Labels" column (Jira writes one per tag) is a tag.
JIRA_FIELDS: dict[str, str] = {
    "summary": "title", "issue key": "key", "issue id": "", "issue type": "",
    "status": "stage", "status category": "", "priority": "", "resolution": "",
    "assignee": "lead", "reporter": "", "creator": "", "created": "started_on",
    "updated": "", "resolved": "", "last viewed": "", "due date": "", "due": "",
    "sprint": "", "watchers": "", "project key": "", "project name": "", "project type": "",
    "fix version s": "", "affects version s": "", "component s": "", "components": "",
    "labels": "keywords", "description": "description", "parent": "", "parent id": "",
    "status category changed": "", "time spent": "", "original estimate": "",
    "remaining estimate": "", "votes": "", "environment": ""}
#: The same for an Azure DevOps (Boards) work-item query exported to CSV or Excel.
AZURE_FIELDS: dict[str, str] = {
    "id": "key", "work item type": "", "title": "title", "state": "stage", "reason": "",
    "assigned to": "lead", "area path": "department", "iteration path": "",
    "tags": "keywords", "created date": "started_on", "created by": "", "changed date": "",
    "changed by": "", "closed date": "", "closed by": "", "resolved date": "",
    "activated date": "", "state change date": "", "priority": "", "effort": "",
    "story points": "", "value area": "", "board column": "", "board column done": "",
    "description": "description", "parent": "", "rev": "", "team project": ""}
#: How a column of a Jira or Azure DevOps export is read, and how one about the ticket
#: itself (its internal number, its reporter, when it was last touched) is left out.
TICKET = "a Jira or Azure DevOps export's column"
TICKET_OWN = "a ticket's own column"
TICKET_TEAM = "a board's team field"
#: A Jira export's "Custom field (Team)": the board's own field, named inside the brackets.
_CUSTOM_FIELD = re.compile(r"^\s*custom\s*field\s*\((.+)\)\s*$", re.I)
#: A repeated header made unique by a number ("Labels 2"): another column of the same thing.
_REPEATED = re.compile(r"^(.*\S)\s+\d$")


def custom_field_name(header: str) -> str:
    """``"Custom field (Annual saving £)"`` -> ``"Annual saving £"``: a Jira export's own
    field is guessed by its name; any other header is returned as it is."""
    found = _CUSTOM_FIELD.match(header)
    return found.group(1).strip() if found else header


def ticket_shape(headers: list[str]) -> dict[str, str] | None:
    """The field table of the ticket system whose export has these headers (Jira: Issue key
    and Summary beside its Status, Issue Type, Assignee or Reporter; Azure DevOps: Work Item
    Type and Title beside State or Assigned To), or None."""
    keys = {normalise_header(_REPEATED.sub(r"\1", h)) for h in headers}
    if {"issue key", "summary"} <= keys and keys & {"issue type", "status", "assignee",
                                                     "reporter"}:
        return JIRA_FIELDS
    if {"work item type", "title"} <= keys and keys & {"state", "assigned to", "id"}:
        return AZURE_FIELDS
    return None


def _ticket_export(record_type: str, headers: list[str], chosen: list[ColumnMapping],
                   by_name: Mapping[str, Column]) -> None:
    """A Jira or Azure DevOps export read as innovations: its columns as :data:`JIRA_FIELDS`
    or :data:`AZURE_FIELDS` say, whatever their words alone suggest; a custom field keeps
    its guess, and takes a field first (the board's own "Start date" beats "Created").
    Changes *chosen* in place."""
    table = ticket_shape(headers) if record_type == "innovation" else None
    if table is None:
        return
    fields = [table.get(normalise_header(_REPEATED.sub(r"\1", cm.header))) for cm in chosen]
    for i, cm in enumerate(chosen):
        # A board's "Team" field is the team owning the ticket (a ward, a service), not
        # the people in it: Jira and DevOps name people in Assignee and Reporter.
        if cm.field == "team" and cm.method not in ("told", "saved mapping") and (
                "department" in by_name and not any(c.field == "department" for c in chosen)):
            chosen[i] = ColumnMapping(cm.header, "department", TICKET_TEAM, cm.header)
    others = {cm.field for cm, f in zip(chosen, fields, strict=True) if f is None and cm.field}
    for i, (cm, field) in enumerate(zip(chosen, fields, strict=True)):
        if field is None or cm.method in ("told", "saved mapping"):
            continue
        if field in others and not gathers(field, by_name):
            field = ""
        chosen[i] = ColumnMapping(cm.header, field, TICKET if field else TICKET_OWN)


#: A person's middle names: a part of the name, never the name itself (the row reader joins
#: the first and last names into it).
MIDDLE_NAMES = frozenset({"middle name", "middle names", "middle initial", "middle initials",
                          "other forenames", "other names", "second forename"})


def _middle_name(record_type: str, chosen: list[ColumnMapping]) -> None:
    """An Outlook or HR list's "Middle Name": not the person's name, which "contains 'name'"
    would otherwise make it. Changes *chosen* in place."""
    if record_type != "person":
        return
    for i, cm in enumerate(chosen):
        if normalise_header(qualifier_free(cm.header)) in MIDDLE_NAMES and (
                cm.method not in ("told", "saved mapping")):
            chosen[i] = ColumnMapping(cm.header, "", "a middle name")


#: Short words of a slashed header that name no field there ("Yes / No", "Ref / ID"); a
#: three-letter word that does ("Aim / what we're doing") is read.
_SHORT_NON_NAMES = frozenset({"yes", "ref", "num", "ext", "tel", "tbc", "tba", "n a", "y n"})


def _slashed(words: _Words, chosen: list[ColumnMapping]) -> None:
    """A header of two names joined by a slash ("Go-live / start", "Lead / owner") that
    nothing matched whole: the last part that names a field still free, as librarians read
    "X / Y" (the second word is the one they mean the column by). Changes *chosen* in place."""
    used = {cm.field for cm in chosen if cm.field}
    for i, cm in enumerate(chosen):
        if cm.field or cm.method or "/" not in cm.header or (
                normalise_header(cm.header) in BOOKKEEPING):
            continue
        for part in reversed(qualifier_free(cm.header).split("/")):
            key = normalise_header(part)
            if " " not in key and (len(key) < 3 or key in _SHORT_NON_NAMES):
                continue  # "Yes / No": a short word ("no", "id") is no field's name here
            field = words.candidates.get(key) or words.spellings.get(key, "")
            if field and field not in used and (
                    field not in words.by_name or words.by_name[field].kind != "id"):
                chosen[i] = ColumnMapping(cm.header, field, "a part of a slashed header", key)
                used.add(field)
                break


def _title_beside_a_job(words: _Words, chosen: list[ColumnMapping]) -> None:
    """A staff list with a bare "Title" column and a "Role" (or "Post", "Position"...)
    column: the role is the job title, and "Title" is the honorific (Dr, Mrs), left out.
    Changes *chosen* in place."""
    at = next((i for i, cm in enumerate(chosen) if cm.field == "job_title"
               and normalise_header(qualifier_free(cm.header)) == "title"), None)
    if at is None:
        return
    for i, cm in enumerate(chosen):
        key = normalise_header(qualifier_free(cm.header))
        if not cm.field and words.candidates.get(key, words.type_words.get(key)) == "job_title":
            chosen[i] = ColumnMapping(cm.header, "job_title", "a job beside a title",
                                      chosen[at].header)
            chosen[at] = ColumnMapping(chosen[at].header, "", "honorific")
            return


@attrs.frozen
class _Words:
    """The words a header may match for one record type, each to the field it names."""

    by_name: dict[str, Column]
    #: the record type's own field names, and those every knowledge record has
    own: dict[str, str]
    shared: dict[str, str]
    #: librarians' words for this record type, and for any
    type_words: dict[str, str]
    any_words: dict[str, str]
    #: a header's normal form -> the field it names exactly, and how
    candidates: dict[str, str]
    how: dict[str, Method]
    record_type: str = ""

    @property
    def spellings(self) -> dict[str, str]:
        """Every word kmcore knows, for the close-spelling pass."""
        return {**self.any_words, **self.shared, **self.type_words, **self.own}

    def free(self, field: str, used: set[str], *, sure: bool = True) -> bool:
        """The field is not taken yet, or can take a second column (a person named by
        either of two columns; with *sure*, a header that names it, a second list of
        expertise: "Expertise level" only holds the word, and is no second list)."""
        reusable = (field in self.by_name and self.by_name[field].kind == "ref"
                    ) or (sure and field in LIST_PARTS)
        return field not in used or reusable


def _words(record_type: str, headers: list[str], columns: list[Column]) -> _Words:
    from kmcore.records.base import KnowledgeRecord

    common = {field.name for field in attrs.fields(KnowledgeRecord)}
    by_name = {c.name: c for c in columns}

    def names(chosen: list[Column]) -> dict[str, str]:
        out: dict[str, str] = {}
        for column in chosen:
            out.setdefault(normalise_header(column.name), column.name)
        return out

    def synonyms(scope: str) -> dict[str, str]:
        out: dict[str, str] = {}
        for field, words in SYNONYMS.get(scope, {}).items():
            if field == KEY or field.split(".")[0] in by_name:
                for word in words:
                    out.setdefault(normalise_header(word), field)
        return out

    own = names([c for c in columns if c.name not in common])
    shared = names([c for c in columns if c.name in common])
    type_words = synonyms(record_type)
    any_words = synonyms("*")
    named = {own.get(normalise_header(h)) or shared.get(normalise_header(h)) for h in headers}
    candidates: dict[str, str] = {}
    how: dict[str, Method] = {}
    for key in {normalise_header(h) for h in headers}:
        if key in own:
            candidates[key], how[key] = own[key], "field name"
        elif key in type_words and (key not in shared or type_words[key] not in named):
            # An innovation log's "Status" column means the stage, unless the file also
            # has a "Stage" column (then it is the editorial status, as in an export).
            candidates[key], how[key] = type_words[key], "synonym"
        elif key in shared:
            candidates[key], how[key] = shared[key], "field name"
        elif key in any_words:
            candidates[key], how[key] = any_words[key], "synonym"
    return _Words(by_name, own, shared, type_words, any_words, candidates, how, record_type)


def _exact_field(words: _Words, header: str, record_type: str) -> tuple[str, str]:
    """The field a header names exactly, and how ("field name", "synonym"; "" for none)."""
    key = normalise_header(header)
    by_name = words.by_name
    if "." in header and check_field(header.strip(), by_name, record_type) is None:
        return header.strip(), "field name"  # an export's dotted header
    field, method = words.candidates.get(key, ""), words.how.get(key, "")
    if (method == "field name" and field in by_name
            and by_name[field].kind in ("json", "id") and header.strip() != field
            and (key in words.type_words or key in words.any_words)):
        # "Outcomes" in a log is prose about them, and "ID" the log's own number;
        # only an export's own headers ("outcomes", "id") are kmcore's fields.
        return words.type_words.get(key) or words.any_words[key], "synonym"
    return field, method


def _exact_picks(words: _Words, headers: list[str], record_type: str, used: set[str], *,
                 use_synonyms: bool) -> list[ColumnMapping]:
    """Each header that names a field exactly, by its name or a synonym."""
    picked: dict[str, ColumnMapping] = {}
    # Field names claim their field before any synonym can ("Stage" beats "Phase").
    for wanted in ("field name", "synonym"):
        for header in headers:
            if header in picked or (normalise_header(header) in BOOKKEEPING
                                    and header.strip() not in words.by_name):
                # "Created By": the list's bookkeeping, though it names a field; an
                # export's own "created_by" is the field, written as kmcore writes it
                continue
            field, method = _exact_field(words, header, record_type)
            if method != wanted or (method == "synonym" and not use_synonyms):
                continue
            # A person may be named by either of two columns ("Lead name", "Lead email"):
            # the first filled one is used for each row.
            if field and words.free(field, used):
                used.add(field)
                picked[header] = ColumnMapping(header, field, method)
    return [picked.get(h) or ColumnMapping(h, "", "") for h in headers]


def _loose_picks(words: _Words, chosen: list[ColumnMapping], used: set[str]) -> None:
    """The header without its qualifier ("Savings (£)", "Lead (name)"), and a known phrase
    inside a longer header ("Current status of project"), for headers not matched yet."""
    by_name, type_words, any_words = words.by_name, words.type_words, words.any_words
    spellings = words.spellings
    for i, cm in enumerate(chosen):
        if cm.field or normalise_header(cm.header) in BOOKKEEPING:
            continue
        plain = normalise_header(qualifier_free(cm.header))
        field = words.candidates.get(plain) or spellings.get(plain, "")
        if field in by_name and by_name[field].kind in ("json", "id") and (
                plain in type_words or plain in any_words):
            # As above: a log's "Savings (£)" is a figure, not the structured field.
            field = type_words.get(plain) or any_words[plain]
        if field and plain != normalise_header(cm.header) and words.free(field, used):
            used.add(field)
            chosen[i] = ColumnMapping(cm.header, field, "without its qualifier", plain)
            continue
        key = plain or normalise_header(cm.header)
        # The record type's own words first: "Outcomes / impact" is about the outcome
        # as prose, not the structured "outcomes" field whose name it also holds.
        found = (contained_phrase(key, {**any_words, **type_words})
                 or contained_phrase(key, spellings))
        # "Interests / expertise" is a second list of expertise; "Expertise level" is not.
        sure = not set(key.split()) & _ABOUT_A_LIST
        if found and found[0] in ROLE_NOUNS and found[1] == "display_name":
            continue  # "Knowledge champion? (Y/N)" asks about them: it is no name
        if found and (_a_date_for_no_date(words, key, found[1])
                      or _a_person_for_a_date(words, key, found[1])):
            continue  # a staff list's "Start date in post" is no employment status
        if found and words.free(found[1], used, sure=sure):
            used.add(found[1])
            chosen[i] = ColumnMapping(cm.header, found[1], "contains", found[0])


def _a_date_for_no_date(words: _Words, key: str, field: str) -> bool:
    """Whether a header naming a date ("Start date in post", "Date of last review", a
    tracker's "Date of update") was found to hold a phrase of a field that is no date (an
    employment status, a stage): it is not that field, whatever the record type (D1290)."""
    column = words.by_name.get(field.split(".")[0])
    return ("date" in key.split() and column is not None
            and column.kind not in ("date", "datetime"))


def _a_person_for_a_date(words: _Words, key: str, field: str) -> bool:
    """Whether a header naming who did something ("Reviewed by", "Approved by") was found
    to hold a phrase of a date field: a "by" header names a person, never a date."""
    column = words.by_name.get(field.split(".")[0])
    return key.split()[-1:] == ["by"] and column is not None and column.kind == "date"


def _close_spellings(words: _Words, chosen: list[ColumnMapping], used: set[str]) -> None:
    """Close spellings ("Decription", "Implemnted on") for headers not matched yet."""
    spellings = words.spellings
    for i, cm in enumerate(chosen):
        if cm.field or normalise_header(cm.header) in BOOKKEEPING:
            continue
        key = normalise_header(cm.header)
        close = difflib.get_close_matches(key, list(spellings), n=1, cutoff=0.85)
        # Never the record id by a guess: only an export's own "id" header fills it; and
        # never a list by the spelling of a header about one ("Years of experience" is not
        # "Areas of experience").
        about_a_list = close and spellings[close[0]] in LIST_PARTS and (
            set(key.split()) & _ABOUT_A_LIST)
        if (close and spellings[close[0]] not in used and spellings[close[0]] != "id"
                and not about_a_list and not _a_person_for_a_date(words, key,
                                                                  spellings[close[0]])):
            used.add(spellings[close[0]])
            chosen[i] = ColumnMapping(cm.header, spellings[close[0]], "similar spelling",
                                      close[0])


def guess_mapping(record_type: str, headers: list[str], columns: list[Column], *,
                  use_synonyms: bool = True) -> ImportMapping:
    """Propose a field for each header (see the module docstring for the order of tries).

    :param use_synonyms: also try librarians' words and close spellings (off for JSON,
        whose keys are field names).
    """
    # a Jira export's "Custom field (Team)" is guessed as "Team" (and shown as it is)
    original, headers = headers, [custom_field_name(h) for h in headers]
    words = _words(record_type, headers, columns)
    used: set[str] = set()
    chosen = _exact_picks(words, headers, record_type, used, use_synonyms=use_synonyms)
    if use_synonyms:
        _loose_picks(words, chosen, used)
        _close_spellings(words, chosen, used)
    _narrowest_department(chosen)
    _lowest_org_level(chosen)
    _title_beside_a_job(words, chosen)
    _real_start(words, chosen)
    _forms_respondent(record_type, headers, chosen)
    _planner_task(record_type, headers, chosen)
    _ticket_export(record_type, headers, chosen, words.by_name)
    _middle_name(record_type, chosen)
    if use_synonyms:
        _slashed(words, chosen)
    # A log with a short description and no other description column: that column is all
    # the description there is (the required field), not a summary beside an empty one.
    if "description" in words.by_name and "description" not in used:
        for i, cm in enumerate(chosen):
            # (an export's own "summary" header beside its "description" is the field;
            # a log's "Summary" with no description column is all the description there is)
            if cm.field == "summary" and (cm.method != "field name"
                                          or cm.header.strip() != "summary"):
                chosen[i] = ColumnMapping(cm.header, "description", "only description column")
                break
    _repeated_list_column(words, chosen)
    return ImportMapping(record_type, [attrs.evolve(cm, header=header) if cm.header != header
                                       else cm for cm, header in zip(chosen, original,
                                                                     strict=True)])


def _repeated_list_column(words: _Words, chosen: list[ColumnMapping]) -> None:
    """A header repeated in the file ("Labels", "Labels" -> "Labels 2") whose first column
    fills a list: the second adds to the same list. Changes *chosen* in place."""
    by_header = {cm.header: cm.field for cm in chosen if cm.field}
    for i, cm in enumerate(chosen):
        first = _REPEATED.match(cm.header)
        if cm.field or cm.method or first is None:
            continue
        field = by_header.get(first.group(1), "")
        column = field_column(field, words.by_name) if field else None
        if column is not None and column.holds_list:
            chosen[i] = ColumnMapping(cm.header, field, "a repeated column", first.group(1))


def load_mapping(path: str | Path, record_type: str, headers: list[str],
                 columns: list[Column]) -> ImportMapping:
    """Read a mapping file; headers the file does not mention are guessed as usual."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise KmcoreError(f"{path}: no such mapping file",
                          hint="Save one first with --save-mapping FILE.") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise KmcoreError(f"{path}: is not a valid mapping file ({exc})",
                          hint='Each line under [columns] is "Header" = "field".') from None
    saved_type = data.get("type", record_type)
    if saved_type != record_type:
        raise KmcoreError(f"{path}: is a mapping for {saved_type} records, not {record_type}",
                          hint=f"Use --type {saved_type}, or another mapping file.")
    table = data.get("columns", {})
    if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
        raise KmcoreError(f"{path}: [columns] must map each header to a field name (text)",
                          hint='Write lines like "Project lead" = "lead".')
    by_name = {c.name: c for c in columns}
    for header, field in table.items():
        problem = check_field(field, by_name, record_type)
        if problem:
            raise KmcoreError(f"{path}: column {header!r}: {problem}",
                              hint="Fix the field name in the mapping file.")
    values = data.get("values", {})
    defaults = data.get("defaults", {})
    if not isinstance(values, dict) or not all(
            isinstance(words, dict) and all(isinstance(v, str) for v in words.values())
            for words in values.values()):
        raise KmcoreError(f"{path}: [values.FIELD] must map each word to a value (text)",
                          hint='Write lines like "In use" = "implemented" under [values.stage].')
    if not isinstance(defaults, dict) or not all(isinstance(v, str) for v in defaults.values()):
        raise KmcoreError(f"{path}: [defaults] must give each field a value (text)",
                          hint='Write lines like stage = "idea" under [defaults].')
    prefer = data.get("prefer", {})
    if not isinstance(prefer, dict) or not all(
            isinstance(v, list) and all(isinstance(h, str) for h in v) for v in prefer.values()):
        raise KmcoreError(f"{path}: [prefer] must give each field a list of headers",
                          hint='Write lines like "lead.email" = ["Email", "Alt email"].')
    guessed = guess_mapping(record_type, headers, columns)
    known = {h: f for h, f in table.items() if h in headers}
    by_name = {c.name: c for c in columns}
    mapping = guessed.with_overrides(known, lambda field: gathers(field, by_name),
                                     lambda h, f: person_role(h, f, by_name))
    # the order of preference saved (the columns are saved in the file's order)
    mapping.prefer.update({f: [h for h in hs if h in headers] for f, hs in prefer.items()})
    return ImportMapping(record_type, [
        ColumnMapping(cm.header, cm.field, "saved mapping" if cm.method == "told" else cm.method,
                      cm.detail)
        for cm in mapping.columns],
        # A word saved with "" was unknown when the mapping was saved: still to decide.
        {str(f): {w: v for w, v in words.items() if v} for f, words in values.items()},
        dict(defaults), mapping.prefer)


def _saved_field(cm: ColumnMapping) -> str:
    """The field as a librarian writes it: a person's name or e-mail column told apart
    (``lead.email``)."""
    if cm.method in ("told", "saved mapping") and cm.detail in PERSON_ROLES and cm.field:
        return f"{cm.field}.{cm.detail}"
    return cm.field


def unused_mapping_columns(path: str | Path, headers: list[str]) -> list[str]:
    """The columns a mapping file (already read by :func:`load_mapping`) names that the
    file being imported does not have: their lines do nothing, and the import says so
    (D1487)."""
    data = tomllib.loads(Path(path).read_text(encoding="utf-8-sig"))
    table = data.get("columns", {})
    return [h for h in table if h not in headers] if isinstance(table, dict) else []


def save_mapping(mapping: ImportMapping, path: str | Path,
                 found: Mapping[str, Mapping[str, tuple[str, int]]] | None = None) -> Path:
    """Write *mapping* as an editable TOML file (ignored columns kept, mapped to ``""``).

    :param found: the words an import found in each choice column, as ``field -> word ->
        (value, rows)`` (``""`` for a word nothing matched): saved under ``[values.FIELD]``
        with what they became, for the librarian to check and change.
    """
    path = Path(path)
    lines = [f"# kmcore import mapping for {mapping.record_type} records.",
             "# Each line: a column header of the file = the field it fills (\"\" = ignore it).",
             "# Fields are listed by `kmcore types " + mapping.record_type + "`; \"key\" marks "
             "the column that identifies a row across imports.",
             f"type = {json.dumps(mapping.record_type)}", "", "[columns]"]
    # json.dumps writes a valid TOML basic string for any text (escapes included).
    lines += [f"{json.dumps(cm.header, ensure_ascii=False)} = "
              f"{json.dumps(_saved_field(cm))}" for cm in mapping.columns]
    if mapping.prefer:
        lines += ["", "# Columns for one field in order of preference: a row reads the first "
                  "one it fills.", "[prefer]"]
        lines += [f"{json.dumps(f)} = {json.dumps(hs, ensure_ascii=False)}"
                  for f, hs in mapping.prefer.items()]
    if mapping.defaults:
        lines += ["", "# Values for rows whose cell is empty (or with no column for the field).",
                  "[defaults]"]
        lines += [f"{json.dumps(f)} = {json.dumps(v, ensure_ascii=False)}"
                  for f, v in mapping.defaults.items()]
    fields = {f: {w: (v, 0) for w, v in words.items()} for f, words in mapping.values.items()}
    for field, words in (found or {}).items():
        for word, (value, rows) in words.items():
            told = mapping.values.get(field, {}).get(word)
            fields.setdefault(field, {})[word] = (told or value, rows)
    for field, words in fields.items():
        if not words:
            continue
        # what an undecided word does (D1485): the row still comes in, so say how
        lines += ["", f"# The file's words for {field} = kmcore's value (\"\" = not decided: "
                  "the row still comes in; a required choice such as the stage is left for",
                  "# you to choose and the record flagged incomplete (refused with --strict), "
                  "an optional one left empty).", f"[values.{json.dumps(field)}]"]
        lines += [f"{json.dumps(w, ensure_ascii=False)} = {json.dumps(v)}"
                  + (f"  # {rows} row{'s' if rows != 1 else ''}" if rows else "")
                  for w, (v, rows) in words.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path

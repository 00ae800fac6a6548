"""What the index keeps of a record: its text by field group, its facets, who it involves.

One function, :func:`extract`, turns any record (built-in or a plugin's) into an
:class:`IndexEntry`. Text fields are found by walking the record's attrs fields, so a plugin's
record type is searchable without extra code; reference fields (person ids, record ids), web
addresses and codes are left out of the text because they are not words anybody searches for.

The role weights say how strongly a record shows the expertise of the people on it
(document-centric expert finding, see docs/architecture.md): the lead of an innovation and
the person a knowledge harvest was drawn from count most, a participant in a meeting least.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from kmcore.records import _fields as f
from kmcore.records.base import ConceptRef, KnowledgeRecord, OrgRef, Record, Reference
from kmcore.search._text import clean

__all__ = ["ROLE_WEIGHTS", "Association", "Claim", "IndexEntry", "extract", "role_weight"]

#: How much a record says about a person's expertise, by the part they played in it.
ROLE_WEIGHTS: dict[str, float] = {
    "lead": 1.0, "harvestee": 1.0, "interviewee": 1.0, "co_lead": 0.9, "owner": 0.7,
    "facilitator": 0.8, "author": 0.7, "librarian": 0.7, "peer": 0.7, "speaker": 0.6,
    "clinical_champion": 0.6, "clinical champion": 0.6, "spread_agent": 0.5,
    "lks_support": 0.5, "team_member": 0.5, "contact": 0.5, "validator": 0.4,
    "quoted": 0.4, "inner_circle": 0.4, "action_owner": 0.3, "participant": 0.3,
    "presenter": 0.3, "requester": 0.3, "patient_partner": 0.3,
}
_DEFAULT_ROLE_WEIGHT = 0.5

# Reference relation -> role. Relations missing here (created_by, consent_of, paired in a
# coffee trial, successor, line_manager, exit_interview_of...) are not evidence of expertise.
_REL_ROLES = {
    "led_by": "lead", "contact": "contact", "facilitated_by": "facilitator",
    "attended_by": "participant", "harvested_from": "harvestee", "interviewed": "interviewee",
    "peer": "peer", "speaker": "speaker", "presented": "presenter",
    "inner_circle": "inner_circle", "validated_by": "validator", "working_with": "librarian",
    "requested_by": "requester", "quotes": "quoted",
}
# Text fields that are codes or addresses, not prose.
_NOT_TEXT = frozenset({"url", "uri", "doi", "pmid", "media_type", "code", "scheme", "ods_code",
                       "work_email", "phone", "orcid", "fingerprint", "source_ref", "method",
                       "languages", "evidence", "to_complete"})
# Parts that are bookkeeping, not content.
_SKIP_PARTS = frozenset({"provenance", "pii_cleared", "consents", "owner_org", "links",
                         "stage_history"})
_TITLE_FIELDS = ("title", "display_name")
_SUMMARY_FIELDS = ("summary", "job_title")


def role_weight(role: str) -> float:
    """The weight of *role* (free text on evidence, or a kmcore role name)."""
    key = role.strip().lower()
    return ROLE_WEIGHTS.get(key, ROLE_WEIGHTS.get(key.replace(" ", "_"), _DEFAULT_ROLE_WEIGHT))


@attrs.frozen
class Association:
    """A person named on a record, and the part they played."""

    person: str
    record: str
    role: str
    weight: float
    #: True when the person's own profile names the record as evidence (not the record itself).
    from_profile: bool = False


@attrs.frozen
class Claim:
    """One expertise claim from a person's profile, flattened for the index."""

    label: str
    basis: str
    level: str
    endorsed_by: tuple[str, ...] = ()
    evidence: tuple[tuple[str, str], ...] = ()


@attrs.frozen
class IndexEntry:
    """Everything the index stores about one record."""

    id: str
    type: str
    title: str
    summary: str
    subjects_text: str
    body: str
    status: str
    visibility: str
    confidential: bool
    stage: str
    technique: str
    phase: str
    department: str
    org_name: str
    org_code: str
    date: str
    created: str
    updated: str
    review_due: str
    subjects: tuple[str, ...]
    staff_groups: tuple[str, ...]
    people: tuple[str, ...]
    associations: tuple[Association, ...]
    links: tuple[tuple[str, str], ...]
    #: The words of the record's kind, stage, technique, setting... labels ("innovation
    #: story"): in ``subjects_text`` for searching, but what kind of record it is, not what it
    #: is about, so no evidence that two records share a subject (see SearchIndex's "facet"
    #: terms).
    facet_words: tuple[str, ...] = ()
    # Person records only:
    person_hidden: bool = False
    claims: tuple[Claim, ...] = ()
    profile_text: str = ""


def _value(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, enum.Enum):
        return str(v.value)
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


def _label(v: Any) -> str:
    label = getattr(v, "label", None)
    return label if isinstance(label, str) else _value(v).replace("_", " ")


def _texts(obj: Any, skip_top: frozenset[str]) -> Iterator[str]:
    """Every prose string inside *obj*, depth first, reference fields and codes left out."""
    for field in attrs.fields(type(obj)):
        name = field.name
        if name in skip_top or name in _NOT_TEXT or name in _SKIP_PARTS:
            continue
        if f.info(field).rel:
            continue
        value = getattr(obj, name)
        if isinstance(value, enum.Enum):
            continue  # vocabulary values are facets (filters), not prose
        if isinstance(value, str):
            if value.strip():
                yield value
        elif isinstance(value, tuple):
            for item in value:
                if isinstance(item, enum.Enum):
                    continue
                if isinstance(item, str):
                    if item.strip():
                        yield item
                elif attrs.has(type(item)) and not isinstance(item, ConceptRef):
                    yield from _texts(item, frozenset())
        elif attrs.has(type(value)) and not isinstance(value, ConceptRef):
            yield from _texts(value, frozenset())


#: a record's own dates, in the order they date it (as the impact report dates records)
_OWN_DATES = ("held_on", "implemented_on", "started_on", "happened_on")


def _record_date(record: Record) -> str:
    """The day the record's work is dated by: its own date (a session held, an innovation
    live or started, a story that happened); else, for a record typed in, the day it was
    added (which is when it happened); for one imported with no date of its own, none --
    never the day of the import, which would show work from 2021 as this year's (D1488)."""
    for name in _OWN_DATES:
        value = getattr(record, name, None)
        if isinstance(value, dt.date):
            return value.isoformat()
    if str(getattr(getattr(record, "provenance", None), "source", "")) == "import":
        return ""
    return _value(record.created_at)


def _associations(record: Record, refs: list[Reference]) -> list[Association]:
    found: list[Association] = []
    team_roles = {m.person: _value(m.role) for m in getattr(record, "team", ()) or ()}
    for ref in refs:
        role = _REL_ROLES.get(ref.rel)
        if ref.rel == "team_member":
            role = team_roles.get(ref.target, "team_member")
        elif ref.rel == "owned_by":
            role = "action_owner" if ".actions[" in ref.path else "owner"
        if role is None:
            continue
        found.append(Association(ref.target, record.id, role, role_weight(role)))
    return found


def _person_parts(record: Any) -> tuple[bool, tuple[Claim, ...], str, list[str]]:
    """(hidden from the directory, claims, profile text, staff groups) of a Person."""
    hidden = bool(record.hidden_from_directory)
    profile = record.profile
    groups = [_value(record.staff_group)] if record.staff_group else []
    if profile is None or record.profile.objection is not None or (
        _value(record.employment_status) == "left"
    ):
        # No profile, left, or objected: nothing of the profile is kept (Art 21, leavers).
        return hidden, (), "", groups
    claims = tuple(
        Claim(
            label=c.concept.label, basis=_value(c.basis), level=_value(c.level),
            endorsed_by=tuple(c.endorsed_by),
            evidence=tuple((e.record, e.role) for e in c.evidence),
        )
        for c in profile.expertise
    )
    # The person's own words: overview, methods, populations, groups. Inferred claims are not
    # theirs, so their labels stay out of the person's searchable text.
    parts = [profile.overview]
    parts += [c.label for c in claims if c.basis != "inferred"]
    parts += [m.label for m in profile.methods_experience]
    parts += list(profile.populations)
    parts += [m.group for m in profile.memberships]
    return hidden, claims, "\n".join(p for p in parts if p), groups


def _subjects_and_facets(record: Record, technique: Any) -> tuple[list[str], list[str]]:
    """The record's subject labels and codes, and the words of its keywords and facets
    (technique, stage, kind...), for the ``subjects_text`` column."""
    subjects: list[str] = []
    facet_words: list[str] = []
    if isinstance(record, KnowledgeRecord):
        for concept in record.subjects:
            subjects.append(concept.label)
            if concept.code:
                subjects.append(concept.code)
        facet_words += list(record.keywords)
    facet_words += _facet_labels(record, technique)
    return subjects, facet_words


def _facet_labels(record: Record, technique: Any) -> list[str]:
    """The labels of *record*'s technique, stage, kind and other classifying values."""
    labels: list[str] = []
    if technique is not None:
        labels.append(_label(technique))
    for name in ("stage", "kind", "innovation_type", "setting", "polarity", "category"):
        value = getattr(record, name, None)
        if value:
            labels.append(_label(value))
    return labels


def _organisation(record: Record) -> OrgRef | None:
    """The organisation a record is filed under: a person's employer, else the owner."""
    employer: OrgRef | None = getattr(record, "employer", None)
    return employer if employer is not None else record.owner_org


def extract(record: Record, names: Mapping[str, str]) -> IndexEntry:
    """The :class:`IndexEntry` of *record*; *names* maps person ids to display names (for the
    ``people`` column, so searching a name finds the records a person is on)."""
    title = clean(next((getattr(record, n) for n in _TITLE_FIELDS
                        if isinstance(getattr(record, n, None), str)), record.label))
    summary = clean(" ".join(getattr(record, n) for n in _SUMMARY_FIELDS
                             if isinstance(getattr(record, n, None), str)))
    technique = getattr(record, "technique", None)
    subjects, facet_words = _subjects_and_facets(record, technique)
    phase = getattr(record, "effective_phase", None)
    staff_groups = [
        _value(g) for g in (*getattr(record, "audience_staff_groups", ()),
                            *getattr(record, "applies_to_staff_groups", ()))
    ]
    skip = frozenset({"id", *_TITLE_FIELDS, *_SUMMARY_FIELDS, "keywords", "subjects", "department",
                      "profile", "display_name", "given_name", "family_name"})
    body = clean("\n".join(_texts(record, skip)))

    hidden, profile_text = False, ""
    claims: tuple[Claim, ...] = ()
    # Walking a record for its references is the costly part of indexing: do it once.
    refs = list(record.references())
    associations = _associations(record, refs)
    if record.record_type == "person":
        hidden, claims, profile_text, person_groups = _person_parts(record)
        staff_groups += person_groups
        facet_words += [x for x in (getattr(record, "profession", ""),
                                    getattr(record, "site", "")) if x]
        body = clean(profile_text)
        associations = []
        # Claim evidence is the person's own statement of which records show their expertise.
        for claim in claims:
            for record_id, role in claim.evidence:
                associations.append(Association(
                    record.id, record_id, role or "author", role_weight(role or "author"),
                    from_profile=True,
                ))
    people_ids = list(dict.fromkeys(
        ref.target for ref in refs if ref.target in names
    ))
    org = _organisation(record)
    links = tuple(dict.fromkeys((ref.rel, ref.target) for ref in refs))
    return IndexEntry(
        id=record.id,
        type=record.record_type,
        title=title,
        summary=summary,
        subjects_text=clean("\n".join([*subjects, *facet_words])),
        body=body,
        status=_value(record.status),
        visibility=_value(record.visibility),
        confidential=_value(getattr(record, "confidentiality", "")) == "hr_confidential",
        stage=_value(getattr(record, "stage", None)),
        technique=_value(technique),
        phase=_value(phase),
        department=_value(getattr(record, "department", "")),
        org_name=org.name if org is not None else "",
        org_code=(org.ods_code or "") if org is not None else "",
        date=_record_date(record),
        created=_value(record.created_at),
        updated=_value(record.updated_at),
        review_due=_value(getattr(record, "review_due", None)),
        subjects=tuple(s.casefold() for s in subjects),
        staff_groups=tuple(dict.fromkeys(staff_groups)),
        people=tuple(people_ids),
        associations=tuple(associations),
        links=links,
        person_hidden=hidden,
        claims=claims,
        profile_text=profile_text,
        facet_words=tuple(_facet_labels(record, technique)),
    )

"""The parts every record shares: the :class:`Record` base and small value types.

Change a record with :func:`attrs.evolve`; records are frozen so that one read from the store
can be handed around without anybody changing it behind your back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any, ClassVar

import attrs

from kmcore.ids import id_problem, new_id
from kmcore.records import _fields as f
from kmcore.records.identifiers import ods_problem
from kmcore.records.vocab import (
    ConsentBasis,
    ConsentScope,
    KmGoal,
    ProvenanceSource,
    StaffGroup,
    Status,
    Visibility,
)

__all__ = [
    "Attachment",
    "ConceptRef",
    "Consent",
    "KnowledgeRecord",
    "Link",
    "OrgRef",
    "PiiClearance",
    "Provenance",
    "Record",
    "Reference",
    "listed_to_complete",
]


def _id_rule(value: Any) -> str | None:
    reason = id_problem(value)
    return f"is not a usable id: it {reason}" if reason else None


f._passes_when(_id_rule, {str: f.USUAL_ID})


@attrs.frozen(kw_only=True)
class OrgRef(f.Validated):
    """An organisation: its name and, where it has one, its ODS code (``RT3``)."""

    name: str = f.text(required=True, limit=200, help="Organisation name")
    ods_code: str | None = f.optional(str, "text", help="ODS code, e.g. RT3",
                                      checks=(ods_problem,))


@attrs.frozen(kw_only=True)
class ConceptRef(f.Validated):
    """A subject term: a MeSH descriptor, a NICE guidance id or a local term."""

    label: str = f.text(required=True, limit=200, help="The term as people read it")
    scheme: str = f.text(default="local", limit=40, help="mesh, nice or local")
    code: str = f.text(limit=40, help="The scheme's code, e.g. D000086382")
    uri: str = f.text(limit=500, help="The term's web address, e.g. https://id.nlm.nih.gov/mesh/...")


@attrs.frozen(kw_only=True)
class Link(f.Validated):
    """A typed edge from this record to another (``relates_to``, ``follows_up``...)."""

    rel: str = f.text(required=True, limit=40, help="Relation name, e.g. relates_to")
    target: str = attrs.field(metadata={f.META: f.FieldInfo(
        checks=(_id_rule,), required=True, help="Id of the record it points to"
    )})
    note: str = f.text(limit=500, help="Why the records are linked")


@attrs.frozen(kw_only=True)
class Attachment(f.Validated):
    """A poster, slide deck, report or recording that belongs with a record."""

    title: str = f.text(required=True, limit=200, help="What it is, e.g. 'Poster, HSJ 2025'")
    url: str = f.text(limit=2000, help="Link or path to the file")
    media_type: str = f.text(limit=100, help="e.g. application/pdf")
    kind: str = f.text(limit=40, help="poster, slides, report, template or recording")


@attrs.frozen(kw_only=True)
class Consent(f.Validated):
    """Permission from a person to be named, quoted or recorded."""

    person: str = f.ref("consent_of", ("person",), required=True, help="Who gave it")
    scope: ConsentScope = f.choice(ConsentScope, required=True, help="What they agreed to")
    basis: ConsentBasis = f.choice(ConsentBasis, default=ConsentBasis.CONSENT,
                                   help="UK GDPR lawful basis")
    given_on: dt.date | None = f.optional(dt.date, "a date", help="When it was given")
    withdrawn_on: dt.date | None = f.optional(dt.date, "a date",
                                              help="When it was withdrawn; empty while active")
    evidence: str = f.text(limit=500, help="Where the consent is kept, e.g. a form reference")

    @property
    def active(self) -> bool:
        return self.withdrawn_on is None


@attrs.frozen(kw_only=True)
class Provenance(f.Validated):
    """Where a record came from: typed in, imported, derived or pulled from a target."""

    source: ProvenanceSource = f.choice(ProvenanceSource, default=ProvenanceSource.MANUAL,
                                        help="How the record came in")
    source_ref: str = f.text(limit=500, help="File, URL or list item it came from")
    method: str = f.text(limit=200, help="The importer or rule that made it")


@attrs.frozen(kw_only=True)
class PiiClearance(f.Validated):
    """A person's decision that one PII guard flag is not a patient identifier.

    It matches the flag by ``fingerprint`` (a keyed hash of the record id, the field and the
    value, never the value itself), so editing the text to add a new number flags again. See
    ``docs/privacy.md`` and ``kmcore review``.
    """

    fingerprint: str = f.text(required=True, limit=100,
                              help="Which flag: its fingerprint as `kmcore review` shows it")
    cleared_by: str = f.text(required=True, limit=200,
                             help="Who cleared it: a person id or a name")
    cleared_on: dt.date = f.required_value(dt.date, "a date", help="When it was cleared")
    note: str = f.text(limit=500, help="Why it is not a patient identifier (never the value)")


@attrs.frozen
class Reference:
    """One pointer from a record to another, found by :meth:`Record.references`."""

    rel: str
    target: str
    path: str
    allowed_types: tuple[str, ...] = ()


def _generated_id(record: Record) -> str:
    return new_id(type(record).id_prefix)


@attrs.frozen(kw_only=True)
class Record(f.Validated):
    """What every record has: identity, ownership, visibility and bookkeeping.

    ``revision`` and the timestamps are managed by the store: leave them alone and pass the
    record you read back to :meth:`kmcore.KnowledgeBase.update`, which refuses it with
    :class:`~kmcore.errors.Conflict` if somebody saved a newer revision meanwhile.
    """

    record_type: ClassVar[str] = "record"
    id_prefix: ClassVar[str] = "rec"

    id: str = attrs.field(
        default=attrs.Factory(_generated_id, takes_self=True),
        metadata={f.META: f.FieldInfo(checks=(_id_rule,), managed=True,
                                      help="Stable id; generated when left out")},
    )
    revision: int = attrs.field(
        default=0, metadata={f.META: f.FieldInfo(managed=True, help="Store revision; 0 = unsaved")}
    )
    owner_org: OrgRef | None = f.part(OrgRef, help="Owning organisation (defaults to the KB's)")
    status: Status = f.choice(Status, default=Status.DRAFT, help="Editorial status")
    visibility: Visibility = f.choice(
        Visibility, default=Visibility.ORGANISATION, help="Who may see it"
    )
    created_at: dt.datetime | None = attrs.field(
        default=None, metadata={f.META: f.FieldInfo(managed=True, help="Set by the store (UTC)")}
    )
    updated_at: dt.datetime | None = attrs.field(
        default=None, metadata={f.META: f.FieldInfo(managed=True, help="Set by the store (UTC)")}
    )
    created_by: str | None = f.ref("created_by", ("person",), help="Who added it")
    links: tuple[Link, ...] = f.many(help="Typed links to other records")
    provenance: Provenance = attrs.field(
        factory=Provenance,
        metadata={f.META: f.FieldInfo(managed=True, help="Where the record came from")},
    )
    pii_cleared: tuple[PiiClearance, ...] = attrs.field(
        default=(), converter=f.to_tuple,
        metadata={f.META: f.FieldInfo(
            checks=(f._is_tuple,), managed=True,
            help="PII guard flags a person has cleared (set by `kmcore review --clear`)",
        )},
    )

    @property
    def label(self) -> str:
        """A one-line name for lists and messages."""
        return self.id

    def references(self) -> Iterator[Reference]:
        """Every pointer to another record: reference fields (led_by...) and :attr:`links`."""
        yield from _references(self, "$")

    def _cross_checks(self) -> Iterator[tuple[str, str, Any]]:
        return iter(())


def _references(obj: Any, path: str) -> Iterator[Reference]:
    for field in attrs.fields(type(obj)):
        value = getattr(obj, field.name)
        here = f"{path}.{field.name}"
        fi = f.info(field)
        if fi.rel:
            # An empty reference points nowhere yet: an import leaves a required lead it
            # could not resolve empty and lists it in to_complete; it is not a broken link.
            if isinstance(value, str) and value:
                yield Reference(fi.rel, value, here, fi.targets)
            elif isinstance(value, tuple):
                for i, item in enumerate(value):
                    if isinstance(item, str):
                        yield Reference(fi.rel, item, f"{here}[{i}]", fi.targets)
        elif isinstance(value, Link):
            yield Reference(value.rel, value.target, here)
        elif attrs.has(type(value)):
            yield from _references(value, here)
        elif isinstance(value, tuple):
            for i, item in enumerate(value):
                if isinstance(item, Link):
                    yield Reference(item.rel, item.target, f"{here}[{i}]")
                elif attrs.has(type(item)):
                    yield from _references(item, f"{here}[{i}]")


def _qio_rule(value: Any) -> str | None:
    if isinstance(value, tuple):
        for i, item in enumerate(value):
            if isinstance(item, bool) or not isinstance(item, int) or not 1 <= item <= 6:
                return f"item {i} must be an outcome number from 1 to 6"
    return None


def listed_to_complete(to_complete: Any, path: str) -> bool:
    """True when the rule at *path* (``.left_on``) is one of the ``'field: what is missing'``
    items of a record's *to_complete* flags (see :attr:`KnowledgeRecord.to_complete`)."""
    if not to_complete or not isinstance(to_complete, tuple):
        return False
    wanted = path.lstrip(".$")
    return any(isinstance(item, str) and item.split(":", 1)[0].strip() == wanted
               for item in to_complete)


@attrs.frozen(kw_only=True)
class KnowledgeRecord(Record):
    """Base of the knowledge content: innovations, stories, capture records and lessons."""

    title: str = f.text(required=True, limit=200, help="Title (an outcome-led headline works best)")
    summary: str = f.text(limit=600, help="One or two sentences")
    department: str = f.text(limit=200, help="Department or team")
    review_due: dt.date | None = f.optional(dt.date, "a date", help="When to check it is current")
    subjects: tuple[ConceptRef, ...] = f.many(help="Subject terms (MeSH or local)")
    keywords: tuple[str, ...] = f.texts(help="Free tags", limit=100)
    audience_staff_groups: tuple[StaffGroup, ...] = f.choices(StaffGroup, help="Who it is for")
    km_goals: tuple[KmGoal, ...] = f.choices(KmGoal, help="KM toolkit goals it serves")
    qio_outcomes: tuple[int, ...] = f.many(
        help="Quality and Improvement Outcomes (1-6) it evidences", checks=(_qio_rule,)
    )
    attachments: tuple[Attachment, ...] = f.many(help="Posters, slides, reports")
    consents: tuple[Consent, ...] = f.many(help="Permissions to name, quote or record people")
    licence: str = f.text(limit=100, help="e.g. OGL, CC BY, internal only")
    reference: str = f.text(limit=100, help="The source's own reference for it, e.g. the "
                            "log number 'INN-014' (kept by `kmcore import`)")
    to_complete: tuple[str, ...] = f.texts(
        limit=300, help="What must still be filled in before it meets every rule, as "
        "'field: what is missing' (set by `kmcore import`, listed by `kmcore review`)")

    @property
    def label(self) -> str:
        return self.title

    def waived(self, path: str) -> bool:
        """True when the cross-record rule at *path* (``.adoption.adopted_by``) is listed in
        :attr:`to_complete`: the record is kept, flagged, until somebody completes it."""
        return listed_to_complete(self.to_complete, path)

    def has_consent(self, person: str, scope: str) -> bool:
        """True when *person* has an active consent of *scope* on this record."""
        return any(
            c.person == person and c.scope == scope and c.active for c in self.consents
        )

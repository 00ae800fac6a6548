"""``Person``: a member of staff other records point to, with an opt-in expertise profile.

The "White Pages" of the NHS KM toolbox: who knows what, and how we know. A :class:`Person`
is the minimal identity every record can point to (the lead of an innovation, a facilitator,
the person quoted). Their :class:`ExpertiseProfile` is opt-in: a person without one is named on
records but does not appear in the expertise directory.

Following the research into NHS expertise directories (``docs/architecture.md``) with these
changes, and why:

* The profile is a part of the person, not a record of its own: it is one-to-one, edited by the
  same person, and deleting the person must delete it. One file per person keeps that true.
* ``employer`` is kept only for people outside the knowledge base's organisation (a peer from a
  neighbouring trust); for everybody else ``owner_org`` already says it.
* Per-field visibility overrides are dropped: one ``visibility`` for the whole profile is what
  a person can reason about when they opt in.
* Professional register numbers (GMC/NMC/HCPC) are left out: the directory does not need them
  and they identify a person outside work.
* ``last_confirmed_at`` is a date (``last_confirmed_on``): the 12-month re-confirmation prompt
  needs no time of day.
* An evidence ``weight`` is not stored: ranking derives it from the evidence's ``role``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import attrs

from kmcore.records import _fields as f
from kmcore.records.base import ConceptRef, OrgRef, Record, listed_to_complete
from kmcore.records.identifiers import email_problem, orcid_problem
from kmcore.records.vocab import (
    CareSetting,
    ConsentBasis,
    EmploymentStatus,
    ExpertiseBasis,
    ExpertiseLevel,
    StaffGroup,
    Visibility,
    WillingTo,
)

__all__ = [
    "Evidence",
    "ExpertiseClaim",
    "ExpertiseProfile",
    "Membership",
    "Objection",
    "Person",
]


@attrs.frozen(kw_only=True)
class Evidence(f.Validated):
    """A record that shows a person's expertise, and the part they played in it."""

    record: str = f.ref("evidenced_by", (), required=True,
                        help="Id of the record (any type) that shows the expertise")
    role: str = f.text(limit=100, help="Their part in it: lead, facilitator, author, participant")


@attrs.frozen(kw_only=True)
class ExpertiseClaim(f.Validated):
    """One topic a person knows about, how well, and how we know.

    An ``inferred`` claim (worked out by kmcore from the records a person appears on) is never
    shown as fact without its evidence, so it must list that evidence. An ``endorsed`` claim
    names who endorsed it.
    """

    concept: ConceptRef = f.part(ConceptRef, required=True,
                                 help="The topic: a MeSH descriptor or a local term")
    level: ExpertiseLevel | None = f.choice(ExpertiseLevel, help="How deep their knowledge is")
    basis: ExpertiseBasis = f.choice(
        ExpertiseBasis, default=ExpertiseBasis.SELF_DECLARED, help="Where the claim comes from"
    )
    evidence: tuple[Evidence, ...] = f.many(help="Records that show it")
    since: dt.date | None = f.optional(dt.date, "a date", help="Working in this area since")
    endorsed_by: tuple[str, ...] = f.refs("endorsed_by", ("person",),
                                          help="Colleagues who vouch for it")

    def _cross_checks(self) -> Iterator[tuple[str, str, Any]]:
        if self.basis == ExpertiseBasis.INFERRED and not self.evidence:
            yield (".evidence", "an inferred claim must list the records it was inferred from",
                   "")
        if self.basis == ExpertiseBasis.ENDORSED and not self.endorsed_by:
            yield (".endorsed_by", "an endorsed claim must name who endorsed it", "")


@attrs.frozen(kw_only=True)
class Membership(f.Validated):
    """A community of practice, network or group a person belongs to."""

    group: str = f.text(required=True, limit=200,
                        help="e.g. 'Falls prevention community of practice'")
    role: str = f.text(limit=100, help="e.g. coordinator, member")
    since: dt.date | None = f.optional(dt.date, "a date", help="Member since")


@attrs.frozen(kw_only=True)
class Objection(f.Validated):
    """A person's objection to their profile being processed (UK GDPR Article 21).

    While an objection stands the profile is hidden from the directory and from search.
    """

    raised_on: dt.date = f.required_value(dt.date, "a date", help="When the objection was made")
    scope: str = f.text(limit=500, help="What it covers, e.g. 'whole profile'")


@attrs.frozen(kw_only=True)
class ExpertiseProfile(f.Validated):
    """The opt-in "ask me about" part of a person: expertise, methods, willingness to help.

    Only the person (or an administrator) should edit it. ``lawful_basis`` defaults to
    ``public_task`` (the core directory entry); record ``consent`` when optional content such as
    ``informal`` is shown.
    """

    visibility: Visibility = f.choice(
        Visibility, default=Visibility.ORGANISATION, help="Who may see the profile"
    )
    lawful_basis: ConsentBasis = f.choice(
        ConsentBasis, default=ConsentBasis.PUBLIC_TASK,
        help="UK GDPR basis for showing the profile",
    )
    overview: str = f.text(limit=1000, help="A short 'ask me about' introduction")
    expertise: tuple[ExpertiseClaim, ...] = f.many(help="Topics they know about")
    methods_experience: tuple[ConceptRef, ...] = f.many(
        help="Methods they have used or facilitated: KM techniques, QI methods..."
    )
    populations: tuple[str, ...] = f.texts(
        limit=100, help="Patient groups, e.g. 'older people', 'paediatrics'"
    )
    settings: tuple[CareSetting, ...] = f.choices(CareSetting,
                                                  help="Kinds of service they work in")
    languages: tuple[str, ...] = f.texts(limit=35, help="Language tags, e.g. 'en', 'cy', 'pl'")
    willing_to: tuple[WillingTo, ...] = f.choices(WillingTo, help="What they are happy to do")
    memberships: tuple[Membership, ...] = f.many(help="Communities and networks")
    informal: str = f.text(limit=500, help="Optional non-work content, e.g. hobbies")
    last_confirmed_on: dt.date | None = f.optional(
        dt.date, "a date", help="When the person last confirmed it (re-confirm every 12 months)"
    )
    objection: Objection | None = f.part(Objection,
                                         help="An objection to processing, if one was raised")


@attrs.frozen(kw_only=True)
class Person(Record):
    """A member of staff (or a named partner) that records point to.

    Work contact details only. A person who has left keeps their name on the records they
    worked on (historical attribution), but their profile drops out of the directory
    (:attr:`hidden_from_directory`). Rules checked: a person who has left needs ``left_on``;
    ``work_email`` and ``orcid`` must be well formed (the ORCID check character is verified).
    """

    record_type = "person"
    id_prefix = "person"

    display_name: str = f.text(required=True, limit=200, help="Name as shown on records")
    given_name: str = f.text(limit=100, help="Given name")
    family_name: str = f.text(limit=100, help="Family name")
    job_title: str = f.text(limit=200, help="e.g. 'Clinical librarian'")
    staff_group: StaffGroup | None = f.choice(StaffGroup, help="ESR staff group")
    profession: str = f.text(limit=100, help="e.g. 'Physiotherapist'")
    department: str = f.text(limit=200, help="Department or team")
    site: str = f.text(limit=200, help="Main site or base")
    employer: OrgRef | None = f.part(
        OrgRef, help="Employer, when not the knowledge base's own organisation"
    )
    work_email: str = f.text(limit=254, help="Work email address", checks=(email_problem,))
    phone: str = f.text(limit=50, help="Work phone or extension")
    orcid: str | None = f.optional(str, "text", checks=(orcid_problem,),
                                   help="ORCID iD, e.g. 0000-0002-1825-0097")
    employment_status: EmploymentStatus = f.choice(
        EmploymentStatus, default=EmploymentStatus.CURRENT, help="current, left or unknown"
    )
    left_on: dt.date | None = f.optional(dt.date, "a date", help="Date they left (or will leave)")
    is_lks_staff: bool = f.flag(help="Works for the library and knowledge service")
    profile: ExpertiseProfile | None = f.part(
        ExpertiseProfile, help="Opt-in expertise profile for the directory"
    )
    to_complete: tuple[str, ...] = f.texts(
        limit=300, help="What must still be filled in before it meets every rule, as "
        "'field: what is missing' (set by `kmcore import` for a leaver whose staff list "
        "gives no leaving date; listed by `kmcore review`)")

    @property
    def label(self) -> str:
        return self.display_name

    @property
    def hidden_from_directory(self) -> bool:
        """True when the person must not be listed in the expertise directory or its search:
        they have no profile, they have left, or they objected to processing."""
        if self.profile is None or self.employment_status == EmploymentStatus.LEFT:
            return True
        return self.profile.objection is not None

    def waived(self, path: str) -> bool:
        """True when the rule at *path* is listed in :attr:`to_complete` (kept, flagged)."""
        return listed_to_complete(self.to_complete, path)

    def _cross_checks(self) -> Iterator[tuple[str, str, Any]]:
        if self.employment_status == EmploymentStatus.LEFT and self.left_on is None:
            yield (".left_on", "a person who has left needs the date they left", "")

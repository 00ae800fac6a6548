"""``Story``: an impact case study or success story, told in the shape NHS templates share.

Who asked, and what was the challenge -> what the LKS (or the team) did -> how it helped,
with figures where there are any -> a quote from a named champion. That is the KfH impact case
study template, the "Impact case study of the week" format and the MAP toolkit case study
(see "The domain model, and where it comes from" in ``docs/architecture.md``).

Left out, and why:

* ``quality_check`` (the KfH checklist's criteria 1-5): the criteria text was not available,
  and review is already the record's editorial ``status`` (submitted, in_review, published).
* ``attribution_consent`` on the quote: consents live on the record (``consents``) so that one
  withdrawal covers every quote from that person.
"""

from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Iterator
from typing import Any

import attrs

from kmcore.records import _fields as f
from kmcore.records.base import KnowledgeRecord
from kmcore.records.parts import (
    GBP,
    MONEY_CHECKS,
    QUANTITY_CHECKS,
    Quote,
    quote_consent_problems,
)
from kmcore.records.vocab import ImpactCategory, ServiceUsed, StaffGroup, StoryKind

__all__ = ["Requester", "Story"]


@attrs.frozen(kw_only=True)
class Requester(f.Validated):
    """Who asked for help: a person, or (for an anonymised story) just their role."""

    person: str | None = f.ref("requested_by", ("person",), help="Who asked (a person record)")
    role: str = f.text(limit=200, help="Their role, e.g. 'Consultant geriatrician'")
    staff_group: StaffGroup | None = f.choice(StaffGroup, help="ESR staff group")
    department: str = f.text(limit=200, help="Their department or team")

    def _cross_checks(self) -> Iterator[tuple[str, str, Any]]:
        role = self.role if isinstance(self.role, str) else ""
        if not self.person and not role.strip():
            yield (".role", "say who asked: a person, or at least their role", "")


@attrs.frozen(kw_only=True)
class Story(KnowledgeRecord):
    """A story of the difference knowledge made: an LKS impact case study, a KM success, an
    innovation story, a setback we learned from, or a discovery story from Appreciative Inquiry.

    Lead with the outcome in the title ("£12,000 saved: ..."), quantify where you can
    (``time_saved_hours``, ``cost_saved_gbp``, ``patients_affected``) and add a quote from a
    named champion: those make a case study "great" in the KfH checklist. Rules checked:

    * someone asked: ``who_asked`` names a person or at least a role;
    * an anonymised story does not name the person who asked;
    * a quote tied to a person needs that person's active ``quote`` consent in ``consents``.
    """

    record_type = "story"
    id_prefix = "story"

    kind: StoryKind = f.choice(StoryKind, required=True, help="What kind of story")
    who_asked: Requester = f.part(Requester, required=True, help="Who asked? (may be a role)")
    happened_on: dt.date | None = f.optional(
        dt.date, "a date", help="When it happened (when they asked, or when it helped): the "
        "date an impact report counts it by"
    )
    challenge: str = f.text(required=True, limit=4000,
                            help="What did they say? The context and the challenge")
    what_we_did: str = f.text(required=True, limit=4000,
                              help="What the LKS or team did")
    how_it_helped: str = f.text(required=True, limit=4000,
                                help="How it helped: the outcome, in words and figures")
    services_used: tuple[ServiceUsed, ...] = f.choices(ServiceUsed, help="LKS services used")
    impact_categories: tuple[ImpactCategory, ...] = f.choices(
        ImpactCategory, help="Kinds of difference it made"
    )
    time_saved_hours: float | None = f.optional(
        (int, float), "a number of hours", checks=QUANTITY_CHECKS, help="Staff time saved, hours"
    )
    cost_saved_gbp: decimal.Decimal | None = f.optional(
        decimal.Decimal, GBP, checks=MONEY_CHECKS, help="Money saved, in pounds"
    )
    patients_affected: int | None = f.optional(
        int, "a whole number", checks=(f.non_negative,), help="Patients who benefited"
    )
    quote: Quote | None = f.part(Quote, help="A quote from the person helped (a champion)")
    working_with: tuple[str, ...] = f.refs("working_with", ("person",),
                                           help="LKS or KM staff to credit")
    drivers: tuple[str, ...] = f.texts(
        limit=300, help="Local, regional or national priorities it supports"
    )
    about: tuple[str, ...] = f.refs(
        "about", ("innovation", "capture_record", "lesson"),
        help="Innovations, capture records or lessons the story is about",
    )
    anonymised: bool = f.flag(help="Told without naming who asked")

    def _cross_checks(self) -> Iterator[tuple[str, str, Any]]:
        if self.anonymised is True and isinstance(self.who_asked, Requester) and (
            self.who_asked.person
        ):
            yield (
                ".who_asked.person",
                "an anonymised story must not name who asked; give their role instead",
                self.who_asked.person,
            )
        yield from quote_consent_problems(self, ".quote", self.quote)

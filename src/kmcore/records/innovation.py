"""``Innovation``: one entry in the trust's innovations database, and its parts.

The fields merge the Royal Brompton & Harefield innovations database, the Sally Hernando
Innovation Award form and the NICE shared-learning template (``docs/architecture.md``).

Left out, and why:

* ``specialty``: the record's ``subjects`` (MeSH or local terms) already say what it is about,
  and a second place for the same fact drifts out of step.
* ``owned_by`` organisation: every record has ``owner_org``.
* Greenhalgh adoption attributes (relative advantage, trialability... scored 1-5): nobody scores
  them outside a research project; ``adoption.barriers`` and ``adoption.enablers`` hold the
  same knowledge as sentences a reader can use.
* ``supporters`` and ``comments`` (Q Exchange-style engagement): they belong to the intranet
  page the record is published to, not to the record.
* ``evaluation.baseline``: baselines are per measure, so they sit on each :class:`Outcome`.
* ``references`` is called ``citations``: ``Record.references()`` already lists a record's
  pointers to other records, and a field of the same name would hide it.
* A ``consent`` on the champion statement: consents live on the record (``consents``), as for
  every quote, so one withdrawal covers every place the person is quoted.
"""

from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Iterator
from typing import Any

import attrs

from kmcore.records import _fields as f
from kmcore.records.base import KnowledgeRecord, OrgRef
from kmcore.records.identifiers import doi_problem, pmid_problem, url_problem
from kmcore.records.parts import (
    GBP,
    MONEY_CHECKS,
    QUANTITY_CHECKS,
    Quote,
    quote_consent_problems,
)
from kmcore.records.vocab import (
    CareSetting,
    EvidenceLevel,
    InnovationType,
    OutcomeDomain,
    Stage,
    Status,
    TeamRole,
)

__all__ = [
    "AdoptingOrg",
    "Adoption",
    "Citation",
    "Costs",
    "Evaluation",
    "Innovation",
    "Outcome",
    "Savings",
    "StageChange",
    "TeamMember",
]


@attrs.frozen(kw_only=True)
class TeamMember(f.Validated):
    """Somebody on the innovation's team besides the lead, and their part in it."""

    person: str = f.ref("team_member", ("person",), required=True, help="The team member")
    role: TeamRole = f.choice(TeamRole, default=TeamRole.TEAM_MEMBER, help="Their part in it")


@attrs.frozen(kw_only=True)
class StageChange(f.Validated):
    """One step in the innovation's history: it reached *stage* on a date."""

    stage: Stage = f.choice(Stage, required=True, help="The stage it reached")
    on: dt.date = f.required_value(dt.date, "a date", help="When")
    note: str = f.text(limit=500, help="What happened, e.g. 'PDSA cycle 2 on Ward 7'")


@attrs.frozen(kw_only=True)
class Outcome(f.Validated):
    """One measured result.

    ``baseline`` and ``result`` are text so that "12 days", "85%" or "3 falls a month" can be
    written as the team reports them; put the unit in ``unit`` when the values are bare numbers.
    """

    domain: OutcomeDomain | None = f.choice(OutcomeDomain, help="What the outcome measures")
    measure: str = f.text(required=True, limit=300,
                          help="What was measured, e.g. 'Average length of stay'")
    baseline: str = f.text(limit=100, help="The value before, e.g. '12 days'")
    result: str = f.text(required=True, limit=100, help="The value after, e.g. '9 days'")
    unit: str = f.text(limit=40, help="Unit, when the values are bare numbers")
    period: str = f.text(limit=100, help="Over what period, e.g. 'Apr-Sep 2024'")
    source: str = f.text(limit=300, help="Where the figures come from, e.g. 'Datix audit'")


@attrs.frozen(kw_only=True)
class Evaluation(f.Validated):
    """How the innovation was evaluated, and what that showed."""

    method: str = f.text(limit=500, help="e.g. 'Before-and-after audit of 60 discharges'")
    evidence_level: EvidenceLevel | None = f.choice(
        EvidenceLevel, help="How strong the evidence is, weakest first"
    )
    summary: str = f.text(required=True, limit=3000, help="What the evaluation found")


@attrs.frozen(kw_only=True)
class Citation(f.Validated):
    """A published source the innovation built on or was written up in."""

    citation: str = f.text(required=True, limit=1000, help="The reference, in any usual style")
    doi: str = f.text(limit=200, help="DOI without https://doi.org/, e.g. 10.1136/bmj.n71",
                      checks=(doi_problem,))
    pmid: str = f.text(limit=12, help="PubMed id, digits only", checks=(pmid_problem,))
    url: str = f.text(limit=2000, help="Web address", checks=(url_problem,))


@attrs.frozen(kw_only=True)
class Costs(f.Validated):
    """What it cost and who paid. NICE shared learning asks for industry sponsorship to be
    declared, so ``industry_sponsorship`` keeps "not yet said" (None) apart from "no"."""

    setup_gbp: decimal.Decimal | None = f.optional(
        decimal.Decimal, GBP, checks=MONEY_CHECKS, help="One-off cost to set it up, in pounds"
    )
    running_gbp_per_year: decimal.Decimal | None = f.optional(
        decimal.Decimal, GBP, checks=MONEY_CHECKS, help="Yearly running cost, in pounds"
    )
    funding_source: str = f.text(limit=300, help="e.g. 'Trust charity', 'NHS England grant'")
    industry_sponsorship: bool | None = f.optional(
        bool, "true or false", help="Did industry sponsor it? Leave empty until known"
    )
    sponsorship_details: str = f.text(limit=1000, help="Who sponsored it and how")

    def _cross_checks(self) -> Iterator[tuple[str, str, Any]]:
        details = self.sponsorship_details if isinstance(self.sponsorship_details, str) else ""
        if self.industry_sponsorship is True and not details.strip():
            yield (".sponsorship_details", "industry sponsorship must be described", "")


@attrs.frozen(kw_only=True)
class Savings(f.Validated):
    """What it saved. Figures without a ``basis`` cannot be checked, so the basis is required
    as soon as any figure is given."""

    cash_releasing_gbp: decimal.Decimal | None = f.optional(
        decimal.Decimal, GBP, checks=MONEY_CHECKS, help="Cash-releasing savings a year, in pounds"
    )
    non_cash_gbp: decimal.Decimal | None = f.optional(
        decimal.Decimal, GBP, checks=MONEY_CHECKS,
        help="Non-cash-releasing savings a year (e.g. bed days freed), in pounds",
    )
    staff_hours: float | None = f.optional(
        (int, float), "a number of hours", checks=QUANTITY_CHECKS, help="Staff hours saved a year"
    )
    basis: str = f.text(limit=1000, help="How the figures were worked out")

    def _cross_checks(self) -> Iterator[tuple[str, str, Any]]:
        figures = (self.cash_releasing_gbp, self.non_cash_gbp, self.staff_hours)
        basis = self.basis if isinstance(self.basis, str) else ""
        if any(v is not None for v in figures) and not basis.strip():
            yield (".basis", "savings figures need a basis: say how they were worked out", "")


@attrs.frozen(kw_only=True)
class AdoptingOrg(f.Validated):
    """An organisation that took the innovation up."""

    org: OrgRef = f.part(OrgRef, required=True, help="The organisation (name and ODS code)")
    on: dt.date | None = f.optional(dt.date, "a date", help="When it adopted it")
    status: str = f.text(limit=100, help="e.g. 'piloting', 'adopted', 'stopped'")


@attrs.frozen(kw_only=True)
class Adoption(f.Validated):
    """How far the innovation has spread, and what helps or hinders it."""

    adopted_by: tuple[AdoptingOrg, ...] = f.many(help="Organisations that took it up")
    spread_potential: str = f.text(limit=1000, help="Where else it could work, and why")
    barriers: tuple[str, ...] = f.texts(limit=500, help="What got in the way")
    enablers: tuple[str, ...] = f.texts(limit=500, help="What helped")


@attrs.frozen(kw_only=True)
class Innovation(KnowledgeRecord):
    """A new way of working that staff in the trust tried: the problem, what they did, what
    happened, what it cost and saved, who took it up, and what they learned.

    Build one in Python (``Innovation(title=..., lead="person-...", problem=..., description=...,
    stage=Stage.TESTING)``) or load one with :func:`kmcore.codec.loads`. Rules checked:

    * from stage ``evaluated`` on, it needs at least one outcome or an evaluation (the Hernando
      award's rule: evaluated means there is something to show);
    * at stage ``spreading`` it names at least one adopting organisation;
    * once ``published`` it says whether there was industry sponsorship (NICE);
    * it was not implemented before it started;
    * a champion statement tied to a person needs that person's ``quote`` consent.
    """

    record_type = "innovation"
    id_prefix = "inn"

    lead: str = f.ref("led_by", ("person",), required=True,
                      help="The innovator: the person who leads it")
    team: tuple[TeamMember, ...] = f.many(help="Others on the team, with their roles")
    contact: str | None = f.ref("contact", ("person",),
                                help="Who to ask about it, when not the lead")
    problem: str = f.text(required=True, limit=2000,
                          help="The driver: the issue or challenge (about 100 words)")
    description: str = f.text(required=True, limit=5000,
                              help="What was done: aims, objectives, method (200-500 words)")
    innovation_type: InnovationType | None = f.choice(InnovationType, help="What kind of change")
    setting: CareSetting | None = f.choice(CareSetting, help="The kind of service it runs in")
    stage: Stage = f.choice(Stage, required=True, help="Where it is in its life")
    stage_history: tuple[StageChange, ...] = f.many(help="When it reached each stage")
    trl: int | None = f.optional(int, "a whole number from 1 to 9", checks=(f.in_range(1, 9),),
                                 help="Technology readiness level 1-9 (products only)")
    started_on: dt.date | None = f.optional(dt.date, "a date", help="When the work began")
    implemented_on: dt.date | None = f.optional(dt.date, "a date",
                                                help="When it went live")
    outcomes: tuple[Outcome, ...] = f.many(help="Measured results")
    evaluation: Evaluation | None = f.part(Evaluation, help="How it was evaluated")
    # Called ``references`` in the sources; renamed because Record.references() is the method
    # that lists a record's links to other records.
    citations: tuple[Citation, ...] = f.many(help="Published sources it built on or appeared in")
    costs: Costs | None = f.part(Costs, help="What it cost and who paid")
    savings: Savings | None = f.part(Savings, help="What it saved")
    key_learning_points: tuple[str, ...] = f.texts(limit=1000,
                                                   help="What others should know (NICE)")
    lessons: tuple[str, ...] = f.refs("has_lesson", ("lesson",),
                                      help="Lesson records learned along the way")
    adoption: Adoption | None = f.part(Adoption, help="Spread to other teams or organisations")
    related_guidance: tuple[str, ...] = f.texts(
        limit=200, help="NICE guidance ids or national programmes, e.g. 'NG51'"
    )
    champion_statement: Quote | None = f.part(Quote, help="A colleague's statement of support")

    @property
    def contact_person(self) -> str:
        """Who to contact: ``contact`` when given, otherwise the lead."""
        return self.contact or self.lead

    def _cross_checks(self) -> Iterator[tuple[str, str, Any]]:
        order = self.stage.order if isinstance(self.stage, Stage) else None
        evaluated = Stage.EVALUATED.order
        if (
            order is not None
            and evaluated is not None
            and order >= evaluated
            and not self.outcomes
            and self.evaluation is None
        ):
            yield (
                ".outcomes",
                f"an innovation at stage '{Stage.EVALUATED}' or later needs at least one "
                "outcome or an evaluation",
                "",
            )
        if self.stage == Stage.SPREADING and not (
            isinstance(self.adoption, Adoption) and self.adoption.adopted_by
        ):
            yield (
                ".adoption.adopted_by",
                "an innovation at stage 'spreading' needs at least one adopting organisation",
                "",
            )
        if self.status == Status.PUBLISHED and not (
            isinstance(self.costs, Costs) and self.costs.industry_sponsorship is not None
        ):
            yield (
                ".costs.industry_sponsorship",
                "a published innovation must say whether it had industry sponsorship "
                "(true or false)",
                "",
            )
        if (
            isinstance(self.started_on, dt.date)
            and isinstance(self.implemented_on, dt.date)
            and self.implemented_on < self.started_on
        ):
            yield (".implemented_on", "is before started_on", self.implemented_on.isoformat())
        yield from quote_consent_problems(self, ".champion_statement", self.champion_statement)

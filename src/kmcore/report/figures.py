"""The figures of an impact evidence pack, worked out from the records of a date range.

Which records fall in the range is decided by each record's **own** dates: a capture record by
the day it was held, an innovation by the day it went live (or, not yet live, the day it
started), a story by the day it happened (``happened_on``). A record with no date of its own (a
lesson, a story or an innovation whose file gave no dates) is dated by the day it was added to
the knowledge base only when it was typed in there, which is when it happened; one that was
*imported* with no date of its own is not counted, and the pack says how many (an import of
years of history would otherwise claim all of it for the year it was imported).
``dates="added"`` dates every record by the day it was added instead, as an explicit choice.
The pack's "How records were dated" figure says which date each counted record was dated by. By
default only records that were published (or published and since archived) count: drafts are
not yet evidence.

Every figure is a :class:`Figure` (a titled list of labelled values), so the HTML pack, its
charts and the CSV of every figure all come from one list and cannot disagree.
"""

from __future__ import annotations

import datetime as dt
import decimal
from collections import Counter
from collections.abc import Iterable
from typing import Any

import attrs

from kmcore.guard.pii import masked_label
from kmcore.kb import KnowledgeBase
from kmcore.records.base import Record

__all__ = ["DATE_BASES", "OUTCOMES", "EvidencePack", "Figure", "evidence_pack"]

#: ``own``: each record's own date (see the module docstring); ``added``: the day added.
DATE_BASES = ("own", "added")

#: The NHS Knowledge and Library Services Quality and Improvement Outcomes (2019 wording,
#: shortened). Outcome 2 is where knowledge management sits.
OUTCOMES = {
    1: "Proactive library and knowledge services, aligned to organisational priorities",
    2: "Decision making underpinned by evidence and mobilised knowledge",
    3: "Knowledge and evidence needs identified",
    4: "The right skill mix in the LKS team",
    5: "Quality improved through research, innovation and good practice",
    6: "Positive impact on healthcare demonstrated",
}
#: Where a record counts when it is not tagged with ``qio_outcomes``: capture work with teams
#: mobilises knowledge (2), innovations are improvement (5), stories show impact (6).
DEFAULT_OUTCOME = {"capture_record": 2, "lesson": 2, "innovation": 5, "story": 6}
DEFAULT_STATUSES = ("published", "archived")


@attrs.frozen
class Figure:
    """One table of the pack: ``rows`` of (label, value), with a unit for the values."""

    key: str
    title: str
    rows: tuple[tuple[str, float], ...]
    unit: str = "records"
    note: str = ""
    chart: bool = True

    @property
    def total(self) -> float:
        return sum(v for _, v in self.rows)


@attrs.frozen
class EvidencePack:
    """Everything the report shows, for the period ``start``..``end`` (both included)."""

    organisation: str
    kb_name: str
    start: dt.date
    end: dt.date
    statuses: tuple[str, ...]
    figures: tuple[Figure, ...]
    by_outcome: dict[int, list[tuple[str, str, str]]]  # outcome -> (type label, id, title)
    stories: tuple[dict[str, Any], ...]
    records: int
    #: ``own`` or ``added``: what the records were dated by
    dates: str = "own"
    #: counted records left out because they were imported with no date of their own
    undated: int = 0

    def figure(self, key: str) -> Figure:
        for figure in self.figures:
            if figure.key == key:
                return figure
        raise KeyError(key)


#: A record's own dates, in the order they are tried, with how the pack names them.
_OWN_DATES = (("held_on", "the day it was held"), ("implemented_on", "the day it went live"),
              ("started_on", "the day it started"), ("happened_on", "the day it happened"))


def _when(record: Record, dates: str = "own") -> tuple[dt.date | None, str]:
    """The day *record* is dated by, and which date that is (see the module docstring)."""
    created = record.created_at.date() if record.created_at is not None else None
    if dates == "added":
        return created, "the day it was added (--dates added)"
    for name, label in _OWN_DATES:
        value = getattr(record, name, None)
        if isinstance(value, dt.date):
            return value, label
    if str(getattr(record.provenance, "source", "")) == "import":
        return None, "imported with no date of its own: not counted"
    return created, "the day it was added (typed in when it happened)"


def _label(value: Any) -> str:
    text = str(getattr(value, "value", value))
    return text.replace("_", " ").capitalize()


def _counted(counter: Counter[str], order: Iterable[str] | None = None, *,
             vocabulary: bool = True) -> tuple[tuple[str, float], ...]:
    """Rows for a figure: in *order* if given, else most first. Vocabulary values
    (``after_action_review``) get their human label; free text (a department) stays as
    written."""
    name = _label if vocabulary else str
    if order is not None:
        keys = [k for k in order if counter.get(k)]
        return tuple((name(k), float(counter[k])) for k in keys)
    return tuple((name(k), float(v)) for k, v in sorted(counter.items(),
                                                        key=lambda kv: (-kv[1], kv[0])))


def evidence_pack(kb: KnowledgeBase, start: dt.date, end: dt.date, *,
                  statuses: tuple[str, ...] = DEFAULT_STATUSES,
                  dates: str = "own", ods_code: str | None = None) -> EvidencePack:
    """Work out every figure for records of *kb* dated *start*..*end*.

    :param dates: ``own`` (each record's own dates) or ``added`` (the day each was added);
        see the module docstring.
    :param ods_code: only records owned by this organisation (``owner_org.ods_code``), for a
        knowledge base several organisations share (a hub): each reports its own work.
    """
    if dates not in DATE_BASES:
        from kmcore.errors import KmcoreError

        raise KmcoreError(f"unknown way of dating records {dates!r}",
                          hint=f"Use one of: {', '.join(DATE_BASES)}.")
    if end < start:
        from kmcore.errors import KmcoreError

        raise KmcoreError(f"the period ends ({end}) before it starts ({start})",
                          hint="Give --from before --to.")
    tally = _Tally(labels={name: spec.label for name, spec in kb.types.items()
                           if getattr(spec, "label", None)}, statuses=statuses)
    for record in kb.records():
        if record.record_type == "person" or str(getattr(record, "status", "")) not in statuses:
            continue
        if ods_code is not None and not _owned_by(record, ods_code):
            continue
        when, basis = _when(record, dates)
        if when is None:
            tally.undated += 1
        elif start <= when <= end:
            tally.dated_by[basis] += 1
            tally.add(record)
    return EvidencePack(
        organisation=kb.settings.organisation if ods_code is None
        else _organisation_named(kb, ods_code), kb_name=kb.settings.name, start=start,
        end=end, statuses=statuses, figures=tally.figures(), by_outcome=tally.outcome_rows,
        stories=tuple(sorted(tally.stories, key=lambda s: s["title"])), records=tally.total,
        dates=dates, undated=tally.undated)


def _owned_by(record: Any, ods_code: str) -> bool:
    owner = getattr(record, "owner_org", None)
    return owner is not None and owner.ods_code == ods_code


def _organisation_named(kb: KnowledgeBase, ods_code: str) -> str:
    """The name the knowledge base gives the organisation *ods_code*, with the code."""
    if kb.settings.ods_code == ods_code:
        return f"{kb.settings.organisation} ({ods_code})"
    return f"Organisation {ods_code}"


def _counter() -> Counter[str]:
    return Counter()


@attrs.define
class _Tally:
    """The running counts of :func:`evidence_pack`, one record at a time."""

    labels: dict[str, str]
    #: the statuses counted: the notes name records by them ("published" only when so)
    statuses: tuple[str, ...] = DEFAULT_STATUSES
    by_type: Counter[str] = attrs.field(factory=_counter)
    techniques: Counter[str] = attrs.field(factory=_counter)
    departments: Counter[str] = attrs.field(factory=_counter)
    staff_groups: Counter[str] = attrs.field(factory=_counter)
    stages: Counter[str] = attrs.field(factory=_counter)
    spread: Counter[str] = attrs.field(factory=_counter)
    impact: Counter[str] = attrs.field(factory=_counter)
    participants: int = 0
    hours: float = 0.0
    money: decimal.Decimal = decimal.Decimal(0)
    patients: int = 0
    innovation_savings: decimal.Decimal = decimal.Decimal(0)
    outcome_rows: dict[int, list[tuple[str, str, str]]] = attrs.field(
        factory=lambda: {n: [] for n in OUTCOMES})
    stories: list[dict[str, Any]] = attrs.field(factory=list)
    total: int = 0
    dated_by: Counter[str] = attrs.field(factory=_counter)
    undated: int = 0

    def add(self, record: Record) -> None:
        """Count one record of the period."""
        self.total += 1
        kind = record.record_type
        label = self.labels.get(kind, kind)
        self.by_type[label] += 1
        department = getattr(record, "department", "")
        if department:
            self.departments[department.strip()] += 1
        for group in getattr(record, "audience_staff_groups", ()):
            self.staff_groups[str(group)] += 1
        outcomes = tuple(getattr(record, "qio_outcomes", ()) or ())
        if not outcomes and kind in DEFAULT_OUTCOME:
            outcomes = (DEFAULT_OUTCOME[kind],)
        for outcome in outcomes:
            if outcome in self.outcome_rows:
                self.outcome_rows[outcome].append((label, record.id, masked_label(record)))
        if kind == "capture_record":
            self._capture(record)
        elif kind == "innovation":
            self._innovation(record)
        elif kind == "story":
            self._story(record)

    def _capture(self, record: Record) -> None:
        technique = getattr(getattr(record, "details", None), "technique", None)
        if technique is not None:
            self.techniques[str(technique)] += 1
        listed = [p for p in getattr(record, "participants", ())
                  if str(getattr(p, "attendance", "attended")) == "attended"]
        count = getattr(record, "participant_count", None)
        self.participants += max(len(listed), count or 0)
        for p in listed:
            if getattr(p, "staff_group", None):
                self.staff_groups[str(p.staff_group)] += 1

    def _innovation(self, record: Record) -> None:
        self.stages[str(getattr(record, "stage", ""))] += 1
        adoption = getattr(record, "adoption", None)
        adopted = len(getattr(adoption, "adopted_by", ()) or ()) if adoption else 0
        self.spread["spread to other organisations" if adopted else "not yet spread"] += 1
        savings = getattr(record, "savings", None)
        for name in ("cash_releasing_gbp", "non_cash_gbp"):
            value = getattr(savings, name, None) if savings is not None else None
            if value is not None:
                self.innovation_savings += value

    def _story(self, record: Record) -> None:
        self.hours += float(getattr(record, "time_saved_hours", None) or 0)
        self.money += getattr(record, "cost_saved_gbp", None) or decimal.Decimal(0)
        self.patients += int(getattr(record, "patients_affected", None) or 0)
        for category in getattr(record, "impact_categories", ()):
            self.impact[str(category)] += 1
        self.stories.append({"id": record.id, "title": masked_label(record),
                             "kind": _label(getattr(record, "kind", "")),
                             "hours": getattr(record, "time_saved_hours", None),
                             "money": getattr(record, "cost_saved_gbp", None)})

    def figures(self) -> tuple[Figure, ...]:
        from kmcore.records.vocab import Stage, Technique

        return (
            Figure("by_type", "Records by type", _counted(self.by_type, vocabulary=False)),
            Figure("by_technique", "Knowledge-capture sessions by technique",
                   _counted(self.techniques, [t.value for t in Technique]), unit="sessions",
                   note=f"{self.participants:,} people took part."),
            Figure("by_department", "Records by department or team",
                   _counted(self.departments, vocabulary=False)),
            Figure("by_staff_group", "Staff groups reached (audience of records, and "
                   "participants in sessions)", _counted(self.staff_groups), unit="mentions"),
            Figure("innovations_by_stage", "Innovations by stage",
                   _counted(self.stages, [s.value for s in Stage]), unit="innovations"),
            Figure("innovations_spread", "Innovations spread beyond the team",
                   _counted(self.spread), unit="innovations"),
            Figure("stories_by_impact", "Stories by kind of impact", _counted(self.impact),
                   unit="stories"),
            Figure("savings", "Time and money saved", (
                ("Staff hours saved (stories)", round(self.hours, 1)),
                ("Money saved, £ (stories)", float(self.money)),
                ("Patients affected (stories)", float(self.patients)),
                ("Savings a year, £ (innovations)", float(self.innovation_savings)),
            ), unit="", chart=False),
            Figure("by_outcome", "Records by Quality and Improvement Outcome",
                   tuple((f"Outcome {n}", float(len(rows)))
                         for n, rows in self.outcome_rows.items()),
                   note="A record counts under the outcomes it is tagged with (qio_outcomes); "
                   "untagged capture records and lessons count under 2, innovations under 5, "
                   "stories under 6."),
            self._dated_by(),
        )

    def _dated_by(self) -> Figure:
        undated = self.undated
        # "published" only when only published (and archived) records were counted: with
        # --all-statuses a draft is counted too, and the note must not call it published
        which = "published " if set(self.statuses) <= set(DEFAULT_STATUSES) else ""
        note = (f"{undated:,} {which}record{'s were' if undated != 1 else ' was'} imported "
                "with no date of its own and not counted; `kmcore report --dates added` counts "
                "records by the day they were added instead." if undated else "")
        return Figure("dated_by", "How records were dated",
                      _counted(self.dated_by, vocabulary=False), note=note, chart=False)

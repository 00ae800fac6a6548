"""The figures of an impact evidence pack, worked out from the records of a date range.

Which records fall in the range: a capture record by the day it was held, every other record by
the day it was added to the knowledge base (``created_at``). By default only records that
were published (or published and since archived) count: drafts are not yet evidence.

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

from kmcore.kb import KnowledgeBase
from kmcore.records.base import Record

__all__ = ["OUTCOMES", "EvidencePack", "Figure", "evidence_pack"]

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

    def figure(self, key: str) -> Figure:
        for figure in self.figures:
            if figure.key == key:
                return figure
        raise KeyError(key)


def _when(record: Record) -> dt.date | None:
    held = getattr(record, "held_on", None)
    if isinstance(held, dt.date):
        return held
    created = record.created_at
    return created.date() if created is not None else None


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
                  ods_code: str | None = None) -> EvidencePack:
    """Work out every figure for records of *kb* dated *start*..*end*.

    :param ods_code: only records owned by this organisation (``owner_org.ods_code``), for a
        knowledge base several organisations share (a hub): each reports its own work.
    """
    from kmcore.records.vocab import Stage, Technique

    if end < start:
        from kmcore.errors import KmcoreError

        raise KmcoreError(f"the period ends ({end}) before it starts ({start})",
                          hint="Give --from before --to.")
    labels = {name: spec.label for name, spec in kb.types.items()
              if getattr(spec, "label", None)}
    by_type: Counter[str] = Counter()
    techniques: Counter[str] = Counter()
    departments: Counter[str] = Counter()
    staff_groups: Counter[str] = Counter()
    stages: Counter[str] = Counter()
    spread: Counter[str] = Counter()
    participants = 0
    hours = 0.0
    money = decimal.Decimal(0)
    patients = 0
    innovation_savings = decimal.Decimal(0)
    impact: Counter[str] = Counter()
    outcome_rows: dict[int, list[tuple[str, str, str]]] = {n: [] for n in OUTCOMES}
    stories: list[dict[str, Any]] = []
    total = 0
    for record in kb.records():
        if record.record_type == "person":
            continue
        if ods_code is not None and (record.owner_org is None
                                     or record.owner_org.ods_code != ods_code):
            continue
        status = str(getattr(record, "status", ""))
        if status not in statuses:
            continue
        when = _when(record)
        if when is None or not start <= when <= end:
            continue
        total += 1
        kind = record.record_type
        by_type[labels.get(kind, kind)] += 1
        department = getattr(record, "department", "")
        if department:
            departments[department.strip()] += 1
        for group in getattr(record, "audience_staff_groups", ()):
            staff_groups[str(group)] += 1
        outcomes = tuple(getattr(record, "qio_outcomes", ()) or ())
        if not outcomes and kind in DEFAULT_OUTCOME:
            outcomes = (DEFAULT_OUTCOME[kind],)
        for outcome in outcomes:
            if outcome in outcome_rows:
                outcome_rows[outcome].append((labels.get(kind, kind), record.id, record.label))
        if kind == "capture_record":
            details = getattr(record, "details", None)
            technique = getattr(details, "technique", None)
            if technique is not None:
                techniques[str(technique)] += 1
            listed = [p for p in getattr(record, "participants", ())
                      if str(getattr(p, "attendance", "attended")) == "attended"]
            count = getattr(record, "participant_count", None)
            participants += max(len(listed), count or 0)
            for p in listed:
                if getattr(p, "staff_group", None):
                    staff_groups[str(p.staff_group)] += 1
        elif kind == "innovation":
            stages[str(getattr(record, "stage", ""))] += 1
            adoption = getattr(record, "adoption", None)
            adopted = len(getattr(adoption, "adopted_by", ()) or ()) if adoption else 0
            spread["spread to other organisations" if adopted else "not yet spread"] += 1
            savings = getattr(record, "savings", None)
            if savings is not None:
                for name in ("cash_releasing_gbp", "non_cash_gbp"):
                    value = getattr(savings, name, None)
                    if value is not None:
                        innovation_savings += value
        elif kind == "story":
            hours += float(getattr(record, "time_saved_hours", None) or 0)
            money += getattr(record, "cost_saved_gbp", None) or decimal.Decimal(0)
            patients += int(getattr(record, "patients_affected", None) or 0)
            for category in getattr(record, "impact_categories", ()):
                impact[str(category)] += 1
            stories.append({"id": record.id, "title": record.label,
                            "kind": _label(getattr(record, "kind", "")),
                            "hours": getattr(record, "time_saved_hours", None),
                            "money": getattr(record, "cost_saved_gbp", None)})
    figures = [
        Figure("by_type", "Records by type", _counted(by_type, vocabulary=False)),
        Figure("by_technique", "Knowledge-capture sessions by technique",
               _counted(techniques, [t.value for t in Technique]), unit="sessions",
               note=f"{participants:,} people took part."),
        Figure("by_department", "Records by department or team",
               _counted(departments, vocabulary=False)),
        Figure("by_staff_group", "Staff groups reached (audience of records, and "
               "participants in sessions)", _counted(staff_groups), unit="mentions"),
        Figure("innovations_by_stage", "Innovations by stage",
               _counted(stages, [s.value for s in Stage]), unit="innovations"),
        Figure("innovations_spread", "Innovations spread beyond the team",
               _counted(spread), unit="innovations"),
        Figure("stories_by_impact", "Stories by kind of impact", _counted(impact),
               unit="stories"),
        Figure("savings", "Time and money saved", (
            ("Staff hours saved (stories)", round(hours, 1)),
            ("Money saved, £ (stories)", float(money)),
            ("Patients affected (stories)", float(patients)),
            ("Savings a year, £ (innovations)", float(innovation_savings)),
        ), unit="", chart=False),
        Figure("by_outcome", "Records by Quality and Improvement Outcome",
               tuple((f"Outcome {n}", float(len(rows))) for n, rows in outcome_rows.items()),
               note="A record counts under the outcomes it is tagged with (qio_outcomes); "
               "untagged capture records and lessons count under 2, innovations under 5, "
               "stories under 6."),
    ]
    return EvidencePack(
        organisation=kb.settings.organisation if ods_code is None
        else _organisation_named(kb, ods_code), kb_name=kb.settings.name, start=start,
        end=end, statuses=statuses, figures=tuple(figures), by_outcome=outcome_rows,
        stories=tuple(sorted(stories, key=lambda s: s["title"])), records=total)


def _organisation_named(kb: KnowledgeBase, ods_code: str) -> str:
    """The name the knowledge base gives the organisation *ods_code*, with the code."""
    if kb.settings.ods_code == ods_code:
        return f"{kb.settings.organisation} ({ods_code})"
    return f"Organisation {ods_code}"

"""Search filters (type, stage, department, dates...) and the SQL they make over the
index's ``docs`` table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from kmcore.errors import KmcoreError
from kmcore.records.vocab import StaffGroup, Stage, Status, Visibility

if TYPE_CHECKING:
    from kmcore.kb import KnowledgeBase

__all__ = ["Filters", "SearchFilters"]


def _seq(value: str | Iterable[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,) if value.strip() else ()
    return tuple(str(v) for v in value if str(v).strip())


def _enum_values(name: str, values: tuple[str, ...], allowed: Iterable[Any]) -> tuple[str, ...]:
    known = [str(a.value) for a in allowed]
    for value in values:
        if str(value) not in known:
            raise KmcoreError(
                f"the {name} filter {value!r} is not one of kmcore's {name} values",
                hint="Use one of: " + ", ".join(known) + ".",
            )
    return tuple(str(v) for v in values)


def _day(name: str, value: dt.date | str | None) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise KmcoreError(
            f"the {name} filter {value!r} is not a date",
            hint="Write dates as YYYY-MM-DD, e.g. 2025-03-31.",
        ) from None


#: Indexed (in the subjects column) with HR-confidential records only; see Filters.sql.
_CONFIDENTIAL_WORD = "kmcorehrconfidentialrecord"


@attrs.frozen
class _Where:
    """Filters as SQL over ``docs d``, and whether confidential records are left out."""

    sql: str
    params: list[Any]
    no_confidential: bool

    @property
    def docs_needed(self) -> bool:
        return self.sql != "1"

    def also(self, clause: str) -> _Where:
        return _Where(f"{self.sql} AND {clause}", self.params, self.no_confidential)


@attrs.frozen(kw_only=True)
class Filters:
    """Which records a search may return. Every filter given must match; a filter given
    several values matches any of them. Text filters ignore case.

    :ivar types: record type names (``innovation``) or folders (``innovations``).
    :ivar stage: innovation stages (``implemented``...).
    :ivar department: exact department names.
    :ivar organisation: owning organisation (or a person's employer), by name or ODS code.
    :ivar subject: subject terms, by label (``Accidental Falls``) or code (``D000058``).
    :ivar staff_group: ESR staff groups the record is for (or a person's staff group).
    :ivar date_from: / :ivar date_to: the record's own date (a capture's ``held_on``,
        otherwise the day it was created), inclusive.
    :ivar updated_since: only records saved at or after this moment (digests use it).
    :ivar visibility: ``private``, ``organisation``, ``nhs``, ``public``.
    :ivar status: editorial status (``published``...).
    :ivar include_confidential: HR-confidential captures (exit interviews) are left out of
        search unless this is true (exit interviews stay out of KM search by default).
    """

    types: tuple[str, ...] = attrs.field(default=(), converter=_seq)
    stage: tuple[str, ...] = attrs.field(default=(), converter=_seq)
    department: tuple[str, ...] = attrs.field(default=(), converter=_seq)
    organisation: tuple[str, ...] = attrs.field(default=(), converter=_seq)
    subject: tuple[str, ...] = attrs.field(default=(), converter=_seq)
    staff_group: tuple[str, ...] = attrs.field(default=(), converter=_seq)
    date_from: dt.date | str | None = None
    date_to: dt.date | str | None = None
    updated_since: dt.datetime | dt.date | str | None = None
    visibility: tuple[str, ...] = attrs.field(default=(), converter=_seq)
    status: tuple[str, ...] = attrs.field(default=(), converter=_seq)
    include_confidential: bool = False

    def sql(self, kb: KnowledgeBase | None) -> _Where:
        """The WHERE clauses (over ``docs d``) and their parameters; bad values raise
        :class:`KmcoreError` naming the filter and what it accepts."""
        clauses: list[str] = []
        params: list[Any] = []

        def among(column: str, values: Sequence[str]) -> None:
            if values:
                clauses.append(f"{column} IN ({','.join('?' * len(values))})")
                params.extend(values)

        def term(kind: str, values: Sequence[str]) -> None:
            if values:
                marks = ",".join("?" * len(values))
                clauses.append(f"EXISTS (SELECT 1 FROM terms t WHERE t.n = d.n AND "
                               f"t.kind = '{kind}' AND t.value IN ({marks}))")
                params.extend(v.casefold().strip() for v in values)

        types = self.types
        if kb is not None and types:
            types = tuple(kb.type_spec(t).name for t in types)
        among("d.type", types)
        among("d.stage", _enum_values("stage", self.stage, Stage))
        among("d.department_key", [v.casefold().strip() for v in self.department])
        term("org", self.organisation)
        term("subject", self.subject)
        term("staff_group", _enum_values("staff group", self.staff_group, StaffGroup))
        among("d.visibility", _enum_values("visibility", self.visibility, Visibility))
        among("d.status", _enum_values("status", self.status, Status))
        start, end = _day("date_from", self.date_from), _day("date_to", self.date_to)
        if start and end and end < start:
            raise KmcoreError(f"the date range {start} to {end} ends before it starts",
                              hint="Swap the two dates.")
        if start:
            clauses.append("d.date >= ?")
            params.append(start)
        if end:
            clauses.append("d.date <= ?")
            params.append(end)
        if self.updated_since:
            since = self.updated_since
            text = since.astimezone(dt.UTC).isoformat() if isinstance(since, dt.datetime) \
                else _day("updated_since", since)
            clauses.append("d.updated >= ?")
            params.append(text)
        # HR-confidential records carry a marker word in the index, so leaving them out is part
        # of the full-text query and an unfiltered search needs no join with the docs table.
        return _Where(" AND ".join(clauses) or "1", params, not self.include_confidential)


#: The name :mod:`kmcore` exports :class:`Filters` under.
SearchFilters = Filters

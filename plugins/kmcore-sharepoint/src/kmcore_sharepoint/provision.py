"""Making sure the lists exist with the right columns, and noticing when a site owner changed
them (drift) — reported, never "fixed" by overwriting the owner's change.

Provisioning is idempotent: lists are found by display name, missing ones are created with
every column in one request, and a missing column is added; nothing that exists is changed.
Creating lists or columns needs more than ``Sites.Selected`` + ``write`` (which may only change
items): the ``manage`` role on the site (or ``Sites.Manage.All``). When the lists exist,
``write`` is enough for syncing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs
from kmcore.backend import PermissionDenied

from kmcore_sharepoint.graph import BatchRequest, GraphClient
from kmcore_sharepoint.mapping import DATA_COLUMN, KEY_COLUMN, ColumnMap, ListSchema

__all__ = ["MANAGE_HINT", "Drift", "ProvisionResult", "check_columns", "ensure_lists"]

MANAGE_HINT = (
    "Creating lists and columns needs the 'manage' role on the site (a Sites.Selected grant "
    "with role manage, or Sites.Manage.All); the 'write' role can only change list items. "
    "Ask your SharePoint administrator for a one-off 'manage' grant for the first run (and "
    "to set it back to 'write' afterwards), or ask a site owner to create the lists: "
    "docs/sharepoint.md lists their columns."
)


@attrs.frozen
class Drift:
    """A column that is not as kmcore made it.

    :ivar problem: ``missing`` (deleted, or never added), ``retyped`` (another type now),
        ``renamed`` (its display name changed: harmless, kmcore uses internal names),
        ``choices`` (choices removed).
    :ivar blocking: kmcore cannot write this column any more (it is skipped) or, for the
        key and data columns, cannot sync the list at all.
    """

    list_name: str
    column: str
    problem: Literal["missing", "retyped", "renamed", "choices"]
    detail: str
    blocking: bool

    def describe(self) -> str:
        return f"list {self.list_name!r}, column {self.column}: {self.detail}"


@attrs.define
class ProvisionResult:
    """What :func:`ensure_lists` found and did."""

    list_ids: dict[str, str] = attrs.field(factory=dict)  # record type -> list id
    created: list[str] = attrs.field(factory=list)  # list names
    added_columns: list[str] = attrs.field(factory=list)  # "List.Column"
    missing: list[str] = attrs.field(factory=list)  # lists absent and not created
    drift: list[Drift] = attrs.field(factory=list)


def _facet_of(column: Mapping[str, Any]) -> str | None:
    for facet in ("text", "choice", "number", "dateTime", "boolean", "personOrGroup",
                  "lookup", "currency", "calculated", "hyperlinkOrPicture"):
        if facet in column:
            return facet
    return None


def check_columns(schema: ListSchema, columns: Sequence[Mapping[str, Any]]) -> list[Drift]:
    """Compare a list's columns (Graph JSON) with what kmcore expects."""
    by_name = {str(c.get("name")): c for c in columns}
    drift: list[Drift] = []
    for expected in schema.all_columns:
        held = by_name.get(expected.name)
        essential = expected.name in (KEY_COLUMN, DATA_COLUMN)
        if held is None:
            drift.append(Drift(schema.list_name, expected.name, "missing",
                               "the column is missing (deleted in SharePoint?)", True))
            continue
        facet = _facet_of(held)
        if facet != expected.facet:
            # A column Graph reports without a type facet is one Graph cannot describe
            # (hyperlink, managed metadata...): not something kmcore made.
            drift.append(Drift(schema.list_name, expected.name, "retyped",
                               f"is now a {facet or 'type Graph cannot describe'} column, "
                               f"kmcore made it a {expected.facet} column", True))
            continue
        if expected.facet == "text":
            multi = bool((held.get("text") or {}).get("allowMultipleLines"))
            if multi != expected.multiline:
                drift.append(Drift(schema.list_name, expected.name, "retyped",
                                   "now holds " + ("several lines" if multi else "one line")
                                   + " of text, kmcore made it "
                                   + ("several lines" if expected.multiline else "one line"),
                                   essential or not multi))
                continue
        if expected.facet == "choice":
            have = set((held.get("choice") or {}).get("choices") or [])
            gone = [c for c in expected.choices if c not in have]
            if gone:
                drift.append(Drift(schema.list_name, expected.name, "choices",
                                   f"choices removed: {', '.join(gone)} (records with them "
                                   "cannot be written)", False))
        display = held.get("displayName")
        if display and display != expected.display:
            drift.append(Drift(schema.list_name, expected.name, "renamed",
                               f"display name is now {display!r} (was {expected.display!r}); "
                               "harmless: kmcore writes by internal name", False))
    return drift


def ensure_lists(client: GraphClient, site_id: str, schemas: Sequence[ListSchema], *,
                 create: bool, add_columns: bool | None = None) -> ProvisionResult:
    """Find (and, when *create*, make) one list per schema; check their columns.

    Missing columns of existing lists are added only when *add_columns* (default: *create*);
    a sync passes False, so a column a site owner deleted is reported, not put back behind
    their back (``kmcore sharepoint provision`` puts it back when asked).

    Costs one request to list the site's lists and one ``$batch`` per 20 lists to read
    columns or create lists (plus one for missing columns, if any).

    :raises PermissionDenied: *create* and the app may not create lists (names the role).
    """
    result = ProvisionResult()
    add_columns = create if add_columns is None else add_columns
    body = client.get_json(f"/sites/{site_id}/lists?$select=id,displayName",
                           "listing the site's lists")
    existing = {str(v.get("displayName")).lower(): str(v.get("id"))
                for v in (body or {}).get("value") or []}
    to_create = [s for s in schemas if s.list_name.lower() not in existing]
    found = [s for s in schemas if s.list_name.lower() in existing]
    requests: list[BatchRequest] = []
    for n, schema in enumerate(found):
        list_id = existing[schema.list_name.lower()]
        result.list_ids[schema.record_type] = list_id
        requests.append(BatchRequest(f"c{n}", "GET", f"/sites/{site_id}/lists/{list_id}/columns"))
    people_first = [s for s in to_create if s.record_type == "person"]
    if create and people_first and any(s.needs_people for s in to_create
                                       if s.record_type != "person"):
        # Lookup columns need the People list's id: make that list on its own first.
        made = ensure_lists(client, site_id, people_first, create=True)
        result.list_ids.update(made.list_ids)
        result.created.extend(made.created)
        to_create = [s for s in to_create if s.record_type != "person"]
    lookup_lists = {"person": result.list_ids.get("person")
                    or existing.get(next((s.list_name.lower() for s in schemas
                                          if s.record_type == "person"), ""), "")}
    if create:
        for n, schema in enumerate(to_create):
            requests.append(BatchRequest(f"n{n}", "POST", f"/sites/{site_id}/lists", body={
                "displayName": schema.list_name, "columns": schema.definitions(lookup_lists),
                "list": {"template": "genericList"},
            }))
    else:
        result.missing = [s.list_name for s in to_create]
    answers = client.batch(requests) if requests else {}
    missing_columns = _check_found(found, answers, result, add_columns=add_columns)
    if create:
        _take_created(client, site_id, to_create, answers, result)
    if missing_columns:
        _add_columns(client, site_id, missing_columns, lookup_lists, result)
    return result


_Missing = list[tuple[str, ListSchema, ColumnMap]]


def _check_found(found: Sequence[ListSchema], answers: Mapping[str, Any],
                 result: ProvisionResult, *, add_columns: bool) -> _Missing:
    """Compare existing lists' columns with their schemas: drift is reported; missing
    columns are returned to be added when *add_columns*."""
    missing: _Missing = []
    for n, schema in enumerate(found):
        answer = answers[f"c{n}"]
        if not answer.ok:
            raise PermissionDenied(f"reading the columns of list {schema.list_name!r} failed: "
                                   f"{answer.describe()}",
                                   hint="Check the app's grant on the site (read at least).")
        drift = check_columns(schema, (answer.body or {}).get("value") or [])
        for problem in drift:
            if problem.problem == "missing" and add_columns:
                column = next(c for c in schema.all_columns if c.name == problem.column)
                missing.append((result.list_ids[schema.record_type], schema, column))
            else:
                result.drift.append(problem)
    return missing


def _take_created(client: GraphClient, site_id: str, to_create: Sequence[ListSchema],
                  answers: Mapping[str, Any], result: ProvisionResult) -> None:
    """Record the lists just created; one made meanwhile is found and checked instead."""
    for n, schema in enumerate(to_create):
        answer = answers[f"n{n}"]
        if answer.status == 403:
            raise PermissionDenied(
                f"creating the SharePoint list {schema.list_name!r} was refused "
                f"({answer.describe()})", hint=MANAGE_HINT)
        if answer.status == 409:  # made meanwhile (or by a create whose answer was lost)
            again = ensure_lists(client, site_id, [schema], create=False)
            result.list_ids.update(again.list_ids)
            result.drift.extend(again.drift)
            continue
        if not answer.ok:
            raise PermissionDenied(f"creating the SharePoint list {schema.list_name!r} "
                                   f"failed: {answer.describe()}", hint=MANAGE_HINT) \
                if answer.status in (401, 403) else _remote(schema, answer.describe())
        result.list_ids[schema.record_type] = str(answer.body["id"])
        result.created.append(schema.list_name)


def _add_columns(client: GraphClient, site_id: str, missing: _Missing,
                 lookup_lists: Mapping[str, str], result: ProvisionResult) -> None:
    """Add columns missing from existing lists, in one batch; what cannot be added is drift."""
    adds = [BatchRequest(f"a{n}", "POST", f"/sites/{site_id}/lists/{list_id}/columns",
                         body=_column_body(column, lookup_lists))
            for n, (list_id, _, column) in enumerate(missing)]
    answers = client.batch(adds)
    for n, (_, schema, column) in enumerate(missing):
        answer = answers[f"a{n}"]
        if answer.ok or answer.status == 409:
            result.added_columns.append(f"{schema.list_name}.{column.name}")
        elif answer.status == 403:
            result.drift.append(Drift(schema.list_name, column.name, "missing",
                                      "the column is missing and the app may not add it "
                                      "(needs the 'manage' role)", True))
        else:
            result.drift.append(Drift(schema.list_name, column.name, "missing",
                                      f"could not be added: {answer.describe()}", True))


def _column_body(column: ColumnMap, lookup_lists: Mapping[str, str]) -> dict[str, Any]:
    body = column.definition(lookup_lists)
    if column.name == KEY_COLUMN:
        body.update(indexed=True, enforceUniqueValues=True)
    return body


def _remote(schema: ListSchema, text: str) -> Exception:
    from kmcore.backend import RemoteError

    return RemoteError(f"creating the SharePoint list {schema.list_name!r} failed: {text}",
                       hint="Check the site in the browser; `kmcore doctor` checks each step.")

"""Reading what changed in the lists: Graph's delta query, for :meth:`SharePointTarget.pull`
and for reading past kmcore's own writes at the end of a run (:func:`catch_up`).

The cursor handed to the engine is the JSON of each list's deltaLink; ``token=latest`` starts
a list that has none, and a 410 restarts from the ``Location`` Graph gives.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from kmcore.backend import BackendError, PulledItem

from kmcore_sharepoint.graph import BatchRequest, BatchResponse
from kmcore_sharepoint.mapping import KEY_COLUMN, ListSchema
from kmcore_sharepoint.ops import etag_of, header
from kmcore_sharepoint.provision import ensure_lists

if TYPE_CHECKING:
    from kmcore_sharepoint.target import SharePointTarget

log = logging.getLogger(__name__)

__all__ = ["catch_up", "pull"]


def pull(target: SharePointTarget, cursor: str | None) -> tuple[list[PulledItem], str] | None:
    """Items added or edited in the lists since *cursor* (delta query).

    The cursor is the JSON of each list's deltaLink. :meth:`finish` may have read further
    since (D73): what it read is kept in the state file under the cursor it started
    from, and used only when the engine hands back that same cursor, so a dry run's pull
    (whose cursor the engine does not keep) never makes a later run skip changes.
    """
    deltas: dict[str, Any] = target.state.setdefault("deltas", {})
    if "site_id" not in target.state or not target.state.get("lists"):
        target.resolve_site()
        found = ensure_lists(target.client, target.site_id, list(target.schemas.values()),
                             create=False)
        if not found.list_ids:
            target._cursor = json.dumps({})
            return [], target._cursor
        target.state["lists"] = dict(found.list_ids)
    ahead = deltas.get(cursor) if cursor else None
    links: dict[str, str] = {}
    raws: list[dict[str, Any]] = []
    if isinstance(ahead, dict):
        links = {str(k): str(v) for k, v in (ahead.get("links") or {}).items()}
        raws = list(ahead.get("pending") or [])
    elif cursor:
        try:
            links = {str(k): str(v) for k, v in json.loads(cursor).items()}
        except (ValueError, AttributeError):
            links = {}
    pulled: list[PulledItem] = []
    by_list = {lid: target.schemas[t] for t, lid in target.state["lists"].items()
               if t in target.schemas}
    links = _on_this_endpoint(target, links)
    for list_id, items, link in _read_deltas(target, by_list, links):
        links[list_id] = link
        raws.extend({"list": list_id, **i} for i in items)
    for raw in _with_fields(target, raws, by_list):
        schema = by_list.get(str(raw.get("list")))
        if schema is not None and raw.get("deleted"):
            # Said, so that an item kmcore could not bring in stops waiting.
            pulled.append(PulledItem(remote_ref=f"{raw['list']}/{raw['id']}",
                                     remote_version=None, data={}, deleted=True))
            continue
        if schema is None or not isinstance(raw.get("fields"), dict):
            continue
        fields = raw["fields"]
        pulled.append(PulledItem(
            remote_ref=f"{raw['list']}/{raw['id']}", remote_version=etag_of(raw, None),
            data=schema.to_data(fields),
            record_id=str(fields[KEY_COLUMN]) if fields.get(KEY_COLUMN) else None))
    new_cursor = json.dumps(links, sort_keys=True)
    target._cursor = new_cursor
    # Keep the last few cursors' read-ahead only (a dry run adds one the engine drops).
    kept = {k: v for k, v in list(deltas.items())[-2:] if k != new_cursor}
    kept[new_cursor] = {"links": links, "pending": []}
    target.state["deltas"] = kept
    target._save_state()
    return pulled, new_cursor

def _read_deltas(target: SharePointTarget, by_list: Mapping[str, ListSchema],
                 links: Mapping[str, str]) -> Iterable[tuple[str, list[dict[str, Any]], str]]:
    """(list id, changed items, new deltaLink) per list; first requests batched."""
    first: dict[str, str] = {}
    for list_id in by_list:
        link = links.get(list_id)
        first[list_id] = target.client.relative(link) if link else (
            f"/sites/{target.site_id}/lists/{list_id}/items/delta?token=latest")
    ids = sorted(first)
    if len(ids) == 1:
        answers = {"1": _get_as_batch(target, first[ids[0]])}
    else:
        answers = target.client.batch([BatchRequest(str(n + 1), "GET", first[i])
                                     for n, i in enumerate(ids)])
    for n, list_id in enumerate(ids):
        yield list_id, *_follow(target, list_id, answers[str(n + 1)])

def _get_as_batch(target: SharePointTarget, url: str) -> BatchResponse:
    response = target.client.call("GET", url)
    try:
        body = response.json() if response.content else None
    except ValueError:
        body = None
    return BatchResponse("1", response.status_code, dict(response.headers), body)

def _follow(target: SharePointTarget, list_id: str,
            answer: BatchResponse) -> tuple[list[dict[str, Any]], str]:
    items: list[dict[str, Any]] = []
    restarts = 0
    while True:
        if answer.status == 410:
            # The token expired: Graph says where to start again (a full enumeration);
            # the engine recognises items it already has by their eTags.
            location = header(answer.headers, "Location") or \
                f"/sites/{target.site_id}/lists/{list_id}/items/delta"
            restarts += 1
            if restarts > 2:
                raise BackendError("SharePoint keeps answering 410 Gone to the delta query",
                                   hint="Run the sync again later.")
            items.clear()
            answer = _get_as_batch(target, _expand(target, target.client.relative(location)))
            continue
        if not answer.ok or not isinstance(answer.body, dict):
            raise BackendError(f"reading changes from SharePoint list {list_id} failed: "
                               f"{answer.describe()}",
                               hint="Publishing goes on; changes are read next time.")
        items.extend(v for v in answer.body.get("value") or [] if isinstance(v, dict))
        if answer.body.get("@odata.deltaLink"):
            return items, str(answer.body["@odata.deltaLink"])
        next_link = answer.body.get("@odata.nextLink")
        if not next_link:
            raise BackendError("the delta answer had neither a nextLink nor a deltaLink")
        answer = _get_as_batch(target, target.client.relative(str(next_link)))

def _on_this_endpoint(target: SharePointTarget, links: Mapping[str, str]) -> dict[str, str]:
    """Delta links kept from an earlier run, less those on another host than
    ``graph_endpoint`` (it was changed, or the link is damaged): such a link would fail in
    every ``$batch`` for ever. Its list's delta starts again from the beginning, and items
    kmcore already has are recognised by their eTags."""
    root = target.settings.graph_root
    kept: dict[str, str] = {}
    for list_id, link in links.items():
        if link.startswith(root + "/"):
            kept[list_id] = link
        else:
            log.warning("SharePoint list %s: the saved delta link is not on %s; reading its "
                        "changes again from the start", list_id, root)
            kept[list_id] = root + _expand(
                target, f"/sites/{target.site_id}/lists/{list_id}/items/delta")
    return kept


def _expand(target: SharePointTarget, url: str) -> str:
    if "$expand=" in url:
        return url
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}$expand=fields&$top={target.settings.page_size}"

def _with_fields(target: SharePointTarget, raws: list[dict[str, Any]],
                 by_list: Mapping[str, ListSchema]) -> list[dict[str, Any]]:
    """Delta may answer without fields: read those items' fields, batched."""
    missing = [r for r in raws if not r.get("deleted") and "fields" not in r
               and str(r.get("list")) in by_list]
    if not missing:
        return raws
    answers = target.client.batch([
        BatchRequest(str(n + 1), "GET", f"/sites/{target.site_id}/lists/{r['list']}/items/"
                     f"{r['id']}?$expand=fields") for n, r in enumerate(missing)])
    for n, raw in enumerate(missing):
        answer = answers[str(n + 1)]
        if answer.ok and isinstance(answer.body, dict):
            raw.update(fields=answer.body.get("fields"), eTag=etag_of(answer.body, answer))
    return raws

def catch_up(target: SharePointTarget) -> None:
    """Follow each written list's delta to the end now, so that the next run does not
    pay to read back what kmcore itself wrote. Anything else found is kept for the next
    pull."""
    deltas: dict[str, Any] = target.state.setdefault("deltas", {})
    entry = deltas.get(target._cursor) if target._cursor is not None else None
    if not isinstance(entry, dict):
        entry = {"links": {}, "pending": []}
    links: dict[str, str] = _on_this_endpoint(target, dict(entry.get("links") or {}))
    written_lists = {ref.split("/", 1)[0] for ref in target._written}
    pending = list(entry.get("pending") or [])
    for list_id in sorted(written_lists):
        link = links.get(list_id)
        url = target.client.relative(link) if link else _expand(target,
            f"/sites/{target.site_id}/lists/{list_id}/items/delta")
        items, new_link = _follow(target, list_id, _get_as_batch(target, url))
        for raw in items:
            ref = f"{list_id}/{raw.get('id')}"
            if raw.get("deleted") or target._written.get(ref) == etag_of(raw, None):
                continue
            pending.append({"list": list_id, **raw})
        links[list_id] = new_link
    if target._cursor is not None:
        deltas[target._cursor] = {"links": links, "pending": pending}


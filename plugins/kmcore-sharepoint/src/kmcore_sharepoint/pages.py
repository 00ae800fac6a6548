"""Stories and innovations as SharePoint site pages (optional: ``pages = ["story", ...]``).

Each page is built only from text web parts whose HTML kmcore writes itself, every value
escaped (SharePoint's editor sanitises HTML anyway; kmcore sends nothing it would need to).
A page is created (``POST /sites/{id}/pages``), then published; when its record changes it is
updated in place (``PATCH`` with the whole ``canvasLayout``, as Graph requires) and published
again; when the record is withdrawn its page is deleted. ``news = true`` creates news posts.
Page ids are remembered in the target's state file; a create whose answer was lost is found
again by its name (``kmcore-<record id>.aspx``).
"""

from __future__ import annotations

import hashlib
import html
import logging
import uuid
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from kmcore.backend import BackendError, Record, SyncContext

from kmcore_sharepoint.graph import BatchRequest
from kmcore_sharepoint.mapping import ListSchema, shown_value

if TYPE_CHECKING:
    from kmcore_sharepoint.target import SharePointTarget

__all__ = ["canvas_for", "page_name", "publish_pages"]

log = logging.getLogger("kmcore.sharepoint")
_TEXT_KINDS = ("text", "note", "lines", "choice", "multichoice", "date", "number")


def page_name(record_id: str) -> str:
    return f"kmcore-{record_id}.aspx"


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())


def canvas_for(schema: ListSchema, record: Record, hidden: Collection[str] = ()
               ) -> dict[str, Any]:
    """A one-column canvas of text web parts: the summary first, then each filled field;
    references to *hidden* records (not published on the target) left out."""
    parts: list[str] = []
    for column in schema.columns:
        if column.kind not in _TEXT_KINDS or column.field in ("status", "visibility"):
            continue
        value = shown_value(getattr(record, column.field), hidden)
        if value in (None, "", ()):
            continue
        if isinstance(value, tuple):
            body = "<ul>" + "".join(f"<li>{html.escape(str(getattr(v, 'value', v)))}</li>"
                                    for v in value) + "</ul>"
        else:
            body = _paragraphs(str(getattr(value, "value", value)))
        parts.append(f"<h3>{html.escape(column.display)}</h3>{body}")
    webparts = [{"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"kmcore:{record.id}:{n}")),
                 "innerHtml": part} for n, part in enumerate(parts or ["<p></p>"])]
    return {"horizontalSections": [{
        "id": "1", "layout": "oneColumn", "emphasis": "none",
        "columns": [{"id": "1", "width": 12, "webparts": webparts}],
    }]}


def _body(target: SharePointTarget, schema: ListSchema, record: Record, *, create: bool
          ) -> dict[str, Any]:
    body: dict[str, Any] = {"@odata.type": "#microsoft.graph.sitePage",
                            "title": str(record.label)[:255],
                            "canvasLayout": canvas_for(schema, record,
                                                       target.hidden_references(record))}
    if create:
        body.update(name=page_name(record.id), pageLayout="article",
                    promotionKind="newsPost" if target.settings.news else "page",
                    showComments=False)
    return body


def publish_pages(target: SharePointTarget, context: SyncContext) -> None:
    """Create, update or delete the pages of the records changed in this run."""
    types = set(target.settings.pages)
    pages: dict[str, dict[str, str]] = target.state.setdefault("pages", {})
    site = target.resolve_site()
    requests: list[BatchRequest] = []
    plan: dict[str, tuple[str, str, str]] = {}  # request id -> (action, record id, digest)
    for n, record_id in enumerate(sorted(context.changed)):
        record = context.published.get(record_id)
        held = pages.get(record_id)
        rid = str(n + 1)
        if record is None or record.record_type not in types:
            if held:
                requests.append(BatchRequest(rid, "DELETE", f"/sites/{site}/pages/{held['id']}"))
                plan[rid] = ("delete", record_id, "")
            continue
        schema = target.schemas[record.record_type]
        body = _body(target, schema, record, create=held is None)
        digest = hashlib.sha256(repr(body).encode()).hexdigest()[:16]
        if held and held.get("hash") == digest:
            continue
        if held:
            requests.append(BatchRequest(
                rid, "PATCH", f"/sites/{site}/pages/{held['id']}/microsoft.graph.sitePage",
                body=body))
            plan[rid] = ("update", record_id, digest)
        else:
            requests.append(BatchRequest(rid, "POST", f"/sites/{site}/pages", body=body))
            plan[rid] = ("create", record_id, digest)
    if not requests:
        return
    answers = target.client.batch(requests)
    to_publish: dict[str, str] = {}
    failures: list[str] = []
    lost_creates: list[tuple[str, str]] = []
    for rid, (action, record_id, digest) in plan.items():
        answer = answers[rid]
        if action == "delete":
            if answer.ok or answer.status == 404:
                pages.pop(record_id, None)
            else:
                failures.append(f"{record_id}: {answer.describe()}")
        elif answer.ok:
            page_id = str((answer.body or {}).get("id") or pages[record_id]["id"])
            pages[record_id] = {"id": page_id, "hash": ""}
            to_publish[record_id] = digest
        elif action == "create" and answer.status in (0, 409):
            lost_creates.append((record_id, digest))
        else:
            failures.append(f"{record_id}: {answer.describe()}")
    if lost_creates:
        listing = target.client.get_json(f"/sites/{site}/pages/microsoft.graph.sitePage"
                                         "?$select=id,name", "listing the site's pages")
        by_name = {str(p.get("name")).lower(): str(p.get("id"))
                   for p in (listing or {}).get("value") or []}
        for record_id, digest in lost_creates:
            found = by_name.get(page_name(record_id).lower())
            if found is None:
                failures.append(f"{record_id}: the page could not be created (no answer)")
                continue
            pages[record_id] = {"id": found, "hash": ""}
            to_publish[record_id] = digest
    if to_publish:
        publish = [BatchRequest(str(n + 1), "POST", f"/sites/{site}/pages/"
                                f"{pages[record_id]['id']}/microsoft.graph.sitePage/publish")
                   for n, record_id in enumerate(sorted(to_publish))]
        answers = target.client.batch(publish)
        for request, record_id in zip(publish, sorted(to_publish), strict=True):
            answer = answers[request.id]
            if answer.ok:
                pages[record_id]["hash"] = to_publish[record_id]
            else:
                failures.append(f"{record_id}: publishing failed: {answer.describe()}")
    target._save_state()
    if failures:
        raise BackendError(f"{len(failures)} SharePoint page(s) could not be published: "
                           + "; ".join(failures[:5]),
                           hint="They are tried again on the next sync; pages need the "
                           "'write' role on the site.")

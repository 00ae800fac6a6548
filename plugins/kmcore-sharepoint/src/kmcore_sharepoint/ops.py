"""One engine item on its way to a SharePoint list: an explicit state machine.

Each item becomes an :class:`Op` that sends one request per round of ``$batch``; the answer
moves it to its next :class:`Step` or settles it with an :class:`ItemResult`. The answer is
first sorted into an :class:`Outcome` (the same for every step), then :data:`TRANSITIONS`
says what that outcome means at that step::

    create --201--> done          create --409/duplicate--> lookup (an earlier try landed)
    lookup --found--> patch | delete | done (same values)
    lookup --nothing--> create (or done, for a delete: nothing to delete)
    patch --2xx--> done           patch --412--> verify (whose write was it?)
    verify --ours--> done         verify --somebody else's--> conflict
    delete --2xx/404--> done      delete --412--> conflict

Throttling, server errors and lost answers are retried in later rounds within the named
limits below; anything not in the table fails the item with Graph's own words.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import attrs
from kmcore.backend import Item, ItemResult

from kmcore_sharepoint.graph import BatchRequest, BatchResponse
from kmcore_sharepoint.mapping import KEY_COLUMN, ListSchema

__all__ = ["MAX_ROUNDS", "NO_ANSWER_TRIES", "SERVER_ERROR_TRIES", "WRITE_HINT", "Op", "Outcome",
           "Step", "etag_of", "header"]

#: Rounds of ``$batch`` per :meth:`SharePointTarget.apply`; an item still moving after them
#: is left, retryable, for the next sync.
MAX_ROUNDS = 8
#: A request whose answer never came is asked again this many times (it may have landed:
#: creates and writes are idempotent by key or ``If-Match``, so asking again is safe).
NO_ANSWER_TRIES = 4
#: A 5xx other than 503/504 is retried this many times; 429, 503 and 504 are not retried
#: within the run (the Graph client already waited on their ``Retry-After``).
SERVER_ERROR_TRIES = 3

WRITE_HINT = ("Changing list items needs the 'write' role on the site (a Sites.Selected "
              "grant) or Sites.ReadWrite.All; ask your SharePoint administrator.")
_DELETED = "the item was deleted in SharePoint since the last sync"
_EDITED = "edited in SharePoint since the last sync: left as it is"


class Step(enum.Enum):
    """What an :class:`Op` sends next."""

    CREATE = "create"
    LOOKUP = "lookup"
    PATCH = "patch"
    VERIFY = "verify"
    DELETE = "delete"
    DONE = "done"


class Outcome(enum.Enum):
    """An answer, sorted by what it means for any step."""

    NO_ANSWER = "no answer"
    THROTTLED = "throttled"  # 429, 503, 504
    SERVER_ERROR = "server error"  # other 5xx
    FORBIDDEN = "forbidden"  # 401, 403
    OK = "ok"  # 2xx
    EXISTS = "exists"  # 409, or 400 "duplicate": the unique KmKey is taken
    CHANGED = "changed"  # 412: the eTag no longer matches
    GONE = "gone"  # 404
    FAILED = "failed"  # anything else


def outcome_of(answer: BatchResponse) -> Outcome:
    """Sort one answer."""
    status = answer.status
    if status == 0:
        return Outcome.NO_ANSWER
    if status in (429, 503, 504):
        return Outcome.THROTTLED
    if status >= 500:
        return Outcome.SERVER_ERROR
    if status in (401, 403):
        return Outcome.FORBIDDEN
    if answer.ok:
        return Outcome.OK
    if status == 409 or (status == 400 and "duplicate" in answer.describe().lower()):
        return Outcome.EXISTS
    if status == 412:
        return Outcome.CHANGED
    if status == 404:
        return Outcome.GONE
    return Outcome.FAILED


def header(headers: Any, name: str) -> str | None:
    """A header's value, whatever its case."""
    for key, value in headers.items():
        if key.lower() == name.lower():
            return str(value)
    return None


def etag_of(body: Any, answer: BatchResponse | None) -> str | None:
    """The item's eTag, from its body (or its fields), else the answer's ``ETag`` header."""
    for key in ("eTag", "@odata.etag"):
        value = body.get(key)
        if isinstance(value, str) and value:
            return value
    fields = body.get("fields")
    if isinstance(fields, dict) and isinstance(fields.get("@odata.etag"), str):
        return str(fields["@odata.etag"])
    if answer is not None:
        return header(answer.headers, "ETag")
    return None


@attrs.define
class Op:
    """One item's progress: the list it goes to, the next step, and the result once known."""

    item: Item
    schema: ListSchema
    items_url: str  # /sites/{site}/lists/{list}/items
    list_id: str
    fields: dict[str, Any] | None
    step: Step
    item_id: str | None = None
    etag: str | None = None
    tries: int = 0
    result: ItemResult | None = None

    @classmethod
    def failed(cls, item: Item, schema: ListSchema, error: str) -> Op:
        """An op settled before anything is sent."""
        op = cls(item, schema, "", "", None, Step.DONE)
        op.result = ItemResult(record_id=item.record_id, ok=False, error=error)
        return op

    # --- requests ------------------------------------------------------------------------

    def request(self, rid: str) -> BatchRequest:
        """The request for the current step."""
        base = self.items_url
        if self.step is Step.CREATE:
            return BatchRequest(rid, "POST", base, body={"fields": self.fields})
        if self.step is Step.LOOKUP:
            key = self.item.record_id.replace("'", "''")
            return BatchRequest(rid, "GET", f"{base}?$filter=fields/{KEY_COLUMN} eq "
                                f"'{quote(key)}'&$expand=fields")
        headers = {"If-Match": self.etag} if self.etag else {}
        if self.step is Step.PATCH:
            return BatchRequest(rid, "PATCH", f"{base}/{self.item_id}/fields", body=self.fields,
                                headers=headers)
        if self.step is Step.VERIFY:
            return BatchRequest(rid, "GET", f"{base}/{self.item_id}?$expand=fields")
        if self.step is Step.DELETE:
            return BatchRequest(rid, "DELETE", f"{base}/{self.item_id}", headers=headers)
        raise AssertionError(f"no request for step {self.step}")

    # --- answers -------------------------------------------------------------------------

    def advance(self, answer: BatchResponse) -> None:
        """Take one answer: move to the next step, or settle the result."""
        outcome = outcome_of(answer)
        if outcome is Outcome.NO_ANSWER:
            self._retry(answer, NO_ANSWER_TRIES)
        elif outcome is Outcome.THROTTLED:
            self.settle(ok=False, retryable=True, error=answer.describe())
        elif outcome is Outcome.SERVER_ERROR:
            self._retry(answer, SERVER_ERROR_TRIES)
        elif outcome is Outcome.FORBIDDEN:
            self.settle(ok=False, error=f"{answer.describe()}. {WRITE_HINT}")
        else:
            action = TRANSITIONS.get((self.step, outcome))
            if action is None:
                self.settle(ok=False, error=answer.describe())
            else:
                action(self, answer)

    def _retry(self, answer: BatchResponse, limit: int) -> None:
        self.tries += 1
        if self.tries > limit:
            self.settle(ok=False, retryable=True, error=answer.describe())

    def settle(self, *, ok: bool = True, version: str | None = None, error: str | None = None,
               retryable: bool = False, conflict: bool = False) -> None:
        """The item's result; the remote reference is kept for successes and conflicts."""
        ref = f"{self.list_id}/{self.item_id}" if self.item_id else None
        self.result = ItemResult(record_id=self.item.record_id, ok=ok,
                                 remote_ref=ref if ok or conflict else None,
                                 remote_version=version, error=error, retryable=retryable,
                                 conflict=conflict)
        self.step = Step.DONE

    def same_as(self, body: Any) -> bool:
        """The item's fields in SharePoint are what this op would write."""
        return self.fields is not None and self.schema.same_values(
            self.fields, body.get("fields") or {})


def _body(answer: BatchResponse) -> dict[str, Any]:
    return answer.body if isinstance(answer.body, dict) else {}


def _created(op: Op, answer: BatchResponse) -> None:
    body = _body(answer)
    op.item_id = str(body.get("id"))
    op.settle(version=etag_of(body, answer))


def _written(op: Op, answer: BatchResponse) -> None:
    op.settle(version=etag_of(_body(answer), answer))


def _found(op: Op, answer: BatchResponse) -> None:
    """The lookup by key answered: whatever holds this record id decides the next step."""
    found = [v for v in _body(answer).get("value") or [] if isinstance(v, dict)]
    if not found:
        if op.item.op == "delete":
            op.settle()  # nothing there to delete
        else:
            op.tries += 1
            op.step = Step.CREATE
        return
    held = found[0]
    op.item_id, op.etag = str(held.get("id")), etag_of(held, None)
    if op.item.op == "delete":
        op.step = Step.DELETE
    elif op.same_as(held):
        op.settle(version=op.etag)
    else:
        op.step = Step.PATCH


def _verified(op: Op, answer: BatchResponse) -> None:
    """After a 412: our own write that landed is success; anybody else's is a conflict."""
    body = _body(answer)
    if op.same_as(body):
        op.settle(version=etag_of(body, answer))
    else:
        op.settle(ok=False, conflict=True, error=_EDITED)


def _deleted(op: Op, answer: BatchResponse) -> None:
    op.settle()


def _go(step: Step) -> Callable[[Op, BatchResponse], None]:
    def move(op: Op, answer: BatchResponse) -> None:
        op.step = step

    return move


def _conflict(error: str) -> Callable[[Op, BatchResponse], None]:
    def settle(op: Op, answer: BatchResponse) -> None:
        op.settle(ok=False, conflict=True, error=error)

    return settle


#: (step, outcome) -> what happens; a pair not listed fails the item with Graph's words.
TRANSITIONS: dict[tuple[Step, Outcome], Callable[[Op, BatchResponse], None]] = {
    (Step.CREATE, Outcome.OK): _created,
    (Step.CREATE, Outcome.EXISTS): _go(Step.LOOKUP),  # made by a try whose answer was lost
    (Step.LOOKUP, Outcome.OK): _found,
    (Step.PATCH, Outcome.OK): _written,
    (Step.PATCH, Outcome.CHANGED): _go(Step.VERIFY),
    (Step.PATCH, Outcome.GONE): _conflict(_DELETED),
    (Step.VERIFY, Outcome.OK): _verified,
    (Step.VERIFY, Outcome.GONE): _conflict(_DELETED),
    (Step.DELETE, Outcome.OK): _deleted,
    (Step.DELETE, Outcome.GONE): _deleted,  # already gone is what was wanted
    (Step.DELETE, Outcome.CHANGED): _conflict(
        "edited in SharePoint since the last sync: not deleted"),
}

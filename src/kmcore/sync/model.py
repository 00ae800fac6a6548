"""The sync contract: what the engine hands a target, and what a target answers.

The engine (``kmcore.sync.engine``) compares the knowledge base with a per-target ledger and
hands each target :class:`Item` batches; the target applies them and answers one
:class:`ItemResult` per item. Before any record leaves the machine, the publication gates
(:mod:`kmcore.gates`) decide whether it may go, and in what form.

Targets are built by a backend's factory, registered with
``BackendSpec(kind="target", factory=...)``, and called as
``factory(config: TargetConfig, kb: KnowledgeBase) -> Target``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable

import attrs

from kmcore.records.base import Record
from kmcore.records.vocab import Visibility

if TYPE_CHECKING:
    from kmcore.kb import KnowledgeBase

__all__ = [
    "ConflictPolicy",
    "Item",
    "ItemResult",
    "PulledItem",
    "SyncContext",
    "Target",
    "TargetCheck",
    "TargetConfig",
]

Op = Literal["create", "update", "delete"]
CheckStatus = Literal["ok", "warn", "fail"]
ConflictPolicy = Literal["skip", "overwrite"]


@attrs.frozen(kw_only=True)
class TargetConfig:
    """One ``[targets.NAME]`` table of ``kmcore.toml``.

    :ivar name: the table's name (``intranet``), used in reports and the ledger's folder.
    :ivar backend: the backend that serves it (``html``, ``sharepoint``...).
    :ivar audience: who can read the target: ``organisation`` (the trust's intranet), ``nhs``
        (NHS-wide) or ``public``. A record is sent only if its visibility reaches at least
        that audience: a record visible to the ``organisation`` only never goes to an ``nhs``
        or ``public`` target, while a ``public`` record may go anywhere.
    :ivar conflict_policy: what to do when the target's copy was edited since the last sync:
        ``skip`` (default: leave it, report it) or ``overwrite``.
    :ivar record_types: only these record types (empty: every type).
    :ivar statuses: knowledge records (innovations, stories, capture records, lessons) are
        sent only in these editorial statuses (default: ``published``). People have no
        editorial workflow, so this does not apply to them.
    :ivar settings: the backend's own settings, as written (secrets never: the backend reads
        them from the environment or a file named here).
    """

    name: str
    backend: str
    audience: Visibility = Visibility.ORGANISATION
    conflict_policy: ConflictPolicy = "skip"
    record_types: tuple[str, ...] = ()  # empty: every type
    statuses: tuple[str, ...] = ("published",)
    settings: Mapping[str, Any] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class Item:
    """One change for a target to apply.

    :ivar op: ``create`` (the target has never had it), ``update`` or ``delete`` (withdraw:
        deleted in the knowledge base, or no longer eligible for this target).
    :ivar record: the record as it should be published (after gates), None for ``delete``.
    :ivar content_hash: identifies exactly what is being published.
    :ivar remote_ref: the target's own id for the item, as it answered last time (None on
        create). ``remote_version``: the version the target reported when it last confirmed.
    """

    op: Op
    record_type: str
    record_id: str
    record: Record | None
    content_hash: str
    remote_ref: str | None = None
    remote_version: str | None = None


@attrs.frozen(kw_only=True)
class ItemResult:
    """A target's answer for one item.

    Targets must make ``create`` idempotent by ``record_id`` (an item created but not
    confirmed before a crash is sent again on the next run and must not be duplicated).

    :ivar ok: applied. ``error``: why not, in words a librarian can act on.
    :ivar retryable: a transient failure (throttling, timeout): the next run tries again.
    :ivar conflict: the target's copy changed since ``remote_version``; nothing was written.
    """

    record_id: str
    ok: bool
    remote_ref: str | None = None
    remote_version: str | None = None
    error: str | None = None
    retryable: bool = False
    conflict: bool = False


@attrs.frozen(kw_only=True)
class PulledItem:
    """An item created or edited on the target side (a form submission), to bring back."""

    remote_ref: str
    remote_version: str | None
    data: Mapping[str, Any]  # record fields as plain data, for the codec; ``type`` included
    record_id: str | None = None  # when the item is a copy of a known record
    #: the item was deleted on the target (a feed that says so: only *remote_ref* counts);
    #: an item kmcore could not bring in stops waiting when it is deleted
    deleted: bool = False


@attrs.frozen(kw_only=True)
class SyncContext:
    """What a target may look at when a run ends (see :meth:`Target.finish`).

    :ivar published: every record now published on this target (after gates), by id; lazy
        mapping, so a target that needs only a few pays only for those.
    :ivar changed: ids created, updated or deleted in this run.
    """

    kb: KnowledgeBase
    published: Mapping[str, Record]
    changed: frozenset[str]
    dry_run: bool = False


@runtime_checkable
class Target(Protocol):
    """A place records are published to. Built by a backend factory from a TargetConfig."""

    config: TargetConfig
    #: how many items to send per :meth:`apply` call (Graph $batch: 20).
    batch_size: int

    def apply(self, items: Sequence[Item]) -> list[ItemResult]:
        """Apply a batch; answer one result per item, in order. Never raise for one bad item."""
        ...

    def remote_versions(self, refs: Sequence[str]) -> Mapping[str, str] | None:
        """Current versions of these remote items, to detect edits made on the target;
        None if the target cannot tell (then no conflicts are detected)."""
        ...

    def finish(self, context: SyncContext) -> None:
        """Called once after all batches of a run (an index page, feeds, a search index)."""
        ...

    def pull(self, cursor: str | None) -> tuple[list[PulledItem], str] | None:
        """Items created or edited on the target since *cursor*; None if it has no feed."""
        ...

    def close(self) -> None:
        """Release connections and files."""
        ...


@attrs.frozen(kw_only=True)
class TargetCheck:
    """One finding of a target's self-check, shown by ``kmcore doctor``.

    A target may offer two optional methods besides the :class:`Target` protocol:

    - ``diagnose(self) -> Iterable[TargetCheck]``: ``kmcore doctor`` calls it for every
      configured target (token, site, permissions, schema drift...). An exception it raises
      is shown as a failed check.
    - ``estimate(self, items: Sequence[Item]) -> str | None``: ``kmcore sync --dry-run`` calls
      it with the items the plan would send and shows the sentence (how many requests the
      run would take), also saved as ``estimate`` in the JSON report.

    Both are looked up by name, so targets that have nothing to say need neither. A target's
    factory must not touch the network: doctor and dry runs build targets cheaply.

    :ivar name: what was checked, e.g. ``intranet: token``.
    :ivar status: ``ok``, ``warn`` or ``fail``.
    :ivar message: what was found, in plain words.
    :ivar hint: what to do about it (shown for warnings and failures).
    """

    name: str
    status: CheckStatus
    message: str
    hint: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.status not in ("ok", "warn", "fail"):
            raise ValueError(f"TargetCheck {self.name!r}: status must be ok, warn or fail, "
                             f"not {self.status!r}")

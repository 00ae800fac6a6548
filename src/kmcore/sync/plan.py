"""The plan: what a sync would do to one target, and why, in words a librarian understands.

The plan compares the knowledge base with the target's ledger. For speed it first compares
file fingerprints (a hash of each record file's bytes, read without parsing) with the ones
the ledger remembers; a record whose file is unchanged, under unchanged gates and target
settings (see :func:`kmcore.gates.gates_key`), is unchanged without being parsed or
gated. Every other record is read, checked against the target's record types and statuses,
run through the publication gates, and hashed as it would be published: the hash, not the
file, decides whether the target needs an update.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal

import attrs

from kmcore import codec, gates
from kmcore.errors import KmcoreError
from kmcore.gates import Block
from kmcore.guard.pii import masked_label, masked_text
from kmcore.records.base import Record
from kmcore.store._verified import content_key
from kmcore.sync.ledger import Entry, Ledger
from kmcore.sync.model import Item, Target, TargetConfig

if TYPE_CHECKING:
    from kmcore.kb import KnowledgeBase
    from kmcore.specs import RecordTypeSpec

__all__ = ["ACTIONS", "Action", "Plan", "Planned", "content_hash", "fingerprints", "make_plan"]

Action = Literal[
    "create", "update", "delete", "unchanged", "blocked", "ineligible", "conflict", "unreadable"
]
#: Report order.
ACTIONS: tuple[str, ...] = (
    "create", "update", "delete", "conflict", "blocked", "unreadable", "ineligible", "unchanged"
)
_BULK_READ = 64  # evaluate more records than this: one scan instead of one read each
# Bookkeeping that changes on every save, not what a reader sees changing: a record saved
# again without a change sends nothing (the copy sent with a real change carries them).
_NOT_HASHED = ("revision", "updated_at")


@attrs.frozen(kw_only=True)
class Planned:
    """One record's part in the plan.

    :ivar action: what will happen (see :data:`ACTIONS`).
    :ivar reason: why, in plain English ("title changed", "deleted from the knowledge base").
    :ivar item: what is sent to the target (create, update, delete), else None.
    :ivar entry: the ledger entry to record once the target confirms the item (or at once,
        for records nothing is sent for).
    :ivar blocks: why a gate stopped it (blocked, or withdrawn by a gate).
    """

    action: Action
    record_type: str
    record_id: str
    title: str
    reason: str
    item: Item | None = None
    entry: Entry | None = None
    blocks: tuple[Block, ...] = ()
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "action": self.action, "record_type": self.record_type, "record_id": self.record_id,
            "title": self.title, "reason": self.reason,
        }
        if self.blocks:
            data["blocks"] = [attrs.asdict(b) for b in self.blocks]
        if self.notes:
            data["notes"] = list(self.notes)
        return data


@attrs.define
class Plan:
    """Everything a sync to one target would do.

    :ivar items: every record that needs attention, in report order (unchanged ones are only
        counted, in :attr:`unchanged`).
    :ivar refresh: ledger entries to store whatever happens on the target (a record file
        saved again with the same content, a record held back), so the next sync need not
        read them again.
    :ivar config_key: the gates and settings this plan was made under.
    """

    target: TargetConfig
    items: list[Planned]
    unchanged: int
    refresh: dict[str, Entry]
    config_key: str

    @property
    def changes(self) -> list[Planned]:
        """The items that send something to the target."""
        return [p for p in self.items if p.item is not None]

    def count(self, action: str) -> int:
        return self.unchanged if action == "unchanged" else sum(
            1 for p in self.items if p.action == action
        )


def content_hash(target_name: str, data: Mapping[str, Any]) -> str:
    """Identifies exactly what is published: the decided record's data plus the target."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.blake2b(f"{target_name}\n{text}".encode(), digest_size=16).hexdigest()


def _published_data(record: Record) -> dict[str, Any]:
    data = codec.to_dict(record)
    for key in _NOT_HASHED:
        data.pop(key, None)
    return data


_SAME_FOR_EVERY_VERSION = frozenset(("type", "schema_version", "id"))


def _field_hashes(data: Mapping[str, Any]) -> dict[str, str]:
    return {
        key: hashlib.blake2b(
            json.dumps(value, ensure_ascii=False, sort_keys=True).encode(), digest_size=4
        ).hexdigest()
        for key, value in data.items() if key not in _SAME_FOR_EVERY_VERSION
    }


def _words(name: str) -> str:
    return name.replace("_", " ")


def _changed_fields(old: Mapping[str, str], new: Mapping[str, str]) -> str:
    changed = sorted(k for k in {*old, *new} if old.get(k) != new.get(k))
    names = [_words(k) for k in changed]
    if not names:
        return "published form changed"
    if len(names) == 1:
        return f"{names[0]} changed"
    if len(names) <= 3:
        return f"{', '.join(names[:-1])} and {names[-1]} changed"
    return f"{', '.join(names[:2])} and {len(names) - 2} other fields changed"


def _withdraw_reason(block: Block, record: Record | None, plural: str) -> str:
    if block.gate == "record_types":
        return f"withdrawn: {plural} are no longer published to this target"
    if block.gate == "status" and record is not None:
        return f"withdrawn: status changed to {record.status}"
    if block.gate == "visibility" and record is not None:
        return f"withdrawn: visibility lowered to {record.visibility}"
    return f"withdrawn: {block.reason}{_where(block)}"


def _block(held: tuple[str, str, str]) -> Block:
    return Block(gate=held[0], reason=held[1], path=held[2])


def _held_reason(block: Block, record: Record | None) -> tuple[Action, str]:
    if block.gate == "status":
        return "ineligible", block.reason
    if block.gate == "record_types":
        return "ineligible", "this target does not take this record type"
    return "blocked", f"blocked: {block.reason}{_where(block)}"


def _where(block: Block) -> str:
    """`` (in summary)`` for a block at ``$.summary``; nothing for the whole record."""
    path = block.path.removeprefix("$").removeprefix(".")
    if not path or block.path in block.reason:  # the gate said where already
        return ""
    return f" (in {path})"


def _fingerprints(kb: KnowledgeBase, types: Iterable[str] | None
                  ) -> tuple[dict[str, tuple[str, str]], dict[str, Record]]:
    """id -> (type, source hash) for every record, and any records read on the way."""
    store: Any = kb.store
    wanted = list(types) if types else None
    if hasattr(store, "fingerprints"):
        # Every folder, even for a target that takes some types: an id used by two types'
        # files is found only by looking at both.
        found: dict[str, tuple[str, str]] = store.fingerprints()
        _refuse_duplicate_ids(getattr(store, "duplicate_ids", {}))
        if wanted is None:
            return found, {}
        return {i: p for i, p in found.items() if p[0] in wanted}, {}
    # A store without fingerprints: read every record and hash it as the store would write it.
    prints: dict[str, tuple[str, str]] = {}
    records: dict[str, Record] = {}
    for name in wanted or sorted(kb.types):
        for record in kb.records(name):
            prints[record.id] = (name, content_key(codec.dumps(record).encode("utf-8")))
            records[record.id] = record
    return prints, records


def _refuse_duplicate_ids(twice: Mapping[str, list[str]]) -> None:
    """Stop the run when an id is used by files in two folders: which record the id means
    on a target (and which one to withdraw) cannot be told, so nothing is sent until a
    person renames one."""
    if not twice:
        return
    record_id, files = sorted(twice.items())[0]
    more = f" (and {len(twice) - 1} more id(s): kmcore validate lists them)" \
        if len(twice) > 1 else ""
    raise KmcoreError(
        f"the id {record_id!r} is used by {' and '.join(files)}{more}; nothing was sent",
        hint="An id must be unique across the knowledge base: rename one of the files and "
             "change the id inside it to match, then sync again.",
    )


def _read(kb: KnowledgeBase, wanted: dict[str, str], preloaded: dict[str, Record]
          ) -> tuple[dict[str, Record], dict[str, str]]:
    """The records in *wanted* (id -> type), and why the others could not be read."""
    records = {i: preloaded[i] for i in wanted if i in preloaded}
    missing = {i: t for i, t in wanted.items() if i not in records}
    problems: dict[str, str] = {}
    if len(missing) > _BULK_READ:
        for name in sorted(set(missing.values())):
            for record in kb.records(name):
                if missing.get(record.id) == name:
                    records[record.id] = record
            for problem in kb.unreadable:
                problems.setdefault(problem.path.stem, str(problem.problem))
    else:
        for record_id, name in missing.items():
            try:
                records[record_id] = kb.store.get(name, record_id)
            except KmcoreError as exc:
                problems[record_id] = str(exc).splitlines()[0]
    for record_id in missing:
        if record_id not in records:
            problems.setdefault(record_id, "the file disappeared while it was being read")
    return records, problems


Fingerprints = tuple[dict[str, tuple[str, str]], dict[str, Record]]


def fingerprints(kb: KnowledgeBase) -> Fingerprints:
    """Every record's id -> (type, hash of its file), and any records read on the way; pass
    it to :func:`make_plan` to plan several targets from one reading of the store."""
    return _fingerprints(kb, None)


def make_plan(
    kb: KnowledgeBase,
    cfg: TargetConfig,
    ledger: Ledger,
    *,
    target: Target | None = None,
    prints: Fingerprints | None = None,
) -> Plan:
    """Compare the knowledge base with *ledger*; with *target*, also ask it for the versions
    of items to update or delete, to find copies edited on the target (conflicts).

    :param prints: from :func:`fingerprints`, when several targets are planned at once."""
    config_key = gates.gates_key(cfg, kb.plugins)
    if prints is None:
        listed, preloaded = _fingerprints(kb, cfg.record_types or None)
    else:
        listed, preloaded = prints
        if cfg.record_types:
            listed = {i: p for i, p in listed.items() if p[0] in cfg.record_types}
    planner = _Planner(kb=kb, cfg=cfg, ledger=ledger, types=kb.types)
    # 1. Files unchanged since the last run, under the same gates: no need to read them.
    to_read = planner.skip_unchanged(listed, fast=ledger.config_key == config_key)
    # 2. Every other record is read, gated and compared with what the target last confirmed.
    records, problems = _read(kb, to_read, preloaded)
    planner.add_unreadable(problems, to_read)
    for record_id, record in records.items():
        planner.add_record(record, listed[record_id][1])
    # 3. Records the ledger knows that the knowledge base no longer has.
    planner.add_gone(listed)
    items = planner.items
    if target is not None:
        items = _find_conflicts(items, target, cfg, ledger)
    order = {a: i for i, a in enumerate(ACTIONS)}
    items.sort(key=lambda p: (order[p.action], p.record_type, p.record_id))
    return Plan(target=cfg, items=items, unchanged=planner.unchanged, refresh=planner.refresh,
                config_key=config_key)


@attrs.define
class _Planner:
    """The plan for one target as it is built, record by record (see :func:`make_plan`)."""

    kb: KnowledgeBase
    cfg: TargetConfig
    ledger: Ledger
    types: Mapping[str, RecordTypeSpec]
    items: list[Planned] = attrs.field(factory=list)
    refresh: dict[str, Entry] = attrs.field(factory=dict)
    unchanged: int = 0

    def label(self, name: str) -> str:
        spec = self.types.get(name)
        return spec.label.lower() if spec else _words(name)

    def plural(self, name: str) -> str:
        spec = self.types.get(name)
        return spec.plural.lower() if spec else _words(name) + "s"

    def skip_unchanged(self, listed: Mapping[str, tuple[str, str]], *, fast: bool
                       ) -> dict[str, str]:
        """Count records whose files the ledger has seen, and plan again the ones it held
        back, without reading them; return the others (id -> type), to be read."""
        entries = self.ledger.entries
        quick_state = entries.quick_state
        to_read: dict[str, str] = {}
        for record_id, (name, source) in listed.items():
            # Only the state, type and source hash are needed here: no Entry is built for
            # the (usually many) records whose files are unchanged.
            state = quick_state(record_id, name, source) if fast else None
            if state == "published":
                self.unchanged += 1
            elif state == "held":
                held_entry = entries[record_id]
                block = (_block(held_entry.held[0]) if held_entry.held
                         else Block(gate="?", reason="held back"))
                action, reason = _held_reason(block, None)
                self.items.append(Planned(
                    action=action, record_type=name, record_id=record_id,
                    title=masked_text(held_entry.title) or record_id,
                    reason=reason, blocks=tuple(_block(h) for h in held_entry.held),
                ))
            else:
                to_read[record_id] = name
        return to_read

    def add_unreadable(self, problems: Mapping[str, str], types: Mapping[str, str]) -> None:
        for record_id, reason in problems.items():
            self.items.append(Planned(
                action="unreadable", record_type=types[record_id], record_id=record_id,
                title=record_id, reason=f"could not be read, so it was left as it is: {reason}",
            ))

    def add_record(self, record: Record, source: str) -> None:
        """Gate one record that was read, and plan what the target needs for it."""
        entry = self.ledger.entries.get(record.id)
        ineligible = gates.eligibility(record, self.cfg)
        if ineligible is not None:
            self._hold(record, source, entry, (ineligible,))
            return
        decision = gates.evaluate(record, self.cfg, self.kb.plugins)
        if decision.blocks:
            self._hold(record, source, entry, tuple(decision.blocks))
        else:
            self._publish(record, source, entry, decision.record, tuple(decision.notes))

    def _hold(self, record: Record, source: str, entry: Entry | None,
              blocks: tuple[Block, ...]) -> None:
        """A record the gates stop: withdrawn if it is on the target, else held back."""
        name, title = record.record_type, masked_label(record)  # never repeat an identifier
        held = Entry(record_type=name, state="held", source_hash=source, title=title,
                     held=tuple((b.gate, b.reason, b.path) for b in blocks))
        if entry is not None and entry.state == "published":
            self.items.append(Planned(
                action="delete", record_type=name, record_id=record.id, title=title,
                reason=_withdraw_reason(blocks[0], record, self.plural(name)), blocks=blocks,
                item=Item(op="delete", record_type=name, record_id=record.id, record=None,
                          content_hash="", remote_ref=entry.remote_ref,
                          remote_version=entry.remote_version),
                entry=held,
            ))
            return
        action, reason = _held_reason(blocks[0], record)
        self.items.append(Planned(action=action, record_type=name, record_id=record.id,
                                  title=title, reason=reason, blocks=blocks))
        self.refresh[record.id] = held

    def _publish(self, record: Record, source: str, entry: Entry | None, decided: Record,
                 notes: tuple[str, ...]) -> None:
        """A record the gates let through: create, update, or nothing if the target has it."""
        name, title = record.record_type, masked_label(record)
        data = _published_data(decided)
        digest = content_hash(self.cfg.name, data)
        fields = _field_hashes(data)
        after = Entry(record_type=name, state="published", content_hash=digest,
                      source_hash=source, fields=Entry.pack_fields(fields))
        if entry is not None and entry.state == "published":
            if entry.content_hash == digest and not entry.uncertain:
                self.unchanged += 1
                if entry.source_hash != source or entry.record_type != name:
                    self.refresh[record.id] = attrs.evolve(
                        entry, source_hash=source, record_type=name)
                return
            reason = _changed_fields(entry.field_hashes(), fields)
            if entry.content_hash == digest:
                reason = "sent again: the answer to the last attempt was lost"
            self.items.append(Planned(
                action="update", record_type=name, record_id=record.id, title=title,
                reason=reason, notes=notes, entry=after,
                item=Item(op="update", record_type=name, record_id=record.id, record=decided,
                          content_hash=digest, remote_ref=entry.remote_ref,
                          remote_version=entry.remote_version),
            ))
            return
        if entry is not None and entry.state == "held" and entry.held:
            gate = entry.held[0][0]
            reason = (f"ready to publish (status is now {record.status})" if gate == "status"
                      else f"new {self.label(name)}, no longer blocked")
        else:
            reason = f"new {self.label(name)}"
        self.items.append(Planned(
            action="create", record_type=name, record_id=record.id, title=title,
            reason=reason, notes=notes, entry=after,
            item=Item(op="create", record_type=name, record_id=record.id, record=decided,
                      content_hash=digest),
        ))

    def add_gone(self, listed: Mapping[str, tuple[str, str]]) -> None:
        """Withdraw what the target has of records no longer in the knowledge base (or no
        longer of a type it takes); forget held-back ones."""
        entries = self.ledger.entries
        gone: list[str] = []
        for record_id, state, record_type in entries.brief():
            if record_id in listed:
                continue
            if state == "held":
                self.refresh[record_id] = Entry(record_type=record_type, state="deleted")
            elif state == "published":
                gone.append(record_id)
        taken = self.cfg.record_types
        for record_id in gone:
            entry = entries[record_id]
            if entry.record_type in self.types and taken and entry.record_type not in taken:
                reason = (f"withdrawn: {self.plural(entry.record_type)} are no longer "
                          "published here")
            else:
                reason = "deleted from the knowledge base"
            self.items.append(Planned(
                action="delete", record_type=entry.record_type, record_id=record_id,
                title=record_id, reason=reason,
                entry=Entry(record_type=entry.record_type, state="deleted"),
                item=Item(op="delete", record_type=entry.record_type, record_id=record_id,
                          record=None, content_hash="", remote_ref=entry.remote_ref,
                          remote_version=entry.remote_version),
            ))


def _find_conflicts(items: list[Planned], target: Target, cfg: TargetConfig,
                    ledger: Ledger) -> list[Planned]:
    """Ask the target for the versions of items about to be updated or deleted."""
    candidates = [p for p in items if p.item is not None and p.item.op != "create"
                  and p.item.remote_ref]
    if not candidates:
        return items
    versions: dict[str, str] = {}
    size = max(1, int(getattr(target, "batch_size", 20) or 20))
    for start in range(0, len(candidates), size):
        refs = [p.item.remote_ref for p in candidates[start:start + size]
                if p.item is not None and p.item.remote_ref]
        try:
            answer = target.remote_versions(refs)
        except Exception as exc:
            raise KmcoreError(
                f"could not ask target {cfg.name!r} which of its items were edited there: "
                f"{type(exc).__name__}: {exc}",
                hint="Nothing was sent. Check that the target is reachable and try again.",
            ) from exc
        if answer is None:
            return items  # the target cannot tell: no conflicts are detected
        versions.update(answer)
    asked = {p.record_id for p in candidates}
    out: list[Planned] = []
    for planned in items:
        item = planned.item
        if planned.record_id not in asked or item is None or item.remote_ref is None:
            out.append(planned)
            continue
        entry = ledger.entries.get(planned.record_id)
        uncertain = entry is not None and entry.uncertain
        current = versions.get(item.remote_ref)
        if current is None:
            if item.op == "delete":
                out.append(planned)  # already gone from the target: the delete confirms it
                continue
            edited, what = True, "deleted on the target since the last sync"
        else:
            edited = current != item.remote_version and not uncertain
            what = "edited on the target since the last sync"
        if not edited:
            out.append(attrs.evolve(planned, item=attrs.evolve(item, remote_version=current)))
        elif cfg.conflict_policy == "overwrite":
            if current is None:
                new_item = attrs.evolve(item, op="create", remote_ref=None, remote_version=None)
            else:
                new_item = attrs.evolve(item, remote_version=current)
            out.append(attrs.evolve(planned, item=new_item,
                                    reason=f"{planned.reason}; {what}, replaced "
                                    "(conflict_policy = overwrite)"))
        else:
            out.append(attrs.evolve(
                planned, action="conflict", item=None,
                reason=f"{what}: left as it is there (conflict_policy = skip); "
                f"not sent: {planned.reason}",
            ))
    return out

"""kmcore's own files that hold a person's id or name, and the erasures waiting for a sync.

An erasure (:func:`kmcore.governance.people.forget`) scrubs the change feed, the audit log,
import reports and each target's saved reports at once, but leaves each target's working
state (its ledger, a backend's own state file) for the sync that withdraws the person there:
that sync needs their id to find their item or page. The erasure is noted as pending
(``.kmcore/erasures.json``); after each sync, :func:`settle_erasures` (called through
``kmcore_after_sync`` by :mod:`kmcore.governance.hooks`) finishes it for that target.
"""

from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kmcore.governance.names import REMOVED, id_pattern, stored_patterns
from kmcore.store._files import atomic_write
from kmcore.textfile import read_text

if TYPE_CHECKING:
    from kmcore.kb import KnowledgeBase

__all__ = ["pending_erasures", "settle_erasures"]

#: Files under .kmcore that are derived and simply rebuilt (deleted by an erasure).
CACHES = ("fingerprints.json", "verified.json", "leavers.json")
PENDING = Path(".kmcore") / "erasures.json"


def files_naming(root: Path, person_id: str, names: list[re.Pattern[str]],
                 folders: tuple[Path, ...] | None = None) -> list[Path]:
    """kmcore's own files (not records) that hold the id or the name, under *folders* (by
    default the ``.kmcore`` folder and the import reports). Each target's working
    state (its ledger, a backend's own state file such as the SharePoint pages it made) is
    left for :func:`settle_erasures`: the sync that withdraws the person finds their item or
    page there by their id. Only the targets' saved reports are scrubbed at once."""
    found = []
    targets = root / ".kmcore" / "targets"
    for folder in folders or (root / ".kmcore", root / "import-reports"):
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if not path.is_file() or path.suffix not in (".json", ".jsonl", ".log", ".csv"):
                continue
            if folders is None and targets in path.parents and \
                    "reports" not in path.relative_to(targets).parts[1:-1]:
                continue
            if path.name in CACHES:
                found.append(path)
                continue
            with contextlib.suppress(OSError, ValueError):  # not text kmcore reads
                text = read_text(path)  # UTF-16 from PowerShell too
                if id_pattern(person_id).search(text) or any(p.search(text) for p in names):
                    found.append(path)
    return found


def scrub_files(root: Path, person_id: str, pseudonym: str, names: list[re.Pattern[str]],
                folders: tuple[Path, ...] | None = None) -> None:
    for path in files_naming(root, person_id, names, folders):
        if path.name in CACHES:
            path.unlink(missing_ok=True)  # derived: rebuilt on the next scan
            continue
        text = read_text(path)
        if path.name == "journal.jsonl":
            # A target's ledger: the record id becomes the pseudonym, but the target's own
            # reference for the item (a page path that may hold the id) must stay as the
            # target knows it, so the next sync can withdraw it. Compaction after that sync
            # drops the entry, reference and all.
            new = "".join(pseudonymise_line(line, person_id, pseudonym)
                          for line in text.splitlines(keepends=True))
        else:
            new = id_pattern(person_id).sub(pseudonym, text)
        for pattern in names:
            new = pattern.sub(REMOVED, new)
        atomic_write(str(path), new.encode("utf-8"))


PENDING = Path(".kmcore") / "erasures.json"


def pending_read(root: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads((root / PENDING).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return []
    return [d for d in data if isinstance(d, dict)] if isinstance(data, list) else []


def pending_write(root: Path, pending: list[dict[str, Any]]) -> None:
    path = root / PENDING
    if not pending:
        path.unlink(missing_ok=True)
        return
    atomic_write(str(path), json.dumps(pending, ensure_ascii=False, indent=1).encode("utf-8"))


def pending_erasures(kb: KnowledgeBase) -> list[dict[str, Any]]:
    """Erasures whose people are still on some target, waiting for its next sync: each with
    ``pseudonym`` and ``targets`` (the person's id and names are kept only until then)."""
    return [{"pseudonym": d.get("pseudonym"), "targets": d.get("targets", [])}
            for d in pending_read(Path(kb.root))]


def settle_erasures(kb: KnowledgeBase, target: str) -> None:
    """After a sync to *target*: once its ledger no longer holds an erased person (the sync
    withdrew them), remove their id and name from that target's ledger and reports; when every
    target is done, forget the pending erasure itself. Called after every sync, through
    ``kmcore_after_sync``."""
    root = Path(kb.root)
    pending = pending_read(root)
    if not pending:
        return
    from kmcore.sync.ledger import Ledger, target_folder

    folder = target_folder(root, target)
    still = []
    for entry in pending:
        person_id = entry.get("id", "")
        targets = [t for t in entry.get("targets", []) if isinstance(t, str)]
        if target in targets:
            ledger = Ledger.open(folder)
            try:
                found = ledger.entries.get(person_id)
                on_target = found is not None and found.state != "deleted"
                if not on_target:
                    if found is not None:  # the tombstone stays, under the pseudonym
                        del ledger.entries[person_id]
                        ledger.entries[str(entry.get("pseudonym"))] = found
                    ledger.rewrite()  # no journal line may still name them
            finally:
                ledger.close()
            if not on_target:
                names = stored_patterns([n for n in entry.get("names", [])
                                          if isinstance(n, str) and n.strip()])
                scrub_files(root, person_id, str(entry.get("pseudonym")), names,
                             folders=(folder,))
                targets.remove(target)
        if targets:
            still.append({**entry, "targets": targets})
    pending_write(root, still)


def pseudonymise_line(line: str, person_id: str, pseudonym: str) -> str:
    if person_id not in line:
        return line
    try:
        data = json.loads(line)
    except json.JSONDecodeError:
        return id_pattern(person_id).sub(pseudonym, line)

    def walk(value: Any, key: str = "") -> Any:
        if key == "r":
            return value  # the target's reference: left for the sync that withdraws it
        if isinstance(value, str):
            return pseudonym if value == person_id else value
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: walk(v, k) for k, v in value.items()}
        return value

    return json.dumps(walk(data), ensure_ascii=False, separators=(",", ":")) + "\n"

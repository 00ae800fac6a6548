"""Run reports: what a sync did (or would do) to one target, for people and for machines.

Every run that is not a dry run saves its report as JSON in
``<kb>/.kmcore/targets/<name>/reports/<UTC timestamp>.json``; :meth:`RunReport.render_text`
gives the same report as sentences a librarian can read.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import attrs

from kmcore.store._files import atomic_write

__all__ = ["ItemOutcome", "PullOutcome", "PullStatus", "RunReport", "save_report"]

Status = Literal["ok", "failed", "conflict", "planned", "held"]
PullStatus = Literal["created", "updated", "copied", "unchanged", "failed", "planned"]
_KEEP_REPORTS = 200
_FORMAT = 1


@attrs.define(kw_only=True)
class ItemOutcome:
    """One record's line in a report.

    :ivar action: create, update, delete, conflict, blocked, ineligible or unreadable.
    :ivar status: ``ok`` (the target confirmed it), ``failed``, ``conflict`` (the target said
        its copy changed meanwhile), ``planned`` (dry run) or ``held`` (nothing to send).
    :ivar retryable: the failure was transient; the next sync tries again by itself.
    """

    action: str
    record_type: str
    record_id: str
    title: str
    reason: str
    status: Status
    error: str | None = None
    retryable: bool = False
    blocks: list[dict[str, Any]] = attrs.field(factory=list)
    notes: list[str] = attrs.field(factory=list)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "action": self.action, "record_type": self.record_type,
            "record_id": self.record_id, "title": self.title, "reason": self.reason,
            "status": self.status,
        }
        if self.error is not None:
            data["error"] = self.error
        if self.retryable:
            data["retryable"] = True
        if self.blocks:
            data["blocks"] = self.blocks
        if self.notes:
            data["notes"] = self.notes
        return data


@attrs.define(kw_only=True)
class PullOutcome:
    """One item brought back from the target (or that would be, in a dry run)."""

    remote_ref: str
    record_id: str | None
    record_type: str | None
    status: PullStatus
    reason: str
    #: what the draft lacks (it came in flagged incomplete), every problem; empty if none
    to_complete: list[str] = attrs.field(factory=list)

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


@attrs.define(kw_only=True)
class RunReport:
    """What one sync did to one target.

    :ivar counts: how many records per action (``create``, ``update``, ``delete``,
        ``unchanged``, ``blocked``, ``ineligible``, ``conflict``, ``unreadable``).
    :ivar items: every record that needed attention (unchanged ones are only counted).
    :ivar failed: how many items the target did not apply (see :attr:`items`).
    :ivar error: why the run as a whole could not go ahead (then nothing, or only part,
        was done), with :attr:`hint`.
    :ivar path: where the JSON report was saved (None for a dry run).
    :ivar estimate: in a dry run, the target's own account of what the run would cost it
        ("about 263 Graph requests..."), when the target offers one.
    """

    target: str
    backend: str
    dry_run: bool
    started_at: dt.datetime
    finished_at: dt.datetime | None = None
    counts: dict[str, int] = attrs.field(factory=dict)
    items: list[ItemOutcome] = attrs.field(factory=list)
    pulled: list[PullOutcome] = attrs.field(factory=list)
    warnings: list[str] = attrs.field(factory=list)
    error: str | None = None
    hint: str | None = None
    path: Path | None = None
    labels: Mapping[str, tuple[str, str]] = attrs.field(factory=dict, repr=False)
    estimate: str | None = None

    @property
    def failed(self) -> int:
        return sum(1 for i in self.items if i.status == "failed") + sum(
            1 for p in self.pulled if p.status == "failed"
        )

    @property
    def applied(self) -> int:
        return sum(1 for i in self.items if i.status == "ok")

    @property
    def ok(self) -> bool:
        """No error and no failed item."""
        return self.error is None and self.failed == 0

    def to_dict(self) -> dict[str, Any]:
        """Plain data for ``--json`` and the saved report; the keys are stable for scripts."""
        return {
            "format": _FORMAT,
            "target": self.target,
            "backend": self.backend,
            "dry_run": self.dry_run,
            "started_at": _iso(self.started_at),
            "finished_at": _iso(self.finished_at) if self.finished_at else None,
            "ok": self.ok,
            "summary": self.summary(),
            "counts": dict(self.counts),
            "applied": self.applied,
            "failed": self.failed,
            "items": [i.to_dict() for i in self.items],
            "pulled": [p.to_dict() for p in self.pulled],
            "warnings": list(self.warnings),
            "error": self.error,
            "hint": self.hint,
            "report_path": str(self.path) if self.path else None,
            "estimate": self.estimate,
        }

    # --- words -----------------------------------------------------------------------------

    def _noun(self, record_type: str, count: int) -> str:
        label, plural = self.labels.get(record_type, (record_type.replace("_", " "),) * 2)
        if plural == label:
            plural = label + "s"
        return f"{count} {label if count == 1 else plural}"

    def _group(self, action: str, *, new: bool = False) -> str:
        chosen = [i for i in self.items if i.action == action]
        if not self.dry_run:
            chosen = [i for i in chosen if i.status == "ok"]
        if not chosen:
            return ""
        by_type = Counter(i.record_type for i in chosen)
        parts = []
        for record_type, count in sorted(by_type.items()):
            noun = self._noun(record_type, count)
            if new:
                number, _, rest = noun.partition(" ")
                noun = f"{number} new {rest}"
            parts.append(noun)
        text = _join(parts)
        if len(chosen) == 1 and not new:
            # The first clause only: the item's own line has the rest (what to do about it).
            reason = chosen[0].reason.removeprefix("withdrawn: ").split(": ", 1)[0]
            text += f" ({reason})"
        return text

    def summary(self) -> str:
        """One sentence: what was (or would be) done."""
        if self.error and not self.items:
            return f"{self.target}: could not sync: {self.error}"
        verbs = (("create", "publish", "published"), ("update", "update", "updated"),
                 ("delete", "withdraw", "withdrew"))
        parts = []
        for action, future, past in verbs:
            group = self._group(action, new=action == "create")
            if group:
                parts.append(f"{future if self.dry_run else past} {group}")
        unchanged = self.counts.get("unchanged", 0)
        parts.append(f"{'leave' if self.dry_run else 'left'} {unchanged} unchanged")
        text = ", ".join(parts)
        text = (("Would " if self.dry_run else "") + text)
        text = text[0].upper() + text[1:]
        extra = []
        for action, words in (("conflict", "edited on the target (not overwritten)"),
                              ("blocked", "blocked"), ("unreadable", "unreadable")):
            count = self.counts.get(action, 0)
            if count:
                extra.append(f"{count} {words}")
        if self.failed:
            extra.append(f"{self.failed} failed")
        if extra:
            text += "; " + ", ".join(extra)
        return f"{self.target}: {text}."

    def render_text(self, *, details: bool = True, limit: int | None = 50,
                    problem: bool = True) -> str:
        """The report as lines of text for a person: the summary, then one line per record
        that needed attention (at most *limit*; the saved report has them all).

        :param problem: include the run's error and hint; False when the caller says them
            itself, last (:meth:`problem_line`), so they are said once."""
        if not details:
            return self.summary()
        summary = self.summary()
        if not problem and self.error and not self.items:
            summary = f"{self.target}: nothing could be planned (see below)."
        return "\n".join([summary, *self._item_lines(limit),
                          *self._closing_lines(problem=problem)])

    def problem_line(self) -> str | None:
        """The run's error and its fix on one line (None if the run had no error): the line
        to end with, since many read only the last line and the exit code."""
        if not self.error:
            return None
        return (f"Error: {self.error} (target {self.target})"
                + (f" Fix: {self.hint}" if self.hint else ""))

    def _blocked_groups(self) -> dict[tuple[str, str], list[ItemOutcome]]:
        """Records blocked for the same reason (everyone without a directory profile) would
        bury the lines that need action: more than three of them become one line."""
        same_reason: dict[tuple[str, str], list[ItemOutcome]] = {}
        for item in self.items:
            if item.action == "blocked":
                same_reason.setdefault((item.record_type, item.reason), []).append(item)
        return {key: group for key, group in same_reason.items() if len(group) > 3}

    def _item_lines(self, limit: int | None) -> list[str]:
        grouped = self._blocked_groups()
        lines = []
        for (record_type, reason), group in grouped.items():
            gate = group[0].blocks[0].get("gate") if group[0].blocks else None
            ids = ", ".join(i.record_id for i in group[:3])
            lines.append(f"  x {len(group)} {record_type} records: {reason}"
                         f"{f' [{gate}]' if gate else ''} ({ids}, …)")
        shown = 0
        for item in self.items:
            if item.action not in _MARKS or (
                item.action == "blocked" and (item.record_type, item.reason) in grouped
            ):
                continue
            shown += 1
            if limit is None or shown <= limit:
                lines.append(_item_line(item))
        if limit is not None and shown > limit:
            where = "the saved report" if self.path else "--json"
            lines.append(f"  ... and {shown - limit} more (all of them are in {where})")
        return lines

    def _closing_lines(self, *, problem: bool = True) -> list[str]:
        lines = []
        ineligible = self.counts.get("ineligible", 0)
        if ineligible:
            lines.append(f"  ({ineligible} not ready to publish: draft, in review or archived)")
        lines += [f"  < pulled {pulled.remote_ref}: {pulled.reason}" for pulled in self.pulled]
        if self.estimate:
            lines.append(f"  Cost: {self.estimate}")
        lines += [f"  Warning: {warning}" for warning in self.warnings]
        if self.error and problem:
            lines.append(f"  Error: {self.error}")
            if self.hint:
                lines.append(f"  Hint: {self.hint}")
        if self.path:
            lines.append(f"  Report: {self.path}")
        return lines


#: The mark before each kind of line in :meth:`RunReport.render_text`.
_MARKS = {"create": "+", "update": "~", "delete": "-", "conflict": "!", "blocked": "x",
          "unreadable": "?"}


def _item_line(item: ItemOutcome) -> str:
    state = ""
    if item.status == "failed":
        again = " (will be tried again next time)" if item.retryable else ""
        state = f"  FAILED: {item.error}{again}"
    elif item.status == "conflict":
        state = "  NOT SENT: changed on the target meanwhile"
    title = f' "{item.title}"' if item.title and item.title != item.record_id else ""
    where = ""
    if item.action == "blocked" and item.blocks:
        where = f" [{item.blocks[0].get('gate')}]"
    return (f"  {_MARKS[item.action]} {item.record_type} {item.record_id}{title}: "
            f"{item.reason}{where}{state}")


def _join(parts: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    parts = [p for p in parts if p]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def save_report(report: RunReport, folder: Path) -> Path:
    """Write *report* as JSON into *folder* (``reports/``), keeping the newest 200."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = report.started_at.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    path = folder / f"{stamp}.json"
    report.path = path
    # One item per line: readable, and compact enough for the C encoder (indent= is slow).
    body = report.to_dict()
    items = body.pop("items")
    # One encoder for every line: json.dumps(..., ensure_ascii=False) builds a new one per
    # call, which for the thousands of held-back items of a large knowledge base cost more
    # than the encoding.
    encode = json.JSONEncoder(ensure_ascii=False).encode
    head = encode(body)[:-1]
    lines = "".join(f"\n  {encode(i)}," for i in items).rstrip(",")
    data = f'{head}, "items": [{lines}\n]}}\n'.encode()
    atomic_write(str(path), data)
    old = sorted(n for n in os.listdir(folder) if n.endswith(".json"))[:-_KEEP_REPORTS]
    for name in old:
        with contextlib.suppress(OSError):
            os.unlink(folder / name)
    return path

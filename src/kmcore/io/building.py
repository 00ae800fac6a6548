"""The record one row makes: merged with the stored record it updates, validated, flagged
incomplete when only what a log rarely holds is missing, and checked for patient identifiers."""

from __future__ import annotations

import contextlib
import enum
import re
from collections.abc import Mapping
from typing import Any

import attrs

from kmcore import codec
from kmcore.errors import KmcoreError, ValidationError
from kmcore.io.import_result import Action, RowProblem
from kmcore.io.import_state import ImportState
from kmcore.io.parts import default_target
from kmcore.io.people import SHARES_A_NAME
from kmcore.io.tables import Row
from kmcore.pii_text import masked_text
from kmcore.records.base import Record

__all__ = ["LEFT_OUT", "RecordBuilder", "same_content"]

#: the new person a review note names ("came in as a new person (person-...)")
_NEW_PERSON = re.compile(r"new person \(([^)\s]+)\)")

#: what a warning about an optional value the row gave, but which is not valid, ends with
LEFT_OUT = ("left out of the record, the row kept (correct it in the file and import "
            "again, or add it to the record)")


class RecordBuilder(ImportState):
    """The record-making stage of :class:`kmcore.io.importer.Importer`."""

    def _build(self, row: Row, record_id: str, data: dict[str, Any], header_of: dict[str, str],
               problems: list[RowProblem], *, partial: bool = False,
               ) -> tuple[list[RowProblem], dict[str, Any] | None, Action | None]:
        """The row's record (created, updated or unchanged) or its problems. *partial*: some
        cells were refused, so only say what else is wrong (the row is left out anyway)."""
        existing: Record | None = None
        if self._known_ids is None or record_id in self._known_ids:
            with contextlib.suppress(KmcoreError):
                existing = self.kb.get(record_id, self.record_type)
        clash = self._another_files_record(existing, data) if existing is not None else None
        if clash:
            problems.append(RowProblem(row.number, header_of.get("title"), "id", clash))
            return problems, None, None
        base = codec.to_dict(existing) if existing is not None else {}
        merged = {**base, **data, "type": self.record_type, "id": record_id}
        if base:  # (a new record has no stored parts to merge: nearly every row; D1441)
            _merge_parts(merged, base, data)
        # Worked out again below from what the row holds; a choice it names (an exported
        # record flagged for its stage) may stay empty, flagged as it was.
        carried = merged.pop("to_complete", None)
        self._carried = {str(item).split(":")[0]: str(item) for item in carried or ()
                         if isinstance(item, str)} if isinstance(carried, list | tuple) else {}
        if existing is None:
            if self.status:
                merged.setdefault("status", self.status)
            sheet = f" sheet {self._table.sheet}" if self._table and self._table.sheet else ""
            merged["provenance"] = {"source": "import", "method": "kmcore import",
                                    "source_ref": f"{self.path.name}{sheet} row "
                                                  f"{row.number}"[-480:]}
        try:
            record: Record | None = codec.from_dict(merged, self._classes(),
                                                    subject=f"row {row.number}")
        except ValidationError as exc:
            record = None
            if not (self.strict or partial):
                record, exc = self._without_bad_optional(merged, data, exc, row, header_of,
                                                         problems)
                if record is None:
                    record = self._incomplete(merged, exc, row)
            if record is None:
                self._problems_of(exc, row, header_of, problems)
                return problems, None, None
        assert record is not None
        if partial:
            return problems, None, None
        record = self._with_review_notes(record)
        problems.extend(self._pii(row, record, header_of))
        plain = codec.to_dict(record)
        # Kept with its dict for an import that saves as it checks: the batch takes this
        # record rather than building it again from the spool line (D1170).
        self._built = (plain, record)
        if existing is None:
            return problems, plain, "create"
        if same_content(plain, base):
            return problems, plain, "unchanged"
        return problems, plain, "update"

    def _with_review_notes(self, record: Record) -> Record:
        """*record* flagged (``to_complete``) with what a librarian should check in a row
        that is otherwise good: a person who came in beside another of the same name. A
        note the stored record had stays while the row still names that person (D1486)."""
        if "to_complete" not in self.by_name:
            return record
        have = list(getattr(record, "to_complete", ()) or ())
        named = str(codec.to_dict(record))
        notes = list(self._review_notes)
        for note in self._carried.values():
            found = _NEW_PERSON.search(note) if SHARES_A_NAME in note else None
            if found is not None and found[1] in named:
                notes.append(note)
        notes = [n for n in dict.fromkeys(notes) if n not in have]
        if not notes:
            return record
        return attrs.evolve(record, to_complete=(*have, *notes))  # type: ignore[call-arg]

    def _classes(self) -> Mapping[str, type[Record]]:
        """The knowledge base's record classes, looked up once per import (D1043)."""
        classes = self._record_classes
        if classes is None:
            classes = self._record_classes = self.kb.classes
        return classes

    def _another_files_record(self, existing: Record, data: dict[str, Any]) -> str | None:
        """Why the row must not update *existing*, or None. Ids come from a row's key, so
        two files numbering their rows alike ("ID 3" in a Forms export and in a SharePoint
        list) derive one id: a record another file brought in, under another title, is not
        this row's to overwrite. (A later copy of the same log, renamed, still updates the
        records whose titles it keeps; the same file always does.)"""
        provenance = getattr(existing, "provenance", None)
        source = str(getattr(provenance, "source_ref", "") or "")
        came_from = source.split(" row ")[0].split(" sheet ")[0] if source else ""
        if (not came_from or came_from == self.path.name
                or str(getattr(provenance, "source", "")) != "import"):
            return None
        theirs, ours = getattr(existing, "title", None), data.get("title")
        if not (isinstance(theirs, str) and isinstance(ours, str)) or (
                " ".join(theirs.casefold().split()) == " ".join(ours.casefold().split())):
            return None
        return (f"its key gives the id {existing.id}, which {came_from!r} already gave "
                f"{theirs[:60]!r} (another file numbering its rows the same way): left out "
                "so that record is not overwritten; map another column to 'key', or leave "
                "the key out (--map 'COLUMN=') so ids come from titles, and import again")

    def _without_bad_optional(self, merged: dict[str, Any], data: dict[str, Any],
                              exc: ValidationError, row: Row, header_of: dict[str, str],
                              problems: list[RowProblem],
                              ) -> tuple[Record | None, ValidationError]:
        """The record, or *exc* less the problems with a value the row gave an optional
        field (a mistyped ORCID, a malformed web address or code...): a person would call
        the row good, so it comes in without that value, and a warning names the row, the
        column, the value and what is wrong (nothing submitted is dropped without a trace).
        The value is taken out of *merged*. Required fields, and rules about a field left
        blank (a leaver's missing date), stay problems; ``--strict`` keeps them all."""
        kept: list[Any] = []
        dropped: list[Any] = []
        for problem in exc.problems:
            path = problem.path.removeprefix("$.")
            head = path.split(".")[0].split("[")[0]
            column = self.by_name.get(head)
            given = data.get(head)
            if (path == head and column is not None and not column.required
                    and head not in ("title", "display_name")
                    and given not in (None, "", [], ()) and merged.get(head) == given):
                dropped.append(problem)
                merged.pop(head, None)
                problems.append(RowProblem(
                    row.number, header_of.get(head), head,
                    f"{problem.reason}: {LEFT_OUT}", masked_text(str(given))[:80],
                    severity="warning"))
            else:
                kept.append(problem)
        if not dropped:
            return None, exc
        if not kept:
            # Rules across fields run only once every field is valid: check again.
            try:
                return codec.from_dict(merged, self.kb.classes,
                                       subject=f"row {row.number}"), exc
            except ValidationError as again:
                return None, again
        return None, ValidationError(exc.subject, kept)

    def _incomplete(self, merged: dict[str, Any], exc: ValidationError,
                    row: Row, *, retry: bool = True) -> Record | None:
        """The record flagged incomplete when all that refused it is what a log rarely
        holds: a rule across fields (a stage that wants an outcome or an adopting
        organisation) or a required text or person the row leaves empty (no problem
        statement, no lead). None when anything else is wrong, or the title is missing."""
        if "to_complete" not in self.by_name:
            return None
        missing: list[str] = []
        filled = dict(merged)
        for problem in exc.problems:
            path = problem.path.removeprefix("$.")
            head = path.split(".")[0].split("[")[0]
            column = self.by_name.get(head)
            blank = merged.get(head) in (None, "", [], ())
            if blank and head in self._unknown_words and path == head:
                filled[head] = ""
                missing.append(f"{head}: {self._unknown_words[head]!r} in the file is not a "
                               "word kmcore knows: choose one")
            elif blank and head in self._carried and path == head:
                # a flag the stored record had: kept; an empty choice or text stays empty,
                # but a list ("outcomes") is left as it is, never made a string (D1304)
                if column is None or column.kind in ("text", "ref", "enum", "id"):
                    filled[head] = ""
                missing.append(self._carried[head])
            elif (blank and path == head and column is not None and column.kind == "enum"
                  and _first_step(column.enum_cls) is not None and _someone_s(merged)
                  and any(cm.field.split(".")[0] == head
                          for cm in (self.result.mapping.used if self.result else []))):
                # A lifecycle's cell left empty ("Where is it up to?" unanswered) in an entry
                # someone put their name to: nothing says it has moved on, so it comes in at
                # the first step, flagged for a librarian to check -- not refused. A row with
                # nobody's name (a note, a total, a placeholder) is still refused (D1372)
                first = _first_step(column.enum_cls)
                filled[head] = first
                missing.append(f"{head}: empty in the file, taken as {first!r} (nothing says "
                               "it has moved on): check it")
            elif blank and column is not None and column.kind in ("text", "ref") and (
                    head not in ("title", "display_name")) and path == head:
                filled[head] = ""
                used = self.result.mapping.used if self.result else []
                told = ("empty in the file" if any(cm.field.split(".")[0] == head
                                                   for cm in used)
                        else "no column of the file has it")
                missing.append(f"{head}: required, {told}")
            else:
                missing.append(f"{path}: {problem.reason}")
        try:
            return codec.from_dict({**filled, "to_complete": missing}, self.kb.classes,
                                   subject=f"row {row.number}")
        except ValidationError as again:
            # Rules across fields run only once every field is valid: those that fail now
            # were hidden behind the empty fields, and may be flagged as well.
            if retry and {p.path for p in again.problems} - {p.path for p in exc.problems}:
                return self._incomplete(merged, ValidationError(
                    again.subject, [*exc.problems, *again.problems]), row, retry=False)
            return None  # something a flag cannot cover (no title, a broken value...)

    def _problems_of(self, exc: ValidationError, row: Row, header_of: dict[str, str],
                     problems: list[RowProblem]) -> None:
        failed = {p.field.split(".")[0] for p in problems}
        for problem in exc.problems:
            field = problem.path.removeprefix("$.").split("[")[0].split(".")[0]
            if field in failed:
                continue  # its cell was refused already; saying more would confuse
            header = header_of.get(field)
            reason = problem.reason
            if "required" in reason and field in self.by_name:
                mapped = [cm.header for cm in self.result.mapping.used
                          if cm.field.split(".")[0] == field] if self.result else []
                if mapped:
                    header = mapped[0]
                    reason = "is required but empty in this row"
                else:
                    reason += (" (no column is mapped to it: map one with --map, or give "
                               "every row one with --default "
                               f"{default_target(field, self.by_name.get(field))}=VALUE)")
            problems.append(RowProblem(row.number, header, problem.path.removeprefix("$."),
                                       reason, problem.value or ""))

    @staticmethod
    def _pii(row: Row, record: Record, header_of: dict[str, str]) -> list[RowProblem]:
        from kmcore.guard.pii import open_findings

        out = []
        for finding in open_findings(record):
            field = finding.path.removeprefix("$.").split("[")[0].split(".")[0]
            out.append(RowProblem(
                row.number, header_of.get(field), finding.path.removeprefix("$."),
                f"may hold a patient identifier ({finding.kind.replace('_', ' ')}, "
                f"{finding.confidence} confidence) at character {finding.position + 1}: "
                "check it; sync will hold the record back until it is removed or cleared "
                "with `kmcore review`", severity="warning"))
        return out



def _merge_parts(merged: dict[str, Any], base: dict[str, Any], data: dict[str, Any]) -> None:
    """The parts the row fills merged into the stored record's (*base*) in *merged*: the
    parts' other values keep what was edited."""
    for head, part in data.items():
        if isinstance(part, dict) and isinstance(base.get(head), dict) and head != "profile":
            merged[head] = {**base[head], **part}
    if isinstance(data.get("profile"), dict) and isinstance(base.get("profile"), dict):
        merged["profile"] = {**base["profile"], **data["profile"]}


def _someone_s(merged: dict[str, Any]) -> bool:
    """Whether a row names the person behind its entry (a lead, or a team member)."""
    return bool(merged.get("lead")) or bool(merged.get("team"))


def _first_step(enum_cls: type[enum.Enum] | None) -> str | None:
    """The first value of a vocabulary that is a lifecycle in order (an innovation's
    stages: ``idea``), or None for a vocabulary without an order."""
    members = list(enum_cls) if enum_cls is not None else []
    ordered = [(order, m) for m in members
               if isinstance(order := getattr(m, "order", None), int)]
    return str(min(ordered, key=lambda pair: pair[0])[1].value) if ordered else None


def same_content(new: dict[str, Any], old: dict[str, Any]) -> bool:
    skip = {"revision", "created_at", "updated_at", "provenance"}
    return ({k: v for k, v in new.items() if k not in skip}
            == {k: v for k, v in old.items() if k not in skip})


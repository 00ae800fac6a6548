"""``kmcore review``: see and clear the PII guard's flags.

A flagged record is blocked from every target until a person looks at each flag and either
fixes the text (``kmcore edit``) or clears the flag as not a patient identifier. Clearances
are saved in the record (``pii_cleared``), so they travel with it. See ``docs/privacy.md``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import TYPE_CHECKING, Any

import attrs
import click

from kmcore.cli._common import open_kb, report_unreadable, table

if TYPE_CHECKING:
    from kmcore.guard.pii import Finding
    from kmcore.records.base import Record

_DIGIT_RUN = re.compile(r"\d(?:[\d \u00a0/.-]*\d)?")


def _flag_data(finding: Finding, number: int | None = None,
               excerpt: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {} if number is None else {"number": number}
    data.update(finding.to_dict())
    data["character"] = finding.position + 1
    data["description"] = finding.describe()
    if excerpt is not None:
        data["excerpt"] = excerpt
    return data


def _excerpt(record: Record, finding: Finding) -> str:
    from kmcore.guard.pii import masked_excerpt, text_at

    text = text_at(record, finding.path)
    return masked_excerpt(text, finding) if text is not None else ""


def _note_problem(note: str) -> str | None:
    """Refuse a note that repeats what was flagged: a note is stored and may be read later."""
    from kmcore.guard.pii import scan_text

    if scan_text(note, "$.note"):
        return "looks like it holds a patient identifier itself"
    if any(len(re.sub(r"\D", "", m.group(0))) >= 6 for m in _DIGIT_RUN.finditer(note)):
        return "holds a long number; say what kind of number it is instead, not the number"
    return None


@click.command("review")
@click.argument("record_id", required=False)
@click.option("--clear", "clear_numbers", multiple=True, metavar="N",
              help="Clear flag N (as numbered by `kmcore review ID`) or a flag's fingerprint "
                   "(repeatable).")
@click.option("--clear-all", is_flag=True, help="Clear every open flag of RECORD_ID.")
@click.option("--by", "cleared_by", metavar="NAME",
              help="Who is clearing: your name or your person id (needed to clear).")
@click.option("--note", default="", metavar="TEXT",
              help="Why it is not a patient identifier, e.g. 'a supplier order number'. "
                   "Never the value itself.")
@click.option("--revision", type=int, metavar="R",
              help="Clear only if the record is still at this revision (as shown).")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.pass_context
def review_cmd(ctx: click.Context, record_id: str | None, clear_numbers: tuple[str, ...],
               clear_all: bool, cleared_by: str | None, note: str, revision: int | None,
               as_json: bool) -> None:
    """List records with open PII flags, show one record's flags, or clear them.

    \b
    kmcore review                 every open flag; exits 1 if there are any
    kmcore review ID              the record's flags, numbered, with masked excerpts
    kmcore review ID --clear 2 --by "Robin Test" --note "a supplier order number"
    kmcore review ID --clear-all --by "Robin Test" --note "order numbers"
    kmcore review due             records past their review date, expertise profiles
                                  unconfirmed for 12 months, leavers' profiles to remove
    kmcore review incomplete      imported records a stage rule finds incomplete, with
                                  what each is missing (one list to work through)

    A flag is a likely patient identifier (NHS or CHI number, date of birth, home
    postcode) in free text. Values are never printed: only where they are and a masked
    excerpt. If it IS a patient identifier, remove it with `kmcore edit ID` instead.
    """
    clearing = bool(clear_numbers) or clear_all
    if record_id == "due" and not clearing:
        _due(ctx, as_json)
        return
    if record_id == "incomplete" and not clearing:
        _incomplete(ctx, as_json)
        return
    if record_id is None:
        if clearing or cleared_by or note or revision is not None:
            raise click.UsageError("give the RECORD_ID whose flags you are clearing")
        _list(ctx, as_json)
        return
    if not clearing:
        if cleared_by or note or revision is not None:
            raise click.UsageError("--by, --note and --revision go with --clear or --clear-all")
        _show(ctx, record_id, as_json)
        return
    if clear_numbers and clear_all:
        raise click.UsageError("choose one of --clear and --clear-all")
    if not cleared_by or not cleared_by.strip():
        raise click.UsageError("say who is clearing the flag with --by NAME")
    problem = _note_problem(note)
    if problem:
        raise click.BadParameter(f"the note {problem}", param_hint="--note")
    _clear(ctx, record_id, clear_numbers, cleared_by.strip(), note.strip(), revision, as_json)


def _list(ctx: click.Context, as_json: bool) -> None:
    from kmcore.guard.pii import masked_label, open_findings

    kb = open_kb(ctx)
    flagged: list[tuple[Record, list[Finding]]] = []
    for record in kb.records():
        found = open_findings(record)
        if found:
            flagged.append((record, found))
    flagged.sort(key=lambda pair: (pair[0].record_type, pair[0].id))
    count = sum(len(found) for _, found in flagged)
    if as_json:
        click.echo(json.dumps([
            {"record_type": r.record_type, "id": r.id, "title": masked_label(r),
             "revision": r.revision, "flags": [_flag_data(f, i) for i, f in
                                               enumerate(found, start=1)]}
            for r, found in flagged
        ], indent=2, ensure_ascii=False))
    elif flagged:
        rows = [
            [r.record_type, r.id, masked_label(r), str(i), f.label, f.path, str(f.position + 1),
             f.confidence]
            for r, found in flagged for i, f in enumerate(found, start=1)
        ]
        click.echo(table(["type", "id", "title", "#", "kind", "field", "character",
                          "confidence"], rows))
        click.echo(f"{count} open flag{'s' if count != 1 else ''} in {len(flagged)} "
                   f"record{'s' if len(flagged) != 1 else ''}; these records are not "
                   "published anywhere until each flag is fixed or cleared.")
        click.echo("Next: kmcore review ID  (to see one record's flags)")
    else:
        click.echo("No open PII flags.")
    report_unreadable(kb)
    if count:
        ctx.exit(1)


def _show(ctx: click.Context, record_id: str, as_json: bool) -> None:
    from kmcore.guard.pii import masked_label, open_findings, scan_record

    kb = open_kb(ctx)
    record = kb.get(record_id)
    found = open_findings(record)
    current = {f.fingerprint: f for f in scan_record(record)}
    if as_json:
        click.echo(json.dumps({
            "record_type": record.record_type, "id": record.id,
            "title": masked_label(record), "revision": record.revision,
            "open": [_flag_data(f, i, _excerpt(record, f)) for i, f in
                     enumerate(found, start=1)],
            "cleared": [
                {"fingerprint": c.fingerprint, "cleared_by": c.cleared_by,
                 "cleared_on": c.cleared_on.isoformat(), "note": c.note,
                 "description": current[c.fingerprint].describe()
                 if c.fingerprint in current else None}
                for c in record.pii_cleared
            ],
        }, indent=2, ensure_ascii=False))
        return
    spec = kb.types[record.record_type]
    click.secho(f"{spec.label} {record.id}: {masked_label(record)}", bold=True)
    click.echo(f"revision {record.revision}")
    if not found:
        click.echo("No open PII flags.")
    else:
        click.echo(f"{len(found)} open flag{'s' if len(found) != 1 else ''}:")
        for i, finding in enumerate(found, start=1):
            cue = f", near {finding.cue!r}" if finding.cue else ""
            click.echo(f"  {i}. {finding.describe()} ({finding.confidence} confidence{cue})")
            click.echo(f"     {_excerpt(record, finding)}")
            click.echo(f"     fingerprint {finding.fingerprint}")
    if record.pii_cleared:
        click.echo("Cleared:")
        for clearance in record.pii_cleared:
            match = current.get(clearance.fingerprint)
            what = match.describe() if match else "no longer in the text"
            why = f": {clearance.note}" if clearance.note else ""
            click.echo(f"  - {what}; cleared by {clearance.cleared_by} on "
                       f"{clearance.cleared_on.isoformat()}{why}")
    if found:
        click.echo()
        click.echo("If a flag is a patient identifier, remove it: kmcore edit "
                   f"{record.id}")
        click.echo(f"If it is not, clear it: kmcore review {record.id} --clear N "
                   f"--revision {record.revision} --by \"Your name\" --note \"what it is\"")


def _clear(ctx: click.Context, record_id: str, wanted: tuple[str, ...], by: str, note: str,
           revision: int | None, as_json: bool) -> None:
    from kmcore.guard.pii import clear, open_findings

    kb = open_kb(ctx)
    record = kb.get(record_id)
    if revision is not None and revision != record.revision:
        raise click.ClickException(
            f"{record.record_type} {record.id} is at revision {record.revision} now, not "
            f"{revision}: it changed since you looked. Run `kmcore review {record.id}` again."
        )
    found = open_findings(record)
    if not found:
        raise click.ClickException(f"{record.record_type} {record.id} has no open PII flags")
    chosen: list[Finding] = []
    if not wanted:
        chosen = list(found)
    for item in wanted:
        match: Finding | None = None
        if item.isdigit() and 1 <= int(item) <= len(found):
            match = found[int(item) - 1]
        elif not item.isdigit():
            match = next((f for f in found if f.fingerprint == item), None)
        if match is None:
            raise click.BadParameter(
                f"{item!r} is not an open flag of {record.id}: give a number from 1 to "
                f"{len(found)} or a fingerprint (see `kmcore review {record.id}`)",
                param_hint="--clear",
            )
        if match not in chosen:
            chosen.append(match)
    today = dt.datetime.now(dt.UTC).date()
    updated = clear(record, chosen, by=by, on=today, note=note)
    # Revision-checked: if somebody saved the record since we read it, this is refused.
    stored = kb.update(attrs.evolve(updated, revision=record.revision))
    remaining = open_findings(stored)
    if as_json:
        click.echo(json.dumps({
            "record_type": stored.record_type, "id": stored.id, "revision": stored.revision,
            "cleared": [_flag_data(f) for f in chosen],
            "open": [_flag_data(f, i) for i, f in enumerate(remaining, start=1)],
        }, indent=2, ensure_ascii=False))
        return
    noun = "flag" if len(chosen) == 1 else "flags"
    click.echo(f"Cleared {len(chosen)} {noun} on {stored.record_type} {stored.id} "
               f"(revision {stored.revision}):")
    for finding in chosen:
        click.echo(f"  - {finding.describe()}")
    if remaining:
        click.echo(f"{len(remaining)} open flag{'s' if len(remaining) != 1 else ''} left: "
                   f"kmcore review {stored.id}")
    else:
        click.echo("No open flags left: the PII guard no longer blocks it.")


def _due(ctx: click.Context, as_json: bool) -> None:
    from kmcore.governance.due import due

    kb = open_kb(ctx)
    found = due(kb)
    if as_json:
        click.echo(json.dumps([d.to_dict() for d in found], indent=2, ensure_ascii=False))
        return
    for item in found:
        click.echo(f"  {item.record_type} {item.record_id} \"{item.title}\": {item.reason}")
    click.echo(f"{len(found)} record(s) due for review." if found
               else "Nothing is due for review.")


def incomplete_records(kb: Any) -> list[tuple[Record, list[str]]]:
    """Records flagged incomplete (``to_complete``) whose rules still fail, with what is
    missing; an entry somebody has since completed is not listed."""
    found: list[tuple[Record, list[str]]] = []
    for record in kb.records():
        flagged = getattr(record, "to_complete", ())
        if not flagged:
            continue
        # The record's rules across fields as they stand now (waived or not), and the
        # required fields still blank.
        still = {path.lstrip(".") for path, _, _ in record._cross_checks()}
        still |= {name for name in (item.split(":", 1)[0].strip() for item in flagged)
                  if getattr(record, name, "x") in ("", None, ())}
        missing = [item for item in flagged if item.split(":", 1)[0].strip() in still]
        if missing:
            found.append((record, missing))
    return found


def _incomplete(ctx: click.Context, as_json: bool) -> None:
    kb = open_kb(ctx)
    found = incomplete_records(kb)
    if as_json:
        click.echo(json.dumps([{"type": r.record_type, "id": r.id,
                                "title": getattr(r, "label", r.id), "missing": missing}
                               for r, missing in found], indent=2, ensure_ascii=False))
        return
    for record, missing in found:
        click.echo(f"  {record.record_type} {record.id} \"{getattr(record, 'label', '')}\":")
        for item in missing:
            click.echo(f"      {item}")
    click.echo(f"{len(found)} record(s) to complete: fill in what each is missing with "
               "`kmcore edit ID`." if found else "No record needs completing.")

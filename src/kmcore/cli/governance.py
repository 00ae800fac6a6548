"""``kmcore person`` (subject access, erasure, leavers) and ``kmcore log`` (the audit log)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import click

from kmcore.cli._common import UK_DATE, open_kb

__all__ = ["log_cmd", "person_group"]


@click.group("person")
def person_group() -> None:
    """A person's data: export it, erase it, or mark them as having left.

    \b
    Examples:
        kmcore person export person-amara-okafor -o amara.json
        kmcore person forget person-amara-okafor --dry-run
        kmcore person leave person-amara-okafor --on 2025-03-31
    """


@person_group.command("export")
@click.argument("person_id")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the JSON here (default: print it).")
@click.pass_context
def person_export_cmd(ctx: click.Context, person_id: str, output: Path | None) -> None:
    """Everything held about a person, for a subject access request (UK GDPR Article 15).

    Their record, every record that names them (by reference or in its text, with where),
    and the audit log's entries about their record, as one JSON document.
    """
    from kmcore.governance.people import subject_access

    kb = open_kb(ctx)
    data = subject_access(kb, person_id)
    text = json.dumps(data, indent=2, ensure_ascii=False)
    if output is None:
        click.echo(text)
        return
    output.write_text(text + "\n", encoding="utf-8")
    click.echo(f"Wrote {output}: the person's record and {len(data['named_in'])} record(s) "
               "that name them.", err=True)


@person_group.command("forget")
@click.argument("person_id")
@click.option("--dry-run", is_flag=True, help="Show what would change; change nothing.")
@click.option("--keep-public-task-attribution", "keep", is_flag=True,
              help="Keep their name (only) on work attributed on the public task basis; "
              "remove it where it rests on consent.")
@click.option("--yes", "-y", is_flag=True, help="Do not ask before erasing.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_context
def person_forget_cmd(ctx: click.Context, person_id: str, dry_run: bool, keep: bool,
                      yes: bool, as_json: bool) -> None:
    """Erase a person from the knowledge base and, at the next sync, every target.

    Their record is deleted; entries that exist because of them (team memberships,
    participation, consents, quotes, endorsements, links) are removed; optional references
    are emptied and required ones (an innovation's lead) point at "Former member of staff";
    their name and e-mail in any text become "[name removed]"; kmcore's own logs and reports
    get a random pseudonym instead of their id. Run `kmcore sync` afterwards to withdraw them
    from every target.

    With --keep-public-task-attribution, historical attribution follows its recorded lawful
    basis: records that name them on the public task basis keep their name (and they keep a
    bare name card, without profile or contact details); where it rests on consent, it goes.
    """
    from kmcore.governance.people import forget

    kb = open_kb(ctx)
    preview = forget(kb, person_id, dry_run=True, keep_public_task_attribution=keep)
    if dry_run:
        _show(preview, as_json)
        return
    if not yes and not as_json:
        for line in preview.lines():
            click.echo(line)
        if not click.confirm("Erase this person? This cannot be undone.", default=False):
            click.echo("Nothing was changed.")
            return
    done = forget(kb, person_id, keep_public_task_attribution=keep)
    _show(done, as_json)
    if not as_json and done.targets:
        click.echo("Now run `kmcore sync` to withdraw them from "
                   + ", ".join(done.targets) + ".")


def _show(erasure: object, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(erasure.to_dict(), indent=2))  # type: ignore[attr-defined]
    else:
        for line in erasure.lines():  # type: ignore[attr-defined]
            click.echo(line)


@person_group.command("leave")
@click.argument("person_id")
@click.option("--on", "left_on", type=UK_DATE, required=True,
              help="The date they left (DD/MM/YYYY).")
@click.pass_context
def person_leave_cmd(ctx: click.Context, person_id: str, left_on: dt.date) -> None:
    """Mark a person as having left: out of the directory at once.

    Their name stays on the records they worked on (historical attribution); their
    expertise profile is removed after the retention period ([governance]
    leaver_profile_days in kmcore.toml, default 90 days) by the next `kmcore sync` or
    `kmcore person purge`.
    """
    from kmcore.governance.leavers import leave, leaver_retention_days

    kb = open_kb(ctx)
    person = leave(kb, person_id, left_on)
    days = leaver_retention_days(kb)
    when = left_on + dt.timedelta(days=days)
    tail = (f" Their profile will be removed on or after {when.isoformat()}."
            if person.profile is not None else "")
    click.echo(f"{person.display_name} ({person.id}) marked as left on "
               f"{left_on.isoformat()}; hidden from the directory from the next sync."
               + tail)


@person_group.command("purge")
@click.option("--dry-run", is_flag=True, help="List whose profiles would go; change nothing.")
@click.pass_context
def person_purge_cmd(ctx: click.Context, dry_run: bool) -> None:
    """Remove the profiles of leavers whose retention period has ended (also done by sync)."""
    from kmcore.governance.leavers import leavers_due, purge_leaver_profiles

    kb = open_kb(ctx)
    today = dt.date.today()
    due = [(p, when) for p, when in leavers_due(kb, today) if when <= today]
    if dry_run:
        for person, when in due:
            click.echo(f"  {person.id}: left {person.left_on}, profile due to go {when}")
        click.echo(f"Would remove {len(due)} leaver profile(s).")
        return
    removed = purge_leaver_profiles(kb, today)
    click.echo(f"Removed {len(removed)} leaver profile(s)"
               + (": " + ", ".join(removed) if removed else "") + ".")


def _since(text: str | None) -> str | None:
    if text is None:
        return None
    m = re.fullmatch(r"(\d+)([dhw])", text.strip())
    if m:
        unit = {"d": dt.timedelta(days=1), "h": dt.timedelta(hours=1),
                "w": dt.timedelta(weeks=1)}[m[2]]
        moment = dt.datetime.now(dt.UTC) - int(m[1]) * unit
        return moment.isoformat(timespec="seconds").replace("+00:00", "Z")
    try:
        return UK_DATE.convert(text, None, None).isoformat()
    except click.BadParameter:
        raise click.BadParameter("write 7d, 24h, 2w or a date (DD/MM/YYYY)",
                                 param_hint="--since") from None


@click.command("log")
@click.argument("record_id", required=False)
@click.option("--since", help="Only changes since: 7d, 24h, 2w or a date (DD/MM/YYYY).")
@click.option("--who", help="Only changes made by this login.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True,
              help="Show at most the newest N.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines for scripts.")
@click.pass_context
def log_cmd(ctx: click.Context, record_id: str | None, since: str | None, who: str | None,
            limit: int, as_json: bool) -> None:
    """Show the audit log: who changed which record, when, and through which command.

    The log names the fields that changed, never their values.

    \b
    Examples:
        kmcore log
        kmcore log inn-skin-bundle
        kmcore log --since 7d --who jsmith
    """
    kb = open_kb(ctx)
    start = _since(since)
    chosen = [e for e in kb.audit_entries()
              if (record_id is None or e.id == record_id) and (who is None or e.who == who)
              and (start is None or e.at >= start)]
    chosen = chosen[-limit:]
    for entry in chosen:
        click.echo(json.dumps(entry.to_dict(), ensure_ascii=False) if as_json else entry.text())
    if not chosen and not as_json:
        click.echo("No changes recorded" + (" for that selection" if record_id or who or since
                                            else "") + ".")

"""``kmcore sync``: publish the knowledge base to its targets (intranet site, SharePoint...)."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from kmcore.cli._common import open_kb

_PROGRESS_FROM = 20  # show a progress bar only when this many items are to be sent


@click.command(name="sync")
@click.argument("targets", nargs=-1)
@click.option("--dry-run", is_flag=True,
              help="Say what would be published, updated and withdrawn, and change nothing.")
@click.option("--json", "as_json", is_flag=True,
              help="Print the run reports as JSON (a list, one report per target).")
@click.option("--no-progress", is_flag=True, help="Do not show a progress bar.")
@click.pass_context
def sync_cmd(ctx: click.Context, targets: tuple[str, ...], dry_run: bool, as_json: bool,
             no_progress: bool) -> None:
    """Publish records to the targets set up in kmcore.toml (all of them, or TARGETS).

    Only what changed since the last sync is sent: new records are published, changed ones
    updated, and records deleted or no longer eligible (visibility lowered, a possible patient
    identifier flagged) are withdrawn. Records the publication gates stop are listed with the
    reason. Each run saves a report under .kmcore/targets/NAME/reports/.

    Exit code 0: everything applied; 3: some items failed (the rest were applied; the next
    sync tries the failed ones again) or were edited on the target and left unsent; 4:
    everything else applied, but a record file could not be read (run `kmcore validate`);
    1: a target could not be synced, signed in to or read at all, or no target is set up.

    \b
    Examples:
      kmcore sync --dry-run
      kmcore sync intranet
    """
    from kmcore.cli import debug_enabled
    from kmcore.sync.config import TARGET_SNIPPET, load_target_configs
    from kmcore.sync.engine import sync

    kb = open_kb(ctx)
    if not load_target_configs(kb):
        click.echo(
            f"No targets are set up yet, so there is nowhere to publish to.\n"
            f"Add one to {kb.root / 'kmcore.toml'}, for example:\n\n{TARGET_SNIPPET}\n"
            "then run `kmcore sync --dry-run` to see what would be published.",
            err=as_json,
        )
        if as_json:
            click.echo("[]")
        # Nothing was published: a scheduled sync with nowhere to publish must not look
        # like a good night's run.
        ctx.exit(1)
    _leaver_profiles(kb, dry_run=dry_run, quiet=as_json)
    show_bar = not no_progress and not as_json and sys.stderr.isatty()
    bars: dict[str, Any] = {}

    def progress(name: str, done: int, total: int) -> None:
        if not show_bar or total < _PROGRESS_FROM:
            return
        bar = bars.get(name)
        if bar is None:
            bar = click.progressbar(length=total, label=f"Syncing {name}", file=sys.stderr)
            bar.__enter__()
            bars[name] = bar
        bar.update(done - bar.pos)
        if done >= total:
            bar.__exit__(None, None, None)

    try:
        reports = sync(kb, list(targets) or None, dry_run=dry_run, progress=progress,
                       debug=debug_enabled())
    finally:
        for bar in bars.values():
            if not bar.finished:
                bar.__exit__(None, None, None)
    _print_reports(reports, dry_run=dry_run, as_json=as_json)
    if any(r.error for r in reports):
        ctx.exit(1)
    if any(r.failed or _conflicts(r) for r in reports):
        # A page or item a person edited on the target was left unsent: somebody must merge
        # it, so a scheduled run must not look like a clean night.
        ctx.exit(3)
    if any(r.counts.get("unreadable") for r in reports):
        # Published around it, but a record someone saved was not: a scheduled run must not
        # look like a clean one.
        ctx.exit(4)


def _print_reports(reports: list[Any], *, dry_run: bool, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps([r.to_dict() for r in reports], indent=2, ensure_ascii=False))
    elif dry_run:
        for report in reports:
            click.echo(report.render_text(problem=False))
        click.echo("This was a dry run: nothing was changed. Run `kmcore sync` to do it.")
        # A target that refused comes last, cause and fix on one line: many read only the
        # last line (and the exit code) of a dry run.
        for report in reports:
            line = report.problem_line()
            if line:
                click.echo(line)
    else:
        for report in reports:
            click.echo(report.render_text())


def _conflicts(report: Any) -> int:
    return sum(1 for i in report.items if i.status == "conflict")


def _leaver_profiles(kb: Any, *, dry_run: bool, quiet: bool) -> None:
    """Before publishing: remove leavers' profiles whose retention period has ended, so no
    target keeps one a day longer than the knowledge base says."""
    import datetime as dt

    from kmcore.governance.leavers import leavers_due, purge_leaver_profiles

    today = dt.date.today()
    if dry_run:
        due = [p.id for p, when in leavers_due(kb, today) if when <= today]
        if due and not quiet:
            click.echo(f"Would remove {len(due)} leaver profile(s) first (retention ended): "
                       + ", ".join(due))
        return
    removed = purge_leaver_profiles(kb, today)
    if removed and not quiet:
        click.echo(f"Removed {len(removed)} leaver profile(s) (retention ended): "
                   + ", ".join(removed))

"""``kmcore report``: the impact evidence pack for a date range."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from kmcore.cli._common import UK_DATE, open_kb

__all__ = ["report_cmd"]


@click.command("report")
@click.option("--from", "start", type=UK_DATE,
              help="First day of the period, DD/MM/YYYY (default: a year before --to).")
@click.option("--to", "end", type=UK_DATE,
              help="Last day of the period, DD/MM/YYYY (default: today).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="The HTML file (default: evidence-pack-FROM-to-TO.html here). The CSV "
              "of every figure is written beside it.")
@click.option("--all-statuses", is_flag=True,
              help="Count drafts and records in review too (default: published and archived).")
@click.option("--dates", type=click.Choice(["own", "added"]), default="own", show_default=True,
              help="Date each record by its own dates (held, went live, started) or by the "
              "day it was added to the knowledge base.")
@click.option("--organisation", "ods_code", metavar="ODS_CODE",
              help="Only records owned by this organisation (its ODS code), in a knowledge "
              "base several organisations share.")
@click.pass_context
def report_cmd(ctx: click.Context, start: dt.date | None, end: dt.date | None,
               output: Path | None, all_statuses: bool, dates: str,
               ods_code: str | None) -> None:
    """Write an impact evidence pack: activity, innovation and impact figures for a period.

    Activity by record type, knowledge-capture technique, department and staff group;
    innovations by stage and spread; time and money saved from stories; and every record
    grouped by Quality and Improvement Outcome. One self-contained HTML file with charts
    (open it in a browser; print it to PDF from there), and a CSV of every figure.

    Records count in the period of their own dates: a session by the day it was held, an
    innovation by the day it went live (else started). Records without one count by the
    day they were added if they were typed in; imported ones are left out and counted
    separately, so importing years of history does not claim it all for this year.
    --dates added dates every record by the day it was added.

    \b
    Examples:
        kmcore report --from 01/04/2024 --to 31/03/2025
        kmcore report -o reports/km-2025.html
        kmcore report --organisation RT3
    """
    from kmcore.report.figures import DEFAULT_STATUSES, evidence_pack
    from kmcore.report.render import write_pack

    kb = open_kb(ctx)
    last = end or dt.date.today()
    first = start or last.replace(year=last.year - 1) + dt.timedelta(days=1)
    statuses = ("published", "archived", "draft", "submitted", "in_review") if all_statuses \
        else DEFAULT_STATUSES
    if ods_code is not None:
        from kmcore.errors import ConfigError
        from kmcore.records.identifiers import ods_problem

        ods_code = ods_code.upper()
        if ods_problem(ods_code):
            raise ConfigError(f"--organisation {ods_code!r} is not an ODS code: it "
                              f"{ods_problem(ods_code)}", hint="Give an ODS code, e.g. RT3.")
    pack = evidence_pack(kb, first, last, statuses=statuses, dates=dates, ods_code=ods_code)
    html_path = output or Path(f"evidence-pack-{first.isoformat()}-to-{last.isoformat()}.html")
    csv_path = html_path.with_suffix(".csv")
    try:
        write_pack(pack, html_path, csv_path)
    except OSError as exc:
        from kmcore.diskerrors import disk_problem
        from kmcore.errors import StoreError

        folder = html_path.resolve().parent
        problem = disk_problem(exc, str(folder))
        what = problem.what if problem else (exc.strerror or str(exc))
        raise StoreError(
            f"could not write the evidence pack in {folder}: {what}",
            hint=("Write it to a folder you can save in with -o, e.g. kmcore report -o "
                  f"\"%USERPROFILE%\\Documents\\{html_path.name}\""),
        ) from None
    click.echo(f"{pack.records} records from {first} to {last}.")
    dated = pack.figure("dated_by")
    if dated.rows:
        click.echo("Dated by: " + "; ".join(f"{label} {int(n)}" for label, n in dated.rows)
                   + ".")
    if pack.undated:
        click.echo(f"Not counted: {dated.note}")
    click.echo(f"Report: {html_path.resolve()}")
    click.echo(f"Figures (CSV): {csv_path.resolve()}")

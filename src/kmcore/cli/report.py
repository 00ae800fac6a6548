"""``kmcore report``: the impact evidence pack for a date range."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from kmcore.cli._common import open_kb

__all__ = ["report_cmd"]


@click.command("report")
@click.option("--from", "start", type=click.DateTime(["%Y-%m-%d"]),
              help="First day of the period (default: a year before --to).")
@click.option("--to", "end", type=click.DateTime(["%Y-%m-%d"]),
              help="Last day of the period (default: today).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="The HTML file (default: evidence-pack-FROM-to-TO.html here). The CSV "
              "of every figure is written beside it.")
@click.option("--all-statuses", is_flag=True,
              help="Count drafts and records in review too (default: published and archived).")
@click.option("--organisation", "ods_code", metavar="ODS_CODE",
              help="Only records owned by this organisation (its ODS code), in a knowledge "
              "base several organisations share.")
@click.pass_context
def report_cmd(ctx: click.Context, start: dt.datetime | None, end: dt.datetime | None,
               output: Path | None, all_statuses: bool, ods_code: str | None) -> None:
    """Write an impact evidence pack: activity, innovation and impact figures for a period.

    Activity by record type, knowledge-capture technique, department and staff group;
    innovations by stage and spread; time and money saved from stories; and every record
    grouped by Quality and Improvement Outcome. One self-contained HTML file with charts
    (open it in a browser; print it to PDF from there), and a CSV of every figure.

    \b
    Examples:
        kmcore report --from 2024-04-01 --to 2025-03-31
        kmcore report -o reports/km-2025.html
        kmcore report --organisation RT3
    """
    from kmcore.report.figures import DEFAULT_STATUSES, evidence_pack
    from kmcore.report.render import write_pack

    kb = open_kb(ctx)
    last = end.date() if end else dt.date.today()
    first = start.date() if start else last.replace(year=last.year - 1) + dt.timedelta(days=1)
    statuses = ("published", "archived", "draft", "submitted", "in_review") if all_statuses \
        else DEFAULT_STATUSES
    if ods_code is not None:
        from kmcore.errors import ConfigError
        from kmcore.records.identifiers import ods_problem

        ods_code = ods_code.upper()
        if ods_problem(ods_code):
            raise ConfigError(f"--organisation {ods_code!r} is not an ODS code: it "
                              f"{ods_problem(ods_code)}", hint="Give an ODS code, e.g. RT3.")
    pack = evidence_pack(kb, first, last, statuses=statuses, ods_code=ods_code)
    html_path = output or Path(f"evidence-pack-{first.isoformat()}-to-{last.isoformat()}.html")
    csv_path = html_path.with_suffix(".csv")
    write_pack(pack, html_path, csv_path)
    click.echo(f"{pack.records} records from {first} to {last}.")
    click.echo(f"Report: {html_path.resolve()}")
    click.echo(f"Figures (CSV): {csv_path.resolve()}")

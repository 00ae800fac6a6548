"""``kmcore demo``: build a knowledge base from the bundled sample data, to see kmcore work."""

from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from pathlib import Path

import click

from kmcore.cli._common import table

DEMO_MARKER = ".kmcore-demo"
#: The demo's intranet site: a built-in ``html`` target, synced when the demo is built.
DEMO_TARGET = """
[targets.intranet]
backend = "html"
path = "site"
audience = "organisation"
"""


def build_demo(folder: Path, *, replace: bool = False) -> tuple[Path, Counter[str]]:
    """Build the demo knowledge base in *folder*, and publish its intranet site (``site/``)
    with ``kmcore sync``; return the knowledge base's path and its counts by type.

    The knowledge base is built in a temporary folder beside the target and moved into place
    only when complete, so an interrupted run never leaves a half-built demo. An existing
    folder is replaced only if it is an earlier demo (it carries a marker file) and *replace*
    is set; anything else is refused, so a librarian's own work can never be overwritten.
    """
    import kmcore
    from kmcore.demo.sample import ODS_CODE, ORGANISATION, sample_records

    folder = folder.resolve()
    if folder.exists() and any(folder.iterdir()):
        if not (folder / DEMO_MARKER).exists():
            raise click.ClickException(
                f"{folder} already exists and is not a kmcore demo; nothing was changed. "
                "Choose another folder: kmcore demo OTHER-FOLDER"
            )
        if not replace:
            raise click.ClickException(
                f"{folder} already holds a demo knowledge base. "
                f"Use --replace to rebuild it, or open it: kmcore --kb {folder} list"
            )
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".kmcore-demo-", dir=folder.parent))
    try:
        counts: Counter[str] = Counter()
        with kmcore.init(staging, name="Northgate LKS knowledge hub (demo)",
                         organisation=ORGANISATION, ods_code=ODS_CODE) as kb:
            kb.via = "kmcore demo"
            for record in sample_records():
                kb.add(record)
                counts[record.record_type] += 1
        with open(staging / "kmcore.toml", "a", encoding="utf-8") as fh:
            fh.write(DEMO_TARGET)
        with kmcore.open(staging) as kb:
            from kmcore.cli import debug_enabled
            from kmcore.sync.engine import sync

            [report] = sync(kb, ["intranet"], debug=debug_enabled())
            if not report.ok:
                raise click.ClickException(
                    f"the demo site could not be built: {report.error or 'some items failed'}"
                )
        (staging / DEMO_MARKER).write_text(
            "Built by `kmcore demo`. `kmcore demo --replace` may delete and rebuild this folder.\n",
            encoding="utf-8",
        )
        if folder.exists():
            shutil.rmtree(folder)
        staging.rename(folder)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return folder, counts


@click.command("demo")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path),
                default="kmcore-demo")
@click.option("--replace", is_flag=True, help="Rebuild an earlier demo in FOLDER.")
def demo_cmd(folder: Path, replace: bool) -> None:
    """Build a demo knowledge base in FOLDER (default: ./kmcore-demo) from sample data.

    The sample is a fictional NHS trust: innovations, people and their expertise, stories,
    knowledge-capture records of every technique, and the lessons they produced.
    """
    path, counts = build_demo(folder, replace=replace)
    click.echo(f"Built the demo knowledge base in {path}")
    site = path / "site" / "index.html"
    click.echo(table(["record type", "records"],
                     [[name, str(n)] for name, n in sorted(counts.items())]))
    click.echo(f"{sum(counts.values())} records in all. Try:")
    click.echo(f"  kmcore --kb {folder} list innovation")
    click.echo(f"  kmcore --kb {folder} show person-amara-okafor")
    click.echo(f"  kmcore --kb {folder} validate")
    click.echo(f"  kmcore --kb {folder} sync --dry-run   # what would change on the site")
    click.echo(f"The demo intranet site: {site}")
    click.echo(f"Open it in a browser: {site.as_uri()}")

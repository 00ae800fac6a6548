"""``kmcore store``: move a knowledge base between store backends."""

from __future__ import annotations

import click

__all__ = ["store_group"]


@click.group(name="store")
def store_group() -> None:
    """Where the records are kept: copy them to another store backend."""


@store_group.command(name="copy")
@click.option("--to", "to", required=True, metavar="BACKEND",
              help="Where to copy to: the backend set in [store] (e.g. postgres), or local.")
@click.option("--prune", is_flag=True,
              help="Delete records in the destination that the source does not have "
              "(never another organisation's).")
@click.option("--move", is_flag=True,
              help="Once the copy is verified, delete the records from where they came from.")
@click.pass_context
def copy_cmd(ctx: click.Context, to: str, prune: bool, move: bool) -> None:
    """Copy every record, revisions included, between the folder and the [store] backend.

    With --to postgres (the backend named in [store]) the records in the knowledge base's
    folder are copied into it; with --to local the records in the [store] backend are
    copied into the folder. Records already copied are skipped, so a copy that was stopped
    is finished by running it again. Both stores are then compared record by record
    (counts and content hashes); any difference exits 1. With --move the records are then
    deleted from where they came from, so that no stale copy is left for an erasure or a
    correction to miss (use it once you have a backup); if a move is stopped while deleting,
    every other copy is refused until the same command is run again, which checks the
    destination holds each moved record before finishing. At a hub, records of other
    organisations in the destination are left alone (never pruned). The audit log goes along
    when the other store keeps it (PostgreSQL does): entries it lacks are copied, never twice.
    """
    from pathlib import Path

    from kmcore.audit import copy_entries
    from kmcore.config import find_kb_root, load_settings, store_selection
    from kmcore.errors import ConfigError
    from kmcore.kb import open_store
    from kmcore.plugins import get_plugins
    from kmcore.store.copy import copy_store

    given = (ctx.find_root().obj or {}).get("kb_path")
    root = Path(given).resolve() if given else find_kb_root(Path.cwd())
    if root is None:
        raise ConfigError("this folder is not inside a kmcore knowledge base",
                          hint="Run the command in the knowledge base folder, or pass --kb.")
    settings = load_settings(root)
    configured, _ = store_selection(settings)
    if configured == "local":
        raise ConfigError(
            "kmcore.toml has no [store] backend other than the local files to copy to or from",
            hint='Add a [store] table naming the other store, e.g. backend = "postgres", '
                 "with its settings.",
        )
    if to not in ("local", configured):
        raise ConfigError(
            f"cannot copy to {to!r}: kmcore.toml's [store] names {configured!r}",
            hint=f"Use --to {configured} (from the folder) or --to local (into the folder).",
        )
    plugins = get_plugins()
    plugins.load()
    source_name = "local" if to == configured else configured
    source = open_store(root, settings, plugins, backend=source_name)
    try:
        destination = open_store(root, settings, plugins, backend=to)
        try:
            result = copy_store(
                source, destination, prune=prune, move=move,
                organisation=settings.ods_code, journal=root / ".kmcore" / "store-move.json",
                direction=f"{source_name} -> {to}",
                progress=lambda n: click.echo(f"copied {n} records...", err=True),
            )
            logged = copy_entries(root, source, destination)
        finally:
            destination.close()
    finally:
        source.close()
    total = sum(result.counts.values())
    click.echo(f"copied {result.copied} records from {source_name} to {to} "
               f"({result.unchanged} were there already"
               + (f", {result.pruned} deleted from {to}" if result.pruned else "") + ")")
    kinds = ", ".join(f"{n} {t}" for t, n in result.counts.items()) or "no records"
    click.echo(f"verified: both hold the same {total} records ({kinds}); content hash "
               f"{result.digest[:16]}")
    if result.others:
        click.echo(f"left alone: {result.others} records of other organisations in {to}")
    if logged:
        click.echo(f"copied {logged} audit log entries to {to}")
    if result.moved:
        click.echo(f"deleted the {total} records from {source_name}: {to} holds the only copy")

"""``kmcore sharepoint``: provision lists, sign in for device-code targets."""

from __future__ import annotations

import sys
from pathlib import Path

import click

__all__ = ["sharepoint"]


def _target(kb_path: str | None, name: str):  # type: ignore[no-untyped-def]
    import kmcore
    from kmcore.sync.config import load_target_configs

    kb = kmcore.open(Path(kb_path) if kb_path else Path.cwd())
    configs = load_target_configs(kb)
    cfg = configs.get(name)
    if cfg is None or cfg.backend != "sharepoint":
        names = sorted(n for n, c in configs.items() if c.backend == "sharepoint")
        kb.close()
        raise click.ClickException(
            f"there is no SharePoint target called {name!r} in kmcore.toml"
            + (f" (SharePoint targets: {', '.join(names)})" if names else
               " (none is configured: add a [targets.NAME] table with backend = \"sharepoint\")"))
    from kmcore_sharepoint.target import SharePointTarget

    return kb, SharePointTarget(cfg, kb)


@click.group(name="sharepoint")
def sharepoint() -> None:
    """SharePoint targets: create their lists, sign in."""


@sharepoint.command(name="provision")
@click.argument("target")
@click.option("--kb", "kb_path", type=click.Path(file_okay=False), default=None,
              help="The knowledge base folder (default: the current folder).")
@click.option("--check", is_flag=True, help="Only report what is missing or changed.")
def provision(target: str, kb_path: str | None, check: bool) -> None:
    """Create TARGET's lists and columns if missing, and report columns a site owner changed.

    Safe to run again: nothing that exists is changed. Creating lists needs the 'manage' role
    on the site (Sites.Selected); syncing afterwards needs only 'write'.
    """
    from kmcore.errors import KmcoreError

    kb, built = _target(kb_path, target)
    try:
        result = built.provision(create=not check)
    except KmcoreError as exc:
        raise click.ClickException(exc.message + (f"\n{exc.hint}" if exc.hint else "")) \
            from None
    finally:
        built.close()
        kb.close()
    for name in result.created:
        click.echo(f"created list {name!r}")
    for column in result.added_columns:
        click.echo(f"added column {column}")
    for name in result.missing:
        click.echo(f"missing list {name!r}")
    for problem in result.drift:
        click.echo(("CHANGED " if problem.blocking else "note: ") + problem.describe())
    if not (result.created or result.added_columns or result.missing or result.drift):
        click.echo(f"{len(result.list_ids)} lists are in place; nothing to do")
    if result.missing or any(p.blocking for p in result.drift):
        sys.exit(1)


@sharepoint.command(name="login")
@click.argument("target")
@click.option("--kb", "kb_path", type=click.Path(file_okay=False), default=None,
              help="The knowledge base folder (default: the current folder).")
def login(target: str, kb_path: str | None) -> None:
    """Sign in for a device-code TARGET and keep the sign-in in its token cache."""
    from kmcore.errors import KmcoreError

    kb, built = _target(kb_path, target)
    try:
        if built.settings.auth != "device_code":
            raise click.ClickException(f"target {target!r} signs in as an app "
                                       f"(auth = {built.settings.auth!r}); nothing to do")
        claims = built.tokens.claims()
        click.echo(f"signed in as {claims.get('upn') or claims.get('preferred_username') or '?'}")
    except KmcoreError as exc:
        raise click.ClickException(exc.message + (f"\n{exc.hint}" if exc.hint else "")) \
            from None
    finally:
        built.close()
        kb.close()

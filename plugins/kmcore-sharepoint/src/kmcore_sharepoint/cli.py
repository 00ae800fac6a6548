"""``kmcore sharepoint``: provision lists, sign in for device-code targets."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from kmcore.kb import KnowledgeBase

    from kmcore_sharepoint.target import SharePointTarget

__all__ = ["sharepoint"]


def _target(ctx: click.Context, name: str) -> tuple[KnowledgeBase, SharePointTarget]:
    from kmcore.cli import open_kb
    from kmcore.sync.config import load_target_configs

    kb = open_kb(ctx)
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
@click.option("--check", is_flag=True, help="Only report what is missing or changed.")
@click.pass_context
def provision(ctx: click.Context, target: str, check: bool) -> None:
    """Create TARGET's lists and columns if missing, and report columns a site owner changed.

    Safe to run again: nothing that exists is changed. Creating lists needs the 'manage' role
    on the site (Sites.Selected); syncing afterwards needs only 'write'.
    """
    from kmcore.backend import KmcoreError

    kb, built = _target(ctx, target)
    try:
        result = built.provision(create=not check, add_columns=not check)
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
@click.pass_context
def login(ctx: click.Context, target: str) -> None:
    """Sign in for a device-code TARGET and keep the sign-in in its token cache."""
    from kmcore.backend import KmcoreError

    kb, built = _target(ctx, target)
    try:
        if built.settings.auth != "device_code":
            raise click.ClickException(f"target {target!r} signs in as an app "
                                       f"(auth = {built.settings.auth!r}); nothing to do")
        click.echo(f"signed in as {built.tokens.signed_in_user() or '?'}")
    except KmcoreError as exc:
        raise click.ClickException(exc.message + (f"\n{exc.hint}" if exc.hint else "")) \
            from None
    finally:
        built.close()
        kb.close()

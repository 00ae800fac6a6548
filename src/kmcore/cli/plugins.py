"""Installation commands for IT teams: ``kmcore plugins``, ``kmcore backends``, ``kmcore doctor``.

Each prints a readable report, or with ``--json`` a stable structure for scripts (keys are
only ever added). ``doctor`` exits 1 when any check fails, so it can gate a deployment.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Literal

import attrs
import click

from kmcore.cli._common import table

__all__ = ["add_commands", "backends_cmd", "doctor_cmd", "plugins_cmd"]

Status = Literal["ok", "warn", "fail"]
_COLOURS = {"ok": "green", "warn": "yellow", "fail": "red"}


def _emit_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


# --- kmcore plugins ---------------------------------------------------------------------------


@click.command("plugins")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.option("--external", is_flag=True, help="Leave out kmcore's built-in plugins.")
@click.option("--all", "show_all", is_flag=True, hidden=True,
              help="Accepted for compatibility: built-ins are listed by default.")
def plugins_cmd(as_json: bool, external: bool, show_all: bool) -> None:
    """List plugins (kmcore's built-ins first), and any that failed to load with the reason.

    \b
    Examples:
        kmcore plugins
        kmcore plugins --external --json

    Turn plugins off with KMCORE_DISABLE_PLUGINS=name1,name2, or load only some with
    KMCORE_LOAD_PLUGINS=name1,name2 (empty: none).
    """
    from kmcore.plugins import get_plugins

    infos = get_plugins().plugin_info(builtins=not external)
    if as_json:
        _emit_json([info.to_dict() for info in infos])
        return
    if not infos:
        click.echo("No external plugins installed.")
        return
    rows = [
        [i.name, i.version or "", i.distribution or "", i.status, ", ".join(i.hooks)]
        for i in infos
    ]
    click.echo(table(["NAME", "VERSION", "DISTRIBUTION", "STATUS", "HOOKS"], rows))
    troubled = [i for i in infos if i.status != "ok"]
    for info in troubled:
        colour = "red" if info.status == "failed" else "yellow"
        click.echo("")
        click.secho(f"{info.name}: {info.status}: {info.error}", fg=colour)
        if info.hint:
            click.echo(f"  hint: {info.hint}")
    if any(i.status == "failed" for i in troubled):
        click.echo("\nRun `kmcore doctor` for a full check, or `kmcore plugins --json` for "
                   "tracebacks.")


# --- kmcore backends --------------------------------------------------------------------------


@click.command("backends")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
def backends_cmd(as_json: bool) -> None:
    """List store and target backends: installed ones, and known ones to install.

    \b
    Example:
        kmcore backends
    """
    from kmcore.plugins import KNOWN_BACKENDS, get_plugins

    plugins = get_plugins()
    installed = plugins.backends()
    rows: list[dict[str, Any]] = []
    for name, spec in sorted(installed.items()):
        rows.append({"name": name, "kind": spec.kind, "status": "installed",
                     "plugin": spec.plugin, "description": spec.description, "install": None,
                     "error": None})
    for name, known in sorted(KNOWN_BACKENDS.items()):
        if name in installed:
            continue
        status, error = "not installed", None
        try:
            plugins.backend(name)
        except Exception as exc:  # the lookup says *why* it is missing: failed, disabled...
            from kmcore.errors import BackendNotInstalled

            if not isinstance(exc, BackendNotInstalled):
                status, error = "unavailable", str(exc)
        rows.append({"name": name, "kind": known.kind, "status": status,
                     "plugin": None, "description": known.description,
                     "install": known.install_command, "error": error})
    if as_json:
        _emit_json(rows)
        return
    click.echo(table(
        ["NAME", "KIND", "STATUS", "FROM / INSTALL WITH"],
        [[r["name"], r["kind"], r["status"], r["plugin"] or r["install"]] for r in rows],
    ))
    for row in rows:
        if row["error"]:
            click.secho(f"\n{row['name']}: {row['error']}", fg="red")


# --- kmcore doctor ----------------------------------------------------------------------------


@attrs.frozen
class Check:
    """One line of ``kmcore doctor``."""

    check: str
    status: Status
    message: str
    hint: str | None = None
    detail: str | None = None  # a traceback, in --json output only

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


def _plugin_checks() -> list[Check]:
    from kmcore.plugins import get_plugins

    plugins = get_plugins()
    checks: list[Check] = []
    infos = plugins.plugin_info()
    ok = [i for i in infos if i.status == "ok" and not i.builtin]
    names = ", ".join(f"{i.name} {i.version or ''}".strip() for i in ok) or "none"
    checks.append(Check("plugins", "ok", f"{len(ok)} external plugin(s) loaded: {names}"))
    for info in infos:
        if info.status == "failed":
            source = f"{info.distribution} {info.version or ''}".strip() \
                if info.distribution else "not from a distribution"
            checks.append(Check(f"plugin:{info.name}", "fail",
                                f"plugin {info.name!r} ({source}) failed to load: {info.error}",
                                info.hint, info.traceback))
        elif info.status == "disabled":
            checks.append(Check(f"plugin:{info.name}", "warn",
                                f"plugin {info.name!r} is {info.error}",
                                "Change KMCORE_LOAD_PLUGINS / KMCORE_DISABLE_PLUGINS if it "
                                "should load."))
    for note in plugins.notes():
        checks.append(Check("switches", "warn", note,
                            "Check the spelling against `kmcore plugins`."))
    types = plugins.record_types()
    checks.append(Check("record-types", "ok" if types else "fail",
                        f"{len(types)} record type(s): {', '.join(sorted(types)) or 'none'}",
                        None if types else "The built-in record types failed to load; see "
                        "the failures above."))
    from kmcore.settings import settings_class_of

    for name, spec in sorted(plugins.backends().items()):
        try:
            plugins.load_factory(spec)
            settings_class_of(spec)  # the class its BackendSpec names must load too
        except Exception as exc:
            from kmcore.errors import KmcoreError

            hint = exc.hint if isinstance(exc, KmcoreError) else None
            checks.append(Check(f"backend:{name}", "fail", str(exc), hint))
        else:
            checks.append(Check(f"backend:{name}", "ok",
                                f"backend {name!r} ({spec.kind}, from {spec.plugin}) loads"))
    return checks


def _kb_checks(path: str | None) -> list[Check]:
    try:
        from kmcore.config import SETTINGS_FILE, find_kb_root, load_settings
    except ImportError:  # pragma: no cover - config ships with kmcore; be safe in doctor
        return [Check("kb", "warn", "cannot look for a knowledge base in this installation")]
    root: Path | None
    if path is not None:
        root = Path(path)
        if not (root / SETTINGS_FILE).is_file():
            return [Check("kb", "fail", f"{path} is not a knowledge base (no {SETTINGS_FILE})",
                          f"Check --kb / KMCORE_KB, or create one: kmcore init {path}")]
    else:
        root = find_kb_root(Path.cwd())
        if root is None:
            return [Check("kb", "warn",
                          f"no knowledge base here or above ({Path.cwd()})",
                          "Run doctor inside a knowledge base folder, or pass --kb FOLDER "
                          "(or set KMCORE_KB) to check one.")]
    root = root.resolve()
    checks = [Check("kb", "ok", f"knowledge base at {root}")]
    try:
        settings = load_settings(root)
    except Exception as exc:
        from kmcore.errors import KmcoreError

        hint = exc.hint if isinstance(exc, KmcoreError) else None
        checks.append(Check("kb-settings", "fail", str(exc), hint))
    else:
        checks.append(Check("kb-settings", "ok",
                            f"{SETTINGS_FILE} reads: {settings.name!r} ({settings.organisation})"))
    checks.append(_access_check(root))
    checks.append(_lock_check(root))
    if all(c.status == "ok" for c in checks if c.check == "kb-settings"):
        checks.extend(_store_checks(root))
        checks.extend(_target_checks(root))
    return checks


def _store_checks(root: Path) -> list[Check]:
    """The ``[store]`` backend, when it is not the local files: its own self-check (a static
    ``diagnose(root, settings)`` on its factory, yielding TargetCheck-like findings), or else
    whether it opens."""
    from kmcore.config import load_settings, store_selection
    from kmcore.errors import KmcoreError
    from kmcore.plugins import get_plugins

    try:
        settings = load_settings(root)
        backend, options = store_selection(settings)
        if backend == "local":
            return []
        plugins = get_plugins()
        plugins.load()
        factory = plugins.load_factory(plugins.backend(backend, kind="store"))
        diagnose = getattr(factory, "diagnose", None)
        if diagnose is None:
            from kmcore.kb import open_store

            open_store(root, settings, plugins).close()
            return [Check("store", "ok", f"the {backend} store opens")]
        return [Check(found.name, found.status, found.message, found.hint)
                for found in diagnose(root, options)]
    except Exception as exc:  # a self-check that breaks is itself a finding
        hint = exc.hint if isinstance(exc, KmcoreError) else None
        return [Check("store", "fail", f"store: {exc}", hint)]


def _target_checks(root: Path) -> list[Check]:
    """Each ``[targets.NAME]``: can it be built, and what does its own self-check say?"""
    import kmcore
    from kmcore.errors import KmcoreError
    from kmcore.sync.config import build_target, load_target_configs

    def failed(name: str, exc: BaseException) -> Check:
        hint = exc.hint if isinstance(exc, KmcoreError) else None
        return Check(name, "fail", f"{name}: {exc}", hint)

    checks: list[Check] = []
    try:
        with kmcore.open(root) as kb:
            configs = load_target_configs(kb)
            for name, cfg in configs.items():
                label = f"target {name}"
                try:
                    target = build_target(cfg, kb)
                except Exception as exc:
                    checks.append(failed(label, exc))
                    continue
                try:
                    diagnose = getattr(target, "diagnose", None)
                    if diagnose is None:
                        checks.append(Check(label, "ok",
                                            f"{label}: backend {cfg.backend!r} is ready"))
                        continue
                    try:
                        for found in diagnose():
                            checks.append(Check(found.name, found.status, found.message,
                                                found.hint))
                    except Exception as exc:  # a self-check that breaks is itself a finding
                        checks.append(failed(label, exc))
                finally:
                    target.close()
    except Exception as exc:
        checks.append(failed("targets", exc))
    return checks


def _access_check(root: Path) -> Check:
    if not os.access(root, os.R_OK | os.X_OK):
        return Check("kb-access", "fail", f"cannot read {root}",
                     "Ask for read access to the folder (and write access to edit records).")
    # os.access is unreliable on network shares, so prove writing by doing it.
    try:
        with tempfile.NamedTemporaryFile(dir=root, prefix=".kmcore-doctor-", delete=True):
            pass
    except OSError as exc:
        return Check("kb-access", "fail", f"cannot write in {root}: {exc.strerror or exc}",
                     "Saving records will fail: ask for write access to the folder.")
    return Check("kb-access", "ok", f"can read and write {root}")


def _duration(seconds: float) -> str:
    for unit, size in (("days", 86400), ("h", 3600), ("min", 60)):
        if seconds >= 2 * size:
            return f"{seconds // size:.0f} {unit}"
    return f"{seconds:.0f} s"


def _lock_check(root: Path) -> Check:
    try:
        from kmcore.store._lock import FileLock, pid_alive
        from kmcore.store.local import STATE_FOLDER
    except ImportError:
        return Check("kb-lock", "warn", "cannot check the writers' lock in this installation")
    lock_path = root / STATE_FOLDER / "lock"
    try:
        holder = FileLock(lock_path).read_holder()
    except OSError as exc:
        return Check("kb-lock", "fail", f"cannot read the lock {lock_path}: {exc}",
                     "Ask for read access to the .kmcore folder.")
    if holder is None:
        return Check("kb-lock", "ok", "not locked (nobody is saving right now)")
    since = holder.since.timestamp() if holder.since else holder.mtime
    age = time.time() - since
    import socket

    dead_here = holder.host == socket.gethostname() and holder.pid is not None \
        and not pid_alive(holder.pid)
    # The store itself breaks such locks (at once for a dead local process, after 30 s for
    # another machine), so a stale lock is a warning rather than a failure.
    if dead_here or age > 30:
        why = "whose program is no longer running" if dead_here else f"({_duration(age)} old)"
        return Check("kb-lock", "warn",
                     f"stale lock {lock_path}: held by {holder.describe()} {why}",
                     "kmcore breaks it at the next save; if saves keep waiting, make sure no "
                     f"kmcore program is running on {holder.host or 'that computer'} and "
                     f"delete {lock_path}.")
    return Check("kb-lock", "ok", f"locked by {holder.describe()} (a save in progress)")


@click.command("doctor")
@click.option("--kb", "kb_path", envvar="KMCORE_KB", type=click.Path(file_okay=False),
              help="The knowledge base folder to check (or set KMCORE_KB).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
def doctor_cmd(ctx: click.Context, kb_path: str | None, as_json: bool) -> None:
    """Check the installation, the plugins and the knowledge base; say what to fix.

    Exits 1 when any check fails, so scripts can stop before a sync.

    \b
    Examples:
        kmcore doctor
        kmcore doctor --kb //fileserver/lks/kb --json
    """
    from kmcore import __version__

    if kb_path is None:
        kb_path = (ctx.find_root().obj or {}).get("kb_path")
    checks = [
        Check("python", "ok", f"Python {platform.python_version()} ({sys.executable})"),
        Check("kmcore", "ok", f"kmcore {__version__} ({Path(__file__).parents[1]})"),
        *_plugin_checks(),
        *_kb_checks(kb_path),
    ]
    failed = sum(c.status == "fail" for c in checks)
    warned = sum(c.status == "warn" for c in checks)
    if as_json:
        _emit_json({
            "ok": failed == 0,
            "kmcore": __version__,
            "python": platform.python_version(),
            "checks": [c.to_dict() for c in checks],
        })
    else:
        for c in checks:
            click.echo(click.style(f"{c.status:<5}", fg=_COLOURS[c.status]) + " " + c.message)
            if c.hint and c.status != "ok":
                click.echo(f"      hint: {c.hint}")
        summary = (f"{failed} check(s) failed" if failed else "No problems found") + (
            f", {warned} warning(s)." if warned else ".")
        click.echo("\n" + summary)
    if failed:
        ctx.exit(1)


def add_commands(group: click.Group) -> None:
    """Add ``plugins``, ``backends`` and ``doctor`` to *group* (the ``kmcore`` CLI)."""
    for command in (plugins_cmd, backends_cmd, doctor_cmd):
        group.add_command(command)

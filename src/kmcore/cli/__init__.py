"""The ``kmcore`` command line.

Commands live in topic modules and are imported only when used, so ``kmcore --version`` and
``kmcore --help`` stay fast. Plugins add commands through ``kmcore_register_commands``.

Exit codes: 0 success; 1 an error kmcore explained (one line and a hint); 2 a usage error;
3 a sync in which some items failed; 130 interrupted (Ctrl+C).
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
from typing import Any

import click

from kmcore import __version__

__all__ = ["cli", "main", "open_kb"]

# command name -> "module:attribute" of the click command.
_COMMANDS = {
    "init": "kmcore.cli.records:init_cmd",
    "add": "kmcore.cli.records:add_cmd",
    "show": "kmcore.cli.records:show_cmd",
    "list": "kmcore.cli.records:list_cmd",
    "edit": "kmcore.cli.records:edit_cmd",
    "delete": "kmcore.cli.records:delete_cmd",
    "validate": "kmcore.cli.records:validate_cmd",
    "types": "kmcore.cli.records:types_cmd",
    "demo": "kmcore.cli.demo:demo_cmd",
    "plugins": "kmcore.cli.plugins:plugins_cmd",
    "backends": "kmcore.cli.plugins:backends_cmd",
    "doctor": "kmcore.cli.plugins:doctor_cmd",
    "sync": "kmcore.cli.sync:sync_cmd",
    "review": "kmcore.cli.review:review_cmd",
    "import": "kmcore.cli.io:import_cmd",
    "export": "kmcore.cli.io:export_cmd",
    "person": "kmcore.cli.governance:person_group",
    "log": "kmcore.cli.governance:log_cmd",
    "report": "kmcore.cli.report:report_cmd",
    "search": "kmcore.cli.search:search_cmd",
    "index": "kmcore.cli.search:index_cmd",
    "experts": "kmcore.cli.search:experts_cmd",
    "related": "kmcore.cli.search:related_cmd",
    "digest": "kmcore.cli.search:digest_cmd",
    "store": "kmcore.cli.store:store_group",
}

_HELP_SUMMARIES = {
    "init": "Create a knowledge base in a folder.",
    "add": "Add a record from a file, or by answering questions.",
    "show": "Show one record.",
    "list": "List records as a table, JSON or CSV.",
    "edit": "Change a record in your editor or with --set.",
    "delete": "Delete a record.",
    "validate": "Check every record file and link; list every problem.",
    "types": "List the record types this knowledge base can hold.",
    "demo": "Build a demo knowledge base from the bundled sample data.",
    "plugins": "List installed plugins and any that failed to load.",
    "backends": "List store and target backends, installed or known.",
    "doctor": "Check the installation and the knowledge base; say what to fix.",
    "store": "Copy the records between the folder and a database store.",
    "sync": "Publish changed records to the targets in kmcore.toml (--dry-run to preview).",
    "review": "List, show and clear PII guard flags that keep records unpublished.",
    "import": "Import records from a spreadsheet (.xlsx, .csv) or JSON, every row checked.",
    "export": "Export records to CSV, Excel or JSON-LD (schema.org, Dublin Core).",
    "person": "A person's data: subject access export, erasure, leavers.",
    "log": "Show the audit log: who changed which record, when, and how.",
    "report": "Write an impact evidence pack (HTML with charts, and CSV) for a period.",
    "search": "Search records: words, \"phrases\", prefix*, OR, -word; with filters.",
    "index": "Bring the search index up to date (--rebuild from scratch).",
    "experts": "Who to ask about a topic, with the evidence for each person.",
    "related": "Records related to one record; --lessons for learning before doing.",
    "digest": "What is new in each person's areas, as e-mail bodies (.eml or text).",
}


_debug_flag = False  # set by --debug for this invocation


def debug_enabled() -> bool:
    return _debug_flag or os.environ.get("KMCORE_DEBUG", "") not in ("", "0")


class LazyGroup(click.Group):
    """A click group that imports each command's module only when that command runs."""

    _plugin_commands_loaded = False

    def _load_plugin_commands(self) -> None:
        if self._plugin_commands_loaded:
            return
        self._plugin_commands_loaded = True
        from kmcore.plugins import get_plugins

        plugins = get_plugins()
        plugins.load()
        plugins.register_commands(self)

    def list_commands(self, ctx: click.Context) -> list[str]:
        self._load_plugin_commands()
        return sorted({*_COMMANDS, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = _COMMANDS.get(cmd_name)
        if target is None:
            if cmd_name not in self.commands:
                self._load_plugin_commands()
            return self.commands.get(cmd_name)
        module_name, attr = target.split(":")
        command = getattr(importlib.import_module(module_name), attr)
        assert isinstance(command, click.Command)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # Help lists one-line summaries without importing every command module.
        self._load_plugin_commands()
        rows = [(name, _HELP_SUMMARIES[name]) for name in sorted(_COMMANDS)]
        rows += [
            (name, cmd.get_short_help_str(60))
            for name, cmd in sorted(self.commands.items())
            if name not in _COMMANDS
        ]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="kmcore",
                      message="%(prog)s %(version)s")
@click.option("--kb", "kb_path", envvar="KMCORE_KB", type=click.Path(file_okay=False),
              help="Knowledge base folder (default: the nearest one above this folder; "
                   "or set KMCORE_KB).")
@click.option("--debug", is_flag=True,
              help="Show full tracebacks for errors (or set KMCORE_DEBUG=1).")
@click.pass_context
def cli(ctx: click.Context, kb_path: str | None, debug: bool) -> None:
    """kmcore: capture knowledge once, publish it wherever staff already look.

    Start with `kmcore demo` to see a sample knowledge base, or `kmcore init FOLDER`.
    """
    ctx.ensure_object(dict)
    ctx.obj["kb_path"] = kb_path
    global _debug_flag
    _debug_flag = debug


def main(argv: list[str] | None = None) -> Any:
    """Console-script entry point: run the CLI and turn kmcore errors into one clear line."""
    from kmcore.errors import KmcoreError

    global _debug_flag
    _debug_flag = False
    try:
        return cli.main(args=argv, prog_name="kmcore", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
    except KmcoreError as exc:
        if debug_enabled():
            raise
        first, *rest = str(exc).splitlines() or [type(exc).__name__]
        click.secho(f"Error: {first}", fg="red", err=True)
        for line in rest:
            click.echo(line, err=True)
        if exc.hint:
            click.echo(f"Hint: {exc.hint}", err=True)
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        # The reader of our output went away (`kmcore list | head`): nothing to say to it.
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stops the flush at exit failing
        sys.exit(1)
    except OSError as exc:
        # A full or read-only drive, or no permission, where a command writes its output
        # (a report, an import's problem list...): one line and what to do, not a traceback.
        if debug_enabled():
            raise
        message, hint = _os_error_words(exc)
        click.secho(f"Error: {message}", fg="red", err=True)
        click.echo(f"Hint: {hint}", err=True)
        sys.exit(1)


def _os_error_words(exc: OSError) -> tuple[str, str]:
    """The message and hint for an :class:`OSError` no command caught itself."""
    from kmcore.diskerrors import disk_problem

    name = str(exc.filename) if exc.filename else ""
    folder = os.path.dirname(name) or "."
    # A temporary file kmcore writes before renaming it into place (".name.tmp", ".x.abcd"):
    # the folder is what the person knows.
    shown = f"in {folder}" if os.path.basename(name).startswith(".") else name
    problem = disk_problem(exc, folder if name else "that folder")
    if problem is not None:
        return (f"could not write {shown or 'a file'}: {problem.what}", problem.hint)
    what = exc.strerror or str(exc)
    return (f"{shown}: {what}" if shown else what,
            "Check the path and that it is a file you may use; run again with --debug for "
            "the details.")


if __name__ == "__main__":  # python -m kmcore.cli
    main()


def open_kb(ctx: click.Context) -> Any:
    """For a plugin's command: the knowledge base named by ``--kb``/``KMCORE_KB`` (or the
    nearest one above the current folder), closed when the command ends."""
    from kmcore.cli._common import open_kb as opened

    return opened(ctx)

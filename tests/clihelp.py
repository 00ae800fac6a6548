"""Run the kmcore CLI in-process, through the same entry point as the console script."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs
from click.testing import CliRunner


@attrs.frozen
class Run:
    code: int
    out: str
    err: str


def run_cli(
    args: Sequence[str], *, input: str | None = None, env: Mapping[str, str] | None = None
) -> Run:
    """Call ``kmcore.cli.main`` with *args*; capture exit code, stdout and stderr."""
    from kmcore.cli import cli, main

    cli._plugin_commands_loaded = False  # type: ignore[attr-defined]
    runner = CliRunner()
    with runner.isolation(input=input, env=dict(env or {})) as streams:
        try:
            result = main(list(args))
            code = result if isinstance(result, int) else 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        out = streams[0].getvalue().decode()
        err = streams[1].getvalue().decode()
    return Run(code, out, err)

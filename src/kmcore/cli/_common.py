"""Helpers shared by the CLI's topic modules: finding the knowledge base, tables, values."""

from __future__ import annotations

import datetime as dt
import enum
import shutil
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from kmcore.kb import KnowledgeBase


def open_kb(ctx: click.Context) -> KnowledgeBase:
    """The knowledge base named by ``--kb``/``KMCORE_KB``, or the nearest one above here."""
    import kmcore

    root = ctx.find_root()
    path = (root.obj or {}).get("kb_path")
    kb = kmcore.open(path)
    kb.via = ctx.command_path.replace(root.info_name or "kmcore", "kmcore", 1)
    ctx.call_on_close(kb.close)
    return kb


def plain(value: Any) -> str:
    """A field value as short text for tables and ``show``."""
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return ", ".join(plain(v) for v in value)
    return str(value)


def table(headers: Sequence[str], rows: Sequence[Sequence[str]],
          keep: Sequence[int] = ()) -> str:
    """A plain-text table that fits the terminal (the widest columns are cut to fit, the
    widest first, so two long columns share the cut). The columns numbered in *keep* are
    never cut: what a reader must copy whole (a word to map with ``--map-value``)."""
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    total = shutil.get_terminal_size((120, 24)).columns
    spare = total - (sum(widths) + 2 * (len(widths) - 1))
    cuttable = [i for i in range(len(widths)) if i not in keep]
    while spare < 0 and cuttable and max(widths[i] for i in cuttable) > 10:
        widest = max(cuttable, key=lambda i: (widths[i], -i))
        widths[widest] -= 1
        spare += 1

    def fmt(cells: Sequence[str]) -> str:
        out = []
        for cell, width in zip(cells, widths, strict=True):
            text = cell if len(cell) <= width else cell[: width - 1] + "…"
            out.append(text.ljust(width))
        return "  ".join(out).rstrip()

    lines = [fmt(headers), fmt(["-" * w for w in widths])]
    lines += [fmt(row) for row in rows]
    return "\n".join(lines)


def report_unreadable(kb: KnowledgeBase) -> None:
    """Tell the user (on stderr) that some record files were skipped, and what to do."""
    if kb.unreadable:
        files = sorted({p.path.as_posix() for p in kb.unreadable})
        noun = "file" if len(files) == 1 else "files"
        click.secho(
            f"Warning: {len(files)} record {noun} could not be read and were skipped: "
            f"{', '.join(files[:5])}{' …' if len(files) > 5 else ''}",
            fg="yellow",
            err=True,
        )
        click.echo("Hint: run `kmcore validate` to see what is wrong in each.", err=True)


class UKDate(click.ParamType):  # type: ignore[type-arg]
    """A date as people type it in the UK: ``31/03/2025`` (day first), or ``2025-03-31``, or
    ``31 March 2025``; converted to a :class:`datetime.date`."""

    name = "DD/MM/YYYY"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> dt.date:
        if isinstance(value, dt.date):
            return value
        from kmcore.io.columns import ConversionError, parse_date

        try:
            return parse_date(str(value))
        except ConversionError:
            self.fail(f"{value!r} is not a date: write it as DD/MM/YYYY, e.g. 31/03/2025",
                      param, ctx)


UK_DATE = UKDate()

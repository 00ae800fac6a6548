"""A record as a Markdown page, and the folder's index page.

Everything that comes from a record is escaped: wikis and git hosts render Markdown to HTML,
and most of them pass raw HTML through, so a ``<script>`` typed into a record's summary would
otherwise run in every reader's browser. Text is escaped for HTML (``&``, ``<``, ``>``) and for
Markdown (characters that would start a link, emphasis, a heading or a table cell), so the page
shows exactly what was typed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from kmcore import codec
from kmcore.backend import Record

__all__ = ["escape", "index_page", "record_page"]

# Shown in the front matter, not in the body.
_FRONT = ("id", "type", "updated_at")
# Bookkeeping that readers of a wiki page do not need.
_SKIP = {"type", "schema_version", "id", "title", "display_name", "revision", "pii_cleared"}
_SHORT = 120  # longer text becomes a section of its own rather than a table cell
_INLINE = re.compile(r"([\\`*_{}\[\]()#+!|~])")
_LINE_START = re.compile(r"^(\s*)([-=>]|\d+[.)])", re.MULTILINE)


def escape(text: str) -> str:
    """*text* as Markdown that renders to exactly *text*, with no HTML and no markup."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _INLINE.sub(r"\\\1", text)
    # A line that starts with "-", "=", or "1." would become a list or an underline.
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def _cell(text: str) -> str:
    return escape(text).replace("\n", " ")


def _heading(key: str) -> str:
    return key.replace("_", " ").capitalize()


def _plain(value: Any) -> str:
    """A nested value (an outcome, a team member) as one line: ``key: value; key: value``."""
    if isinstance(value, Mapping):
        return "; ".join(f"{_heading(k)}: {_plain(v)}" for k, v in value.items()
                         if v not in (None, "", [], {}))
    if isinstance(value, list):
        return ", ".join(_plain(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _yaml_string(text: str) -> str:
    # A JSON string is a valid YAML double-quoted scalar, so colons and quotes stay intact;
    # <, > and & are written as \u escapes in case a site generator pastes the title raw.
    quoted = json.dumps(text, ensure_ascii=False)
    return quoted.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _front_matter(record: Record, data: Mapping[str, Any]) -> list[str]:
    lines = ["---", f"title: {_yaml_string(record.label)}"]
    lines += [f"{key}: {_yaml_string(str(data[key]))}" for key in _FRONT if key in data]
    lines.append("---")
    return lines


#: What a reference to a record not published here shows instead of its id.
NOT_HERE = "(not published here)"


def _hide(data: Any, hidden: Collection[str]) -> Any:
    """*data* with each id in *hidden* replaced, so a page never names what was withdrawn."""
    if isinstance(data, str):
        return NOT_HERE if data in hidden else data
    if isinstance(data, Mapping):
        return {k: _hide(v, hidden) for k, v in data.items()}
    if isinstance(data, list):
        return [_hide(v, hidden) for v in data]
    return data


def record_page(record: Record, type_label: str, hidden: Collection[str] = ()) -> str:
    """The Markdown page for *record* (as the gates let it be published). References to
    the records in *hidden* (not published on this target) show as "(not published here)"."""
    data = _hide(codec.to_dict(record), hidden) if hidden else codec.to_dict(record)
    table: list[tuple[str, str]] = [("Type", type_label)]
    sections: list[tuple[str, list[str]]] = []
    for key, value in data.items():
        if key in _SKIP or value in (None, "", [], {}):
            continue
        if isinstance(value, str) and len(value) <= _SHORT and "\n" not in value:
            table.append((_heading(key), _cell(value)))
        elif isinstance(value, bool | int | float):
            table.append((_heading(key), _cell(_plain(value))))
        elif isinstance(value, str):
            sections.append((_heading(key), [escape(value)]))
        elif isinstance(value, list) and all(isinstance(v, str) for v in value) and all(
            len(v) <= _SHORT for v in value
        ):
            table.append((_heading(key), _cell(", ".join(value))))
        elif isinstance(value, list):
            sections.append((_heading(key), [f"- {_cell(_plain(v))}" for v in value]))
        else:
            table.append((_heading(key), _cell(_plain(value))))
    lines = _front_matter(record, data)
    lines += ["", f"# {_cell(record.label)}", "", "| | |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in table]
    for name, body in sections:
        lines += ["", f"## {name}", "", *body]
    lines += ["", f"<!-- kmcore record {record.id}: edits here are reported by the next "
              "sync, not overwritten -->", ""]
    return "\n".join(lines)


def index_page(title: str, pages: Iterable[tuple[str, str, str]]) -> str:
    """``README.md``: every page, grouped by type. *pages*: (type label, title, file path)."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for type_label, page_title, path in pages:
        groups.setdefault(type_label, []).append((page_title, path))
    lines = [f"# {_cell(title)}", "",
             "Published by kmcore from the knowledge base; do not edit these pages here.", ""]
    if not groups:
        lines += ["Nothing is published yet.", ""]
    for type_label in sorted(groups):
        lines += [f"## {_cell(type_label)}", ""]
        for page_title, path in sorted(groups[type_label], key=lambda p: p[0].casefold()):
            lines.append(f"- [{_cell(page_title)}]({path})")
        lines.append("")
    return "\n".join(lines)

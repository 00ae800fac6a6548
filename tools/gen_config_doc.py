"""Write docs/config.md, the kmcore.toml reference, from the settings classes themselves.

    python tools/gen_config_doc.py          # rewrite docs/config.md
    python tools/gen_config_doc.py --check  # exit 1 if docs/config.md is out of date

Each table of the reference comes from an attrs class: its fields are the keys, their types
and defaults are read from the class, and each key's description is the class docstring's
``:ivar KEY:`` entry. A field without a description stops the tool, so a new setting cannot
reach users undocumented. The backend plugins kept in this repository (``plugins/``) must be
installed, as CI installs them.
"""

from __future__ import annotations

import enum
import importlib
import re
import sys
import types
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "config.md"


@attrs.frozen
class Section:
    """One table of the reference: where it goes in kmcore.toml, and the class it comes from."""

    heading: str
    table: str
    source: str  # "module:Class"
    intro: str
    skip: tuple[str, ...] = ()
    install: str | None = None  # the plugin that provides it, if not kmcore itself
    #: key -> "module:NAME" of the values the loader accepts, when narrower than the type
    #: (``audience`` is a Visibility, but a target cannot be ``private``).
    accepts: Mapping[str, str] = attrs.field(factory=dict)


SECTIONS = (
    Section(
        heading="The knowledge base", table="[knowledge_base]",
        source="kmcore.config:KBSettings", skip=("raw",),
        intro="Written by `kmcore init`; every knowledge base has it. An unknown key is "
              "refused, so a misspelling is caught rather than ignored.",
    ),
    Section(
        heading="Every target", table="[targets.NAME]",
        source="kmcore.sync.model:TargetConfig", skip=("name", "settings"),
        accepts={"audience": "kmcore.sync.config:_AUDIENCES",
                 "conflict_policy": "kmcore.sync.config:_POLICIES"},
        intro="One table per place to publish to; `NAME` (lower-case letters, digits, `-`, "
              "`_`) names it in reports and is the folder of its ledger, "
              "`.kmcore/targets/NAME/`. These keys mean the same for every backend; every "
              "other key in the table is the backend's own (below). A key that looks like a "
              "secret (`password`, `token`, `client_secret`, `api_key`...) with a value is "
              "refused: name an environment variable (`*_env`) or a file (`*_file`) instead.",
    ),
    Section(
        heading="The html target (built in)", table='[targets.NAME] with backend = "html"',
        source="kmcore.publish.html.settings:HtmlSettings",
        intro="The static intranet site; see [the intranet site](site.md).",
    ),
    Section(
        heading="The Confluence target", table='[targets.NAME] with backend = "confluence"',
        source="kmcore_confluence.settings:ConfluenceSettings", skip=("target",),
        install="kmcore-confluence",
        intro="Confluence Cloud or Data Center; see [Publishing to Confluence](confluence.md). "
              "An unknown key is refused. The token is read from the environment only when "
              "connecting.",
    ),
    Section(
        heading="The SharePoint target", table='[targets.NAME] with backend = "sharepoint"',
        source="kmcore_sharepoint.settings:SharePointSettings", skip=("target",),
        install="kmcore-sharepoint",
        intro="SharePoint Online through Microsoft Graph; see [SharePoint Online](sharepoint.md). "
              "An unknown key is refused (with the closest known one). TLS is always "
              "verified; see [the IT guide](it-guide.md#proxies-and-ca-bundles) for proxies "
              "and CA bundles.",
    ),
    Section(
        heading="The store", table="[store]",
        source="kmcore.config:StoreSettings",
        intro="Optional. Where the records are kept; without it, in the knowledge base folder. "
              "`kmcore store copy` moves them between the folder and the store named here.",
    ),
    Section(
        heading="The PostgreSQL store", table='[store] with backend = "postgres"',
        source="kmcore_postgres.settings:PostgresSettings",
        install="kmcore-postgres",
        intro="Records in a PostgreSQL database; see [PostgreSQL for a hub](postgres.md). "
              "An unknown key is refused (with the closest known one), and so is a key that "
              "would hold a secret (`password`...): the password comes from a password file, "
              "a libpq service file or `PGPASSWORD`.",
    ),
    Section(
        heading="Retention", table="[governance]",
        source="kmcore.governance.settings:GovernanceSettings",
        intro="Optional. How long personal data is kept; see [privacy](privacy.md).",
    ),
)

INTRO = """\
# Configuration reference (`kmcore.toml`)

Generated by `python tools/gen_config_doc.py` from the settings classes (each table names its
class); edit their docstrings, not this file. CI fails when this page is out of date.

A knowledge base is a folder with a `kmcore.toml` in it. Mistakes are reported with the file,
the setting as a path and what to do, e.g. `kmcore.toml: $.targets.intranet.audience: must be
one of organisation, nhs, public (got 'everyone')`. `kmcore doctor` checks the whole file,
every target included, without publishing anything. Secrets never go in this file: it is
shared with everybody who can open the knowledge base. Environment variables, proxies, and
where files live are in [the IT guide](it-guide.md).
"""


def _ivars(cls: type) -> dict[str, str]:
    """``:ivar NAME: text`` entries of *cls*'s docstring, continuation lines joined."""
    doc = cls.__doc__ or ""
    found: dict[str, str] = {}
    current: str | None = None
    for line in doc.splitlines():
        match = re.match(r"\s*:ivar (\w+):\s*(.*)", line)
        if match:
            current = match.group(1)
            found[current] = match.group(2).strip()
        elif current and line.strip() and not line.strip().startswith(":"):
            found[current] += " " + line.strip()
        else:
            current = None
    return {k: _markdown(v) for k, v in found.items()}


def _markdown(text: str) -> str:
    """reStructuredText bits of a docstring as Markdown: ``x`` -> `x`, :class:`y` -> `y`."""
    text = re.sub(r":\w+:`~?([^`]+)`", r"`\1`", text)
    text = text.replace("``", "`")
    return text.replace("|", "\\|")


def _kind(tp: Any) -> str:
    """A type as a reader of kmcore.toml sees it."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return " or ".join(_kind(a) for a in inner)
    if origin is typing.Literal:
        return " or ".join(f'`"{a}"`' for a in args)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return " or ".join(f'`"{m.value}"`' for m in tp)
    if tp is bool:
        return "`true` or `false`"
    if tp is int:
        return "whole number"
    if tp is float:
        return "number"
    if tp is str:
        return "text"
    if isinstance(tp, type) and issubclass(tp, Path):
        return "path"
    if origin in (tuple, list):
        return f"list of {_kind(args[0])}" if args else "list"
    if origin in (dict, Mapping) or tp in (dict, Mapping):
        return f"table of {_kind(args[1])}" if len(args) == 2 else "table"
    raise SystemExit(f"gen_config_doc: no wording for the type {tp!r}; add it to _kind()")


def _default(field: attrs.Attribute[Any]) -> str:
    # A "|" inside a table cell ends the cell, even inside backticks.
    return _shown_default(field).replace("|", "\\|")


def _shown_default(field: attrs.Attribute[Any]) -> str:
    default: Any = field.default
    if default is attrs.NOTHING:
        return "**required**"
    factory = getattr(default, "factory", None)  # attrs.Factory(dict) and friends
    if factory is not None and not getattr(default, "takes_self", False):
        default = factory()
    if default is None:
        return "—"
    if isinstance(default, enum.Enum):
        default = default.value
    if isinstance(default, bool):
        return f"`{str(default).lower()}`"
    if isinstance(default, str):
        return f'`"{default}"`'
    if isinstance(default, tuple | list):
        if not default:
            return "`[]`"
        return "`[" + ", ".join(f'"{v}"' for v in default) + "]`"
    if isinstance(default, Mapping):
        return "`{}`" if not default else f"`{dict(default)}`"
    return f"`{default}`"


def _load(source: str) -> type:
    module, _, name = source.partition(":")
    try:
        cls = getattr(importlib.import_module(module), name)
    except ImportError as exc:
        raise SystemExit(
            f"gen_config_doc: cannot import {source} ({exc}); install the repository's "
            "plugins first: pip install -e plugins/kmcore-confluence "
            "-e plugins/kmcore-sharepoint"
        ) from None
    return typing.cast(type, cls)


def rows(cls: type, skip: tuple[str, ...] = (),
         accepts: Mapping[str, str] | None = None) -> list[str]:
    """The table rows for the attrs class *cls*: one per field not in *skip*."""
    hints = typing.get_type_hints(cls)
    described = _ivars(cls)
    out = []
    for field in attrs.fields(cls):
        if field.name in skip:
            continue
        text = described.get(field.name)
        if not text:
            raise SystemExit(f"gen_config_doc: {cls.__module__}.{cls.__qualname__}."
                             f"{field.name} has no ':ivar {field.name}:' description in the "
                             "class docstring")
        if accepts and field.name in accepts:
            module, _, name = accepts[field.name].partition(":")
            values = getattr(importlib.import_module(module), name)
            kind = " or ".join(f'`"{v}"`' for v in values)
        else:
            kind = _kind(hints[field.name])
        out.append(f"| `{field.name}` | {kind} | {_default(field)} | {text} |")
    return out


def render_section(section: Section) -> str:
    """One section: heading, intro, and the keys table."""
    table = rows(_load(section.source), section.skip, section.accepts)
    module, _, name = section.source.partition(":")
    where = f"`{module}.{name}`" + (f", from `pip install {section.install}`"
                                    if section.install else "")
    return "\n".join([
        f"## {section.heading}", "", f"`{section.table}`: {section.intro}", "",
        f"Source: {where}.", "",
        "| key | value | default | meaning |", "|---|---|---|---|", *table, "",
    ])


def render() -> str:
    return "\n".join([INTRO, *(render_section(s) for s in SECTIONS)])


def main() -> int:
    text = render()
    if "--check" in sys.argv:
        if not DOC.exists() or DOC.read_text(encoding="utf-8") != text:
            print("docs/config.md is out of date: run python tools/gen_config_doc.py",
                  file=sys.stderr)
            return 1
        return 0
    DOC.write_text(text, encoding="utf-8")
    print(f"wrote {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

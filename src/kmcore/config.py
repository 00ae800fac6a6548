"""``kmcore.toml``: the settings file that marks a folder as a knowledge base.

The ``[knowledge_base]`` table, the store selection (``[store] backend``, see
:func:`store_selection`) and ``[governance]`` are read here, and a table kmcore does not know
is refused. ``[targets.NAME]`` (the sync engine's) and the store backend's own keys belong to
the code that uses them, which checks them when it does. Errors name the file
and the setting as a path (``kmcore.toml: $.knowledge_base.ods_code: ...``).
"""

from __future__ import annotations

import difflib
import json
import tomllib
from pathlib import Path
from typing import Any

import attrs

from kmcore.errors import ConfigError, KmcoreError
from kmcore.records.identifiers import ods_problem
from kmcore.retention import GovernanceSettings
from kmcore.textfile import TextEncodingError, read_text

__all__ = [
    "SETTINGS_FILE",
    "KBSettings",
    "StoreSettings",
    "find_kb_root",
    "load_settings",
    "store_selection",
    "write_settings",
]

SETTINGS_FILE = "kmcore.toml"
_KNOWN_KEYS = {"name", "organisation", "ods_code", "schema_version"}


@attrs.frozen(kw_only=True)
class KBSettings:
    """The knowledge base's own settings.

    :ivar name: what the knowledge base is called (shown in reports and the site header).
    :ivar organisation: the owning organisation, used as a new record's ``owner_org``.
    :ivar ods_code: that organisation's ODS code, when it has one (checked: e.g. ``RT3``).
    :ivar schema_version: the layout of the knowledge base's files; written by
        ``kmcore init``, never edited by hand.
    :ivar raw: the whole parsed file, for other tables (targets...) to read.
    """

    name: str
    organisation: str
    ods_code: str | None = None
    schema_version: int = 1
    raw: dict[str, Any] = attrs.field(factory=dict, eq=False, repr=False)


@attrs.frozen(kw_only=True)
class StoreSettings:
    """Where the records are kept: the ``[store]`` table (optional).

    :ivar backend: the store backend: ``local`` (the default: JSON files in the knowledge base
        folder) or one a plugin adds, such as ``postgres`` (``pip install kmcore-postgres``).
        Every other key in the table is that backend's own (below); the local store has none.
    """

    backend: str = "local"


def store_selection(settings: KBSettings) -> tuple[str, dict[str, Any]]:
    """The store backend named in ``[store]`` (``"local"`` without one) and the table's other
    keys, which are that backend's settings; :class:`ConfigError` if the table is malformed."""
    table = settings.raw.get("store", {})
    if not isinstance(table, dict):
        raise ConfigError(
            f"{SETTINGS_FILE}: $.store: must be a table ([store]), not a value",
            hint='Write it as a table: [store] then backend = "local" on the next line.',
        )
    backend = table.get("backend", "local")
    if not isinstance(backend, str) or not backend.strip():
        raise ConfigError(
            f"{SETTINGS_FILE}: $.store.backend: must be the name of a store backend "
            f"(got {backend!r})",
            hint='Use "local" (files in this folder) or an installed store, e.g. "postgres".',
        )
    options = {k: v for k, v in table.items() if k != "backend"}
    if backend == "local" and options:
        raise ConfigError(
            f"{SETTINGS_FILE}: $.store.{sorted(options)[0]}: is not a setting of the local "
            "store, which has none",
            hint="Remove it, or set backend to the store it belongs to.",
        )
    return backend, options


def find_kb_root(start: Path) -> Path | None:
    """The nearest folder at or above *start* holding a ``kmcore.toml``, or None."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / SETTINGS_FILE).is_file():
            return folder
    return None


def load_settings(root: Path) -> KBSettings:
    """Read ``root/kmcore.toml``; raise :class:`ConfigError` naming what is wrong."""
    path = root / SETTINGS_FILE
    try:
        raw = tomllib.loads(read_text(path))
    except TextEncodingError as exc:
        raise ConfigError(f"{path}: {exc.located}",
                          hint="Save kmcore.toml as UTF-8 and run the command again.") from None
    except FileNotFoundError:
        raise ConfigError(
            f"{root} is not a kmcore knowledge base (it has no {SETTINGS_FILE})",
            hint=f"Create one with: kmcore init {root}",
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            f"{path}: not valid TOML: {exc}", hint="Fix the syntax in that file."
        ) from None
    except OSError as exc:  # a folder named kmcore.toml, no permission...
        raise ConfigError(f"{path}: could not be read: {exc.strerror or exc}",
                          hint="Check that it is a file you may read.") from None
    table = raw.get("knowledge_base")
    if not isinstance(table, dict):
        raise ConfigError(
            f"{path}: $.knowledge_base: the [knowledge_base] table is missing",
            hint="Add a [knowledge_base] table with name and organisation, or re-run kmcore init.",
        )
    problems: list[str] = []
    for key in ("name", "organisation"):
        value = table.get(key)
        if not isinstance(value, str) or not value.strip():
            problems.append(f"$.knowledge_base.{key}: must be non-empty text")
    ods = table.get("ods_code")
    if ods is not None and ods_problem(ods):
        problems.append(f"$.knowledge_base.ods_code: {ods_problem(ods)} (got {ods!r})")
    version = table.get("schema_version", 1)
    if type(version) is not int or version < 1:
        problems.append("$.knowledge_base.schema_version: must be a whole number such as 1 "
                        f"(got {version!r}); kmcore init writes it: leave it as it was")
    for key in sorted(set(table) - _KNOWN_KEYS):
        problems.append(f"$.knowledge_base.{key}: is not a setting kmcore knows")
    problems += _other_table_problems(raw)
    if problems:
        raise ConfigError(
            f"{path}: " + "; ".join(problems),
            hint="Correct the settings named above; the knowledge base was not opened.",
        )
    return KBSettings(
        name=table["name"],
        organisation=table["organisation"],
        ods_code=ods,
        schema_version=version,
        raw=raw,
    )


#: The tables a kmcore.toml may hold. [store] and [targets.NAME] are checked by their backends
#: when the store is opened or a target synced; [governance] here, with the file.
_KNOWN_TABLES = ("knowledge_base", "store", "targets", "governance")
_GOVERNANCE_KEYS = {field.name for field in attrs.fields(GovernanceSettings)}


def _other_table_problems(raw: dict[str, Any]) -> list[str]:
    """What is wrong outside [knowledge_base]: a table or key kmcore does not know is refused
    rather than ignored (a misspelt ``[governence]`` would otherwise leave the retention
    period at its default without a word), and [governance] is checked as it is read."""
    problems: list[str] = []
    for key in sorted(set(raw) - set(_KNOWN_TABLES)):
        close = difflib.get_close_matches(key, _KNOWN_TABLES, n=1)
        problems.append(f"$.{key}: is not a table kmcore knows"
                        + (f" (did you mean [{close[0]}]?)" if close else
                           " (it knows [knowledge_base], [store], [targets.NAME] and "
                           "[governance])"))
    governance = raw.get("governance", {})
    if not isinstance(governance, dict):
        problems.append("$.governance: must be a table ([governance])")
        return problems
    for key in sorted(set(governance) - _GOVERNANCE_KEYS):
        problems.append(f"$.governance.{key}: is not a setting kmcore knows")
    try:
        GovernanceSettings.from_table(governance)
    except KmcoreError as exc:
        problems.append(exc.message.removeprefix("kmcore.toml: "))
    return problems


def _toml_string(value: str) -> str:
    # A JSON string is a valid TOML basic string (same escapes), which spares a dependency.
    return json.dumps(value, ensure_ascii=False)


def write_settings(root: Path, settings: KBSettings) -> Path:
    """Write a fresh ``kmcore.toml`` (refuses to overwrite one that exists)."""
    path = root / SETTINGS_FILE
    lines = [
        "# kmcore knowledge base settings. Records live in the folders beside this file.",
        "# Targets to publish to are added as [targets.NAME] tables; see docs/sync.md.",
        "",
        "[knowledge_base]",
        f"name = {_toml_string(settings.name)}",
        f"organisation = {_toml_string(settings.organisation)}",
    ]
    if settings.ods_code:
        lines.append(f"ods_code = {_toml_string(settings.ods_code)}")
    lines.append(f"schema_version = {settings.schema_version}")
    with path.open("x", encoding="utf-8", newline="\n") as handle:
        handle.write("\n".join(lines) + "\n")
    return path

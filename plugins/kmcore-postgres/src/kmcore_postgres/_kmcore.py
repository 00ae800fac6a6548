"""Everything this plugin uses from kmcore, in one place.

The store contract, errors, settings (the knowledge base's own too), registration and checks
all come from the backend toolkit (``kmcore.backend``), and records become plain data through
``kmcore.codec``, as docs/plugin-authors.md asks. No private ``kmcore.*._name`` module is
imported (tests/test_layers.py), nor ``kmcore.config`` (tests/test_postgres_kb.py).
"""

from __future__ import annotations

from kmcore import codec
from kmcore.backend import (
    AuditEntry,
    BackendSpec,
    Change,
    ConfigError,
    Conflict,
    FileProblem,
    KmcoreError,
    NotFound,
    Problem,
    Record,
    RecordTypeSpec,
    SettingError,
    Store,
    StoreError,
    TargetCheck,
    ValidationError,
    actor_key,
    at_revision,
    check_id,
    command_kb_root,
    hookimpl,
    kb_settings,
    ods_problem,
    parse_store_settings,
    setting,
    store_table,
)

__all__ = [
    "AuditEntry",
    "BackendSpec",
    "Change",
    "ConfigError",
    "Conflict",
    "FileProblem",
    "KmcoreError",
    "NotFound",
    "Problem",
    "Record",
    "RecordTypeSpec",
    "SettingError",
    "Store",
    "StoreError",
    "TargetCheck",
    "ValidationError",
    "actor_key",
    "at_revision",
    "check_id",
    "codec",
    "command_kb_root",
    "hookimpl",
    "kb_settings",
    "ods_problem",
    "parse_store_settings",
    "setting",
    "store_table",
]

"""Everything this plugin uses from kmcore, in one place.

The store contract, errors, registration and checks come from the backend toolkit
(``kmcore.backend``); the few things it does not carry (the record codec, the record-type spec
and validation errors that a store check reports, the ODS-code check) from kmcore's other
public modules. No private ``kmcore.*._name`` module is imported (tests/test_layers.py).
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
    Record,
    SettingError,
    Store,
    StoreError,
    TargetCheck,
    at_revision,
    check_id,
    hookimpl,
    parse_store_settings,
    setting,
)
from kmcore.errors import Problem, ValidationError
from kmcore.records.identifiers import ods_problem
from kmcore.specs import RecordTypeSpec

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
    "at_revision",
    "check_id",
    "codec",
    "hookimpl",
    "ods_problem",
    "parse_store_settings",
    "setting",
]

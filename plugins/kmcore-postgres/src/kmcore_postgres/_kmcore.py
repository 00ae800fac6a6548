"""Everything this plugin uses from kmcore, in one place.

Only public kmcore modules are imported, and only here, so that moving to the backend toolkit
(``kmcore.backend``) when it is released is a change to this file alone.
"""

from __future__ import annotations

from kmcore import codec
from kmcore.errors import (
    ConfigError,
    Conflict,
    KmcoreError,
    NotFound,
    Problem,
    StoreError,
    ValidationError,
)
from kmcore.hookspecs import hookimpl
from kmcore.ids import check_id
from kmcore.records.base import Record
from kmcore.records.identifiers import ods_problem
from kmcore.specs import BackendSpec, RecordTypeSpec
from kmcore.store.base import Change, FileProblem, Store
from kmcore.sync.model import TargetCheck

__all__ = [
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
    "Store",
    "StoreError",
    "TargetCheck",
    "ValidationError",
    "check_id",
    "codec",
    "hookimpl",
    "ods_problem",
]

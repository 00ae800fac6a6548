"""The backend toolkit: everything a store or target plugin needs, from one public module.

A target backend imports from here and nowhere private::

    from kmcore.backend import BaseTarget, Item, ItemResult, setting, result_from_exception

What it holds:

- **the target contract**: :class:`Target` (the protocol), :class:`Item`,
  :class:`ItemResult`, :class:`PulledItem`, :class:`TargetConfig`, :class:`SyncContext`,
  :class:`TargetCheck`, and :class:`BaseTarget` with the optional parts defaulted;
- **the store contract**: :class:`Store`, :class:`Change`, :class:`FileProblem`,
  :class:`Record`, and the errors a store raises (:class:`Conflict`, :class:`NotFound`,
  :class:`StoreError`, :class:`InvalidId`) with :func:`check_id`; what a store reports
  about a record it cannot read (:class:`ValidationError` of :class:`Problem`), the
  :class:`RecordTypeSpec` of each type it holds, :func:`ods_problem` to check an
  organisation's ODS code; :func:`at_revision` for
  the record a write returns; :class:`AuditingStore` and :class:`AuditEntry` for a store
  that keeps the audit log in its own transactions (a database), and :func:`actor_key`
  for an erasure's logins (:meth:`AuditingStore.forget_id`);
- **settings**: :func:`setting` fields on an attrs class, checked by :func:`parse_settings`
  (a target's table) or :func:`parse_store_settings` (a store's ``[store]``) with the
  key's path and a "did you mean" for every mistake; :func:`secret_from_env`;
- **files**: :func:`atomic_write`, the cross-machine :class:`FileLock`, a target's
  :class:`StateFile` (atomic, locked, versioned) and :func:`target_folder`;
- **errors**: :class:`BackendError` (``status``, ``retryable``, ``conflict``) and its kinds,
  :func:`result_from_exception` from an exception to the item's :class:`ItemResult`;
- **registration**: :class:`BackendSpec` and ``hookimpl``; **doctor**: :func:`named_checks`;
- **the knowledge base's settings**, for a backend's own commands and checks:
  :func:`command_kb_root` (the folder a command works on), :func:`store_table` (its
  ``[store]`` backend and settings) and :func:`kb_settings` (the rest of ``kmcore.toml``).

``docs/plugin-authors.md`` walks through writing a backend with it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

    from kmcore.audit import AuditEntry, actor_key
    from kmcore.backend.base import BaseTarget, named_checks
    from kmcore.backend.kb_folder import command_kb_root, kb_settings, store_table
    from kmcore.backend.results import error_text, result_from_exception
    from kmcore.backend.revisions import at_revision
    from kmcore.backend.secrets import secret_from_env
    from kmcore.backend.state import StateFile
    from kmcore.errors import (
        AuthError,
        BackendError,
        ConfigError,
        Conflict,
        InvalidId,
        KmcoreError,
        NotFound,
        PermissionDenied,
        Problem,
        RateLimited,
        RemoteError,
        StoreError,
        ValidationError,
    )
    from kmcore.hookspecs import hookimpl
    from kmcore.ids import check_id
    from kmcore.records.base import Record
    from kmcore.records.identifiers import ods_problem
    from kmcore.settings import (
        CORE_TARGET_KEYS,
        SettingError,
        parse_settings,
        parse_store_settings,
        setting,
        setting_info,
    )
    from kmcore.specs import BackendSpec, RecordTypeSpec
    from kmcore.store._lock import FileLock, LockHolder
    from kmcore.store.base import AuditingStore, Change, FileProblem, Store
    from kmcore.sync.model import (
        Item,
        ItemResult,
        PulledItem,
        SyncContext,
        Target,
        TargetCheck,
        TargetConfig,
    )

__all__ = [
    "CORE_TARGET_KEYS",
    "AuditEntry",
    "AuditingStore",
    "AuthError",
    "BackendError",
    "BackendSpec",
    "BaseTarget",
    "Change",
    "ConfigError",
    "Conflict",
    "FileLock",
    "FileProblem",
    "InvalidId",
    "Item",
    "ItemResult",
    "KmcoreError",
    "LockHolder",
    "NotFound",
    "PermissionDenied",
    "Problem",
    "PulledItem",
    "RateLimited",
    "Record",
    "RecordTypeSpec",
    "RemoteError",
    "SettingError",
    "StateFile",
    "Store",
    "StoreError",
    "SyncContext",
    "Target",
    "TargetCheck",
    "TargetConfig",
    "ValidationError",
    "actor_key",
    "at_revision",
    "atomic_write",
    "check_id",
    "command_kb_root",
    "error_text",
    "hookimpl",
    "kb_settings",
    "named_checks",
    "ods_problem",
    "parse_settings",
    "parse_store_settings",
    "result_from_exception",
    "secret_from_env",
    "setting",
    "setting_info",
    "store_table",
    "target_folder",
]


# Loaded on first use, so that a plugin module importing BackendSpec and hookimpl from here
# stays as cheap to import as kmcore.specs and kmcore.hookspecs (every command loads it).
_WHERE = {
    "AuditEntry": "kmcore.audit",
    "AuditingStore": "kmcore.store.base",
    "AuthError": "kmcore.errors",
    "BackendError": "kmcore.errors",
    "BackendSpec": "kmcore.specs",
    "BaseTarget": "kmcore.backend.base",
    "CORE_TARGET_KEYS": "kmcore.settings",
    "Change": "kmcore.store.base",
    "ConfigError": "kmcore.errors",
    "Conflict": "kmcore.errors",
    "FileLock": "kmcore.store._lock",
    "FileProblem": "kmcore.store.base",
    "InvalidId": "kmcore.errors",
    "Item": "kmcore.sync.model",
    "ItemResult": "kmcore.sync.model",
    "KmcoreError": "kmcore.errors",
    "LockHolder": "kmcore.store._lock",
    "NotFound": "kmcore.errors",
    "PermissionDenied": "kmcore.errors",
    "Problem": "kmcore.errors",
    "PulledItem": "kmcore.sync.model",
    "RateLimited": "kmcore.errors",
    "Record": "kmcore.records.base",
    "RecordTypeSpec": "kmcore.specs",
    "RemoteError": "kmcore.errors",
    "SettingError": "kmcore.settings",
    "StateFile": "kmcore.backend.state",
    "Store": "kmcore.store.base",
    "StoreError": "kmcore.errors",
    "SyncContext": "kmcore.sync.model",
    "Target": "kmcore.sync.model",
    "TargetCheck": "kmcore.sync.model",
    "TargetConfig": "kmcore.sync.model",
    "ValidationError": "kmcore.errors",
    "actor_key": "kmcore.audit",
    "at_revision": "kmcore.backend.revisions",
    "check_id": "kmcore.ids",
    "command_kb_root": "kmcore.backend.kb_folder",
    "error_text": "kmcore.backend.results",
    "hookimpl": "kmcore.hookspecs",
    "kb_settings": "kmcore.backend.kb_folder",
    "named_checks": "kmcore.backend.base",
    "ods_problem": "kmcore.records.identifiers",
    "parse_settings": "kmcore.settings",
    "parse_store_settings": "kmcore.settings",
    "result_from_exception": "kmcore.backend.results",
    "secret_from_env": "kmcore.backend.secrets",
    "setting": "kmcore.settings",
    "setting_info": "kmcore.settings",
    "store_table": "kmcore.backend.kb_folder",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'kmcore.backend' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def atomic_write(path: str | Path, data: bytes, *, mode: int | None = None) -> None:
    """Replace the file *path* with *data*: readers see the old or the new file, never a mix.

    The bytes go to a temporary file in the same folder (named ``.NAME.<random>.tmp``), are
    flushed to disk, then renamed over *path* (retried briefly on Windows, where a reader can
    hold the file for a moment). If anything fails, *path* is untouched and the temporary
    file removed. The folder must exist. *mode* (``0o600``: only its owner may read it) is
    set before any data is written.
    """
    from kmcore.store._files import atomic_write as write

    write(str(path), data, mode=mode)


def target_folder(kb_root: Path, target: str) -> Path:
    """The folder kmcore keeps a target's ledger and state in: ``.kmcore/targets/NAME/``."""
    from kmcore.sync.ledger import target_folder as folder

    return folder(kb_root, target)

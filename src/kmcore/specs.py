"""What plugins contribute: small attrs objects handed to a core-owned ``register`` callback."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

import attrs

from kmcore.records.base import Record

__all__ = ["BackendSpec", "RecordTypeSpec"]


@attrs.frozen(kw_only=True)
class RecordTypeSpec:
    """A record type the knowledge base can hold.

    :ivar name: the type name stored in each file's ``type`` key (``innovation``).
    :ivar cls: the attrs record class (a subclass of :class:`kmcore.records.base.Record`
        whose ``record_type`` class variable equals ``name``).
    :ivar folder: the folder its files live in, inside the knowledge base (``innovations``).
    :ivar label: singular human label (``Innovation``); ``plural``: (``Innovations``).
    :ivar description: one sentence shown in prompts and the records reference.
    """

    name: str
    cls: type[Record]
    folder: str
    label: str
    plural: str
    description: str = ""
    plugin: str = ""  # filled in by the registry: which plugin registered it


@attrs.frozen(kw_only=True)
class BackendSpec:
    """A store or target backend.

    :ivar name: what ``kmcore.toml`` calls it (``backend = "sharepoint"``).
    :ivar kind: ``"store"`` (holds records) or ``"target"`` (receives published records).
    :ivar factory: the class or callable that builds it from its settings, or an import path
        ``"package.module:attr"`` so the heavy module loads only when the backend is used.
    :ivar description: one sentence for ``kmcore backends``.
    :ivar settings: the attrs class of its ``[targets.NAME]`` settings, made with
        :func:`kmcore.backend.setting` fields (or an import path ``"package.module:Class"``).
        kmcore checks every target's table against it before the factory runs (an unknown
        key is refused with the closest known one), and ``tools/gen_config_doc.py``
        documents it.
    """

    name: str
    kind: Literal["store", "target"]
    factory: str | Callable[..., Any]
    description: str = ""
    settings: str | type[Any] | None = None
    plugin: str = ""  # filled in by the registry

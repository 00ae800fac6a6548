"""Built-in plugin: the record types every knowledge base has.

The table :data:`RECORD_TYPES` drives the registration, so adding a record type to the core
is one line here. A record module that is not present in this build is skipped. The classes
are registered by import path and imported when a record of the type is first read or
written: building the record classes is a good part of kmcore's start-up, and a run that
reads no record (an unchanged ``kmcore sync``) need not pay for it.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable

import attrs

from kmcore.hookspecs import hookimpl
from kmcore.records.base import Record
from kmcore.specs import RecordTypeSpec

__all__ = ["RECORD_TYPES", "BuiltinRecordType", "kmcore_register_record_types"]


@attrs.frozen
class BuiltinRecordType:
    """One row of :data:`RECORD_TYPES`: where the class lives and how people name it.

    :ivar name: the type name (the class's ``record_type``; a test keeps them equal).
    :ivar path: ``"module:Class"``.
    """

    name: str
    path: str
    folder: str
    label: str
    plural: str
    description: str

    def load(self) -> type[Record] | None:
        """The record class, or None when its module is not part of this build."""
        module_name, _, attr = self.path.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            # Only "this very module is absent" is a skip; a missing dependency *inside* the
            # module is a real failure and must be reported.
            if exc.name == module_name:
                return None
            raise
        cls: type[Record] = getattr(module, attr)
        return cls

    def present(self) -> bool:
        """Whether the class's module is part of this build (found without importing it)."""
        return importlib.util.find_spec(self.path.partition(":")[0]) is not None


RECORD_TYPES: tuple[BuiltinRecordType, ...] = (
    BuiltinRecordType("innovation", "kmcore.records.innovation:Innovation", "innovations",
                      "Innovation", "Innovations",
                      "A new way of working, a service change or a tool."),
    BuiltinRecordType("person", "kmcore.records.person:Person", "people", "Person", "People",
                      "Someone staff can ask, with the expertise they offer."),
    BuiltinRecordType("story", "kmcore.records.story:Story", "stories", "Story", "Stories",
                      "An impact story: what the library and knowledge service made possible."),
    BuiltinRecordType("capture_record", "kmcore.records.capture:CaptureRecord",
                      "capture-records", "Capture record", "Capture records",
                      "A knowledge-capture session (After Action Review, Peer Assist...)."),
    BuiltinRecordType("lesson", "kmcore.records.lesson:Lesson", "lessons", "Lesson", "Lessons",
                      "A lesson learned: what happened and what to do next time."),
)


@hookimpl
def kmcore_register_record_types(register: Callable[[RecordTypeSpec], None]) -> None:
    for entry in RECORD_TYPES:
        if not entry.present():
            continue
        register(
            RecordTypeSpec(
                name=entry.name,
                cls=entry.path,
                folder=entry.folder,
                label=entry.label,
                plural=entry.plural,
                description=entry.description,
            )
        )

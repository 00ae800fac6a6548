"""Built-in plugin: the record types every knowledge base has.

The table :data:`RECORD_TYPES` drives the registration, so adding a record type to the core
is one line here. A record module that is not present in this build is skipped; one that is
present but fails to import is an error, and this plugin is then reported as failed by
``kmcore plugins --all`` and ``kmcore doctor``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

import attrs

from kmcore.hookspecs import hookimpl
from kmcore.records.base import Record
from kmcore.specs import RecordTypeSpec

__all__ = ["RECORD_TYPES", "BuiltinRecordType", "kmcore_register_record_types"]


@attrs.frozen
class BuiltinRecordType:
    """One row of :data:`RECORD_TYPES`: where the class lives and how people name it.

    :ivar path: ``"module:Class"``; the type name is the class's ``record_type``.
    """

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


RECORD_TYPES: tuple[BuiltinRecordType, ...] = (
    BuiltinRecordType("kmcore.records.innovation:Innovation", "innovations", "Innovation",
                      "Innovations", "A new way of working, a service change or a tool."),
    BuiltinRecordType("kmcore.records.person:Person", "people", "Person", "People",
                      "Someone staff can ask, with the expertise they offer."),
    BuiltinRecordType("kmcore.records.story:Story", "stories", "Story", "Stories",
                      "An impact story: what the library and knowledge service made possible."),
    BuiltinRecordType("kmcore.records.capture:CaptureRecord", "capture-records",
                      "Capture record", "Capture records",
                      "A knowledge-capture session (After Action Review, Peer Assist...)."),
    BuiltinRecordType("kmcore.records.lesson:Lesson", "lessons", "Lesson", "Lessons",
                      "A lesson learned: what happened and what to do next time."),
)


@hookimpl
def kmcore_register_record_types(register: Callable[[RecordTypeSpec], None]) -> None:
    for entry in RECORD_TYPES:
        cls = entry.load()
        if cls is None:
            continue
        register(
            RecordTypeSpec(
                name=cls.record_type,
                cls=cls,
                folder=entry.folder,
                label=entry.label,
                plural=entry.plural,
                description=entry.description,
            )
        )

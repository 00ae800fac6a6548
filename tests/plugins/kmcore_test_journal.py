"""A trust's own record type, registered the way an installed plugin would."""

from __future__ import annotations

from collections.abc import Callable

import attrs

from kmcore.hookspecs import hookimpl
from kmcore.records import _fields as f
from kmcore.records.base import KnowledgeRecord
from kmcore.specs import RecordTypeSpec


@attrs.frozen(kw_only=True)
class JournalClub(KnowledgeRecord):
    """A journal club meeting and the paper discussed."""

    record_type = "journal_club"
    id_prefix = "jc"

    paper: str = f.text(required=True, limit=500, help="The paper discussed")


SPEC = RecordTypeSpec(
    name="journal_club",
    cls=JournalClub,
    folder="journal-clubs",
    label="Journal club",
    plural="Journal clubs",
    description="A journal club meeting and the paper discussed.",
)


@hookimpl
def kmcore_register_record_types(register: Callable[[RecordTypeSpec], None]) -> None:
    register(SPEC)

"""``Lesson``: what a team learned, produced by capture records and consulted by later ones."""

from __future__ import annotations

import attrs

from kmcore.records import _fields as f
from kmcore.records.base import KnowledgeRecord
from kmcore.records.vocab import LessonPolarity, LessonStatus, StaffGroup

__all__ = ["Lesson"]


@attrs.frozen(kw_only=True)
class Lesson(KnowledgeRecord):
    """A lesson learned: one statement, one recommendation, and where it came from.

    Lessons are first-class so that a Before Action Review or Peer Assist can consult them
    (``CaptureRecord.prior_lessons``) and close the learning loop.
    """

    record_type = "lesson"
    id_prefix = "lesson"

    statement: str = f.text(required=True, limit=1000, help="What we learned, in a sentence or two")
    recommendation: str = f.text(
        required=True, limit=1000, help="What to do next time, one sentence"
    )
    polarity: LessonPolarity = f.choice(
        LessonPolarity, required=True, help="sustain (it worked) or improve (it did not)"
    )
    lesson_status: LessonStatus = f.choice(
        LessonStatus, default=LessonStatus.IDENTIFIED, help="How far the lesson has been acted on"
    )
    context: str = f.text(limit=2000, help="The situation it came from")
    trigger_event: str = f.text(limit=1000, help="The event that taught it")
    impact: str = f.text(limit=1000, help="What difference it made")
    root_cause: str = f.text(limit=1000, help="Why it happened")
    category: str = f.text(limit=100, help="e.g. 'communication', 'equipment'")
    applies_to_staff_groups: tuple[StaffGroup, ...] = f.choices(
        StaffGroup, help="Staff groups it matters to"
    )
    owner: str | None = f.ref("owned_by", ("person",), help="Person who owns acting on it")
    validated_by: str | None = f.ref("validated_by", ("person",),
                                     help="Who checked it is right")
    source_capture: str | None = f.ref(
        "produced_by", ("capture_record",), help="The capture record it came from"
    )
    related_innovations: tuple[str, ...] = f.refs("relates_to", ("innovation",),
                                                  help="Innovations it is about")
    previously_identified: bool = f.flag(
        help="Had this lesson been identified before? (PRINCE2: a repeat means it was not learned)"
    )
    early_warning: str = f.text(limit=1000, help="Signs that the problem is coming back")

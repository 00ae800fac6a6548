"""Shared helpers for the sync tests (no tests here): lessons and a fake-dir target."""

from __future__ import annotations

from pathlib import Path

import kmcore
from kmcore.records.lesson import Lesson
from kmcore.records.vocab import LessonPolarity, Status, Visibility

TARGET = """
[targets.t]
backend = "fake-dir"
path = "published"
batch_size = {batch_size}
{extra}
"""


def lesson(i: int, **changes: object) -> Lesson:
    fields: dict[str, object] = {
        "id": f"lesson-{i:04d}",
        "title": f"Lesson number {i}",
        "statement": f"What we learnt, number {i}.",
        "recommendation": "Do it again.",
        "polarity": LessonPolarity.SUSTAIN,
        "status": Status.PUBLISHED,
        "visibility": Visibility.ORGANISATION,
    }
    fields.update(changes)
    return Lesson(**fields)  # type: ignore[arg-type]


def make_kb(root: Path, count: int = 5, *, batch_size: int = 10, extra: str = "",
            with_target: bool = True) -> kmcore.KnowledgeBase:
    """A knowledge base at *root* with *count* published lessons and target ``t``."""
    kb = kmcore.init(root, name="Test KB", organisation="Test Trust")
    for i in range(count):
        kb.add(lesson(i))
    kb.close()
    if with_target:
        with open(root / "kmcore.toml", "a", encoding="utf-8") as fh:
            fh.write(TARGET.format(batch_size=batch_size, extra=extra))
    return kmcore.open(root)


def published(root: Path) -> Path:
    return root / "published"

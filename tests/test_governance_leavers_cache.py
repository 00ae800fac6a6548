"""The leaver check reads only the person files that changed, and is never wrong for it.

``kmcore sync`` looks for leavers' profiles to remove before every run; it remembers each
person file's answer beside its size, time and inode (``.kmcore/leavers.json``).
"""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import attrs
import pytest

import kmcore
from kmcore.governance.leavers import leave, leavers_due
from kmcore.records.person import ExpertiseProfile, Person

TODAY = dt.date(2025, 6, 1)


def _age_person_files(kb: kmcore.KnowledgeBase) -> None:
    """Make every person file look an hour old, so the list's entries for them are trusted
    (a file saved within two seconds of the list being written is always read again)."""
    old = time.time() - 3600
    for path in (Path(kb.root) / kb.types["person"].folder).glob("*.json"):
        os.utime(path, (old, old))


@pytest.fixture
def people(kb: kmcore.KnowledgeBase) -> kmcore.KnowledgeBase:
    profile = ExpertiseProfile(overview="Falls")
    for i in range(30):
        kb.add(Person(id=f"person-{i:02d}", display_name=f"Person {i}", profile=profile))
    leave(kb, "person-03", dt.date(2025, 1, 1))
    leave(kb, "person-07", dt.date(2025, 5, 30))
    _age_person_files(kb)
    return kb


def _ids(kb: kmcore.KnowledgeBase) -> list[str]:
    return sorted(p.id for p, _ in leavers_due(kb, TODAY))


def _count_reads(kb: kmcore.KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    reads: list[str] = []
    real_get = type(kb).get

    def counting_get(self: kmcore.KnowledgeBase, record_id: str,
                     record_type: str | None = None) -> object:
        reads.append(record_id)
        return real_get(self, record_id, record_type)

    monkeypatch.setattr(type(kb), "get", counting_get)
    monkeypatch.setattr(type(kb), "records", lambda *a, **k: pytest.fail("full scan"))
    return reads


def test_unchanged_people_are_not_read_again(people: kmcore.KnowledgeBase,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    assert _ids(people) == ["person-03", "person-07"]
    assert (Path(people.root) / ".kmcore" / "leavers.json").exists()
    reads = _count_reads(people, monkeypatch)
    assert _ids(people) == ["person-03", "person-07"]
    assert sorted(reads) == ["person-03", "person-07"]  # the candidates, checked again


def test_every_change_is_seen(people: kmcore.KnowledgeBase) -> None:
    kb = people
    assert _ids(kb) == ["person-03", "person-07"]
    leave(kb, "person-12", dt.date(2025, 2, 1))                     # a new leaver
    kb.update(attrs.evolve(kb.get("person-03"), profile=None))      # profile removed
    kb.delete("person-07")                                          # deleted
    assert _ids(kb) == ["person-12"]
    # Edited by hand, in place, keeping the file's old modification time: the size differs.
    path = Path(kb.root) / kb.types["person"].folder / "person-20.json"
    stat = path.stat()
    text = path.read_text(encoding="utf-8")
    text = text.replace('"display_name"', '"employment_status": "left",\n  '
                        '"left_on": "2025-01-02",\n  "display_name"', 1)
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert _ids(kb) == ["person-12", "person-20"]


def test_a_damaged_list_costs_time_not_answers(people: kmcore.KnowledgeBase) -> None:
    assert _ids(people) == ["person-03", "person-07"]
    (Path(people.root) / ".kmcore" / "leavers.json").write_text("{not json", encoding="utf-8")
    assert _ids(people) == ["person-03", "person-07"]
    # A list that claims a leaver who is not one: the record itself is checked again.
    leavers = Path(people.root) / ".kmcore" / "leavers.json"
    leavers.write_text(leavers.read_text(encoding="utf-8").replace('"-"', '"L"'),
                       encoding="utf-8")
    assert _ids(people) == ["person-03", "person-07"]


def test_an_erasure_leaves_nothing_of_the_person_in_the_list(people: kmcore.KnowledgeBase
                                                             ) -> None:
    from kmcore.governance.people import forget

    assert _ids(people) == ["person-03", "person-07"]
    leavers = Path(people.root) / ".kmcore" / "leavers.json"
    assert "person-03" in leavers.read_text(encoding="utf-8")
    forget(people, "person-03")
    assert not leavers.exists() or "person-03" not in leavers.read_text(encoding="utf-8")
    assert _ids(people) == ["person-07"]
    assert "person-03" not in leavers.read_text(encoding="utf-8")

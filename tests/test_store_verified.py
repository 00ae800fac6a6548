"""Scans skip field rules only for file contents already seen to pass them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kmcore
from kmcore.kb import KnowledgeBase


def _lesson(**overrides: object) -> kmcore.Lesson:
    fields: dict[str, object] = dict(
        title="Confirm rooms", statement="Rooms were double-booked.",
        recommendation="Confirm first.", polarity="improve",
    )
    fields.update(overrides)
    return kmcore.Lesson(**fields)  # type: ignore[arg-type]


def _verified(kb: KnowledgeBase) -> Path:
    return kb.root / ".kmcore" / "verified.json"


def test_a_scan_records_verified_contents(kb: KnowledgeBase) -> None:
    kb.add(_lesson())
    kb.add(_lesson())
    assert kb.count() == 2
    data = json.loads(_verified(kb).read_text())
    assert len(data["files"]) == 2


def test_a_hand_edit_after_verification_is_still_caught(kb: KnowledgeBase) -> None:
    stored = kb.add(_lesson(id="rooms"))
    assert kb.count() == 1  # verified now
    path = kb.root / "lessons" / "rooms.json"
    data = json.loads(path.read_text())
    data["title"] = "   "  # a rule violation, not a type error
    path.write_text(json.dumps(data, indent=2))
    assert list(kb.records()) == []
    assert [p.problem.path for p in kb.unreadable] == ["$.title"]
    assert stored.id == "rooms"


def test_a_forged_or_corrupt_list_does_no_harm(kb: KnowledgeBase) -> None:
    kb.add(_lesson())
    _verified(kb).write_text("{ not json")
    assert kb.count() == 1
    # After a scan the list is rewritten in good order.
    assert json.loads(_verified(kb).read_text())["format"] == 1


def _break_title_and_claim_it_verified(kb: KnowledgeBase, *, rules: str | None = None) -> None:
    """Blank the title of verified record 'rooms' and add those bytes to the verified list,
    as a forged list (or one from other rule code, when *rules* is given) would."""
    from kmcore.store._verified import content_key

    kb.add(_lesson(id="rooms"))
    kb.count()
    path = kb.root / "lessons" / "rooms.json"
    data = json.loads(path.read_text())
    data["title"] = ""
    broken = json.dumps(data, indent=2)
    path.write_text(broken)
    listing = json.loads(_verified(kb).read_text())
    if rules is not None:
        listing["rules"] = rules
    listing["files"].append(content_key(broken.encode()))
    _verified(kb).write_text(json.dumps(listing))


def test_a_list_from_other_rule_code_is_ignored(kb: KnowledgeBase) -> None:
    _break_title_and_claim_it_verified(kb, rules="other-rules")
    assert kb.count() == 0


def test_validate_never_trusts_the_list(kb: KnowledgeBase) -> None:
    _break_title_and_claim_it_verified(kb)
    assert [p.problem.path for p in kb.validate()] == ["$.title"]


@pytest.mark.parametrize("complete", [True, False])
def test_the_list_forgets_deleted_files_only_after_a_full_scan(
    kb: KnowledgeBase, complete: bool
) -> None:
    a = kb.add(_lesson())
    kb.add(_lesson())
    kb.count()
    kb.delete(a.id)
    if complete:
        kb.count()
        assert len(json.loads(_verified(kb).read_text())["files"]) == 1
    else:
        kb.count("lesson")  # one type only: cannot tell what else exists
        assert len(json.loads(_verified(kb).read_text())["files"]) == 2

"""``kmcore review``: list, show and clear PII guard flags. Synthetic numbers only (999 band)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import kmcore
from clihelp import run_cli
from kmcore.gates import evaluate
from kmcore.sync.model import TargetConfig

NUMBER = "943 476 5919"  # synthetic: in the never-issued 9... band
OTHER_NUMBER = "9990000018"
INTRANET = TargetConfig(name="intranet", backend="html")


@pytest.fixture
def kbdir(tmp_path: Path) -> Path:
    root = tmp_path / "kb"
    with kmcore.init(root, name="Test KB", organisation="Test Trust") as kb:
        kb.add(kmcore.Lesson(
            id="lesson-flagged", title="Falls on Ward 7", status="published",
            statement="Patients fell at night.", recommendation="Lower the beds.",
            polarity="improve",
            context=f"Patient NHS no {NUMBER} fell twice; order {OTHER_NUMBER} for beds.",
        ))
        kb.add(kmcore.Lesson(
            id="lesson-clean", title="Book rooms early", status="published",
            statement="Rooms went.", recommendation="Book early.", polarity="improve",
        ))
    return root


def review(kbdir: Path, *args: str) -> Any:
    return run_cli(["--kb", str(kbdir), "review", *args])


def no_number_in(text: str) -> None:
    assert "5919" not in text and "943 476" not in text and "9434765919" not in text
    assert OTHER_NUMBER not in text and "00018" not in text


def test_list_shows_open_flags_without_values_and_exits_1(kbdir: Path) -> None:
    result = review(kbdir)
    assert result.code == 1, result.err
    assert "lesson-flagged" in result.out and "lesson-clean" not in result.out
    assert "NHS number" in result.out and "$.context" in result.out
    assert "high" in result.out and "medium" in result.out
    assert "2 open flags in 1 record" in result.out
    no_number_in(result.out + result.err)


def test_list_json(kbdir: Path) -> None:
    result = review(kbdir, "--json")
    assert result.code == 1
    (entry,) = json.loads(result.out)
    assert entry["id"] == "lesson-flagged" and entry["title"] == "Falls on Ward 7"
    first, second = entry["flags"]
    assert first["number"] == 1 and first["kind"] == "nhs_number"
    assert first["path"] == "$.context" and first["character"] == first["position"] + 1 == 16
    assert first["confidence"] == "high" and first["fingerprint"].startswith("pii1-")
    assert "excerpt" not in first  # list output may go into job logs: no excerpts there
    assert second["confidence"] == "medium"
    no_number_in(result.out)


def test_show_numbers_the_flags_with_masked_excerpts(kbdir: Path) -> None:
    result = review(kbdir, "lesson-flagged")
    assert result.code == 0, result.err
    assert "1. possible NHS number in $.context at character 16 (high confidence, near " \
        "'NHS no')" in result.out
    assert "…" in result.out or "Patient NHS no ••• ••• ••19" in result.out
    assert "Patient NHS no ••• ••• ••19 fell twice" in result.out
    assert "2. possible NHS number in $.context" in result.out
    assert "--clear N --revision 1" in result.out
    no_number_in(result.out.replace("••19", "").replace("••18", ""))


def test_clear_one_flag_round_trip(kbdir: Path) -> None:
    shown = json.loads(review(kbdir, "lesson-flagged", "--json").out)
    assert [f["number"] for f in shown["open"]] == [1, 2]
    order_flag = shown["open"][1]

    result = review(kbdir, "lesson-flagged", "--clear", "2", "--by", "Robin Test",
                    "--note", "a bed supplier's order number", "--revision", "1")
    assert result.code == 0, result.err
    assert "Cleared 1 flag on lesson lesson-flagged (revision 2)" in result.out
    assert "1 open flag left" in result.out

    with kmcore.open(kbdir) as kb:
        record = kb.get("lesson-flagged")
        (clearance,) = record.pii_cleared
        assert clearance.fingerprint == order_flag["fingerprint"]
        assert clearance.cleared_by == "Robin Test"
        assert clearance.note == "a bed supplier's order number"
        # Still blocked by the other flag, and only by it.
        decision = evaluate(record, INTRANET, kb.plugins)
        assert [b.position for b in decision.blocks] == [15]

    after = json.loads(review(kbdir, "lesson-flagged", "--json").out)
    assert [f["fingerprint"] for f in after["open"]] == [shown["open"][0]["fingerprint"]]
    assert after["cleared"][0]["cleared_by"] == "Robin Test"
    assert "at character" in after["cleared"][0]["description"]


def test_clear_all_then_the_record_publishes_and_list_exits_0(kbdir: Path) -> None:
    result = review(kbdir, "lesson-flagged", "--clear-all", "--by", "person-robin",
                    "--note", "checked with the ward: test patient data")
    assert result.code == 0, result.err
    assert "Cleared 2 flags" in result.out and "No open flags left" in result.out
    listed = review(kbdir)
    assert listed.code == 0 and "No open PII flags." in listed.out
    with kmcore.open(kbdir) as kb:
        record = kb.get("lesson-flagged")
        decision = evaluate(record, INTRANET, kb.plugins)
        assert not decision.blocked
        assert decision.record.pii_cleared == ()


def test_a_new_number_after_clearing_flags_again(kbdir: Path) -> None:
    review(kbdir, "lesson-flagged", "--clear-all", "--by", "Robin", "--note", "test data")
    with kmcore.open(kbdir) as kb:
        record = kb.get("lesson-flagged")
        import attrs

        kb.update(attrs.evolve(record, impact=f"Also DOB 12/03/1956 on {record.title}"))
    result = review(kbdir, "--json")
    assert result.code == 1
    (entry,) = json.loads(result.out)
    assert [(f["kind"], f["path"]) for f in entry["flags"]] == [("date_of_birth", "$.impact")]


def test_clear_by_fingerprint(kbdir: Path) -> None:
    shown = json.loads(review(kbdir, "lesson-flagged", "--json").out)
    fp = shown["open"][0]["fingerprint"]
    result = review(kbdir, "lesson-flagged", "--clear", fp, "--by", "Robin", "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert [f["fingerprint"] for f in data["cleared"]] == [fp]
    assert len(data["open"]) == 1


def test_a_stale_revision_is_refused(kbdir: Path) -> None:
    result = review(kbdir, "lesson-flagged", "--clear", "1", "--by", "Robin", "--revision", "7")
    assert result.code == 1
    assert "is at revision 1 now, not 7" in result.err


@pytest.mark.parametrize(("args", "message"), [
    (["--clear", "1", "--by", "Robin"], "give the RECORD_ID"),
    (["lesson-flagged", "--clear", "1"], "say who is clearing"),
    (["lesson-flagged", "--by", "Robin"], "go with --clear"),
    (["lesson-flagged", "--clear", "1", "--clear-all", "--by", "R"], "choose one of"),
    (["lesson-flagged", "--clear", "3", "--by", "R"], "give a number from 1 to 2"),
    (["lesson-flagged", "--clear", "1", "--by", "R", "--note", "it is order 1234567"],
     "holds a long number"),
    (["lesson-flagged", "--clear", "1", "--by", "R", "--note", "NHS number 943 476 5919"],
     "patient identifier"),
])
def test_usage_errors(kbdir: Path, args: list[str], message: str) -> None:
    result = review(kbdir, *args)
    assert result.code == 2, result.out
    assert message in result.err
    no_number_in(result.err)


def test_clearing_a_record_without_flags_is_an_error(kbdir: Path) -> None:
    result = review(kbdir, "lesson-clean", "--clear-all", "--by", "Robin")
    assert result.code == 1
    assert "has no open PII flags" in result.err
    assert review(kbdir, "lesson-clean").out.splitlines()[-1] == "No open PII flags."

"""benchmarks/experts_rules.py: the rule switches restore the finder, refuse unknown rules, and
the evidence classification names what the finder holds (D1320, D1323)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

import kmcore.search.experts as finder
from kmcore.search.experts import ClaimEvidence, Expert, RecordEvidence

SCRIPT = Path(__file__).parent.parent / "benchmarks" / "experts_rules.py"


@pytest.fixture(scope="module")
def rules() -> ModuleType:
    spec = importlib.util.spec_from_file_location("experts_rules", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["experts_rules"] = module
    spec.loader.exec_module(module)
    return module


def test_switches_name_real_rules(rules: ModuleType) -> None:
    """Every switch reaches something the finder has (a renamed rule would otherwise be
    'switched off' by adding a new, unused attribute)."""
    for _label, attr, _neutral in rules.SWITCHES:
        owner: object = finder
        if attr.startswith("_Votes."):
            owner, attr = finder._Votes, attr.removeprefix("_Votes.")
        assert hasattr(owner, attr), attr
    for name in rules.WEIGHTS:
        assert isinstance(getattr(finder, name), float), name


def test_switched_off_restores_the_finder(rules: ModuleType) -> None:
    before = (finder.OTHER_SENSE, finder._related, finder._Votes.supporting_parts)
    with pytest.raises(RuntimeError), rules.switched_off(
            ["OTHER_SENSE=1", "_related", "_Votes.supporting_parts"]):
        assert finder.OTHER_SENSE == 1.0
        assert finder._related is not before[1]
        assert finder._Votes.supporting_parts is not before[2]
        raise RuntimeError("a failing measurement")
    assert (finder.OTHER_SENSE, finder._related, finder._Votes.supporting_parts) == before


def test_unknown_rule_is_refused(rules: ModuleType) -> None:
    with pytest.raises(ValueError, match="no such rule switch: OTHER_SENS=1"), \
            rules.switched_off(["OTHER_SENS=1"]):
        pass


def _expert(claims: list[ClaimEvidence], records: list[RecordEvidence]) -> Expert:
    return Expert(person_id="person-x", name="X", job_title="", department="", score=1.0,
                  claims=tuple(claims), records=tuple(records))


def test_evidence_kind(rules: ModuleType) -> None:
    kind = rules._evidence_kind
    assert kind(None) == "not listed: nothing the finder matches"
    led = RecordEvidence(id="inn-a", type="innovation", title="A", role="lead", date="",
                         contribution=1.0, matched="hives")
    other = RecordEvidence(id="inn-b", type="innovation", title="B", role="lead", date="",
                           contribution=0.1, matched="tolerance, in another sense")
    part = RecordEvidence(id="inn-c", type="innovation", title="C", role="participant",
                          date="", contribution=0.1, matched="only falls")
    own = ClaimEvidence(label="Hives", basis="self_declared", level="", matched="hives")
    related = ClaimEvidence(label="Dermatology", basis="related", level="", matched="x")
    assert kind(_expert([own], [led])) == \
        "own claim (whole topic); led/wrote a record on the whole topic"
    assert kind(_expert([own], [other])) == \
        "own claim (whole topic); records on the topic read in another sense only"
    assert kind(_expert([related], [part])) == \
        "only inferred claims (related); records with part of the topic only"
    assert kind(_expert([], [])) == "no claim; no record"

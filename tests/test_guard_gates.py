"""The publication gates: kmcore.gates.evaluate, the built-in gates, the hook.

Numbers are synthetic (the 999 band, never issued to patients).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import attrs
import pytest

import kmcore
from kmcore.gates import PublishDecision, evaluate, failure_reason
from kmcore.gates import builtin as builtin_gates
from kmcore.guard.pii import clear, open_findings
from kmcore.records._fields import deferred_validation
from kmcore.records.parts import Quote
from kmcore.records.vocab import Visibility
from kmcore.sync.model import TargetConfig
from kmcore.testing.plugins import make_plugins
from records_strategies import capture_with, load, minimal

NUMBER = "943 476 5919"  # synthetic: in the never-issued 9... band
OTHER_NUMBER = "9990000018"  # check digit 8: also synthetic

INTRANET = TargetConfig(name="intranet", backend="html", audience=Visibility.ORGANISATION)
NHS_WIDE = TargetConfig(name="futurenhs", backend="html", audience=Visibility.NHS)
PUBLIC = TargetConfig(name="website", backend="html", audience=Visibility.PUBLIC)


@pytest.fixture(scope="module")
def plugins() -> Any:
    return make_plugins()


def published(record_type: str, **changes: Any) -> Any:
    return load(minimal(record_type, status="published", **changes))


def reasons(decision: PublishDecision) -> list[tuple[str, str]]:
    return [(b.gate, b.reason) for b in decision.blocks]


# --- nothing to say -----------------------------------------------------------------------------


def test_a_published_record_within_the_audience_goes_as_it_is(plugins: Any) -> None:
    record = published("lesson")
    decision = evaluate(record, INTRANET, plugins)
    assert not decision.blocked and decision.notes == []
    assert decision.record is record and decision.original is record


# --- status -------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", ["draft", "submitted", "in_review"])
def test_unpublished_records_are_not_published_yet(plugins: Any, status: str) -> None:
    decision = evaluate(load(minimal("lesson", status=status)), INTRANET, plugins)
    assert reasons(decision) == [("status", f"not published yet (status {status})")]
    assert decision.blocks[0].path == "$.status"


@pytest.mark.parametrize("status", ["archived", "withdrawn"])
def test_archived_and_withdrawn_records_are_not_published(plugins: Any, status: str) -> None:
    decision = evaluate(load(minimal("lesson", status=status)), INTRANET, plugins)
    assert reasons(decision) == [
        ("status", f"status {status}: this target takes only published records")]


def test_the_target_may_take_other_statuses(plugins: Any) -> None:
    review_site = attrs.evolve(INTRANET, statuses=("published", "in_review"))
    assert not evaluate(load(minimal("lesson", status="in_review")), review_site,
                        plugins).blocked


def test_people_have_no_editorial_status(plugins: Any) -> None:
    person = load(minimal("person", profile={"overview": "Ask me about sepsis"}))
    assert str(person.status) == "draft"
    assert not evaluate(person, INTRANET, plugins).blocked


# --- visibility -------------------------------------------------------------------------------


def test_a_record_for_the_organisation_never_goes_nhs_wide_or_public(plugins: Any) -> None:
    record = published("lesson", visibility="organisation")
    for target in (NHS_WIDE, PUBLIC):
        assert reasons(evaluate(record, target, plugins)) == [(
            "visibility",
            f"visible to organisation only; target {target.name!r} reaches {target.audience}",
        )]


def test_a_public_record_may_go_anywhere(plugins: Any) -> None:
    record = published("lesson", visibility="public")
    for target in (INTRANET, NHS_WIDE, PUBLIC):
        assert not evaluate(record, target, plugins).blocked


def test_private_records_never_leave(plugins: Any) -> None:
    record = published("lesson", visibility="private")
    private_target = attrs.evolve(INTRANET, audience=Visibility.PRIVATE)
    assert reasons(evaluate(record, private_target, plugins)) == [
        ("visibility", "private: private records never leave this machine")]


def test_a_profile_narrower_than_the_audience_blocks_the_person(plugins: Any) -> None:
    person = load(minimal("person", visibility="public",
                          profile={"overview": "o", "visibility": "organisation"}))
    assert not evaluate(person, INTRANET, plugins).blocked
    assert reasons(evaluate(person, PUBLIC, plugins)) == [(
        "visibility",
        "the expertise profile is visible to organisation only; target 'website' reaches public",
    )]


def test_a_coffee_trial_never_goes_nhs_wide_even_if_its_visibility_says_so(
    plugins: Any,
) -> None:
    with deferred_validation():  # the record rules forbid this; the gate is a second line
        trial = attrs.evolve(
            load(capture_with("randomised_coffee_trial", status="published")),
            visibility=Visibility.NHS,
        )
    assert ("visibility", "a randomised coffee trial lists who met whom: never published "
            "NHS-wide or publicly") in reasons(evaluate(trial, NHS_WIDE, plugins))
    organisation_trial = load(capture_with("randomised_coffee_trial", status="published"))
    assert not evaluate(organisation_trial, INTRANET, plugins).blocked


# --- confidentiality --------------------------------------------------------------------------


def test_exit_interviews_never_leave(plugins: Any) -> None:
    with deferred_validation():
        interview = attrs.evolve(
            load(capture_with("exit_interview", status="published")),
            visibility=Visibility.PUBLIC,
        )
    found = reasons(evaluate(interview, INTRANET, plugins))
    assert ("confidentiality", "an exit interview never leaves this machine") in found


def test_team_confidential_captures_stay_with_the_team(plugins: Any) -> None:
    harvest = load(capture_with("knowledge_harvest", status="published"))
    assert str(harvest.confidentiality) == "team"
    assert reasons(evaluate(harvest, INTRANET, plugins)) == [(
        "confidentiality",
        "team-confidential: its content stays with the team (set confidentiality to open to "
        "publish it)",
    )]
    opened = attrs.evolve(harvest, confidentiality="open")
    assert not evaluate(opened, INTRANET, plugins).blocked


# --- people -----------------------------------------------------------------------------------


def test_people_are_published_only_as_far_as_they_agreed(plugins: Any) -> None:
    profile = {"overview": "Ask me about falls"}
    contact = {"work_email": "sam.patel@nhs.example", "phone": "ext. 4410",
               "job_title": "Falls lead", "department": "Elderly care"}
    current = load(minimal("person", profile=profile, **contact))
    decision = evaluate(current, INTRANET, plugins)
    assert not decision.blocked and decision.record.profile is not None
    assert decision.record.work_email == "sam.patel@nhs.example"

    # Leavers and people who never opted in: a name card, so records can still name them,
    # without contact details or a directory entry.
    left = load(minimal("person", profile=profile, employment_status="left",
                        left_on="2026-10-31", **contact))
    no_profile = load(minimal("person", **contact))
    for person, why in ((left, "has left"), (no_profile, "has no expertise profile")):
        decision = evaluate(person, INTRANET, plugins)
        assert not decision.blocked
        card = decision.record
        assert card.profile is None and card.work_email == "" and card.phone == ""
        assert card.display_name == person.display_name and card.job_title == "Falls lead"
        assert any(why in note for note in decision.notes)

    objected = load(minimal("person", profile={**profile,
                                               "objection": {"raised_on": "2026-05-01"}}))
    assert reasons(evaluate(objected, INTRANET, plugins)) == [
        ("person", "has objected to being listed (UK GDPR Article 21)")]


# --- consent ----------------------------------------------------------------------------------


def _withdraw(record: Any, person: str) -> Any:
    consents = tuple(
        attrs.evolve(c, withdrawn_on=dt.date(2026, 11, 1)) if c.person == person else c
        for c in record.consents
    )
    with deferred_validation():  # saving it would be refused; a file can still say so
        return attrs.evolve(record, consents=consents)


def test_a_withdrawn_quote_consent_removes_the_quote_but_not_the_story(plugins: Any) -> None:
    story = published(
        "story", quote={"text": "It changed how we work.", "person": "person-champion"},
        consents=[{"person": "person-champion", "scope": "quote"}],
    )
    assert evaluate(story, INTRANET, plugins).record is story  # consent active: unchanged

    withdrawn = _withdraw(story, "person-champion")
    decision = evaluate(withdrawn, INTRANET, plugins)
    assert not decision.blocked
    assert decision.record.quote is None
    assert decision.notes == ["quote removed: consent withdrawn"]
    assert decision.original.quote is not None  # the stored record is untouched
    assert decision.record.how_it_helped == story.how_it_helped


def test_a_champion_statement_without_any_consent_is_removed(plugins: Any) -> None:
    innovation = published("innovation", costs={"industry_sponsorship": False})
    with deferred_validation():
        unconsented = attrs.evolve(innovation, champion_statement=Quote(
            text="Best thing we did this year", person="person-champion"))
    decision = evaluate(unconsented, INTRANET, plugins)
    assert decision.record.champion_statement is None
    assert decision.notes == ["champion statement removed: no quote consent"]


def test_an_unattributed_quote_needs_no_consent(plugins: Any) -> None:
    story = published("story", quote={"text": "Brilliant.", "role": "Ward manager"})
    assert evaluate(story, INTRANET, plugins).record is story


def test_a_recording_without_recording_consent_is_removed(plugins: Any) -> None:
    capture = published("capture_record", attachments=[
        {"title": "Slides", "kind": "slides"}, {"title": "Audio", "kind": "recording"}],
        recording_consent=True)
    assert evaluate(capture, INTRANET, plugins).record is capture
    with deferred_validation():
        unconsented = attrs.evolve(capture, recording_consent=False)
    decision = evaluate(unconsented, INTRANET, plugins)
    assert [a.title for a in decision.record.attachments] == ["Slides"]
    assert decision.notes == ["recording removed: no recording consent"]


# --- the PII guard ------------------------------------------------------------------------------


def test_a_pii_flag_blocks_every_target_saying_where_but_not_what(plugins: Any) -> None:
    record = published("lesson", visibility="public",
                       context=f"Patient NHS no {NUMBER} fell twice.")
    for target in (INTRANET, NHS_WIDE, PUBLIC):
        decision = evaluate(record, target, plugins)
        (block,) = decision.blocks
        assert block.gate == "pii"
        assert block.path == "$.context" and block.position == len("Patient NHS no ")
        assert block.reason == (
            "possible NHS number in $.context at character 16 (high confidence): "
            "check it with `kmcore review lesson-test`"
        )
        digits = "".join(ch for ch in block.reason if ch.isdigit())
        assert "9434765919" not in digits and "5919" not in block.reason


def test_a_cleared_flag_no_longer_blocks_and_the_clearance_stays_home(plugins: Any) -> None:
    record = published("lesson", context=f"Order {NUMBER} from the supplier")
    cleared = clear(record, open_findings(record), by="Robin Test", on=dt.date(2026, 11, 26),
                    note="supplier order number")
    decision = evaluate(cleared, INTRANET, plugins)
    assert not decision.blocked
    assert decision.record.pii_cleared == ()  # fingerprints and notes are not published
    assert decision.notes == ["PII review clearances left out (internal)"]
    assert decision.original.pii_cleared == cleared.pii_cleared
    # A new number in the same text flags again.
    edited = attrs.evolve(cleared, context=cleared.context + f" and {OTHER_NUMBER}")
    (block,) = evaluate(edited, INTRANET, plugins).blocks
    assert block.position == edited.context.index(OTHER_NUMBER)


def test_pii_is_reported_even_when_another_gate_blocks_too(plugins: Any) -> None:
    record = load(minimal("lesson", context=f"NHS number {NUMBER}"))  # a draft
    assert [b.gate for b in evaluate(record, INTRANET, plugins).blocks] == ["status", "pii"]


# --- failing closed -----------------------------------------------------------------------------


class CrashingGate:
    @kmcore.hookimpl
    def kmcore_before_publish(self, decision: PublishDecision) -> None:
        raise ValueError(f"could not parse {NUMBER} in {decision.record.id}")


class IdChangingGate:
    @kmcore.hookimpl
    def kmcore_before_publish(self, decision: PublishDecision) -> None:
        decision.replace(attrs.evolve(decision.record, id="lesson-other"), "renamed")


def test_a_gate_that_raises_blocks_the_record(caplog: pytest.LogCaptureFixture) -> None:
    plugins = make_plugins(CrashingGate())
    record = published("lesson")
    with caplog.at_level(logging.WARNING, logger="kmcore.guard"):
        decision = evaluate(record, INTRANET, plugins)
    (block,) = decision.blocks
    assert block.gate == "CrashingGate"
    assert block.reason == "gate CrashingGate failed: ValueError: could not parse ••• in " \
        "lesson-test"
    assert "5919" not in caplog.text and "CrashingGate" in caplog.text


def test_other_gates_still_run_after_one_raises() -> None:
    plugins = make_plugins(CrashingGate())
    record = load(minimal("lesson", context=f"NHS number {NUMBER}"))
    assert [b.gate for b in evaluate(record, INTRANET, plugins).blocks] == [
        "status", "pii", "CrashingGate"]


def test_a_gate_may_not_change_the_id() -> None:
    decision = evaluate(published("lesson"), INTRANET, make_plugins(IdChangingGate()))
    assert reasons(decision) == [("IdChangingGate", "gate IdChangingGate failed: ValueError: "
                                  "a gate may change a record's content, not its id or type")]
    assert decision.record.id == "lesson-test"


def test_a_built_in_gate_that_raises_blocks_with_its_own_name(
    plugins: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(decision: PublishDecision) -> None:
        raise RuntimeError("regex exploded at 12345")

    gates = tuple((name, broken if name == "pii" else gate)
                  for name, gate in builtin_gates.GATES)
    monkeypatch.setattr(builtin_gates, "GATES", gates)
    decision = evaluate(published("lesson"), INTRANET, plugins)
    assert reasons(decision) == [("pii", "gate pii failed: RuntimeError: regex exploded at •••")]


def test_failure_reasons_mask_every_digit_run() -> None:
    reason = failure_reason("x", ValueError("bad 943-476-5919 and 12/03/1956 and 7"))
    assert reason == "gate x failed: ValueError: bad ••• and ••• and •"
    assert failure_reason("x", KeyError()) == "gate x failed: KeyError"


# --- the hook ---------------------------------------------------------------------------------


class WardNames:
    """An external gate: lessons naming a ward stay off the public site; titles shout less."""

    @kmcore.hookimpl
    def kmcore_before_publish(self, decision: PublishDecision) -> None:
        record = decision.record
        if decision.target.audience == "public" and "ward" in record.statement.lower():
            decision.block("ward-names", "names a ward", path="$.statement")
        if record.title.isupper():
            decision.replace(attrs.evolve(record, title=record.title.title()), "title calmed")


def test_hook_kmcore_before_publish_lets_a_plugin_block_or_replace() -> None:
    plugins = make_plugins(WardNames())
    record = published("lesson", visibility="public", title="BOOK ROOMS EARLY",
                       statement="Ward 7 could not find a room.")
    intranet = evaluate(record, INTRANET, plugins)
    assert not intranet.blocked
    assert intranet.record.title == "Book Rooms Early"
    assert intranet.notes == ["title calmed"]
    assert record.title == "BOOK ROOMS EARLY"

    public = evaluate(record, PUBLIC, plugins)
    assert reasons(public) == [("ward-names", "names a ward")]
    assert public.blocks[0].path == "$.statement"


def test_hook_kmcore_before_publish_built_ins_run_first_and_later_gates_see_replacements(
) -> None:
    seen: list[Any] = []

    class Observer:
        @kmcore.hookimpl
        def kmcore_before_publish(self, decision: PublishDecision) -> None:
            seen.append(decision.record)

    plugins = make_plugins(Observer())
    story = published("story", quote={"text": "Great.", "person": "person-champion"},
                      consents=[{"person": "person-champion", "scope": "quote"}])
    withdrawn = _withdraw(story, "person-champion")
    evaluate(withdrawn, INTRANET, plugins)
    assert len(seen) == 1 and seen[0].quote is None


def test_the_built_in_gates_are_a_built_in_plugin(plugins: Any) -> None:
    info = {i.name: i for i in plugins.plugin_info()}
    assert info["kmcore.gates.builtin"].hooks == ("kmcore_before_publish",)
    assert info["kmcore.gates.builtin"].builtin


def test_if_the_built_in_gates_fail_to_load_everything_is_blocked() -> None:
    plugins = make_plugins()
    plugins.unregister("kmcore.gates.builtin")  # as if its import had failed
    decision = evaluate(published("lesson"), INTRANET, plugins)
    assert reasons(decision) == [("kmcore.gates.builtin", "gate kmcore.gates.builtin failed: "
                                  "RuntimeError: it is not loaded")]
    # A set of plugins built deliberately without any built-ins runs only what it has.
    assert not evaluate(published("lesson"), INTRANET, make_plugins(builtins=False)).blocked


# --- incomplete (imported rows a stage rule wanted more of) -------------------------------------


def test_an_incomplete_record_is_held_until_completed_then_goes_without_the_list(
        plugins: Any) -> None:
    from kmcore.records.base import OrgRef
    from kmcore.records.innovation import AdoptingOrg, Adoption, Costs

    flagged = published(
        "innovation", stage="spreading", description="", costs={"industry_sponsorship": False},
        evaluation={"summary": "Audited"},
        to_complete=["adoption.adopted_by: an innovation at stage 'spreading' needs at "
                     "least one adopting organisation", "description: required, no column "
                     "of the file has it"])
    decision = evaluate(flagged, INTRANET, plugins)
    [(gate, reason)] = reasons(decision)
    assert gate == "incomplete" and "adoption.adopted_by" in reason and "description" in reason
    with deferred_validation():
        done = attrs.evolve(flagged, description="What was done",
                            adoption=Adoption(adopted_by=(AdoptingOrg(org=OrgRef(
                                name="Eastfield NHS Trust")),)),
                            costs=Costs(industry_sponsorship=False))
    decision = evaluate(done, INTRANET, plugins)
    assert not decision.blocked and decision.record.to_complete == ()

"""Free-text statuses read for the stage they mean (kmcore.io.status_text), with phrases
written for this test, not taken from any corpus."""

from __future__ import annotations

import pytest

from kmcore.io.values import ValueMatcher
from kmcore.records.innovation import Stage

READINGS = [
    # the latest state named wins
    ("Piloted on Elm ward, now live on all medical wards", "implemented"),
    ("Went live in April - now part of the SOP", "embedded"),
    ("Tested with 20 families; now also used by the community team", "spreading"),
    ("Live at the General, extended to St Mary's in June", "spreading"),
    ("Equipment bought and in situ", "implemented"),
    ("Report written up and presented at QI forum", "evaluated"),
    # an opening pause or stop gives the reason after it
    ("Shelved - lead on maternity leave", "paused"),
    ("On pause until the new EPR, then we will restart the trial", "paused"),
    ("Funding refused by CCG, might try again", "stopped"),
    ("Turned down at panel - not a priority this year", "stopped"),
    # what is hoped for or planned next is not where it is
    ("Running in clinic B, would like to spread to clinic C", "implemented"),
    ("Trial on 2 wards; rolling out to the rest next year", "testing"),
    ("In use since 2022, evaluation pending", "implemented"),
    ("Out to tender, go live expected later", "planning"),
    # getting what it needs is planning
    ("Quotes received for the kit", "planning"),
    ("Grant application in with the League of Friends", "planning"),
    # weak words give way to what says more
    ("Trial complete, outcomes reported to board", "evaluated"),
    ("Done - now standard care on the unit", "embedded"),
    ("Pilot still running", "testing"),
    ("Evaluated - positive results, seeking funding to continue", "evaluated"),
    # waiting for what comes next after a step taken is no pause (D805)
    ("Approved by panel - waiting for the kit to arrive", "planning"),
    ("Running on ward 9 - awaiting funds to extend", "implemented"),
    # what came before ("after the trial") is not where it is (D805)
    ("Rolled out to both sites following a trial in outpatients", "spreading"),
    ("Part of routine care after successful pilot on ward 4", "embedded"),
    ("Audit before/after written up for the board", "evaluated"),
    # where something embedded is, not a further spread (D805)
    ("Business as usual now in all five practices", "embedded"),
    # more places only when a place follows: "now in induction" is not spread
    ("Fully embedded - now in induction", "embedded"),
    ("Piloted in ED. Now in AMU and SAU", "spreading"),
    ("Implemented on ward 3, now rolling out across division", "spreading"),
    # another place taking it up (D485)
    ("Running at Oakfield, Brook Lane adopting from April", "spreading"),
    ("Live on Ward 6 - Ward 9 now copying it", "spreading"),
    # what is still to be done to an idea does not move it on (D485)
    ("suggestion from the carers' group - to be scoped", "idea"),
    ("Merged with another project", "stopped"),
    # a part of the work finished: still under way
    ("Phase 2 complete, phase 3 planned", "testing"), ("4 wards done so far", "testing"),
    # done, but not yet measured; measured as it was meant to
    ("Live - awaiting evaluation", "implemented"), ("Closed - aims achieved", "implemented"),
    ("Complete, benefits realised", "evaluated"), ("Handed over to ops team", "embedded"),
    # a cell naming its own stage says where the work is; what follows is done in it (D1371)
    ("Concept stage - getting quotes for the kit", "idea"),
    ("At the pilot stage, going live on ward 2 in March", "testing"),
    ("Idea stage, now being trialled on Larch ward", "testing"),
    # a paper to a committee asks for approval; a paper to a journal after it is written up
    ("Paper going to Quality Committee next month", "planning"),
    ("Audit complete - paper to the Nursing Times", "evaluated"),
    # a board's "In build" list: configured before anyone tries it (D1371)
    ("Still in build with the supplier", "planning"),
    # finished, and the people it was for asked what difference it made (D1371)
    ("Finished; staff survey done, 80% found it easier", "evaluated"),
]


@pytest.mark.parametrize(("text", "stage"), READINGS)
def test_a_status_sentence_is_read_for_its_stage(text: str, stage: str) -> None:
    choice = ValueMatcher(Stage).match(text)
    assert (choice.value, choice.method) == (stage, "read"), choice


def test_the_reading_says_which_phrase_decided_and_why() -> None:
    choice = ValueMatcher(Stage).match("Running on 2 wards - hoping to add a third")
    assert choice.value == "implemented"
    assert choice.detail == "'running', last state named, plans set aside"
    assert ValueMatcher(Stage).match("Stopped - moved to a new model").detail == (
        "'stopped', opens the cell")


def test_a_sentence_naming_no_state_is_unknown_not_guessed() -> None:
    assert ValueMatcher(Stage).match("See Jane's email of 3 March").value == ""


def test_a_status_no_stage_can_be_read_from_comes_in_flagged_not_refused(tmp_path) -> None:
    """The row is imported flagged incomplete (the stage to choose); --strict refuses it."""
    import kmcore
    from kmcore.io.importer import import_file

    log = tmp_path / "log.csv"
    log.write_text("Title,Lead,Description,Problem,Status\n"
                   "Ward clocks,Ann Bell,Clocks in every bay,Patients lose track of time,"
                   "See Jane's email of 3 March\n", encoding="utf-8")
    kb = kmcore.init(tmp_path / "kb", name="KB", organisation="Trust")
    try:
        strict = import_file(kb, log, "innovation", strict=True)
        assert (strict.valid, strict.error_rows) == (0, 1)
        result = import_file(kb, log, "innovation")
        assert (result.valid, result.error_rows, result.incomplete) == (1, 0, 1)
        [record] = kb.records("innovation")
        assert record.stage == ""
        assert record.to_complete == (
            "stage: \"See Jane's email of 3 March\" in the file is not a word kmcore knows: "
            "choose one",)
        [warning] = [p for p in result.problems if p.field == "stage"]
        assert warning.severity == "warning" and "--map-value" in warning.reason
    finally:
        kb.close()


def test_a_record_flagged_for_its_stage_exports_and_imports_back(tmp_path) -> None:
    import kmcore
    from kmcore.io.export import export_records
    from kmcore.io.importer import import_file

    log = tmp_path / "log.csv"
    log.write_text("Title,Lead,Description,Problem,Status\n"
                   "Ward clocks,Ann Bell,Clocks in every bay,Patients lose track of time,"
                   "See Jane's email of 3 March\n", encoding="utf-8")
    kb = kmcore.init(tmp_path / "kb", name="KB", organisation="Trust")
    other = kmcore.init(tmp_path / "kb2", name="KB2", organisation="Trust")
    try:
        import_file(kb, log, "innovation")
        out = tmp_path / "out.csv"
        export_records(kb, out, "csv", record_types=["innovation"])
        back = import_file(other, out, "innovation")
        assert (back.valid, back.error_rows) == (1, 0), back.problems
        [record] = other.records("innovation")
        [original] = kb.records("innovation")
        # (its lead is a person the other knowledge base lacks: flagged for that too)
        assert record.stage == "" and set(original.to_complete) <= set(record.to_complete)
    finally:
        kb.close()
        other.close()


def test_the_reading_shows_every_phrase_it_rests_on() -> None:
    """A reason naming only the last phrase ("'rollout'" for implemented) reads as a slip to
    a librarian whose log uses the word another way; the phrases agreeing with it are shown
    too."""
    choice = ValueMatcher(Stage).match("In use on Birch ward; rollout to the rest going well")
    assert choice.value == "implemented"
    assert choice.detail == "'rollout', last state named, also 'in use'"


@pytest.mark.parametrize(("word", "stage"), [
    ("New ideas", "idea"), ("Ideas and suggestions", "idea"), ("Ideas / suggestions", "idea"),
    ("Binned", "stopped"), ("Didn't continue", "stopped")])
def test_a_board_s_bucket_words_are_stages(word, stage):
    """A Planner or Trello board's buckets: one of ideas, one of what was thrown out (D805)."""
    assert ValueMatcher(Stage).match(word).value == stage


# D964: an ideas scheme's and a grants tracker's own words, invented in their style
@pytest.mark.parametrize(("text", "stage"), [
    ("Finished - now part of the core offer for new parents", "embedded"),
    ("Evaluated - 2022/23 report done, most staff said useful", "evaluated"),
    ("not taken fwd - no capacity in the team", "stopped"),
    ("with mgr", "idea"), ("raised at team mtg last week", "idea"),
    ("being filmed with the comms team", "planning"),
    ("Awarded - contractors booked for March", "planning"),
    # a part done is still testing when it is not a report ("cycle 2 done")
    ("PDSA cycle 2 done", "testing")])
def test_a_schemes_own_stage_words_are_read(text: str, stage: str) -> None:
    assert ValueMatcher(Stage).match(text).value == stage


# D965: what a peer-support form's and an improvement faculty's offers say they would do
@pytest.mark.parametrize(("text", "offer"), [
    ("co-deliver the Carers course", "speak"), ("co-facilitate our Recovery course", "speak"),
    ("offer a taster for ward teams", "speak"),
    ("offer reflective practice for new starters", "mentor"),
    ("support trainees with audits", "mentor"),
    ("run rapid improvement events twice a year", "peer_assist"),
    ("offer fortnightly QI clinics", "peer_assist")])
def test_an_offer_is_read_for_what_they_would_do(text: str, offer: str) -> None:
    from kmcore.records.vocab import WillingTo

    assert ValueMatcher(WillingTo).match(text).value == offer


def test_an_entry_with_its_status_left_empty_comes_in_at_idea_flagged(tmp_path) -> None:
    """A row someone put their name to, whose status cell is empty, comes in at the first
    stage flagged for a librarian to check (D1372); a row naming nobody (a note under the
    table) is still left out with its reason."""
    import kmcore
    from kmcore.io.importer import import_file

    log = tmp_path / "log.csv"
    log.write_text("Title,Lead,Description,Problem,Status\n"
                   "Ward clocks,Ann Bell,Clocks in every bay,Patients lose track of time,Live\n"
                   "Quiet hours,Bob Hart,,,\n"
                   "Rows below were added at the away day,,,,\n", encoding="utf-8")
    kb = kmcore.init(tmp_path / "kb", name="KB", organisation="Trust")
    try:
        result = import_file(kb, log, "innovation")
        assert (result.valid, result.error_rows) == (2, 1)
        record = next(r for r in kb.records("innovation") if r.title == "Quiet hours")
        assert record.stage == "idea"
        assert ("stage: empty in the file, taken as 'idea' (nothing says it has moved on): "
                "check it") in record.to_complete
    finally:
        kb.close()

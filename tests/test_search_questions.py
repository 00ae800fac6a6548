"""Natural questions: their generic words ("cut", "help", "faster") count less than the
words that say what the question is about, in the score, the coordination and `--explain`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import kmcore
from clihelp import run_cli
from kmcore.kb import KnowledgeBase
from kmcore.records.innovation import Innovation
from kmcore.records.vocab import Stage
from kmcore.search.query import parse_query
from kmcore.search.questions import is_question, soft_words


def test_questions_are_told_from_topics() -> None:
    assert is_question("how do we cut theatre cancellations", "how")
    assert is_question("theatre cancellations?", "theatre")
    assert not is_question("stop smoking", "stop")
    assert not is_question("falls prevention", "falls")


def test_only_a_questions_generic_words_are_soft() -> None:
    question = parse_query("how can we cut theatre cancellations faster?")
    assert question.soft == {"cut", "faster"}
    assert [question.is_soft(g) for g in question.groups] == [True, False, False, True]
    # Not a question: every word is the topic ("stop smoking" is about stopping).
    assert parse_query("stop smoking").soft == frozenset()
    assert parse_query("cut theatre cancellations").soft == frozenset()
    # Nothing but generic words: they are all there is to look for.
    assert soft_words(["help", "faster"]) == frozenset()
    assert parse_query("how do we help?").soft == frozenset()
    # A quoted phrase is never soft.
    quoted = parse_query('how do we "cut down" waits?')
    assert not any(quoted.is_soft(g) for g in quoted.groups)


def _innovation(number: int, title: str, problem: str) -> Innovation:
    return Innovation(id=f"inn-q{number}", title=title, lead="person-q", stage=Stage.IDEA,
                      problem=problem, description=problem)


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[KnowledgeBase]:
    with kmcore.init(tmp_path / "kb", name="Questions") as opened:
        records = [
            # About the question's topic, its aim worded differently.
            _innovation(1, "Pre-op phone calls and theatre cancellations",
                        "Theatre lists lost cases to late cancellations; a nurse now rings "
                        "each patient the day before."),
            # The question's generic verb and one of its topic words, about something else.
            _innovation(2, "Text reminders cut cancellations in outpatients",
                        "Outpatient clinics cut cancellations with text reminders."),
        ]
        # Other records, so that the topic words are not in every record.
        records += [_innovation(10 + i, f"Ward improvement {i}",
                                f"A ward project number {i} on documentation and rotas.")
                    for i in range(12)]
        for record in records:
            opened.store.put(record)
        yield opened


def test_a_questions_generic_verb_does_not_outrank_its_topic(kb: KnowledgeBase) -> None:
    question = kb.search("how can we cut theatre cancellations?")
    assert question.ids[0] == "inn-q1"
    # The same generic word outside a question still counts in full.
    assert kb.search("cut cancellations").ids[0] == "inn-q2"


def test_explain_names_the_generic_words(kb: KnowledgeBase) -> None:
    done = run_cli(["--kb", str(kb.root), "index", "--explain",
                    "how can we cut theatre cancellations?"])
    assert done.code == 0, done.err
    assert "generic words count less than the topic's: cut" in done.out


@pytest.fixture
def no_whole_match(tmp_path: Path) -> Iterator[KnowledgeBase]:
    """No record has every word of the question below; two are plainly on its subject."""
    context = ("Personal tutors and the welfare team agree who contacts a student leaving "
               "their course, so counselling and housing advice follow them.")
    with kmcore.init(tmp_path / "kb", name="Questions") as opened:
        records = [
            _innovation(1, "Sharing information with the university about students at risk",
                        f"Students who withdraw are at risk. {context}"),
            _innovation(2, "Students who leave their university course early",
                        f"Students withdraw for many reasons. {context}"),
            # On the subject, with only one of the question's words ("students").
            _innovation(3, "Supporting students who withdraw",
                        f"Students withdraw mid-year. {context}"),
            # One rare word of the question ("drop"), in another sense, nothing else shared.
            _innovation(4, "Drop-in sessions at the sexual health clinic",
                        "A weekly drop-in offers condoms, testing and contraception."),
        ]
        records += [_innovation(10 + i, f"Ward improvement {i}",
                                f"A ward project number {i} on documentation and rotas.")
                    for i in range(40)]
        for record in records:
            opened.store.put(record)
        yield opened


def test_with_no_record_having_every_word_the_best_ones_tell_the_sense(
        no_whole_match: KnowledgeBase) -> None:
    found = no_whole_match.search(
        "how do we keep students safe when they drop out of university?")
    assert found.complete == 0
    assert set(found.ids[:2]) == {"inn-q1", "inn-q2"}
    # The record on the subject with one common word of the question comes before the one
    # with a rarer word of it in another sense (before D1311 the drop-in came third).
    assert found.ids.index("inn-q3") < found.ids.index("inn-q4")


def test_a_record_on_the_subject_below_the_first_page_is_reached(
        no_whole_match: KnowledgeBase) -> None:
    # A page of three: the record on students withdrawing is fourth until the drop-in
    # session is scored down, so it is read from beyond the page (D1311).
    found = no_whole_match.search(
        "how do we keep students safe when they drop out of university?", limit=3)
    assert found.ids[2] == "inn-q3"

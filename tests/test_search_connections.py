"""Connections: related records, the duplicate warning on `kmcore add`, learning before doing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from clihelp import run_cli
from kmcore.kb import KnowledgeBase
from kmcore.records.innovation import Innovation
from kmcore.records.vocab import Stage
from search_sample import sample_kb


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[KnowledgeBase]:
    with sample_kb(tmp_path / "kb") as opened:
        yield opened


def test_related_records_come_with_reasons(kb: KnowledgeBase) -> None:
    found = kb.related("inn-cohort-bay-nursing")
    ids = [c.id for c in found]
    assert {"cap-peer-assist-falls", "lesson-cohort-bay-handover-rule",
            "story-falls-evidence-review"} <= set(ids[:6])
    assert "inn-cohort-bay-nursing" not in ids
    assert all(c.reasons for c in found)
    story = next(c for c in found if c.id == "story-falls-evidence-review")
    assert "it links to this record (about)" in story.reasons
    assert "same subject: Accidental Falls" in story.reasons
    assert all(c.type != "person" for c in found)


def test_related_never_offers_hr_confidential_records(kb: KnowledgeBase) -> None:
    for record_id in ("person-joe-fenwick", "cap-aar-sepsis-drill-2024"):
        assert "cap-exit-interview-ed-nurse" not in [c.id for c in kb.related(record_id)]


def _new(title: str, problem: str, description: str) -> Innovation:
    return Innovation(title=title, lead="person-helen-marsh", problem=problem,
                      description=description, stage=Stage.IDEA)


def test_similar_innovation_already_recorded(kb: KnowledgeBase) -> None:
    twin = _new("Cohort nursing in bays to reduce inpatient falls",
                "Older patients fall when nobody is watching the bay",
                "A nurse stays in the bay at all times on the elderly care wards")
    found = kb.similar_innovations(twin)
    assert [c.id for c in found][:1] == ["inn-cohort-bay-nursing"]
    assert "alike" in found[0].reasons[0]
    other = _new("Car parking permits for night staff", "Night staff cannot park",
                 "Permits are issued online")
    assert kb.similar_innovations(other) == []


def test_kmcore_add_warns_about_a_similar_innovation(kb: KnowledgeBase,
                                                     tmp_path: Path) -> None:
    data = {"type": "innovation", "title": "Electronic whiteboards for patient flow",
            "lead": "person-fatima-hussain", "problem": "Too many phone calls about beds",
            "description": "Ward screens show which beds are free", "stage": "idea"}
    path = tmp_path / "new.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run_cli(["--kb", str(kb.root), "add", "--file", str(path)])
    assert result.code == 0, result.err
    assert "looks like an innovation already recorded" in result.err
    assert "inn-electronic-whiteboards" in result.err
    assert "Added innovation" in result.out
    data["title"] = "Bicycle loans for community nurses"
    data["problem"] = "Parking at patients' homes"
    data["description"] = "A pool of bicycles at each base"
    path.write_text(json.dumps(data), encoding="utf-8")
    quiet = run_cli(["--kb", str(kb.root), "add", "--file", str(path)])
    assert quiet.code == 0 and "already recorded" not in quiet.err


def test_learning_before_doing(kb: KnowledgeBase) -> None:
    lessons = kb.lessons_for("cap-bar-whiteboards-riverside")
    ids = [c.id for c in lessons]
    assert {"lesson-whiteboard-super-users", "lesson-whiteboard-wifi-survey"} <= set(ids)
    first = lessons[0]
    assert any(r.startswith("from work on Electronic") for r in first.reasons)
    assert "already listed as a prior lesson" in first.reasons
    # Only lessons recorded before the BAR was held, and only lessons.
    bar = kb.get("cap-bar-whiteboards-riverside")
    for lesson in lessons:
        record = kb.get(lesson.id)
        assert record.record_type == "lesson"
        assert record.created_at.date() <= bar.held_on  # type: ignore[attr-defined, union-attr]
    sepsis = [c.id for c in kb.lessons_for("cap-bar-sepsis-drill-2024")]
    assert sepsis[:1] == ["lesson-sepsis-bleep-escalation"]


def test_related_and_lessons_on_the_command_line(kb: KnowledgeBase) -> None:
    out = run_cli(["--kb", str(kb.root), "related", "inn-cohort-bay-nursing"])
    assert out.code == 0 and "cap-peer-assist-falls" in out.out
    lessons = run_cli(["--kb", str(kb.root), "related", "--lessons", "--json",
                       "cap-bar-whiteboards-riverside"])
    assert lessons.code == 0
    assert "lesson-whiteboard-super-users" in [x["id"] for x in json.loads(lessons.out)]
    missing = run_cli(["--kb", str(kb.root), "related", "no-such-record"])
    assert missing.code == 1 and "no-such-record" in missing.err


def test_one_generic_shared_word_is_not_a_duplicate(kb: KnowledgeBase) -> None:
    # Words any record may use ("ward", "staff", "improve") and a single telling word are
    # not enough to call an innovation a possible duplicate.
    generic = _new("Ward staff improvement project", "Staff on the ward want things better",
                   "A project to improve the ward for staff and patients")
    assert kb.similar_innovations(generic) == []
    one_word = _new("Whiteboard markers that do not run out", "Markers dry up",
                    "Buy refillable pens for every whiteboard")
    assert kb.similar_innovations(one_word) == []


def test_a_duplicate_in_other_words_is_found(kb: KnowledgeBase) -> None:
    # The same idea as the sample's mealtime cards, with "dysphagia" for "swallowing
    # difficulties".
    twin = _new("Mealtime cards for patients with dysphagia",
                "Patients with dysphagia were given the wrong meal texture",
                "Cards at the bedside say which IDDSI texture each patient can swallow")
    found = kb.similar_innovations(twin)
    assert [c.id for c in found][:1] == ["inn-dysphagia-mealtime-cards"]
    assert any("both about" in reason for reason in found[0].reasons)


def test_records_worded_with_synonyms_only_are_connected(tmp_path: Path) -> None:
    """Candidates for `related` (and so for lessons before doing and the duplicate check) are
    found through the query's alternatives too: a lesson on "pressure ulcers" in "older
    adults" taking "diuretics" shares no word with an innovation on "bed sores" in "elderly"
    people on "water tablets", but the same three concepts."""
    import kmcore
    from kmcore.records.lesson import Lesson
    from kmcore.records.vocab import LessonPolarity
    from kmcore.search.connections import related

    with kmcore.init(tmp_path / "kb", name="Synonyms") as opened:
        work = Innovation(id="inn-skin-water-tablets", title="Elderly people on water tablets",
                          lead="person-x", stage=Stage.IDEA,
                          problem="Bed sores among elderly people given water tablets",
                          description="Bed sores in elderly people given water tablets.")
        lesson = Lesson(id="lesson-diuretics-skin", title="Diuretics and pressure ulcers",
                        statement="Pressure ulcers are common in older adults taking "
                                  "diuretics",
                        recommendation="Look at pressure areas of older adults taking "
                                       "diuretics daily", polarity=LessonPolarity.IMPROVE)
        opened.store.put(lesson)
        for n in range(25):
            opened.store.put(Innovation(
                id=f"inn-rota-{n}", title=f"Rota planning {n}", lead="person-x",
                stage=Stage.IDEA, problem=f"Rotas for team {n}",
                description=f"Planning rotas for team {n}."))
        found = related(opened.search_index(), work)
    assert "lesson-diuretics-skin" in [c.id for c in found]

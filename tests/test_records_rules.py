"""Every record rule: each case breaks one rule (and must be reported at its JSON path) and
then satisfies it (and must pass), so a rule that stops working fails here."""

from __future__ import annotations

from typing import Any

import pytest

from kmcore.errors import ValidationError
from records_strategies import capture_with, load, minimal

# (case id, broken data, fixed data, path, words the reason must contain)
Case = tuple[str, dict[str, Any], dict[str, Any], str, str]

INN = "innovation"
OUTCOME = {"measure": "Length of stay", "result": "9 days"}


def inn(**changes: Any) -> dict[str, Any]:
    return minimal(INN, **changes)


def person(**changes: Any) -> dict[str, Any]:
    return minimal("person", **changes)


def story(**changes: Any) -> dict[str, Any]:
    return minimal("story", **changes)


def claim(**changes: Any) -> dict[str, Any]:
    return {"concept": {"label": "Falls prevention"}, **changes}


QUOTE_BY_A = {"text": "It changed how we work.", "person": "person-a"}
QUOTE_CONSENT_A = [{"person": "person-a", "scope": "quote"}]

CROSS_RULES: list[Case] = [
    # --- innovation ---
    ("innovation-evaluated-needs-outcome",
     inn(stage="evaluated"), inn(stage="evaluated", outcomes=[OUTCOME]),
     "$.outcomes", "at stage 'evaluated' or later needs at least one outcome or an evaluation"),
    ("innovation-embedded-evaluation-counts",
     inn(stage="embedded"), inn(stage="embedded", evaluation={"summary": "Audit of 60 cases"}),
     "$.outcomes", "needs at least one outcome"),
    ("innovation-spreading-needs-adopter",
     inn(stage="spreading", outcomes=[OUTCOME], adoption={"spread_potential": "Any ward"}),
     inn(stage="spreading", outcomes=[OUTCOME],
         adoption={"adopted_by": [{"org": {"name": "Eastfield NHS Trust"}}]}),
     "$.adoption.adopted_by", "at least one adopting organisation"),
    ("innovation-published-declares-sponsorship",
     inn(status="published"), inn(status="published", costs={"industry_sponsorship": False}),
     "$.costs.industry_sponsorship", "must say whether it had industry sponsorship"),
    ("innovation-implemented-after-start",
     inn(started_on="2024-05-01", implemented_on="2024-04-01"),
     inn(started_on="2024-05-01", implemented_on="2024-06-01"),
     "$.implemented_on", "is before started_on"),
    ("innovation-champion-needs-consent",
     inn(champion_statement=QUOTE_BY_A),
     inn(champion_statement=QUOTE_BY_A, consents=QUOTE_CONSENT_A),
     "$.champion_statement.person", "needs their active consent of scope 'quote'"),
    ("costs-sponsorship-described",
     inn(costs={"industry_sponsorship": True}),
     inn(costs={"industry_sponsorship": True, "sponsorship_details": "Devices loaned by X"}),
     "$.costs.sponsorship_details", "industry sponsorship must be described"),
    ("savings-need-basis",
     inn(savings={"staff_hours": 120}),
     inn(savings={"staff_hours": 120, "basis": "Rota audit, 4 weeks scaled to a year"}),
     "$.savings.basis", "need a basis"),
    # --- person ---
    ("person-left-needs-date",
     person(employment_status="left"), person(employment_status="left", left_on="2025-03-31"),
     "$.left_on", "a person who has left needs the date"),
    ("claim-inferred-needs-evidence",
     person(profile={"expertise": [claim(basis="inferred")]}),
     person(profile={"expertise": [claim(basis="inferred",
                                         evidence=[{"record": "inn-test", "role": "lead"}])]}),
     "$.profile.expertise[0].evidence", "an inferred claim must list the records"),
    ("claim-endorsed-needs-endorser",
     person(profile={"expertise": [claim(basis="endorsed")]}),
     person(profile={"expertise": [claim(basis="endorsed", endorsed_by=["person-b"])]}),
     "$.profile.expertise[0].endorsed_by", "must name who endorsed it"),
    # --- story ---
    ("story-someone-asked",
     story(who_asked={"department": "ED"}), story(who_asked={"person": "person-a"}),
     "$.who_asked.role", "a person, or at least their role"),
    ("story-anonymised-names-nobody",
     story(anonymised=True, who_asked={"person": "person-a", "role": "Matron"}),
     story(anonymised=True, who_asked={"role": "Matron"}),
     "$.who_asked.person", "an anonymised story must not name who asked"),
    ("story-quote-needs-consent",
     story(quote=QUOTE_BY_A), story(quote=QUOTE_BY_A, consents=QUOTE_CONSENT_A),
     "$.quote.person", "needs their active consent of scope 'quote'"),
    ("story-quote-consent-withdrawn",
     story(quote=QUOTE_BY_A,
           consents=[{"person": "person-a", "scope": "quote", "withdrawn_on": "2025-01-01"}]),
     story(quote={"text": "Anonymous praise", "role": "Staff nurse"},
           consents=[{"person": "person-a", "scope": "quote", "withdrawn_on": "2025-01-01"}]),
     "$.quote.person", "active consent"),
    ("story-quote-consent-wrong-scope",
     story(quote=QUOTE_BY_A, consents=[{"person": "person-a", "scope": "recording"}]),
     story(quote=QUOTE_BY_A, consents=[{"person": "person-a", "scope": "recording"},
                                       *QUOTE_CONSENT_A]),
     "$.quote.person", "scope 'quote'"),
    ("story-quote-consent-other-person",
     story(quote=QUOTE_BY_A, consents=[{"person": "person-b", "scope": "quote"}]),
     story(quote={**QUOTE_BY_A, "person": "person-b"},
           consents=[{"person": "person-b", "scope": "quote"}]),
     "$.quote.person", "scope 'quote'"),
    # --- capture frame ---
    ("capture-participant-person-or-role",
     capture_with("knowledge_cafe", participants=[{"staff_group": "students"}]),
     capture_with("knowledge_cafe", participants=[{"role_label": "Student nurse"}]),
     "$.participants[0].role_label", "needs a person or a role_label"),
    ("capture-held-until-after-held-on",
     capture_with("retrospect", held_until="2025-01-09"),
     capture_with("retrospect", held_until="2025-01-11"),
     "$.held_until", "is before held_on"),
    ("capture-count-covers-attendees",
     capture_with("fishbowl", participant_count=1,
                  participants=[{"person": "person-a"}, {"person": "person-b"},
                                {"person": "person-c", "attendance": "apologies"}]),
     capture_with("fishbowl", participant_count=2,
                  participants=[{"person": "person-a"}, {"person": "person-b"},
                                {"person": "person-c", "attendance": "apologies"}]),
     "$.participant_count", "less than the 2 participants listed as attended"),
    ("exit-interview-hr-confidential",
     capture_with("exit_interview", confidentiality="team"),
     capture_with("exit_interview"),
     "$.confidentiality", "an exit interview must be hr_confidential"),
    ("exit-interview-private",
     capture_with("exit_interview", visibility="organisation"),
     capture_with("exit_interview", visibility="private"),
     "$.visibility", "an exit interview must be private"),
    ("hr-confidential-is-private",
     capture_with("elicitation_interview", confidentiality="hr_confidential"),
     capture_with("elicitation_interview", confidentiality="hr_confidential",
                  visibility="private"),
     "$.visibility", "an hr_confidential capture must be private"),
    ("coffee-trial-not-nhs",
     capture_with("randomised_coffee_trial", visibility="nhs"),
     capture_with("randomised_coffee_trial", visibility="organisation"),
     "$.visibility", "must not be nhs or public"),
    ("coffee-trial-not-public",
     capture_with("randomised_coffee_trial", visibility="public"),
     capture_with("randomised_coffee_trial", visibility="private"),
     "$.visibility", "person data"),
    ("recording-needs-consent",
     capture_with("after_action_review",
                  attachments=[{"title": "Debrief audio", "kind": "recording"}]),
     capture_with("after_action_review", recording_consent=True,
                  attachments=[{"title": "Debrief audio", "kind": "recording"}]),
     "$.recording_consent", "needs recording_consent true"),
    ("capture-not-own-follow-up",
     capture_with("after_action_review", follows_up="cap-test"),
     capture_with("after_action_review", follows_up="cap-the-bar"),
     "$.follows_up", "cannot follow itself up"),
    # --- technique details ---
    ("self-assessment-needs-content",
     capture_with("self_assessment", {"gaps": []}),
     capture_with("self_assessment", {"gaps": [], "scores": [{"area": "Search", "score": 2}]}),
     "$.details.gaps", "needs scores or gaps"),
    ("assessment-score-within-scale",
     capture_with("self_assessment", {"scores": [{"area": "Search", "score": 5, "out_of": 4}]}),
     capture_with("self_assessment", {"scores": [{"area": "Search", "score": 4, "out_of": 4}]}),
     "$.details.scores[0].score", "is more than out_of (4)"),
    ("peer-person-or-organisation",
     capture_with("peer_assist", {"peers": [{"brought": "Ran it at Eastfield"}]}),
     capture_with("peer_assist", {"peers": [{"organisation": {"name": "Eastfield NHS Trust"}}]}),
     "$.details.peers[0].person", "needs a person or an organisation"),
    ("coffee-pair-two-people",
     capture_with("randomised_coffee_trial", {"pairs": [{"a": "person-a", "b": "person-a"}]}),
     capture_with("randomised_coffee_trial", {"pairs": [{"a": "person-a", "b": "person-b"}]}),
     "$.details.pairs[0].b", "cannot be paired with themselves"),
    ("harvest-successor-not-harvestee",
     capture_with("knowledge_harvest", {"successor": "person-leaver"}),
     capture_with("knowledge_harvest", {"successor": "person-next"}),
     "$.details.successor", "is the harvestee"),
]


def _problems(data: dict[str, Any]) -> list[tuple[str, str]]:
    try:
        load(data)
    except ValidationError as exc:
        return [(p.path, p.reason) for p in exc.problems]
    return []


@pytest.mark.parametrize(("broken", "fixed", "path", "words"),
                         [c[1:] for c in CROSS_RULES], ids=[c[0] for c in CROSS_RULES])
def test_cross_field_rule(broken: dict[str, Any], fixed: dict[str, Any], path: str,
                          words: str) -> None:
    problems = _problems(broken)
    assert any(p == path and words in reason for p, reason in problems), problems
    assert _problems(fixed) == []


FIELD_RULES: list[tuple[str, dict[str, Any], str, str]] = [
    ("required-text-blank", inn(problem="   "), "$.problem", "must not be empty"),
    ("required-text-missing", {k: v for k, v in inn().items() if k != "description"},
     "$.description", "is required but missing"),
    ("text-limit", inn(title="x" * 201), "$.title", "the limit is 200"),
    ("enum-value", inn(stage="evaluatd"), "$.stage", "must be one of: idea, planning"),
    ("enum-in-list", story(services_used=["literature_search", "magic"]),
     "$.services_used[1]", "must be one of: literature_search"),
    ("ref-invalid-id", inn(lead="Amara Okafor"), "$.lead", "is not a valid record id"),
    ("ref-empty", inn(lead=""), "$.lead", "must name a record"),
    ("refs-item-invalid", inn(lessons=["lesson-ok", "../etc"]), "$.lessons[1]",
     "is not a valid record id"),
    ("texts-item-blank", inn(key_learning_points=["Start small", " "]),
     "$.key_learning_points[1]", "must not be empty"),
    ("trl-range", inn(trl=12), "$.trl", "between 1 and 9"),
    ("money-non-negative", inn(costs={"setup_gbp": "-5"}), "$.costs.setup_gbp",
     "must not be negative"),
    ("money-not-a-number", inn(costs={"setup_gbp": "lots"}), "$.costs.setup_gbp",
     "must be an amount"),
    ("hours-non-negative", story(time_saved_hours=-1), "$.time_saved_hours",
     "must not be negative"),
    ("patients-whole-number", story(patients_affected=2.5), "$.patients_affected",
     "must be a whole number"),
    ("patients-non-negative", story(patients_affected=-3), "$.patients_affected",
     "must not be negative"),
    ("date-format", inn(started_on="31/03/2025"), "$.started_on", "must be a date like"),
    ("flag-type", story(anonymised="yes"), "$.anonymised", "true or false"),
    ("email", person(work_email="amara at nhs"), "$.work_email", "is not an email address"),
    ("orcid-check-digit", person(orcid="0000-0002-1825-0098"), "$.orcid",
     "wrong check character"),
    ("orcid-shape", person(orcid="1825-0097"), "$.orcid", "is not an ORCID iD"),
    ("ods", inn(owner_org={"name": "Trust", "ods_code": "r9x"}), "$.owner_org.ods_code",
     "is not an ODS code"),
    ("doi", inn(citations=[{"citation": "A paper", "doi": "https://doi.org/10.1136/x"}]),
     "$.citations[0].doi", "is not a DOI"),
    ("pmid", inn(citations=[{"citation": "A paper", "pmid": "PMID:123"}]),
     "$.citations[0].pmid", "is not a PubMed id"),
    ("url", inn(citations=[{"citation": "A paper", "url": "www.example.org"}]),
     "$.citations[0].url", "is not a web address"),
    ("qio-outcome-range", story(qio_outcomes=[2, 7]), "$.qio_outcomes[1]",
     "outcome number from 1 to 6"),
    ("retrospect-score-range", capture_with("retrospect", {"satisfaction_score": 11}),
     "$.details.satisfaction_score", "between 1 and 10"),
    ("retrospect-needs-objective", capture_with("retrospect", {"objectives": []}),
     "$.details.objectives", "must have at least one entry"),
    ("cafe-rounds-range", capture_with("knowledge_cafe", {"rounds": 0}),
     "$.details.rounds", "between 1 and 10"),
    ("aar-intended-required", capture_with("after_action_review", {"intended": ""}),
     "$.details.intended", "must not be empty"),
    ("harvest-reason-required",
     capture_with("knowledge_harvest", {"reason": "bored"}),
     "$.details.reason", "must be one of: leaving"),
    ("unknown-field", inn(stagee="idea"), "$.stagee", "did you mean 'stage'"),
    ("unknown-technique-field", capture_with("fishbowl", {"inner": []}),
     "$.details.inner", "is not a field of Fishbowl"),
    ("unknown-technique", capture_with("fishbowl") | {"details": {"technique": "hackathon"}},
     "$.details", "needs 'technique' set to one of"),
    ("person-needs-name", person(display_name=""), "$.display_name", "must not be empty"),
    ("stage-change-needs-date", inn(stage_history=[{"stage": "testing"}]),
     "$.stage_history[0].on", "is required but missing"),
    ("adopting-org-needs-org", inn(adoption={"adopted_by": [{"status": "piloting"}]}),
     "$.adoption.adopted_by[0].org", "is required but missing"),
    ("evaluation-needs-summary", inn(evaluation={"method": "Audit"}),
     "$.evaluation.summary", "is required but missing"),
    ("outcome-needs-result", inn(outcomes=[{"measure": "Falls", "result": ""}]),
     "$.outcomes[0].result", "must not be empty"),
    ("objection-needs-date", person(profile={"objection": {"scope": "all"}}),
     "$.profile.objection.raised_on", "is required but missing"),
    ("claim-needs-concept", person(profile={"expertise": [{"level": "expert"}]}),
     "$.profile.expertise[0].concept", "is required but missing"),
    ("language-tag-limit", person(profile={"languages": ["x" * 36]}),
     "$.profile.languages[0]", "the limit is 35"),
    ("action-needs-description",
     capture_with("fishbowl", actions=[{"description": " ", "owner": "person-a"}]),
     "$.actions[0].description", "must not be empty"),
    ("action-status", capture_with("fishbowl", actions=[{"description": "d", "status": "late"}]),
     "$.actions[0].status", "must be one of: open, done, dropped"),
    ("knowledge-area-needs-area",
     capture_with("knowledge_harvest", {"knowledge_areas": [{"priority": "high"}]}),
     "$.details.knowledge_areas[0].area", "is required but missing"),
    ("presenter-needs-issue",
     capture_with("action_learning_set", {"presenters": [{"person": "person-a", "issue": ""}]}),
     "$.details.presenters[0].issue", "must not be empty"),
    ("capture-needs-held-on", {k: v for k, v in capture_with("fishbowl").items()
                               if k != "held_on"}, "$.held_on", "is required but missing"),
    ("capture-needs-details", {k: v for k, v in capture_with("fishbowl").items()
                               if k != "details"}, "$.details", "is required but missing"),
]


@pytest.mark.parametrize(("data", "path", "words"), [c[1:] for c in FIELD_RULES],
                         ids=[c[0] for c in FIELD_RULES])
def test_field_rule(data: dict[str, Any], path: str, words: str) -> None:
    problems = _problems(data)
    assert any(p == path and words in reason for p, reason in problems), problems


def test_all_problems_are_listed_at_once_with_json_paths() -> None:
    data = inn(
        title="",
        lead="Not An Id",
        trl=0,
        stage="evaluated",
        outcomes=[{"measure": "Falls per 1,000 bed days", "result": "4.1", "unit": "u" * 41},
                  {"measure": " ", "result": "3.2"}],
        savings={"cash_releasing_gbp": "12000"},
    )
    with pytest.raises(ValidationError) as caught:
        load(data)
    paths = [p.path for p in caught.value.problems]
    assert paths == [
        "$.title",
        "$.lead",
        "$.trl",
        "$.outcomes[0].unit",
        "$.outcomes[1].measure",
        "$.savings.basis",
    ]
    message = str(caught.value)
    assert message.startswith("innovation 'inn-test' has 6 problems:")
    assert "$.outcomes[0].unit: is 41 characters long; the limit is 40" in message


def test_python_construction_reports_every_problem_of_that_level() -> None:
    from kmcore.records import Innovation, Stage

    with pytest.raises(ValidationError) as caught:
        Innovation(id="inn-x", title=" ", lead="person-a", problem="", description="d",
                   stage=Stage.EVALUATED)
    assert [p.path for p in caught.value.problems] == ["$.title", "$.problem", "$.outcomes"]

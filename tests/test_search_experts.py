"""The expertise finder: ranking by declared claims and record evidence, privacy rules, and
the evidence shown with every result."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from kmcore.kb import KnowledgeBase
from kmcore.records.person import Objection
from kmcore.records.vocab import EmploymentStatus
from kmcore.search.experts import find_experts
from search_sample import sample_kb


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[KnowledgeBase]:
    with sample_kb(tmp_path / "kb") as opened:
        yield opened


def names(experts: list) -> list[str]:  # type: ignore[type-arg]
    return [e.person_id for e in experts]


def test_the_declared_expert_with_records_comes_first(kb: KnowledgeBase) -> None:
    assert names(kb.experts("sepsis"))[0] == "person-james-whitfield"
    assert names(kb.experts("falls prevention"))[0] == "person-helen-marsh"
    assert names(kb.experts("frailty"))[0] == "person-daniel-osei"
    assert names(kb.experts("literature search"))[0] == "person-amara-okafor"
    assert names(kb.experts("swallowing"))[0] == "person-maya-singh"


def test_every_result_shows_its_evidence(kb: KnowledgeBase) -> None:
    for expert in kb.experts("falls"):
        assert expert.claims or expert.records
        assert expert.evidence_lines()
    helen = kb.experts("falls")[0]
    lines = helen.evidence_lines()
    assert lines[0] == "Declares expertise in Accidental Falls (expert) [matched: falls]"
    assert any(line.startswith("Led innovation: Cohort bay nursing") for line in lines)
    data = helen.as_dict()
    assert data["records"] and data["claims"] and data["evidence"]


def test_endorsed_claims_name_the_endorser(kb: KnowledgeBase) -> None:
    li = next(e for e in kb.experts("discharge medicines") if e.person_id == "person-li-wei")
    assert any("endorsed by Rachel Burns" in c.describe() for c in li.claims)


def test_inferred_expertise_is_never_presented_as_their_claim(kb: KnowledgeBase) -> None:
    amara = next(e for e in kb.experts("falls") if e.person_id == "person-amara-okafor")
    inferred = [c for c in amara.claims if c.basis == "inferred"]
    assert inferred
    text = inferred[0].describe()
    assert text.startswith("kmcore inferred") and "not a claim they made" in text
    assert "Declares" not in text


def test_people_who_objected_or_left_are_never_shown(kb: KnowledgeBase) -> None:
    # Olivia Grant (left) led the skin bundle and declared pressure ulcers; Grace Adeyemi
    # (objected) declared frailty. Neither may appear, whatever their records say.
    everyone = {p for q in ("pressure ulcer", "frailty", "tissue viability", "skin bundle",
                            "occupational therapy") for p in names(kb.experts(q, limit=50))}
    assert "person-olivia-grant" not in everyone
    assert "person-grace-adeyemi" not in everyone
    # Helen objects now: she disappears at once.
    helen = kb.get("person-helen-marsh")
    profile = attrs.evolve(helen.profile, objection=Objection(  # type: ignore[attr-defined]
        raised_on=dt.date(2025, 6, 1), scope="whole profile"))
    kb.update(attrs.evolve(helen, profile=profile))
    assert "person-helen-marsh" not in names(kb.experts("falls prevention", limit=50))
    # James leaves: he disappears too.
    james = kb.get("person-james-whitfield")
    kb.update(attrs.evolve(james, employment_status=EmploymentStatus.LEFT,
                           left_on=dt.date(2025, 6, 30)))
    assert "person-james-whitfield" not in names(kb.experts("sepsis", limit=50))


def test_people_without_a_profile_are_not_ranked(kb: KnowledgeBase) -> None:
    # Aisha Khan is on the sepsis records but has no directory profile (it is opt-in).
    assert "person-aisha-khan" not in names(kb.experts("sepsis", limit=50))


def test_recency_weights_older_evidence_less(kb: KnowledgeBase) -> None:
    index = kb.search_index()
    now = find_experts(index, "sepsis", today=dt.date(2025, 6, 1))
    later = find_experts(index, "sepsis", today=dt.date(2035, 6, 1))
    james_now = next(e for e in now if e.person_id == "person-james-whitfield")
    james_later = next(e for e in later if e.person_id == "person-james-whitfield")
    assert james_later.score < james_now.score


def test_nonsense_and_hostile_queries_find_nobody_quietly(kb: KnowledgeBase) -> None:
    for query in ("", "😀", '"', "NEAR(", "zzzzqqq", "x" * 10_000):
        assert kb.experts(query) == [] or all(e.evidence_lines() for e in kb.experts(query))


def test_facilitating_a_review_of_a_topic_counts_less_than_working_on_it(
        tmp_path: Path) -> None:
    """The facilitator of an after action review (chosen for not being part of the work) is
    not who to ask about its subject: a team member of the work on it ranks above them."""
    import kmcore
    from kmcore.records.capture import AfterActionReview, CaptureRecord
    from kmcore.records.innovation import Innovation, TeamMember
    from kmcore.records.person import ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    def person(slug: str, overview: str) -> Person:
        return Person(id=f"person-{slug}", display_name=slug.title(),
                      profile=ExpertiseProfile(overview=overview))

    with kmcore.init(tmp_path / "kb", name="Roles") as kb:
        for record in (
            person("lead", "Ward sister."), person("member", "Staff nurse."),
            person("facilitator", "Runs reviews and retrospects for any team."),
            Innovation(id="inn-catheter", title="Catheter care bundle", lead="person-lead",
                       team=(TeamMember(person="person-member"),), stage=Stage.TESTING,
                       problem="Catheter infections on the ward",
                       description="A catheter care bundle and daily review."),
            CaptureRecord(id="cap-aar-catheter", title="After action review: catheter care",
                          held_on=dt.date(2025, 3, 1), purpose="Review catheter care",
                          details=AfterActionReview(intended="Fewer catheter infections",
                                                    actual="Catheter care improved"),
                          facilitator="person-facilitator"),
        ):
            kb.store.put(record)
        found = names(find_experts(kb.search_index(), "catheter care"))
    assert found.index("person-member") < found.index("person-facilitator")


def test_a_claim_with_the_topics_telling_part_in_the_same_sense_counts(tmp_path: Path) -> None:
    """"Delirium and falls risk" is about delirium screening's subject (the records on
    delirium screening talk about falls too); "Breast screening clinics" shares only the
    topic's common word, in another sense, and does not count."""
    import kmcore
    from kmcore.records.base import ConceptRef
    from kmcore.records.innovation import Innovation
    from kmcore.records.person import ExpertiseClaim, ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    def person(slug: str, claim: str = "") -> Person:
        claims = (ExpertiseClaim(concept=ConceptRef(label=claim)),) if claim else ()
        return Person(id=f"person-{slug}", display_name=slug.title(),
                      profile=ExpertiseProfile(overview="Nurse.", expertise=claims))

    records: list[object] = [person("lead"), person("other"),
                             person("neighbour", "Delirium and falls risk"),
                             person("trap", "Breast screening clinics")]
    for n, lead in enumerate(("person-lead", "person-other")):
        records.append(Innovation(
            id=f"inn-delirium-{n}", title=f"Delirium screening on admission {n}", lead=lead,
            stage=Stage.TESTING, problem="Delirium missed on admission led to falls",
            description="Delirium screening with the 4AT for older people; fewer falls."))
    records += [Innovation(id=f"inn-other-{n}", title=f"Ward project {n}", lead="person-lead",
                           stage=Stage.IDEA, problem="Rotas and documentation",
                           description="Screening of rotas for gaps.") for n in range(30)]
    with kmcore.init(tmp_path / "kb", name="Claims") as kb:
        for record in records:
            kb.store.put(record)  # type: ignore[arg-type]
        found = names(find_experts(kb.search_index(), "delirium screening"))
    assert "person-neighbour" in found[:3]
    assert "person-trap" not in found


def test_the_topics_core_in_the_users_words_counts_when_the_whole_topic_is_only_in_passing(
        tmp_path: Path) -> None:
    """For "support for unpaid carers", the only records with every word say "family carers"
    in passing (a synonym); the records about unpaid carers themselves lack the common word
    "support". Their team members still count, each from one record: those records are about
    the topic. Someone whose one record shares only "support" does not."""
    import kmcore
    from kmcore.records.innovation import Innovation, TeamMember
    from kmcore.records.person import ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    def person(slug: str) -> Person:
        return Person(id=f"person-{slug}", display_name=slug.title(),
                      profile=ExpertiseProfile(overview="Works here."))

    records: list[object] = [person(s) for s in ("insulin", "centre", "member", "trap")]
    records.append(Innovation(
        id="inn-insulin", title="Supporting people to self-inject insulin again",
        lead="person-insulin", stage=Stage.TESTING, problem="District nurse visits",
        description="Nurses support people and their family carers to inject insulin."))
    records.append(Innovation(
        id="inn-centre", title="One-stop assessments for unpaid carers",
        lead="person-centre", team=(TeamMember(person="person-member", role="team_member"),),
        stage=Stage.TESTING, problem="Unpaid carers waited months for an assessment.",
        description="Unpaid carers are assessed at the carers' centre on their first visit."))
    records.append(Innovation(
        id="inn-trap", title="Support for the new finance system", lead="person-trap",
        stage=Stage.TESTING, problem="Invoices", description="Support desk for invoices."))
    records += [Innovation(id=f"inn-other-{n}", title=f"Ward project {n}", lead="person-trap",
                           stage=Stage.IDEA, problem="Rotas and documentation",
                           description="Gaps in the rota.") for n in range(40)]
    with kmcore.init(tmp_path / "kb", name="Carers") as kb:
        for record in records:
            kb.store.put(record)  # type: ignore[arg-type]
        found = names(find_experts(kb.search_index(), "support for unpaid carers"))
    assert "person-centre" in found
    assert "person-member" in found
    assert "person-trap" not in found[:3]


def test_with_too_few_people_the_telling_part_counts_for_who_describes_themselves_so(
        tmp_path: Path) -> None:
    """Only one person has "falls prevention"; the paramedic on the falls pick-up record who
    writes "falls pick-up" on their profile is next; the porter on the same record, whose
    profile says nothing of falls, is not counted from it."""
    import kmcore
    from kmcore.records.innovation import Innovation, TeamMember
    from kmcore.records.person import ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    def person(slug: str, overview: str) -> Person:
        return Person(id=f"person-{slug}", display_name=slug.title(),
                      profile=ExpertiseProfile(overview=overview))

    records: list[object] = [
        person("lead", "Physiotherapist."),
        person("paramedic", "Paramedic: ask me about falls pick-up and call before convey."),
        person("porter", "Porter and driver."),
        Innovation(id="inn-classes", title="Strength and balance classes for falls prevention",
                   lead="person-lead", stage=Stage.TESTING, problem="Falls at home",
                   description="Prevention of falls with exercise classes."),
        Innovation(id="inn-pickup", title="Non-injured fallers picked up by a falls team",
                   lead="person-lead", team=(
                       TeamMember(person="person-paramedic", role="team_member"),
                       TeamMember(person="person-porter", role="team_member")),
                   stage=Stage.TESTING, problem="Long waits on the floor after falls",
                   description="A falls response car lifts people who fell and are unhurt."),
    ]
    records += [Innovation(id=f"inn-other-{n}", title=f"Ward project {n}", lead="person-lead",
                           stage=Stage.IDEA, problem="Rotas and documentation",
                           description="Infection prevention on the rota." if n % 4 else
                           "Gaps in the rota.") for n in range(40)]
    with kmcore.init(tmp_path / "kb", name="Falls") as kb:
        for record in records:
            kb.store.put(record)  # type: ignore[arg-type]
        experts = find_experts(kb.search_index(), "falls prevention")
    found = names(experts)
    assert found[:2] == ["person-lead", "person-paramedic"]
    assert "person-porter" not in found
    assert "as on their profile" in experts[1].evidence_lines()[0]


def test_records_on_the_topics_core_count_when_enough_people_have_all_of_it(
        tmp_path: Path) -> None:
    """The ward nurse whose records and claim are all on "pressure ulcers" (never saying
    "prevention") knows about pressure ulcer prevention, more than someone who was once a
    team member on one record with every word; her claim's "surgical wards" is read beside
    her own records. Records on "falls prevention" (the common word only) do not count."""
    import kmcore
    from kmcore.records.base import ConceptRef
    from kmcore.records.innovation import Innovation, TeamMember
    from kmcore.records.person import ExpertiseClaim, ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    def person(slug: str, claim: str = "") -> Person:
        claims = (ExpertiseClaim(concept=ConceptRef(label=claim)),) if claim else ()
        return Person(id=f"person-{slug}", display_name=slug.title(),
                      profile=ExpertiseProfile(overview="Works here.", expertise=claims))

    text = "SSKIN bundle, repositioning charts and mattress checks on the ward."
    records: list[object] = [person(s) for s in ("a", "b", "c", "member", "falls")]
    records.append(person("nurse", "Pressure ulcers on surgical wards"))
    for n, lead in enumerate(("person-a", "person-b", "person-c")):
        team = (TeamMember(person="person-member", role="team_member"),) if n == 0 else ()
        records.append(Innovation(
            id=f"inn-whole-{n}", title=f"Pressure ulcer prevention project {n}", lead=lead,
            team=team, stage=Stage.TESTING, problem="Pressure ulcers acquired in hospital",
            description=f"Prevention of pressure ulcers: {text}"))
    for n in range(2):
        records.append(Innovation(
            id=f"inn-core-{n}", title=f"Fewer pressure ulcers on surgical ward {n}",
            lead="person-nurse", stage=Stage.TESTING, problem="Pressure ulcers after surgery",
            description=text))
        records.append(Innovation(
            id=f"inn-falls-{n}", title=f"Falls prevention {n}", lead="person-falls",
            stage=Stage.TESTING, problem="Falls at night", description="Bed sensors."))
    records += [Innovation(id=f"inn-other-{n}", title=f"Ward project {n}", lead="person-a",
                           stage=Stage.IDEA, problem="Rotas and documentation",
                           description="Gaps in the rota.") for n in range(40)]
    with kmcore.init(tmp_path / "kb", name="Core") as kb:
        for record in records:
            kb.store.put(record)  # type: ignore[arg-type]
        experts = find_experts(kb.search_index(), "pressure ulcer prevention")
    found = names(experts)
    assert "person-nurse" in found
    assert found.index("person-nurse") < found.index("person-member")
    assert "person-falls" not in found
    nurse = experts[found.index("person-nurse")]
    assert all("[matched: only pressure + ulcer" in line for line in nurse.evidence_lines())
    assert nurse.claims[0].label == "Pressure ulcers on surgical wards"


def test_the_declared_experts_department_shares_in_their_expertise(tmp_path: Path) -> None:
    """The speech therapist of the stroke unit is a good second person to ask about stroke
    thrombolysis though no record of theirs says it: their department's declared expert
    does. A department whose member was only named on a record (no claim) passes nothing on,
    and the evidence says the link is kmcore's inference from the team."""
    import kmcore
    from kmcore.records.base import ConceptRef
    from kmcore.records.innovation import Innovation, TeamMember
    from kmcore.records.person import ExpertiseClaim, ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    def person(slug: str, department: str, claim: str = "") -> Person:
        claims = (ExpertiseClaim(concept=ConceptRef(label=claim)),) if claim else ()
        return Person(id=f"person-{slug}", display_name=slug.title(), department=department,
                      profile=ExpertiseProfile(overview="Works here.", expertise=claims))

    records: list[object] = [
        person("physician", "Stroke Unit", "Stroke thrombolysis"),
        person("therapist", "Stroke Unit", "Dysphagia"),
        person("estates", "Estates", ""), person("porter", "Estates", "Portering"),
        person("outsider", "Finance", "Budgets"),
    ]
    for n in range(2):
        records.append(Innovation(
            id=f"inn-lysis-{n}", title=f"Faster stroke thrombolysis {n}",
            lead="person-physician", stage=Stage.TESTING,
            problem="Door-to-needle time for thrombolysis after a stroke",
            description="Pre-alert and straight to CT."))
    records.append(Innovation(
        id="inn-signage", title="Signage to the scanner", lead="person-estates",
        team=(TeamMember(person="person-physician", role="team_member"),),
        stage=Stage.TESTING, problem="Stroke thrombolysis patients lost on the way to CT",
        description="New signs."))
    records += [Innovation(id=f"inn-other-{n}", title=f"Ward project {n}", lead="person-outsider",
                           stage=Stage.IDEA, problem="Rotas and documentation",
                           description="Gaps in the rota.") for n in range(30)]
    with kmcore.init(tmp_path / "kb", name="Team") as kb:
        for record in records:
            kb.store.put(record)  # type: ignore[arg-type]
        experts = find_experts(kb.search_index(), "stroke thrombolysis")
    found = names(experts)
    assert found[0] == "person-physician"
    assert "person-therapist" in found
    assert "person-porter" not in found and "person-outsider" not in found
    therapist = experts[found.index("person-therapist")]
    assert therapist.score < experts[0].score
    line = therapist.evidence_lines()[0]
    assert "Works in Stroke Unit with Physician" in line and "not a claim they made" in line


def test_people_who_describe_themselves_with_a_related_subject_count_below_the_topic(
        tmp_path: Path) -> None:
    """The microbiologist is worth asking about hand hygiene though nothing of theirs says
    it: infection prevention, microbiology and hand hygiene are one family of the shipped
    related subjects. They rank below the nurse who declares the topic, the evidence says the
    link is kmcore's, and a claim naming a related subject in another sense ("Malware
    infection prevention") does not count, nor a profile naming one in passing."""
    import kmcore
    from kmcore.records.base import ConceptRef
    from kmcore.records.innovation import Innovation
    from kmcore.records.person import ExpertiseClaim, ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    def person(slug: str, job: str, claim: str) -> Person:
        return Person(id=f"person-{slug}", display_name=slug.title(), job_title=job,
                      department=job,
                      profile=ExpertiseProfile(overview="Ask me.", expertise=(
                          ExpertiseClaim(concept=ConceptRef(label=claim)),)))

    records: list[object] = [
        person("nurse", "Ward Sister", "Hand hygiene"),
        person("microbiologist", "Consultant Microbiologist", "Antimicrobial stewardship"),
        person("cyber", "Cyber Security Lead", "Malware infection prevention"),
        person("finance", "Finance Manager", "Budgets"),
        Person(id="person-invoices", display_name="Invoices", job_title="Finance Officer",
               profile=ExpertiseProfile(
                   overview="I pay invoices, the microbiology lab's among them.")),
    ]
    for n in range(2):
        records.append(Innovation(
            id=f"inn-hands-{n}", title=f"Hand hygiene audit on the wards {n}",
            lead="person-nurse", stage=Stage.TESTING,
            problem="Hand hygiene compliance before patient contact was low",
            description="Observers, alcohol gel at every bed and monthly feedback to wards."))
    records += [Innovation(id=f"inn-other-{n}", title=f"Ward project {n}", lead="person-finance",
                           stage=Stage.IDEA, problem="Rotas and documentation",
                           description="Gaps in the rota.") for n in range(30)]
    with kmcore.init(tmp_path / "kb", name="Related") as kb:
        for record in records:
            kb.store.put(record)  # type: ignore[arg-type]
        experts = find_experts(kb.search_index(), "hand hygiene")
        # Self-descriptions are kept per index generation: a profile added is seen.
        kb.store.put(person("ipc", "Infection Control Nurse", "Outbreaks"))
        again = names(find_experts(kb.search_index(), "hand hygiene"))
    assert "person-ipc" in again
    found = names(experts)
    assert found[:2] == ["person-nurse", "person-microbiologist"]
    assert "person-cyber" not in found and "person-finance" not in found
    # A related subject in a profile sharing no telling word with the topic's records.
    assert "person-invoices" not in found
    line = experts[1].evidence_lines()[0]
    assert "related subject: Consultant Microbiologist" in line
    assert "not a claim they made" in line and "related to hand hygiene" in line


def test_related_subjects_come_from_a_family_the_topic_names() -> None:
    from kmcore.search.query import parse_query
    from kmcore.search.rank import expand
    from kmcore.search.related import families, related_terms

    def related(topic: str) -> set[str]:
        expanded = expand(parse_query(topic), [])
        return {term for term, _named in related_terms(expanded).values()}

    assert len(families()) > 60
    eol = related("end of life care")
    assert {"advance care planning", "hospice at home"} <= eol
    assert "end of life" not in eol  # part of the topic: a direct match
    assert related("care") == set() and related("support for staff") == set()


def test_a_claim_naming_the_subject_the_topic_is_part_of_counts_as_its_core(
        tmp_path: Path) -> None:
    """ "Sepsis" is what the ED lead declares; asked about "sepsis recognition", where the
    rarer "recognition" outweighs "sepsis" by IDF, their claim still names the subject of the
    topic (a subject of the shipped families) and counts like a core claim (CORE_VOTE x the
    share of the topic it names), not a few hundredths of the exact claim's score."""
    import kmcore
    from kmcore.records.base import ConceptRef
    from kmcore.records.innovation import Innovation
    from kmcore.records.person import ExpertiseClaim, ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    def person(slug: str, claim: str) -> Person:
        return Person(id=f"person-{slug}", display_name=slug.title(), job_title="Doctor",
                      profile=ExpertiseProfile(overview="Ask me.", expertise=(
                          ExpertiseClaim(concept=ConceptRef(label=claim)),)))

    records: list[object] = [
        person("outreach", "Sepsis recognition on wards"), person("edlead", "Sepsis"),
        person("icu", "Deteriorating patient"), person("other", "Budgets"),
    ]
    records.append(Innovation(
        id="inn-recognition", title="Sepsis recognition on wards", lead="person-outreach",
        stage=Stage.TESTING, problem="Sepsis recognition was late on wards",
        description="Screening tool and grab bags."))
    records += [Innovation(id=f"inn-sepsis-{n}", title=f"Sepsis project {n}",
                           lead="person-other", stage=Stage.IDEA, problem="Sepsis",
                           description="Antibiotics within the hour.") for n in range(8)]
    records += [Innovation(id=f"inn-other-{n}", title=f"Ward project {n}", lead="person-other",
                           stage=Stage.IDEA, problem="Rotas and documentation",
                           description="Gaps in the rota.") for n in range(30)]
    with kmcore.init(tmp_path / "kb", name="Subject") as kb:
        for record in records:
            kb.store.put(record)  # type: ignore[arg-type]
        experts = find_experts(kb.search_index(), "sepsis recognition")
    found = names(experts)
    assert found[0] == "person-outreach"
    edlead = experts[found.index("person-edlead")]
    assert edlead.evidence_lines()[0] == "Declares expertise in Sepsis [matched: only sepsis]"
    assert edlead.score > 0.05 * experts[0].score


def test_a_record_with_the_topics_words_only_in_different_sentences_counts_less(
        tmp_path: Path) -> None:
    """"Agency labour" in one sentence and "wards" in another is not "labour ward": such a
    record votes APART_VOTE as much, and its evidence says the words were apart."""
    import kmcore
    from kmcore.records.innovation import Innovation
    from kmcore.records.person import ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    with kmcore.init(tmp_path / "kb", name="Apart") as kb:
        for slug in ("together", "apart"):
            kb.store.put(Person(id=f"person-{slug}", display_name=slug.title(),
                                profile=ExpertiseProfile(overview="Manager.")))
        kb.store.put(Innovation(
            id="inn-together", title="Agency staff on the labour ward", lead="person-together",
            stage=Stage.TESTING, problem="Agency costs rose.",
            description="Bank rates published a week ahead."))
        kb.store.put(Innovation(
            id="inn-apart", title="Agency labour costs", lead="person-apart",
            stage=Stage.TESTING, problem="Agency costs rose.",
            description="Bank rates published a week ahead for the wards."))
        for n in range(20):
            kb.store.put(Innovation(id=f"inn-other-{n}", title=f"Rota project {n}",
                                    lead="person-together", stage=Stage.IDEA,
                                    problem="Rotas", description="Gaps in rotas."))
        found = {e.person_id: e for e in find_experts(kb.search_index(), "labour ward")}
    together = found["person-together"].records[0]
    apart = found["person-apart"].records[0]
    assert apart.matched.endswith(", apart") and not together.matched.endswith(", apart")
    # Before, only the proximity bonus (x 1.3 at most) set them apart.
    assert apart.contribution < together.contribution * 0.6


def test_a_claim_of_one_word_of_the_topic_needs_a_record_on_the_topic_behind_it(
        tmp_path: Path) -> None:
    """"Induction" (of new staff), claimed by someone with no record on induction of
    labour, counts a tenth as much: below a midwife who only took part in one such record."""
    import kmcore
    from kmcore.records.base import ConceptRef
    from kmcore.records.innovation import Innovation, TeamMember
    from kmcore.records.person import ExpertiseClaim, ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    def person(slug: str, claim: str = "") -> Person:
        claims = (ExpertiseClaim(concept=ConceptRef(label=claim)),) if claim else ()
        return Person(id=f"person-{slug}", display_name=slug.title(),
                      profile=ExpertiseProfile(overview="Works here.", expertise=claims))

    with kmcore.init(tmp_path / "kb", name="Unbacked") as kb:
        for record in (person("lead"), person("second"), person("member"),
                       person("trainer", "Induction")):
            kb.store.put(record)
        for n, lead in enumerate(("person-lead", "person-second")):
            kb.store.put(Innovation(
                id=f"inn-iol-{n}", title=f"Outpatient induction of labour {n}", lead=lead,
                team=(TeamMember(person="person-member"),) if n == 0 else (),
                stage=Stage.TESTING, problem="Women waited days for induction of labour.",
                description="Balloon catheter induction of labour at home."))
        kb.store.put(Innovation(
            id="inn-staff-app", title="Staff onboarding app", lead="person-trainer",
            stage=Stage.TESTING, problem="New starters missed their induction.",
            description="An app for the corporate induction of new staff."))
        for n in range(20):
            kb.store.put(Innovation(id=f"inn-other-{n}", title=f"Rota project {n}",
                                    lead="person-lead", stage=Stage.IDEA,
                                    problem="Rotas", description="Gaps in rotas."))
        found = names(find_experts(kb.search_index(), "induction of labour"))
    assert found.index("person-member") < found.index("person-trainer") \
        if "person-trainer" in found else "person-member" in found


def test_a_claim_judged_against_other_peoples_records_and_its_sense_marks_their_records(
        tmp_path: Path) -> None:
    """The IT lead's "IT service desk triage" is judged against the emergency department's
    records on triage, not her own: another sense, so it counts a tenth as much, and so does
    her own record with "service desk", shown as such. An ED nurse who only took part in
    one record on triage ranks above her."""
    import kmcore
    from kmcore.records.base import ConceptRef
    from kmcore.records.innovation import Innovation, TeamMember
    from kmcore.records.person import ExpertiseClaim, ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    def person(slug: str, claim: str = "") -> Person:
        claims = (ExpertiseClaim(concept=ConceptRef(label=claim)),) if claim else ()
        return Person(id=f"person-{slug}", display_name=slug.title(),
                      profile=ExpertiseProfile(overview="Works here.", expertise=claims))

    with kmcore.init(tmp_path / "kb", name="Sense") as kb:
        for record in (person("matron", "Triage"), person("consultant"), person("nurse"),
                       person("it-lead", "IT service desk triage")):
            kb.store.put(record)
        for n in range(4):
            kb.store.put(Innovation(
                id=f"inn-ed-{n}", title=f"Emergency department triage {n}",
                lead="person-matron" if n % 2 else "person-consultant",
                team=(TeamMember(person="person-nurse"),) if n == 0 else (),
                stage=Stage.TESTING, problem="Patients waited for triage at peak times.",
                description="A second triage nurse and NEWS2 observations at arrival."))
        kb.store.put(Innovation(
            id="inn-it", title="Service desk triage of IT faults", lead="person-it-lead",
            stage=Stage.TESTING, problem="Priority one faults waited in the queue.",
            description="The service desk sorts calls by priority."))
        for n in range(20):
            kb.store.put(Innovation(id=f"inn-other-{n}", title=f"Rota project {n}",
                                    lead="person-consultant", stage=Stage.IDEA,
                                    problem="Rotas", description="Gaps in rotas."))
        experts = find_experts(kb.search_index(), "triage")
    found = names(experts)
    assert found.index("person-nurse") < found.index("person-it-lead")
    it_lead = experts[found.index("person-it-lead")]
    assert it_lead.records[0].matched.endswith("in another sense")


def test_who_describes_themselves_with_the_topics_telling_part_ranks_with_a_related_subject(
        tmp_path: Path) -> None:
    """The paramedic whose profile and record say "falls" (of "falls prevention") is at least
    as close to the topic as a frailty matron who only names a related subject: they get at
    least the related subject's share of the best score."""
    import kmcore
    from kmcore.records.innovation import Innovation, TeamMember
    from kmcore.records.person import ExpertiseProfile, Person
    from kmcore.records.vocab import Stage
    from kmcore.search.experts import SELF_DESCRIBED_SHARE

    def person(slug: str, overview: str, job: str = "") -> Person:
        return Person(id=f"person-{slug}", display_name=slug.title(), job_title=job,
                      profile=ExpertiseProfile(overview=overview))

    records: list[object] = [
        person("lead", "Physiotherapist."),
        person("paramedic", "Paramedic: ask me about falls pick-up and call before convey."),
        person("matron", "Community matron.", job="Community Matron, Frailty"),
        Innovation(id="inn-classes", title="Strength and balance classes for falls prevention",
                   lead="person-lead", stage=Stage.TESTING, problem="Falls at home",
                   description="Prevention of falls with exercise classes."),
        Innovation(id="inn-pickup", title="Non-injured fallers picked up by a falls team",
                   lead="person-lead", team=(
                       TeamMember(person="person-paramedic", role="team_member"),),
                   stage=Stage.TESTING, problem="Long waits on the floor after falls",
                   description="A falls response car lifts people who fell and are unhurt."),
    ]
    records += [Innovation(id=f"inn-other-{n}", title=f"Ward project {n}", lead="person-lead",
                           stage=Stage.IDEA, problem="Rotas and documentation",
                           description="Infection prevention on the rota." if n % 4 else
                           "Gaps in the rota.") for n in range(40)]
    with kmcore.init(tmp_path / "kb", name="Falls") as kb:
        for record in records:
            kb.store.put(record)  # type: ignore[arg-type]
        experts = {e.person_id: e for e in find_experts(kb.search_index(), "falls prevention")}
    best = experts["person-lead"].score
    assert experts["person-paramedic"].score >= SELF_DESCRIBED_SHARE * best * 0.999


def test_with_no_record_on_the_whole_topic_its_parts_must_be_read_in_one_sense(
        tmp_path: Path) -> None:
    """No record has both words of "tooth extraction": the dentist whose record has
    "extraction" beside dental words that the records on teeth use counts; the analyst whose
    "data extraction" shares nothing with them does not. A record whose part is a subject
    of its own ("asthma") is kept whatever the other part's records are about."""
    import kmcore
    from kmcore.records.innovation import Innovation
    from kmcore.records.person import ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    def person(slug: str) -> Person:
        return Person(id=f"person-{slug}", display_name=slug.title(),
                      profile=ExpertiseProfile(overview="Staff member."))

    records: list[object] = [person(s) for s in ("dentist", "hygienist", "analyst",
                                                 "nurse")]
    records += [
        Innovation(id="inn-brushing", title="Supervised tooth brushing in schools",
                   lead="person-hygienist", stage=Stage.TESTING,
                   problem="Decay in children's teeth", description=(
                       "Fluoride varnish and dental checks for every tooth in the class.")),
        Innovation(id="inn-lists", title="Pooled general anaesthetic lists",
                   lead="person-dentist", stage=Stage.TESTING,
                   problem="Children waited a year for extraction under anaesthetic",
                   description="Dental extraction lists shared with fluoride advice."),
        Innovation(id="inn-data", title="Automated data extraction from GP systems",
                   lead="person-analyst", stage=Stage.TESTING,
                   problem="Manual reports", description="Extraction scripts for the warehouse."),
        Innovation(id="inn-asthma", title="Asthma plans audited", lead="person-nurse",
                   stage=Stage.TESTING, problem="Out of date plans",
                   description="Inhaler reviews in clinic."),
        Innovation(id="inn-child", title="Childhood obesity weigh-ins", lead="person-analyst",
                   stage=Stage.TESTING, problem="Weight", description="Height charts."),
    ]
    records += [Innovation(id=f"inn-other-{n}", title=f"Ward project {n}",
                           lead="person-analyst", stage=Stage.IDEA, problem="Rotas",
                           description="Gaps in the rota.") for n in range(30)]
    with kmcore.init(tmp_path / "kb", name="Parts") as kb:
        for record in records:
            kb.store.put(record)  # type: ignore[arg-type]
        index = kb.search_index()
        teeth = names(find_experts(index, "tooth extraction"))
        asthma = names(find_experts(index, "childhood asthma"))
    assert "person-dentist" in teeth
    assert "person-analyst" not in teeth
    assert "person-nurse" in asthma


def test_a_one_word_topic_in_another_form_of_the_word_counts_less(tmp_path: Path) -> None:
    """Stemming joins "screens" and "screening": the IT lead whose records and claims say
    "screens" ranks below the nurse whose fewer records say "screening"; "antibiotic" is
    the same form as "antibiotics"."""
    import kmcore
    from kmcore.records.base import ConceptRef
    from kmcore.records.innovation import Innovation
    from kmcore.records.person import ExpertiseClaim, ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    records: list[object] = [
        Person(id="person-it", display_name="It", profile=ExpertiseProfile(
            overview="IT lead.", expertise=(ExpertiseClaim(
                concept=ConceptRef(label="Screens and monitors")),))),
        Person(id="person-nurse", display_name="Nurse",
               profile=ExpertiseProfile(overview="Practice nurse.")),
    ]
    records += [Innovation(id=f"inn-screens-{n}", title=f"Patient call screens in clinic {n}",
                           lead="person-it", stage=Stage.TESTING, problem="Missed calls",
                           description="Screens in waiting rooms.") for n in range(3)]
    records += [Innovation(id="inn-smear", title="Cervical screening reminders",
                           lead="person-nurse", stage=Stage.TESTING, problem="Low uptake",
                           description="Texts before screening appointments.")]
    records += [Innovation(id=f"inn-other-{n}", title=f"Ward project {n}", lead="person-nurse",
                           stage=Stage.IDEA, problem="Rotas", description="Gaps in the rota.")
                for n in range(30)]
    with kmcore.init(tmp_path / "kb", name="Forms") as kb:
        for record in records:
            kb.store.put(record)  # type: ignore[arg-type]
        experts = find_experts(kb.search_index(), "screening")
    found = names(experts)
    assert found.index("person-nurse") < found.index("person-it")
    assert experts[found.index("person-it")].records[0].matched.endswith(
        "as another form of the word")


def test_singular_and_plural_are_one_form() -> None:
    from kmcore.search.experts import _other_form

    assert not _other_form("antibiotics", "Antibiotic review at 48 hours")
    assert not _other_form("screening", "Bowel screenings")
    assert _other_form("screening", "Display screen equipment")
    assert not _other_form("", "Display screen equipment")


def test_one_shared_word_of_a_longer_topic_is_no_lead(tmp_path: Path) -> None:
    """Nobody has all of "telephone advice line": the patient services manager whose record
    has "advice line" is listed; the matron whose only record shares "line" ("Central line
    bundle") is not listed at all, however few people there are."""
    import kmcore
    from kmcore.records.innovation import Innovation
    from kmcore.records.person import ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    records: list[object] = [
        Person(id=f"person-{s}", display_name=s.title(),
               profile=ExpertiseProfile(overview="Staff member."))
        for s in ("services", "nurse", "matron", "other")]
    records += [
        Innovation(id="inn-advice", title="Chest pain advice line for GPs",
                   lead="person-services", stage=Stage.TESTING, problem="Slow referrals",
                   description="GPs phone a cardiologist for advice on the line."),
        Innovation(id="inn-phone", title="Heart failure nurse telephone clinic",
                   lead="person-nurse", stage=Stage.TESTING, problem="Slow titration",
                   description="Specialist nurses phone patients and review blood results."),
        Innovation(id="inn-central", title="Central line bundle cuts bloodstream infections",
                   lead="person-matron", stage=Stage.TESTING, problem="Infections",
                   description="Specialist nurses review every central line."),
    ]
    records += [Innovation(id=f"inn-other-{n}", title=f"Ward project {n}", lead="person-other",
                           stage=Stage.IDEA, problem="Rotas", description="Gaps in the rota.")
                for n in range(30)]
    with kmcore.init(tmp_path / "kb", name="Lines") as kb:
        for record in records:
            kb.store.put(record)  # type: ignore[arg-type]
        found = names(find_experts(kb.search_index(), "telephone advice line"))
    assert "person-services" in found
    assert "person-matron" not in found


def test_an_acronym_its_records_spell_out_otherwise_is_another_sense(tmp_path: Path) -> None:
    """For "dried blood spot testing" the records teach DBS as its acronym; the HR officer's
    claim "DBS checks" and record on DBS checks spell DBS out as the Disclosure and Barring
    Service: another sense, so she is not listed at all, while the nurses are."""
    import kmcore
    from kmcore.records.base import ConceptRef
    from kmcore.records.innovation import Innovation, TeamMember
    from kmcore.records.person import ExpertiseClaim, ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    def person(slug: str, claim: str = "") -> Person:
        claims = (ExpertiseClaim(concept=ConceptRef(label=claim)),) if claim else ()
        return Person(id=f"person-{slug}", display_name=slug.title(),
                      profile=ExpertiseProfile(overview="Works here.", expertise=claims))

    with kmcore.init(tmp_path / "kb", name="Letters") as kb:
        for record in (person("nurse"), person("hepatology"), person("hr", "DBS checks")):
            kb.store.put(record)
        kb.store.put(Innovation(
            id="inn-hep", title="Hep C testing in hostels with dried blood spot cards",
            lead="person-nurse", team=(TeamMember(person="person-hepatology"),),
            stage=Stage.TESTING, problem="People in hostels were never tested for hep C.",
            description="Monthly testing days using dried blood spot (DBS) testing."))
        kb.store.put(Innovation(
            id="inn-hr", title="Faster DBS checks for new healthcare staff", lead="person-hr",
            stage=Stage.TESTING,
            problem="New starters waited 10 weeks for the Disclosure and Barring Service "
                    "check.",
            description="We moved to the online DBS application."))
        for n in range(20):
            kb.store.put(Innovation(id=f"inn-other-{n}", title=f"Rota project {n}",
                                    lead="person-nurse", stage=Stage.IDEA,
                                    problem="Rotas", description="Gaps in rotas."))
        found = names(find_experts(kb.search_index(), "dried blood spot testing"))
    assert found[:2] == ["person-nurse", "person-hepatology"]
    assert "person-hr" not in found


def test_an_acronym_is_spelt_otherwise_only_by_other_words_with_its_letters() -> None:
    from kmcore.search.experts import _spelt_otherwise

    meant = ("dri", "blood", "spot")
    assert _spelt_otherwise("dbs", meant, ["wait", "for", "the", "disclosur", "and", "bar",
                                           "servic", "check"])
    assert not _spelt_otherwise("dbs", meant, ["use", "dri", "blood", "spot", "db", "test"])
    assert not _spelt_otherwise("dbs", meant, ["db", "check", "for", "new", "staff"])


def test_a_record_sharing_nothing_telling_with_other_peoples_records_is_another_sense(
        tmp_path: Path) -> None:
    """For "spice", four people's records on the drug on the prison wings read the topic;
    the volunteer coordinator's "Spice time credits for veterans who volunteer" shares none
    of their telling words and he claims nothing on it: his record counts a tenth, marked
    as another sense, and he ranks below everyone on the wings' records."""
    import kmcore
    from kmcore.records.innovation import Innovation
    from kmcore.records.person import ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    slugs = ("nurse", "officer", "pharmacist", "psychiatrist", "volunteers", "other")
    with kmcore.init(tmp_path / "kb", name="Senses") as kb:
        for slug in slugs:
            # His profile names the scheme, so he is listed (see the test below).
            overview = "Runs Spice time credits." if slug == "volunteers" else "Works here."
            kb.store.put(Person(id=f"person-{slug}", display_name=slug.title(),
                                profile=ExpertiseProfile(overview=overview)))
        wings = ("Spice response protocol on the wings",
                 "Spice awareness for new prison officers",
                 "Naloxone is no answer to spice: wing observations",
                 "Spice withdrawal on the healthcare wing")
        for n, (slug, title) in enumerate(zip(slugs[:4], wings, strict=True)):
            kb.store.put(Innovation(
                id=f"inn-wing-{n}", title=title, lead=f"person-{slug}", stage=Stage.TESTING,
                problem="Synthetic cannabinoid use on the prison wings.",
                description="Psychoactive substances: officers call healthcare at once."))
        kb.store.put(Innovation(
            id="inn-credits", title="Spice time credits for veterans who volunteer",
            lead="person-volunteers", stage=Stage.TESTING,
            problem="Veterans who give their time get nothing back.",
            description="Each hour of volunteering earns a credit for leisure centres."))
        for n in range(30):
            kb.store.put(Innovation(id=f"inn-other-{n}", title=f"Rota project {n}",
                                    lead="person-other", stage=Stage.IDEA,
                                    problem="Rotas", description="Gaps in rotas."))
        experts = find_experts(kb.search_index(), "spice")
    found = names(experts)
    assert found[-1] == "person-volunteers"
    assert experts[-1].records[0].matched.endswith("in another sense")


def test_someone_with_no_claim_and_only_records_in_another_sense_is_not_listed(
        tmp_path: Path) -> None:
    """Two procurement records on tendering, by two teams, read the topic; the GP's "Tender
    abdomen pathway" shares nothing with them and he claims nothing: nothing of his is on
    tendering, so he is not listed, however few people there are."""
    import kmcore
    from kmcore.records.base import ConceptRef
    from kmcore.records.innovation import Innovation, TeamMember
    from kmcore.records.person import ExpertiseClaim, ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    def person(slug: str, claim: str = "") -> Person:
        claims = (ExpertiseClaim(concept=ConceptRef(label=claim)),) if claim else ()
        return Person(id=f"person-{slug}", display_name=slug.title(),
                      profile=ExpertiseProfile(overview="Works here.", expertise=claims))

    with kmcore.init(tmp_path / "kb", name="Tenders") as kb:
        for record in (person("procurement", "Tendering"), person("officer"),
                       person("fleet"), person("gp"), person("other")):
            kb.store.put(record)
        kb.store.put(Innovation(
            id="inn-pharmacy", title="Tender for the pharmacy supply contract",
            lead="person-procurement", team=(TeamMember(person="person-officer"),),
            stage=Stage.TESTING, problem="The supply contract ends next year.",
            description="Bidders scored on price and quality; contract awarded."))
        kb.store.put(Innovation(
            id="inn-lease", title="Tender for the electric vehicle lease",
            lead="person-procurement", team=(TeamMember(person="person-fleet"),),
            stage=Stage.TESTING, problem="The vehicle lease contract ends.",
            description="Bidders scored on price and quality; lease awarded."))
        kb.store.put(Innovation(
            id="inn-abdomen", title="Tender abdomen pathway for out-of-hours GPs",
            lead="person-gp", stage=Stage.TESTING,
            problem="Acute abdominal pain was sent home from the out-of-hours base.",
            description="A checklist for the tender abdomen and same-day surgical review."))
        for n in range(20):
            kb.store.put(Innovation(id=f"inn-other-{n}", title=f"Rota project {n}",
                                    lead="person-other", stage=Stage.IDEA,
                                    problem="Rotas", description="Gaps in rotas."))
        found = names(find_experts(kb.search_index(), "tendering"))
    assert found[0] == "person-procurement"
    assert "person-gp" not in found


def test_the_knowledge_services_part_in_a_record_on_the_topic_is_knowledge_work(
        tmp_path: Path) -> None:
    """The clinical librarian who led the evidence review on febrile neutropenia searched
    for it: her record counts as a facilitator's does, so the nurse who only took part in
    the oncologist's work ranks above her. For "literature searching", which she claims,
    she comes first."""
    import kmcore
    from kmcore.records.base import ConceptRef
    from kmcore.records.innovation import Innovation, TeamMember
    from kmcore.records.person import ExpertiseClaim, ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    people = [
        Person(id="person-oncologist", display_name="Oncologist", job_title="Consultant",
               department="Paediatric Oncology",
               profile=ExpertiseProfile(overview="Works here.")),
        Person(id="person-nurse", display_name="Nurse", job_title="Staff nurse",
               department="Children's ward", profile=ExpertiseProfile(overview="Works here.")),
        Person(id="person-librarian", display_name="Librarian", job_title="Clinical librarian",
               department="Library and Knowledge Service",
               profile=ExpertiseProfile(overview="Works here.", expertise=(ExpertiseClaim(
                   concept=ConceptRef(label="Literature searching")),))),
    ]
    with kmcore.init(tmp_path / "kb", name="Knowledge work") as kb:
        for record in people:
            kb.store.put(record)
        kb.store.put(Innovation(
            id="inn-pathway", title="Febrile neutropenia pathway on the children's ward",
            lead="person-oncologist", team=(TeamMember(person="person-nurse"),),
            stage=Stage.TESTING, problem="Antibiotics for febrile neutropenia came late.",
            description="A one-hour pathway for febrile neutropenia."))
        kb.store.put(Innovation(
            id="inn-review", title="Evidence review on outpatient care for febrile neutropenia",
            lead="person-librarian", stage=Stage.TESTING,
            problem="Clinicians asked whether low-risk febrile neutropenia can go home.",
            description="A literature searching and evidence review for the oncologists."))
        for n in range(20):
            kb.store.put(Innovation(id=f"inn-other-{n}", title=f"Rota project {n}",
                                    lead="person-nurse", stage=Stage.IDEA,
                                    problem="Rotas", description="Gaps in rotas."))
        index = kb.search_index()
        found = names(find_experts(index, "febrile neutropenia"))
        searching = names(find_experts(index, "literature searching"))
    assert found.index("person-nurse") < found.index("person-librarian")
    assert searching[0] == "person-librarian"


def test_a_post_in_the_library_and_knowledge_service_is_known_by_its_words() -> None:
    from kmcore.search.experts import _in_knowledge_service

    assert _in_knowledge_service("Clinical librarian", "Outreach")
    assert _in_knowledge_service("Knowledge manager", "Transformation")
    assert _in_knowledge_service("Assistant", "Library and Knowledge Service")
    assert not _in_knowledge_service("Consultant", "Paediatric Oncology")
    assert not _in_knowledge_service("Knowledge and skills facilitator", "Education")


def test_a_records_kind_label_is_no_evidence_that_it_shares_a_subject(tmp_path: Path) -> None:
    """Every innovation story is labelled "innovation story". The nurse's story on display
    screen checks for staff with eye strain shares only that label with the diabetic eye
    screening team's story and innovation: it is "eye screening" in another sense, and as she
    claims nothing, she is not listed."""
    import kmcore
    from kmcore.records.base import ConceptRef
    from kmcore.records.innovation import Innovation, TeamMember
    from kmcore.records.person import ExpertiseClaim, ExpertiseProfile, Person
    from kmcore.records.story import Requester, Story
    from kmcore.records.vocab import Stage, StoryKind

    def person(slug: str, claim: str = "") -> Person:
        claims = (ExpertiseClaim(concept=ConceptRef(label=claim)),) if claim else ()
        return Person(id=f"person-{slug}", display_name=slug.title(),
                      profile=ExpertiseProfile(overview="Works here.", expertise=claims))

    with kmcore.init(tmp_path / "kb", name="Eyes") as kb:
        for record in (person("rahman", "Diabetic eye screening"), person("patel"),
                       person("nurse"), person("other")):
            kb.store.put(record)
        kb.store.put(Innovation(
            id="inn-eye-text", title="Text reminders cut missed diabetic eye screening",
            lead="person-rahman", team=(TeamMember(person="person-patel"),),
            stage=Stage.TESTING, problem="Many retinal photography appointments were missed.",
            description="Two texts before each clinic; attendance rose."))
        kb.store.put(Story(
            id="story-eye-young", title="Young adults and diabetic eye screening",
            kind=StoryKind.INNOVATION_STORY, who_asked=Requester(person="person-rahman"),
            working_with=("person-patel",),
            challenge="Young adults with type 1 diabetes missed retinal photography.",
            what_we_did="Evening clinics at the college.",
            how_it_helped="Uptake rose by a third."))
        kb.store.put(Story(
            id="story-glasses", title="Display screen assessments for staff with eye strain",
            kind=StoryKind.INNOVATION_STORY, who_asked=Requester(person="person-nurse"),
            challenge="Office workers reported sore eyes at their monitors.",
            what_we_did="Workstation checks; vouchers for spectacles.",
            how_it_helped="Fewer sickness days for headaches."))
        for n in range(20):
            kb.store.put(Innovation(id=f"inn-other-{n}", title=f"Rota project {n}",
                                    lead="person-other", stage=Stage.IDEA,
                                    problem="Rotas", description="Gaps in rotas."))
        found = names(find_experts(kb.search_index(), "eye screening"))
    assert found[0] == "person-rahman"
    assert "person-nurse" not in found


def test_a_job_title_or_department_naming_the_topic_is_the_persons_own_word(
        tmp_path: Path) -> None:
    """The sexual health nurse specialist and the consultant of the Sexual Health Service have
    no record on it, and the estates engineer led the fit-out of the building the clinic
    moved into: their posts say who knows about sexual health. A post naming only one of the
    topic's words ("Health records manager") counts for nothing."""
    import kmcore
    from kmcore.records.base import ConceptRef
    from kmcore.records.innovation import Innovation
    from kmcore.records.person import ExpertiseClaim, ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    def person(slug: str, job: str, department: str, claim: str = "") -> Person:
        claims = (ExpertiseClaim(concept=ConceptRef(label=claim)),) if claim else ()
        return Person(id=f"person-{slug}", display_name=slug.title(), job_title=job,
                      department=department,
                      profile=ExpertiseProfile(overview="Works here.", expertise=claims))

    with kmcore.init(tmp_path / "kb", name="Posts") as kb:
        for record in (
                person("nurse", "Sexual health nurse specialist", "Outpatients"),
                person("consultant", "Consultant physician", "Sexual Health Service"),
                person("estates", "Estates engineer", "Estates"),
                person("records", "Health records manager", "Sexual Records"),
                person("other", "Rota coordinator", "Medical staffing")):
            kb.store.put(record)
        kb.store.put(Innovation(
            id="inn-hub", title="Fitting out the new health hub building",
            lead="person-estates", stage=Stage.TESTING,
            problem="The sexual health clinic and the pharmacy moved into the new hub.",
            description="Boilers, water safety and fire doors signed off before opening."))
        for n in range(20):
            kb.store.put(Innovation(id=f"inn-other-{n}", title=f"Rota project {n}",
                                    lead="person-other", stage=Stage.IDEA,
                                    problem="Rotas", description="Gaps in rotas."))
        experts = find_experts(kb.search_index(), "sexual health")
    found = names(experts)
    assert found[:2] == ["person-nurse", "person-consultant"]
    assert "person-records" not in found
    assert experts[0].evidence_lines()[0] == "Their post names it: Sexual health nurse specialist"


def test_a_two_word_topic_is_its_phrase_not_one_of_its_words(tmp_path: Path) -> None:
    """"Just culture": record search leaves out "just" as common, so "culture" alone matched
    the microbiologist's blood culture claims and records and put her first. The
    organisational development lead's claim and record have the phrase: she comes first,
    and the microbiologist below her. "Sample quality": the estates supervisor's only
    credit is the claim "Water quality and water sampling", both words apart: not listed."""
    import kmcore
    from kmcore.records.base import ConceptRef
    from kmcore.records.innovation import Innovation
    from kmcore.records.person import ExpertiseClaim, ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    def person(slug: str, job: str, *claims: str) -> Person:
        return Person(id=f"person-{slug}", display_name=slug.title(), job_title=job,
                      department=job,
                      profile=ExpertiseProfile(overview="Works here.", expertise=tuple(
                          ExpertiseClaim(concept=ConceptRef(label=c)) for c in claims)))

    with kmcore.init(tmp_path / "kb", name="Phrases") as kb:
        for record in (
                person("micro", "Microbiology laboratory manager", "Blood culture bottles",
                       "Culture media supply"),
                person("od", "Organisational development lead", "Just culture"),
                person("bms", "Biomedical scientist", "Sample quality"),
                person("estates", "Estates supervisor", "Water quality and water sampling"),
                person("other", "Rota coordinator")):
            kb.store.put(record)
        for n, title in enumerate(("Blood culture bottles loaded within four hours",
                                   "Culture plates read late over the holiday",
                                   "Underfilled culture bottles miss bacteraemia")):
            kb.store.put(Innovation(id=f"inn-micro-{n}", title=title, lead="person-micro",
                                    stage=Stage.TESTING, problem="Late results.",
                                    description="Incubator loading in the laboratory."))
        kb.store.put(Innovation(
            id="inn-od", title="Building a just culture in imaging", lead="person-od",
            stage=Stage.TESTING, problem="Staff feared blame for near misses.",
            description="Just culture workshops and a learning not blaming huddle."))
        kb.store.put(Innovation(
            id="inn-bms", title="Haemolysed samples cut by half", lead="person-bms",
            stage=Stage.TESTING, problem="Poor sample quality from the outpatient clinic.",
            description="Phlebotomists trained on tourniquet time."))
        for n in range(20):
            kb.store.put(Innovation(id=f"inn-other-{n}", title=f"Rota project {n}",
                                    lead="person-other", stage=Stage.IDEA,
                                    problem="Rotas", description="Gaps in rotas."))
        culture = find_experts(kb.search_index(), "just culture")
        quality = find_experts(kb.search_index(), "sample quality")
    assert names(culture)[0] == "person-od"
    assert "person-micro" not in names(culture)[:1]
    micro = next(e for e in culture if e.person_id == "person-micro")
    assert any("nothing of theirs has the topic's words together" in line
               for line in micro.evidence_lines())
    assert names(quality)[0] == "person-bms"
    assert "person-estates" not in names(quality)


def test_a_known_phrase_nobody_has_falls_back_to_its_parts(tmp_path: Path) -> None:
    """Once the librarian's synonyms file makes "tooth extraction" a known phrase ("dental
    extraction"), no record having it, the records with one of its words still vote where
    they agree in sense: "dental", a word of the alternative, is what joins the dental
    lists' "extraction" to the toothbrushing scheme's "tooth"; it no longer hid them all.
    The GP data extraction record shares nothing with them."""
    import kmcore
    from kmcore.records.innovation import Innovation
    from kmcore.records.person import ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    with kmcore.init(tmp_path / "kb", name="Phrases") as kb:
        (kb.root / "synonyms.txt").write_text("tooth extraction, dental extraction\n",
                                              encoding="utf-8")
        for slug in ("dentist", "therapist", "analyst", "other"):
            kb.store.put(Person(id=f"person-{slug}", display_name=slug.title(),
                                profile=ExpertiseProfile(overview="Works here.")))
        kb.store.put(Innovation(
            id="inn-ga", title="Pooled dental general anaesthetic lists", lead="person-dentist",
            stage=Stage.TESTING, problem="Long waits for dental surgery.",
            description="Extraction under general anaesthetic on pooled lists."))
        kb.store.put(Innovation(
            id="inn-brush", title="Supervised toothbrushing in schools", lead="person-therapist",
            stage=Stage.TESTING, problem="Dental decay in pupils.",
            description="Every tooth brushed with fluoride toothpaste at school."))
        kb.store.put(Innovation(
            id="inn-data", title="Automated data extraction from GP systems",
            lead="person-analyst", stage=Stage.TESTING, problem="Manual audits.",
            description="Extraction scripts for the practice systems."))
        for n in range(20):
            kb.store.put(Innovation(id=f"inn-other-{n}", title=f"Rota project {n}",
                                    lead="person-other", stage=Stage.IDEA,
                                    problem="Rotas", description="Gaps in rotas."))
        found = names(find_experts(kb.search_index(), "tooth extraction"))
    assert "person-dentist" in found
    assert "person-analyst" not in found


def test_a_record_sharing_words_only_with_another_sense_is_another_sense(
        tmp_path: Path) -> None:
    """"Contrast": four radiographers' records on CT contrast media share their words (CT,
    injector, kidney, radiographer). The IT analyst's "Low-contrast screen themes" shares
    telling words only with the wayfinding officer's "High-contrast signs", which shares
    none with the CT records: both are another sense of the word."""
    import kmcore
    from kmcore.records.innovation import Innovation
    from kmcore.records.person import ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    with kmcore.init(tmp_path / "kb", name="Senses") as kb:
        for slug in ("ct1", "ct2", "ct3", "ct4", "signs", "analyst", "other"):
            kb.store.put(Person(id=f"person-{slug}", display_name=slug.title(),
                                profile=ExpertiseProfile(overview="Works here.")))
        ct = [("Contrast extravasation in CT", "Cannula checks before the injector runs."),
              ("Kidney function before IV contrast", "Radiographer checks eGFR before CT."),
              ("Oral contrast at home before abdominal CT", "Radiographer phones the day "
               "before; the kidney results are checked first."),
              ("Injector pressure limits for contrast", "CT injector set by the radiographer "
               "for central lines; kidney risk noted.")]
        for n, (title, text) in enumerate(ct, start=1):
            kb.store.put(Innovation(id=f"inn-ct{n}", title=title, lead=f"person-ct{n}",
                                    stage=Stage.TESTING, problem="Patient safety in imaging.",
                                    description=text))
        kb.store.put(Innovation(
            id="inn-signs", title="High-contrast signs help visually impaired visitors",
            lead="person-signs", stage=Stage.TESTING, problem="Visually impaired visitors "
            "could not read the colour scheme.", description="Bold colour wayfinding signs."))
        kb.store.put(Innovation(
            id="inn-screens", title="Low-contrast screen themes are hard to read",
            lead="person-analyst", stage=Stage.TESTING, problem="Visually impaired staff "
            "could not read the colour scheme.", description="A bold colour theme for "
            "the booking system."))
        for n in range(40):
            kb.store.put(Innovation(id=f"inn-other-{n}", title=f"Rota project {n}",
                                    lead="person-other", stage=Stage.IDEA,
                                    problem="Rotas", description="Gaps in rotas."))
        experts = find_experts(kb.search_index(), "contrast")
    # With no claim and every record in another sense, neither is listed (D683).
    assert names(experts) == ["person-ct1", "person-ct2", "person-ct4", "person-ct3"]


def test_a_supporting_part_beside_a_claim_in_another_sense_is_another_sense(
        tmp_path: Path) -> None:
    """"Slide scanning": the IT analyst was a team member on the digital pathology record,
    and his own claim is "Document scanning": his part was the scanners, not the slides.
    With nothing of his in the topic's sense he is not listed; the laboratory manager, on
    the same record with no claim at all, still is."""
    import kmcore
    from kmcore.records.base import ConceptRef
    from kmcore.records.innovation import Innovation, TeamMember
    from kmcore.records.person import ExpertiseClaim, ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    def person(slug: str, *claims: str) -> Person:
        return Person(id=f"person-{slug}", display_name=slug.title(),
                      profile=ExpertiseProfile(overview="Works here.", expertise=tuple(
                          ExpertiseClaim(concept=ConceptRef(label=c)) for c in claims)))

    with kmcore.init(tmp_path / "kb", name="Parts") as kb:
        for record in (person("pathologist"), person("manager"),
                       person("analyst", "Document scanning"), person("other")):
            kb.store.put(record)
        kb.store.put(Innovation(
            id="inn-digital", title="Digital pathology: glass slides scanned for reporting",
            lead="person-pathologist", team=(TeamMember(person="person-manager"),
                                             TeamMember(person="person-analyst")),
            stage=Stage.TESTING, problem="Histopathology glass slides posted between sites.",
            description="Slide scanning of every histology case for remote reporting."))
        kb.store.put(Innovation(
            id="inn-focus", title="Out-of-focus slides: scanner calibration",
            lead="person-pathologist", stage=Stage.TESTING,
            problem="Thick histology sections scanned out of focus.",
            description="Slide scanning checks at the start of each histopathology batch."))
        for n in range(20):
            kb.store.put(Innovation(id=f"inn-other-{n}", title=f"Rota project {n}",
                                    lead="person-other", stage=Stage.IDEA,
                                    problem="Rotas", description="Gaps in rotas."))
        found = names(find_experts(kb.search_index(), "slide scanning"))
    assert found[:2] == ["person-pathologist", "person-manager"]
    assert "person-analyst" not in found


def test_a_claim_is_read_beside_the_main_sense_and_its_peoples_claims(tmp_path: Path) -> None:
    """"Contrast": the wayfinding officer's claim "Colour contrast for accessibility" shares
    its telling words only with the IT analyst's "Low-contrast screen themes", another sense
    of the word, so it counts as another sense; the MRI radiographer's "Gadolinium contrast
    reactions" is vouched for by the CT radiographer's own claim "Contrast reactions", who
    is on the records of the main sense. The MRI radiographer comes above the officer."""
    import kmcore
    from kmcore.records.base import ConceptRef
    from kmcore.records.innovation import Innovation, TeamMember
    from kmcore.records.person import ExpertiseClaim, ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    def person(slug: str, *claims: str) -> Person:
        return Person(id=f"person-{slug}", display_name=slug.title(),
                      profile=ExpertiseProfile(overview="Works here.", expertise=tuple(
                          ExpertiseClaim(concept=ConceptRef(label=c)) for c in claims)))

    with kmcore.init(tmp_path / "kb", name="Senses") as kb:
        for record in (person("ct", "Contrast reactions"), person("ct2"), person("ct3"),
                       person("mri", "Gadolinium contrast reactions"),
                       person("signs", "Colour contrast for accessibility"),
                       person("analyst"), person("other")):
            kb.store.put(record)
        ct = [("ct", "Contrast extravasation in CT", "Cannula checks before the injector."),
              ("ct", "Kidney function before IV contrast", "Radiographer checks eGFR before CT."),
              ("ct2", "Oral contrast at home before abdominal CT", "Radiographer phones the "
               "day before; kidney results checked first."),
              ("ct3", "Injector pressure limits for contrast", "CT injector set by the "
               "radiographer for central lines; kidney risk noted.")]
        for n, (lead, title, text) in enumerate(ct, start=1):
            kb.store.put(Innovation(id=f"inn-ct{n}", title=title, lead=f"person-{lead}",
                                    stage=Stage.TESTING, problem="Patient safety in imaging.",
                                    description=text))
        kb.store.put(Innovation(
            id="inn-mri", title="Allergic-like reaction to gadolinium contrast in MRI",
            lead="person-mri", team=(TeamMember(person="person-ct"),), stage=Stage.TESTING,
            problem="A reaction in the scanner.", description="Gadolinium reaction drill."))
        kb.store.put(Innovation(
            id="inn-signs", title="High-contrast signs help visually impaired visitors",
            lead="person-signs", stage=Stage.TESTING, problem="Visually impaired visitors "
            "could not read the colour scheme.", description="Bold colour wayfinding signs "
            "for accessibility."))
        kb.store.put(Innovation(
            id="inn-screens", title="Low-contrast screen themes are hard to read",
            lead="person-analyst", stage=Stage.TESTING, problem="Visually impaired staff "
            "could not read the colour scheme.", description="A bold colour theme for "
            "accessibility in the booking system."))
        for n in range(40):
            kb.store.put(Innovation(id=f"inn-other-{n}", title=f"Rota project {n}",
                                    lead="person-other", stage=Stage.IDEA,
                                    problem="Rotas", description="Gaps in rotas."))
        found = names(find_experts(kb.search_index(), "contrast"))
    assert found.index("person-mri") < found.index("person-signs")


def test_a_typed_acronym_never_spelt_out_and_sharing_nothing_is_another_sense(
        tmp_path: Path) -> None:
    """"DBS" (deep brain stimulation): the voluntary services manager's "DBS checks for
    volunteers took too long" never spells the letters out and shares nothing telling with
    the record that does, so it is the letters in another sense and she is not listed. The
    Parkinson's nurse's "DBS battery checks" shares the Parkinson's clinic and tremor with it
    and still counts."""
    import kmcore
    from kmcore.records.innovation import Innovation, TeamMember
    from kmcore.records.person import ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    with kmcore.init(tmp_path / "kb", name="Letters") as kb:
        for slug in ("neurosurgeon", "nurse", "volunteers", "other"):
            kb.store.put(Person(id=f"person-{slug}", display_name=slug.title(),
                                profile=ExpertiseProfile(overview="Works here.")))
        kb.store.put(Innovation(
            id="inn-dbs", title="Deep brain stimulation assessment pathway",
            lead="person-neurosurgeon", stage=Stage.TESTING,
            problem="People with advanced Parkinson's and tremor waited two years for DBS.",
            description="One clinic for levodopa challenge testing and tremor review."))
        kb.store.put(Innovation(
            id="inn-battery", title="DBS battery checks in the Parkinson's clinic",
            lead="person-nurse", stage=Stage.TESTING,
            problem="Tremor came back when batteries ran low.",
            description="The Parkinson's clinic checks every stimulator battery."))
        kb.store.put(Innovation(
            id="inn-checks", title="DBS checks for volunteers took too long",
            lead="person-volunteers", stage=Stage.TESTING,
            problem="New volunteers waited ten weeks to start.",
            description="Start the DBS check at interview.",
            team=(TeamMember(person="person-other"),)))
        for n in range(20):
            kb.store.put(Innovation(id=f"inn-other-{n}", title=f"Rota project {n}",
                                    lead="person-other", stage=Stage.IDEA,
                                    problem="Rotas", description="Gaps in rotas."))
        found = names(find_experts(kb.search_index(), "DBS"))
    assert found[:2] == ["person-neurosurgeon", "person-nurse"] or \
        found[:2] == ["person-nurse", "person-neurosurgeon"]
    assert "person-volunteers" not in found


def test_a_claim_on_a_lay_word_is_read_beside_the_records_in_its_vocabulary_meaning(
        tmp_path: Path) -> None:
    """"Fits": the records with the word are about wheelchairs, hearing aids and masks that
    fit, with no clear main sense of their own; the vocabulary says fits are seizures, and
    the records on epilepsy and seizures say what it means here. The occupational health
    nurse's claim "Respirator fits" (for FFP3 masks) shares nothing with them (only with
    the cupboards for respirator boxes): another sense, and she is not in the top three."""
    import kmcore
    from kmcore.records.base import ConceptRef
    from kmcore.records.innovation import Innovation, TeamMember
    from kmcore.records.person import ExpertiseClaim, ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    def person(slug: str, *claims: str) -> Person:
        return Person(id=f"person-{slug}", display_name=slug.title(),
                      profile=ExpertiseProfile(overview="Works here.", expertise=tuple(
                          ExpertiseClaim(concept=ConceptRef(label=c)) for c in claims)))

    with kmcore.init(tmp_path / "kb", name="Fits") as kb:
        for record in (person("nurse", "Epilepsy"), person("neurologist"),
                       person("occupational", "Respirator fits"), person("engineer"),
                       person("audiologist"), person("other")):
            kb.store.put(record)
        epilepsy = [("nurse", "Rescue medication training for carers", "Buccal midazolam "
                     "for prolonged seizures in people with epilepsy at home."),
                    ("neurologist", "First seizure clinic within two weeks", "EEG and "
                     "neurologist review after a first seizure; epilepsy diagnosed sooner."),
                    ("nurse", "Patients call them fits: use their word in leaflets",
                     "Epilepsy leaflets say fits and seizures; carers read them."),
                    ("neurologist", "Home video telemetry for seizure monitoring",
                     "EEG at home for people with epilepsy; carers film the seizures."),
                    ("neurologist", "Valproate reviews for women with epilepsy",
                     "Pregnancy advice and seizure plans reviewed every year.")]
        for n, (lead, title, text) in enumerate(epilepsy):
            kb.store.put(Innovation(id=f"inn-epilepsy-{n}", title=title,
                                    lead=f"person-{lead}", stage=Stage.TESTING,
                                    problem="Epilepsy care.", description=text))
        other = [("occupational", "Fit testing for FFP3 masks", "Repeat the fit test when "
                  "the mask model changes; staff respirator checks."),
                 ("engineer", "A powered chair that fits the doorway", "Measure the "
                  "doorway before handover of the chair."),
                 ("audiologist", "Hearing aid moulds that fit", "Ear impressions taken "
                  "again when the mould no longer fits."),
                 ("engineer", "Staff uniforms in sizes that fit", "Tunics ordered "
                  "in every size for the porters."),
                 ("audiologist", "Cupboards that fit the clinic room", "Shelving "
                  "measured for the respirator boxes.")]
        for n, (lead, title, text) in enumerate(other):
            # The nurse's part in the mask fitting was a supporting one.
            team = (TeamMember(person="person-occupational"),) if lead == "occupational" \
                else ()
            kb.store.put(Innovation(id=f"inn-fit-{n}", title=title,
                                    lead="person-other" if team else f"person-{lead}",
                                    team=team, stage=Stage.TESTING, problem=title,
                                    description=text))
        for n in range(30):
            kb.store.put(Innovation(id=f"inn-other-{n}", title=f"Rota project {n}",
                                    lead="person-other", stage=Stage.IDEA,
                                    problem="Rotas", description="Gaps in rotas."))
        found = names(find_experts(kb.search_index(), "fits"))
    assert found[0] == "person-nurse"
    assert "person-occupational" not in found[:3]


def test_a_record_from_the_topics_home_department_is_in_its_sense(tmp_path: Path) -> None:
    """"Plaque psoriasis": one record has the whole topic, from Dermatology. The phototherapy
    lead's two Dermatology records say "psoriasis" in passing and share no telling word with
    it; from the topic's home department they are on its psoriasis, so she is listed. The
    porter, a team member on both, is not: a supporting part in a record kept only by its
    department may be anything."""
    import kmcore
    from kmcore.records.innovation import Innovation, TeamMember
    from kmcore.records.person import ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    with kmcore.init(tmp_path / "kb", name="Home") as kb:
        for slug in ("dermatologist", "phototherapy", "porter", "other"):
            kb.store.put(Person(id=f"person-{slug}", display_name=slug.title(),
                                profile=ExpertiseProfile(overview="Works here.")))
        kb.store.put(Innovation(
            id="inn-biologics", title="Biologics MDT for severe plaque psoriasis",
            lead="person-dermatologist", stage=Stage.TESTING, department="Dermatology",
            problem="Decisions on biologic drugs waited for a monthly meeting.",
            description="A weekly virtual MDT agrees biologic treatment."))
        for n, text in enumerate(("Evening narrowband UVB sessions: people with psoriasis "
                                  "and eczema took time off work for light therapy.",
                                  "Home UVB units: patients with vitiligo and psoriasis "
                                  "living far away could not come three times.")):
            kb.store.put(Innovation(
                id=f"inn-light-{n}", title=text.split(":")[0], lead="person-phototherapy",
                stage=Stage.TESTING, department="Dermatology", problem=text,
                description=text, team=(TeamMember(person="person-porter"),)))
        for n in range(20):
            kb.store.put(Innovation(id=f"inn-other-{n}", title=f"Rota project {n}",
                                    lead="person-other", stage=Stage.IDEA,
                                    department="Estates", problem="Rotas",
                                    description="Gaps in rotas."))
        found = names(find_experts(kb.search_index(), "plaque psoriasis"))
    assert found[:2] == ["person-dermatologist", "person-phototherapy"]
    assert "person-porter" not in found


def test_a_self_described_part_from_outside_the_topics_home_department_is_not_counted(
        tmp_path: Path) -> None:
    """"Skin grafts": the dermatological surgeon's records, all from Dermatology, have the
    whole topic. The volunteer coordinator's "Garden volunteers graft heritage apple trees"
    (Voluntary Services), with grafting on her profile too, shares nothing telling with
    them: another sense, so she is not listed beside the surgeon."""
    import kmcore
    from kmcore.records.innovation import Innovation
    from kmcore.records.person import ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    with kmcore.init(tmp_path / "kb", name="Grafts") as kb:
        kb.store.put(Person(id="person-surgeon", display_name="Surgeon",
                            profile=ExpertiseProfile(overview="Skin surgery.")))
        kb.store.put(Person(id="person-volunteers", display_name="Volunteers",
                            profile=ExpertiseProfile(
                                overview="The garden team who graft the apple trees.")))
        kb.store.put(Person(id="person-other", display_name="Other",
                            profile=ExpertiseProfile(overview="Works here.")))
        kb.store.put(Innovation(
            id="inn-bolster", title="Tie-over bolster dressing improves skin graft take",
            lead="person-surgeon", stage=Stage.TESTING, department="Dermatology",
            problem="Full-thickness skin grafts failed on the nose.",
            description="A tie-over bolster dressing holds skin grafts still."))
        kb.store.put(Innovation(
            id="inn-orchard", title="Garden volunteers graft heritage apple trees",
            lead="person-volunteers", stage=Stage.TESTING, department="Voluntary Services",
            problem="The hospital orchard was dying.",
            description="Volunteers learnt to graft old varieties onto new rootstock."))
        for n in range(6):  # "skin" is common; "grafts" is the telling part
            kb.store.put(Innovation(id=f"inn-skin-{n}", title=f"Skin clinic change {n}",
                                    lead="person-surgeon", stage=Stage.IDEA,
                                    department="Dermatology", problem="Skin cancer waits.",
                                    description="Skin lesions seen sooner."))
        for n in range(20):
            kb.store.put(Innovation(id=f"inn-other-{n}", title=f"Rota project {n}",
                                    lead="person-other", stage=Stage.IDEA,
                                    department="Estates", problem="Rotas",
                                    description="Gaps in rotas."))
        found = names(find_experts(kb.search_index(), "skin grafts"))
    assert found[:1] == ["person-surgeon"]
    assert "person-volunteers" not in found


def test_a_post_naming_the_topic_beside_records_only_in_another_sense_is_that_sense(
        tmp_path: Path) -> None:
    """The chair of the board's "Infection Control Committee" has no claim, and his only
    record with the topic is the new seat for the committee's meeting room: read in another
    sense beside three teams' records on infection control, so his post is taken in that
    sense too and he falls below the people doing the work. The infection control nurse,
    whose post names it and whose records are on it, keeps her post's full vote."""
    import kmcore
    from kmcore.records.innovation import Innovation
    from kmcore.records.person import ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    people = (("nurse", "Infection control nurse", "Infection Prevention"),
              ("matron", "Matron", "Medicine"),
              ("micro", "Consultant microbiologist", "Microbiology"),
              ("chair", "Chair, Infection Control Committee", "Trust Board"),
              ("other", "Rota coordinator", "Medical staffing"))
    with kmcore.init(tmp_path / "kb", name="Posts in another sense") as kb:
        for slug, job, department in people:
            kb.store.put(Person(id=f"person-{slug}", display_name=slug.title(), job_title=job,
                                department=department,
                                profile=ExpertiseProfile(overview="Works here.")))
        for n, (slug, title) in enumerate((
                ("nurse", "Infection control isolation audit for MRSA on the wards"),
                ("matron", "Infection control: hand hygiene and isolation rooms on Ward 4"),
                ("micro", "Infection control advice on MRSA screening and isolation"))):
            kb.store.put(Innovation(
                id=f"inn-ipc-{n}", title=title, lead=f"person-{slug}", stage=Stage.TESTING,
                problem="MRSA and C. difficile spread between patients on the wards.",
                description="Isolation, hand hygiene audits and screening swabs."))
        kb.store.put(Innovation(
            id="inn-seat", title="New chair for the infection control committee",
            lead="person-chair", stage=Stage.TESTING,
            problem="The board room seat broke before the committee met.",
            description="Furniture with lumbar support bought for the meeting room."))
        for n in range(30):
            kb.store.put(Innovation(id=f"inn-other-{n}", title=f"Rota project {n}",
                                    lead="person-other", stage=Stage.IDEA,
                                    problem="Rotas", description="Gaps in rotas."))
        experts = find_experts(kb.search_index(), "infection control")
    found = names(experts)
    assert found[0] == "person-nurse"
    assert set(found[:3]) == {"person-nurse", "person-matron", "person-micro"}
    chair = next(e for e in experts if e.person_id == "person-chair")
    assert chair.claims[0].describe().startswith(
        "Their post names it: Chair, Infection Control Committee [matched: in another sense")
    nurse = experts[0]
    assert nurse.claims[0].describe() == "Their post names it: Infection control nurse"


def test_a_claim_saying_nothing_beyond_a_one_word_topic_is_read_by_the_records_behind_it(
        tmp_path: Path) -> None:
    """"Staff under pressure" has no telling word beyond "pressure" ("staff" is in most
    records here), so the claim alone cannot say which sense it is. Beside five records on
    pressure ulcers by three tissue viability staff (the topic's main sense), the wellbeing
    lead's every record on it is about staff resilience: her claim is read in that sense too
    and she comes below the three. A bare claim whose records are in the main sense
    ("Pressure", the link nurse's) keeps its full vote."""
    import kmcore
    from kmcore.records.base import ConceptRef
    from kmcore.records.innovation import Innovation
    from kmcore.records.person import ExpertiseClaim, ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    def person(slug: str, claim: str = "") -> Person:
        claims = (ExpertiseClaim(concept=ConceptRef(label=claim)),) if claim else ()
        return Person(id=f"person-{slug}", display_name=slug.title(),
                      profile=ExpertiseProfile(overview="Works here.", expertise=claims))

    with kmcore.init(tmp_path / "kb", name="Bare claims") as kb:
        for record in (person("tvn"), person("link", "Pressure"), person("ward"),
                       person("wellbeing", "Staff under pressure"), person("other")):
            kb.store.put(record)
        for n, (slug, title) in enumerate((
                ("tvn", "Pressure ulcer prevention with the SSKIN bundle"),
                ("tvn", "Air mattresses for pressure ulcer risk"),
                ("link", "Pressure ulcer skin checks on admission"),
                ("link", "Heel pressure ulcers and offloading boots"),
                ("ward", "Category 2 pressure ulcers: repositioning charts"))):
            kb.store.put(Innovation(
                id=f"inn-tv-{n}", title=title, lead=f"person-{slug}", stage=Stage.TESTING,
                problem="Pressure ulcers on heels and sacrum from immobility.",
                description="Skin inspection, repositioning and mattresses."))
        for n, title in enumerate(("Working under pressure: resilience training",
                                   "Wellbeing huddles for staff under pressure")):
            kb.store.put(Innovation(
                id=f"inn-well-{n}", title=title, lead="person-wellbeing", stage=Stage.TESTING,
                problem="Staff burnout and sickness absence after long shifts.",
                description="Resilience sessions and peer support for staff."))
        for n in range(30):
            kb.store.put(Innovation(id=f"inn-other-{n}", title=f"Rota project {n}",
                                    lead="person-other", stage=Stage.IDEA,
                                    problem="Rotas", description="Gaps in staff rotas."))
        experts = find_experts(kb.search_index(), "pressure")
    found = names(experts)
    assert set(found[:3]) == {"person-tvn", "person-link", "person-ward"}
    wellbeing = next(e for e in experts if e.person_id == "person-wellbeing")
    assert wellbeing.claims[0].matched.endswith("in another sense, as their records on it are")
    link = next(e for e in experts if e.person_id == "person-link")
    assert "another sense" not in link.claims[0].matched


def test_a_claim_in_another_sense_takes_its_own_departments_records_on_the_topic_with_it(
        tmp_path: Path) -> None:
    """For "scanning", four Radiology records on CT scanning by three radiology staff say
    where the topic is worked on. The health records manager's claim "Document scanning" is
    read in another sense, and his record on scanning the paper notes archive, from his own
    Health Records department, is his sense of the word too: it counts a tenth, and he falls
    below the three. The porter, whose claim is also in another sense but whose record is
    Radiology's own, keeps that record's credit."""
    import kmcore
    from kmcore.records.base import ConceptRef
    from kmcore.records.innovation import Innovation
    from kmcore.records.person import ExpertiseClaim, ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    def person(slug: str, department: str, claim: str = "") -> Person:
        claims = (ExpertiseClaim(concept=ConceptRef(label=claim)),) if claim else ()
        return Person(id=f"person-{slug}", display_name=slug.title(), job_title=slug.title(),
                      department=department,
                      profile=ExpertiseProfile(overview="Works here.", expertise=claims))

    with kmcore.init(tmp_path / "kb", name="Departments") as kb:
        for record in (person("radiologist", "Radiology"), person("radiographer", "Radiology"),
                       person("sonographer", "Radiology"),
                       person("records", "Health Records", "Document scanning"),
                       person("porter", "Portering", "Barcode scanning"),
                       person("other", "Medical staffing")):
            kb.store.put(record)
        for n, (slug, title) in enumerate((
                ("radiologist", "CT scanning within an hour for suspected stroke"),
                ("radiographer", "Low-dose CT scanning protocol for children"),
                ("sonographer", "Ultrasound scanning lists for early pregnancy"),
                ("radiologist", "Weekend CT scanning for trauma"),
                ("porter", "Faster transfers to CT scanning from the emergency department"))):
            kb.store.put(Innovation(
                id=f"inn-rad-{n}", title=title, lead=f"person-{slug}", stage=Stage.TESTING,
                department="Radiology",
                problem="Patients waited for imaging; reports came late.",
                description="Radiographers and radiologists share the CT and ultrasound lists."))
        kb.store.put(Innovation(
            id="inn-archive", title="Scanning the paper notes archive",
            lead="person-records", stage=Stage.TESTING, department="Health Records",
            problem="Boxes of old casenotes filled the basement store.",
            description="A contractor digitises each folder and the boxes are shredded."))
        for n in range(30):
            kb.store.put(Innovation(id=f"inn-other-{n}", title=f"Rota project {n}",
                                    lead="person-other", stage=Stage.IDEA,
                                    problem="Rotas", description="Gaps in rotas."))
        experts = find_experts(kb.search_index(), "scanning")
    found = names(experts)
    assert found.index("person-records") > max(
        found.index(p) for p in ("person-radiologist", "person-radiographer",
                                 "person-sonographer"))
    records = next(e for e in experts if e.person_id == "person-records")
    assert records.records[0].matched.endswith("in another sense")
    porter = next(e for e in experts if e.person_id == "person-porter")
    assert "another sense" not in porter.records[0].matched


def test_a_record_with_the_topics_head_word_in_another_compound_is_another_sense(
        tmp_path: Path) -> None:
    """Nobody has "tooth extraction" whole. The dentist's record on extractions under
    general anaesthetic and the dental nurse's on tooth decay each have a part; the estates
    engineer's "Fume extraction fans failed in the dental lab" has "extraction" only after
    "fume", a word no record on teeth uses: another compound, so it counts a tenth and,
    with nothing else of his on the topic, he is not listed. The oral surgeon's "Steroid
    extraction..." would not be: see the records on teeth that say "steroid"."""
    import kmcore
    from kmcore.records.innovation import Innovation
    from kmcore.records.person import ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    with kmcore.init(tmp_path / "kb", name="Compounds") as kb:
        for slug in ("dentist", "nurse", "estates", "surgeon", "other"):
            kb.store.put(Person(id=f"person-{slug}", display_name=slug.title(),
                                profile=ExpertiseProfile(overview="Works here.")))
        for rid, slug, title, text in (
                ("inn-ga", "dentist", "Extraction lists under general anaesthetic",
                 "Children with decay wait months for dental extraction under anaesthetic."),
                ("inn-decay", "nurse", "Tooth decay in under-fives",
                 "Fluoride varnish and steroid-free mouth gels for children's teeth."),
                ("inn-fume", "estates", "Fume extraction fans failed in the dental lab",
                 "The lab's ducting and fans were replaced after a filter blocked."),
                ("inn-wisdom", "surgeon", "Steroid extraction protocol for wisdom teeth",
                 "Dexamethasone before surgery reduced swelling after removal.")):
            kb.store.put(Innovation(id=rid, title=title, lead=f"person-{slug}",
                                    stage=Stage.TESTING, problem=text, description=text))
        for n in range(30):
            kb.store.put(Innovation(id=f"inn-other-{n}", title=f"Rota project {n}",
                                    lead="person-other", stage=Stage.IDEA,
                                    problem="Rotas", description="Gaps in rotas."))
        experts = find_experts(kb.search_index(), "tooth extraction")
    found = names(experts)
    assert "person-estates" not in found
    assert {"person-dentist", "person-surgeon"} <= set(found)
    surgeon = next(e for e in experts if e.person_id == "person-surgeon")
    assert all("another sense" not in r.matched for r in surgeon.records)


def test_a_profile_with_a_two_word_topics_words_in_different_list_items_is_not_listed(
        tmp_path: Path) -> None:
    """For "theatre safety", the estates manager's only credit is his profile's list
    "Buildings, lifts, fire safety and theatre refurbishments": both words, each in another
    item. He is not listed. The anaesthetist's profile, "Theatre safety briefings and the
    WHO checklist", has them in one item and stays."""
    import kmcore
    from kmcore.records.innovation import Innovation
    from kmcore.records.person import ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    with kmcore.init(tmp_path / "kb", name="Profiles") as kb:
        for slug, overview in (
                ("estates", "Buildings, lifts, fire safety and theatre refurbishments."),
                ("anaesthetist", "Theatre safety briefings and the WHO checklist."),
                ("other", "Works here.")):
            kb.store.put(Person(id=f"person-{slug}", display_name=slug.title(),
                                profile=ExpertiseProfile(overview=overview)))
        for n in range(30):
            kb.store.put(Innovation(id=f"inn-other-{n}", title=f"Rota project {n}",
                                    lead="person-other", stage=Stage.IDEA,
                                    problem="Rotas", description="Gaps in rotas."))
        found = names(find_experts(kb.search_index(), "theatre safety"))
    assert "person-anaesthetist" in found
    assert "person-estates" not in found


def test_a_topics_ing_word_is_read_by_the_records_in_the_form_typed(tmp_path: Path) -> None:
    """For "lifting patients" no record says "lifting"; stemming finds the porters' and the
    lift engineer's records on the lift (the one in the building) with patients in it. The
    manual handling adviser's claim "Patient lifting and hoists" was read beside those and
    taken for another sense ("hoists" is in none of them). What the topic means is now read
    only from records naming the word as typed (or "-ed"): the adviser's claim counts in
    full and he comes first."""
    import kmcore
    from kmcore.records.base import ConceptRef
    from kmcore.records.innovation import Innovation
    from kmcore.records.person import ExpertiseClaim, ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    def person(slug: str, claim: str = "") -> Person:
        claims = (ExpertiseClaim(concept=ConceptRef(label=claim)),) if claim else ()
        return Person(id=f"person-{slug}", display_name=slug.title(),
                      profile=ExpertiseProfile(overview="Works here.", expertise=claims))

    records: list[object] = [person("adviser", "Patient lifting and hoists"),
                             person("porter"), person("engineer"), person("other")]
    for rid, lead, title in (
            ("inn-lift-down", "person-porter",
             "When the theatre lift is down, plan the route before the patient is asleep"),
            ("inn-lift-trapped", "person-engineer", "Patient trapped in the bed lift"),
            ("inn-lift-ct", "person-porter", "Patients going to CT take the trauma lift")):
        records.append(Innovation(id=rid, title=title, lead=lead, stage=Stage.TESTING,
                                  problem="The lift broke down with a patient inside.",
                                  description="Porters and estates planned the route."))
    records += [Innovation(id=f"inn-other-{n}", title=f"Rota project {n}",
                           lead="person-other", stage=Stage.IDEA, problem="Rotas",
                           description="Gaps in rotas.") for n in range(30)]
    with kmcore.init(tmp_path / "kb", name="Forms") as kb:
        for record in records:
            kb.store.put(record)  # type: ignore[arg-type]
        experts = find_experts(kb.search_index(), "lifting patients")
    assert names(experts)[0] == "person-adviser"
    adviser = experts[0]
    assert all("another sense" not in c.matched for c in adviser.claims)


def test_someone_with_a_topics_ing_word_only_in_another_form_is_not_listed(
        tmp_path: Path) -> None:
    """For "lifting patients" the lift engineer claims "Lifts" and facilitated the review of
    a patient trapped in the bed lift: each has "lifting" only as "lift", the one in the
    building. Nothing of his is the topic as typed, so he is not listed. The biomedical
    scientist's "Glass slides scanned for remote reporting" has the "-ed" form of "slide
    scanning", the same verb, and stays."""
    import kmcore
    from kmcore.records.base import ConceptRef
    from kmcore.records.innovation import Innovation
    from kmcore.records.person import ExpertiseClaim, ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    def person(slug: str, claim: str = "") -> Person:
        claims = (ExpertiseClaim(concept=ConceptRef(label=claim)),) if claim else ()
        return Person(id=f"person-{slug}", display_name=slug.title(),
                      profile=ExpertiseProfile(overview="Works here.", expertise=claims))

    records: list[object] = [person("adviser", "Patient lifting and hoists"),
                             person("engineer", "Lifts"), person("scientist"),
                             person("other")]
    for rid, lead, title in (
            ("inn-hoist", "person-adviser", "Lifting patients safely with ceiling hoists"),
            ("inn-trapped", "person-engineer", "Patient trapped in the bed lift"),
            ("inn-slides", "person-scientist",
             "Glass slides scanned for remote reporting"),
            ("inn-scanning", "person-other", "Slide scanning backlog cleared")):
        records.append(Innovation(id=rid, title=title, lead=lead, stage=Stage.TESTING,
                                  problem=title, description=title))
    records += [Innovation(id=f"inn-other-{n}", title=f"Rota project {n}",
                           lead="person-other", stage=Stage.IDEA, problem="Rotas",
                           description="Gaps in rotas.") for n in range(30)]
    with kmcore.init(tmp_path / "kb", name="Forms") as kb:
        for record in records:
            kb.store.put(record)  # type: ignore[arg-type]
        index = kb.search_index()
        lifting = names(find_experts(index, "lifting patients"))
        scanning = names(find_experts(index, "slide scanning"))
    assert lifting[0] == "person-adviser"
    assert "person-engineer" not in lifting
    assert "person-scientist" in scanning


def test_a_claim_is_read_beside_its_own_cited_record_naming_the_whole_topic(
        tmp_path: Path) -> None:
    """The ward sister claims "Skin graft donor sites" and cites her own innovation "Skin
    graft donor sites: leave the dressing alone". Nobody else's records on skin grafts say
    "donor", so her claim was taken for another sense and her record with it. A record she
    led, cited by the claim, with the whole topic together in its title and the claim's own
    words, says what the claim means: both count in full and she comes first."""
    import kmcore
    from kmcore.records.base import ConceptRef
    from kmcore.records.innovation import Innovation
    from kmcore.records.person import Evidence, ExpertiseClaim, ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    def person(slug: str, claim: str = "", cites: str = "") -> Person:
        evidence = (Evidence(record=cites, role="lead"),) if cites else ()
        claims = (ExpertiseClaim(concept=ConceptRef(label=claim), evidence=evidence),) \
            if claim else ()
        return Person(id=f"person-{slug}", display_name=slug.title(),
                      profile=ExpertiseProfile(overview="Works here.", expertise=claims))

    records: list[object] = [
        person("sister", "Skin graft donor sites", "inn-donor"),
        person("renal", "Kidney donor sites", "inn-kidney"),
        person("surgeon"), person("therapist"), person("other")]
    for rid, lead, title in (
            ("inn-donor", "person-sister",
             "Skin graft donor sites: leave the dressing alone for ten days"),
            ("inn-kidney", "person-renal", "Kidney donor sites mapped for transplant"),
            ("inn-burns", "person-surgeon", "Skin grafts for burns in theatre within a day"),
            ("inn-hands", "person-surgeon", "Skin grafts on the hand after degloving"),
            ("inn-scar", "person-therapist", "Scar massage after skin grafts"),
            ("inn-mesh", "person-therapist", "Meshed skin grafts heal on the ward")):
        records.append(Innovation(id=rid, title=title, lead=lead, stage=Stage.TESTING,
                                  problem=title, description=title))
    records += [Innovation(id=f"inn-other-{n}", title=f"Rota project {n}",
                           lead="person-other", stage=Stage.IDEA, problem="Rotas",
                           description="Gaps in rotas.") for n in range(40)]
    with kmcore.init(tmp_path / "kb", name="Cited") as kb:
        for record in records:
            kb.store.put(record)  # type: ignore[arg-type]
        experts = find_experts(kb.search_index(), "skin grafts")
    assert names(experts)[0] == "person-sister"
    sister = experts[0]
    assert all("another sense" not in c.matched for c in sister.claims)
    assert all("another sense" not in r.matched for r in sister.records)


def test_an_acronym_record_search_drops_as_a_common_word_is_read_by_the_records_showing_it(
        tmp_path: Path) -> None:
    """"IT tickets" is searched for as "tickets": "IT" is also the common word "it". The
    service desk's lesson on tickets comes from "IT Service Desk", and the desk manager is
    on the trainer's go-live record where the floorwalkers raised tickets: those are the
    topic's sense. The travel coordinator's "Parking tickets" and raffle tickets, and the
    catering manager's tray tickets, show no IT anywhere: they are not listed."""
    import kmcore
    from kmcore.records.base import ConceptRef
    from kmcore.records.innovation import Innovation, TeamMember
    from kmcore.records.person import ExpertiseClaim, ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    def person(slug: str, job: str, department: str, claim: str = "") -> Person:
        claims = (ExpertiseClaim(concept=ConceptRef(label=claim)),) if claim else ()
        return Person(id=f"person-{slug}", display_name=slug.title(), job_title=job,
                      department=department,
                      profile=ExpertiseProfile(overview="Works here.", expertise=claims))

    records: list[object] = [
        person("desk", "IT Service Desk Manager", "IT Service Desk"),
        person("trainer", "Clinical Systems Training Lead", "Clinical Systems Training"),
        person("travel", "Travel Plan Coordinator", "Staff Travel", "Parking tickets"),
        person("catering", "Catering Manager", "Catering"),
        person("other", "Rota coordinator", "Medical Staffing")]
    for rid, lead, title, text, department, team in (
            ("inn-categories", "person-desk", "Too many ticket categories misroute tickets",
             "Service desk tickets went to the wrong resolver team.", "IT Service Desk", ()),
            ("inn-golive", "person-trainer",
             "Floorwalkers raised tickets for faults at the go-live",
             "Floorwalkers raised service desk tickets for faults on the wards.",
             "Clinical Systems Training", (TeamMember(person="person-desk"),)),
            ("inn-raffle", "person-travel", "Raffle tickets for the summer ball",
             "Staff sold raffle tickets on the wards.", "Staff Travel", ()),
            ("inn-tray", "person-catering", "Allergens printed on every tray ticket",
             "The tray ticket showed only nut free.", "Catering", ())):
        records.append(Innovation(id=rid, title=title, lead=lead, stage=Stage.TESTING,
                                  problem=text, description=text, department=department,
                                  team=team))
    records += [Innovation(id=f"inn-other-{n}", title=f"Rota project {n}",
                           lead="person-other", stage=Stage.IDEA, problem="Rotas",
                           description="Gaps in rotas.") for n in range(30)]
    with kmcore.init(tmp_path / "kb", name="Acronym") as kb:
        for record in records:
            kb.store.put(record)  # type: ignore[arg-type]
        index = kb.search_index()
        found = names(find_experts(index, "IT tickets"))
        plain = names(find_experts(index, "tickets"))
    assert found[:2] == ["person-desk", "person-trainer"]
    assert "person-travel" not in found and "person-catering" not in found
    assert "person-travel" in plain  # listed for "tickets": the acronym is what rules him out


def _scales_kb(path: Path) -> KnowledgeBase:
    """"Scales" as this knowledge base mostly uses it: three clinical people's records on
    weighing patients; the HR business partner's own claim "Pay scales" and her two records
    on pay points use the word in a sense no other record on it shares."""
    import kmcore
    from kmcore.records.base import ConceptRef
    from kmcore.records.innovation import Innovation
    from kmcore.records.person import ExpertiseClaim, ExpertiseProfile, Person
    from kmcore.records.vocab import Stage

    def person(slug: str, *claims: str) -> Person:
        return Person(id=f"person-{slug}", display_name=slug.title(),
                      profile=ExpertiseProfile(overview="Works here.", expertise=tuple(
                          ExpertiseClaim(concept=ConceptRef(label=c)) for c in claims)))

    kb = kmcore.init(path, name="Senses")
    for record in (person("engineer", "Weighing scale calibration"), person("nurse"),
                   person("dietitian"), person("hr", "Pay scales"), person("other")):
        kb.store.put(record)
    weighing = [
        ("engineer", "Uncalibrated scales gave wrong weights for drug doses",
         "Patients weighed on scales out of calibration; kilograms wrong on the chart."),
        ("engineer", "Wheelchair platform scales in clinic rooms",
         "Patients weighed in their wheelchair; calibration checked monthly."),
        ("nurse", "Seated scales for patients who cannot stand",
         "Bariatric patients weighed seated; kilograms on the chart."),
        ("nurse", "Home weighing with connected scales",
         "Bariatric patients weighed at home; the weight reaches the chart."),
        ("dietitian", "Bariatric scales on every ward",
         "Bariatric patients weighed on admission; weight in kilograms for dosing."),
    ]
    for n, (lead, title, text) in enumerate(weighing, start=1):
        kb.store.put(Innovation(id=f"inn-weigh{n}", title=title, lead=f"person-{lead}",
                                stage=Stage.TESTING, problem="Wrong weights harm patients.",
                                description=text))
    for n, (title, text) in enumerate((
            ("Out-of-date pay scales in the locum rota tool",
             "Locum payroll used last year's pay points."),
            ("Bank staff paid on an old pay scale point",
             "Payroll checks pay points monthly and on admission to the bank.")), start=1):
        # "monthly" and "admission" are words of the weighing records too: her second
        # record shares two words with theirs taken together, none two with any one.
        kb.store.put(Innovation(id=f"inn-pay{n}", title=title, lead="person-hr",
                                stage=Stage.TESTING, problem="Staff paid late.",
                                description=text))
    for n in range(60):
        kb.store.put(Innovation(id=f"inn-other-{n}", title=f"Rota project {n}",
                                lead="person-other", stage=Stage.IDEA,
                                problem="Rotas", description="Gaps in rotas."))
    return kb


def test_a_person_using_the_topic_in_a_sense_the_other_records_do_not_counts_less(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """D1461: her own claim "Pay scales" made the HR business partner look like an expert on
    "scales"; the other people's records on it share no two telling words with any of hers,
    so she counts a tenth as much, and her claim says why. The clinical people are as they
    were, and nothing of theirs is marked."""
    import kmcore.search.experts as finder

    with _scales_kb(tmp_path / "kb") as kb:
        index = kb.search_index()
        experts = find_experts(index, "scales")
        weight = finder.MINORITY_SENSE
        monkeypatch.setattr(finder, "MINORITY_SENSE", 1.0)  # the finder without the rule
        without = {e.person_id: e for e in find_experts(index, "scales")}
    found = names(experts)
    assert found == ["person-engineer", "person-nurse", "person-dietitian", "person-hr"]
    hr = experts[-1]
    assert weight < 1.0
    assert hr.score == pytest.approx(weight * without["person-hr"].score)
    assert [c.matched for c in hr.claims if c.label == "Pay scales"] == [
        f"scales{finder.IN_MINORITY_SENSE}"]
    assert "in a sense the knowledge base's other records on it do not use" in \
        hr.evidence_lines()[0]
    for expert in experts[:3]:
        assert expert.score == without[expert.person_id].score
        assert not any(finder.IN_MINORITY_SENSE in r.matched for r in expert.records)
        assert not any(finder.IN_MINORITY_SENSE in c.matched for c in expert.claims)

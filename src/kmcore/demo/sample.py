"""Sample data: the knowledge base of a fictional NHS trust, built with the record classes.

**Everything here is invented.** Northgate and Riverside NHS Foundation Trust, its ODS code
``R9X`` (and site codes ``R9X01``, ``R9X02``), the neighbouring trusts and every person are
fictional; ODS codes could not be checked against the live register here, so ``R9X`` was picked
to look plausible, not because it is known to be free. Email addresses use the reserved
``.example`` domain; the one ORCID iD is ORCID's own documented example. There are no NHS
numbers, dates of birth or other patient identifiers anywhere: patients appear only as counts.

``sample_records()`` returns the same records, with the same ids and timestamps, on every call,
so tests, the docs and ``kmcore demo`` can rely on them. The set covers every record type and
all fifteen capture techniques, and is linked the way a real knowledge base would be:
innovations led by people, capture records producing lessons, Before Action Reviews consulting
earlier lessons, After Action Reviews and retrospects following up the BAR, stories about
innovations and captures, and expertise claims evidenced by records.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from kmcore.records.base import Attachment, ConceptRef, Consent, Link, OrgRef, Record
from kmcore.records.capture import (
    Action,
    ActionLearningSet,
    AfterActionReview,
    AppreciativeInquiry,
    AssessmentScore,
    BeforeActionReview,
    CaptureRecord,
    CoffeePair,
    CommunityOfPracticeMeeting,
    ElicitationInterview,
    ExitInterview,
    Fishbowl,
    KnowledgeArea,
    KnowledgeCafe,
    KnowledgeHarvest,
    LessonsLog,
    Participant,
    Peer,
    PeerAssist,
    Presenter,
    QuestionAnswer,
    RandomisedCoffeeTrial,
    ReasonedPoint,
    Retrospect,
    SelfAssessment,
)
from kmcore.records.innovation import (
    AdoptingOrg,
    Adoption,
    Citation,
    Costs,
    Evaluation,
    Innovation,
    Outcome,
    Savings,
    StageChange,
    TeamMember,
)
from kmcore.records.lesson import Lesson
from kmcore.records.parts import Quote
from kmcore.records.person import (
    Evidence,
    ExpertiseClaim,
    ExpertiseProfile,
    Membership,
    Objection,
    Person,
)
from kmcore.records.story import Requester, Story
from kmcore.records.vocab import (
    ActionStatus,
    Attendance,
    CareSetting,
    ConsentBasis,
    ConsentScope,
    EmploymentStatus,
    EvidenceLevel,
    ExpertiseBasis,
    ExpertiseLevel,
    HarvestReason,
    ImpactCategory,
    InnovationType,
    KmGoal,
    LessonPolarity,
    LessonStatus,
    Mode,
    OutcomeDomain,
    Phase,
    Priority,
    ServiceUsed,
    StaffGroup,
    Stage,
    Status,
    StoryKind,
    TeamRole,
    Visibility,
    WillingTo,
)

__all__ = ["LKS_NAME", "ODS_CODE", "ORGANISATION", "SITES", "sample_records"]

ORGANISATION = "Northgate and Riverside NHS Foundation Trust"
ODS_CODE = "R9X"  # fictional
LKS_NAME = "Northgate and Riverside Library and Knowledge Service"
SITES = {
    "Northgate General Hospital": "R9X01",
    "Riverside Community Hospital": "R9X02",
}

_ORG = OrgRef(name=ORGANISATION, ods_code=ODS_CODE)
_EASTFIELD = OrgRef(name="Eastfield Hospitals NHS Trust", ods_code="R9Z")  # fictional
_WESTMOOR = OrgRef(name="Westmoor Community Health NHS Trust", ods_code="R9W")  # fictional
_NORTHGATE = "Northgate General Hospital"
_RIVERSIDE = "Riverside Community Hospital"


# --- small builders ---------------------------------------------------------------------------


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def _stamp(iso: str) -> dt.datetime:
    """A fixed time on the given day (09:30 UTC), so timestamps never depend on the clock."""
    return dt.datetime.combine(_day(iso), dt.time(9, 30), tzinfo=dt.UTC)


def _base(created: str, updated: str | None = None, *, by: str | None = "person-priya-raman"
          ) -> dict[str, Any]:
    """The bookkeeping fields every sample record shares."""
    return {
        "owner_org": _ORG,
        "created_at": _stamp(created),
        "updated_at": _stamp(updated or created),
        "created_by": by,
    }


def _mesh(label: str, code: str) -> ConceptRef:
    return ConceptRef(label=label, scheme="mesh", code=code,
                      uri=f"https://id.nlm.nih.gov/mesh/{code}")


def _local(label: str) -> ConceptRef:
    return ConceptRef(label=label)


FALLS = _mesh("Accidental Falls", "D000058")
SEPSIS = _mesh("Sepsis", "D018805")
DISCHARGE = _mesh("Patient Discharge", "D010351")
PRESSURE_ULCER = _mesh("Pressure Ulcer", "D003668")
DYSPHAGIA = _mesh("Deglutition Disorders", "D003680")
EBP = _mesh("Evidence-Based Practice", "D019317")
NOROVIRUS = _mesh("Norovirus", "D029322")
FRAILTY = _mesh("Frailty", "D000073496")
KM = _local("Knowledge management")
LIT_SEARCH = _local("Literature searching")
PATIENT_FLOW = _local("Patient flow")
DIGITAL = _local("Digital whiteboards")
MEDICINES = _local("Discharge medicines (TTOs)")
POCT = _local("Point-of-care testing")
VIRTUAL_WARD = _local("Virtual wards")
LEADERSHIP = _local("Ward leadership")


def _quote_consent(person: str, on: str) -> Consent:
    return Consent(person=person, scope=ConsentScope.QUOTE, given_on=_day(on),
                   evidence="Consent form held by the LKS")


# --- people -----------------------------------------------------------------------------------


def _person(slug: str, name: str, job: str, group: StaffGroup | None, department: str,
            site: str = _NORTHGATE, *, created: str = "2023-09-01", **more: Any) -> Person:
    given, _, family = name.partition(" ")
    email = f"{given}.{family}".lower().replace(" ", "").replace("'", "") + "@nhs.example"
    fields: dict[str, Any] = {
        "id": f"person-{slug}",
        "display_name": name,
        "given_name": given,
        "family_name": family,
        "job_title": job,
        "staff_group": group,
        "department": department,
        "site": site,
        "work_email": email,
        **_base(created, more.pop("updated", None), by="person-tom-ashworth"),
    }
    fields.update(more)
    return Person(**fields)


def _claim(concept: ConceptRef, level: ExpertiseLevel, *evidence: tuple[str, str],
           basis: ExpertiseBasis = ExpertiseBasis.SELF_DECLARED, since: str | None = None,
           endorsed_by: tuple[str, ...] = ()) -> ExpertiseClaim:
    return ExpertiseClaim(
        concept=concept, level=level, basis=basis,
        evidence=tuple(Evidence(record=rid, role=role) for rid, role in evidence),
        since=_day(since) if since else None, endorsed_by=endorsed_by,
    )


def _people() -> list[Person]:
    lks = "Library and Knowledge Service"
    return [
        _person(
            "amara-okafor", "Amara Okafor", "Clinical Librarian",
            StaffGroup.ADD_PROF_SCIENTIFIC_TECHNICAL, lks, profession="Librarian",
            is_lks_staff=True, phone="ext. 4410",
            orcid="0000-0002-1825-0097",  # ORCID's documented example iD, not a real person's
            profile=ExpertiseProfile(
                visibility=Visibility.NHS,
                overview="Clinical librarian for elderly care and the emergency department. "
                         "Ask me for a literature search, an evidence summary or a ward huddle "
                         "briefing.",
                expertise=(
                    _claim(LIT_SEARCH, ExpertiseLevel.EXPERT,
                           ("story-falls-evidence-review", "librarian"),
                           ("story-sepsis-screening-search", "librarian"), since="2016-01-01"),
                    _claim(EBP, ExpertiseLevel.EXPERT, ("inn-evidence-huddles", "lead"),
                           basis=ExpertiseBasis.ENDORSED, endorsed_by=("person-helen-marsh",)),
                    _claim(FALLS, ExpertiseLevel.PRACTITIONER,
                           ("story-falls-evidence-review", "librarian"),
                           ("cap-peer-assist-falls", "participant"),
                           basis=ExpertiseBasis.INFERRED),
                ),
                methods_experience=(_local("Critical appraisal"), _local("Knowledge café")),
                populations=("older people",),
                settings=(CareSetting.ACUTE,),
                languages=("en", "yo"),
                willing_to=(WillingTo.BE_CONTACTED, WillingTo.SPEAK, WillingTo.COFFEE_TRIAL),
                memberships=(Membership(group="Falls prevention community of practice",
                                        role="member", since=_day("2024-01-15")),),
                last_confirmed_on=_day("2025-01-20"),
            ),
        ),
        _person(
            "tom-ashworth", "Tom Ashworth", "Head of Library and Knowledge Services",
            StaffGroup.ADMINISTRATIVE_CLERICAL, lks, is_lks_staff=True, phone="ext. 4400",
            profile=ExpertiseProfile(
                overview="Leads the LKS. Ask me about the Quality and Improvement Outcomes "
                         "Framework and running a retrospect.",
                expertise=(_claim(KM, ExpertiseLevel.EXPERT,
                                  ("cap-self-assessment-2024", "facilitator"),
                                  ("cap-retrospect-whiteboards", "facilitator")),),
                willing_to=(WillingTo.MENTOR, WillingTo.REVIEW),
                last_confirmed_on=_day("2024-11-02"),
            ),
        ),
        _person(
            "priya-raman", "Priya Raman", "Knowledge Mobilisation Lead",
            StaffGroup.ADD_PROF_SCIENTIFIC_TECHNICAL, lks, is_lks_staff=True, phone="ext. 4412",
            profile=ExpertiseProfile(
                overview="I run After Action Reviews, Peer Assists and knowledge harvests for "
                         "any team in the trust.",
                expertise=(
                    _claim(KM, ExpertiseLevel.EXPERT, ("cap-aar-sepsis-drill-2024", "facilitator"),
                           ("cap-harvest-tissue-viability", "facilitator"),
                           ("cap-fishbowl-discharge", "facilitator"),
                           basis=ExpertiseBasis.INFERRED),
                ),
                methods_experience=(_local("After Action Review"), _local("Peer Assist"),
                                    _local("Knowledge harvesting"), _local("Fishbowl")),
                willing_to=(WillingTo.PEER_ASSIST, WillingTo.SPEAK, WillingTo.BE_CONTACTED),
                last_confirmed_on=_day("2025-03-03"),
            ),
        ),
        _person("gareth-lloyd", "Gareth Lloyd", "Outreach Librarian",
                StaffGroup.ADMINISTRATIVE_CLERICAL, lks, _RIVERSIDE, is_lks_staff=True,
                phone="ext. 6120"),
        _person(
            "helen-marsh", "Helen Marsh", "Matron, Elderly Care",
            StaffGroup.NURSING_MIDWIFERY_REGISTERED, "Elderly Care", profession="Nurse",
            profile=ExpertiseProfile(
                overview="Falls prevention lead for the elderly care wards.",
                expertise=(_claim(FALLS, ExpertiseLevel.EXPERT, ("inn-cohort-bay-nursing", "lead"),
                                  ("cap-cop-falls-march-2025", "facilitator"),
                                  since="2015-06-01"),),
                populations=("older people",),
                settings=(CareSetting.ACUTE,),
                willing_to=(WillingTo.PEER_ASSIST, WillingTo.MENTOR),
                memberships=(Membership(group="Falls prevention community of practice",
                                        role="coordinator", since=_day("2024-01-15")),),
                last_confirmed_on=_day("2025-02-10"),
            ),
        ),
        _person("daniel-osei", "Daniel Osei", "Consultant Geriatrician",
                StaffGroup.MEDICAL_DENTAL, "Elderly Care", profession="Doctor",
                profile=ExpertiseProfile(
                    expertise=(_claim(FRAILTY, ExpertiseLevel.EXPERT,
                                      ("inn-frailty-virtual-ward", "lead")),),
                    settings=(CareSetting.ACUTE, CareSetting.COMMUNITY),
                    willing_to=(WillingTo.SPEAK,),
                    last_confirmed_on=_day("2024-06-30"),
                )),
        _person("sofia-costa", "Sofia Costa", "Physiotherapist, Frailty Team",
                StaffGroup.ALLIED_HEALTH_PROFESSIONALS, "Therapies", profession="Physiotherapist",
                profile=ExpertiseProfile(
                    expertise=(_claim(FALLS, ExpertiseLevel.PRACTITIONER,
                                      ("inn-cohort-bay-nursing", "clinical champion")),),
                    languages=("en", "pt"),
                    willing_to=(WillingTo.COFFEE_TRIAL,),
                    informal="Runs the trust's couch-to-5k group.",
                    lawful_basis=ConsentBasis.CONSENT,
                    last_confirmed_on=_day("2025-01-05"),
                )),
        _person("james-whitfield", "James Whitfield", "Sepsis Nurse Specialist",
                StaffGroup.NURSING_MIDWIFERY_REGISTERED, "Emergency Department",
                profession="Nurse",
                profile=ExpertiseProfile(
                    visibility=Visibility.NHS,
                    expertise=(_claim(SEPSIS, ExpertiseLevel.EXPERT,
                                      ("inn-sepsis-screening-ed", "lead"),
                                      ("cap-aar-sepsis-drill-2024", "participant")),),
                    willing_to=(WillingTo.BE_CONTACTED, WillingTo.PEER_ASSIST),
                    last_confirmed_on=_day("2024-12-01"),
                )),
        _person("aisha-khan", "Aisha Khan", "Consultant in Emergency Medicine",
                StaffGroup.MEDICAL_DENTAL, "Emergency Department", profession="Doctor"),
        _person("rachel-burns", "Rachel Burns", "Discharge Coordinator",
                StaffGroup.NURSING_MIDWIFERY_REGISTERED, "Patient Flow", profession="Nurse"),
        _person("mark-hughes", "Mark Hughes", "Ward Manager, Ward 7",
                StaffGroup.NURSING_MIDWIFERY_REGISTERED, "Elderly Care", profession="Nurse"),
        _person("li-wei", "Li Wei", "Lead Pharmacist, Discharge",
                StaffGroup.ADD_PROF_SCIENTIFIC_TECHNICAL, "Pharmacy", profession="Pharmacist",
                profile=ExpertiseProfile(
                    expertise=(_claim(MEDICINES, ExpertiseLevel.EXPERT,
                                      ("inn-pharmacy-discharge-medicines", "lead"),
                                      basis=ExpertiseBasis.ENDORSED,
                                      endorsed_by=("person-rachel-burns",)),),
                    willing_to=(WillingTo.BE_CONTACTED,),
                    last_confirmed_on=_day("2024-10-14"),
                )),
        _person("olivia-grant", "Olivia Grant", "Tissue Viability Nurse Specialist",
                StaffGroup.NURSING_MIDWIFERY_REGISTERED, "Tissue Viability", profession="Nurse",
                employment_status=EmploymentStatus.LEFT, left_on=_day("2025-04-30"),
                updated="2025-05-01",
                profile=ExpertiseProfile(
                    expertise=(_claim(PRESSURE_ULCER, ExpertiseLevel.EXPERT,
                                      ("inn-skin-bundle", "lead"),
                                      ("cap-harvest-tissue-viability", "harvestee")),),
                    last_confirmed_on=_day("2024-05-20"),
                )),
        _person("ben-carter", "Ben Carter", "Tissue Viability Nurse",
                StaffGroup.NURSING_MIDWIFERY_REGISTERED, "Tissue Viability", profession="Nurse"),
        _person("fatima-hussain", "Fatima Hussain", "Digital Nurse Lead",
                StaffGroup.NURSING_MIDWIFERY_REGISTERED, "Digital Services", profession="Nurse",
                profile=ExpertiseProfile(
                    expertise=(_claim(DIGITAL, ExpertiseLevel.EXPERT,
                                      ("inn-electronic-whiteboards", "lead"),
                                      ("cap-lessons-log-whiteboards", "owner")),),
                    willing_to=(WillingTo.SPEAK, WillingTo.PEER_ASSIST),
                    last_confirmed_on=_day("2025-02-01"),
                )),
        _person("nathan-price", "Nathan Price", "Head of Patient Flow",
                StaffGroup.ADMINISTRATIVE_CLERICAL, "Patient Flow"),
        _person("grace-adeyemi", "Grace Adeyemi", "Occupational Therapist",
                StaffGroup.ALLIED_HEALTH_PROFESSIONALS, "Community Therapies", _RIVERSIDE,
                profession="Occupational therapist",
                profile=ExpertiseProfile(
                    visibility=Visibility.ORGANISATION,
                    expertise=(_claim(FRAILTY, ExpertiseLevel.PRACTITIONER),),
                    settings=(CareSetting.COMMUNITY,),
                    objection=Objection(raised_on=_day("2025-03-12"), scope="whole profile"),
                )),
        _person("ewan-mcleod", "Ewan McLeod", "Healthcare Assistant, Ward 7",
                StaffGroup.ADDITIONAL_CLINICAL_SERVICES, "Elderly Care"),
        _person("chloe-bennett", "Chloe Bennett", "Student Nurse",
                StaffGroup.STUDENTS, "Elderly Care", employment_status=EmploymentStatus.UNKNOWN),
        _person("sam-patel", "Sam Patel", "Estates Manager", StaffGroup.ESTATES_ANCILLARY,
                "Estates and Facilities", _RIVERSIDE),
        _person("karen-doyle", "Karen Doyle", "HR Business Partner",
                StaffGroup.ADMINISTRATIVE_CLERICAL, "Human Resources"),
        _person("joe-fenwick", "Joe Fenwick", "Staff Nurse",
                StaffGroup.NURSING_MIDWIFERY_REGISTERED, "Emergency Department",
                employment_status=EmploymentStatus.LEFT,
                left_on=_day("2024-12-31"), updated="2025-01-02"),
        _person("ruth-adebayo", "Ruth Adebayo", "Falls Prevention Practitioner",
                StaffGroup.NURSING_MIDWIFERY_REGISTERED, "Falls Service", "Eastfield General",
                employer=_EASTFIELD),
        _person("ian-kerr", "Ian Kerr", "Director of Nursing",
                StaffGroup.NURSING_MIDWIFERY_REGISTERED, "Nursing Directorate"),
        _person("maya-singh", "Maya Singh", "Speech and Language Therapist",
                StaffGroup.ALLIED_HEALTH_PROFESSIONALS, "Therapies",
                profession="Speech and language therapist",
                profile=ExpertiseProfile(
                    expertise=(_claim(DYSPHAGIA, ExpertiseLevel.EXPERT,
                                      ("inn-dysphagia-mealtime-cards", "lead")),),
                    willing_to=(WillingTo.BE_CONTACTED, WillingTo.MENTOR),
                    last_confirmed_on=_day("2025-04-01"),
                )),
        _person("david-ng", "David Ng", "Point-of-Care Testing Manager",
                StaffGroup.HEALTHCARE_SCIENTISTS, "Pathology", profession="Biomedical scientist"),
        _person("tunde-bakare", "Tunde Bakare", "Virtual Ward Lead",
                StaffGroup.NURSING_MIDWIFERY_REGISTERED, "Hospital at Home", "Westmoor House",
                employer=_WESTMOOR),
    ]


# --- innovations ------------------------------------------------------------------------------


def _innovations() -> list[Innovation]:
    return [
        Innovation(
            id="inn-cohort-bay-nursing",
            **_base("2023-10-02", "2025-02-14", by="person-amara-okafor"),
            status=Status.PUBLISHED,
            visibility=Visibility.NHS,
            title="Cohort bay nursing cut inpatient falls on elderly care wards by 30%",
            summary="A nurse stays in each bay of high-risk patients at all times, with a "
                    "handover before leaving; falls fell from 8.1 to 5.6 per 1,000 bed days.",
            department="Elderly Care",
            subjects=(FALLS,),
            keywords=("enhanced observation", "bay nursing", "elderly care"),
            audience_staff_groups=(StaffGroup.NURSING_MIDWIFERY_REGISTERED,
                                   StaffGroup.ADDITIONAL_CLINICAL_SERVICES),
            km_goals=(KmGoal.APPLY_EVIDENCE, KmGoal.BUILD_KNOW_HOW),
            qio_outcomes=(5,),
            review_due=_day("2027-02-14"),
            lead="person-helen-marsh",
            team=(TeamMember(person="person-sofia-costa", role=TeamRole.CLINICAL_CHAMPION),
                  TeamMember(person="person-mark-hughes", role=TeamRole.CO_LEAD),
                  TeamMember(person="person-amara-okafor", role=TeamRole.LKS_SUPPORT)),
            problem="Falls on the three elderly care wards ran at about 8 per 1,000 bed days, "
                    "most of them unwitnessed in four-bed bays at night and at shift change.",
            description="Patients at high risk of falling were cohorted into one bay per ward, "
                        "with a nurse or healthcare assistant present at all times. Leaving "
                        "the bay needs a verbal handover to a colleague. The design drew on a "
                        "literature search by the LKS and a Peer Assist with Eastfield "
                        "Hospitals' falls team. Tested on Ward 7 for three months (two PDSA "
                        "cycles), then rolled out to Wards 5 and 6.",
            innovation_type=InnovationType.CLINICAL_PRACTICE,
            setting=CareSetting.ACUTE,
            stage=Stage.EMBEDDED,
            stage_history=(
                StageChange(stage=Stage.PLANNING, on=_day("2023-10-02")),
                StageChange(stage=Stage.TESTING, on=_day("2023-11-06"),
                            note="PDSA cycles on Ward 7"),
                StageChange(stage=Stage.IMPLEMENTED, on=_day("2024-02-05"),
                            note="Wards 5, 6 and 7"),
                StageChange(stage=Stage.EVALUATED, on=_day("2024-08-30")),
                StageChange(stage=Stage.EMBEDDED, on=_day("2025-02-14"),
                            note="In the elderly care nursing standard"),
            ),
            started_on=_day("2023-10-02"),
            implemented_on=_day("2024-02-05"),
            outcomes=(
                Outcome(domain=OutcomeDomain.PATIENT_SAFETY, measure="Inpatient falls",
                        baseline="8.1", result="5.6", unit="per 1,000 bed days",
                        period="Feb-Jul 2024 vs Feb-Jul 2023", source="Incident reporting system"),
                Outcome(domain=OutcomeDomain.PATIENT_SAFETY, measure="Falls with moderate harm "
                        "or worse", baseline="9", result="4", unit="falls",
                        period="6 months", source="Incident reporting system"),
            ),
            evaluation=Evaluation(method="Before-and-after comparison of six-month periods",
                                  evidence_level=EvidenceLevel.BEFORE_AFTER,
                                  summary="Falls fell by 31% with no change in case mix; "
                                          "staff reported the handover rule as the key part."),
            citations=(Citation(citation="NICE. Falls in older people: assessing risk and "
                                         "prevention (CG161). 2013.",
                                url="https://www.nice.org.uk/guidance/cg161"),),
            costs=Costs(setup_gbp=Decimal("1200.00"), running_gbp_per_year=Decimal("0"),
                        funding_source="Ward budgets (training time)", industry_sponsorship=False),
            savings=Savings(non_cash_gbp=Decimal("38500.00"), staff_hours=310,
                            basis="Fewer falls x trust average cost of a fall with harm; "
                                  "incident-review hours from the governance team"),
            key_learning_points=("The handover-before-leaving rule matters more than the bay.",
                                 "Involve night staff from the first PDSA cycle."),
            lessons=("lesson-cohort-bay-handover-rule", "lesson-involve-night-staff-early"),
            adoption=Adoption(
                adopted_by=(AdoptingOrg(org=_EASTFIELD, on=_day("2024-11-01"),
                                        status="piloting"),),
                spread_potential="Any ward with four-bed bays and a high-risk population.",
                barriers=("Needs a second staff member free at handover",),
                enablers=("Matron walk-rounds", "Falls CoP sharing data monthly"),
            ),
            related_guidance=("CG161", "QS86"),
            champion_statement=Quote(
                text="It is the simplest change we made this year and the one staff talk "
                     "about most.", person="person-ian-kerr", role="Director of Nursing"),
            consents=(_quote_consent("person-ian-kerr", "2024-09-10"),),
            attachments=(Attachment(title="Cohort bay nursing poster", kind="poster",
                                    url="https://intranet.nhs.example/lks/posters/cohort-bay.pdf",
                                    media_type="application/pdf"),),
            licence="OGL",
        ),
        Innovation(
            id="inn-sepsis-screening-ed",
            **_base("2024-01-15", "2025-01-20", by="person-amara-okafor"),
            status=Status.PUBLISHED,
            title="Sepsis trolley and screening prompt raised on-time antibiotics in ED to 88%",
            summary="A stocked sepsis trolley and a triage screening prompt got antibiotics "
                    "to more patients within the hour.",
            department="Emergency Department",
            subjects=(SEPSIS,),
            km_goals=(KmGoal.APPLY_EVIDENCE,),
            qio_outcomes=(5,),
            lead="person-james-whitfield",
            team=(TeamMember(person="person-aisha-khan", role=TeamRole.CO_LEAD),
                  TeamMember(person="person-amara-okafor", role=TeamRole.LKS_SUPPORT)),
            problem="Only 62% of adults with red-flag sepsis in ED had antibiotics within an "
                    "hour; time was lost finding blood culture bottles and fluids.",
            description="A dedicated sepsis trolley checked every shift, and a screening "
                        "prompt at triage. Simulation drills before and after go-live.",
            innovation_type=InnovationType.CARE_PATHWAY,
            setting=CareSetting.ACUTE,
            stage=Stage.EVALUATED,
            stage_history=(StageChange(stage=Stage.TESTING, on=_day("2024-03-01")),
                           StageChange(stage=Stage.IMPLEMENTED, on=_day("2024-06-01")),
                           StageChange(stage=Stage.EVALUATED, on=_day("2025-01-20"))),
            started_on=_day("2024-01-15"),
            implemented_on=_day("2024-06-01"),
            outcomes=(Outcome(domain=OutcomeDomain.CLINICAL_EFFECTIVENESS,
                              measure="Red-flag sepsis patients given antibiotics within 1 hour",
                              baseline="62%", result="88%", period="Jul-Dec 2024",
                              source="Monthly ED sepsis audit (40 patients a month)"),),
            evaluation=Evaluation(method="Monthly audit against the national standard",
                                  evidence_level=EvidenceLevel.AUDIT,
                                  summary="Sustained above 85% for six months."),
            citations=(Citation(citation="NICE. Suspected sepsis: recognition, diagnosis and "
                                         "early management (NG51).",
                                url="https://www.nice.org.uk/guidance/ng51"),),
            costs=Costs(setup_gbp=Decimal("850.00"), funding_source="Trust charity",
                        industry_sponsorship=False),
            lessons=("lesson-sepsis-trolley-daily-check",),
            related_guidance=("NG51",),
        ),
        Innovation(
            id="inn-pharmacy-discharge-medicines",
            **_base("2024-02-01", "2024-09-12", by="person-gareth-lloyd"),
            status=Status.IN_REVIEW,
            title="Discharge medicines ready by 11am on the medical wards",
            summary="Pharmacists screen and dispense take-home medicines the day before "
                    "planned discharge.",
            department="Pharmacy",
            subjects=(DISCHARGE, MEDICINES),
            qio_outcomes=(5,),
            lead="person-li-wei",
            team=(TeamMember(person="person-rachel-burns", role=TeamRole.CO_LEAD),),
            problem="Patients waited on average four hours for take-home medicines, "
                    "blocking beds in the afternoon.",
            description="Planned discharges are flagged at the board round the day before; "
                        "ward pharmacists screen and dispense those medicines by 11am.",
            innovation_type=InnovationType.PROCESS_ADMIN,
            setting=CareSetting.ACUTE,
            stage=Stage.IMPLEMENTED,
            started_on=_day("2024-02-01"),
            implemented_on=_day("2024-05-13"),
            costs=Costs(running_gbp_per_year=Decimal("14500.00"),
                        funding_source="Pharmacy budget (0.4 WTE technician)"),
            links=(Link(rel="relates_to", target="inn-electronic-whiteboards",
                        note="Discharge flags come from the whiteboards"),),
        ),
        Innovation(
            id="inn-electronic-whiteboards",
            **_base("2023-06-01", "2025-03-01", by="person-fatima-hussain"),
            status=Status.PUBLISHED,
            visibility=Visibility.PUBLIC,
            title="Electronic patient-flow whiteboards on every adult ward, now spreading",
            summary="Ward whiteboards replaced by screens fed from the patient administration "
                    "system; expected discharge dates visible to bed managers.",
            department="Digital Services",
            subjects=(PATIENT_FLOW, DIGITAL),
            keywords=("digital", "patient flow"),
            qio_outcomes=(5,),
            lead="person-fatima-hussain",
            team=(TeamMember(person="person-nathan-price", role=TeamRole.CLINICAL_CHAMPION),
                  TeamMember(person="person-rachel-burns", role=TeamRole.TEAM_MEMBER),
                  TeamMember(person="person-tunde-bakare", role=TeamRole.SPREAD_AGENT)),
            contact="person-nathan-price",
            problem="Bed managers rang every ward three times a day to find out who could go "
                    "home; whiteboards were out of date by mid-morning.",
            description="Screens on every adult ward show beds, expected discharge dates and "
                        "outstanding tasks, fed from the patient administration system.",
            innovation_type=InnovationType.DIGITAL,
            setting=CareSetting.ACUTE,
            stage=Stage.SPREADING,
            stage_history=(StageChange(stage=Stage.TESTING, on=_day("2023-06-01")),
                           StageChange(stage=Stage.IMPLEMENTED, on=_day("2023-11-20")),
                           StageChange(stage=Stage.EVALUATED, on=_day("2024-05-01")),
                           StageChange(stage=Stage.SPREADING, on=_day("2024-10-01"))),
            started_on=_day("2023-06-01"),
            implemented_on=_day("2023-11-20"),
            outcomes=(
                Outcome(domain=OutcomeDomain.EFFICIENCY_COST,
                        measure="Phone calls from bed managers to wards", baseline="~90 a day",
                        result="~20 a day", period="Mar 2024", source="Switchboard logs"),
                Outcome(domain=OutcomeDomain.STAFF_EXPERIENCE,
                        measure="Nurses who find the board useful", result="81%",
                        source="Staff survey, 212 responses"),
            ),
            costs=Costs(setup_gbp=Decimal("96000.00"), running_gbp_per_year=Decimal("8400.00"),
                        funding_source="Digital capital programme", industry_sponsorship=True,
                        sponsorship_details="Screens supplied at a discount by the display "
                                            "vendor in return for a case study."),
            savings=Savings(staff_hours=2100, basis="Calls avoided x 3 minutes, both ends"),
            lessons=("lesson-whiteboard-super-users", "lesson-whiteboard-wifi-survey",
                     "lesson-train-before-go-live"),
            adoption=Adoption(
                adopted_by=(AdoptingOrg(org=OrgRef(name=f"{ORGANISATION} - {_RIVERSIDE}",
                                                   ods_code="R9X02"),
                                        on=_day("2024-10-01"), status="adopted"),
                            AdoptingOrg(org=_WESTMOOR, on=_day("2025-02-01"),
                                        status="piloting")),
                spread_potential="Any organisation with an electronic patient administration "
                                 "system feed.",
                barriers=("Wi-Fi coverage in older buildings",),
                enablers=("Ward super-users", "Bed managers using it daily"),
            ),
        ),
        Innovation(
            id="inn-dysphagia-mealtime-cards",
            **_base("2025-01-10", by="person-amara-okafor"),
            status=Status.SUBMITTED,
            title="Mealtime cards for patients with swallowing difficulties",
            department="Therapies",
            subjects=(DYSPHAGIA,),
            lead="person-maya-singh",
            problem="Texture-modified diet instructions were not reaching the bedside at "
                    "mealtimes.",
            description="A colour-coded card at each bedside shows the diet and fluid levels "
                        "(IDDSI) recommended by speech and language therapy.",
            innovation_type=InnovationType.CLINICAL_PRACTICE,
            setting=CareSetting.ACUTE,
            stage=Stage.TESTING,
            started_on=_day("2025-01-10"),
        ),
        Innovation(
            id="inn-frailty-virtual-ward",
            **_base("2025-04-20", by="person-priya-raman"),
            title="Frailty virtual ward with Westmoor Community Health",
            department="Elderly Care",
            subjects=(FRAILTY, VIRTUAL_WARD),
            lead="person-daniel-osei",
            team=(TeamMember(person="person-grace-adeyemi", role=TeamRole.TEAM_MEMBER),
                  TeamMember(person="person-tunde-bakare", role=TeamRole.CO_LEAD)),
            problem="Frail older people are admitted for care that could be given at home "
                    "with daily review.",
            description="Up to 20 virtual beds with daily consultant review and community "
                        "therapy visits.",
            innovation_type=InnovationType.SERVICE_MODEL,
            setting=CareSetting.COMMUNITY,
            stage=Stage.PLANNING,
            started_on=_day("2025-04-20"),
        ),
        Innovation(
            id="inn-evidence-huddles",
            **_base("2024-03-04", "2024-12-02", by="person-tom-ashworth"),
            status=Status.PUBLISHED,
            visibility=Visibility.NHS,
            title="Ten-minute evidence briefings at ward safety huddles",
            summary="The clinical librarian answers one question a week at the huddle, with "
                    "a one-page summary left on the ward.",
            department="Library and Knowledge Service",
            subjects=(EBP,),
            km_goals=(KmGoal.APPLY_EVIDENCE, KmGoal.CONTINUE_TO_LEARN),
            qio_outcomes=(2, 5),
            lead="person-amara-okafor",
            team=(TeamMember(person="person-mark-hughes", role=TeamRole.CLINICAL_CHAMPION),
                  TeamMember(person="person-gareth-lloyd", role=TeamRole.TEAM_MEMBER)),
            problem="Ward staff rarely had time to come to the library or search for evidence.",
            description="Staff post questions on a card during the week; the librarian brings "
                        "a ten-minute answer to Friday's safety huddle.",
            innovation_type=InnovationType.LKS_SERVICE,
            setting=CareSetting.ACUTE,
            stage=Stage.EVALUATED,
            started_on=_day("2024-03-04"),
            implemented_on=_day("2024-04-05"),
            outcomes=(Outcome(domain=OutcomeDomain.LEARNING,
                              measure="Questions answered", result="46", period="Apr-Nov 2024",
                              source="LKS enquiry log"),
                      Outcome(domain=OutcomeDomain.STAFF_EXPERIENCE,
                              measure="Staff who changed something after a briefing",
                              result="37%", source="Impact questionnaire, 54 responses")),
            costs=Costs(running_gbp_per_year=Decimal("3100.00"),
                        funding_source="LKS budget (librarian time)",
                        industry_sponsorship=False),
            lessons=("lesson-huddle-questions-in-advance",),
        ),
        Innovation(
            id="inn-skin-bundle",
            **_base("2022-09-01", "2024-07-15", by="person-olivia-grant"),
            status=Status.PUBLISHED,
            title="Pressure ulcer skin bundle with photo documentation",
            department="Tissue Viability",
            subjects=(PRESSURE_ULCER,),
            lead="person-olivia-grant",
            contact="person-ben-carter",
            problem="Hospital-acquired category 2 pressure ulcers were rising.",
            description="A five-step skin bundle (surface, skin inspection, keep moving, "
                        "incontinence, nutrition) with photographs in the electronic record.",
            innovation_type=InnovationType.CLINICAL_PRACTICE,
            setting=CareSetting.ACUTE,
            stage=Stage.EMBEDDED,
            started_on=_day("2022-09-01"),
            implemented_on=_day("2023-01-09"),
            outcomes=(Outcome(domain=OutcomeDomain.PATIENT_SAFETY,
                              measure="Hospital-acquired category 2+ pressure ulcers",
                              baseline="14 a month", result="6 a month", period="2023-24",
                              source="Tissue viability database"),),
            costs=Costs(industry_sponsorship=False),
            lessons=("lesson-skin-bundle-photos",),
        ),
        Innovation(
            id="inn-poct-lactate",
            **_base("2024-05-01", "2025-01-31", by="person-david-ng"),
            status=Status.PUBLISHED,
            title="Point-of-care lactate meters on the acute medical unit (paused)",
            department="Pathology",
            subjects=(POCT, SEPSIS),
            lead="person-david-ng",
            problem="Lactate results for suspected sepsis took 40 minutes from the lab.",
            description="Handheld lactate meters on the acute medical unit, results sent to "
                        "the electronic record.",
            innovation_type=InnovationType.DEVICE_PRODUCT,
            setting=CareSetting.ACUTE,
            stage=Stage.PAUSED,
            trl=8,
            started_on=_day("2024-05-01"),
            costs=Costs(setup_gbp=Decimal("4800.00"), industry_sponsorship=True,
                        sponsorship_details="Meters loaned by the manufacturer for the pilot"),
            lessons=("lesson-poct-connectivity-first",),
            links=(Link(rel="relates_to", target="inn-sepsis-screening-ed"),),
        ),
        Innovation(
            id="inn-ward7-safety-huddle",
            **_base("2025-05-06", by="person-mark-hughes"),
            visibility=Visibility.PRIVATE,
            title="Ward 7 mid-shift safety huddle (idea)",
            department="Elderly Care",
            lead="person-mark-hughes",
            problem="Risks that appear after the morning handover are not shared until night.",
            description="A five-minute stand-up at 14:00 to re-check falls and pressure risks.",
            stage=Stage.IDEA,
        ),
    ]


# --- lessons ----------------------------------------------------------------------------------


def _lesson(slug: str, created: str, title: str, statement: str, recommendation: str,
            polarity: LessonPolarity, source: str, **more: Any) -> Lesson:
    fields: dict[str, Any] = {
        "id": f"lesson-{slug}",
        **_base(created, more.pop("updated", None)),
        "status": more.pop("status", Status.PUBLISHED),
        "title": title,
        "statement": statement,
        "recommendation": recommendation,
        "polarity": polarity,
        "source_capture": source,
        "km_goals": (KmGoal.CONTINUE_TO_LEARN,),
        "qio_outcomes": (2,),
    }
    fields.update(more)
    return Lesson(**fields)


_S, _I = LessonPolarity.SUSTAIN, LessonPolarity.IMPROVE


def _lessons() -> list[Lesson]:
    return [
        _lesson("cohort-bay-handover-rule", "2023-10-20", "Nobody leaves the bay without a "
                "handover", "Cohorting only reduced falls once leaving the bay needed a verbal "
                "handover to a named colleague.", "Make the handover rule part of the bay "
                "nursing standard from day one.", _S, "cap-peer-assist-falls",
                lesson_status=LessonStatus.EMBEDDED, owner="person-helen-marsh",
                related_innovations=("inn-cohort-bay-nursing",), subjects=(FALLS,),
                applies_to_staff_groups=(StaffGroup.NURSING_MIDWIFERY_REGISTERED,)),
        _lesson("involve-night-staff-early", "2023-10-20", "Involve night staff from the "
                "first cycle", "Eastfield's first pilot failed because night staff had not "
                "helped design it.", "Run one PDSA planning session at night.", _I,
                "cap-peer-assist-falls", lesson_status=LessonStatus.ACTIONED,
                related_innovations=("inn-cohort-bay-nursing",), category="engagement"),
        _lesson("sepsis-bleep-escalation", "2023-11-10", "Escalation by bleep lost time in "
                "the 2023 drill", "The registrar's bleep went unanswered for 9 minutes "
                "during the drill.", "Escalate sepsis by the emergency call system, not bleep.",
                _I, "cap-aar-sepsis-drill-2023", lesson_status=LessonStatus.ACTIONED,
                subjects=(SEPSIS,), trigger_event="Simulation drill, November 2023",
                root_cause="Bleep holders covering two areas", early_warning="Bleep response "
                "times over 5 minutes in audit"),
        _lesson("sepsis-trolley-daily-check", "2024-11-22", "Check the sepsis trolley every "
                "shift", "The drill went to plan where the trolley was fully stocked; one "
                "missing blood-culture set cost 6 minutes.", "Add the trolley to the "
                "shift-start checklist with a named checker.", _S, "cap-aar-sepsis-drill-2024",
                owner="person-james-whitfield", related_innovations=("inn-sepsis-screening-ed",),
                subjects=(SEPSIS,), lesson_status=LessonStatus.EMBEDDED),
        _lesson("sepsis-drills-out-of-hours", "2024-11-22", "Run drills out of hours too",
                "The drill ran at 14:00 with full staffing; the audit shows most delays at "
                "night.", "Run the next drill at night or at the weekend.", _I,
                "cap-aar-sepsis-drill-2024", owner="person-aisha-khan",
                lesson_status=LessonStatus.AGREED, previously_identified=True),
        _lesson("whiteboard-super-users", "2024-01-30", "Ward super-users made the boards "
                "stick", "Wards with a trained super-user on every shift updated the board "
                "twice as often.", "Train two super-users per ward before go-live.", _S,
                "cap-lessons-log-whiteboards", related_innovations=("inn-electronic-whiteboards",),
                owner="person-fatima-hussain", subjects=(DIGITAL,)),
        _lesson("whiteboard-wifi-survey", "2024-02-15", "Survey Wi-Fi before installing "
                "screens", "Three screens in the older wing lost their connection daily.",
                "Commission a Wi-Fi survey before choosing screen locations.", _I,
                "cap-lessons-log-whiteboards", related_innovations=("inn-electronic-whiteboards",),
                category="equipment"),
        _lesson("train-before-go-live", "2025-02-20", "Train before go-live, not on the day",
                "Riverside trained on the go-live day and took six weeks to reach Northgate's "
                "usage.", "Finish training a week before screens are switched on.", _I,
                "cap-retrospect-whiteboards", related_innovations=("inn-electronic-whiteboards",),
                lesson_status=LessonStatus.AGREED, previously_identified=True),
        _lesson("agree-fields-with-bed-managers", "2025-02-20", "Agree the board's fields "
                "with bed managers", "Bed managers used the boards daily once their "
                "'medically optimised' flag was added.", "Design the fields with the people "
                "who will read them, not only the wards.", _S, "cap-retrospect-whiteboards",
                related_innovations=("inn-electronic-whiteboards",)),
        _lesson("ttos-prescribed-day-before", "2024-07-05", "Prescribe take-home medicines "
                "the day before", "Discharges were delayed most when TTOs were written on "
                "the morning of discharge.", "Write TTOs at the board round the day before "
                "planned discharge.", _I, "cap-fishbowl-discharge",
                related_innovations=("inn-pharmacy-discharge-medicines",), subjects=(DISCHARGE,),
                owner="person-li-wei"),
        _lesson("huddle-questions-in-advance", "2024-06-14", "Collect huddle questions in "
                "advance", "Answers were better when questions came in by Tuesday.",
                "Keep a question card on the ward and collect it on Tuesdays.", _S,
                "cap-aar-evidence-huddles", related_innovations=("inn-evidence-huddles",),
                owner="person-amara-okafor", subjects=(EBP,)),
        _lesson("huddle-ten-minutes-max", "2024-06-14", "Ten minutes is the limit", "Briefings "
                "over ten minutes were cut short by bed meetings.", "Keep briefings to ten "
                "minutes with a one-page summary.", _S, "cap-aar-evidence-huddles",
                related_innovations=("inn-evidence-huddles",)),
        _lesson("skin-bundle-photos", "2024-07-15", "Photographs settle category disputes",
                "Photos in the record ended disagreements about ulcer category at handover.",
                "Photograph every category 2+ ulcer on discovery.", _S,
                "cap-retrospect-skin-bundle", related_innovations=("inn-skin-bundle",),
                subjects=(PRESSURE_ULCER,)),
        _lesson("tv-formulary-ordering", "2025-04-10", "Dressings are ordered under "
                "supplier codes, not names", "Only the tissue viability specialist knew "
                "which supplier codes match the formulary dressings.", "Keep the code list "
                "in the tissue viability handbook and review it yearly.", _I,
                "cap-harvest-tissue-viability", owner="person-ben-carter",
                subjects=(PRESSURE_ULCER,), status=Status.IN_REVIEW),
        _lesson("norovirus-early-bay-closure", "2024-02-02", "Close the bay at the first two "
                "cases", "Waiting for a third case before closing the bay let the outbreak "
                "reach a second bay.", "Close the bay when two patients have symptoms.", _I,
                "cap-aar-norovirus", subjects=(NOROVIRUS,)),
        _lesson("norovirus-visitor-signage", "2024-02-02", "Signs at the ward door worked",
                "Clear signs at the entrance cut visitor numbers without complaints.",
                "Keep outbreak signage ready to print.", _S, "cap-aar-norovirus",
                subjects=(NOROVIRUS,)),
        _lesson("poct-connectivity-first", "2025-01-31", "Connect point-of-care devices "
                "before the pilot starts", "Results had to be typed in by hand because the "
                "meters were not connected to the record.", "Do not start a device pilot "
                "until results flow into the record.", _I, "cap-aar-poct-lactate",
                related_innovations=("inn-poct-lactate",), subjects=(POCT,),
                owner="person-david-ng"),
        _lesson("virtual-ward-referral-criteria", "2025-05-14", "Write referral criteria "
                "with the community team", "Westmoor's virtual ward filled with patients "
                "the community team could not safely support.", "Agree inclusion and "
                "exclusion criteria jointly before opening.", _I,
                "cap-peer-assist-virtual-ward", subjects=(VIRTUAL_WARD,),
                related_innovations=("inn-frailty-virtual-ward",),
                status=Status.DRAFT),
        _lesson("cafe-protected-time", "2024-10-10", "People came when the café was in "
                "protected learning time", "Attendance doubled when the café moved into the "
                "Thursday protected teaching slot.", "Book cafés into protected time.", _S,
                "cap-knowledge-cafe-evidence", subjects=(EBP,)),
        _lesson("coffee-trial-cross-site-pairs", "2025-06-02", "Cross-site pairs met "
                "online", "Pairs across the two hospitals met on video and still rated it "
                "highly.", "Allow virtual meetings and pair across sites.", _S,
                "cap-coffee-trial-spring-2025", visibility=Visibility.ORGANISATION),
    ]


# --- capture records --------------------------------------------------------------------------


def _p(person: str, attendance: Attendance = Attendance.ATTENDED) -> Participant:
    return Participant(person=person, attendance=attendance)


def _role(label: str, group: StaffGroup | None = None) -> Participant:
    return Participant(role_label=label, staff_group=group)


def _captures() -> list[CaptureRecord]:
    return [
        CaptureRecord(
            id="cap-self-assessment-2024",
            **_base("2024-04-10", by="person-tom-ashworth"),
            status=Status.PUBLISHED,
            title="LKS knowledge mobilisation self-assessment, 2024",
            department="Library and Knowledge Service",
            qio_outcomes=(2,),
            details=SelfAssessment(
                tool="Evidence and Knowledge Self-assessment Tool",
                scores=(AssessmentScore(area="Capturing organisational knowledge", score=1,
                                        out_of=4, note="Ad hoc; no lessons kept"),
                        AssessmentScore(area="Evidence into decisions", score=3, out_of=4),
                        AssessmentScore(area="Sharing know-how between teams", score=2,
                                        out_of=4)),
                gaps=("No shared place for lessons learned",
                      "Few staff trained to facilitate After Action Reviews"),
            ),
            held_on=_day("2024-04-10"),
            mode=Mode.IN_PERSON,
            facilitator="person-tom-ashworth",
            participants=(_p("person-priya-raman"), _p("person-amara-okafor"),
                          _p("person-gareth-lloyd")),
            purpose="Find the gaps in how the LKS mobilises knowledge before planning the year.",
            insights=("Lessons are captured but not kept anywhere findable",),
            actions=(Action(description="Set up a lessons database in kmcore",
                            owner="person-priya-raman", due=_day("2024-06-30"),
                            status=ActionStatus.DONE),
                     Action(description="Train six AAR facilitators",
                            owner="person-priya-raman", due=_day("2025-03-31"))),
        ),
        CaptureRecord(
            id="cap-peer-assist-falls",
            **_base("2023-10-16"),
            status=Status.PUBLISHED,
            title="Peer Assist with Eastfield's falls team before cohort bay nursing",
            department="Elderly Care",
            subjects=(FALLS,),
            qio_outcomes=(2,),
            details=PeerAssist(
                host_team="Elderly care wards (5, 6 and 7)",
                problem_statement="How do we cut unwitnessed falls in four-bed bays, "
                                  "especially at night?",
                peers=(Peer(person="person-ruth-adebayo", organisation=_EASTFIELD,
                            brought="Ran bay nursing on two wards for a year"),
                       Peer(organisation=_EASTFIELD, brought="Night sister, falls pilot")),
                options_insights=("Bay nursing only works with a handover rule",
                                  "Night staff must shape the rota"),
                feedback_to_peers="We will pilot on Ward 7 with the handover rule and share "
                                  "our data with Eastfield monthly.",
            ),
            held_on=_day("2023-10-16"),
            mode=Mode.HYBRID,
            facilitator="person-priya-raman",
            participants=(_p("person-helen-marsh"), _p("person-mark-hughes"),
                          _p("person-sofia-costa"), _p("person-amara-okafor"),
                          _p("person-ruth-adebayo")),
            purpose="Learn from a trust that has already tried bay nursing before we start.",
            context_refs=("inn-cohort-bay-nursing",),
            lessons=("lesson-cohort-bay-handover-rule", "lesson-involve-night-staff-early"),
            actions=(Action(description="Hold a night-time PDSA planning session",
                            owner="person-mark-hughes", due=_day("2023-11-01"),
                            status=ActionStatus.DONE),),
        ),
        CaptureRecord(
            id="cap-aar-sepsis-drill-2023",
            **_base("2023-11-08"),
            status=Status.ARCHIVED,
            title="AAR: ED sepsis simulation drill, November 2023",
            department="Emergency Department",
            subjects=(SEPSIS,),
            details=AfterActionReview(
                intended="Antibiotics given within 60 minutes of triage for the simulated "
                         "patient.",
                actual="Antibiotics at 74 minutes; the registrar was not reached for 9 "
                       "minutes.",
                reasons_for_difference="Escalation relied on a bleep covering two areas.",
                improve=("Escalation route",),
                next_time=("Use the emergency call system for sepsis escalation",),
            ),
            held_on=_day("2023-11-08"),
            facilitator="person-priya-raman",
            participant_count=9,
            participants=(_p("person-james-whitfield"), _p("person-aisha-khan"),
                          _p("person-joe-fenwick")),
            purpose="Learn from the drill while it is fresh.",
            lessons=("lesson-sepsis-bleep-escalation",),
        ),
        CaptureRecord(
            id="cap-bar-sepsis-drill-2024",
            **_base("2024-11-18"),
            status=Status.PUBLISHED,
            title="BAR before the ED sepsis drill, November 2024",
            department="Emergency Department",
            subjects=(SEPSIS,),
            details=BeforeActionReview(
                task="Run an unannounced sepsis simulation in ED majors.",
                end_state="Simulated patient screened at triage and given antibiotics within "
                          "60 minutes.",
                success_measures=("Door-to-antibiotic time", "Trolley complete"),
                anticipated_challenges=("Majors at full capacity", "Agency staff unfamiliar "
                                        "with the trolley"),
                success_factors=("Escalate by emergency call, as learned last year",),
            ),
            held_on=_day("2024-11-18"),
            facilitator="person-priya-raman",
            participants=(_p("person-james-whitfield"), _p("person-aisha-khan")),
            purpose="Agree what the drill is for and what last year taught us.",
            context_refs=("inn-sepsis-screening-ed",),
            prior_lessons=("lesson-sepsis-bleep-escalation",),
        ),
        CaptureRecord(
            id="cap-aar-sepsis-drill-2024",
            **_base("2024-11-21"),
            status=Status.PUBLISHED,
            visibility=Visibility.NHS,
            title="AAR: ED sepsis drill, November 2024 - antibiotics in 52 minutes",
            department="Emergency Department",
            subjects=(SEPSIS,),
            qio_outcomes=(2,),
            details=AfterActionReview(
                intended="Antibiotics within 60 minutes of triage.",
                actual="Antibiotics at 52 minutes; blood cultures at 58 minutes because one "
                       "set was missing from the trolley.",
                reasons_for_difference="Trolley restocked after a real case but the culture "
                                       "set was not replaced.",
                sustain=("Screening prompt at triage", "Emergency call escalation"),
                improve=("Trolley restocking",),
                next_time=("Run the drill at night", "Check the trolley at shift start"),
            ),
            phase=Phase.AFTER,
            held_on=_day("2024-11-21"),
            mode=Mode.IN_PERSON,
            facilitator="person-priya-raman",
            participants=(_p("person-james-whitfield"), _p("person-aisha-khan"),
                          _role("Agency staff nurse", StaffGroup.NURSING_MIDWIFERY_REGISTERED),
                          _p("person-ewan-mcleod", Attendance.APOLOGIES)),
            participant_count=8,
            purpose="Compare the drill with the BAR's intended result and keep the learning.",
            context_refs=("inn-sepsis-screening-ed",),
            lessons=("lesson-sepsis-trolley-daily-check", "lesson-sepsis-drills-out-of-hours"),
            follows_up="cap-bar-sepsis-drill-2024",
            actions=(Action(description="Add the trolley to the shift-start checklist",
                            owner="person-james-whitfield", due=_day("2024-12-01"),
                            status=ActionStatus.DONE),
                     Action(description="Schedule a night drill", owner="person-aisha-khan",
                            due=_day("2025-03-31"))),
        ),
        CaptureRecord(
            id="cap-lessons-log-whiteboards",
            **_base("2023-12-01", "2024-02-15", by="person-fatima-hussain"),
            status=Status.PUBLISHED,
            title="Lessons log: electronic whiteboards (Northgate go-live)",
            department="Digital Services",
            subjects=(DIGITAL,),
            details=LessonsLog(project="Electronic whiteboards", period="Nov 2023 - Feb 2024"),
            held_on=_day("2023-12-01"),
            held_until=_day("2024-02-15"),
            facilitator="person-fatima-hussain",
            purpose="Keep the project's lessons as they happen, for the Riverside rollout.",
            context_refs=("inn-electronic-whiteboards",),
            lessons=("lesson-whiteboard-super-users", "lesson-whiteboard-wifi-survey"),
        ),
        CaptureRecord(
            id="cap-bar-whiteboards-riverside",
            **_base("2024-09-02", by="person-fatima-hussain"),
            status=Status.PUBLISHED,
            title="BAR before the Riverside whiteboard rollout",
            department="Digital Services",
            details=BeforeActionReview(
                task="Install and switch on whiteboards on Riverside's four wards.",
                end_state="All four wards updating their boards every shift within a month.",
                success_measures=("Boards updated each shift", "Calls from bed managers"),
                anticipated_challenges=("Wi-Fi in the older wing", "Training during winter "
                                        "pressures"),
                success_factors=("Super-users trained before go-live",),
            ),
            held_on=_day("2024-09-02"),
            mode=Mode.VIRTUAL,
            facilitator="person-priya-raman",
            participants=(_p("person-fatima-hussain"), _p("person-nathan-price"),
                          _p("person-gareth-lloyd")),
            purpose="Plan the rollout using what Northgate's go-live taught us.",
            context_refs=("inn-electronic-whiteboards",),
            prior_lessons=("lesson-whiteboard-super-users", "lesson-whiteboard-wifi-survey"),
        ),
        CaptureRecord(
            id="cap-retrospect-whiteboards",
            **_base("2025-02-18", by="person-tom-ashworth"),
            status=Status.PUBLISHED,
            visibility=Visibility.NHS,
            title="Retrospect: electronic whiteboards across both hospitals",
            department="Digital Services",
            subjects=(DIGITAL, PATIENT_FLOW),
            qio_outcomes=(2, 5),
            details=Retrospect(
                objectives=("Boards on every adult ward", "Fewer phone calls to wards"),
                achieved=("All 18 adult wards live", "Calls down from ~90 to ~20 a day"),
                not_achieved=(ReasonedPoint(point="Riverside slower to adopt",
                                            why="Training happened on go-live day"),),
                successes=(ReasonedPoint(point="Bed managers use it daily",
                                         why="Their 'medically optimised' flag was added"),),
                improvements=(ReasonedPoint(point="Screen placement",
                                            why="No Wi-Fi survey at Riverside"),),
                recommendations=("Train a week before go-live",
                                 "Design fields with the people who read the board"),
                satisfaction_score=8,
                what_would_make_it_ten="Riverside live as fast as Northgate",
            ),
            held_on=_day("2025-02-18"),
            mode=Mode.IN_PERSON,
            facilitator="person-tom-ashworth",
            participants=(_p("person-fatima-hussain"), _p("person-nathan-price"),
                          _p("person-rachel-burns"), _p("person-tunde-bakare")),
            purpose="Capture what the whiteboard project learned for the next digital project.",
            context_refs=("inn-electronic-whiteboards",),
            lessons=("lesson-train-before-go-live", "lesson-agree-fields-with-bed-managers"),
            follows_up="cap-bar-whiteboards-riverside",
        ),
        CaptureRecord(
            id="cap-appreciative-inquiry-discharge",
            **_base("2024-05-09"),
            status=Status.PUBLISHED,
            title="Appreciative Inquiry: discharges that went really well",
            department="Patient Flow",
            subjects=(DISCHARGE,),
            details=AppreciativeInquiry(
                affirmative_topic="Discharges that went really well for patients and staff",
                discover=("A Friday discharge that was planned on Tuesday",
                          "A patient home by 10am because medicines were ready"),
                dream=("Every patient knows their day of discharge on admission",),
                design=("Medicines ready the day before a planned discharge",),
                destiny=("Pilot day-before TTOs on two medical wards",),
            ),
            held_on=_day("2024-05-09"),
            facilitator="person-priya-raman",
            participants=(_p("person-rachel-burns"), _p("person-li-wei"),
                          _p("person-nathan-price"), _role("Patient representative")),
            purpose="Build the discharge work on what already goes well.",
            context_refs=("inn-pharmacy-discharge-medicines",),
            insights=("The best discharges were planned, not rushed",),
        ),
        CaptureRecord(
            id="cap-knowledge-cafe-evidence",
            **_base("2024-10-03", by="person-amara-okafor"),
            status=Status.PUBLISHED,
            title="Knowledge café: what stops us using evidence at the bedside?",
            department="Library and Knowledge Service",
            subjects=(EBP,),
            km_goals=(KmGoal.APPLY_EVIDENCE,),
            qio_outcomes=(2,),
            details=KnowledgeCafe(
                question="What stops us using evidence at the bedside, and what would help?",
                speaker="person-amara-okafor",
                rounds=3,
                themes=("No time to search", "Not knowing the library can help",
                        "Guidelines hard to find on the intranet"),
                pledges=("Ask the library one question this month",
                         "Bookmark the guidelines page on the ward PC"),
            ),
            held_on=_day("2024-10-03"),
            participant_count=24,
            purpose="Hear from staff, in their words, what gets in the way of evidence.",
            lessons=("lesson-cafe-protected-time",),
        ),
        CaptureRecord(
            id="cap-coffee-trial-spring-2025",
            **_base("2025-03-03", "2025-06-02", by="person-gareth-lloyd"),
            status=Status.PUBLISHED,
            title="Randomised coffee trial, spring 2025",
            details=RandomisedCoffeeTrial(
                round_label="Spring 2025",
                signups=38,
                matching_rules=("different department", "clinical with non-clinical",
                                "across sites where possible"),
                pairs=(CoffeePair(a="person-sofia-costa", b="person-sam-patel", met=True),
                       CoffeePair(a="person-amara-okafor", b="person-david-ng", met=True),
                       CoffeePair(a="person-chloe-bennett", b="person-karen-doyle")),
                feedback_summary="31 of 38 met; most would sign up again.",
            ),
            held_on=_day("2025-03-03"),
            held_until=_day("2025-04-30"),
            mode=Mode.HYBRID,
            facilitator="person-gareth-lloyd",
            participant_count=38,
            purpose="Connect people who would not otherwise meet.",
            lessons=("lesson-coffee-trial-cross-site-pairs",),
        ),
        CaptureRecord(
            id="cap-cop-falls-march-2025",
            **_base("2025-03-13", by="person-helen-marsh"),
            status=Status.PUBLISHED,
            title="Falls prevention CoP, March 2025: bed sensors and post-fall huddles",
            department="Elderly Care",
            subjects=(FALLS,),
            details=CommunityOfPracticeMeeting(
                community="Falls prevention community of practice",
                agenda=("Monthly falls data", "Bed sensor trial on Ward 6",
                        "Post-fall huddle card"),
                artefacts=("Post-fall huddle card v2",),
            ),
            held_on=_day("2025-03-13"),
            mode=Mode.VIRTUAL,
            facilitator="person-helen-marsh",
            participants=(_p("person-sofia-costa"), _p("person-amara-okafor"),
                          _p("person-ruth-adebayo"), _p("person-mark-hughes")),
            purpose="Share falls data and practice across both hospitals and Eastfield.",
            context_refs=("inn-cohort-bay-nursing",),
            insights=("Bed sensors cause alarm fatigue without a response plan",),
        ),
        CaptureRecord(
            id="cap-action-learning-ward-managers",
            **_base("2025-01-22", by="person-priya-raman"),
            title="Action learning set: new ward managers, session 3",
            details=ActionLearningSet(
                set_name="New ward managers 2024-25",
                session_number=3,
                presenters=(Presenter(person="person-mark-hughes",
                                      issue="Sickness absence on nights"),
                            Presenter(issue="Rota requests and fairness")),
                report_backs=("Met HR about return-to-work interviews",),
            ),
            held_on=_day("2025-01-22"),
            facilitator="person-priya-raman",
            participants=(_p("person-mark-hughes"), _role("Ward manager, Ward 12"),
                          _role("Ward manager, Riverside Ward 2")),
            purpose="Support new ward managers through questioning, not advice.",
            subjects=(LEADERSHIP,),
        ),
        CaptureRecord(
            id="cap-fishbowl-discharge",
            **_base("2024-07-04"),
            status=Status.PUBLISHED,
            title="Fishbowl: what does a good discharge look like?",
            department="Patient Flow",
            subjects=(DISCHARGE,),
            details=Fishbowl(
                prompt="Walk us through a discharge that went wrong, and why.",
                inner_circle=("person-rachel-burns", "person-li-wei", "person-mark-hughes",
                              "person-grace-adeyemi"),
                outer_questions=("Who decides the expected discharge date?",
                                 "Why are TTOs written on the morning of discharge?"),
            ),
            held_on=_day("2024-07-04"),
            facilitator="person-priya-raman",
            participant_count=30,
            purpose="Let the wider team hear how discharge feels from each profession.",
            context_refs=("inn-pharmacy-discharge-medicines",),
            lessons=("lesson-ttos-prescribed-day-before",),
        ),
        CaptureRecord(
            id="cap-harvest-tissue-viability",
            **_base("2025-03-20", "2025-04-10"),
            status=Status.PUBLISHED,
            title="Knowledge harvest: tissue viability before Olivia Grant retires",
            department="Tissue Viability",
            subjects=(PRESSURE_ULCER,),
            km_goals=(KmGoal.BUILD_KNOW_HOW,),
            details=KnowledgeHarvest(
                harvestee="person-olivia-grant",
                reason=HarvestReason.RETIRING,
                successor="person-ben-carter",
                line_manager="person-helen-marsh",
                knowledge_areas=(
                    KnowledgeArea(area="Dressing formulary and supplier codes",
                                  priority=Priority.HIGH, audience="Ben Carter, ward link nurses",
                                  transfer_method="Shadowing and a written code list",
                                  status=ActionStatus.DONE),
                    KnowledgeArea(area="Pressure-relieving mattress contract",
                                  priority=Priority.MEDIUM, audience="Procurement",
                                  transfer_method="Handover meeting"),
                ),
                key_contacts=("Procurement category lead", "Community tissue viability team"),
                work_in_hand=("Audit of heel offloading boots, half complete",),
                documents=("Tissue viability handbook on the shared drive",),
                interview_summary="Most of the unwritten knowledge is in supplier codes and "
                                  "who to call when mattresses run short.",
            ),
            held_on=_day("2025-03-20"),
            held_until=_day("2025-04-10"),
            facilitator="person-priya-raman",
            participants=(_p("person-olivia-grant"), _p("person-ben-carter"),
                          _p("person-helen-marsh")),
            purpose="Keep the tissue viability know-how when Olivia retires in April.",
            context_refs=("inn-skin-bundle",),
            lessons=("lesson-tv-formulary-ordering",),
            recording_consent=True,
            attachments=(Attachment(title="Harvest interview recording", kind="recording",
                                    url="https://intranet.nhs.example/lks/harvests/tv.mp4"),),
            consents=(Consent(person="person-olivia-grant", scope=ConsentScope.RECORDING,
                              given_on=_day("2025-03-20")),),
        ),
        CaptureRecord(
            id="cap-elicitation-tv-formulary",
            **_base("2025-03-27"),
            status=Status.PUBLISHED,
            title="Elicitation interview: the dressing formulary",
            department="Tissue Viability",
            subjects=(PRESSURE_ULCER,),
            details=ElicitationInterview(
                interviewee="person-olivia-grant",
                knowledge_area="Dressing formulary and ordering",
                questions_answers=(
                    QuestionAnswer(question="What do you know that nobody else does?",
                                   answer="Which supplier code matches each formulary dressing."),
                    QuestionAnswer(question="What will colleagues notice when you have gone?",
                                   answer="Wards ringing about dressings that 'don't exist'."),
                ),
            ),
            held_on=_day("2025-03-27"),
            facilitator="person-ben-carter",
            purpose="Draw out the formulary knowledge for Ben Carter.",
            follows_up="cap-harvest-tissue-viability",
            lessons=("lesson-tv-formulary-ordering",),
        ),
        CaptureRecord(
            id="cap-exit-interview-ed-nurse",
            **_base("2024-12-18", by="person-karen-doyle"),
            title="Exit interview: staff nurse, Emergency Department",
            details=ExitInterview(
                leaver="person-joe-fenwick",
                leaving_on=_day("2024-12-31"),
                reasons_for_leaving=("Relocating",),
                what_worked=("Supportive team", "Sepsis training"),
                what_to_improve=("Parking for night shifts",),
                summary="Leaving to relocate; would return.",
            ),
            held_on=_day("2024-12-18"),
            facilitator="person-karen-doyle",
            purpose="Hear about the leaver's experience of working here, for HR.",
        ),
        CaptureRecord(
            id="cap-aar-evidence-huddles",
            **_base("2024-06-12", by="person-amara-okafor"),
            status=Status.PUBLISHED,
            title="AAR: the first ten evidence huddles",
            department="Library and Knowledge Service",
            subjects=(EBP,),
            qio_outcomes=(2,),
            details=AfterActionReview(
                intended="One evidence briefing a week at the Ward 7 safety huddle.",
                actual="Ten briefings in ten weeks; two cut short by bed meetings.",
                reasons_for_difference="Huddles overran when bed pressures were high.",
                sustain=("One-page summary left on the ward",),
                improve=("Collect questions earlier",),
            ),
            held_on=_day("2024-06-12"),
            facilitator="person-priya-raman",
            participants=(_p("person-amara-okafor"), _p("person-mark-hughes"),
                          _p("person-chloe-bennett")),
            purpose="Learn from the pilot before offering huddles to other wards.",
            context_refs=("inn-evidence-huddles",),
            lessons=("lesson-huddle-questions-in-advance", "lesson-huddle-ten-minutes-max"),
        ),
        CaptureRecord(
            id="cap-retrospect-skin-bundle",
            **_base("2024-07-10", by="person-olivia-grant"),
            status=Status.PUBLISHED,
            title="Retrospect: pressure ulcer skin bundle",
            department="Tissue Viability",
            subjects=(PRESSURE_ULCER,),
            details=Retrospect(
                objectives=("Halve hospital-acquired category 2+ ulcers",),
                achieved=("From 14 to 6 a month",),
                successes=(ReasonedPoint(point="Photo documentation",
                                         why="Ended category disputes"),),
                recommendations=("Photograph every category 2+ ulcer",),
                satisfaction_score=9,
            ),
            held_on=_day("2024-07-10"),
            facilitator="person-tom-ashworth",
            participants=(_p("person-olivia-grant"), _p("person-ben-carter")),
            purpose="Record what made the bundle work before the project team disbands.",
            context_refs=("inn-skin-bundle",),
            lessons=("lesson-skin-bundle-photos",),
        ),
        CaptureRecord(
            id="cap-aar-norovirus",
            **_base("2024-01-31"),
            status=Status.PUBLISHED,
            title="AAR: norovirus outbreak on Ward 5, January 2024",
            department="Infection Prevention and Control",
            subjects=(NOROVIRUS,),
            details=AfterActionReview(
                intended="Contain the outbreak to the first bay.",
                actual="Two bays closed over nine days; 11 patients and 6 staff affected.",
                reasons_for_difference="The first bay was closed only after a third case.",
                sustain=("Visitor signage",),
                improve=("Bay closure threshold",),
                next_time=("Close the bay at two cases",),
            ),
            held_on=_day("2024-01-31"),
            facilitator="person-priya-raman",
            participants=(_role("Infection prevention nurse",
                                StaffGroup.NURSING_MIDWIFERY_REGISTERED),
                          _p("person-helen-marsh"), _role("Ward 5 sister")),
            purpose="Learn from the outbreak response.",
            lessons=("lesson-norovirus-early-bay-closure", "lesson-norovirus-visitor-signage"),
        ),
        CaptureRecord(
            id="cap-aar-poct-lactate",
            **_base("2025-01-29", by="person-david-ng"),
            status=Status.PUBLISHED,
            title="AAR: point-of-care lactate pilot paused",
            department="Pathology",
            subjects=(POCT,),
            details=AfterActionReview(
                intended="Lactate results in the record within 5 minutes of the sample.",
                actual="Results took 5 minutes but had to be typed in by hand; the pilot "
                       "was paused after two transcription errors.",
                reasons_for_difference="Device connectivity was not ready at go-live.",
                improve=("Connect devices before starting",),
            ),
            held_on=_day("2025-01-29"),
            facilitator="person-priya-raman",
            participants=(_p("person-david-ng"), _p("person-aisha-khan")),
            purpose="Understand why the pilot was paused and what to change before restarting.",
            context_refs=("inn-poct-lactate",),
            lessons=("lesson-poct-connectivity-first",),
        ),
        CaptureRecord(
            id="cap-peer-assist-virtual-ward",
            **_base("2025-05-14", by="person-priya-raman"),
            status=Status.IN_REVIEW,
            title="Peer Assist: Westmoor's virtual ward team",
            department="Elderly Care",
            subjects=(VIRTUAL_WARD, FRAILTY),
            details=PeerAssist(
                host_team="Frailty virtual ward project team",
                problem_statement="What should we know before opening 20 virtual frailty beds?",
                peers=(Peer(person="person-tunde-bakare", organisation=_WESTMOOR,
                            brought="Runs Westmoor's respiratory virtual ward"),),
                options_insights=("Agree referral criteria with the community team",
                                  "Start with 10 beds"),
            ),
            held_on=_day("2025-05-14"),
            mode=Mode.VIRTUAL,
            facilitator="person-priya-raman",
            participants=(_p("person-daniel-osei"), _p("person-grace-adeyemi"),
                          _p("person-tunde-bakare")),
            purpose="Learn from a team that has run a virtual ward before we plan ours.",
            context_refs=("inn-frailty-virtual-ward",),
            prior_lessons=("lesson-train-before-go-live",),
            lessons=("lesson-virtual-ward-referral-criteria",),
        ),
        CaptureRecord(
            id="cap-bar-frailty-virtual-ward",
            **_base("2025-05-28", by="person-priya-raman"),
            title="BAR: opening the frailty virtual ward",
            department="Elderly Care",
            details=BeforeActionReview(
                task="Open 10 virtual frailty beds in July 2025.",
                end_state="Ten patients a week cared for at home who would have been admitted.",
                anticipated_challenges=("Community therapy capacity", "Out-of-hours cover"),
            ),
            held_on=_day("2025-05-28"),
            facilitator="person-priya-raman",
            participants=(_p("person-daniel-osei"), _p("person-grace-adeyemi")),
            purpose="Agree the intent and draw on earlier lessons before opening.",
            context_refs=("inn-frailty-virtual-ward",),
            prior_lessons=("lesson-virtual-ward-referral-criteria",
                           "lesson-agree-fields-with-bed-managers",
                           "lesson-poct-connectivity-first"),
        ),
    ]


# --- stories ----------------------------------------------------------------------------------


def _stories() -> list[Story]:
    return [
        Story(
            id="story-falls-evidence-review",
            **_base("2024-09-10", "2024-09-20", by="person-amara-okafor"),
            status=Status.PUBLISHED,
            visibility=Visibility.PUBLIC,
            title="31% fewer falls: an evidence review shaped cohort bay nursing",
            summary="A literature search and evidence summary from the clinical librarian "
                    "gave the elderly care team the design for bay nursing.",
            subjects=(FALLS,),
            qio_outcomes=(6,),
            kind=StoryKind.LKS_IMPACT_CASE_STUDY,
            who_asked=Requester(person="person-helen-marsh", role="Matron, Elderly Care",
                                staff_group=StaffGroup.NURSING_MIDWIFERY_REGISTERED,
                                department="Elderly Care"),
            challenge="Falls on the elderly care wards were the trust's most reported "
                      "incident and the matron needed to know what works in four-bed bays.",
            what_we_did="A literature search (CINAHL, MEDLINE, NICE), an evidence summary of "
                        "14 studies and a contact at a trust that had tried bay nursing.",
            how_it_helped="The summary picked out cohorting with a handover rule; the team "
                          "built its pilot on it and falls fell by 31%.",
            services_used=(ServiceUsed.LITERATURE_SEARCH, ServiceUsed.EVIDENCE_SUMMARY,
                           ServiceUsed.KM_FACILITATION),
            impact_categories=(ImpactCategory.CHANGED_PRACTICE,
                               ImpactCategory.PATIENT_SAFETY_RISK_REDUCED,
                               ImpactCategory.IMPROVED_PATIENT_CARE),
            time_saved_hours=30,
            cost_saved_gbp=Decimal("38500.00"),
            patients_affected=1400,
            quote=Quote(text="The library found in a week what would have taken us months, "
                             "and put us in touch with the people who had done it.",
                        person="person-helen-marsh", role="Matron, Elderly Care",
                        organisation=ORGANISATION),
            consents=(_quote_consent("person-helen-marsh", "2024-09-12"),),
            working_with=("person-amara-okafor",),
            drivers=("Trust patient safety strategy: falls", "NICE QS86"),
            about=("inn-cohort-bay-nursing", "cap-peer-assist-falls"),
        ),
        Story(
            id="story-sepsis-screening-search",
            **_base("2024-02-20", by="person-amara-okafor"),
            status=Status.PUBLISHED,
            visibility=Visibility.NHS,
            title="Search on sepsis screening tools informed the ED triage prompt",
            subjects=(SEPSIS,),
            qio_outcomes=(6,),
            kind=StoryKind.LKS_IMPACT_CASE_STUDY,
            who_asked=Requester(person="person-james-whitfield", role="Sepsis Nurse Specialist"),
            challenge="Which screening tool should ED triage use for adults?",
            what_we_did="A search and critical appraisal of validation studies of three "
                        "screening tools.",
            how_it_helped="The team chose the tool with the best sensitivity for the "
                          "triage prompt; on-time antibiotics rose from 62% to 88%.",
            services_used=(ServiceUsed.LITERATURE_SEARCH, ServiceUsed.CRITICAL_APPRAISAL),
            impact_categories=(ImpactCategory.INFORMED_DECISION,
                               ImpactCategory.IMPROVED_PATIENT_CARE),
            time_saved_hours=12,
            working_with=("person-amara-okafor",),
            about=("inn-sepsis-screening-ed",),
        ),
        Story(
            id="story-whiteboards-spread",
            **_base("2025-03-05", by="person-fatima-hussain"),
            status=Status.PUBLISHED,
            visibility=Visibility.PUBLIC,
            title="From 90 phone calls a day to 20: whiteboards spread to a second trust",
            subjects=(PATIENT_FLOW,),
            kind=StoryKind.INNOVATION_STORY,
            who_asked=Requester(person="person-nathan-price", role="Head of Patient Flow"),
            challenge="Bed managers could not see who was going home.",
            what_we_did="The digital team built ward screens; the LKS ran the lessons log, "
                        "a BAR before the Riverside rollout and a retrospect afterwards.",
            how_it_helped="Both hospitals live, Westmoor piloting, and the lessons carried "
                          "into the virtual ward project.",
            services_used=(ServiceUsed.KM_FACILITATION,),
            impact_categories=(ImpactCategory.TIME_SAVED, ImpactCategory.SERVICE_DEVELOPMENT),
            time_saved_hours=2100,
            working_with=("person-priya-raman", "person-tom-ashworth"),
            about=("inn-electronic-whiteboards", "cap-retrospect-whiteboards"),
        ),
        Story(
            id="story-discharge-discovery",
            **_base("2024-05-20"),
            status=Status.PUBLISHED,
            title="The Friday discharge that was planned on Tuesday",
            kind=StoryKind.DISCOVERY_STORY,
            who_asked=Requester(role="Discharge coordinator", department="Patient Flow"),
            challenge="Discharges bunch late on Fridays.",
            what_we_did="An Appreciative Inquiry collected stories of discharges that went "
                        "well.",
            how_it_helped="The best story became the design for day-before medicines.",
            services_used=(ServiceUsed.KM_FACILITATION,),
            impact_categories=(ImpactCategory.SERVICE_DEVELOPMENT,),
            about=("cap-appreciative-inquiry-discharge", "inn-pharmacy-discharge-medicines"),
        ),
        Story(
            id="story-poct-lactate-setback",
            **_base("2025-02-03", by="person-david-ng"),
            status=Status.IN_REVIEW,
            title="Why we paused point-of-care lactate, and what we will do differently",
            kind=StoryKind.LEARNING_FROM_SETBACK,
            who_asked=Requester(person="person-david-ng", role="Point-of-Care Testing Manager"),
            challenge="A promising device pilot produced transcription errors.",
            what_we_did="An After Action Review found the cause: devices not connected to "
                        "the record.",
            how_it_helped="The restart plan connects the devices first; the lesson was "
                          "consulted by the virtual ward team.",
            services_used=(ServiceUsed.KM_FACILITATION,),
            impact_categories=(ImpactCategory.PATIENT_SAFETY_RISK_REDUCED,),
            about=("inn-poct-lactate", "cap-aar-poct-lactate",
                   "lesson-poct-connectivity-first"),
        ),
        Story(
            id="story-tissue-viability-harvest",
            **_base("2025-05-02"),
            status=Status.PUBLISHED,
            title="Thirty years of tissue viability know-how kept before retirement",
            kind=StoryKind.KM_SUCCESS_STORY,
            who_asked=Requester(person="person-helen-marsh", role="Matron, Elderly Care"),
            challenge="The tissue viability specialist was retiring with no written handover.",
            what_we_did="A knowledge harvest with an elicitation interview and a knowledge "
                        "prioritisation plan.",
            how_it_helped="Her successor had the formulary codes and contacts on day one.",
            services_used=(ServiceUsed.KM_FACILITATION,),
            impact_categories=(ImpactCategory.PATIENT_SAFETY_RISK_REDUCED,
                               ImpactCategory.TIME_SAVED),
            time_saved_hours=40,
            quote=Quote(text="I started with everything Olivia knew written down.",
                        person="person-ben-carter", role="Tissue Viability Nurse"),
            consents=(_quote_consent("person-ben-carter", "2025-05-02"),),
            working_with=("person-priya-raman",),
            about=("cap-harvest-tissue-viability", "cap-elicitation-tv-formulary"),
        ),
        Story(
            id="story-dysphagia-evidence-summary",
            **_base("2025-01-08", by="person-amara-okafor"),
            status=Status.PUBLISHED,
            visibility=Visibility.NHS,
            title="Evidence summary on texture-modified diets supported bedside mealtime cards",
            subjects=(DYSPHAGIA,),
            kind=StoryKind.LKS_IMPACT_CASE_STUDY,
            who_asked=Requester(role="Speech and language therapist",
                                staff_group=StaffGroup.ALLIED_HEALTH_PROFESSIONALS,
                                department="Therapies"),
            challenge="How do other hospitals get diet instructions to the bedside?",
            what_we_did="An evidence summary of eight studies and two NHS service examples.",
            how_it_helped="Informed the mealtime card pilot now being tested.",
            services_used=(ServiceUsed.EVIDENCE_SUMMARY,),
            impact_categories=(ImpactCategory.INFORMED_DECISION,),
            anonymised=True,
            working_with=("person-amara-okafor",),
            about=("inn-dysphagia-mealtime-cards",),
        ),
        Story(
            id="story-nice-alert-anticoagulants",
            **_base("2024-08-15", by="person-gareth-lloyd"),
            status=Status.PUBLISHED,
            title="Current-awareness alert led to an updated discharge anticoagulant policy",
            kind=StoryKind.LKS_IMPACT_CASE_STUDY,
            who_asked=Requester(person="person-li-wei", role="Lead Pharmacist, Discharge"),
            challenge="Keeping the discharge policy in step with new national guidance.",
            what_we_did="The weekly current-awareness bulletin flagged updated guidance the "
                        "day it was published.",
            how_it_helped="The policy was updated within a month.",
            services_used=(ServiceUsed.CURRENT_AWARENESS,),
            impact_categories=(ImpactCategory.POLICY_OR_GUIDELINE,),
            working_with=("person-gareth-lloyd",),
        ),
        Story(
            id="story-appraisal-training-students",
            **_base("2024-12-05", by="person-gareth-lloyd"),
            status=Status.PUBLISHED,
            title="Critical appraisal sessions for student nurses on placement",
            kind=StoryKind.LKS_IMPACT_CASE_STUDY,
            who_asked=Requester(person="person-chloe-bennett", role="Student nurse",
                                staff_group=StaffGroup.STUDENTS),
            challenge="Students had to appraise a paper for their placement portfolio.",
            what_we_did="Two one-hour appraisal sessions at Riverside.",
            how_it_helped="All 14 students passed the portfolio element.",
            services_used=(ServiceUsed.TRAINING, ServiceUsed.CRITICAL_APPRAISAL),
            impact_categories=(ImpactCategory.EDUCATION_CPD,),
            working_with=("person-gareth-lloyd",),
        ),
        Story(
            id="story-virtual-ward-evidence",
            **_base("2025-05-20", by="person-amara-okafor"),
            title="Evidence synthesis for the frailty virtual ward business case",
            subjects=(FRAILTY, VIRTUAL_WARD),
            kind=StoryKind.LKS_IMPACT_CASE_STUDY,
            who_asked=Requester(person="person-daniel-osei", role="Consultant Geriatrician"),
            challenge="The business case needed evidence on outcomes of frailty virtual wards.",
            what_we_did="A rapid evidence synthesis and a Peer Assist with Westmoor.",
            how_it_helped="Draft: the business case goes to the board in July.",
            services_used=(ServiceUsed.SYNTHESIS, ServiceUsed.KM_FACILITATION),
            impact_categories=(ImpactCategory.INFORMED_DECISION,
                               ImpactCategory.SERVICE_DEVELOPMENT),
            working_with=("person-amara-okafor", "person-priya-raman"),
            about=("inn-frailty-virtual-ward", "cap-peer-assist-virtual-ward"),
        ),
    ]


def sample_records() -> list[Record]:
    """The sample knowledge base: people, innovations, capture records, lessons and stories.

    Every call builds the same records (same ids, same content, same timestamps), in this
    order: people first, so a store that checks references as records arrive finds them.
    """
    return [*_people(), *_innovations(), *_captures(), *_lessons(), *_stories()]

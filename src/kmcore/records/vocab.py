"""Controlled vocabularies, as enums whose values are what the JSON files hold.

Sources are in ``docs/records.md`` (from the NHS Knowledge Mobilisation Framework, ESR, the KfH
impact toolkit and the Quality and Improvement Outcomes Framework).
"""

from __future__ import annotations

import enum

__all__ = [
    "ActionStatus",
    "Attendance",
    "CareSetting",
    "Confidentiality",
    "ConsentBasis",
    "ConsentScope",
    "EmploymentStatus",
    "EvidenceLevel",
    "ExpertiseBasis",
    "ExpertiseLevel",
    "HarvestReason",
    "ImpactCategory",
    "InnovationType",
    "KmGoal",
    "LawfulBasis",
    "LessonPolarity",
    "LessonStatus",
    "Mode",
    "OutcomeDomain",
    "Phase",
    "Priority",
    "ProvenanceSource",
    "ServiceUsed",
    "StaffGroup",
    "Stage",
    "Status",
    "StoryKind",
    "TeamRole",
    "Technique",
    "Visibility",
    "WillingTo",
]


class _Vocab(enum.StrEnum):
    """Enum whose members compare equal to their text value ("draft" == Status.DRAFT).

    ``StrEnum`` already prints as the bare value; ``__str__`` is spelled out so that stays
    true whatever the Python version does to enum formatting.
    """

    def __str__(self) -> str:
        return str(self.value)

    @property
    def label(self) -> str:
        """A human label: ``after_action_review`` -> ``After action review``."""
        return str(self.value).replace("_", " ").capitalize()


class Status(_Vocab):
    """Where a record is in its editorial life."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    IN_REVIEW = "in_review"
    PUBLISHED = "published"
    ARCHIVED = "archived"
    WITHDRAWN = "withdrawn"


class Visibility(_Vocab):
    """Who may see a record, narrowest first. Targets publish only up to their own audience."""

    PRIVATE = "private"
    ORGANISATION = "organisation"
    NHS = "nhs"
    PUBLIC = "public"

    @property
    def rank(self) -> int:
        return list(Visibility).index(self)


class Phase(_Vocab):
    """When in the work a knowledge-capture technique is used (the framework's grouping)."""

    BEFORE = "before"
    DURING = "during"
    AFTER = "after"


class Technique(_Vocab):
    """Knowledge-capture techniques: the NHS Knowledge Mobilisation toolkit list and siblings."""

    SELF_ASSESSMENT = "self_assessment"
    PEER_ASSIST = "peer_assist"
    BEFORE_ACTION_REVIEW = "before_action_review"
    APPRECIATIVE_INQUIRY = "appreciative_inquiry"
    AFTER_ACTION_REVIEW = "after_action_review"
    KNOWLEDGE_CAFE = "knowledge_cafe"
    RANDOMISED_COFFEE_TRIAL = "randomised_coffee_trial"
    COMMUNITY_OF_PRACTICE_MEETING = "community_of_practice_meeting"
    ACTION_LEARNING_SET = "action_learning_set"
    FISHBOWL = "fishbowl"
    KNOWLEDGE_HARVEST = "knowledge_harvest"
    ELICITATION_INTERVIEW = "elicitation_interview"
    EXIT_INTERVIEW = "exit_interview"
    RETROSPECT = "retrospect"
    LESSONS_LOG = "lessons_log"

    @property
    def phase(self) -> Phase:
        """The phase the toolkit files this technique under (its default phase)."""
        return _TECHNIQUE_PHASE[self]


_TECHNIQUE_PHASE = {
    Technique.SELF_ASSESSMENT: Phase.BEFORE,
    Technique.PEER_ASSIST: Phase.BEFORE,
    Technique.BEFORE_ACTION_REVIEW: Phase.BEFORE,
    Technique.APPRECIATIVE_INQUIRY: Phase.BEFORE,
    Technique.AFTER_ACTION_REVIEW: Phase.DURING,
    Technique.KNOWLEDGE_CAFE: Phase.DURING,
    Technique.RANDOMISED_COFFEE_TRIAL: Phase.DURING,
    Technique.COMMUNITY_OF_PRACTICE_MEETING: Phase.DURING,
    Technique.ACTION_LEARNING_SET: Phase.DURING,
    Technique.FISHBOWL: Phase.DURING,
    Technique.KNOWLEDGE_HARVEST: Phase.AFTER,
    Technique.ELICITATION_INTERVIEW: Phase.AFTER,
    Technique.EXIT_INTERVIEW: Phase.AFTER,
    Technique.RETROSPECT: Phase.AFTER,
    Technique.LESSONS_LOG: Phase.AFTER,
}


class Mode(_Vocab):
    """How a capture session was held."""

    IN_PERSON = "in_person"
    VIRTUAL = "virtual"
    HYBRID = "hybrid"


class Attendance(_Vocab):
    """Whether a listed participant took part."""

    ATTENDED = "attended"
    APOLOGIES = "apologies"
    INVITED = "invited"


class Confidentiality(_Vocab):
    """How far the content of a capture may travel, independent of who may see the record."""

    OPEN = "open"
    TEAM = "team"
    HR_CONFIDENTIAL = "hr_confidential"


class StaffGroup(_Vocab):
    """ESR (Electronic Staff Record) staff groups."""

    ADDITIONAL_CLINICAL_SERVICES = "additional_clinical_services"
    ADD_PROF_SCIENTIFIC_TECHNICAL = "add_prof_scientific_technical"
    ADMINISTRATIVE_CLERICAL = "administrative_clerical"
    ALLIED_HEALTH_PROFESSIONALS = "allied_health_professionals"
    ESTATES_ANCILLARY = "estates_ancillary"
    HEALTHCARE_SCIENTISTS = "healthcare_scientists"
    MEDICAL_DENTAL = "medical_dental"
    NURSING_MIDWIFERY_REGISTERED = "nursing_midwifery_registered"
    STUDENTS = "students"


class KmGoal(_Vocab):
    """The KM toolkit's three goals for LKS work."""

    APPLY_EVIDENCE = "apply_evidence"
    BUILD_KNOW_HOW = "build_know_how"
    CONTINUE_TO_LEARN = "continue_to_learn"


class ProvenanceSource(_Vocab):
    """How a record came into the knowledge base: typed in, imported, derived or pulled."""

    MANUAL = "manual"
    IMPORT = "import"
    DERIVED = "derived"
    PULLED = "pulled"


class ConsentScope(_Vocab):
    """What a person agreed to: being named, quoted, recorded, or their contact details shown."""

    ATTRIBUTION = "attribution"
    QUOTE = "quote"
    RECORDING = "recording"
    CONTACT_PUBLICATION = "contact_publication"


class ConsentBasis(_Vocab):
    """The UK GDPR lawful basis for holding or showing a person's data."""

    PUBLIC_TASK = "public_task"
    CONSENT = "consent"
    LEGITIMATE_INTERESTS = "legitimate_interests"


LawfulBasis = ConsentBasis


class Stage(_Vocab):
    """An innovation's lifecycle, in order; ``paused`` and ``stopped`` sit outside the order."""

    IDEA = "idea"
    PLANNING = "planning"
    TESTING = "testing"
    IMPLEMENTED = "implemented"
    EVALUATED = "evaluated"
    EMBEDDED = "embedded"
    SPREADING = "spreading"
    PAUSED = "paused"
    STOPPED = "stopped"

    @property
    def order(self) -> int | None:
        """Position in the lifecycle (0 = idea), or None for paused/stopped."""
        return _STAGE_ORDER.get(self)  # looked up: listing an enum costs more (D342)


#: Each stage's position in the lifecycle (the first seven); paused and stopped have none.
_STAGE_ORDER: dict[Stage, int] = {stage: n for n, stage in enumerate(list(Stage)[:7])}


class CareSetting(_Vocab):
    """The kind of service an innovation runs in, or a person works in."""

    ACUTE = "acute"
    COMMUNITY = "community"
    MENTAL_HEALTH = "mental_health"
    PRIMARY_CARE = "primary_care"
    AMBULANCE = "ambulance"
    CORPORATE = "corporate"


class InnovationType(_Vocab):
    """What kind of change an innovation is (from the Hernando and NICE shared-learning forms)."""

    CLINICAL_PRACTICE = "clinical_practice"
    CARE_PATHWAY = "care_pathway"
    SERVICE_MODEL = "service_model"
    DIGITAL = "digital"
    DEVICE_PRODUCT = "device_product"
    PROCESS_ADMIN = "process_admin"
    EDUCATION_TRAINING = "education_training"
    LKS_SERVICE = "lks_service"
    OTHER = "other"


class TeamRole(_Vocab):
    """A team member's part in an innovation; the innovator is not always the spreader."""

    CO_LEAD = "co_lead"
    TEAM_MEMBER = "team_member"
    CLINICAL_CHAMPION = "clinical_champion"
    LKS_SUPPORT = "lks_support"
    SPREAD_AGENT = "spread_agent"
    PATIENT_PARTNER = "patient_partner"


class OutcomeDomain(_Vocab):
    """What an outcome measures."""

    PATIENT_SAFETY = "patient_safety"
    CLINICAL_EFFECTIVENESS = "clinical_effectiveness"
    PATIENT_EXPERIENCE = "patient_experience"
    EFFICIENCY_COST = "efficiency_cost"
    STAFF_EXPERIENCE = "staff_experience"
    LEARNING = "learning"
    EQUITY = "equity"


class EvidenceLevel(_Vocab):
    """How strong the evaluation behind an innovation is, weakest first."""

    ANECDOTAL = "anecdotal"
    AUDIT = "audit"
    BEFORE_AFTER = "before_after"
    CONTROLLED = "controlled"
    PUBLISHED = "published"


class StoryKind(_Vocab):
    """What kind of story: an LKS impact case study, a KM success, an innovation, a setback..."""

    LKS_IMPACT_CASE_STUDY = "lks_impact_case_study"
    KM_SUCCESS_STORY = "km_success_story"
    INNOVATION_STORY = "innovation_story"
    LEARNING_FROM_SETBACK = "learning_from_setback"
    DISCOVERY_STORY = "discovery_story"


class ServiceUsed(_Vocab):
    """LKS services a story credits (the Brettle list plus current awareness, training...)."""

    LITERATURE_SEARCH = "literature_search"
    EVIDENCE_SUMMARY = "evidence_summary"
    CRITICAL_APPRAISAL = "critical_appraisal"
    SYNTHESIS = "synthesis"
    CURRENT_AWARENESS = "current_awareness"
    TRAINING = "training"
    DOCUMENT_SUPPLY = "document_supply"
    KM_FACILITATION = "km_facilitation"
    OTHER = "other"


class ImpactCategory(_Vocab):
    """The difference a story reports (the KfH impact toolkit's categories)."""

    INFORMED_DECISION = "informed_decision"
    CHANGED_PRACTICE = "changed_practice"
    IMPROVED_PATIENT_CARE = "improved_patient_care"
    PATIENT_SAFETY_RISK_REDUCED = "patient_safety_risk_reduced"
    TIME_SAVED = "time_saved"
    COST_SAVED = "cost_saved"
    POLICY_OR_GUIDELINE = "policy_or_guideline"
    EDUCATION_CPD = "education_cpd"
    RESEARCH_SUPPORT = "research_support"
    SERVICE_DEVELOPMENT = "service_development"


class LessonPolarity(_Vocab):
    """Whether a lesson says to keep doing something or to change it."""

    SUSTAIN = "sustain"
    IMPROVE = "improve"


class LessonStatus(_Vocab):
    """How far a lesson has been acted on (after the PRINCE2 lessons log)."""

    IDENTIFIED = "identified"
    AGREED = "agreed"
    ACTIONED = "actioned"
    EMBEDDED = "embedded"
    CLOSED = "closed"


class Priority(_Vocab):
    """How urgent something is to pass on (a knowledge harvest's knowledge areas)."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class ActionStatus(_Vocab):
    """Where an agreed action, or a knowledge-transfer task, has got to."""

    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class EmploymentStatus(_Vocab):
    """Whether a person still works for the organisation."""

    CURRENT = "current"
    LEFT = "left"
    UNKNOWN = "unknown"


class ExpertiseLevel(_Vocab):
    """How deep a person's expertise in a topic is, as claimed."""

    AWARE = "aware"
    PRACTITIONER = "practitioner"
    EXPERT = "expert"


class ExpertiseBasis(_Vocab):
    """Where an expertise claim comes from; inferred claims are never shown without evidence."""

    SELF_DECLARED = "self_declared"
    ENDORSED = "endorsed"
    INFERRED = "inferred"


class WillingTo(_Vocab):
    """What a person with a profile has said they are happy to do."""

    BE_CONTACTED = "be_contacted"
    PEER_ASSIST = "peer_assist"
    MENTOR = "mentor"
    SPEAK = "speak"
    COFFEE_TRIAL = "coffee_trial"
    REVIEW = "review"


class HarvestReason(_Vocab):
    """Why a person's knowledge is being harvested."""

    LEAVING = "leaving"
    ROLE_CHANGE = "role_change"
    RETIRING = "retiring"
    KEY_EXPERT = "key_expert"

"""The words trusts type into choice columns, and how each is matched to kmcore's vocabulary.

An innovations log kept by several people over years says "PDSA cycle 2", "Pilot on ward 7",
"On hold", "Finished & evaluated" or "BAU" where kmcore has ``testing``, ``paused``,
``evaluated`` and ``embedded``. :class:`ValueMatcher` decides, for each distinct word in a
choice column, which of kmcore's values it means, and says how it decided:

1. ``told``: a ``--map-value FIELD:"their word"=ours`` or the saved mapping file;
2. ``kmcore's word``: the value itself or its words, in any case or punctuation;
3. ``librarians' word``: a phrase in :data:`VALUE_WORDS`, the table of words trusts use;
4. ``contains``: the cell contains one of those phrases as whole words ("pilot on ward 7"
   contains "pilot"); the longest phrase wins and two phrases meaning different values make
   it unknown rather than a guess; a stage typed as a sentence is ``read`` instead, clause by
   clause, for the state it names last (:mod:`kmcore.io.status_text`);
5. ``similar spelling``: a close misspelling of a value or phrase ("Implemted").

A word matched by none is *unknown*: the preview lists it once with how many rows hold it,
and the librarian maps it with ``--map-value`` (or the rows are left out, named in the report).
"""

from __future__ import annotations

import difflib
import enum
import functools
import re
from collections.abc import Mapping

import attrs

from kmcore.io.status_text import read_status

__all__ = ["VALUE_WORDS", "ValueChoice", "ValueMatcher", "normalise_value"]

#: Words trusts use for each choice, by the vocabulary's class name. Lower case; compared
#: after punctuation is dropped and runs of spaces are closed ("On-hold" = "on hold").
VALUE_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "Stage": {
        "idea": ("idea", "new idea", "suggestion", "suggested", "proposal", "proposed",
                 # a Planner bucket or a board's column of them
                 "ideas", "suggestions", "ideas suggestions", "ideas and suggestions",
                 "new ideas", "idea suggestions", "ideas backlog",
                 "concept", "submitted", "new", "not started", "awaiting review",
                 "under consideration", "to be considered", "initial idea", "ideas stage",
                 "early idea", "pitch", "expression of interest", "received", "logged",
                 "idea only", "just an idea", "to discuss", "to be discussed",
                 "for discussion", "exploring", "wish list", "thinking about",
                 "awaiting panel", "not approved yet", "not yet approved", "not yet agreed",
                 "not agreed yet", "not yet funded", "not funded yet", "under review",
                 "panel review", "early discussions",
                 "initial discussions", "in discussion", "discussions", "discussion stage",
                 # put to someone who has not yet said yes ("with mgr", "raised at team mtg")
                 "with mgr", "with manager", "with line manager", "with my manager",
                 "raised at", "raised with", "raised at team meeting", "raised at team mtg"),
        "planning": ("planning", "in planning", "plan", "scoping", "scoped", "design",
                     "designing", "in development", "development", "developing",
                     "business case", "approved", "approval", "agreed", "preparing",
                     "set up", "setting up", "not yet started", "project initiation",
                     "initiation", "feasibility", "baseline", "baseline data",
                     "gathering data", "awaiting funding", "funded", "planned",
                     "being developed", "under development", "awaiting start",
                     "awaiting sign off", "awaiting approval", "business case submitted",
                     # the same wait written in two words (D1203): not a pause of work begun
                     "waiting for approval", "waiting for sign off", "waiting on approval",
                     "waiting on sign off", "waiting for funding", "waiting on funding",
                     # agreed, and waiting on the money ("Awaiting capital panel")
                     "awaiting capital panel", "awaiting panel", "awaiting capital",
                     "awaiting funding panel", "awaiting capital bid",
                     "ready to launch", "early stages", "pre pilot", "preparation",
                     # getting what it needs: kit, money, approval, people
                     "ordered", "on order", "kit ordered", "awaiting delivery", "quotes",
                     "getting quotes", "costing", "being costed", "needs funding",
                     "need funding", "seeking funding", "funding bid", "bid", "bid submitted",
                     "applying for funding", "funding application", "grant application",
                     "in draft", "draft", "drafted", "drafting", "procurement", "tender",
                     "out to tender", "recruiting", "going live", "to go live",
                     "due to go live", "due to start", "due to launch", "go live planned",
                     "starting soon", "mobilising", "mobilisation", "awaiting ethics",
                     "ethics approval", "writing protocol", "protocol written", "ordering",
                     "being ordered", "delivery due", "awaiting ig", "ig sign off",
                     "awaiting ig sign off", "ig approval", "dpia", "awaiting dpia",
                     "funding secured", "funding agreed", "funding approved",
                     "baseline data collection", "collecting baseline", "baseline collection",
                     "collecting baseline data",
                     # a grant given and the work being booked or made ready
                     "awarded", "grant awarded", "builders booked", "booked",
                     "being filmed", "filming", "being made", "being written",
                     # a system or kit being configured before anyone tries it (a board's
                     # "In build" list): building comes before any pilot (D1371)
                     "build", "in build", "being built", "build phase", "configuring",
                     "being configured", "in configuration",
                     # a paper going to a committee asks for its approval (D1371; weak:
                     # "Evaluated - paper to the BDJ" is a paper written up)
                     "paper to", "paper going to", "paper to go to"),
        "testing": ("testing", "pilot", "piloting", "piloted", "in pilot", "pilot phase",
                    "pilot stage", "trial", "trialling", "trialing", "on trial", "test",
                    "test of change", "tests of change", "pdsa", "pdsa cycle", "pdsa cycles",
                    "cycle", "pdca", "small test", "proof of concept", "poc", "prototype",
                    "prototyping", "evaluation underway", "in progress", "ongoing",
                    "underway", "under way", "active", "live pilot", "started",
                    "in test", "testing phase", "wip", "work in progress", "trialled",
                    "trialed", "tested", "being tested", "being trialled", "being piloted",
                    "in trial", "soft launch", "beta", "test site", "trial period",
                    "trial run", "early testing", "trial phase", "pilot site",
                    "collecting data", "data collection", "restarted", "back on track"),
        "implemented": ("implemented", "implementation", "live", "gone live", "went live",
                        "go live", "in use", "in place", "rolled out", "launched",
                        "complete", "completed", "done", "delivered", "introduced",
                        "adopted", "in practice", "up and running",
                        "operational", "finished", "fully implemented", "rolling out",
                        "rollout", "roll out", "roll out phase", "being rolled out",
                        "being implemented", "installed", "in operation", "now in use",
                        "now live", "in service", "deployed", "running",
                        "available", "now available", "in situ", "purchased", "bought",
                        "objectives met", "aims met", "aims achieved", "successfully completed",
                        "completed successfully", "project complete", "launch event",
                        "launched", "awaiting evaluation", "evaluation due",
                        "evaluation planned", "pending evaluation", "evaluation to follow",
                        "to be evaluated", "not yet evaluated"),
        "evaluated": ("evaluated", "evaluation complete", "evaluation completed",
                      "evaluation done", "finished and evaluated", "completed and evaluated",
                      "complete and evaluated", "reviewed", "outcomes measured",
                      "impact measured", "audited", "post implementation review",
                      "written up", "evaluation", "evaluation report", "evaluation submitted",
                      "evaluation published", "final report", "outcomes reported",
                      "results published", "published", "audit complete", "audit completed",
                      "audit showed", "re audit", "re audited", "findings reported",
                      "results presented", "presented results", "results reported",
                      "outcomes presented", "results", "benefits realised",
                      "benefits realized", "benefits achieved", "benefits delivered",
                      "report done", "evaluation report done", "report written",
                      # the people it was for asked what difference it made (D1371)
                      "survey done", "survey complete", "survey completed",
                      "feedback survey done", "evaluation survey done"),
        "embedded": ("embedded", "business as usual", "bau", "sustained", "sustaining",
                     "mainstreamed", "standard practice", "normal practice", "routine",
                     "routine practice", "part of practice", "sustainability",
                     "embedded in practice",
                     "standard work", "core service", "permanent", "now standard",
                     "standard care", "standard of care", "usual care", "part of routine",
                     "routine care", "part of sop", "in the sop", "part of the sop",
                     "in sop", "into the sop", "added to the sop", "written into policy",
                     "in policy", "mainstream", "recurrent funding", "recurrently funded",
                     "substantively funded", "permanent funding", "permanently funded",
                     "core funded", "core funding", "now funded", "built into",
                     "now the standard", "the standard pathway", "standard pathway", "the norm",
                     "now the norm", "how we work now", "how we work", "sustain",
                     "sustain phase", "sustainability phase", "handed over",
                     "handed over to operations",
                     # across the whole of its own trust: part of how it works now
                     "in use across trust", "in use across the trust", "across the trust",
                     "trust wide", "trustwide", "used across the trust", "whole trust",
                     # a service's standing offer: "DONE - now part of core offer"
                     "core offer", "part of core offer", "part of the core offer",
                     "core business", "part of core business",
                     # "running monthly - standard now", "part of the normal timetable now"
                     "standard now", "part of the normal", "part of normal"),
        "spreading": ("spreading", "spread", "scaling", "scaling up", "scale up",
                      "spread and adoption", "taken up elsewhere", "adopted elsewhere",
                      "shared", "shared elsewhere", "shared with other trusts",
                      "rolled out to other trusts", "other trusts", "regional rollout",
                      "national rollout", "replicated", "being adopted", "adoption",
                      "rolled out to", "rolled out to other wards",
                      "rolled out to other departments", "rolled out across", "adopted by",
                      "taken up by", "spread to", "shared with", "wider rollout",
                      # another place taking it up: "Marsh adopting from Jan", "Wyre Bank
                      # now copying it"
                      "adopting from", "adopting it", "now adopting", "also adopting",
                      "are adopting", "is adopting", "copying it", "now copying",
                      "also copying", "are copying", "is copying", "copied it", "copied by",
                      "have copied", "has copied", "taking it up", "taken it up",
                      "wider roll out", "adopted regionally", "adopted nationally",
                      "regional", "regionally", "nationally",
                      # more places than it began in: "now on Rowan + Juniper too"
                      "now on", "now in", "+ now", "and now", "now also", "also now",
                      "also on", "also in", "as well", "extended to", "extending to",
                      "expanded to", "expanding to", "extended across", "other wards",
                      "other sites", "other teams", "other areas", "other units",
                      "other hospitals", "other services", "other localities",
                      "further wards", "further sites", "additional sites",
                      "additional wards", "more wards", "more sites", "more teams",
                      "second site", "being spread", "spread across", "rolling out to",
                      "roll out to", "taken up", "picked up by", "adopted across",
                      "copied by", "replicated in", "neighbouring trusts",
                      "across the region", "across the ics", "ics wide", "system wide",
                      # taken up by the rest of its own trust from where it began
                      "rolled out trust wide", "rolled out trustwide",
                      "rolled out across the trust", "now being used", "now being used by",
                      "now used by", "now also used", "now used on", "being used by other",
                      "used by other", "national roll out", "regional roll out",
                      "rolling out across", "rolling out to other", "now rolling out"),
        "paused": ("paused", "on hold", "hold", "parked", "deferred", "postponed",
                   "suspended", "waiting", "awaiting", "stalled", "dormant", "inactive",
                   "delayed", "blocked", "not progressing", "on ice", "shelved", "on pause",
                   "put on hold", "waiting for", "back burner", "on the back burner",
                   "stood down", "temporarily stopped", "temporarily suspended",
                   "no progress"),
        "stopped": ("stopped", "won t do", "wont do", "will not do", "not doing",
                    "abandoned", "cancelled", "canceled", "closed", "withdrawn",
                    "discontinued", "not progressed", "not taken forward", "rejected",
                    "declined", "ended", "terminated", "closed not progressed",
                    "did not proceed", "not proceeding", "no longer running", "ceased",
                    "dropped", "archived", "unsuccessful", "failed", "not approved",
                    "not funded", "not supported", "not agreed", "turned down", "no funding",
                    "funding refused", "funding declined", "replaced by", "superseded",
                    "scrapped", "decommissioned", "not continued", "not sustained",
                    "did not work", "didn t work", "no longer", "closed down", "merged with",
                    "merged into", "absorbed into", "superseded by",
                    # a Planner bucket or a plain word for it
                    "binned", "in the bin", "didn t continue", "did not continue",
                    "not carried on", "not taken fwd", "not taken further",
                    "not going ahead"),
    },
    "InnovationType": {
        "clinical_practice": ("clinical", "clinical practice", "clinical care", "practice",
                              "treatment", "clinical improvement", "patient care"),
        "care_pathway": ("pathway", "care pathway", "clinical pathway", "patient pathway",
                         "referral pathway"),
        "service_model": ("service", "service model", "service redesign", "new service",
                          "service improvement", "workforce", "new role", "model of care"),
        "digital": ("digital", "technology", "tech", "it", "software", "app", "data",
                    "digital health", "ehr", "electronic", "online", "virtual", "ai"),
        "device_product": ("device", "product", "equipment", "medical device", "kit"),
        "process_admin": ("process", "admin", "administrative", "administration",
                          "process improvement", "efficiency", "quality improvement", "qi",
                          "operational", "paperwork", "documentation", "procurement"),
        "education_training": ("education", "training", "teaching", "learning",
                               "education and training", "simulation", "e learning"),
        "lks_service": ("library", "lks", "knowledge", "library service",
                        "knowledge management", "km"),
        "other": ("other", "misc", "miscellaneous", "general"),
    },
    "CareSetting": {
        "acute": ("acute", "hospital", "inpatient", "secondary care", "acute hospital",
                  "ward", "ed", "a and e", "emergency department", "theatres", "outpatient",
                  "outpatients", "critical care", "icu", "itu"),
        "community": ("community", "community services", "district nursing", "home",
                      "community health", "care home", "care homes"),
        "mental_health": ("mental health", "mh", "psychiatry", "psychiatric", "camhs",
                          "learning disabilities"),
        "primary_care": ("primary care", "gp", "general practice", "pharmacy"),
        "ambulance": ("ambulance", "paramedic", "999", "pre hospital", "111"),
        "corporate": ("corporate", "non clinical", "back office", "trust wide", "trustwide",
                      "estates", "finance", "hr", "it", "library"),
    },
    "StaffGroup": {
        "additional_clinical_services": ("hca", "healthcare assistant", "health care assistant",
                                         "support worker", "clinical support",
                                         "nursing associate", "assistant practitioner"),
        "add_prof_scientific_technical": ("pharmacist", "pharmacy", "psychologist",
                                          "scientific", "technical", "pharmacy technician"),
        "administrative_clerical": ("admin", "administrative", "clerical", "admin and clerical",
                                    "a and c", "manager", "management", "corporate",
                                    "librarian", "library", "secretary", "pa"),
        "allied_health_professionals": ("ahp", "ahps", "allied health", "physio",
                                        "physiotherapist", "physiotherapy", "ot",
                                        "occupational therapist", "occupational therapy",
                                        "dietitian", "dietician", "speech and language",
                                        "salt", "radiographer", "podiatrist", "paramedic",
                                        "orthoptist"),
        "estates_ancillary": ("estates", "ancillary", "porter", "porters", "facilities",
                              "domestic", "catering"),
        "healthcare_scientists": ("healthcare scientist", "healthcare science", "scientist",
                                  "biomedical scientist", "clinical scientist", "lab",
                                  "laboratory", "physiologist"),
        "medical_dental": ("medical", "doctor", "doctors", "consultant", "registrar",
                           "dentist", "dental", "medic", "medics", "junior doctor",
                           "resident doctor", "gp", "surgeon", "physician", "fy1", "fy2"),
        "nursing_midwifery_registered": ("nurse", "nurses", "nursing", "midwife", "midwives",
                                         "midwifery", "rn", "rgn", "staff nurse", "sister",
                                         "charge nurse", "matron", "ward manager",
                                         "nurse specialist", "cns", "ans"),
        "students": ("student", "students", "trainee", "apprentice"),
    },
    "WillingTo": {
        "be_contacted": ("be contacted", "contacted", "contact", "contact me",
                         "answer questions", "questions", "advice", "give advice",
                         "be asked", "share knowledge", "share experience", "help", "support",
                         "talk", "chat", "email me", "happy to help", "phone"),
        "peer_assist": ("peer assist", "peer review", "peer support", "join a peer assist",
                        "peer assists", "advise a project", "advise projects", "consult",
                        # hands-on help for others' projects: clinics, improvement events
                        "clinics", "spc clinics", "qi clinics", "improvement clinics",
                        "improvement events", "rapid improvement events", "kaizen events"),
        "mentor": ("mentor", "mentoring", "coach", "coaching", "buddy", "buddying", "supervise",
                   "supervision", "mentor others", "be a mentor", "shadow", "be shadowed",
                   "shadowing", "have students", "take students", "students", "preceptees",
                   "preceptorship",
                   # supporting others in their own practice or learning
                   "reflective practice", "support trainees", "supervise trainees",
                   "trainees", "support peer workers"),
        "speak": ("speak", "speaking", "talks", "give talks", "give a talk", "present",
                  "presenting", "presentations", "teach", "teaching", "training",
                  "run training", "lecture", "deliver training", "run sessions", "webinar",
                  "speak at events", "session", "sessions", "lunchtime session",
                  "teaching session", "do a session", "talk", "talk at", "talk to groups",
                  "workshop", "workshops", "run workshops", "study day", "study days",
                  "refresher", "refreshers", "demo", "demonstration",
                  # a recovery college's courses, delivered with or by the person (not a
                  # bare "facilitate": "facilitate a peer assist" is a peer assist)
                  "co deliver", "co facilitate", "co present", "co produce", "deliver",
                  "taster", "taster session", "taster sessions", "course"),
        "coffee_trial": ("coffee", "coffee trial", "randomised coffee trial", "rct",
                         "meet for coffee", "have a coffee", "informal chat"),
        "review": ("review", "reviewing", "review documents", "review work",
                   "critical friend", "read drafts", "comment on drafts", "proofread",
                   "review proposals"),
    },
    "ExpertiseLevel": {
        "aware": ("aware", "awareness", "basic", "beginner", "some", "some knowledge",
                  "interested", "interest", "novice", "foundation", "low"),
        "practitioner": ("practitioner", "intermediate", "competent", "experienced",
                         "working knowledge", "good", "proficient", "medium", "moderate"),
        "expert": ("expert", "advanced", "specialist", "high", "lead", "extensive",
                   "very experienced", "highly experienced"),
    },
    "Status": {
        "draft": ("draft", "new", "not checked", "unchecked", "to do"),
        "submitted": ("submitted", "sent", "received"),
        "in_review": ("in review", "under review", "reviewing", "being checked"),
        "published": ("published", "live", "public", "approved", "on intranet", "online"),
        "archived": ("archived", "old", "historic", "historical"),
        "withdrawn": ("withdrawn", "removed", "retracted"),
    },
    "LessonPolarity": {
        "sustain": ("sustain", "went well", "positive", "good", "success", "strength",
                    "what went well", "keep", "do again", "yes", "plus", "+"),
        "improve": ("improve", "even better if", "ebi", "negative", "bad", "to improve",
                    "could be better", "what did not go well", "issue", "problem", "no",
                    "minus", "-", "change"),
    },
    "EmploymentStatus": {
        # ESR's assignment statuses and the kinds of contract and leave a staff list
        # names: all still employed here.
        "current": ("current", "in post", "yes", "y", "active", "employed", "staff",
                    "current staff", "active assignment", "acting up", "secondment",
                    "on secondment", "internal secondment", "seconded", "maternity leave",
                    "mat leave", "parental leave", "adoption leave", "long term sick",
                    "sick leave", "career break", "suspend assignment", "suspended",
                    "bank", "bank staff", "fixed term", "permanent", "substantive",
                    "temporary", "locum", "honorary", "honorary contract", "volunteer",
                    "student", "trainee", "agency", "contractor", "flexible retirement",
                    "retire and return", "still in post", "in post yes",
                    # a retiree who came back; shorthand for long-term sick; a starter (D1459)
                    "retired and returned", "retired and rejoined", "retire and rejoin",
                    "lts", "new starter", "starter"),
        "left": ("left", "leaver", "left trust", "no longer here", "no", "n", "former",
                 "ex staff", "retired", "terminate assignment", "terminated", "resigned",
                 # ESR's status while a leaver's termination is processed (D1305)
                 "terminate process", "terminate process assignment",
                 "moved on", "moved to another trust", "no longer in post",
                 "not in post", "left the trust", "left organisation", "ex employee",
                 "former staff", "former employee", "end of contract", "contract ended",
                 "dismissed", "deceased",
                 # a fixed-term contract that ran out (D1459)
                 "fixed term ended", "fixed term finished", "fixed term expired",
                 "contract finished", "contract expired"),
        "unknown": ("unknown", "not known", "tbc", "?"),
    },
    "StoryKind": {
        "lks_impact_case_study": ("impact case study", "case study", "impact", "lks impact",
                                  "impact story", "library impact"),
        "km_success_story": ("success story", "km success", "success"),
        "innovation_story": ("innovation", "innovation story"),
        "learning_from_setback": ("setback", "learning from failure", "failure",
                                  "learning from setback", "what went wrong"),
        "discovery_story": ("discovery", "discovery story", "serendipity"),
    },
}

Method = str  # "told", "kmcore's word", "librarians' word", "contains", "read",
# "similar spelling"

#: Vocabularies whose cells are often sentences ("Trialled on Hazel, now on Rowan too"):
#: read with :func:`kmcore.io.status_text.read_status` rather than by the phrase they contain.
SENTENCES = frozenset({"Stage"})

_WORDS = re.compile(r"[a-z0-9+?]+")


def normalise_value(text: str) -> str:
    """``"On-Hold (since May)"`` -> ``"on hold since may"``; ``"Finished & evaluated"`` ->
    ``"finished and evaluated"``: what cells are compared by."""
    return " ".join(_WORDS.findall(text.lower().replace("&", " and ")))


def _no_numbers(text: str) -> str:
    """``"pdsa cycle 3"`` -> ``"pdsa cycle"``: numbers say which one, not what it is."""
    return " ".join(w for w in text.split() if not w.isdigit())


#: How a code explained by the workbook's key was read (:mod:`kmcore.io.legend`).
LEGEND = "the workbook's key"


@attrs.frozen
class ValueChoice:
    """What one distinct cell value of a choice column became, and how (``value`` "" when
    unknown)."""

    value: str
    method: Method
    detail: str = ""  # the phrase or spelling it was matched by


#: The ways a cell says yes or no, normalised.
_YES_NO = {"yes": ("yes", "y", "true", "ticked"), "no": ("no", "n", "false")}


class ValueMatcher:
    """Matches the words of one choice field to one vocabulary; caches each distinct word.

    :param enum_cls: the vocabulary (a kmcore enum).
    :param told: ``their word -> our value`` decided by a person (wins over every guess).
    :param answers: what a bare "yes" and "no" mean in this column, when its header asks a
        question the vocabulary's own words for yes and no do not answer ("Leaver?": yes is
        ``left``), as ``{"yes": value, "no": value}``.
    :param legend: ``code -> meaning`` from the workbook's key ("3" -> "Live - up and
        running", :mod:`kmcore.io.legend`): a code is read by its meaning.
    """

    def __init__(self, enum_cls: type[enum.Enum], told: Mapping[str, str] | None = None, *,
                 prefer: str = "last", answers: Mapping[str, str] | None = None,
                 legend: Mapping[str, str] | None = None) -> None:
        self.enum_cls = enum_cls
        #: which phrase wins when a cell holds two meaning different values: "last" for a
        #: status updated over time, "first" for a sentence whose verb comes first
        self.prefer = prefer
        self.values = [str(m.value) for m in enum_cls]
        self.own = {normalise_value(v.replace("_", " ")): v for v in self.values}
        self.phrases = _phrases(enum_cls.__name__, tuple(self.values))
        self.told = {normalise_value(k): v for k, v in (told or {}).items()}
        self.answers = {word: value for key, value in (answers or {}).items()
                        for word in _YES_NO[key]}
        self._cache: dict[str, ValueChoice] = {}
        self.legend = {normalise_value(k): v for k, v in (legend or {}).items()}

    def match(self, text: str) -> ValueChoice:
        """How *text* (one cell, or one item of a list cell) maps to a value."""
        found = self._cache.get(text)
        if found is None:
            found = self._cache[text] = self._match(text)
        return found

    def _match(self, text: str) -> ValueChoice:
        wanted = normalise_value(text)
        if wanted in self.told:
            return ValueChoice(self.told[wanted], "told")
        if wanted in self.legend:
            meaning = self.legend[wanted]
            return ValueChoice(self._match(meaning).value if meaning != text else "",
                               LEGEND, meaning)
        if wanted in self.answers:
            return ValueChoice(self.answers[wanted], "answer to the header's question",
                               wanted)
        if wanted in self.own:
            return ValueChoice(self.own[wanted], "kmcore's word")
        bare = _no_numbers(wanted)
        for form in (wanted, bare):
            if form in self.phrases:
                return ValueChoice(self.phrases[form], "librarians' word", form)
        starts = {v for n, v in self.own.items() if wanted and n.startswith(wanted)
                  and len(wanted) >= 3}
        if len(starts) == 1:
            return ValueChoice(starts.pop(), "kmcore's word", "start of the word")
        if self.enum_cls.__name__ in SENTENCES:
            read = read_status(text, {**self.phrases, **self.own}, normalise_value)
            if read is not None:
                return ValueChoice(read.value, "read", f"{read.phrase!r}, {read.why}")
        else:
            contained = self._contains(wanted)
            if contained is not None:
                return contained
        spellings = {**self.phrases, **self.own}
        close = [c for c in difflib.get_close_matches(bare or wanted, list(spellings), n=2,
                                                      cutoff=0.8)
                 if not _negates(bare or wanted, c)]
        if close and (len(close) == 1 or spellings[close[0]] == spellings[close[1]]):
            return ValueChoice(spellings[close[0]], "similar spelling", close[0])
        return ValueChoice("", "unknown")

    def _contains(self, wanted: str) -> ValueChoice | None:
        """The value of the longest known phrase inside *wanted*, when that is unambiguous."""
        padded = f" {wanted} "
        hits = [(len(p), p, v) for p, v in {**self.phrases, **self.own}.items()
                if len(p) >= 3 and f" {p} " in padded]
        if not hits:
            return None
        hits.sort(reverse=True)
        _, phrase, value = hits[0]
        # A longer phrase explains the shorter ones inside it ("finished and evaluated"
        # holds "finished"). Phrases outside it meaning something else: a status updated
        # over time says where it got to last ("Implemented - now BAU"), so the phrase
        # that ends latest in the cell wins, unless two end together (then no guess).
        kept = [(n, p, v) for n, p, v in hits if p == phrase or p not in phrase]
        if len({v for _, _, v in kept}) > 1:
            # "Active - expertise TBC": a "TBC" about something else in the cell leaves the
            # state it names; "unknown" is only the answer when nothing else is named.
            kept = [hit for hit in kept if hit[2] != "unknown"]
            phrase, value = kept[0][1], kept[0][2]
        if len({v for _, _, v in kept}) == 1:
            return ValueChoice(value, "contains", phrase)
        ends = sorted(((padded.rindex(f" {p} ") + len(p), n, p, v) for n, p, v in kept),
                      reverse=self.prefer == "last")
        if ends[0][0] == ends[1][0] and ends[0][3] != ends[1][3]:
            return None
        _, _, phrase, value = ends[0]
        return ValueChoice(value, "contains", phrase)


#: Prefixes that make a word its opposite: "inactive", "unimplemented", "non-clinical".
_NOT_PREFIXES = ("in", "un", "non", "not", "im", "ir", "il", "dis")


def _negates(word: str, known: str) -> bool:
    """Whether *word* is a prefix saying "not" before the word *known* ends with
    ("inactive" and "active", "unimplemented" and "fully implemented"): a near spelling of
    its opposite, never a match (D1459)."""
    for prefix in _NOT_PREFIXES:
        rest = word[len(prefix):].strip(" -") if word.startswith(prefix) else ""
        if len(rest) >= 4 and (known == rest or known.endswith(" " + rest)):
            return True
    return False


@functools.cache
def _phrases(vocab: str, values: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for value, words in VALUE_WORDS.get(vocab, {}).items():
        if value not in values:
            continue
        for word in words:
            out.setdefault(normalise_value(word), value)
    return out

"""A status typed as a sentence, read for the stage it means.

Logs kept by hand rarely hold one word in their status column. They say where a project got
to and then why, what next, or where else: "Trialled on Hazel, now on Rowan + Juniper too",
"Running 2 days/wk - hoping to extend to 5", "Paused - waiting for IG / DPIA", "Not approved -
trustees declined". :func:`read_status` reads such a sentence the way a librarian would:

1. it is cut into clauses (at dashes, commas, semicolons, full stops and brackets);
2. a cell that *opens* with a pause or a stop ("On hold - ...", "Withdrawn - ...") is paused
   or stopped: what follows is the reason, not a later stage;
3. what a clause says is hoped for or planned next ("hoping to extend", "... next", "aim to",
   "then trial on 2 wards") or what the work is for ("collecting data for the evaluation")
   is not where the work is, so it is dropped (unless nothing else is said); a phrase denied
   ("not yet written up") is not said at all, and a clause saying what the work waits for
   ("awaiting panel") never moves it back from a stage an earlier clause names;
4. a part of the work finished ("2 cohorts done", "phase 1 complete") says it is still
   under way: testing;
5. of the phrases left, the longest explains the shorter ones inside it ("not approved" holds
   "approved"), words that say little on their own (:data:`WEAK`: "done", "running",
   "submitted") count only when no other phrase is there, and the phrase that comes last
   wins: a status updated over time says where it got to last.

It returns the stage, the phrase that decided it and why, for the preview to show.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

__all__ = ["BEGUN", "OPENING_WINS", "PLACED", "PLANS", "PLANS_AFTER", "WEAK", "StatusReading",
           "clauses", "read_status", "without_plans"]

#: Stages that mean the work has begun: a status naming one only as a plan is planning.
BEGUN = frozenset({"testing", "implemented"})

#: Stages that, opening a cell, decide it: what follows them gives the reason.
OPENING_WINS = frozenset({"paused", "stopped"})

#: Words that say little on their own: used only when no other phrase of the cell says more
#: ("Trial finished, evaluation report submitted" is evaluated, not submitted for an idea).
WEAK = frozenset({
    "done", "complete", "completed", "finished", "active", "ongoing", "in progress",
    "underway", "under way", "started", "submitted", "received", "logged", "new", "approved",
    "agreed", "funded", "hold", "waiting", "awaiting", "shared", "regional", "regionally",
    "nationally", "plan", "design", "development", "cycle", "test", "adoption", "closed",
    "ended", "baseline", "review", "running", "awarded", "booked", "seeking funding",
    "needs funding", "need funding", "bid", "funding bid", "results",
    # an evaluation planned is a plan: it says the work is done only when nothing else says
    # where it is ("trialled on 3 wards, evaluation due Nov" is still a trial); a wait for
    # one ("awaiting evaluation") names the stage it waits in, as D426 reads it
    "evaluation due", "evaluation planned", "evaluation to follow",
    # a paper to a committee asks for approval, unless the cell says more ("Evaluated -
    # paper to the BDJ" is a paper written up, D1371)
    "paper to", "paper going to", "paper to go to",
})

#: Phrases that say it reached more places ("now on Rowan", "also in ED"): they count only
#: when a place follows, so "now in induction" or "and now live" say nothing of spread.
PLACED = frozenset({"now on", "now in", "also on", "also in", "+ now", "and now"})
_PLACE = re.compile(r"\b(?i:now|also)\s+(?i:on|in|at)?\s*(?:[A-Z0-9]|(?i:the|all|both|other|"
                    r"another|more|several|two|three|four|five|six|wards?|teams?|sites?|"
                    r"units?|hospitals?|clinics?|practices?|areas?|localit\w+|pcns?|"
                    r"trusts?|departments?|services?|divisions?)\b)")

#: Words that begin what is hoped for or planned next: the rest of their clause is dropped.
PLANS = ("hoping to", "hope to", "hopes to", "hoped to", "aim to", "aiming to", "aims to",
         "would like to", "plan to", "plans to", "planning to", "intend to", "intends to",
         "intending to", "want to", "wants to", "wanting to", "next step", "next steps",
         "in future", "in the future", "eventually", "will", "would",
         "going to", "looking to", "looking at", "considering", "potentially", "possibly",
         "might", "could", "if", "once", "awaiting decision on", "needs", "need", "requires",
         "require",
         # "idea from the forum - to be scoped": what is still to happen to it
         "to be",
         # what the work now is for: "collecting data for the evaluation" is not evaluated
         "collecting data for", "collecting data towards", "gathering data for",
         "data collection for", "in preparation for", "ahead of")

#: Words that, ending a clause, make all of it a plan: "rolling out to St Breock next".
PLANS_AFTER = ("next", "to follow", "soon", "in future", "eventually", "later", "hopefully",
               "planned", "pending", "awaited", "due", "tbc")
_NEXT = re.compile(r"(?:^| )next (?:year|month|week|quarter|phase|spring|summer|autumn|"
                   r"winter|financial year|fy|step|steps)$")

#: A part of the work finished ("2 cohorts done", "phase 1 complete"): still under way (a
#: report done, "2023/24 report done", is an evaluation, not a part of the work).
_PART_DONE = re.compile(r"\b(?:\d+ (?!report\b)[a-z]+|"
                        r"(?:phase|stage|cycle|part|step|wave|cohort|round) "
                        r"\d+) (?:done|complete|completed|finished)\b")

_CLAUSE = re.compile(r"\s[-\u2013\u2014]+\s|[\u2013\u2014]|[,;:.!?()\[\]\n]|\s-$|^-\s")
_PLAN = re.compile(r"(?:^| )(?:" + "|".join(re.escape(p) for p in sorted(
    PLANS, key=len, reverse=True)) + r")(?: |$)")


class StatusReading(tuple[str, str, str]):
    """``(stage, phrase, why)``: what a status sentence was read as."""

    __slots__ = ()

    @property
    def value(self) -> str:
        return self[0]

    @property
    def phrase(self) -> str:
        return self[1]

    @property
    def why(self) -> str:
        return self[2]


def clauses(text: str, normalise: Callable[[str], str]) -> list[str]:
    """*text*'s clauses, each normalised (empty ones dropped)."""
    return [c for c in (normalise(part) for part in _CLAUSE.split(text)) if c]


#: "then trial on 2 wards", "then go live": what comes next ("then rolled out" is done)
_THEN = re.compile(r"(?:^| )then (?![a-z]+ed\b)")
#: words that deny the phrase after them: "not yet written up", "never approved"
_DENIED = re.compile(r"(?:^| )(?:not|not yet|no|never|yet to be|still to be|nothing)$")


#: words saying the phrase after them came before the state the cell gives ("after pilot")
_EARLIER = re.compile(
    r"(?:^| )(?<!before )(?:after|following)(?: (?:a|an|the|its|our|successful))?$")


def without_plans(clause: str) -> str:
    """The clause up to the first word of what is hoped for or planned next."""
    if any(clause == p or clause.endswith(" " + p) for p in PLANS_AFTER) or _NEXT.search(
            clause):
        return ""
    found = _PLAN.search(clause)
    clause = clause[:found.start()].strip() if found else clause
    then = _THEN.search(clause)
    return clause[:then.start()].strip() if then else clause


def read_status(text: str, phrases: Mapping[str, str],
                normalise: Callable[[str], str]) -> StatusReading | None:
    """The stage a status sentence means, or None when none can be read (see above).

    :param phrases: normalised phrase -> stage (kmcore's own words and librarians').
    :param normalise: how cells and phrases are compared (lower case, words only).
    """
    parts = [_PART_DONE.sub("part of the work done", c) for c in clauses(text, normalise)]
    if not parts:
        return None
    phrases = {**phrases, "part of the work done": "testing"}
    if not _PLACE.search(text):
        phrases = {p: v for p, v in phrases.items() if p not in PLACED}
    opening = _first(parts[0], phrases)
    if opening is not None and opening[0] in OPENING_WINS and opening[1] not in WEAK:
        return StatusReading((opening[0], opening[1], "opens the cell"))
    declared = _declared(parts, phrases)
    if declared is not None:
        return declared
    now = [c for c in (without_plans(c) for c in parts) if c]
    found = _latest(" | ".join(now), phrases) if now else None
    done = [c for c in now if not _WAITING.match(c)]
    if found is not None and len(done) < len(now) and done:
        # "Bid submitted - awaiting panel": waiting for a decision undoes nothing done;
        # "Approved - awaiting equipment": nor is waiting for what comes next a pause
        before = _latest(" | ".join(done), phrases)
        if before is not None and (_ahead(before[0], found[0]) or (
                found[0] == "paused" and before[0] in _PROGRESS)):
            found = before
    cycle = _CYCLE_OPENS.fullmatch(parts[0])
    if (found is not None and found[0] == "spreading" and cycle
            and (found[1] in _MORE_PLACES or found[1] in PLACED)):
        # "PDSA 2 - extending to Ward 23": a test cycle under way, tried in one more place;
        # two keys' authors read it as testing, not as the change spreading (D1098)
        return StatusReading(("testing", cycle[0], "a numbered test cycle opens the cell"))
    if found is not None:
        dropped = len(" ".join(now)) < len(" ".join(parts))
        why = "last state named" + (", plans set aside" if dropped else "")
        # Other phrases of the cell meaning the same stage are shown too ("'rollout', also
        # 'live'"): the preview then shows all the reading rests on, not only the last word.
        agreeing = dict.fromkeys(h[2] for h in sorted(_kept(" | ".join(now), phrases))
                                 if h[3] == found[0] and h[2] != found[1])
        if agreeing:
            why += ", also " + ", ".join(repr(a) for a in agreeing)
        return StatusReading((found[0], found[1], why))
    found = _latest(" | ".join(parts), phrases)
    if found is not None:
        if found[0] in BEGUN:
            # "PDSA 1 starting next month", "Go live next month": not begun, being set up
            return StatusReading(("planning", found[1], "only planned, not begun"))
        return StatusReading((found[0], found[1], "only a plan is named"))
    return None


#: a clause that is a stage's name and the word "stage": "Idea stage", "at the pilot stage"
_STAGE_NAMED = re.compile(r"(?:(?:at|in|still at|still in) )?(?:the )?(?P<name>.+) stage")
#: a later clause saying the work has moved on since: "now piloting", "since then live"
_MOVED_ON = re.compile(r"(?:^| )(?:now|since|then|moved|moving|progressed)(?: |$)")


def _declared(parts: list[str], phrases: Mapping[str, str]) -> StatusReading | None:
    """The stage a cell opening with a clause that names it as a stage ("Idea stage,
    costing it up", "Pilot stage - 2 wards so far") says: the writer's own label for where
    the work is, so what follows says what is being done in that stage, not a later one --
    unless a later clause says it has moved on since ("Idea stage, now piloting")."""
    named = _STAGE_NAMED.fullmatch(parts[0])
    if named is None:
        return None
    name = named.group("name")
    stage = phrases.get(name) or phrases.get(f"{name} stage")
    if stage is None or name in WEAK or any(_MOVED_ON.search(c) for c in parts[1:]):
        return None
    return StatusReading((stage, f"{name} stage", "the stage the cell names itself"))


#: a numbered cycle of a test of change opening a cell: "PDSA 2", "PDSA cycle 3", "cycle 2"
_CYCLE_OPENS = re.compile(r"(?:(?:pdsa|pdca)(?: cycle)?|cycle) \d+")
#: a test taken to more places by its own team ("extended to", "now on"), not taken up by
#: others ("adopted by")
_MORE_PLACES = frozenset({"extended to", "extending to", "expanded to", "expanding to",
                          "extended across"})
#: a clause saying what the work waits for
_WAITING = re.compile(r"(?:awaiting|waiting|pending)\b")
#: how far along each stage is, for a wait that would move a project back
_PROGRESS = ("idea", "planning", "testing", "implemented", "evaluated", "embedded",
             "spreading")


def _ahead(one: str, other: str) -> bool:
    """Whether stage *one* is further along than *other* (paused and stopped are neither)."""
    return (one in _PROGRESS and other in _PROGRESS
            and _PROGRESS.index(one) > _PROGRESS.index(other))


def _hits(text: str, phrases: Mapping[str, str]) -> list[tuple[int, int, str, str]]:
    """``(start, end, phrase, stage)`` of every known phrase in *text* (whole words)."""
    padded = f" {text} "
    out = []
    for phrase, value in phrases.items():
        if len(phrase) < 2:
            continue
        start = padded.find(f" {phrase} ")
        while start >= 0:
            out.append((start, start + len(phrase), phrase, value))
            start = padded.find(f" {phrase} ", start + 1)
    return out


def _kept(text: str, phrases: Mapping[str, str]) -> list[tuple[int, int, str, str]]:
    """The phrases that count: none inside a longer one, and weak ones only when alone."""
    hits = _hits(text, phrases)
    hits = [h for h in hits if not any(
        o is not h and o[0] <= h[0] and h[1] <= o[1] and len(o[2]) > len(h[2]) for o in hits)]
    # "idea - not yet written up": a phrase denied is not said (a phrase that holds the
    # denial itself, "not approved", was kept whole above)
    padded = f" {text} "
    hits = [h for h in hits if not _DENIED.search(padded[:h[0]].rstrip())]
    # "rolled out to all wards after pilot on elderly care": what came before is no state
    earlier = [h for h in hits if _EARLIER.search(padded[:h[0]].rstrip())]
    if len(earlier) < len(hits):
        hits = [h for h in hits if h not in earlier]
    # "BAU now in all 14 care homes": where it is embedded, not a further spread
    hits = [h for h in hits if not (h[2] in PLACED and any(
        o[3] == "embedded" and o[1] <= h[0] and not padded[o[1] + 1:h[0] + 1].strip()
        for o in hits))]
    strong = [h for h in hits if h[2] not in WEAK]
    return strong or hits


def _first(text: str, phrases: Mapping[str, str]) -> tuple[str, str] | None:
    """The stage and phrase of the phrase that begins first in *text*."""
    kept = _kept(text, phrases)
    if not kept:
        return None
    first = min(kept)
    return first[3], first[2]


def _latest(text: str, phrases: Mapping[str, str]) -> tuple[str, str] | None:
    """The stage of the phrase that ends last in *text* (None: none, or two phrases ending
    together that mean different stages)."""
    kept = _kept(text, phrases)
    if not kept:
        return None
    _, end, phrase, value = max(kept, key=lambda h: (h[1], h[1] - h[0]))
    if len({h[3] for h in kept if h[1] == end}) > 1:
        return None  # two phrases ending together, meaning different stages: no guess
    return value, phrase

"""The expertise finder: who to ask about a topic, and why we think so.

A document-centric ranking (Balog, Azzopardi and de Rijke's Model 2, or CombSUM voting): the records
that match the query each vote for the people on them, by how well the record matches, how
big a part the person played in it (:data:`~kmcore.search.extract.ROLE_WEIGHTS`: lead >
facilitator > author > participant) and how recent it is. Expertise a person declared, or that
colleagues endorsed, adds to the votes; it is what makes someone findable before they have
records to show.

Privacy rules, always applied:

* only people with a directory profile are ranked (the profile is opt-in);
* people who objected (UK GDPR Art 21) or have left are never shown, whatever their records;
* an ``inferred`` claim is never shown as something the person said: it is worked out by
  kmcore and shown as such, with the records it was inferred from.

Every :class:`Expert` carries its evidence, so a reader can judge the match for themselves.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import weakref
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any

import attrs

from kmcore.search._text import STOPWORDS, words
from kmcore.search.index import Filters, SearchIndex
from kmcore.search.query import ParsedQuery, parse_query
from kmcore.search.rank import ExpandedQuery, Scored, porter, score_candidates, stems_of
from kmcore.search.related import is_subject, phrase_key, related_terms
from kmcore.search.results import Ranked
from kmcore.search.vocabulary import key_stem, term_key

if TYPE_CHECKING:
    from kmcore.kb import KnowledgeBase
    from kmcore.records.base import Record
    from kmcore.sync.model import TargetConfig

__all__ = ["ClaimEvidence", "Expert", "RecordEvidence", "describe_match", "find_experts"]

#: How much a matching claim counts, by where it comes from. Inferred claims add nothing of
#: their own: their evidence records already vote.
BASIS_WEIGHTS = {"endorsed": 1.5, "self_declared": 1.2, "profile": 0.6, "inferred": 0.0}
LEVEL_WEIGHTS = {"expert": 1.0, "practitioner": 0.8, "aware": 0.5, "": 0.8}
#: A record this many days old counts half as much as one from today.
HALF_LIFE_DAYS = 3 * 365
_MIN_RECENCY = 0.25
_CANDIDATE_DOCS = 200
#: How much a record with only some of a topic's words counts beside one with all of them.
PARTIAL_VOTE = 0.25
#: A claim with part of a topic and other words counts only when it has this share of the
#: topic's words, each counted by its IDF (the telling part, not "care" or "prevention").
CORE_SHARE = 0.5
#: With fewer people than this for the whole topic, records with some of its words vote too.
ENOUGH_PEOPLE = 3
#: Someone without the whole topic is counted from records with part of it only when this
#: many of their records have that part (a word shared in another sense is rarely repeated).
PARTIAL_RECORDS = 2
#: A record with part of the topic must share this many telling words (in under
#: TELLING_SHARE of the records) with the SENSE_RECORDS best records having all of it.
SENSE_WORDS = 2
TELLING_SHARE = 0.1
SENSE_RECORDS = 10
#: A partial record from the department most of the whole topic's records come from is in
#: the topic's sense whatever words it shares (:func:`_in_same_sense`).
HOME_SHARE = 0.5
#: How much a record or claim counts for a one-word topic when its title (or label) has the
#: topic's stem only in another form of the word and never the form typed: "Patient call
#: screens" and "Display screen equipment" for "screening", whose records say "screening".
#: Stemming joins the forms; their senses often differ.
OTHER_FORM = 0.3
#: The mark on a claim or record counted at :data:`OTHER_FORM`.
AS_OTHER_FORM = ", as another form of the word"
#: When no record has the whole topic, a record with part of it must share this many telling
#: words with a record having a part it lacks (:func:`_parts_agree`).
PARTS_AGREE = 1
#: Parts played in the knowledge work around a record rather than in its subject: the
#: facilitator of an after action review is chosen for not being part of it, and the librarian
#: who searched the evidence is an expert in searching, not in the topic searched (their
#: claims, "literature searching", still find them). Such a part counts PROCESS_ROLE_SHARE
#: as much towards the record's topic.
PROCESS_ROLES = frozenset({"facilitator", "librarian", "lks_support"})
PROCESS_ROLE_SHARE = 0.3
#: A record's roles that support its work rather than lead or write it.
SUPPORTING_ROLES = frozenset({"team_member", "participant", "contributor", "requester"})
#: A word in under this share of the records, used by half or more of the other people's
#: best records on a topic, is the topic's own vocabulary (:func:`_records_in_other_sense`).
TOPIC_WORD_SHARE = 0.25
#: How much a claim naming the topic alongside words foreign to its records counts.
OTHER_SENSE = 0.1
#: The fewest other people's best records on a one-word topic from which its main sense
#: (the words two or more of them share) is read (see :func:`_records_in_other_sense`).
MAIN_SENSE_RECORDS = 4
#: ... and the least share of them that must have a word of it for it to be clear.
MAIN_SENSE_SHARE = 2 / 3
#: How much a record with every word of a several-word topic counts when they are never in
#: one sentence of a field (its proximity is 0), beside one where they are together.
APART_VOTE = 0.5
#: How much a claim naming one word of the topic alone counts when that word is not a
#: subject of the shipped related families and no record of the person's has the topic or
#: its core: the learning and development lead's "Induction" (of new staff) for "induction
#: of labour". Backed by such a record, or a subject ("Sepsis" for "sepsis recognition"), it
#: counts in full.
UNBACKED_PART = 0.1
#: How much a record with every telling word of the topic, lacking only common ones (the
#: "prevention" of "pressure ulcer prevention", the "support" of "care home support"),
#: counts beside one with all of them: it is about the topic's core concept.
CORE_VOTE = 0.5
CORE_MISSING = 0.4
#: When every record with the whole topic has it only through an alternative, a record with
#: the topic's core in the user's own words scoring at least this share of the best of them
#: is about the topic itself ("unpaid carers" for "support for unpaid carers").
CORE_SCORE_SHARE = 0.5
#: Expertise shared with the team (Karimzadehgan, White and Richardson, "Enhancing expert
#: finding using organizational hierarchies", ECIR 2009): a person in the same department as
#: someone who declares the topic (a claim of their own or a colleague's endorsement, naming
#: all of it) and scores at least COLLEAGUE_SOURCE of the best gets COLLEAGUE_SHARE of that
#: person's score, divided by the square root of how many others share the department (a
#: big department says less about each member).
COLLEAGUE_SHARE = 0.3
COLLEAGUE_SOURCE = 0.5
#: A person who describes themselves with a subject related to the topic
#: (:mod:`kmcore.search.related`) gets this share of the best score: in a claim, their job
#: title or department in full, in their profile's own words RELATED_OVERVIEW of it.
RELATED_SHARE = 0.15
#: What a job title naming the whole topic in the user's words counts ("Sexual health nurse
#: specialist" for "sexual health"), as a claim the person made does
#: (``BASIS_WEIGHTS["self_declared"]``); a department naming it counts DEPARTMENT_VOTE for
#: each person in it.
POST_VOTE = 1.2
DEPARTMENT_VOTE = 1.0
RELATED_OVERVIEW = 0.5
#: Someone counted by :func:`_self_described` (the topic's telling part in their own words
#: and in their records) gets at least this share of the best score: as much as a related
#: subject in their own words alone would give.
SELF_DESCRIBED_SHARE = RELATED_SHARE
#: A related subject in the profile's own text counts only when the profile shares this many
#: telling words with the best records having the topic (when there are any).
RELATED_PROFILE_WORDS = 1
#: Little words the initials of an acronym's phrase skip ("Disclosure and Barring Service"
#: is DBS), as stems.
ACRONYM_GLUE = frozenset({"and", "of", "the", "for", "in", "on", "to", "a", "with"})
#: An acronym shorter than this is too often the initials of some words by chance to be
#: judged by them.
ACRONYM_MIN_LETTERS = 3
#: How evidence matched through an acronym its texts spell out as other words is marked.
SPELT_OTHERWISE = ", the acronym spelt out otherwise"
#: In a topic of this many words or more, someone with only records sharing one of them is
#: not listed (:func:`_one_word_only`).
MIN_WORDS_FOR_ONE = 3

#: A two-word topic whose words some people have together (:func:`_phrase_first`): everyone
#: else counts this much as before at most, and always below the last of those who have it.
PHRASE_MISSING = 0.1
#: The topic's sense as the knowledge base mostly uses it (:func:`_minority_sense`, D1461):
#: of the best MINORITY_POOL records with the whole topic, those a listed person is not on
#: are asked whether they share MINORITY_WORDS telling words with the ones they are on; a
#: person whose records agree with under MINORITY_RATIO of the share the best-agreeing
#: person has, read on at least MINORITY_OTHERS such records, uses the topic in a sense the
#: rest of the knowledge base does not, and counts MINORITY_SENSE as much. Chosen
#: leave-one-collection-out over seventeen judged collections (1.0 switches it off).
MINORITY_SENSE = 0.1
MINORITY_RATIO = 0.3
MINORITY_WORDS = 2
MINORITY_POOL = 30
MINORITY_OTHERS = 4
#: Whether a record shared with someone in the main sense keeps its people in it.
MINORITY_VOUCHED = True
#: Only the people this high in the ranking are read, and the best share is theirs (5, 10
#: and 20 tried, leave-one-collection-out: D1461).
MINORITY_CANDIDATES = 10
#: The mark on a record of someone counted at :data:`MINORITY_SENSE`.
IN_MINORITY_SENSE = ", in a sense the knowledge base's other records on it do not use"

#: Little words a two-word topic's phrase may have between or around its two words
#: ("quality of samples"); any other word between them breaks the phrase.
PHRASE_GLUE = ACRONYM_GLUE | {"from", "by", "at", "or", "an", "as"}

_ROLE_PHRASES = {
    "lead": "led", "co_lead": "co-led", "facilitator": "facilitated", "harvestee": "shared "
    "their knowledge in", "interviewee": "was interviewed for", "librarian": "worked on",
    "peer": "advised as a peer in", "participant": "took part in", "owner": "owns",
    "action_owner": "owns an action in", "author": "wrote", "speaker": "spoke at",
    "validator": "validated", "quoted": "is quoted in", "requester": "asked for",
    "presenter": "presented at", "inner_circle": "spoke in",
}


@attrs.frozen
class ClaimEvidence:
    """A claim on the person's profile that matches the query."""

    label: str
    basis: str
    level: str
    endorsed_by: tuple[str, ...] = ()
    inferred_from: tuple[str, ...] = ()
    #: What in it matched the query (the words, or an alternative and what it stands for).
    matched: str = ""
    #: The ids behind :attr:`endorsed_by` (people) and :attr:`inferred_from` (records), so
    #: :meth:`Expert.for_audience` can leave out those an audience may not see.
    endorsed_by_ids: tuple[str, ...] = attrs.field(default=(), repr=False)
    inferred_from_ids: tuple[str, ...] = attrs.field(default=(), repr=False)

    def describe(self) -> str:
        level = f" ({self.level})" if self.level else ""
        if self.basis == "endorsed":
            who = ", ".join(self.endorsed_by) or "a colleague"
            line = f"Expertise in {self.label}{level}, endorsed by {who}"
        elif self.basis == "inferred":
            # Never presented as the person's own claim.
            line = (f"kmcore inferred {self.label} from records they are on "
                    f"({', '.join(self.inferred_from) or 'see below'}); not a claim they made")
        elif self.basis == "profile":
            line = "Their profile mentions it"
        elif self.basis == "related":
            # Worked out by kmcore from its related-subject families.
            line = (f"Describes themselves with a related subject: {self.label} "
                    "(a link kmcore makes between subjects, not a claim they made)")
        elif self.basis == "post":
            line = f"Their post names it: {self.label}"
        elif self.basis == "phrase":
            # Worked out by kmcore (see _phrase_first): a note, not a claim.
            line = f"Ranked lower: {self.label} ({self.matched})"
        elif self.basis == "colleague":
            # Worked out by kmcore from the directory, never presented as their own claim.
            who = ", ".join(self.endorsed_by) or "a colleague"
            line = (f"Works in {self.label} with {who}, who has this expertise "
                    "(inferred by kmcore from the team, not a claim they made)")
        else:
            line = f"Declares expertise in {self.label}{level}"
        return line + _matched_note(self.matched)


@attrs.frozen
class RecordEvidence:
    """A matching record the person is on, and their part in it."""

    id: str
    type: str
    title: str
    role: str
    date: str
    contribution: float
    #: What in the record matched the query (the words, or an alternative and what it
    #: stands for).
    matched: str = ""

    def describe(self) -> str:
        verb = _ROLE_PHRASES.get(self.role, f"was {self.role.replace('_', ' ')} on")
        when = f", {self.date[:4]}" if self.date else ""
        return (f"{verb.capitalize()} {self.type.replace('_', ' ')}: {self.title}{when}"
                + _matched_note(self.matched))


def _matched_note(matched: str) -> str:
    return f" [matched: {matched}]" if matched else ""


def describe_match(matched: tuple[tuple[str, str, str, float], ...]) -> str:
    """How a record or claim matched, in words: "falls prevention", or "POCT (for point of
    care testing)" when an alternative did."""
    parts: list[str] = []
    for group, choice, source, _part in matched:
        text = choice if not source else f"{choice} (for {group})"
        if text not in parts:
            parts.append(text)
    return " + ".join(parts)


@attrs.frozen
class Expert:
    """A person to ask, their score, and the evidence for it (best first)."""

    person_id: str
    name: str
    job_title: str
    department: str
    score: float
    claims: tuple[ClaimEvidence, ...]
    records: tuple[RecordEvidence, ...]
    willing_to: tuple[str, ...] = ()

    def evidence_lines(self, limit: int = 5) -> list[str]:
        """The evidence as sentences, claims first, then up to *limit* records.

        As found, this is the librarian's view: it may cite drafts and private records. For
        a page other people read, take the lines of :meth:`for_audience`'s copy.
        """
        lines = [c.describe() for c in self.claims]
        lines += [r.describe() for r in self.records[:limit]]
        if len(self.records) > limit:
            lines.append(f"and {len(self.records) - limit} more record(s)")
        return lines

    def for_audience(self, kb: KnowledgeBase, target: TargetConfig) -> Expert | None:
        """This expert as *target*'s audience may see them, or None if not at all.

        Asks the publication gates (:func:`kmcore.gates.evaluate`, as ``kmcore sync`` does)
        about the person and every record cited: records the audience may not see are left
        out of the evidence (and of inferred claims), endorsers it may not see are not named,
        and titles come from the copy the gates would publish. None when the person is not
        shown to that audience, or when nothing they may see is left to show for them.
        """
        gated = _Gated(kb, target)
        if gated(self.person_id) is None:
            return None
        records = tuple(
            attrs.evolve(r, title=_label(shown))
            for r in self.records if (shown := gated(r.id)) is not None
        )
        claims: list[ClaimEvidence] = []
        for claim in self.claims:
            if claim.inferred_from_ids:
                kept = [(i, shown) for i in claim.inferred_from_ids
                        if (shown := gated(i)) is not None]
                inferred = claim.basis == "inferred"
                if inferred and not kept:
                    continue  # inferred only from records this audience may not see
                claim = attrs.evolve(
                    claim, inferred_from_ids=tuple(i for i, _ in kept),
                    inferred_from=tuple(_label(r) if inferred else i for i, r in kept))
            if claim.endorsed_by_ids:
                kept_people = [(p, shown) for p in claim.endorsed_by_ids
                               if (shown := gated(p)) is not None]
                claim = attrs.evolve(claim, endorsed_by=tuple(_label(r) for _, r in kept_people),
                                     endorsed_by_ids=tuple(p for p, _ in kept_people))
            claims.append(claim)
        if not records and not claims:
            return None
        return attrs.evolve(self, claims=tuple(claims), records=records)

    def as_dict(self) -> dict[str, Any]:
        return {
            "person": self.person_id, "name": self.name, "job_title": self.job_title,
            "department": self.department, "score": round(self.score, 4),
            "willing_to": list(self.willing_to),
            "claims": [attrs.asdict(c, filter=lambda a, _: not a.name.endswith("_ids"))
                       for c in self.claims],
            "records": [{**attrs.asdict(r), "contribution": round(r.contribution, 4)}
                        for r in self.records],
            "evidence": self.evidence_lines(limit=len(self.records)),
        }


def _recency(date: str, today: dt.date) -> float:
    try:
        day = dt.date.fromisoformat(date[:10])
    except ValueError:
        return 1.0
    age = max(0, (today - day).days)
    return max(_MIN_RECENCY, float(0.5 ** (age / HALF_LIFE_DAYS)))


def find_experts(index: SearchIndex, query: str | ParsedQuery, *, limit: int = 10,
                 today: dt.date | None = None, refresh: bool = True) -> list[Expert]:
    """People to ask about *query*, best first, each with their evidence (see the module).

    A topic of several words is matched as one concept: a record or claim counts only when it
    has all of its words, or alternatives of them (synonyms, an acronym for the phrase), so
    someone who shares one word of "falls prevention" in another sense does not qualify on
    it. Only when fewer than :data:`ENOUGH_PEOPLE` people have the whole topic do records
    with some of its words vote too, far less (:data:`PARTIAL_VOTE` x the share of the words
    they have, each word counted by its IDF, squared).
    A claim must match the whole concept to count, or part of it alone, or its telling part
    with other words the records on the whole topic use (for :data:`PARTIAL_VOTE`).
    """
    parsed = query if isinstance(query, ParsedQuery) else parse_query(query)
    if refresh:
        index.refresh()
    if parsed.empty:
        return []
    today = today or dt.date.today()
    expanded = index.expand(parsed)
    where = Filters().sql(None).also("d.type != 'person'")
    votes = _Votes(index, today, expanded)
    rows = index._ranked(expanded, where, _CANDIDATE_DOCS, 0, today.isoformat())
    top = max((r.score for r in rows), default=0.0)
    votes.records(rows, top)
    people = {
        row[0]: row for row in index.conn.execute(
            "SELECT id, name, job_title, department, willing FROM people WHERE hidden = 0")
    }
    home_only: set[str] = set()
    partial, about = _partial_rows(index, expanded, rows, today, where, home_only)
    core = _Votes(index, today, expanded)
    core.home_only = home_only
    core.records([r for r in partial if r.scored is not None and _has_core(r.scored)],
                 top)
    # What the topic means here is read from its records in the form typed: "the theatre
    # lift is down" says nothing of what "lifting patients" is (see _verbal_words).
    sense_rows = _as_typed(index, expanded, rows)
    votes.claims(expanded, _context(index, expanded, sense_rows), _own_context(index, core),
                 _contexts_without(index, expanded, sense_rows))
    votes.discount_other_sense()
    _away_from_home(index, rows, votes)
    votes.supporting_parts()
    _records_in_other_sense(index, expanded, rows, votes)
    _letters_only(index, expanded, rows, votes)
    _knowledge_work(votes, people)
    if partial:
        extra = core
        if sum(1 for p, v in votes.scores.items() if p in people and v > 0) < ENOUGH_PEOPLE:
            # Too few people have the whole topic: every record with some of its words
            # votes, far less (x the IDF-weighted share it has, squared, x PARTIAL_VOTE).
            # Only then: a record sharing one word of "delirium screening" ("breast
            # screening") is most often about something else, and was what put the wrong
            # people in the top 3.
            extra = _Votes(index, today, expanded)
            extra.home_only = home_only
            extra.records(partial, top or max((r.score for r in partial), default=0.0))
        votes.merge_partial(extra, expanded.size, strict=bool(rows), about=about)
        _other_compound(index, query if isinstance(query, str) else "", expanded, votes,
                        rows + partial)
    if expanded.size > 1 and sum(
            1 for p, v in votes.scores.items() if p in people and v > 0) < ENOUGH_PEOPLE:
        _self_described(index, expanded, votes, today, where, top, rows)
    _named_in_post(expanded, votes, people)
    _colleagues(votes, people)
    _related(index, expanded, votes, people, _context(index, expanded, rows))
    _phrase_first(index, query if isinstance(query, str) else "", expanded, votes, people)
    _profile_apart(index, query if isinstance(query, str) else "", expanded, votes)
    _minority_sense(index, expanded, rows, votes, people)
    unshown = _dropped_acronym(index, expanded, rows, votes, people)
    scores = votes.scores
    ranked = sorted((p for p in scores if p in people and scores[p] > 0
                     and p not in unshown
                     and not _one_word_only(votes, p, expanded)
                     and not _nothing_in_sense(votes, p)
                     and not (expanded.size > 1 and _only_other_form(votes, p))),
                    key=lambda p: (-scores[p], people[p][1]))
    experts = []
    for person in ranked[:max(0, limit)]:
        _, name, job, department, willing = people[person]
        claims = votes.claim_hits.get(person, [])
        claims = [c for c in claims if c.basis != "profile"] or claims[:1]
        records = sorted(votes.evidence[person].values(), key=lambda e: -e.contribution)
        experts.append(Expert(
            person_id=person, name=name, job_title=job, department=department,
            score=scores[person], claims=tuple(_dedupe(claims)), records=tuple(records),
            willing_to=tuple(json.loads(willing or "[]"))))
    return experts


def _minority_sense(index: SearchIndex, query: ExpandedQuery, rows: list[Ranked],
                    votes: _Votes, people: dict[str, Any]) -> None:
    """The topic read in the sense the knowledge base's records mostly use it in (D1461).

    For each of the :data:`MINORITY_CANDIDATES` best-scored people, the best
    :data:`MINORITY_POOL` records with the whole topic that they are *not* on vote on the
    records they are on: each agrees when it shares :data:`MINORITY_WORDS` telling words
    (less the topic's own) with them. The payroll manager's "Band adjustments after the
    banding review" shares none with the bariatric team's gastric band records; the
    bariatric nurse's records share "gastric" and "clinic" with the surgeon's. Someone whose
    share of agreeing records is under :data:`MINORITY_RATIO` of the best share among them
    (read on at least :data:`MINORITY_OTHERS` records) counts :data:`MINORITY_SENSE` as
    much, their records marked so. One reading for a claim and records alike: the person's
    whole score is scaled, since a claim naming the word ("Pay band adjustments") in the
    minority's sense is what made such people look like experts (D1320).
    """
    if MINORITY_SENSE >= 1.0:
        return
    pool = [r for r in rows if r.scored is None or r.scored.coverage >= 1.0][:MINORITY_POOL]
    if len(pool) <= MINORITY_OTHERS:
        return
    stems = _record_stems(index, [r.n for r in pool])
    on = _people_on(index, [r.id for r in pool])
    own = _own_stems(query)
    telling = _TellingWords(index)
    words_of = {r.id: {w for w in stems.get(r.n, set()) - own if telling(w)} for r in pool}
    candidates = sorted((p for p, v in votes.scores.items() if p in people and v > 0),
                        key=lambda p: -votes.scores[p])[:MINORITY_CANDIDATES]
    shares: dict[str, float] = {}
    for person in candidates:
        mine = on.get(person, set())
        others = [r.id for r in pool if r.id not in mine]
        if not mine or len(others) < MINORITY_OTHERS:
            continue
        theirs = set().union(*(words_of[rid] for rid in mine))
        shares[person] = sum(1 for rid in others
                              if len(words_of[rid] & theirs) >= MINORITY_WORDS) / len(others)
    best = max(shares.values(), default=0.0)
    minority = {p for p, share in shares.items() if share < MINORITY_RATIO * best}
    # A record shared with someone in the main sense vouches for its people: the CT
    # radiographer on the MRI radiographer's gadolinium reaction record.
    main = set().union(*(on[p] for p in shares if p not in minority))
    for person in sorted(minority):
        if MINORITY_VOUCHED and on[person] & main:
            continue
        votes.scores[person] *= MINORITY_SENSE
        # Their claims naming the topic say so too: the claim is what made them look like
        # an expert, and the reader should see why it counted less.
        votes.claim_hits[person] = [
            attrs.evolve(c, matched=f"{c.matched}{IN_MINORITY_SENSE}")
            if c.basis in ("self_declared", "endorsed", "post") and c.matched else c
            for c in votes.claim_hits.get(person, [])]
        evidence = votes.evidence.get(person, {})
        for rid in on[person]:
            item = evidence.get(rid)
            # A record already read in another sense keeps that mark (and its lowered
            # vote): :func:`_nothing_in_sense` reads it.
            if item is not None and not item.matched.endswith(", in another sense"):
                evidence[rid] = attrs.evolve(item, contribution=item.contribution
                                             * MINORITY_SENSE,
                                             matched=f"{item.matched}{IN_MINORITY_SENSE}")


def _one_word_only(votes: _Votes, person: str, query: ExpandedQuery) -> bool:
    """True when all *person* has for a topic of three or more words is records sharing one
    of its words ("Central line bundle" for "telephone advice line"): one word of three is
    most often another sense, and such a person is no lead at all."""
    if query.size < MIN_WORDS_FOR_ONE or votes.claim_hits.get(person):
        return False
    found = votes.evidence.get(person, {}).values()
    return bool(found) and all(e.matched.startswith("only ") and "+" not in e.matched
                               for e in found)


def _nothing_in_sense(votes: _Votes, person: str) -> bool:
    """True when everything *person* has for the topic matched through its acronym in
    another sense (:func:`_acronym_elsewhere`: the HR officer's "DBS checks" for "dried
    blood spot testing"), or when they claim nothing at all and every record of theirs is
    read in another sense (:func:`_records_in_other_sense`: the GP's "Tender abdomen
    pathway" for "tendering"). A person with nothing in the topic's sense is no lead."""
    claims = [c.matched for c in votes.claim_hits.get(person, ())]
    found = [e.matched for e in votes.evidence.get(person, {}).values()]
    if all(SPELT_OTHERWISE in m for m in claims + found):
        return bool(claims or found)
    # No claim at all, and every record read in another sense.
    return not claims and bool(found) and all(m.endswith(", in another sense") for m in found)


def _dropped_capitals(query: ExpandedQuery) -> list[str]:
    """The words typed in capitals that record search left out as common ("IT" of "IT
    tickets"), as typed."""
    kept = {w for group in query.parsed.groups for term in group for w in term.words}
    return sorted(w.upper() for w in query.parsed.capitals
                  if w in STOPWORDS and w not in kept)


def _dropped_acronym(index: SearchIndex, query: ExpandedQuery, rows: list[Ranked],
                     votes: _Votes, people: dict[str, Any]) -> set[str]:
    """For a topic with an acronym that record search drops as a common word ("IT" of "IT
    tickets", searched for as "tickets"), the people to leave out, lowering the others'
    records that are not in its sense.

    The records on the rest of the topic that show the acronym, in capitals in their title,
    summary or department (the service desk's lessons on tickets, from "IT Service Desk"),
    say what it means here. A record is in that sense when it shows it or someone on it
    shows it in their post or department (the service desk manager on the go-live
    floorwalkers "raising tickets"); a record of a listed person's that is not counts
    :data:`OTHER_SENSE` as much, marked so. Shared words were not used to judge it: the
    boilerplate of a knowledge base's lessons ("Please get in touch...") joins a catering
    lesson to the service desk's. Someone with no record in that sense whose post,
    department, claims and profile never show the acronym either (the raffle tickets'
    author, the catering manager's tray tickets) is not listed. Nothing changes when no
    record shows it."""
    letters = _dropped_capitals(query)
    if not letters or not rows:
        return set()
    shows = re.compile(r"\b(?:" + "|".join(map(re.escape, letters)) + r")\b")
    by_id = {r.id: r.n for r in rows}
    marks = ",".join("?" * len(by_id))
    anchors = {rid for rid, title, summary, department in index.conn.execute(
        f"SELECT id, title, summary, department FROM docs WHERE id IN ({marks})",
        list(by_id)) if shows.search(f"{title} {summary} {department}")}
    if not anchors:
        return set()
    # Whose post or department shows it: the service desk manager's, on the go-live record.
    posted = {pid for pid, row in people.items()
              if shows.search(f"{row[2] or ''} {row[3] or ''}")}
    on: dict[str, set[str]] = defaultdict(set)
    for pid, rid in index.conn.execute(
            f"SELECT person, record FROM assoc WHERE record IN ({marks})", list(by_id)):
        on[rid].add(pid)

    def in_sense(rid: str) -> bool:
        return rid in anchors or not on[rid].isdisjoint(posted)

    listed = [p for p, v in votes.scores.items() if p in people and v > 0]
    texts: dict[str, list[str]] = defaultdict(list)
    if listed:
        for pid, text in index.conn.execute(
                f"SELECT c.person, f.text FROM claims c JOIN claims_fts f ON f.rowid = c.k "
                f"WHERE c.person IN ({','.join('?' * len(listed))})", listed):
            texts[pid].append(text)
    unshown = set()
    for person in listed:
        _, _name, job, department, _w = people[person]
        found = votes.evidence.get(person, {})
        sense = {rid for rid in found if rid in by_id and in_sense(rid)}
        if not sense and not shows.search(" ".join([job or "", department or "",
                                                     *texts[person]])):
            unshown.add(person)
            continue
        for rid in [r for r in found if r in by_id and r not in sense]:
            item = found[rid]
            lowered = item.contribution * OTHER_SENSE
            votes.scores[person] -= item.contribution - lowered
            found[rid] = attrs.evolve(item, contribution=lowered,
                                      matched=f"{item.matched}, in another sense")
    return unshown


def _only_other_form(votes: _Votes, person: str) -> bool:
    """True when every claim and record *person* has for a several-word topic has its
    "-ing" word only in another form (:func:`_verbal_words`): the lift engineer's claim
    "Lifts" and his record on the bed lift, for "lifting patients". Nothing of theirs is
    the topic as typed; a colleague's share, a related subject or their post keeps them."""
    claims = [c for c in votes.claim_hits.get(person, ())]
    found = [e.matched for e in votes.evidence.get(person, {}).values()]
    if not (claims or found):
        return False
    return all(c.basis in ("self_declared", "endorsed", "inferred", "profile")
               and AS_OTHER_FORM in c.matched for c in claims) \
        and all(AS_OTHER_FORM in m for m in found)


#: Per index, its generation and each visible person's self-description (see below).
_DESCRIBED: weakref.WeakKeyDictionary[SearchIndex, tuple[int, dict[str, Any]]] = \
    weakref.WeakKeyDictionary()


def _self_descriptions(index: SearchIndex
                       ) -> dict[str, tuple[list[tuple[str, str, bool]], str, str]]:
    """Per visible person: their job title, department and claims (made or endorsed) as
    (phrase key, text, is a claim), their profile's words as one key, and all of it joined;
    worked out once per index generation (a few thousand people take ~30 ms)."""
    cached = _DESCRIBED.get(index)
    if cached is not None and cached[0] == index._generation:
        return cached[1]
    strong: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
    for pid, job, department in index.conn.execute(
            "SELECT id, job_title, department FROM people WHERE hidden = 0"):
        strong[pid] += [(phrase_key(t), t, False) for t in (job, department) if t]
    for pid, label in index.conn.execute(
            "SELECT person, label FROM claims WHERE basis IN ('self_declared', 'endorsed')"):
        if pid in strong:
            strong[pid].append((phrase_key(label), label, True))
    stop = set(porter(sorted(STOPWORDS)))
    own = {pid: " " + " ".join(s for s in body.split() if s not in stop) + " "
           for pid, body in index.conn.execute(
               "SELECT d.id, t.body FROM docs d JOIN toks t ON t.n = d.n "
               "WHERE d.type = 'person'") if pid in strong}
    described = {pid: ([x for x in found if x[0]], own.get(pid, " "),
                       "".join(x[0] for x in found) + own.get(pid, " "))
                 for pid, found in strong.items()}
    _DESCRIBED[index] = (index._generation, described)
    return described


def _related(index: SearchIndex, query: ExpandedQuery, votes: _Votes,
             people: dict[str, Any], context: set[str]) -> None:
    """Add :data:`RELATED_SHARE` of the best score for each person who describes themselves
    with a subject related to the topic (:func:`kmcore.search.related.related_terms`): the
    microbiologist for "hand hygiene". Their own words only (claims they made or were
    endorsed for, job title, department, profile), never a record's. A claim naming the
    related subject with a telling word none of the topic's best records use ("Data safe
    haven" for a crisis topic) is another sense of it and does not count."""
    terms = related_terms(query)
    top = max((v for p, v in votes.scores.items() if p in people), default=0.0)
    if not terms or top <= 0:
        return
    described = _self_descriptions(index)
    topic_stems = _own_stems(query)
    # One pass of a pattern over each person's words finds the few who use any term.
    any_term = re.compile("|".join(re.escape(k) for k in sorted(terms, key=len, reverse=True)))
    found: dict[str, tuple[float, str, str]] = {}
    users: dict[str, int] = defaultdict(int)
    for pid, (strong, own, everything) in described.items():
        if pid not in people or not any_term.search(everything):
            continue
        best: tuple[float, str, str] = (0.0, "", "")
        other: set[str] = set()
        for key, text, claim in strong:
            hit = next((k for k in terms if k in key), None)
            if hit is not None and claim and context and votes._other_sense(
                    text, topic_stems | set(hit.split()), context, profile=False):
                other.add(hit)  # the profile's text holds the claim too: not there either
                continue
            if hit is not None:
                best = (1.0, text, hit)
                break
        if not best[0]:
            hit = next((k for k in terms if k in own and k not in other), None)
            if hit is not None and context and len(
                    {w for w in set(own.split()) - topic_stems if votes._telling(w)}
                    & context) < RELATED_PROFILE_WORDS:
                # A profile is about many things: its related subject counts only when it
                # shares a telling word with the topic's best records (the psychologist's
                # "chest pain" of panic attacks is not heart attack care).
                hit = None
            if hit is not None:
                best = (RELATED_OVERVIEW, "their profile", hit)
        if best[0]:
            found[pid] = best
            users[best[2]] += 1
    for pid, (strength, where, hit) in found.items():
        # A term many people use says less about each of them ("paediatric" against
        # "microbiology"), as a common word does in a record.
        votes.scores[pid] += RELATED_SHARE * top * strength / users[hit] ** 0.5
        term, named = terms[hit]
        votes.claim_hits[pid].append(ClaimEvidence(
            label=where, basis="related", level="",
            matched=f"{term} (related to {named})"))


def _named_in_post(query: ExpandedQuery, votes: _Votes, people: dict[str, Any]) -> None:
    """Credit each person whose job title or department names the whole topic, its words
    together and in order as typed: their own words about themselves, as a claim is. The
    sexual health nurse specialist for "sexual health", the staff of the "Sexual Health and
    HIV Service" (a little less: not everyone in a department does its work), whatever their
    records say. Only for a topic of two words or more: a single word in a title is as often
    another sense ("Records retention officer")."""
    if query.size < 2:
        return
    key = phrase_key(" ".join(group[0].text for group in query.parsed.groups))
    if not key or len(key.split()) < 2:
        return
    found: dict[str, tuple[float, str]] = {}
    for pid, (_name, job, department) in ((p, row[1:4]) for p, row in people.items()):
        if job and key in phrase_key(job):
            found[pid] = (POST_VOTE, job)
        elif department and key in phrase_key(department):
            found[pid] = (DEPARTMENT_VOTE, department)
    for pid, (vote, label) in found.items():
        matched = ""
        if _post_in_other_sense(votes, pid):
            vote *= OTHER_SENSE
            matched = "in another sense, as their records on it are"
        votes.scores[pid] += vote
        votes.claim_hits[pid].append(ClaimEvidence(label=label, basis="post", level="",
                                                   matched=matched))


def _post_in_other_sense(votes: _Votes, person: str) -> bool:
    """True when *person* claims nothing on the topic (made or endorsed) and every record of
    theirs on it was read in another sense: their post's words are then taken in that sense
    too. The chair of the "Patient Experience Committee" whose only record on the topic is
    the committee's new chair is no lead on patient experience; a post with no record on
    the topic, or with one record in the topic's sense, keeps its full vote."""
    if any(c.basis in ("self_declared", "endorsed") for c in votes.claim_hits.get(person, ())):
        return False
    found = [e.matched for e in votes.evidence.get(person, {}).values()]
    return bool(found) and all(m.endswith(", in another sense") for m in found)


def _phrase_words(text: str) -> tuple[str, ...]:
    """The stems of *text*'s words that are not :data:`PHRASE_GLUE`, in order ("just
    culture" keeps "just", a stopword to record search but the telling part here)."""
    return tuple(porter([w for w in words(text.casefold()) if w not in PHRASE_GLUE]))


def _has_phrase(phrase: tuple[str, ...], stems: list[str]) -> bool:
    """True when *stems* (a text's words in order) have every word of *phrase* within a
    run of one word more than the phrase, in any order ("quality of sample", "sample
    quality"; not "water quality and water sampling")."""
    if not phrase:
        return False
    span = len(phrase) + 1
    wanted = set(phrase)
    for at, stem in enumerate(stems):
        if stem in wanted and wanted <= set(stems[at:at + span]):
            return True
    return False


def _phrase_first(index: SearchIndex, typed: str, query: ExpandedQuery, votes: _Votes,
                  people: dict[str, Any]) -> None:
    """For a topic of two words ("just culture", "sample quality"), when some people have
    them together (a claim, their post, their profile or a record they are on, or an
    alternative of the whole topic such as "patient meals" for "patient food"), everyone
    else counts :data:`PHRASE_MISSING` as much, and below the last of those who have it:
    one word of the two ("culture" of blood culture bottles, "quality" of water quality
    beside "water sampling") is as often another sense, and the telling part of such a
    topic is the phrase. A word record search drops as common ("just") is still part of
    the phrase here. Someone with no record on it whose own claim has both words apart
    is not listed. When nobody has the phrase, nothing changes."""
    phrase = _phrase_words(typed or " ".join(t.text for g in query.parsed.groups for t in g))
    if len(phrase) != 2 or len(set(phrase)) != 2:
        return
    # A word record search left out as common ("just" of "just culture"): the rest of the
    # topic is searched for alone, and only the phrase tells its sense.
    dropped = query.size < len(phrase)
    phrases: list[tuple[str, ...]] = [phrase]
    if query.choices:
        # An alternative listed for every group stands for the whole topic.
        common = set.intersection(*({c.text for c in group if not c.own}
                                    for group in query.choices))
        phrases += [_phrase_words(" ".join(c.term.words)) for group in query.choices[:1]
                    for c in group if c.text in common]
    listed = [p for p, v in votes.scores.items() if p in people and v > 0]
    if not listed:
        return
    texts: dict[str, list[list[str]]] = defaultdict(list)
    for person in listed:
        _, _name, job, department, _w = people[person]
        for claim in votes.claim_hits.get(person, ()):
            if claim.basis in ("self_declared", "endorsed", "inferred", "post"):
                texts[person].append(porter(words(claim.label.casefold())))
        texts[person] += [porter(words(t.casefold())) for t in (job, department) if t]
    ids = {rid for p in listed for rid in votes.evidence.get(p, {})}
    marks = ",".join("?" * (len(ids) + len(listed)))
    fields = {rid: [f.split() for f in found] for rid, *found in index.conn.execute(
        f"SELECT d.id, t.title, t.summary, t.body FROM docs d JOIN toks t ON t.n = d.n "
        f"WHERE d.id IN ({marks})", sorted(ids) + listed)}
    for person in listed:
        texts[person] += fields.get(person, [])  # their profile
        for rid in votes.evidence.get(person, {}):
            texts[person] += fields.get(rid, [])
    holders = {p for p in listed
               if any(_has_phrase(ph, text) for ph in phrases for text in texts[p])}
    if not holders:
        return
    floor = min(votes.scores[p] for p in holders)
    others = [p for p in listed if p not in holders]
    if not others:
        return
    factor = min(PHRASE_MISSING, 0.9 * floor / max(votes.scores[p] for p in others))
    for person in others:
        if not votes.evidence.get(person) and any(
                set(phrase) <= set(porter(words(c.label.casefold())))
                for c in votes.claim_hits.get(person, ())
                if c.basis in ("self_declared", "endorsed")):
            # Their own words have both words, but apart and nothing else of theirs is on
            # the topic ("Water quality and water sampling" for "sample quality"): they
            # speak of something else.
            votes.scores[person] = 0.0
            continue
        if not dropped:
            # Both words are searched for as the topic: the records' and claims' own
            # checks (whole topic, proximity, sense) already weigh a word alone.
            continue
        votes.scores[person] *= factor
        votes.claim_hits[person].append(ClaimEvidence(
            label="nothing of theirs has the topic's words together", basis="phrase",
            level="", matched=" ".join(words(typed) if typed else phrase)))


def _other_compound(index: SearchIndex, typed: str, query: ExpandedQuery,
                    votes: _Votes, found: list[Ranked]) -> None:
    """For a topic of two words ("tooth extraction"), a record with only its second word,
    the head, whose title has that word only after another telling word that no record
    with the first word uses ("Dental lab fume extraction fans failed": "fume" is in no
    record on teeth) is on another compound, "fume extraction", not the topic: it counts
    :data:`OTHER_SENSE` as much, marked "in another sense". A word of the topic or of its
    alternatives, a little word, or a word the records with the first word use ("steroid"
    of "steroid injection" beside the records on joints) is no other compound."""
    phrase = _phrase_words(typed or " ".join(t.text for g in query.parsed.groups for t in g))
    if len(phrase) != 2 or len(set(phrase)) != 2:
        return
    head = phrase[1]
    own = _own_stems(query) | set(phrase) | set(porter(sorted(PHRASE_GLUE)))
    first = {phrase[0]} | {s for c in (query.choices[0] if query.choices else ())
                           for opts in c.stems() for s in opts}
    near: set[str] = set().union(set(), *(
        stems for stems in _record_stems(index, [r.n for r in found]).values()
        if not first.isdisjoint(stems)))
    # Someone with a claim in the topic's sense is left to it.
    items = {rid: (p, e) for p, mine in votes.evidence.items() if p not in votes.in_sense
             for rid, e in mine.items()
             if e.matched.startswith("only ") and "another sense" not in e.matched}
    if not items:
        return
    marks = ",".join("?" * len(items))
    titles = dict(index.conn.execute(
        f"SELECT d.id, t.title FROM docs d JOIN toks t ON t.n = d.n WHERE d.id IN ({marks})",
        sorted(items)))
    for rid, (person, item) in items.items():
        stems = titles.get(rid, "").split()
        at = [i for i, w in enumerate(stems) if w == head]
        if not at or any(i == 0 or stems[i - 1] in own or stems[i - 1] in near
                         or not votes._telling(stems[i - 1]) for i in at):
            continue
        lowered = item.contribution * OTHER_SENSE
        votes.scores[person] -= item.contribution - lowered
        votes.evidence[person][rid] = attrs.evolve(
            item, contribution=lowered, matched=f"{item.matched}, in another sense")


#: Where a profile's list items end: punctuation, and "and"/"or" between them.
_LIST_BREAK = re.compile(r"[,;:.()/\n]|\band\b|\bor\b|&", re.IGNORECASE)


def _profile_apart(index: SearchIndex, typed: str, query: ExpandedQuery,
                   votes: _Votes) -> None:
    """For a topic of two words, someone whose only credit is their profile's own text, with
    no record on the topic, and whose profile has the two words only in different items of a
    list ("Buildings, lifts, fire safety and theatre refurbishments" for "theatre safety")
    speaks of two other things, as D820's claim with both words apart does: not listed."""
    phrase = _phrase_words(typed or " ".join(t.text for g in query.parsed.groups for t in g))
    if len(phrase) != 2 or len(set(phrase)) != 2:
        return
    only = [p for p, hits in votes.claim_hits.items() if votes.scores.get(p, 0.0) > 0
            and hits and not votes.evidence.get(p) and all(c.basis == "profile" for c in hits)]
    if not only:
        return
    marks = ",".join("?" * len(only))
    wanted = set(phrase)
    for person, text in index.conn.execute(
            f"SELECT c.person, f.text FROM claims c JOIN claims_fts f ON f.rowid = c.k "
            f"WHERE c.basis = 'profile' AND c.person IN ({marks})", only):
        stems = set(porter(words((text or "").casefold())))
        if not wanted <= stems:
            continue
        if any(wanted <= set(porter(words(item.casefold())))
               for item in _LIST_BREAK.split(text or "")):
            continue
        votes.scores[person] = 0.0


def _colleagues(votes: _Votes, people: dict[str, Any]) -> None:
    """Add the team's share (:data:`COLLEAGUE_SHARE`) of each declared expert's score to the
    others in their department: the speech therapist of the stroke unit for "stroke
    thrombolysis", the pharmacist of the learning disability health team for its health
    checks. Only people who declare the whole topic are sources, so a department is not
    credited for one record someone in it was named on (often in another sense)."""
    scores = votes.scores
    top = max((v for p, v in scores.items() if p in people), default=0.0)
    if top <= 0:
        return
    members: dict[str, list[str]] = defaultdict(list)
    for pid, row in people.items():
        if (row[3] or "").strip():
            members[row[3].strip().casefold()].append(pid)
    bonus: dict[str, tuple[float, str]] = {}
    for source, score in list(scores.items()):
        if source not in people or score < COLLEAGUE_SOURCE * top:
            continue
        if not any(c.basis in ("self_declared", "endorsed") and not c.matched.startswith("only")
                   for c in votes.claim_hits.get(source, ())):
            continue
        team = [p for p in members.get((people[source][3] or "").strip().casefold(), ())
                if p != source]
        for person in team:
            share = COLLEAGUE_SHARE * score / len(team) ** 0.5
            if share > bonus.get(person, (0.0, ""))[0]:
                bonus[person] = (share, source)
    for person, (share, source) in bonus.items():
        scores[person] += share
        votes.claim_hits[person].append(ClaimEvidence(
            label=people[source][3], basis="colleague", level="",
            endorsed_by=(people[source][1],), endorsed_by_ids=(source,)))


def _partial_rows(index: SearchIndex, expanded: ExpandedQuery, rows: list[Ranked],
                  today: dt.date, where: Any, home_only: set[str]
                  ) -> tuple[list[Ranked], set[str]]:
    """Records with some of a topic's words, in the sense of the records with all of them
    (:func:`_in_same_sense`); none for a one-word topic.

    Those with the topic's core (:func:`_has_core`) always vote: the nurse whose records are
    all on "pressure ulcers" without saying "prevention" knows about pressure ulcer
    prevention. The others only when too few people have the whole topic.

    Also returns the ids of the records taken to be about the topic itself (see
    :data:`CORE_SCORE_SHARE`): one of them is enough for a person to count. Adds to
    *home_only* the records in its sense only by their department (:func:`_from_home`).
    """
    if expanded.size < 2:
        return [], set()
    partial = index._ranked(expanded, where, _CANDIDATE_DOCS, 0, today.isoformat(),
                            match_all=False, not_every=True)
    if not rows:
        return _parts_agree(index, expanded, partial), set()
    kept = {r.n for r in _in_same_sense(index, expanded, rows, partial)}
    home = {r.n for r in _from_home(index, rows, partial)} - kept
    kept |= home
    home_only.update(r.id for r in partial if r.n in home)
    if any(_own_words(r) for r in rows):
        return [r for r in partial if r.n in kept], set()
    # Every record with the whole topic has it only through an alternative ("family carers"
    # for "unpaid carers"), often in passing: a weak witness of what the topic is about. A
    # record with the core in the user's own words that scores near the best of them is
    # about the topic itself, so it is not judged by their words.
    floor = CORE_SCORE_SHARE * max(r.score for r in rows)
    about = {r.id for r in partial if r.scored is not None and _has_core(r.scored)
             and r.score >= floor and _own_words(r)}
    return [r for r in partial if r.n in kept or r.id in about], about


def _parts_agree(index: SearchIndex, query: ExpandedQuery, partial: list[Ranked]
                 ) -> list[Ranked]:
    """No record has the whole topic: the *partial* records that share at least
    :data:`PARTS_AGREE` telling words with a record having a part of the topic they lack,
    the parts read in one sense. For "tooth extraction", the dental list with "extraction"
    shares "dental" words with the toothbrushing scheme's "tooth"; "data extraction from GP
    systems" shares none, and the NHS Spine outage none with records on "problems". A record
    whose part is a subject of the shipped related families (:func:`is_subject`: "sepsis",
    "asthma") is kept anyway. When no record agrees with another, none is kept: a topic
    nobody's records join up is better unanswered than answered by a shared word."""
    if not partial:
        return partial
    found = _record_stems(index, [r.n for r in partial])
    telling = _TellingWords(index)
    # The words typed, not those of the alternatives: no record here has an alternative of
    # the whole topic ("dental extraction" for "tooth extraction"), and its other words
    # ("dental") are what tells the parts' sense.
    own = _typed_stems(query)
    parts = {r.n: {m[0] for m in r.scored.matched} if r.scored else set() for r in partial}
    tell = {n: {s for s in stems - own if telling(s)} for n, stems in found.items()}
    kept = []
    for row in partial:
        mine = parts[row.n]
        if row.scored is not None and any(is_subject(group) or is_subject(choice)
                                          for group, choice, _s, _p in row.scored.matched):
            # A subject in its own right ("sepsis" of "sepsis recognition", "asthma" of
            # "childhood asthma"): its records are on the topic's subject whatever the
            # qualifier's records are about.
            kept.append(row)
        elif any(len(tell.get(row.n, set()) & tell.get(other.n, set())) >= PARTS_AGREE
               for other in partial if parts[other.n] - mine):
            kept.append(row)
    return kept


class _TellingWords:
    """Whether a stem is telling (in under :data:`TELLING_SHARE` of the records), asked
    once per stem."""

    def __init__(self, index: SearchIndex, share: float = TELLING_SHARE) -> None:
        self.conn = index.conn
        self.limit = share * max(1, index._doc_total())
        self.seen: dict[str, bool] = {}

    def __call__(self, stem: str) -> bool:
        if stem not in self.seen:
            row = self.conn.execute("SELECT doc FROM fts_words WHERE term = ?",
                                    (stem,)).fetchone()
            self.seen[stem] = bool(row) and int(row[0]) < self.limit
        return self.seen[stem]


def _typed_word(query: ExpandedQuery) -> str:
    """The word typed, for a one-word topic ("" otherwise)."""
    if query.size != 1:
        return ""
    own = [c.term.words for group in query.choices for c in group if not c.source]
    return own[0][0] if own and len(own[0]) == 1 else ""


def _other_form(typed: str, text: str) -> bool:
    """True when *text* has *typed*'s stem only in other forms of the word ("screens",
    "screen" for "screening"), never *typed* itself, its plural or its singular."""
    if not typed:
        return False
    found = set(words(text))
    # Singular and plural are one form ("antibiotic" for "antibiotics").
    if found & _forms(typed):
        return False
    stem = porter([typed])[0]
    return any(porter([w])[0] == stem for w in found)


def _in_other_form(index: SearchIndex, query: ExpandedQuery, rows: list[Ranked]) -> set[str]:
    """The ids of *rows* whose title and summary have a one-word topic only in another form
    of the word (see :data:`OTHER_FORM`); for a topic of several words, one of its typed
    "-ing" words only in another form (:func:`_verbal_words`)."""
    if query.size == 1:
        typed = _typed_word(query)
        if not typed or not rows:
            return set()
        marks = ",".join("?" * len(rows))
        return {rid for rid, title, summary in index.conn.execute(
            f"SELECT id, title, summary FROM docs WHERE id IN ({marks})",
            [r.id for r in rows]) if _other_form(typed, f"{title} {summary}")}
    verbal = _verbal_words(query)
    if not verbal or not rows:
        return set()
    marks = ",".join("?" * len(rows))
    return {rid for rid, title, summary in index.conn.execute(
        f"SELECT id, title, summary FROM docs WHERE id IN ({marks})", [r.id for r in rows])
        if _verbal_other_form(verbal, f"{title} {summary}")}


def _verbal_other_form(verbal: list[str], text: str) -> bool:
    """True when *text* has one of a topic's "-ing" words (*verbal*) only in another form
    of the word, not counting its "-ed" form, the same verb ("slides scanned" for "slide
    scanning"; "the lift" for "lifting patients" is another form)."""
    found = set(words(text))
    return any(_other_form(t, text) and t[:-3] + "ed" not in found for t in verbal)


def _as_typed(index: SearchIndex, query: ExpandedQuery, rows: list[Ranked]) -> list[Ranked]:
    """*rows* less those whose title and summary never have a several-word topic's "-ing"
    word in the form typed (:func:`_verbal_words`): what "lifting patients" means here is
    not read from "When the theatre lift is down", nor from a record that has the word only
    in its body, where stemming may have joined it to another."""
    verbal = _verbal_words(query)
    if not verbal or not rows:
        return rows
    marks = ",".join("?" * len(rows))
    named = {rid for rid, title, summary in index.conn.execute(
        f"SELECT id, title, summary FROM docs WHERE id IN ({marks})", [r.id for r in rows])
        if all(set(words(f"{title} {summary}")) & {t, t + "s", t[:-3] + "ed"}
               for t in verbal)}
    return [r for r in rows if r.id in named]


def _forms(typed: str) -> set[str]:
    """*typed*, its plural and its singular ("antibiotic" for "antibiotics")."""
    return {typed, typed + "s", typed + "es", typed.removesuffix("s"), typed.removesuffix("es")}


def _verbal_words(query: ExpandedQuery) -> list[str]:
    """The words of a several-word topic typed as an "-ing" form ("lifting" of "lifting
    patients"): stemming joins them to a noun of another sense ("lift", the one in the
    building), as it joins "screen" to "screening" for a one-word topic."""
    if query.size < 2:
        return []
    own = [c.term.words for group in query.choices for c in group if not c.source]
    return [w[0] for w in own if len(w) == 1 and len(w[0]) > 5 and w[0].endswith("ing")]


def _acronyms(query: ExpandedQuery) -> dict[str, tuple[str, ...]]:
    """The topic's alternatives that are the initials of the words they stand for ("DBS"
    for "dried blood spot"), each with those words as stems, in order."""
    found: dict[str, tuple[str, ...]] = {}
    for group in query.choices:
        for choice in group:
            if choice.own or len(choice.term.words) != 1:
                continue
            letters = choice.term.words[0].casefold()
            if len(letters) < ACRONYM_MIN_LETTERS or not letters.isalpha() or \
                    choice.text in found:
                continue
            meant = tuple(w.casefold() for g in query.choices
                          if any(c.text == choice.text for c in g)
                          for c in g if c.own for w in c.term.words)
            if "".join(w[0] for w in meant if w not in ACRONYM_GLUE) == letters:
                found[choice.text] = tuple(porter(list(meant)))
    return found


def _spelt_otherwise(letters: str, meant: tuple[str, ...], stems: list[str]) -> bool:
    """True when *stems* (a text's words in order, as stems) have a run of words whose
    initials are *letters* and which is not *meant*: the acronym spelt out as something
    else ("disclosure and barring service" for DBS, against "dried blood spot"). A text
    that also spells out *meant* is taken in the topic's sense."""
    meant_core = tuple(w for w in meant if w not in ACRONYM_GLUE)
    other = False
    for start in range(len(stems)):
        run: list[str] = []
        at = start
        while at < len(stems) and len(run) < len(letters):
            word = stems[at]
            if run and word in ACRONYM_GLUE:
                at += 1
                continue
            if not word or word[0] != letters[len(run)]:
                break
            run.append(word)
            at += 1
        if len(run) == len(letters):
            if tuple(run) == meant_core:
                return False
            other = True
    return other


def _acronym_elsewhere(acronyms: dict[str, tuple[str, ...]], scored: Scored,
                       ns: list[int], index: SearchIndex) -> bool:
    """True when *scored* matched through one of the topic's *acronyms* and the texts *ns*
    (docs' numbers) spell that acronym out as other words: the same letters in another
    sense."""
    used = [(choice, acronyms[choice]) for _g, choice, _s, _p in scored.matched
            if choice in acronyms]
    if not used or not ns:
        return False
    marks = ",".join("?" * len(ns))
    texts = [" ".join(fields).split() for *fields, in index.conn.execute(
        f"SELECT title, summary, body FROM toks WHERE n IN ({marks})", ns)]
    return any(_spelt_otherwise(choice.casefold(), meant, text)
               for choice, meant in used for text in texts)


def _texts_of(index: SearchIndex, person: str) -> list[int]:
    """The docs' numbers of *person*'s profile and every record they are on."""
    return [n for (n,) in index.conn.execute(
        "SELECT n FROM docs WHERE id = ? OR id IN (SELECT record FROM assoc WHERE person = ?)",
        (person, person))]


def _own_words(row: Ranked) -> bool:
    """True when *row* matched every group it matched in the words the user typed."""
    return row.scored is not None and all(not source for _g, _c, source, _p
                                          in row.scored.matched)


def _self_described(index: SearchIndex, query: ExpandedQuery, votes: _Votes, today: dt.date,
                    where: Any, top: float, whole: list[Ranked]) -> None:
    """Too few people for a several-word topic: a record with its telling part (at least
    :data:`CORE_SHARE` of it by IDF: "falls" of "falls prevention", "stroke" of "stroke
    thrombolysis") votes, as a partial record does, for the people on it who also describe
    themselves with that part (job title, department, profile): the paramedic who did the
    falls pick-up service and writes "falls pick-up" on their profile, the therapist of
    the stroke unit. Two signs of the same sense, not one shared word; only people not yet
    counted, so those with the topic itself keep their place.

    When the records with the whole topic have a home department (:func:`_home_department`),
    a record from another department sharing nothing telling with them
    (:func:`_in_same_sense`) does not count: the volunteer coordinator's "Garden volunteers
    graft heritage apple trees" and her profile's grafting are not "skin grafts"."""
    loose = index._ranked(query, where, _CANDIDATE_DOCS, 0, today.isoformat(),
                          match_all=False, not_every=True)
    loose = [r for r in loose if r.scored is not None and r.scored.weighted >= CORE_SHARE]
    home = _home_department(index, whole[:SENSE_RECORDS]) if whole else ""
    if home and loose:
        departments = _departments(index, [r.n for r in loose])
        same = {r.n for r in _in_same_sense(index, query, whole, loose)}
        loose = [r for r in loose
                 if r.n in same or departments.get(r.n, home) == home]
    if not loose:
        return
    marks = ",".join("?" * len(loose))
    on: dict[str, list[tuple[str, str, float]]] = defaultdict(list)
    for person, record, role, weight in index.conn.execute(
            f"SELECT person, record, role, weight FROM assoc WHERE record IN ({marks})",
            [r.id for r in loose]):
        if votes.scores.get(person, 0.0) <= 0:
            on[person].append((record, role, float(weight)))
    if not on:
        return
    marks = ",".join("?" * len(on))
    selves = {pid: set(" ".join(fields).split()) for pid, *fields in index.conn.execute(
        f"SELECT d.id, t.summary, t.subjects, t.body FROM docs d JOIN toks t ON t.n = d.n "
        f"WHERE d.id IN ({marks})", sorted(on))}
    by_id = {r.id: r for r in loose}
    best = top or max(r.score for r in loose)
    lead = max(votes.scores.values(), default=0.0)
    for person, found in on.items():
        self_words = selves.get(person, set())
        counted = []
        for record, role, weight in found:
            row = by_id[record]
            assert row.scored is not None
            # Each part of the topic the record has must be in the person's own words too.
            if not all(_choice_in(query, choice, self_words)
                       for _g, choice, _s, _p in row.scored.matched):
                continue
            contribution = (PARTIAL_VOTE * row.scored.weighted ** 2 * min(1.0, row.score / best)
                            * weight * _recency(row.date, today))
            if role in PROCESS_ROLES:
                contribution *= PROCESS_ROLE_SHARE
            counted.append((record, role, row, contribution))
        total = sum(c for *_, c in counted)
        if counted and 0 < total < SELF_DESCRIBED_SHARE * lead:
            # The topic's telling part in their own words and in their records is at least
            # as close to it as a related subject in their own words alone (_related).
            counted = [(record, role, row, c * SELF_DESCRIBED_SHARE * lead / total)
                       for record, role, row, c in counted]
        for record, role, row, contribution in counted:
            known = votes.evidence[person].get(record)
            if known is not None and known.contribution >= contribution:
                continue
            votes.scores[person] += contribution - (known.contribution if known else 0.0)
            assert row.scored is not None
            votes.evidence[person][record] = RecordEvidence(
                id=record, type=row.type, title=row.title, role=role, date=row.date,
                contribution=contribution,
                matched=f"only {describe_match(row.scored.matched)}, as on their profile")


def _choice_in(query: ExpandedQuery, choice: str, stems: set[str]) -> bool:
    """True when *choice* (the words of the query, or the alternative, that matched) has
    all its stems, less stopwords, in *stems*."""
    for found in query.choices:
        for c in found:
            if c.term.text == choice or c.text == choice:
                own = set(stems_of(list(c.term.words)).split()) - set(
                    porter(sorted(STOPWORDS)))
                return bool(own) and own <= stems
    return bool(choice) and set(stems_of(words(choice)).split()) <= stems


def _has_core(scored: Scored) -> bool:
    """True when a record or claim lacking some of the topic's words has its core: the words
    missing are no more than :data:`CORE_MISSING` of the topic counted by IDF ("pressure
    ulcers" for "pressure ulcer prevention", not "prevention" alone). A core is at least two
    of the topic's words: one word alone ("flow" of "patient flow") is as often another
    sense ("blood flow")."""
    return len(scored.matched) >= 2 and scored.weighted >= 1.0 - CORE_MISSING


def _own_context(index: SearchIndex, partial: _Votes) -> dict[str, set[str]]:
    """Per person, the words of their own records with the topic's core (less nothing: the
    caller leaves out the topic's words), so their claim "Bed sores on surgical wards" is
    read beside their records on pressure ulcers on surgical wards."""
    ids = {r for found in partial.evidence.values() for r in found}
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    by_id = {i: n for i, n in index.conn.execute(
        f"SELECT id, n FROM docs WHERE id IN ({marks})", sorted(ids))}
    stems = _record_stems(index, list(by_id.values()))
    return {person: set().union(*(stems.get(by_id.get(r, -1), set()) for r in found))
            for person, found in partial.evidence.items()
            if any(e.contribution > 0 and "only" in e.matched for e in found.values())}


def _people_on(index: SearchIndex, ids: list[str]) -> dict[str, set[str]]:
    """Who is on each of the records *ids*: person id -> the ids of those they are on."""
    on: dict[str, set[str]] = defaultdict(set)
    marks = ",".join("?" * len(ids))
    for person, record in index.conn.execute(
            f"SELECT DISTINCT person, record FROM assoc WHERE record IN ({marks})", ids):
        on[person].add(record)
    return on


def _record_stems(index: SearchIndex, ns: list[int]) -> dict[int, set[str]]:
    """The words (stems) of each record *n* in *ns*, less the words of its kind, stage and
    other classifying labels where its subjects have them only from there: every innovation
    story is labelled "innovation story", which is no sign that two stories share a subject
    (the eye strain story beside the diabetic eye screening one)."""
    marks = ",".join("?" * len(ns))
    facets: dict[int, set[str]] = defaultdict(set)
    for n, stem in index.conn.execute(
            f"SELECT n, value FROM terms WHERE kind = 'facet' AND n IN ({marks})", ns):
        facets[n].add(stem)
    return {n: set(f"{title} {summary} {body}".split()) | (set(subjects.split()) - facets[n])
            for n, title, summary, subjects, body in index.conn.execute(
                f"SELECT n, title, summary, subjects, body FROM toks WHERE n IN ({marks})", ns)}


def _own_stems(query: ExpandedQuery) -> set[str]:
    """The topic's words and their alternatives, and stopwords, as stems."""
    own = {s for group in query.choices for c in group for opts in c.stems() for s in opts}
    return own | set(porter(sorted(STOPWORDS)))


def _typed_stems(query: ExpandedQuery) -> set[str]:
    """The topic's own words (and their forms) as typed, and stopwords, as stems."""
    own = {s for group in query.choices for c in group if c.own
           for opts in c.stems() for s in opts}
    return own | set(porter(sorted(STOPWORDS)))


def _context(index: SearchIndex, query: ExpandedQuery, whole: list[Ranked]) -> set[str]:
    """The words of the best records with the whole topic, less the topic's own words."""
    if not whole:
        return set()
    found = _record_stems(index, [r.n for r in whole[:SENSE_RECORDS]])
    return set().union(*found.values()) - _own_stems(query)


def _contexts_without(index: SearchIndex, query: ExpandedQuery, whole: list[Ranked]
                      ) -> dict[str, set[str]]:
    """For each person on some of the best records with the whole topic, the words of the
    others (as :func:`_context`): what other people's work on the topic says, against which
    their own claim is judged. The IT lead's service desk triage record cannot vouch for her
    "IT service desk triage" being the emergency department's triage. Left out when they
    are on half of them or more, or fewer than three are left: too little else to judge by
    (the peer worker on most of the records on hearing voices)."""
    best = whole[:SENSE_RECORDS]
    if not best:
        return {}
    found = _record_stems(index, [r.n for r in best])
    by_id = {r.id: r.n for r in best}
    marks = ",".join("?" * len(by_id))
    on: dict[str, set[str]] = defaultdict(set)
    for person, record in index.conn.execute(
            f"SELECT DISTINCT person, record FROM assoc WHERE record IN ({marks})",
            list(by_id)):
        on[person].add(record)
    own = _own_stems(query)
    telling = _TellingWords(index)
    uncommon = _TellingWords(index, TOPIC_WORD_SHARE)
    claimed: dict[str, set[str]] = defaultdict(set)
    if query.size == 1 and on:
        for pid, label in index.conn.execute(
                f"SELECT person, label FROM claims WHERE basis IN ('self_declared', 'endorsed')"
                f" AND person IN ({','.join('?' * len(on))})", sorted(on)):
            claimed[pid] |= set(stems_of(words(label)).split())
    out = {}
    for person, mine in on.items():
        ids = [rid for rid in by_id if rid not in mine]
        others = [found.get(by_id[rid], set()) - own for rid in ids]
        if len(others) <= max(SENSE_WORDS, len(best) / 2):
            continue
        main = _main_sense(query, others, telling, uncommon)
        if main is None:
            out[person] = _meant(index, query, whole, mine, own) or set().union(*others)
            continue
        # A one-word topic with a clear main sense: its records, and the claims of the
        # people on them, say what the topic means here. "High-contrast signs" cannot
        # vouch for "Colour contrast for accessibility" through "Low-contrast screen
        # themes"; the CT radiographer's claim "Contrast reactions" vouches for the MRI
        # radiographer's "Gadolinium contrast reactions".
        kept = {rid for rid, stems in zip(ids, others, strict=True)
                if any(stems is m for m in main)}
        # Only people on two or more of those records: the main sense's own people, not
        # someone who shares one record with them.
        vouch = {p for p, records in on.items() if p != person and len(records & kept) >= 2}
        out[person] = set().union(*main, *(claimed[p] for p in vouch)) - own
    return out


def _meant(index: SearchIndex, query: ExpandedQuery, whole: list[Ranked], mine: set[str],
           own: set[str]) -> set[str]:
    """The words of the records in a one-word topic's meaning as the vocabulary gives it,
    when the best records have no clear main sense of their own: "fits" is in the records
    on the wheelchair that fits the doorway and the hearing aid that fits, and means
    epilepsy and seizures. The records (not *mine*, the person's own) matched through one
    of the topic's alternatives, at most :data:`SENSE_RECORDS`, when there are at least
    :data:`MAIN_SENSE_RECORDS` of them; an empty set otherwise."""
    if query.size != 1:
        return set()
    meant = [r for r in whole if r.id not in mine and r.scored is not None
             and any(source for _g, _c, source, _p in r.scored.matched)][:SENSE_RECORDS]
    if len(meant) < MAIN_SENSE_RECORDS:
        return set()
    found = _record_stems(index, [r.n for r in meant])
    return set().union(*found.values()) - own


def _shared_context(others: list[set[str]], telling: _TellingWords,
                    uncommon: _TellingWords) -> set[str]:
    """The words that can say what *others* (records' stems) are about: each telling word of
    theirs, and an uncommon one that half of them or more use."""
    uses: dict[str, int] = defaultdict(int)
    for stems in others:
        for w in stems:
            uses[w] += 1
    return {w for w, n in uses.items()
            if telling(w) or (2 * n >= len(others) and uncommon(w))}


def _main_sense(query: ExpandedQuery, others: list[set[str]], telling: _TellingWords,
                uncommon: _TellingWords) -> list[set[str]] | None:
    """Of *others* (records' stems, less the topic's), those in a one-word topic's main
    sense (:func:`_anchored`: a telling word two or more of the others use); None when the
    topic has several words, there are fewer than :data:`MAIN_SENSE_RECORDS`, or fewer than
    :data:`MAIN_SENSE_SHARE` of them are anchored (no clear main sense)."""
    if query.size != 1 or len(others) < MAIN_SENSE_RECORDS:
        return None
    context = _shared_context(others, telling, uncommon)
    main = [o for o in others if _anchored(o, others, context)]
    return main if len(main) >= MAIN_SENSE_SHARE * len(others) else None


def _knowledge_work(votes: _Votes, people: dict[str, Any]) -> None:
    """The library and knowledge service's part in a record on the topic is the knowledge
    work around it (the evidence search behind "Evidence review on outpatient antibiotics
    for febrile neutropenia"), as :data:`PROCESS_ROLES` are: such a record counts
    :data:`PROCESS_ROLE_SHARE` as much for someone whose job title or department is the
    library and knowledge service's (:func:`_in_knowledge_service`), unless they claim the
    topic itself (a claim made or endorsed naming all of it): the librarian is an expert in
    searching, and their claims ("literature searching") still find them."""
    for person, evidence in votes.evidence.items():
        row = people.get(person)
        if row is None or not _in_knowledge_service(row[2], row[3]) or any(
                c.basis in ("self_declared", "endorsed") and not c.matched.startswith("only")
                for c in votes.claim_hits.get(person, ())):
            continue
        for rid, item in list(evidence.items()):
            if item.role in PROCESS_ROLES:
                continue  # already counted as knowledge work
            lowered = item.contribution * PROCESS_ROLE_SHARE
            votes.scores[person] -= item.contribution - lowered
            evidence[rid] = attrs.evolve(item, contribution=lowered)


def _in_knowledge_service(job_title: str, department: str) -> bool:
    """True for a post in a library and knowledge service: a librarian, or a department or
    job title naming the library or knowledge service ("Knowledge manager")."""
    found = set(words(f"{job_title} {department}".casefold()))
    return bool(found & {"library", "libraries", "librarian", "librarians"}) or (
        "knowledge" in found and bool(found & {"service", "services", "manager", "management"}))


def _records_in_other_sense(index: SearchIndex, query: ExpandedQuery, whole: list[Ranked],
                            votes: _Votes) -> None:
    """The records of someone with no claim of their own on the topic that share fewer than
    :data:`SENSE_WORDS` words with other people's best records on it are the topic's word in
    another sense: each counts :data:`OTHER_SENSE` as much, marked so. "Spice time credits
    for veterans who volunteer" beside the prison's records on spice; "Presenting complaint
    codes for the 111 dashboard" beside records on complaints handling.

    A shared word counts when it is telling (:data:`TELLING_SHARE`) or when half or more of
    those other records use it: the topic's own vocabulary ("wing" of the prison's records
    on spice) is common in a knowledge base about it, and still says which sense is meant.
    Judged only when at least two of the best records, and more than half of them, are
    other people's, and at least two other people are on them, so there is enough else to
    read by."""
    best = whole[:SENSE_RECORDS]
    if len(best) < SENSE_WORDS:
        return
    found = _record_stems(index, [r.n for r in best])
    on = _people_on(index, [r.id for r in best])
    ids = {r.id: r.n for r in whole}
    telling = _TellingWords(index)
    uncommon = _TellingWords(index, TOPIC_WORD_SHARE)
    own = _own_stems(query)
    for person, evidence in votes.evidence.items():
        if person in votes.judged:
            continue  # their claim is judged on its own (see _Votes.claims)
        bare = any(c.basis in ("self_declared", "endorsed")
                   for c in votes.claim_hits.get(person, ()))
        if bare and query.size != 1:
            continue
        others = [found.get(r.n, set()) - own for r in best if r.id not in on.get(person, ())]
        mine = [rid for rid in evidence if rid in ids]
        witnesses = {p for p, records in on.items() if p != person
                     and any(r.id in records and r.id not in on.get(person, ()) for r in best)}
        if len(others) < SENSE_WORDS or len(others) <= len(best) / 2 or len(witnesses) < 2 \
                or not mine:
            # Too little else to read by, or all of it one other person's work (their
            # "screens" records cannot say the nurse's "screening" is another sense).
            continue
        context = _shared_context(others, telling, uncommon)
        stems_of_mine = _record_stems(index, [ids[rid] for rid in mine])
        # A one-word topic: a record is also in another sense when it shares nothing with
        # the topic's main sense, read from the others' records: neither a word two or
        # more of them use, nor two telling words with one of them that has such a word.
        # "Low-contrast screen themes" shares words with "High-contrast signs" alone, which
        # shares none with the CT records on contrast media.
        main = [o for o in others if _anchored(o, others, context)] \
            if query.size == 1 and len(others) >= MAIN_SENSE_RECORDS else None
        if main is not None and len(main) < MAIN_SENSE_SHARE * len(others):
            # No clear main sense (a knowledge base on eyes, whose records on cataracts
            # share few telling words): nothing to read a record's sense by.
            main = None
        for rid in mine:
            item = evidence[rid]
            stems = stems_of_mine.get(ids[rid], set()) & context
            if (len(stems) >= SENSE_WORDS and (
                    main is None or _anchored(stems, others, context)
                    or any(len(stems & o) >= SENSE_WORDS for o in main))) \
                    or "another sense" in item.matched:
                continue
            lowered = item.contribution * OTHER_SENSE
            votes.scores[person] -= item.contribution - lowered
            evidence[rid] = attrs.evolve(item, contribution=lowered,
                                         matched=f"{item.matched}, in another sense")
        if bare and main is not None and all(
                e.matched.endswith(", in another sense") for e in evidence.values()):
            _bare_claims_elsewhere(votes, person)


def _bare_claims_elsewhere(votes: _Votes, person: str) -> None:
    """*person*'s claims on a one-word topic say nothing beyond its word ("Staff under
    pressure": "staff" is in a tenth of the records or more), and every record of theirs
    on it was read in another sense beside the topic's main sense: what their claims mean
    is what their records mean, and each counts :data:`OTHER_SENSE` as much, marked so."""
    votes.scores[person] -= votes.bare_votes[person] * (1 - OTHER_SENSE)
    votes.bare_votes[person] *= OTHER_SENSE
    votes.claim_hits[person] = [
        attrs.evolve(c, matched=f"{c.matched}, in another sense, as their records on it are")
        if c.basis in ("self_declared", "endorsed") else c
        for c in votes.claim_hits[person]]


def _letters_only(index: SearchIndex, query: ExpandedQuery, whole: list[Ranked],
                  votes: _Votes) -> None:
    """A typed acronym with a known meaning ("DBS", deep brain stimulation): the records of
    someone with no claim on it that have the letters alone, never the words they stand
    for, and share fewer than :data:`SENSE_WORDS` telling words with the records that spell
    it out (or have another of its alternatives), are the letters in another sense ("DBS
    checks for volunteers" beside "Deep brain stimulation assessment pathway"), and each
    counts :data:`OTHER_SENSE` as much, marked so. Only when some record on the topic spells
    it out: with none, nothing says what the letters mean here.
    D680 catches a text that spells the letters out otherwise; this one, a text that never
    spells them out at all, which D681 cannot judge with one or two records to read by."""
    typed = _typed_word(query)
    if len(typed) < ACRONYM_MIN_LETTERS or not typed.isalpha():
        return
    letters = typed.casefold()
    meanings = [frozenset(porter([w.casefold() for w in c.term.words
                                  if w.casefold() not in ACRONYM_GLUE]))
                for group in query.choices for c in group
                if not c.own and len(c.term.words) > 1
                and "".join(w[0] for w in (x.casefold() for x in c.term.words)
                            if w not in ACRONYM_GLUE) == letters]
    best = whole[:SENSE_RECORDS]
    if not meanings or not best:
        return
    # The records in the letters' known meaning: those with the words they stand for, or
    # with any other alternative the topic has ("chemotherapy" for SACT).
    meanings += [frozenset(porter([w.casefold() for w in c.term.words]))
                 for group in query.choices for c in group if not c.own]
    found = _record_stems(index, [r.n for r in best])
    spelt = {r.id for r in best if any(m <= found.get(r.n, set()) for m in meanings)}
    if not spelt:
        return
    telling = _TellingWords(index)
    own = _own_stems(query)
    context = {w for r in best if r.id in spelt for w in found.get(r.n, set()) - own
               if telling(w)}
    ns = {r.id: r.n for r in best}
    for person, evidence in votes.evidence.items():
        if person in votes.judged:
            continue  # their claim is judged on its own (see _Votes.claims)
        bare = any(c.basis in ("self_declared", "endorsed")
                   for c in votes.claim_hits.get(person, ()))
        if bare and query.size != 1:
            continue
        for rid, item in list(evidence.items()):
            if rid not in ns or rid in spelt or "another sense" in item.matched \
                    or len(found.get(ns[rid], set()) & context) >= SENSE_WORDS:
                continue
            lowered = item.contribution * OTHER_SENSE
            votes.scores[person] -= item.contribution - lowered
            evidence[rid] = attrs.evolve(item, contribution=lowered,
                                         matched=f"{item.matched}, in another sense")


def _anchored(stems: set[str], records: list[set[str]], context: set[str]) -> bool:
    """True when *stems* have a word of *context* that two or more of *records*, other
    than *stems* itself, use: a word of the topic's main sense."""
    others = [r for r in records if r is not stems]
    return any(sum(w in r for r in others) >= 2 for w in stems & context)


def _in_same_sense(index: SearchIndex, query: ExpandedQuery, whole: list[Ranked],
                   partial: list[Ranked]) -> list[Ranked]:
    """The *partial* records that share at least :data:`SENSE_WORDS` telling words (in under
    :data:`TELLING_SHARE` of the records) with the best records having the whole topic: the
    records on "data recovery" share none with those on a "recovery college". The topic's
    own words and stopwords do not count."""
    conn = index.conn
    total = max(1, index._doc_total())
    context = _context(index, query, whole)
    found = _record_stems(index, [r.n for r in partial]) if partial else {}
    telling: dict[str, bool] = {}

    def is_telling(stem: str) -> bool:
        if stem not in telling:
            row = conn.execute("SELECT doc FROM fts_words WHERE term = ?", (stem,)).fetchone()
            telling[stem] = bool(row) and int(row[0]) < TELLING_SHARE * total
        return telling[stem]

    out = []
    for row in partial:
        shared = [s for s in found.get(row.n, set()) & context if is_telling(s)]
        if len(shared) >= SENSE_WORDS:
            out.append(row)
    return out


def _from_home(index: SearchIndex, whole: list[Ranked], partial: list[Ranked]
               ) -> list[Ranked]:
    """The *partial* records from the topic's home department (:func:`_home_department`):
    "Evening narrowband UVB sessions" from Dermatology, saying "psoriasis" in passing, is
    on the psoriasis of "plaque psoriasis" whatever words it shares with the one record on
    biologics for plaque psoriasis. Short records on one subject often share no telling
    word, and a plain document per person keeps them."""
    home = _home_department(index, whole[:SENSE_RECORDS])
    if not home:
        return []
    departments = _departments(index, [r.n for r in partial])
    return [r for r in partial if departments.get(r.n) == home]


def _away_from_home(index: SearchIndex, whole: list[Ranked], votes: _Votes) -> None:
    """Someone whose claim names the topic in another sense and who has no claim in its
    sense did the work on the topic's records from outside the topic's home department
    (:func:`_home_department`) in their own sense: each such record counts
    :data:`OTHER_SENSE` as much, marked so. The estates engineer whose claim is
    "Ventilation systems" wrote the Estates lesson on air changes in the intensive care
    unit, beside Adult Critical Care's records on ventilating patients."""
    people = [p for p in votes.sense_words if p not in votes.in_sense and votes.evidence.get(p)]
    if not people:
        return
    best = whole[:SENSE_RECORDS]
    home = _home_department(index, best)
    if not home or 2 * sum(1 for d in _departments(index, [r.n for r in best]).values()
                           if d == home) <= max(len(best), MAIN_SENSE_RECORDS):
        # No clear home: more than half of the best records, and at least three, from it.
        return
    ids = {r.id: r.n for r in whole}
    theirs = dict(index.conn.execute(
        f"SELECT id, department FROM people WHERE id IN ({','.join('?' * len(people))})",
        people))
    for person in people:
        found = votes.evidence[person]
        departments = _departments(index, [ids[rid] for rid in found if rid in ids])
        own = (theirs.get(person) or "").casefold().strip()
        for rid, item in list(found.items()):
            where = departments.get(ids.get(rid, -1), "")
            if not where or where == home or where != own or "another sense" in item.matched:
                # Only their own department's work: on another team's record they may
                # have brought the topic's sense with them.
                continue
            lowered = item.contribution * OTHER_SENSE
            votes.scores[person] -= item.contribution - lowered
            found[rid] = attrs.evolve(item, contribution=lowered,
                                      matched=f"{item.matched}, in another sense")


def _departments(index: SearchIndex, ns: list[int]) -> dict[int, str]:
    """The department of each record *n* in *ns* that names one, as a key."""
    if not ns:
        return {}
    marks = ",".join("?" * len(ns))
    return {n: key for n, key in index.conn.execute(
        f"SELECT n, department_key FROM docs WHERE n IN ({marks})", ns) if key}


def _home_department(index: SearchIndex, whole: list[Ranked]) -> str:
    """The department that at least :data:`HOME_SHARE` of the best records with the whole
    topic come from, or "" when none does: the service where the topic is worked on."""
    found = _departments(index, [r.n for r in whole])
    if not found:
        return ""
    key, count = Counter(found.values()).most_common(1)[0]
    return key if count >= HOME_SHARE * len(whole) else ""


class _Votes:
    """The votes for each person, from matching records and claims, and the evidence."""

    def __init__(self, index: SearchIndex, today: dt.date, query: ExpandedQuery) -> None:
        self.index = index
        self.today = today
        self.query = query
        self.scores: dict[str, float] = defaultdict(float)
        self.evidence: dict[str, dict[str, RecordEvidence]] = defaultdict(dict)
        self.claim_hits: dict[str, list[ClaimEvidence]] = defaultdict(list)
        self._df: dict[str, int] = {}
        #: Per person, the telling words of their claims naming the topic in another sense.
        self.sense_words: dict[str, set[str]] = defaultdict(set)
        #: Claim rows (by position) with part of the topic and words beyond it.
        self._beyond: set[int] = set()
        #: Which of the topic's words (or their alternatives) each person's records have.
        self.groups: dict[str, set[str]] = defaultdict(set)
        #: Records whose title and summary have the one-word topic only in another form.
        self.other_form: set[str] = set()
        #: The topic's acronyms (the alternative's text -> the stems it stands for).
        self.acronyms = _acronyms(query)
        #: People with a claim naming part of the topic in another sense.
        self.part_elsewhere: set[str] = set()
        #: Records in the topic's sense only by their department (see :func:`_from_home`).
        self.home_only: set[str] = set()
        #: Per person, the votes of their claims (made or endorsed) naming the topic with no
        #: telling word beyond it ("Staff under pressure"): nothing in them to judge their
        #: sense by (see :func:`_records_in_other_sense`).
        self.bare_votes: dict[str, float] = defaultdict(float)
        #: People with a claim (made or endorsed) on the topic that has a telling word
        #: beyond it, so that its sense could be judged on its own.
        self.judged: set[str] = set()
        #: People with a claim (made or endorsed) on the topic that counted in its sense.
        self.in_sense: set[str] = set()

    def supporting_parts(self) -> None:
        """Someone whose own claim names part of a several-word topic in another sense
        ("Document scanning", the IT analyst's, for "slide scanning") and who claims nothing
        in its sense was on a record about it in a supporting part (not its lead or author):
        their part was their own sense of the word (the scanners), not the topic, and each
        such record counts :data:`OTHER_SENSE` as much."""
        for person in self.part_elsewhere:
            if any(c.basis in ("self_declared", "endorsed") for c in self.claim_hits[person]):
                continue
            for rid, item in list(self.evidence.get(person, {}).items()):
                if item.role in SUPPORTING_ROLES and "another sense" not in item.matched:
                    lowered = item.contribution * OTHER_SENSE
                    self.scores[person] -= item.contribution - lowered
                    self.evidence[person][rid] = attrs.evolve(
                        item, contribution=lowered,
                        matched=f"{item.matched}, in another sense")

    def merge_partial(self, other: _Votes, size: int, *, strict: bool,
                      about: set[str] | frozenset[str] = frozenset()) -> None:
        """Add *other*'s votes (from records with some of the topic's words) for people who
        already have the whole topic, and for those whose records have it between them
        ("falls" in one, "prevention" in another); not for someone who shares one word of it
        in another sense. Without *strict* (no record has the whole topic), everyone's."""
        for person, found in other.evidence.items():
            if strict and self.scores.get(person, 0.0) <= 0 and \
                    len(other.groups[person]) < size and len(found) < PARTIAL_RECORDS \
                    and about.isdisjoint(found):
                continue
            for record_id, item in found.items():
                if record_id not in self.evidence[person]:
                    self.evidence[person][record_id] = item
                    self.scores[person] += item.contribution

    def records(self, rows: list[Ranked], top: float) -> None:
        """Each record votes for the people on it, by its score over *top*, their role and
        its age; a record with only some of the topic's words far less."""
        if not rows or top <= 0:
            return
        docs = {r.id: r for r in rows}
        self.other_form = _in_other_form(self.index, self.query, rows)
        acronym_other = {r.id for r in rows if r.scored is not None
                         and _acronym_elsewhere(self.acronyms, r.scored, [r.n], self.index)}
        marks = ",".join("?" * len(docs))
        for person, record_id, role, weight in self.index.conn.execute(
            f"SELECT person, record, role, weight FROM assoc WHERE record IN ({marks})",
            list(docs),
        ):
            if record_id in self.home_only and role in SUPPORTING_ROLES:
                # In the topic's sense only by its department: what the lead did there
                # is the department's work; a supporting part may be anything (the
                # release nurse on information governance's data sharing agreement).
                continue
            row = docs[record_id]
            relevance = min(1.0, row.score / top)
            matched = describe_match(row.scored.matched) if row.scored else ""
            if row.scored is not None and row.scored.coverage < 1.0:
                if _has_core(row.scored):
                    relevance *= CORE_VOTE
                else:
                    relevance *= PARTIAL_VOTE * row.scored.weighted ** 2
                matched = f"only {matched}"
            elif (row.scored is not None and self.query.size > 1
                  and row.scored.proximity <= 0.0):
                # Every word of the topic, but never together in one sentence of a field:
                # "Agency labour" in one and "wards" in another is not "labour ward".
                relevance *= APART_VOTE
                matched = f"{matched}, apart"
            if row.id in self.other_form:
                relevance *= OTHER_FORM
                matched = f"{matched}{AS_OTHER_FORM}"
            if row.id in acronym_other:
                relevance *= OTHER_SENSE
                matched = f"{matched}{SPELT_OTHERWISE}"
            contribution = relevance * float(weight) * _recency(row.date, self.today)
            if role in PROCESS_ROLES:
                contribution *= PROCESS_ROLE_SHARE
            if row.scored is not None:
                self.groups[person].update(m[0] for m in row.scored.matched)
            known = self.evidence[person].get(record_id)
            if known is not None and known.contribution >= contribution:
                continue  # one vote per record: the strongest part they played
            if known is not None:
                self.scores[person] -= known.contribution
            self.scores[person] += contribution
            self.evidence[person][record_id] = RecordEvidence(
                id=record_id, type=row.type, title=row.title, role=role, date=row.date,
                contribution=contribution, matched=matched)

    def _claim_rows(self, expanded: ExpandedQuery) -> list[Any]:
        conn = self.index.conn
        select = ("SELECT c.person, c.label, c.basis, c.level, c.endorsed_by, c.evidence, "
                  "claims_fts.text, -bm25(claims_fts) AS s FROM claims_fts "
                  "JOIN claims c ON c.k = claims_fts.rowid WHERE claims_fts MATCH ? ")
        claim_rows = list(conn.execute(select + "ORDER BY s DESC LIMIT 500",
                                       (f"({expanded.positive(match_all=True)})",)))
        if expanded.size > 1:
            # A claim naming part of the topic and nothing else ("Accidental Falls" for
            # "falls prevention": "accidental falls" is another way of saying "falls")
            # counts, for less. "Breast screening" does not count for "delirium screening":
            # "breast" is not part of the topic.
            whole = {(r[0], r[1], r[2]) for r in claim_rows}
            for r in conn.execute(
                    select + "AND c.basis != 'profile' ORDER BY s DESC LIMIT 500",
                    (f"({expanded.positive(match_all=False)})",)):
                if (r[0], r[1], r[2]) in whole:
                    continue
                if not _within_topic(expanded, r[1]):
                    # Part of the topic with other words: judged in :meth:`claims`.
                    self._beyond.add(len(claim_rows))
                claim_rows.append(r)
        return claim_rows

    def discount_other_sense(self) -> None:
        """A record of someone whose claim names the topic in another sense, which has that
        claim's telling words beyond the topic in its title or summary, is on the topic in
        that sense too: it counts :data:`OTHER_SENSE` as much ("Service desk triage: P1 IT
        faults" beside the claim "IT service desk triage", for "triage")."""
        for person, extra in self.sense_words.items():
            found = self.evidence.get(person, {})
            if not extra or not found:
                continue
            marks = ",".join("?" * len(found))
            for record_id, title, summary in self.index.conn.execute(
                    f"SELECT d.id, t.title, t.summary FROM docs d JOIN toks t ON t.n = d.n "
                    f"WHERE d.id IN ({marks})", list(found)):
                if extra.isdisjoint(f"{title} {summary}".split()):
                    continue
                item = found[record_id]
                lowered = item.contribution * OTHER_SENSE
                self.scores[person] -= item.contribution - lowered
                found[record_id] = attrs.evolve(
                    item, contribution=lowered, matched=f"{item.matched}, in another sense")

    def _cited_whole(self, person: str, label: str, inferred_from: str) -> bool:
        """True when, for a topic of several words, a record the claim cites as its
        evidence, which *person* led, owns or wrote, has the whole topic together in its
        title and the claim's telling words beyond it: the plastics ward sister's "Skin
        graft donor sites" beside her own "Skin graft donor sites: leave the dressing alone
        for ten days". Nobody else's records on skin grafts say "donor", but her own work
        on the topic, in the topic's words, says what her claim means."""
        if self.query.size < 2:
            return False
        phrase = _phrase_words(" ".join(t.text for g in self.query.parsed.groups for t in g))
        if len(phrase) < 2:
            return False
        extra = {w for w in set(_phrase_words(label)) - set(phrase) if self._telling(w)}
        if not extra:
            return False
        cited = {t for t, _ in json.loads(inferred_from or "[]")}
        for record_id, item in self.evidence.get(person, {}).items():
            if record_id not in cited or item.role in SUPPORTING_ROLES:
                continue
            title = list(_phrase_words(item.title))
            if _has_phrase(phrase, title) and extra <= set(title):
                return True
        return False

    def _telling(self, stem: str) -> bool:
        """True for a word in under :data:`TELLING_SHARE` of the records (a stem)."""
        found = self._df.get(stem)
        if found is None:
            row = self.index.conn.execute("SELECT doc FROM fts_words WHERE term = ?",
                                          (stem,)).fetchone()
            found = self._df[stem] = int(row[0]) if row else 0
        return found < TELLING_SHARE * max(1, self.index._doc_total())

    def _other_sense(self, text: str, own: set[str], context: set[str], *,
                     profile: bool) -> bool:
        """True when *text* (a claim's label) has a telling word none of the *context*
        records use; for a profile's own text (long, about many things), when it shares
        fewer than :data:`SENSE_WORDS` telling words with them."""
        extra = {w for w in set(stems_of(words(text)).split()) - own if self._telling(w)}
        if profile:
            return len(extra & context) < SENSE_WORDS
        return bool(extra) and extra.isdisjoint(context)

    def _same_sense(self, text: str, own: set[str], context: set[str]) -> bool:
        """True when *text* (a claim's label) has telling words beyond the topic's and the
        *context* records use every one of them: "Bed sores on surgical wards" beside
        records on pressure ulcers on surgical wards, not "Staff transport" (nothing telling
        beyond "transport") for "patient transport"."""
        extra = {w for w in set(stems_of(words(text)).split()) - own if self._telling(w)}
        return not extra.isdisjoint(context)

    def _note_claim(self, person: str, label: str, basis: str, vote: float,
                    own: set[str], *, elsewhere: bool) -> None:
        """Keep whether *person*'s claim (made or endorsed) has a telling word beyond the
        topic's own (:attr:`judged`), or its *vote* when it has none (:attr:`bare_votes`),
        and whether it counted in the topic's sense (:attr:`in_sense`)."""
        if basis not in ("self_declared", "endorsed"):
            return
        if not elsewhere:
            self.in_sense.add(person)
        if any(self._telling(w) for w in set(stems_of(words(label)).split()) - own):
            self.judged.add(person)
        else:
            self.bare_votes[person] += vote

    def claims(self, expanded: ExpandedQuery, context: set[str],
               own_records: dict[str, set[str]] | None = None,
               without: dict[str, set[str]] | None = None) -> None:
        """Matching claims vote by how well they match, their basis and level. A claim
        naming the topic with a telling word ("Malware infection prevention") that none of
        the best whole-topic records use (*context*) is the topic in another sense: it
        counts :data:`OTHER_SENSE` as much."""
        own = _own_stems(expanded)
        claim_rows = self._claim_rows(expanded)
        names = dict(self.index.conn.execute("SELECT id, name FROM people"))
        # Each claim is scored as the records are (the user's words above alternatives), so
        # a claim in the words asked for outranks one matched through a synonym.
        claim_scores = score_candidates(
            expanded, {i: (stems_of(words(r[6])), "", "", "", "")
                       for i, r in enumerate(claim_rows)},
            self.index._idf, (4.0, 1.0, 1.0, 1.0, 1.0))
        best_claim = max((c.score for c in claim_scores.values()), default=0.0)
        typed = _typed_word(expanded)
        verbal = _verbal_words(expanded)
        for i, (person, label, basis, level, endorsed, inferred_from, text, _s) in enumerate(
                claim_rows):
            scored = claim_scores.get(i)
            if scored is None or best_claim <= 0:
                continue
            relevance = scored.score / best_claim
            elsewhere = False
            other_form = basis != "profile" and (
                _other_form(typed, label) if typed else _verbal_other_form(verbal, label))
            if i in self._beyond:
                # Part of the topic alongside other words ("Bed sores on surgical wards" for
                # "pressure ulcer prevention"): counts, for PARTIAL_VOTE, when it has the
                # topic's most telling part (CORE_SHARE of its words by IDF) and its other
                # words are the topic's kind (used by the records having the whole topic).
                # The person's own records on the topic's core are its kind too: the
                # surgical-ward nurse's "Bed sores on surgical wards" beside her records on
                # pressure ulcers on surgical wards.
                mine = (own_records or {}).get(person, set())
                if scored.weighted < CORE_SHARE or not self._same_sense(
                        label, own, context | mine):
                    if basis != "profile" and context and self._other_sense(
                            label, own, context | mine, profile=False):
                        # Their own word for part of the topic, in another sense
                        # ("Document scanning" for "slide scanning"): see supporting_parts.
                        self.part_elsewhere.add(person)
                    continue
                relevance *= PARTIAL_VOTE
                if _has_core(scored):
                    # The topic's core as a concept, in the person's own words: counted by
                    # how much of the topic it names, not beside the best claim's wording.
                    relevance = max(relevance, CORE_VOTE * scored.weighted)
            elif context and self._other_sense(
                    label if basis != "profile" else text, own,
                    (without or {}).get(person, context), profile=basis == "profile") \
                    and not (basis != "profile" and self._cited_whole(
                        person, label, inferred_from)):
                relevance *= OTHER_SENSE
                elsewhere = True
                if basis != "profile":
                    # The words that set their sense apart ("service desk"): their records
                    # with them are in that sense too (see discount_other_sense).
                    self.sense_words[person] |= {
                        w for w in set(stems_of(words(label)).split()) - own
                        if self._telling(w)}
            elif basis != "profile" and scored.coverage < 1.0 and (
                    scored.weighted >= CORE_SHARE or is_subject(label)):
                # A claim naming the topic's telling part and nothing else ("Sepsis" for
                # "sepsis recognition"): the person says they know the subject the topic
                # is part of. Telling by IDF, or a subject of the shipped related families
                # (a rare qualifier such as "recognition" can outweigh "sepsis" by IDF).
                # Counted by how much of the topic it names like a core claim, not beside
                # the best claim's exact wording.
                relevance = max(relevance, CORE_VOTE * scored.weighted)
            if other_form:
                # After the core claim's floor above: "Lifts" names part of "lifting
                # patients" only in another form of the word, and counts so.
                relevance *= OTHER_FORM
            if i not in self._beyond and basis != "profile" and scored.coverage < 1.0 \
                    and not self.evidence.get(person) \
                    and person not in (own_records or {}) and not is_subject(label):
                # Part of the topic alone, with nothing of theirs on the topic behind it:
                # as often that part in another sense.
                relevance *= UNBACKED_PART
            acronym_other = False
            if any(m[1] in self.acronyms for m in scored.matched) and _acronym_elsewhere(
                    self.acronyms, scored, _texts_of(self.index, person), self.index):
                # "DBS checks" for "dried blood spot testing", from the HR officer whose
                # records spell DBS out as the Disclosure and Barring Service.
                relevance *= OTHER_SENSE
                acronym_other = True
            vote = relevance * BASIS_WEIGHTS.get(basis, 0.0) * LEVEL_WEIGHTS.get(level, 0.8)
            self.scores[person] += vote
            self._note_claim(person, label, basis, vote, own, elsewhere=elsewhere)
            if basis == "profile" and any(c.basis != "profile"
                                          for c in self.claim_hits[person]):
                continue
            ids = [t for t, _ in json.loads(inferred_from)]
            titles = ids
            if basis == "inferred":
                found = self.index.docs(ids)
                titles = [found[t]["title"] if t in found else t for t in ids]
            endorsers = tuple(json.loads(endorsed))
            self.claim_hits[person].append(ClaimEvidence(
                label=label, basis=basis, level=level,
                endorsed_by=tuple(names.get(p, p) for p in endorsers),
                inferred_from=tuple(titles), endorsed_by_ids=endorsers,
                inferred_from_ids=tuple(ids),
                matched=("" if scored.coverage == 1.0 else "only ")
                + describe_match(scored.matched) + (SPELT_OTHERWISE if acronym_other else "")
                + (AS_OTHER_FORM if other_form else "")))


def _within_topic(query: ExpandedQuery, label: str) -> bool:
    """True when every telling word of *label* is one of the topic's words or part of an
    alternative of them, or the label as a whole is an alternative of part of the topic."""
    key = term_key(label)
    if not key:
        return False
    stems: set[str] = set()
    for group in query.choices:
        for choice in group:
            if term_key(choice.term.words) == key:
                return True
            stems.update(key_stem(w) for w in choice.term.words)
    return all(part in stems for part in key.split())


def _dedupe(claims: list[ClaimEvidence]) -> list[ClaimEvidence]:
    seen: set[tuple[str, str]] = set()
    out = []
    for claim in claims:
        key = (claim.label, claim.basis)
        if key not in seen:
            seen.add(key)
            out.append(claim)
    return out


def _label(record: Record) -> str:
    from kmcore.guard.pii import masked_label

    return masked_label(record)


class _Gated:
    """The gates' answer for each id, asked once: the copy to show, or None."""

    def __init__(self, kb: KnowledgeBase, target: TargetConfig) -> None:
        self.kb, self.target = kb, target
        self._seen: dict[str, Record | None] = {}

    def __call__(self, record_id: str) -> Record | None:
        if record_id not in self._seen:
            from kmcore.errors import KmcoreError
            from kmcore.gates import evaluate

            try:
                record = self.kb.get(record_id)
            except KmcoreError:  # gone or unreadable: nothing to show
                self._seen[record_id] = None
            else:
                decision = evaluate(record, self.target, self.kb.plugins)
                self._seen[record_id] = None if decision.blocked else decision.record
        return self._seen[record_id]

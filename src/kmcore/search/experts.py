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
from collections import defaultdict
from typing import TYPE_CHECKING, Any

import attrs

from kmcore.search._text import words
from kmcore.search.index import Filters, SearchIndex
from kmcore.search.query import ParsedQuery, parse_query
from kmcore.search.rank import ExpandedQuery, score_candidates, stems_of
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
    it. Only when no record has the whole topic do records with some of its words vote, far
    less (:data:`PARTIAL_VOTE` x the share of the words they have, each word counted by its
    IDF, squared). A claim must match the whole concept to count.
    """
    parsed = query if isinstance(query, ParsedQuery) else parse_query(query)
    if refresh:
        index.refresh()
    if parsed.empty:
        return []
    today = today or dt.date.today()
    conn = index.conn
    expanded = index.expand(parsed)
    where = Filters().sql(None).also("d.type != 'person'")
    rows = index._ranked(expanded, where, _CANDIDATE_DOCS, 0, today.isoformat())
    if not rows and expanded.size > 1:
        # No record has the whole topic: records with some of its words vote, far less (x the
        # IDF-weighted share they have, squared, x PARTIAL_VOTE). Otherwise they do not vote
        # at all: a record sharing one word of "delirium screening" ("breast screening") is
        # most often about something else, and was what put the wrong people in the top 3.
        rows = index._ranked(expanded, where, _CANDIDATE_DOCS, 0, today.isoformat(),
                             match_all=False, not_every=True)
    top = max((r.score for r in rows if r.scored is None or r.scored.coverage == 1.0),
              default=0.0) or max((r.score for r in rows), default=0.0)

    scores: dict[str, float] = defaultdict(float)
    evidence: dict[str, dict[str, RecordEvidence]] = defaultdict(dict)
    if rows and top > 0:
        docs = {r.id: r for r in rows}
        marks = ",".join("?" * len(docs))
        for person, record_id, role, weight in conn.execute(
            f"SELECT person, record, role, weight FROM assoc WHERE record IN ({marks})",
            list(docs),
        ):
            row = docs[record_id]
            relevance = min(1.0, row.score / top)
            matched = describe_match(row.scored.matched) if row.scored else ""
            if row.scored is not None and row.scored.coverage < 1.0:
                relevance *= PARTIAL_VOTE * row.scored.weighted ** 2
                matched = f"only {matched}"
            contribution = relevance * float(weight) * _recency(row.date, today)
            known = evidence[person].get(record_id)
            if known is not None and known.contribution >= contribution:
                continue  # one vote per record: the strongest part they played
            if known is not None:
                scores[person] -= known.contribution
            scores[person] += contribution
            evidence[person][record_id] = RecordEvidence(
                id=record_id, type=row.type, title=row.title, role=role, date=row.date,
                contribution=contribution, matched=matched)

    claim_hits: dict[str, list[ClaimEvidence]] = defaultdict(list)
    claim_rows = list(conn.execute(
        "SELECT c.person, c.label, c.basis, c.level, c.endorsed_by, c.evidence, "
        "claims_fts.text, -bm25(claims_fts) AS s FROM claims_fts "
        "JOIN claims c ON c.k = claims_fts.rowid "
        "WHERE claims_fts MATCH ? ORDER BY s DESC LIMIT 500",
        (f"({expanded.positive(match_all=True)})",)))
    if expanded.size > 1:
        # A claim naming part of the topic and nothing else ("Accidental Falls" for "falls
        # prevention": "accidental falls" is another way of saying "falls") counts, for
        # less. "Breast screening" does not count for "delirium screening": "breast" is not
        # part of the topic.
        whole = {(r[0], r[1], r[2]) for r in claim_rows}
        claim_rows += [r for r in conn.execute(
            "SELECT c.person, c.label, c.basis, c.level, c.endorsed_by, c.evidence, "
            "claims_fts.text, -bm25(claims_fts) AS s FROM claims_fts "
            "JOIN claims c ON c.k = claims_fts.rowid "
            "WHERE claims_fts MATCH ? AND c.basis != 'profile' ORDER BY s DESC LIMIT 500",
            (f"({expanded.positive(match_all=False)})",))
            if (r[0], r[1], r[2]) not in whole and _within_topic(expanded, r[1])]
    names = dict(conn.execute("SELECT id, name FROM people"))
    # Each claim is scored as the records are (the user's words above alternatives), so a
    # claim in the words asked for outranks one matched through a synonym.
    claim_scores = score_candidates(
        expanded, {i: (stems_of(words(r[6])), "", "", "", "") for i, r in enumerate(claim_rows)},
        index._idf, (4.0, 1.0, 1.0, 1.0, 1.0))
    best_claim = max((c.score for c in claim_scores.values()), default=0.0)
    for i, (person, label, basis, level, endorsed, inferred_from, _text, _s) in enumerate(
            claim_rows):
        scored = claim_scores.get(i)
        if scored is None or best_claim <= 0:
            continue
        relevance = scored.score / best_claim
        scores[person] += relevance * BASIS_WEIGHTS.get(basis, 0.0) * LEVEL_WEIGHTS.get(
            level, 0.8)
        if basis == "profile" and any(c.basis != "profile" for c in claim_hits[person]):
            continue
        ids = [t for t, _ in json.loads(inferred_from)]
        titles = ids
        if basis == "inferred":
            found = index.docs(ids)
            titles = [found[t]["title"] if t in found else t for t in ids]
        endorsers = tuple(json.loads(endorsed))
        claim_hits[person].append(ClaimEvidence(
            label=label, basis=basis, level=level,
            endorsed_by=tuple(names.get(p, p) for p in endorsers),
            inferred_from=tuple(titles), endorsed_by_ids=endorsers,
            inferred_from_ids=tuple(ids), matched=("" if scored.coverage == 1.0 else "only ")
            + describe_match(scored.matched)))

    people = {
        row[0]: row for row in conn.execute(
            "SELECT id, name, job_title, department, willing FROM people WHERE hidden = 0")
    }
    ranked = sorted((p for p in scores if p in people and scores[p] > 0),
                    key=lambda p: (-scores[p], people[p][1]))
    experts = []
    for person in ranked[:max(0, limit)]:
        _, name, job, department, willing = people[person]
        claims = claim_hits.get(person, [])
        claims = [c for c in claims if c.basis != "profile"] or claims[:1]
        records = sorted(evidence[person].values(), key=lambda e: -e.contribution)
        experts.append(Expert(
            person_id=person, name=name, job_title=job, department=department,
            score=scores[person], claims=tuple(_dedupe(claims)), records=tuple(records),
            willing_to=tuple(json.loads(willing or "[]"))))
    return experts


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

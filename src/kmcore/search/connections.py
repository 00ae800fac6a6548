"""Connections: related records, "similar innovation already recorded?", and the lessons a
Before Action Review or Peer Assist should read first ("learning before doing").

Each function takes a record *object*, so it works for a record that is not saved yet (the
duplicate check runs before ``kmcore add`` saves). Every result says why it was chosen.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from typing import Any

import attrs

from kmcore.records.base import KnowledgeRecord, Record
from kmcore.search._text import STOPWORDS, significant_words, words
from kmcore.search.index import Filters, SearchIndex
from kmcore.search.query import ParsedQuery, Term
from kmcore.search.vocabulary import key_stem, lookup_all, term_key

__all__ = ["Connection", "lessons_for", "related", "similar_innovations"]

_CODE = re.compile(r"[a-z]\d{4,}\Z")
#: Scores: a direct link outweighs a shared subject, which outweighs a shared person.
LINK_SCORE = 3.0
SUBJECT_SCORE = 1.5
PERSON_SCORE = 1.0
TEXT_SCORE = 2.0
#: Records must share this many telling words or concepts to count as "similar words".
MIN_SHARED_WORDS = 3
#: How alike an existing innovation must be to be reported as a possible duplicate (0-1),
#: and how many telling words or concepts the two must share besides.
DUPLICATE_THRESHOLD = 0.3
DUPLICATE_MIN_SHARED = 2
#: A word shared by more than this share of the records tells nothing ("ward", "patients").
_TELLING_DF = 0.05


@attrs.frozen
class Connection:
    """A record found for another one, with the reasons (plain sentences)."""

    id: str
    type: str
    title: str
    score: float
    reasons: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "title": self.title,
                "score": round(self.score, 4), "reasons": list(self.reasons)}


def _words_query(text: str, limit: int) -> ParsedQuery | None:
    found = significant_words(text, limit)
    if not found:
        return None
    return ParsedQuery(groups=tuple((Term(words=(w,)),) for w in found))


def _text_of(record: Record) -> str:
    parts = [getattr(record, name, "") for name in (
        "title", "summary", "problem", "description", "purpose", "statement",
        "recommendation", "challenge")]
    details = getattr(record, "details", None)
    for name in ("task", "end_state", "problem_statement", "host_team"):
        parts.append(getattr(details, name, "") if details is not None else "")
    for name in ("anticipated_challenges", "success_factors"):
        parts.extend(getattr(details, name, ()) if details is not None else ())
    if isinstance(record, KnowledgeRecord):
        parts += [c.label for c in record.subjects] + list(record.keywords)
    return "\n".join(p for p in parts if isinstance(p, str) and p)


def _text_matches(index: SearchIndex, record: Record, filters: Filters, limit: int,
                  words: int = 16) -> dict[str, tuple[float, Any]]:
    """Records sharing the most telling words with *record*: id -> (relevance 0-1, row)."""
    query = _words_query(_text_of(record), words)
    if query is None:
        return {}
    # Widened as a search is (synonyms, acronyms, spellings), so a record saying the same in
    # other words ("pressure ulcers" for "bed sores") is a candidate; :func:`_profile` then
    # compares the two concept for concept.
    rows = index._ranked(index.expand(query), filters.sql(index.kb), limit, 0,
                         dt.date.today().isoformat(), match_all=False)
    top = max((r.score for r in rows), default=0.0)
    return {r.id: (r.score / top if top else 0.0, r) for r in rows}


# Words any record may use whatever it is about; rare in a small knowledge base, so IDF alone
# would count them as telling.
_GENERIC = frozenset({
    "many", "much", "more", "less", "show", "shows", "shown", "showed", "free", "better",
    "best", "good", "great", "help", "helps", "helped", "need", "needs", "needed", "work",
    "works", "worked", "working", "time", "times", "day", "days", "week", "weeks", "month",
    "months", "year", "years", "first", "last", "next", "every", "each", "able", "across",
    "around", "still", "take", "takes", "took", "give", "gives", "gave", "find", "finds",
    "found", "see", "seen", "keep", "kept", "start", "started", "end", "ended",
    "run", "runs", "ran", "put", "set", "sets", "thing", "things", "lot", "lots", "people",
    "person", "staff", "team", "teams", "patient", "patients", "ward", "wards", "trust",
    "trusts", "service", "services", "hospital", "hospitals", "improve", "improved",
    "improving", "improvement", "change", "changes", "changed", "new", "now", "well", "like",
    "went", "go", "goes", "going", "come", "came", "want", "wanted",
})


@attrs.frozen
class _Profile:
    """What a text is about, for comparing two records: its telling words and the concepts
    they stand for, each with a weight (IDF) and a word to show."""

    weights: dict[str, float]
    shown: dict[str, str]

    def telling(self, keys: set[str]) -> list[str]:
        return sorted({self.shown[k] for k in keys if self.weights[k] >= 1.0})


def _profile(index: SearchIndex, text: str) -> _Profile:
    """The concepts of *text*: each significant word's stem, and for words and two-word
    phrases the vocabularies know ("pressure sore", "POCT"), one key shared by all their
    alternatives, so "pressure sores" and "pressure ulcers" meet. Weights are IDF over the
    index; a word in more than 5% of the records counts little."""
    vocabularies = index.vocabularies()
    docs = max(1, index._doc_total())
    found = [w for w in words(text) if len(w) >= 2]
    weights: dict[str, float] = {}
    shown: dict[str, str] = {}

    def idf(phrase: tuple[str, ...]) -> float:
        df = index._df_of(Term(words=phrase).fts())
        share = df / docs
        weight = math.log(1 + (docs - df + 0.5) / (df + 0.5))
        return weight * (0.3 if share > _TELLING_DF else 1.0)

    for word in found:
        if word in STOPWORDS or word in _GENERIC or len(word) < 3 or word.isdigit():
            continue
        key = key_stem(word)
        if key not in weights:
            weights[key] = idf((word,))
            shown[key] = word
    for size in (2, 1):
        for i in range(len(found) - size + 1):
            phrase = tuple(found[i:i + size])
            if any(w in STOPWORDS or w in _GENERIC for w in phrase):
                continue
            alts = lookup_all(vocabularies, phrase,
                              capitals=size == 1 and len(phrase[0]) <= 6)
            if not alts:
                continue
            concept = "~" + min([term_key(phrase), *(term_key(a.words) for a in alts)])
            if concept not in weights:
                weights[concept] = idf(phrase)
                shown[concept] = " ".join(phrase)
    return _Profile(weights, shown)


def _alike(a: _Profile, b: _Profile) -> tuple[float, set[str]]:
    """Weighted Dice coefficient of two profiles (0-1), and the keys they share."""
    shared = a.weights.keys() & b.weights.keys()
    total = sum(a.weights.values()) + sum(b.weights.values())
    if not total:
        return 0.0, shared
    common = sum(min(a.weights[k], b.weights[k]) for k in shared)
    return 2 * common / total, shared


def _within(a: _Profile, b: _Profile) -> tuple[float, set[str]]:
    """How much of *a* (a new, short record) is in *b* (0-1, by weight), and the shared keys.
    Dice would punish the existing record for saying more than the new one."""
    shared = a.weights.keys() & b.weights.keys()
    total = sum(a.weights.values())
    return (sum(a.weights[k] for k in shared) / total if total else 0.0), shared


def _stored_text(index: SearchIndex, n: int) -> tuple[str, str]:
    """(title, whole text) of an indexed record."""
    row = index.conn.execute("SELECT title, summary, subjects, body FROM fts WHERE rowid = ?",
                             (n,)).fetchone()
    return row[0], "\n".join(row)


def _add_shared_words(index: SearchIndex, record: Record, filters: Filters,
                      scores: dict[str, float], reasons: dict[str, list[str]]) -> None:
    """Score records that share at least :data:`MIN_SHARED_WORDS` telling words or concepts
    with *record*: top-normalised BM25 alone would call the best of a bad lot "similar"."""
    mine = _profile(index, _text_of(record))
    for rid, (relevance, row) in _text_matches(index, record, filters, 30).items():
        theirs = _profile(index, _stored_text(index, row.n)[1])
        _, keys = _alike(mine, theirs)
        shared = mine.telling(keys)
        if len(shared) >= MIN_SHARED_WORDS:
            scores[rid] += TEXT_SCORE * relevance
            reasons[rid].append("shares the words " + ", ".join(shared[:5]))


def _subjects(record: Record) -> dict[str, str]:
    if not isinstance(record, KnowledgeRecord):
        return {}
    return {c.label.casefold(): c.label for c in record.subjects}


def related(index: SearchIndex, record: Record, *, limit: int = 10,
            refresh: bool = True) -> list[Connection]:
    """Records related to *record*: linked to or from it, sharing its subject terms or
    people, or using the same telling words. People and HR-confidential captures are not
    returned."""
    if refresh:
        index.refresh()
    conn = index.conn
    scores: dict[str, float] = defaultdict(float)
    reasons: dict[str, list[str]] = defaultdict(list)
    names = dict(conn.execute("SELECT id, name FROM people"))

    targets = {ref.target: ref.rel for ref in record.references()}
    for target, rel in targets.items():
        if target not in names:
            scores[target] += LINK_SCORE
            reasons[target].append(f"this record links to it ({rel.replace('_', ' ')})")
    for src, rel in conn.execute("SELECT src, rel FROM links WHERE dst = ?", (record.id,)):
        scores[src] += LINK_SCORE
        reasons[src].append(f"it links to this record ({rel.replace('_', ' ')})")

    people = [t for t in targets if t in names]
    if people:
        marks = ",".join("?" * len(people))
        for owner, person in set(conn.execute(
                f"SELECT owner, person FROM assoc WHERE person IN ({marks}) "
                f"AND from_profile = 0", people)):
            scores[owner] += PERSON_SCORE
            reasons[owner].append(f"also involves {names[person]}")

    subjects = _subjects(record)
    if subjects:
        marks = ",".join("?" * len(subjects))
        for rid, value in conn.execute(
                f"SELECT d.id, t.value FROM terms t JOIN docs d ON d.n = t.n "
                f"WHERE t.kind = 'subject' AND t.value IN ({marks})", list(subjects)):
            scores[rid] += SUBJECT_SCORE
            reasons[rid].append(f"same subject: {subjects[value]}")

    _add_shared_words(index, record, Filters(), scores, reasons)
    return _connections(index, scores, reasons, exclude={record.id}, limit=limit)


def _connections(index: SearchIndex, scores: dict[str, float], reasons: dict[str, list[str]],
                 *, exclude: set[str], limit: int,
                 types: tuple[str, ...] = ()) -> list[Connection]:
    docs = index.docs(rid for rid in scores if rid not in exclude)
    found = []
    for rid, doc in docs.items():
        if doc["type"] == "person" or doc["confidential"] or (types and doc["type"] not in types):
            continue
        found.append(Connection(id=rid, type=doc["type"], title=doc["title"],
                                score=scores[rid], reasons=tuple(dict.fromkeys(reasons[rid]))))
    found.sort(key=lambda c: (-c.score, c.id))
    return found[:max(0, limit)]


def similar_innovations(index: SearchIndex, record: Record, *, limit: int = 5,
                        threshold: float = DUPLICATE_THRESHOLD,
                        refresh: bool = True) -> list[Connection]:
    """Innovations already recorded that look like *record* (a new innovation, saved or not):
    the "similar innovation already recorded?" check ``kmcore add`` runs before saving.

    Candidates come from the index (the new record's telling words, OR-ed); each is then
    compared concept for concept (:func:`_profile`: stemmed words, and synonyms and acronyms
    brought to one key, weighted by IDF so words most records use count little): half the
    titles' likeness (weighted Dice), half how much of the new text the old one covers
    (weighted, :func:`_within`). Those at or above
    *threshold* that also share :data:`DUPLICATE_MIN_SHARED` telling words or concepts are
    returned.
    """
    if refresh:
        index.refresh()
    matches = _text_matches(index, record, Filters(types=("innovation",)), 20, words=30)
    mine_title = _profile(index, getattr(record, "title", ""))
    mine_all = _profile(index, _text_of(record))
    found = []
    for rid, (_relevance, row) in matches.items():
        if rid == record.id:
            continue
        title, text = _stored_text(index, row.n)
        title_sim, title_keys = _alike(mine_title, _profile(index, title))
        text_sim, text_keys = _within(mine_all, _profile(index, text))
        similarity = 0.5 * title_sim + 0.5 * text_sim
        telling = mine_all.telling(text_keys)
        if similarity < threshold or len(telling) < DUPLICATE_MIN_SHARED:
            continue
        why = [f"{round(similarity * 100)}% alike"]
        shared_title = mine_title.telling(title_keys)[:6]
        if shared_title:
            why.append("title shares: " + ", ".join(shared_title))
        why.append("both about: " + ", ".join(telling[:6]))
        found.append(Connection(id=rid, type="innovation", title=row.title, score=similarity,
                                reasons=tuple(why)))
    found.sort(key=lambda c: (-c.score, c.id))
    return found[:max(0, limit)]


def lessons_for(index: SearchIndex, record: Record, *, limit: int = 10,
                refresh: bool = True) -> list[Connection]:
    """Lessons from earlier work that a Before Action Review or Peer Assist (or any capture
    record) should read first: lessons about the same innovations, on the same subjects, or
    using the same telling words, recorded before the capture was held. Lessons it already
    lists in ``prior_lessons`` are included and say so."""
    if refresh:
        index.refresh()
    conn = index.conn
    held = getattr(record, "held_on", None)
    cutoff = held.isoformat() if isinstance(held, dt.date) else dt.date.today().isoformat()
    scores: dict[str, float] = defaultdict(float)
    reasons: dict[str, list[str]] = defaultdict(list)

    _add_shared_words(index, record, Filters(types=("lesson",), date_to=cutoff), scores,
                      reasons)

    work = [t for t in getattr(record, "context_refs", ())]
    if work:
        marks = ",".join("?" * len(work))
        titles = {k: v["title"] for k, v in index.docs(work).items()}
        # Lessons about the same innovation, directly or through the captures that produced them.
        for lesson, inn in conn.execute(
                f"SELECT src, dst FROM links WHERE rel = 'relates_to' AND dst IN ({marks}) "
                f"UNION SELECT p.dst, c.dst FROM links c JOIN links p ON p.src = c.src "
                f"WHERE c.rel = 'concerns' AND c.dst IN ({marks}) AND p.rel = 'produced'",
                work + work):
            scores[lesson] += LINK_SCORE
            reasons[lesson].append(f"from work on {titles.get(inn, inn)}")

    subjects = _subjects(record)
    if subjects:
        marks = ",".join("?" * len(subjects))
        for rid, value in conn.execute(
                f"SELECT d.id, t.value FROM terms t JOIN docs d ON d.n = t.n WHERE "
                f"t.kind = 'subject' AND d.type = 'lesson' AND t.value IN ({marks})",
                list(subjects)):
            scores[rid] += SUBJECT_SCORE
            reasons[rid].append(f"same subject: {subjects[value]}")

    consulted = set(getattr(record, "prior_lessons", ()))
    produced = set(getattr(record, "lessons", ()))
    docs = index.docs(scores)
    for rid in list(scores):
        doc = docs.get(rid)
        # Only lessons from before: not the capture's own output, not recorded after it.
        if doc is None or rid in produced or doc["date"] > cutoff:
            scores.pop(rid)
        elif rid in consulted:
            reasons[rid].append("already listed as a prior lesson")
    return _connections(index, scores, reasons, exclude={record.id}, limit=limit,
                        types=("lesson",))

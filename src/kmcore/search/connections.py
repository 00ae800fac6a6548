"""Connections: related records, "similar innovation already recorded?", and the lessons a
Before Action Review or Peer Assist should read first ("learning before doing").

Each function takes a record *object*, so it works for a record that is not saved yet (the
duplicate check runs before ``kmcore add`` saves). Every result says why it was chosen.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from typing import Any

import attrs

from kmcore.records.base import KnowledgeRecord, Record
from kmcore.search._text import light_stem, significant_words
from kmcore.search.index import Filters, SearchIndex
from kmcore.search.query import ParsedQuery, Term

__all__ = ["Connection", "lessons_for", "related", "similar_innovations"]

_CODE = re.compile(r"[a-z]\d{4,}\Z")
#: Scores: a direct link outweighs a shared subject, which outweighs a shared person.
LINK_SCORE = 3.0
SUBJECT_SCORE = 1.5
PERSON_SCORE = 1.0
TEXT_SCORE = 2.0
#: Records must share this many telling words (stemmed) to count as "similar words".
MIN_SHARED_WORDS = 3
#: How alike an existing innovation must be to be reported as a possible duplicate (0-1).
DUPLICATE_THRESHOLD = 0.3


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
                  words: int = 16) -> dict[str, tuple[float, tuple[Any, ...]]]:
    """Records sharing the most telling words with *record*: id -> (relevance 0-1, row)."""
    query = _words_query(_text_of(record), words)
    if query is None:
        return {}
    rows = index._ranked(query, filters.sql(index.kb), limit, 0,
                         dt.date.today().isoformat(), match_all=False)
    top = max((float(r[-1]) for r in rows), default=0.0)
    return {r[1]: (float(r[-1]) / top if top else 0.0, tuple(r)) for r in rows}


def _add_shared_words(index: SearchIndex, record: Record, filters: Filters,
                      scores: dict[str, float], reasons: dict[str, list[str]]) -> None:
    """Score records that share at least :data:`MIN_SHARED_WORDS` telling words (stemmed)
    with *record*: top-normalised BM25 alone would call the best of a bad lot "similar"."""
    mine = _stem_words(_text_of(record))
    for rid, (relevance, row) in _text_matches(index, record, filters, 30).items():
        text = index.conn.execute("SELECT title, summary, subjects, body FROM fts "
                                  "WHERE rowid = ?", (row[0],)).fetchone()
        shared = sorted(mine[stem] for stem in mine.keys() & _stems(" ".join(text)))
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


def _stem_words(text: str) -> dict[str, str]:
    """Stem -> the first word of *text* with that stem (to show words, not stems)."""
    found: dict[str, str] = {}
    for word in significant_words(text, 200):
        found.setdefault(light_stem(word), word)
    return found


def _stems(text: str) -> set[str]:
    return {light_stem(w) for w in significant_words(text, 200)}


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def similar_innovations(index: SearchIndex, record: Record, *, limit: int = 5,
                        threshold: float = DUPLICATE_THRESHOLD,
                        refresh: bool = True) -> list[Connection]:
    """Innovations already recorded that look like *record* (a new innovation, saved or not):
    the "similar innovation already recorded?" check ``kmcore add`` runs before saving.

    Candidates come from the index (the new record's telling words, OR-ed); each is then
    compared word for word (stemmed, spelling-folded): half the title overlap, half the
    overlap of the whole text (Dice coefficients). Those at or above *threshold* are returned.
    """
    if refresh:
        index.refresh()
    matches = _text_matches(index, record, Filters(types=("innovation",)), 20, words=30)
    mine_title = _stems(getattr(record, "title", ""))
    mine_all = _stems(_text_of(record))
    conn = index.conn
    found = []
    for rid, (_relevance, row) in matches.items():
        if rid == record.id:
            continue
        text = conn.execute("SELECT title, summary, subjects, body FROM fts WHERE rowid = ?",
                            (row[0],)).fetchone()
        theirs_title = _stems(text[0])
        theirs_all = _stems(" ".join(text))
        title_sim = _dice(mine_title, theirs_title)
        text_sim = _dice(mine_all, theirs_all)
        similarity = 0.5 * title_sim + 0.5 * text_sim
        if similarity < threshold:
            continue
        title_words = _stem_words(getattr(record, "title", ""))
        shared = sorted(title_words[s] for s in mine_title & theirs_title)[:6]
        why = [f"{round(similarity * 100)}% alike"]
        if shared:
            why.append("title shares: " + ", ".join(shared))
        found.append(Connection(id=rid, type="innovation", title=row[3], score=similarity,
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

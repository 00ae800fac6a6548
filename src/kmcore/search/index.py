"""The search index: a derived SQLite database (FTS5, BM25) beside the store.

Where it lives: ``<kb>/.kmcore/cache/search.sqlite3``. The store never looks in ``.kmcore``
for records, and nothing in the file is the source of truth: delete it at any time and the
next search builds it again from the records.

How it stays current: the index keeps the store's change-feed cursor (``meta.cursor``). Every
search first reads the feed after that cursor and re-indexes just the records named there,
in one transaction with the new cursor, so a crash leaves the old cursor and the same changes
are applied again (indexing is idempotent). A cursor the store refuses (the feed was deleted or
recreated), an index from another kmcore version, or a file SQLite cannot read is rebuilt from
scratch, silently: a derived index is never worth an error. Records edited by hand (in a text
editor, not through kmcore) are not in the feed; ``kmcore index`` (:meth:`SearchIndex.refresh`
with ``thorough=True``) compares every file's content key with the one indexed and catches them.

Rebuilds write a new file beside the old and rename it into place, so a rebuild after an
erasure leaves no trace of the erased record in free pages of the old file.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

import attrs

from kmcore._gcpause import no_gc
from kmcore.search._text import STOPWORDS, variants, words
from kmcore.search.building import IndexFile
from kmcore.search.feedback import (
    FROM_BEST_PARTIAL,
    FROM_RECORDS,
    MIN_SHARED,
    PARTIAL_POOL,
    TELLING_SHARE,
    WEIGHT,
    feedback_terms,
    same_sense,
)
from kmcore.search.filters import _CONFIDENTIAL_WORD, Filters, SearchFilters, _Where
from kmcore.search.query import ParsedQuery, Term, parse_query
from kmcore.search.rank import (
    NEAR_WORDS,
    SOFT_FROM,
    WRITTEN_AS,
    Choice,
    ExpandedQuery,
    bm25_idf,
    expand,
    porter,
    score_candidates,
    written_forms,
)
from kmcore.search.results import Hit, Ranked, RefreshReport, SearchResults
from kmcore.search.schema import (
    _BM25,
    _CANDIDATES,
    _COMMON_MIN,
    _COMMON_SHARE,
    _DEFAULT_AVERAGES,
    _LARGE,
    _MARK_START,
    INDEX_FILE,
)
from kmcore.search.vocabulary import (
    SYNONYMS_FILE,
    WEIGHT_CORRECTION,
    Vocabulary,
    edit_distance,
    read_synonyms_file,
    shipped,
)

#: A page's hit or a candidate row: what scoring down by subject reads and changes (id, score).
_Item = TypeVar("_Item", Hit, Ranked)

__all__ = ["INDEX_FILE", "Filters", "Hit", "RefreshReport", "SearchFilters", "SearchIndex",
           "SearchResults"]

log = logging.getLogger("kmcore.search")


#: With some records having a query's quoted phrase and every word (fewer than a page), how
#: many records are read in all, those with some of the words making up the rest, before the
#: ones with some are re-ordered by how much they share with those having every word and the
#: page is cut (0 or less than the page: only the page's own). See D1522.
TAIL_POOL = 40


class SearchIndex(IndexFile):
    """The search index of a knowledge base. Get it with :meth:`KnowledgeBase.search_index`
    (or build one directly: ``SearchIndex(kb)``).

    Every search refreshes the index from the change feed first; pass ``refresh=False`` when
    you have just refreshed. Close it when done (the knowledge base closes its own).
    """

    # --- searching ------------------------------------------------------------------------

    def search(self, query: str | ParsedQuery, filters: Filters | None = None, *,
               limit: int = 10, offset: int = 0, refresh: bool = True,
               today: dt.date | None = None, people: int = 0) -> SearchResults:
        """Records matching *query* (see :mod:`kmcore.search.query`), best first.

        Each word is widened with its alternatives (synonyms, acronyms and their expansions,
        from the shipped vocabulary, the knowledge base's ``synonyms.txt`` and acronyms the
        records define; see :mod:`kmcore.search.rank`), which count less than the word itself.
        Records with every word (or an alternative of it) come first; records with only some
        of the words follow them (marked :attr:`Hit.partial`). A quoted phrase that no record
        has word for word is searched as its words, closest together first, and a note says so.

        People are not mixed into the records: with *people* > 0, up to that many matching
        directory profiles are returned apart, in :attr:`SearchResults.people` (unless the
        filters ask for the ``person`` type, when they are ranked like records).

        Never raises for a query, only for filters with values kmcore does not know
        (:class:`KmcoreError`).
        """
        parsed = query if isinstance(query, ParsedQuery) else parse_query(query)
        filters = filters or Filters()
        where = filters.sql(self.kb)
        if refresh:
            self.refresh()
        if parsed.empty:
            note = parsed.notes or ("Type a word to search for.",)
            return SearchResults(query=parsed, hits=(), total=0, notes=tuple(note))
        limit = max(0, min(int(limit), 1000))
        offset = max(0, int(offset))
        today_text = (today or dt.date.today()).isoformat()
        notes = list(parsed.notes)
        record_where = where if filters.types else where.also("d.type != 'person'")
        try:
            parsed, fallback_notes = self._phrase_fallback(parsed, record_where)
            notes += fallback_notes
            expanded = self.expand(parsed)
            notes += expanded.notes
            complete = self._count(self._expr(expanded, record_where), record_where)
            # Records with some of the words: a quoted phrase counts as its words here, so
            # "hand hygiene audit" is followed by records on hand hygiene without an audit.
            loose = self._loosen(expanded)
            total = complete
            # A phrase of one telling word ("through the gate") loosens to one group: the
            # records with that word but not the phrase still follow those with it.
            if loose.size > 1 or loose is not expanded:
                total = self._count(self._expr(loose, record_where, match_all=False),
                                    record_where)
            if complete == 0 and total:
                notes.append("No record has all of the words; showing records with any "
                             "of them, those with most first.")
            # No record has every word of a long query: the best few tell the subject, and
            # the rest of a wider first page is scored by it before the page is cut (D1311,
            # D1313).
            by_subject = (offset == 0 and complete == 0 and expanded.size >= SOFT_FROM
                          and FROM_BEST_PARTIAL > 0 and not parsed.excluded)
            hits = self._record_hits(expanded, loose, record_where, complete, total,
                                     limit=limit, offset=offset, today=today_text,
                                     by_subject=by_subject)
            if offset == 0 and 0 < complete < limit and not parsed.excluded:
                hits, drawn = self._topped_up(expanded, hits, record_where, limit,
                                              today_text)
                # Records drawn in by feedback match none of the words: counted on top.
                total += drawn
            found_people: list[Hit] = []
            if people > 0 and not filters.types:
                person_where = where.also("d.type = 'person'")
                rows = self._ranked(expanded, person_where, people, 0, today_text,
                                    match_all=expanded.size == 1)
                found_people = self._hits(expanded, [r for r in rows if r.scored is None
                                                     or r.scored.coverage == 1.0])
        except sqlite3.OperationalError as exc:  # pragma: no cover - parse_query prevents it
            log.warning("search %r failed in SQLite: %s", parsed.text, exc)
            return SearchResults(query=parsed, hits=(), total=0, notes=(
                *notes, "The query could not be searched; try plain words."))
        return SearchResults(query=parsed, hits=tuple(hits), total=total, complete=complete,
                             notes=tuple(notes), people=tuple(found_people), expanded=expanded)

    def _record_hits(self, expanded: ExpandedQuery, loose: ExpandedQuery, where: _Where,
                     complete: int, total: int, *, limit: int, offset: int, today: str,
                     by_subject: bool = False) -> list[Hit]:
        """The page of records: *complete* of the *total* matching have every word. With
        *by_subject* (a long query none has every word of), the page is cut from the best
        :data:`PARTIAL_POOL` after :meth:`_partial_by_subject`."""
        hits: list[Hit] = []
        if expanded.size >= SOFT_FROM:
            # Many words (often a question): one ranking, records with most of the words
            # (by IDF) alongside those with all of them.
            if complete >= max(_CANDIDATES, offset + limit):
                # Enough records have every word to fill the candidates: those with only
                # some (which count less, by coordination) need not be ranked.
                rows = self._ranked(expanded, where, limit, offset, today, expected=complete)
            else:
                rows = self._ranked(expanded, where, max(limit, PARTIAL_POOL) if by_subject
                                    else limit, offset, today, match_all=False,
                                    expected=total, with_complete=True)
                if by_subject and len(rows) > FROM_BEST_PARTIAL:
                    # Scored before snippets are made: only the page gets them.
                    rows = self._partial_by_subject(expanded, rows)
                rows = rows[:limit]
            return [attrs.evolve(h, partial=h.coverage < 1.0)
                    for h in self._hits(expanded, rows)]
        if offset < complete:
            rows = self._ranked(expanded, where, min(limit, complete - offset), offset, today,
                                expected=complete)
            hits = self._hits(expanded, rows)
        wanted = limit - len(hits)
        if (wanted > 0 and offset == 0 and 0 < complete < limit < TAIL_POOL
                and not expanded.parsed.excluded
                and any(t.words in expanded.parsed.quoted
                        for g in expanded.parsed.groups for t in g)):
            # A quoted phrase few records have: the first page's records with some of its
            # words are re-ordered by subject (:meth:`_topped_up`) and cut there, so read more
            # of them than the page holds, that one with the rarer word is not lost to several
            # with a common one. Only for quoted phrases: for plain words it cost N's
            # distractors, for hyphenated words P's (D1522).
            wanted = TAIL_POOL - len(hits)
        if wanted > 0 and total > complete:
            # The rest: records with some of the words but not all.
            rest = self._ranked(loose, where, wanted, max(0, offset - complete), today,
                                match_all=False, expected=total - complete,
                                exclude=expanded.positive(match_all=True))
            hits += [attrs.evolve(h, partial=True) for h in self._hits(loose, rest)]
        return hits

    def _topped_up(self, expanded: ExpandedQuery, hits: list[Hit], where: _Where,
                   limit: int, today: str) -> tuple[list[Hit], int]:
        """*hits* with the records on the same subject in other words drawn in among those
        with only some of the query's words (:mod:`kmcore.search.feedback`), and how many
        were drawn in."""
        whole = [h for h in hits if not h.partial]
        if not whole:
            return hits, 0
        stems = self._record_stems(whole[:FROM_RECORDS])
        own = _own_stems(expanded)

        total = max(1, self._doc_total())
        partial = self._off_topic_down([h for h in hits if h.partial], stems, own, total)
        hits = whole + partial
        terms = feedback_terms(stems, own, self._stem_df, total)
        if len(terms) < MIN_SHARED:
            return (whole + sorted(partial, key=lambda h: -h.score))[:limit], 0
        query = ExpandedQuery(parsed=ParsedQuery(), choices=tuple(
            (Choice(Term(words=(t,), plain=True)),) for t in terms))
        rows = self._ranked(query, where, limit, 0, today, match_all=False)
        shown = {h.id for h in hits}
        top = max((r.score for r in rows), default=0.0)
        best = whole[0].score
        drawn = [attrs.evolve(r, score=WEIGHT * best * r.score / top) for r in rows
                 if r.id not in shown and r.scored is not None and top > 0
                 and r.scored.coverage * query.size >= MIN_SHARED]
        extra = [attrs.evolve(h, partial=True, matched=(), coverage=0.0, proximity=0.0)
                 for h in self._hits(query, drawn)]
        rest = sorted([h for h in hits if h.partial] + extra, key=lambda h: -h.score)
        page = (whole + rest)[:limit]
        ids = {h.id for h in extra}
        return page, sum(1 for h in page if h.id in ids)

    def _partial_by_subject(self, expanded: ExpandedQuery, hits: list[_Item]) -> list[_Item]:
        """*hits* (or ranked rows) of a long query no record has every word of: after the best
        :data:`FROM_BEST_PARTIAL`, each scored down by how little it shares with them
        (:meth:`_off_topic_down`), so that a record with one rare word of the question in
        another sense ("drop-in" for "drop out") falls below those on its subject."""
        best = hits[:FROM_BEST_PARTIAL]
        rest = self._off_topic_down(hits[FROM_BEST_PARTIAL:], self._record_stems(best),
                                    _own_stems(expanded), max(1, self._doc_total()))
        return best + sorted(rest, key=lambda h: -h.score)

    def _record_stems(self, hits: Sequence[Hit | Ranked]) -> list[set[str]]:
        """The stems of each of *hits*' records (title, summary, subject terms, body)."""
        ns = [n for (n,) in self.conn.execute(
            f"SELECT n FROM docs WHERE id IN ({','.join('?' * len(hits))})",
            [h.id for h in hits])]
        return [set(" ".join(fields).split()) for _, *fields in self.conn.execute(
            f"SELECT n, title, summary, subjects, body FROM toks "
            f"WHERE n IN ({','.join('?' * len(ns))})", ns)]

    def _off_topic_down(self, partial: list[_Item], best: list[set[str]], own: set[str],
                        total: int) -> list[_Item]:
        """*partial* hits, each scored by how many telling words (in under a tenth of the
        records, not the query's own) it shares with the *best* records having every word
        (:func:`kmcore.search.feedback.same_sense`): "building handover" shares "handover"
        with "ambulance handover" but little of what its records are about."""
        if not partial or not best:
            return partial
        # Stopwords say nothing about a subject, even where few records have them (a small
        # knowledge base of terse records).
        common = set(porter(sorted(STOPWORDS)))
        context = {s for s in set().union(*best) - own - common
                   if s.isalpha() and 0 < self._stem_df(s) < TELLING_SHARE * total}
        rows = dict(self.conn.execute(
            f"SELECT d.id, t.title || ' ' || t.summary || ' ' || t.subjects || ' ' || t.body "
            f"FROM docs d JOIN toks t ON t.n = d.n WHERE d.id IN "
            f"({','.join('?' * len(partial))})", [h.id for h in partial]))
        return [attrs.evolve(h, score=h.score * same_sense(
            len(set(rows.get(h.id, "").split()) & context))) for h in partial]

    # --- widening the query ----------------------------------------------------------------

    def _fresh_caches(self) -> None:
        if self._cache_generation != self._generation:
            self._df = {}
            self._defined = None
            row = self.conn.execute("SELECT value FROM meta WHERE key = 'averages'").fetchone()
            try:
                self._averages = tuple(json.loads(row[0])) if row else _DEFAULT_AVERAGES
            except (ValueError, TypeError):
                self._averages = _DEFAULT_AVERAGES
            self._cache_generation = self._generation

    def vocabularies(self) -> list[Vocabulary]:
        """Where alternatives come from, first choice first: the knowledge base's
        ``synonyms.txt``, acronyms its records define, the vocabulary kmcore ships."""
        self._fresh_caches()
        found = [self.librarian_synonyms()[0]]
        if self._defined is None:
            defined = Vocabulary("defined in the records")
            pairs: dict[str, list[str]] = {}
            for abbr, expansion in self.conn.execute(
                    "SELECT abbr, expansion FROM defs GROUP BY abbr, expansion "
                    "ORDER BY count(*) DESC"):
                pairs.setdefault(abbr, []).append(expansion)
            for abbr, expansions in pairs.items():
                defined.add_acronym(abbr, expansions[:3])
            self._defined = defined
        found.append(self._defined)
        found.append(shipped())
        return found

    def librarian_synonyms(self) -> tuple[Vocabulary, list[str]]:
        """The knowledge base's ``synonyms.txt`` (re-read when it changes) and its problems."""
        path = self.kb.root / SYNONYMS_FILE
        try:
            st = path.stat()
            stamp: tuple[int, int] | None = (st.st_mtime_ns, st.st_size)
        except OSError:
            stamp = None
        if self._librarian is None or self._librarian[0] != stamp:
            vocab, problems = read_synonyms_file(path)
            for problem in problems:
                log.warning("%s: %s", path, problem)
            self._librarian = (stamp, vocab, problems)
        return self._librarian[1], self._librarian[2]

    def expand(self, parsed: ParsedQuery) -> ExpandedQuery:
        """*parsed* with each word's alternatives (see :mod:`kmcore.search.rank`), and, for a
        word no record has ("delerium"), the closest word the records do have."""
        total = max(1, self._doc_total())
        expanded = expand(parsed, self.vocabularies(), common=lambda word: self._choice_df(
            Choice(Term(words=(word,)))) > _COMMON_SHARE * total and total >= _COMMON_MIN,
            known=self._has_word)
        choices = [list(group) for group in expanded.choices]
        notes: list[str] = []
        added = list(expanded.added)
        for group in choices:
            term = group[0].term
            if (len(group) > 1 or term.prefix or len(term.words) != 1
                    or self._choice_df(group[0]) > 0):
                continue
            word = term.words[0]
            if word in parsed.soft:
                # A question's generic word ("anything", "someone", "sooner") counts little
                # and is seldom a typo: "correcting" it to "another" or "some" only adds noise.
                continue
            better = self._closest_word(word)
            if better:
                group.append(Choice(Term(words=(better,)), WEIGHT_CORRECTION,
                                    "spelling correction"))
                added.append((word, better, "spelling correction", WEIGHT_CORRECTION))
                notes.append(f"No record has '{word}'; searched for '{better}' instead.")
        if not notes:
            return expanded
        return attrs.evolve(expanded, choices=tuple(tuple(g) for g in choices),
                            notes=tuple(notes), added=tuple(added))

    def _closest_word(self, word: str) -> str:
        """The word the records use that is closest to *word* (a typo), or ""."""
        if len(word) < 4 or not word.isalpha():
            return ""
        limit = 1 if len(word) <= 5 else 2
        best: tuple[int, int, int, int, str] | None = None
        # The index's word list holds Porter stems ("palli" for "palliative", "safeti" for
        # "safety"): the typo is also stemmed the same way and compared stem with stem, so
        # "pallative" (stem "pallat") reaches "palli", which is more than three letters
        # shorter than the word, and "psycosis" (stem "psycosi") is one edit from
        # "psychosi".
        stemmed = porter([word])[0]
        far = limit + 1
        for stem, docs in self.conn.execute(
                "SELECT term, doc FROM fts_words WHERE term >= ? AND term < ?",
                (word[0], chr(ord(word[0]) + 1))):
            if len(stem) < 4 or not stem.isalpha():
                continue
            shorter = len(word) - len(stem)
            distance = min(
                edit_distance(word, stem) if abs(shorter) <= 3 else far,
                # A stem is often the typed word cut short ("sepsi" for "septic").
                edit_distance(word[:len(stem)], stem) if 0 < shorter <= 3 else far,
                edit_distance(stemmed, stem)
                if len(stemmed) >= 4 and abs(len(stemmed) - len(stem)) <= 2 else far)
            if distance <= limit:
                # Equally close: the one sharing the longer start with the word typed
                # ("palli" before "palmit" for "pallative"), then the one nearer its length
                # ("safeti" before "safe" for "saftey"), then the most used.
                candidate = (distance, -_common_start(word, stem), abs(shorter), -int(docs),
                             stem)
                if best is None or candidate < best:
                    best = candidate
        if best is None:
            return ""
        # Show and search a word as the records write it, not the stem.
        row = self.conn.execute(
            "SELECT highlight(fts, 0, char(2), char(3)) || ' ' || "
            "highlight(fts, 1, char(2), char(3)) || ' ' || highlight(fts, 3, char(2), char(3)) "
            "FROM fts WHERE fts MATCH ? LIMIT 1", (_quote_word(best[-1]),)).fetchone()
        found = re.search("\x02([^\x03]+)\x03", row[0]) if row else None
        surface = words(found.group(1)) if found else []
        if not surface:
            return ""
        # The records may write the word with an ending the typo lacks ("ulcers" for
        # "ulser"): compared as far as typed.
        close = min(edit_distance(word, surface[0]),
                    edit_distance(word, surface[0][:len(word)])) <= limit
        # Or the typed word is the records' word with another ending, not a typo at all:
        # "queuing" (stem "queu") for "queue", three edits as written (D520).
        other_ending = len(stemmed) >= 4 and stemmed != word and surface[0].startswith(stemmed)
        if not (close or other_ending):
            # Close as stems, far apart as written: "weeping" (stem "weep") is one letter
            # from "week", but "weeks" is four edits from "weeping"; "flyers" (stem "flyer")
            # is two from "floor", three as written. Stems bridge a typo's ending
            # ("pallative" -> "palliative", one edit as written); they must not make a new
            # word of it, so the word as the records write it is as close as a typo's.
            return ""
        return surface[0]

    def _phrase_fallback(self, parsed: ParsedQuery, where: _Where
                         ) -> tuple[ParsedQuery, list[str]]:
        """Say so when no record (among those searched) has a quoted phrase word for word:
        records with its words close together are shown (an alternative every phrase has);
        when there are none either, the phrase is searched as its words."""
        notes: list[str] = []
        groups: list[tuple[Term, ...]] = []
        changed = False
        for group in parsed.groups:
            term = group[0]
            if len(group) == 1 and len(term.words) > 1 and not term.prefix and \
                    not _letters(term) and not self._count(f"({term.fts()})", where) and \
                    not self._written_otherwise(term, where):
                content = tuple(w for w in term.words if w not in STOPWORDS)
                near = Term(words=content, near=NEAR_WORDS)
                if len(content) >= 2 and self._count(f"({near.fts()})", where):
                    notes.append(f"No record has the exact phrase {term.text}; showing records "
                                 f"with its words close together.")
                    groups.append(group)
                    continue
                notes.append(f"No record has the exact phrase {term.text} or its words close "
                             f"together; showing records with its words.")
                groups += [(Term(words=(w,)),) for w in content or term.words]
                changed = True
            else:
                groups.append(group)
        if not changed:
            return parsed, notes
        return attrs.evolve(parsed, groups=tuple(groups)), notes

    def _written_otherwise(self, term: Term, where: _Where) -> bool:
        """True when records have *term* written another way ("glp1" for "glp-1"): the
        expansion adds that form, so the phrase is not broken into its words."""
        return any(self._count(f"({Term(words=form).fts()})", where)
                   for form in written_forms(term.words))

    def _df_of(self, expression: str) -> int:
        self._fresh_caches()
        found = self._df.get(expression)
        if found is None:
            found = int(self.conn.execute("SELECT count(*) FROM fts WHERE fts MATCH ?",
                                          (expression,)).fetchone()[0])
            self._df[expression] = found
        return found

    def _idf(self, choice: Choice) -> float:
        return bm25_idf(self._choice_df(choice), self._doc_total())

    def _choice_df(self, choice: Choice) -> int:
        """How many records have *choice*, for its IDF. Read from FTS5's own word list (one
        look-up per stem, not a count over the records): a word's spellings count as its
        most common one, a phrase as its rarest word (an upper bound, near enough for IDF)."""
        term = choice.term
        if term.prefix or term.near:
            return self._df_of(term.fts())
        self._fresh_caches()
        found = []
        for word in term.words:
            stems = porter(variants(word))
            counts = [self._stem_df(stem) for stem in stems]
            found.append(max(counts, default=0))
        return min(found, default=0)

    def _has_word(self, word: str) -> bool:
        """True when a record has *word* (folded), as the index stems it. A stem of a common
        word or of under three letters is never "had": "ate" stems to "at"."""
        stem = porter([word])[0]
        return len(stem) >= 3 and stem not in STOPWORDS and self._stem_df(stem) > 0

    def _stem_df(self, stem: str) -> int:
        """How many records have the index word (Porter stem) *stem*, kept between calls."""
        self._fresh_caches()
        key = f"\x00{stem}"
        df = self._df.get(key)
        if df is None:
            row = self.conn.execute("SELECT doc FROM fts_words WHERE term = ?",
                                    (stem,)).fetchone()
            df = self._df[key] = int(row[0]) if row else 0
        return df

    def _doc_total(self) -> int:
        self._fresh_caches()
        found = self._df.get("")
        if found is None:
            found = int(self.conn.execute("SELECT count(*) FROM toks").fetchone()[0])
            self._df[""] = found
        return found

    # --- ranking -----------------------------------------------------------------------------

    def _loosen(self, query: ExpandedQuery) -> ExpandedQuery:
        """*query* with each quoted phrase split into its words (for "some of the words");
        an acronym written with "&" ("A&E") stays one."""
        if not any(len(g) == 1 and len(g[0].words) > 1 and not g[0].prefix
                   and not _letters(g[0]) for g in query.parsed.groups):
            return query
        groups: list[tuple[Term, ...]] = []
        for group in query.parsed.groups:
            term = group[0]
            if len(group) == 1 and len(term.words) > 1 and not term.prefix and \
                    not _letters(term):
                content = [w for w in term.words if w not in STOPWORDS] or list(term.words)
                groups += [(Term(words=(w,)),) for w in content]
            else:
                groups.append(group)
        return self.expand(attrs.evolve(query.parsed, groups=tuple(groups)))

    def _expr(self, query: ExpandedQuery, where: _Where, *, match_all: bool = True,
              head: str = "", not_every: bool = False, exclude: str = "") -> str:
        """The MATCH expression: the query's words or their alternatives (only in the columns
        *head* names, e.g. "title summary subjects"), minus excluded words, minus records with
        every word (with *not_every*) or matching *exclude*, minus confidential records unless
        the filters include them."""
        positive = query.positive(match_all=match_all)
        if head:
            positive = f"{{{head}}} : ({positive})"
        minus = [query.parsed.negative()] if query.parsed.excluded else []
        if not_every:
            minus.append(query.positive(match_all=True))
        if exclude:
            minus.append(exclude)
        if where.no_confidential:
            minus.append(f'"{_CONFIDENTIAL_WORD}"')
        expression = f"({positive})"
        if minus:
            expression += " NOT (" + " OR ".join(f"({m})" for m in minus) + ")"
        return expression

    def _count(self, expression: str, where: _Where) -> int:
        if not where.docs_needed:
            row = self.conn.execute("SELECT count(*) FROM fts WHERE fts MATCH ?",
                                    (expression,)).fetchone()
        else:
            row = self.conn.execute(
                f"SELECT count(*) FROM fts JOIN docs d ON d.n = fts.rowid "
                f"WHERE fts MATCH ? AND {where.sql}", [expression, *where.params]).fetchone()
        return int(row[0])

    def _ranked(self, query: ParsedQuery | ExpandedQuery, where: _Where, limit: int,
                offset: int, today: str, *, match_all: bool = True, not_every: bool = False,
                expected: int | None = None, with_complete: bool = False,
                exclude: str = "") -> list[Ranked]:
        """Candidates best first (a :class:`ParsedQuery` is ranked without alternatives).

        SQLite's FTS5 BM25 picks the best :data:`_CANDIDATES` (or enough for the page asked
        for); :func:`kmcore.search.rank.score_candidates` scores them again (BM25F with
        per-field length normalisation and one saturation, coordination, proximity, the
        alternatives' weights). Stale (past ``review_due``), withdrawn and archived records
        are then marked down.

        FTS5's BM25 costs a look-up per matching record. When more than :data:`_LARGE`
        records match, the candidates are drawn from the records matching in their title,
        summary or subject terms, as long as there are enough of them for the page.
        *with_complete* adds the best candidates with every word to those with any.
        """
        if isinstance(query, ParsedQuery):
            query = ExpandedQuery(parsed=query, choices=tuple(
                tuple(Choice(t) for t in group) for group in query.groups))
        if not query.size:
            return []
        wanted = max(_CANDIDATES, offset + limit)
        expression = self._expr(query, where, match_all=match_all, not_every=not_every,
                                exclude=exclude)
        if expected is not None and expected > _LARGE:
            # Narrowest first: records with the words in their title, then in their title,
            # summary or subject terms, as long as there are enough for the page.
            for columns in ("title", "title summary subjects"):
                head = self._expr(query, where, match_all=match_all, head=columns,
                                  not_every=not_every, exclude=exclude)
                if self._count(head, where) >= max(offset + limit, _CANDIDATES // 2):
                    expression = head
                    break
        expressions = [expression]
        if with_complete:
            expressions.append(self._expr(query, where, match_all=True))
        rows = self._candidate_rows(expressions, where, wanted)
        if not rows:
            return []
        self._fresh_caches()
        marks = ",".join("?" * len(rows))
        # Scoring builds many small lists; the collections they would trigger walk every
        # object in the process and cost more than the scoring.
        with no_gc():
            texts = {row[0]: row[1:] for row in self.conn.execute(
                f"SELECT n, title, summary, subjects, body, people, breaks FROM toks "
                f"WHERE n IN ({marks})", [r[0] for r in rows])}
            scored = score_candidates(query, texts, self._idf, self._averages,
                                      lambda: self._written(list(texts)))

        def factor(row: Any) -> float:
            stale = 0.8 if row[11] and row[11] < today else 1.0
            return stale * (0.7 if row[6] in ("withdrawn", "archived") else 1.0)

        ranked = []
        for row in rows:
            found_score = scored.get(row[0])
            value = (found_score.score if found_score else 0.0) * factor(row)
            ranked.append(Ranked(n=row[0], id=row[1], type=row[2], title=row[3],
                                 department=row[4], date=row[5], status=row[6],
                                 visibility=row[7], stage=row[8], technique=row[9],
                                 updated=row[10], score=value, scored=found_score))
        ranked.sort(key=lambda r: (-r.score, r.id))
        return ranked[offset:offset + limit]

    def _written(self, ns: list[int]) -> dict[int, frozenset[str]]:
        """Each record's words as written (folded), from the text FTS5 keeps."""
        if not ns:
            return {}
        return {n: frozenset(words(" ".join(parts))) for n, *parts in self.conn.execute(
            f"SELECT rowid, title, summary, subjects, body, people FROM fts "
            f"WHERE rowid IN ({','.join('?' * len(ns))})", ns)}

    def _candidate_rows(self, expressions: list[str], where: _Where, wanted: int
                        ) -> list[Any]:
        """The best *wanted* records (by FTS5's BM25) for each expression, as ``docs``
        rows, without repeats."""
        if not where.docs_needed:
            ns = list(dict.fromkeys(n for e in expressions for (n,) in self.conn.execute(
                f"SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY {_BM25} LIMIT ?",
                (e, wanted))))
            docs = {row[0]: row for row in self.conn.execute(
                f"SELECT n, id, type, title, department, date, status, visibility, stage, "
                f"technique, updated, review_due FROM docs WHERE n IN "
                f"({','.join('?' * len(ns))})", ns)} if ns else {}
            rows = [docs[n] for n in ns if n in docs]
        else:
            unique: dict[int, Any] = {}
            for e in expressions:
                for row in self.conn.execute(
                        f"SELECT d.n, d.id, d.type, d.title, d.department, d.date, d.status, "
                        f"d.visibility, d.stage, d.technique, d.updated, d.review_due "
                        f"FROM fts JOIN docs d ON d.n = fts.rowid WHERE fts MATCH ? AND "
                        f"{where.sql} ORDER BY {_BM25}, d.id LIMIT ?",
                        [e, *where.params, wanted]):
                    unique.setdefault(row[0], row)
            rows = list(unique.values())
        return rows

    def _hits(self, query: ExpandedQuery, rows: list[Ranked]) -> list[Hit]:
        if not rows:
            return []
        # Snippets are made only for the rows shown (making them is the costly part).
        marks = ",".join("?" * len(rows))
        snippets = {
            n: (title, summary, body) for n, title, summary, body in self.conn.execute(
                f"SELECT rowid, highlight(fts, 0, char(2), char(3)), "
                f"snippet(fts, 1, char(2), char(3), '…', 24), "
                f"snippet(fts, 3, char(2), char(3), '…', 24) "
                f"FROM fts WHERE fts MATCH ? AND rowid IN ({marks})",
                [query.positive(match_all=False), *[r.n for r in rows]])
        }
        hits = []
        for r in rows:
            title_m, summary_m, body_m = snippets.get(r.n, (r.title, "", ""))
            snippet = next((s for s in (body_m, summary_m) if _MARK_START in s),
                           body_m or summary_m)
            scored = r.scored
            hits.append(Hit(id=r.id, type=r.type, title=r.title, score=float(r.score),
                            department=r.department, date=r.date, status=r.status,
                            visibility=r.visibility, stage=r.stage, technique=r.technique,
                            updated=r.updated, title_marked=title_m, snippet_marked=snippet,
                            matched=scored.matched if scored else (),
                            coverage=scored.coverage if scored else 0.0,
                            proximity=scored.proximity if scored else 0.0))
        return hits

    # --- reading helpers for the finder, connections and digests --------------------------------

    def doc_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM docs").fetchone()[0])

    def docs(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Index rows by record id (title, type, date, status...) for the ids given."""
        wanted = list(dict.fromkeys(ids))
        found: dict[str, dict[str, Any]] = {}
        for chunk in range(0, len(wanted), 500):
            part = wanted[chunk:chunk + 500]
            cur = self.conn.execute(
                f"SELECT * FROM docs WHERE id IN ({','.join('?' * len(part))})", part)
            columns = [c[0] for c in cur.description]
            for row in cur:
                item = dict(zip(columns, row, strict=True))
                found[item["id"]] = item
        return found


def _own_stems(query: ExpandedQuery) -> set[str]:
    """Every stem the query's words and their alternatives can match. A word split from its
    number ("news" of "news 2" for "NEWS2") is left out: it is not searched on its own, and
    records on the subject say it in other ways ("NEWS score"), as feedback should find."""
    return {s for group in query.choices for c in group
            if not (c.source.startswith(WRITTEN_AS) and len(c.term.words) > 1)
            for opts in c.stems() for s in opts}


def _letters(term: Term) -> bool:
    """True for an acronym written with "&" ("A&E", "R&D"), which the index splits into
    letters: not a phrase to fall back from or to split into its words (a letter says
    nothing), but one term, which the vocabularies know whole (:func:`kmcore.search.rank.
    expand`)."""
    return len(term.words) > 1 and all(len(w) == 1 and w.isalpha() for w in term.words)


def _quote_word(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _common_start(a: str, b: str) -> int:
    """How many letters *a* and *b* share at the start."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n

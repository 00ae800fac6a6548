"""Which of the expert finder's rules generalise? (issue 16, D1320-D1323)

The expert finder (:mod:`kmcore.search.experts`) grew one rule at a time, each written when a
new judged collection exposed a miss or a trap. In-sample P@3 on the development collections
says little about a collection nobody has seen yet. This script measures, over every collection
in ``tests/data/relevance``:

``--classify``
    every miss (a graded person who should be in a top 3 and is not) and every wrong or trap
    person in a top 3, by the kind of evidence they have: a claim of their own naming the whole
    topic, a post naming it, only kmcore-inferred claims (a related subject, a colleague's), a
    record with the whole topic they led or wrote, one they only supported, records with part
    of the topic only, or nothing the finder can match at all.

``--ablate``
    each rule switched off alone (a constant set to its neutral value, a step made a no-op):
    P@3 and trap people, and which collections it helps. A rule that helps one collection only
    is a rule fitted to that collection.

``--weights``
    the weights several collections rely on, moved one at a time; per collection, the
    setting best on the other fourteen is scored on it (leave-one-collection-out).

``--models``
    general signals added to the finder's score (coherence of a person's evidence with the
    topic, focus, own claim, led record, inferred-only), and a small linear model over raw
    evidence instead of the rules; each grid's weights chosen leave-one-collection-out.

``--minority``
    D1461's minority-sense rule off and at each of its settings, chosen per collection on the
    others (leave-one-collection-out), with the in-sample figures beside.

``--loco``
    a leave-one-collection-out estimate of the rule set: for each collection, the rules the
    other fourteen do not need (switching them off changes nothing there) are switched off and
    the collection is scored. Rules justified only by the collection they were written for
    contribute nothing to this figure; it is the nearest the development data comes to a
    blind score.

Run with ``python benchmarks/experts_rules.py --classify --ablate --loco`` (a few minutes on
two cores; ``--ablate`` and ``--weights``
    the weights several collections rely on, moved one at a time; per collection, the
    setting best on the other fourteen is scored on it (leave-one-collection-out).

``--loco`` re-run the finder on every topic once per rule).

The switches reach into the finder's module globals on purpose: this is a measuring tool,
and the module is restored after each run.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
COLLECTIONS = ROOT / "tests" / "data" / "relevance"

#: Roles in which someone did the work a record describes (rather than supported it).
LEADING_ROLES = frozenset({"lead", "co_lead", "owner", "harvestee", "interviewee", "author"})


def _noop(*_args: Any, **_kwargs: Any) -> None:
    return None


def _none_dropped(*_args: Any, **_kwargs: Any) -> set[str]:
    return set()


def _never(*_args: Any, **_kwargs: Any) -> bool:
    return False


#: (label, attribute of kmcore.search.experts (``_Votes.x`` for a method), neutral value).
SWITCHES: list[tuple[str, str, object]] = [
    ("PARTIAL_VOTE=1", "PARTIAL_VOTE", 1.0),
    ("CORE_VOTE=1", "CORE_VOTE", 1.0),
    ("APART_VOTE=1", "APART_VOTE", 1.0),
    ("OTHER_FORM=1", "OTHER_FORM", 1.0),
    ("OTHER_SENSE=1", "OTHER_SENSE", 1.0),
    ("UNBACKED_PART=1", "UNBACKED_PART", 1.0),
    ("PROCESS_ROLE_SHARE=1", "PROCESS_ROLE_SHARE", 1.0),
    ("COLLEAGUE_SHARE=0", "COLLEAGUE_SHARE", 0.0),
    ("RELATED_SHARE=0", "RELATED_SHARE", 0.0),
    ("POST_VOTE=0", "POST_VOTE", 0.0),
    ("DEPARTMENT_VOTE=0", "DEPARTMENT_VOTE", 0.0),
    ("PHRASE_MISSING=1", "PHRASE_MISSING", 1.0),
    ("ENOUGH_PEOPLE=0", "ENOUGH_PEOPLE", 0),
    ("PARTIAL_RECORDS=1", "PARTIAL_RECORDS", 1),
    ("_away_from_home", "_away_from_home", _noop),
    ("_records_in_other_sense", "_records_in_other_sense", _noop),
    ("_letters_only", "_letters_only", _noop),
    ("_knowledge_work", "_knowledge_work", _noop),
    ("_other_compound", "_other_compound", _noop),
    ("_self_described", "_self_described", _noop),
    ("_named_in_post", "_named_in_post", _noop),
    ("_colleagues", "_colleagues", _noop),
    ("_related", "_related", _noop),
    ("_phrase_first", "_phrase_first", _noop),
    ("_profile_apart", "_profile_apart", _noop),
    ("_dropped_acronym", "_dropped_acronym", _none_dropped),
    ("_one_word_only", "_one_word_only", _never),
    ("_nothing_in_sense", "_nothing_in_sense", _never),
    ("_only_other_form", "_only_other_form", _never),
    ("_Votes.discount_other_sense", "_Votes.discount_other_sense", _noop),
    ("_Votes.supporting_parts", "_Votes.supporting_parts", _noop),
    ("MINORITY_SENSE=1", "MINORITY_SENSE", 1.0),
]

Result = dict[str, tuple[float, int]]

#: The finder's weights that more than one collection relies on (see --ablate), each with the
#: values tried around it by --weights.
WEIGHTS: dict[str, tuple[float, ...]] = {
    "RELATED_SHARE": (0.05, 0.1, 0.2, 0.3),
    "COLLEAGUE_SHARE": (0.1, 0.2, 0.45),
    "OTHER_SENSE": (0.05, 0.2, 0.3),
    "PROCESS_ROLE_SHARE": (0.15, 0.5),
    "PARTIAL_VOTE": (0.1, 0.5),
    "APART_VOTE": (0.25, 0.75),
    "CORE_VOTE": (0.3, 0.7),
    "POST_VOTE": (0.8, 1.6),
}


@contextlib.contextmanager
def weighted(name: str, value: float) -> Iterator[None]:
    """The finder with its weight *name* set to *value*, restored afterwards."""
    import kmcore.search.experts as finder

    saved = getattr(finder, name)
    setattr(finder, name, value)
    try:
        yield
    finally:
        setattr(finder, name, saved)


@contextlib.contextmanager
def switched_off(labels: list[str]) -> Iterator[None]:
    """The finder with the rules named in *labels* neutral, restored afterwards."""
    import kmcore.search.experts as finder

    unknown = sorted(set(labels) - {label for label, _attr, _neutral in SWITCHES})
    if unknown:
        raise ValueError(f"no such rule switch: {', '.join(unknown)} (see SWITCHES)")
    saved: list[tuple[object, str, object]] = []
    try:
        for label, attr, neutral in SWITCHES:
            if label not in labels:
                continue
            owner: object = finder
            if attr.startswith("_Votes."):
                owner, attr = finder._Votes, attr.removeprefix("_Votes.")
            saved.append((owner, attr, getattr(owner, attr)))
            setattr(owner, attr, neutral)
        yield
    finally:
        for owner, attr, value in reversed(saved):
            setattr(owner, attr, value)


class Collections:
    """Every development collection's index, built once, and its judgements."""

    def __init__(self, stack: contextlib.ExitStack, names: list[str] | None) -> None:
        import kmcore
        from kmcore.search.relevance import load_collection

        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        self.items: dict[str, tuple[Any, Any]] = {}
        for folder in sorted(COLLECTIONS.glob("collection-*")):
            name = folder.name.removeprefix("collection-")
            if names and name not in names:
                continue
            kb_dir = tmp / folder.name
            shutil.copytree(folder / "kb", kb_dir, ignore=shutil.ignore_patterns("cache"))
            kb = stack.enter_context(kmcore.open(kb_dir))
            index = kb.search_index()
            index.refresh()
            self.items[name] = (index, load_collection(folder))

    def score(self, names: list[str] | None = None) -> Result:
        """(P@3, trap people in a top 3) per collection, with the finder as it stands."""
        from kmcore.search.experts import find_experts
        from kmcore.search.relevance import precision_at_3

        out: Result = {}
        for name, (index, collection) in self.items.items():
            if names is not None and name not in names:
                continue
            total, traps = 0.0, 0
            for topic in collection.experts:
                top = [e.person_id for e in find_experts(index, topic.topic, limit=3,
                                                         refresh=False)][:3]
                total += precision_at_3(top, topic.people)
                traps += sum(1 for p in top if p in topic.traps)
            out[name] = (total / len(collection.experts), traps)
        return out


def _summary(result: Result) -> str:
    mean = sum(p for p, _ in result.values()) / len(result)
    return f"mean P@3 {mean:.4f}, trap people {sum(t for _, t in result.values())}"


def _changed(base: Result, other: Result) -> tuple[list[str], list[str]]:
    """(collections worse without the rule, collections better without it)."""
    worse = [n for n in base if other[n][0] < base[n][0] - 1e-9
             or (other[n][0] <= base[n][0] + 1e-9 and other[n][1] > base[n][1])]
    better = [n for n in base if n not in worse and other[n] != base[n]]
    return worse, better


def ablate(cols: Collections, base: Result) -> dict[str, Result]:
    results: dict[str, Result] = {}
    print("\n| rule switched off | mean P@3 | trap people | worse without it | better without "
          "it |\n|---|---|---|---|---|")
    for label, _attr, _neutral in SWITCHES:
        with switched_off([label]):
            results[label] = cols.score()
        worse, better = _changed(base, results[label])
        mean = sum(p for p, _ in results[label].values()) / len(results[label])
        traps = sum(t for _, t in results[label].values())
        print(f"| {label} | {mean:.4f} | {traps} | {' '.join(worse).upper() or '-'} | "
              f"{' '.join(better).upper() or '-'} |", flush=True)
    return results


def loco(cols: Collections, base: Result, ablated: dict[str, Result]) -> None:
    """For each collection, the rules the other collections do not need switched off."""
    print("\n| collection | in-sample P@3 | traps | leave-one-out P@3 | traps | rules only it "
          "needs |\n|---|---|---|---|---|---|")
    held: Result = {}
    for name in cols.items:
        others = [n for n in cols.items if n != name]
        unneeded = [label for label, result in ablated.items()
                    if all(result[n] == base[n] for n in others)]
        with switched_off(unneeded):
            held[name] = cols.score([name])[name]
        needed_here = [label for label in unneeded if ablated[label][name] != base[name]]
        print(f"| {name.upper()} | {base[name][0]:.3f} | {base[name][1]} | {held[name][0]:.3f} | "
              f"{held[name][1]} | {', '.join(needed_here) or '-'} |", flush=True)
    print(f"\nin-sample: {_summary(base)}; leave-one-collection-out: {_summary(held)}")


def weights(cols: Collections, base: Result) -> None:
    """Each weight moved alone to each of its WEIGHTS values; then, per collection, the
    variant (the finder as it stands among them) best on the other collections, scored on it:
    the leave-one-collection-out figure for choosing these weights."""
    variants: dict[str, Result] = {"as it stands": base}
    print("\n| weight | mean P@3 | trap people | worse | better |\n|---|---|---|---|---|")
    for name, values in WEIGHTS.items():
        for value in values:
            label = f"{name}={value}"
            with weighted(name, value):
                variants[label] = cols.score()
            worse, better = _changed(base, variants[label])
            result = variants[label]
            mean = sum(p for p, _ in result.values()) / len(result)
            print(f"| {label} | {mean:.4f} | {sum(t for _, t in result.values())} | "
                  f"{' '.join(worse).upper() or '-'} | {' '.join(better).upper() or '-'} |",
                  flush=True)

    def objective(result: Result, names: list[str]) -> float:
        # P@3 first; a trap person costs as much as 0.01 of mean P@3.
        return (sum(result[n][0] for n in names) / len(names)
                - 0.01 * sum(result[n][1] for n in names))

    held: Result = {}
    print("\n| collection | chosen on the others | in-sample P@3/traps | held out P@3/traps |"
          "\n|---|---|---|---|")
    for name in cols.items:
        others = [n for n in cols.items if n != name]
        # Ties go to the finder as it stands (listed first).
        best = max(variants, key=lambda v: objective(variants[v], others))
        held[name] = variants[best][name]
        print(f"| {name.upper()} | {best} | {base[name][0]:.3f}/{base[name][1]} | "
              f"{held[name][0]:.3f}/{held[name][1]} |")
    best_all = max(variants, key=lambda v: objective(variants[v], list(cols.items)))
    print(f"\nin-sample as it stands: {_summary(base)}; best on all: {best_all} "
          f"({_summary(variants[best_all])}); leave-one-collection-out: {_summary(held)}")


def _bag(text: str) -> Counter[str]:
    from kmcore.search._text import STOPWORDS, light_stem, words

    return Counter(light_stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 2)


Features = dict[str, float]
#: Per collection, per topic: (graded people, trap people, {person: features}).
Table = dict[str, list[tuple[dict[str, int], tuple[str, ...], dict[str, Features]]]]


class _Evidence:
    """What one collection's index holds about each person, for :func:`features`."""

    def __init__(self, index: Any) -> None:
        from collections import defaultdict

        self.index = index
        conn = index.conn
        self.doc = {i: _bag(f"{t} {s}") for i, t, s in conn.execute(
            "SELECT id, title, summary FROM docs WHERE type != 'person'")}
        self.df: Counter[str] = Counter()
        for counts in self.doc.values():
            self.df.update(counts.keys())
        self.people = {r[0]: r for r in conn.execute(
            "SELECT id, name, job_title, department FROM people WHERE hidden = 0")}
        self.records: dict[str, set[str]] = defaultdict(set)
        self.on: dict[str, list[tuple[str, str, float]]] = defaultdict(list)
        for person, record, role, weight in conn.execute(
                "SELECT person, record, role, weight FROM assoc"):
            self.records[person].add(record)
            self.on[record].append((person, role, weight))
        labels: dict[str, list[str]] = defaultdict(list)
        for person, label in conn.execute(
                "SELECT person, label FROM claims WHERE basis != 'profile'"):
            labels[person].append(label)
        self.about: dict[str, dict[str, float]] = {}
        for person, row in self.people.items():
            counts = _bag(f"{row[2]} {row[3]} " + " ".join(labels[person]))
            for record in self.records[person]:
                counts.update(self.doc.get(record, Counter()))
            self.about[person] = self.unit(counts)

    def unit(self, counts: Counter[str]) -> dict[str, float]:
        import math

        total = len(self.doc)
        vec = {w: (1 + math.log(c)) * math.log((total + 1) / (self.df.get(w, 0) + 0.5))
               for w, c in counts.items()}
        norm = math.sqrt(sum(x * x for x in vec.values())) or 1.0
        return {w: x / norm for w, x in vec.items()}

    def topic(self, text: str) -> tuple[dict[str, Features], dict[str, Features]]:
        """(signals for the people the finder lists, raw evidence) for the topic *text*."""
        import datetime as dt

        from kmcore.search.index import Filters
        from kmcore.search.query import parse_query

        expanded = self.index.expand(parse_query(text))
        rows = self.index._ranked(expanded, Filters().sql(None).also("d.type != 'person'"),
                                  200, 0, dt.date.today().isoformat())
        whole = [r for r in rows if r.scored is None or r.scored.coverage >= 1.0]
        centre: Counter[str] = Counter()
        for r in (whole or rows)[:10]:
            centre.update(self.doc.get(r.id, Counter()))
        self.centroid = self.unit(centre)
        self.whole_ids = {r.id for r in whole}
        return self.signals(text), self.raw(text, expanded, rows)

    def coherence(self, person: str) -> float:
        mine = self.about.get(person, {})
        return sum(x * mine.get(w, 0.0) for w, x in self.centroid.items())

    def focus(self, person: str) -> float:
        mine = self.records[person]
        return len(mine & self.whole_ids) / max(1, len(mine))

    def signals(self, text: str) -> dict[str, Features]:
        from kmcore.search.experts import find_experts

        found = find_experts(self.index, text, limit=20, refresh=False)
        best = found[0].score if found else 1.0
        listed: dict[str, Features] = {}
        for e in found:
            own = [c for c in e.claims if c.basis in ("self_declared", "endorsed")]
            on_whole = [r for r in e.records if not r.matched.startswith("only ")]
            listed[e.person_id] = {
                "score": e.score / best, "coherence": self.coherence(e.person_id),
                "focus": self.focus(e.person_id),
                "own_claim": float(any(not c.matched.startswith("only ") for c in own)),
                "led_whole": float(any(r.role in LEADING_ROLES for r in on_whole)),
                "any_whole": float(bool(on_whole)),
                "inferred_only": float(not own and bool(e.claims) and all(
                    c.basis in ("related", "colleague", "profile") for c in e.claims)),
            }
        return listed

    def raw(self, text: str, expanded: Any, rows: list[Any]) -> dict[str, Features]:
        from collections import defaultdict

        from kmcore.search._text import STOPWORDS, light_stem, words

        top = max((r.score for r in rows), default=0.0) or 1.0
        feats: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for r in rows:
            coverage = 1.0 if r.scored is None else r.scored.coverage
            share = 1.0 if r.scored is None else r.scored.weighted
            for person, role, weight in self.on[r.id]:
                if person not in self.people:
                    continue
                if coverage >= 1.0:
                    feats[person]["records"] += r.score / top * weight
                    if role in LEADING_ROLES:
                        feats[person]["led"] += r.score / top * weight
                else:
                    feats[person]["partial"] += r.score / top * weight * share ** 2
        match = ("SELECT c.person, c.basis FROM claims_fts JOIN claims c "
                 "ON c.k = claims_fts.rowid WHERE claims_fts MATCH ?")
        kinds = {"self_declared": "own_claim", "endorsed": "own_claim", "profile": "profile"}
        for person, basis in self.index.conn.execute(
                match, (f"({expanded.positive(match_all=True)})",)):
            if person in self.people:
                feats[person][kinds.get(basis, "inferred")] = 1.0
        if expanded.size > 1:
            for person, basis in self.index.conn.execute(
                    match, (f"({expanded.positive(match_all=False)})",)):
                if person in self.people and basis in ("self_declared", "endorsed"):
                    feats[person]["part_claim"] = 1.0
        stems = {light_stem(w) for w in words(text) if w not in STOPWORDS}
        for person, row in self.people.items():
            if stems and stems <= set(_bag(f"{row[2]} {row[3]}")):
                feats[person]["post"] = 1.0
        for person, f in feats.items():
            f["coherence"], f["focus"] = self.coherence(person), self.focus(person)
        return {p: dict(f) for p, f in feats.items()}


def features(cols: Collections) -> tuple[Table, Table]:
    """(signals on top of the finder, raw evidence) per person and topic (D1321, D1322).

    Signals: the finder's score over the best, and for each person it lists (top 20)
    *coherence* (tf-idf cosine between everything about them and the ten best whole-topic
    records), *focus* (share of their records with the whole topic), an own claim naming the
    whole topic, a whole-topic record led, any whole-topic record, only inferred claims.
    Raw: from the retrieval the finder starts from, none of its rules: whole-topic record
    votes (score over best x role weight), the same for led records, partial records, an own
    claim naming the whole topic or part of it, a profile mention, the post naming every
    word, coherence and focus.
    """
    signals: Table = {}
    raw: Table = {}
    for name, (index, collection) in cols.items.items():
        evidence = _Evidence(index)
        signals[name], raw[name] = [], []
        for topic in collection.experts:
            listed, found = evidence.topic(topic.topic)
            signals[name].append((topic.people, topic.traps, listed))
            raw[name].append((topic.people, topic.traps, found))
    return signals, raw


def choose(table: Table, grid: dict[str, tuple[float, ...]], title: str) -> None:
    """Every setting of *grid* (a linear score over the features), scored per collection;
    per collection, the setting best on the others (mean P@3 - 0.01 per trap person), ties
    to the first, scored on it: leave-one-collection-out."""
    import itertools

    from kmcore.search.relevance import precision_at_3

    names = list(table)
    settings = [dict(zip(grid, v, strict=True)) for v in itertools.product(*grid.values())]
    results: list[Result] = []
    for weights in settings:
        result: Result = {}
        for name in names:
            total, traps = 0.0, 0
            for graded, trap_people, listed in table[name]:
                scored = sorted(((sum(weights.get(k, 0.0) * v for k, v in f.items()), p)
                                 for p, f in listed.items()), key=lambda sp: (-sp[0], sp[1]))
                top = [p for s, p in scored[:3] if s > 0]
                total += precision_at_3(top, graded)
                traps += sum(1 for p in top if p in trap_people)
            result[name] = (total / len(table[name]), traps)
        results.append(result)

    def objective(result: Result, among: list[str]) -> float:
        return (sum(result[n][0] for n in among) / len(among)
                - 0.01 * sum(result[n][1] for n in among))

    held: Result = {}
    chosen: Counter[str] = Counter()
    for name in names:
        others = [n for n in names if n != name]
        best = max(range(len(settings)), key=lambda i: (objective(results[i], others), -i))
        held[name] = results[best][name]
        chosen[str({k: v for k, v in settings[best].items() if v})] += 1
    best_all = max(range(len(settings)), key=lambda i: (objective(results[i], names), -i))
    print(f"\n{title}: {len(settings)} settings")
    print("leave-one-collection-out: " + ", ".join(
        f"{n.upper()} {p:.3f}/{t}" for n, (p, t) in held.items()))
    print(f"  {_summary(held)}; in-sample best {settings[best_all]}: "
          f"{_summary(results[best_all])}")
    print("  weights chosen per fold: " + "; ".join(f"{w} x{c}" for w, c in chosen.items()))


#: D1461's settings offered to --minority, beside the rule off (MINORITY_SENSE = 1.0).
MINORITY_GRID: dict[str, tuple[object, ...]] = {
    "MINORITY_RATIO": (0.3, 0.5), "MINORITY_SENSE": (0.1, 0.3),
    "MINORITY_VOUCHED": (True, False)}


def minority(cols: Collections) -> None:
    """D1461's minority-sense rule: off and each setting of MINORITY_GRID scored per
    collection; per collection, the setting best on the others (mean P@3 - 0.01 per trap
    person, as D1321), ties to the first (off), scored on it: leave-one-collection-out."""
    import itertools

    import kmcore.search.experts as finder

    settings: list[dict[str, object]] = [{"MINORITY_SENSE": 1.0}]
    settings += [dict(zip(MINORITY_GRID, v, strict=True))
                 for v in itertools.product(*MINORITY_GRID.values())]
    results: list[Result] = []
    print("\n| setting | mean P@3 | trap people |\n|---|---|---|")
    for setting in settings:
        saved = {k: getattr(finder, k) for k in setting}
        try:
            for k, v in setting.items():
                setattr(finder, k, v)
            results.append(cols.score())
        finally:
            for k, v in saved.items():
                setattr(finder, k, v)
        print(f"| {setting} | {_summary(results[-1])} |", flush=True)
        print("  " + ", ".join(f"{n.upper()} {p:.3f}/{t}"
                               for n, (p, t) in results[-1].items()), flush=True)
    names = list(cols.items)

    def objective(result: Result, among: list[str]) -> float:
        return (sum(result[n][0] for n in among) / len(among)
                - 0.01 * sum(result[n][1] for n in among))

    held: Result = {}
    chosen: Counter[str] = Counter()
    for name in names:
        others = [n for n in names if n != name]
        best = max(range(len(settings)), key=lambda i: (objective(results[i], others), -i))
        held[name] = results[best][name]
        chosen[str(settings[best])] += 1
    best_all = max(range(len(settings)), key=lambda i: (objective(results[i], names), -i))
    print("\nleave-one-collection-out: " + ", ".join(
        f"{n.upper()} {p:.3f}/{t}" for n, (p, t) in held.items()))
    print(f"  {_summary(held)}; off: {_summary(results[0])}; in-sample best "
          f"{settings[best_all]}: {_summary(results[best_all])}")
    print("  chosen per fold: " + "; ".join(f"{w} x{c}" for w, c in chosen.items()))


#: D1321: the finder's score (weight 1) plus signals; D1322: raw evidence alone.
SIGNAL_GRID: dict[str, tuple[float, ...]] = {
    "score": (1.0,), "coherence": (0, 0.5, 1, 2, 4), "focus": (0, 0.25, 0.5, 1),
    "own_claim": (0, 0.1, 0.25, 0.5), "led_whole": (0, 0.1, 0.25, 0.5),
    "inferred_only": (0, -0.1, -0.25, -0.5)}
RAW_GRID: dict[str, tuple[float, ...]] = {
    "records": (1.0,), "led": (0, 0.5), "partial": (0, 0.25, 1), "own_claim": (0, 0.5, 1),
    "part_claim": (0, 0.25), "profile": (0, 0.25), "post": (0, 0.5), "coherence": (0, 1, 4),
    "focus": (0, 0.5)}


def _evidence_kind(expert: Any) -> str:
    """The kind of evidence the finder holds for *expert* (None: not listed at all)."""
    if expert is None:
        return "not listed: nothing the finder matches"
    own = [c for c in expert.claims if c.basis in ("self_declared", "endorsed")]
    inferred = sorted({c.basis for c in expert.claims if c.basis in ("related", "colleague")})
    whole = [r for r in expert.records if not r.matched.startswith("only ")
             and "another sense" not in r.matched and "spelt out otherwise" not in r.matched]
    if own:
        claim = ("own claim (whole topic)" if any(not c.matched.startswith("only ") for c in own)
                 else "own claim (part of topic)")
    elif any(c.basis == "post" for c in expert.claims):
        claim = "post names it"
    elif inferred:
        claim = "only inferred claims (" + "/".join(inferred) + ")"
    else:
        claim = "no claim"
    if any(r.role in LEADING_ROLES for r in whole):
        record = "led/wrote a record on the whole topic"
    elif whole:
        record = "supported a record on the whole topic"
    elif any(not r.matched.startswith("only ") for r in expert.records):
        record = "records on the topic read in another sense only"
    elif expert.records:
        record = "records with part of the topic only"
    else:
        record = "no record"
    return f"{claim}; {record}"


def classify(cols: Collections) -> None:
    from kmcore.search.experts import find_experts

    kinds: dict[str, Counter[str]] = {"missed": Counter(), "wrong": Counter(),
                                      "trap": Counter()}
    examples: list[str] = []
    for name, (index, collection) in cols.items.items():
        for topic in collection.experts:
            found = find_experts(index, topic.topic, limit=20, refresh=False)
            by_id = {e.person_id: e for e in found}
            top = [e.person_id for e in found[:3]]
            graded = [p for p, g in topic.people.items() if g > 0]
            if sum(1 for p in top if p in graded) >= min(3, len(graded)) and \
                    not any(p in topic.traps for p in top):
                continue
            for person in top:
                if person in topic.traps:
                    kinds["trap"][_evidence_kind(by_id[person])] += 1
                    examples.append(f"{name.upper()} '{topic.topic}': trap {person} "
                                    f"({_evidence_kind(by_id[person])})")
                elif person not in graded:
                    kinds["wrong"][_evidence_kind(by_id[person])] += 1
            for person in graded:
                if person not in top:
                    kinds["missed"][_evidence_kind(by_id.get(person))] += 1
    titles = {"missed": "graded people missing from a top 3 that is short of them",
              "wrong": "ungraded (not trap) people taking their place",
              "trap": "trap people in a top 3"}
    for key, counts in kinds.items():
        print(f"\n{titles[key]}: {sum(counts.values())}")
        for kind, n in counts.most_common():
            print(f"  {n:4}  {kind}")
    print("\ntraps:")
    for line in examples:
        print("  " + line)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--classify", action="store_true", help="misses and traps by evidence")
    parser.add_argument("--ablate", action="store_true", help="each rule switched off alone")
    parser.add_argument("--loco", action="store_true",
                        help="leave-one-collection-out estimate (implies --ablate)")
    parser.add_argument("--weights", action="store_true",
                        help="the shared weights moved one at a time, chosen leave-one-out")
    parser.add_argument("--models", action="store_true",
                        help="signals on the finder's score, and a small model over raw "
                             "evidence, weights chosen leave-one-out")
    parser.add_argument("--minority", action="store_true",
                        help="D1461's minority-sense rule: off and its settings, chosen "
                             "leave-one-out")
    parser.add_argument("--only", default="", help="comma-separated collection letters")
    args = parser.parse_args(argv)
    if not (args.classify or args.ablate or args.loco or args.weights
            or args.models or args.minority):
        parser.error("choose at least one of --classify, --ablate, --loco, --weights, "
                     "--models, --minority")
    names = [n.strip().lower() for n in args.only.split(",") if n.strip()] or None
    with contextlib.ExitStack() as stack:
        started = time.perf_counter()
        cols = Collections(stack, names)
        if not cols.items:
            sys.exit(f"no collections under {COLLECTIONS} match --only {args.only!r}")
        base = cols.score()
        print("as it stands: " + ", ".join(f"{n.upper()} {p:.3f}/{t}"
                                           for n, (p, t) in base.items()))
        print(_summary(base))
        if args.classify:
            classify(cols)
        if args.ablate or args.loco:
            ablated = ablate(cols, base)
            if args.loco:
                loco(cols, base, ablated)
        if args.weights:
            weights(cols, base)
        if args.models:
            signals, raw = features(cols)
            choose(signals, SIGNAL_GRID, "signals added to the finder's score (D1321)")
            choose(raw, RAW_GRID, "a small model over raw evidence (D1322)")
        if args.minority:
            minority(cols)
        print(f"\n({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()

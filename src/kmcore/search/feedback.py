"""Records on the same subject that word it otherwise: a page of results topped up from the
words its best records share (pseudo-relevance feedback).

"Low blood sugar at school" finds the school hypo plan and the glucose sensors shared with
schools; the insulin pump training for school staff never says "hypo" or "blood sugar", but
it shares the telling words of those best records ("diabetes", "insulin", "glucose"). When
the page is not filled by records with every word of the query, the rest of it is drawn
from records sharing at least :data:`MIN_SHARED` of those words, scored at most
:data:`WEIGHT` of the best record, so they rank after every record with the whole query and
among, by score, those with only some of its words. The query's own words, stopwords and
words in a tenth or more of the records do not count: they say nothing about the subject.

The same best records tell which of the records with only some of the query's words use a
shared word in another sense: the fewer telling words a record shares with them, the less it
scores, down to :data:`OFF_TOPIC` as much for none ("building handover" for "ambulance
handover"); from :data:`SAME_SENSE` shared words on, it keeps its whole score
(:func:`same_sense`). When no record has every word of a long query (a natural question,
most often), the best :data:`FROM_BEST_PARTIAL` records with some of them stand for the
subject instead: "how do we keep students safe when they drop out of university?" has no
record with every word, and the best ones are on students leaving university; a "drop-in"
wellbeing session shares one rare word with the question and nothing with them (D1311).
The best :data:`PARTIAL_POOL` records are scored so before the first page is cut.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable

__all__ = ["FROM_BEST_PARTIAL", "FROM_RECORDS", "MIN_SHARED", "OFF_TOPIC", "PARTIAL_POOL",
           "SAME_SENSE", "TELLING_SHARE", "TERMS", "WEIGHT", "feedback_terms", "same_sense"]

#: The best records (with every word of the query) whose words are used.
FROM_RECORDS = 3
#: With no record having every word of a query of several words, the best records with
#: some of them that tell the others' sense (see the module docstring). Chosen by
#: leave-one-collection-out over the fifteen judged collections (D1311).
FROM_BEST_PARTIAL = 2
#: ... and how many of the best records with some of the words are scored so before the
#: first page is cut: a record on the subject with a common word of the question can be
#: below the first page until the ones with a rare word in another sense are scored down.
PARTIAL_POOL = 20
#: How many of their words.
TERMS = 8
#: A record is drawn in when it has at least this many of them.
MIN_SHARED = 2
#: Records drawn in score at most this share of the best record's score.
WEIGHT = 0.25
#: Words in this share of the records or more tell nothing about a subject.
TELLING_SHARE = 0.1
#: A record with only some of the query's words sharing SAME_SENSE or more telling words with
#: the best records having all of them uses the shared word in their sense; one sharing none
#: scores OFF_TOPIC as much, and one sharing some in between. Graded, not a threshold: a
#: "vehicle depot" record shares a few words ("community", "team") with the best records for
#: "depot clinic" by chance; the depot injection records not saying "clinic" share many.
SAME_SENSE = 6
OFF_TOPIC = 0.3


def same_sense(shared: int) -> float:
    """The share of its score a record with only some of the query's words keeps, sharing
    *shared* telling words with the best records having all of them."""
    return OFF_TOPIC + (1.0 - OFF_TOPIC) * min(1.0, shared / SAME_SENSE)


def feedback_terms(records: Iterable[set[str]], own: set[str], df: Callable[[str], int],
                   total: int) -> dict[str, float]:
    """The words (stems) the best *records* share, with weights: in at least two of them
    (one will do when there is one), not the query's *own*, telling (*df* under
    :data:`TELLING_SHARE` of *total*), weighted by how many records have them x IDF; the
    :data:`TERMS` heaviest."""
    found = list(records)
    counts: Counter[str] = Counter()
    for stems in found:
        counts.update(s for s in stems - own if s.isalpha() and len(s) > 2)
    least = 2 if len(found) > 1 else 1
    weights = {}
    for stem, count in counts.items():
        if count < least:
            continue
        docs = df(stem)
        if 0 < docs < TELLING_SHARE * total:
            weights[stem] = count * math.log(1 + (total - docs + 0.5) / (docs + 0.5))
    return dict(sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:TERMS])

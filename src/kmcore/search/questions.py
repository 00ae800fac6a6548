"""Natural questions typed into the search box: which of their words carry the topic.

"How can we cut on-the-day cancellations in theatre?" is about *cancellations* and *theatre*;
"cut" says what the asker wants done and "day" is part of a phrase. Stopwords ("how", "can",
"we") are dropped for every query, but the generic verbs and adverbs of a question ("cut",
"stop", "help", "faster", "done") are ordinary words, and a record that happens to have them
("Text reminders *cut* DNA rates") outscores one on the topic that words its aim differently
("theatre scheduling"). In a question they are kept, but *soft*: they count
:data:`SOFT_WEIGHT` as much as a topic word in the score and in the share of the query's words
a record has (coordination), and are not widened with synonyms of their own.

Only questions are read so: in a short query ("stop smoking", "falls prevention") every word is
the topic. The word list is general English (asking, wanting, achieving, speed), not any
specialty's vocabulary.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["GENERIC_WORDS", "QUESTION_STARTS", "SOFT_WEIGHT", "is_question", "soft_words"]

#: A generic word of a question counts this much beside a topic word.
SOFT_WEIGHT = 0.3

#: First words that make a query a question (it is also one when it ends with "?").
QUESTION_STARTS = frozenset({
    "how", "what", "whats", "who", "whom", "whose", "why", "when", "where", "which", "is",
    "are", "can", "could", "should", "would", "do", "does", "did", "has", "have", "any",
    "anyone", "anything", "will", "shall", "may", "might", "was", "were", "help",
})

#: Words that say what the asker wants done, how well or how fast, or who does it, rather
#: than what the question is about. Folded, as :func:`kmcore.search._text.words` gives them.
GENERIC_WORDS = frozenset({
    # wanting something done, better or less of it
    "cut", "cuts", "cutting", "reduce", "reduces", "reducing", "lower", "lowering", "stop",
    "stops", "stopping", "help", "helps", "helped", "helping", "improve", "improves",
    "improving", "increase", "increasing", "boost", "tackle", "tackling", "fix", "fixing",
    "solve", "sort", "avoid", "avoiding", "deal", "dealing", "handle", "handling", "cope",
    "ensure", "encourage", "speed", "spot", "spotting", "notice", "noticing", "find",
    "finding", "know", "tell", "learn", "try", "tried", "trying",
    # doing, getting, happening
    "do", "does", "doing", "done", "did", "get", "gets", "getting", "got", "go", "goes",
    "going", "come", "comes", "coming", "happen", "happens", "happened", "take", "takes",
    "taking", "give", "gives", "giving", "put", "keep", "keeps", "keeping", "set", "work",
    "works", "working", "need", "needs", "needed", "want", "wants", "able", "best", "better",
    "good", "right", "properly", "sure",
    # how fast, how much
    "faster", "quicker", "quickly", "sooner", "earlier", "less", "fewer", "lot", "lots",
    "much", "many", "enough",
    # who and what, vaguely
    "anything", "something", "everything", "anyone", "someone", "somebody", "everyone",
    "people", "thing", "things", "stuff", "else", "ways", "ideas", "examples", "advice",
    "tips", "others", "there", "us", "whether",
})


def is_question(text: str, first_word: str) -> bool:
    """True when the query *text* (whose first word, folded, is *first_word*) is a question:
    it starts with a question word or ends with a question mark."""
    return text.rstrip().endswith("?") or first_word in QUESTION_STARTS


def soft_words(words: Sequence[str]) -> frozenset[str]:
    """The generic words among a question's *words* (none when every word is generic: then
    they are all there is to search for)."""
    soft = frozenset(w for w in words if w in GENERIC_WORDS)
    return frozenset() if len(soft) >= len(set(words)) else soft

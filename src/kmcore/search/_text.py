"""Words: splitting text the way the index does, British/American spelling variants, and a
light stemmer for the similarity measures that run outside SQLite.

The index itself stems with SQLite's ``porter`` tokenizer (over ``unicode61`` with diacritics
removed), so "falls", "falling" and "fall" meet there. Porter does not know that
"organisation" and "organization", or "haemorrhage" and "hemorrhage", are one word, so each
query word is expanded into its spelling variants (:func:`variants`), OR-ed together. The rules
only ever *add* alternatives: a rule that produces a word nobody wrote ("hour" is guarded, but
"detour" -> "detor") costs nothing, because a word that is in no record matches nothing.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["STOPWORDS", "fold", "light_stem", "sentence_starts", "significant_words", "variants",
           "words"]

# unicode61 keeps letters, digits and private-use characters; everything else separates.
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

STOPWORDS = frozenset({
    "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are",
    "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but",
    "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for",
    "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his",
    "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most",
    "my", "no", "nor", "not", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
    "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the",
    "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through",
    "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
    "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours",
    "also", "new", "use", "used", "using", "one", "two", "three", "per", "via", "within",
    "without", "get", "got", "make", "made", "way",
})


def fold(text: str) -> str:
    """Lower case without diacritics ("Café" -> "cafe"), as the index's tokenizer sees it."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


#: Between two words, what ends a sentence or a clause: a full stop, question or exclamation
#: mark, colon or semicolon before a space, or a line break ("3.5" and "e.g" do not).
_SENTENCE_END = re.compile(r"[.!?;:]\s|\n")


def sentence_starts(text: str) -> list[int]:
    """The positions, among :func:`words` of *text*, of the words that begin a new sentence
    or clause (the first word, at 0, is left out)."""
    folded = fold(text)
    starts = []
    end = -1
    for i, match in enumerate(_WORD.finditer(folded)):
        if end >= 0 and _SENTENCE_END.search(folded, end, match.start()):
            starts.append(i)
        end = match.end()
    return starts


def clean(text: str) -> str:
    """*text* without control characters (they would collide with highlight markers)."""
    return _CONTROL.sub(" ", text)


def words(text: str) -> list[str]:
    """The words of *text*, folded, split as the index splits them (emoji and punctuation
    separate words and are dropped)."""
    return _WORD.findall(fold(text))


# --- spelling variants ----------------------------------------------------------------------

# Whole words with no rule to find them. Both directions are added.
_PAIRS = {
    "programme": "program", "programmes": "programs", "grey": "gray", "ageing": "aging",
    "judgement": "judgment", "enquiry": "inquiry", "enquiries": "inquiries", "tyre": "tire",
    "aluminium": "aluminum", "sulphate": "sulfate", "sulphur": "sulfur", "fulfil": "fulfill",
    "enrol": "enroll", "enrolment": "enrollment", "skilful": "skillful", "practise": "practice",
    "practised": "practiced", "licence": "license", "defence": "defense", "offence": "offense",
    "pretence": "pretense", "orientated": "oriented", "mould": "mold", "plough": "plow",
    "cheque": "check", "manoeuvre": "maneuver", "manoeuvres": "maneuvers", "storey": "story",
    "kerb": "curb", "pyjamas": "pajamas", "draught": "draft", "oestrogen": "estrogen",
}
_PAIRS_BACK = {american: british for british, american in _PAIRS.items()}

# (British, American) fragments: Greek/Latin "ae"/"oe" spellings common in clinical words.
_FRAGMENTS = (
    ("haem", "hem"), ("anaes", "anes"), ("paed", "ped"), ("gynaec", "gynec"), ("aemia", "emia"),
    ("aetiol", "etiol"), ("caesar", "cesar"), ("oedem", "edem"), ("oesoph", "esoph"),
    ("rrhoea", "rrhea"), ("foet", "fet"), ("ischaem", "ischem"), ("glycaem", "glycem"),
    ("leukaem", "leukem"), ("coeliac", "celiac"), ("dyspnoea", "dyspnea"), ("apnoea", "apnea"),
    ("orthopaed", "orthoped"), ("encyclopaed", "encycloped"), ("faec", "fec"),
)
# Fragments that only make sense at the start of a word ("them" must not become "thaem").
# "oedem"/"edem" is not one of them: "lymphoedema", "myxoedema" have it inside.
_START_ONLY = frozenset({"haem", "hem", "anaes", "anes", "paed", "ped", "aetiol", "etiol",
                         "caesar", "cesar", "oesoph", "esoph", "foet", "fet", "faec", "fec"})

_OUR_EXCEPTIONS = frozenset({"hour", "four", "pour", "tour", "your", "flour", "sour", "dour",
                             "hours", "fours", "tours", "yours", "ours", "our", "detour"})
_SUFFIX_RULES = (
    # colour/color, behavioural/behavioral, favourite/favorite, tumours/tumors
    (re.compile(r"(?<=[a-z]{2})our(s|ed|ing|al|ally|able|ite|ites|less|ful)?$"), r"or\1"),
    (re.compile(r"(?<=[a-z]{2})or(s|ed|ing|al|ally|able|ite|ites|less|ful)?$"), r"our\1"),
    # organise/organize, organisation/organization, prioritised/prioritized
    (re.compile(r"(?<=[a-z]{3})is(e|es|ed|ing|er|ers|ation|ations|ational)$"), r"iz\1"),
    (re.compile(r"(?<=[a-z]{3})iz(e|es|ed|ing|er|ers|ation|ations|ational)$"), r"is\1"),
    # analyse/analyze, paralysed/paralyzed
    (re.compile(r"(?<=[a-z]{3})ys(e|es|ed|ing|er|ers)$"), r"yz\1"),
    (re.compile(r"(?<=[a-z]{3})yz(e|es|ed|ing|er|ers)$"), r"ys\1"),
    # centre/center, litre/liter, fibre/fiber, theatres/theaters
    (re.compile(r"(?<=[a-z]{2})([tbg])re(s|d)?$"), r"\1er\2"),
    (re.compile(r"(?<=[a-z]{2})([tbg])er(s|ed)?$"), r"\1re\2"),
    # catalogue/catalog, dialogues/dialogs
    (re.compile(r"(?<=[a-z]{2})ogue(s)?$"), r"og\1"),
    (re.compile(r"(?<=[a-z]{3})og(s)?$"), r"ogue\1"),
    # travelled/traveled, modelling/modeling, counsellor/counselor
    (re.compile(r"(?<=[a-z]{2}[aeiou])ll(ed|ing|er|ers|or|ors)$"), r"l\1"),
    (re.compile(r"(?<=[a-z]{2}[aeiou])l(ed|ing|er|ers|or|ors)$"), r"ll\1"),
)


@functools.lru_cache(maxsize=16384)
def _variants(word: str) -> tuple[str, ...]:
    found = [word]

    def add(candidate: str) -> None:
        if candidate and candidate not in found:
            found.append(candidate)

    for table in (_PAIRS, _PAIRS_BACK):
        if word in table:
            add(table[word])
    if len(word) >= 4:
        for british, american in _FRAGMENTS:
            for have, other in ((british, american), (american, british)):
                if have in _START_ONLY:
                    if word.startswith(have) and len(word) > len(have):
                        add(other + word[len(have):])
                elif have in word and not (have in other and other in word):
                    # ("edem" is in "oedema" too: that is already the British spelling.)
                    add(word.replace(have, other))
        if word not in _OUR_EXCEPTIONS:
            # Each spelling so far, so both changes together are found too: "hemolyzed"
            # is also "haemolysed", not only "haemolyzed" and "hemolysed".
            for spelling in list(found):
                for pattern, replacement in _SUFFIX_RULES:
                    changed = pattern.sub(replacement, spelling)
                    if changed != spelling:
                        add(changed)
    return tuple(found[:6])


def variants(word: str) -> list[str]:
    """*word* (folded) and its other spellings, British and American: "organisation" ->
    ["organisation", "organization"]. The word itself always comes first."""
    return list(_variants(word))


# --- a light stemmer (for similarity outside SQLite) ------------------------------------------

_STEM_SUFFIXES = ("isations", "izations", "isation", "ization", "ations", "ation", "ising",
                  "izing", "ised", "ized", "ises", "izes", "ise", "ize", "ings", "ing", "edly",
                  "ness", "ment", "ments", "ies", "ied", "ed", "es", "ly", "s")


@functools.lru_cache(maxsize=65536)
def light_stem(word: str) -> str:
    """A cheap, predictable stem: the longest known suffix cut off words of 5+ letters, and
    British spelling folded to one form ("organisation", "organizations" -> "organ")."""
    for british, american in _FRAGMENTS:
        word = word.replace(british, american)
    if len(word) == 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]  # "bays" -> "bay"
    elif len(word) >= 5:
        for suffix in _STEM_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
                break
    if word.endswith("our") and word not in _OUR_EXCEPTIONS and len(word) > 5:
        word = word[:-3] + "or"
    return word


def significant_words(text: str, limit: int = 40) -> list[str]:
    """The distinct words of *text* that say what it is about (no stopwords, no one- or
    two-letter words, no bare numbers), in order of first use, at most *limit*."""
    seen: list[str] = []
    for word in words(text):
        if len(word) < 3 or word in STOPWORDS or word.isdigit() or word in seen:
            continue
        seen.append(word)
        if len(seen) >= limit:
            break
    return seen

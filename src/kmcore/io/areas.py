"""Several areas of expertise typed into one cell, told apart as a person would.

A staff list's "Areas of expertise" cell reads ``"QI methodology, PDSA cycles and run
charts"``, ``"Anticoagulation/DOACs; medicines safety"`` or ``"Urgent care, minor injuries;
Welsh speaker"``. :func:`split_areas` makes a list of areas from it:

* ``;``, ``,``, line breaks, bullets of any shape and list numbering (``1)``, ``(2)``,
  ``b)``, ``3.`` at a line's start) always separate;
* a slash with a space either side separates a chain of three or more
  (``Clinical audit / research governance / GCP``), but one such slash between two phrases
  names one area by two names (``Stammering / fluency``, ``Skin cancer / dermoscopy``) and
  keeps them together;
* a slash between two words (``Anticoagulation/DOACs``) separates, but not one beside a
  number or a short abbreviation (``Cat 3/4 calls``, ``A&E/ED``, ``HIV/AIDS``); a chain of
  words joined by slashes (``Sepsis/AKI/deterioration``) separates at each;
* inside one item of a list (items already told apart by the separators above), "and" or
  "&" after a single plain word belongs to the area (``Data & analytics; Web & intranet
  content``); after a subject named alone (``Falls & frailty``) or a longer phrase it may
  still separate, as may the "and" closing a comma list (``A, B and C``) unless the list's
  other items hold conjunctions of their own (see :func:`_items`); in a list where another
  item joins the words of one area with "and" or "&" by its writer's choice (``Potassium &
  phosphate education``; a fixed phrase such as ``Moving & handling`` does not count), a
  subject "and" another word is one area too (``Diabetes and dialysis``); but a word, "and", and a
  phrase with a qualifier said of both (``Delirium and agitation at end of life``) is one
  area in a list;
* "and" or "&" separate two areas (``tinnitus and balance``), except where its two sides
  make one area -- kept whole, because splitting them would make areas nobody has:

  - a fixed phrase: the words either side of it are a known pair (:data:`PAIRED_WORDS`:
    ``health and safety``, ``infection prevention and control``, ``demand & capacity``),
    or the whole item is two "-ing" words tied by an ampersand (``Plastering & casting``);
  - one describing word before it shares the head noun of several after it
    (``mental and physical health``; but ``frailty and comprehensive geriatric
    assessment`` is two);
  - numbered kinds of one thing (``type 1 & type 2 diabetes``, ``level 2 and 3
    safeguarding``);
  - two things done to one subject (``Autism assessment & diagnosis``, ``assessment and
    diagnosis of autism``: :data:`PROCESS_WORDS`);
  - an abbreviation holding the initial of the one word before it, that subject's
    standard or tool (``Dysphagia & IDDSI``; but ``Asthma & COPD`` is two);
  - a role held in the area before it (``Cervical screening sample taker & trainer``), or
    a bracket after the second word qualifying both (``Anxiety & depression (IAPT step 2)``);
  - a word or two more for a preposition's object (``medication in pregnancy &
    breastfeeding``, ``care of older people and carers``, ``Tissue viability incl.
    pressure ulcers & leg ulcers``);

* separators inside brackets do not separate (``Diabetes (type 1 & 2)``), and ``n/a``,
  ``none`` or a closing ``etc.`` is no area;
* a sentence saying it is an area (``I have a special interest in sepsis``, ``Experience of
  TIVA``) gives the area (``sepsis``, ``TIVA``);
* what says which languages the person speaks (``Welsh speaker``, ``fluent in Urdu``,
  ``Speaks Cantonese & Mandarin``, ``(speaks Polish, Russian)``, ``Languages: Urdu,
  Punjabi``) is not an area: it is returned apart as language tags for the profile's
  ``languages``.
"""

from __future__ import annotations

import re

import attrs

__all__ = ["LANGUAGES", "PAIRED_WORDS", "PROCESS_WORDS", "Areas", "language_tags",
           "split_areas"]

#: What separates areas: ; , | line breaks, bullets of every shape Word and Forms paste
#: ("•", "▪", "◦", "➢", "✓"...), a dash or star at a line's start, and list numbering: "1)",
#: "(2)", "b)" anywhere, "3." at a line's start ("Level 3 (a)" is no numbering).
_ITEMS = re.compile(r"\s*(?:;|\||\n|\r|[•·\u2022\u25aa\u25ab\u25e6\u2023\u2043\u25cf\u25cb"
                    r"\u25a0\u25a1\u27a2\u27a4\u25ba\u2713\u2714\u2192]|^\s*[-*]\s+|"
                    r"(?:^|(?<=\s))(?:\(?\d{1,2}\)|[a-h]\))\s+|^\s*\d{1,2}\.\s+)\s*", re.M)
#: A comma: it separates areas too, but more weakly than the separators above (see
#: :func:`split_areas` for what an "and" in a comma list means).
_COMMA = re.compile(r"\s*,\s*")
#: A slash with a space either side: a chain of them separates areas (see the docstring).
_SPACED_SLASH = re.compile(r"\s+/\s+")
#: A slash between two words of four letters or more ("Anticoagulation/DOACs").
_WORD_SLASH = re.compile(r"(?<=[^\W\d_]{4})/(?=[^\W\d_]{4})")
_AND = re.compile(r"(\s+(?:and|&|\+)\s+)", re.I)

#: Pairs of words that make one area when joined by "and" or "&": the last word before it
#: and the first word after it, in lower case. Built from the names NHS services and
#: topics go by; a pair not here is split ("back pain and first contact roles").
PAIRED_WORDS: frozenset[tuple[str, str]] = frozenset({
    ("health", "safety"), ("prevention", "control"), ("demand", "capacity"),
    ("research", "development"), ("research", "innovation"), ("learning", "development"),
    ("education", "training"), ("teaching", "learning"), ("diabetes", "endocrinology"),
    ("trauma", "orthopaedics"), ("trauma", "orthopedics"), ("obstetrics", "gynaecology"),
    ("accident", "emergency"), ("speech", "language"), ("nutrition", "dietetics"),
    ("nutrition", "hydration"), ("equality", "diversity"), ("diversity", "inclusion"),
    ("equality", "inclusion"), ("health", "wellbeing"), ("health", "well-being"),
    ("health", "social"), ("bladder", "bowel"), ("bowel", "bladder"),
    ("prevention", "management"), ("assessment", "management"), ("diagnosis", "treatment"),
    ("monitoring", "evaluation"), ("governance", "assurance"), ("quality", "safety"),
    ("risk", "governance"), ("drug", "alcohol"), ("drugs", "alcohol"),
    ("alcohol", "drugs"), ("sexual", "reproductive"), ("nose", "throat"),
    ("head", "neck"), ("foot", "ankle"), ("hand", "wrist"), ("hip", "knee"),
    ("oral", "maxillofacial"), ("plastic", "reconstructive"), ("children", "young"),
    ("adults", "children"), ("mother", "baby"), ("maternal", "child"),
    ("maternity", "neonatal"), ("women", "children"), ("women's", "children's"),
    ("patient", "public"), ("knowledge", "library"), ("library", "knowledge"),
    ("estates", "facilities"), ("signs", "symptoms"), ("falls", "fractures"),
    ("eating", "drinking"), ("ear", "nose"),
    ("planning", "performance"), ("recruitment", "retention"),
    ("capacity", "demand"), ("audit", "effectiveness"),
    ("moving", "handling"), ("friends", "family"), ("hear", "treat"), ("see", "treat"),
    ("see", "convey"), ("arts", "crafts"), ("cause", "effect"), ("check", "challenge"),
    ("sight", "hearing"), ("airway", "breathing"), ("bone", "joint"),
    ("heart", "lung"), ("brain", "spine"), ("liver", "kidney"), ("bereavement", "loss"),
})

#: Languages people list beside their expertise, by name, as the tags the profile keeps.
LANGUAGES: dict[str, str] = {
    "welsh": "cy", "english": "en", "polish": "pl", "urdu": "ur", "punjabi": "pa",
    "hindi": "hi", "gujarati": "gu", "bengali": "bn", "sylheti": "syl", "arabic": "ar",
    "french": "fr", "spanish": "es", "german": "de", "italian": "it", "portuguese": "pt",
    "romanian": "ro", "mandarin": "zh", "cantonese": "yue", "somali": "so", "tamil": "ta",
    "turkish": "tr", "greek": "el", "russian": "ru", "ukrainian": "uk", "lithuanian": "lt",
    "yoruba": "yo", "igbo": "ig", "tagalog": "tl", "malayalam": "ml", "farsi": "fa",
    "persian": "fa", "kurdish": "ku", "pashto": "ps", "swahili": "sw", "twi": "tw",
    "shona": "sn", "irish": "ga", "gaelic": "gd", "dutch": "nl", "czech": "cs",
    "slovak": "sk", "hungarian": "hu", "bulgarian": "bg", "albanian": "sq", "tigrinya": "ti",
    "amharic": "am", "nepali": "ne", "sinhala": "si", "telugu": "te", "kannada": "kn",
    "marathi": "mr", "chinese": "zh", "japanese": "ja", "korean": "ko", "vietnamese": "vi",
    "thai": "th", "bsl": "bfi", "british sign language": "bfi", "sign language": "sgn",
    "makaton": "sgn",
}
_LANGUAGE_NAMES = "|".join(sorted((re.escape(n) for n in LANGUAGES), key=len, reverse=True))
#: "Welsh speaker", "fluent Polish", "speaks Urdu", "fluent in Punjabi", "BSL (level 2)".
_LANGUAGE_LINE = re.compile(
    rf"^(?:(?:fluent|native|conversational|basic)\s+(?:in\s+)?|speaks?\s+|can\s+speak\s+|"
    rf"signs?\s+in\s+|can\s+sign\s+(?:in\s+)?)?\(?({_LANGUAGE_NAMES})\)?(?:\s+(?:speaker|"
    rf"speaking|spoken|language|\(?fluent\)?|\(?native\)?|signer)\b)?"
    # "Polish - fluent", "BSL level 2", "Urdu: conversational"
    rf"(?:(?:\s*[-\u2013:]\s*|\s+)(?:fluent|native|conversational|basic|intermediate|"
    rf"advanced|level\s*\d)\b)?(?:\s*\([^)]*\))?$", re.I)
#: Two or more languages in a row: "Cantonese & Mandarin", "Urdu, Punjabi and Hindi".
_LANGUAGE_LIST = (rf"(?:{_LANGUAGE_NAMES})(?:\s*(?:,|&|\+|/|\band\b|\bor\b)\s*"
                  rf"(?:{_LANGUAGE_NAMES}))*")
#: What says which languages a person speaks, wherever it stands in a cell: "Speaks
#: Cantonese & Mandarin", "fluent in Urdu and Punjabi", "Languages: Polish, Russian",
#: "Polish/Russian speaker", in brackets or not. A bare language name is not one ("Welsh
#: history" is a subject).
_LANGUAGE_PHRASE = re.compile(
    rf"(?P<open>\(\s*)?(?:"
    rf"(?:(?:speaks?|can\s+speak|spoken|fluent|native|conversational|basic)\s+(?:in\s+)?|"
    rf"(?:other\s+)?languages?(?:\s+spoken)?\s*[:\-\u2013]\s*)(?P<after>{_LANGUAGE_LIST})"
    rf"(?:\s+(?:speaker|speaking|signer)s?\b)?"
    rf"|(?P<before>{_LANGUAGE_LIST})\s+(?:speaker|speaking|signer)s?\b)"
    rf"(?:\s*\([^()]*\))?(?(open)\s*\))", re.I)
#: A word every language phrase holds, found far faster than the phrase itself.
_LANGUAGE_HINT = re.compile(r"speak|spoken|fluent|native|conversational|basic|language|"
                            r"signer", re.I)
_LANGUAGE_NAME = re.compile(rf"\b(?:{_LANGUAGE_NAMES})\b", re.I)


def _take_languages(text: str, languages: list[str]) -> str:
    """*text* without what it says about the languages its person speaks (their tags are
    added to *languages*), so that they are not split into areas."""
    if not _LANGUAGE_HINT.search(text):
        return text  # most cells name no language: skip the long search

    def take(found: re.Match[str]) -> str:
        named = found.group("after") or found.group("before") or ""
        for name in _LANGUAGE_NAME.findall(named):
            tag = LANGUAGES[name.casefold()]
            if tag not in languages:
                languages.append(tag)
        return " "
    return _LANGUAGE_PHRASE.sub(take, text)


@attrs.frozen
class Areas:
    """What an expertise cell held: the areas, and the languages named in it."""

    areas: list[str]
    languages: list[str]
    #: items saying what the person offers ("Happy to supervise GP registrars", "can offer
    #: teaching on sepsis"), as written: an offer, not an area
    offers: list[str] = attrs.field(factory=list)


def _language(item: str) -> str | None:
    """The tag of the language a line names the person speaking, or None."""
    found = _LANGUAGE_LINE.match(item.strip())
    if not found:
        return None
    line = item.strip().casefold()
    if found.group(1).casefold() == line and line not in ("bsl", "british sign language"):
        # "Welsh" alone may be a subject; "Welsh speaker" is a language. "Makaton" alone is
        # a signing programme people are trained in and teach: an area, not a language.
        return None
    return LANGUAGES[found.group(1).casefold()]


#: Words that describe a noun rather than name an area: "adult", "acute", "inpatient".
_DESCRIBING_WORDS = frozenset({
    "acute", "chronic", "adult", "adults", "child", "children's", "older", "young", "junior",
    "senior", "inpatient", "outpatient", "primary", "secondary", "tertiary", "community",
    "elective", "planned", "unplanned", "day", "night", "short", "long", "public", "private",
    "early", "late", "upper", "lower", "pre", "post", "first", "second", "internal",
    "external", "formal", "informal", "qualitative", "quantitative", "paediatric",
    "pediatric", "neonatal", "maternal", "perinatal", "antenatal", "postnatal", "urgent",
    "emergency", "routine", "specialist", "general", "basic", "advanced", "intermediate",
    "local", "national", "regional", "online", "face-to-face", "remote", "virtual", "digital",
    "nhs", "nursing", "medical", "surgical",
    # who a service is for: "trans & non-binary health", "men's and women's health"
    "trans", "transgender", "non-binary", "nonbinary", "male", "female", "men's", "women's",
    "lgbt", "lgbtq", "lgbtq+", "gay", "lesbian", "bisexual"})
#: Endings of describing words: clinical, surgical, paediatric, preventive, dependent.
_DESCRIBING_END = re.compile(r"(?:al|ic|ary|ory|ive|ous|ent|ant|ile|less|ful)$")


def _describing(word: str) -> bool:
    # "-ment" words end like "-ent" ones but name things: "procurement and contracts".
    return word in _DESCRIBING_WORDS or (bool(_DESCRIBING_END.search(word))
                                         and not word.endswith("ment"))


#: Things done to a subject: two of them joined by "and" share it ("Autism assessment &
#: diagnosis", "Pain assessment and management") and make one area.
PROCESS_WORDS = frozenset({
    "assessment", "assessments", "diagnosis", "diagnoses", "treatment", "management",
    "prevention", "control", "care", "support", "monitoring", "screening", "evaluation",
    "review", "planning", "delivery", "design", "implementation", "recovery",
    "rehabilitation", "rehab", "referral", "referrals", "triage", "intervention",
    "interventions", "follow-up", "testing", "reporting", "recording", "documentation",
    "investigation", "investigations", "prescribing", "titration", "initiation",
    "surveillance", "detection", "identification", "recognition", "escalation",
    "response", "counselling", "reduction", "optimisation", "optimization",
    "formulation", "commissioning", "procurement", "analysis"})
#: Prepositions whose object may run on past an "and": "medication in pregnancy &
#: breastfeeding". ("after", "before" and "to" are left out: "after action reviews".)
_PREPOSITIONS = frozenset({"in", "of", "for", "during", "with", "within", "among",
                           # "Tissue viability incl. pressure ulcers & leg ulcers"
                           "inc", "incl", "including", "esp", "especially", "particularly",
                           "around", "across"})
#: Prepositions opening a qualifier said of both sides of an "and" before it.
_QUALIFYING = frozenset({"in", "at", "of", "for", "during", "with", "within", "among"})
_NUMBERED = re.compile(r"^(?:\d+[a-z]?|[ivx]+|[a-e])$", re.I)


#: Roles a person holds in an area, named after it ("sample taker & trainer").
_ROLES = frozenset({"trainer", "assessor", "educator", "champion", "facilitator", "instructor",
                    "tutor", "supervisor", "mentor", "verifier", "examiner", "lead", "link",
                    "practitioner", "specialist", "advisor", "adviser", "coordinator",
                    "co-ordinator"})
def _doing(word: str) -> bool:
    """An "-ing" word of something done ("supporting", "recruiting"), not a thing named by
    one ("building", "nursing", "wellbeing")."""
    return (len(word) > 6 and word.endswith("ing") and word not in _ING_THINGS)


#: "-ing" words that name a thing or a field rather than something done to an object
_ING_THINGS = frozenset({"building", "nursing", "wellbeing", "well-being", "housing",
                         "funding", "training", "learning", "teaching", "safeguarding",
                         "prescribing", "screening", "counselling", "fundraising",
                         "parenting", "breastfeeding", "bottle-feeding", "swallowing",
                         "hearing", "clothing", "bleeding", "feeding", "staffing",
                         "planning", "meeting", "meetings"})


def _one_area(left: list[str], right: list[str]) -> bool:
    """Whether the words before an "and" (*left*, back to the last separator) and after it
    (*right*) make one area rather than two; see the module docstring."""
    if not left or not right:
        return False
    last, first = left[-1].casefold(), right[0].casefold()
    # "type 1 & type 2 diabetes", "type 1 and 2 diabetes", "level 2 & 3 safeguarding"
    if _NUMBERED.match(last) and len(left) >= 2 and (
            _NUMBERED.match(first) or first == left[-2].casefold()):
        return True
    # "Autism assessment & diagnosis"; "assessment and diagnosis of autism"
    if last in PROCESS_WORDS and first in PROCESS_WORDS and (
            (len(left) >= 2 and len(right) == 1)
            or (len(left) == 1 and len(right) >= 3 and right[1].casefold() in _PREPOSITIONS)):
        return True
    # "Recruiting and supporting volunteers": two things done, the second's object shared;
    # "supporting families & carers": one thing done to two plural objects (D944)
    if (len(left) == 1 and len(right) >= 2 and _doing(last) and _doing(first)) or (
            len(left) == 2 and len(right) == 1 and _doing(left[0].casefold())
            and left[1].casefold().endswith("s") and first.endswith("s")):
        return True
    # "Cervical screening sample taker & trainer": a role in the area before it, not an area
    if len(right) == 1 and right[0].casefold().strip(".") in _ROLES:
        return True
    # "Anxiety & depression (IAPT step 2)": the bracket after the second word qualifies both
    if (len(left) == 1 and len(right) >= 2 and right[1].startswith("(")
            and right[-1].endswith(")")):
        return True
    # "medication in pregnancy & breastfeeding": a word more for "in"'s object, or two
    # naming another of the same thing ("incl. pressure ulcers & leg ulcers"); two others
    # ("treatment in custody and naloxone training") are an area of their own (D1300)
    return ((len(right) == 1 or (len(right) == 2 and right[-1].casefold().strip(".")
                                 == last.strip(".")))
            and any(w.casefold().strip(".") in _PREPOSITIONS
                                    for w in left[1:-1])
            and not any(w.casefold().strip(".") in _PREPOSITIONS for w in right))


#: an abbreviation in capitals: "IDDSI", "NEWS2"
_ABBREVIATION = re.compile(r"[A-Z][A-Z0-9]{2,6}")


def _split_and(item: str) -> list[str]:
    """``"PDSA cycles and run charts"`` -> two areas; ``"infection prevention and
    control"`` stays one (see :data:`PAIRED_WORDS`)."""
    # Odd positions hold the joiners as written, so a phrase kept whole keeps its "&".
    pieces = _AND.split(item)
    out = [pieces[0]]
    for joiner, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        before = out[-1].split()[-1].casefold() if out[-1].split() else ""
        after = piece.split()[0].casefold() if piece.split() else ""
        # One describing word before "and" with several after it shares their head noun
        # ("mental and physical health", "adult & paediatric services"): one area, as
        # written. A noun before it ("frailty and comprehensive geriatric assessment") is
        # an area of its own.
        shared_head = (len(out[-1].split()) == 1 and len(piece.split()) > 1
                       and _describing(before))
        # "Plastering & casting", "Lifting & handling": two bare "-ing" words tied by an
        # ampersand name one craft (written with "and", or among more words, they are two)
        craft = ("&" in joiner and len(out[-1].split()) == 1 and len(piece.split()) == 1
                 and all(len(w) > 5 and w.endswith("ing") for w in (before, after)))
        # "Dysphagia & IDDSI": an abbreviation holding the initial of the one word before
        # the "&" names a standard or tool of that subject (D992); "Asthma & COPD" and
        # "Sepsis & AKI" are two areas
        named_for = ("&" in joiner and len(out[-1].split()) == 1 and len(piece.split()) == 1
                     and _ABBREVIATION.fullmatch(piece.strip()) is not None
                     and before[:1].upper() in piece.strip()[1:])
        if (not before or not after or shared_head or craft or named_for
                or (before, after) in PAIRED_WORDS
                or _one_area(out[-1].split(), piece.split())):
            out[-1] = f"{out[-1]}{joiner}{piece}"
        else:
            out.append(piece)
    return out


#: What separates areas, hidden inside brackets while a cell is split: "Diabetes (type 1 &
#: 2)" and "Malnutrition screening (MUST, MUST-lite)" are one area each.
_HIDDEN = {",": "\ue000", ";": "\ue001", "&": "\ue002", "/": "\ue003", "\n": "\ue004",
           " and ": "\ue005", "|": "\ue006", "+": "\ue007"}
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
#: Items that say nothing: a cell of "n/a", a list ending "etc.".
_NOTHING = frozenset({"n/a", "na", "none", "nil", "tbc", "tba", "unknown", "not known", "etc",
                      "etc.", "&c", "and more", "others", "other", "various", "misc", "no", "-",
                      "?"})
#: The list's own joining word left before its last item: "Sepsis, and AKI", "..., and also
#: NEWS2" (D1459).
_LEADING_JOINER = re.compile(r"^(?:(?:and|&|plus|also|as\s+well\s+as)\s+)+", re.I)
#: Unicode's and Word's other line breaks, read as a new line (D1459).
_OTHER_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n", "\x0b": "\n", "\x0c": "\n"})
#: "1. Sepsis 2. AKI": numbering written on one line, counting up from 1 (D1459).
_INLINE_NUMBER = re.compile(r"(?<=\S)\s+(\d{1,2})\.\s+(?=\S)")


def _inline_numbering(text: str) -> str:
    """*text* with numbering written on one line (``1. Sepsis 2. AKI``) put on lines of its
    own, as it is read at a line's start; only numbers counting up from a "1." that opens
    the cell, so "Level 2. Safeguarding" is no list."""
    if "\n" in text or not re.match(r"\s*1\.\s+\S", text):
        return text
    out, expected, at = [], 2, 0
    for found in _INLINE_NUMBER.finditer(text):
        if int(found[1]) != expected:
            continue
        out.append(text[at:found.start()])
        at = found.start() + len(found[0]) - len(found[0].lstrip())
        out.append("\n")
        expected += 1
    return "".join(out) + text[at:] if expected > 2 else text


def _hide(text: str) -> str:
    def masked(found: re.Match[str]) -> str:
        inner = found.group(0)
        for sep, mark in _HIDDEN.items():
            inner = inner.replace(sep, mark)
        return inner
    return _BRACKETED.sub(masked, text)


def _unhide(text: str) -> str:
    for sep, mark in _HIDDEN.items():
        text = text.replace(mark, sep)
    return text


#: How a sentence in an expertise cell says it is one: "I have a special interest in sepsis",
#: "Special interest in gout", "Experience of TIVA", "Knowledge of the Mental Health Act".
_SAYING_SO = re.compile(
    r"^(?:i\s+(?:have|am|'m)\s+(?:an?\s+)?(?:special(?:ist)?\s+|particular\s+|keen\s+|"
    r"clinical\s+|strong\s+|good\s+|lots\s+of\s+|some\s+)?|(?:special(?:ist)?|particular|"
    r"clinical|main)\s+)?(?:interests?|interested|experience[ds]?|expertise|knowledge(?:able)?|"
    r"expert|skilled|trained)\s+(?:in|of|with|on|about)\s+(?:(?:the|an?)\s+)?(?=\S)", re.I)
#: A label before a cell's list ("Special interests: diabetes; menopause", "Expertise -
#: MSK"): it names the list, not an area.
_LABEL = re.compile(r"^\s*(?:(?:my|special(?:ist)?|clinical|main|key|other)\s+)?"
                    r"(?:interests?|expertise|skills?|specialisms?|specialities|specialties|"
                    r"areas?\s+of\s+(?:interest|expertise)|ask\s+me\s+about|topics?|"
                    r"subjects?|areas?)\s*[:\-\u2013]\s+", re.I | re.M)
#: An item saying what the person offers rather than what they know: "Happy to supervise
#: GP registrars", "Willing to mentor new GPs", "can offer teaching on sepsis red flags".
_OFFER = re.compile(r"^(?:i\s*(?:am|'m|\u2019m)\s+)?(?:happy|willing|keen|glad|available)\s+to\s+"
                    r"\S|^(?:i\s+)?(?:can|could)\s+(?:offer|provide|help|teach|run|support|"
                    r"deliver|supervise|mentor)\b|^(?:open\s+to|available\s+for)\s+\S", re.I)
#: An unspaced slash with a letter either side: "Sepsis/AKI/deterioration".
_LETTER_SLASH = re.compile(r"(?<=[^\W\d_])/(?=[^\W\d_])")


def _word_slashes(chunk: str) -> list[str]:
    """A chunk split at its unspaced slashes: a chain of three or more words
    (``Sepsis/AKI/deterioration``) at every one of them; otherwise only between two long
    words (``Anticoagulation/DOACs``, not ``HIV/AIDS``, ``A&E/ED`` or ``Cat 3/4``)."""
    if chunk.count("/") >= 2 and len(_LETTER_SLASH.findall(chunk)) == chunk.count("/"):
        return _LETTER_SLASH.split(chunk)
    return _WORD_SLASH.split(chunk)


def _may_name_two(item: str) -> bool:
    """Whether an "and" or "&" inside one item of a list may still separate two areas.

    After a single word (``Data & analytics``, ``Web & intranet content``) it joins that word
    to what follows -- a pair named together, or a word sharing the other side's head noun
    -- unless the word is a subject people are experts in on its own (a term of the expertise
    finder's related-topic families: ``Falls & frailty``, ``Diabetes & weight management``),
    where it may name two. After a longer phrase (``sports injuries and hydrotherapy``) it may
    name two (:func:`_split_and` decides)."""
    from kmcore.search.related import is_subject  # the topic list is read on first use

    pieces = _AND.split(item, maxsplit=1)
    first = pieces[0].strip()
    rest = pieces[2].split() if len(pieces) == 3 else []
    # "Delirium and agitation at end of life", "autism & ADHD assessment in adults with LD":
    # in a list, a word then a phrase whose qualifier (a preposition and its object) is
    # said of both is one area (D1094); a cell of that one item may still name two
    # ("Dysphagia and communication in dementia")
    if len(first.split()) == 1 and len(rest) >= 3 and any(
            w.casefold() in _QUALIFYING for w in rest[1:-1]):
        return False
    return len(first.split()) != 1 or is_subject(_unhide(first))


def _fixed_pair(item: str) -> bool:
    """Whether the words either side of *item*'s first "and" or "&" are a known pair
    (:data:`PAIRED_WORDS`: "moving & handling", "health and safety")."""
    pieces = _AND.split(item, maxsplit=1)
    if len(pieces) != 3 or not pieces[0].split() or not pieces[2].split():
        return False
    return (pieces[0].split()[-1].casefold(), pieces[2].split()[0].casefold()) in PAIRED_WORDS


@attrs.frozen
class _ListShape:
    """How a cell was written as a list, read before its language lines and offers are
    taken out of it (so "Faith & spiritual wellbeing; Speaks Bengali" is still a list)."""

    #: its items are told apart by ";", "|", line breaks, bullets or numbering
    listed: bool
    #: its items are bulleted or numbered
    marked: bool


#: A bullet or list numbering opening an item: "•", "1)", "(2)", "3." or a dash at a
#: line's start.
_MARKS = re.compile(r"[•·\u2022\u25aa\u25ab\u25e6\u2023\u2043\u25cf\u25cb\u25a0\u25a1"
                    r"\u27a2\u27a4\u25ba\u2713\u2714\u2192]|^\s*[-*]\s+\S|"
                    r"(?:^|(?<=\s))\(?\d{1,2}\)\s+\S|^\s*\d{1,2}\.\s+\S", re.M)


def _list_shape(text: str) -> _ListShape:
    hidden = _hide(text)
    chunks = [c for c in _ITEMS.split(hidden) if c and c.strip()]
    return _ListShape(listed=len(chunks) > 1,
                      marked=len(chunks) > 1 and len(_MARKS.findall(hidden)) >= 2)


def _tied_by_ampersand(item: str) -> bool:
    """Whether *item*, one item of a list told apart by ";" or lines, holds one "&" whose
    sides are one area: not where the side before it is a single word that is a subject
    on its own (``Asthma & COPD``), nor where both sides are subjects, nor after a bracket
    that closed the first (``blood gas analysers (superuser) & BadgerNet``)."""
    from kmcore.search.related import is_subject

    pieces = _AND.split(item)
    if len(pieces) != 3 or pieces[1].strip() != "&":
        return False
    before, after = _unhide(pieces[0]).strip(), _unhide(pieces[2]).strip()
    if before.endswith(")"):
        # "blood gas analysers (superuser) & BadgerNet": the bracket closed the first
        return False
    if len(before.split()) == 1:
        return not is_subject(before)
    return not (is_subject(before) and is_subject(after))


def _items(text: str, shape: _ListShape | None = None) -> list[tuple[str, bool]]:
    """The items of a cell, each with whether an "and" or "&" in it may join two areas.

    A person reads a conjunction inside one item of a list as part of that item's area
    ("Copyright & licensing; Ebooks", "Space & environment, Library quality"): the list's
    own separators already say where one area ends, so it joins only what :func:`_may_name_two`
    says may be two areas. Where the cell gives no separator (one item) or at the end of a
    comma list ("A, B and C", the list's closing joiner) it may separate, by
    :func:`_split_and`'s reading. A comma list whose earlier items hold a conjunction of
    their own ("Moving & handling, Seating and posture") uses conjunctions inside areas, so
    its last one is read as any other item's.
    """
    chunks = [c for c in _ITEMS.split(text) if c and c.strip()]
    listed = len(chunks) > 1
    # the cell as written, before its language lines and offers were taken out of it
    shape = shape or _list_shape(text)
    # the items whose "and" or "&" is read as inside one area by a choice of its writer
    # ("Potassium & phosphate education"), not a fixed phrase anybody writes so ("Moving &
    # handling"): a list that has one names its areas with conjunctions (D1303)
    inside = ({n for n, c in enumerate(chunks) if _AND.search(c) and _COMMA.search(c) is None
               and not _fixed_pair(c) and not _may_name_two(c)} if listed else set())
    out: list[tuple[str, bool]] = []
    for at, chunk in enumerate(chunks):
        parts = [p for p in _COMMA.split(chunk) if p.strip()]
        own_joiners = any(_AND.search(p) for p in parts[:-1])
        for n, part in enumerate(parts):
            joins = ((not listed and len(parts) == 1)
                     or (len(parts) > 1 and n == len(parts) - 1 and not own_joiners)
                     or _may_name_two(part))
            if (joins and len(parts) == 1 and inside - {at}
                    and len(_AND.split(part, maxsplit=1)[0].split()) == 1):
                # "Diabetes and dialysis" in a list beside "Potassium & phosphate
                # education": a subject and another word, in a list whose author joins the
                # words of one area so, is one area too
                joins = False
            if joins and shape.listed and len(parts) == 1 and (
                    shape.marked or _tied_by_ampersand(part)):
                # "3) Human factors & simulation": the writer numbered or bulleted each
                # area, so what one holds is one area (D1450); "Regional anaesthesia &
                # nerve blocks; ultrasound": an ampersand inside an item of a list the
                # writer told apart by ";" or lines ties that item's words (D1452)
                joins = False
            if joins and n < len(parts) - 1 and _tied_by_ampersand(part):
                # "Study costings & invoicing, Excess treatment costs": an item of a comma
                # list other than its last (where "&" may be the list's closing joiner)
                # ties its words by an ampersand as an item of a ";" list does (D1514)
                joins = False
            pieces = _SPACED_SLASH.split(part)
            # One spaced slash names one area twice over ("Stammering / fluency"); a chain
            # of them is a list ("Clinical audit / research governance / GCP").
            for p in pieces if len(pieces) >= 3 else [part]:
                out.extend((w, joins) for w in _word_slashes(p))
    return out


def split_areas(text: str) -> Areas:
    """The areas of expertise in one cell (see the module docstring), in the order written,
    each once (case aside), and the language tags of any languages it names. Separators in
    brackets do not separate, and "n/a", "none" or a closing "etc." are no area."""
    seen: dict[str, str] = {}
    languages: list[str] = []
    offers: list[str] = []
    text = _inline_numbering(text.translate(_OTHER_BREAKS))
    shape = _list_shape(text)
    text = _LABEL.sub("", _take_languages(text, languages))
    for item, joins in _offers_apart(_hide(text), offers, shape):
        item = item.strip(" .-*\u2013\u2014")
        item = re.sub(r"(?:\s*,)?\s+etc\.?$", "", item, flags=re.I).strip()
        item = _SAYING_SO.sub("", item)
        if not item or _unhide(item).casefold() in _NOTHING:
            continue
        tag = _language(_unhide(item))
        if tag is not None:
            if tag not in languages:
                languages.append(tag)
            continue
        for area in (_split_and(item) if joins else [item]):
            area = _LEADING_JOINER.sub("", _unhide(area).strip(" .-*\u2013\u2014"))
            if area.casefold() in _NOTHING:
                continue
            if area and area.casefold() not in seen:
                seen[area.casefold()] = area
    return Areas(list(seen.values()), languages, offers)


#: Where a new sentence or an aside starts inside one item: after a full stop, "!" or "?"
#: and a space, at a dash with a space either side ("SystmOne reporting \u2013 happy to
#: show people how"), a comma, a colon or an opening bracket.
_CLAUSE_BREAK = re.compile(r"(?:(?<=[^\W\d_][.!?])|(?<=[)\]][.!?]))\s+|\s+[-\u2013\u2014]\s+|"
                           r"\s*[,:]\s+|\s*\(\s*")


def _offer_clause(chunk: str) -> int | None:
    """Where an offer written as a sentence of its own starts inside *chunk*, or None:
    ``"naloxone training. Happy to teach the GP trainees"``, ``"SystmOne reporting -- happy
    to show people how to run searches"``, after a comma or colon (``"Wound care, happy to
    teach new staff"``) or in a closing bracket (``"Tracheostomy care (happy to teach)"``).
    A person reads what comes before the break as the areas and what follows it, to the
    item's end, as what they offer."""
    for found in _CLAUSE_BREAK.finditer(chunk):
        if _OFFER.match(chunk[found.end():]) and (
                "(" not in found.group() or chunk.rstrip().endswith(")")):
            return found.start()
    return None


def _offers_apart(text: str, offers: list[str], shape: _ListShape | None = None
                  ) -> list[tuple[str, bool]]:
    """The items of *text* (see :func:`_items`), but an item saying what the person offers
    is put in *offers* whole (its commas and "and"s are its own) and not returned; so is an
    offer written as a sentence after an item's areas (:func:`_offer_clause`), whose areas
    are kept (D1300)."""
    kept: list[str] = []
    for chunk in (c for c in _ITEMS.split(text) if c and c.strip()):
        if _OFFER.match(chunk.strip()):
            offers.append(_unhide(chunk).strip(" .;,"))
            continue
        at = _offer_clause(chunk)
        if at is not None:
            offers.append(_unhide(chunk[at:]).strip(" .;,:()-\u2013\u2014"))
            chunk = chunk[:at]
        kept.append(chunk)
    return _items("\n".join(kept), shape) if offers else _items(text, shape)


def language_tags(text: str) -> list[str]:
    """A languages cell (``"Welsh, Polish"``, ``"BSL; cy"``) as the tags the profile keeps:
    a language kmcore knows by name becomes its tag, anything else is kept as written."""
    tags: list[str] = []
    items = [piece for line in _ITEMS.split(text) for chunk in _COMMA.split(line)
             for part in _SPACED_SLASH.split(chunk)
             for piece in _AND.split(part)[::2]]
    for item in items:
        item = item.strip(" .-*")
        if not item:
            continue
        name = item.casefold()
        tag = LANGUAGES.get(name) or _language(item) or _language(f"{item} speaker")
        tag = tag or item[:35]
        if tag not in tags:
            tags.append(tag)
    return tags

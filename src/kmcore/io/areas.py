"""Several areas of expertise typed into one cell, told apart as a person would.

A staff list's "Areas of expertise" cell reads ``"QI methodology, PDSA cycles and run
charts"``, ``"Anticoagulation/DOACs; medicines safety"`` or ``"Urgent care, minor injuries;
Welsh speaker"``. :func:`split_areas` makes a list of areas from it:

* ``;``, ``,``, line breaks, bullets and a slash with a space either side always separate;
* a slash between two words (``Anticoagulation/DOACs``) separates, but not one beside a
  number or a short abbreviation (``Cat 3/4 calls``, ``A&E/ED``, ``HIV/AIDS``);
* "and" or "&" separate two areas (``tinnitus and balance``), except in a fixed phrase
  whose two sides belong together: the words either side of it are a known pair
  (:data:`PAIRED_WORDS`: ``health and safety``, ``infection prevention and control``,
  ``demand & capacity``, ``Diabetes & Endocrinology``), or one describing word before it
  shares the head noun of several after it (``mental and physical health``; but
  ``frailty and comprehensive geriatric assessment`` is two) -- kept whole, because
  splitting them would make areas nobody has;
* separators inside brackets do not separate (``Diabetes (type 1 & 2)``), and ``n/a``,
  ``none`` or a closing ``etc.`` is no area;
* a line that names a language the person speaks (``Welsh speaker``, ``fluent in Urdu``) is
  not an area: it is returned apart as a language tag for the profile's ``languages``.
"""

from __future__ import annotations

import re

import attrs

__all__ = ["LANGUAGES", "PAIRED_WORDS", "Areas", "language_tags", "split_areas"]

# A slash with a space either side separates areas ("Clinical audit / research governance").
_ITEMS = re.compile(r"\s*(?:;|\||\n|\r|,|•|·|\u2022|\s/\s|^\s*[-*]\s+)\s*", re.M)
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
    ("heart", "lung"), ("brain", "spine"), ("liver", "kidney"),
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
    rf"signs?\s+in\s+)?({_LANGUAGE_NAMES})(?:\s+(?:speaker|speaking|spoken|language|"
    rf"\(?fluent\)?|\(?native\)?|signer)\b)?(?:\s*\([^)]*\))?$", re.I)


@attrs.frozen
class Areas:
    """What an expertise cell held: the areas, and the languages named in it."""

    areas: list[str]
    languages: list[str]


def _language(item: str) -> str | None:
    """The tag of the language a line names the person speaking, or None."""
    found = _LANGUAGE_LINE.match(item.strip())
    if not found:
        return None
    line = item.strip().casefold()
    if found.group(1).casefold() == line and line not in ("bsl", "british sign language",
                                                           "makaton"):
        return None  # "Welsh" alone may be a subject; "Welsh speaker" is a language
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
    "nhs", "nursing", "medical", "surgical"})
#: Endings of describing words: clinical, surgical, paediatric, preventive, dependent.
_DESCRIBING_END = re.compile(r"(?:al|ic|ary|ory|ive|ous|ent|ant|ile|less|ful)$")


def _describing(word: str) -> bool:
    # "-ment" words end like "-ent" ones but name things: "procurement and contracts".
    return word in _DESCRIBING_WORDS or (bool(_DESCRIBING_END.search(word))
                                         and not word.endswith("ment"))


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
        if not before or not after or shared_head or (before, after) in PAIRED_WORDS:
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
                      "etc.", "and more", "others", "other", "various", "misc", "no", "-", "?"})


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


def split_areas(text: str) -> Areas:
    """The areas of expertise in one cell (see the module docstring), in the order written,
    each once (case aside), and the language tags of any languages it names. Separators in
    brackets do not separate, and "n/a", "none" or a closing "etc." are no area."""
    seen: dict[str, str] = {}
    languages: list[str] = []
    for chunk in _ITEMS.split(_hide(text)):
        for item in _WORD_SLASH.split(chunk):
            item = item.strip(" .-*")
            item = re.sub(r"(?:\s*,)?\s+etc\.?$", "", item, flags=re.I).strip()
            if not item or _unhide(item).casefold() in _NOTHING:
                continue
            tag = _language(_unhide(item))
            if tag is not None:
                if tag not in languages:
                    languages.append(tag)
                continue
            for area in _split_and(item):
                area = _unhide(area).strip(" .-*")
                if area and area.casefold() not in seen:
                    seen[area.casefold()] = area
    return Areas(list(seen.values()), languages)


def language_tags(text: str) -> list[str]:
    """A languages cell (``"Welsh, Polish"``, ``"BSL; cy"``) as the tags the profile keeps:
    a language kmcore knows by name becomes its tag, anything else is kept as written."""
    tags: list[str] = []
    items = [piece for chunk in _ITEMS.split(text) for piece in _AND.split(chunk)[::2]]
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

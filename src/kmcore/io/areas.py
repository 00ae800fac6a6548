"""Several areas of expertise typed into one cell, told apart as a person would.

A staff list's "Areas of expertise" cell reads ``"QI methodology, PDSA cycles and run
charts"``, ``"Anticoagulation/DOACs; medicines safety"`` or ``"Urgent care, minor injuries;
Welsh speaker"``. :func:`split_areas` makes a list of areas from it:

* ``;``, ``,``, line breaks and bullets always separate;
* a slash with a space either side joins two names for one area (``Stammering / fluency``,
  ``Skin cancer / dermoscopy``): people write it for "or"; three or more parts so joined
  are a list (``Clinical audit / research governance / GCP``);
* a slash between two words (``Anticoagulation/DOACs``) separates, but not one beside a
  number or a short abbreviation (``Cat 3/4 calls``, ``A&E/ED``, ``HIV/AIDS``);
* "and" or "&" separate two areas (``tinnitus and balance``), except in a fixed phrase
  whose two sides belong together: the words either side of it are a known pair
  (:data:`PAIRED_WORDS`: ``health and safety``, ``infection prevention and control``,
  ``demand & capacity``, ``Diabetes & Endocrinology``), or one describing word before it
  shares the head noun of several after it (``mental and physical health``; but
  ``frailty and comprehensive geriatric assessment`` is two) -- kept whole, because
  splitting them would make areas nobody has; "&" binds more closely than "and": it also
  keeps an area whole when what follows completes what comes before (``medication in
  pregnancy & breastfeeding``, ``type 1 & type 2 diabetes``, and, unless it ends a list
  after a comma, ``autism assessment & diagnosis``);
* separators inside brackets do not separate (``Diabetes (type 1 & 2)``), and ``n/a``,
  ``none`` or a closing ``etc.`` is no area;
* a line that names a language the person speaks (``Welsh speaker``, ``fluent in Urdu``) is
  not an area: it is returned apart as a language tag for the profile's ``languages``
  (``Speaks Cantonese & Mandarin`` names two).
"""

from __future__ import annotations

import re

import attrs

__all__ = ["LANGUAGES", "PAIRED_WORDS", "Areas", "language_tags", "split_areas"]

_ITEMS = re.compile(r"(\s*(?:;|\||\n|\r|,|•|·|\u2022|^\s*[-*]\s+)\s*)", re.M)
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


def _languages_line(item: str) -> list[str]:
    """The tags of a line naming the languages a person speaks (``Speaks Cantonese &
    Mandarin``, ``Welsh speaker``); [] when the line is not one."""
    one = _language(item)
    if one is not None:
        return [one]
    parts = [p.strip() for p in _AND.split(item)[::2]]
    if len(parts) < 2:
        return []
    first = _language(parts[0])
    rest = [LANGUAGES.get(p.casefold()) for p in parts[1:]]
    if first is None or not all(rest):
        return []
    return [first, *(t for t in rest if t)]


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


def _split_and(item: str, *, listed: bool = False) -> list[str]:
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
        last = piece is pieces[-1]
        if (not before or not after or shared_head or (before, after) in PAIRED_WORDS
                or (joiner.strip() == "&" and _completes(out[-1], piece,
                                                         last=last and not listed))):
            out[-1] = f"{out[-1]}{joiner}{piece}"
        else:
            out.append(piece)
    return out


#: Words after which an area goes on to say what it is about: "medication in pregnancy".
_LINKING = frozenset({"in", "of", "for", "with", "on", "to", "during", "after", "before",
                      "across", "within", "from", "at", "by"})
#: Endings of words naming something done: assessment, diagnosis, prescribing, management.
_DOING = re.compile(r"(?:ment|sis|tion|sion|ing|ance|ence|ery|ure|ise|ize|age)$")


def _completes(before: str, after: str, *, last: bool) -> bool:
    """Whether "&" between *before* and *after* joins two parts of one area: the words after
    it finish a phrase begun before it (``in pregnancy & breastfeeding``), repeat its first
    word with another number (``type 1 & type 2 diabetes``), or name a second thing done to
    the same subject (``autism assessment & diagnosis``)."""
    left = before.casefold().split()
    right = after.casefold().split()
    if not left or not right:
        return False
    if len(right) <= 2 and any(w in _LINKING for w in left[1:-1]) and not any(
            w in _LINKING for w in right):
        return True
    if left[-1].isdigit() and (right[0] == left[0] or right[0].isdigit()):
        return True
    return (last and len(left) == 2 and len(right) == 1 and bool(_DOING.search(left[1]))
            and bool(_DOING.search(right[0])))


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
    pieces = _ITEMS.split(_hide(text))  # items at even places, what separated them between
    for chunk, separator in zip(pieces[::2], ["", *pieces[1::2]], strict=True):
        listed = "," in separator  # an item after a comma: "a, b & c" is a list of three
        slashed = _SPACED_SLASH.split(chunk)
        for item in (piece for part in (slashed if len(slashed) > 2 else [chunk])
                     for piece in _WORD_SLASH.split(part)):
            item = item.strip(" .-*")
            item = re.sub(r"(?:\s*,)?\s+etc\.?$", "", item, flags=re.I).strip()
            if not item or _unhide(item).casefold() in _NOTHING:
                continue
            tags = _languages_line(_unhide(item))
            if tags:
                languages.extend(t for t in tags if t not in languages)
                continue
            for area in _split_and(item, listed=listed):
                area = _unhide(area).strip(" .-*")
                if area and area.casefold() not in seen:
                    seen[area.casefold()] = area
    return Areas(list(seen.values()), languages)


def language_tags(text: str) -> list[str]:
    """A languages cell (``"Welsh, Polish"``, ``"BSL; cy"``) as the tags the profile keeps:
    a language kmcore knows by name becomes its tag, anything else is kept as written."""
    tags: list[str] = []
    items = [piece for chunk in _ITEMS.split(text)[::2] for piece in _AND.split(chunk)[::2]]
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

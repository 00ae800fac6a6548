"""Likely patient identifiers in plain text: the PII guard's detectors and masking.

This module knows nothing of records (kmcore.guard.pii applies it to them), so that
the lowest layers (a record problem's message, kmcore.errors) can mask what they print.

Pure functions, no I/O, nothing logged. A :class:`Finding` says *what kind* of identifier may
be *where* (a JSON path and a character offset) and *how sure* we are; it never holds the
value. Its :attr:`~Finding.fingerprint` is a keyed hash of the record id, the path and the
normalised value, so a person's clearance (``Record.pii_cleared``) matches exactly that value
in exactly that field, and editing the text to add another number flags again.

What is detected (see ``docs/privacy.md`` for the reasoning, ``docs/architecture.md`` for sources):

``nhs_number``
    Ten digits, written ``9434765919`` or 3-3-4 with spaces, hyphens or dots, not touching other
    digits, with a valid modulus-11 check digit, in an allocated range: Northern Ireland
    (32-39...), England, Wales and the Isle of Man (4..., 6..., 7...), the Republic of
    Ireland's IHI (80-85...) and the 9... band (not issued to patients, but used for test and
    training patients: those are what test data holds, so they are detected too). Confidence
    ``high`` with a cue word nearby ("NHS no", "NHS number", "MRN", "hospital number", "DOB",
    "patient"...), ``medium`` without one. Ten digits next to a strong cue but failing the
    check digit (a mistyped number) are ``low``. UK phone numbers (11 digits starting 0, or
    ``+44`` followed by ten digits) are not flagged.
``chi_number``
    A Scottish CHI number: ten digits whose first six are a valid date (DDMMYY) in the CHI
    range (0101...-3112...), with a valid check digit: ``high`` with a cue ("CHI"), ``medium``
    without; a CHI-shaped number next to "CHI" that fails the check digit is ``low``.
``date_of_birth``
    A full date (``12/03/1956``, ``1956-03-12``, ``12 March 1956``, ``March 12, 1956``) right
    after or before a cue: "DOB", "date of birth", "birth date" (``high``) or "born"
    (``medium``). Dates without a cue are everywhere in knowledge records and are not flagged.
``postcode``
    A full UK postcode (outward and inward code, BS 7666 letter rules) after a cue within a
    sentence or so: "lives at", "resides", "home", "patient" (``high``), "address",
    "postcode" (``medium``). A hospital's or library's postcode without such a cue is fine.

Every finding blocks publication until cleared; confidence orders the review list and tells
the reviewer how likely it is to be real.
"""


from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
from collections.abc import Iterable, Iterator
from typing import Any, Literal

import attrs

__all__ = [
    "CLEAN_TEXTS",
    "KIND_LABELS",
    "Confidence",
    "Finding",
    "fingerprint",
    "is_valid_nhs_number",
    "masked_excerpt",
    "masked_text",
    "nhs_check_digit",
    "nhs_number_range",
    "remember_clean",
    "scan_text",
]

Confidence = Literal["high", "medium", "low"]
_CONFIDENCE_ORDER = {"high": 0, "medium": 1, "low": 2}

#: How each kind is named in reasons and in ``kmcore review``.
KIND_LABELS = {
    "nhs_number": "NHS number",
    "chi_number": "CHI number",
    "date_of_birth": "date of birth",
    "postcode": "postcode",
}

# Not a secret: fingerprints are stored beside the text they were computed from (in the same
# record file), and never leave the machine (the gate strips pii_cleared from what it sends).
# The key only stops a fingerprint made elsewhere for another purpose from matching ours.
_KEY = b"kmcore pii guard fingerprint v1"
_FINGERPRINT_PREFIX = "pii1-"


@attrs.frozen(kw_only=True)
class Finding:
    """One likely patient identifier in a record's text. Holds no part of the value.

    :ivar kind: ``nhs_number``, ``chi_number``, ``date_of_birth`` or ``postcode``.
    :ivar path: the field, as a JSON path (``$.summary``, ``$.details.actual``,
        ``$.keywords[2]``).
    :ivar position: character offset of the match in that field's text (0 = first).
    :ivar length: how many characters the match spans.
    :ivar confidence: ``high``, ``medium`` or ``low``.
    :ivar cue: the cue word that raised the confidence (``NHS no``), if any.
    :ivar fingerprint: keyed hash of record id, path, kind and normalised value.
    """

    kind: str
    path: str
    position: int
    length: int
    confidence: Confidence
    fingerprint: str
    cue: str | None = None

    @property
    def label(self) -> str:
        """``NHS number``, ``date of birth``...: the kind in words."""
        return KIND_LABELS.get(self.kind, self.kind.replace("_", " "))

    def describe(self) -> str:
        """``possible NHS number in $.summary at character 57`` (1-based, for people)."""
        return f"possible {self.label} in {self.path} at character {self.position + 1}"

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON output (the keys are stable for scripts)."""
        return {
            "kind": self.kind, "path": self.path, "position": self.position,
            "length": self.length, "confidence": self.confidence, "cue": self.cue,
            "fingerprint": self.fingerprint,
        }


# --- NHS numbers ------------------------------------------------------------------------------


def nhs_check_digit(first_nine: str) -> int | None:
    """The modulus-11 check digit for nine digits; None when there is none (check = 10).

    Weights 10..2 on digits 1-9; check = 11 - (sum mod 11); 11 becomes 0; 10 is invalid.
    """
    if len(first_nine) != 9 or not first_nine.isascii() or not first_nine.isdigit():
        raise ValueError("nine digits are needed")
    total = sum(int(d) * w for d, w in zip(first_nine, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        return 0
    return None if check == 10 else check


def is_valid_nhs_number(digits: str) -> bool:
    """True when ten digits carry a valid modulus-11 check digit (ranges not considered)."""
    if len(digits) != 10 or not digits.isascii() or not digits.isdigit():
        return False
    return nhs_check_digit(digits[:9]) == int(digits[9])


def _chi_date_ok(digits: str) -> bool:
    day, month, year = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    for century in (1900, 2000):
        try:
            dt.date(century + year, month, day)
            return True
        except ValueError:
            continue
    return False


def nhs_number_range(digits: str) -> str | None:
    """Which allocated range ten digits fall in (NHS number allocation), or None if unallocated.

    ``chi`` (Scotland; the first six digits must be a date), ``northern_ireland``,
    ``england_wales_iom``, ``ireland_ihi`` or ``test`` (9..., not issued to patients).
    """
    n = int(digits)
    if 100000000 <= n <= 3112999999:
        return "chi" if _chi_date_ok(digits) else None
    if 3200000000 <= n <= 3999999999:
        return "northern_ireland"
    if 4000000000 <= n <= 4999999999 or 6000000000 <= n <= 7999999999:
        return "england_wales_iom"
    if 8000000000 <= n <= 8599999999:
        return "ireland_ihi"
    if 9000000000 <= n <= 9999999999:
        return "test"
    return None


# Ten digits, or 3-3-4 with spaces (also no-break), hyphens or dots, not touching other
# digits (nor a dot and more digits: 1.234.567.8901 is not 3-3-4).
_NUMBER = re.compile(
    r"(?<!\d)(?<!\d\.)(?:\d{10}|\d{3}[ \u00a0.-]\d{3}[ \u00a0.-]\d{4})(?!\d)(?!\.\d)"
)
_INTERNATIONAL = re.compile(r"(?:\+|\b00)\s?44\s?(?:\(0\)\s?)?\Z")
# Cues that say "this is somebody's identifier" on their own.
_STRONG_CUE = re.compile(
    r"\bNHS\s*(?:no\b\.?|num(?:ber)?\b|#)|(?-i:\bCHI\b)|\bcommunity\s+health\s+index\b"
    r"|(?-i:\bMRN\b)|\bhosp(?:ital)?\.?\s*(?:no\b|num(?:ber)?\b)|\bunit\s+(?:no\b|number\b)",
    re.IGNORECASE,
)
# Cues that make an already-valid number more likely to be a patient's.
_WEAK_CUE = re.compile(
    r"\bpatient'?s?\b|\bD\.?O\.?B\b|\bdate\s+of\s+birth\b|\bclient\b|\bservice\s+user\b",
    re.IGNORECASE,
)
_CUE_BEFORE = 40
_CUE_AFTER = 25


def _near(pattern: re.Pattern[str], text: str, start: int, end: int, before: int,
          after: int, *, floor: int = 0, ceiling: int | None = None) -> str | None:
    """The cue nearest before (or else after) ``text[start:end]``, within the windows.

    *floor* and *ceiling* bound the windows so that a cue that belongs to a neighbouring
    number ("NHS no 111 222 3333; order 4444444444") does not count for this one too.
    """
    found = list(pattern.finditer(text, max(floor, start - before), start))
    match = found[-1] if found else None  # the nearest
    if match is None:
        limit = min(len(text), end + after, len(text) if ceiling is None else ceiling)
        match = pattern.search(text, end, limit)
    return " ".join(match.group(0).split()) if match else None


# What every match of _NUMBER holds: six digits, apart by one separator at most. A pattern
# that starts with a digit is scanned for quickly; _NUMBER's look-behinds make the regex
# engine try every position, which costs several times more on the long prose most cells hold.
# Written \d\d\d rather than \d{3}: the same pattern, but one that starts with a plain
# character class, which the regex engine skips to quickly (1.7 times as fast on prose, D342).
_NUMBER_HINT = re.compile(r"\d\d\d[ \u00a0.-]?\d\d\d")


# The quick checks again for ASCII text (most of it), written with [0-9] and both cases'
# letters rather than \d and IGNORECASE: the regex engine tests those characters with a table
# rather than a Unicode look-up each, three times as fast on prose (D700). Beyond ASCII the
# two differ (\d matches other scripts' digits, IGNORECASE the Kelvin sign and long s), so
# there the patterns above run.
_NUMBER_HINT_ASCII = re.compile(r"[0-9][0-9][0-9][ .-]?[0-9][0-9][0-9]")


def _numbers(text: str, path: str, salt: str) -> Iterator[Finding]:
    if not (_NUMBER_HINT_ASCII if text.isascii() else _NUMBER_HINT).search(text):
        return
    yield from _found_numbers(text, path, salt)


def _found_numbers(text: str, path: str, salt: str) -> Iterator[Finding]:
    """_numbers once its quick check has passed."""
    spans = [m.span() for m in _NUMBER.finditer(text)]
    for index, (start, end) in enumerate(spans):
        if _INTERNATIONAL.search(text, max(0, start - 10), start):
            continue  # +44 117 496 0123: a phone number written internationally
        digits = re.sub(r"\D", "", text[start:end])
        floor = spans[index - 1][1] if index else 0
        ceiling = spans[index + 1][0] if index + 1 < len(spans) else None
        strong = _near(_STRONG_CUE, text, start, end, _CUE_BEFORE, _CUE_AFTER,
                       floor=floor, ceiling=ceiling)
        region = nhs_number_range(digits)
        valid = is_valid_nhs_number(digits)
        confidence: Confidence
        if valid and region is not None:
            cue = strong or _near(_WEAK_CUE, text, start, end, _CUE_BEFORE, _CUE_AFTER,
                                  floor=floor, ceiling=ceiling)
            confidence = "high" if cue else "medium"
            kind = "chi_number" if region == "chi" else "nhs_number"
        elif strong:
            cue, confidence = strong, "low"
            is_chi = strong.upper() == "CHI" or strong.lower().startswith("community")
            kind = "chi_number" if is_chi else "nhs_number"
        else:
            continue
        yield Finding(kind=kind, path=path, position=start, length=end - start,
                      confidence=confidence, cue=cue,
                      fingerprint=fingerprint(salt, path, kind, digits))


# --- dates of birth ---------------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATES = re.compile(
    r"(?<!\d)(?:"
    r"(?P<d1>\d{1,2})[/.-](?P<m1>\d{1,2})[/.-](?P<y1>\d{4}|\d{2})"
    r"|(?P<y2>\d{4})-(?P<m2>\d{2})-(?P<d2>\d{2})"
    r"|(?P<d3>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<y3>\d{4})"
    r"|" + _MONTH.replace("mon", "mon4") + r"\s+(?P<d4>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y4>\d{4})"
    r")(?!\d)",
    re.IGNORECASE,
)
_DOB_CUE = re.compile(
    r"\bD\.?\s?O\.?\s?B\b|\bdate\s+of\s+birth\b|\bbirth\s*date\b|\bborn\b", re.IGNORECASE
)
_DOB_BEFORE = 30
_DOB_AFTER = 15


def _as_date(match: re.Match[str]) -> dt.date | None:
    g = match.groupdict()
    try:
        if g["d1"]:
            year = int(g["y1"])
            if len(g["y1"]) == 2:
                year += 1900 if year > 30 else 2000
            return dt.date(year, int(g["m1"]), int(g["d1"]))
        if g["y2"]:
            return dt.date(int(g["y2"]), int(g["m2"]), int(g["d2"]))
        if g["d3"]:
            return dt.date(int(g["y3"]), _MONTHS[g["mon"].lower()], int(g["d3"]))
        return dt.date(int(g["y4"]), _MONTHS[g["mon4"].lower()], int(g["d4"]))
    except (ValueError, KeyError, TypeError):
        return None


# What every match of _DOB_CUE holds, lower-cased. Searching for these without the cue's word
# boundaries takes a tenth of the time, in the long prose most cells hold.
_DOB_CUE_WORDS = ("birth", "born")
_DOB_CUE_SHORT = re.compile(r"d\.?\s?o\.?\s?b")


def _may_hold(text: str, words: tuple[str, ...], short: re.Pattern[str] | None = None) -> bool:
    """False only when no cue can be in *text*: none of *words* (nor a match of *short*) is in
    its lower-cased form. Only for ASCII text: beyond it, a case-insensitive pattern matches
    letters that lower() does not give (the Kelvin sign for k), so the cue itself decides."""
    global _LAST_LOWER
    last = _LAST_LOWER  # one read: another thread may replace it meanwhile
    if last[0] is text:
        low = last[1]  # scan_text asks twice of each text (dates, then postcodes)
    else:
        low = text.lower() if text.isascii() else None
        _LAST_LOWER = (text, low)
    if low is None:
        return True
    for word in words:
        if word in low:
            return True
    return short is not None and short.search(low) is not None


#: The last text _may_hold was asked about and its lower-cased form (None: not ASCII).
_LAST_LOWER: tuple[str | None, str | None] = (None, None)


def _dates_of_birth(text: str, path: str, salt: str) -> Iterator[Finding]:
    if not _may_hold(text, _DOB_CUE_WORDS, _DOB_CUE_SHORT):
        return
    yield from _found_dates_of_birth(text, path, salt)


def _found_dates_of_birth(text: str, path: str, salt: str) -> Iterator[Finding]:
    """_dates_of_birth once its quick check has passed."""
    if not _DOB_CUE.search(text):  # no cue anywhere: no date can count
        return
    for match in _DATES.finditer(text):
        start, end = match.span()
        cue = _near(_DOB_CUE, text, start, end, _DOB_BEFORE, _DOB_AFTER)
        if cue is None:
            continue
        date = _as_date(match)
        if date is None or not 1900 <= date.year <= 2099:
            continue
        confidence: Confidence = "medium" if cue.lower() == "born" else "high"
        yield Finding(kind="date_of_birth", path=path, position=start, length=end - start,
                      confidence=confidence, cue=cue,
                      fingerprint=fingerprint(salt, path, "date_of_birth", date.isoformat()))


# --- postcodes --------------------------------------------------------------------------------

# BS 7666: outward A9, A99, AA9, AA99, A9A, AA9A with the letter rules; inward 9AA.
_OUTWARD = (
    r"(?:[A-PR-UWYZ]\d[A-HJKSTUW]|[A-PR-UWYZ][A-HK-Y]\d[ABEHMNPRVWXY]"
    r"|[A-PR-UWYZ][A-HK-Y]\d\d?|[A-PR-UWYZ]\d\d?)"
)
_POSTCODE = re.compile(
    rf"(?<![A-Za-z0-9])(?P<out>{_OUTWARD})[ \u00a0]?(?P<in>\d[ABD-HJLNP-UW-Z]{{2}})(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_HOME_CUE = re.compile(
    r"\bliv(?:es|e|ing)\s+(?:at|in)\b|\bresid(?:es|ent|ing)\b|\bhome\b|\bpatient'?s?\b",
    re.IGNORECASE,
)
_ADDRESS_CUE = re.compile(r"\baddress\b|\bpost\s?code\b", re.IGNORECASE)
_POSTCODE_BEFORE = 80


# What every match of _POSTCODE ends with (the inward code): checked before the cues, whose
# word boundaries make them slow to search for in long prose ("patients" is common there).
_INWARD_HINT = re.compile(r"\d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])", re.IGNORECASE)
# The same for ASCII text, as _NUMBER_HINT_ASCII is.
_INWARD_HINT_ASCII = re.compile(r"[0-9][ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2}(?![A-Za-z0-9])")


# What every match of _HOME_CUE or _ADDRESS_CUE holds, lower-cased (see _may_hold).
_POSTCODE_CUE_WORDS = ("liv", "resid", "home", "patient", "address", "post")


def _postcodes(text: str, path: str, salt: str) -> Iterator[Finding]:
    if not _may_hold(text, _POSTCODE_CUE_WORDS):
        return
    if not (_INWARD_HINT_ASCII if text.isascii() else _INWARD_HINT).search(text):
        return
    yield from _found_postcodes(text, path, salt)


def _found_postcodes(text: str, path: str, salt: str) -> Iterator[Finding]:
    """_postcodes once its quick checks have passed."""
    if not (_HOME_CUE.search(text) or _ADDRESS_CUE.search(text)):
        return
    for match in _POSTCODE.finditer(text):
        start, end = match.span()
        cue = _near(_HOME_CUE, text, start, end, _POSTCODE_BEFORE, 0)
        confidence: Confidence = "high"
        if cue is None:
            cue = _near(_ADDRESS_CUE, text, start, end, _POSTCODE_BEFORE, 0)
            confidence = "medium"
        if cue is None:
            continue
        value = (match.group("out") + match.group("in")).upper()
        yield Finding(kind="postcode", path=path, position=start, length=end - start,
                      confidence=confidence, cue=cue,
                      fingerprint=fingerprint(salt, path, "postcode", value))


# --- text, records, fingerprints ----------------------------------------------------------------

_ANY_DIGIT = re.compile(r"\d")


def scan_text(text: str, path: str = "$", *, salt: str = "") -> list[Finding]:
    """Every likely identifier in *text*, in order of position.

    :param path: the field's JSON path, reported in each finding and part of its fingerprint.
    :param salt: the record id (makes a fingerprint specific to one record).
    """
    if not _ANY_DIGIT.search(text):  # every kind detected holds at least one digit
        return []
    if not text.isascii():
        found = [*_numbers(text, path, salt), *_dates_of_birth(text, path, salt),
                 *_postcodes(text, path, salt)]
    else:
        # The detectors' quick checks, made here for ASCII text (most of it) with the text
        # lower-cased once: a record's scan asks this of each of its fields, and calling the
        # three detectors to have each check for itself was a third of the scan (D704).
        found = []
        if _NUMBER_HINT_ASCII.search(text):
            found.extend(_found_numbers(text, path, salt))
        low = text.lower()
        # _DOB_CUE_WORDS and _POSTCODE_CUE_WORDS written out: two calls saved for each text
        # of each record an import scans (D1442; a test holds the tuples to these words)
        if "birth" in low or "born" in low or _DOB_CUE_SHORT.search(low):
            found.extend(_found_dates_of_birth(text, path, salt))
        if ("liv" in low or "resid" in low or "home" in low or "patient" in low
                or "address" in low or "post" in low) and _INWARD_HINT_ASCII.search(text):
            found.extend(_found_postcodes(text, path, salt))
    if len(found) > 1:
        found.sort(key=lambda f: (f.position, f.kind))
    return found


def fingerprint(salt: str, path: str, kind: str, normalised: str) -> str:
    """``pii1-`` and 24 hex digits: HMAC-SHA256 of record id, path, kind and value."""
    message = "\x1f".join((salt, path, kind, normalised)).encode("utf-8")
    return _FINGERPRINT_PREFIX + hmac.new(_KEY, message, hashlib.sha256).hexdigest()[:24]


def masked_excerpt(text: str, finding: Finding, *, width: int = 30) -> str:
    """The text around *finding*, safe to show: ``…patient NHS no ••• ••• ••19…``.

    Inside the match every letter and digit but the last two is masked; around it every digit
    is masked (other numbers nearby may be identifiers too). Line breaks become spaces.
    """
    start, end = finding.position, finding.position + finding.length
    lo, hi = max(0, start - width), min(len(text), end + width)
    keep_from = end
    tail = 0
    for i in range(end - 1, start - 1, -1):
        if text[i].isalnum():
            tail += 1
            if tail == 2:
                keep_from = i
                break
    out = []
    for i in range(lo, hi):
        ch = text[i]
        if start <= i < end:
            out.append("•" if ch.isalnum() and i < keep_from else ch)
        else:
            out.append("•" if ch.isdigit() else ch)
    excerpt = " ".join("".join(out).split())
    return ("…" if lo > 0 else "") + excerpt + ("…" if hi < len(text) else "")


def _mask_span(out: list[str], text: str, start: int, end: int) -> None:
    """Mask ``text[start:end]`` in *out* (a list of its characters): every letter and digit
    but the last two becomes ``•``, so a reader can tell two flags apart but learns nothing."""
    keep = 0
    for i in range(end - 1, start - 1, -1):
        if text[i].isalnum():
            keep += 1
            if keep > 2:
                out[i] = "•"


#: Short texts found to hold no likely identifier (D1171). What :func:`scan_text` finds
#: depends on the text alone (the path and the record id only go into each finding), so a
#: text found clean once is clean in every field of every record: the same ward, team or
#: reference recurs on thousands of rows of a log. Shared by the record scan
#: (:func:`kmcore.guard.pii.scan_record`) and :func:`masked_text`: an import masks a row's
#: key for its id and then scans the same text as the record's reference (D1334). Only
#: short texts are kept, and at most _CLEAN_MAX of them (the set is emptied when full), so
#: memory stays bounded.
CLEAN_TEXTS: set[str] = set()
_CLEAN_LONGEST = 120
_CLEAN_MAX = 8192


def remember_clean(text: str) -> None:
    """Keep *text*, which :func:`scan_text` found nothing in, among :data:`CLEAN_TEXTS` (if
    short enough)."""
    if len(text) <= _CLEAN_LONGEST:
        if len(CLEAN_TEXTS) >= _CLEAN_MAX:
            CLEAN_TEXTS.clear()
        CLEAN_TEXTS.add(text)


def masked_text(text: str, findings: Iterable[Finding] | None = None) -> str:
    """*text* with every likely identifier in it masked (``Falls: NHS no ••• ••• ••19``).

    For text that leaves the record: titles in run reports, the ledger, ``kmcore review``,
    lists. *findings* default to :func:`scan_text` of *text*, cleared or not: a value that a
    person cleared may still be published, but a message or a log has no need to repeat it.
    """
    if findings is None:
        if text in CLEAN_TEXTS:
            return text
        found = scan_text(text)
        if not found:
            remember_clean(text)
            return text
    else:
        found = list(findings)
        if not found:
            return text
    out = list(text)
    for finding in found:
        _mask_span(out, text, finding.position, min(len(text), finding.position + finding.length))
    return "".join(out)

"""Cells as logs really hold them: money as people type it, month-only dates, names with
titles, roles and organisations around them, and rows that are not records at all.

These are the lenient readings the import applies on top of :mod:`kmcore.io.columns` (which
reads what an export writes). Each either returns a value, returns None for "nothing to set"
(``n/a``, ``tbc``), or raises :class:`~kmcore.io.columns.ConversionError` with what to write.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from kmcore.io.columns import ConversionError, parse_date

__all__ = ["EMPTY_WORDS", "Money", "left_note", "loose_date", "not_a_record", "parse_money",
           "person_name"]

#: What people type for "nothing here yet".
EMPTY_WORDS = frozenset({"n/a", "na", "n a", "tbc", "tbd", "tba", "unknown", "not known", "-",
                         "--", "?", "none", "nil", "not applicable", "not given", "no data",
                         "awaiting", "pending", "x", "unk", "n/k", "nk", "date tbc",
                         "date unknown"})

#: What people type for a sum of money that is nothing: a saving of zero, not an unknown one.
ZERO_MONEY = frozenset({"0", "£0", "£ 0", "0.00", "£0.00", "nil", "£nil", "none", "zero",
                        "no saving", "no savings", "no cost", "nothing", "£0k", "0k",
                        # Excel's accounting format shows a zero as a dash after the £
                        "£-", "£ -"})

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")


def _month(word: str) -> int | None:
    """1-12 for ``Apr``, ``April``, ``Sept``; None for other words."""
    for number, name in enumerate(_MONTH_NAMES, 1):
        if len(word) >= 3 and (name.startswith(word) or (word == "sept" and number == 9)):
            return number
    return None


def _empty(text: str) -> bool:
    return text.strip().lower().strip(".") in EMPTY_WORDS


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


#: A season's first month, for "Spring 2022" (1 March).
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
#: Words that hedge a date without changing it: "approx.", "c.", "w/c", "from", "early".
_DATE_HEDGE = re.compile(r"^(?:approx(?:imately)?\.?|c\.|circa|around|about|roughly|"
                         r"w/c|wc|week commencing|from|since|started|began|early|est\.?|"
                         r"estimated)\s*", re.I)


def _year_alone(value: Any) -> dt.date | None:
    """``2020`` -> 1 January 2020; ``2021/22`` -> 1 April 2021 (a financial year's start).
    A whole number from 1950 to 2100 in a date column is a year: as an Excel serial number
    it would be a day in 1905, which no log of innovations or staff means."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) and float(value).is_integer() and 1950 <= value <= 2100:
        return dt.date(int(value), 1, 1)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if re.fullmatch(r"(19[5-9]\d|20\d\d|2100)", text):
        return dt.date(int(text), 1, 1)
    found = re.fullmatch(r"(?:fy\s*)?(\d{4})\s*[/\-]\s*(\d{2})", text, re.I)
    if found and (int(found[1]) + 1) % 100 == int(found[2]):
        return dt.date(int(found[1]), 4, 1)
    return None


def loose_date(value: Any) -> dt.date | None:
    """A date as logs write it: anything :func:`parse_date` reads, plus a month alone
    (``Apr 2020``, ``April 2020``, ``Jan-23``, ``06/2019``: the 1st of the month) and a
    quarter (``Q3 2021``: its first day), a year alone (``2020``, as text or an Excel number:
    1 January) and an NHS financial year (``2021/22``, ``2021-22``: 1 April 2021). None for
    ``tbc``, ``n/a`` and the like."""
    if isinstance(value, str) and _empty(value):
        return None
    year = _year_alone(value)
    if year is not None:
        return year
    try:
        return parse_date(value)
    except ConversionError as first:
        text = str(value).strip()
        low = text.lower()
        found = re.fullmatch(r"([a-z]{3,9})\.?[\s\-/,']+(\d{2}|\d{4})", low)
        month = _month(found[1]) if found else None
        if found and month:
            return dt.date(_year(found[2]), month, 1)
        found = re.fullmatch(r"(\d{1,2})[/.\-](\d{4})", low)
        if found and 1 <= int(found[1]) <= 12:
            return dt.date(int(found[2]), int(found[1]), 1)
        found = re.fullmatch(r"q([1-4])[\s\-/]*(\d{2}|\d{4})", low)
        if found:
            return dt.date(_year(found[2]), 3 * int(found[1]) - 2, 1)
        found = re.fullmatch(r"(spring|summer|autumn|fall|winter)[\s\-/,']+(\d{2}|\d{4})", low)
        if found:
            return dt.date(_year(found[2]), _SEASONS[found[1]], 1)
        hedged = _DATE_HEDGE.sub("", low).strip()
        if hedged and hedged != low:
            # "approx. March 2022", "w/c 12/06/2023", "c. 2021": the date they hedge
            try:
                return loose_date(hedged)
            except ConversionError:
                raise first from None
        found = re.fullmatch(r"([a-z]{3,9})\s*[/&\-]\s*[a-z]{3,9}[\s\-/,']+(\d{2}|\d{4})", low)
        month = _month(found[1]) if found else None
        if found and month:  # "Jan/Feb 2023": the first month named
            return dt.date(_year(found[2]), month, 1)
        raise first


class Money:
    """A sum of money read from a cell, and whether it is cash-releasing."""

    def __init__(self, amount: Decimal, cash: bool) -> None:
        self.amount = amount
        self.cash = cash


_NOT_CASH = re.compile(r"\b(time|bed ?days?|bed-days?|slots?|hours?|hrs|notional|non[\s-]?cash|"
                       r"cost avoid\w*|avoided|avoidance|opportunity|capacity|staff time|"
                       r"productivity)\b", re.I)
_NOT_POUNDS = re.compile(r"\b(bed ?days?|hours?|hrs|days|slots?|appointments|visits|"
                         r"patients|beds|wte|fte|sessions)\b", re.I)
_HEDGES = re.compile(r"\b(approx(imately)?|approx\.|est(imated)?\.?|circa|c\.|around|about|"
                     r"roughly|up to|over|at least|potential(ly)?|projected|expected|"
                     r"pa|p\.a\.|per (annum|year|yr|month)|a year|annual(ly)?|recurrent|"
                     r"recurring|one[\s-]off|saving|savings|gbp)\b|\bc\.(?=\s*[£\d])|~|"
                     r"\(.*?\)|£", re.I)


def parse_money(value: Any) -> Money | None:
    """Pounds from a cell as people type them: ``£38,000``, ``approx £120k``, ``12.5k``,
    ``£14,000 pa``, ``£2.5m``; ``£45k (time)`` is a non-cash saving. ``£0``, ``0``, ``nil`` and
    ``none`` are a sum of nothing (a saving of zero is an answer); None for ``n/a``, ``tbc``
    and the like (not known). A range (``£5k-£10k``) or a figure in other units (``2.1k bed
    days``) raises :class:`ConversionError`: there is no one sum of money to keep."""
    if isinstance(value, bool):
        raise ConversionError(f"{value!r} is not a sum of money")
    if isinstance(value, int | float | Decimal):
        return Money(Decimal(str(value)), True)
    text = " ".join(str(value).split())
    if text.lower().strip(".") in ZERO_MONEY:
        return Money(Decimal("0.00"), True)
    if not text or _empty(text):
        return None
    cash = not _NOT_CASH.search(text)
    if "£" not in text and _NOT_POUNDS.search(text):
        raise ConversionError(f"{text!r} is not in pounds: put the figure in the notes, or "
                              "work it out in pounds")
    plain = _HEDGES.sub(" ", text).replace(",", "").strip()
    if re.search(r"\d\s*[kKmM]?\s*(?:-|\u2013|to)\s*£?\s*\d", plain):
        raise ConversionError(f"{text!r} is a range, not one figure: write the figure the "
                              "trust reports")
    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(k|m|million|thousand)?\s*", plain, re.I)
    if not found:
        raise ConversionError(f"{text!r} is not a sum of money: write it as £12,500 or 12.5k")
    try:
        amount = Decimal(found[1])
    except InvalidOperation:  # pragma: no cover - the pattern only lets digits through
        raise ConversionError(f"{text!r} is not a sum of money") from None
    scale = (found[2] or "").lower()
    if scale in ("k", "thousand"):
        amount *= 1000
    elif scale in ("m", "million"):
        amount *= 1_000_000
    return Money(amount.quantize(Decimal("0.01")), cash)


_TITLES = re.compile(r"^(?:(?:dr|mr|mrs|ms|miss|mx|prof|professor|sister|sr|rev|revd|"
                     r"cllr|sir|dame|charge nurse|staff nurse|senior nurse|nurse|matron|"
                     r"midwife|consultant|ward manager|team leader|physio|sgt)\.?\s+)+", re.I)
_BRACKETS = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*")
_SURNAME_FIRST = re.compile(r"^([^\W\d_][\w'\u2019\-]*(?:\s+[^\W\d_][\w'\u2019\-]*)?),\s*(.+)$")
_ROLE_DASH = re.compile(r"^(.+?)\s+[-\u2013\u2014:]\s+(.+)$")
#: Words that make a "name" a group, a role or nobody in particular.
_NOT_PERSON = re.compile(r"\b(team|teams|group|staff|committee|department|dept|service|"
                         r"services|panel|office|board|network|anon|anonymous|unknown|various|"
                         r"all|everyone|nurses|midwives|doctors|hcas?|tbc|n/?a|leads|"
                         r"coordinator|co-ordinator|inbox|mailbox|admin|practitioners|"
                         r"champions|cessation|lead nurse|[a-z]+ lead)\b", re.I)
#: Words of a job or role, which a name column sometimes holds before the name.
_ROLE_WORDS = re.compile(r"\b(midwife|nurse|doctor|consultant|manager|officer|lead|therapist|"
                         r"physio|pharmacist|specialist|practitioner|coordinator|clerk|"
                         r"assistant|worker|librarian|administrator|matron|director|head|"
                         r"registrar|surgeon|physician|scientist|technician|digital|clinical)\b",
                         re.I)


def _looks_like_a_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 5 and not _NOT_PERSON.search(text) and not any(
        ch.isdigit() for ch in text) and "@" not in text


def person_name(text: str) -> str:
    """A person's name as records show it, from how a cell writes it: no title
    (``Sister Anne-Marie Doyle``), no role or organisation in brackets
    (``Tom Fielding (ANP)``), given name first (``OKAFOR, Amara (TRUST)`` -> ``Amara Okafor``),
    a role before a dash dropped (``Digital midwife - Amy Fox``). ``""`` when the text names
    a group or a role rather than a person (``HCA team``, ``Anon``)."""
    name = " ".join(_BRACKETS.sub(" ", text).split()).strip(" ,;")
    dashed = _ROLE_DASH.match(name)
    if dashed:
        left, right = dashed[1].strip(), dashed[2].strip()
        left_role = _ROLE_WORDS.search(left) or not _looks_like_a_name(left)
        right_role = _ROLE_WORDS.search(right) or not _looks_like_a_name(right)
        if left_role and not right_role and _looks_like_a_name(_TITLES.sub("", right)):
            name = right
        elif right_role and not left_role and _looks_like_a_name(_TITLES.sub("", left)):
            name = left
    # "Mr Shah, Vikram": the title goes before the name is turned round.
    flipped = _SURNAME_FIRST.match(_TITLES.sub("", name))
    if flipped:
        family, given = flipped[1], flipped[2]
        if family.isupper() and len(family) > 1:
            family = "-".join(p.capitalize() for p in family.lower().split("-"))
        name = f"{given} {family}"
    name = _TITLES.sub("", name).strip()
    if not _looks_like_a_name(name):
        return ""
    return name


_TOTALS = re.compile(r"^\s*(grand\s+)?(totals?|sum|count|number of|no\. of|subtotal)\b", re.I)
_TEST_WORDS = re.compile(r"\b(test response|test entry|please ignore|ignore this|dummy|"
                         r"testing the form)\b", re.I)


def _says_test(text: str) -> bool:
    """_TEST_WORDS in *text*. ASCII text without a hint word is settled without the regex,
    five times as fast (D342); beyond ASCII, a case-insensitive pattern matches letters that
    lower() does not give (the long s for s), so the pattern decides."""
    if text.isascii():
        low = text.lower()  # every match holds "test", "ignore" or "dummy"
        if "test" not in low and "ignore" not in low and "dummy" not in low:
            return False
    return _TEST_WORDS.search(text) is not None


def not_a_record(cells: dict[str, Any], headers: list[str], title: str) -> str | None:
    """Why a row of a log is not a record at all (a heading, the header again, a totals
    row, a test entry), or None. *title* is the text of the row's title or name cell."""
    texts = [t for t in (str(v).strip() for v in cells.values()) if t]
    if len(cells) >= 2 and all(str(v).strip() == h for h, v in cells.items()):
        return "the header row again (a block pasted in below the first): not a record"
    if title and _TOTALS.match(title):
        return "a totals row: not a record"
    if len(texts) == 1:
        return (f"only one cell is filled ({texts[0][:40]!r}): a heading, note or total, "
                "not a record")
    # A test response is short; long prose is not searched (it is most of the work here).
    if title.strip().lower() in ("test", "testing") or any(
            _says_test(t) for t in texts if len(t) <= 80):
        return "looks like a test entry (says 'test' or 'please ignore'): not a record"
    return None


_LEFT = re.compile(r"\s*[(\[]\s*(?:retired|left|leaver|left the trust|moved on|resigned|"
                   r"terminated|no longer in post)\b\s*"
                   r"(?:in|on)?\s*([^)\]]*)[)\]]\s*", re.I)


_LEFT_DASH = re.compile(r"^(.+?)\s+[-\u2013\u2014]\s*(?:retired|left|leaver|left the trust|"
                        r"resigned|moved on)\b\s*(?:in|on)?\s*(.{0,20})$", re.I)

_STATUS_PREFIX = re.compile(r"^\s*[\[(]?(closed|stopped|withdrawn|cancelled|canceled|"
                            r"abandoned|on hold|paused|rejected|not progressed)[\])]?\s*"
                            r"(?:[-:\u2013\u2014]\s*|[\])]\s*)(\S.*)$", re.I)


def status_in_title(title: str) -> tuple[str, str] | None:
    """``"Closed - Lithium monitoring app"`` -> ``("Closed", "Lithium monitoring app")``: a
    log that marks a stopped or paused project in its title rather than its status column.
    None for a title that does not begin so ("Closed loop insulin" has no dash)."""
    found = _STATUS_PREFIX.match(title)
    if not found or re.match(r"(see|refer to|tbc|n/?a)\b", found[2].strip(), re.I):
        return None  # "Paused - see notes": a placeholder, not a project with a status
    return found[1], found[2].strip()


_LEAVER_CELL = re.compile(r"^\s*(?:left(?: the trust)?|leaver|retired|moved on|resigned|"
                          r"terminated|no longer in post)\b"
                          r"[\s:.,\u2013\u2014-]*(?:in|on)?\s*(.{0,20})$", re.I)


def leaver_cell(text: str) -> tuple[dt.date | None] | None:
    """``"LEFT 03/24"``, ``"Leaver - 31/08/2024"``, ``"Leaver"``: a status or notes cell that
    says the person has left, as ``(when,)`` (None when it gives no date it can read); None
    when the cell does not begin by saying so ("left-handed suturing" is not a leaver: the
    word must stand alone and little may follow it)."""
    found = _LEAVER_CELL.match(text)
    if not found:
        return None
    # "Leaver (date tbc)", "Left [31/03/2024]": what is in brackets is the date, or none.
    rest = " ".join(re.sub(r"[()\[\]]", " ", found[1]).split()).strip(" .")
    rest = re.sub(r"^(?:date|on|wef|w\.e\.f\.?)\s*[:\-]?\s*", "", rest, flags=re.I)
    if not rest or _empty(rest):
        return (None,)
    month_year = re.fullmatch(r"(\d{1,2})/(\d{2})", rest)  # "03/24": March 2024
    if month_year and 1 <= int(month_year[1]) <= 12:
        return (dt.date(2000 + int(month_year[2]), int(month_year[1]), 1),)
    try:
        return (loose_date(rest),)
    except ConversionError:
        return (None,) if not any(c.isalpha() for c in rest) else None


def left_note(text: str) -> tuple[str, dt.date | None] | None:
    """``"Ward Clerk (retired Dec 23)"`` -> ``("Ward Clerk", 2023-12-01)``: a job title that
    says its holder has left (and when, if it says); None when it does not say so."""
    found = _LEFT.search(text)
    if not found:
        # "Paramedic - LEFT Mar-24": the note after a dash, its date (if any) all that follows
        dashed = _LEFT_DASH.search(text)
        if not dashed or not dashed.group(1).strip():
            return None
        rest = " ".join(dashed.group(1).split())
        tail = dashed.group(2).strip()
        try:
            return rest, loose_date(tail) if tail else None
        except ConversionError:
            return None  # "Nurse - left side of the ward": not a date, not a leaver
    rest = " ".join(_LEFT.sub(" ", text).split())
    when: dt.date | None
    try:
        when = loose_date(found[1].strip()) if found[1].strip() else None
    except ConversionError:
        when = None
    return rest, when

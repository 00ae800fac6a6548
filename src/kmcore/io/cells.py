"""Cells as logs really hold them: money as people type it, month-only dates, names with
titles, roles and organisations around them, and rows that are not records at all.

These are the lenient readings the import applies on top of :mod:`kmcore.io.columns` (which
reads what an export writes). Each either returns a value, returns None for "nothing to set"
(``n/a``, ``tbc``), or raises :class:`~kmcore.io.columns.ConversionError` with what to write.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from kmcore.io.columns import ConversionError, parse_date

__all__ = [
    "EMPTY_WORDS",
    "Money",
    "left_note",
    "loose_date",
    "money_in_sentence",
    "name_marker",
    "names_a_job",
    "names_nobody",
    "not_a_record",
    "parse_money",
    "person_name",
]

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
    found = re.fullmatch(r"(?:fy\s*)?(\d{4})\s*[/\-]\s*(\d{2}|\d{4})", text, re.I)
    if found and (int(found[1]) + 1) % 100 == int(found[2]) % 100 and (
            len(found[2]) == 2 or int(found[2]) == int(found[1]) + 1):
        return dt.date(int(found[1]), 4, 1)  # "2021/22", "2023/2024"
    # "FY23/24": two two-digit years only with the "FY" that says what they are ("11/12"
    # alone may be a day and a month)
    found = re.fullmatch(r"fy\s*(\d{2})\s*[/\-]\s*(\d{2})", text, re.I)
    if found and (int(found[1]) + 1) % 100 == int(found[2]):
        return dt.date(2000 + int(found[1]), 4, 1)
    return None


#: Where in a year "mid 2023" and "late 2023" fall: the first month of the year's second
#: half and of its last quarter, as a season or a quarter is read by its first month.
_PART_OF_YEAR = re.compile(r"(mid|middle of|late|end of|the end of)[\s\-]+(?:of\s+)?"
                           r"(\d{4})", re.I)
_PART_MONTH = {"mid": 7, "middle of": 7, "late": 10, "end of": 10, "the end of": 10}
#: A month named in words before its day, as American dates are written: "March 3, 2024".
_MONTH_DAY_YEAR = re.compile(r"([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")


def loose_date(value: Any) -> dt.date | None:
    """A date as logs write it: anything :func:`parse_date` reads, plus a month alone
    (``Apr 2020``, ``April 2020``, ``Jan-23``, ``06/2019``: the 1st of the month) and a
    quarter (``Q3 2021``: its first day), a year alone (``2020``, as text or an Excel number:
    1 January), an NHS financial year (``2021/22``, ``2021-22``, ``FY21/22``: 1 April 2021),
    part of a year (``mid-2023``: 1 July; ``late 2023``, ``end of 2023``: 1 October) and a
    month in words before its day (``March 3, 2024``). None for ``tbc``, ``n/a`` and the
    like."""
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
        found = _PART_OF_YEAR.fullmatch(low)
        if found:  # "mid-2023", "end of 2023" (D1457)
            return dt.date(int(found[2]), _PART_MONTH[found[1]], 1)
        found = _MONTH_DAY_YEAR.fullmatch(low)
        month = _month(found[1]) if found else None
        if found and month:  # "March 3, 2024": the month in words says which is the day
            try:
                return dt.date(int(found[3]), month, int(found[2]))
            except ValueError:
                raise ConversionError(f"{text!r} is not a real date") from None
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
                     r"pa|p\.a\.|per (annum|year|yr)|a year|annual(ly)?|recurrent|"
                     r"recurring|one[\s-]off|saving|savings|gbp)\b|\bc\.(?=\s*[£\d])|~|"
                     # "£5k?": its writer unsure of the sum, as "approx" says (D1456)
                     r"\(.*?\)|£|\?+\s*$", re.I)


#: a figure given for a shorter period than a year, and how many of them make the year
_PERIOD = re.compile(r"(?:\b(?:a|an|per|each|every)\s+|\s*/\s*|\bp/?)(month|mth|mnth|week|wk|"
                     r"quarter|qtr)\b|\b(monthly|weekly|quarterly|pcm|pw)\b", re.I)
_PER_YEAR = {"month": 12, "mth": 12, "mnth": 12, "monthly": 12, "pcm": 12, "week": 52,
             "wk": 52, "weekly": 52, "pw": 52, "quarter": 4, "qtr": 4, "quarterly": 4}


#: A sum said with the period it is for, inside a sentence: "could save £9k a year in
#: agency shifts", "£2k a month in avoided admissions", "saves about 3.5k per annum".
_SUM_FOR_A_PERIOD = re.compile(
    r"(?:£\s*(\d[\d,]*(?:\.\d+)?)\s*(k|m|million|thousand)?|"
    r"\b(\d[\d,]*(?:\.\d+)?)\s*(k|m|million|thousand))\b\s*"
    r"(?:(?:a|an|per|each|every)\s+(year|yr|annum|month|mth|week|wk|quarter|qtr)|"
    r"/\s*(year|yr|annum|month|mth|week|wk|quarter|qtr)|"
    r"(p\.?a\.?|annually|yearly|monthly|weekly|quarterly|pcm|pw))(?![\w])", re.I)
#: What says a sentence's sum is spent, not saved: "costs £1,200 a year", "£300 to set up".
_A_COST = re.compile(r"\b(?:costs?|costing|spend|spent|spending|set[\s-]?up|price|fees?|"
                     r"charges?|funding|requested|bid|budget|pay(?:ing)?|subscription|"
                     r"licen[cs]es?)\b", re.I)
#: Any other sum written in pounds.
_POUNDS = re.compile(r"£\s*\d|\b\d[\d,.]*\s*(?:k|m)\b", re.I)
_PERIOD_YEARS = {**_PER_YEAR, "year": 1, "yr": 1, "annum": 1, "pa": 1, "p.a.": 1, "p.a": 1,
                 "pa.": 1, "annually": 1, "yearly": 1}


#: A word and a note after it in brackets or after a dash: "nil (costs more)", "nil [time]".
_NOTE_AFTER = re.compile(r"^(.+?)\s*(?:\(.*\)|\[.*\]|\s[-\u2013\u2014:]\s+.*)$")
#: What says a sentence's sum is saved: "saves c. £2k print costs", "saved about £450".
_SAVED = re.compile(r"\b(?:saves?|saved|saving|savings)\b", re.I)
#: A sum in pounds, for a sentence that says it is saved: "£2k", "£1,500".
_POUND_SUM = re.compile(r"£\s*(\d[\d,]*(?:\.\d+)?)\s*(k|m|million|thousand)?\b", re.I)


def _saved_sum(text: str) -> Money | None:
    """The one sum in pounds a sentence says is saved, with no period given (``saves c. £2k
    print costs``): read as a bare figure in the cell would be. The saving word must come
    before the sum with at most a hedge between (``could save money once the £200 kit is
    bought`` names no saving), and no word of spending before it (D1455)."""
    saved = _SAVED.search(text)
    sums = list(_POUND_SUM.finditer(text))
    if saved is None or len(sums) != 1 or len(_POUNDS.findall(text)) != 1:
        return None
    between = text[saved.end():sums[0].start()] + "£"  # "c." is a hedge only before a sum
    if _HEDGES.sub(" ", between).strip(" .:-\u2013") or _A_COST.search(text[:saved.start()]):
        return None
    amount = Decimal(sums[0][1].replace(",", ""))
    scale = (sums[0][2] or "").lower()
    amount *= 1000 if scale in ("k", "thousand") else 1_000_000 if scale in (
        "m", "million") else 1
    return Money(amount.quantize(Decimal("0.01")), not _NOT_CASH.search(text))


def money_in_sentence(text: str) -> Money | None:
    """A saving written in a sentence, read only when it says the period it is for: ``could
    save £9k a year in wasted nurse time`` is £9,000 a year, ``£2k a month in avoided
    admissions`` £24,000 (a year's worth, non-cash as the words say); a sum it says is saved
    with no period (``saves c. £2k print costs``) is that sum. None when the
    sentence gives no such sum, or more than one sum (``£300 to set up, then £50 a
    month`` is not one saving): a sum without a period is read by :func:`parse_money` or not
    at all."""
    found = list(_SUM_FOR_A_PERIOD.finditer(text))
    if not found:
        return _saved_sum(text)
    if len(found) != 1 or len(_POUNDS.findall(text)) != 1 or _A_COST.search(text):
        return None
    sum_ = found[0]
    figure, scale = (sum_[1], sum_[2]) if sum_[1] else (sum_[3], sum_[4])
    period = (sum_[5] or sum_[6] or sum_[7]).lower()
    try:
        amount = Decimal(figure.replace(",", ""))
    except InvalidOperation:
        return None
    scale = (scale or "").lower()
    amount *= 1000 if scale in ("k", "thousand") else 1_000_000 if scale in (
        "m", "million") else 1
    times = _PERIOD_YEARS.get(period, _PERIOD_YEARS.get(period.replace(".", ""), 1))
    return Money((amount * times).quantize(Decimal("0.01")), not _NOT_CASH.search(text))


#: What says a sum is money given to the work, not money it saves: "£4k (grant)",
#: "Awarded £2,500", "charity funding".
GRANT = re.compile(r"\b(?:grant(?:ed|s)?|award(?:ed)?|funding|funded|bid)\b", re.I)


def parse_money(value: Any) -> Money | None:
    """Pounds from a cell as people type them: ``£38,000``, ``approx £120k``, ``12.5k``,
    ``£14,000 pa``, ``£2.5m``; ``£45k (time)`` is a non-cash saving. ``£0``, ``0``, ``nil`` and
    ``none`` are a sum of nothing (a saving of zero is an answer); a figure for a month, a
    week or a quarter (``£500 a month``, ``£250/wk``) is made a year's; None for ``n/a``, ``tbc``
    and the like (not known). A range (``£5k-£10k``) or a figure in other units (``2.1k bed
    days``) raises :class:`ConversionError`: there is no one sum of money to keep."""
    if isinstance(value, bool):
        raise ConversionError(f"{value!r} is not a sum of money")
    if isinstance(value, int | float | Decimal):
        return Money(Decimal(str(value)), True)
    text = " ".join(str(value).split())
    if text.lower().strip(".") in ZERO_MONEY:
        return Money(Decimal("0.00"), True)
    noted = _NOTE_AFTER.match(text)
    if noted and noted[1].lower().strip(".") in ZERO_MONEY:
        # nothing saved, with a note why: "nil (costs more)", "None - time only" (D1426, D1456)
        return Money(Decimal("0.00"), True)
    if not text or _empty(text):
        return None
    cash = not _NOT_CASH.search(text)
    if "£" not in text and _NOT_POUNDS.search(text):
        raise ConversionError(f"{text!r} is not in pounds: put the figure in the notes, or "
                              "work it out in pounds")
    times = 1
    period = _PERIOD.search(text)
    if period:
        times = _PER_YEAR[(period[1] or period[2]).lower()]
        text = (text[:period.start()] + " " + text[period.end():]).strip()
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
    return Money((amount * times).quantize(Decimal("0.01")), cash)


_TITLES = re.compile(r"^(?:(?:dr|mr|mrs|ms|miss|mx|prof|professor|sister|sr|rev|revd|"
                     r"cllr|sir|dame|charge nurse|staff nurse|senior nurse|nurse|matron|"
                     r"midwife|consultant|ward manager|team leader|physio|sgt)\.?\s+)+", re.I)
#: A title after the given name, as ESR's full name writes it: "Okafor, Amara Miss".
_TRAILING_TITLE = re.compile(r"\s+(?:dr|mr|mrs|ms|miss|mx|prof|professor|sister|rev|revd)\.?$",
                             re.I)
_BRACKETS = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*")
#: an e-mail address written into a name cell ("Ann Lee ann.lee@nhs.net", "Lee, Ann
#: <ann.lee@nhs.net>", a link's "mailto:"), with what set it off from the name
_EMAIL_IN_NAME = re.compile(r"[(\[<]?\s*(?:mailto:)?[\w.+'\-]+@[\w\-]+(?:\.[\w\-]+)+\s*[)\]>]?")
_SURNAME_FIRST = re.compile(r"^([^\W\d_][\w'\u2019\-]*(?:\s+[^\W\d_][\w'\u2019\-]*)?),\s*(.+)$")
_ROLE_DASH = re.compile(r"^(.+?)\s+[-\u2013\u2014:]\s+(.+)$")
#: Words that make a "name" a group, a role or nobody in particular.
_NOT_PERSON = re.compile(r"\b(team|teams|group|staff|committee|department|dept|service|"
                         r"services|panel|office|board|network|anon|anonymous|unknown|various|"
                         r"all|everyone|nurses|midwives|doctors|hcas?|tbc|n/?a|leads|"
                         r"coordinator|co-ordinator|inbox|mailbox|admin|practitioners|"
                         r"champions|cessation|lead nurse|[a-z]+ lead|"
                         # a form's refusal to give a name
                         r"prefer not to say|rather not say|not given|not stated|not known|"
                         r"withheld|declined to say|none given|no name)\b", re.I)
#: Words of a job or role, which a name column sometimes holds before the name.
_ROLE_WORDS = re.compile(r"\b(midwife|nurse|doctor|consultant|manager|officer|lead|therapist|"
                         r"physio|pharmacist|specialist|practitioner|coordinator|clerk|"
                         r"assistant|worker|librarian|administrator|matron|director|head|"
                         r"registrar|surgeon|physician|scientist|technician|digital|clinical|"
                         r"partner|prescriber|receptionist|paramedic|dietitian|psychologist|"
                         r"gp|gpn|anp|hca|ahp|sister|navigator|link worker|health visitor|chaplain|"
                         r"volunteer|educator)\b",
                         re.I)


#: A job that is no surname, written alone where a person's name goes ("Chaplain").
_JOB_ALONE = re.compile(r"chaplain|midwife|nurse|doctor|matron|physio|physiotherapist|"
                        r"pharmacist|volunteer|receptionist|librarian|consultant|registrar|"
                        r"hca|sister|dietitian|paramedic|educator|administrator", re.I)


#: Letters after a name (degrees, registrations, fellowships, honours): "Aisha Khan MBChB
#: FRCP", "Jane Smith, RGN". Compared as written, so a surname such as "Ma" stays.
_POST_NOMINALS = frozenset({
    "MBChB", "MBBS", "MBBCh", "MB", "BS", "BCh", "BChir", "BAO", "MD", "DM", "PhD", "DPhil",
    "MPhil", "MRes", "MSc", "BSc", "MA", "BA", "MEd", "MBA", "MPH", "DClinPsy", "DClinPsych",
    "PsyD", "DPsych", "BDS", "MDS", "MFDS", "FDS", "BPharm", "MPharm", "BN", "BNurs", "MNurs",
    "MCSP", "MRCSLT", "HCPC", "MRPharmS", "FRPharmS", "FRCP", "FRCPE", "FRCS", "FRCSEd",
    "FRCA", "FRCR", "FRCPath", "FRCPsych", "FRCGP", "FRCOG", "FRCPCH", "FRCEM", "FRCOphth",
    "FFPH", "FFICM", "FRCPI", "MRCP", "MRCS", "MRCGP", "MRCPsych", "MRCOG", "MRCPCH", "MRCEM",
    "MRCPath", "MFPH", "RN", "RGN", "RMN", "RM", "RNLD", "RSCN", "RNA", "SRN", "SEN", "RHV",
    "SCPHN", "NMP", "V300", "V100", "PGCert", "PGDip", "PGCE", "CertEd", "DipHE", "FHEA",
    "SFHEA", "PFHEA", "FAcadMEd", "FRSA", "MCLIP", "FCLIP", "ACLIP", "OBE", "MBE", "CBE",
    "DBE", "KBE", "QN", "ANP", "ACP", "AHP",
    # a role's letters typed after the name on a form ("Tom Oduya GP", "Jo Bell HCA")
    "GP", "GPN", "GPwSI", "GPwER", "HCA", "APP", "PA"})
#: The letters after a name, for other modules (D1503).
POST_NOMINALS = _POST_NOMINALS
#: What follows a name after a comma when it is the person's job, not their given name.
_ROLE_TAIL = re.compile(r"(?:ologist|iatrist|ician|apist|etist|grapher|ntist|edic|visitor|"
                        r"sister)s?\b|\bband\s*\d", re.I)


def _a_job(text: str) -> bool:
    return bool(_ROLE_WORDS.search(text) or _ROLE_TAIL.search(text)) or names_a_job(text)


def names_a_job(text: str) -> bool:
    """Whether *text*, written after a name ("Jane Smith, Advanced Physio", "..., RGN"),
    is the person's job or letters rather than another person."""
    words = text.split()
    return bool(words) and (all(w.strip(".,") in _POST_NOMINALS for w in words)
                            or bool(_ROLE_TAIL.search(text))
                            or bool(re.search(r"\bphysio\b", text, re.I)))


def _no_post_nominals(name: str) -> str:
    """``"Jane Smith BSc MCSP"`` -> ``"Jane Smith"``: the letters after a name taken off the
    end, keeping at least two words of it."""
    words = name.replace(",", " , ").split()
    while len([w for w in words if w != ","]) > 2 and (
            words[-1].strip(".") in _POST_NOMINALS or words[-1] == ","):
        words.pop()
    return " ".join(words).replace(" , ", ", ").replace(" ,", ",").strip(" ,")


def _capitalised(word: str) -> str:
    """``"O'NEILL-SMITH"`` -> ``"O'Neill-Smith"``: a surname written in capitals, as a name."""
    return re.sub(r"[^\W\d_]+", lambda found: found.group(0).capitalize(), word.lower())


def _looks_like_a_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 5 and not _NOT_PERSON.search(text) and not any(
        ch.isdigit() for ch in text) and "@" not in text


#: Words a list keeps beside a name about the person's post rather than the person: "*LEFT*",
#: "**NEW STARTER**", "Smith - RETIRED", "Jones LEAVER".
_MARKER_WORDS = (r"left(?:\s+(?:the\s+)?trust)?|leaver|retired|resigned|moved(?:\s+on)?|"
                 r"new(?:\s+starter)?|starter|(?:on\s+)?mat(?:ernity)?\s+leave|seconded|"
                 r"secondment|bank|locum|deceased|vacant|inactive|archived|duplicate|dup|"
                 r"do\s+not\s+use|check|tbc|updated")
_STARRED = re.compile(r"\*+\s*([^*]{0,40}?)\s*\*+")
_STARRED_MARKER = re.compile(rf"^(?:{_MARKER_WORDS})\b[^*]{{0,20}}$", re.I)
#: A leaver marker after a name, in capitals or after a dash: "Whitfield LEFT",
#: "Jane Smith - leaver".
_TRAILING_MARKER = re.compile(
    r"\s+(?:[-\u2013\u2014:]\s*(?i:left|leaver|retired|resigned|new\s+starter)|"
    r"(?:LEFT|LEAVER|RETIRED|RESIGNED|NEW STARTER|NEW))\b\.?\s*$")
#: A leaver marker in capitals before a name written in mixed case: "LEAVER Ann Lee".
_LEADING_MARKER = re.compile(r"^\s*(?:LEFT|LEAVER|RETIRED|RESIGNED)(?:\s*[-:\u2013\u2014])?\s+"
                             r"(?=\S*[a-z])")
#: Symbols a list marks rows with: "Jane Smith *", "# Amir Khan", "Ann Lee †".
_MARK_SYMBOLS = re.compile(r"[*#\u2020\u2021\u00a7~^]+")


def name_marker(text: str) -> tuple[str, str]:
    """``"Whitfield *LEFT*"`` -> ``("Whitfield", "LEFT")``: a name cell without what a list
    marks the person's post with (in asterisks, after a dash, or a leaver word in capitals
    after the name), and that marker ("" when none). A starred name that is no such word
    (``"**Jane Smith**"``) keeps its words; stray marking symbols are dropped."""
    markers: list[str] = []

    def starred(found: re.Match[str]) -> str:
        inner = found.group(1).strip()
        if _STARRED_MARKER.match(inner):
            markers.append(inner)
            return " "
        return f" {inner} "

    name = _STARRED.sub(starred, text)
    leading = _LEADING_MARKER.match(name)
    if leading:
        markers.append(leading.group(0).strip())
        name = name[leading.end():]
    # The name's own case shows whether a word in capitals is a marker ("Jane Smith NEW"),
    # not part of a name written in capitals ("JANE NEW").
    trailing = _TRAILING_MARKER.search(name)
    if trailing and any(c.islower() for c in name[:trailing.start()]):
        markers.append(trailing.group(0).strip(" -\u2013\u2014:."))
        name = name[:trailing.start()] + name[trailing.end():]
    name = " ".join(_MARK_SYMBOLS.sub(" ", name).split()).replace(" ,", ",")
    return name, "; ".join(markers)


#: what a person cell says when it names nobody: Jira's "Unassigned", a post not yet filled
_NOBODY = re.compile(r"(?:un-?assigned|not (?:yet )?assigned|no(?:t|ne)? allocated|unallocated|"
                     r"no ?one|nobody|none|nil|n/?a|tb[acd]|to be (?:confirmed|agreed|"
                     r"decided|appointed)|vacant|vacancy|vacant post|post vacant|unknown|"
                     r"not known|n/?k|[-\u2013\u2014?.]+|"
                     # a log's keeper writing of themself: not a name the file gives (D1458)
                     r"me|myself|self)", re.I)


def names_nobody(text: str) -> bool:
    """True when a person cell's text names nobody (``Unassigned``, ``TBC``, ``nobody``,
    ``n/a``, ``-``, ``(vacant)``): no person is made of it, and it is no group either."""
    return bool(_NOBODY.fullmatch(text.strip(" \t()[]*.:;,")) or not text.strip(
        " \t()[]*.:;,"))


def person_name(text: str) -> str:
    """A person's name as records show it, from how a cell writes it: no title
    (``Sister Anne-Marie Doyle``), no role or organisation in brackets
    (``Tom Fielding (ANP)``), no marker a list put beside it (``Whitfield *LEFT*``: see
    :func:`name_marker`), given name first (``OKAFOR, Amara (TRUST)`` -> ``Amara Okafor``),
    a role before a dash dropped (``Digital midwife - Amy Fox``). ``""`` when the text names
    a group or a role rather than a person (``HCA team``, ``Anon``)."""
    if "@" in text:  # the person's e-mail beside the name is not part of it
        text = _EMAIL_IN_NAME.sub(" ", text).strip(" -\u2013\u2014:;,")
    name = " ".join(_BRACKETS.sub(" ", name_marker(text)[0]).split()).strip(" ,;")
    # "Anita Patel?": a name its writer was unsure of is still the name (D1458)
    name = name.rstrip(" ?")
    name = _no_post_nominals(name)
    # "Jane Smith, Advanced Physio", "Dr Raj Patel, Consultant Cardiologist": a job after
    # the comma, not a given name after a surname.
    before, comma, after = name.partition(",")
    if comma and _a_job(after) and len(_TITLES.sub("", before).split()) >= 2:
        name = _no_post_nominals(before.strip())
    else:
        # "Smith, Jane, Staff Nurse": the job after the given name
        parts = name.split(",")
        while len(parts) > 2 and _a_job(parts[-1]):
            parts.pop()
        name = ",".join(parts)
    dashed = _ROLE_DASH.match(name)
    if dashed:
        left, right = dashed[1].strip(), dashed[2].strip()
        left_role = _ROLE_WORDS.search(left) or not _looks_like_a_name(left)
        right_role = _ROLE_WORDS.search(right) or not _looks_like_a_name(right)
        if left_role and not right_role and _looks_like_a_name(_TITLES.sub("", right)):
            name = right
        elif right_role and not left_role and _looks_like_a_name(_TITLES.sub("", left)):
            name = left
    # "zz Marsh, Colin": a directory's leaver mark stays in front of the name turned round,
    # where name_left looks for it (D1424)
    marked = _SORTED_LAST.match(name)
    mark, name = (name[:marked.end()], name[marked.end():]) if marked else ("", name)
    # "Mr Shah, Vikram": the title goes before the name is turned round; ESR's "Okafor,
    # Amara Miss" puts it after.
    flipped = _SURNAME_FIRST.match(_TITLES.sub("", name))
    if flipped:
        family, given = flipped[1], _TRAILING_TITLE.sub("", flipped[2]) or flipped[2]
        if family.isupper() and len(family) > 1:
            family = _capitalised(family)
            if given.isupper():  # "OKAFOR, AMARA": all of it in capitals
                given = " ".join(_capitalised(w) if len(w) > 2 else w for w in given.split())
        name = f"{given} {family}"
    name = _TITLES.sub("", name).strip()
    # "SMITH Jane", "O'NEILL Siobhán": the surname first, in capitals, as rota and HR
    # systems print it (a name all in capitals is left as written, and so are initials:
    # "AJ Smith").
    words = name.split()
    upper = [w for w in words if w.isupper() and len(w) > 2]
    if (not flipped and 1 <= len(upper) < len(words) and words[:len(upper)] == upper
            and all(not w.isupper() for w in words[len(upper):])):
        name = " ".join([*words[len(upper):], *(_capitalised(w) for w in upper)])
    if not _looks_like_a_name(name) or (
            # "Chaplain", "Porter" alone: a job named where a person should be
            len(name.split()) == 1 and _JOB_ALONE.fullmatch(name)):
        return ""
    return f"{mark}{name}" if mark else name


_TOTALS = re.compile(r"^\s*(grand\s+)?(totals?|sum|count|number of|no\. of|sub[\s-]?totals?|"
                     r"head\s*count|staff count|wte total|total wte|total staff)\b"
                     # "No. clinicians with each skill:" (the "of" left out; not "No. 5")
                     r"|^\s*no\.\s*[^\W\d_]+\s+(?:with|per|in|by|on|who)\b", re.I)
#: the label of a count at the foot of a log: "Ideas received", "Projects logged: 14"
_COUNT_LABEL = re.compile(r"^\s*(?:ideas|projects|entries|items|records|staff|people|rows)\s+"
                          r"(?:received|logged|submitted|in total|so far|listed)\b", re.I)
#: a total's label pointing at the sum beside it: "Total saved →", "Grand total:"
_POINTS_AT_SUM = re.compile(r"^\s*(?:grand\s+)?totals?\b[^.]{0,30}?(?:\u2192|->|=>|:|=)\s*$",
                            re.I)
#: a cell telling people how to fill in its column: "dd/mm/yyyy", "see drop-down"
_GUIDANCE = re.compile(r"^(?:dd|mm)\s*[/\-.]\s*(?:mm|yy)|^yyyy|\bsee (?:list|drop\s*-?\s*down|"
                       r"guidance|notes|key|tab)\b|drop\s*-?\s*down|\b(?:select|choose|pick) "
                       r"from\b|\bplease\b|^e\.?g\.?\b|free text|^(?:yes\s*/\s*no|y\s*/\s*n|"
                       r"r\s*/\s*a\s*/\s*g|rag)$|^£\s*per\b|\bper (?:year|annum)$|\(optional\)|"
                       r"^optional$|\bif known\b|\bmax(?:imum)? \d+ (?:words|characters)", re.I)
#: what every guidance cell holds one of: a cheap test before the pattern (run on every row)
_GUIDE_HINTS = re.compile(r"dd|mm|yy|see |drop|select|choose|pick|please|e\.?g|free text|/|£|"
                          r"per |optional|if known|max|rag", re.I)


def _guides(text: str) -> bool:
    """Whether a cell tells people how to fill in its column (short, as such notes are)."""
    if len(text) > 40:
        return False
    return bool(_GUIDE_HINTS.search(text)) and bool(_GUIDANCE.search(text))


#: a name cell holding a post nobody fills: a staff list's vacancy
_VACANT = re.compile(r"^\s*\W*(?:vacant|vacancy|post vacant|unfilled|to be appointed|tba|"
                     r"out to advert|being recruited|recruiting)\b", re.I)
#: a staff list's name cell for a post with nobody in it, wherever the word stands in it:
#: "Research Fellow - VACANT (starts Apr)", "Band 6 (vacancy)", "post vacant - recruiting"
_VACANT_NAMED = re.compile(r"\b(?:vacant|vacancy|unfilled|unoccupied)\b", re.I)
_TEST_WORDS = re.compile(r"\b(test (?:response|entry|row|item|record|line|data|only|task|"
                         r"card|ticket|submission|upload)|"
                         r"(?:please|pls|plz) ignore|ignore this|ignore me|delete me|"
                         r"(?:please|pls|plz) delete|do not use|dummy|testing (?:the|this|our|"
                         r"my) (?:form|export|import|upload|list|sheet|board|plan|planner|"
                         r"system|sync|flow|workflow|template))\b", re.I)


@functools.lru_cache(maxsize=4096)  # a log's few status, team and lead cells recur (D600)
def _says_test(text: str) -> bool:
    """_TEST_WORDS in *text*. ASCII text without one of its hint words is settled without the
    regex, several times as fast (D342); beyond ASCII a case-insensitive pattern matches
    letters that lower() does not give (the long s for s), so the pattern decides."""
    if text.isascii():
        low = text.lower()  # every match holds one of these
        if not any(word in low for word in _TEST_HINT_WORDS):
            return False
    return _TEST_WORDS.search(text) is not None


#: what every match of _TEST_WORDS holds (keep in step with it)
_TEST_HINT_WORDS = ("test", "ignore", "delete", "not use", "dummy")


def _no_test_word(title: str, short: list[str]) -> bool:
    """True when no test-entry check below can hold for a row with this *title* and these
    short cells: all ASCII, and none holds a hint word (each check needs "test" in the title,
    or a _TEST_WORDS match in a short cell). Joined by line breaks, which no hint word
    holds, so no word is made across two cells. Beyond ASCII, the checks decide."""
    joined = "\n".join((title, *short))
    if not joined.isascii():
        return False
    low = joined.lower()
    return not any([word in low for word in _TEST_HINT_WORDS])  # a list: no call a word


#: the only words a test entry's title or name holds besides "test": "Test, Test",
#: "TEST - ignore", "Test user", "xx / TEST - do not delete (used for mail merge)"
_TEST_TITLE_WORDS = frozenset({
    "test", "tests", "testing", "tester", "user", "users", "person", "patient", "staff",
    "member", "dummy", "example", "sample", "record", "entry", "row", "line", "item",
    "account", "name", "only", "please", "ignore", "delete", "do", "not", "remove", "use",
    "keep", "x", "xx", "xxx",
    # what a planner, board or form calls its entries, and how people shorten "please"
    "task", "tasks", "card", "ticket", "submission", "response", "idea", "project", "post",
    "pls", "plz", "dont", "don"})


def _test_title(title: str) -> bool:
    """Whether a title or name cell is a test entry's: "test" and nothing but words a test
    entry is labelled with (a note in brackets aside). "Test of change: falls" is not."""
    if "test" not in title.casefold():
        return False  # settled without the patterns: nearly every title (D600)
    words = re.findall(r"[^\W\d_]+", re.sub(r"\([^)]*\)", " ", title).casefold())
    return ("test" in words and len(words) <= 8
            and all(word in _TEST_TITLE_WORDS for word in words))


_TEST_LABEL = re.compile(r"^\W*test\s*[,\-\u2013\u2014:]", re.I)


#: a word in a title or name that, with a cell saying only "test", marks a trial entry
_TEST_TITLE_MARK = re.compile(r"\b(?:test|dummy|example)\b", re.I)
#: a cell holding a test entry's word and nothing else (a status "TEST", a note "dummy")
_TEST_CELL = frozenset({"test", "testing", "dummy", "test only"})
#: placeholder names no colleague has: a form's or list's example person
_PLACEHOLDER_NAME = re.compile(
    r"^\W*(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?(?:(?:joe|joanne|fred|john|jane|j\.?)\s+"
    r"(?:bloggs|doe|smith\s+\(example\))|a\.?\s*n\.?\s*other|mickey\s+mouse)\W*$", re.I)
#: what a staff list calls the trial person besides "test": "Test Champion", "Test Lead"
_TEST_ROLE_WORDS = frozenset({"champion", "champions", "lead", "admin", "administrator",
                              "manager", "volunteer", "member", "contact", "clinician"})


def _test_named(title: str, texts: list[str]) -> bool:
    """A title or name with the word "test" beside a colleague's name ("TEST - Kerry",
    "Test, Roster User") in a row where another cell is a test entry's word and nothing
    else ("test"): someone trying the list or form out, not a record. Likewise a title
    with "test", "dummy" or "example" as a word ("test champion") where another cell is
    exactly "TEST" or "dummy" (a status, a note) and the title is a short label, not a
    phrase about work ("Test of change: falls" at PDSA stage "test"): one such word alone
    proves nothing ("Test and trace team" | "Active"), the two together do (D990)."""
    others = [t for t in texts if t != title]
    if _TEST_LABEL.match(title) and any(_test_title(t) for t in others):
        return True
    if not _TEST_TITLE_MARK.search(title):
        return False
    # a label, not a project's name: "Test of change: falls" with a PDSA stage "test" is work
    words = re.findall(r"[^\W\d_]+", title.casefold())
    if len(words) > 4 or any(w in _JOINING_WORDS for w in words):
        return False
    return any(" ".join(t.casefold().split()) in _TEST_CELL for t in others)


#: words that make a title a phrase about work ("Test of change", "Example for audit")
_JOINING_WORDS = frozenset({"of", "for", "and", "on", "in", "to", "with", "by", "from"})


def _placeholder_person(title: str) -> bool:
    """A staff list's name cell that is no colleague's: "Test Champion", "Test User",
    "Joe Bloggs", "A N Other" (D990), with or without an e-mail address beside it."""
    if "@" in title:
        title = _EMAIL_IN_NAME.sub(" ", title)
    if _PLACEHOLDER_NAME.match(title):
        return True
    words = re.findall(r"[^\W\d_]+", title.casefold())
    return ("test" in words and len(words) <= 3
            and all(w == "test" or w in _TEST_ROLE_WORDS or w in _TEST_TITLE_WORDS
                    for w in words))


#: A lone cell in capitals ("PHYSIOTHERAPY", "SPEECH & LANGUAGE THERAPY", "WARD 7 - FALLS"):
#: the heading of the section of the list below it.
_SECTION_HEADING = re.compile(r"(?=.*[A-Z]{3})[A-Z0-9&/,'\u2019()\-\u2013 ]{3,60}")


#: A printout's page number copied in with the table: "Page 1 of 2", "- 3 -", "p. 4".
_PAGE_NUMBER = re.compile(r"\s*(?:page|pg\.?|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*|"
                          r"\s*[-\u2013]\s*\d{1,4}\s*[-\u2013]\s*", re.I)


def _folded(text: str) -> str:
    """*text* as compared with another cell's: case and spacing aside."""
    if (text.isascii() and text.isprintable() and "  " not in text
            and text[:1] != " " and text[-1:] != " "):
        # ASCII with no control character (tabs, line breaks...) and single spaces between
        # its words, as most prose is: lower-casing is all folding does to it, without a
        # list of its words (a row's long cells; D1046).
        return text.lower()
    return " ".join(text.casefold().split())


# a log's short cells (lead, ward, status, tags) recur from row to row: folded once each
_folded_short = functools.lru_cache(maxsize=8192)(_folded)


def _header_again(cells: dict[str, Any]) -> bool:
    """Whether two or more of a row's cells, and all of them, repeat their headers (case
    and spacing aside, a joined name's cell aside). Settled at the first cell that does
    not: nearly every row (D1042)."""
    count = 0
    for header, value in cells.items():
        if " + " in header and all(part in cells for part in header.split(" + ")):
            continue
        text = str(value).strip()
        # a PDF's page header repeated keeps its line breaks ("Project\ntitle"), which the
        # header row read has made spaces (D1301); folded only when not the same as written
        if text != header and (len(text) > 2 * len(header) + 8
                               or " ".join(text.split()).casefold()
                               != " ".join(header.split()).casefold()):
            return False
        count += 1
    return count >= 2


def _distinct_texts(cells: dict[str, Any]) -> list[str]:
    """The row's filled cells as written, each text once however it is written (case and
    spacing aside), in the row's order."""
    once: dict[str, str] = {}
    for value in cells.values():
        text = str(value).strip()
        if not text:
            continue
        if len(text) <= 80:
            once.setdefault(_folded_short(text), text)
        elif text.isascii() and text.isprintable() and "  " not in text:
            # _folded's own quick case, written out for a row's long cells (four a row on
            # the benchmark's log: a call each; D1382). Stripped, so no end is a space.
            once.setdefault(text.lower(), text)
        else:
            once.setdefault(_folded(text), text)
    return list(once.values())


def not_a_record(cells: dict[str, Any], headers: list[str], title: str, *,
                 under_header: bool = True, person: bool = False) -> str | None:
    """Why a row of a log is not a record at all (a heading, the header again, a totals
    row, a test entry), or None. *title* is the text of the row's title or name cell;
    *under_header*: the row is one of the first under the header, where a row of guidance
    on filling in the columns goes (only those are looked at for it: it costs time);
    *person*: *title* is a staff list's name, where "vacant" anywhere says the post is empty
    (a log's "Vacant bed days audit" is a project)."""
    # A name joined from two columns repeats their cells: each text counts once, however
    # it is written ("PHYSIOTHERAPY" in the surname column is joined as "Physiotherapy").
    texts = _distinct_texts(cells)
    # (a name joined from two columns, "Forename + Surname", joins their headers too)
    if _header_again(cells):
        return ("the header row again (a printout's next page, or a block pasted in below the "
                "first): not a record")
    # The label of a totals row is in its title cell, or (no title) the first cell filled.
    first = title or (texts[0] if texts else "")
    if first and (_TOTALS.match(first) or _COUNT_LABEL.match(first)):
        return "a totals row: not a record"
    # (a list rather than a generator: no Python call per cell, for every row; D1380)
    if any([len(t) <= 40 and _POINTS_AT_SUM.match(t) for t in texts]) or (
            not title and any(len(t) <= 40 and (_TOTALS.match(t) or _COUNT_LABEL.match(t))
                              for t in texts)):
        # no title, and a label for a sum in another cell ("Ideas received" | "Total saved
        # →"): the sums themselves are formulas, read as empty where no value was saved
        return "a totals row: not a record"
    guidance = [t for t in texts if _guides(t)] if under_header else []
    if len(guidance) >= 2:
        shown = ", ".join(repr(t[:20]) for t in guidance[:2])
        return (f"a guidance row (says how to fill in the columns: {shown}): not a record")
    if title and (_VACANT.match(title) or (person and _VACANT_NAMED.search(title))):
        return f"a vacant post ({title[:40]!r}), not a person: not a record"
    if len(texts) == 1 and _PAGE_NUMBER.fullmatch(texts[0]):
        return (f"a page number ({texts[0][:20]!r}) from a printout or PDF the table was "
                "copied from: not a record")
    if len(texts) == 1 and _SECTION_HEADING.fullmatch(texts[0]):
        return f"a section heading ({texts[0][:40]!r}), not a record"
    if len(texts) == 1:
        return (f"only one cell is filled ({texts[0][:40]!r}): a heading, note or total, "
                "not a record")
    # A test response is short; long prose is not searched (it is most of the work here).
    short = [t for t in texts if len(t) <= 80]
    if person and title and _placeholder_person(title):
        return f"a placeholder name ({title[:40]!r}), not a person: a test entry, not a record"
    if _no_test_word(title, short):
        return None  # nearly every row: settled in one look at its short cells (D600)
    if title.strip().lower() in ("test", "testing") or _test_title(title) or any(
            _says_test(t) for t in short) or _test_named(title, texts):
        return "looks like a test entry (says 'test' or 'please ignore'): not a record"
    return None


_LEFT = re.compile(r"\s*[(\[]\s*(?:retired|left|leaver|left the trust|moved on|resigned|"
                   r"terminated|no longer in post)\b\s*"
                   r"(?:in|on)?\s*([^)\]]*)[)\]]\s*", re.I)


#: A leaver's marker before a job title: after it a dash or colon, or the marker in capitals
#: ("LEAVER - Staff Nurse", "Left: Porter", "LEAVER Staff Nurse", "[LEFT] Porter").
_LEFT_FIRST = re.compile(r"^\s*(?:[*(\[]*\s*(?i:leaver|left|retired)\s*[*)\]]*\s*[-:\u2013\u2014]|"
                         r"[*(\[]\s*(?i:leaver|left|retired)\s*[*)\]]|"
                         r"(?:LEAVER|LEFT|RETIRED)(?=\s+\S*[a-z]))\s*(\S.*)$")


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


#: a cell saying its person left; a "Leaver?" column's answer may begin "Yes -", a "Still
#: with us?" column's "No -" ("No - left for Leeds (Jan 2024)")
_LEAVER_CELL = re.compile(r"^\s*(?:(?:y(?:es)?|no)\s*[-:,;(\u2013\u2014]\s*)?(?:has\s+)?"
                          r"(?:left|leaver|retired|resigned|moved on|terminated|"
                          r"last (?:day|working day)(?: in post| at work| here)?|"
                          r"no longer (?:in post|employed|with (?:the |us)?(?:trust)?|here))"
                          r"(?=$|[\s:.,;()\[\]\u2013\u2014-])", re.I)
#: what a leaver's cell may name after the word: where they left (the trust, their post)
_LEFT_WHAT = re.compile(r"^\s*(?:the\s+|this\s+)?(?:trust|organisation|organization|org|nhs|"
                        r"service|team|department|dept|post|employment|hospital|hub|network|"
                        r"unit|ward|directorate|division|practice|programme|centre|faculty|"
                        r"college|board|collaborative)\b", re.I)
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
#: a date inside a leaver's note: "Aug 2023", "31/01/2024", "03/24", "2023"
_DATE_IN = re.compile(r"\b(\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS + r"\s+\d{2,4}|"
                      r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}[/.\-]\d{2,4}|"
                      + _MONTHS + r"[\s\-/,']*(?:\d{4}|\d{2})|"
                      r"(?:spring|summer|autumn|fall|winter)[\s\-/,']+(?:\d{4}|\d{2})|"
                      r"(?:19|20)\d{2})\b", re.I)
#: words a leaver's note may hold besides a date: none of them makes it something else
_LEAVER_FILLER = re.compile(r"\b(?:in|on|wef|w\.e\.f|date|dated|from|tbc|n/?k|unknown|"
                            r"not known)\b|[^a-z]+", re.I)
#: what may follow the word when no dash or bracket does: where they went, or why
_LEAVER_ONWARD = re.compile(r"^\s*(?:moved|gone|went|now|joined|to|transferred|relocated|"
                            r"retired|retiring|resigned|for|due|because|as|emigrated|"
                            r"promoted)\b", re.I)


def leaver_cell(text: str) -> tuple[dt.date | None] | None:
    """``"LEFT 03/24"``, ``"Leaver - 31/08/2024"``, ``"Left Trust Aug 2023"``, ``"left -
    moved to Sirona"``, ``"Retired 31/01/2024"``: a status or notes cell that says the
    person has left, as ``(when,)`` (None when it gives no date it can read); None when the
    cell does not begin by saying so ("left-handed suturing", "Left knee clinic" are not
    leavers: the word must stand alone, and what follows it must be a date, where they left
    or went, or a note set off by a dash or bracket)."""
    text = text.strip().strip("*").strip()  # "** left - moved to Leeds 03/24 **"
    found = _LEAVER_CELL.match(text)
    if not found:
        return None
    rest = text[found.end():]
    if re.match(r"-[^\W\d_]", rest):
        return None  # "left-handed"
    rest = _LEFT_WHAT.sub("", rest, count=1)
    date = _DATE_IN.search(rest)
    leftover = (rest[:date.start()] + " " + rest[date.end():]) if date else rest
    if re.sub(r"\s+", "", _LEAVER_FILLER.sub(" ", leftover)) and not (
            re.match(r"\s*[-:;,.()\[\]\u2013\u2014]", rest)
            or _LEAVER_ONWARD.match(leftover.lstrip(" ([-"))
            # "Left the trust 30/09/2024 - post to be advertised": the date, then a note
            # set off by a dash or bracket
            or (date is not None
                and not re.sub(r"\s+", "", _LEAVER_FILLER.sub(" ", rest[:date.start()]))
                and re.match(r"\s*[-:;,.()\[\]\u2013\u2014]", rest[date.end():]))):
        return None  # "Left side", "Left knee clinic"
    if date is None:
        return (None,)
    try:
        return (leaving_date(date[1]),)
    except ConversionError:
        return (None,)


#: a note saying when the work went live: "went live 13/02/2023", "gone live on 3 March
#: 2024", "live since 01/09/2022" (a plan, "to go live 01/04", is not one)
_WENT_LIVE = re.compile(r"\b(?:went|gone|has gone|was put)\s+live\s+(?:on\s+|in\s+)?|"
                        r"\blive\s+since\s+", re.I)


def went_live_in(text: str) -> dt.date | None:
    """The date a note says the work went live, or None: ``"went live 13/02/2023"`` ->
    13 February 2023. The date must follow the words at once (D1373)."""
    found = _WENT_LIVE.search(text)
    if found is None:
        return None
    date = _DATE_IN.match(text, found.end())
    if date is None:
        return None
    try:
        return leaving_date(date[1])
    except ConversionError:
        return None


def leaving_date(text: str) -> dt.date | None:
    """The date in a leaver's note: anything :func:`loose_date` reads, and a month with a
    two-digit year as staff lists abbreviate it (``06/24``, ``6/24``, ``06.24``, ``06-24``:
    June 2024, the 1st), which a date column would not be read as."""
    month_year = re.fullmatch(r"(\d{1,2})[/.\-](\d{2})", text.strip())
    if month_year and 1 <= int(month_year[1]) <= 12:
        return dt.date(_year(month_year[2]), int(month_year[1]), 1)
    return loose_date(text)


_NAME_LEFT = re.compile(r"\s*(?:[*(\[]+\s*(?:left|leaver|retired|left trust)\s*[*)\]]+|"
                        r"\s[-\u2013\u2014]\s*(?:left|leaver|retired))\s*$", re.I)


def name_left(name: str) -> str | None:
    """``"Whitfield *LEFT*"``, ``"Ann Lee (leaver)"``: a name marked as a leaver's, as the
    name alone; None when the name carries no such mark."""
    sorted_last = _SORTED_LAST.match(name)
    if sorted_last and len(name[sorted_last.end():].split()) >= 2:
        return name[sorted_last.end():].strip()  # "zz Paul Grant": a directory's leaver
    found = _NAME_LEFT.search(name)
    if not found or not name[:found.start()].strip():
        return None
    return name[:found.start()].strip()


#: "zz Paul Grant", "ZZ_Grant, Paul", "Z- Ann Lee": a directory sorts a leaver's entry to the
#: bottom by putting z's before the name (SharePoint and Outlook lists alike; D941)
_SORTED_LAST = re.compile(r"^\s*(?:zz+|ZZ+|Zz+)(?:\s*[-_.]\s*|\s+)(?=[^\W\d_])|"
                          r"^\s*[zZ]\s*-\s*(?=[A-Z])")


_NAME_LEFT_FIRST = re.compile(r"^\s*(?:[*(\[]*\s*(?i:left|leaver|retired)\s*[*)\]]*\s*"
                              r"[-:\u2013\u2014]|(?:LEFT|LEAVER|RETIRED)\s+(?=\S*[a-z]))\s*"
                              r"(\S.*)$")


#: A leaver's mark in asterisks, with its date: "Ann Lee *LEFT 06/24*".
_STARRED_LEFT = re.compile(r"\s*\*+\s*(?:left|leaver|retired|left trust)\b\s*(?:in|on)?\s*"
                           r"([^*]*?)\s*\*+", re.I)


def name_cell_leaver(text: str) -> tuple[str, dt.date | None] | None:
    """A name cell that says its person has left, as ``(the name without the note, when)``:
    ``"LEFT - Ann Lee"``, ``"Ann Lee (left)"``, ``"Ann Lee (left Jun 24)"``,
    ``"Ann Lee (retired Aug 2024)"``, ``"Ann Lee - LEFT 06/24"``; None when it does not
    say so ("Ann Left" is a name: the word must be set off by brackets or a dash). The z's
    a directory sorts a leaver last with go too (``"zz Marsh, Colin (left)"``; D1453)."""
    said = _name_cell_leaver(text)
    if said is None:
        return None
    name, when = said
    sorted_last = _SORTED_LAST.match(name)
    if sorted_last and name[sorted_last.end():].strip():
        name = name[sorted_last.end():].strip()
    return name, when


def _name_cell_leaver(text: str) -> tuple[str, dt.date | None] | None:
    first = _NAME_LEFT_FIRST.match(text)
    if first:
        return first[1].strip(), None
    starred = _STARRED_LEFT.search(text)
    if starred and text[:starred.start()].strip():  # "Ann Lee *LEFT 06/24*"
        try:
            when = leaving_date(starred[1].strip()) if starred[1].strip() else None
        except ConversionError:
            when = None
        rest = " ".join((text[:starred.start()] + " " + text[starred.end():]).split())
        return rest.replace(" ,", ","), when
    if "(" not in text and "[" not in text and not _LEFT_DASH.search(text):
        return None
    return left_note(text)


#: An assignment or post number a staff list keeps beside the job (ESR's are 8 digits and
#: an assignment's count after a dash): "[12345678-2]", "- 20345678", "(Asg No. 12345678)",
#: "(assignment 2)".
_ASSIGNMENT = re.compile(r"\s*(?:[(\[]\s*(?:(?:asg|assignment|assign|post|position)\.?\s*"
                         r"(?:no\.?|number|#)?\s*:?\s*)?\d{6,}(?:-\d{1,2})?\s*[)\]]|"
                         r"[(\[]\s*(?:asg|assignment)\.?\s*(?:no\.?|number|#)?\s*\d{1,8}"
                         r"(?:-\d{1,2})?\s*[)\]]|\s[-\u2013\u2014:]\s*\d{6,}(?:-\d{1,2})?)\s*$",
                         re.I)


#: A position number before the job, as ESR's position names start ("21034567 Staff Nurse",
#: "21034567-2 | Porter"): six digits or more, which no grade, band or rota count has (D1500).
_POSITION_FIRST = re.compile(r"^\s*\d{6,}(?:-\d{1,2})?\s*(?:[-\u2013\u2014:|]\s*)?(?=[^\W\d_])")


def job_title_alone(text: str) -> str:
    """``"Staff Nurse [12345678-2]"`` -> ``"Staff Nurse"``: a job title without the assignment
    or post number a staff list keeps beside it (D1458) or before it (``"21034567 Staff
    Nurse"``, D1500); "Band 8a", "ST4", "2nd on call" and "(0.6 WTE)" belong to the job and
    stay."""
    return _POSITION_FIRST.sub("", _ASSIGNMENT.sub("", text)).strip() or text


def left_note(text: str) -> tuple[str, dt.date | None] | None:
    """``"Ward Clerk (retired Dec 23)"`` -> ``("Ward Clerk", 2023-12-01)``: a job title that
    says its holder has left (and when, if it says); None when it does not say so. A marker
    before the title ("LEAVER - Staff Nurse", "LEFT: Porter") says it too, with no date, and
    so does one in asterisks after it ("Staff Nurse *LEFT 03/24*", D1458)."""
    leading = _LEFT_FIRST.match(text)
    if leading:
        return " ".join(leading[1].split()), None
    when: dt.date | None
    starred = _STARRED_LEFT.search(text)
    if starred and text[:starred.start()].strip():
        try:
            when = leaving_date(starred[1].strip()) if starred[1].strip() else None
        except ConversionError:
            when = None
        rest = " ".join((text[:starred.start()] + " " + text[starred.end():]).split())
        return rest, when
    found = _LEFT.search(text)
    if not found:
        # "Paramedic - LEFT Mar-24": the note after a dash, its date (if any) all that follows
        dashed = _LEFT_DASH.search(text)
        if not dashed or not dashed.group(1).strip():
            return None
        rest = " ".join(dashed.group(1).split())
        tail = dashed.group(2).strip()
        try:
            return rest, leaving_date(tail) if tail else None
        except ConversionError:
            return None  # "Nurse - left side of the ward": not a date, not a leaver
    rest = " ".join(_LEFT.sub(" ", text).split())
    try:
        when = leaving_date(found[1].strip()) if found[1].strip() else None
    except ConversionError:
        # "(LEFT - retired 31/05/2024)": the date after a second word of leaving
        inner = _DATE_IN.search(found[1])
        try:
            when = leaving_date(inner[1]) if inner else None
        except ConversionError:
            when = None
    return rest, when

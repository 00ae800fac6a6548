"""Checks for the outside identifiers records carry: ODS codes, ORCID iDs, emails, DOIs...

Each ``*_problem`` function returns a plain-English reason, or None when the value is fine, so
the record rules can collect every problem at once. The ``is_valid_*`` helpers are for callers.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "doi_problem",
    "email_problem",
    "is_valid_email",
    "is_valid_ods_code",
    "is_valid_orcid",
    "ods_problem",
    "orcid_check_character",
    "orcid_problem",
    "pmid_problem",
    "url_problem",
]

# ODS codes are 1-9 upper-case letters and digits (trusts: 3, sites: 5, GP practices: 6...).
_ODS_RE = re.compile(r"[A-Z0-9]{1,9}\Z")
_ORCID_RE = re.compile(r"(\d{4})-(\d{4})-(\d{4})-(\d{3}[\dX])\Z")
# Deliberately modest: one @, a dotted domain, no spaces. Deliverability is not our business.
_EMAIL_RE = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+\Z")
# Crossref's advice: "10." + a 4-9 digit registrant + "/" + a suffix; the suffix is free-form.
_DOI_RE = re.compile(r"10\.\d{4,9}/\S+\Z")
# PubMed ids are plain positive integers (8 digits today; 9 leaves room to grow).
_PMID_RE = re.compile(r"[1-9]\d{0,8}\Z")
_URL_RE = re.compile(r"https?://[^\s/]+\S*\Z")


def ods_problem(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _ODS_RE.match(value):
        return "is not an ODS code: use 1 to 9 upper-case letters and digits, like 'RT3'"
    return None


def is_valid_ods_code(value: str) -> bool:
    """True for a well-formed ODS organisation or site code (``RT3``, ``RT3AB``)."""
    return ods_problem(value) is None


def orcid_check_character(base_digits: str) -> str:
    """The ISO 7064 MOD 11-2 check character for the first 15 digits of an ORCID iD."""
    total = 0
    for digit in base_digits:
        total = (total + int(digit)) * 2
    result = (12 - total % 11) % 11
    return "X" if result == 10 else str(result)


def orcid_problem(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        return "must be text like '0000-0002-1825-0097'"
    bare = value.removeprefix("https://orcid.org/")
    match = _ORCID_RE.match(bare)
    if not match:
        return "is not an ORCID iD: use the form 0000-0002-1825-0097"
    digits = "".join(match.groups())
    if orcid_check_character(digits[:15]) != digits[15]:
        return "has the wrong check character: look for a mistyped digit"
    return None


def is_valid_orcid(value: str) -> bool:
    """True for an ORCID iD whose MOD 11-2 check character is right."""
    return orcid_problem(value) is None


def email_problem(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _EMAIL_RE.match(value):
        return "is not an email address like 'name@nhs.net'"
    return None


def is_valid_email(value: str) -> bool:
    """True for something shaped like an email address."""
    return email_problem(value) is None


def doi_problem(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _DOI_RE.match(value):
        return "is not a DOI: use the bare form 10.1136/bmj.n71, without https://doi.org/"
    return None


def pmid_problem(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _PMID_RE.match(value):
        return "is not a PubMed id: use the digits only, like 31978945"
    return None


def url_problem(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _URL_RE.match(value):
        return "is not a web address: start it with https:// (or http://)"
    return None

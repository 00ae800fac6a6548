"""Record ids: generated without coordination, and checked so none can name a path.

A generated id is ``<prefix>-<26 characters>``: a type prefix a librarian can read
(``inn``, ``person``...), then a ULID-style value (48 bits of milliseconds and 80 random
bits, in Crockford base 32, lower case). Two librarians adding records at the same moment on
a shared drive get different ids with overwhelming probability, and ids sort by creation time.

Hand-chosen ids are welcome (``cardiac-rehab-app``) as long as they pass :func:`check_id`.
The rules exist because an id becomes a file name on Windows shares, Linux servers and in URLs:
lower case only (shares are case-insensitive, so ``Foo`` and ``foo`` would collide), no path
separators or dots that could climb out of the knowledge base, no names Windows reserves.
"""

from __future__ import annotations

import os
import re
import time

from kmcore.errors import InvalidId

__all__ = ["MAX_ID_LENGTH", "check_id", "is_valid_id", "new_id"]

MAX_ID_LENGTH = 80
_ID_RE = re.compile(r"[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?\Z")
_CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz"
# Device names Windows refuses as file names whatever the extension (so "con.json" too).
_WINDOWS_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"]
    + [f"com{i}" for i in range(10)]
    + [f"lpt{i}" for i in range(10)]
)


#: :func:`_reason`'s usual case, for code that runs it in line (the record rules' walker,
#: D1440): an exact ``str`` ``c`` with ``len(c) <= MAX_ID_LENGTH``, ``USUAL_ID_MATCH(c)`` and
#: ``c not in WINDOWS_RESERVED`` is a valid id.
USUAL_ID_MATCH = _ID_RE.match
WINDOWS_RESERVED = _WINDOWS_RESERVED


def new_id(prefix: str = "") -> str:
    """A fresh, time-ordered id, optionally after ``prefix-``."""
    value = (int(time.time() * 1000) << 80) | int.from_bytes(os.urandom(10), "big")
    chars = []
    for _ in range(26):
        chars.append(_CROCKFORD[value & 31])
        value >>= 5
    body = "".join(reversed(chars))
    return f"{prefix}-{body}" if prefix else body


def _reason(candidate: object) -> str | None:
    # The usual case first, settled by one match (D1342): the pattern allows only lower
    # case a-z, digits, '-' and '_' (so no path, no '..', nothing to lower), so an id it
    # matches within the length that is no Windows device name passes every check below.
    if (type(candidate) is str and len(candidate) <= MAX_ID_LENGTH
            and _ID_RE.match(candidate) and candidate not in _WINDOWS_RESERVED):
        return None
    if not isinstance(candidate, str):
        return f"must be text, not {type(candidate).__name__}"
    if candidate == "":
        return "must not be empty"
    if len(candidate) > MAX_ID_LENGTH:
        return f"is {len(candidate):,} characters long; the limit is {MAX_ID_LENGTH}"
    if candidate.lower() in _WINDOWS_RESERVED:
        return f"{candidate!r} is a device name Windows reserves, so it cannot be a file name"
    if "/" in candidate or "\\" in candidate or ".." in candidate:
        return "must not contain '/', '\\' or '..' (an id must never name a path)"
    if candidate != candidate.lower() and _ID_RE.match(candidate.lower()):
        return (
            "must be lower case (shared drives ignore case, "
            "so ids that differ only in case collide)"
        )
    if not _ID_RE.match(candidate):
        return (
            "may use only lower-case letters a-z, digits 0-9, '-' and '_', "
            "and must start and end with a letter or digit"
        )
    return None


def is_valid_id(candidate: object) -> bool:
    """True when *candidate* is an acceptable record id."""
    return _reason(candidate) is None


def check_id(candidate: object, *, what: str = "record id") -> str:
    """Return *candidate* unchanged if it is an acceptable id; raise :class:`InvalidId` if not."""
    reason = _reason(candidate)
    if reason is None:
        return candidate  # type: ignore[return-value]
    shown = candidate if not isinstance(candidate, str) or len(candidate) <= 40 else (
        candidate[:37] + "..."
    )
    raise InvalidId(
        f"{what} {shown!r} {reason}",
        hint="Use something like 'cardiac-rehab-app', or leave the id out to have one generated.",
    )


def id_problem(candidate: object) -> str | None:
    """The reason *candidate* is not a valid id, or None; for validation that collects problems."""
    return _reason(candidate)

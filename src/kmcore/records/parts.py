"""Parts and field builders shared by several record types.

Only what more than one record module needs lives here: a :class:`Quote` (an innovation's
champion statement, a story's quote), the rules for money and quantities, and the consent
rule for quotes. Parts used by one record type stay in that record's module.
"""

from __future__ import annotations

import decimal
import math
from collections.abc import Iterator
from typing import Any

import attrs

from kmcore.records import _fields as f
from kmcore.records.base import KnowledgeRecord
from kmcore.records.vocab import ConsentScope

__all__ = ["GBP", "MONEY_CHECKS", "QUANTITY_CHECKS", "Quote", "finite", "quote_consent_problems"]


def finite(value: Any) -> str | None:
    """Rule: a number must be finite (no NaN or infinity)."""
    # Checked before non_negative: comparing a NaN Decimal with 0 raises instead of answering.
    if isinstance(value, decimal.Decimal) and not value.is_finite():
        return "must be a finite amount"
    if isinstance(value, float) and not math.isfinite(value):
        return "must be a finite number"
    return None


#: For ``f.optional(decimal.Decimal, GBP, checks=MONEY_CHECKS)``. Money is Decimal, never a
#: float, so that sums in a business case add up to the penny.
GBP = "an amount in pounds, like Decimal('1250.50')"
MONEY_CHECKS = (finite, f.non_negative)
#: For hours and other non-negative quantities that may be fractional (``(int, float)``).
QUANTITY_CHECKS = (finite, f.non_negative)


@attrs.frozen(kw_only=True)
class Quote(f.Validated):
    """Words somebody said about the work, with who said them.

    A quote tied to a person (``person``) may only be shown when that person has given an
    active consent of scope ``quote`` on the same record; see :func:`quote_consent_problems`.
    A quote from somebody without a person record can still carry their role and organisation.
    """

    text: str = f.text(required=True, limit=1500, help="The words, as said or written")
    person: str | None = f.ref("quotes", ("person",), help="Who said it (a person record)")
    role: str = f.text(limit=200, help="Their role, e.g. 'Ward manager, Ward 7'")
    organisation: str = f.text(limit=200, help="Their organisation, when not this one")


def quote_consent_problems(
    record: KnowledgeRecord, path: str, quote: Any
) -> Iterator[tuple[str, str, Any]]:
    """The problem of a quote attributed to a person who has not consented to be quoted.

    Consent lives on the record (``consents``), not on the quote, so that withdrawing it is one
    edit in one place and the quote can be redacted while the record stays.
    """
    if not isinstance(quote, Quote) or not isinstance(quote.person, str) or not quote.person:
        return
    if not record.has_consent(quote.person, ConsentScope.QUOTE):
        yield (
            f"{path}.person",
            "a quote attributed to a person needs their active consent of scope 'quote' "
            "in consents",
            quote.person,
        )

"""What needs looking at again: ``kmcore review due``.

- knowledge records whose ``review_due`` date has passed (published, submitted or in review:
  archived and withdrawn records are left alone);
- expertise profiles not confirmed by their person for 12 months (``last_confirmed_on``), or
  never confirmed: a directory people cannot trust is worse than none;
- leavers whose profile is due to be removed (``[governance] leaver_profile_days``).
"""

from __future__ import annotations

import datetime as dt

import attrs

from kmcore.kb import KnowledgeBase
from kmcore.records.person import Person

__all__ = ["PROFILE_CONFIRM_DAYS", "Due", "due", "is_stale"]

PROFILE_CONFIRM_DAYS = 365
_LIVE = ("published", "submitted", "in_review")


@attrs.frozen
class Due:
    """One record that needs attention, why, and since when."""

    record_type: str
    record_id: str
    title: str
    reason: str
    since: dt.date | None

    def to_dict(self) -> dict[str, str | None]:
        return {"type": self.record_type, "id": self.record_id, "title": self.title,
                "reason": self.reason, "since": self.since.isoformat() if self.since else None}


def is_stale(record: object, today: dt.date | None = None) -> bool:
    """True for a record past its review date, or a profile unconfirmed for a year (search
    ranks these lower)."""
    today = today or dt.date.today()
    review = getattr(record, "review_due", None)
    if isinstance(review, dt.date) and review < today:
        return True
    profile = getattr(record, "profile", None)
    if profile is not None:
        confirmed = getattr(profile, "last_confirmed_on", None)
        return confirmed is None or (today - confirmed).days > PROFILE_CONFIRM_DAYS
    return False


def due(kb: KnowledgeBase, today: dt.date | None = None) -> list[Due]:
    """Everything due for review on *today*, oldest first."""
    from kmcore.governance.leavers import leavers_due
    from kmcore.guard.pii import masked_label

    today = today or dt.date.today()
    found: list[Due] = []
    for record in kb.records():
        review = getattr(record, "review_due", None)
        status = str(getattr(record, "status", ""))
        if isinstance(review, dt.date) and review < today and status in _LIVE:
            found.append(Due(record.record_type, record.id, masked_label(record),
                             f"review date {review.isoformat()} has passed", review))
        if isinstance(record, Person) and record.profile is not None and (
                record.employment_status != "left"):
            confirmed = record.profile.last_confirmed_on
            if confirmed is None:
                found.append(Due("person", record.id, masked_label(record),
                                 "expertise profile never confirmed by its person", None))
            elif (today - confirmed).days > PROFILE_CONFIRM_DAYS:
                found.append(Due("person", record.id, masked_label(record),
                                 f"expertise profile last confirmed {confirmed.isoformat()} "
                                 "(over 12 months ago)", confirmed))
    for person, when in leavers_due(kb, today):
        verb = "was due to be removed" if when <= today else "will be removed"
        found.append(Due("person", person.id, masked_label(person),
                         f"left on {person.left_on}: profile {verb} on {when.isoformat()}",
                         when))
    return sorted(found, key=lambda d: (d.since is not None, d.since or dt.date.min))

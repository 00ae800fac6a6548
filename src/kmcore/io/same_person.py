"""A "long" staff list: one row per person and area, the person repeated (D940).

A department's skills list is often kept one row per area of expertise, the person's name,
role and e-mail typed again on each. Every row after a person's first is then that person
again, and what it adds (an area, an offer of help) belongs to the first row's profile. The
importer names such a row as merged into the first ("row 7: merged into row 2 (the same
person: ...)") and :class:`SamePerson` carries its areas and offers over, so nothing a row
said is lost and each row is accounted for.

Two rows are the same person when they give the same work e-mail and family name, or the
same name (titles and "Family, Given" order aside) and no two different e-mails: two
people sharing a name with different e-mails stay two.

The person may come again anywhere below (D1420): a list kept one row per area is often
added to over years, and a person working in two teams is listed under each. A row adds to
the first when it gives an area or an offer the person's rows have not; one that adds
nothing (the same entry typed in again) or restates what the person gave already (two areas
or more, each sharing a word with theirs: "T1 diabetes, carb counting, pumps" after "Type 1
diabetes; carb counting; insulin pumps") stays a duplicate.

A namesake is another person, never merged (D1420): two different e-mails, or, when the name
is all that matches, two different departments (and a row that does not restate the first's
areas: the same entry retyped under an old team name is still a duplicate).

Not in a form's responses (a "Timestamp" column, a Microsoft Forms export): there a
person's second row is the form sent again, whole, and stays a duplicate of the first.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kmcore.io.people import name_key

__all__ = ["SamePerson", "form_responses", "merge_profile", "merged_reason",
           "person_name_form"]

#: the column a form's responses are stamped with when sent
_SENT = frozenset({"timestamp", "start time", "completion time", "submitted", "submitted at",
                   "date submitted", "submission date", "submission time"})


def form_responses(headers: list[str]) -> bool:
    """Whether *headers* are a form's responses' (each row one response, sent whole)."""
    from kmcore.io.mapping import forms_respondent

    plain = {" ".join(h.replace("_", " ").casefold().split()) for h in headers}
    return bool(plain & _SENT) or forms_respondent(headers) != (None, None)


def person_name_form(name: str) -> str:
    """How a person's name is compared across rows: titles, case, accents and spacing
    aside, and "Kowalska, Anna" read as "Anna Kowalska"."""
    family, comma, given = name.partition(",")
    if comma and given.strip() and len(family.split()) == 1:
        name = f"{given} {family}"
    # (accents aside: "Siobhan" is "Siobhán" typed on a keyboard without them; D1420)
    plain = "".join(c for c in unicodedata.normalize("NFKD", name_key(name))
                    if not unicodedata.combining(c))
    return " ".join(plain.replace(".", " ").split())


def merged_reason(first_row: int, name: str, continues: int | None = None) -> str:
    """The message for a row of a person met on an earlier row; *continues*: the first row
    of the cells merged down over this one (the person's name written once, D1510)."""
    if continues == first_row:
        return (f"continues row {first_row} ({name}, whose cells are merged down over this "
                "row); its areas of expertise, offers and languages are added to that row's "
                "profile")
    return (f"merged into row {first_row} (the same person: {name}); its areas of expertise, "
            "offers and languages are added to that row's profile")


def merge_profile(into: dict[str, Any], extra: dict[str, Any]) -> bool:
    """Add *extra*'s profile areas, offers and languages (plain data) to *into*'s, without
    repeats; whether anything was added ("Speaks Irish" on a person's second line is theirs
    too, D1510)."""
    profile = extra.get("profile")
    if not isinstance(profile, dict):
        return False
    target = into.setdefault("profile", {})
    if not isinstance(target, dict):
        return False
    added = False
    for field in ("expertise", "willing_to", "languages"):
        items = profile.get(field)
        if not isinstance(items, list) or not items:
            continue
        have = target.setdefault(field, [])
        known = {_item_key(i) for i in have}
        for item in items:
            if _item_key(item) not in known:
                have.append(item)
                known.add(_item_key(item))
                added = True
    return added


def _areas(record: dict[str, Any]) -> list[str]:
    profile = record.get("profile")
    items = profile.get("expertise") if isinstance(profile, dict) else None
    return [_item_key(i) for i in items] if isinstance(items, list) else []


def _given(record: dict[str, Any]) -> list[str]:
    """The areas and offers *record*'s profile gives, as compared."""
    profile = record.get("profile")
    if not isinstance(profile, dict):
        return []
    out: list[str] = []
    for field in ("expertise", "willing_to"):
        items = profile.get(field)
        if isinstance(items, list):
            out.extend(f"{field}:{_item_key(i)}" for i in items)
    return out


def _department(record: dict[str, Any]) -> str:
    """A person's department as compared across rows: case, spacing and punctuation aside."""
    dept = record.get("department")
    return " ".join(re.findall(r"[^\W_]+", dept.casefold())) if isinstance(dept, str) else ""


def _area_words(area: str) -> set[str]:
    """An area's words as compared: a word's first four letters ("trache", "tracheostomy")."""
    return {w[:4] for w in re.findall(r"[^\W_]+", area.casefold()) if len(w) >= 3}


def _item_key(item: Any) -> str:
    if isinstance(item, dict):
        concept = item.get("concept")
        label = concept.get("label") if isinstance(concept, dict) else item.get("label")
        if isinstance(label, str):
            return " ".join(label.casefold().split())
    return json.dumps(item, sort_keys=True, ensure_ascii=False, default=str).casefold()


class SamePerson:
    """The people met so far in one person import, and what later rows add to them."""

    def __init__(self) -> None:
        # name or e-mail -> the first row, its e-mail, its record's id, its family name
        self._by_name: dict[str, tuple[int, str, str, str]] = {}
        self._by_email: dict[str, tuple[int, str, str, str]] = {}
        self.extra: dict[str, list[dict[str, Any]]] = {}  # first row's id -> later records
        self._last: dict[str, int] = {}  # first row's id -> the person's latest row
        self._words: dict[str, set[str]] = {}  # first row's id -> the words of their areas
        self._items: dict[str, set[str]] = {}  # first row's id -> their areas and offers
        self._dept: dict[str, str] = {}  # first row's id -> its department, compared
        #: the first row of the person the last row :meth:`earlier` looked at repeats,
        #: adding nothing (a duplicate), or None
        self.again: int | None = None

    @staticmethod
    def _email(record: dict[str, Any]) -> str:
        email = record.get("work_email")
        return email.strip().casefold() if isinstance(email, str) else ""

    def seen(self, record: dict[str, Any], row: int) -> None:
        """Remember a person imported from *row* (checked, or replayed from the ledger)."""
        name = record.get("display_name")
        form = person_name_form(name) if isinstance(name, str) else ""
        email, rid = self._email(record), str(record.get("id", ""))
        entry = (row, email, rid, form.split()[-1] if form else "")
        if form:
            first = self._by_name.setdefault(form, entry)
            if not first[1] and email:
                # the first row gave no e-mail; this one's stands for the name now
                self._by_name[form] = (first[0], email, first[2], first[3])
        if email:
            self._by_email.setdefault(email, entry)
        if rid and rid not in self._last:
            self._last[rid] = row
            self._words[rid] = {w for area in _areas(record) for w in _area_words(area)}
            self._items[rid] = set(_given(record))
            self._dept[rid] = _department(record)

    def _match(self, record: dict[str, Any]) -> tuple[tuple[int, str, str, str] | None, bool]:
        """The first row of the person *record* is about, and whether the e-mail said so
        (rather than the name alone)."""
        name = record.get("display_name")
        form = person_name_form(name) if isinstance(name, str) else ""
        email = self._email(record)
        first = self._by_email.get(email) if email else None
        if first is not None and form and first[3] and form.split()[-1] != first[3]:
            first = None  # a team mailbox: another person
        if first is not None:
            return first, True
        if form:
            by_name = self._by_name.get(form)
            if by_name is not None and (not email or not by_name[1] or by_name[1] == email):
                return by_name, bool(email and by_name[1] == email)
        return None, False

    def namesake(self, record: dict[str, Any], row: int) -> bool:
        """Whether *record* (of *row*, whose id an earlier row's person has) is another
        person of the same name: two different e-mails, or the name alone matching over two
        different departments and other areas (D1420)."""
        name = record.get("display_name")
        form = person_name_form(name) if isinstance(name, str) else ""
        by_name = self._by_name.get(form) if form else None
        if by_name is None or by_name[0] == row:
            return False
        email = self._email(record)
        if email and by_name[1] and by_name[1] != email:
            # (the same entry again with another address for them is still a duplicate)
            return (email not in self._by_email or self._by_email[email][2] != by_name[2]
                    ) and not (self._restated(by_name[2], record)
                               and self._dept.get(by_name[2], "") == _department(record))
        first, by_email = self._match(record)
        if first is None or by_email:
            return False
        theirs, ours = self._dept.get(first[2], ""), _department(record)
        return bool(theirs and ours and theirs != ours
                    and not self._restated(first[2], record))

    def _restated(self, rid: str, record: dict[str, Any]) -> bool:
        """Whether *record* says nothing its person's rows have not."""
        return self._reworded(rid, _areas(record)) or not self._adds(rid, record)

    def _reworded(self, rid: str, areas: list[str]) -> bool:
        """Two areas or more, each sharing a word with the person's: theirs, retyped."""
        known = self._words.get(rid, set())
        return len(areas) >= 2 and all(_area_words(a) & known for a in areas)

    def _adds(self, rid: str, record: dict[str, Any]) -> bool:
        """Whether *record* gives an area or offer the person's rows have not: an area
        whose words are all in one of theirs, or hold all of one's, is theirs said shorter
        or longer ("Menopause" after "Menopause support")."""
        new = set(_given(record)) - self._items.get(rid, set())
        if any(not item.startswith("expertise:") for item in new):
            return True
        known = [_area_words(i.partition(":")[2])
                 for i in self._items.get(rid, set()) if i.startswith("expertise:")]
        for item in new:
            words = _area_words(item.partition(":")[2])
            if not any(words <= k or k <= words for k in known if k):
                return True
        return False

    def earlier(self, record: dict[str, Any], row: int) -> int | None:
        """The earlier row this person was first met on, or None (and then remembered)."""
        self.again = None
        first, _ = self._match(record)
        if first is None or first[0] == row or self.namesake(record, row):
            self.seen(record, row)
            return None
        rid = first[2]
        run = self._last.get(rid, first[0]) == row - 1
        areas = _areas(record)
        if self._reworded(rid, areas) or (not run and not self._adds(rid, record)):
            # the same entry made again: a duplicate, not more of the person (the person's
            # next row, a run, is theirs even when it adds nothing: D940)
            self.again = first[0]
            return None
        self._last[rid] = row
        self._words.setdefault(rid, set()).update(
            w for area in areas for w in _area_words(area))
        self._items.setdefault(rid, set()).update(_given(record))
        self.extra.setdefault(rid, []).append(record)
        return first[0]

    def apply(self, spool: Path, stored: Callable[[str], dict[str, Any] | None]) -> int:
        """Carry the later rows' areas into the first rows' records in *spool* (rewritten);
        a first row not in it (unchanged since the last import) is read with *stored* and
        spooled as an update when a later row adds to it. How many of those were spooled."""
        if not self.extra:
            return 0
        lines = spool.read_text(encoding="utf-8").splitlines()
        out: list[str] = []
        changed = 0
        pending = dict(self.extra)
        for line in lines:
            item = json.loads(line)
            rid = item["record"].get("id")
            extras = pending.pop(rid, None)
            if extras:
                for extra in extras:
                    merge_profile(item["record"], extra)
                line = json.dumps(item, ensure_ascii=False)
            out.append(line)
        for rid, extras in pending.items():
            record = stored(rid)
            if record is None:
                continue
            if any([merge_profile(record, e) for e in extras]):
                changed += 1
                out.append(json.dumps({"action": "update", "record": record},
                                      ensure_ascii=False))
        spool.write_text("".join(line + "\n" for line in out), encoding="utf-8")
        return changed


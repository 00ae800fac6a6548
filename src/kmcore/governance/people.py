"""A person's data across the knowledge base: find it, hand it over, erase it.

**Finding** (:func:`mentions`): a person is named by a record when one of its reference
fields or links points at their id (lead, team, facilitator, consents, quotes, endorsements...)
or when its text contains their name or work e-mail.

**Erasure** (:func:`forget`) removes the person record and every trace of them:

- list entries that exist because of them (a team membership, a participant, their consent,
  an endorsement, a link) are removed; optional references (contact, facilitator, owner,
  created by) are emptied; a quote they gave is removed whole;
- a required reference (an innovation's lead) is pointed at a shared placeholder person,
  "Former member of staff" (never in the directory), so the record stays valid and keeps
  its history without a name;
- their name and e-mail in any text are replaced with ``[name removed]``;
- the audit log entries of changes they made themselves get the pseudonym as ``who``
  instead of their login (their work e-mail, its part before the @, or their name);
- kmcore's own files that hold their id or name (the change feed, each target's saved
  reports, the audit log, import reports) get a random pseudonym and ``[name removed]``
  instead; derived caches are deleted and rebuilt. A target's ledger and state keep the id
  until the sync that withdraws the person there (:mod:`kmcore.governance.traces` then cleans
  them).

The next ``kmcore sync`` then updates those records on every target and withdraws the
person's own page or item there, like any deleted record. Records whose text still
mentions them in a way kmcore cannot rewrite are listed for a person to check.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from kmcore import codec
from kmcore.audit import replace_actor
from kmcore.errors import KmcoreError, NotFound, ValidationError
from kmcore.governance.names import REMOVED, login_names, name_patterns, name_strings
from kmcore.governance.traces import (
    files_naming,
    pending_erasures,
    pending_read,
    pending_write,
    scrub_files,
    settle_erasures,
)
from kmcore.kb import KnowledgeBase
from kmcore.records.base import Record
from kmcore.records.person import Person
from kmcore.records.vocab import EmploymentStatus

__all__ = ["FORMER_STAFF_ID", "Erasure", "Mention", "forget", "mentions", "pending_erasures",
           "person_named", "settle_erasures", "subject_access"]

#: The placeholder required references point at once their person is erased.
FORMER_STAFF_ID = "person-former-staff"


@attrs.frozen
class Mention:
    """Where one record names a person: JSON paths of references and of text mentions."""

    record: Record
    references: tuple[str, ...]
    text: tuple[str, ...]

    @property
    def paths(self) -> tuple[str, ...]:
        return self.references + self.text


def person_named(kb: KnowledgeBase, person_id: str) -> Person:
    """The person *person_id*; :class:`NotFound`, with where to look, if there is none."""
    try:
        person = kb.get(person_id, "person")
    except NotFound:
        raise NotFound(f"no person {person_id!r} in this knowledge base",
                       hint="List people with: kmcore list person") from None
    assert isinstance(person, Person)
    return person


def _strings(data: Any, path: str = "$") -> Iterator[tuple[str, str]]:
    if isinstance(data, str):
        yield path, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, f"{path}.{key}")
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _strings(value, f"{path}[{i}]")


def mentions(kb: KnowledgeBase, person_id: str) -> list[Mention]:
    """Every record (other than the person's own) that names *person_id*."""
    person = person_named(kb, person_id)
    patterns = name_patterns(person)
    found = []
    for record in kb.records():
        if record.id == person_id:
            continue
        refs = tuple(r.path for r in record.references() if r.target == person_id)
        data = codec.to_dict(record)
        texts = tuple(path for path, text in _strings(data)
                      if text != person_id and any(p.search(text) for p in patterns))
        if refs or texts:
            found.append(Mention(record, refs, texts))
    return found


def subject_access(kb: KnowledgeBase, person_id: str) -> dict[str, Any]:
    """Everything the knowledge base holds about a person, for a subject access request:
    their record, every record that names them (in full, with where), and the audit log's
    entries about their record."""
    person = person_named(kb, person_id)
    return {
        "format": "kmcore-subject-access/1",
        "generated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "knowledge_base": kb.settings.name,
        "organisation": kb.settings.organisation,
        "person": codec.to_dict(person),
        "named_in": [
            {"type": m.record.record_type, "id": m.record.id, "title": m.record.label,
             "where": list(m.paths), "record": codec.to_dict(m.record)}
            for m in mentions(kb, person_id)
        ],
        "audit": [e.to_dict() for e in kb.audit_entries() if e.id == person_id],
    }


# --- erasure ----------------------------------------------------------------------------------


@attrs.define
class Erasure:
    """What :func:`forget` did (or, in a dry run, would do)."""

    person_id: str
    pseudonym: str
    changed: dict[str, list[str]] = attrs.field(factory=dict)  # record id -> what changed
    manual: dict[str, str] = attrs.field(factory=dict)  # record id -> why it was left
    files: list[str] = attrs.field(factory=list)  # kmcore files rewritten or removed
    targets: list[str] = attrs.field(factory=list)
    applied: bool = False
    keep_attribution: bool = False
    kept: dict[str, str] = attrs.field(factory=dict)  # record id -> why it keeps the name

    def lines(self) -> list[str]:
        verb = "Removed" if self.applied else "Would remove"
        if self.keep_attribution:
            out = [f"{verb} person {self.person_id}'s profile, contact details, quotes and "
                   "consents, and their name wherever it rests on consent; their name stays "
                   "on work attributed on the public task basis."]
        else:
            out = [f"{verb} person {self.person_id} and every mention of them."]
        for record_id, what in self.changed.items():
            out.append(f"  ~ {record_id}: {'; '.join(what)}")
        for record_id, why in self.kept.items():
            if record_id not in self.changed:
                out.append(f"  = {record_id}: keeps their name ({why})")
        for record_id, why in self.manual.items():
            out.append(f"  ! {record_id}: NOT CHANGED: {why}")
        for path in self.files:
            out.append(f"  file {path}: id replaced by {self.pseudonym}, name removed")
        for target in self.targets:
            out.append(f"  target {target}: the next `kmcore sync` updates the changed "
                       "records there and withdraws the person's own item")
        if self.targets:
            out.append("  Old versions, recycle bins and trash on a target (SharePoint, "
                       "Confluence) still hold copies kmcore cannot purge: ask the site or "
                       "space admin to remove them (docs/privacy.md, erasure).")
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"person_id": self.person_id, "pseudonym": self.pseudonym,
                "applied": self.applied, "changed": self.changed, "manual": self.manual,
                "kept": self.kept, "keep_attribution": self.keep_attribution,
                "files": self.files, "targets": self.targets}


def _tokens(path: str) -> list[str | int]:
    out: list[str | int] = []
    for part in re.findall(r"\.([A-Za-z_]\w*)|\[(\d+)\]", path):
        out.append(part[0] if part[0] else int(part[1]))
    return out


def _get(data: Any, tokens: list[str | int]) -> Any:
    for token in tokens:
        data = data[token]
    return data


def _drop_reference(data: dict[str, Any], path: str, notes: list[str]) -> str | None:
    """Remove the reference at *path* from *data*; the top-level field to re-check, if any."""
    tokens = _tokens(path)
    last = tokens[-1]
    parent = _get(data, tokens[:-1])
    if isinstance(last, int):  # an id in a list of ids, or a link
        del parent[last]
        notes.append(f"removed from {path.rsplit('[', 1)[0]}")
        return None
    if len(tokens) >= 3 and isinstance(tokens[-2], int):  # a team member, a participant...
        container = _get(data, tokens[:-2])
        del container[tokens[-2]]
        notes.append(f"entry removed from {_dotted(tokens[:-2])}")
        return None
    if isinstance(parent, dict) and "text" in parent and last == "person":
        # A quote: the words are theirs, so they go with the name.
        holder = _get(data, tokens[:-2])
        del holder[tokens[-2]]
        notes.append(f"their quote removed from {_dotted(tokens[:-1])}")
        return None
    del parent[last]  # lead, contact, facilitator, created_by, details.leaver...
    notes.append(f"{_dotted(tokens).removeprefix('$.')} emptied")
    return _dotted(tokens)


def _sort_key(path: str) -> list[tuple[int, str]]:
    return [(t, "") if isinstance(t, int) else (-1, t) for t in _tokens(path)]


def _dotted(tokens: list[str | int]) -> str:
    return "$" + "".join(f"[{t}]" if isinstance(t, int) else f".{t}" for t in tokens)


def _scrub_text(data: Any, patterns: list[re.Pattern[str]], notes: list[str],
                path: str = "$") -> Any:
    if isinstance(data, str):
        new = data
        for pattern in patterns:
            new = pattern.sub(REMOVED, new)
        if new != data:
            notes.append(f"name removed from {path}")
        return new
    if isinstance(data, dict):
        return {k: _scrub_text(v, patterns, notes, f"{path}.{k}") for k, v in data.items()}
    if isinstance(data, list):
        return [_scrub_text(v, patterns, notes, f"{path}[{i}]") for i, v in enumerate(data)]
    return data


def _erase_from(kb: KnowledgeBase, mention: Mention, person_id: str,
                patterns: list[re.Pattern[str]]) -> tuple[Record | None, list[str], str | None]:
    data = codec.to_dict(mention.record)
    notes: list[str] = []
    recheck: set[str] = set()
    # Last first, so removing one list entry never shifts the path of another still to do.
    ordered = sorted(mention.references, key=_sort_key, reverse=True)
    for path in ordered:
        field = _drop_reference(data, path, notes)
        if field:
            recheck.add(field)
    data = _scrub_text(data, patterns, notes)
    for _ in range(4):
        try:
            return codec.from_dict(data, kb.classes), notes, None
        except ValidationError as exc:
            problems = exc.problems
        fixed = False
        for problem in problems:
            if problem.path in recheck and "required" in problem.reason:
                # A reference the record cannot do without (an innovation's lead, the
                # leaver of an exit interview): the placeholder keeps it whole and nameless.
                tokens = _tokens(problem.path)
                _get(data, tokens[:-1])[tokens[-1]] = FORMER_STAFF_ID
                where = problem.path.removeprefix("$.")
                with contextlib.suppress(ValueError):
                    notes.remove(f"{where} emptied")
                notes.append(f"{where} now 'Former member of staff'")
                recheck.discard(problem.path)
                fixed = True
                continue
            # An entry that made sense only with them (a claim they alone endorsed): drop
            # the innermost list entry the problem is in.
            tokens = _tokens(problem.path)
            cut = max((i for i, t in enumerate(tokens) if isinstance(t, int)), default=None)
            if cut is None:
                continue
            with contextlib.suppress(LookupError, TypeError):
                del _get(data, tokens[:cut])[tokens[cut]]
                notes.append(f"entry removed from {_dotted(tokens[:cut])} "
                             f"({problem.reason} once they are gone)")
                fixed = True
                break  # later problem paths may have shifted: validate again
        if not fixed:
            return None, notes, "; ".join(p.reason for p in problems[:2])
    return None, notes, "could not be made valid without them"


def _placeholder(kb: KnowledgeBase) -> None:
    try:
        kb.get(FORMER_STAFF_ID, "person")
    except NotFound:
        kb.add(Person(id=FORMER_STAFF_ID, display_name="Former member of staff",
                      employment_status=EmploymentStatus.UNKNOWN))


def _attribution_basis(record: Record, person_id: str) -> str:
    """The lawful basis on which *record* names the person: their active ``attribution``
    consent's basis if the record holds one, else ``public_task`` (staff named on their own
    work, the directory's default basis)."""
    for consent in getattr(record, "consents", ()):
        if (consent.person == person_id and str(consent.scope) == "attribution"
                and consent.active):
            return str(consent.basis)
    return "public_task"


def _consent_only(mention: Mention, person_id: str) -> Mention:
    """What must go from a record that keeps naming the person on the public-task basis:
    their quotes and their consents for anything but attribution (those rest on consent,
    which an erasure request ends)."""
    data = codec.to_dict(mention.record)
    keep = []
    for path in mention.references:
        tokens = _tokens(path)
        if tokens[0] == "consents" and len(tokens) >= 2:
            consent = data["consents"][tokens[1]]
            if consent.get("scope") != "attribution":
                keep.append(path)
        elif tokens[-1] == "person" and isinstance(_get(data, tokens[:-1]), dict) and (
                "text" in _get(data, tokens[:-1])):
            keep.append(path)  # a quote
    return Mention(mention.record, tuple(keep), ())


def forget(kb: KnowledgeBase, person_id: str, *, dry_run: bool = False,
           keep_public_task_attribution: bool = False) -> Erasure:
    """Erase *person_id* from the knowledge base (see the module docstring).

    :param keep_public_task_attribution: handle historical attribution by its recorded
        lawful basis instead of removing it everywhere: records that name the person on the
        ``public_task`` basis (no attribution consent of theirs, or one with that basis) keep
        their name, and their person record stays as a bare name card (names only: profile
        and contact details removed); records that name them by consent or legitimate
        interests lose it as usual, and so do their quotes and consents everywhere. Use it
        when your information governance lead has judged that UK GDPR Article 17(3)(b) (a
        task in the public interest) applies to that attribution.
    """
    from kmcore.sync.config import load_target_configs

    person = person_named(kb, person_id)
    if person_id == FORMER_STAFF_ID:
        raise KmcoreError("the 'Former member of staff' placeholder cannot be forgotten",
                          hint="It holds no personal data.")
    patterns = name_patterns(person)
    erasure = Erasure(person_id=person_id, pseudonym=f"forgotten-{secrets.token_hex(6)}")
    erasure.targets = sorted(load_target_configs(kb))
    erasure.keep_attribution = keep_public_task_attribution
    plans: list[tuple[Record, Record]] = []
    for mention in mentions(kb, person_id):
        if keep_public_task_attribution and _attribution_basis(
                mention.record, person_id) == "public_task":
            mention = _consent_only(mention, person_id)
            erasure.kept[mention.record.id] = "named on the public task basis"
            if not mention.references:
                continue
            new, notes, problem = _erase_from(kb, mention, person_id, [])
        else:
            new, notes, problem = _erase_from(kb, mention, person_id, patterns)
        if new is None:
            erasure.manual[mention.record.id] = problem or "unknown"
            continue
        erasure.changed[mention.record.id] = notes
        plans.append((mention.record, new))
    root = Path(kb.root)
    names = list(patterns)
    if not keep_public_task_attribution:
        erasure.files = [str(p.relative_to(root))
                         for p in files_naming(root, person_id, names)]
    if dry_run:
        return erasure
    if erasure.manual:
        raise KmcoreError(
            f"{len(erasure.manual)} record(s) could not be changed automatically: "
            + "; ".join(f"{k}: {v}" for k, v in erasure.manual.items()),
            hint="Edit them by hand (kmcore edit ID) to remove the person, then run forget "
            "again. Nothing was changed.")
    # A store that erases the id from a change feed and audit log of its own (a database)
    # may refuse that part (another organisation's history): asked first, so a refused
    # erasure changes nothing rather than stopping half done.
    # It is also asked whether it can reach every entry the person's logins made and every
    # record to change or that it cannot read (D1491, D1492).
    logins = login_names(person)
    check_forget = getattr(kb.store, "check_forget_id", None)
    if check_forget is not None and not keep_public_task_attribution:
        check_forget(person_id, actors=logins, records=[old.id for old, _ in plans])
    if any(FORMER_STAFF_ID in json.dumps(codec.to_dict(new)) for _, new in plans):
        _placeholder(kb)
    for old, new in plans:
        kb.update(attrs.evolve(new, revision=old.revision))
    if keep_public_task_attribution:
        # A bare name card: what historical attribution needs, and nothing else.
        kb.update(Person(id=person.id, revision=person.revision, display_name=person.display_name,
                         given_name=person.given_name, family_name=person.family_name,
                         employment_status=person.employment_status, left_on=person.left_on,
                         owner_org=person.owner_org, created_at=person.created_at,
                         status=person.status, visibility=person.visibility))
        erasure.applied = True
        return erasure
    kb.delete(person)
    # The changes they made themselves: their login, as the audit log's "who", becomes the
    # pseudonym too (the name patterns below would miss a login such as "amara.okafor").
    replace_actor(root, logins, erasure.pseudonym)
    scrub_files(root, person_id, erasure.pseudonym, names)
    # A store that keeps its change feed outside the folder (a database) pseudonymises the id
    # there itself, and the logins in the audit log it keeps; the local store's feed is one
    # of the files scrubbed above.
    forget_id = getattr(kb.store, "forget_id", None)
    if forget_id is not None:
        forget_id(person_id, erasure.pseudonym, actors=logins)
    if erasure.targets:
        pending_write(root, [*pending_read(root), {
            "id": person_id, "pseudonym": erasure.pseudonym,
            "names": name_strings(person), "targets": erasure.targets}])
    erasure.applied = True
    return erasure

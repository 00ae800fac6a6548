"""Score ``kmcore import`` on a corpus of trust spreadsheets against their answer keys.

Each file in a corpus folder has ``<file>.expected.json`` beside it (the format is described
in the corpus's README.md): for every row below the header, whether a person would call it
good, and for good rows the values it should come in with. A file is imported into a new,
empty knowledge base with only the mapping the preview proposes (``CONFIRMED`` holds what a
librarian would change in the preview, and is empty unless said otherwise), and then:

* a good row **comes in right** when a record was made from it and every keyed field has the
  keyed value (compared leniently: case, spacing and trailing punctuation aside);
* every other row (bad rows, and good rows that did not come in) must be **named**: a problem
  in the import's report gives its row number and reason. A blank row, which makes no record
  and which the reader skips, counts as named by being blank.

Two answer-key formats are read. The first corpus's (``record_type``, rows with ``values``
named as kmcore's fields) and the second held-out corpus's (``kind``: ``innovations`` or
``staff``, rows with ``expected`` in the key writer's own words: innovations ``title, stage,
lead {name, email}, department, started, ref, savings_gbp, summary``; people ``name, email,
job_title, department, expertise, willing_to_text`` and, for leavers, ``employment_status,
left_on``). In the second format a field the key leaves out or sets to null must be empty
(``started`` is given "only when the row gives one"), ``savings_gbp`` is the cash-releasing
saving (or the non-cash one when no cash one is kept), ``summary`` may be kept as the
description or the summary, and ``willing_to_text`` counts as kept when the person's offers
were recorded (as offers or, word for word, in the overview) and as empty when none were.
``status_text``, ``given_name``, ``family_name``, ``org_l3`` and ``note`` are for information.

A librarian confirms more than columns in the preview: the values of a choice column they
would map (``--map-value``) and a field to fill for every row (``--default``). ``CONFIRMED``
holds the columns, ``CONFIRMED_VALUES`` (``file -> {field: {their word: ours}}``) the values and
``CONFIRMED_DEFAULTS`` (``file -> {field: value}``) the defaults; all three are passed to
:class:`~kmcore.io.importer.Importer` as ``overrides``, ``values`` and ``defaults``.

A second-format key whose lead e-mail is null means "this row gives none", not "this person
has none": the row is right when its lead has no e-mail or the e-mail another row of the same
file's key gives that person.

Run it by hand for the figures::

    python tests/import_corpus.py FOLDER [-v] [--confirmed FILE.json]

``-v`` lists every miss. ``--confirmed FILE.json`` replaces the built-in confirmations with a
librarian's own, for a corpus scored blind: ``{file name: {"columns": {header: field},
"values": {field: {their word: ours}}, "defaults": {field: value}, "type": record type,
"sheet": sheet name}}`` (each part optional; a type other than the key's is refused).
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import attrs

#: file name -> ``--map``-style overrides a librarian would make in the preview.
CONFIRMED: dict[str, dict[str, str]] = {
    # The third held-out corpus: columns the preview left unmatched that a librarian would map
    # by reading their headers (the preview's own guesses are kept; no values are mapped).
    "WDH_Charity_small_grants_tracker.csv": {
        "Grant code": "key", "What the money is for": "description", "Applicant": "lead",
        "Contact": "lead", "Where we\u2019re at": "stage", "Kick-off": "started_on"},
    "PD Ideas (SharePoint export).csv": {"Benefit \u00a3/yr": "savings.cash_releasing_gbp"},
    "Therapies skills matrix HSV.xlsx": {
        "Team / base": "department", "Also interested in": "profile.expertise"},
    "Medical staff special interests MFH.txt": {
        "Grade": "job_title", "Teaching / advice offered": "profile.willing_to"},
}

#: file name -> ``--map-value``-style value mappings a librarian would make in the preview.
CONFIRMED_VALUES: dict[str, dict[str, dict[str, str]]] = {}

#: file name -> ``--default``-style values a librarian would give every row.
CONFIRMED_DEFAULTS: dict[str, dict[str, str]] = {}


@attrs.frozen
class Confirmed:
    """What a librarian confirmed in the preview of one file."""

    columns: dict[str, str] = attrs.field(factory=dict)
    values: dict[str, dict[str, str]] = attrs.field(factory=dict)
    defaults: dict[str, str] = attrs.field(factory=dict)
    #: the record type and sheet the librarian chose in the preview (None: the key's own).
    record_type: str | None = None
    sheet: str | None = None


def built_in_confirmed(name: str) -> Confirmed:
    """The confirmations kept in this module for the file *name*."""
    return Confirmed(CONFIRMED.get(name, {}), CONFIRMED_VALUES.get(name, {}),
                     CONFIRMED_DEFAULTS.get(name, {}))


def load_confirmed(path: Path) -> dict[str, Confirmed]:
    """A ``--confirmed`` JSON file (see the module docstring), by file name."""
    found = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, Confirmed] = {}
    for name, parts in found.items():
        unknown = set(parts) - {"columns", "values", "defaults", "type", "sheet"}
        if unknown:
            raise SystemExit(f"{path}: {name!r} has {sorted(unknown)}: only type, sheet, "
                             "columns, values and defaults can be confirmed")
        out[name] = Confirmed(dict(parts.get("columns", {})), dict(parts.get("values", {})),
                              dict(parts.get("defaults", {})), parts.get("type"),
                              parts.get("sheet"))
    return out


@attrs.define
class FileScore:
    name: str
    record_type: str
    good: int = 0
    good_right: int = 0
    others: int = 0
    others_named: int = 0
    misses: list[str] = attrs.field(factory=list)

    @property
    def right_share(self) -> float:
        return self.good_right / self.good if self.good else 1.0


def _norm(value: Any) -> str:
    text = " ".join(str(value).split()).casefold()
    return text.strip(" .;,")


def _money(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _people(kb: Any) -> dict[str, Any]:
    return {p.id: p for p in kb.records("person")}


def _wrong_ref(record: Any, expected: Any, people: dict[str, Any]) -> list[str]:
    got = getattr(record, "reference", "")
    return [f"ref {got!r} != {expected!r}"] if _norm(got) != _norm(expected) else []


def _wrong_lead(record: Any, expected: Any, people: dict[str, Any]) -> list[str]:
    wrong: list[str] = []
    person = people.get(record.lead or "")
    name = getattr(person, "display_name", "") if person else ""
    email = getattr(person, "work_email", "") if person else ""
    if _norm(name) != _norm(expected.get("name", "")):
        wrong.append(f"lead {name!r} != {expected.get('name')!r}")
    if expected.get("email") and _norm(email) != _norm(expected["email"]):
        wrong.append(f"lead e-mail {email!r} != {expected['email']!r}")
    return wrong


def _wrong_team(record: Any, expected: Any, people: dict[str, Any]) -> list[str]:
    got = sorted(_norm(getattr(people.get(m.person), "display_name", m.person))
                 for m in record.team)
    return [f"team {got} != {expected}"] if got != sorted(_norm(m["name"]) for m in expected
                                                         ) else []


def _wrong_savings(record: Any, expected: Any, people: dict[str, Any]) -> list[str]:
    wrong: list[str] = []
    savings = record.savings
    for part, amount in expected.items():
        got = getattr(savings, part, None) if savings is not None else None
        if got is None or _money(got) != _money(amount):
            wrong.append(f"savings.{part} {got!r} != {amount!r}")
    return wrong


def _wrong_adopters(record: Any, expected: Any, people: dict[str, Any]) -> list[str]:
    adoption = record.adoption
    got = sorted(_norm(a.org.name) for a in adoption.adopted_by) if adoption else []
    return [f"adopted_by {got} != {expected}"] if got != sorted(_norm(a) for a in expected
                                                               ) else []


#: The key's fields that are not compared as plain values, each with its own check.
_INNOVATION_CHECKS: dict[str, Callable[[Any, Any, dict[str, Any]], list[str]]] = {
    "ref": _wrong_ref, "lead": _wrong_lead, "team": _wrong_team, "savings": _wrong_savings,
    "adopted_by": _wrong_adopters,
}


def _compare_innovation(record: Any, want: dict[str, Any], people: dict[str, Any]) -> list[str]:
    wrong: list[str] = []
    for field, expected in want.items():
        if field in ("note", "also_named"):
            continue
        check = _INNOVATION_CHECKS.get(field)
        if check is not None:
            wrong += check(record, expected, people)
            continue
        got = getattr(record, field, None)
        got_text = got.isoformat() if hasattr(got, "isoformat") else got
        if _norm(got_text if got_text is not None else "") != _norm(expected):
            wrong.append(f"{field} {got_text!r} != {expected!r}")
    if "lead" not in want and record.lead:
        wrong.append(f"lead {record.lead!r} where the key has none")
    return wrong


def _compare_person(record: Any, want: dict[str, Any]) -> list[str]:
    wrong: list[str] = []
    profile = record.profile
    for field, expected in want.items():
        if field in ("note", "also_named"):
            continue
        if field == "profile":
            areas = [c.concept.label for c in profile.expertise] if profile else []
            if sorted(map(_norm, areas)) != sorted(map(_norm, expected.get("expertise", []))):
                wrong.append(f"expertise {areas} != {expected.get('expertise', [])}")
            willing = sorted(str(w) for w in profile.willing_to) if profile else []
            if willing != sorted(expected.get("willing_to", [])):
                wrong.append(f"willing_to {willing} != {expected.get('willing_to', [])}")
            continue
        got = getattr(record, field, None)
        if _norm(got if got is not None else "") != _norm(expected):
            wrong.append(f"{field} {got!r} != {expected!r}")
    return wrong


#: The second key format's kinds, as kmcore's record types.
KINDS = {"innovations": "innovation", "staff": "person"}


def _same(got: Any, expected: Any) -> bool:
    got_text = got.isoformat() if hasattr(got, "isoformat") else got
    return _norm(got_text if got_text is not None else "") == _norm(
        expected if expected is not None else "")


def _compare_innovation2(record: Any, want: dict[str, Any], people: dict[str, Any],
                         emails: dict[str, set[str]] | None = None) -> list[str]:
    """An innovation against a second-format key (see the module docstring); *emails*: each
    lead's name -> the e-mails the key gives them on any row."""
    wrong: list[str] = []
    plain = {"title": record.title, "stage": record.stage.value if record.stage else "",
             "department": record.department, "started": record.started_on,
             "ref": getattr(record, "reference", "")}
    for field, got in plain.items():
        if not _same(got, want.get(field)):
            wrong.append(f"{field} {got!r} != {want.get(field)!r}")
    lead = want.get("lead") or {}
    person = people.get(record.lead or "")
    for part, attr in (("name", "display_name"), ("email", "work_email")):
        got = getattr(person, attr, "") if person else ""
        if part == "email" and lead.get("email") is None and got and _norm(got) in {
                _norm(e) for e in (emails or {}).get(_norm(lead.get("name") or ""), ())}:
            continue  # null: this row gives none, and another row gave the same person's
        if not _same(got, lead.get(part)):
            wrong.append(f"lead {part} {got!r} != {lead.get(part)!r}")
    savings = record.savings
    got_money = None
    if savings is not None:
        got_money = (savings.cash_releasing_gbp if savings.cash_releasing_gbp is not None
                     else savings.non_cash_gbp)
    want_money = want.get("savings_gbp")
    if (got_money is None) != (want_money is None) or (
            want_money is not None and _money(got_money) != _money(want_money)):
        wrong.append(f"savings_gbp {got_money!r} != {want_money!r}")
    if "summary" in want and not any(_same(getattr(record, f, ""), want["summary"])
                                     for f in ("description", "summary")):
        wrong.append(f"summary {record.description!r} != {want['summary']!r}")
    return wrong


def _compare_person2(record: Any, want: dict[str, Any]) -> list[str]:
    """A person against a second-format key (see the module docstring)."""
    wrong: list[str] = []
    status = record.employment_status.value if record.employment_status else ""
    plain = {"name": record.display_name, "email": record.work_email,
             "job_title": record.job_title, "department": record.department}
    for field, got in plain.items():
        if not _same(got, want.get(field)):
            wrong.append(f"{field} {got!r} != {want.get(field)!r}")
    if (want.get("employment_status") == "left") != (status == "left"):
        wrong.append(f"employment_status {status!r} != {want.get('employment_status')!r}")
    if "left_on" in want and not _same(record.left_on, want["left_on"]):
        wrong.append(f"left_on {record.left_on!r} != {want['left_on']!r}")
    profile = record.profile
    areas = [c.concept.label for c in profile.expertise] if profile else []
    if sorted(map(_norm, areas)) != sorted(map(_norm, want.get("expertise") or [])):
        wrong.append(f"expertise {areas} != {want.get('expertise')}")
    offered = bool(profile and (profile.willing_to or "happy to" in profile.overview.casefold()))
    if offered != bool(want.get("willing_to_text")):
        wrong.append(f"willing_to {list(profile.willing_to) if profile else []} "
                     f"!= {want.get('willing_to_text')!r}")
    return wrong


def _lead_emails(key: dict[str, Any]) -> dict[str, set[str]]:
    """Each lead's name in a second-format key -> the e-mails any of its rows gives them."""
    out: dict[str, set[str]] = {}
    for entry in key["rows"].values():
        lead = (entry.get("expected") or {}).get("lead") or {}
        if lead.get("name") and lead.get("email"):
            out.setdefault(_norm(lead["name"]), set()).add(lead["email"])
    return out


def _compare(record: Any, entry: dict[str, Any], record_type: str,
             people: dict[str, Any], emails: dict[str, set[str]] | None = None) -> list[str]:
    if "expected" in entry:
        return (_compare_person2(record, entry["expected"]) if record_type == "person"
                else _compare_innovation2(record, entry["expected"], people, emails))
    return (_compare_person(record, entry["values"]) if record_type == "person"
            else _compare_innovation(record, entry["values"], people))


def score_file(path: Path, workdir: Path, confirmed: Confirmed | None = None) -> FileScore:
    """Import *path* into a new knowledge base under *workdir* and score it (see above), with
    what a librarian *confirmed* in the preview (default: this module's own for the file)."""
    import kmcore
    from kmcore.io.importer import Importer

    key = json.loads(path.with_name(path.name + ".expected.json").read_text(encoding="utf-8"))
    record_type = key.get("record_type") or KINDS[key["kind"]]
    told = confirmed if confirmed is not None else built_in_confirmed(path.name)
    if told.record_type is not None and told.record_type != record_type:
        raise SystemExit(f"{path.name}: the librarian confirmed type {told.record_type!r} but "
                         f"the key is for {record_type!r}")
    kb = kmcore.init(workdir / f"kb-{path.stem}", name="Corpus", organisation="Corpus Trust")
    try:
        importer = Importer(kb, path, record_type, sheet=told.sheet or key.get("sheet"),
                            overrides=told.columns, values=told.values,
                            defaults=told.defaults)
        importer.open()
        report = workdir / f"{path.stem}-problems.csv"
        result = importer.prepare(report=report)
        importer.apply()
        named: dict[int, list[str]] = {}
        if report.exists():
            import csv

            with report.open(encoding="utf-8-sig") as fh:
                for row in csv.DictReader(fh):
                    # a merged row (D980) is named too: no record of its own
                    if row["severity"] in ("error", "merged"):
                        named.setdefault(int(row["row"]), []).append(row["problem"])
        by_row: dict[int, Any] = {}
        for record in kb.records(record_type):
            found = re.search(r" row (\d+)$", record.provenance.source_ref)
            if found:
                by_row[int(found.group(1))] = record
        people = _people(kb)
        emails = _lead_emails(key) if "kind" in key else {}
        score = FileScore(path.name, record_type)
        for number_text, entry in key["rows"].items():
            number = int(number_text)
            record = by_row.get(number)
            if entry["good"]:
                score.good += 1
                if record is None:
                    score.others += 1
                    reason = "; ".join(named.get(number, ["not imported, no reason given"]))
                    score.misses.append(f"row {number}: good row left out: {reason}")
                    if number in named:
                        score.others_named += 1
                    continue
                wrong = _compare(record, entry, record_type, people, emails)
                if wrong:
                    score.misses.append(f"row {number}: " + "; ".join(wrong))
                else:
                    score.good_right += 1
            else:
                score.others += 1
                blank = entry.get("reason", "").startswith("blank")
                if record is None and (number in named or blank):
                    score.others_named += 1
                else:
                    what = "imported" if record is not None else "not named"
                    score.misses.append(f"row {number}: bad row {what} "
                                        f"({entry.get('reason', '')})")
        del result
        return score
    finally:
        kb.close()


def score_corpus(folder: Path, confirmed: dict[str, Confirmed] | None = None
                 ) -> list[FileScore]:
    """Score every keyed file of *folder*; *confirmed*, when given, replaces this module's
    confirmations for every file (a file it does not name gets the preview alone)."""
    files = sorted(p for p in folder.iterdir()
                   if p.suffix.lower() in (".csv", ".xlsx", ".txt", ".tsv") and
                   p.with_name(p.name + ".expected.json").exists())
    with tempfile.TemporaryDirectory(prefix="kmcore-corpus-") as tmp:
        return [score_file(path, Path(tmp), None if confirmed is None
                           else confirmed.get(path.name, Confirmed())) for path in files]


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description="Score kmcore import on a corpus folder.")
    parser.add_argument("folder", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument("--confirmed", type=Path, default=None,
                        help="JSON of what a librarian confirmed per file (see the docstring)")
    args = parser.parse_args()
    confirmed = load_confirmed(args.confirmed) if args.confirmed else None
    scores = score_corpus(args.folder, confirmed)
    for name in sorted(set(confirmed or {}) - {s.name for s in scores}):
        print(f"note: {args.confirmed} names {name!r}, which is not a keyed file of "
              f"{args.folder}: its confirmations were not used")
    good = sum(s.good for s in scores)
    right = sum(s.good_right for s in scores)
    others = sum(s.others for s in scores)
    named = sum(s.others_named for s in scores)
    for s in scores:
        print(f"{s.name}: {s.good_right}/{s.good} good rows right; "
              f"{s.others_named}/{s.others} other rows named")
        if args.verbose:
            for miss in s.misses:
                print(f"    {miss}")
    print(f"TOTAL: {right}/{good} good rows right ({right / good:.1%}); "
          f"{named}/{others} other rows named")


if __name__ == "__main__":
    main()

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

Run it by hand for the figures: ``python tests/import_corpus.py tests/data/import-corpus``.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import attrs

#: file name -> ``--map``-style overrides a librarian would make in the preview.
CONFIRMED: dict[str, dict[str, str]] = {}


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


def _compare_innovation(record: Any, want: dict[str, Any], people: dict[str, Any]) -> list[str]:
    wrong: list[str] = []
    for field, expected in want.items():
        if field in ("note", "also_named"):
            continue
        if field == "ref":
            got: Any = getattr(record, "reference", "")
            if _norm(got) != _norm(expected):
                wrong.append(f"ref {got!r} != {expected!r}")
        elif field == "lead":
            person = people.get(record.lead or "")
            name = getattr(person, "display_name", "") if person else ""
            email = getattr(person, "work_email", "") if person else ""
            if _norm(name) != _norm(expected.get("name", "")):
                wrong.append(f"lead {name!r} != {expected.get('name')!r}")
            if expected.get("email") and _norm(email) != _norm(expected["email"]):
                wrong.append(f"lead e-mail {email!r} != {expected['email']!r}")
        elif field == "team":
            got = sorted(_norm(getattr(people.get(m.person), "display_name", m.person))
                         for m in record.team)
            if got != sorted(_norm(m["name"]) for m in expected):
                wrong.append(f"team {got} != {expected}")
        elif field == "savings":
            savings = record.savings
            for part, amount in expected.items():
                got = getattr(savings, part, None) if savings is not None else None
                if got is None or _money(got) != _money(amount):
                    wrong.append(f"savings.{part} {got!r} != {amount!r}")
        elif field == "adopted_by":
            adoption = record.adoption
            got = sorted(_norm(a.org.name) for a in adoption.adopted_by) if adoption else []
            if got != sorted(_norm(a) for a in expected):
                wrong.append(f"adopted_by {got} != {expected}")
        else:
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


def score_file(path: Path, workdir: Path) -> FileScore:
    """Import *path* into a new knowledge base under *workdir* and score it (see above)."""
    import kmcore
    from kmcore.io.importer import Importer

    key = json.loads(path.with_name(path.name + ".expected.json").read_text(encoding="utf-8"))
    record_type = key["record_type"]
    kb = kmcore.init(workdir / f"kb-{path.stem}", name="Corpus", organisation="Corpus Trust")
    try:
        importer = Importer(kb, path, record_type, sheet=key.get("sheet"),
                            overrides=CONFIRMED.get(path.name, {}))
        importer.open()
        report = workdir / f"{path.stem}-problems.csv"
        result = importer.prepare(report=report)
        importer.apply()
        named: dict[int, list[str]] = {}
        if report.exists():
            import csv

            with report.open(encoding="utf-8-sig") as fh:
                for row in csv.DictReader(fh):
                    if row["severity"] == "error":
                        named.setdefault(int(row["row"]), []).append(row["problem"])
        by_row: dict[int, Any] = {}
        for record in kb.records(record_type):
            found = re.search(r" row (\d+)$", record.provenance.source_ref)
            if found:
                by_row[int(found.group(1))] = record
        people = _people(kb)
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
                wrong = (_compare_person(record, entry["values"]) if record_type == "person"
                         else _compare_innovation(record, entry["values"], people))
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


def score_corpus(folder: Path) -> list[FileScore]:
    files = sorted(p for p in folder.iterdir()
                   if p.suffix in (".csv", ".xlsx") and
                   p.with_name(p.name + ".expected.json").exists())
    with tempfile.TemporaryDirectory(prefix="kmcore-corpus-") as tmp:
        return [score_file(path, Path(tmp)) for path in files]


def main() -> None:
    folder = Path(sys.argv[1])
    scores = score_corpus(folder)
    good = sum(s.good for s in scores)
    right = sum(s.good_right for s in scores)
    others = sum(s.others for s in scores)
    named = sum(s.others_named for s in scores)
    for s in scores:
        print(f"{s.name}: {s.good_right}/{s.good} good rows right; "
              f"{s.others_named}/{s.others} other rows named")
        if "-v" in sys.argv:
            for miss in s.misses:
                print(f"    {miss}")
    print(f"TOTAL: {right}/{good} good rows right ({right / good:.1%}); "
          f"{named}/{others} other rows named")


if __name__ == "__main__":
    main()

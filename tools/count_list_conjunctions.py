"""Count how the import corpora's answer keys read an "&" or "and" inside one item of a list.

For every good row of a staff key with areas of expertise, each cell of the row that holds
the row's areas written as a list (items told apart by ",", ";", "|", line breaks, bullets
or numbering) is split into its items, and each item holding one "&" or one "and" is
counted as keyed **whole** (one of the key's areas holds the conjunction and the words
either side of it) or **split** (the key has the words before it and the words after it as
two areas). Items the key says neither of (a cell that is not the areas, a language line)
are left out. Counts are by the conjunction ("&", "and"), by how the list is told apart
("sep": ";", "|", lines, bullets or numbering; "comma": commas only) and, for comma lists,
by whether the item is the list's last (where "and" is the list's own closing joiner:
"A, B and C"); a cell of one item ("alone") is counted apart::

    python tools/count_list_conjunctions.py tests/data/import-corpus* [-v]

Used for D1514; the keys are read, never changed.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from kmcore.io.areas import split_areas
from kmcore.io.tables import read_table

_SEP = re.compile(r"[;\n|\u2022\u2028\u2029\u000b]|^\s*(?:\d{1,2}[.)]|[-*])\s+", re.M)
_CONJ = re.compile(r"\s+(&|and)\s+", re.I)


def _plain(text: str) -> str:
    text = re.sub(r"^\s*(?:\d{1,2}[.)]|[-*\u2022])\s*", "", text)
    return " ".join(text.casefold().split()).strip(" .-*\u2013\u2014:")


def _areas(entry: dict[str, Any]) -> list[str] | None:
    values = entry.get("values") or entry.get("expected") or {}
    for key, value in values.items():
        if "expertise" in key and isinstance(value, list):
            return [_plain(v if isinstance(v, str) else str(v.get("label", v)))
                    for v in value]
    return None


def _items(cell: str) -> tuple[str, list[tuple[str, bool]]]:
    """How the cell is told apart, and its items (brackets kept whole), each with whether it
    is the last of a comma list."""
    hidden = re.sub(r"\([^)]*\)", lambda m: m[0].replace(",", "\ue000").replace(
        ";", "\ue001"), cell)
    chunks = [c for c in _SEP.split(hidden) if c and c.strip()]
    kind = "sep" if len(chunks) > 1 else "comma"
    items: list[tuple[str, bool]] = []
    for chunk in chunks:
        parts = [p for p in chunk.split(",") if p.strip()]
        items.extend((p.replace("\ue000", ",").replace("\ue001", ";"), n == len(parts) - 1
                      and len(parts) > 1) for n, p in enumerate(parts))
    if kind == "comma" and len(items) < 2:
        return "alone", [(cell, False)]
    return kind, items


def count(folder: Path, tally: Counter[tuple[str, ...]], verbose: bool) -> None:
    for key_path in sorted(folder.glob("*.expected.json")):
        key = json.loads(key_path.read_text(encoding="utf-8"))
        source = key_path.with_name(key_path.name[: -len(".expected.json")])
        rows = key.get("rows", {})
        wanted = {int(n): a for n, e in rows.items()
                  if isinstance(e, dict) and e.get("good") and (a := _areas(e))}
        if not wanted or not source.exists():
            continue
        try:
            table = read_table(source, sheet=key.get("sheet"))
        except Exception:  # a file this reader cannot open is not counted
            continue
        for row in table.rows:
            areas = wanted.get(row.number)
            if not areas:
                continue
            for cell in row.cells.values():
                if not isinstance(cell, str) or not _CONJ.search(cell):
                    continue
                kind, items = _items(cell)
                for item, last in items:
                    found = _CONJ.split(item)
                    if len(found) != 3:
                        continue
                    before, conj, after = _plain(found[0]), found[1].casefold(), _plain(found[2])
                    if not before or not after:
                        continue
                    joint = f"{before.split()[-1]} {conj} {after.split()[0]}"
                    if any(joint in a for a in areas):
                        verdict = "whole"
                    elif any(a.endswith(before) or before.endswith(a) for a in areas) and any(
                            a.startswith(after) or after.startswith(a) for a in areas):
                        verdict = "split"
                    else:
                        continue
                    where = kind if kind in ("sep", "alone") else (
                        "comma-last" if last else "comma")
                    tally[(folder.name, conj, where, verdict)] += 1
                    read = [_plain(a) for a in split_areas(cell).areas]
                    agrees = any(joint in a for a in read) == (verdict == "whole")
                    tally[(folder.name, conj, where, "read")] += agrees
                    if verbose:
                        ok = "" if agrees else " MISREAD"
                        print(f"{folder.name}/{source.name} row {row.number}: {where} {conj} "
                              f"{verdict}: {item.strip()!r}{ok}")


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    tally: Counter[tuple[str, ...]] = Counter()
    for name in (a for a in argv if a != "-v"):
        count(Path(name), tally, verbose)
    totals: Counter[tuple[str, ...]] = Counter()
    for (_, conj, where, verdict), n in tally.items():
        totals[(conj, where, verdict)] += n
    print("(read: how many of them the expertise reader reads as keyed)")
    for conj in ("&", "and"):
        for where in ("sep", "comma", "comma-last", "alone"):
            whole, split = totals[(conj, where, "whole")], totals[(conj, where, "split")]
            read = totals[(conj, where, "read")]
            print(f"{conj!r:6} in a {where:10} item: whole {whole:3}  split {split:3}  "
                  f"read {read:3}")


if __name__ == "__main__":
    main(sys.argv[1:])

"""How well the preview alone reads the corpora when a column's header is a word no list holds.

The blind corpora are scored on files nobody here has seen, whose headers are often words
kmcore's lists lack. This check imitates that on the corpora we have (D1295): for every CSV
and xlsx file in ``tests/data/import-corpus*``, the header of one main field's column (the
title, the department, the stage...) is renamed to ``Misc`` in a copy, and the copy is
scored with the preview alone (:func:`import_corpus.score_file`); with ``--all`` every main
header of a file is renamed at once (``Column 1``, ``Column 2``...). It prints, per field,
the good rows right with the real headers and with the renamed ones. Run it by hand::

    python tests/import_renamed_headers.py [--all] [FIELD ...]

Only a header matched by words is renamed (not one a cell rule found); a file whose header
cannot be found again in the copy is left out.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import sys
import tempfile
from pathlib import Path

import openpyxl

sys.path.insert(0, str(Path(__file__).parent))

import kmcore
from import_corpus import KINDS, Confirmed, score_file
from kmcore.io.importer import Importer

FIELDS = ["title", "department", "description", "lead", "stage", "started_on",
          "display_name", "work_email", "job_title", "profile.expertise"]
_BY_WORDS = ("field name", "synonym", "contains", "without its qualifier", "similar spelling")


def _renamed_copy(path: Path, sheet: str | None, renames: dict[str, str],
                  folder: Path) -> Path | None:
    """A copy of *path* in *folder* with the header cells *renames* names renamed."""
    copy = folder / path.name
    hit = 0
    if path.suffix == ".csv":
        raw = path.read_bytes()
        text = None
        for encoding in ("utf-8-sig", "cp1252"):
            try:
                text = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        if text is None or "\x00" in text:
            return None
        rows = list(csv.reader(io.StringIO(text)))
        for row in rows:
            if any(h in row for h in renames):
                for old, new in renames.items():
                    if old in row:
                        row[row.index(old)] = new
                        hit += 1
                break
        with copy.open("w", encoding="utf-8", newline="") as out:
            csv.writer(out).writerows(rows)
    else:
        book = openpyxl.load_workbook(path)
        ws = book[sheet] if sheet else book.worksheets[0]
        for cells in ws.iter_rows(max_row=15):
            for cell in cells:
                if isinstance(cell.value, str) and cell.value in renames:
                    cell.value = renames[cell.value]
                    hit += 1
            if hit:
                break
        book.save(copy)
    if hit != len(renames):
        return None
    shutil.copy(path.with_name(path.name + ".expected.json"),
                folder / (path.name + ".expected.json"))
    return copy


def main() -> None:
    all_at_once = "--all" in sys.argv[1:]
    fields = [a for a in sys.argv[1:] if not a.startswith("--")] or FIELDS
    data = Path(__file__).parent / "data"
    files = [p for d in sorted(data.glob("import-corpus*")) for p in sorted(d.iterdir())
             if p.suffix in (".csv", ".xlsx")]
    totals: dict[str, list[int]] = {}
    for path in files:
        key = json.loads(path.with_name(path.name + ".expected.json").read_text(
            encoding="utf-8"))
        record_type = key.get("record_type") or KINDS[key["kind"]]
        with tempfile.TemporaryDirectory() as tmp:
            kb = kmcore.init(Path(tmp) / "kb", name="C", organisation="C")
            importer = Importer(kb, path, record_type, sheet=key.get("sheet"))
            mapping = importer.open()
            sheet = importer._table.sheet if importer._table else None
            before = score_file(path, Path(tmp) / "b", Confirmed()).good_right
        plans: list[tuple[str, dict[str, str]]] = []
        for field in fields:
            heads = [cm.header for cm in mapping.columns
                     if cm.field == field and cm.method in _BY_WORDS]
            if len(heads) == 1:
                plans.append((field, {heads[0]: "Misc"}))
        if all_at_once:
            plans = [("ALL", {h: f"Column {i}" for i, (_, r) in enumerate(plans, start=1)
                              for h in r})] if plans else []
        for name, renames in plans:
            with tempfile.TemporaryDirectory() as tmp:
                copy = _renamed_copy(path, sheet, renames, Path(tmp))
                if copy is None:
                    continue
                after = score_file(copy, Path(tmp) / "w", Confirmed()).good_right
            total = totals.setdefault(name, [0, 0, 0])
            total[0] += before
            total[1] += after
            total[2] += 1
            print(f"{path.parent.name}/{path.name} {name}: {before} -> {after}", flush=True)
    print()
    for name, (before, after, count) in totals.items():
        print(f"{name}: {count} files, {before} -> {after} good rows right")


if __name__ == "__main__":
    main()

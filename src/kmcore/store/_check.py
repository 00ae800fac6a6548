"""``kmcore validate`` for the local store: every problem in every record file, with its line."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from pathlib import Path

from kmcore.errors import Problem, shorten
from kmcore.jsonpos import line_of
from kmcore.records.base import Record
from kmcore.specs import RecordTypeSpec
from kmcore.store._decode import text_for_lines
from kmcore.store._files import read_bytes
from kmcore.store._layout import record_stems
from kmcore.store._problems import SUFFIX as _SUFFIX
from kmcore.store._problems import file_problems
from kmcore.store.base import FileProblem

__all__ = ["check_files"]


def check_files(
    root: str,
    specs: Mapping[str, RecordTypeSpec],
    folders: Mapping[str, str],
    classes: Mapping[str, type[Record]],
) -> Iterator[FileProblem]:
    """Every problem in the record files under *root* (the knowledge base folder), each with
    its file (relative to *root*) and line. *folders* maps each type name in *specs* to its
    absolute folder. See :meth:`kmcore.store.local.LocalFileStore.check`."""
    listing = {name: record_stems(folders[name]) for name in sorted(specs)}
    users: dict[str, list[str]] = {}  # id -> files using it, to find ids used twice
    for name, stems in listing.items():
        for stem in stems:
            users.setdefault(stem, []).append(f"{specs[name].folder}/{stem}{_SUFFIX}")
    for name, stems in listing.items():
        spec = specs[name]
        folder = folders[name]
        for stem in stems:
            path = os.path.join(folder, stem + _SUFFIX)
            rel = Path(os.path.relpath(path, root))
            try:
                raw = read_bytes(path)
            except FileNotFoundError:
                continue
            except OSError as exc:
                problem = Problem("$", f"could not be read: {exc.strerror or exc}")
                yield FileProblem(path=rel, problem=problem)
                continue
            found = file_problems(spec, stem, raw, specs, classes)
            others = [u for u in users[stem] if u != rel.as_posix()]
            if others:
                text = text_for_lines(raw)
                problem = Problem(
                    "$.id",
                    f"is also used by {', '.join(others)}; an id must be unique across the "
                    "knowledge base, so rename one of the files and change its id",
                    shorten(stem),
                )
                found.append((problem, line_of(text, "$.id")))
            for problem, line in found:
                yield FileProblem(path=rel, problem=problem, line=line)

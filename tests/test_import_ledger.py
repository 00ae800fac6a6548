"""The import ledger's file (kmcore.io.ledger): what save() writes."""

from __future__ import annotations

import json
from pathlib import Path

from kmcore.io.ledger import VERSION, Ledger


def test_saved_entries_are_what_json_dumps_writes_with_the_signature_last(
        tmp_path: Path) -> None:
    signatures = {"inn-a": (2, 5, 1700000000000000), "inn-é": (1, 3, 17),
                  'inn-"q"': (4, 4, 4)}
    ledger = Ledger(tmp_path, "log.csv\x00", "innovation", lambda _: signatures)
    entries = [
        {"digest": "a" * 32, "id": "inn-a", "twin": None, "words": [["stage", "Idée"]],
         "warnings": []},
        {"digest": "b" * 32, "id": "inn-é", "twin": "x", "words": [], "warnings": [
            ["Col", "field", "a \"quoted\" reason }"]]},
        {"digest": "c" * 32, "id": "inn-gone", "words": []},  # not saved: left out
        {"id": 'inn-"q"', "digest": "d" * 32, "sig": [9, 9, 9]},  # another order, an old sig
    ]
    for entry in entries:
        ledger.keep_entry(dict(entry))
    ledger.save()
    lines = ledger.path.read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0]) == {"kmcore_import_ledger": VERSION}
    expected = []
    for entry in entries:
        if entry["id"] in signatures:
            plain = {k: v for k, v in entry.items() if k != "sig"}
            plain["sig"] = list(signatures[str(entry["id"])])
            expected.append(json.dumps(plain, ensure_ascii=False))
    assert lines[1:] == expected

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


def test_a_long_ledger_is_written_whole_in_chunks_with_each_signature_as_json_writes_it(
        tmp_path: Path) -> None:
    # D1340: the lines go out a thousand at a time and the signature is written directly;
    # every line, across the chunks' edges, is still the json.dumps text, in order.
    count = 2 * 1000 + 7
    signatures: dict[str, tuple[int, int, int]] = {
        f"inn-{n}": (n, 1_765_000_000_000_000 + n, -n) for n in range(count)}
    ledger = Ledger(tmp_path, "big.csv\x00", "innovation", lambda _: signatures)
    entries = [{"digest": f"{n:032x}", "id": f"inn-{n}", "words": []} for n in range(count)]
    for entry in entries:
        ledger.keep_entry(dict(entry))
    ledger.save()
    lines = ledger.path.read_text(encoding="utf-8").splitlines()
    assert lines[1:] == [json.dumps({**e, "sig": list(signatures[str(e["id"])])})
                         for e in entries]


def test_a_signature_not_of_three_whole_numbers_is_written_by_json() -> None:
    from kmcore.io.ledger import _signature_text

    for signature in [(1, 2, 3), (0, 10**20, -5), (True, 2, 3), (1.5, 2, 3), (1, 2)]:
        assert _signature_text(signature) == json.dumps(list(signature))  # type: ignore[arg-type]

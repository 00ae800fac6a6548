"""The fingerprint quick check: unchanged files are not re-read, changed ones always are."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import kmcore
from kmcore.kb import KnowledgeBase
from kmcore.store import _statcache
from kmcore.store._verified import content_key


def _lesson(**overrides: object) -> kmcore.Lesson:
    fields: dict[str, object] = dict(title="Rooms", statement="Rooms were double-booked.",
                                     recommendation="Confirm first.", polarity="improve")
    fields.update(overrides)
    return kmcore.Lesson(**fields)  # type: ignore[arg-type]


def _age_all(kb: KnowledgeBase, seconds: float = 60) -> None:
    """Make every record file look old, so the racy guard does not apply."""
    for path in kb.root.glob("lessons/*.json"):
        st = path.stat()
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns - int(seconds * 1e9)))


def test_fingerprints_match_the_file_bytes_and_skip_unchanged_files(
    kb: KnowledgeBase, monkeypatch: object
) -> None:
    a = kb.add(_lesson(id="a"))
    kb.add(_lesson(id="b"))
    _age_all(kb)
    store = kb.store
    first = store.fingerprints()  # type: ignore[attr-defined]
    path = kb.root / "lessons" / "a.json"
    assert first["a"] == ("lesson", content_key(path.read_bytes()))
    assert (kb.root / ".kmcore" / "fingerprints.json").exists()

    reads: list[str] = []
    # fingerprints() reads files through kmcore.store._fingerprints (split out of local.py).
    import kmcore.store._fingerprints as local

    real = local.read_bytes

    def counting(p: str) -> bytes:
        reads.append(p)
        return real(p)

    local.read_bytes = counting  # type: ignore[assignment]
    try:
        assert store.fingerprints() == first  # type: ignore[attr-defined]
        assert reads == []  # nothing re-read
        kb.update(kb.get(a.id))  # a real save: new inode and time
        reads.clear()
        again = store.fingerprints()  # type: ignore[attr-defined]
        assert [Path(p).name for p in reads] == ["a.json"]
        assert again["a"] == ("lesson", content_key(path.read_bytes()))
    finally:
        local.read_bytes = real  # type: ignore[assignment]


def test_an_in_place_edit_of_the_same_size_is_seen(kb: KnowledgeBase) -> None:
    kb.add(_lesson(id="a", title="Rooms"))
    _age_all(kb)
    before = kb.store.fingerprints()["a"]  # type: ignore[attr-defined]
    path = kb.root / "lessons" / "a.json"
    text = path.read_text()
    with open(path, "r+", encoding="utf-8") as fh:  # same inode, same size
        fh.write(text.replace('"Rooms"', '"Rumps"'))
    after = kb.store.fingerprints()["a"]  # type: ignore[attr-defined]
    assert after != before and after[1] == content_key(path.read_bytes())


def test_racy_entries_are_always_reread(tmp_path: Path) -> None:
    cache = _statcache.StatCache(tmp_path)
    now = time.time_ns()
    cache.put("lesson/a.json", (10, now, 1), "k1")
    cache.save(complete=True)
    reloaded = _statcache.StatCache(tmp_path)
    # Modified within RACY_SECONDS of being recorded: not trusted.
    assert reloaded.get("lesson/a.json", (10, now, 1)) is None
    old = now - int(60 * 1e9)
    cache.put("lesson/b.json", (10, old, 2), "k2")
    cache.save(complete=False)
    assert _statcache.StatCache(tmp_path).get("lesson/b.json", (10, old, 2)) == "k2"
    assert _statcache.StatCache(tmp_path).get("lesson/b.json", (11, old, 2)) is None


def test_a_damaged_list_is_ignored(kb: KnowledgeBase) -> None:
    kb.add(_lesson(id="a"))
    (kb.root / ".kmcore").mkdir(exist_ok=True)
    (kb.root / ".kmcore" / "fingerprints.json").write_text("{ nope")
    path = kb.root / "lessons" / "a.json"
    assert kb.store.fingerprints()["a"][1] == content_key(path.read_bytes())  # type: ignore[attr-defined]
    assert json.loads((kb.root / ".kmcore" / "fingerprints.json").read_text())["format"] == 1


def test_a_damaged_entry_never_matches(tmp_path: Path) -> None:
    import json

    old = 1_000_000_000
    (tmp_path / "fingerprints.json").write_text(json.dumps({
        "format": 1, "recorded_ns": old * 10,
        "files": {"a.json": ["10", old, 2, "k"], "b.json": [10, old, 2, 7],
                  "c.json": [10, old, 2], "d.json": "x", "e.json": [10, old, 2, "k"]}}),
        encoding="utf-8")
    cache = _statcache.StatCache(tmp_path)
    for name in ("a.json", "b.json", "c.json", "d.json"):
        assert cache.get(name, (10, old, 2)) is None, name
    assert cache.get("e.json", (10, old, 2)) == "k"

"""Files as people really save them on Windows: read, or refused in one line that names the
encoding and how to save it right; never a traceback."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

import kmcore
from clihelp import run_cli
from kmcore.textfile import TextEncodingError, decode_text

NAME = "Siobhán Ó Dónaill \u2013 \u201cfalls\u201d lead"  # en dash and curly quotes: in cp1252

#: How each tool writes text: (label, encode).
READ = [
    ("utf-8", lambda t: t.encode("utf-8")),
    ("utf-8 with BOM (Notepad)", lambda t: codecs.BOM_UTF8 + t.encode("utf-8")),
    ("utf-16 LE with BOM (PowerShell 5.1 Out-File)", lambda t: t.encode("utf-16")),
    ("utf-16 LE with BOM, Windows line ends",
     lambda t: codecs.BOM_UTF16_LE + t.replace("\n", "\r\n").encode("utf-16-le")),
    ("utf-16 BE with BOM", lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be")),
]
REFUSED = [
    ("ANSI (Windows-1252)", lambda t: t.encode("cp1252"), "ANSI (Windows-1252)"),
    ("utf-16 LE without BOM", lambda t: t.encode("utf-16-le"), "UTF-16 without a byte-order"),
]


@pytest.mark.parametrize(("label", "encode"), READ, ids=[r[0] for r in READ])
def test_decode_text_reads(label: str, encode: object) -> None:
    text = '{"title": "' + NAME + '"}\n'
    assert decode_text(encode(text)).replace("\r\n", "\n") == text  # type: ignore[operator]


@pytest.mark.parametrize(("label", "encode", "named"), REFUSED, ids=[r[0] for r in REFUSED])
def test_decode_text_refuses_naming_the_encoding(label: str, encode: object,
                                                 named: str) -> None:
    with pytest.raises(TextEncodingError) as caught:
        decode_text(encode('{\n"title": "' + NAME + '"}\n'))  # type: ignore[operator]
    assert named in caught.value.reason and "save it as UTF-8" in caught.value.reason
    assert "\n" not in caught.value.reason


def _kb(tmp_path: Path) -> Path:
    root = tmp_path / "kb"
    kmcore.init(root, name="Test KB", organisation="Test Trust").close()
    return root


def _lesson_json() -> str:
    return json.dumps({"type": "lesson", "id": "lesson-win", "title": NAME,
                       "statement": "Said.", "recommendation": "Do.", "polarity": "improve"},
                      ensure_ascii=False, indent=2) + "\n"


def _one_line_error(result: object) -> str:
    err = result.err  # type: ignore[attr-defined]
    assert "Traceback" not in err
    assert result.code != 0  # type: ignore[attr-defined]
    return err


@pytest.mark.parametrize(("label", "encode"), READ, ids=[r[0] for r in READ])
def test_record_files_saved_by_windows_tools_are_read(tmp_path: Path, label: str,
                                                      encode: object) -> None:
    root = _kb(tmp_path)
    (root / "lessons").mkdir(exist_ok=True)
    (root / "lessons" / "lesson-win.json").write_bytes(encode(_lesson_json()))  # type: ignore[operator]
    with kmcore.open(root) as kb:
        assert kb.get("lesson-win").label == NAME
        assert [r.id for r in kb.records("lesson")] == ["lesson-win"]
        assert kb.validate() == []
        # Saved again by kmcore: UTF-8, and the revision check still works.
        import attrs

        stored = kb.update(attrs.evolve(kb.get("lesson-win"), recommendation="Do it."))
        assert stored.revision == 2
    assert (root / "lessons" / "lesson-win.json").read_bytes().decode("utf-8")
    assert run_cli(["--kb", str(root), "validate"]).code == 0


@pytest.mark.parametrize(("label", "encode", "named"), REFUSED, ids=[r[0] for r in REFUSED])
def test_record_files_in_other_encodings_are_refused_in_one_line(
        tmp_path: Path, label: str, encode: object, named: str) -> None:
    root = _kb(tmp_path)
    (root / "lessons").mkdir(exist_ok=True)
    (root / "lessons" / "lesson-win.json").write_bytes(encode(_lesson_json()))  # type: ignore[operator]
    result = run_cli(["--kb", str(root), "validate"])
    assert result.code == 1 and "Traceback" not in result.out + result.err
    assert named in result.out + result.err and "save it as UTF-8" in result.out + result.err
    with kmcore.open(root) as kb, pytest.raises(kmcore.KmcoreError) as caught:
        kb.get("lesson-win")
    assert named in str(caught.value)


@pytest.mark.parametrize(("label", "encode"), READ, ids=[r[0] for r in READ])
def test_add_file_reads_windows_files(tmp_path: Path, label: str, encode: object) -> None:
    root = _kb(tmp_path)
    source = tmp_path / "new lesson.json"
    source.write_bytes(encode(_lesson_json()))  # type: ignore[operator]
    result = run_cli(["--kb", str(root), "add", "lesson", "--file", str(source)])
    assert result.code == 0, result.err
    with kmcore.open(root) as kb:
        assert kb.get("lesson-win").label == NAME
    toml_source = tmp_path / "another lesson.toml"
    toml_source.write_bytes(encode(  # type: ignore[operator]
        'type = "lesson"\nid = "lesson-toml"\ntitle = "' + NAME + '"\nstatement = "S."\n'
        'recommendation = "R."\npolarity = "improve"\n'))
    result = run_cli(["--kb", str(root), "add", "lesson", "--file", str(toml_source)])
    assert result.code == 0, result.err


@pytest.mark.parametrize(("label", "encode", "named"), REFUSED, ids=[r[0] for r in REFUSED])
def test_add_file_refuses_other_encodings_in_one_line(tmp_path: Path, label: str,
                                                      encode: object, named: str) -> None:
    root = _kb(tmp_path)
    source = tmp_path / "new lesson.json"
    source.write_bytes(encode(_lesson_json()))  # type: ignore[operator]
    err = _one_line_error(run_cli(["--kb", str(root), "add", "lesson", "--file", str(source)]))
    assert named in err and "save it as UTF-8" in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(("label", "encode"), READ, ids=[r[0] for r in READ])
def test_kmcore_toml_saved_by_windows_tools_is_read(tmp_path: Path, label: str,
                                                    encode: object) -> None:
    root = _kb(tmp_path)
    settings = root / "kmcore.toml"
    text = settings.read_text(encoding="utf-8").replace('"Test KB"', '"' + NAME + '"')
    text += "\n[governance]\nleaver_profile_days = 7\n"
    settings.write_bytes(encode(text))  # type: ignore[operator]
    with kmcore.open(root) as kb:
        assert kb.settings.name == NAME
        from kmcore.governance.leavers import leaver_retention_days

        assert leaver_retention_days(kb) == 7
    assert run_cli(["--kb", str(root), "list"]).code == 0


@pytest.mark.parametrize(("label", "encode", "named"), REFUSED, ids=[r[0] for r in REFUSED])
def test_kmcore_toml_in_other_encodings_is_refused_in_one_line(
        tmp_path: Path, label: str, encode: object, named: str) -> None:
    root = _kb(tmp_path)
    settings = root / "kmcore.toml"
    text = settings.read_text(encoding="utf-8").replace('"Test KB"', '"' + NAME + '"')
    settings.write_bytes(encode(text))  # type: ignore[operator]
    err = _one_line_error(run_cli(["--kb", str(root), "list"]))
    assert named in err and "kmcore.toml" in err and "save it as UTF-8" in err
    with pytest.raises(kmcore.ConfigError, match="save it as UTF-8"):
        kmcore.open(root)


def test_schema_version_that_is_not_a_number_is_one_line(tmp_path: Path) -> None:
    root = _kb(tmp_path)
    settings = root / "kmcore.toml"
    settings.write_text(settings.read_text(encoding="utf-8").replace(
        "schema_version = 1", 'schema_version = "one"'), encoding="utf-8")
    err = _one_line_error(run_cli(["--kb", str(root), "list"]))
    assert "schema_version" in err and "whole number" in err
    with pytest.raises(kmcore.ConfigError, match="schema_version"):
        kmcore.open(root)


def test_record_schema_version_that_is_not_a_number(tmp_path: Path) -> None:
    root = _kb(tmp_path)
    (root / "lessons").mkdir(exist_ok=True)
    data = json.loads(_lesson_json())
    data["schema_version"] = "one"
    (root / "lessons" / "lesson-win.json").write_text(json.dumps(data), encoding="utf-8")
    result = run_cli(["--kb", str(root), "validate"])
    assert result.code == 1 and "Traceback" not in result.err
    assert "schema_version" in result.out + result.err
    assert "whole number" in result.out + result.err

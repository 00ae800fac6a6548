"""docs/records.md is generated from the record classes and must not drift from them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = ROOT / "tools" / "gen_records_doc.py"
DOC = ROOT / "docs" / "records.md"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_records_doc", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("gen_records_doc", module)
    spec.loader.exec_module(module)
    return module


def test_records_reference_is_up_to_date() -> None:
    expected = _generator().render()
    current = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
    if current != expected:
        pytest.fail(
            "docs/records.md is out of date with the record classes: "
            "run `python tools/gen_records_doc.py` and commit the result."
        )


def test_reference_covers_every_type_technique_and_vocabulary() -> None:
    from kmcore.records import RECORD_TYPES, TECHNIQUE_DETAILS, Technique, vocab

    text = _generator().render()
    for cls in RECORD_TYPES.values():
        assert f"\n## {cls.__name__}\n" in text
    for technique in Technique:
        assert f"\n### {TECHNIQUE_DETAILS[technique].__name__}\n" in text
        assert f"`{technique.value}`" in text
    for name in vocab.__all__:
        if name != "LawfulBasis":  # an alias of ConsentBasis
            assert f"\n### {name}\n" in text


def test_check_mode_reports_a_stale_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    generator = _generator()
    stale = tmp_path / "records.md"
    stale.write_text("# old\n", encoding="utf-8")
    monkeypatch.setattr(generator, "OUTPUT", stale)
    assert generator.main(["--check"]) == 1
    assert "python tools/gen_records_doc.py" in capsys.readouterr().err
    assert generator.main([]) == 0
    assert generator.main(["--check"]) == 0

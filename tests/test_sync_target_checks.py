"""A target's optional self-check (``diagnose``, for doctor) and cost estimate (dry run)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner

from kmcore.cli.plugins import doctor_cmd
from kmcore.hookspecs import hookimpl
from kmcore.kb import KnowledgeBase
from kmcore.specs import BackendSpec
from kmcore.sync.engine import sync
from kmcore.sync.model import Item, TargetCheck, TargetConfig
from kmcore.testing.fake_targets import DirectoryTarget, use_fake_targets
from kmcore.testing.plugins import register_plugin
from test_sync_helpers import make_kb, published


class CheckedTarget(DirectoryTarget):
    """The fake-dir target plus the two optional methods, driven by its settings."""

    def __init__(self, config: TargetConfig, kb: KnowledgeBase) -> None:
        super().__init__(config, kb)
        self.mode = str(config.settings.get("mode", "ok"))

    def diagnose(self) -> Iterable[TargetCheck]:
        yield TargetCheck(name=f"{self.config.name}: token", status="ok",
                          message=f"{self.config.name}: a token was issued")
        if self.mode == "broken":
            raise RuntimeError("the site answered 500")
        if self.mode == "drift":
            yield TargetCheck(name=f"{self.config.name}: lists", status="fail",
                              message=f"{self.config.name}: column Stage was renamed",
                              hint="Rename it back to Stage in the list settings.")

    def estimate(self, items: Sequence[Item]) -> str | None:
        if self.mode == "broken":
            raise RuntimeError("cannot estimate")
        ops = sorted({item.op for item in items})
        return f"about {len(items) + 1} requests ({', '.join(ops)})"


class _Plugin:
    @hookimpl
    def kmcore_register_backends(self, register: Callable[[BackendSpec], None]) -> None:
        register(BackendSpec(name="checked", kind="target",
                             factory="test_sync_target_checks:CheckedTarget",
                             description="fake-dir with a self-check"))


@pytest.fixture(autouse=True)
def plugins() -> Iterator[None]:
    with use_fake_targets(), register_plugin(_Plugin(), name="checked-target"):
        yield


def _kb(root: Path, mode: str) -> None:
    make_kb(root, 3).close()
    text = (root / "kmcore.toml").read_text(encoding="utf-8")
    text = text.replace('backend = "fake-dir"', f'backend = "checked"\nmode = "{mode}"')
    (root / "kmcore.toml").write_text(text, encoding="utf-8")


def _doctor(root: Path) -> tuple[int, dict[str, dict[str, str]]]:
    result = CliRunner().invoke(doctor_cmd, ["--kb", str(root), "--json"])
    checks = {c["check"]: c for c in json.loads(result.output)["checks"]}
    return result.exit_code, checks


def test_doctor_shows_each_targets_own_checks(tmp_path: Path) -> None:
    _kb(tmp_path / "kb", "drift")
    code, checks = _doctor(tmp_path / "kb")
    assert code == 1  # a failed target check fails doctor, so a deployment script stops
    assert checks["t: token"]["status"] == "ok"
    assert checks["t: lists"]["status"] == "fail"
    assert checks["t: lists"]["hint"] == "Rename it back to Stage in the list settings."


def test_doctor_reports_a_self_check_that_breaks(tmp_path: Path) -> None:
    _kb(tmp_path / "kb", "broken")
    code, checks = _doctor(tmp_path / "kb")
    assert code == 1
    assert checks["t: token"]["status"] == "ok"  # what it found before breaking is kept
    assert checks["target t"]["status"] == "fail"
    assert "the site answered 500" in checks["target t"]["message"]


def test_doctor_says_a_target_without_a_self_check_is_ready(tmp_path: Path) -> None:
    make_kb(tmp_path / "kb", 1).close()
    code, checks = _doctor(tmp_path / "kb")
    assert code == 0
    assert checks["target t"] == {"check": "target t", "status": "ok",
                                  "message": "target t: backend 'fake-dir' is ready",
                                  "hint": None, "detail": None}


def test_doctor_names_a_target_that_cannot_be_built(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    make_kb(root, 1).close()
    text = (root / "kmcore.toml").read_text(encoding="utf-8")
    (root / "kmcore.toml").write_text(text.replace('path = "published"\n', ""),
                                      encoding="utf-8")
    code, checks = _doctor(root)
    assert code == 1
    assert "$.targets.t.path: is required" in checks["target t"]["message"]
    assert checks["target t"]["hint"] == 'Add path = "published".'


def test_dry_run_shows_the_targets_estimate(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    _kb(root, "ok")
    import kmcore

    with kmcore.open(root) as kb:
        [report] = sync(kb, dry_run=True)
        assert report.estimate == "about 4 requests (create)"
        assert "  Cost: about 4 requests (create)" in report.render_text().splitlines()
        assert report.to_dict()["estimate"] == "about 4 requests (create)"
        assert not published(root).exists()
        [real] = sync(kb)
        assert real.estimate is None  # only a dry run asks


def test_a_failing_estimate_does_not_stop_the_dry_run(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    _kb(root, "broken")
    import kmcore

    with kmcore.open(root) as kb:
        [report] = sync(kb, dry_run=True)
    assert report.estimate is None and report.counts["create"] == 3


def test_target_check_refuses_an_unknown_status() -> None:
    with pytest.raises(ValueError, match="status must be ok, warn or fail"):
        TargetCheck(name="x", status="maybe", message="?")  # type: ignore[arg-type]

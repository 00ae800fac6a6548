"""``kmcore doctor`` and ``kmcore sync --dry-run`` for a Confluence target."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from confluence_helpers import TOKEN_ENV, add_target, open_kb
from kmcore_confluence.testing import FakeConfluence

from kmcore.cli.plugins import doctor_cmd
from kmcore.sync.config import build_target, load_target_configs
from kmcore.sync.engine import sync
from kmcore.sync.model import TargetCheck


def _checks(root: Path) -> dict[str, TargetCheck]:
    with open_kb(root) as kb:
        target = build_target(load_target_configs(kb)["wiki"], kb)
        try:
            found = list(target.diagnose())  # type: ignore[attr-defined]
        finally:
            target.close()
    return {c.name.split(": ", 1)[1]: c for c in found}


def _setup(root: Path, fake: FakeConfluence, monkeypatch: pytest.MonkeyPatch,
           **extra: Any) -> None:
    monkeypatch.setenv(TOKEN_ENV, fake.token)
    add_target(root, {**fake.target_settings(TOKEN_ENV), **extra})


def test_a_healthy_target(sample_root: Path, edition: str,
                          monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeConfluence(edition) as fake:  # type: ignore[arg-type]
        _setup(sample_root, fake, monkeypatch)
        checks = _checks(sample_root)
    assert checks["token"].status == "ok" and fake.token not in checks["token"].message
    assert checks["sign-in"].status == "ok" and checks["edition"].status == "ok"
    assert checks["space"].status == "ok"
    assert checks["permission"].status == ("ok" if edition == "cloud" else "warn")
    assert checks["pages"].status == "ok"


def test_wrong_token_fails_sign_in_and_stops(sample_root: Path, edition: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeConfluence(edition) as fake:  # type: ignore[arg-type]
        _setup(sample_root, fake, monkeypatch)
        monkeypatch.setenv(TOKEN_ENV, "not-the-token-qzx")
        checks = _checks(sample_root)
    assert checks["sign-in"].status == "fail" and "HTTP 401" in checks["sign-in"].message
    assert "space" not in checks and "qzx" not in checks["sign-in"].message


def test_missing_token(sample_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeConfluence("cloud") as fake:
        _setup(sample_root, fake, monkeypatch)
        monkeypatch.delenv(TOKEN_ENV)
        checks = _checks(sample_root)
    assert checks["token"].status == "fail" and TOKEN_ENV in checks["token"].message
    assert list(checks) == ["token"]


def test_no_permission_to_create(sample_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeConfluence("cloud", can_create=False) as fake:
        _setup(sample_root, fake, monkeypatch)
        checks = _checks(sample_root)
    assert checks["permission"].status == "fail" and "Add pages" in (
        checks["permission"].hint or "")


def test_missing_space(sample_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeConfluence("datacenter") as fake:
        _setup(sample_root, fake, monkeypatch, space_key="NOPE")
        checks = _checks(sample_root)
    assert checks["space"].status == "fail" and "NOPE" in checks["space"].message


def test_missing_parent_page(sample_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeConfluence("cloud") as fake:
        _setup(sample_root, fake, monkeypatch, parent_page="No such page")
        checks = _checks(sample_root)
    assert checks["parent page"].status == "fail"
    assert "No such page" in checks["parent page"].message


def test_edition_mismatch(sample_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeConfluence("cloud") as fake:
        monkeypatch.setenv(TOKEN_ENV, fake.token)
        # A Cloud site configured as Data Center (with Basic auth, as old DC allows).
        add_target(sample_root, {"edition": "datacenter", "base_url": fake.base_url,
                                 "space_key": "KM", "username": fake.username,
                                 "token_env": TOKEN_ENV})
        checks = _checks(sample_root)
    assert checks["edition"].status == "warn" and 'edition = "cloud"' in (
        checks["edition"].hint or "")


def test_cloud_configured_against_data_center(sample_root: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeConfluence("datacenter", context_path="/wiki") as fake:
        monkeypatch.setenv(TOKEN_ENV, fake.token)
        add_target(sample_root, {"edition": "cloud", "base_url": fake.base_url,
                                 "space_key": "KM", "username": "x@example.nhs.uk",
                                 "token_env": TOKEN_ENV})
        checks = _checks(sample_root)
    assert checks["sign-in"].status == "fail"


def test_doctor_command_shows_the_checks(sample_root: Path, monkeypatch: pytest.MonkeyPatch,
                                         ) -> None:
    with FakeConfluence("cloud") as fake:
        _setup(sample_root, fake, monkeypatch)
        result = CliRunner().invoke(doctor_cmd, ["--kb", str(sample_root), "--json"])
    names = {c["check"]: c["status"] for c in json.loads(result.output)["checks"]}
    assert names["wiki: space"] == "ok" and names["wiki: sign-in"] == "ok"


def test_dry_run_estimates_without_changing_confluence(
    sample_root: Path, edition: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FakeConfluence(edition) as fake:  # type: ignore[arg-type]
        _setup(sample_root, fake, monkeypatch)
        with open_kb(sample_root) as kb:
            [report] = sync(kb, ["wiki"], dry_run=True)
        # Only the sign-in check (reading the space), so a refusal is said; nothing written.
        assert fake.recorded and {r.method for r in fake.recorded} == {"GET"}
        assert len(fake.recorded) <= 2
    assert report.estimate and "Confluence" in report.estimate
    assert f"{report.counts['create']} pages to create" in report.estimate

"""Provisioning lists, least privilege (Sites.Selected write vs manage), drift detection,
the `kmcore sharepoint provision` command, doctor's checks and the dry-run estimate."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from kmcore.cli import cli as kmcore_cli
from kmcore.sync import engine
from kmcore.sync.config import load_target_configs

from kmcore_sharepoint.target import SharePointTarget
from sharepoint_world import World
from test_sharepoint_sync import _lessons, _published


def _target(world: World) -> SharePointTarget:
    kb = world.open()
    return SharePointTarget(load_target_configs(kb)["intranet"], kb)


def test_provisioning_creates_typed_columns_and_is_idempotent(world: World) -> None:
    world.write_target(record_types=["lesson", "innovation"])
    target = _target(world)
    try:
        first = target.provision()
        assert sorted(first.created) == ["Innovations", "Lessons"]
        lessons = world.fake.list_named(world.site, "Lessons")
        key = lessons.column("KmKey")
        assert key is not None and key.indexed and key.enforce_unique
        kinds = {c.name: c.facet for c in lessons.columns}
        assert kinds["KmPolarity"] == "choice"
        assert kinds["KmReviewDue"] == "dateTime"
        assert kinds["KmPreviouslyIdentified"] == "boolean"
        multi = lessons.column("KmAppliesToStaffGroups")
        assert multi is not None and multi.settings["displayAs"] == "checkBoxes"
        before = world.fake.counts.get("POST lists", 0)
        again = target.provision()
        assert again.created == [] and again.added_columns == [] and again.drift == []
        assert world.fake.counts.get("POST lists", 0) == before
    finally:
        target.close()


def test_write_grant_cannot_create_lists_and_says_manage_is_needed(world: World) -> None:
    world.fake.grant(world.site, world.app.client_id, "write")
    _published(world, _lessons(2))
    world.write_target(record_types=["lesson"])
    [report] = world.sync()
    assert not report.ok
    text = report.render_text()
    assert "'manage' role" in text and "'write' role can only change list items" in text


def test_write_grant_is_enough_once_the_lists_exist(world: World) -> None:
    world.write_target(record_types=["lesson"])
    target = _target(world)
    try:
        target.provision()  # a one-off run with the manage grant (or a site owner)
    finally:
        target.close()
    world.fake.grant(world.site, world.app.client_id, "write")
    (world.root / ".kmcore" / "targets" / "intranet" / "sharepoint.json").unlink()
    _published(world, _lessons(3))
    [report] = world.sync()
    assert report.ok, report.render_text()
    assert len(world.fake.items(world.site, "Lessons")) == 3


def test_drift_is_reported_and_not_trampled(world: World) -> None:
    world.write_target(record_types=["lesson"])
    target = _target(world)
    try:
        target.provision()
        fake, site = world.fake, world.site
        fake.rename_column(site, "Lessons", "KmCategory", "Theme")
        fake.delete_column(site, "Lessons", "KmImpact")
        fake.retype_column(site, "Lessons", "KmPolarity", "text", {"maxLength": 255})
        result = target.provision(create=False)
        found = {(d.column, d.problem) for d in result.drift}
        assert ("KmCategory", "renamed") in found
        assert ("KmImpact", "missing") in found
        assert ("KmPolarity", "retyped") in found
        # Nothing was changed back: the owner's choices stand.
        lessons = fake.list_named(site, "Lessons")
        assert lessons.column("KmCategory").display_name == "Theme"  # type: ignore[union-attr]
        assert lessons.column("KmPolarity").facet == "text"  # type: ignore[union-attr]
    finally:
        target.close()
    # A sync still works: the retyped column is left alone, the rest is written.
    _published(world, _lessons(2))
    [report] = world.sync()
    assert report.ok, report.render_text()
    item = world.fake.items(world.site, "Lessons")[0]
    assert "KmPolarity" not in item.fields and item.fields["KmStatement"]


def test_provision_command(world: World) -> None:
    world.write_target(record_types=["lesson"])
    runner = CliRunner()
    result = runner.invoke(kmcore_cli, ["--kb", str(world.root), "sharepoint", "provision",
                                        "intranet"])
    assert result.exit_code == 0, result.output
    assert "created list 'Lessons'" in result.output
    again = runner.invoke(kmcore_cli, ["--kb", str(world.root), "sharepoint", "provision",
                                       "intranet"])
    assert again.exit_code == 0 and "nothing to do" in again.output
    world.fake.delete_column(world.site, "Lessons", "KmKey")
    check = runner.invoke(kmcore_cli, ["--kb", str(world.root), "sharepoint", "provision",
                                       "intranet", "--check"])
    assert check.exit_code == 1 and "CHANGED" in check.output and "KmKey" in check.output


def test_doctor_checks_token_site_permission_and_schema(world: World) -> None:
    world.write_target(record_types=["lesson"])
    target = _target(world)
    try:
        checks = {c.name: c for c in target.diagnose()}
        assert checks["intranet: token"].status == "ok"
        assert checks["intranet: site"].status == "ok"
        assert checks["intranet: lists"].status == "warn"  # not created yet
        target.provision()
        world.fake.grant(world.site, world.app.client_id, "read")
        world.fake.delete_column(world.site, "Lessons", "KmData")
        checks = {c.name: c for c in target.diagnose()}
        assert checks["intranet: permission"].status == "fail"
        assert "write" in (checks["intranet: permission"].hint or "")
        assert checks["intranet: schema"].status == "fail"
        assert "KmData" in checks["intranet: schema"].message
    finally:
        target.close()


def test_doctor_reports_a_bad_certificate_with_the_fix(world: World, tmp_path) -> None:  # type: ignore[no-untyped-def]
    world.write_target(certificate_path=str(tmp_path / "missing.pem"))
    target = _target(world)
    try:
        [check] = list(target.diagnose())
    finally:
        target.close()
    assert check.status == "fail" and "does not exist" in check.message
    assert "certificate_path" in (check.hint or "")


def test_dry_run_estimates_the_graph_requests(world: World) -> None:
    _published(world, _lessons(45))
    world.write_target(record_types=["lesson"])
    kb = world.open()
    try:
        [report] = engine.sync(kb, dry_run=True)
    finally:
        kb.close()
    assert report.estimate is not None
    assert "3 batches of up to 20 changes (45 to create" in report.estimate
    assert world.fake.counts.get("POST items", 0) == 0
    estimated = int(report.estimate.split("about ", 1)[1].split()[0])
    world.fake.reset_counts()
    [real] = world.sync()
    assert real.ok, real.render_text()
    assert world.fake.counts["graph"] <= estimated, (world.fake.counts, report.estimate)


@pytest.mark.parametrize("settings, message", [
    ({"site_url": "http://example.sharepoint.com/sites/x"}, "https://"),
    ({"client_id": "not-a-guid"}, "must be a GUID"),
    ({"auth": "password"}, "must be one of certificate, secret, device_code"),
    ({"concurrency": 50}, "from 1 to 8"),
    ({"graph_endpont": "https://x"}, "Did you mean graph_endpoint"),
    ({"authority_host": "https://login.example/tenant"}, "host only"),
])
def test_settings_errors_name_the_setting(world: World, settings: dict[str, object],
                                          message: str) -> None:
    from kmcore.errors import ConfigError



    with pytest.raises(ConfigError) as caught:
        world.parsed(world.settings(**settings))
    key = next(iter(settings))
    assert f"$.targets.intranet.{key}" in caught.value.message
    assert message in caught.value.message + " " + (caught.value.hint or "")


def test_a_literal_secret_in_kmcore_toml_is_refused(world: World) -> None:
    from kmcore.errors import ConfigError

    world.write_target(client_secret="abc123")
    kb = world.open()
    try:
        with pytest.raises(ConfigError, match="looks like a secret"):
            load_target_configs(kb)
    finally:
        kb.close()


def test_kmcore_doctor_runs_the_sharepoint_checks(world: World) -> None:
    world.write_target(record_types=["lesson"])
    runner = CliRunner()
    before = json.loads(runner.invoke(
        kmcore_cli, ["--kb", str(world.root), "doctor", "--json"]).output)
    checks = {c["check"]: c for c in before["checks"]}
    assert checks["intranet: token"]["status"] == "ok"
    assert checks["intranet: site"]["status"] == "ok"
    assert checks["intranet: lists"]["status"] == "warn"  # created by the first sync
    assert checks["intranet: site"]["message"].startswith("intranet: site: ")
    runner.invoke(kmcore_cli, ["--kb", str(world.root), "sharepoint", "provision", "intranet"])
    after = json.loads(runner.invoke(
        kmcore_cli, ["--kb", str(world.root), "doctor", "--json"]).output)
    checks = {c["check"]: c for c in after["checks"]}
    assert checks["intranet: permission"]["status"] == "ok"
    assert checks["intranet: lists"]["status"] == "ok"
    assert checks["intranet: schema"]["status"] == "ok"

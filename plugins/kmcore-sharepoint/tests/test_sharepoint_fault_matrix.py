"""The fault matrix for the SharePoint target: ``kmcore sync`` as a scheduler runs it, against
the fake Graph and Entra ID, with sign-in broken each way, 403, throttling and transient
faults on reads and writes (inside ``$batch`` too), lost answers and a stale delta link.

Each case checks the exit code, one line naming cause and fix, no traceback, that the fake
counted no request sent before a ``Retry-After`` ran out, and (where the run can finish) that
the lists end as one clean sync leaves them.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
import pytest
from click.testing import CliRunner

from sharepoint_world import World

SECRET_ENV = "KMCORE_TEST_SP_SECRET"


@attrs.frozen
class Run:
    code: int
    out: str
    err: str

    @property
    def report(self) -> dict[str, Any]:
        [report] = json.loads(self.out)
        return dict(report)


def _cli(world: World, *args: str, env: Mapping[str, str] | None = None) -> Run:
    """``kmcore --kb KB ARGS`` through the console script's entry point."""
    from kmcore.cli import cli, main

    cli._plugin_commands_loaded = False  # type: ignore[attr-defined]
    with CliRunner().isolation(env=dict(env or {})) as streams:
        try:
            result = main(["--kb", str(world.root), *args])
            code = result if isinstance(result, int) else 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        return Run(code, streams[0].getvalue().decode(), streams[1].getvalue().decode())


def _one_line_error(run: Run, *needles: str) -> None:
    """The run failed with one error line and one hint, naming *needles*; no traceback."""
    text = run.out + run.err
    assert "Traceback" not in text, text
    errors = [line for line in text.splitlines() if line.strip().startswith("Error:")]
    hints = [line for line in text.splitlines() if line.strip().startswith("Hint:")]
    assert len(errors) == 1 and len(hints) == 1, text
    for needle in needles:
        assert needle in errors[0] + hints[0], text


def _lessons(world: World, count: int, start: int = 0) -> None:
    from kmcore.testing.target_contract import contract_lesson

    kb = world.open()
    try:
        for n in range(start, start + count):
            kb.add(contract_lesson(n))
    finally:
        kb.close()


def _keys(world: World, list_name: str = "Lessons") -> list[str]:
    return sorted(str(i.fields.get("KmKey")) for i in world.fake.items(world.site, list_name))


@pytest.fixture
def synced(world: World) -> World:
    """A target synced once, cleanly: every later run has nothing to publish."""
    _lessons(world, 3)
    world.write_target()
    run = _cli(world, "sync")
    assert run.code == 0, run.out + run.err
    return world


# --- sign-in broken each way, with nothing to publish ----------------------------------------


def _break_secret(world: World) -> tuple[dict[str, Any], dict[str, str]]:
    app = world.fake.register_app(roles={"Sites.Selected"}, secret=True)
    world.fake.grant(world.site, app.client_id, "manage")
    return ({"auth": "secret", "client_id": app.client_id, "client_secret_env": SECRET_ENV},
            {SECRET_ENV: "not-the-secret"})


SIGN_IN = {
    "wrong secret": ("AADSTS7000215", "Certificates & secrets"),
    "certificate not uploaded": ("AADSTS700027", "Upload the public certificate"),
    "certificate file missing": ("does not exist", "certificate_path"),
    "wrong tenant": ("AADSTS90002: the tenant was not found", "tenant_id"),
    "app deleted": ("AADSTS700016", "client_id"),
    "consent revoked": ("admin consent", "Sites.Selected"),
    "grant removed (403)": ("403", "Sites.Selected grant"),
}


@pytest.mark.parametrize("fault", list(SIGN_IN))
def test_a_run_that_cannot_sign_in_or_read_fails_with_the_cause_and_the_fix(
        synced: World, fault: str, tmp_path: Path) -> None:
    world = synced
    fake = world.fake
    env: dict[str, str] = {}
    text = (world.root / "kmcore.toml").read_text(encoding="utf-8")
    (world.root / "kmcore.toml").write_text(text.split("\n[targets.intranet]")[0],
                                            encoding="utf-8")
    overrides: dict[str, Any] = {}
    if fault == "wrong secret":
        overrides, env = _break_secret(world)
    elif fault == "certificate not uploaded":
        world.app.app.certificates.clear()
    elif fault == "certificate file missing":
        overrides = {"certificate_path": str(tmp_path / "gone" / "kmcore.pem")}
    elif fault == "wrong tenant":
        overrides = {"tenant_id": str(uuid.uuid4())}
    elif fault == "app deleted":
        del fake.entra.apps[world.app.client_id]
    elif fault == "consent revoked":
        world.app.app.roles.clear()
    elif fault == "grant removed (403)":
        del world.site.grants[world.app.client_id]
    world.write_target(**overrides)
    run = _cli(world, "sync", "--json", env=env)
    assert run.code == 1, run.out + run.err
    report = run.report
    assert report["ok"] is False
    what, fix = SIGN_IN[fault]
    assert what in report["error"] and fix in report["hint"], report
    assert "not-the-secret" not in run.out + run.err
    assert "Traceback" not in run.err
    # Said once: the run stopped at the first refusal.
    assert report["warnings"] == []
    # In words, for the librarian reading the scheduler's log:
    words = _cli(world, "sync", env=env)
    assert words.code == 1
    _one_line_error(words, what, fix)
    assert fake.retry_after_violations == []


# --- throttling and transient errors ---------------------------------------------------------


@pytest.mark.parametrize("concurrency", [1, 2])
def test_retry_after_holds_every_request_and_batch_round(world: World, concurrency: int
                                                         ) -> None:
    _lessons(world, 75)
    world.write_target(concurrency=concurrency)
    fake = world.fake
    fake.faults.rate = 0.08
    fake.faults.errors = (429, 503)
    fake.faults.retry_after = 0.3
    fake.faults.seed = 5
    # Two threads may take turns on one connection before a second is opened; without this
    # the fake took such a client for a sequential one (CI saw it once in three runs).
    fake.sends_concurrently = concurrency > 1
    run = _cli(world, "sync")
    assert "Traceback" not in run.out + run.err
    assert fake.counts.get("faults_injected", 0) >= 1, fake.counts  # the faults happened
    assert fake.retry_after_violations == []
    fake.faults.rate = 0.0
    again = _cli(world, "sync")
    assert again.code == 0, again.out + again.err
    assert _keys(world) == sorted(f"lesson-contract-{n}" for n in range(75))
    assert fake.retry_after_violations == []


@pytest.mark.parametrize("status", [500, 502])
def test_a_server_error_on_a_read_is_retried_not_fatal(world: World, status: int) -> None:
    world.write_target()
    fake = world.fake
    fake.faults.errors = (status,)
    fake.faults.fail_next = 1  # the first Graph request: provision's look-up of the site
    provisioned = _cli(world, "sharepoint", "provision", "intranet")
    assert provisioned.code == 0, provisioned.out + provisioned.err
    assert fake.counts.get("faults_injected") == 1

    _lessons(world, 5)
    fake.faults.fail_next = 2  # the run's check of the site, then the delta read
    run = _cli(world, "sync")
    assert run.code == 0, run.out + run.err
    assert fake.counts.get("faults_injected") == 3
    assert _keys(world) == sorted(f"lesson-contract-{n}" for n in range(5))


@pytest.mark.parametrize("concurrency", [1, 2])
def test_faults_on_reads_and_writes_and_lost_answers_converge_to_one_clean_sync(
        world: World, concurrency: int) -> None:
    _lessons(world, 60)
    world.write_target(concurrency=concurrency)
    assert _cli(world, "sharepoint", "provision", "intranet").code == 0
    fake = world.fake
    fake.faults.rate = 0.15
    fake.faults.errors = (429, 500, 502, 503, 504)
    fake.faults.retry_after = 0.2
    fake.faults.lose_rate = 0.05
    fake.faults.seed = 11
    codes, said = [], []
    for _ in range(4):
        run = _cli(world, "sync")
        assert "Traceback" not in run.out + run.err
        codes.append(run.code)
        said.append(run.out + run.err)
        if run.code == 0:
            break
    # 3: some items failed and are retried; 1: the changes could not be read this time.
    assert codes[-1] == 0 and set(codes) <= {0, 1, 3}, said
    assert fake.counts.get("faults_injected", 0) >= 3
    assert _keys(world) == sorted(f"lesson-contract-{n}" for n in range(60))  # no duplicates
    assert fake.retry_after_violations == []
    fake.faults.rate = fake.faults.lose_rate = 0.0
    fake.reset_counts()
    again = _cli(world, "sync", "--json")
    assert again.code == 0 and again.report["counts"]["unchanged"] == 60


def test_a_device_code_target_in_an_unattended_run_fails_at_once(world: World,
                                                                 tmp_path: Path) -> None:
    import time

    app = world.fake.register_app(public_client=True)
    world.fake.grant(world.site, app.client_id, "write")
    _lessons(world, 2)
    world.write_target(auth="device_code", client_id=app.client_id, token_cache="file",
                       token_cache_path=str(tmp_path / "cache.json"))
    started = time.monotonic()
    run = _cli(world, "sync")  # stdin is not a terminal here, as in a scheduled task
    assert time.monotonic() - started < 20
    assert run.code == 1, run.out + run.err
    _one_line_error(run, "no terminal", "kmcore sharepoint login intranet")
    assert not world.fake.entra._device  # no device code was even asked for


def test_a_saved_delta_link_on_another_host_is_dropped_and_the_delta_restarts(
        synced: World) -> None:
    world = synced
    folder = world.root / ".kmcore" / "targets" / "intranet"
    for path in folder.rglob("*"):
        if path.is_file() and path.suffix in (".json", ".jsonl", ".log", ""):
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue
            if world.fake.url in text:
                path.write_text(text.replace(world.fake.url, "https://graph.microsoft.com"),
                                encoding="utf-8")
    item = world.fake.add_item(world.site, "Lessons", {
        "Title": "Ward 7 huddle board",
        "KmStatement": "A visible huddle board cut missed handovers.",
        "KmRecommendation": "Put the board where the handover happens.",
        "KmPolarity": "sustain"})
    run = _cli(world, "sync", "--json")
    assert run.code == 0, run.out + run.err
    pulled = run.report["pulled"]
    assert [p["remote_ref"].split("/")[1] for p in pulled] == [item.id], pulled
    again = _cli(world, "sync")
    assert again.code == 0, again.out + again.err


def test_a_title_only_form_item_comes_in_as_an_incomplete_draft(synced: World) -> None:
    # Made with SharePoint's own new-item form: only a Title. It must not be refused and
    # forgotten: it arrives as a draft flagged incomplete, with every problem in the report,
    # and stays on `kmcore review incomplete` until somebody completes it.
    world = synced
    item = world.fake.add_item(world.site, "Lessons", {"Title": "Only a title"})
    run = _cli(world, "sync", "--json")
    assert run.code == 0, run.out + run.err
    [pulled] = run.report["pulled"]
    assert pulled["status"] == "created", pulled
    assert [p.split(":")[0] for p in pulled["to_complete"]] == [
        "statement", "recommendation", "polarity"], pulled
    for field in ("statement", "recommendation", "polarity", "kmcore review incomplete"):
        assert field in pulled["reason"], pulled
    text = _cli(world, "sync", "--dry-run")
    assert "Only a title" not in text.out  # nothing more to bring in, nothing to publish
    listed = _cli(world, "review", "incomplete", "--json")
    [entry] = json.loads(listed.out)
    assert entry["id"] == pulled["record_id"] and entry["title"] == "Only a title"
    assert len(entry["missing"]) == 3, entry
    kb = world.open()
    try:
        draft = kb.get(pulled["record_id"])
        assert draft.status == "draft" and draft.provenance.source == "pulled"
    finally:
        kb.close()
    # Completed on the target: the draft is updated, and nothing is left to complete.
    world.fake.edit_item(world.site, "Lessons", item.id, {
        "KmStatement": "Handover at the bedside cut missed tasks.",
        "KmRecommendation": "Hand over at the bedside.", "KmPolarity": "sustain"})
    again = _cli(world, "sync", "--json")
    assert again.code == 0, again.out + again.err
    [updated] = again.report["pulled"]
    assert updated["status"] == "updated" and updated["to_complete"] == [], updated
    assert json.loads(_cli(world, "review", "incomplete", "--json").out) == []


@pytest.mark.parametrize("then", ["fixed on the target", "deleted on the target"])
def test_a_form_item_that_cannot_become_a_record_is_reported_every_run_until_settled(
        synced: World, then: str) -> None:
    world = synced
    item = world.fake.add_item(world.site, "Lessons", {"Title": "", "KmPolarity": "sideways"})
    run = _cli(world, "sync", "--json")
    [pulled] = run.report["pulled"]
    assert pulled["status"] == "failed"
    assert run.code == 3  # not a healthy night: something staff submitted did not arrive
    reason = pulled["reason"]
    assert "title" in reason and "polarity" in reason, reason
    # Not forgotten once the delta has moved past it: said again every run.
    again = _cli(world, "sync", "--json")
    assert again.code == 3, again.out + again.err
    [still] = again.report["pulled"]
    assert still["status"] == "failed" and still["remote_ref"] == pulled["remote_ref"]
    assert "still not brought in" in still["reason"] and "polarity" in still["reason"]
    assert "title" in _cli(world, "sync", "--dry-run").out
    if then == "fixed on the target":
        world.fake.edit_item(world.site, "Lessons", item.id, {
            "Title": "Bedside handover", "KmPolarity": "sustain",
            "KmStatement": "Handover at the bedside cut missed tasks.",
            "KmRecommendation": "Hand over at the bedside."})
    else:
        world.fake.delete_item(world.site, "Lessons", item.id)
    settled = _cli(world, "sync", "--json")
    assert settled.code == 0, settled.out + settled.err
    if then == "fixed on the target":
        assert [p["status"] for p in settled.report["pulled"]] == ["created"]
    quiet = _cli(world, "sync", "--json")
    assert quiet.code == 0 and quiet.report["pulled"] == [], quiet.report


def _recommendations(world: World) -> list[Any]:
    return [i.fields.get("KmRecommendation") for i in world.fake.items(world.site, "Lessons")]


@pytest.mark.parametrize("seen_missing", [True, False])
def test_a_column_added_back_by_provision_is_filled_on_the_next_sync(
        synced: World, seen_missing: bool) -> None:
    # A site owner deletes a column (SharePoint deletes its values with it); `kmcore
    # sharepoint provision` adds it back, empty. The next sync must fill it for the items
    # already there, although no record changed (a sync may or may not have run between).
    world = synced
    assert _recommendations(world) == ["Book the room when the date is set."] * 3
    world.fake.delete_column(world.site, "Lessons", "KmRecommendation")
    assert _recommendations(world) == [None] * 3
    count = 3
    if seen_missing:  # a sync writes a new item while the column is gone
        _lessons(world, 1, start=3)
        between = _cli(world, "sync")
        assert between.code == 0, between.out + between.err
        count = 4
    assert _cli(world, "sharepoint", "provision", "intranet").code == 0
    assert _recommendations(world) == [None] * count
    dry = _cli(world, "sync", "--dry-run")
    assert f"Would update {count} lessons" in dry.out, dry.out
    run = _cli(world, "sync", "--json")
    assert run.code == 0, run.out + run.err
    assert run.report["counts"]["update"] == count, run.report
    assert "KmRecommendation" in run.report["items"][0]["reason"], run.report["items"]
    assert _recommendations(world) == ["Book the room when the date is set."] * count
    again = _cli(world, "sync", "--json")
    assert again.code == 0 and again.report["counts"]["update"] == 0, again.report


def test_the_check_costs_one_request_a_run(synced: World) -> None:
    # What checking the sign-in every run costs: an unchanged re-sync reads the site once
    # and the lists' delta once, and writes nothing.
    synced.fake.reset_counts()
    run = _cli(synced, "sync")
    assert run.code == 0, run.out + run.err
    counts = synced.fake.counts
    assert counts.get("graph") == 2 and counts.get("GET site") == 1, counts


# --- doctor: hints from what Graph and Entra ID answer, never from the token -----------------


def test_the_fakes_access_tokens_are_opaque(world: World) -> None:
    # A client must treat an access token as opaque (Microsoft changes its format at will):
    # the fake issues random strings, so code that decodes one fails here.
    from kmcore_sharepoint.auth import TokenProvider

    token = TokenProvider(world.parsed(world.settings())).token()
    assert "." not in token and len(token) >= 40
    import base64

    with pytest.raises(ValueError):
        json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))


DOCTOR = {
    "working": ("ok", "", ""),
    "consent revoked": ("fail", "admin consent", "Sites.Selected"),
    "grant removed (403)": ("fail", "403", "Sites.Selected grant"),
    "wrong tenant": ("fail", "AADSTS90002: the tenant was not found", "tenant_id"),
}


@pytest.mark.parametrize("fault", list(DOCTOR))
def test_doctor_names_the_cause_and_the_fix_without_reading_the_token(
        synced: World, fault: str) -> None:
    world = synced
    text = (world.root / "kmcore.toml").read_text(encoding="utf-8")
    (world.root / "kmcore.toml").write_text(text.split("\n[targets.intranet]")[0],
                                            encoding="utf-8")
    overrides: dict[str, Any] = {}
    if fault == "consent revoked":
        world.app.app.roles.clear()
    elif fault == "grant removed (403)":
        del world.site.grants[world.app.client_id]
    elif fault == "wrong tenant":
        overrides = {"tenant_id": str(uuid.uuid4())}
    world.write_target(**overrides)
    run = _cli(world, "doctor", "--json")
    checks = [c for c in json.loads(run.out)["checks"] if c["check"].startswith("intranet")]
    status, what, fix = DOCTOR[fault]
    failed = [c for c in checks if c["status"] == "fail"]
    if status == "ok":
        assert not failed and all(c["status"] == "ok" for c in checks), checks
        return
    assert len(failed) == 1, checks
    assert what in failed[0]["message"] and fix in (failed[0]["hint"] or ""), failed
    assert "network" not in failed[0]["message"] + (failed[0]["hint"] or ""), failed


# --- the dry run ------------------------------------------------------------------------------


@pytest.mark.parametrize("fault", ["consent revoked", "grant removed (403)"])
def test_a_dry_run_that_is_refused_ends_with_the_cause_and_the_fix(
        synced: World, fault: str) -> None:
    # People often read only the last line and the exit code of a dry run.
    world = synced
    _lessons(world, 2, start=3)  # something to publish, so the plan matters
    if fault == "consent revoked":
        world.app.app.roles.clear()
    else:
        del world.site.grants[world.app.client_id]
    run = _cli(world, "sync", "--dry-run")
    assert run.code == 1, run.out + run.err
    assert "Traceback" not in run.out + run.err
    what, fix = SIGN_IN[fault]
    last = [line for line in (run.out + run.err).splitlines() if line.strip()][-1]
    assert what in last and fix in last, run.out + run.err
    assert "nothing was changed" not in last


def test_an_item_edited_by_hand_is_reported_on_the_next_sync(synced: World) -> None:
    # The record did not change: the edit still shows in the next run, as an "edited on the
    # target" line, and is kept as a draft copy for review (nothing is overwritten).
    world = synced
    item = next(i for i in world.fake.items(world.site, "Lessons")
                if i.fields["KmKey"] == "lesson-contract-1")
    world.fake.edit_item(world.site, "Lessons", item.id,
                         {"KmStatement": "Edited by the ward manager in SharePoint."})
    run = _cli(world, "sync")
    assert run.code == 0, run.out + run.err
    [line] = [x for x in run.out.splitlines() if "edited on the target" in x]
    assert "lesson-contract-1" in line and f"/{item.id}" in line, run.out
    held = next(i for i in world.fake.items(world.site, "Lessons") if i.id == item.id)
    assert held.fields["KmStatement"] == "Edited by the ward manager in SharePoint."

"""The fault matrix for the Confluence target, both editions, through ``kmcore sync`` as a
scheduler runs it: a refused token, a secret in kmcore.toml, throttling on writes, a
``Retry-After`` beyond what a run waits, a 500 on a read, and Data Center's home page.

Each case checks the exit code, one line naming cause and fix, no traceback, that the fake
counted no request sent before a ``Retry-After`` ran out, and (where the run can finish) that
the space ends as one clean sync leaves it.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import pytest
from click.testing import CliRunner
from confluence_helpers import TOKEN_ENV, add_target
from kmcore_confluence.target import ConfluenceTarget
from kmcore_confluence.testing import FakeConfluence

import kmcore
from kmcore.testing.target_contract import contract_lesson


@attrs.frozen
class Run:
    code: int
    out: str
    err: str

    @property
    def reports(self) -> list[dict[str, Any]]:
        return list(json.loads(self.out))


def _cli(root: Path, *args: str, env: Mapping[str, str] | None = None) -> Run:
    """``kmcore --kb ROOT ARGS`` through the console script's entry point."""
    from kmcore.cli import cli, main

    cli._plugin_commands_loaded = False  # type: ignore[attr-defined]
    runner = CliRunner()
    with runner.isolation(env=dict(env or {})) as streams:
        try:
            result = main(["--kb", str(root), *args])
            code = result if isinstance(result, int) else 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        return Run(code, streams[0].getvalue().decode(), streams[1].getvalue().decode())


def _kb(root: Path, count: int) -> None:
    with kmcore.init(root, name="T", organisation="Test Trust") as kb:
        for n in range(count):
            kb.add(contract_lesson(n))


@pytest.fixture
def world(tmp_path: Path, plugins: Any, edition: str,
          monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, FakeConfluence]]:
    with FakeConfluence(edition, retry_after="0.2") as fake:  # type: ignore[arg-type]
        monkeypatch.setenv(TOKEN_ENV, fake.token)
        root = tmp_path / "kb"
        _kb(root, 6)
        add_target(root, fake.target_settings(TOKEN_ENV))
        yield root, fake


def _shape(fake: FakeConfluence) -> set[tuple[str, str, tuple[str, ...], str]]:
    """The space as a reader sees it: (title, parent's title, labels, kmcore owner)."""
    pages = fake.pages(include_home=True)
    titles = {p.id: p.title for p in pages}
    return {(p.title, titles.get(p.parent_id or "", ""), tuple(sorted(p.labels)),
             str(p.properties.get("kmcore", {}).get("record_id")
                 or p.properties.get("kmcore", {}).get("index_of") or ""))
            for p in pages}


def _clean_shape(root: Path, edition: str, tmp: Path, monkeypatch: pytest.MonkeyPatch
                 ) -> set[tuple[str, str, tuple[str, ...], str]]:
    """What one clean sync of a copy of *root*'s records leaves in a fresh space."""
    copy = tmp / "clean-kb"
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns(".kmcore"))
    (copy / ".kmcore").mkdir()
    for name in ("store",):
        if (root / ".kmcore" / name).exists():
            shutil.copytree(root / ".kmcore" / name, copy / ".kmcore" / name)
    with FakeConfluence(edition) as clean:  # type: ignore[arg-type]
        text = (copy / "kmcore.toml").read_text(encoding="utf-8")
        head = text.split("\n[targets.wiki]")[0]
        (copy / "kmcore.toml").write_text(head, encoding="utf-8")
        add_target(copy, clean.target_settings(TOKEN_ENV))
        monkeypatch.setenv(TOKEN_ENV, clean.token)
        run = _cli(copy, "sync")
        assert run.code == 0, run.out + run.err
        return _shape(clean)


def _one_line_error(run: Run, *needles: str) -> str:
    """The run's error: said once, with a hint, never a traceback."""
    text = run.out + run.err
    assert "Traceback" not in text, text
    errors = [line for line in text.splitlines() if line.strip().startswith("Error:")]
    assert len(errors) == 1, text
    hints = [line for line in text.splitlines() if line.strip().startswith("Hint:")]
    assert len(hints) == 1, text
    for needle in needles:
        assert needle in errors[0] + hints[0], text
    return errors[0]


def _after(recorded: Sequence[Any], start: int) -> list[Any]:
    return list(recorded[start:])


# --- sign-in ---------------------------------------------------------------------------------


def test_a_wrong_token_fails_a_run_with_nothing_to_publish(
        world: tuple[Path, FakeConfluence], edition: str) -> None:
    root, fake = world
    assert _cli(root, "sync").code == 0
    start = len(fake.recorded)
    run = _cli(root, "sync", "--json", env={TOKEN_ENV: "revoked-token"})
    assert run.code == 1, run.out + run.err
    [report] = run.reports
    assert report["ok"] is False
    assert TOKEN_ENV in report["error"] + report["hint"]
    assert "Traceback" not in run.err
    sent = _after(fake.recorded, start)
    assert [r.status for r in sent] == [401]  # it looked once, and stopped


def test_a_wrong_token_stops_at_the_first_401_and_the_next_run_converges(
        world: tuple[Path, FakeConfluence], edition: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    root, fake = world
    run = _cli(root, "sync", env={TOKEN_ENV: "wrong-token"})
    assert run.code == 1, run.out + run.err
    line = _one_line_error(run, TOKEN_ENV, "401")
    assert "wrong-token" not in run.out + run.err
    assert "REDACTED" not in line
    assert [r.status for r in fake.recorded] == [401]  # one failed sign-in, not one per page
    assert fake.pages() == []

    fixed = _cli(root, "sync")
    assert fixed.code == 0, fixed.out + fixed.err
    assert _shape(fake) == _clean_shape(root, edition, tmp_path, monkeypatch)


def test_data_center_basic_authentication_failure_is_quoted_as_said(
        tmp_path: Path, plugins: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeConfluence("datacenter", basic_auth=True) as fake:
        root = tmp_path / "kb"
        _kb(root, 2)
        add_target(root, {**fake.target_settings(TOKEN_ENV), "username": fake.username})
        monkeypatch.setenv(TOKEN_ENV, "not-the-password")
        run = _cli(root, "sync")
    assert run.code == 1
    line = _one_line_error(run, "Basic Authentication Failure", TOKEN_ENV)
    assert "REDACTED" not in line


def test_a_token_written_in_kmcore_toml_is_refused_with_a_setting_that_exists(
        tmp_path: Path, plugins: Any) -> None:
    root = tmp_path / "kb"
    _kb(root, 1)
    add_target(root, {"edition": "datacenter", "base_url": "https://wiki.example.nhs.uk",
                      "space_key": "KM", "token": "abc123"})
    run = _cli(root, "sync")
    assert run.code == 1
    _one_line_error(run, 'token_env = "')
    assert "token_file" not in run.err


# --- throttling and transient errors ---------------------------------------------------------


def test_a_503_on_a_post_holds_the_look_up_for_its_retry_after(
        world: tuple[Path, FakeConfluence], edition: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    root, fake = world
    # Longer than the second the client paces itself on X-RateLimit-NearLimit anyway.
    fake.set_retry_after("1.5")
    fake.inject("503", method="POST", path="/content" if edition == "datacenter" else "/pages")
    first = _cli(root, "sync")
    assert first.code in (0, 3), first.out + first.err
    assert "Traceback" not in first.out + first.err
    assert any(r.status == 503 for r in fake.recorded)
    assert fake.retry_after_violations == []
    fake.set_retry_after("0.2")
    again = _cli(root, "sync")
    assert again.code == 0, again.out + again.err
    assert fake.retry_after_violations == []
    assert _shape(fake) == _clean_shape(root, edition, tmp_path, monkeypatch)


def test_a_retry_after_beyond_the_cap_stops_the_run(
        world: tuple[Path, FakeConfluence], edition: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    root, fake = world
    fake.set_retry_after("900")
    fake.inject("429", method="POST")
    run = _cli(root, "sync")
    assert run.code == 1, run.out + run.err
    _one_line_error(run, "900", "Run the sync again later")
    throttled = next(n for n, r in enumerate(fake.recorded) if r.status == 429)
    assert fake.recorded[throttled + 1:] == []  # nothing more was sent
    assert fake.retry_after_violations == []

    fake._core.open_at = 0.0  # the 15 minutes pass
    fake.set_retry_after("0.2")
    again = _cli(root, "sync")
    assert again.code == 0, again.out + again.err
    assert _shape(fake) == _clean_shape(root, edition, tmp_path, monkeypatch)


def test_a_500_on_a_read_while_refreshing_index_pages_is_retried(
        world: tuple[Path, FakeConfluence], edition: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    root, fake = world
    finish = ConfluenceTarget.finish

    def failing_finish(self: ConfluenceTarget, context: Any) -> None:
        fake.inject("500", method="GET")
        finish(self, context)

    monkeypatch.setattr(ConfluenceTarget, "finish", failing_finish)
    run = _cli(root, "sync")
    assert run.code == 0, run.out + run.err
    assert "Traceback" not in run.out + run.err
    assert any(r.status == 500 for r in fake.recorded)


# --- Data Center answers as the real API does ------------------------------------------------


def test_data_center_asks_for_the_home_page_and_publishes_under_it(
        tmp_path: Path, plugins: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeConfluence("datacenter") as fake:
        monkeypatch.setenv(TOKEN_ENV, fake.token)
        root = tmp_path / "kb"
        _kb(root, 2)
        add_target(root, fake.target_settings(TOKEN_ENV))
        run = _cli(root, "sync")
        assert run.code == 0, run.out + run.err
        space_reads = [r for r in fake.recorded if r.path.endswith("/rest/api/space/KM")]
        assert space_reads and all("homepage" in r.query.get("expand", [""])[0]
                                   for r in space_reads)
        parents = {p.parent_id for p in fake.pages()}
        assert "" not in parents and None not in parents
        index_parents = {p.parent_id for p in fake.pages() if p.title == "Lessons"}
        assert index_parents == {fake.homepage_id}


# --- title clashes ---------------------------------------------------------------------------


def _retitle(root: Path, record_id: str, title: str) -> None:
    with kmcore.open(root) as kb:
        record = kb.get(record_id)
        kb.update(attrs.evolve(record, title=title))


@pytest.mark.parametrize("clash", ["same title", "case variant", "rename onto it"])
def test_a_title_taken_by_a_persons_page_falls_back_to_title_and_record_id(
        world: tuple[Path, FakeConfluence], clash: str) -> None:
    root, fake = world
    with kmcore.open(root) as kb:
        label = kb.get("lesson-contract-1").label
    if clash == "rename onto it":
        assert _cli(root, "sync").code == 0
        mine = fake.add_page("Ward rounds")
        _retitle(root, "lesson-contract-1", "Ward rounds")
        wanted = "Ward rounds (lesson-contract-1)"
    else:
        mine = fake.add_page(label if clash == "same title" else label.upper())
        wanted = f"{label} (lesson-contract-1)"
    run = _cli(root, "sync")
    assert run.code == 0, run.out + run.err
    pages = {p.properties.get("kmcore", {}).get("record_id"): p for p in fake.pages()}
    assert pages["lesson-contract-1"].title == wanted
    assert fake.page(mine).version == 1  # the person's page is left as it was
    assert len([p for p in fake.pages() if p.properties.get("kmcore")]) == 6 + 1  # + index
    assert _cli(root, "sync").code == 0  # and it stays stable
    assert {p.title for p in fake.pages()} >= {wanted}


# --- conflicts -------------------------------------------------------------------------------


def test_a_conflict_does_not_exit_0(world: tuple[Path, FakeConfluence]) -> None:
    root, fake = world
    assert _cli(root, "sync").code == 0
    [page] = [p for p in fake.pages()
              if p.properties.get("kmcore", {}).get("record_id") == "lesson-contract-2"]
    fake.edit_as_person(page.id, body="<p>Edited by the ward manager.</p>")
    _retitle(root, "lesson-contract-2", "Contract lesson 2, revised")
    run = _cli(root, "sync", "--json")
    assert run.code == 3, run.out + run.err
    [report] = run.reports
    assert [i["status"] for i in report["items"]] == ["conflict"]
    assert fake.page(page.id).body == "<p>Edited by the ward manager.</p>"


# --- Cloud's eventual consistency ------------------------------------------------------------


@pytest.mark.parametrize("edition", ["cloud"])
def test_a_page_that_answers_404_just_after_its_creation_is_not_posted_again(
        world: tuple[Path, FakeConfluence], edition: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Confluence Cloud may answer 404 to GET of a page it has just created. kmcore must
    # take that as "not readable yet", never as "missing": a page POSTed again under its
    # "Title (record-id)" fallback would be a duplicate.
    root, fake = world
    fake.set_read_lag(1.5)
    first = _cli(root, "sync")
    _retitle(root, "lesson-contract-3", "Contract lesson 3, revised")
    with kmcore.open(root) as kb:  # a change to a page created a moment ago
        record = kb.get("lesson-contract-4")
        kb.update(attrs.evolve(record, recommendation="Book the room the day it is set."))
    second = _cli(root, "sync")
    assert fake.lagged_reads > 0  # the fake did answer 404 to a page that exists
    owners = [str(p.properties.get("kmcore", {}).get("record_id")
                  or p.properties.get("kmcore", {}).get("index_of") or p.title)
              for p in fake.pages()]
    assert sorted(owners) == sorted(set(owners)), owners  # no page made twice
    assert not [p.title for p in fake.pages() if "(lesson-contract" in p.title]
    posts = [r for r in fake.recorded if r.method == "POST" and r.path.endswith("/pages")]
    # 6 lessons and their index page, each posted once
    assert len(posts) == 7, (first, second, [(r.body["title"], r.status) for r in posts])
    for run in (first, second):
        assert "Traceback" not in run.out + run.err, run.out + run.err
    fake.set_read_lag(0)
    last = _cli(root, "sync")
    assert last.code == 0, last.out + last.err
    assert _shape(fake) == _clean_shape(root, edition, tmp_path, monkeypatch)


def test_a_page_edited_by_hand_is_reported_on_the_next_sync(
        world: tuple[Path, FakeConfluence], edition: str) -> None:
    # Without waiting for the record itself to change: a person's edit on a page kmcore
    # publishes is news for the librarian the next morning, every run until decided.
    root, fake = world
    assert _cli(root, "sync").code == 0
    [page] = [p for p in fake.pages()
              if p.properties.get("kmcore", {}).get("record_id") == "lesson-contract-2"]
    fake.edit_as_person(page.id, body="<p>Edited by the ward manager.</p>")
    for _ in range(2):
        run = _cli(root, "sync", "--json")
        assert run.code == 3, run.out + run.err
        [report] = run.reports
        [item] = report["items"]
        assert item["record_id"] == "lesson-contract-2" and item["status"] == "conflict"
        assert "edited on the target" in item["reason"], item
        assert report["counts"]["unchanged"] == 5 and report["counts"]["conflict"] == 1
        assert fake.page(page.id).body == "<p>Edited by the ward manager.</p>"
    words = _cli(root, "sync")
    assert "! lesson lesson-contract-2" in words.out, words.out
    # The knowledge base wins when the librarian says so.
    text = (root / "kmcore.toml").read_text(encoding="utf-8")
    (root / "kmcore.toml").write_text(
        text.replace("[targets.wiki]", '[targets.wiki]\nconflict_policy = "overwrite"'),
        encoding="utf-8")
    replaced = _cli(root, "sync", "--json")
    assert replaced.code == 0, replaced.out + replaced.err
    assert fake.page(page.id).body != "<p>Edited by the ward manager.</p>"
    assert _cli(root, "sync").code == 0


@pytest.mark.parametrize("edition", ["cloud"])
def test_a_failure_to_ask_for_edited_pages_fails_the_run_in_one_line(
        world: tuple[Path, FakeConfluence], edition: str) -> None:
    root, fake = world
    assert _cli(root, "sync").code == 0
    fake.inject("500", method="GET", path="/api/v2/pages", times=5)  # every retry too
    run = _cli(root, "sync")
    assert run.code == 1, run.out + run.err
    _one_line_error(run, "which of its copies were edited there", "HTTP 500")
    assert _cli(root, "sync").code == 0  # and the next run is clean

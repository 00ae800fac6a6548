"""Through the sync engine with a small knowledge base: withdrawals, pages trashed or edited
by people, and conflict_policy = "overwrite"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from confluence_helpers import TOKEN_ENV, add_target, open_kb
from kmcore_confluence.testing import FakeConfluence

import kmcore
from kmcore.records.lesson import Lesson
from kmcore.sync.engine import sync
from kmcore.sync.report import RunReport
from kmcore.testing.target_contract import contract_lesson


@pytest.fixture
def small(tmp_path: Path, plugins: Any, edition: str,
          monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, FakeConfluence]]:
    with FakeConfluence(edition, retry_after="0.01") as fake:  # type: ignore[arg-type]
        monkeypatch.setenv(TOKEN_ENV, fake.token)
        root = tmp_path / "kb"
        with kmcore.init(root, name="T", organisation="Test Trust") as kb:
            for n in range(3):
                kb.add(contract_lesson(n))
        add_target(root, fake.target_settings(TOKEN_ENV))
        yield root, fake


def _sync(root: Path) -> RunReport:
    with open_kb(root) as kb:
        [report] = sync(kb, ["wiki"])
    return report


def _page_of(fake: FakeConfluence, record_id: str) -> Any:
    [page] = [p for p in fake.pages()
              if p.properties.get("kmcore", {}).get("record_id") == record_id]
    return page


def _retitle(root: Path, record_id: str, title: str) -> None:
    with open_kb(root) as kb:
        record = kb.get(record_id)
        assert isinstance(record, Lesson)
        kb.update(attrs.evolve(record, title=title))


def test_a_deleted_record_is_withdrawn_to_the_trash(small: tuple[Path, FakeConfluence]) -> None:
    root, fake = small
    assert _sync(root).ok
    page = _page_of(fake, "lesson-contract-2")
    with open_kb(root) as kb:
        kb.delete("lesson-contract-2")
    report = _sync(root)
    assert report.ok and report.counts["delete"] == 1, report.render_text()
    assert fake.page(page.id).status == "trashed"


def test_a_page_a_person_trashed_is_reported_not_recreated(
    small: tuple[Path, FakeConfluence]
) -> None:
    root, fake = small
    assert _sync(root).ok
    page = _page_of(fake, "lesson-contract-1")
    fake.site.trash_page(page.id)
    _retitle(root, "lesson-contract-1", "Retitled")
    report = _sync(root)
    assert report.counts["conflict"] == 1, report.render_text()
    assert not any(p.title == "Retitled" for p in fake.pages())


def test_overwrite_policy_replaces_a_persons_edit(small: tuple[Path, FakeConfluence]) -> None:
    root, fake = small
    assert _sync(root).ok
    page = _page_of(fake, "lesson-contract-0")
    fake.edit_as_person(page.id, body="<p>Changed by hand.</p>")
    _retitle(root, "lesson-contract-0", "Retitled in kmcore")
    assert _sync(root).counts["conflict"] == 1
    text = (root / "kmcore.toml").read_text(encoding="utf-8")
    (root / "kmcore.toml").write_text(
        text.replace('backend = "confluence"', 'backend = "confluence"\n'
                     'conflict_policy = "overwrite"'), encoding="utf-8")
    report = _sync(root)
    assert report.ok and report.counts["update"] == 1, report.render_text()
    after = fake.page(page.id)
    assert after.title == "Retitled in kmcore" and "Changed by hand" not in after.body
    assert after.version == page.version + 2  # the person's version, then kmcore's

from __future__ import annotations

from pathlib import Path

from conftest import TOKEN_ENV, add_target, open_kb

from kmcore.sync.engine import sync
from kmcore.testing.fake_confluence import FakeConfluence


def test_sample_publishes(sample_root: Path, fake: FakeConfluence) -> None:
    add_target(sample_root, fake.target_settings(TOKEN_ENV))
    with open_kb(sample_root) as kb:
        [report] = sync(kb, ["wiki"])
    print(report.render_text()[:3000])
    assert report.ok, report.render_text()
    print(len(fake.pages()), len(fake.recorded))

"""What a sync to the html site costs besides its pages: compiled templates kept between runs
(never served stale or fatally), and no work left for the cyclic garbage collector."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from kmcore.publish.html.render import HERE, bytecode_cache, environment, make_environment


def _templates(tmp_path: Path) -> Path:
    folder = tmp_path / "templates"
    shutil.copytree(HERE / "templates", folder)
    (folder / "probe.html").write_text("<p>{{ word }} one</p>\n", encoding="utf-8")
    return folder


def test_the_site_environment_keeps_compiled_templates() -> None:
    assert environment().bytecode_cache is not None


def test_a_second_run_loads_the_compiled_template_and_renders_the_same(
        tmp_path: Path) -> None:
    folder, cache = _templates(tmp_path), tmp_path / "cache"
    cache.mkdir(mode=0o700)
    first = make_environment(folder, bytecode_cache(str(cache)))
    page = first.get_template("list.html")
    assert os.listdir(cache), "nothing was cached"
    again = make_environment(folder, bytecode_cache(str(cache)))
    assert again.get_template("probe.html").render(word="<b>") == "<p>&lt;b&gt; one</p>\n"
    assert again.get_template("list.html").name == page.name


def test_an_edited_template_is_compiled_again(tmp_path: Path) -> None:
    folder, cache = _templates(tmp_path), tmp_path / "cache"
    cache.mkdir(mode=0o700)
    make_environment(folder, bytecode_cache(str(cache))).get_template("probe.html")
    (folder / "probe.html").write_text("<p>{{ word }} two</p>\n", encoding="utf-8")
    fresh = make_environment(folder, bytecode_cache(str(cache)))
    assert fresh.get_template("probe.html").render(word="x") == "<p>x two</p>\n"


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0,
                    reason="a read-only folder is writable for root")
def test_a_cache_that_cannot_be_written_does_not_stop_rendering(tmp_path: Path) -> None:
    folder, cache = _templates(tmp_path), tmp_path / "cache"
    cache.mkdir()
    cache.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        env = make_environment(folder, bytecode_cache(str(cache)))
        assert env.get_template("probe.html").render(word="x") == "<p>x one</p>\n"
    finally:
        cache.chmod(stat.S_IRWXU)


def test_a_cache_write_failing_mid_way_does_not_stop_rendering(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import jinja2.bccache

    def full(self: object, bucket: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(jinja2.bccache.FileSystemBytecodeCache, "dump_bytecode", full)
    folder, cache = _templates(tmp_path), tmp_path / "cache"
    cache.mkdir(mode=0o700)
    env = make_environment(folder, bytecode_cache(str(cache)))
    assert env.get_template("probe.html").render(word="x") == "<p>x one</p>\n"


def test_a_sync_leaves_the_site_manifest_to_reference_counting(tmp_path: Path) -> None:
    """The target and its state refer to each other: closing the target drops the manifest,
    cards and link index, so that they are not left for the cyclic garbage collector (which
    took a tenth of a second after every sync that changed a record of 10,000)."""
    import gc

    import attrs

    import kmcore
    from kmcore.sync.engine import sync
    from test_sync_helpers import lesson

    root = tmp_path / "kb"
    kb = kmcore.init(root, name="Test KB", organisation="Test Trust")
    for i in range(80):
        kb.add(lesson(i))
    kb.close()
    with open(root / "kmcore.toml", "a", encoding="utf-8") as fh:
        fh.write('\n[targets.site]\nbackend = "html"\npath = "site"\n')
    with kmcore.open(root) as kb:
        [first] = sync(kb, ["site"])
        assert first.ok, first.render_text()
        kb.update(attrs.evolve(kb.get("lesson-0003"), title="Changed"))
        gc.collect()
        gc.disable()
        try:
            [report] = sync(kb, ["site"])
            left = gc.collect()
        finally:
            gc.enable()
    assert report.applied == 1, report.render_text()
    assert left < 80, f"{left} objects were left to the cyclic garbage collector"

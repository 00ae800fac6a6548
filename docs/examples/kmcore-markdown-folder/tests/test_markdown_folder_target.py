"""The markdown-folder target through kmcore's sync engine, on the sample knowledge base."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import kmcore_markdown_folder.plugin
import pytest

import kmcore
from kmcore.errors import ConfigError
from kmcore.kb import KnowledgeBase
from kmcore.sync import sync
from kmcore.sync.config import build_target, load_target_configs
from kmcore.testing.plugins import make_plugins, use_plugins, write_distribution

PROJECT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def registered() -> Iterator[None]:
    with use_plugins(make_plugins(kmcore_markdown_folder.plugin)):
        yield


def _kb(root: Path, target: str) -> KnowledgeBase:
    from kmcore.demo.sample import ODS_CODE, ORGANISATION, sample_records

    with kmcore.init(root, name="Sample KB", organisation=ORGANISATION,
                     ods_code=ODS_CODE) as kb:
        for record in sample_records():
            kb.add(record)
    with open(root / "kmcore.toml", "a", encoding="utf-8") as fh:
        fh.write(target)
    return kmcore.open(root)


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[KnowledgeBase]:
    with _kb(tmp_path / "kb", '\n[targets.wiki]\nbackend = "markdown-folder"\n'
             'path = "../wiki"\n') as kb:
        yield kb


def _pages(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.md"))}


def test_markdown_folder_publishes_what_the_gates_allow(sample: KnowledgeBase,
                                                        tmp_path: Path) -> None:
    [report] = sync(sample, ["wiki"])
    assert report.ok, report.render_text()
    wiki = tmp_path / "wiki"
    pages = _pages(wiki)
    # Published innovations are there; a private draft idea and an in-review one are not.
    assert "innovations/inn-sepsis-screening-ed.md" in pages
    assert "innovations/inn-ward7-safety-huddle.md" not in pages
    assert "innovations/inn-pharmacy-discharge-medicines.md" not in pages
    assert report.counts["create"] == len(pages) - 1  # every page but README.md
    page = pages["innovations/inn-sepsis-screening-ed.md"].decode()
    assert page.startswith('---\ntitle: "Sepsis trolley and screening prompt')
    assert "| Stage | evaluated |" in page
    index = (wiki / "README.md").read_text(encoding="utf-8")
    assert "(innovations/inn-sepsis-screening-ed.md)" in index


def test_markdown_folder_second_sync_writes_nothing(sample: KnowledgeBase,
                                                    tmp_path: Path) -> None:
    sync(sample, ["wiki"])
    wiki = tmp_path / "wiki"
    before = {p: p.stat().st_mtime_ns for p in wiki.rglob("*.md")}
    [again] = sync(sample, ["wiki"])
    assert again.ok and again.counts["create"] == again.counts["update"] == 0
    assert {p: p.stat().st_mtime_ns for p in wiki.rglob("*.md")} == before


def test_markdown_folder_escapes_html_and_markdown(sample: KnowledgeBase,
                                                  tmp_path: Path) -> None:
    sample.add(kmcore.Lesson(
        id="lesson-escaping", title="<script>alert(1)</script> [click](javascript:x)",
        statement="# not a heading\n- not a list & <b>not bold</b>",
        recommendation="Use `code` *carefully* | pipes", polarity="improve",
        status="published"))
    sync(sample, ["wiki"])
    page = (tmp_path / "wiki/lessons/lesson-escaping.md").read_text(encoding="utf-8")
    assert "<script>" not in page and "<b>" not in page
    assert "&lt;script&gt;" in page
    assert "\\[click\\]\\(javascript:x\\)" in page
    assert "\\# not a heading" in page and "\n\\- not a list &amp;" in page
    assert "\\| pipes" in page  # a pipe would split the table cell


def test_markdown_folder_edit_in_the_wiki_is_a_conflict_not_overwritten(
    sample: KnowledgeBase, tmp_path: Path
) -> None:
    import attrs

    sync(sample, ["wiki"])
    page = tmp_path / "wiki/innovations/inn-sepsis-screening-ed.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nA comment added in the wiki.\n",
                    encoding="utf-8")
    record = sample.get("inn-sepsis-screening-ed")
    sample.update(attrs.evolve(record, summary="A changed summary."))
    [report] = sync(sample, ["wiki"])
    assert report.counts["conflict"] == 1, report.render_text()
    assert "A comment added in the wiki." in page.read_text(encoding="utf-8")


def test_markdown_folder_withdraws_a_deleted_record(sample: KnowledgeBase,
                                                    tmp_path: Path) -> None:
    sync(sample, ["wiki"])
    page = tmp_path / "wiki/lessons/lesson-sepsis-trolley-daily-check.md"
    assert page.exists()
    innovation = sample.get("inn-sepsis-screening-ed")
    import attrs

    sample.update(attrs.evolve(innovation, lessons=()))
    sample.delete("lesson-sepsis-trolley-daily-check")
    [report] = sync(sample, ["wiki"])
    assert report.ok and report.counts["delete"] == 1, report.render_text()
    assert not page.exists()
    assert "lesson-sepsis-trolley-daily-check" not in (tmp_path / "wiki/README.md").read_text(
        encoding="utf-8")


@pytest.mark.parametrize(("table", "message"), [
    ('backend = "markdown-folder"\n', "$.targets.wiki.path: is required"),
    ('backend = "markdown-folder"\npath = "pages"\n', "would mix the pages"),
    ('backend = "markdown-folder"\npath = ".."\n', "would mix the pages"),
    ('backend = "markdown-folder"\npath = "../w"\nindex = "yes"\n', "$.targets.wiki.index"),
    ('backend = "markdown-folder"\npath = "../w"\nfolder = "x"\n',
     "$.targets.wiki.folder: is not a markdown-folder setting"),
])
def test_markdown_folder_bad_settings_are_named(tmp_path: Path, table: str,
                                                message: str) -> None:
    with kmcore.init(tmp_path / "kb", name="KB", organisation="Trust") as kb:
        pass
    with open(tmp_path / "kb/kmcore.toml", "a", encoding="utf-8") as fh:
        fh.write("\n[targets.wiki]\n" + table)
    with kmcore.open(tmp_path / "kb") as kb:
        config = load_target_configs(kb)["wiki"]
        with pytest.raises(ConfigError) as caught:
            build_target(config, kb)
    assert message in caught.value.message
    assert caught.value.hint
    assert not (tmp_path / "w").exists()


def test_markdown_folder_doctor_and_dry_run(sample: KnowledgeBase, tmp_path: Path) -> None:
    target = build_target(load_target_configs(sample)["wiki"], sample)
    [check] = target.diagnose()  # type: ignore[attr-defined]
    assert check.status == "warn" and "does not exist yet" in check.message
    [dry] = sync(sample, ["wiki"], dry_run=True)
    assert dry.estimate and dry.estimate.startswith(f"{dry.counts['create']} Markdown file(s)")
    assert not (tmp_path / "wiki").exists()  # a dry run writes nothing
    sync(sample, ["wiki"])
    [check] = target.diagnose()  # type: ignore[attr-defined]
    assert check.status == "ok" and "page(s)" in check.message


def test_markdown_folder_entry_point_is_found(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The pyproject's entry point makes kmcore find the backend once installed."""
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))
    entry_points = project["project"]["entry-points"]["kmcore"]
    assert entry_points == {"markdown-folder": "kmcore_markdown_folder.plugin"}
    site = tmp_path / "site"
    write_distribution(site, "kmcore-markdown-folder", "0.1.0", entry_points=entry_points)
    monkeypatch.syspath_prepend(str(site))
    found = make_plugins(entry_points=True,
                         environ={"KMCORE_LOAD_PLUGINS": "markdown-folder"})
    assert found.backend("markdown-folder", kind="target").plugin == "markdown-folder"


def test_markdown_folder_never_writes_outside_its_folder(sample: KnowledgeBase,
                                                        tmp_path: Path) -> None:
    """apply() checks ids itself before they become paths, whoever calls it."""
    from kmcore.sync.model import Item

    target = build_target(load_target_configs(sample)["wiki"], sample)
    lesson = sample.get("lesson-sepsis-trolley-daily-check")
    [result] = target.apply([Item(op="create", record_type="lesson", record_id="../../escape",
                                  record=lesson, content_hash="x")])
    assert not result.ok and result.error and "unsafe id" in result.error
    assert not list(tmp_path.rglob("escape*"))
    assert target.remote_versions(["../kmcore.toml", "lessons/../../x.md", "nope"]) == {}

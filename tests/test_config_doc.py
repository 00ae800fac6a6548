"""docs/config.md is generated from the settings classes and must be current; the classes
must describe exactly the keys kmcore's loaders accept."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import attrs
import pytest

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = ROOT / "tools" / "gen_config_doc.py"
DOC = ROOT / "docs" / "config.md"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_config_doc", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("gen_config_doc", module)
    spec.loader.exec_module(module)
    return module


def _documented(section_source: str) -> set[str]:
    gen = _generator()
    [section] = [s for s in gen.sections() if s.source == section_source]
    lines = gen.rows(gen._load(section.source), section.skip, section.accepts)
    return {line.split("`")[1] for line in lines}


def test_config_reference_is_up_to_date() -> None:
    expected = _generator().render()
    current = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
    if current != expected:
        pytest.fail("docs/config.md is out of date with the settings classes: run "
                    "`python tools/gen_config_doc.py` and commit the result.")


def test_check_mode_fails_on_a_stale_page(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    gen = _generator()
    stale = tmp_path / "config.md"
    stale.write_text("# old\n", encoding="utf-8")
    monkeypatch.setattr(gen, "DOC", stale)
    monkeypatch.setattr(gen, "ROOT", tmp_path)
    monkeypatch.setattr(sys, "argv", ["gen_config_doc.py", "--check"])
    assert gen.main() == 1
    monkeypatch.setattr(sys, "argv", ["gen_config_doc.py"])
    assert gen.main() == 0 and stale.read_text(encoding="utf-8") == gen.render()
    monkeypatch.setattr(sys, "argv", ["gen_config_doc.py", "--check"])
    assert gen.main() == 0


def test_knowledge_base_keys_are_what_the_loader_accepts() -> None:
    from kmcore import config

    assert _documented("kmcore.config:KBSettings") == config._KNOWN_KEYS


def test_target_keys_are_what_the_loader_accepts() -> None:
    from kmcore.sync import config

    assert _documented("kmcore.sync.model:TargetConfig") == config._CORE_KEYS
    text = _generator().render()
    assert '| `audience` | `"organisation"` or `"nhs"` or `"public"` |' in text


@pytest.mark.parametrize("source", [
    "kmcore.publish.html.settings:HtmlSettings",
    "kmcore_confluence.settings:ConfluenceSettings",
    "kmcore_sharepoint.settings:SharePointSettings",
])
def test_backend_keys_are_what_the_settings_layer_accepts(source: str) -> None:
    """Every documented key is accepted, and a key that is not documented is refused."""
    from kmcore.backend import TargetConfig, parse_settings, setting_info
    from kmcore.errors import ConfigError

    cls = _generator()._load(source)
    accepted = {f.name for f in attrs.fields(cls) if setting_info(f) is not None}
    assert _documented(source) == accepted
    config = TargetConfig(name="t", backend="x", settings={"not_documented": 1})
    with pytest.raises(ConfigError, match=r"\$\.targets\.t\.not_documented: is not"):
        parse_settings(cls, config)


def test_backends_are_found_without_a_list() -> None:
    """Each target and store backend kept in this repository has its section, found through
    the settings class its BackendSpec names."""
    headings = [s.heading for s in _generator().sections()]
    assert headings == ["The knowledge base", "Every target", "The `html` target (built in)",
                        "The `confluence` target", "The `sharepoint` target", "The store",
                        "The `postgres` store", "Retention"]


def test_postgres_store_keys_are_what_its_store_accepts() -> None:
    """The postgres store checks its [store] table through kmcore's settings layer: every
    documented key is accepted, and a key that is not documented is refused with the closest
    known one."""
    from kmcore_postgres.settings import PostgresSettings

    from kmcore.errors import ConfigError

    documented = _documented("kmcore_postgres.settings:PostgresSettings")
    assert documented == {f.name for f in attrs.fields(PostgresSettings)}
    with pytest.raises(ConfigError, match=r"\$\.store\.shema: is not a setting") as caught:
        PostgresSettings.from_mapping({"shema": "kmcore"})
    assert "Did you mean schema?" in (caught.value.hint or "")


def test_html_keys_are_read_by_the_html_target(tmp_path: Path) -> None:
    import kmcore
    from kmcore.publish.html.target import HtmlSiteTarget
    from kmcore.sync.model import TargetConfig

    keys = _documented("kmcore.publish.html.settings:HtmlSettings")
    assert keys == {"path", "title", "base_url", "adopt_folder"}
    config = TargetConfig(name="t", backend="html", settings={
        "path": "site", "title": "Hub", "base_url": "https://intranet.example/kh",
        "adopt_folder": True})
    with kmcore.init(tmp_path / "kb", name="KB", organisation="Trust") as kb:
        target = HtmlSiteTarget(config, kb)
    assert (target.title, target.base_url) == ("Hub", "https://intranet.example/kh/")
    assert target.adopt_folder is True
    assert target.root == tmp_path / "kb" / "site"


def test_governance_keys_are_read(tmp_path: Path) -> None:
    import kmcore
    from kmcore.governance.leavers import leaver_retention_days

    assert _documented("kmcore.retention:GovernanceSettings") == {
        "leaver_profile_days"}
    with kmcore.init(tmp_path / "kb", name="KB", organisation="Trust") as kb:
        assert leaver_retention_days(kb) == 90
        with open(tmp_path / "kb/kmcore.toml", "a", encoding="utf-8") as fh:
            fh.write("\n[governance]\nleaver_profile_days = 30\n")
        assert leaver_retention_days(kb) == 30


def test_a_setting_without_a_description_stops_the_generator() -> None:
    @attrs.frozen
    class Undocumented:
        """Settings.

        :ivar documented: yes.
        """

        documented: str
        forgotten: int = 3

    with pytest.raises(SystemExit, match="forgotten has no ':ivar forgotten:'"):
        _generator().rows(Undocumented)


def test_generator_runs_as_a_script() -> None:
    done = subprocess.run([sys.executable, str(GENERATOR), "--check"], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr

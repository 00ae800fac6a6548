"""Settings are checked before anything connects; errors name the key and the fix."""

from __future__ import annotations

from typing import Any

import pytest
from kmcore_confluence.settings import ConfluenceSettings

from kmcore.errors import ConfigError
from kmcore.sync.config import target_config

CLOUD = {"backend": "confluence", "edition": "cloud", "space_key": "KM",
         "base_url": "https://example.atlassian.net/wiki/", "username": "lib@example.nhs.uk"}


def _settings(**changes: Any) -> ConfluenceSettings:
    table = {**CLOUD, **changes}
    table = {k: v for k, v in table.items() if v is not None}
    return ConfluenceSettings.from_config(target_config("wiki", table))


def test_a_good_cloud_table() -> None:
    s = _settings(parent_page="Knowledge hub")
    assert s.cloud and s.base_url == "https://example.atlassian.net/wiki"
    assert s.parent_page == "Knowledge hub" and s.token_env == "KMCORE_CONFLUENCE_TOKEN"


def test_data_center_needs_no_username() -> None:
    s = _settings(edition="datacenter", base_url="https://wiki.trust.nhs.uk/confluence",
                  username=None)
    assert not s.cloud and s.username is None


@pytest.mark.parametrize(("changes", "key", "words"), [
    ({"edition": None}, "edition", "cloud"),
    ({"edition": "server"}, "edition", "datacenter"),
    ({"base_url": None}, "base_url", "required"),
    ({"base_url": "http://wiki.trust.nhs.uk/wiki"}, "base_url", "unencrypted"),
    ({"base_url": "https://example.atlassian.net"}, "base_url", "ends in /wiki"),
    ({"base_url": "wiki.trust.nhs.uk"}, "base_url", "not a web address"),
    ({"space_key": "K M"}, "space_key", "space key"),
    ({"username": None}, "username", "required for Confluence Cloud"),
    ({"token_env": "not a name"}, "token_env", "environment variable"),
    ({"users": {"person-a": 3}}, "users", "person record id"),
    ({"colour": "blue"}, "colour", "not a confluence setting"),
])
def test_bad_settings_name_the_key(changes: dict[str, Any], key: str, words: str) -> None:
    with pytest.raises(ConfigError) as caught:
        _settings(**changes)
    assert f"$.targets.wiki.{key}" in caught.value.message
    assert words in caught.value.message + (caught.value.hint or "")


def test_a_literal_token_is_refused_by_the_core() -> None:
    with pytest.raises(ConfigError, match="secret"):
        _settings(token="abc123")


def test_token_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    s = _settings(token_env="MY_WIKI_TOKEN")
    monkeypatch.delenv("MY_WIKI_TOKEN", raising=False)
    with pytest.raises(ConfigError, match="MY_WIKI_TOKEN") as caught:
        s.token()
    assert "kmcore.toml" in (caught.value.hint or "")
    monkeypatch.setenv("MY_WIKI_TOKEN", " t0ken ")
    assert s.token() == "t0ken"

"""Narrow unit checks of the client: pacing on near-limit headers, Confluence's messages."""

from __future__ import annotations

import json

import pytest
import requests
from kmcore_confluence.client import CloudClient, confluence_message
from kmcore_confluence.settings import ConfluenceSettings

from kmcore.sync.config import target_config


def _response(status: int, body: object = None, **headers: str) -> requests.Response:
    response = requests.Response()
    response.status_code = status
    response._content = json.dumps(body).encode() if body is not None else b""
    response.headers.update(headers)
    return response


def _client(waits: list[float]) -> CloudClient:
    settings = ConfluenceSettings.from_config(target_config("wiki", {
        "backend": "confluence", "edition": "cloud", "space_key": "KM",
        "base_url": "https://example.atlassian.net/wiki", "username": "a@example.nhs.uk"}))
    return CloudClient(settings, sleep=waits.append)


def test_near_limit_headers_slow_the_next_request_down() -> None:
    waits: list[float] = []
    client = _client(waits)
    client._pace(_response(200, {}))
    assert waits == []
    client._pace(_response(200, {}, **{"X-RateLimit-NearLimit": "true"}))
    client._pace(_response(200, {}, **{"X-RateLimit-Remaining": "0"}))
    assert waits == [1.0, 1.0]  # bounded: one second, whatever the headers say


def test_both_error_shapes_give_confluences_words() -> None:
    v2 = {"errors": [{"status": 400, "code": "BAD_REQUEST",
                      "title": "A page with this title already exists", "detail": None}]}
    v1 = {"statusCode": 409, "message": "Version must be incremented on update. Current "
          "version is: 4", "reason": "Conflict"}
    assert confluence_message(_response(400, v2)) == "A page with this title already exists"
    assert confluence_message(_response(409, v1)).endswith("Current version is: 4")
    assert confluence_message(_response(502)) == ""


def test_paging_follows_each_editions_next_link(edition: str, plugins: object,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Cloud: only the cursor is taken from ``_links.next`` (which already contains /wiki);
    Data Center: ``start`` advances until a short page."""
    from kmcore_confluence import client as client_module
    from kmcore_confluence.client import make_client
    from kmcore_confluence.testing import FakeConfluence

    monkeypatch.setattr(client_module, "_V1_LIMIT", 3)
    monkeypatch.setattr(client_module, "_V2_LIMIT", 2)
    with FakeConfluence(edition) as fake:  # type: ignore[arg-type]
        ids = [fake.add_page(f"Page {n}") for n in range(7)]
        for page_id in ids:
            fake.site.add_labels(page_id, ["kmcore"])
        monkeypatch.setenv("KMCORE_PAGING_TOKEN", fake.token)
        settings = ConfluenceSettings.from_config(target_config("wiki", {
            "backend": "confluence", **fake.target_settings("KMCORE_PAGING_TOKEN")}))
        client = make_client(settings)
        found = [r["id"] for r in client.cql('space = "KM" and label = "kmcore"')]
        versions = client.versions(ids) if edition == "cloud" else {}
        client.session.close()
        sent = fake.recorded
    assert sorted(found) == sorted(ids)
    searches = [r for r in sent if r.path.endswith("/content/search")]
    assert len(searches) == 3
    if edition == "cloud":
        assert all("cursor" in r.query for r in searches[1:])
        assert versions == {i: "1" for i in ids}
        assert sum(1 for r in sent if r.path.endswith("/api/v2/pages")) == 4  # 2+2+2+1
        assert not any("/wiki/wiki" in r.path for r in sent)
    else:
        assert [r.query.get("start") for r in searches] == [["0"], ["3"], ["6"]]


def test_a_listed_page_that_answers_404_is_never_taken_for_a_missing_one(
        plugins: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cloud answers 404 for a while to a page it has just created. Read patiently, and if
    it still answers 404, say so (retryable): never "no such page", which would post it
    again."""
    from kmcore_confluence.client import NotReadableYet, make_client
    from kmcore_confluence.testing import FakeConfluence

    with FakeConfluence("cloud") as fake:
        monkeypatch.setenv("KMCORE_LAG_TOKEN", fake.token)
        settings = ConfluenceSettings.from_config(target_config("wiki", {
            "backend": "confluence", **fake.target_settings("KMCORE_LAG_TOKEN")}))
        waits: list[float] = []
        client = make_client(settings, sleep=waits.append)
        fake.set_read_lag(60)
        made = client.create_page(title="Just made", body="<p>x</p>",
                                  parent_id=fake.homepage_id, message="kmcore", prop={},
                                  labels=[])
        assert client.get_page(made.id) is None  # what Cloud answers for now
        with pytest.raises(NotReadableYet) as caught:
            client.find_by_title("Just made")
        assert caught.value.retryable and made.id in caught.value.message
        assert 2 <= sum(waits) <= 6  # patient, but bounded
        assert client.get_page_patiently(made.id) is None  # gone or lagging: caller looks
        fake.set_read_lag(0)
        found = client.find_by_title("Just made")
        client.session.close()
    assert found is not None and found.id == made.id

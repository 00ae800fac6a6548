"""Narrow unit checks of the client: pacing on near-limit headers, Confluence's messages."""

from __future__ import annotations

import json

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

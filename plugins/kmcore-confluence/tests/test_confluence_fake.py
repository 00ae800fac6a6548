"""The fake follows Atlassian's documented behaviour (so tests against it mean something)."""

from __future__ import annotations

import base64
from typing import Any

import pytest
import requests
from kmcore_confluence.testing import FakeConfluence


def _cloud(fake: FakeConfluence) -> requests.Session:
    s = requests.Session()
    s.auth = (fake.username, fake.token)
    return s


def _space_id(fake: FakeConfluence, s: requests.Session) -> str:
    return str(s.get(f"{fake.base_url}/api/v2/spaces", params={"keys": "KM"}).json()
               ["results"][0]["id"])


def _page(space_id: str, title: str, body: str = "<p>x</p>") -> dict[str, Any]:
    return {"spaceId": space_id, "status": "current", "title": title,
            "body": {"representation": "storage", "value": body}}


def test_cloud_versions_titles_xhtml_and_errors() -> None:
    with FakeConfluence("cloud") as fake:
        s = _cloud(fake)
        sid = _space_id(fake, s)
        made = s.post(f"{fake.base_url}/api/v2/pages", json=_page(sid, "A")).json()
        assert made["version"]["number"] == 1 and made["parentId"] == fake.homepage_id
        clash = s.post(f"{fake.base_url}/api/v2/pages", json=_page(sid, "A"))
        assert clash.status_code == 400
        assert "title already exists" in clash.json()["errors"][0]["title"]
        bad = s.post(f"{fake.base_url}/api/v2/pages", json=_page(sid, "B", "<p>x</br>"))
        assert bad.status_code == 400
        assert bad.json()["errors"][0]["title"].startswith("Error parsing xhtml")
        put = {"id": made["id"], "status": "current", "title": "A",
               "body": {"representation": "storage", "value": "<p>y</p>"},
               "version": {"number": 1}}
        stale = s.put(f"{fake.base_url}/api/v2/pages/{made['id']}", json=put)
        assert stale.status_code == 409 and "Current version is: 1" in stale.text
        put["version"] = {"number": 2}
        assert s.put(f"{fake.base_url}/api/v2/pages/{made['id']}", json=put).ok
        assert s.delete(f"{fake.base_url}/api/v2/pages/{made['id']}").status_code == 204
        assert s.get(f"{fake.base_url}/api/v2/pages/{made['id']}").status_code == 404
        assert s.post(f"{fake.base_url}/api/v2/pages", json=_page(sid, "A")).ok  # trashed
        anon = requests.get(f"{fake.base_url}/api/v2/spaces")
        assert anon.status_code == 401


def test_cloud_cursor_links_contain_wiki() -> None:
    with FakeConfluence("cloud") as fake:
        s = _cloud(fake)
        sid = _space_id(fake, s)
        for n in range(5):
            assert s.post(f"{fake.base_url}/api/v2/pages", json=_page(sid, f"P{n}")).ok
        seen: list[str] = []
        url = f"{fake.base_url}/api/v2/pages"
        params: dict[str, str] = {"space-id": sid, "limit": "2"}
        while True:
            data = s.get(url, params=params).json()
            seen += [p["title"] for p in data["results"]]
            nxt = data["_links"].get("next")
            if not nxt:
                break
            assert nxt.startswith("/wiki/api/v2/pages?") and "cursor=" in nxt
            url, params = f"http://{fake.base_url.split('/')[2]}{nxt}", {}
        assert sorted(seen) == sorted(["Knowledge hub Home", *(f"P{n}" for n in range(5))])


def test_data_center_offsets_properties_and_cql() -> None:
    with FakeConfluence("datacenter", context_path="/confluence") as fake:
        s = requests.Session()
        s.headers["Authorization"] = f"Bearer {fake.token}"
        base = f"{fake.base_url}/rest/api"
        for n in range(3):
            made = s.post(f"{base}/content", json={
                "type": "page", "title": f"P{n}", "space": {"key": "KM"},
                "body": {"storage": {"value": "<p>x</p>", "representation": "storage"}},
                "metadata": {"labels": [{"prefix": "global", "name": "km-lesson"}]}})
            assert made.ok, made.text
        page_id = made.json()["id"]
        first = s.get(f"{base}/content/search",
                      params={"cql": 'space = "KM" and label = "km-lesson"', "limit": "2"}).json()
        assert first["size"] == 2 and "start=2" in first["_links"]["next"]
        rest = s.get(f"{base}/content/search", params={
            "cql": 'space = "KM" and label = "km-lesson"', "limit": "2", "start": "2"}).json()
        assert rest["size"] == 1 and "next" not in rest["_links"]
        prop = s.put(f"{base}/content/{page_id}/property/kmcore",
                     json={"key": "kmcore", "value": {"a": 1}, "version": {"number": 1}})
        assert prop.ok and prop.json()["version"]["number"] == 1
        stale = s.put(f"{base}/content/{page_id}/property/kmcore",
                      json={"key": "kmcore", "value": {"a": 2}, "version": {"number": 1}})
        assert stale.status_code == 409 and stale.json()["statusCode"] == 409
        bad_cql = s.get(f"{base}/content/search", params={"cql": "text ~ \"x\""})
        assert bad_cql.status_code == 400
        basic = base64.b64encode(f"{fake.username}:{fake.token}".encode()).decode()
        assert requests.get(f"{base}/space/KM",
                            headers={"Authorization": f"Basic {basic}"}).status_code == 401


@pytest.mark.parametrize("kind", ["429", "503"])
def test_throttling_carries_retry_after_and_applies_nothing(kind: str) -> None:
    with FakeConfluence("cloud", retry_after="3") as fake:
        s = _cloud(fake)
        sid = _space_id(fake, s)
        fake.inject(kind, method="POST")  # type: ignore[arg-type]
        answer = s.post(f"{fake.base_url}/api/v2/pages", json=_page(sid, "T"))
        assert answer.status_code == int(kind) and answer.headers["Retry-After"] == "3"
        assert fake.pages() == []


def test_lost_answer_after_the_write_is_applied() -> None:
    with FakeConfluence("cloud") as fake:
        s = _cloud(fake)
        sid = _space_id(fake, s)
        fake.inject("lost", method="POST", path="/pages")
        with pytest.raises(requests.ConnectionError):
            s.post(f"{fake.base_url}/api/v2/pages", json=_page(sid, "Lost"))
        assert [p.title for p in fake.pages()] == ["Lost"]
        assert fake.recorded[-1].status == 0 and fake.recorded[-1].fault == "lost"

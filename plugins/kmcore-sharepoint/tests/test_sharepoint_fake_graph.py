"""The fake Graph itself behaves as Microsoft documents Graph: tested with plain requests, so
that the plugin's tests rest on a fake that can fail them."""

from __future__ import annotations

from typing import Any

import pytest
import requests

from kmcore_sharepoint.testing import FakeGraph, Site


@pytest.fixture
def graph(fake: FakeGraph) -> tuple[FakeGraph, Site, requests.Session, str]:
    site = fake.add_site("https://example.sharepoint.com/sites/Fake")
    app = fake.register_app(roles={"Sites.Selected"}, secret=True)
    fake.grant(site, app.client_id, "manage")
    answer = requests.post(f"{fake.url}/{fake.tenant_id}/oauth2/v2.0/token", data={
        "grant_type": "client_credentials", "client_id": app.client_id,
        "client_secret": app.secret, "scope": f"{fake.url}/.default"}, timeout=10)
    assert answer.status_code == 200, answer.text
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {answer.json()['access_token']}"
    base = f"{fake.url}/v1.0/sites/{site.id}"
    made = session.post(f"{base}/lists", json={
        "displayName": "Things", "list": {"template": "genericList"},
        "columns": [
            {"name": "Key", "text": {}, "indexed": True, "enforceUniqueValues": True},
            {"name": "Note", "text": {"allowMultipleLines": True}},
            {"name": "Tags", "choice": {"choices": ["a", "b"], "displayAs": "checkBoxes"}},
            {"name": "Link", "hyperlinkOrPicture": {"isPicture": False}},
        ]}, timeout=10)
    assert made.status_code == 201, made.text
    return fake, site, session, f"{base}/lists/{made.json()['id']}"


def _batch(session: requests.Session, fake: FakeGraph, requests_: list[dict[str, Any]]
           ) -> requests.Response:
    return session.post(f"{fake.url}/v1.0/$batch", json={"requests": requests_}, timeout=10)


def test_batch_limits_and_answers_by_id(graph: Any) -> None:
    fake, _, session, lst = graph
    path = lst.split("/v1.0", 1)[1]
    too_many = [{"id": str(n), "method": "GET", "url": f"{path}/items"} for n in range(21)]
    assert _batch(session, fake, too_many).status_code == 400
    twice = [{"id": "1", "method": "GET", "url": path}, {"id": "1", "method": "GET", "url": path}]
    assert _batch(session, fake, twice).status_code == 400
    creates = [{"id": str(n), "method": "POST", "url": f"{path}/items",
                "headers": {"Content-Type": "application/json"},
                "body": {"fields": {"Title": f"t{n}", "Key": f"k{n}"}}} for n in range(20)]
    answer = _batch(session, fake, creates)
    assert answer.status_code == 200
    statuses = {r["id"]: r["status"] for r in answer.json()["responses"]}
    assert statuses == {str(n): 201 for n in range(20)}
    assert [r["id"] for r in answer.json()["responses"]] != [str(n) for n in range(20)]


def test_field_rules_as_graph_documents_them(graph: Any) -> None:
    _, _, session, lst = graph
    post = session.post
    assert post(f"{lst}/items", json={"fields": {"Key": "x", "Tags": ["a"]}},
                timeout=10).status_code == 400  # multi-choice needs its @odata.type
    assert post(f"{lst}/items", json={"fields": {"Key": "x", "Tags@odata.type":
                                                 "Collection(Edm.String)", "Tags": ["a"]}},
                timeout=10).status_code == 201
    assert post(f"{lst}/items", json={"fields": {"Key": "x"}},
                timeout=10).status_code == 409  # unique values
    assert post(f"{lst}/items", json={"fields": {"Key": "y", "Link": "https://x"}},
                timeout=10).status_code == 400  # hyperlink writes fail through Graph
    assert post(f"{lst}/items", json={"fields": {"Nope": 1}}, timeout=10).status_code == 400
    got = session.get(f"{lst}/items?$filter=fields/Note eq 'n'", timeout=10)
    assert got.status_code == 400 and "Prefer" in got.text  # not indexed
    ok = session.get(f"{lst}/items?$filter=fields/Key eq 'x'&$expand=fields", timeout=10)
    assert [i["fields"]["Key"] for i in ok.json()["value"]] == ["x"]


def test_etags_412_and_delta_with_deletes_and_410(graph: Any) -> None:
    fake, site, session, lst = graph
    first = session.get(f"{lst}/items/delta?token=latest", timeout=10).json()
    made = session.post(f"{lst}/items", json={"fields": {"Key": "e"}}, timeout=10).json()
    stale = made["eTag"]
    changed = session.patch(f"{lst}/items/{made['id']}/fields", json={"Note": "one"},
                            headers={"If-Match": stale}, timeout=10)
    assert changed.status_code == 200
    again = session.patch(f"{lst}/items/{made['id']}/fields", json={"Note": "two"},
                          headers={"If-Match": stale}, timeout=10)
    assert again.status_code == 412
    assert session.delete(f"{lst}/items/{made['id']}", headers={"If-Match": stale},
                          timeout=10).status_code == 412
    assert session.delete(f"{lst}/items/{made['id']}", timeout=10).status_code == 204
    delta = session.get(first["@odata.deltaLink"], timeout=10).json()
    assert delta["value"] == [{"id": made["id"], "parentReference": {"id": lst.rsplit("/", 1)[1]},
                               "deleted": {"state": "deleted"}}]
    fake.expire_delta_tokens(site, "Things")
    gone = session.get(delta["@odata.deltaLink"], timeout=10)
    assert gone.status_code == 410 and gone.headers["Location"]


def test_faults_rate_limits_and_the_retry_after_detector(graph: Any) -> None:
    fake, _, session, lst = graph
    fake.faults.rate, fake.faults.errors, fake.faults.retry_after = 1.0, (429,), 30
    first = session.get(lst, timeout=10)
    assert first.status_code == 429 and first.headers["Retry-After"] == "30"
    fake.faults.rate = 0.0
    early = session.get(lst, timeout=10)  # the same request, far too soon
    assert early.status_code == 429
    assert len(fake.retry_after_violations) == 1
    other = session.get(f"{lst}/columns", timeout=10)  # a different request is fine
    assert other.status_code == 200
    fake.faults.rate_limit, fake.faults.rate_window = 10, 60
    seen = [session.get(f"{lst}/columns?n={n}", timeout=10) for n in range(6)]
    assert "RateLimit-Remaining" in seen[-2].headers  # from 80% of the budget
    assert seen[-1].status_code == 429 and seen[-1].headers["RateLimit-Remaining"] == "0"


def test_a_lost_answer_still_applies_the_write(graph: Any) -> None:
    fake, site, session, lst = graph
    fake.faults.lose_rate = 1.0
    with pytest.raises(requests.ConnectionError):
        session.post(f"{lst}/items", json={"fields": {"Key": "lost"}}, timeout=10)
    assert [i.fields["Key"] for i in fake.items(site, "Things")] == ["lost"]
    assert fake.counts["lost_responses"] == 1


def test_write_grant_may_not_create_lists(graph: Any) -> None:
    fake, site, session, lst = graph
    fake.grant(site, next(iter(site.grants)), "write")
    base = lst.rsplit("/lists/", 1)[0]
    assert session.post(f"{base}/lists", json={"displayName": "More"},
                        timeout=10).status_code == 403
    assert session.post(f"{lst}/items", json={"fields": {"Key": "w"}},
                        timeout=10).status_code == 201

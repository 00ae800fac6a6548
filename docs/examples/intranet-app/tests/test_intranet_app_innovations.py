"""The innovations list and the innovation page."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask.testing import FlaskClient

import kmcore
from kmcore.records.innovation import Costs

PUBLISHED = {  # the sample's innovations the trust's own staff may see (published, not private)
    "inn-cohort-bay-nursing", "inn-sepsis-screening-ed", "inn-electronic-whiteboards",
    "inn-evidence-huddles", "inn-skin-bundle", "inn-poct-lactate",
}
HIDDEN = {  # drafts, submitted, in review, private
    "inn-pharmacy-discharge-medicines", "inn-dysphagia-mealtime-cards",
    "inn-frailty-virtual-ward", "inn-ward7-safety-huddle",
}


def _listed(html: str) -> set[str]:
    return {i for i in PUBLISHED | HIDDEN if f'href="/innovations/{i}"' in html}


def test_intranet_app_lists_only_published_innovations(client: FlaskClient) -> None:
    page = client.get("/innovations")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert _listed(html) == PUBLISHED
    assert "6 innovation(s)" in html
    assert "led by James Whitfield" in html  # the lead's name, from the person record


def test_intranet_app_home_redirects_to_the_list(client: FlaskClient) -> None:
    page = client.get("/")
    assert page.status_code == 302 and page.headers["Location"].endswith("/innovations")


@pytest.mark.parametrize(("query", "expected"), [
    ("stage=embedded", {"inn-cohort-bay-nursing", "inn-skin-bundle"}),
    ("department=Elderly+Care", {"inn-cohort-bay-nursing"}),
    ("stage=evaluated&department=Emergency+Department", {"inn-sepsis-screening-ed"}),
    ("stage=testing", set()),  # the only one testing is not published
])
def test_intranet_app_filters_by_stage_and_department(client: FlaskClient, query: str,
                                                       expected: set[str]) -> None:
    html = client.get(f"/innovations?{query}").get_data(as_text=True)
    assert _listed(html) == expected
    if not expected:
        assert "No innovations match" in html


def test_intranet_app_filter_options_come_from_what_is_shown(client: FlaskClient) -> None:
    html = client.get("/innovations").get_data(as_text=True)
    assert '<option value="embedded"' in html
    assert '<option value="planning"' not in html  # only a draft is at that stage
    assert "<option>Pharmacy</option>" not in html  # only an in-review one is there


def test_intranet_app_unknown_stage_is_a_clear_400(client: FlaskClient) -> None:
    page = client.get("/innovations?stage=finished")
    assert page.status_code == 400
    assert "There is no stage called &#39;finished&#39;" in page.get_data(as_text=True)


def test_intranet_app_search_ranks_and_highlights(client: FlaskClient) -> None:
    html = client.get("/innovations?q=sepsis").get_data(as_text=True)
    listed = _listed(html)
    assert "inn-sepsis-screening-ed" in listed
    assert listed <= PUBLISHED
    assert "<mark>" in html  # kmcore's escaped highlighting


def test_intranet_app_search_says_how_it_read_an_odd_query(client: FlaskClient) -> None:
    html = client.get('/innovations?q="sepsis').get_data(as_text=True)
    assert '<p class="note">A quotation mark was not closed' in html
    assert "inn-sepsis-screening-ed" in _listed(html)


def test_intranet_app_shows_one_innovation(client: FlaskClient) -> None:
    page = client.get("/innovations/inn-sepsis-screening-ed")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "<h1>Sepsis trolley and screening prompt raised on-time antibiotics in ED to 88%</h1>" \
        in html
    assert "James Whitfield" in html and "Only 62% of adults" in html
    assert "88%" in html and "(from 62%)" in html


@pytest.mark.parametrize("record_id", [
    "inn-ward7-safety-huddle",          # private
    "inn-pharmacy-discharge-medicines",  # in review
    "person-amara-okafor",              # not an innovation
    "inn-no-such-thing",
    "..%2F..%2Fkmcore.toml",
    "Not An Id",
])
def test_intranet_app_hidden_or_unknown_innovation_is_404(client: FlaskClient,
                                                         record_id: str) -> None:
    page = client.get(f"/innovations/{record_id}")
    assert page.status_code == 404
    assert "There is no such page here" in page.get_data(as_text=True)


def test_intranet_app_escapes_what_records_say(client: FlaskClient, kb_path: Path) -> None:
    with kmcore.open(kb_path) as kb:
        kb.add(kmcore.Innovation(
            id="inn-escaping", title='<script>alert("x")</script> Bed & board',
            lead="person-helen-marsh", problem="<img src=x onerror=alert(1)>",
            description="Plain.", stage="implemented", status="published",
            department="Elderly Care", costs=Costs(industry_sponsorship=False)))
    listing = client.get("/innovations").get_data(as_text=True)
    page = client.get("/innovations/inn-escaping").get_data(as_text=True)
    for html in (listing, page):
        assert "<script>" not in html and "<img" not in html
        assert "&lt;script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_intranet_app_sees_a_change_on_the_next_request(client: FlaskClient,
                                                      kb_path: Path) -> None:
    import attrs

    assert client.get("/innovations/inn-skin-bundle").status_code == 200
    with kmcore.open(kb_path) as kb:  # a librarian withdraws it (or kmcore edit does)
        record = kb.get("inn-skin-bundle")
        kb.update(attrs.evolve(record, status="withdrawn"))
    assert client.get("/innovations/inn-skin-bundle").status_code == 404
    assert "inn-skin-bundle" not in client.get("/innovations").get_data(as_text=True)


def test_intranet_app_leaves_out_a_person_who_objected(client: FlaskClient,
                                                      kb_path: Path) -> None:
    """Grace Adeyemi objected to being listed (UK GDPR Article 21): on a page for staff her
    name is not shown, even on an innovation she worked on; the gates decide, not the app."""
    import attrs

    from kmcore.records.innovation import TeamMember

    with kmcore.open(kb_path) as kb:
        record = kb.get("inn-skin-bundle")
        assert isinstance(record, kmcore.Innovation)
        kb.update(attrs.evolve(record, team=(
            *record.team, TeamMember(person="person-grace-adeyemi"))))
    html = client.get("/innovations/inn-skin-bundle").get_data(as_text=True)
    assert "Grace Adeyemi" not in html
    assert "(not shown here)" in html
    assert "Olivia Grant" in html  # the lead left, but a name card is still published

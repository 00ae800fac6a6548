"""The outside identifiers records carry: ODS codes, ORCID iDs, email addresses, DOIs..."""

from __future__ import annotations

import pytest

from kmcore.records.identifiers import (
    doi_problem,
    email_problem,
    is_valid_email,
    is_valid_ods_code,
    is_valid_orcid,
    orcid_check_character,
    orcid_problem,
    pmid_problem,
    url_problem,
)


@pytest.mark.parametrize("code", ["R9X", "RT3", "RT3AB", "G3472185", "K81003001", "X"])
def test_valid_ods_codes(code: str) -> None:
    assert is_valid_ods_code(code)


@pytest.mark.parametrize("code", ["", "rt3", "RT-3", "RT3 ", "ABCDEFGHIJ", "RT3\n"])
def test_invalid_ods_codes(code: str) -> None:
    assert not is_valid_ods_code(code)


@pytest.mark.parametrize("orcid", [
    "0000-0002-1825-0097",               # ORCID's own example
    "https://orcid.org/0000-0002-1825-0097",
    "0000-0001-5109-3700",
    "0000-0002-1694-233X",               # check character X
])
def test_valid_orcids(orcid: str) -> None:
    assert is_valid_orcid(orcid)


def test_orcid_with_a_mistyped_digit_names_the_check_character() -> None:
    assert not is_valid_orcid("0000-0002-1825-0098")
    assert orcid_problem("0000-0002-1825-0098") == (
        "has the wrong check character: look for a mistyped digit"
    )


@pytest.mark.parametrize("orcid", ["0000-0002-1825", "0000000218250097", "0000-0002-1825-009x",
                                   "http://orcid.org/0000-0002-1825-0097"])
def test_badly_shaped_orcids(orcid: str) -> None:
    assert orcid_problem(orcid) == "is not an ORCID iD: use the form 0000-0002-1825-0097"


def test_orcid_check_character_matches_iso_7064() -> None:
    assert orcid_check_character("000000021825009") == "7"
    assert orcid_check_character("000000021694233") == "X"


@pytest.mark.parametrize("email", ["amara.okafor@nhs.example", "a@b.co", "x+tag@trust.nhs.uk"])
def test_valid_emails(email: str) -> None:
    assert is_valid_email(email)


@pytest.mark.parametrize("email", ["amara", "a@b", "a b@c.org", "a@@b.org", "@nhs.net", "a@.org"])
def test_invalid_emails(email: str) -> None:
    assert email_problem(email) == "is not an email address like 'name@nhs.net'"


def test_empty_email_is_allowed_because_the_field_is_optional() -> None:
    assert email_problem("") is None


@pytest.mark.parametrize(("check", "good", "bad"), [
    (doi_problem, "10.1136/bmj.n71", "doi:10.1136/bmj.n71"),
    (doi_problem, "10.1002/14651858.CD005465.pub4", "10.12/short-registrant"),
    (pmid_problem, "31978945", "031978945"),
    (url_problem, "https://www.nice.org.uk/guidance/ng51", "nice.org.uk/guidance/ng51"),
])
def test_citation_identifiers(check: object, good: str, bad: str) -> None:
    assert callable(check)
    assert check(good) is None
    assert check(bad) is not None
    assert check("") is None

"""``kmcore doctor`` for a Confluence target: token, sign-in, edition, space, parent, permission.

Only reads are sent. Each finding is a :class:`~kmcore.sync.model.TargetCheck`; a check that
cannot run because an earlier one failed is not attempted (its failure would only repeat).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kmcore.backend import AuthError, KmcoreError, PermissionDenied, TargetCheck
from kmcore_confluence.client import NoAnswer
from kmcore_confluence.render import MANAGED_LABEL

if TYPE_CHECKING:
    from kmcore_confluence.target import ConfluenceTarget

__all__ = ["diagnose"]


def _text(exc: KmcoreError) -> str:
    return exc.message


def diagnose(target: ConfluenceTarget) -> Iterator[TargetCheck]:
    """The checks, in order; stops after a failure later checks depend on."""
    s = target.settings
    name = target.config.name
    edition = "Confluence Cloud" if s.cloud else "Confluence Data Center"
    try:
        s.token()
    except KmcoreError as exc:
        yield TargetCheck(name=f"{name}: token", status="fail", message=exc.message,
                          hint=exc.hint)
        return
    yield TargetCheck(name=f"{name}: token", status="ok",
                      message=f"a token is set in {s.token_env} (its value is not shown)")
    client = target.client
    # Edition: each edition answers at its own paths; a mismatch shows up as a 404 there.
    other = (f"{s.base_url}/rest/api/space/{s.space_key}" if s.cloud
             else f"{s.base_url}/api/v2/spaces")
    try:
        me = client.current_user()
    except AuthError as exc:
        yield TargetCheck(name=f"{name}: sign-in", status="fail", message=_text(exc),
                          hint="Check the token (it may have expired or been revoked)"
                          + (" and that username is the email of the account that owns it."
                             if s.cloud else "; a personal access token needs no username."))
        return
    except NoAnswer as exc:
        yield TargetCheck(name=f"{name}: sign-in", status="fail",
                          message=f"{edition} at {s.base_url} did not answer: {exc.message}",
                          hint="Check base_url and that this PC can reach the site.")
        return
    except KmcoreError as exc:
        hint = ("Check base_url and edition: this address does not answer like "
                f"{edition}.")
        yield TargetCheck(name=f"{name}: sign-in", status="fail", message=_text(exc), hint=hint)
        return
    yield TargetCheck(name=f"{name}: sign-in", status="ok",
                      message=f"signed in to {edition} at {s.base_url} (user {me or '?'})")
    yield from _site_checks(target, other, edition)


def _site_checks(target: ConfluenceTarget, other: str, edition: str) -> Iterator[TargetCheck]:
    """Once signed in: the edition, the space, the parent page, permission, kmcore's pages."""
    s, name, client = target.settings, target.config.name, target.client
    probe = client.call("GET", other, what="checking the edition", ok404=True,
                        params={"limit": 1} if not s.cloud else None)
    if not s.cloud and probe is not None:
        yield TargetCheck(name=f"{name}: edition", status="warn",
                          message=f"{s.base_url} answers Confluence Cloud's REST v2, but the "
                          "target says edition = \"datacenter\"",
                          hint='If this is an atlassian.net site, set edition = "cloud".')
    else:
        yield TargetCheck(name=f"{name}: edition", status="ok",
                          message=f"the site answers as {edition}")
    try:
        home = client.home_page()
    except KmcoreError as exc:
        yield TargetCheck(name=f"{name}: space", status="fail", message=_text(exc),
                          hint=exc.hint)
        return
    yield TargetCheck(name=f"{name}: space", status="ok",
                      message=f"space {s.space_key} is readable (home page {home})")
    if s.parent_page is not None:
        try:
            target._root_parent()
        except KmcoreError as exc:
            yield TargetCheck(name=f"{name}: parent page", status="fail", message=exc.message,
                              hint=exc.hint)
        else:
            yield TargetCheck(name=f"{name}: parent page", status="ok",
                              message=f"parent page {s.parent_page!r} exists")
    yield from _permission_checks(target)


def _permission_checks(target: ConfluenceTarget) -> Iterator[TargetCheck]:
    """May the account create pages, and how many pages carry kmcore's label?"""
    s, name, client = target.settings, target.config.name, target.client
    try:
        allowed = client.can_create()
    except PermissionDenied as exc:
        allowed, detail = False, exc.message
    else:
        detail = ""
    if allowed is None:
        yield TargetCheck(name=f"{name}: permission", status="warn",
                          message="Data Center cannot be asked, without writing, whether the "
                          "account may add pages; the first sync will tell",
                          hint=f"Make sure the account has 'Add pages' in space {s.space_key}.")
    elif allowed:
        yield TargetCheck(name=f"{name}: permission", status="ok",
                          message=f"the account may create pages in space {s.space_key}")
    else:
        yield TargetCheck(name=f"{name}: permission", status="fail",
                          message=f"the account may not create pages in space {s.space_key}"
                          + (f" ({detail})" if detail else ""),
                          hint="Ask a space admin to grant 'Add pages' (and 'Delete pages' to "
                          "withdraw records) to the publishing account.")
    try:
        count = sum(1 for _ in client.cql(
            f'space = "{s.space_key}" and type = page and label = "{MANAGED_LABEL}"'))
    except KmcoreError as exc:
        yield TargetCheck(name=f"{name}: search", status="warn", message=exc.message,
                          hint="CQL search failed; publishing does not need it.")
    else:
        yield TargetCheck(name=f"{name}: pages", status="ok",
                          message=f"{count} page(s) in space {s.space_key} carry kmcore's "
                          "label (search results can lag behind recent writes)")



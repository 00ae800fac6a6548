"""``kmcore doctor`` for a SharePoint target: token, site, permission probe, list schema drift."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from kmcore.backend import KmcoreError, TargetCheck

from kmcore_sharepoint.ops import WRITE_HINT
from kmcore_sharepoint.provision import MANAGE_HINT, ensure_lists

if TYPE_CHECKING:
    from kmcore_sharepoint.target import SharePointTarget

__all__ = ["diagnose"]


def diagnose(target: SharePointTarget) -> Iterable[TargetCheck]:
    """Each finding named `NAME: what`; the target adds the name to each message."""
    name = target.config.name
    # Whether the app holds permissions is not read from the token (a token is opaque to a
    # client): the site read below fails with Graph's own cause (no consent, no grant).
    try:
        user = target.tokens.signed_in_user()
    except KmcoreError as exc:
        yield TargetCheck(name=f"{name}: token", status="fail", message=exc.message,
                          hint=exc.hint)
        return
    who = f"as {user}" if user else f"as app {target.settings.client_id}"
    yield TargetCheck(name=f"{name}: token", status="ok",
                      message=f"signed in {who} ({target.settings.auth})")
    try:
        target.state.pop("site_id", None)
        site_id = target.resolve_site()
    except KmcoreError as exc:
        yield TargetCheck(name=f"{name}: site", status="fail", message=exc.message,
                          hint=exc.hint)
        return
    yield TargetCheck(name=f"{name}: site", status="ok",
                      message=f"{target.settings.site_url} found (id {site_id})")
    try:
        result = ensure_lists(target.client, site_id, list(target.schemas.values()),
                              create=False)
    except KmcoreError as exc:
        yield TargetCheck(name=f"{name}: lists", status="fail", message=exc.message,
                          hint=exc.hint)
        return
    yield from _probe(target, result.list_ids)
    if result.missing:
        yield TargetCheck(
            name=f"{name}: lists", status="warn",
            message=f"not created yet: {', '.join(result.missing)}",
            hint=("The first sync creates them (provision = true) if the app has the "
                  "'manage' role; otherwise: " + MANAGE_HINT)
            if target.settings.provision else MANAGE_HINT)
    else:
        yield TargetCheck(name=f"{name}: lists", status="ok",
                          message=f"{len(result.list_ids)} lists found")
    if result.drift:
        for problem in result.drift:
            yield TargetCheck(
                name=f"{name}: schema", status="fail" if problem.blocking else "warn",
                message=problem.describe(),
                hint="Undo the change in the list's settings (or delete the column and "
                "run `kmcore sharepoint provision` to add it back); kmcore does not "
                "overwrite a site owner's change." if problem.blocking else None)
    elif result.list_ids:
        yield TargetCheck(name=f"{name}: schema", status="ok",
                          message="every kmcore column is as kmcore made it")

def _probe(target: SharePointTarget, list_ids: Mapping[str, str]) -> Iterable[TargetCheck]:
    """A cheap write-permission probe: PATCH an item id that cannot exist. 404 means
    the app may write (the item is simply not there); 403 means it may not."""
    name = target.config.name
    if not list_ids:
        return
    list_id = next(iter(list_ids.values()))
    response = target.client.call(
        "PATCH", f"/sites/{target.site_id}/lists/{list_id}/items/2147483647/fields",
        json={})
    if response.status_code == 403:
        yield TargetCheck(name=f"{name}: permission", status="fail",
                          message="the app may read the site but not change list items",
                          hint=WRITE_HINT)
    elif response.status_code in (404, 400, 200):
        yield TargetCheck(name=f"{name}: permission", status="ok",
                          message="the app may change list items on this site")
    else:
        yield TargetCheck(name=f"{name}: permission", status="warn",
                          message=f"the write probe answered HTTP {response.status_code}",
                          hint="Run `kmcore doctor` again later.")


"""The two Confluence dialects behind one small interface.

* :class:`CloudClient`: REST v2 (``/wiki/api/v2``) for spaces, pages and content properties;
  REST v1 (``/wiki/rest/api``) where v2 has no equivalent: label writes, CQL search and the
  current user. Basic auth with the account's email and API token.
* :class:`DataCenterClient`: REST v1 only (``<context>/rest/api``): ``ancestors`` for the
  parent, ``expand=`` for related data, ``start``/``limit`` paging, properties by key.
  Bearer personal access token (or Basic, when a username is configured).

Both speak through :func:`kmcore.http.make_session` (timeouts, request ids, bounded
``Retry-After``-aware retries that never resend a POST blindly). What they add: Confluence's
own error message and request id in every error, version conflicts (409, or a 400 that
mentions the version) raised as :class:`VersionConflict`, a clashing title as
:class:`TitleTaken`, and a request whose answer never came as :class:`NoAnswer`, so the
caller can look before it tries again.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping, Sequence
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import attrs
import requests

from kmcore.backend import AuthError, BackendError, RateLimited, RemoteError
from kmcore.http import (
    KmcoreSession,
    RetryPolicy,
    make_session,
    request_id_of,
    retry_after_seconds,
)
from kmcore_confluence import __version__
from kmcore_confluence.settings import ConfluenceSettings

__all__ = [
    "PROPERTY_KEY",
    "CloudClient",
    "ConfluenceClient",
    "DataCenterClient",
    "NoAnswer",
    "NotReadableYet",
    "PageInfo",
    "PropertyInfo",
    "TitleTaken",
    "VersionConflict",
    "make_client",
]

#: The content property kmcore keeps on every page it owns.
PROPERTY_KEY = "kmcore"
_V2_LIMIT = 250
#: Pauses (seconds) before reading again a page Cloud answers 404 for although kmcore knows
#: it exists (made moments ago): about 4 s in all, then the item waits for the next sync.
_NEW_PAGE_WAITS = (0.25, 0.5, 1.0, 2.0)
_V1_LIMIT = 100
_EXPAND = "version,ancestors,metadata.labels,metadata.properties." + PROPERTY_KEY
#: At most this long is spent pacing before a request when the site says it is nearly
#: out of quota (X-RateLimit-NearLimit, or Data Center's X-RateLimit-Remaining: 0).
_PACE = 1.0
#: The longest kmcore waits for Confluence, in all, on one request's retries, and the longest
#: ``Retry-After`` it honours: a longer one stops the run (nothing more is sent) rather than
#: have every remaining request wait, or be refused, one by one.
MAX_WAIT = 120.0
#: Reads (and PUT/DELETE, which may be repeated) are retried on these, with jittered
#: backoff; a POST only on 429, which Atlassian documents as "not processed".
_RETRY_STATUSES: frozenset[int] = frozenset((429, 500, 502, 503, 504))
# (mypy cannot type attrs' converter=frozenset, hence the ignore.)
_RETRY = RetryPolicy(statuses=_RETRY_STATUSES,  # type: ignore[arg-type]
                     max_total_wait=MAX_WAIT)


class VersionConflict(RemoteError):
    """The page (or property) changed since it was read: re-read and decide again."""

    transient = True


class TitleTaken(RemoteError):
    """Another page in the space already has this title."""


class NoAnswer(RemoteError):
    """The request may or may not have been applied: its answer never came."""

    transient = True


class NotReadableYet(RemoteError):
    """A page that exists (listed by its title, or just made) still answers 404 to a read:
    Confluence Cloud shows a new page to reads only after a moment. Never take it for a
    missing page (that would post it again): leave the item for the next sync."""

    transient = True


@attrs.frozen
class PropertyInfo:
    id: str
    version: int
    value: Any


@attrs.frozen
class PageInfo:
    """What kmcore needs to know of a page; ``labels``/``prop`` None when not read."""

    id: str
    title: str
    version: int
    version_message: str
    version_author: str
    parent_id: str | None
    labels: tuple[str, ...] | None = None
    prop: PropertyInfo | None = None
    status: str = "current"


class ConfluenceClient:
    """What the target needs from Confluence, whatever the edition."""

    def __init__(self, settings: ConfluenceSettings, session: KmcoreSession | None = None,
                 sleep: Any = time.sleep) -> None:
        self.settings = settings
        self.session = session or make_session(plugin="kmcore-confluence",
                                               plugin_version=__version__, sleep=sleep,
                                               retries=_RETRY)
        self._sleep = sleep
        self._clock = time.monotonic
        #: When Confluence will take requests again (its last Retry-After), for every request
        #: of this client: a look-up after a throttled POST waits too.
        self._open_at = 0.0
        #: The first 401: every later request fails with it at once, unsent (Atlassian Cloud
        #: locks an account behind a CAPTCHA after repeated failed sign-ins).
        self._refused: AuthError | None = None
        self._auth_set = False
        self._space: tuple[str, str] | None = None  # (space id or key, home page id)
        self._me: str | None = None
        self.requests_sent = 0

    # --- plumbing ------------------------------------------------------------------------

    def _authorise(self) -> None:
        if self._auth_set:
            return
        token = self.settings.token()
        if self.settings.username:
            self.session.auth = (self.settings.username, token)
        else:
            self.session.headers["Authorization"] = f"Bearer {token}"
        self._auth_set = True

    def call(self, method: str, url: str, *, what: str, ok404: bool = False,
             idempotent: bool | None = None, **kwargs: Any) -> requests.Response | None:
        """Send one request; a kmcore error naming *what* if it fails (None for a 404 when
        *ok404*)."""
        if self._refused is not None:
            raise self._refused
        self._authorise()
        self._wait_until_open(what)
        self.requests_sent += 1
        try:
            response = self.session.request(method, url, idempotent=idempotent, **kwargs)
        except RemoteError as exc:
            raise NoAnswer(f"{what}: {exc.message}", hint=exc.hint) from None
        self._pace(response)
        status = response.status_code
        if status in (429, 503):
            asked = retry_after_seconds(response)
            if asked is not None:
                self._open_at = max(self._open_at, self._clock() + asked)
        if status == 401:
            self._refused = self._auth_error(what, response)
            raise self._refused
        if status == 404 and ok404:
            return None
        if status < 400:
            return response
        said = confluence_message(response)
        request_id = request_id_of(response)
        if status == 409 or (status == 400 and "version" in said.lower()
                             and "increment" in said.lower()):
            raise VersionConflict(f"{what}: Confluence says {said or 'conflict'} (HTTP {status})",
                                  hint="Somebody changed it meanwhile; it is read again.",
                                  request_id=request_id)
        if status == 400 and "title already exists" in said.lower():
            raise TitleTaken(f"{what}: Confluence says {said}", request_id=request_id,
                             hint="Another page in the space has this title; rename one.")
        try:
            self.session.raise_for_status(response)
        except BackendError as exc:
            text = exc.message
            if said and said not in text:
                text = f"{text}: {said}"
            error = type(exc)(f"{what}: {text}", hint=exc.hint, status=exc.status,
                              retryable=exc.retryable)
            error.request_id = exc.request_id
            raise error from None
        raise AssertionError("unreachable")  # pragma: no cover

    def _wait_until_open(self, what: str) -> None:
        """Honour the last ``Retry-After`` before sending anything; a wait beyond
        :data:`MAX_WAIT` stops the run instead (the error's ``stops_run`` is set)."""
        remaining = self._open_at - self._clock()
        if remaining <= 0:
            return
        if remaining > MAX_WAIT:
            error = RateLimited(
                f"{what}: not sent: Confluence asked kmcore to wait {int(remaining) + 1} "
                f"seconds, more than the {MAX_WAIT:g} seconds a run waits",
                hint="Confluence is throttling this account or is unavailable: nothing more "
                "was sent in this run. Run the sync again later; it carries on from here.",
                stops_run=True)
            raise error
        self._sleep(remaining)

    def _auth_error(self, what: str, response: requests.Response) -> AuthError:
        s = self.settings
        said = confluence_message(response)
        if s.cloud:
            token = (f"the API token in {s.token_env} for {s.username}")
            fix = ("Create a new API token for that account at "
                   "https://id.atlassian.com/manage-profile/security/api-tokens and put it in "
                   f"{s.token_env}; check that username is the account's email address.")
        else:
            token = f"the personal access token in {s.token_env}"
            fix = (f"Create a new personal access token (your profile > Personal Access "
                   f"Tokens) for the publishing account and put it in {s.token_env}"
                   + ("; check username" if s.username else "") + ".")
        return AuthError(
            f"{what}: Confluence refused {token} (HTTP 401"
            + (f": {said}" if said else "") + "): it is wrong, expired or revoked",
            hint=fix + " kmcore sent nothing more after this refusal.",
            request_id=request_id_of(response))

    def _pace(self, response: requests.Response) -> None:
        # Slow down *before* a 429: Cloud flags the last 20% of a quota, Data Center counts
        # its bucket down. Bounded, so a misbehaving header cannot stall a run.
        near = response.headers.get("X-RateLimit-NearLimit", "").lower() == "true"
        remaining = response.headers.get("X-RateLimit-Remaining")
        if near or remaining == "0":
            self._sleep(_PACE if response.status_code != 429 else 0)

    def json(self, method: str, url: str, *, what: str, ok404: bool = False,
             **kwargs: Any) -> Any:
        response = self.call(method, url, what=what, ok404=ok404, **kwargs)
        if response is None:
            return None
        try:
            return response.json()
        except ValueError:
            raise RemoteError(f"{what}: Confluence answered HTTP {response.status_code} "
                              "with something that is not JSON",
                              hint="Check base_url: it may point at a login page or a proxy.",
                              request_id=request_id_of(response)) from None

    # --- the interface (each edition implements these) -----------------------------------

    def current_user(self) -> str:
        """The account's user reference: Cloud accountId, Data Center userkey."""
        raise NotImplementedError

    def home_page(self) -> str:
        raise NotImplementedError

    def find_by_title(self, title: str) -> PageInfo | None:
        raise NotImplementedError

    def get_body(self, page_id: str) -> str | None:
        """The page's storage-format body (None if the page is gone)."""
        raise NotImplementedError

    def get_page(self, page_id: str) -> PageInfo | None:
        raise NotImplementedError

    def get_page_patiently(self, page_id: str) -> PageInfo | None:
        """:meth:`get_page` of a page kmcore made: None only if it is gone for certain."""
        return self.get_page(page_id)

    def create_page(self, *, title: str, body: str, parent_id: str, message: str,
                    prop: Mapping[str, Any], labels: Sequence[str]) -> PageInfo:
        raise NotImplementedError

    def update_page(self, page: PageInfo, *, title: str, body: str, parent_id: str,
                    message: str) -> PageInfo:
        raise NotImplementedError

    def delete_page(self, page_id: str) -> None:
        raise NotImplementedError

    def set_property(self, page: PageInfo, value: Mapping[str, Any]) -> PropertyInfo:
        """Create or update kmcore's property on *page* (*page.prop*: what was read)."""
        raise NotImplementedError

    def versions(self, page_ids: Sequence[str]) -> dict[str, str]:
        raise NotImplementedError

    def cql(self, query: str) -> Iterator[dict[str, Any]]:
        raise NotImplementedError

    def can_create(self) -> bool | None:
        """Whether the account may create pages in the space (None: cannot tell)."""
        raise NotImplementedError

    # --- shared v1 calls (labels) --------------------------------------------------------

    @property
    def v1(self) -> str:
        return f"{self.settings.base_url}/rest/api"

    def add_labels(self, page_id: str, names: Sequence[str]) -> None:
        if not names:
            return
        # Adding a label that is already there changes nothing, so this POST may be resent
        # after a lost answer.
        self.call("POST", f"{self.v1}/content/{page_id}/label", idempotent=True,
                  what=f"adding labels to page {page_id}",
                  json=[{"prefix": "global", "name": n} for n in names])

    def remove_label(self, page_id: str, name: str) -> None:
        self.call("DELETE", f"{self.v1}/content/{page_id}/label", ok404=True,
                  what=f"removing label {name!r} from page {page_id}", params={"name": name})

    def labelled_versions(self, label: str) -> dict[str, str]:
        """Page id -> version number of every current page in the space with *label*."""
        query = (f'space = "{self.settings.space_key}" and type = page and label = '
                 f'"{label}"')
        return {str(item["id"]): str((item.get("version") or {}).get("number") or "")
                for item in self._v1_cql(query, cursor=self.settings.cloud,
                                         expand="version")}

    def _v1_cql(self, query: str, *, cursor: bool, expand: str | None = None
                ) -> Iterator[dict[str, Any]]:
        params: dict[str, Any] = {"cql": query, "limit": _V1_LIMIT}
        if expand:
            params["expand"] = expand
        start = 0
        while True:
            if not cursor:
                params["start"] = start
            data = self.json("GET", f"{self.v1}/content/search", params=params,
                             what=f"searching the space ({query})")
            results = data.get("results") or []
            yield from results
            nxt = (data.get("_links") or {}).get("next")
            if cursor:
                if not nxt:
                    return
                # Only the cursor is taken from _links.next: joining the link itself to the
                # base would double /wiki (and break gateway prefixes).
                params = dict(parse_qsl(urlsplit(nxt).query))
            else:
                # Stop on a short or empty page as well as on no next link: some Data Center
                # versions report an endless next (CONFSERVER-95396).
                if not nxt or not results or len(results) < int(data.get("limit") or _V1_LIMIT):
                    return
                start += len(results)


def confluence_message(response: requests.Response) -> str:
    """Confluence's own words from an error body (v2 ``errors[]`` or v1 ``message``)."""
    try:
        body = response.json()
    except ValueError:
        return ""
    if not isinstance(body, dict):
        return ""
    errors = body.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        first = errors[0]
        text = str(first.get("title") or first.get("detail") or first.get("code") or "")
        return text.strip()[:400]
    message = body.get("message")
    return str(message).strip()[:400] if message else ""


def _prop_from(data: Any) -> PropertyInfo | None:
    if not isinstance(data, dict) or "id" not in data:
        return None
    return PropertyInfo(id=str(data["id"]), version=int((data.get("version") or {}).get(
        "number", 1)), value=data.get("value"))


class CloudClient(ConfluenceClient):
    """Confluence Cloud: REST v2, with v1 for labels, CQL and the current user."""

    @property
    def v2(self) -> str:
        return f"{self.settings.base_url}/api/v2"

    def _space_info(self) -> tuple[str, str]:
        if self._space is None:
            key = self.settings.space_key
            data = self.json("GET", f"{self.v2}/spaces", params={"keys": key},
                             what=f"looking up space {key}")
            found = [s for s in data.get("results") or [] if s.get("key") == key]
            if not found:
                raise RemoteError(f"space {key} was not found on {self.settings.base_url}, or "
                                  "the account cannot see it",
                                  hint="Check space_key (it is case-sensitive) and that the "
                                  "account has permission to view the space.")
            self._space = (str(found[0]["id"]), str(found[0].get("homepageId") or ""))
        return self._space

    def current_user(self) -> str:
        if self._me is None:
            data = self.json("GET", f"{self.v1}/user/current", what="reading the current user")
            self._me = str(data.get("accountId") or "")
        return self._me

    def home_page(self) -> str:
        return self._space_info()[1]

    def _page(self, data: dict[str, Any]) -> PageInfo:
        version = data.get("version") or {}
        labels = None
        if isinstance(data.get("labels"), dict):
            labels = tuple(str(lab["name"]) for lab in data["labels"].get("results") or [])
        prop = None
        if isinstance(data.get("properties"), dict):
            for item in data["properties"].get("results") or []:
                if item.get("key") == PROPERTY_KEY:
                    prop = _prop_from(item)
        return PageInfo(id=str(data["id"]), title=str(data.get("title") or ""),
                        version=int(version.get("number") or 1),
                        version_message=str(version.get("message") or ""),
                        version_author=str(version.get("authorId") or ""),
                        parent_id=str(data["parentId"]) if data.get("parentId") else None,
                        labels=labels, prop=prop, status=str(data.get("status") or "current"))

    def get_page(self, page_id: str) -> PageInfo | None:
        data = self.json("GET", f"{self.v2}/pages/{page_id}", ok404=True,
                         params={"include-properties": "true", "include-labels": "true"},
                         what=f"reading page {page_id}")
        if data is None:
            return None
        page = self._page(data)
        more = (data.get("properties") or {}).get("meta", {}).get("hasMore")
        if page.prop is None and more:  # only the first 50 properties come with the page
            found = self.json("GET", f"{self.v2}/pages/{page_id}/properties",
                              params={"key": PROPERTY_KEY}, what=f"reading page {page_id}")
            results = found.get("results") or []
            page = attrs.evolve(page, prop=_prop_from(results[0]) if results else None)
        return page

    def get_body(self, page_id: str) -> str | None:
        data = self.json("GET", f"{self.v2}/pages/{page_id}", ok404=True,
                         params={"body-format": "storage"}, what=f"reading page {page_id}")
        if data is None:
            return None
        return str(((data.get("body") or {}).get("storage") or {}).get("value") or "")

    def get_page_patiently(self, page_id: str) -> PageInfo | None:
        """:meth:`get_page`, read again after short pauses while it answers 404: Cloud may
        answer 404 to a page created moments ago (eventual consistency)."""
        for wait in (*_NEW_PAGE_WAITS, None):
            page = self.get_page(page_id)
            if page is not None or wait is None:
                return page
            self._sleep(wait)
        return None  # pragma: no cover (the loop returns)

    def find_by_title(self, title: str) -> PageInfo | None:
        space_id, _ = self._space_info()
        data = self.json("GET", f"{self.v2}/pages", what=f"looking for page {title!r}",
                         params={"space-id": space_id, "title": title, "status": "current"})
        for item in data.get("results") or []:
            if item.get("title") == title:
                page = self.get_page_patiently(str(item["id"]))
                if page is None:
                    # Listed, so it exists: "not found" here would post it a second time.
                    raise NotReadableYet(
                        f"page {item['id']} ({title!r}) is listed in space "
                        f"{self.settings.space_key} but Confluence answers 404 when it is "
                        "read (a page made moments ago is readable only after a while)",
                        hint="Nothing was sent for it; the next sync reads it again.")
                return page
        return None

    def create_page(self, *, title: str, body: str, parent_id: str, message: str,
                    prop: Mapping[str, Any], labels: Sequence[str]) -> PageInfo:
        space_id, _ = self._space_info()
        data = self.json("POST", f"{self.v2}/pages", what=f"creating page {title!r}",
                         json={"spaceId": space_id, "status": "current", "title": title,
                               "parentId": parent_id,
                               "body": {"representation": "storage", "value": body}})
        page = self._page(data)
        # v2 create takes no properties or labels: they follow, and a page found later
        # without its property is recognised by its first version's author and message.
        made = self.set_property(page, prop)
        self.add_labels(page.id, labels)
        return attrs.evolve(page, labels=tuple(labels), prop=made)

    def update_page(self, page: PageInfo, *, title: str, body: str, parent_id: str,
                    message: str) -> PageInfo:
        payload: dict[str, Any] = {
            "id": page.id, "status": "current", "title": title,
            "body": {"representation": "storage", "value": body},
            "version": {"number": page.version + 1, "message": message},
        }
        if parent_id != page.parent_id:
            payload["parentId"] = parent_id
        data = self.json("PUT", f"{self.v2}/pages/{page.id}", json=payload,
                         what=f"updating page {page.id} ({title!r})")
        return attrs.evolve(self._page(data), labels=page.labels, prop=page.prop)

    def delete_page(self, page_id: str) -> None:
        self.call("DELETE", f"{self.v2}/pages/{page_id}", ok404=True,
                  what=f"moving page {page_id} to the trash")

    def set_property(self, page: PageInfo, value: Mapping[str, Any]) -> PropertyInfo:
        url = f"{self.v2}/pages/{page.id}/properties"
        what = f"saving kmcore's property on page {page.id}"
        prop = page.prop
        for _attempt in range(2):
            if prop is None:
                try:
                    made = _prop_from(self.json("POST", url, what=what,
                                                json={"key": PROPERTY_KEY, "value": dict(value)}))
                    if made is not None:
                        return made
                except (VersionConflict, NoAnswer):
                    pass  # it exists (made by Confluence, or our lost POST): read and update
            else:
                try:
                    made = _prop_from(self.json(
                        "PUT", f"{url}/{prop.id}", what=what,
                        json={"key": PROPERTY_KEY, "value": dict(value),
                              "version": {"number": prop.version + 1, "message": "kmcore"}}))
                    if made is not None:
                        return made
                except VersionConflict:
                    pass
            found = self.json("GET", url, params={"key": PROPERTY_KEY}, what=what)
            results = found.get("results") or []
            prop = _prop_from(results[0]) if results else None
            if prop is not None and prop.value == dict(value):
                return prop  # our write landed; its answer was lost
        raise VersionConflict(f"{what}: it kept changing while kmcore wrote it",
                              hint="Run the sync again.")

    def versions(self, page_ids: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for start in range(0, len(page_ids), _V2_LIMIT):
            chunk = page_ids[start:start + _V2_LIMIT]
            params: dict[str, Any] = {"id": ",".join(chunk), "limit": _V2_LIMIT}
            while True:
                data = self.json("GET", f"{self.v2}/pages", params=params,
                                 what="reading page versions")
                for item in data.get("results") or []:
                    if item.get("status") == "current":
                        found[str(item["id"])] = str((item.get("version") or {})["number"])
                nxt = (data.get("_links") or {}).get("next")
                if not nxt:
                    break
                params = dict(parse_qsl(urlsplit(nxt).query))
        return found

    def cql(self, query: str) -> Iterator[dict[str, Any]]:
        return self._v1_cql(query, cursor=True)

    def can_create(self) -> bool | None:
        space_id, _ = self._space_info()
        data = self.json("GET", f"{self.v2}/spaces/{space_id}/operations",
                         what=f"reading what the account may do in space "
                         f"{self.settings.space_key}")
        return any(op.get("operation") == "create" and op.get("targetType") == "page"
                   for op in data.get("operations") or [])


class DataCenterClient(ConfluenceClient):
    """Confluence Data Center / Server: REST v1 only."""

    def current_user(self) -> str:
        if self._me is None:
            data = self.json("GET", f"{self.v1}/user/current", what="reading the current user")
            self._me = str(data.get("userKey") or "")
        return self._me

    def home_page(self) -> str:
        if self._space is None:
            key = self.settings.space_key
            # Data Center sends the home page only when asked for (expand=homepage).
            data = self.json("GET", f"{self.v1}/space/{key}", ok404=True,
                             params={"expand": "homepage"}, what=f"looking up space {key}")
            if data is None:
                raise RemoteError(f"space {key} was not found on {self.settings.base_url}, or "
                                  "the account cannot see it",
                                  hint="Check space_key (it is case-sensitive) and that the "
                                  "account has permission to view the space.")
            home = str((data.get("homepage") or {}).get("id") or "")
            if not home:
                raise RemoteError(f"space {key} on {self.settings.base_url} has no home page",
                                  hint="Name the page to publish under: parent_page = \"<its "
                                  "title or id>\" in the target's settings.")
            self._space = (key, home)
        return self._space[1]

    def _page(self, data: dict[str, Any]) -> PageInfo:
        version = data.get("version") or {}
        by = version.get("by") or {}
        meta = data.get("metadata") or {}
        labels = None
        if isinstance(meta.get("labels"), dict):
            labels = tuple(str(lab["name"]) for lab in meta["labels"].get("results") or [])
        prop = None
        props = meta.get("properties")
        if isinstance(props, dict):
            prop = _prop_from(props.get(PROPERTY_KEY))
        ancestors = data.get("ancestors")
        parent = str(ancestors[-1]["id"]) if isinstance(ancestors, list) and ancestors else None
        return PageInfo(id=str(data["id"]), title=str(data.get("title") or ""),
                        version=int(version.get("number") or 1),
                        version_message=str(version.get("message") or ""),
                        version_author=str(by.get("userKey") or ""), parent_id=parent,
                        labels=labels, prop=prop, status=str(data.get("status") or "current"))

    def get_page(self, page_id: str) -> PageInfo | None:
        data = self.json("GET", f"{self.v1}/content/{page_id}", ok404=True,
                         params={"expand": _EXPAND}, what=f"reading page {page_id}")
        return None if data is None else self._page(data)

    def get_body(self, page_id: str) -> str | None:
        data = self.json("GET", f"{self.v1}/content/{page_id}", ok404=True,
                         params={"expand": "body.storage"}, what=f"reading page {page_id}")
        if data is None:
            return None
        return str(((data.get("body") or {}).get("storage") or {}).get("value") or "")

    def find_by_title(self, title: str) -> PageInfo | None:
        data = self.json("GET", f"{self.v1}/content", what=f"looking for page {title!r}",
                         params={"spaceKey": self.settings.space_key, "title": title,
                                 "type": "page", "expand": _EXPAND, "start": 0, "limit": 25})
        for item in data.get("results") or []:
            if item.get("title") == title:
                return self._page(item)
        return None

    def create_page(self, *, title: str, body: str, parent_id: str, message: str,
                    prop: Mapping[str, Any], labels: Sequence[str]) -> PageInfo:
        # v1 takes the property and labels with the page, in one request: a page found
        # after a lost answer always carries them.
        data = self.json("POST", f"{self.v1}/content", what=f"creating page {title!r}",
                         params={"expand": _EXPAND},
                         json={"type": "page", "title": title,
                               "space": {"key": self.settings.space_key},
                               "ancestors": [{"id": parent_id}],
                               "body": {"storage": {"value": body,
                                                    "representation": "storage"}},
                               "version": {"message": message},
                               "metadata": {
                                   "labels": [{"prefix": "global", "name": n} for n in labels],
                                   "properties": {PROPERTY_KEY: {"value": dict(prop)}}}})
        return self._page(data)

    def update_page(self, page: PageInfo, *, title: str, body: str, parent_id: str,
                    message: str) -> PageInfo:
        data = self.json("PUT", f"{self.v1}/content/{page.id}", params={"status": "current"},
                         what=f"updating page {page.id} ({title!r})",
                         json={"id": page.id, "type": "page", "title": title,
                               "version": {"number": page.version + 1, "message": message,
                                           "minorEdit": True},
                               "body": {"storage": {"value": body,
                                                    "representation": "storage"}},
                               "ancestors": [{"id": parent_id}]})
        return attrs.evolve(self._page(data), labels=page.labels, prop=page.prop,
                            parent_id=parent_id)

    def delete_page(self, page_id: str) -> None:
        self.call("DELETE", f"{self.v1}/content/{page_id}", ok404=True,
                  what=f"moving page {page_id} to the trash")

    def set_property(self, page: PageInfo, value: Mapping[str, Any]) -> PropertyInfo:
        url = f"{self.v1}/content/{page.id}/property/{PROPERTY_KEY}"
        what = f"saving kmcore's property on page {page.id}"
        prop = page.prop
        for _attempt in range(2):
            number = 1 if prop is None else prop.version + 1
            try:
                # PUT creates the property when it is missing and the version is 1.
                made = _prop_from(self.json(
                    "PUT", url, what=what, json={"key": PROPERTY_KEY, "value": dict(value),
                                                 "version": {"number": number}}))
                if made is not None:
                    return made
            except VersionConflict:
                pass
            found = self.json("GET", url, ok404=True, what=what)
            prop = _prop_from(found)
            if prop is not None and prop.value == dict(value):
                return prop
        raise VersionConflict(f"{what}: it kept changing while kmcore wrote it",
                              hint="Run the sync again.")

    def versions(self, page_ids: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for page_id in page_ids:
            data = self.json("GET", f"{self.v1}/content/{page_id}", ok404=True,
                             params={"expand": "version"}, what=f"reading page {page_id}")
            if data is not None and data.get("status", "current") == "current":
                found[page_id] = str((data.get("version") or {})["number"])
        return found

    def cql(self, query: str) -> Iterator[dict[str, Any]]:
        return self._v1_cql(query, cursor=False)

    def can_create(self) -> bool | None:
        return None  # Data Center offers no read-only check of space permissions


def make_client(settings: ConfluenceSettings, **kwargs: Any) -> ConfluenceClient:
    """The client for the configured edition (never guessed from the host name)."""
    if settings.cloud:
        return CloudClient(settings, **kwargs)
    return DataCenterClient(settings, **kwargs)

"""A fake Confluence (Cloud or Data Center) for tests: a real HTTP server on 127.0.0.1.

Written from Atlassian's documentation (see ``docs/confluence.md``, "Using the fake"), it
keeps state like a small Confluence site: spaces, pages with versions, storage-format
validation ("Error parsing xhtml"), unique titles per space, content properties with their
own versions, labels, the CQL subset kmcore uses, cursor paging for Cloud (``_links.next``
containing ``/wiki``) and offset paging for Data Center. It can misbehave on purpose: 429 or
503 with ``Retry-After`` before a request is applied, and *lost responses*, where a write is
applied and the connection then dropped, so a client must find out what happened.

::

    from kmcore_confluence.testing import FakeConfluence

    with FakeConfluence("cloud", fault_rate=0.1, seed=7) as wiki:
        settings = wiki.target_settings()  # base_url, edition, space_key, username, token_env
        ...                                # publish, then look at wiki.pages()
        page = wiki.pages()[0]
        wiki.edit_as_person(page.id, body="<p>Edited by hand</p>")

Every request is kept in :attr:`FakeConfluence.recorded` (method, path, query, JSON body), so a
test can check what a client sends against the published OpenAPI documents.
"""

from __future__ import annotations

import threading
from types import TracebackType
from typing import Any, Literal

import attrs

from kmcore_confluence.testing._server import Handler, Recorded, Server, _HttpServer
from kmcore_confluence.testing._state import ApiError, Site
from kmcore_confluence.testing._xhtml import xhtml_problem

__all__ = ["FakeConfluence", "PageView", "Recorded", "xhtml_problem"]

Edition = Literal["cloud", "datacenter"]


@attrs.frozen
class PageView:
    """A snapshot of one page, for assertions."""

    id: str
    space_key: str
    title: str
    parent_id: str | None
    body: str
    version: int
    version_message: str
    version_author: str
    labels: tuple[str, ...]
    properties: dict[str, Any]
    status: str


class FakeConfluence:
    """A stateful fake Confluence site on a loopback port; use it as a context manager.

    :param edition: ``cloud`` (REST v2 + v1 under ``/wiki``, Basic email:token) or
        ``datacenter`` (REST v1 under *context_path*, Bearer personal access token).
    :param space_key: the space made at start (its home page included).
    :param context_path: Data Center's context path (``/confluence``; ``""`` for none).
    :param username: the account the token belongs to (Cloud: its email).
    :param token: the API token (Cloud) or personal access token (Data Center) accepted.
    :param fault_rate: the share of requests (0-1) that misbehave: answered 429 or 503 with
        ``Retry-After`` without being applied, or applied and their response lost.
    :param seed: seeds the fault dice, so a failing run can be repeated.
    :param retry_after: the ``Retry-After`` value sent with 429/503 (Atlassian sends whole
        seconds; tests may pass ``"0.05"`` to keep runs fast).
    :param can_create: False makes creating pages forbidden (to test permission checks).
    :param basic_auth: Data Center only: also accept Basic *username*:*token* (a password),
        as Data Center before 7.9 requires; by default only a Bearer token is accepted.
    """

    def __init__(self, edition: Edition = "cloud", *, space_key: str = "KM",
                 space_name: str = "Knowledge hub", context_path: str = "/confluence",
                 username: str = "librarian@example.nhs.uk", token: str = "fake-token-123",
                 fault_rate: float = 0.0, seed: int = 0, retry_after: str = "1",
                 can_create: bool = True, basic_auth: bool = False) -> None:
        if edition not in ("cloud", "datacenter"):
            raise ValueError(f"edition must be 'cloud' or 'datacenter', not {edition!r}")
        if context_path and not context_path.startswith("/"):
            raise ValueError("context_path must start with '/' (or be empty)")
        self.edition: Edition = edition
        self.space_key = space_key
        self.username = username
        self.token = token
        self.site = Site()
        self.site.add_space(space_key, space_name)
        prefix = "/wiki" if edition == "cloud" else context_path.rstrip("/")
        self._core = Server(edition=edition, prefix=prefix, site=self.site, username=username,
                            token=token, fault_rate=fault_rate, seed=seed,
                            retry_after=retry_after, can_create=can_create)
        self._core.dc_basic = basic_auth and edition == "datacenter"
        self._http: _HttpServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle -----------------------------------------------------------------------

    def start(self) -> FakeConfluence:
        """Start serving on 127.0.0.1 (a free port); returns self."""
        if self._http is None:
            http = _HttpServer(("127.0.0.1", 0), Handler)
            http.core = self._core
            self._core.host = f"127.0.0.1:{http.server_address[1]}"
            self._http = http
            # A short poll interval: close() then returns in milliseconds, not half a second.
            self._thread = threading.Thread(target=http.serve_forever, args=(0.02,),
                                            daemon=True, name="fake-confluence")
            self._thread.start()
        return self

    def close(self) -> None:
        """Stop serving (safe to call twice)."""
        if self._http is not None:
            self._http.shutdown()
            self._http.server_close()
            self._http = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FakeConfluence:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # --- what a client needs -------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The site's base URL, as a user writes it in ``kmcore.toml``."""
        if self._http is None:
            raise RuntimeError("start the fake first (use it as a context manager)")
        return self._core.base()

    @property
    def context_path(self) -> str:
        return self._core.prefix

    def target_settings(self, token_env: str = "KMCORE_CONFLUENCE_TOKEN") -> dict[str, Any]:
        """``[targets.NAME]`` settings that reach this fake (the token read from *token_env*)."""
        settings: dict[str, Any] = {"edition": self.edition, "base_url": self.base_url,
                                    "space_key": self.space_key, "token_env": token_env}
        if self.edition == "cloud":
            settings["username"] = self.username
        return settings

    # --- faults --------------------------------------------------------------------------

    def set_faults(self, rate: float, *, seed: int | None = None) -> None:
        """Change the fault rate (0 turns faults off) and optionally re-seed the dice."""
        import random

        with self._core._lock:
            self._core.fault_rate = rate
            if seed is not None:
                self._core.rng = random.Random(seed)

    def inject(self, kind: Literal["429", "503", "500", "lost"], *, method: str | None = None,
               path: str = "", times: int = 1) -> None:
        """Make the next *times* requests matching *method* and *path* (a substring of the URL
        path) misbehave: ``429``/``503`` (not applied, with ``Retry-After``), ``500`` (not
        applied) or ``lost`` (applied, answer dropped)."""
        if kind not in ("429", "503", "500", "lost"):
            raise ValueError(f"kind must be 429, 503, 500 or lost, not {kind!r}")
        for _ in range(times - 1):
            with self._core._lock:
                self._core.planned.append((kind, method.upper() if method else None, path))
        with self._core._lock:
            self._core.planned.append((kind, method.upper() if method else None, path))

    def set_retry_after(self, value: str) -> None:
        """The ``Retry-After`` sent with the next throttled answers (whole seconds, as
        Atlassian sends them; tests may use ``"0.05"``)."""
        with self._core._lock:
            self._core.retry_after = value

    def set_read_lag(self, seconds: float) -> None:
        """Cloud only: for *seconds* after its creation, ``GET /pages/{id}`` of a new page
        answers 404, as Confluence Cloud's eventual consistency does, although the page
        exists (its title is taken, and listings by title show it)."""
        if self.edition != "cloud":
            raise ValueError("the read lag is Confluence Cloud's (REST v2)")
        with self._core._lock:
            self._core.read_lag = float(seconds)

    @property
    def lagged_reads(self) -> int:
        """How many GETs were answered 404 only because of :meth:`set_read_lag`."""
        with self._core._lock:
            return self._core.lagged_reads

    @property
    def retry_after_violations(self) -> list[Recorded]:
        """Requests that arrived before the last ``Retry-After`` had run out (should be
        none: Retry-After holds every request to the site, not only the throttled one)."""
        with self._core._lock:
            return list(self._core.violations)

    @property
    def recorded(self) -> list[Recorded]:
        """Every request received so far (a copy)."""
        with self._core._lock:
            return list(self._core.recorded)

    # --- looking and meddling ------------------------------------------------------------

    def _view(self, page: Any) -> PageView:
        return PageView(id=page.id, space_key=page.space_key, title=page.title,
                        parent_id=page.parent_id, body=page.body, version=page.version,
                        version_message=page.version_message,
                        version_author=page.version_author, labels=tuple(page.labels),
                        properties={k: p.value for k, p in page.properties.items()},
                        status=page.status)

    def pages(self, *, include_home: bool = False) -> list[PageView]:
        """The current (not trashed) pages of the space, by id."""
        with self.site.lock:
            home = self.site.spaces[self.space_key].homepage_id
            return [self._view(p) for p in self.site.current_pages(self.space_key)
                    if include_home or p.id != home]

    def page(self, page_id: str) -> PageView:
        """One page, trashed or not."""
        with self.site.lock:
            return self._view(self.site.page(page_id, trashed=True))

    @property
    def homepage_id(self) -> str:
        return self.site.spaces[self.space_key].homepage_id

    def add_page(self, title: str, body: str = "<p>Written by a person.</p>", *,
                 parent_id: str | None = None) -> str:
        """A page made by a person (not kmcore), under *parent_id* or the home page."""
        try:
            page = self.site.create_page(space_key=self.space_key, title=title, body=body,
                                         parent_id=parent_id or self.homepage_id,
                                         author="person")
        except ApiError as exc:
            raise ValueError(exc.message) from None
        return page.id

    def edit_as_person(self, page_id: str, *, body: str | None = None,
                       title: str | None = None) -> int:
        """Edit a page as a person would in the editor; returns the new version number."""
        with self.site.lock:
            page = self.site.page(page_id)
            try:
                updated = self.site.update_page(
                    page.id, title=title or page.title,
                    body=body if body is not None else page.body + "<p>Edited by hand.</p>",
                    version=page.version + 1, author="person")
            except ApiError as exc:
                raise ValueError(exc.message) from None
            return updated.version

    def versions_total(self) -> int:
        """The number of page versions ever made in the space (a create makes version 1)."""
        with self.site.lock:
            return sum(p.version for p in self.site.pages.values()
                       if p.space_key == self.space_key and p.id != self.homepage_id)

    def account_of(self, who: Literal["kmcore", "person"]) -> str:
        """The user reference of kmcore's account or of "a person" for this edition
        (Cloud: accountId; Data Center: userkey)."""
        user = self.site.people[who]
        return user.account_id if self.edition == "cloud" else user.user_key

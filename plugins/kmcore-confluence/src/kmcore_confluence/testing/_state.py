"""The fake's site: spaces, pages with versions, content properties and labels.

Plain data guarded by one lock; the HTTP layer (``_server``) turns requests into calls here
and the results into each edition's JSON. Rules enforced, as Confluence documents them:

* page titles are unique per space (among pages that are not trashed);
* an update must carry ``version.number`` = current + 1, else 409;
* content properties have their own version numbers, checked the same way;
* labels are lower-cased, at most 255 characters, with no spaces or ``:;,.?&[]()#^*@!<>``;
* a trashed page is gone for reads, searches and title clashes.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Iterator
from typing import Any

import attrs

from kmcore_confluence.testing._xhtml import xhtml_problem

__all__ = ["ApiError", "Page", "Property", "Site", "Space", "User"]

_BAD_LABEL = re.compile(r"[\s:;,.?&\[\]()#^*@!<>]")


class ApiError(Exception):
    """A refusal, rendered by the server in the edition's error shape."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@attrs.define
class Property:
    id: str
    key: str
    value: Any
    version: int = 1


@attrs.define
class Page:
    id: str
    space_key: str
    title: str
    parent_id: str | None
    body: str
    author: str
    created_at: str
    status: str = "current"
    version: int = 1
    version_message: str = ""
    version_author: str = ""
    version_at: str = ""
    properties: dict[str, Property] = attrs.field(factory=dict)
    labels: list[str] = attrs.field(factory=list)


@attrs.define
class Space:
    id: str
    key: str
    name: str
    homepage_id: str


@attrs.define
class User:
    account_id: str  # Cloud
    user_key: str  # Data Center
    username: str
    display_name: str


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


class Site:
    """Everything the fake holds. Every method takes the lock itself."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.spaces: dict[str, Space] = {}
        self.pages: dict[str, Page] = {}
        self._next_id = 65536
        self.people = {
            "kmcore": User("557058:kmcore-bot", "8a8a8a8a00000001", "kmcore", "kmcore"),
            "person": User("5b10ac8d82e05b22cc7d4ef5", "8a8a8a8a00000002", "a.person",
                           "A Person"),
        }

    def new_id(self) -> str:
        with self.lock:
            self._next_id += 1
            return str(self._next_id)

    # --- spaces --------------------------------------------------------------------------

    def add_space(self, key: str, name: str) -> Space:
        with self.lock:
            home = Page(id=self.new_id(), space_key=key, title=f"{name} Home", parent_id=None,
                        body="<p>Welcome.</p>", author="person", created_at=_now())
            home.version_at = home.created_at
            home.version_author = "person"
            self.pages[home.id] = home
            space = Space(id=self.new_id(), key=key, name=name, homepage_id=home.id)
            self.spaces[key] = space
            return space

    def space(self, key: str) -> Space:
        with self.lock:
            if key not in self.spaces:
                raise ApiError(404, f"No space with key : {key}")
            return self.spaces[key]

    def space_by_id(self, space_id: str) -> Space:
        with self.lock:
            for space in self.spaces.values():
                if space.id == space_id:
                    return space
            raise ApiError(404, f"No space with id : {space_id}")

    # --- pages ---------------------------------------------------------------------------

    def page(self, page_id: str, *, trashed: bool = False) -> Page:
        with self.lock:
            page = self.pages.get(page_id)
            if page is None or (page.status == "trashed" and not trashed):
                raise ApiError(404, f"No content found with id : ContentId{{id={page_id}}}")
            return page

    def current_pages(self, space_key: str | None = None) -> Iterator[Page]:
        with self.lock:
            found = [p for p in self.pages.values() if p.status == "current"
                     and (space_key is None or p.space_key == space_key)]
        yield from sorted(found, key=lambda p: int(p.id))

    def _title_taken(self, space_key: str, title: str, other_than: str | None = None) -> None:
        for page in self.current_pages(space_key):
            if page.title == title and page.id != other_than:
                raise ApiError(400, "A page with this title already exists: A page already "
                               f"exists with the same TITLE in this space ({title})")

    def _check_body(self, body: str) -> None:
        problem = xhtml_problem(body)
        if problem:
            raise ApiError(400, problem)

    def _check_parent(self, space_key: str, parent_id: str | None) -> None:
        if parent_id is None:
            return
        parent = self.pages.get(parent_id)
        if parent is None or parent.status != "current" or parent.space_key != space_key:
            raise ApiError(400, f"Parent page {parent_id} was not found in space {space_key}")

    def create_page(self, *, space_key: str, title: str, body: str, parent_id: str | None,
                    author: str, message: str = "",
                    properties: dict[str, Any] | None = None,
                    labels: list[str] | None = None) -> Page:
        with self.lock:
            self.space(space_key)
            if not title.strip():
                raise ApiError(400, "Title is required for a page")
            if len(title) > 255:
                raise ApiError(400, "Title must be 255 characters or fewer")
            self._title_taken(space_key, title)
            self._check_body(body)
            self._check_parent(space_key, parent_id)
            for name in labels or []:
                self._check_label(name)
            stamp = _now()
            page = Page(id=self.new_id(), space_key=space_key, title=title, parent_id=parent_id,
                        body=body, author=author, created_at=stamp, version_message=message,
                        version_author=author, version_at=stamp)
            for key, value in (properties or {}).items():
                page.properties[key] = Property(id=self.new_id(), key=key, value=value)
            page.labels = sorted({n.lower() for n in labels or []})
            self.pages[page.id] = page
            return page

    def update_page(self, page_id: str, *, title: str, body: str | None, version: int,
                    author: str, message: str = "", parent_id: str | None = None,
                    move: bool = False) -> Page:
        with self.lock:
            page = self.page(page_id)
            if version != page.version + 1:
                raise ApiError(409, "Version must be incremented on update. Current version "
                               f"is: {page.version}")
            if not title.strip():
                raise ApiError(400, "Title is required for a page")
            self._title_taken(page.space_key, title, other_than=page.id)
            if body is not None:
                self._check_body(body)
            if move:
                if parent_id == page.id:
                    raise ApiError(400, "A page cannot be its own parent")
                self._check_parent(page.space_key, parent_id)
                page.parent_id = parent_id
            page.title = title
            if body is not None:
                page.body = body
            page.version = version
            page.version_message = message
            page.version_author = author
            page.version_at = _now()
            return page

    def trash_page(self, page_id: str) -> None:
        with self.lock:
            page = self.page(page_id)
            page.status = "trashed"

    # --- properties ------------------------------------------------------------------------

    def add_property(self, page_id: str, key: str, value: Any, *,
                     duplicate_status: int) -> Property:
        with self.lock:
            page = self.page(page_id)
            _check_property(key, value)
            if key in page.properties:
                raise ApiError(duplicate_status, f"A content property with key '{key}' already "
                               f"exists on content {page_id}")
            prop = Property(id=self.new_id(), key=key, value=value)
            page.properties[key] = prop
            return prop

    def update_property(self, page_id: str, key: str, value: Any, version: int, *,
                        create: bool = False) -> Property:
        with self.lock:
            page = self.page(page_id)
            _check_property(key, value)
            prop = page.properties.get(key)
            if prop is None:
                if create and version == 1:
                    prop = Property(id=self.new_id(), key=key, value=value)
                    page.properties[key] = prop
                    return prop
                raise ApiError(404, f"Cannot find content property with key '{key}'")
            if version != prop.version + 1:
                raise ApiError(409, f"Version must be incremented on update. Current version "
                               f"is: {prop.version}")
            prop.value, prop.version = value, version
            return prop

    def property_by_id(self, page_id: str, property_id: str) -> Property:
        with self.lock:
            for prop in self.page(page_id).properties.values():
                if prop.id == property_id:
                    return prop
            raise ApiError(404, f"Content property {property_id} not found")

    def delete_property(self, page_id: str, key: str) -> None:
        with self.lock:
            page = self.page(page_id)
            if page.properties.pop(key, None) is None:
                raise ApiError(404, f"Cannot find content property with key '{key}'")

    # --- labels ----------------------------------------------------------------------------

    @staticmethod
    def _check_label(name: str) -> None:
        if not name or len(name) > 255 or _BAD_LABEL.search(name):
            raise ApiError(400, f"Label '{name}' contains invalid characters or too many "
                           "characters")

    def add_labels(self, page_id: str, names: list[str]) -> list[str]:
        with self.lock:
            page = self.page(page_id)
            for name in names:
                self._check_label(name)
            page.labels = sorted(set(page.labels) | {n.lower() for n in names})
            return list(page.labels)

    def remove_label(self, page_id: str, name: str) -> None:
        with self.lock:
            page = self.page(page_id)
            if name.lower() not in page.labels:
                raise ApiError(404, f"Label '{name}' not found on content {page_id}")
            page.labels.remove(name.lower())

    def ancestors(self, page: Page) -> list[Page]:
        with self.lock:
            chain: list[Page] = []
            parent = page.parent_id
            while parent is not None and parent in self.pages:
                chain.append(self.pages[parent])
                parent = self.pages[parent].parent_id
            return list(reversed(chain))


def _check_property(key: str, value: Any) -> None:
    import json

    if not key or len(key) > 255:
        raise ApiError(400, "A content property key must be 1 to 255 characters")
    if len(json.dumps(value)) > 32 * 1024:
        raise ApiError(413, f"The value of content property '{key}' is larger than 32 KB")

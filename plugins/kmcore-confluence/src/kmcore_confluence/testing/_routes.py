"""What the fake's two REST dialects share: the answer type and the state routes read."""

from __future__ import annotations

from typing import Any

import attrs

from kmcore_confluence.testing._state import Site

__all__ = ["Response", "Routes"]


@attrs.define
class Response:
    status: int
    body: Any = None
    headers: dict[str, str] = attrs.field(factory=dict)


class Routes:
    """The state the route mixins read; :class:`~._server.Server` holds it."""

    site: Site
    prefix: str
    edition: str
    can_create: bool
    #: Cloud's eventual consistency (see ``FakeConfluence.set_read_lag``).
    read_lag: float
    lagged_reads: int
    _born: dict[str, float]

    def base(self) -> str:
        raise NotImplementedError

    def _user_id(self, who: str) -> str:
        user = self.site.people.get(who)
        return user.account_id if user else who

    def _label(self, name: str) -> dict[str, Any]:
        return {"id": str(abs(hash(name)) % 10**9), "name": name, "prefix": "global"}

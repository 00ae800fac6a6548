"""A fake Microsoft Graph and Entra ID for testing SharePoint code offline.

A real HTTPS server on 127.0.0.1 that implements the parts of Graph v1.0 and of the Entra ID
v2.0 token endpoint that kmcore's SharePoint plugin uses, written from Microsoft's
documentation: sites by path, lists and columns, list items with eTags and ``$expand=fields``,
paging, delta (with deletes and 410 Gone), ``$batch`` with per-request status, 412 on a stale
``If-Match``, site pages, ``Sites.Selected`` grants, and fault injection modelled on Microsoft
Dev Proxy (see :mod:`kmcore_sharepoint.testing.faults`). MSAL talks to it for real: it trusts
the fake's self-signed certificate through ``REQUESTS_CA_BUNDLE``.

Use it in a test (``cryptography`` is needed: ``pip install 'kmcore[test]'``)::

    from kmcore_sharepoint.testing import FakeGraph

    def test_my_sync(tmp_path, monkeypatch):
        with FakeGraph(tmp_path) as fake:
            monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(fake.ca_path))
            site = fake.add_site("https://example.sharepoint.com/sites/KnowledgeHub")
            app = fake.register_app(roles={"Sites.Selected"}, certificate=True)
            fake.grant(site, app.client_id, "manage")
            # kmcore.toml: authority_host = fake.url, graph_endpoint = fake.url,
            # tenant_id = fake.tenant_id, client_id = app.client_id,
            # certificate_path = app.certificate_path
            ...
            fake.faults.rate = 0.1                     # 10% random 429/503/504
            assert fake.retry_after_violations == []

Admin methods act as a site owner or a member of staff would (edit an item in the browser,
rename a column) and never go through faults or permissions.
"""

from __future__ import annotations

import ssl
import tempfile
import uuid
from pathlib import Path
from types import TracebackType
from typing import Any

import attrs

from kmcore_sharepoint.testing.entra import App, Entra, TokenInfo
from kmcore_sharepoint.testing.faults import FaultConfig, Violation
from kmcore_sharepoint.testing.graph import Column, FakeItem, FakeList, GraphState, Page, Site
from kmcore_sharepoint.testing.server import FakeGraphServer
from kmcore_sharepoint.testing.tls import (
    AppCertificate,
    make_app_certificate,
    make_server_certificate,
)

__all__ = [
    "App",
    "AppCertificate",
    "Column",
    "Entra",
    "FakeGraph",
    "FakeItem",
    "FakeList",
    "FaultConfig",
    "Page",
    "RegisteredApp",
    "Site",
    "TokenInfo",
    "Violation",
]


@attrs.frozen
class RegisteredApp:
    """What :meth:`FakeGraph.register_app` made: the ids and credentials a test configures."""

    client_id: str
    app: App
    secret: str | None = None
    certificate: AppCertificate | None = None
    certificate_path: Path | None = None


class FakeGraph:
    """The fake Graph + Entra ID server. Use as a context manager, or call :meth:`start` and
    :meth:`stop`.

    :param folder: where to write the TLS certificate and app credentials (a temporary folder
        if omitted).
    :param faults: the fault configuration; change :attr:`faults` at any time.
    """

    def __init__(self, folder: Path | None = None, *, faults: FaultConfig | None = None,
                 tenant_id: str | None = None) -> None:
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        if folder is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="kmcore-fake-graph-")
            folder = Path(self._tmp.name)
        self.folder = Path(folder)
        self.tenant_id = tenant_id or str(uuid.uuid4())
        self._cert = make_server_certificate(self.folder)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self._cert.cert_path, self._cert.key_path)
        self._server = FakeGraphServer(tenant_id=self.tenant_id, context=context,
                                       faults=faults or FaultConfig())
        self._started = False

    # --- lifecycle ----------------------------------------------------------------------

    def start(self) -> FakeGraph:
        if not self._started:
            self._server.start()
            self._started = True
        return self

    def stop(self) -> None:
        if self._started:
            self._server.stop()
            self._started = False
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def __enter__(self) -> FakeGraph:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    # --- addresses ----------------------------------------------------------------------

    @property
    def url(self) -> str:
        """``https://127.0.0.1:<port>``: use it as both authority_host and graph_endpoint."""
        return self._server.base_url

    @property
    def ca_path(self) -> Path:
        """The certificate to trust: set ``REQUESTS_CA_BUNDLE`` to it."""
        return self._cert.ca_path

    @property
    def faults(self) -> FaultConfig:
        return self._server.faults

    @property
    def entra(self) -> Entra:
        return self._server.entra

    @property
    def state(self) -> GraphState:
        return self._server.graph

    # --- counters -----------------------------------------------------------------------

    @property
    def counts(self) -> dict[str, int]:
        """Requests seen: ``graph`` (HTTP requests to /v1.0), ``batches``, ``inner``,
        ``token``, ``faults_injected``, ``lost_responses``, ``rate_limited``,
        ``retry_after_violations`` and ``"<METHOD> <kind>"`` per operation."""
        return dict(self._server.counts)

    def reset_counts(self) -> None:
        self._server.counts.clear()
        self._server.request_log.clear()

    @property
    def request_log(self) -> list[dict[str, Any]]:
        """Method, path, User-Agent and client-request-id of every Graph request."""
        return list(self._server.request_log)

    @property
    def sends_concurrently(self) -> bool:
        """Whether the client is taken to send from several threads at once (then a request
        arriving just after a throttled answer may have been on its way: see
        ``RetryAfterDetector.IN_FLIGHT``). Learnt from two requests in progress or two
        connections; set it for a client configured with ``concurrency`` above 1, whose
        threads may take turns on one kept-alive connection before a second is opened."""
        return self._server.detector.concurrent

    @sends_concurrently.setter
    def sends_concurrently(self, value: bool) -> None:
        self._server.detector.concurrent = value

    @property
    def retry_after_violations(self) -> list[Violation]:
        """Requests sent before a Retry-After had elapsed (should be empty): the same
        request again, or any request to Graph while a Retry-After the client has seen is
        still running (``Violation.scope == "host"``): Retry-After is one gate for the app."""
        return list(self._server.detector.violations)

    # --- tenant admin -------------------------------------------------------------------

    def register_app(self, *, roles: set[str] | None = None, secret: bool = False,
                     certificate: bool = False, public_client: bool = False,
                     client_id: str | None = None) -> RegisteredApp:
        """Register an app; *roles* are the application permissions an admin consented."""
        client_id = client_id or str(uuid.uuid4())
        app = App(client_id=client_id, roles=set(roles or ()), public_client=public_client)
        secret_value = None
        cert = None
        cert_path = None
        if secret:
            secret_value = f"Kq8~{uuid.uuid4().hex}{uuid.uuid4().hex[:8]}"
            app.secret = secret_value
        if certificate:
            cert = make_app_certificate(f"kmcore {client_id[:8]}")
            app.certificates.append(cert.certificate_pem)
            cert_path = self.folder / f"app-{client_id}.pem"
            cert_path.write_bytes(cert.pem)
            cert_path.chmod(0o600)
        self.entra.register(app)
        return RegisteredApp(client_id=client_id, app=app, secret=secret_value,
                             certificate=cert, certificate_path=cert_path)

    # --- site owner and staff -----------------------------------------------------------

    def add_site(self, url: str) -> Site:
        """A site collection at *url* (``https://example.sharepoint.com/sites/KnowledgeHub``)."""
        return self.state.add_site(url)

    def grant(self, site: Site, client_id: str, role: str) -> None:
        """A ``Sites.Selected`` grant: ``read``, ``write``, ``manage`` or ``fullcontrol``."""
        if role not in ("read", "write", "manage", "owner", "fullcontrol"):
            raise ValueError(f"unknown role {role!r}")
        with self.state.lock:
            site.grants[client_id] = role

    def list_named(self, site: Site, display_name: str) -> FakeList:
        with self.state.lock:
            found = site.list_by_name(display_name)
        if found is None:
            raise KeyError(f"no list {display_name!r} on {site.path}")
        return found

    def items(self, site: Site, display_name: str) -> list[FakeItem]:
        """The items of a list, by id order (copies of the fields)."""
        lst = self.list_named(site, display_name)
        with self.state.lock:
            return [attrs.evolve(i, fields=dict(i.fields))
                    for i in sorted(lst.items.values(), key=lambda i: int(i.id))]

    def edit_item(self, site: Site, display_name: str, item_id: str, fields: dict[str, Any],
                  by: str = "staff@example.nhs.uk") -> FakeItem:
        """A member of staff edits an item in the browser: its eTag changes, delta shows it."""
        lst = self.list_named(site, display_name)
        with self.state.lock:
            item = lst.items[item_id]
            self.state.apply_edit(lst, item, fields, by=by)
            return item

    def add_item(self, site: Site, display_name: str, fields: dict[str, Any],
                 by: str = "staff@example.nhs.uk") -> FakeItem:
        """A member of staff submits the list's form (e.g. "submit an innovation")."""
        lst = self.list_named(site, display_name)
        with self.state.lock:
            item = FakeItem(id=str(lst.next_id), fields=dict(fields), created_by=by,
                            modified_by=by)
            lst.next_id += 1
            lst.items[item.id] = item
            lst.index_unique(item)
            self.state.touch(lst, item.id)
            return item

    def delete_item(self, site: Site, display_name: str, item_id: str) -> None:
        lst = self.list_named(site, display_name)
        with self.state.lock:
            del lst.items[item_id]
            self.state.touch(lst, item_id)

    def expire_delta_tokens(self, site: Site, display_name: str) -> None:
        """Every delta token issued for the list so far answers 410 Gone."""
        lst = self.list_named(site, display_name)
        with self.state.lock:
            lst.epoch += 1

    def rename_column(self, site: Site, display_name: str, name: str, new_display: str) -> None:
        """A site owner renames a column in the browser (only its display name changes)."""
        self._column(site, display_name, name).display_name = new_display

    def delete_column(self, site: Site, display_name: str, name: str) -> None:
        """A site owner deletes a column: as in SharePoint, its values go with it (the
        items' eTags do not change)."""
        lst = self.list_named(site, display_name)
        with self.state.lock:
            lst.columns = [c for c in lst.columns if c.name != name]
            for item in lst.items.values():
                item.fields.pop(name, None)

    def retype_column(self, site: Site, display_name: str, name: str, facet: str,
                      settings: dict[str, Any] | None = None) -> None:
        column = self._column(site, display_name, name)
        column.facet, column.settings = facet, dict(settings or {})

    def _column(self, site: Site, display_name: str, name: str) -> Column:
        column = self.list_named(site, display_name).column(name)
        if column is None:
            raise KeyError(name)
        return column

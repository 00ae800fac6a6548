"""Signing in through MSAL against the fake Entra ID: certificates, secrets, device code,
AADSTS errors turned into advice, one re-acquire on 401, and no secret in any log or error."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest
from kmcore.errors import AuthError, ConfigError, KmcoreError
from kmcore.sync import engine

from kmcore_sharepoint.auth import TokenProvider, load_certificate
from kmcore_sharepoint.testing import FakeGraph
from sharepoint_world import World
from test_sharepoint_sync import _lessons, _published


def _provider(world: World, **overrides: object) -> TokenProvider:
    return TokenProvider(world.parsed(world.settings(**overrides)))


def test_certificate_sign_in_really_talks_to_the_token_endpoint(world: World) -> None:
    provider = _provider(world)
    # What the token grants is the fake's to know (a token is opaque to a client).
    info = world.fake.entra.lookup(provider.token())
    assert info is not None and info.roles == {"Sites.Selected"}
    assert provider.acquired == 1
    assert world.fake.entra.requests[-1] == ("client_credentials", world.app.client_id, "ok")


def test_secret_sign_in_reads_the_secret_from_the_environment(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = world.fake.register_app(roles={"Sites.Selected"}, secret=True)
    assert app.secret
    monkeypatch.setenv("MY_SP_SECRET", app.secret)
    provider = _provider(world, auth="secret", client_id=app.client_id,
                         client_secret_env="MY_SP_SECRET")
    info = world.fake.entra.lookup(provider.token())
    assert info is not None and info.client_id == app.client_id


def test_a_missing_secret_variable_is_a_config_error(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KMCORE_SHAREPOINT_CLIENT_SECRET", raising=False)
    with pytest.raises(ConfigError, match="KMCORE_SHAREPOINT_CLIENT_SECRET is not set"):
        _provider(world, auth="secret").token()


def test_a_named_passphrase_variable_that_is_unset_is_a_config_error(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Naming the variable says the key has a passphrase: unset, it is reported (it used to
    be read as "no passphrase", which then failed as an unreadable key)."""
    monkeypatch.delenv("KMCORE_TEST_KEY_PASSPHRASE", raising=False)
    provider = _provider(world, certificate_passphrase_env="KMCORE_TEST_KEY_PASSPHRASE")
    with pytest.raises(ConfigError, match="KMCORE_TEST_KEY_PASSPHRASE is not set") as caught:
        provider.token()
    assert "kmcore.toml" in (caught.value.hint or "")


def test_a_wrong_secret_says_which_value_to_copy(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = world.fake.register_app(roles={"Sites.Selected"}, secret=True)
    monkeypatch.setenv("KMCORE_SHAREPOINT_CLIENT_SECRET", "not-the-secret")
    with pytest.raises(AuthError) as caught:
        _provider(world, auth="secret", client_id=app.client_id).token()
    assert "AADSTS7000215: the client secret is wrong" in caught.value.message
    assert "KMCORE_SHAREPOINT_CLIENT_SECRET" in (caught.value.hint or "")
    assert "not-the-secret" not in str(caught.value) + (caught.value.hint or "")


def test_an_expired_secret_says_to_make_a_new_one(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = world.fake.register_app(roles={"Sites.Selected"}, secret=True)
    app.app.secret_expires = 1.0
    assert app.secret
    monkeypatch.setenv("KMCORE_SHAREPOINT_CLIENT_SECRET", app.secret)
    with pytest.raises(AuthError, match="AADSTS7000222: the client secret has expired") as caught:
        _provider(world, auth="secret", client_id=app.client_id).token()
    assert "certificate" in (caught.value.hint or "")


def test_a_certificate_not_uploaded_names_its_thumbprint(world: World, fake: FakeGraph) -> None:
    other = fake.register_app(certificate=True)  # a certificate the app does not know
    with pytest.raises(AuthError) as caught:
        _provider(world, certificate_path=str(other.certificate_path)).token()
    assert "AADSTS700027" in caught.value.message
    assert other.certificate is not None
    assert other.certificate.sha1_thumbprint in (caught.value.hint or "")


def test_unknown_tenant_and_conditional_access_are_explained(world: World) -> None:
    with pytest.raises(AuthError, match="AADSTS90002: the tenant was not found"):
        _provider(world, tenant_id="contoso.onmicrosoft.com").token()
    world.app.app.blocked_by_conditional_access = True
    with pytest.raises(AuthError, match="AADSTS53003: Conditional Access") as caught:
        _provider(world).token()
    assert "certificate" in (caught.value.hint or "")


def test_missing_admin_consent_is_reported_by_graph_and_explained(world: World) -> None:
    world.app.app.roles.clear()  # the token carries no roles
    _published(world, _lessons(1))
    world.write_target()
    [report] = world.sync()
    assert not report.ok
    assert "admin consent is missing" in report.render_text()


def test_a_revoked_token_is_acquired_again_once(world: World) -> None:
    _published(world, _lessons(3))
    world.write_target()
    kb = world.open()
    try:
        assert engine.sync(kb)[0].ok
        kb.update(kb.get("lesson-bulk-00001").__class__(
            **{**_fields(kb.get("lesson-bulk-00001")), "category": "changed"}))
        before = len([r for r in world.fake.entra.requests if r[2] == "ok"])
        world.fake.entra.revoke_all_tokens()
        [report] = engine.sync(kb)
    finally:
        kb.close()
    assert report.ok, report.render_text()
    after = len([r for r in world.fake.entra.requests if r[2] == "ok"])
    assert after == before + 1


def _fields(record: object) -> dict[str, object]:
    import attrs

    return {f.name: getattr(record, f.name) for f in attrs.fields(type(record))}


def test_device_code_sign_in_keeps_an_owner_only_cache(world: World, tmp_path: Path,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    app = world.fake.register_app(public_client=True)
    cache = tmp_path / "cache" / "token.json"
    prompts: list[str] = []

    def approve(message: str) -> None:
        prompts.append(message)
        code = message.split("enter the code ")[1].split()[0]
        world.fake.entra.approve_device_code(code)

    settings = world.parsed(world.settings(
        auth="device_code", client_id=app.client_id, token_cache_path=str(cache)))
    with caplog.at_level(logging.WARNING, logger="kmcore.sharepoint"):
        first = TokenProvider(settings, prompt=approve)
        assert first.signed_in_user() == "librarian@example.nhs.uk"
    assert len(prompts) == 1
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600
    assert "not encrypted" in caplog.text  # plain storage is never silent
    # A second run signs in silently from the cache (the refresh token).
    second = TokenProvider(settings, prompt=approve)
    assert second.signed_in_user() == "librarian@example.nhs.uk"
    assert len(prompts) == 1


def test_device_code_needs_public_client_flows(world: World) -> None:
    settings = world.parsed(world.settings(auth="device_code",
                                                         token_cache="none"))
    with pytest.raises(AuthError, match="AADSTS7000218") as caught:
        TokenProvider(settings, prompt=lambda m: world.fake.entra.approve_device_code(
            m.split("enter the code ")[1].split()[0])).token()
    assert "Allow public client flows" in (caught.value.hint or "")


def test_certificate_file_problems_name_the_file(tmp_path: Path, world: World) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_certificate(tmp_path / "nope.pem")
    assert world.app.certificate is not None
    public_only = tmp_path / "public.pem"
    public_only.write_bytes(world.app.certificate.certificate_pem)
    with pytest.raises(ConfigError, match="holds no private key"):
        load_certificate(public_only)
    key, cert, thumbprint = load_certificate(world.app.certificate_path)  # type: ignore[arg-type]
    assert thumbprint == world.app.certificate.sha1_thumbprint
    assert "PRIVATE KEY" in key and "CERTIFICATE" in cert


def test_no_token_secret_or_assertion_appears_in_logs_errors_or_files(
    world: World, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    app = world.fake.register_app(roles={"Sites.Selected"}, secret=True)
    world.fake.grant(world.site, app.client_id, "manage")
    assert app.secret
    monkeypatch.setenv("KMCORE_SHAREPOINT_CLIENT_SECRET", app.secret)
    _published(world, _lessons(5))
    world.write_target(name="bysecret", auth="secret", client_id=app.client_id)
    world.write_target(name="bycert")
    texts: list[str] = []
    caplog.set_level(logging.DEBUG)
    kb = world.open()
    try:
        world.fake.faults.rate = 0.3
        world.fake.faults.retry_after = 0.01
        for report in engine.sync(kb) + engine.sync(kb):
            texts.append(report.render_text())
        world.fake.entra.revoke_all_tokens()  # 401s, then a new token
        kb.update(kb.get("lesson-bulk-00001").__class__(
            **{**_fields(kb.get("lesson-bulk-00001")), "category": "x"}))
        texts.extend(r.render_text() for r in engine.sync(kb))
        # Failures too: a wrong secret, then a token endpoint that refuses everything.
        monkeypatch.setenv("KMCORE_SHAREPOINT_CLIENT_SECRET", app.secret[:-3] + "zzz")
        for provider in (_provider(world, auth="secret", client_id=app.client_id),):
            try:
                provider.token()
            except KmcoreError as exc:
                texts.append(f"{exc} {exc.hint}")
    finally:
        kb.close()
    texts.append(caplog.text)
    for path in (world.root / ".kmcore").rglob("*"):
        if path.is_file():
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
    everything = "\n".join(texts)
    secrets = [s for s in world.fake.entra.secrets_seen if len(s) > 8]
    secrets.append(app.secret)
    assert len(secrets) >= 4
    leaked = [s[:12] + "…" for s in secrets if s in everything]
    assert leaked == []
    assert "Bearer ey" not in everything

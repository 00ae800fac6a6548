"""Certificates for the fake: a TLS certificate for 127.0.0.1 and app credentials.

Both are made on the fly with ``cryptography`` (in kmcore's ``[test]`` extra), so nothing
secret is ever checked in. The server certificate is self-signed; point ``REQUESTS_CA_BUNDLE``
at :attr:`ServerCertificate.ca_path` and ``requests`` (and so MSAL) trusts it.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import ipaddress
from pathlib import Path

import attrs
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

__all__ = ["AppCertificate", "ServerCertificate", "make_app_certificate", "make_server_certificate"]


@attrs.frozen
class ServerCertificate:
    """The fake's TLS identity: PEM files written into a folder."""

    cert_path: Path
    key_path: Path

    @property
    def ca_path(self) -> Path:
        """The file to trust (self-signed: the certificate is its own CA)."""
        return self.cert_path


@attrs.frozen
class AppCertificate:
    """An app registration's certificate credential, as IT would make with openssl.

    :ivar pem: private key followed by the certificate, the file kmcore's
        ``certificate_path`` names.
    :ivar certificate_pem: the public part, what IT uploads to the app registration.
    :ivar sha1_thumbprint: hex, as the Entra portal shows it.
    :ivar sha256_thumbprint: base64url, as it appears in an assertion's ``x5t#S256`` header.
    """

    pem: bytes
    certificate_pem: bytes
    sha1_thumbprint: str
    sha256_thumbprint: str


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@functools.cache
def _server_key() -> rsa.RSAPrivateKey:
    # One key per process for the fake's own TLS certificates (each fake still gets a fresh
    # certificate): making a 2048-bit key costs ~0.1 s, and test suites start many fakes.
    return _key()


def _self_signed(key: rsa.RSAPrivateKey, common_name: str, *, server: bool,
                 days: int = 30) -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=days))
    )
    if server:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([
                x509.DNSName("localhost"),
                x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
            ]),
            critical=False,
        ).add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
    return builder.sign(key, hashes.SHA256())


def make_server_certificate(folder: Path) -> ServerCertificate:
    """A self-signed certificate for ``127.0.0.1`` and ``localhost``, written to *folder*."""
    folder.mkdir(parents=True, exist_ok=True)
    key = _server_key()
    cert = _self_signed(key, "kmcore fake graph", server=True)
    cert_path, key_path = folder / "fake-graph-cert.pem", folder / "fake-graph-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ))
    return ServerCertificate(cert_path=cert_path, key_path=key_path)


def make_app_certificate(common_name: str = "kmcore") -> AppCertificate:
    """A key pair and self-signed certificate for an app registration."""
    key = _key()
    cert = _self_signed(key, common_name, server=False, days=365)
    der = cert.public_bytes(serialization.Encoding.DER)
    cert_pem = cert.public_bytes(serialization.Encoding.PEM)
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return AppCertificate(
        pem=key_pem + cert_pem,
        certificate_pem=cert_pem,
        sha1_thumbprint=hashlib.sha1(der).hexdigest().upper(),
        sha256_thumbprint=base64.urlsafe_b64encode(hashlib.sha256(der).digest())
        .rstrip(b"=").decode(),
    )

"""Reading a backend's secret from the environment: never from ``kmcore.toml``."""

from __future__ import annotations

import os

from kmcore.errors import ConfigError

__all__ = ["secret_from_env"]


def secret_from_env(variable: str, *, target: str, what: str, how: str = "") -> str:
    """The value of the environment variable *variable*, stripped of spaces.

    :param target: the target's name, for the message.
    :param what: what the secret is (``the client secret``, ``a Confluence token``).
    :param how: where to get one, added to the hint (``Create an API token at ...``).
    :raises ConfigError: when the variable is unset or blank. The value itself is never
        put in a message or a log.
    """
    value = os.environ.get(variable, "").strip()
    if not value:
        raise ConfigError(
            f"target {target!r}: the environment variable {variable} is not set, so kmcore "
            f"has no {what}",
            hint=(f"{how} " if how else "") + f"Put it in {variable} in the account that runs "
            "kmcore (never in kmcore.toml, which is shared).",
        )
    return value

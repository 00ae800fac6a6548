"""Reading ``[targets.NAME]`` tables from ``kmcore.toml`` and building the targets they name.

::

    [targets.intranet]
    backend = "html"                 # required: which backend serves it (kmcore backends)
    audience = "organisation"        # organisation (default) | nhs | public
    conflict_policy = "skip"         # skip (default) | overwrite
    record_types = ["innovation", "story"]   # optional: only these types
    statuses = ["published"]         # optional: knowledge records in these statuses only
    folder = "site"                  # anything else is the backend's own setting

Secrets never belong in the file: a key that looks like one (``password``, ``client_secret``,
``token``...) with a literal value is refused, with a hint to name the environment variable
that holds it (``client_secret_env = "KMCORE_SP_SECRET"``); the backend's own settings say
which ``*_env`` keys it reads.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from kmcore.errors import ConfigError, KmcoreError
from kmcore.records.vocab import Status, Visibility
from kmcore.sync.model import Target, TargetConfig

if TYPE_CHECKING:
    from kmcore.kb import KnowledgeBase

__all__ = ["TARGET_SNIPPET", "build_target", "load_target_configs", "target_config"]

_WHERE = "kmcore.toml"
_NAME = re.compile(r"[a-z0-9](?:[a-z0-9_-]{0,38}[a-z0-9])?\Z")
_AUDIENCES = ("organisation", "nhs", "public")
_POLICIES = ("skip", "overwrite")
_CORE_KEYS = {"backend", "audience", "conflict_policy", "record_types", "statuses"}
# Key names that hold a secret when given a literal value. Their *_env / *_file forms are fine.
_SECRET = re.compile(
    r"(?:^|_)(?:password|passwd|secret|client_secret|token|api_token|api_key|apikey|"
    r"access_token|refresh_token|private_key|credential|credentials)\Z"
)

#: Shown when a command needs a target and none is configured.
TARGET_SNIPPET = """\
[targets.intranet]
backend = "html"            # see `kmcore backends` for the target backends installed
path = "site"               # the html backend's folder for the site, inside the KB folder
audience = "organisation"   # who can read it: organisation, nhs or public
"""


def _fail(name: str, key: str | None, reason: str, hint: str) -> ConfigError:
    path = f"$.targets.{name}" + (f".{key}" if key else "")
    return ConfigError(f"{_WHERE}: {path}: {reason}", hint=hint)


def _is_secret(key: str) -> bool:
    return bool(_SECRET.search(key.lower()))


def target_config(name: str, table: Any, *,
                  secret_settings: Callable[[str], Sequence[str]] | None = None
                  ) -> TargetConfig:
    """Check one ``[targets.NAME]`` table and turn it into a :class:`TargetConfig`.

    :param secret_settings: given a backend's name, the settings through which it accepts a
        secret (its ``*_env`` keys); the hint for a secret written in the file names them.
    """
    if not _NAME.match(name):
        raise _fail(
            name, None,
            "a target name must be lower-case letters, digits, '-' or '_' (it names a folder)",
            "Rename the table, e.g. [targets.intranet].",
        )
    if not isinstance(table, Mapping):
        raise _fail(name, None, "must be a table of settings",
                    f"Write it as a table:\n{TARGET_SNIPPET}")
    backend = table.get("backend")
    if not isinstance(backend, str) or not backend.strip():
        raise _fail(name, "backend", "is required: which backend publishes this target",
                    'Add e.g. backend = "html"; `kmcore backends` lists the installed ones.')
    audience = table.get("audience", "organisation")
    if audience not in _AUDIENCES:
        raise _fail(name, "audience", f"must be one of {', '.join(_AUDIENCES)} (got {audience!r})",
                    "Say who can read the target: organisation (your intranet), nhs or public.")
    policy = table.get("conflict_policy", "skip")
    if policy not in _POLICIES:
        raise _fail(name, "conflict_policy", f"must be skip or overwrite (got {policy!r})",
                    "skip leaves an item edited on the target alone and reports it; "
                    "overwrite replaces it with the knowledge base's version.")
    record_types = _names(name, "record_types", table.get("record_types", []))
    statuses = _names(name, "statuses", table.get("statuses", ["published"]))
    for status in statuses:
        if status not in {s.value for s in Status}:
            raise _fail(name, "statuses", f"{status!r} is not a status",
                        f"Use some of: {', '.join(s.value for s in Status)}.")
    settings: dict[str, Any] = {}
    for key, value in table.items():
        if key in _CORE_KEYS:
            continue
        _refuse_secrets(name, key, value,
                        secret_settings(backend.strip()) if secret_settings else ())
        settings[key] = value
    return TargetConfig(
        name=name,
        backend=backend.strip(),
        audience=Visibility(audience),
        conflict_policy=policy,
        record_types=tuple(record_types),
        statuses=tuple(statuses),
        settings=settings,
    )


def _refuse_secrets(name: str, key: str, value: Any, accepted: Sequence[str]) -> None:
    """A secret-looking key with a literal value, here or in a nested table, is refused."""
    if isinstance(value, Mapping):
        for inner, inner_value in value.items():
            _refuse_secrets(name, f"{key}.{inner}", inner_value, accepted)
        return
    leaf = key.rsplit(".", 1)[-1]
    if _is_secret(leaf) and value not in (None, ""):
        env = f"KMCORE_{name.upper().replace('-', '_')}_{leaf.upper()}"
        if accepted:
            named = " or ".join(accepted)
            how = (f'Put it in an environment variable and name that variable instead, '
                   f'e.g. {accepted[0]} = "{env}" (this backend reads its secret through '
                   f'{named}).')
        else:
            how = ("Put it in an environment variable, and name that variable with the "
                   "backend's setting for it (docs/config.md lists each backend's settings).")
        raise _fail(
            name, key,
            "looks like a secret, and secrets must not be written in kmcore.toml "
            "(it is often shared or kept in version control)", how)


def _names(name: str, key: str, value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        example = "innovation" if key == "record_types" else "published"
        raise _fail(name, key, "must be a list of names",
                    f'Write it as a list, e.g. {key} = ["{example}"].')
    return list(value)


def load_target_configs(kb: KnowledgeBase) -> dict[str, TargetConfig]:
    """Every ``[targets.NAME]`` table of the knowledge base's ``kmcore.toml``, checked."""
    tables = kb.settings.raw.get("targets", {})
    if not isinstance(tables, Mapping):
        raise ConfigError(f"{_WHERE}: $.targets: must be a table of [targets.NAME] tables",
                          hint=f"For example:\n{TARGET_SNIPPET}")
    configs = {name: target_config(name, table, secret_settings=lambda b: _secret_keys(kb, b))
               for name, table in tables.items()}
    known = kb.types
    for cfg in configs.values():
        for record_type in cfg.record_types:
            if record_type not in known:
                raise _fail(cfg.name, "record_types", f"{record_type!r} is not a record type",
                            f"Known types: {', '.join(sorted(known))}.")
    return configs


def _secret_keys(kb: KnowledgeBase, backend: str) -> list[str]:
    """The settings through which *backend* reads a secret (``env_secret`` fields)."""
    from kmcore.settings import setting_info, settings_class_of

    try:
        cls = settings_class_of(kb.plugins.backend(backend, kind="target"))
    except KmcoreError:
        return []  # an unknown backend is reported by build_target, with its own hint
    if cls is None:
        return []
    return [f.name for f in attrs.fields(cls)
            if (info := setting_info(f)) is not None and info.env_secret]


def build_target(cfg: TargetConfig, kb: KnowledgeBase) -> Target:
    """The target a config names, built by its backend's factory ``factory(cfg, kb)``."""
    try:
        spec = kb.plugins.backend(cfg.backend, kind="target")
    except ConfigError as exc:
        raise ConfigError(f"{_WHERE}: $.targets.{cfg.name}.backend: {exc.message}",
                          hint=exc.hint) from None
    from kmcore.settings import parse_settings, settings_class_of

    settings_class = settings_class_of(spec)
    if settings_class is not None:
        # Checked here, before the factory runs, so that every backend that names its
        # settings refuses an unknown or wrong key the same way (doctor, sync, dry run).
        parse_settings(settings_class, cfg, base=kb.root)
    target = kb.plugins.load_factory(spec)(cfg, kb)
    return target  # type: ignore[no-any-return]

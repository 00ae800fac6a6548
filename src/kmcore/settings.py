"""Declarative backend settings: one attrs class per backend, checked by one converter.

A backend describes the keys of its ``[targets.NAME]`` table as attrs fields made with
:func:`setting`::

    @attrs.frozen(kw_only=True)
    class FolderSettings:
        path: Path = setting("the folder to write into", path=True, example="../wiki")
        index: bool = setting("write README.md listing every page", default=True)

and names the class in its ``BackendSpec(settings=FolderSettings)``. :func:`parse_settings`
then turns the table into an instance, and every mistake becomes one
:class:`~kmcore.errors.ConfigError` with the setting's path and what to do::

    kmcore.toml: $.targets.wiki.indx: is not a markdown-folder setting
      hint: Did you mean index?

Unknown keys are refused for every backend (the closest known key, the keys every target
shares included, is suggested), so a misspelt ``audience`` can never be silently ignored.
The same metadata documents the setting: ``tools/gen_config_doc.py`` reads the description,
the type and the default from the field.

Types understood: ``str``, ``int``, ``float``, ``bool``, ``Path``, ``Literal[...]``, an
:class:`enum.Enum`, ``tuple[str, ...]`` (a single string is taken as a one-item list),
``Mapping[str, str]`` and any of them ``| None``. Checks beyond the type: ``https_url``,
``env_secret`` (the value names an environment variable), ``path`` (resolved against the
knowledge base folder), ``low``/``high`` ranges, ``choices``, and ``pattern``. Checks that
involve several keys (or the knowledge base's folder) go in a ``validate(self, kb_root)``
method raising :class:`SettingError`; ``kb_root`` is the folder paths were resolved against
(None when there is none).
"""

from __future__ import annotations

import difflib
import enum
import importlib
import ipaddress
import re
import types
import typing
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import attrs

from kmcore.errors import ConfigError

__all__ = [
    "CORE_TARGET_KEYS",
    "SettingError",
    "SettingInfo",
    "parse_settings",
    "parse_store_settings",
    "setting",
    "setting_info",
    "settings_class_of",
]

#: The keys every ``[targets.NAME]`` table may have, read by the sync engine itself.
CORE_TARGET_KEYS = ("backend", "audience", "conflict_policy", "record_types", "statuses")

_META = "kmcore.setting"
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_LOOPBACK_NAMES = {"localhost"}


class SettingError(ValueError):
    """Raised by a settings class's ``validate`` for a problem involving *key*."""

    def __init__(self, key: str, reason: str, hint: str | None = None) -> None:
        super().__init__(f"{key}: {reason}")
        self.key, self.reason, self.hint = key, reason, hint


@attrs.frozen(kw_only=True)
class SettingInfo:
    """What :func:`setting` records about one key (attrs field metadata)."""

    description: str
    example: str | None = None
    hint: str | None = None
    https_url: bool = False
    host_only: bool = False
    allow_loopback_http: bool = False
    env_secret: bool = False
    path: bool = False
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()
    pattern: str | None = None
    pattern_text: str | None = None
    convert: Callable[[Any], Any] | None = None


def setting(
    description: str,
    *,
    default: Any = attrs.NOTHING,
    factory: Callable[[], Any] | None = None,
    example: str | None = None,
    hint: str | None = None,
    https_url: bool = False,
    host_only: bool = False,
    allow_loopback_http: bool = False,
    env_secret: bool = False,
    path: bool = False,
    low: float | None = None,
    high: float | None = None,
    choices: tuple[str, ...] = (),
    pattern: str | None = None,
    pattern_text: str | None = None,
    convert: Callable[[Any], Any] | None = None,
) -> Any:
    """An attrs field that is a backend setting.

    :param description: what the key means, for ``docs/config.md`` (Markdown-ish, one or two
        sentences).
    :param default: its value when the key is left out; without one (and no *factory*) the
        key is required.
    :param example: a value to show in the hint when the key is missing or wrong
        (``'"https://example.sharepoint.com/sites/Hub"'``, written as TOML).
    :param hint: what to do when the value is wrong (replaces the generic hint).
    :param https_url: the value must be an ``https://`` address (trailing ``/`` removed);
        with *host_only* it must have no path; with *allow_loopback_http* ``http://`` is
        accepted for 127.0.0.1 and localhost (test doubles).
    :param env_secret: the value names an environment variable holding a secret (read it
        with :func:`kmcore.backend.secret_from_env`); the secret never goes in the file.
    :param path: a file or folder; ``~`` is expanded and a relative path is resolved
        against the knowledge base folder.
    :param low: smallest allowed number; ``high``: largest.
    :param choices: the allowed values of a text setting (``Literal`` types need none).
    :param pattern: a regular expression the whole text must match; *pattern_text* says in
        words what it means (``a GUID``).
    :param convert: applied to the checked value last (raise ``ValueError`` to refuse it).
    """
    info = SettingInfo(description=description, example=example, hint=hint,
                       https_url=https_url, host_only=host_only,
                       allow_loopback_http=allow_loopback_http, env_secret=env_secret,
                       path=path, low=low, high=high, choices=choices, pattern=pattern,
                       pattern_text=pattern_text, convert=convert)
    if factory is not None:
        return attrs.field(factory=factory, metadata={_META: info})
    return attrs.field(default=default, metadata={_META: info})


def setting_info(field: attrs.Attribute[Any]) -> SettingInfo | None:
    """The :class:`SettingInfo` of a field made by :func:`setting`, else None."""
    found = field.metadata.get(_META)
    return found if isinstance(found, SettingInfo) else None


def settings_class_of(spec: Any) -> type[Any] | None:
    """The settings class a ``BackendSpec`` names (importing ``"module:Class"``), or None."""
    found = spec.settings
    if found is None or isinstance(found, type):
        return found
    module_name, _, attr = str(found).partition(":")
    try:
        obj: Any = importlib.import_module(module_name)
        for part in attr.split("."):
            obj = getattr(obj, part)
    except Exception as exc:
        from kmcore.errors import PluginError

        raise PluginError(f"backend {spec.name!r}: its settings class {found!r} cannot be "
                          f"loaded: {exc}",
                          hint="Reinstall the plugin that provides it.") from exc
    if not (isinstance(obj, type) and attrs.has(obj)):
        from kmcore.errors import PluginError

        raise PluginError(f"backend {spec.name!r}: its settings {found!r} is not an attrs class",
                          hint="Report this to the plugin's authors.")
    return obj


def _fail(where: str, key: str, reason: str, hint: str | None) -> ConfigError:
    """*where* is the table's path: ``targets.NAME`` or ``store``."""
    return ConfigError(f"kmcore.toml: $.{where}.{key}: {reason}", hint=hint)


def parse_settings(cls: type[Any], config: Any, *, base: Path | None = None,
                   backend: str | None = None) -> Any:
    """Check a target's own settings and build *cls* from them.

    :param cls: an attrs class whose fields are made by :func:`setting`. A field named
        ``target`` that is not a setting receives the target's name.
    :param config: the :class:`~kmcore.sync.model.TargetConfig` (its ``name``, ``backend``
        and ``settings`` are read).
    :param base: the folder relative ``path`` settings are resolved against (the
        knowledge base folder).
    :raises ConfigError: naming ``$.targets.NAME.key``, what is wrong, and what to do.
    """
    target: str = config.name
    backend = backend or config.backend
    fields = {f.name: f for f in attrs.fields(cls) if setting_info(f) is not None}
    extra: dict[str, Any] = {}
    if "target" in attrs.fields_dict(cls) and "target" not in fields:
        extra["target"] = target
    return _parse(cls, config.settings, where=f"targets.{target}", base=base, extra=extra,
                  unknown=lambda key: _unknown(target, key, backend, fields))


def parse_store_settings(cls: type[Any], table: Mapping[str, Any], *, backend: str,
                         base: Path | None = None) -> Any:
    """Check a store backend's ``[store]`` table and build *cls* from it, as
    :func:`parse_settings` does for a target (the same :func:`setting` fields, types and
    checks, and a ``validate(kb_root)`` method for checks across keys).

    :param table: the ``[store]`` table; its ``backend`` key is skipped.
    :param backend: the store backend's name, for messages.
    :raises ConfigError: naming ``$.store.key``, what is wrong, and what to do.
    """
    fields = {f.name: f for f in attrs.fields(cls) if setting_info(f) is not None}
    raw = {k: v for k, v in table.items() if k != "backend"}

    def unknown(key: str) -> ConfigError:
        close = difflib.get_close_matches(key, sorted(fields), n=1, cutoff=0.6)
        hint = (f"Did you mean {close[0]}? " if close else "") + (
            f"Known settings: {', '.join(fields) or 'none'} (and backend).")
        return _fail("store", key, f"is not a setting of the {backend} store", hint)

    return _parse(cls, raw, where="store", base=base, extra={}, unknown=unknown)


def _parse(cls: type[Any], raw: Mapping[str, Any], *, where: str, base: Path | None,
           extra: dict[str, Any], unknown: Callable[[str], ConfigError]) -> Any:
    fields = {f.name: f for f in attrs.fields(cls) if setting_info(f) is not None}
    for key in raw:
        if key not in fields:
            raise unknown(key)
    hints = typing.get_type_hints(cls)
    values: dict[str, Any] = dict(extra)
    for name, field in fields.items():
        info = setting_info(field)
        assert info is not None
        if name not in raw or raw[name] is None:
            if field.default is attrs.NOTHING:
                example = f" = {info.example}" if info.example else ""
                raise _fail(where, name, f"is required: {_first_sentence(info.description)}",
                            info.hint or (f"Add e.g. {name}{example}" if example else
                                          f"Add {name} to [{where}]."))
            continue
        values[name] = _convert(where, name, raw[name], hints[name], info, base)
    try:
        built = cls(**values)
        validate = getattr(built, "validate", None)
        if callable(validate):
            validate(base)
    except SettingError as exc:
        raise _fail(where, exc.key, exc.reason, exc.hint) from None
    return built


def _first_sentence(text: str) -> str:
    sentence = re.split(r"(?<=[a-z)])[.;] ", text.strip(), maxsplit=1)[0]
    return sentence.rstrip(".").replace("``", "")


def _unknown(target: str, key: str, backend: str,
             fields: Mapping[str, attrs.Attribute[Any]]) -> ConfigError:
    known = sorted(set(fields) | set(CORE_TARGET_KEYS))
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    own = ", ".join(sorted(fields)) or "none"
    hint = (f"Did you mean {close[0]}?" if close else
            f"Known settings: {own} (and {', '.join(CORE_TARGET_KEYS)}, for every target).")
    return _fail(f"targets.{target}", key, f"is not a {backend} setting", hint)


def _convert(where: str, key: str, value: Any, tp: Any, info: SettingInfo,
             base: Path | None) -> Any:
    """*value* checked against the type *tp* and *info*'s rules; ConfigError if wrong."""

    def wrong(reason: str, default_hint: str | None = None) -> ConfigError:
        example = f"e.g. {key} = {info.example}" if info.example else default_hint
        return _fail(where, key, reason, info.hint or example)

    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        tp = inner[0] if len(inner) == 1 else str
        origin, args = typing.get_origin(tp), typing.get_args(tp)
    result: Any
    if tp is bool:
        if not isinstance(value, bool):
            raise wrong(f"must be true or false (got {value!r})")
        result = value
    elif tp in (int, float):
        result = _number(value, tp, info, wrong)
    elif origin is Literal or (isinstance(tp, type) and issubclass(tp, enum.Enum)):
        allowed = [str(a) for a in args] if origin is Literal else [str(m.value) for m in tp]
        if value not in allowed:
            close = (difflib.get_close_matches(value, allowed, n=1, cutoff=0.6)
                     if isinstance(value, str) else [])
            if close:  # a near miss ("verify_full") is told its likely spelling
                raise _fail(where, key, f"must be one of {', '.join(allowed)} (got {value!r})",
                            f"Did you mean {close[0]}?")
            raise wrong(f"must be one of {', '.join(allowed)} (got {value!r})")
        result = value if origin is Literal else tp(value)
    elif origin in (tuple, list, dict, Mapping) or tp in (dict, Mapping) or (
            isinstance(tp, type) and issubclass(tp, Path)):
        result = _structured(where, key, value, tp, origin, base, wrong)
    else:
        result = _text(value, info, wrong, key)
    if info.convert is not None:
        try:
            result = info.convert(result)
        except ValueError as exc:
            raise wrong(str(exc)) from None
    return result


def _structured(where: str, key: str, value: Any, tp: Any, origin: Any, base: Path | None,
                wrong: Callable[..., ConfigError]) -> Any:
    """A list of names, a table of names to text, or a path (relative to *base*)."""
    if origin in (tuple, list):
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(v, str) and v.strip()
                                                   for v in items):
            raise wrong("must be a list of names", f'e.g. {key} = ["..."]')
        return tuple(v.strip() for v in items)
    if origin in (dict, Mapping) or tp in (dict, Mapping):
        if not isinstance(value, Mapping) or not all(
                isinstance(k, str) and isinstance(v, str) and v.strip()
                for k, v in value.items()):
            raise wrong("must be a table of names to text",
                        f"[{where}.{key}] name = \"text\"")
        return {str(k): str(v).strip() for k, v in value.items()}
    if not isinstance(value, str) or not value.strip():
        raise wrong("must be a file or folder path")
    path = Path(value.strip()).expanduser()
    if not path.is_absolute() and base is not None:
        path = base / path
    return path


def _number(value: Any, tp: type, info: SettingInfo,
            wrong: Callable[..., ConfigError]) -> int | float:
    whole = tp is int
    ok_type = isinstance(value, int) if whole else isinstance(value, int | float)
    if isinstance(value, bool) or not ok_type:
        kind = "a whole number" if whole else "a number"
        raise wrong(f"must be {kind} (got {value!r})")
    if (info.low is not None and value < info.low) or (info.high is not None and
                                                        value > info.high):
        raise wrong(f"must be from {info.low:g} to {info.high:g} (got {value!r})")
    return int(value) if whole else float(value)


def _text(value: Any, info: SettingInfo, wrong: Callable[..., ConfigError], key: str) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)  # a page id written as a number
    if not isinstance(value, str) or not value.strip():
        raise wrong(f"must be text (got {value!r})")
    text = value.strip()
    if info.choices and text not in info.choices:
        raise wrong(f"must be one of {', '.join(info.choices)} (got {text!r})")
    if info.env_secret and not _ENV_NAME.match(text):
        raise wrong(f"must name an environment variable (got {text!r})",
                    f'e.g. {key} = "KMCORE_{key.upper()}"')
    if info.pattern and not re.fullmatch(info.pattern, text):
        raise wrong(f"must be {info.pattern_text or 'in the form ' + info.pattern} "
                    f"(got {text!r})")
    if info.https_url:
        text = _https_url(text, info, wrong)
    return text


def _is_loopback(host: str) -> bool:
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _https_url(text: str, info: SettingInfo, wrong: Callable[..., ConfigError]) -> str:
    parts = urlsplit(text)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise wrong(f"is not a web address (got {text!r}): it must be an https:// address")
    if parts.scheme == "http" and not (info.allow_loopback_http and
                                       _is_loopback(parts.hostname)):
        raise wrong(f"must be an https:// address (got {text!r}); http:// would send "
                    "credentials unencrypted",
                    "TLS is always verified; point REQUESTS_CA_BUNDLE at a custom CA bundle "
                    "if your proxy or test double needs one.")
    if parts.query or parts.fragment:
        raise wrong(f"must not have a query or fragment (got {text!r})")
    if info.host_only and parts.path.strip("/"):
        raise wrong(f"must be the host only, without a path (got {text!r})",
                    f'e.g. "{parts.scheme}://{parts.netloc}"')
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"

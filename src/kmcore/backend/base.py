"""A base class for targets: the required parts are yours, the optional parts have defaults."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from kmcore.sync.model import Item, ItemResult, PulledItem, SyncContext, TargetCheck, TargetConfig

if TYPE_CHECKING:
    from kmcore.kb import KnowledgeBase

__all__ = ["BaseTarget", "named_checks"]


def named_checks(target: str, checks: Iterable[TargetCheck]) -> Iterator[TargetCheck]:
    """*checks* as ``kmcore doctor`` shows them: each name starts with the target's name
    (``intranet: token``) and so does each message (``intranet: token: signed in as...``),
    because doctor prints the messages alone."""
    prefix = f"{target}: "
    for check in checks:
        name = check.name if check.name.startswith(prefix) else prefix + check.name
        message = check.message if check.message.startswith(name) else \
            f"{name}: {check.message}"
        yield attrs.evolve(check, name=name, message=message)


class BaseTarget:
    """Subclass it and write :meth:`apply` (and :meth:`remote_versions` if the target can
    tell when its copy was edited). Everything else has a sensible default:

    - :meth:`finish` does nothing; :meth:`pull` answers None (no items come back);
      :meth:`close` does nothing.
    - :meth:`diagnose` shows your :meth:`checks` the way ``kmcore doctor`` expects (see
      :func:`named_checks`); without checks it reports the settings as valid.
    - :meth:`estimate` says nothing (``kmcore sync --dry-run`` then shows no estimate).

    With ``settings_class`` set, the constructor parses the target's settings through
    :func:`kmcore.backend.parse_settings` into ``self.settings`` (relative paths against the
    knowledge base folder): an unknown or wrong key is refused with its path.
    """

    #: items per :meth:`apply` call.
    batch_size: int = 50
    #: the attrs class of this backend's settings (the same one its ``BackendSpec`` names).
    settings_class: ClassVar[type[Any] | None] = None

    def __init__(self, config: TargetConfig, kb: KnowledgeBase) -> None:
        from kmcore.settings import parse_settings

        self.config = config
        self.kb = kb
        if self.settings_class is not None:
            self.settings = parse_settings(self.settings_class, config, base=kb.root)

    def apply(self, items: Sequence[Item]) -> list[ItemResult]:
        """Apply a batch; answer one result per item, in order. Never raise for one item."""
        raise NotImplementedError

    def remote_versions(self, refs: Sequence[str]) -> Mapping[str, str] | None:
        """Current versions of these remote items; None: this target cannot tell."""
        return None

    def finish(self, context: SyncContext) -> None:
        """Called once after all batches of a run; nothing to do by default."""

    def pull(self, cursor: str | None) -> tuple[list[PulledItem], str] | None:
        """Items created or edited on the target; None: this target sends nothing back."""
        return None

    def close(self) -> None:
        """Release connections and files; nothing to release by default."""

    def checks(self) -> Iterable[TargetCheck]:
        """This target's self-checks, named by what they check (``folder``, ``token``)."""
        yield TargetCheck(name="settings", status="ok",
                          message=f"backend {self.config.backend!r}: the settings are valid")

    def diagnose(self) -> Iterable[TargetCheck]:
        """``kmcore doctor``: :meth:`checks`, each named after this target."""
        return list(named_checks(self.config.name, self.checks()))

    def estimate(self, items: Sequence[Item]) -> str | None:
        """A sentence on what applying *items* would take; None: nothing to say."""
        return None

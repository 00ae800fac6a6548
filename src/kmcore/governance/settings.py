"""The ``[governance]`` table's settings class, kept importable here where it was first
defined; it lives in :mod:`kmcore.retention` (D1404)."""

from kmcore.retention import GovernanceSettings

__all__ = ["GovernanceSettings"]

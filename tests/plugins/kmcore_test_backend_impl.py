"""The heavy half of kmcore_test_backend: importing it is what the registry must defer."""

from __future__ import annotations

from typing import Any


class TestTarget:
    """Stands in for a SharePoint or Confluence target."""

    __test__ = False  # not a pytest test class

    def __init__(self, **settings: Any) -> None:
        self.settings = settings

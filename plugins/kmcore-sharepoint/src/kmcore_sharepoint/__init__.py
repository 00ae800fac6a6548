"""kmcore-sharepoint: publish a kmcore knowledge base to SharePoint Online lists and pages.

Configure a target in ``kmcore.toml`` with ``backend = "sharepoint"``; see ``docs/sharepoint.md``.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]

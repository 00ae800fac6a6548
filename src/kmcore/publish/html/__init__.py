"""The ``html`` target: a static intranet site built from published records.

Configure it in ``kmcore.toml``::

    [targets.intranet]
    backend = "html"
    path = "site"                 # relative to the knowledge base, or absolute
    title = "Knowledge hub"       # optional; defaults to the knowledge base's name
    audience = "organisation"

See ``docs/site.md`` for what is published and how to embed the fragments.
"""

from kmcore.publish.html.target import HtmlSiteTarget

__all__ = ["HtmlSiteTarget"]

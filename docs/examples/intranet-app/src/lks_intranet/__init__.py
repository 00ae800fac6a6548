"""lks_intranet: an example Flask intranet app built on kmcore.

::

    from lks_intranet import create_app

    app = create_app("/srv/lks/knowledge-base")   # or KMCORE_KB in the environment
    app.run()                                     # development only; use a WSGI server

Pages: ``/innovations`` (filter by stage and department, or search), ``/innovations/<id>``,
and ``/experts?q=...`` (the expertise finder, with its evidence). It shows only what a kmcore
target for the trust's own staff would publish: see :mod:`lks_intranet.visibility`.
"""

from lks_intranet.app import create_app

__all__ = ["create_app"]

"""Built-in publishing targets. :mod:`kmcore.publish.html` is the static intranet site.

Nothing here is imported until a target is used: the backend is registered by import path
(``kmcore.builtin.targets``), and the site's templates need jinja2, loaded only then.
"""

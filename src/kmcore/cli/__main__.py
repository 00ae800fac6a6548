"""``python -m kmcore.cli``: the same as the ``kmcore`` command."""

from kmcore.cli import main

main()

"""``python -m kmcore``: the ``kmcore`` command, for a machine whose scripts folder is not on
PATH (Windows installs with ``py -m pip install --user`` often are not): ``py -m kmcore``."""

import sys

from kmcore.cli import main

if __name__ == "__main__":
    sys.exit(main())

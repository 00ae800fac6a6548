"""A plugin that calls sys.exit() while being imported; kmcore must survive it."""

import sys

sys.exit("kmcore_test_exits refuses to load")

"""Pretends to be kmcore-sharepoint installed without its dependencies."""

import kmcore_test_no_such_dependency  # noqa: F401

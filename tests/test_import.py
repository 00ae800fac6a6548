"""``import kmcore`` must stay cheap: nothing heavy is imported until it is used."""

from __future__ import annotations

import subprocess
import sys


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}; import sys; print('\\n'.join(sys.modules))"],
        check=True, capture_output=True, text=True,
    ).stdout
    return set(out.split())


def test_import_kmcore_loads_no_dependencies() -> None:
    loaded = _modules_after("import kmcore")
    for heavy in ("attrs", "cattrs", "pluggy", "click", "requests", "msal", "kmcore.plugins"):
        assert heavy not in loaded, f"import kmcore imported {heavy}"


def test_version_does_not_load_plugins_or_records() -> None:
    loaded = _modules_after(
        "import sys; sys.argv=['kmcore','--version']\n"
        "from kmcore.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    for heavy in ("cattrs", "pluggy", "kmcore.plugins", "kmcore.records.base", "requests"):
        assert heavy not in loaded, f"kmcore --version imported {heavy}"


def test_public_names_resolve() -> None:
    import kmcore

    for name in kmcore.__all__:
        assert getattr(kmcore, name) is not None, name


def test_unknown_attribute_is_an_attribute_error() -> None:
    import kmcore

    try:
        kmcore.no_such_thing  # noqa: B018
    except AttributeError as exc:
        assert "no_such_thing" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("expected AttributeError")


def test_all_matches_the_lazy_exports() -> None:
    import kmcore

    assert set(kmcore.__all__) == {"__version__", *kmcore._EXPORTS}

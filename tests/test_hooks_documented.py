"""Every hook is documented (docstring and docs/hooks.md) and exercised by a test.

A hook is public API for good, so adding one without its documentation or a test fails here.
"""

from __future__ import annotations

import ast
import inspect
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pluggy
import pytest

from kmcore import hookspecs
from kmcore.plugins import hook_names

ROOT = Path(__file__).parent.parent
HOOKS_MD = ROOT / "docs" / "hooks.md"
PLUGINS_MD = ROOT / "docs" / "plugins.md"

# Hooks allowed to stop at the first non-None result, each with the reason. None so far: every
# hook lets all plugins take part.
FIRSTRESULT_JUSTIFIED: dict[str, str] = {}


def _spec(name: str) -> pluggy.HookspecOpts:
    pm = pluggy.PluginManager("kmcore")
    pm.add_hookspecs(hookspecs)
    opts = pm.parse_hookspec_opts(hookspecs, name)
    assert opts is not None, f"{name} is not marked @hookspec"
    return opts


def _spec_argnames(name: str) -> tuple[str, ...]:
    pm = pluggy.PluginManager("kmcore")
    pm.add_hookspecs(hookspecs)
    spec = getattr(pm.hook, name).spec
    assert spec is not None
    return tuple(spec.argnames)


def _headings() -> set[str]:
    return {
        line[3:].strip()
        for line in HOOKS_MD.read_text(encoding="utf-8").splitlines()
        if line.startswith("## ")
    }


def _hook_tests() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "tests").rglob("*.py"):
        names |= set(re.findall(r"^\s*def (test_hook_\w+)", path.read_text(encoding="utf-8"),
                                re.MULTILINE))
    return names


def test_there_are_hooks() -> None:
    assert len(hook_names()) >= 4


@pytest.mark.parametrize("name", hook_names())
def test_hook_is_documented_in_docs(name: str) -> None:
    heading = f"{name}({', '.join(_spec_argnames(name))})"
    assert heading in _headings(), f"docs/hooks.md needs a section headed '## {heading}'"


def test_docs_document_no_hook_that_does_not_exist() -> None:
    documented = {h.split("(")[0] for h in _headings() if h.startswith("kmcore_")}
    assert documented <= set(hook_names()), documented - set(hook_names())


@pytest.mark.parametrize("name", hook_names())
def test_hook_has_a_test(name: str) -> None:
    tests = _hook_tests()
    assert any(t.startswith(f"test_hook_{name}") for t in tests), (
        f"no test function named test_hook_{name}... in tests/"
    )


@pytest.mark.parametrize("name", hook_names())
def test_hook_docstring_is_complete(name: str) -> None:
    function = getattr(hookspecs, name)
    doc = inspect.getdoc(function) or ""
    summary = doc.splitlines()[0] if doc else ""
    assert summary.endswith("."), f"{name}: the docstring needs a one-line summary"
    for arg in _spec_argnames(name):
        assert f":param {arg}:" in doc, f"{name}: document :param {arg}:"
    assert ":return:" in doc, f"{name}: say what the return value means"
    assert "Called " in doc, f"{name}: say when it is called"
    assert "Example::" in doc, f"{name}: give an example"
    # Typed: every argument and the return are annotated.
    annotations = inspect.get_annotations(function)
    assert set(annotations) == {*_spec_argnames(name), "return"}


@pytest.mark.parametrize("name", hook_names())
def test_hook_is_not_firstresult_without_a_reason(name: str) -> None:
    assert bool(_spec(name).get("firstresult")) == (name in FIRSTRESULT_JUSTIFIED)


def test_hookspecs_module_holds_only_specs_and_markers() -> None:
    public = {n for n in vars(hookspecs) if not n.startswith("_")}
    imported = {"annotations", "Callable", "TYPE_CHECKING", "pluggy"}
    assert public - imported == {"hookimpl", "hookspec", *hook_names()}


@pytest.mark.parametrize("doc", [HOOKS_MD, PLUGINS_MD], ids=lambda p: p.name)
def test_python_examples_in_the_docs_are_valid_python(doc: Path) -> None:
    blocks = re.findall(r"```python\n(.*?)```", doc.read_text(encoding="utf-8"), re.DOTALL)
    assert blocks
    for block in blocks:
        ast.parse(block)


def _example(name: str) -> str:
    doc = inspect.getdoc(getattr(hookspecs, name)) or ""
    after = doc.split("Example::", 1)[1]
    lines = []
    for line in after.splitlines()[1:]:
        if line.strip() and not line.startswith("    "):
            break  # the first unindented line ends the example
        lines.append(line)
    return textwrap.dedent("\n".join(lines))


@pytest.mark.parametrize("name", hook_names())
def test_hook_example_runs_and_implements_the_hook(name: str) -> None:
    # docs/hooks.md is generated from these docstrings, so its examples are exactly these.
    namespace: dict[str, object] = {"__name__": f"example_{name}"}
    exec(compile(_example(name), f"<{name} example>", "exec"), namespace)
    implementation = namespace.get(name)
    assert callable(implementation), f"the {name} example defines no {name} function"
    assert hasattr(implementation, "kmcore_impl"), f"the {name} example lacks @kmcore.hookimpl"


def test_hooks_reference_is_generated_from_the_hookspecs() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "gen_hooks_doc.py"), "--check"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    text = HOOKS_MD.read_text(encoding="utf-8")
    for name in hook_names():
        # Every argument appears with its type, read from the signature.
        for arg in _spec_argnames(name):
            assert re.search(rf"^- \*\*`{arg}`\*\* \(`[^`]+`\): ", text, re.MULTILINE), (name, arg)

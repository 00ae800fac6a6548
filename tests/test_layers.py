"""The layer rules of docs/architecture.md ("Where things live, and the layer rules"), checked.

kmcore's imports point down: records at the bottom, then the store, the gates, the sync
engine, the targets, governance and the CLI at the top. A lower layer that must let a higher
one act offers a hook (``kmcore_after_sync``) instead of importing it. This test reads every
module's imports (with ``ast``, importing nothing) and fails on an import that points up, on
an import cycle between kmcore's packages, and on a backend reaching into a private module.

What counts: every ``import`` statement, at module level or inside a function (a deferred
import is still a dependency), except those under ``if TYPE_CHECKING:``, which only name
types for annotations and never run. See D140 for why this is a test of our own rather than
import-linter.
"""

from __future__ import annotations

import ast
import collections
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"

#: Modules that belong to another package's layer. The codec is the records' own converter:
#: record modules register their variant types with it, and it knows the record base class.
SAME_LAYER_AS = {"kmcore.codec": "kmcore.records"}

#: What the lowest layers may import, besides themselves and the ``kmcore`` package root
#: (``__version__``). Anything else is above them.
MAY_IMPORT = {
    # _json_text: the record files' JSON printer; pii_text: identifiers found and masked in
    # plain text (a problem's message is masked where it is made). Both import nothing of kmcore.
    "kmcore._json_text": set(),
    "kmcore.pii_text": set(),
    "kmcore.records": {"kmcore.errors", "kmcore.ids", "kmcore._json_text", "kmcore.pii_text"},
    # textfile: how hand-edited files are decoded (codecs only, imports nothing of kmcore).
    "kmcore.store": {"kmcore.errors", "kmcore.ids", "kmcore.jsonpos", "kmcore.records",
                     "kmcore.specs", "kmcore.textfile", "kmcore._json_text", "kmcore.pii_text"},
}

#: Packages a layer must not reach, directly or through others.
MUST_NOT_REACH = {
    "kmcore.sync": {"kmcore.cli", "kmcore.governance"},
    "kmcore.gates": {"kmcore.sync", "kmcore.cli", "kmcore.governance"},
    "kmcore.guard": {"kmcore.gates", "kmcore.sync", "kmcore.cli"},
}


@attrs.frozen
class Import:
    """One import statement's target, and where it is."""

    module: str  # the importing module, e.g. kmcore.sync.engine
    target: str  # the imported module, e.g. kmcore.cli (or a name in it, resolved up)
    path: Path
    line: int
    name: str = ""  # for ``from X import name``: the name, when it is not a module itself

    def __str__(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}: {self.module} imports {self.target}"


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            found.update(id(inner) for inner in ast.walk(node))
    return found


def imports_of(path: Path, root: Path, known: set[str] | None = None) -> Iterator[Import]:
    """Every runtime import in the file at *path* (a module under *root*), resolved to a
    module name: ``from kmcore import codec`` is ``kmcore.codec`` when that is a module."""
    module = _module_name(path, root)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    skip = _type_checking_nodes(tree)
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(module, alias.name, path, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                source = ".".join([*base, *([node.module] if node.module else [])])
            else:
                source = node.module or ""
            for alias in node.names:
                candidate = f"{source}.{alias.name}"
                is_module = known is not None and candidate in known
                yield Import(module, candidate if is_module else source, path, node.lineno,
                             "" if is_module else alias.name)


def layer(module: str) -> str:
    """The package (or top-level module) of kmcore a module belongs to, for these rules."""
    name = ".".join(module.split(".")[:2])
    return SAME_LAYER_AS.get(name, name)


def _core_imports() -> list[Import]:
    files = sorted((SRC / "kmcore").rglob("*.py"))
    known = {_module_name(path, SRC) for path in files}
    return [
        found for path in files for found in imports_of(path, SRC, known)
        if found.target.split(".")[0] == "kmcore"
    ]


CORE = _core_imports()


def _graph() -> dict[str, dict[str, list[Import]]]:
    """layer -> layer it imports -> the imports that make the edge (the root left out)."""
    graph: dict[str, dict[str, list[Import]]] = collections.defaultdict(
        lambda: collections.defaultdict(list))
    for found in CORE:
        source, target = layer(found.module), layer(found.target)
        if source != target and "kmcore" not in (source, target):
            graph[source][target].append(found)
    return graph


def _reach(graph: dict[str, dict[str, list[Import]]], start: str) -> dict[str, list[str]]:
    """Every layer *start* reaches, with one import path to it (for the failure message)."""
    paths: dict[str, list[str]] = {}
    todo = [(start, [start])]
    while todo:
        here, path = todo.pop()
        for there in graph.get(here, {}):
            if there not in paths and there != start:
                paths[there] = [*path, there]
                todo.append((there, paths[there]))
    return paths


def test_the_import_reader_sees_deferred_imports_and_ignores_type_checking_ones(
    tmp_path: Path,
) -> None:
    package = tmp_path / "kmcore" / "sync"
    package.mkdir(parents=True)
    (package / "engine.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "from . import plan\n"
        "if TYPE_CHECKING:\n"
        "    from kmcore.kb import KnowledgeBase\n"
        "def run():\n"
        "    from kmcore.cli import debug_enabled\n",
        encoding="utf-8",
    )
    found = {(i.target, i.line) for i in imports_of(package / "engine.py", tmp_path,
                                                   {"kmcore.sync.plan"})}
    assert found == {("typing", 1), ("kmcore.sync.plan", 2), ("kmcore.cli", 6)}


@pytest.mark.parametrize("lower", sorted(MAY_IMPORT))
def test_the_lowest_layers_import_nothing_above_them(lower: str) -> None:
    allowed = {lower, "kmcore", *MAY_IMPORT[lower]}
    wrong = [str(i) for i in CORE if layer(i.module) == lower and layer(i.target) not in allowed]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("source", sorted(MUST_NOT_REACH))
def test_lower_layers_never_reach_the_ones_that_hook_into_them(source: str) -> None:
    reached = _reach(_graph(), source)
    wrong = {target: " -> ".join(reached[target])
             for target in MUST_NOT_REACH[source] if target in reached}
    assert not wrong, wrong


def test_no_core_module_imports_the_cli() -> None:
    # kmcore/__main__.py is the command itself (`python -m kmcore`), not a core module
    wrong = [str(i) for i in CORE
             if layer(i.target) == "kmcore.cli" and layer(i.module) != "kmcore.cli"
             and i.module != "kmcore.__main__"]
    assert not wrong, "\n".join(wrong)


def test_no_import_cycles_between_kmcore_packages() -> None:
    graph = _graph()
    cycles = []
    for start in sorted(graph):
        back = _reach(graph, start)
        for target, path in sorted(back.items()):
            if start in graph.get(target, {}) and start < target:
                where = graph[target][start][0]
                cycles.append(f"{' -> '.join(path)} -> {start} (for example {where})")
    assert not cycles, "\n".join(cycles)


def _backend_sources() -> list[tuple[Path, Path]]:
    """(source root, file) for every backend kept in the repository: plugins and examples."""
    roots = sorted([*ROOT.glob("plugins/*/src"), *ROOT.glob("docs/examples/*/src")])
    return [(root, path) for root in roots for path in sorted(root.rglob("*.py"))]


def test_there_are_backends_to_check() -> None:
    names = {root.parent.name for root, path in _backend_sources()}
    assert {"kmcore-sharepoint", "kmcore-confluence", "kmcore-markdown-folder"} <= names


def _private(part: str) -> bool:
    return part.startswith("_") and not part.startswith("__")


def _private_imports() -> list[str]:
    """Backend imports of a private kmcore module, or of a private name from any module."""
    wrong = []
    for root, path in _backend_sources():
        for found in imports_of(path, root):
            parts = [*found.target.split("."), found.name]
            if parts[0] == "kmcore" and any(_private(p) for p in parts[1:]):
                wrong.append(f"{found}{'.' + found.name if found.name else ''}")
    return wrong


def test_no_backend_imports_a_private_kmcore_module() -> None:
    wrong = _private_imports()
    assert not wrong, "\n".join(wrong)

"""No two modules of citecheck.formats import each other, directly or round a loop (lazy imports count)."""

import ast
from pathlib import Path

import citecheck.formats

PACKAGE = Path(citecheck.formats.__file__).parent


def imports_of(path: Path) -> set[str]:
    """The citecheck.formats modules ``path`` imports anywhere in it, at the top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "citecheck.formats":
                found |= {f"citecheck.formats.{alias.name}" for alias in node.names
                          if (PACKAGE / f"{alias.name}.py").exists()} or {"citecheck.formats"}
            else:
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {name for name in found if name == "citecheck.formats" or name.startswith("citecheck.formats.")}


def module_graph() -> dict[str, set[str]]:
    graph = {}
    for path in PACKAGE.glob("*.py"):
        name = "citecheck.formats" if path.stem == "__init__" else f"citecheck.formats.{path.stem}"
        graph[name] = imports_of(path) - {name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each loop of ``graph`` once, as the path that closes it."""
    found, done = [], set()

    def visit(name: str, path: list[str]) -> None:
        if name in path:
            found.append(path[path.index(name):] + [name])
            return
        if name in done:
            return
        for target in sorted(graph.get(name, ())):
            visit(target, path + [name])
        done.add(name)

    for name in sorted(graph):
        visit(name, [])
    return found


def test_the_formats_modules_import_each_other_one_way_only():
    assert cycles(module_graph()) == []


def test_the_cycle_finder_finds_a_loop_and_ignores_a_chain():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []

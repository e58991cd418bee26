"""The floors of the house: each part of ``portal`` imports only the parts below it.

Every import statement of every module under ``portal/`` counts, wherever it sits
(module level, inside a function, under ``if TYPE_CHECKING``): a function-local import
hides a cycle from Python at import time, not from the design.
"""
from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

PORTAL = Path(__file__).resolve().parent.parent / "portal"

# Lowest floor first. A unit is a package directly under portal/ (``catalogue``) or a
# top-level module (``vntext``); ``portal`` is the package's own ``__init__``. A unit may
# import units on lower floors only: not its neighbours on the same floor, never upwards.
FLOORS: list[set[str]] = [
    # Shared helpers that know no domain.
    {"config", "extensions", "errors", "vntext", "collation", "i18n", "dbtypes", "netguard"},
    {"catalogue"},                                  # procedures, agencies, fields, their rules
    {"audit"},                                      # the trail (names users, never imports them)
    {"accounts"},                                   # users belong to agencies; changes audited
    {"levels", "forms", "feedback", "freshness", "links", "exports"},
    {"search"},                                     # indexes procedures with their levels
    {"analytics", "backup"},
    {"imports"},                                    # takes a backup before it writes
    {"demo", "workflows"},                          # staff work across domains; the demo load
    {"web", "cli", "models"},                       # the edges, and the table registry
    {"portal"},                                     # create_app wires everything
    {"wsgi"},
]


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def unit_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def imports_of(path: Path, module: str, known: set[str]):
    """(imported module, line) for every import statement in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                # ``from . import models`` imports the module portal.models, not portal.
                yield (sub if sub in known else target), node.lineno


def unit_edges(root: Path) -> dict[tuple[str, str], list[str]]:
    """(importing unit, imported unit) → where, for every import between two units."""
    files = {module_name(p, root): p for p in root.rglob("*.py")}
    known = set(files)
    top = root.name
    edges: dict[tuple[str, str], list[str]] = defaultdict(list)
    for module, path in files.items():
        src = unit_of(module)
        for target, line in imports_of(path, module, known):
            if target != top and not target.startswith(top + "."):
                continue
            dst = unit_of(target)
            if dst != src:
                edges[(src, dst)].append(f"{path.relative_to(root.parent)}:{line}")
    return edges


def cycles(edges) -> list[list[str]]:
    """The strongly connected components with more than one unit (Tarjan)."""
    graph: dict[str, set[str]] = defaultdict(set)
    for src, dst in edges:
        graph[src].add(dst)
        graph.setdefault(dst, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def floor_violations(edges, floors) -> list[str]:
    floor_of = {unit: n for n, units in enumerate(floors) for unit in units}
    out = []
    for (src, dst), where in sorted(edges.items()):
        if src not in floor_of or dst not in floor_of:
            continue      # reported by the completeness check
        if floor_of[dst] >= floor_of[src]:
            out.append(f"{src} (floor {floor_of[src]}) imports {dst} (floor {floor_of[dst]}) "
                       f"at {', '.join(where)}")
    return out


def test_no_cycles_between_units():
    found = cycles(unit_edges(PORTAL))
    assert found == [], found


def test_every_unit_has_a_floor():
    units = {unit_of(module_name(p, PORTAL)) for p in PORTAL.rglob("*.py")}
    declared = set().union(*FLOORS)
    assert units - declared == set(), "declare the new package's floor in FLOORS"
    assert declared - units == set(), "FLOORS names a package that is gone"


def test_each_unit_imports_only_lower_floors():
    assert floor_violations(unit_edges(PORTAL), FLOORS) == []


@pytest.fixture
def toy(tmp_path):
    """A package whose domains ``a`` and ``b`` import each other, one inside a function."""
    root = tmp_path / "toy"
    for name in ("a", "b", "base"):
        (root / name).mkdir(parents=True)
        (root / name / "__init__.py").write_text("")
    (root / "__init__.py").write_text("from . import a\n")
    (root / "a" / "models.py").write_text("from ..base import thing\nfrom ..b.models import B\n")
    (root / "b" / "models.py").write_text(
        "def later():\n    from toy.a import models\n    return models\n")
    return root


def test_the_walk_sees_a_function_local_cycle(toy):
    edges = unit_edges(toy)
    assert edges[("b", "a")] == ["toy/b/models.py:2"]
    assert cycles(edges) == [["a", "b"]]


def test_the_walk_refuses_an_upward_or_sideways_import(toy):
    edges = unit_edges(toy)
    assert floor_violations(edges, [{"base"}, {"b"}, {"a"}, {"toy"}]) == [
        "b (floor 1) imports a (floor 2) at toy/b/models.py:2"]
    assert floor_violations(edges, [{"base"}, {"a", "b"}, {"toy"}]) == [
        "a (floor 1) imports b (floor 1) at toy/a/models.py:2",
        "b (floor 1) imports a (floor 1) at toy/b/models.py:2"]


AUDIENCES = ("public", "auth", "staff", "admin", "api")


def test_no_web_audience_imports_another():
    # Issue 17 §2: what two audiences share lives in a module beside them
    # (web/reports, web/search_args, web/formkit …), never in one of them.
    files = {module_name(p, PORTAL): p for p in PORTAL.rglob("*.py")}
    known = set(files)
    crossing = []
    for module, path in files.items():
        parts = module.split(".")
        if parts[:2] != ["portal", "web"] or len(parts) < 3 or parts[2] not in AUDIENCES:
            continue
        for target, line in imports_of(path, module, known):
            other = target.split(".")
            if other[:2] == ["portal", "web"] and len(other) > 2 and other[2] in AUDIENCES \
                    and other[2] != parts[2]:
                crossing.append(f"{path.relative_to(PORTAL.parent)}:{line} imports {target}")
    assert crossing == []

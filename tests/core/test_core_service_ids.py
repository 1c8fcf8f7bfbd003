"""Nothing outside the service registry names a service id: a service is added or removed as one file."""

from __future__ import annotations

import ast
from pathlib import Path

from kiosk.core import services

ROOT = Path(__file__).resolve().parents[2]
REGISTRY = ROOT / "kiosk" / "core" / "services"
# The tariff decisions' consumer categories happen to share two words with service ids; they are named
# once, here, and everything else uses the names.
CONSUMER_CATEGORIES = (ROOT / "kiosk" / "core" / "tariffs.py", {"HOUSEHOLD", "BUSINESS", "ANY"})


def _category_constants(tree: ast.AST) -> set[int]:
    allowed: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            names = {
                n.id for target in node.targets for n in ast.walk(target) if isinstance(n, ast.Name)
            }
            if names and names <= CONSUMER_CATEGORIES[1]:
                allowed |= {id(c) for c in ast.walk(node.value) if isinstance(c, ast.Constant)}
    return allowed


def literal_ids(source: str, ids: set[str], path: Path | None = None) -> list[tuple[int, str]]:
    tree = ast.parse(source)
    allowed = _category_constants(tree) if path == CONSUMER_CATEGORIES[0] else set()
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value in ids
        and id(node) not in allowed
    ]


def product_modules() -> list[Path]:
    paths = sorted((ROOT / "kiosk").rglob("*.py")) + sorted((ROOT / "central").rglob("*.py"))
    return [p for p in paths if REGISTRY not in p.parents]


def test_the_scanner_finds_a_literal_id():
    ids = set(services.ids())
    some = sorted(ids)[0]
    assert literal_ids(f"if service == {some!r}:\n    pass\n", ids) == [(1, some)]
    assert literal_ids(f"x = {some.upper()!r}\n", ids) == []
    tariffs = CONSUMER_CATEGORIES[0]
    assert literal_ids(f"HOUSEHOLD = {some!r}\n", ids, tariffs) == []
    assert literal_ids(f"OTHER = {some!r}\n", ids, tariffs) == [(1, some)]


def test_no_module_outside_the_registry_names_a_service_id():
    ids = set(services.ids())
    assert len(ids) >= 4
    found = [
        f"{path.relative_to(ROOT)}:{line}: {value!r}"
        for path in product_modules()
        for line, value in literal_ids(path.read_text(encoding="utf-8"), ids, path)
    ]
    assert not found, "service ids named outside kiosk/core/services:\n" + "\n".join(found)


def test_every_definition_module_is_found():
    """A module of the folder that defines a SERVICE is in the registry, with no list to update."""
    defined = {
        p.stem
        for p in REGISTRY.glob("*.py")
        if not p.name.startswith("_") and "\nSERVICE = Service(" in p.read_text(encoding="utf-8")
    }
    assert len(defined) == len(services.ids())

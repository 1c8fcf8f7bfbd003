"""The layers of docs/ARCHITECTURE.md hold: the core and the outbox stay Qt-free (STYLE practice 1),
checked in a fresh interpreter, and what each module's source imports is checked in its syntax tree."""

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Outside the UI package only these start the UI, and they import it inside functions (after their
# own start-up checks), never when they are imported.
UI_STARTERS = {"kiosk.app", "kiosk.selftest", "kiosk.supervisor"}
# What the core never imports, not even inside a function: Qt, images, SQLite, HTTP.
NOT_IN_CORE = {
    "PySide6",
    "shiboken6",
    "PIL",
    "sqlite3",
    "_sqlite3",
    "sqlite_utils",
    "requests",
    "urllib3",
    "httpx",
}


def modules_under(package: str) -> list[str]:
    base = ROOT / package.replace(".", "/")
    names = []
    for path in sorted(base.rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if parts[-1] == "__main__":
            continue
        names.append(".".join(parts))
    return names


def test_core_and_outbox_import_without_qt_sqlite_http():
    core = modules_under("kiosk.core")
    outbox = modules_under("kiosk.offline_queue") if (ROOT / "kiosk/offline_queue").exists() else []
    code = (
        "import importlib, sys\n"
        f"for name in {core + outbox!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6'})\n"
        "print('QT', bad)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert "QT []" in proc.stdout, proc.stdout
    assert len(core) > 10


def test_core_alone_imports_no_sqlite_and_no_http():
    core = modules_under("kiosk.core")
    code = (
        "import importlib, sys\n"
        f"for name in {core!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        f"{NOT_IN_CORE!r}))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def imports(path: Path) -> Iterator[tuple[str, bool]]:
    """Every module ``path`` imports, and whether the import runs when the module is imported (at its
    top level, in an ``if`` or ``try`` there, ``TYPE_CHECKING`` blocks included) rather than in a
    function."""
    module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]

    def visit(node: ast.AST, at_import: bool) -> Iterator[tuple[str, bool]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import):
                for alias in child.names:
                    yield alias.name, at_import
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    parts = package.split(".")
                    parts = parts[: len(parts) - child.level + 1]
                    base = ".".join(parts + ([base] if base else []))
                yield base, at_import
                for alias in child.names:  # ``from kiosk import ui``
                    yield f"{base}.{alias.name}", at_import
            elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                yield from visit(child, False)
            else:
                yield from visit(child, at_import)

    yield from visit(ast.parse(path.read_text(encoding="utf-8"), str(path)), True)


def sources(package: str) -> list[Path]:
    return sorted((ROOT / package.replace(".", "/")).rglob("*.py"))


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_ui(name: str) -> bool:
    return name == "kiosk.ui" or name.startswith("kiosk.ui.")


def test_only_the_starters_import_the_ui_and_only_when_they_start_it():
    found = []
    for path in sources("kiosk"):
        module = module_name(path)
        if is_ui(module):
            continue
        for name, at_import in imports(path):
            if is_ui(name) and (at_import or module not in UI_STARTERS):
                found.append(f"{module}: {name}" + (" (module level)" if at_import else ""))
    assert not found, found


def test_the_starters_do_start_the_ui():
    # If one stopped, it should leave UI_STARTERS (and the table in docs/ARCHITECTURE.md).
    for module in UI_STARTERS:
        path = ROOT / (module.replace(".", "/") + ".py")
        assert any(is_ui(name) for name, _ in imports(path)), module


def test_the_core_imports_no_qt_image_sqlite_or_http_library_and_nothing_above_it():
    found = []
    for path in sources("kiosk.core"):
        for name, _ in imports(path):
            top = name.split(".")[0]
            if top in NOT_IN_CORE or (top == "kiosk" and not name.startswith("kiosk.core")):
                found.append(f"{module_name(path)}: {name}")
    assert not found, found


def test_the_backend_protocol_and_the_backends_import_no_ui():
    for module in ("kiosk.backend_protocol", "kiosk.backend", "kiosk.startup", "kiosk.media"):
        path = ROOT / (module.replace(".", "/") + ".py")
        assert not [name for name, _ in imports(path) if is_ui(name)], module


def test_the_checker_sees_what_it_must():
    # The AST walk itself: a module-level, a TYPE_CHECKING and a function-level import.
    app = set(imports(ROOT / "kiosk" / "app.py"))
    assert ("kiosk.ui.app", False) in app and ("kiosk.ui.app", True) not in app
    assert ("kiosk.config", True) in app
    startup = set(imports(ROOT / "kiosk" / "startup.py"))
    assert ("kiosk.backend_protocol", True) in startup  # under ``if TYPE_CHECKING``
    assert ("kiosk.backend_protocol", False) in startup  # in PendingBackend.real

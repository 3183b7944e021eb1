"""The shape of the package (docs/layout.md): the layer rules of pyproject.toml hold, no two modules
import each other (even through an import inside a function), an import inside a function says why
it waits, and the window opens without the heavy libraries.

Run as a script (``python tests/test_architecture.py``) to list the import cycles and the
function-level imports without a reason.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "partage_desktop"
REASON = "# deferred:"
# What the window must not load before its first paint (each costs 100 ms or more: docs/layout.md)
HEAVY = ("sqlalchemy", "alembic", "reportlab", "pypdf", "pikepdf", "PySide6.QtPdf", "PySide6.QtPdfWidgets")


def import_cycles() -> list[list[str]]:
    """Each group of modules that import one another (strongly connected components of the import
    graph, imports inside functions included, imports under ``if TYPE_CHECKING:`` left out), each
    as lines ``a -> b (line n)``."""
    import grimp

    graph = grimp.build_graph("partage_desktop", exclude_type_checking_imports=True)
    modules = sorted(graph.modules)
    imported = {m: sorted(graph.find_modules_directly_imported_by(m)) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = 0
    for root in modules:  # Tarjan's algorithm, iterative (the graph is a few hundred modules deep)
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            if i < len(imported[node]):
                work.append((node, i + 1))
                nxt = imported[node][i]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    cycles = []
    for group in groups:
        lines = []
        for a in group:
            for b in imported[a]:
                if b in group:
                    where = sorted(d["line_number"] for d in graph.get_import_details(importer=a, imported=b))
                    lines.append(f"{a} -> {b} (line {', '.join(map(str, where))})")
        cycles.append(lines)
    return cycles


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports_partage(node: ast.Import | ast.ImportFrom) -> bool:
    if isinstance(node, ast.ImportFrom):
        return node.level > 0 or (node.module or "").split(".")[0] == "partage_desktop"
    return any(alias.name.split(".")[0] == "partage_desktop" for alias in node.names)


def _function_level_imports(node: ast.AST, in_function: bool = False):
    """The import statements made inside a function (not those under ``if TYPE_CHECKING:``)."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child):
            continue
        if in_function and isinstance(child, (ast.Import, ast.ImportFrom)):
            yield child
        yield from _function_level_imports(
            child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)))


def undeferred_imports() -> list[str]:
    """Imports of the package's own modules made inside a function without a ``# deferred:``
    reason on their line(s): ``path:line: statement``."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        for node in _function_level_imports(ast.parse(text)):
            statement = lines[node.lineno - 1:node.end_lineno]
            if _imports_partage(node) and not any(REASON in line for line in statement):
                found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: {statement[0].strip()}")
    return found


def test_layer_rules_hold():
    """The contracts of pyproject.toml ([tool.importlinter]), as ``lint-imports`` checks them in CI."""
    result = subprocess.run([sys.executable, "-c", "from importlinter.cli import lint_imports_command; "
                             "lint_imports_command()"], capture_output=True, text=True,
                            cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_no_module_imports_another_that_imports_it_back():
    cycles = import_cycles()
    assert not cycles, "import cycles:\n" + "\n\n".join("\n".join(c) for c in cycles)


def test_imports_inside_functions_say_why_they_wait():
    """An import inside a function is kept only to spare start-up (or a command) a heavy import,
    with its reason on the line: ``from ... import render  # deferred: ReportLab, only when
    exporting``. Everything else is imported at the top of the module."""
    missing = undeferred_imports()
    assert not missing, (f"{len(missing)} function-level imports without a '{REASON}' reason (move them "
                         "to the top of the module, or say why they wait):\n" + "\n".join(missing))


def test_the_window_opens_without_the_heavy_libraries(tmp_path):
    """From the command to the first paint of the home screen on an existing data folder: no SQL
    library, no migrations, no ReportLab, no PDF library (each is imported when first needed)."""
    from partage_desktop.platform.datadir import resolve
    from partage_desktop.services.data.database import prepare

    prepare(resolve(str(tmp_path)), "fr")
    code = textwrap.dedent(f"""
        import sys
        import partage_desktop.ui.app.smoke as smoke
        elapsed = smoke.elapsed_since_process_start_ms
        def at_first_paint(started):
            heavy = {HEAVY!r}
            print("loaded:", sorted({{m for m in sys.modules for h in heavy if m == h or m.startswith(h + ".")}}))
            return elapsed(started)
        smoke.elapsed_since_process_start_ms = at_first_paint
        sys.argv = ["partage-desktop", "--data-dir", {str(tmp_path)!r}, "--smoke"]
        from partage_desktop.cli.main import run
        run()
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    loaded = [line for line in result.stdout.splitlines() if line.startswith("loaded:")]
    assert loaded and set(loaded) == {"loaded: []"}, result.stdout + result.stderr  # at start and at the home's paint


if __name__ == "__main__":
    for cycle in import_cycles():
        print("cycle:\n  " + "\n  ".join(cycle))
    for line in undeferred_imports():
        print(line)

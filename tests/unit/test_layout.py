"""The architecture rules of DESIGN.md that code can check."""

import ast
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from briefings.models import Base

ROOT = Path(__file__).resolve().parents[2]


def _imported_modules(package: str) -> set[str]:
    names = set()
    for path in (ROOT / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
    return names


def test_domain_and_search_packages_import_nothing_from_flask_or_the_app():
    for package in ("briefings", "search_index"):
        forbidden = {m for m in _imported_modules(package)
                     if m.split(".")[0] in {"flask", "flask_wtf", "werkzeug.routing", "app"}}
        assert forbidden == set(), f"{package} imports {forbidden}"


def test_migrations_create_exactly_the_schema_the_models_describe(database_url):
    engine = create_engine(database_url)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_every_domain_module_imports_on_its_own():
    """A script may import any module first; an import cycle would only show up then."""
    import subprocess
    import sys

    modules = sorted(
        ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for package in ("briefings", "search_index") for path in (ROOT / package).rglob("*.py")
    )
    script = "import importlib, sys\nfor name in sys.argv[1:]:\n" \
             "    importlib.import_module(name)\n"
    for module in modules:
        result = subprocess.run([sys.executable, "-c", script, module], cwd=ROOT,
                                capture_output=True, text=True)
        assert result.returncode == 0, f"import {module} fails on its own:\n{result.stderr}"

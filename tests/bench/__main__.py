"""`make bench`: run every tests/bench/bench_*.py module and print its figures side by side.

Each module has `run(workdir: Path) -> list[dict]`; every dict is one row of its table
(keys are column names). Targets are printed with the figures, never asserted.
"""

import importlib
import pkgutil
import sys
import tempfile
import time
from pathlib import Path

import tests.bench as bench_package


def print_table(title: str, rows: list[dict]) -> None:
    print(f"\n## {title}")
    if not rows:
        print("(no rows)")
        return
    columns = list(dict.fromkeys(key for row in rows for key in row))
    widths = {c: max(len(c), *(len(str(row.get(c, ""))) for row in rows)) for c in columns}
    print("  ".join(c.ljust(widths[c]) for c in columns))
    print("  ".join("-" * widths[c] for c in columns))
    for row in rows:
        print("  ".join(str(row.get(c, "")).ljust(widths[c]) for c in columns))


def main(selected: list[str]) -> None:
    names = sorted(m.name for m in pkgutil.iter_modules(bench_package.__path__)
                   if m.name.startswith("bench_"))
    for name in names:
        if selected and not any(s in name for s in selected):
            continue
        module = importlib.import_module(f"tests.bench.{name}")
        started = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix=f"{name}-") as workdir:
            rows = module.run(Path(workdir))
        title = (module.__doc__ or name).strip().splitlines()[0]
        print_table(f"{title}  [{time.perf_counter() - started:.1f} s]", rows)


if __name__ == "__main__":
    main(sys.argv[1:])

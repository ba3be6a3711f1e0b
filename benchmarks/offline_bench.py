"""Wall time of the whole ``awesome-lint`` process on real lists (offline rules only).

Usage: python benchmarks/offline_bench.py [--runs N] [FILE ...]
Default files: the seed list and the largest lists of ../shared/corpus/.
Targets (issue 2): under 150 ms on the seed list, well under 1 s on the largest list.
"""

from __future__ import annotations

import argparse
import compileall
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT = ["seed-open-mlops-full.md", "fuzzylabs__awesome-open-mlops.md",
           "avelino__awesome-go.md", "dkhamsing__open-source-ios-apps.md",
           "rust-unofficial__awesome-rust.md", "awesome-selfhosted__awesome-selfhosted.md",
           "public-apis__public-apis.md"]


def command() -> list[str]:
    found = shutil.which("awesome-lint")
    return [found] if found else [sys.executable, "-m", "awesome_lint"]


def time_run(path: Path, runs: int) -> tuple[float, float, int]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run([*command(), "--format", "json", str(path)],
                              capture_output=True, check=False)
        times.append(time.perf_counter() - start)
        if done.returncode not in (0, 1) or not done.stdout.lstrip().startswith(b"["):
            raise SystemExit(f"{path.name}: exit {done.returncode}: {done.stderr.decode()}")
    return statistics.median(times), min(times), len(path.read_text().splitlines())


def compile_package() -> None:
    """Bytecode for the package, as ``pip install`` writes it: an environment that does not
    write bytecode (PYTHONDONTWRITEBYTECODE) would otherwise time compiling, run after run."""
    compileall.compile_dir(ROOT / "src" / "awesome_lint", quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args()
    files = args.files or [CORPUS / name for name in DEFAULT]
    compile_package()
    print(f"{'file':45} {'lines':>6} {'median ms':>10} {'min ms':>8}")
    for path in files:
        median, best, lines = time_run(path, args.runs)
        print(f"{path.name:45} {lines:>6} {median * 1000:>10.0f} {best * 1000:>8.0f}")


if __name__ == "__main__":
    main()

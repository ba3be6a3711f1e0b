"""Wall time of the whole ``awesome-lint --fix`` process on real lists, on a fresh copy each run.

Usage: python benchmarks/fix_bench.py [--runs N] [FILE ...]
Default files: awesome-go from ../shared/corpus/ (when present) and the seed list.
Target (issue 10): under a second on awesome-go.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [ROOT.parent / "shared" / "corpus" / "avelino__awesome-go.md",
           ROOT / "tests" / "fixtures" / "seed-open-mlops-full.md"]


def command() -> list[str]:
    found = shutil.which("awesome-lint")
    return [found] if found else [sys.executable, "-m", "awesome_lint"]


def time_fix(path: Path, runs: int) -> tuple[float, float, str]:
    """Median and best seconds of ``--fix`` on a copy of ``path``, and what it said."""
    times, said = [], ""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / path.name
        for _ in range(runs):
            shutil.copy(path, copy)
            start = time.perf_counter()
            done = subprocess.run([*command(), "--fix", "--format", "json", str(copy)],
                                  capture_output=True, check=False, text=True)
            times.append(time.perf_counter() - start)
            if done.returncode not in (0, 1):
                raise SystemExit(f"{path.name}: exit {done.returncode}: {done.stderr}")
            said = done.stderr.strip().removeprefix(f"{copy}: ")
    return statistics.median(times), min(times), said


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args()
    files = args.files or [path for path in DEFAULT if path.is_file()]
    print(f"{'file':40} {'lines':>6} {'median ms':>10} {'min ms':>8}  fixed")
    for path in files:
        median, best, said = time_fix(path, args.runs)
        lines = len(path.read_text(encoding="utf-8").splitlines())
        print(f"{path.name:40} {lines:>6} {median * 1000:>10.0f} {best * 1000:>8.0f}  {said}")


if __name__ == "__main__":
    main()

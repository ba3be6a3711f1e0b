"""Lint time of crafted inputs at doubling sizes: fails when it grows faster than linear.

Usage: python benchmarks/growth_bench.py [NAME ...]
Each input of crafted.py is linted whole (parse and every offline rule) at a quarter, half
and all of its size here, best of three runs with the garbage collector off and the caches
emptied. The growth is how much the time grows per doubling of the text, relative to the
text's own growth: about 1 for a linear lint, about 2 for a quadratic one. Exit 1 when the
last doubling grows by more than 1.5 (time more than triples) twice running, or a run stalls
(over 5 s). CI runs this after the tests.
"""

from __future__ import annotations

import argparse
import gc
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crafted import CRAFTED

from awesome_lint.config import from_mapping
from awesome_lint.engine import lint
from awesome_lint.links import LINK_RULES
from awesome_lint.parser import parse
from awesome_lint.registry import all_rules

# The largest size of each input: large enough that a lint takes some 50-200 ms, far above
# the timer's noise, and that a quadratic lint would take seconds.
SIZES = {
    "backticks": 400_000, "tags": 20_000, "tags-then-text": 20_000, "html-tags": 1_000_000,
    "heading-spaces": 1_000_000, "same-name": 4_000, "headings": 8_000, "nested-list": 1_200,
    "bracket-words": 20_000, "item-spaces": 1_000_000, "delimiter-spaces": 2_000_000,
    "indented-code": 40_000, "wide-table": 8_000, "bare-urls": 8_000, "lazy-lines": 8_000,
    "broken-anchors": 4_000, "inline-switches": 4_000, "toc-anchors": 8_000,
    "license-parts": 10_000, "license-parens": 40_000, "license-spaces": 400_000,
}
WORST_GROWTH = 1.5
STALL = 5  # seconds


class Stalled(Exception):
    pass


def _stalled(*_: object) -> None:
    raise Stalled


def lint_time(text: str, runs: int = 3) -> float:
    """The best wall time of linting ``text`` (parse and every offline rule)."""
    known = all_rules()
    rules = [active for active in from_mapping({}, known, "bench").active_rules(known)
             if active.rule.id not in LINK_RULES]
    best = float("inf")
    gc.disable()
    try:
        for _ in range(runs):
            _forget()
            signal.alarm(STALL)
            start = time.perf_counter()
            lint(parse(text), rules)
            best = min(best, time.perf_counter() - start)
            signal.alarm(0)
    finally:
        signal.alarm(0)
        gc.enable()
    return best


def _forget() -> None:
    """Empty the caches (licenses read, say), so that no run profits from the one before."""
    for name, module in list(sys.modules.items()):
        if name.startswith("awesome_lint"):
            for value in vars(module).values():
                if hasattr(value, "cache_clear") and value is not all_rules:
                    value.cache_clear()


def measure(name: str) -> tuple[list[float], float]:
    """Times at a quarter, half and all of the size, and the growth of the last doubling."""
    largest = SIZES[name]
    texts = [CRAFTED[name](size) for size in (largest // 4, largest // 2, largest)]
    times = [lint_time(text) for text in texts]
    growth = (times[2] / max(times[1], 1e-6)) / (len(texts[2]) / len(texts[1]))
    return times, growth


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help=f"inputs to run (default: all): {', '.join(CRAFTED)}")
    names = parser.parse_args().names or list(CRAFTED)
    for name in set(names) - CRAFTED.keys():
        parser.error(f"no crafted input named {name!r}")
    signal.signal(signal.SIGALRM, _stalled)
    print(f"{'input':18} {'size':>9} {'ms at 1/4':>10} {'1/2':>8} {'1':>8} {'growth':>7}")
    failed = []
    for name in names:
        try:
            times, growth = measure(name)
            if growth > WORST_GROWTH:  # a busy machine can slow one run: measure again
                times, growth = measure(name)
        except Stalled:
            print(f"{name:18} {SIZES[name]:>9} stalled: a run took over {STALL} s")
            failed.append(name)
            continue
        except Exception as error:  # a crash is this input's verdict
            print(f"{name:18} {SIZES[name]:>9} failed: {type(error).__name__}")
            failed.append(name)
            continue
        verdict = "" if growth <= WORST_GROWTH else "  faster than linear"
        shown = " ".join(f"{t * 1000:>{w}.0f}" for t, w in zip(times, (10, 8, 8), strict=True))
        print(f"{name:18} {SIZES[name]:>9} {shown} {growth:>7.2f}{verdict}")
        if verdict:
            failed.append(name)
    if failed:
        print(f"stalls, crashes or grows faster than linear: {', '.join(failed)}",
              file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

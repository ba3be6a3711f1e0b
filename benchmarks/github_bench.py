"""Project health against the shared loopback stand-in for GitHub's API and the Wayback
Machine's, scored against its truth.

    python benchmarks/github_bench.py [REPOS] [--report FILE]

Starts ``../shared/bench/ghfarm.py serve`` (relative to the repository root; on 127.0.0.60:8401),
generates a list of REPOS repositories (default 3000, seed 1), runs

    GITHUB_TOKEN=farm-token GITHUB_API_URL=http://127.0.0.60:8401 awesome-lint --links
        --allow-private --wayback-api-url http://127.0.0.60:8401/wayback/available --format json

on it, and scores the problems with ``ghfarm.py score --stats``; with --report it also writes
the link health report there. Targets (issue 8), 3,000 repositories: exact on every state
(deleted, renamed, archived, stale, no false finding), every snapshot given, at most 33
GraphQL queries and 20 REST calls, no rate-limit hit, under 15 s.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import farms

FARM = Path(__file__).resolve().parents[2] / "shared" / "bench" / "ghfarm.py"
IP, PORT, TOKEN, SEED = "127.0.0.60", 8401, "farm-token", 1
API = f"http://{IP}:{PORT}"
TARGETS = {"graphql_queries": 33, "rest_calls": 20, "rate_limited": 0, "seconds": 15.0}


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    if not FARM.is_file():
        print(f"skipped: {FARM} not found (the shared benchmark folder beside the checkout)")
        return 0
    work = Path(tempfile.mkdtemp(prefix="github-bench-"))
    serve = [sys.executable, str(FARM), "serve", "--seed", str(SEED), "--ip", IP, "--port",
             str(PORT), "--token", TOKEN]
    with farms.running(serve, f"{API}/_farm", "ghfarm", stdout=subprocess.DEVNULL):
        markdown, truth = work / "list.md", work / "truth.json"
        subprocess.run([sys.executable, str(FARM), "gen", "--repos", str(args.repos),
                        "--seed", str(SEED), "--out", str(markdown), "--truth", str(truth)],
                       check=True, capture_output=True)
        farms.ask(f"{API}/_farm", "reset", method="POST")
        problems = work / "problems.json"
        wall, code, summary = _run(markdown, problems, args.report)
        return _score(truth, problems, wall, code, summary)


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("repos", nargs="?", type=int, default=3000)
    parser.add_argument("--report", type=Path, help="also write the link health report here")
    return parser.parse_args(argv)


def _run(markdown: Path, problems: Path, report: Path | None) -> tuple[float, int, str]:
    """The CLI's wall time, exit code and summary line; its JSON goes to problems."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    env.update(GITHUB_TOKEN=TOKEN, GITHUB_API_URL=API)
    argv = [sys.executable, "-m", "awesome_lint", "--links", "--allow-private",
            "--wayback-api-url", f"{API}/wayback/available", "--format", "json",
            *(["--report", str(report)] if report else []), str(markdown)]
    started = time.monotonic()
    with problems.open("w") as out:
        done = subprocess.run(argv, stdout=out, stderr=subprocess.PIPE, text=True, env=env,
                              check=False)
    wall = time.monotonic() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"awesome-lint exited with {done.returncode}: {done.stderr.strip()}")
    return wall, done.returncode, done.stderr.strip().splitlines()[-1]


def _score(truth: Path, problems: Path, wall: float, code: int, summary: str) -> int:
    scored = subprocess.run(
        [sys.executable, str(FARM), "score", "--truth", str(truth), "--report", str(problems),
         "--stats", f"{API}/_farm/stats", "--json"],
        check=True, capture_output=True, text=True).stdout
    score = json.loads(scored)
    server = score["server"]
    print(summary)
    for line in score["wrong"]:
        print(line)
    print(json.dumps({k: v for k, v in score.items() if k not in ("wrong", "server")}))
    print("server:", json.dumps(server))
    figures = {**server, "seconds": round(wall, 2)}
    missed = [f"{key} {figures[key]} > {limit}" for key, limit in TARGETS.items()
              if figures[key] > limit]
    if not score["exact"]:
        missed.append("not exact")
    print(f"wall {wall:.2f} s (exit {code}), {server['graphql_queries']} GraphQL queries, "
          f"{server['rest_calls']} REST calls, {server['wayback_calls']} Wayback lookups, "
          f"rate-limited {server['rate_limited']}, secondary-limited "
          f"{server['secondary_limited']}: " + ("targets met" if not missed else
                                                "MISSED: " + "; ".join(missed)))
    return 0 if not missed else 1


if __name__ == "__main__":
    sys.exit(main())

"""Run the link checker against the shared loopback link farm and score it.

    python benchmarks/linkfarm_bench.py [LINKS] [--api | --cmd "... {file}"]

Starts ``linkfarm.py serve`` (40 hosts on 127.0.0.10-49), generates a list of LINKS links
(default 2000), checks it with the ``awesome-lint`` command (or --api: the Python API in
this process; or --cmd: another command whose stdout is a JSON array of objects, those with
rule "broken-link" and severity "error" naming a dead URL in "url"), then prints wall time,
the farm's lower bound, the ratio, the score and the peak RSS.
Targets (issue 3), 2000 links: no false positive, no miss, within 1.5x of the lower bound.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import farms

FARM = Path(__file__).resolve().parents[2] / "shared" / "bench" / "linkfarm.py"
HOSTS, SEED, PORT, TIMEOUT = 40, 1, 8400, 10
CONTROL = f"http://127.0.0.10:{PORT}/_farm"
LINK = re.compile(r"\]\((http[^)\s]+)\)")
# The farm has no Wayback Machine: dead links are not looked up (never on the real one).
CLI = (f"{shlex.quote(sys.executable)} -m awesome_lint --links --allow-private --no-wayback "
       "--format json --select broken-link {file}")


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    work = Path(tempfile.mkdtemp(prefix="linkfarm-bench-"))
    serve = [sys.executable, str(FARM), "serve", "--hosts", str(HOSTS), "--seed", str(SEED),
             "--port", str(PORT)]
    with farms.running(serve, CONTROL, "linkfarm"):
        markdown, truth = work / "links.md", work / "truth.json"
        bound = _generate(args.links, markdown, truth)
        farms.ask(CONTROL, "reset", method="POST")
        started = time.monotonic()
        if args.api:
            broken = _run_api(markdown, args)
            rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        else:
            broken, rss_kb = _run_command(args.cmd, markdown)
        wall = time.monotonic() - started
        report = work / "broken.txt"
        report.write_text("".join(f"{url}\n" for url in broken))
        _print_figures(args.links, wall, bound, truth, report, rss_kb / 1024)
    return 0


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("links", nargs="?", type=int, default=2000)
    parser.add_argument("--cmd", default=CLI, help='the command to run; "{file}" is the list')
    parser.add_argument("--api", action="store_true", help="use the Python API in-process")
    parser.add_argument("--progress", action="store_true", help="show the progress bar")
    return parser.parse_args(argv)


def _generate(links: int, markdown: Path, truth: Path) -> float:
    out = subprocess.run(
        [sys.executable, str(FARM), "gen", "--links", str(links), "--hosts", str(HOSTS),
         "--seed", str(SEED), "--port", str(PORT), "--timeout", str(TIMEOUT),
         "--out", str(markdown), "--truth", str(truth)],
        check=True, capture_output=True, text=True,
    ).stdout
    for line in out.splitlines():
        if line.startswith("physical lower bound"):
            print(line)
    return float(json.loads(truth.read_text())["meta"]["bound"]["lower_bound_s"])


def _run_api(markdown: Path, args: argparse.Namespace) -> list[str]:
    from awesome_lint.links import LinkConfig, check_links, summarize

    urls = LINK.findall(markdown.read_text())
    config = LinkConfig(allow_private=True, timeout=TIMEOUT)
    results = check_links(urls, config, progress=args.progress)
    print("summary:", json.dumps(summarize(results)))
    return [url for url, result in results.items() if result.verdict == "broken"]


def _run_command(cmd: str, markdown: Path) -> tuple[list[str], int]:
    """Broken URLs from the command's JSON output, and its peak RSS in KiB."""
    argv = [part.replace("{file}", str(markdown)) for part in shlex.split(cmd)]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(argv, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    try:
        problems = json.loads(stdout or "[]")
    except ValueError:
        raise SystemExit(f"--cmd printed no JSON array (exit {proc.returncode}): "
                         f"{stderr.strip()[:500]}") from None
    urls = [p["url"] for p in problems
            if p.get("rule") == "broken-link" and p.get("severity") == "error" and p.get("url")]
    return urls, usage.ru_maxrss


def _print_figures(
    links: int, wall: float, bound: float, truth: Path, report: Path, rss_mb: float
) -> None:
    score = subprocess.run(
        [sys.executable, str(FARM), "score", "--truth", str(truth), "--report", str(report)],
        check=True, capture_output=True, text=True,
    ).stdout
    stats = farms.ask(CONTROL, "stats")
    print(score.rstrip())
    print(f"farm: {stats.get('requests')} requests, cap 429s {stats.get('cap_429', 0)}, "
          f"peak in-flight {stats.get('peak_inflight_max')}, methods "
          f"HEAD {stats.get('method_HEAD', 0)} GET {stats.get('method_GET', 0)}")
    print(f"links {links}: wall {wall:.2f} s, lower bound {bound:.2f} s, "
          f"ratio {wall / bound:.2f}, peak RSS {rss_mb:.0f} MB")


if __name__ == "__main__":
    sys.exit(main())

"""The GitHub Action's run, ``python -m awesome_lint.action``: its inputs from the environment,
the pull request's base from the event, one lint, then annotations, the job summary, the
outputs and the exit code that ``fail-on`` asks for.

``action.yml`` sets the inputs as ``INPUT_FILES``, ``INPUT_LINKS``, ``INPUT_FAIL_ON``,
``INPUT_CONFIG``, ``INPUT_CACHE``, ``INPUT_REPORT`` and ``INPUT_ARGS``; the runner sets the
rest (``GITHUB_EVENT_PATH``, ``GITHUB_OUTPUT``, ``GITHUB_STEP_SUMMARY``, ``RUNNER_TEMP``).
"""

from __future__ import annotations

import base64
import contextlib
import glob
import io
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import cli, reporters, summary
from .errors import AwesomeLintError, InputError
from .problem import Problem
from .registry import PAGES_URL

PULL_EVENTS = ("pull_request", "pull_request_target")
LINKS = ("changed", "all", "off")
FAIL_ON = ("error", "warning", "never")
CACHE_FILE = "awesome-lint-cache.json"  # under RUNNER_TEMP; action.yml's cache step keeps it
_DEEPEN = (10, 100, 1000)  # commits fetched in turn to find a shallow clone's merge base
_MAGIC = re.compile(r"[*?[]")


@dataclass(frozen=True)
class Inputs:
    files: tuple[str, ...]
    links: str  # "" until the event decides
    fail_on: str
    config: str
    cache: bool
    report: str
    args: tuple[str, ...]

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Inputs:
        def read(name: str, default: str = "") -> str:
            return env.get(f"INPUT_{name}", "").strip() or default

        links, fail_on, cache = read("LINKS"), read("FAIL_ON", "error"), read("CACHE", "true")
        for name, value, allowed in (("links", links, ("", *LINKS)),
                                     ("fail-on", fail_on, FAIL_ON),
                                     ("cache", cache, ("true", "false"))):
            if value not in allowed:
                shown = " or ".join(repr(a) for a in allowed if a)
                raise InputError(f"input {name}: {value!r} is not {shown}")
        try:
            args = tuple(shlex.split(read("ARGS")))
        except ValueError as error:
            raise InputError(f"input args: {error}") from error
        return cls(tuple(read("FILES", "README.md").split()), links, fail_on, read("CONFIG"),
                   cache == "true", read("REPORT"), args)


def main() -> int:
    try:
        return _run(os.environ)
    except AwesomeLintError as error:
        print(f"::error title=awesome-lint::{reporters.escape_data(str(error))}")
        return cli.EXIT_USAGE


def _run(env: Mapping[str, str]) -> int:
    inputs = Inputs.from_env(env)
    event_name = env.get("GITHUB_EVENT_NAME", "")
    pull = _event(env).get("pull_request") if event_name in PULL_EVENTS else None
    links = inputs.links or ("changed" if pull else "all")
    if event_name == "pull_request_target" and links != "off":
        print("::warning title=awesome-lint::links are not checked on pull_request_target: "
              "the job holds a write token and the pull request's links are untrusted; "
              "use the pull_request event")
        links = "off"
    base = merge_base(_base_sha(pull), env) if pull and links != "all" else None
    temp = Path(env.get("RUNNER_TEMP") or tempfile.gettempdir())
    link_report = temp / "awesome-lint-links.md" if links != "off" else None
    if link_report is not None:
        link_report.unlink(missing_ok=True)  # an earlier run's is not this one's
    code, problems = _lint(_argv(inputs, base, link_report, temp))
    if code == cli.EXIT_USAGE:
        return code
    reporters.write(problems, "github", sys.stdout)
    report = Path(inputs.report) if inputs.report else temp / "awesome-lint-report.md"
    _publish(env, problems, report, summary.render(
        problems, "new in this pull request" if base else "found",
        _read(link_report), _pages(env), _blob(env)))
    return 1 if _fails(problems, inputs.fail_on) else 0


def _argv(inputs: Inputs, base: str | None, link_report: Path | None,
          temp: Path) -> list[str]:
    """The command line: the user's options first, so that the action's own prevail."""
    argv = [*inputs.args, "--format", "json"]
    argv += ["--config", inputs.config] if inputs.config else []
    argv += ["--changed-since", base] if base else []
    if link_report is not None:
        argv += ["--links", "--report", str(link_report)]
        argv += ["--cache", str(temp / CACHE_FILE)] if inputs.cache else []
    return [*argv, "--", *expand(inputs.files)]


def expand(patterns: Sequence[str]) -> list[str]:
    """The files that ``patterns`` name: globs (``*.md``, ``docs/**/*.md``) expanded here,
    never by a shell; a name without wildcards stays as it is, for the linter to judge."""
    files: list[str] = []
    for pattern in patterns:
        if not _MAGIC.search(pattern):
            files.append(pattern)
            continue
        found = sorted(glob.glob(pattern, recursive=True))
        if not found:
            raise InputError(f"input files: {pattern!r} matches no file")
        files += found
    return list(dict.fromkeys(files))


def merge_base(base: str, env: Mapping[str, str]) -> str:
    """Where HEAD left the history of the pull request's ``base``, fetched as far as needed:
    what the pull request changed is measured from there, so commits that the base branch
    gained since are not its own. A shallow clone is deepened, a full one stays full."""
    if _git("cat-file", "-t", base, check=False) != "commit":
        _fetch(env, [base], ["--depth=1"] if _shallow() else [])
    head = _git("rev-parse", "HEAD")
    for deepen in (*_DEEPEN, 0):
        found = _git("merge-base", base, head, check=False)
        if found or not _shallow():
            return found or base
        _fetch(env, [base, head], [f"--deepen={deepen}" if deepen else "--unshallow"])
    return _git("merge-base", base, head, check=False) or base


def _shallow() -> bool:
    return _git("rev-parse", "--is-shallow-repository") == "true"


def _fetch(env: Mapping[str, str], revisions: list[str], options: list[str]) -> None:
    _git("fetch", "--quiet", "--no-tags", *options, "origin", *revisions, env=_auth(env))


def _auth(env: Mapping[str, str]) -> dict[str, str]:
    """The job's token for this one fetch, as actions/checkout would send it, when the
    checkout kept none (``persist-credentials: false``): in the environment, not in argv."""
    server, token = env.get("GITHUB_SERVER_URL", ""), env.get("GITHUB_TOKEN", "")
    key = f"http.{server}/.extraheader"
    if not server or not token or _git("config", "--get-all", key, check=False):
        return dict(env)
    basic = base64.b64encode(f"x-access-token:{token}".encode()).decode()
    count = int(env.get("GIT_CONFIG_COUNT", "0") or 0)
    return {**env, "GIT_CONFIG_COUNT": str(count + 1), f"GIT_CONFIG_KEY_{count}": key,
            f"GIT_CONFIG_VALUE_{count}": f"AUTHORIZATION: basic {basic}"}


def _git(*args: str, check: bool = True, env: Mapping[str, str] | None = None) -> str:
    try:
        done = subprocess.run(["git", *args], capture_output=True, text=True, check=False,
                              env=env)
    except FileNotFoundError as error:
        raise InputError("git is not installed") from error
    if check and done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or ["failed"])[-1]
        raise InputError(f"git {args[0]}: {reason.removeprefix('fatal: ')}")
    return done.stdout.strip() if done.returncode == 0 else ""


def _lint(argv: list[str]) -> tuple[int, list[Problem]]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            code = cli.main(argv)
        except SystemExit as stop:  # argparse refused the options: it said why on stderr
            code = stop.code if isinstance(stop.code, int) else cli.EXIT_USAGE
    if code == cli.EXIT_USAGE:
        return code, []
    return code, [Problem(p["line"], p["column"], p["message"], p["rule"], p["severity"],
                          p["path"]) for p in json.loads(out.getvalue())]


def _publish(env: Mapping[str, str], problems: Sequence[Problem], report: Path,
             text: str) -> None:
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text(text, encoding="utf-8")
    if env.get("GITHUB_STEP_SUMMARY"):
        with open(env["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as stream:
            stream.write(text)
    outputs = {"problems": len(problems),
               "errors": sum(p.severity == "error" for p in problems),
               "broken-links": sum(p.rule == "broken-link" and p.severity == "error"
                                   for p in problems),
               "report": report}
    if env.get("GITHUB_OUTPUT"):
        with open(env["GITHUB_OUTPUT"], "a", encoding="utf-8") as stream:
            stream.writelines(f"{name}={value}\n" for name, value in outputs.items())


def _fails(problems: Sequence[Problem], fail_on: str) -> bool:
    failing = {"error": ("error",), "warning": ("error", "warning"), "never": ()}[fail_on]
    return any(p.severity in failing for p in problems)


def _base_sha(pull: dict) -> str:
    sha = (pull.get("base") or {}).get("sha")
    if not isinstance(sha, str) or not re.fullmatch(r"[0-9a-f]{40}|[0-9a-f]{64}", sha):
        raise InputError("the pull_request event has no base.sha")
    return sha


def _event(env: Mapping[str, str]) -> dict:
    path = env.get("GITHUB_EVENT_PATH")
    if not path:
        return {}
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InputError(f"cannot read the event ({path}): {error}") from error


def _read(path: Path | None) -> str | None:
    return path.read_text(encoding="utf-8") if path is not None and path.exists() else None


def _pages(env: Mapping[str, str]) -> str:
    """The rule pages of the action's own version, when the runner says which it is."""
    repository, ref = env.get("ACTION_REPOSITORY"), env.get("ACTION_REF")
    if not repository or not ref:
        return PAGES_URL
    return f"{env.get('GITHUB_SERVER_URL', 'https://github.com')}/{repository}/blob/{ref}/rules/"


def _blob(env: Mapping[str, str]) -> str | None:
    repository, head = env.get("GITHUB_REPOSITORY"), _git("rev-parse", "HEAD", check=False)
    if not repository or not head:
        return None
    return f"{env.get('GITHUB_SERVER_URL', 'https://github.com')}/{repository}/blob/{head}/"


if __name__ == "__main__":
    sys.exit(main())

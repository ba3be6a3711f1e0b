"""The GitHub Action's script in a simulated Actions run: a bare origin, a pull request branch,
the merge ref GitHub makes, a depth-1 checkout as actions/checkout does it, the event file,
GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and RUNNER_TEMP."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers import ROOT
from loopback import Request, serve

DEAD = "http://127.0.0.1:9"  # loopback, refused: a link checked by mistake shows as broken
ENTRIES = ["Alpha", "Beta", "Delta", "Gamma", "Kappa", "Lambda", "Mu", "Nu", "Omega", "Pi",
           "Rho", "Sigma", "Tau", "Zeta"]
BASE = ("# Awesome Things\n\n## Contents\n\n- [Databases](#databases)\n- [Editors](#editors)\n\n"
        "## Databases\n\n"
        + "".join(f"- [{name}]({DEAD}/{name.lower()}) - A database.\n" for name in ENTRIES[:7])
        + "- Old debt - Listed without a link.\n"
        + "".join(f"- [{name}]({DEAD}/{name.lower()}) - A database.\n" for name in ENTRIES[7:])
        + f"\n## Editors\n\n- [Emacs]({DEAD}/emacs) - An editor.\n"
          f"- [Vim]({DEAD}/vim) - An editor.\n")
TESTING = f"\n## Testing\n\n- [Pytest]({DEAD}/pytest) - Tests.\n"


def unsorted(text: str, url: str = f"{DEAD}/yak") -> str:
    """The pull request's own unsorted entry, in a list sorted but for one older break
    ('Old debt', which also has no link)."""
    return text.replace("- [Kappa]", f"- [Yak]({url}) - Misplaced.\n- [Kappa]")


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True,
                          env=_git_env())
    return done.stdout.strip()


def _git_env() -> dict[str, str]:
    return {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/"),
            "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
            "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid"}


@dataclass(frozen=True)
class Pull:
    origin: Path
    base: str  # the event's base.sha: the base branch's tip when the event fired
    head: str
    merge: str


def pull_request(tmp: Path, change: Callable[[str], str], extra: dict[str, str] | None = None,
                 base_moves: Callable[[str], str] | None = None) -> Pull:
    """A repository whose main has BASE, a pull request that applies ``change`` to it (and
    adds ``extra`` files), main moved on by ``base_moves`` meanwhile, and GitHub's merge."""
    work = tmp / "work"
    work.mkdir()
    git(work, "init", "-q", "-b", "main")
    (work / "README.md").write_text(BASE)
    git(work, "add", "README.md")
    git(work, "commit", "-qm", "list")
    git(work, "checkout", "-qb", "pr")
    (work / "README.md").write_text(change(BASE))
    for name, text in (extra or {}).items():
        (work / name).write_text(text)
    git(work, "add", "-A")
    git(work, "commit", "-q", "--allow-empty", "-m", "pull request")
    head = git(work, "rev-parse", "HEAD")
    git(work, "checkout", "-q", "main")
    if base_moves is not None:
        (work / "README.md").write_text(base_moves(BASE))
        git(work, "commit", "-qam", "main moves on")
    base = git(work, "rev-parse", "HEAD")
    git(work, "checkout", "-q", "--detach")
    git(work, "merge", "-q", "--no-ff", "-m", "Merge pull request #1", head)
    merge = git(work, "rev-parse", "HEAD")
    git(work, "update-ref", "refs/pull/1/head", head)
    git(work, "update-ref", "refs/pull/1/merge", merge)
    origin = tmp / "origin.git"
    git(tmp, "clone", "-q", "--bare", str(work), str(origin))
    git(origin, "fetch", "-q", str(work), "refs/pull/*:refs/pull/*")
    return Pull(origin, base, head, merge)


def checkout(pull: Pull, tmp: Path, sha: str | None = None, depth: int | None = 1) -> Path:
    """As actions/checkout does it: fetch the one commit (the merge ref by default)."""
    sha = sha or pull.merge
    workspace = tmp / "workspace"
    if depth is None:
        git(tmp, "clone", "-q", pull.origin.as_uri(), str(workspace))
        git(workspace, "fetch", "-q", "origin", "+refs/pull/*:refs/remotes/pull/*")
    else:
        workspace.mkdir()
        git(workspace, "init", "-q")
        git(workspace, "remote", "add", "origin", pull.origin.as_uri())
        git(workspace, "fetch", "-q", "--no-tags", f"--depth={depth}", "origin", sha)
    git(workspace, "checkout", "-q", "--detach", sha)
    return workspace


@dataclass
class Run:
    code: int
    out: str
    err: str
    outputs: dict[str, str]
    summary: str

    def annotations(self) -> list[tuple[str, str, int, str]]:
        """(level, file, line, rule) of each annotation."""
        found = re.findall(r"^::(\w+) file=([^,]+),line=(\d+),col=\d+,title=([\w-]+)::",
                           self.out, re.MULTILINE)
        return [(level, file, int(line), rule) for level, file, line, rule in found]


def run_action(workspace: Path, tmp: Path, pull: Pull | None,
               event_name: str = "pull_request", **inputs: str) -> Run:
    temp = tmp / "runner-temp"
    temp.mkdir(exist_ok=True)
    event = tmp / "event.json"
    payload = {"schedule": "0 6 * * 1"} if pull is None else {"number": 1, "pull_request": {
        "number": 1, "base": {"ref": "main", "sha": pull.base},
        "head": {"ref": "pr", "sha": pull.head}}}
    event.write_text(json.dumps(payload))
    output, summary = tmp / "output", tmp / "summary.md"
    env = {**_git_env(), "GITHUB_ACTIONS": "true", "CI": "true", "GIT_TERMINAL_PROMPT": "0",
           "GITHUB_EVENT_NAME": event_name, "GITHUB_EVENT_PATH": str(event),
           "GITHUB_OUTPUT": str(output), "GITHUB_STEP_SUMMARY": str(summary),
           "RUNNER_TEMP": str(temp), "GITHUB_WORKSPACE": str(workspace),
           "GITHUB_REPOSITORY": "owner/list", "GITHUB_SERVER_URL": "https://github.com",
           "GITHUB_API_URL": DEAD, "GITHUB_GRAPHQL_URL": f"{DEAD}/graphql",
           "PYTHONPATH": str(ROOT / "src"),
           **{f"INPUT_{name.upper()}": value for name, value in inputs.items()}}
    done = subprocess.run([sys.executable, "-m", "awesome_lint.action"], cwd=workspace,
                          capture_output=True, text=True, env=env, timeout=120)
    outputs = dict(line.split("=", 1) for line in
                   (output.read_text().splitlines() if output.exists() else []))
    return Run(done.returncode, done.stdout, done.stderr, outputs,
               summary.read_text() if summary.exists() else "")


def pr_change(text: str) -> str:
    return unsorted(text) + TESTING


def test_a_pull_request_sees_the_problems_it_causes(tmp_path: Path) -> None:
    pull = pull_request(tmp_path, pr_change)
    workspace = checkout(pull, tmp_path)
    run = run_action(workspace, tmp_path, pull, links="off")
    yak = pr_change(BASE).splitlines().index(f"- [Yak]({DEAD}/yak) - Misplaced.") + 1
    assert run.annotations() == [("error", "README.md", 6, "toc"),
                                 ("warning", "README.md", yak, "alphabetical-order")]
    assert run.code == 1, run.err
    assert run.outputs == {"problems": "2", "errors": "1", "broken-links": "0",
                           "report": str(tmp_path / "runner-temp" / "awesome-lint-report.md")}
    assert "2 problems (1 error, 1 warning) new in this pull request" in run.summary
    assert re.search(r"^\| \[`toc`\]\(\S+/rules/toc\.md\) \| 1 \| 0 \| 0 \|$", run.summary,
                     re.MULTILINE)
    assert re.search(rf"^\| \[README\.md:{yak}\]\(https://github\.com/owner/list/blob/"
                     rf"{pull.merge}/README\.md#L{yak}\) \| warning \| alphabetical-order \|",
                     run.summary, re.MULTILINE)
    assert "missing-link" not in run.out + run.summary  # old debt stays out of the way
    assert Path(run.outputs["report"]).read_text() == run.summary


def test_fail_on_decides_the_exit_code(tmp_path: Path) -> None:
    pull = pull_request(tmp_path, unsorted)
    workspace = checkout(pull, tmp_path)
    assert run_action(workspace, tmp_path, pull, links="off").code == 0
    assert run_action(workspace, tmp_path, pull, links="off", fail_on="warning").code == 1
    (tmp_path / "output").unlink()
    run = run_action(workspace, tmp_path, pull, links="off", fail_on="never",
                     args="--select alphabetical-order --select toc")
    assert run.code == 0 and run.outputs["problems"] == "1"


def test_the_base_branch_moving_on_is_not_the_pull_requests_change(tmp_path: Path) -> None:
    """Main fixes its old debt after the pull request branched; a checkout of the pull
    request's head still has the debt, which is not the pull request's doing."""
    pull = pull_request(tmp_path, pr_change, base_moves=lambda text: text.replace(
        "- Old debt - Listed without a link.", f"- [Old debt]({DEAD}/old) - Fixed on main."))
    workspace = checkout(pull, tmp_path, sha=pull.head)
    run = run_action(workspace, tmp_path, pull, links="off")
    assert [a[3] for a in run.annotations()] == ["toc", "alphabetical-order"], run.out


def test_a_full_clone_stays_full(tmp_path: Path) -> None:
    pull = pull_request(tmp_path, pr_change, base_moves=lambda text: text.replace(
        "- [Vim]", "- [Nano](http://127.0.0.1:9/nano) - An editor.\n- [Vim]"))
    workspace = checkout(pull, tmp_path, depth=None)
    run = run_action(workspace, tmp_path, pull, links="off")
    assert [a[3] for a in run.annotations()] == ["toc", "alphabetical-order"], run.err
    assert git(workspace, "rev-parse", "--is-shallow-repository") == "false"


def test_a_glob_in_files(tmp_path: Path) -> None:
    other = f"# Other\n\n- [Alpha]({DEAD}/a) - One.\n- Nameless - No link here.\n"
    pull = pull_request(tmp_path, lambda text: text, extra={"OTHER.md": other})
    workspace = checkout(pull, tmp_path)
    run = run_action(workspace, tmp_path, pull, links="off", files="*.md")
    assert run.annotations() == [("error", "OTHER.md", 4, "missing-link")]
    run = run_action(workspace, tmp_path, pull, links="off", files="docs/*.md")
    assert run.code == 2 and run.out.startswith("::error title=awesome-lint::input files:")


def test_links_on_changed_lines_are_checked(tmp_path: Path) -> None:
    def answer(request: Request) -> tuple[int, None]:
        return (404 if "missing" in request.path else 200), None

    with serve(answer) as site:
        pull = pull_request(tmp_path, lambda text: unsorted(
            text, f"{site.base}/missing") + f"- [Zulu]({site.base}/zulu) - Fine.\n")
        workspace = checkout(pull, tmp_path)
        run = run_action(workspace, tmp_path, pull, args="--allow-private --no-wayback")
        checked = {request.path for request in site.requests}
    assert checked == {"/missing", "/zulu"}  # the links of unchanged lines were not asked
    line = unsorted(BASE, f"{site.base}/missing").splitlines().index(
        f"- [Yak]({site.base}/missing) - Misplaced.") + 1
    assert ("error", "README.md", line, "broken-link") in run.annotations(), run.out + run.err
    assert run.outputs["broken-links"] == "1"
    assert "### Link health report" in run.summary and f"{site.base}/missing" in run.summary
    assert (tmp_path / "runner-temp" / "awesome-lint-cache.json").exists()


def test_pull_request_target_checks_no_link(tmp_path: Path) -> None:
    pull = pull_request(tmp_path, pr_change)
    workspace = checkout(pull, tmp_path)
    run = run_action(workspace, tmp_path, pull, event_name="pull_request_target")
    assert run.out.startswith("::warning title=awesome-lint::links are not checked")
    assert "Link report" not in run.summary
    assert [a[3] for a in run.annotations()] == ["toc", "alphabetical-order"]


def test_a_scheduled_run_lints_everything(tmp_path: Path) -> None:
    pull = pull_request(tmp_path, lambda text: text)
    workspace = checkout(pull, tmp_path, sha=pull.base)
    run = run_action(workspace, tmp_path, None, event_name="schedule", links="off")
    assert sorted(a[3] for a in run.annotations()) == ["alphabetical-order", "missing-link"]
    assert "2 problems (1 error, 1 warning) found" in run.summary


@pytest.mark.parametrize(("inputs", "message"), [
    ({"links": "sometimes"}, "input links: 'sometimes' is not 'changed' or 'all' or 'off'"),
    ({"fail_on": "info"}, "input fail-on: 'info' is not"),
    ({"args": "--ignore 'toc"}, "input args:"),
    ({"args": "--select broken-link", "links": "off"}, None),
])
def test_bad_inputs_are_one_line(tmp_path: Path, inputs: dict[str, str],
                                 message: str | None) -> None:
    pull = pull_request(tmp_path, pr_change)
    workspace = checkout(pull, tmp_path)
    run = run_action(workspace, tmp_path, pull, **inputs)
    assert run.code == 2
    if message:
        assert run.out.startswith(f"::error title=awesome-lint::{message}")
    else:
        assert "needs --links" in run.err

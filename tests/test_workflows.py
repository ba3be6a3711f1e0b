"""What users copy: the action's contract, the hooks, and the audit workflow's issue filing,
run with the runner's ``gh`` against a loopback fake of the GitHub REST API."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from helpers import ROOT
from loopback import Request, serve

WORKFLOWS = ROOT / "examples" / "workflows"
INPUTS = ["files", "links", "fail-on", "config", "cache", "report", "args", "version"]
OUTPUTS = ["problems", "errors", "broken-links", "report"]
HOOKS = ["awesome-lint", "awesome-lint-changed", "awesome-lint-links"]


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_the_action_s_inputs_and_outputs() -> None:
    action = load(ROOT / "action.yml")
    assert list(action["inputs"]) == INPUTS
    assert list(action["outputs"]) == OUTPUTS
    steps = action["runs"]["steps"]
    lint = next(step for step in steps if step.get("id") == "lint")
    handed = {name.removeprefix("INPUT_").lower().replace("_", "-")
              for name in lint["env"] if name.startswith("INPUT_")}
    assert handed == set(INPUTS) - {"version"}  # version is the install step's
    for step in steps:  # values reach scripts through the environment, never the script text
        assert "${{" not in step.get("run", "")
    for step in (s for s in steps if "uses" in s):
        assert re.fullmatch(r"[\w-]+/[\w-]+@[0-9a-f]{40}", step["uses"])


def test_example_workflows_pin_and_restrict() -> None:
    for path in WORKFLOWS.glob("*.yml"):
        workflow = load(path)
        assert workflow["permissions"] == {}, path.name
        for job in workflow["jobs"].values():
            assert "permissions" in job
            for step in job["steps"]:
                assert "${{" not in step.get("run", "")
                uses = step.get("uses")
                if uses is None:
                    continue
                assert uses == "./" or re.fullmatch(r"[\w-]+/[\w-]+@[0-9a-f]{40}", uses)
                if uses.startswith("actions/checkout@"):
                    assert step["with"]["persist-credentials"] is False


def test_every_hook_is_documented() -> None:
    hooks = load(ROOT / ".pre-commit-hooks.yaml")
    assert [hook["id"] for hook in hooks] == HOOKS
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for hook in HOOKS:
        assert f"| `{hook}` |" in readme
    pattern = re.compile(hooks[0]["files"])
    for name in ("README.md", "readme.md", "docs/Readme.markdown", "README.MD"):
        assert pattern.search(name), name
    for name in ("CONTRIBUTING.md", "README.txt", "READMEmd"):
        assert not pattern.search(name), name


def test_the_readme_shows_the_workflows() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for path in WORKFLOWS.glob("*.yml"):
        assert path.read_text(encoding="utf-8") in readme, path.name


# The audit's issue, against a fake of the endpoints its script calls.

LABEL = "link-audit"


class FakeGitHub:
    """Issues of one repository, as the REST API lists, creates and edits them."""

    def __init__(self, issues: list[dict[str, Any]]) -> None:
        self.issues = issues

    def answer(self, request: Request) -> tuple[int, Any]:
        path, _, query = request.path.partition("?")
        if request.method == "GET" and path == "/repos/owner/list/issues":
            assert f"labels={LABEL}" in query and "state=open" in query
            return 200, [i for i in self.issues
                         if i["state"] == "open" and LABEL in i["labels"]]
        if request.method == "POST" and path == "/repos/owner/list/issues":
            issue = {"number": 100 + len(self.issues), "state": "open", **request.body}
            self.issues.append(issue)
            return 201, issue
        found = re.fullmatch(r"/repos/owner/list/issues/(\d+)", path)
        if request.method == "PATCH" and found:
            issue = next(i for i in self.issues if i["number"] == int(found[1]))
            issue.update(request.body)
            return 200, issue
        return 404, {"message": "Not Found"}


def file_issue(tmp_path: Path, issues: list[dict[str, Any]], problems: int
               ) -> tuple[FakeGitHub, list[Request]]:
    if shutil.which("gh") is None:
        pytest.skip("the gh command is not installed (.ci/run installs it)")
    workflow = load(WORKFLOWS / "link-audit.yml")
    step = next(s for s in workflow["jobs"]["audit"]["steps"]
                if s.get("name") == "File the report as an issue")
    report = tmp_path / "report.md"
    report.write_text("## awesome-lint\n\n| a | b |\n| --- | --- |\n| `x` | 'y' |\n")
    fake = FakeGitHub(issues)
    with serve(fake.answer) as api:
        env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path),
               "GH_CONFIG_DIR": str(tmp_path / "gh"), "GH_NO_UPDATE_NOTIFIER": "1",
               "GH_PROMPT_DISABLED": "1", "GH_TOKEN": "token", "LABEL": step["env"]["LABEL"],
               "PROBLEMS": str(problems), "REPORT": str(report),
               "GITHUB_API_URL": api.base, "GITHUB_REPOSITORY": "owner/list",
               "GITHUB_SERVER_URL": "https://github.com", "GITHUB_RUN_ID": "7",
               "RUNNER_TEMP": str(tmp_path)}
        done = subprocess.run(["bash", "-c", step["run"]], env=env, capture_output=True,
                              text=True, timeout=60)
        assert done.returncode == 0, done.stderr
    return fake, [r for r in api.requests if r.method != "GET"]


def test_the_audit_opens_an_issue(tmp_path: Path) -> None:
    fake, writes = file_issue(tmp_path, [], problems=3)
    assert [(w.method, w.path) for w in writes] == [("POST", "/repos/owner/list/issues")]
    [issue] = fake.issues
    assert issue["title"] == "Link audit: 3 problems" and issue["labels"] == [LABEL]
    assert issue["body"].startswith("## awesome-lint\n\n| a | b |")
    assert "https://github.com/owner/list/actions/runs/7" in issue["body"]


def test_the_audit_updates_its_issue(tmp_path: Path) -> None:
    issues = [{"number": 5, "state": "open", "labels": [LABEL], "pull_request": {}},
              {"number": 6, "state": "closed", "labels": [LABEL]},
              {"number": 7, "state": "open", "labels": [LABEL], "title": "old", "body": "old"}]
    fake, writes = file_issue(tmp_path, issues, problems=1)
    assert [(w.method, w.path) for w in writes] == [("PATCH", "/repos/owner/list/issues/7")]
    assert fake.issues[2]["title"] == "Link audit: 1 problem"
    assert fake.issues[2]["body"].startswith("## awesome-lint")


def test_the_audit_closes_its_issue_when_all_is_well(tmp_path: Path) -> None:
    issues = [{"number": 7, "state": "open", "labels": [LABEL], "title": "t", "body": "b"}]
    fake, writes = file_issue(tmp_path, issues, problems=0)
    assert [(w.method, w.path) for w in writes] == [("PATCH", "/repos/owner/list/issues/7")]
    assert fake.issues[0]["state"] == "closed"
    _, writes = file_issue(tmp_path, [], problems=0)
    assert writes == []

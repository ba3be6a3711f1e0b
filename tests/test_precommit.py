"""Each hook as a contributor meets it: ``pre-commit try-repo`` against this checkout, on a
throwaway repository with staged changes.

pre-commit installs the hooks into a virtual environment of their own, with pip. The test
never reaches the network: pip reads the wheels in ``AWESOME_LINT_WHEELHOUSE`` (``.ci/run``
builds it) and nothing else, and the test is skipped without them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from helpers import ROOT
from loopback import HEADERS, Request, serve
from test_action import git

WHEELHOUSE = os.environ.get("AWESOME_LINT_WHEELHOUSE", "")
LIST = ("# Tools\n\n"
        + "".join(f"- [{name}](https://{name.lower()}.example) - A tool.\n"
                  for name in ("Alpha", "Beta", "Delta", "Epsilon", "Gamma", "Iota", "Kappa",
                               "Lambda", "Mu", "Nu")))  # lines 3 to 12


@pytest.fixture(scope="module")
def hooks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, str]]]:
    """This checkout's files as one commit, and the environment pre-commit runs in."""
    if not WHEELHOUSE or not Path(WHEELHOUSE).is_dir():
        pytest.skip("no wheels to install the hooks from without the network: set "
                    "AWESOME_LINT_WHEELHOUSE (.ci/run builds one)")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    pytest.importorskip("pre_commit", reason="pre-commit is not installed")
    base = tmp_path_factory.mktemp("pre-commit")
    repo = base / "awesome-lint"
    listed = git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    for name in filter(None, listed.split("\0")):
        if (ROOT / name).is_file():
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, repo / name)
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "hooks")
    env = {"PATH": os.environ["PATH"], "HOME": str(base), "LANG": "C.UTF-8",
           "PRE_COMMIT_HOME": str(base / "cache"), "PIP_NO_INDEX": "1",
           "PIP_FIND_LINKS": WHEELHOUSE, "PIP_DISABLE_PIP_VERSION_CHECK": "1",
           "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull,
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid"}
    yield repo, env


def project(tmp_path: Path, files: dict[str, str]) -> Path:
    """A contributor's repository with ``files`` committed."""
    work = tmp_path / "list"
    work.mkdir()
    git(work, "init", "-q", "-b", "main")
    stage(work, files)
    git(work, "commit", "-qm", "list")
    return work


def stage(work: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (work / name).parent.mkdir(parents=True, exist_ok=True)
        (work / name).write_text(text)
        git(work, "add", name)


def try_repo(hooks: tuple[Path, dict[str, str]], work: Path, hook: str, *options: str,
             **env: str) -> tuple[int, str]:
    repo, base_env = hooks
    done = subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(repo), hook,
                           *options], cwd=work, env={**base_env, **env}, capture_output=True,
                          text=True, timeout=300)
    out = done.stdout + done.stderr
    if "CalledProcessError" in out and "pip" in out:
        pytest.skip(f"pre-commit cannot install the hook: {out.strip().splitlines()[-1]}")
    return done.returncode, out


def unsorted(text: str) -> str:
    return text.replace("- [Beta]", "- [Zed](https://zed.example) - A tool.\n- [Beta]")


def test_awesome_lint_shows_warnings_when_it_passes(hooks: tuple[Path, dict[str, str]],
                                                    tmp_path: Path) -> None:
    work = project(tmp_path, {"other.txt": "x\n"})
    stage(work, {"readme.md": unsorted(LIST), "docs/README.markdown": unsorted(LIST),
                 "CONTRIBUTING.md": LIST + "- Omicron - no link.\n"})
    code, out = try_repo(hooks, work, "awesome-lint")
    assert code == 0, out
    assert "readme.md:4:3: warning alphabetical-order" in out
    assert "docs/README.markdown:4:3: warning alphabetical-order" in out
    assert "CONTRIBUTING.md" not in out


def test_awesome_lint_changed_leaves_old_debt_alone(hooks: tuple[Path, dict[str, str]],
                                                    tmp_path: Path) -> None:
    debt = LIST + "- Old - no link.\n"  # an error on line 13
    work = project(tmp_path, {"README.md": debt})
    stage(work, {"README.md": unsorted(debt)})
    code, out = try_repo(hooks, work, "awesome-lint-changed")
    assert code == 0, out  # the old error does not block the commit
    assert "README.md:4:3: warning alphabetical-order" in out  # the new warning is shown
    assert "missing-link" not in out


def test_awesome_lint_links_checks_the_changed_links(hooks: tuple[Path, dict[str, str]],
                                                     tmp_path: Path) -> None:
    """Moved links, not dead ones: a dead link would be looked up on the Wayback Machine."""
    def answer(request: Request) -> tuple[int, Any]:
        if request.path.endswith("-moved"):
            return 301, {HEADERS: {"Location": "/ok"}}
        return 200, None

    with serve(answer) as site:
        old = LIST + f"- [Zulu]({site.base}/old-moved) - A tool.\n"
        work = project(tmp_path, {"README.md": old})
        stage(work, {"README.md": old.replace(
            "- [Zulu]", f"- [Omega]({site.base}/new-moved) - A tool.\n- [Zulu]")})
        code, out = try_repo(hooks, work, "awesome-lint-links", "--hook-stage", "manual",
                             AWESOME_LINT_ALLOW_PRIVATE="1", GITHUB_API_URL=site.base)
        asked = {request.path for request in site.requests}
    assert code == 0, out
    assert f"README.md:13:11: warning redirect permanently redirected (301) to {site.base}/ok" \
        in out
    assert "/old-moved" not in asked and "/new-moved" in asked

"""--changed-since: only lines added or changed since a git revision are reported."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from awesome_lint.changes import changed_lines
from awesome_lint.cli import main

BASE = "# Tools\n\n" + "".join(f"- [T{i}](https://t{i}.org) - Tool.\n" for i in range(8)) + \
    "- Old debt - no link.\n"


def git(folder: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "config", "user.email", "t@example.invalid")
    git(tmp_path, "config", "user.name", "t")
    (tmp_path / "README.md").write_text(BASE)
    git(tmp_path, "add", "README.md")
    git(tmp_path, "commit", "-qm", "base")
    return tmp_path


def test_changed_lines_of_a_diff(repo: Path) -> None:
    lines = BASE.splitlines()
    lines[3] = "- [T1](https://t1.org) - Tool, changed."
    lines.insert(6, "- New one - no link either.")
    (repo / "README.md").write_text("\n".join(lines) + "\n")
    assert changed_lines(repo / "README.md", "HEAD") == {4, 7}


def test_untracked_file_is_all_new(repo: Path) -> None:
    (repo / "NEW.md").write_text("# x\n")
    assert changed_lines(repo / "NEW.md", "HEAD") is None


def test_cli_reports_only_changed_lines(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "README.md").write_text(BASE + "- Added - without a link.\n")
    assert main(["--select", "missing-link"]) == 1
    every = capsys.readouterr().out
    assert main(["--select", "missing-link", "--changed-since", "HEAD"]) == 1
    changed = capsys.readouterr().out
    assert every.count("missing-link") == 2
    assert changed.splitlines() == ["README.md:12:3: error missing-link 'Added' has no link"]


def test_unknown_revision_is_one_line(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--changed-since", "no-such-ref"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("awesome-lint: error: --changed-since no-such-ref:")
    assert err.count("\n") == 1


def test_outside_a_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    (tmp_path / "README.md").write_text(BASE)
    assert main(["--changed-since", "HEAD"]) == 2
    assert "--changed-since HEAD:" in capsys.readouterr().err

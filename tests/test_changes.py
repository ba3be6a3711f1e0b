"""--changed-since: the problems new since a git revision are reported, matched by rule and
content, not by line."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from awesome_lint import cli
from awesome_lint.baseline import new_problems
from awesome_lint.changes import changed_lines
from awesome_lint.cli import main
from awesome_lint.parser import parse
from awesome_lint.problem import Problem

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


def report(*argv: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    main([*argv, "--changed-since", "HEAD"])
    return capsys.readouterr().out.splitlines()


def test_a_section_missing_from_the_contents_is_new(repo: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    listed = "# List\n\n## Contents\n\n- [Tools](#tools)\n\n## Tools\n\n" + BASE[9:]
    (repo / "README.md").write_text(listed)
    git(repo, "commit", "-qam", "contents")
    (repo / "README.md").write_text(listed + "\n## Testing\n\n- [P](https://p.org) - Tests.\n")
    assert report("--select", "toc", capsys=capsys) == [
        "README.md:5:3: error toc table of contents misses 'Testing' (line 19); "
        "list it after 'Tools'"]


def test_a_problem_that_moved_is_not_new(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "README.md").write_text(BASE.replace("# Tools\n", "# Tools\n\nIntro.\n"))
    assert report(capsys=capsys) == []


def test_the_same_problem_again_is_new(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "README.md").write_text(BASE + "- Old debt - no link.\n")
    assert [line.split()[:3] for line in report(
            "--select", "duplicate-entry,missing-link", capsys=capsys)] == [
        ["README.md:12:3:", "error", "duplicate-entry"],
        ["README.md:12:3:", "error", "missing-link"]]


def test_a_file_that_was_not_there_is_all_new(repo: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "NEW.md").write_text(BASE)
    git(repo, "add", "NEW.md")
    assert report("NEW.md", "--select", "missing-link", capsys=capsys) == [
        "NEW.md:11:3: error missing-link 'Old debt' has no link"]


def test_an_unchanged_file_is_not_linted(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    calls = []

    def counted(*args: object, **kwargs: object) -> list[Problem]:
        calls.append(args)
        return []

    monkeypatch.setattr(cli, "lint", counted)
    assert report(capsys=capsys) == [] and calls == []
    (repo / "README.md").write_text(BASE + "- New - no link.\n")
    report(capsys=capsys)
    assert len(calls) == 2  # the file as it is and as it was


def test_commits_the_base_gained_are_not_the_change(repo: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    git(repo, "checkout", "-qb", "topic")
    (repo / "README.md").write_text(BASE + "- Added - no link.\n")
    git(repo, "commit", "-qam", "topic")
    git(repo, "checkout", "-q", "main")
    (repo / "README.md").write_text(BASE.replace("- Old debt -", "- [Old debt](https://o.org) -"))
    git(repo, "commit", "-qam", "main pays its debt")
    git(repo, "checkout", "-q", "topic")
    main(["--select", "missing-link", "--changed-since", "main"])
    assert capsys.readouterr().out == "README.md:12:3: error missing-link 'Added' has no link\n"


def test_like_problems_the_changed_line_s_is_new() -> None:
    old_text = "# T\n\n- A - x.\n- B - y.\n"
    new_text = "# T\n\n- A - x.\n- B - y.\n- A - z.\n"
    old, new = parse(old_text, "a.md"), parse(new_text, "a.md")
    found = [Problem(line, 3, "'A' has no link", rule="missing-link") for line in (3, 5)]
    assert new_problems(found, new, found[:1], old, changed={5}) == found[1:]
    assert new_problems(found, new, found[:1], old, changed={3}) == found[:1]
    moved = parse("# T\n\nIntro.\n\n" + new_text[5:], "a.md")
    twice = [Problem(5, 3, "'A' also listed at line 3", rule="duplicate-entry")]
    assert new_problems([Problem(7, 3, "'A' also listed at line 5", rule="duplicate-entry")],
                        moved, twice, new, changed={3, 4}) == []


def test_before_the_first_commit_all_is_new(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    git(tmp_path, "init", "-q")
    (tmp_path / "README.md").write_text(BASE)
    git(tmp_path, "add", "README.md")
    assert report("--select", "missing-link", capsys=capsys) == [
        "README.md:11:3: error missing-link 'Old debt' has no link"]

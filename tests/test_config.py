"""Configuration: every bad value is one line and exit 2; excludes are read from the config's
folder; with --changed-since the configuration is the base revision's."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from helpers import run

LIST = "# Tools\n\n- [A](https://a.org) - One.\n- [B](https://b.org) - Two.\n- C - Three.\n"
DEEP = "x = " + "[" * 3_000 + "]" * 3_000 + "\n"


@pytest.fixture
def workdir(workdir: Path) -> Path:
    (workdir / "README.md").write_text(LIST)
    return workdir


@pytest.mark.parametrize(("config", "expected"), [
    ("name-columns = [1, 2]\n", "'name-columns'[0]: expected str, got int"),
    ("description-columns = [true]\n", "'description-columns'[0]"),
    ("exclude = [1]\n", "'exclude'[0]"),
    ("select = [[]]\n", "'select'[0]"),
    ('exclude = "docs"\n', "'exclude': expected list"),
    ("[rules.duplicate-entry]\nby = [[1]]\n", "rules.duplicate-entry.by[0]"),
    ("[rules.toc]\nlevels = ['2']\n", "rules.toc.levels[0]: expected int"),
    ("[rules.list-item-style]\nallow-lowercase = [1]\n", "allow-lowercase[0]"),
    ("[rules.list-item-style]\nperiod = []\n", "is not one of"),
    ('[rules.list-item-style]\nseparator = "a\\nb"\n', "expected a single line"),
    ('name-columns = ["a\\rb"]\n', "expected a single line"),
    ('"un\\nknown" = 1\n', "unknown key 'un\\nknown'"),
    ('[rules]\n"no\\nrule" = false\n', "unknown rule 'no\\nrule'"),
    ("[rules.license]\ntag-position = 1.5\n", "expected int"),
    (DEEP, "nested too deeply"),
])
def test_bad_values_are_one_line_and_exit_2(workdir: Path, capsys: pytest.CaptureFixture[str],
                                            config: str, expected: str) -> None:
    (workdir / ".awesome-lint.toml").write_text(config)
    code, out, err = run(capsys)
    assert (code, out) == (2, "")
    assert expected in err and err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize(("pyproject", "expected"), [
    ('tool = "awesome-lint"\n', "'tool': expected dict, got str"),
    ("[tool]\nawesome-lint = 5\n", "'tool.awesome-lint': expected dict, got int"),
    ("[tool.awesome-lint]\n" + DEEP, "nested too deeply"),
])
def test_a_pyproject_that_is_not_a_table_where_one_belongs(
        workdir: Path, capsys: pytest.CaptureFixture[str], pyproject: str, expected: str) -> None:
    (workdir / "pyproject.toml").write_text(pyproject)
    code, out, err = run(capsys)
    assert (code, out) == (2, "")
    assert expected in err and err.count("\n") == 1


def test_good_values_of_every_type_pass(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / ".awesome-lint.toml").write_text(
        'name-columns = ["Tool"]\nexclude = []\n[rules.toc]\nlevels = [2, 3]\n'
        '[rules.duplicate-entry]\nby = ["url"]\n[rules.list-item-style]\nperiod = "never"\n')
    assert run(capsys, "--select", "missing-link")[:2] == (1, "README.md:5:3: error "
                                                           "missing-link 'C' has no link\n")


@pytest.mark.parametrize(("folder", "name"), [
    (".", "docs/x.md"), (".", "./docs/x.md"), ("docs", "x.md"), ("docs", "../docs/x.md")])
def test_exclude_patterns_are_relative_to_the_configs_folder(
        workdir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        folder: str, name: str) -> None:
    (workdir / ".awesome-lint.toml").write_text('exclude = ["docs/*.md"]\n')
    (workdir / "docs").mkdir()
    (workdir / "docs" / "x.md").write_text(LIST)
    monkeypatch.chdir(workdir / folder)
    assert run(capsys, name)[:2] == (0, "")
    assert run(capsys, name.replace("docs/x.md", "README.md") if folder == "."
               else "../README.md")[0] == 1


def git(folder: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True)


@pytest.fixture
def repo(workdir: Path) -> Path:
    git(workdir, "init", "-q", "-b", "main")
    git(workdir, "config", "user.email", "t@example.invalid")
    git(workdir, "config", "user.name", "t")
    (workdir / ".awesome-lint.toml").write_text('[rules]\nmissing-link = "warning"\n')
    git(workdir, "add", ".")
    git(workdir, "commit", "-qm", "base")
    return workdir


def test_a_pull_request_cannot_switch_the_guard_off(
        repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "README.md").write_text(LIST + "- D - Four, new.\n")
    (repo / ".awesome-lint.toml").write_text('[rules]\nmissing-link = "off"\n')
    (repo / "pyproject.toml").write_text('[tool.awesome-lint]\nignore = ["missing-link"]\n')
    code, out, _ = run(capsys, "--changed-since", "HEAD")
    assert code == 0
    assert out == "README.md:6:3: warning missing-link 'D' has no link\n"
    assert run(capsys)[:2] == (0, "")  # the working tree's own configuration, without a ref


def test_a_config_the_base_did_not_have_is_not_read(
        repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    git(repo, "rm", "-q", ".awesome-lint.toml")
    git(repo, "commit", "-qm", "no config")
    (repo / "README.md").write_text(LIST + "- D - Four, new.\n")
    (repo / ".awesome-lint.toml").write_text('ignore = ["missing-link"]\n')
    code, out, _ = run(capsys, "--changed-since", "HEAD", "--config", ".awesome-lint.toml")
    assert code == 1 and "error missing-link 'D' has no link" in out


def test_a_broken_config_at_the_base_is_one_line(
        repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / ".awesome-lint.toml").write_text("exclude = [1]\n")
    git(repo, "commit", "-qam", "broken")
    (repo / ".awesome-lint.toml").write_text("")
    code, _, err = run(capsys, "--changed-since", "HEAD")
    assert code == 2 and "'exclude'[0]" in err and err.count("\n") == 1

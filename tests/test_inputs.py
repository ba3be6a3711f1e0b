"""What the text of a file is, and how --fix writes it back: line endings, byte-order marks,
atomic replacement that never loses an edit made meanwhile."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from awesome_lint import cli
from awesome_lint.inputs import split_lines
from awesome_lint.parser import parse
from helpers import run

ROW = "| [DVC](https://dvc.org) | Data versioning. | |"  # one cell too many: fixable
TABLE = ["# Tools", "", "| Name | Description |", "| --- | --- |", ROW]


@pytest.mark.parametrize("text", ["a\nb\r\nc\rd", "a\nb\r\nc\rd\n", "\r\r\n\n\r", "", "x"])
def test_each_line_break_ends_a_line_and_splitting_loses_nothing(text: str) -> None:
    lines, endings = split_lines(text)
    assert "".join(line + ending for line, ending in zip(lines, endings, strict=True)) == text
    assert all(ending in ("\n", "\r\n", "\r") for ending in endings[:-1]) and endings[-1] == ""
    assert parse(text).lines == tuple(lines)


def test_a_file_of_lone_carriage_returns_is_read_line_by_line(
        workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [*TABLE, "", "- [A](https://a.org) - One.", "- B - Two.", ""]
    (workdir / "README.md").write_bytes("\r".join(lines).encode())
    code, out, _ = run(capsys, "--select", "table-columns,missing-link")
    assert code == 1
    assert [line.split(":")[1:3] for line in out.splitlines()] == [["5", "46"], ["8", "3"]]


@pytest.mark.parametrize("bom", ["", "\ufeff"])
@pytest.mark.parametrize("final", ["", "\n", "\r\n", "\r"])
def test_fix_keeps_every_line_ending_the_mark_and_the_last_line(
        workdir: Path, capsys: pytest.CaptureFixture[str], bom: str, final: str) -> None:
    endings = ["\r\n", "\r", "\n", "\r\n"]
    original = bom + "".join(line + ending for line, ending in zip(TABLE, endings, strict=False))
    original += ROW + final
    (workdir / "README.md").write_bytes(original.encode())
    code, out, _ = run(capsys, "--fix", "--select", "table-columns")
    assert (code, out) == (0, "")
    fixed = original.replace("Data versioning. | |", "Data versioning. |")
    assert (workdir / "README.md").read_bytes() == fixed.encode()


def test_of_two_byte_order_marks_one_is_text_and_a_fix_on_line_1_lands_in_place(
        workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    original = "\ufeff\ufeffSee [Tools](#tols).\n\n# Tools\n"
    (workdir / "README.md").write_bytes(original.encode())
    assert run(capsys, "--select", "broken-anchor")[1].startswith("README.md:1:14: ")
    assert run(capsys, "--fix", "--select", "broken-anchor")[0] == 0
    assert (workdir / "README.md").read_bytes() == original.replace("#tols", "#tools").encode()


def test_fix_refuses_a_file_changed_since_it_was_read(
        workdir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    readme = workdir / "README.md"
    readme.write_text("\n".join(TABLE) + "\n")
    fix = cli.fixer.fix

    def edit_meanwhile(*args: Any, **kwargs: Any) -> cli.fixer.Fixed:
        with readme.open("a") as stream:  # as a person would, during a slow --links run
            stream.write("- [Added](https://added.org) - Meanwhile.\n")
        return fix(*args, **kwargs)

    monkeypatch.setattr(cli.fixer, "fix", edit_meanwhile)
    code, out, err = run(capsys, "--fix", "--select", "table-columns")
    assert code == 2 and out == ""
    assert "changed since it was read" in err and err.count("\n") == 1
    assert readme.read_text().endswith(ROW + "\n- [Added](https://added.org) - Meanwhile.\n")
    assert [path.name for path in workdir.iterdir()] == ["README.md"]


def test_fix_through_a_symlink_keeps_the_link_and_the_mode(
        workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "docs").mkdir()
    target = workdir / "docs" / "list.md"
    target.write_text("\n".join(TABLE) + "\n")
    target.chmod(0o640)
    (workdir / "README.md").symlink_to(Path("docs") / "list.md")
    assert run(capsys, "--fix", "--select", "table-columns")[0] == 0
    assert (workdir / "README.md").is_symlink()
    assert os.readlink(workdir / "README.md") == str(Path("docs") / "list.md")
    assert target.read_text().endswith("| Data versioning. |\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(path.name for path in (workdir / "docs").iterdir()) == ["list.md"]


@pytest.mark.skipif(sys.platform == "win32", reason="file-size limits are POSIX")
def test_a_write_cut_short_leaves_the_file_whole(workdir: Path) -> None:
    readme = workdir / "README.md"
    readme.write_text("\n".join(TABLE[:4]) + "\n" + (ROW + "\n") * 4_000)
    before = readme.read_bytes()
    limit = f"resource.setrlimit(resource.RLIMIT_FSIZE, ({len(before) // 3}, {len(before) // 3}))"
    done = subprocess.run(
        [sys.executable, "-c", f"import resource, sys; {limit}; from awesome_lint.cli import "
         "main; sys.exit(main(['--fix', '--select', 'table-columns', 'README.md']))"],
        cwd=workdir, capture_output=True, text=True, check=False)
    assert done.returncode == 2 and "cannot write fixes" in done.stderr
    assert done.stderr.count("\n") == 1
    assert readme.read_bytes() == before
    assert [path.name for path in workdir.iterdir()] == ["README.md"]


def test_a_file_named_twice_is_linted_and_fixed_once(
        workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "README.md").write_text("\n".join(TABLE) + "\n")
    code, out, _ = run(capsys, "--select", "table-columns", "README.md", "./README.md")
    assert code == 1 and len(out.splitlines()) == 1
    assert run(capsys, "--fix", "--select", "table-columns", "README.md", "./README.md")[0] == 0
    assert (workdir / "README.md").read_text().endswith("| Data versioning. |\n")


@pytest.mark.parametrize("where", ["CONTRIBUTING.md", ".github/CONTRIBUTING.md"])
def test_the_contributing_guide_beside_the_list_is_read(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str) -> None:
    groups = [["Zed", "Alpha", "Moe", "Bob"], ["Kit", "Ann", "Lu", "Cy"],
              ["Ant", "Bee", "Eel", "Cat", "Dog"]]
    readme = tmp_path / "README.md"
    readme.write_text("".join(f"## S{n}\n\n" + "".join(
        f"- [{name}](https://x.dev/{n}{name}) - It.\n" for name in names) + "\n"
        for n, names in enumerate(groups)), encoding="utf-8")
    assert "alphabetical-order" not in run(capsys, str(readme), "--select",
                                            "alphabetical-order")[1]
    guide = tmp_path / where
    guide.parent.mkdir(exist_ok=True)
    guide.write_bytes(b"Keep entries in alphabetical order.\n\xff")
    out = run(capsys, str(readme), "--select", "alphabetical-order")[1]
    assert [line.split(":")[1] for line in out.splitlines() if "README" in line] == ["19"]

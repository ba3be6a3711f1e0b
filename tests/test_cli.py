"""The command line: exit codes, formats, bad input, config, inline switches, --fix."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from awesome_lint import reporters
from awesome_lint.cli import main
from awesome_lint.problem import Problem
from awesome_lint.registry import all_rules, page
from helpers import FIXTURES, ROOT, fixture, run

RAGGED = """# Tools

| Name | License | Description |
| --- | --- | --- |
| [DVC](https://dvc.org) | Apache-2.0 | Data versioning. | |
| LakeFS | Apache-2.0 | Object storage. |
"""


def test_text_output_is_exact(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "README.md").write_text(RAGGED)
    code, out, _ = run(capsys, "--select", "table-columns,missing-link")
    assert code == 1
    assert out == ("README.md:5:59: error table-columns row has 4 cells, the header has 3\n"
                   "README.md:6:3: error missing-link 'LakeFS' has no link\n")


def test_json_output_is_exact(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "list.md").write_text(RAGGED)
    code, out, _ = run(capsys, "--format", "json", "--select", "table-columns", "list.md")
    assert code == 1
    assert json.loads(out) == [{
        "path": "list.md", "line": 5, "column": 59, "rule": "table-columns",
        "severity": "error", "message": "row has 4 cells, the header has 3", "fixable": True}]


def test_github_annotations(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "README.md").write_text(RAGGED)
    _, out, _ = run(capsys, "--format", "github", "--select", "missing-link")
    assert out == "::error file=README.md,line=6,col=3,title=missing-link::'LakeFS' has no link\n"


def test_clean_file_exits_zero_and_warnings_do_not_fail(
        workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "README.md").write_text("# T\n\n| Name | Description |\n| --- | --- |\n"
                                       "| [A](https://a.org) | |\n")
    code, out, _ = run(capsys)
    assert code == 0
    assert "warning empty-cell" in out


@pytest.mark.parametrize(("content", "expected"), [
    (None, "no such file"),
    (b"", "file is empty"),
    (b"  \n\n", "file is empty"),
    (b"\x89PNG\r\n\x1a\n\0\0", "binary file"),
    (b"caf\xe9 list\n", "not UTF-8"),
])
def test_bad_input_is_one_line_and_exit_2(workdir: Path, capsys: pytest.CaptureFixture[str],
                                          content: bytes | None, expected: str) -> None:
    if content is not None:
        (workdir / "in.md").write_bytes(content)
    code, out, err = run(capsys, "in.md")
    assert code == 2
    assert out == ""
    assert expected in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_directory_is_an_input_error(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "docs").mkdir()
    code, _, err = run(capsys, "docs")
    assert code == 2 and "is a directory" in err


@pytest.mark.parametrize(("config", "expected"), [
    ('[tool.awesome-lint]\ncolour = "red"\n', "unknown key 'colour'"),
    ('[tool.awesome-lint.rules.empty-cell]\ncolumn = ["x"]\n', "unknown key 'column'"),
    ('[tool.awesome-lint.rules.empty-cell]\ncolumns = "x"\n', "expected list"),
    ('[tool.awesome-lint.rules]\nno-such-rule = false\n', "unknown rule 'no-such-rule'"),
    ('[tool.awesome-lint.rules]\nempty-cell = "loud"\n', "severity must be one of"),
    ('[tool.awesome-lint\n', "invalid TOML"),
])
def test_invalid_config_is_one_line_and_exit_2(
        workdir: Path, capsys: pytest.CaptureFixture[str], config: str, expected: str) -> None:
    (workdir / "README.md").write_text(RAGGED)
    (workdir / "pyproject.toml").write_text(config)
    code, out, err = run(capsys)
    assert code == 2 and out == ""
    assert expected in err and err.count("\n") == 1


def test_config_switches_rules_and_severity(workdir: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "README.md").write_text(RAGGED)
    (workdir / ".awesome-lint.toml").write_text(
        'select = ["table-columns", "missing-link"]\n'
        '[rules]\nmissing-link = "warning"\ntable-columns = false\n')
    code, out, _ = run(capsys)
    assert code == 0
    assert out == "README.md:6:3: warning missing-link 'LakeFS' has no link\n"


def test_ignore_and_select_on_the_command_line(workdir: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "README.md").write_text(RAGGED)
    _, out, _ = run(capsys, "--ignore", "table-columns,missing-link,empty-cell")
    assert "table-columns" not in out and "missing-link" not in out
    code, _, err = run(capsys, "--select", "nope")
    assert code == 2 and "unknown rule 'nope'" in err


def test_inline_directives(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "README.md").write_text(
        "# T\n\n- [A](https://a.org) - One.\n"
        "<!-- awesome-lint-disable-next-line missing-link -->\n"
        "- B - Two.\n- C - Three.\n"
        "<!-- awesome-lint-disable missing-link -->\n- D - Four.\n"
        "<!-- awesome-lint-enable missing-link -->\n- E - Five.\n"
        "- F - Six. <!-- awesome-lint-disable-line -->\n"
        + "".join(f"- [{n}](https://{n}.org) - More.\n" for n in "GHIJKL"))
    _, out, _ = run(capsys, "--select", "missing-link")
    assert [line.split(":")[1] for line in out.splitlines()] == ["6", "10"]


def test_remark_lint_switches_of_the_old_awesome_lint(
        workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "README.md").write_text(
        "# T\n\n## One\n\n- [A](https://a.org) - One.\n- [B](https://b.org) - Two.\n\n"
        "## Two\n\n- [C](https://c.org) - Three.\n<!--lint ignore double-link-->\n"
        "- [A](https://a.org) - Again.\n  - [Docs](https://a.org/docs) - Its docs.\n"
        "- [B](https://b.org) - Again.\n"
        "<!--lint disable double-link alphabetize-lists-->\n- [C](https://c.org) - Again.\n"
        "- [A](https://a.org) - Again.\n<!--lint enable double-link-->\n"
        "- [B](https://b.org) - Once more.\n"
        "<!--lint ignore awesome-spell-check-->\n- [A](https://a.org) - Also.\n")
    _, out, _ = run(capsys, "--select", "duplicate-entry", "--format", "text")
    assert [line.split(":")[1] for line in out.splitlines()] == ["14", "19", "21"]
    _, out, _ = run(capsys, "--select", "alphabetical-order", "--format", "text")
    assert out == ""


def test_list_rules_and_explain(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--list-rules")
    assert code == 0
    assert re.search(r"^table-columns +error +\S", out, re.MULTILINE)
    code, out, _ = run(capsys, "--explain", "table-columns")
    assert code == 0 and out.startswith("# table-columns\n") and "## Bad" in out
    code, _, err = run(capsys, "--explain", "nope")
    assert code == 2 and "unknown rule" in err


def test_fix_touches_only_what_it_fixes(workdir: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    original = "\ufeff" + RAGGED.replace("\n", "\r\n")
    (workdir / "README.md").write_bytes(original.encode())
    code, out, _ = run(capsys, "--fix", "--select", "table-columns")
    assert code == 0 and out == ""
    fixed = (workdir / "README.md").read_bytes().decode()
    assert fixed == original.replace("Data versioning. | |", "Data versioning. |")
    assert run(capsys, "--select", "table-columns") == (0, "", "")


def test_fix_says_what_it_fixed_per_file(workdir: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "README.md").write_text(RAGGED + "| [Dolt](https://dolthub.com) | MIT |\n")
    (workdir / "OTHER.md").write_text(RAGGED.replace("LakeFS", "[LakeFS](https://lakefs.io)"))
    code, out, err = run(capsys, "--fix", "--select", "table-columns,missing-link",
                         "README.md", "OTHER.md")
    assert (code, err) == (1, "README.md: fixed 2 (table-columns 2); 1 left\n"
                              "OTHER.md: fixed 1 (table-columns 1); 0 left\n")
    assert out == "README.md:6:3: error missing-link 'LakeFS' has no link\n"
    assert run(capsys, "--fix", "--select", "table-columns", "OTHER.md") == (
        0, "", "OTHER.md: fixed 0; 0 left\n")


def test_diff_shows_what_fix_would_change_and_changes_nothing(
        workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "README.md").write_text(RAGGED)
    code, out, err = run(capsys, "--diff", "--select", "table-columns")
    assert (code, err) == (1, "")
    assert out == (
        "--- README.md\n+++ README.md\n@@ -2,5 +2,5 @@\n \n"
        " | Name | License | Description |\n | --- | --- | --- |\n"
        "-| [DVC](https://dvc.org) | Apache-2.0 | Data versioning. | |\n"
        "+| [DVC](https://dvc.org) | Apache-2.0 | Data versioning. |\n"
        " | LakeFS | Apache-2.0 | Object storage. |\n")
    assert (workdir / "README.md").read_text() == RAGGED
    run(capsys, "--fix", "--select", "table-columns")
    assert run(capsys, "--diff", "--select", "table-columns") == (0, "", "")


def test_fix_and_diff_do_not_go_together(workdir: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--fix", "--diff"])
    assert stopped.value.code == 2 and "not allowed with" in capsys.readouterr().err


def test_seed_draft_findings(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "README.md").write_text(fixture("seed-open-mlops-draft.md"))
    _, out, _ = run(capsys, "--format", "json")
    found = {(p["rule"], p["line"]) for p in json.loads(out)}
    assert {("missing-link", 37), ("missing-link", 38), ("missing-link", 39)} <= found
    assert ("empty-cell", 46) in found


def test_module_entry_point_runs() -> None:
    import subprocess
    import sys
    done = subprocess.run([sys.executable, "-m", "awesome_lint", "--version"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stdout.startswith("awesome-lint ")


def test_invalid_links_config_is_reported_offline(
        workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "README.md").write_text(RAGGED)
    (workdir / "pyproject.toml").write_text("[tool.awesome-lint.links]\ntimout = 3\n")
    code, _, err = run(capsys)
    assert code == 2 and "timout" in err and err.count("\n") == 1


def test_offline_run_never_imports_the_http_client() -> None:
    import subprocess
    import sys
    seed = str(FIXTURES / "seed-open-mlops-full.md")
    code = (f"import sys; from awesome_lint.cli import main; main([{seed!r}]); "
            "from awesome_lint.links import policy; "
            "print('aiohttp' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip().endswith("False")


def test_link_options_need_links(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--report", "r.md"])
    assert exit_info.value.code == 2
    assert "--report goes with --links" in capsys.readouterr().err


def test_readme_example_output_is_true(monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = [line for line in readme.splitlines()
             if line.startswith("tests/fixtures/seed-open-mlops-full.md:")]
    monkeypatch.chdir(ROOT)
    main(["tests/fixtures/seed-open-mlops-full.md"])
    actual = capsys.readouterr().out.splitlines()
    assert shown and all(line in actual for line in shown)


def test_sarif_output_is_exact(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "README.md").write_text(RAGGED)
    code, out, _ = run(capsys, "--format", "sarif", "--select", "missing-link")
    assert code == 1
    run_ = json.loads(out)["runs"][0]
    [rule] = run_["tool"]["driver"]["rules"]
    assert rule["id"] == "missing-link"
    assert rule["shortDescription"]["text"] == all_rules()["missing-link"].summary
    assert rule["help"]["markdown"] == page("missing-link")
    assert run_["results"] == [{
        "ruleId": "missing-link", "ruleIndex": 0, "level": "error",
        "message": {"text": "'LakeFS' has no link"},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": "README.md"},
                                            "region": {"startLine": 6, "startColumn": 3}}}]}]


def test_a_name_on_two_lines_is_one_line_of_output(
        workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "README.md").write_text(
        "- [Zed](https://z.org) - Z.\n- [Foo\nBar](https://f.org) - D.\n"
        "- [Foo\n  Bar](https://f.org) - D.\n- [Qux\nQuux]\n")
    (workdir / ".awesome-lint.toml").write_text('[rules.alphabetical-order]\nenforce = "always"\n')
    _, out, _ = run(capsys, "--select", "alphabetical-order,duplicate-entry,missing-link")
    assert [line.split(" ")[0] for line in out.splitlines()] == [
        "README.md:1:3:", "README.md:4:3:", "README.md:6:3:"]
    _, out, _ = run(capsys, "--format", "json", "--select", "alphabetical-order,missing-link")
    assert all("\n" not in p["message"] for p in json.loads(out))


@pytest.mark.parametrize("colour", [False, True])
def test_text_output_never_breaks_a_message(colour: bool) -> None:
    problem = Problem(2, 3, "'Foo\n   Bar' has no link", rule="missing-link", path="a.md")
    out = io.StringIO()
    reporters.write([problem], "text", out, colour=colour)
    assert out.getvalue().count("\n") == 1 and "'Foo Bar' has no link" in out.getvalue()

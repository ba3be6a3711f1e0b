"""``--format auto`` and colour, SARIF against its schema, and how ``--select`` reads."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from awesome_lint import reporters
from awesome_lint.cli import main
from awesome_lint.registry import page_url
from helpers import fixture

SARIF_SCHEMA = Path(__file__).resolve().parent / "schemas" / "sarif-schema-2.1.0.json"
LIST = "# Tools\n\n- [B](https://b.org) - B.\n- A - No link.\n"


@pytest.fixture
def workdir(workdir: Path) -> Path:
    (workdir / "README.md").write_text(LIST)
    return workdir


@pytest.mark.parametrize(("fmt", "color", "terminal", "env", "expected"), [
    ("auto", "auto", False, {}, ("text", False)),
    ("auto", "auto", True, {}, ("text", True)),
    ("auto", "auto", True, {"NO_COLOR": "1"}, ("text", False)),
    ("auto", "auto", True, {"NO_COLOR": ""}, ("text", True)),  # set but empty: no effect
    ("auto", "always", False, {"NO_COLOR": "1"}, ("text", True)),  # asked for in so many words
    ("auto", "auto", True, {"GITHUB_ACTIONS": "true"}, ("github", False)),
    ("auto", "auto", False, {"GITHUB_ACTIONS": "false"}, ("text", False)),
    ("text", "never", True, {}, ("text", False)),
    ("json", "always", True, {}, ("json", False)),
    ("github", "auto", False, {}, ("github", False)),
])
def test_auto_format_and_colour(fmt: str, color: str, terminal: bool, env: dict[str, str],
                                expected: tuple[str, bool]) -> None:
    assert reporters.resolve(fmt, color, terminal, env) == expected


def test_auto_is_annotations_in_github_actions(workdir: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--select", "missing-link"]) == 1
    assert capsys.readouterr().out == "README.md:4:3: error missing-link 'A' has no link\n"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert main(["--select", "missing-link"]) == 1
    assert capsys.readouterr().out.startswith("::error file=README.md,line=4,col=3,")


def test_sarif_validates_and_links_each_rule_s_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "README.md").write_text(fixture("seed-open-mlops-full.md"))
    main(["--format", "sarif"])
    log = json.loads(capsys.readouterr().out)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema)(schema).validate(log)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert len(rules) >= 4
    for rule in rules:
        assert rule["helpUri"] == page_url(rule["id"])
        assert rule["helpUri"].endswith(f"/rules/{rule['id']}.md")


def test_select_repeats(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "README.md").write_text(LIST + "- [C](https://c.org) - c.\n")
    main(["--select", "missing-link", "--select", "alphabetical-order,list-item-style"])
    rules = {line.split()[2] for line in capsys.readouterr().out.splitlines()}
    assert rules == {"missing-link", "list-item-style"}
    main(["--ignore", "missing-link", "--ignore", "list-item-style"])
    rules = {line.split()[2] for line in capsys.readouterr().out.splitlines()}
    assert rules <= {"alphabetical-order"}


@pytest.mark.parametrize("rule", ["broken-link", "redirect"])
def test_a_link_rule_needs_links(workdir: Path, capsys: pytest.CaptureFixture[str],
                                 rule: str) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--select", f"missing-link,{rule}"])
    assert stop.value.code == 2
    assert f"--select {rule} needs --links" in capsys.readouterr().err


def test_an_unknown_rule_is_one_plain_sentence(workdir: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--select", "nope"]) == 2
    assert capsys.readouterr().err == (
        "awesome-lint: error: unknown rule 'nope' (see --list-rules)\n")
    (workdir / ".awesome-lint.toml").write_text('ignore = ["nope"]\n')
    assert main([]) == 2
    assert capsys.readouterr().err.endswith(
        ".awesome-lint.toml: unknown rule 'nope' (see --list-rules)\n")

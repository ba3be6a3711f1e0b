"""The link rules end to end: the CLI with --links against a real server on loopback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from awesome_lint.registry import page
from helpers import page_examples

from .conftest import Site, run_json


@pytest.mark.parametrize("rule_id", ["broken-link", "redirect"])
def test_page_examples(rule_id: str, threaded_site: Site, workdir: Path,
                       capsys: pytest.CaptureFixture[str]) -> None:
    examples = page_examples(page(rule_id) or "")
    for title, expected in (("Bad", {rule_id}), ("Good", set())):
        text = examples[title].replace("https://example.com", threaded_site.base)
        (workdir / "README.md").write_text(text)
        _, problems, _ = run_json(capsys, "--links", "--allow-private")
        assert {p["rule"] for p in problems} == expected, title


def test_every_occurrence_reported_each_url_requested_once(
        threaded_site: Site, workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = threaded_site.base
    (workdir / "README.md").write_text(
        f"# T\n\n- [A]({base}/missing/a) - One.\n- [B]({base}/ok/b) - Two.\n\n"
        f"## More\n\n- [A again]({base}/missing/a#part) - Same page.\n"
        f"- [Moved]({base}/moved/m) - Three.\n\n```\n{base}/missing/in-code\n```\n"
        f"<!-- awesome-lint-disable-next-line broken-link redirect -->\n"
        f"- [Hidden]({base}/missing/hidden) - Off.\n")
    code, problems, err = run_json(capsys, "--links", "--allow-private",
                                   "--select", "broken-link,redirect")
    assert code == 1
    found = [(p["rule"], p["line"], p["column"], p["url"], p["status"]) for p in problems]
    assert found == [
        ("broken-link", 3, 7, f"{base}/missing/a", 404),
        ("broken-link", 8, 13, f"{base}/missing/a#part", 404),
        ("redirect", 9, 11, f"{base}/moved/m", 301)]
    assert problems[2]["final_url"] == f"{base}/ok/moved"
    assert threaded_site.counts["/missing/a"] <= 2  # HEAD, then GET to confirm
    assert not any("hidden" in p or "in-code" in p for p in threaded_site.paths())
    assert "links: 4 checked (4 distinct URLs on 1 hosts)" in err


def test_private_addresses_are_skipped_by_default(
        threaded_site: Site, workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "README.md").write_text(f"# T\n\n- [A]({threaded_site.base}/ok/a) - One.\n")
    code, problems, _ = run_json(capsys, "--links")
    assert code == 0
    assert [(p["rule"], p["severity"]) for p in problems] == [("broken-link", "info")]
    assert threaded_site.seen == []


def test_rate_limited_is_a_warning_never_dead(
        threaded_site: Site, workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "README.md").write_text(f"# T\n\n- [A]({threaded_site.base}/down/a) - One.\n")
    code, problems, _ = run_json(capsys, "--links", "--allow-private")
    assert code == 0
    assert [(p["rule"], p["severity"], p["status"]) for p in problems] == [
        ("broken-link", "warning", 503)]


def test_fix_rewrites_permanent_redirects(
        threaded_site: Site, workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = threaded_site.base
    text = f"# T\n\n- [A]({base}/moved/a) - One. `MIT`\n- <{base}/moved/b>\n"
    (workdir / "README.md").write_text(text)
    code, problems, _ = run_json(capsys, "--links", "--allow-private", "--fix",
                                 "--select", "broken-link,redirect")
    assert code == 0 and problems == []
    assert (workdir / "README.md").read_text() == text.replace("/moved/a", "/ok/moved") \
        .replace("/moved/b", "/ok/moved")


@pytest.mark.parametrize("suffix", [".md", ".json"])
def test_report_groups_by_section(suffix: str, threaded_site: Site, workdir: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    base = threaded_site.base
    (workdir / "README.md").write_text(
        f"# Tools\n\n## Data\n\n| Name | Description |\n| --- | --- |\n"
        f"| [Gone]({base}/gone/x) | Deleted. |\n| [Fine]({base}/ok/y) | Here. |\n\n"
        f"## Models\n\n- [Moved]({base}/moved/z) - Elsewhere.\n")
    report = workdir / f"report{suffix}"
    run_json(capsys, "--links", "--allow-private", "--no-wayback", "--report", str(report))
    text = report.read_text()
    if suffix == ".json":
        data = json.loads(text)
        assert [(r["group"], r["section"], r["entry"], r["status"], r["rule"])
                for r in data["links"]] == [("dead", "Data", "Gone", 410, "broken-link"),
                                            ("redirected", "Models", "Moved", 301, "redirect")]
        assert data["links"][1]["final_url"] == f"{base}/ok/moved"
        assert data["counts"] == {"links": 3, "dead": 1, "deleted": 0, "renamed": 0,
                                  "archived": 0, "stale": 0, "redirected": 1, "unchecked": 0}
    else:
        assert "| Links checked | Dead | Deleted repositories |" in text
        assert "| 3 | 1 | 0 | 0 | 0 | 0 |" in text
        assert f"| Gone | Data | 7 | {base}/gone/x | 410 Gone |  |" in text
        assert f"| Moved | Models | 12 | {base}/moved/z | {base}/ok/moved |" in text


def test_cache_keeps_successes_only(threaded_site: Site, workdir: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    base = threaded_site.base
    (workdir / "README.md").write_text(
        f"# T\n\n- [A]({base}/ok/a) - One.\n- [B]({base}/missing/b) - Two.\n")
    cache = str(workdir / "links.json")
    run_json(capsys, "--links", "--allow-private", "--cache", cache)
    first = len(threaded_site.seen)
    code, problems, _ = run_json(capsys, "--links", "--allow-private", "--cache", cache)
    again = [s.path for s in threaded_site.seen[first:]]
    assert code == 1 and [p["line"] for p in problems] == [4]
    assert "/ok/a" not in again and "/missing/b" in again


def test_offline_run_requests_nothing(threaded_site: Site, workdir: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "README.md").write_text(f"# T\n\n- [A]({threaded_site.base}/missing/a) - X.\n")
    code, problems, _ = run_json(capsys)
    assert (code, problems, threaded_site.seen) == (0, [], [])


def test_changed_since_checks_only_the_links_a_change_adds(
        threaded_site: Site, workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import subprocess

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=workdir, check=True, capture_output=True)

    base = threaded_site.base
    old = f"# T\n\n- [Old]({base}/missing/old) - Old debt.\n"
    (workdir / "README.md").write_text(old)
    git("init", "-q")
    git("-c", "user.email=t@example.invalid", "-c", "user.name=t", "commit", "-qm", "x",
        "--allow-empty")
    git("add", "README.md")
    git("-c", "user.email=t@example.invalid", "-c", "user.name=t", "commit", "-qm", "base")
    (workdir / "README.md").write_text(old + f"- [New]({base}/gone/new) - Added.\n")
    code, problems, err = run_json(capsys, "--links", "--allow-private",
                                   "--changed-since", "HEAD", "--select", "broken-link")
    assert code == 1
    assert [(p["line"], p["status"]) for p in problems] == [(4, 410)]
    assert threaded_site.paths() and all("/old" not in p for p in threaded_site.paths())
    assert "links: 1 checked" in err


def test_a_malformed_url_is_one_problem_and_the_run_goes_on(
        threaded_site: Site, workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = threaded_site.base
    (workdir / "README.md").write_text(
        f"# T\n\n- [A][x] - One.\n- <a href=\"http://[zz]/\">Z</a> - Two.\n"
        f"- [Loc]({base}/badlocation) - Three.\n- [Fine]({base}/ok/f) - Four.\n"
        f"- [Mail]({base}/toscheme/mailto) - Five.\n- [File]({base}/toscheme/file) - Six.\n"
        f"- [Js]({base}/toscheme/javascript) - Seven.\n\n[x]: http://[::1\n")
    code, problems, err = run_json(capsys, "--links", "--allow-private",
                                   "--select", "broken-link")
    assert code == 1
    assert [(p["line"], p["column"], p["severity"]) for p in problems] == [
        (4, 12, "error"), (5, 9, "error"), (7, 10, "error"), (8, 10, "error"),
        (9, 8, "error"), (11, 6, "error")]
    messages = [p["message"] for p in problems]
    assert all("malformed URL" in m for m in (messages[0], messages[1], messages[5]))
    for message, scheme in zip(messages[2:5], ("mailto:", "file:", "javascript:"), strict=True):
        assert scheme in message and "DNS" not in message
    assert "links: 7 checked" in err and "Traceback" not in err
    assert "/ok/f" in threaded_site.paths()

"""One audit: dead links asked twice, the network down, archived copies, the health report."""

from __future__ import annotations

import dataclasses
import json
import socket
from pathlib import Path

import pytest
from aiohttp.abc import AbstractResolver, ResolveResult

from awesome_lint.links import LinkConfig, NetworkDown, check_links_async

from .conftest import Site, run_json
from .ghfake import GitHubFake


# ----------------------------------------------------------------------------- a second ask
async def test_a_dead_link_that_answers_the_second_time_is_alive(
        site: Site, fast: LinkConfig) -> None:
    results = await check_links_async([site.url("/flap/a"), site.url("/missing/b")], fast)
    assert [r.verdict for r in results.values()] == ["ok", "broken"]
    assert (results.confirmed, results.revived) == (1, 1)
    assert [(s.method, s.path) for s in site.seen if s.path == "/flap/a"] == [
        ("HEAD", "/flap/a"), ("GET", "/flap/a")]


async def test_the_second_ask_comes_after_the_rest(site: Site, fast: LinkConfig) -> None:
    config = dataclasses.replace(fast, host_concurrency=1)
    urls = [site.url("/missing/first"), *(site.url(f"/busy/{i}") for i in range(6))]
    await check_links_async(urls, config)
    assert site.paths()[0] == "/missing/first" and site.paths()[-1] == "/missing/first"


def test_the_summary_counts_confirmed_dead_links(
        threaded_site: Site, workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = threaded_site.base
    (workdir / "README.md").write_text(
        f"# T\n\n- [A]({base}/missing/a) - A.\n- [B]({base}/gone/b) - B.\n"
        f"- [C]({base}/flap/c) - C.\n")
    code, problems, err = run_json(capsys, "--links", "--allow-private", "--no-wayback",
                                   "--select", "broken-link")
    assert code == 1 and [p["line"] for p in problems] == [3, 4]
    assert "; 2 dead confirmed by a second ask, 1 alive the second time" in err


# ----------------------------------------------------------------------------- network down
def dead_hosts(port: int, count: int) -> str:
    """Links to count loopback addresses where nothing listens (refused at once)."""
    return "".join(f"- [H{i}](http://127.0.0.{i + 2}:{port}/p) - H.\n" for i in range(count))


def test_network_down_is_one_line_and_exit_2(
        workdir: Path, closed_port: int, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "README.md").write_text("# T\n\n" + dead_hosts(closed_port, 10))
    code, problems, err = run_json(capsys, "--links", "--allow-private", "--no-wayback")
    assert (code, problems) == (2, [])
    assert err.count("\n") == 1 and "the network seems down: 10 of 10 hosts" in err


async def test_a_few_dead_hosts_are_dead_links(site: Site, fast: LinkConfig,
                                               closed_port: int) -> None:
    urls = [f"http://127.0.0.{i + 2}:{closed_port}/p" for i in range(3)]
    urls += [site.url(f"/ok/{i}") for i in range(3)]
    results = await check_links_async(urls, fast)
    assert [r.verdict for r in results.values()] == ["broken"] * 3 + ["ok"] * 3
    with pytest.raises(NetworkDown):
        await check_links_async([f"http://127.0.0.{i + 2}:{closed_port}/p" for i in range(8)],
                                fast)


class NoDNS(AbstractResolver):
    """A machine without a network: no name resolves."""

    async def resolve(self, host: str, port: int = 0,
                      family: socket.AddressFamily = socket.AF_INET) -> list[ResolveResult]:
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    async def close(self) -> None:
        pass


async def test_network_down_at_the_dns_level(fast: LinkConfig) -> None:
    urls = [f"https://site{i}.test/page/{j}" for i in range(12) for j in range(5)]
    with pytest.raises(NetworkDown, match="12 of 12 hosts"):
        await check_links_async(urls, fast, resolver=NoDNS())


# ----------------------------------------------------------------------------- archived copies
def test_dead_links_get_their_archived_copy(
        threaded_site: Site, threaded_github: GitHubFake, workdir: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    base = threaded_site.base
    (workdir / "README.md").write_text(
        f"# T\n\n- [A]({base}/missing/a#usage) - A.\n- [B]({base}/missing/nosnapshot) - B.\n"
        f"- [C]({base}/ok/c) - C.\n")
    code, problems, err = run_json(capsys, "--links", "--allow-private", "--wayback-api-url",
                                   threaded_github.wayback_url, "--select", "broken-link")
    snapshot = f"https://web.archive.org/web/20200101000000/{base}/missing/a"
    assert code == 1
    assert [(p["line"], p["archive_url"]) for p in problems] == [(3, snapshot), (4, None)]
    assert problems[0]["message"].endswith(f"; archived copy: {snapshot}")
    assert threaded_github.wayback == [f"{base}/missing/a", f"{base}/missing/nosnapshot"]
    assert "; archived copies: 1 of 2 dead links" in err


def test_fix_with_archive_replaces_a_dead_link(
        threaded_site: Site, threaded_github: GitHubFake, workdir: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    base = threaded_site.base
    (workdir / ".awesome-lint.toml").write_text(
        "[links]\nbackoff = 0.1\n[rules.broken-link]\nfix-with-archive = true\n")
    (workdir / "README.md").write_text(f"# T\n\n- [A]({base}/gone/a) - A.\n")
    code, problems, _ = run_json(capsys, "--links", "--allow-private", "--fix",
                                 "--wayback-api-url", threaded_github.wayback_url)
    assert (code, problems) == (0, [])
    assert (workdir / "README.md").read_text() == \
        f"# T\n\n- [A](https://web.archive.org/web/20200101000000/{base}/gone/a) - A.\n"


def test_no_wayback_asks_nothing(threaded_site: Site, threaded_github: GitHubFake,
                                 workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "README.md").write_text(f"# T\n\n- [A]({threaded_site.base}/gone/a) - A.\n")
    code, problems, _ = run_json(capsys, "--links", "--allow-private", "--no-wayback")
    assert code == 1 and problems[0]["archive_url"] is None
    assert threaded_github.wayback == []


def test_an_unanswered_wayback_is_said_once(threaded_site: Site, workdir: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "README.md").write_text(f"# T\n\n- [A]({threaded_site.base}/gone/a) - A.\n")
    code, _, err = run_json(capsys, "--links", "--allow-private")  # tests: nobody listens
    assert code == 1 and "(1 lookups failed: cannot connect)" in err


def test_a_bad_wayback_address_is_one_line(workdir: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "README.md").write_text("# T\n\n- [A](https://example.org/a) - A.\n")
    code, _, err = run_json(capsys, "--links", "--wayback-api-url", "ftp://archive")
    assert code == 2 and err.count("\n") == 1 and "--wayback-api-url" in err


# ----------------------------------------------------------------------------- the report
@pytest.fixture
def audited(threaded_site: Site, threaded_github: GitHubFake, workdir: Path,
            closed_port: int) -> list[str]:
    """A list with a host gone away (12 links), a dead page, and every repository state."""
    gone = "".join(f"- [Old{i}](http://127.0.0.2:{closed_port}/p/{i}) - Old.\n"
                   for i in range(12))
    base = threaded_site.base
    (workdir / "README.md").write_text(
        f"# Awesome\n\n## Gone\n\n{gone}\n## Mixed\n\n"
        f"- [Page]({base}/missing/page) - A page.\n- [Fine]({base}/ok/fine) - Fine.\n"
        "- [Del](https://github.com/o/deleted-x) - Deleted.\n"
        "- [Ren](https://github.com/o/renamed-y#readme) - Renamed.\n"
        "- [Arc](https://github.com/o/archived-z) - Archived.\n"
        "- [Old](https://github.com/o/stale-w) - Stale.\n"
        "- [Ok](https://github.com/o/ok-v) - Fine.\n")
    return ["--links", "--allow-private", "--wayback-api-url", threaded_github.wayback_url]


def test_the_json_report(audited: list[str], workdir: Path,
                         capsys: pytest.CaptureFixture[str]) -> None:
    run_json(capsys, *audited, "--report", "health.json")
    data = json.loads((workdir / "health.json").read_text())
    assert data["counts"] == {"links": 19, "dead": 13, "deleted": 1, "renamed": 1,
                              "archived": 1, "stale": 1, "redirected": 0, "unchecked": 0}
    assert data["dead_hosts"] == [{"host": "127.0.0.2", "links": 12}]
    groups = [(row["group"], row["entry"], row["section"]) for row in data["links"]]
    assert groups[12:] == [("dead", "Page", "Mixed"), ("deleted", "Del", "Mixed"),
                           ("renamed", "Ren", "Mixed"), ("archived", "Arc", "Mixed"),
                           ("stale", "Old", "Mixed")]
    deleted = data["links"][13]
    assert deleted["repository"] == "o/deleted-x"
    assert deleted["archive_url"].endswith("/https://github.com/o/deleted-x")
    assert data["links"][16]["pushed_at"].startswith("2019-05-01")


def test_the_markdown_report(audited: list[str], workdir: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    run_json(capsys, *audited, "--report", "health.md")
    text = (workdir / "health.md").read_text()
    assert "| 19 | 13 | 1 | 1 | 1 | 1 |" in text
    sections = [line for line in text.splitlines() if line.startswith("#")]
    assert sections == ["# Link health report", "## Dead links (13)", "### 127.0.0.2: 12 links",
                        "### Other dead links", "## Deleted repositories (1)",
                        "## Renamed repositories (1)", "## Archived repositories (1)",
                        "## Stale repositories (1)"]
    assert "<details><summary>12 links</summary>" in text
    assert ("| Ren | Mixed | 23 | https://github.com/o/renamed-y#readme → "
            "https://github.com/new-owner/renamed-y-ng#readme |") in text
    assert "| Old | Mixed | 25 | o/stale-w | 2019-05-01 |" in text

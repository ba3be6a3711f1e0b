"""Repository states from GitHub's API: the CLI against a loopback fake of GraphQL, REST and
the Wayback Machine (tests/links/ghfake.py), no mock of the client."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from awesome_lint.errors import ConfigError
from awesome_lint.links import LinkConfig
from awesome_lint.links.audit import Services, check_async
from awesome_lint.links.github import GitHubAPI, repo_link

from .conftest import Site, run_json
from .ghfake import OLD_PUSH, TOKEN, GitHubFake


def readme(workdir: Path, *urls: str) -> None:
    lines = "".join(f"- [P{chr(65 + i)}]({url}) - Project {i}.\n" for i, url in enumerate(urls))
    (workdir / "README.md").write_text(f"# Tools\n\n{lines}")


def lint(capsys: pytest.CaptureFixture[str], fake: GitHubFake,
         *argv: str) -> tuple[int, list[dict], str]:
    return run_json(capsys, "--links", "--wayback-api-url", fake.wayback_url, *argv)


def found(problems: list[dict]) -> list[tuple[str, int, int, str]]:
    return [(p["rule"], p["line"], p["column"], p["severity"]) for p in problems]


# ----------------------------------------------------------------------------- which links
@pytest.mark.parametrize(("url", "owner", "name", "rest"), [
    ("https://github.com/owner/repo", "owner", "repo", ""),
    ("https://github.com/owner/repo/", "owner", "repo", "/"),
    ("https://github.com/owner/repo#readme", "owner", "repo", "#readme"),
    ("https://github.com/owner/repo/tree/main/docs", "owner", "repo", "/tree/main/docs"),
    ("https://github.com/owner/repo.git", "owner", "repo", ".git"),
    ("https://www.github.com/owner/repo", "owner", "repo", ""),
    ("http://github.com/owner/repo", "owner", "repo", ""),
    ("HTTPS://GitHub.COM/OWNER/Repo", "OWNER", "Repo", ""),
    ("https://github.com/owner/repo?tab=readme-ov-file", "owner", "repo", "?tab=readme-ov-file"),
    ("https://github.com/o-w/re.po_x/issues/3", "o-w", "re.po_x", "/issues/3"),
])
def test_links_into_a_repository(url: str, owner: str, name: str, rest: str) -> None:
    link = repo_link(url)
    assert link is not None and (link.owner, link.name, link.rest) == (owner, name, rest)
    assert link.key == f"{owner}/{name}".lower()


@pytest.mark.parametrize("url", [
    "https://github.com/owner", "https://github.com/owner/", "https://github.com/topics/python",
    "https://github.com/orgs/acme/repositories", "https://github.com/sponsors/someone",
    "https://github.com/features/actions", "https://github.com/marketplace/actions/x",
    "https://gist.github.com/owner/abc123", "https://github.com:8443/owner/repo",
    "https://user@github.com/owner/repo", "https://github.com/-owner/repo",
    "https://github.com/owner/..", "https://gitlab.com/owner/repo", "mailto:a@github.com",
])
def test_other_links_stay_web_links(url: str) -> None:
    assert repo_link(url) is None


# ----------------------------------------------------------------------------- the address
def test_the_api_address_comes_from_the_environment_or_the_flag() -> None:
    env = {"GITHUB_TOKEN": "t", "GITHUB_API_URL": "https://ghe.example/api/v3",
           "GITHUB_GRAPHQL_URL": "https://ghe.example/api/graphql"}
    api = GitHubAPI.from_environment(env)
    assert api is not None
    assert (api.rest_url, api.graphql_url) == ("https://ghe.example/api/v3",
                                               "https://ghe.example/api/graphql")
    flagged = GitHubAPI.from_environment(env, "http://127.0.0.5:9000/")
    assert flagged is not None
    assert (flagged.rest_url, flagged.graphql_url) == ("http://127.0.0.5:9000",
                                                       "http://127.0.0.5:9000/graphql")
    default = GitHubAPI.from_environment({"GITHUB_TOKEN": "t"})
    assert default is not None and default.graphql_url.endswith("/graphql")
    assert GitHubAPI.from_environment({"GITHUB_API_URL": "https://x.example"}) is None


@pytest.mark.parametrize("address", [
    "http://api.example.com", "http://localhost:8080", "ftp://127.0.0.1",
    "https://user:pw@api.example.com", "https://api.example.com/?q=1", "not a url",
])
def test_the_token_goes_over_https_or_to_loopback_only(address: str) -> None:
    with pytest.raises(ConfigError):
        GitHubAPI.from_environment({"GITHUB_TOKEN": "t"}, address)


def test_a_config_file_cannot_set_the_api_address(
        workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / ".awesome-lint.toml").write_text('[links]\ngithub-api-url = "http://evil"\n')
    readme(workdir, "https://github.com/owner/repo")
    code, _, err = run_json(capsys, "--links")
    assert code == 2 and "github-api-url" in err and err.count("\n") == 1


def test_an_insecure_api_address_is_one_line(workdir: Path, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_TOKEN", TOKEN)
    readme(workdir, "https://github.com/owner/repo")
    code, _, err = run_json(capsys, "--links", "--github-api-url", "http://api.example.com")
    assert code == 2 and err.count("\n") == 1 and "https" in err


# ----------------------------------------------------------------------------- verdicts
def test_each_state_at_every_link_into_the_repository(
        threaded_github: GitHubFake, workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    readme(workdir, "https://github.com/acme/deleted-tool", "https://github.com/acme/tool",
           "https://github.com/acme/renamed-lib/tree/main/docs",
           "https://github.com/acme/archived-x", "https://github.com/acme/stale-y#readme",
           "https://github.com/Acme/Deleted-Tool/")
    code, problems, err = lint(capsys, threaded_github, "--ignore", "duplicate-entry")
    assert code == 1
    assert found(problems) == [
        ("broken-link", 3, 8, "error"), ("redirect", 5, 8, "warning"),
        ("archived", 6, 8, "warning"), ("stale", 7, 8, "warning"),
        ("broken-link", 8, 8, "error")]
    deleted, renamed, _, stale, _ = problems
    assert "repository deleted or made private (GitHub API)" in deleted["message"]
    assert renamed["final_url"] == "https://github.com/new-owner/renamed-lib-ng/tree/main/docs"
    assert problems[2]["message"] == "archived by its owners on GitHub"
    assert stale["message"] == f"no push since {OLD_PUSH[:10]}"
    asked = [name for query in threaded_github.queries for name in query]
    assert asked.count("acme/deleted-tool") + asked.count("Acme/Deleted-Tool") == 2  # twice
    assert threaded_github.rest == []
    assert "GitHub API: 5 repositories in 2 queries" in err


def test_fix_follows_a_rename(threaded_github: GitHubFake, workdir: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    readme(workdir, "https://github.com/acme/renamed-lib#readme", "https://github.com/a/b",
           "https://github.com/a/c")
    run_json(capsys, "--links", "--fix", "--select", "redirect")
    assert "(https://github.com/new-owner/renamed-lib-ng#readme)" in \
        (workdir / "README.md").read_text()


def test_max_age_is_a_rule_option(threaded_github: GitHubFake, workdir: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    readme(workdir, "https://github.com/a/stale-y", "https://github.com/a/b",
           "https://github.com/a/c")
    (workdir / ".awesome-lint.toml").write_text(
        "[links]\nbackoff = 0.1\n[rules.stale]\nmax-age = 100000\n")
    _, problems, _ = lint(capsys, threaded_github, "--select", "archived,stale")
    assert problems == []
    _, problems, _ = lint(capsys, threaded_github, "--ignore", "stale")
    assert problems == []


def test_select_asks_only_for_repositories(threaded_github: GitHubFake, threaded_site: Site,
                                           workdir: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    readme(workdir, "https://github.com/a/archived-x", f"{threaded_site.base}/missing/x")
    code, problems, _ = lint(capsys, threaded_github, "--allow-private", "--select", "archived")
    assert code == 0 and found(problems) == [("archived", 3, 8, "warning")]
    assert threaded_site.seen == []


# ----------------------------------------------------------------------------- politeness
async def test_batches_of_100_each_repository_once(github: GitHubFake) -> None:
    urls = [f"https://github.com/o{i % 7}/repo-{i}" for i in range(250)]
    urls += [url + "/tree/main" for url in urls[:30]] + [urls[0].upper()]
    github.delay = 0.05
    results = await check_async(urls, LinkConfig(backoff=0.1), services(github))
    assert sorted(len(query) for query in github.queries) == [50, 100, 100]
    assert sum(github.asked.values()) == 250
    assert {r.verdict for r in results.values()} == {"ok"}
    assert 1 < github.peak <= 4


async def test_rate_limit_exhausted_stops_asking_and_calls_nothing_dead(
        github: GitHubFake) -> None:
    github.points = 1
    urls = [f"https://github.com/o/deleted-{i}" for i in range(200)]
    results = await check_async(urls, LinkConfig(backoff=0.1), services(github))
    verdicts = [r.verdict for r in results.values()]
    assert (verdicts.count("broken"), verdicts.count("unchecked")) == (100, 100)
    assert len(github.queries) == 2 and github.refused["primary"] == 1  # then never again
    reasons = {r.reason for r in results.values() if r.verdict == "unchecked"}
    assert len(reasons) == 1 and "rate limit exhausted until" in reasons.pop()


def test_rate_limited_repositories_are_warnings(threaded_github: GitHubFake, workdir: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    threaded_github.points = 0
    readme(workdir, *(f"https://github.com/o/deleted-{i}" for i in range(5)))
    code, problems, err = lint(capsys, threaded_github)
    assert code == 0
    assert {(p["rule"], p["severity"]) for p in problems} == {("broken-link", "warning")}
    assert all("rate limit exhausted" in p["message"] for p in problems)
    assert ", 5 unchecked" in err


async def test_secondary_limit_is_waited_out(github: GitHubFake) -> None:
    github.secondary = 2
    urls = [f"https://github.com/o/repo-{i}" for i in range(5)]
    started = time.monotonic()
    results = await check_async(urls, LinkConfig(backoff=0.1), services(github))
    assert time.monotonic() - started >= 1.0  # Retry-After: 1
    assert {r.verdict for r in results.values()} == {"ok"}
    assert github.refused["secondary"] == 2


async def test_server_errors_leave_repositories_unchecked(github: GitHubFake) -> None:
    github.fail_status = 502
    urls = [f"https://github.com/o/deleted-{i}" for i in range(5)]
    results = await check_async(urls, LinkConfig(backoff=0.1, retries=1), services(github))
    assert {r.verdict for r in results.values()} == {"unchecked"}
    assert len(github.queries) == 2


def test_a_refused_token_is_one_line(threaded_github: GitHubFake, workdir: Path,
                                     capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_TOKEN", "wrong")
    readme(workdir, *(f"https://github.com/o/r{i}" for i in range(3)))
    code, problems, err = lint(capsys, threaded_github)
    assert (code, problems) == (2, [])
    assert err.count("\n") == 1 and "GITHUB_TOKEN" in err and "401" in err


def test_an_api_that_never_answers_is_one_line(workdir: Path, closed_port: int,
                                               capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_TOKEN", TOKEN)
    (workdir / "pyproject.toml").write_text("[tool.awesome-lint.links]\nretries = 0\n")
    readme(workdir, *(f"https://github.com/o/r{i}" for i in range(3)))
    code, _, err = run_json(capsys, "--links", "--no-wayback", "--github-api-url",
                            f"http://127.0.0.1:{closed_port}")
    assert code == 2 and err.count("\n") == 1 and "cannot reach GitHub's API" in err


async def test_partial_errors_keep_the_rest(github: GitHubFake) -> None:
    urls = ["https://github.com/o/forbidden-a", "https://github.com/o/b",
            "https://github.com/o/archived-c"]
    results = await check_async(urls, LinkConfig(backoff=0.1), services(github))
    forbidden, fine, archived = results.values()
    assert forbidden.verdict == "unchecked" and "SAML" in forbidden.reason
    assert fine.verdict == "ok" and archived.repository is not None
    assert archived.repository.archived
    assert github.asked["o/forbidden-a"] == 2 and github.asked["o/b"] == 1


async def test_a_repository_found_the_second_time_is_not_deleted(github: GitHubFake) -> None:
    urls = ["https://github.com/o/flicker-a", "https://github.com/o/deleted-b",
            "https://github.com/o/c"]
    results = await check_async(urls, LinkConfig(backoff=0.1), services(github))
    assert [r.verdict for r in results.values()] == ["ok", "broken", "ok"]
    assert "1 dead confirmed by a second ask, 1 alive the second time" in results.notes


async def test_one_or_two_repositories_over_rest(github: GitHubFake) -> None:
    urls = ["https://github.com/o/renamed-a/blob/main/x.md", "https://github.com/o/deleted-b"]
    results = await check_async(urls, LinkConfig(backoff=0.1), services(github))
    renamed, deleted = results.values()
    assert (renamed.verdict, renamed.final_url) == (
        "redirect", "https://github.com/new-owner/renamed-a-ng/blob/main/x.md")
    assert deleted.verdict == "broken"
    assert github.queries == []
    assert github.rest.count("/repos/o/deleted-b") == 2  # asked again before called deleted
    assert "/repos/new-owner/renamed-a-ng" in github.rest


async def test_the_token_goes_to_the_api_only(github: GitHubFake) -> None:
    urls = [f"https://github.com/o/deleted-{i}" for i in range(12)]
    github.delay = 0.02
    results = await check_async(urls, LinkConfig(backoff=0.1), services(github))
    assert {r.archive_url for r in results.values()} == {
        f"https://web.archive.org/web/20200101000000/{url}" for url in urls}
    seen = set(github.authorizations)
    assert seen == {f"graphql:bearer {TOKEN}", "wayback:"}
    assert 1 < github.wayback_peak <= 4  # a few lookups at a time


def test_without_a_token_the_summary_says_so(workdir: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    readme(workdir, "https://github.com/a/b", "https://github.com/a/c")
    code, problems, err = run_json(capsys, "--links", "--select", "archived,stale")
    assert (code, problems) == (0, [])
    assert err.count("need GITHUB_TOKEN") == 1
    assert "2 repository links not checked" in err


def services(fake: GitHubFake) -> Services:
    return Services(GitHubAPI(fake.api, f"{fake.api}/graphql", TOKEN), fake.wayback_url)


def test_duplicate_entry_learns_homepages_and_renames(
        threaded_github: GitHubFake, workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    readme(workdir, "https://github.com/acme/tool", "https://tool.example.org/",
           "https://github.com/acme/renamed-lib", "https://github.com/new-owner/renamed-lib-ng",
           "https://github.com/acme/other")
    _, problems, _ = lint(capsys, threaded_github, "--select", "duplicate-entry,archived")
    assert [(p["line"], p["first_line"]) for p in problems] == [(4, 3), (6, 5)]
    _, offline, _ = run_json(capsys, "--select", "duplicate-entry")
    assert offline == []

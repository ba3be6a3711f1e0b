"""[tool.awesome-lint.links] validation."""

from __future__ import annotations

import math
import time
from pathlib import Path
from typing import Any

import pytest

from awesome_lint.cli import main
from awesome_lint.errors import ConfigError
from awesome_lint.links import LinkConfig, parse_duration


def test_defaults() -> None:
    config = LinkConfig.from_mapping({})
    assert config == LinkConfig()
    assert (config.timeout, config.retries, config.concurrency) == (10.0, 3, 128)
    assert (config.host_concurrency, config.host_interval, config.max_redirects) == (8, 0.0, 10)
    assert config.accept == frozenset(range(200, 300))
    assert "Mozilla/5.0" in config.user_agent
    assert (config.allow_private, config.check_anchors) == (False, False)
    assert (config.retry_after_cap, config.cache_max_age) == (60.0, 86400.0)


def test_every_key() -> None:
    config = LinkConfig.from_mapping({
        "timeout": 5, "retries": 1, "concurrency": 16, "host-concurrency": 4,
        "host-interval": 0.25, "accept": [200, "300..302"], "exclude": [r"^https://x\.org/"],
        "headers": {"X-A": "1"}, "user-agent": "Mozilla/5.0 test", "max-redirects": 3,
        "retry-after-cap": 30, "check-anchors": True, "cache-max-age": "12h", "backoff": 0.1,
        "max-duration": "10m",
        "hosts": {"GitHub.com": {"host-concurrency": 2, "host-interval": 0.5,
                                 "headers": {"X-B": "2"}, "accept": [200, 403]}},
    })
    assert config.accept == {200, 300, 301, 302}
    assert config.excluded_by("https://x.org/a") == r"^https://x\.org/"
    assert config.excluded_by("https://y.org/") is None
    assert (config.cache_max_age, config.max_duration) == (43200, 600)
    github = config.for_host("github.com")
    assert (github.concurrency, github.interval, github.accept) == (2, 0.5, {200, 403})
    assert github.headers == {"X-A": "1", "X-B": "2"}
    other = config.for_host("example.org")
    assert (other.concurrency, other.interval, other.headers) == (4, 0.25, {"X-A": "1"})


@pytest.mark.parametrize(
    ("table", "message"),
    [({"timout": 1}, "links: unknown key 'timout'"),
     ({"timeout": "fast"}, "links: 'timeout' must be a number, got str"),
     ({"timeout": 0}, "links: 'timeout' must be greater than 0"),
     ({"retries": 1.5}, "links: 'retries' must be an integer, got float"),
     ({"retries": True}, "links: 'retries' must be an integer, got bool"),
     ({"concurrency": 0}, "links: 'concurrency' must be at least 1, got 0"),
     ({"host-interval": -1}, "links: 'host-interval' must not be negative, got -1"),
     ({"allow-private": True}, "links: 'allow-private' cannot be set in a config file"),
     ({"allow-private": False}, "links: 'allow-private' cannot be set in a config file"),
     ({"allow-private-hosts": ["intranet"]},
      "links: 'allow-private-hosts' cannot be set in a config file"),
     ({"timeout": math.inf}, "links: 'timeout' must be a finite number, got inf"),
     ({"timeout": math.nan}, "links: 'timeout' must be a finite number, got nan"),
     ({"timeout": 301}, "links: 'timeout' must be at most 300, got 301"),
     ({"backoff": 1e308}, "links: 'backoff' must be at most 60"),
     ({"backoff": 0}, "links: 'backoff' must be at least 0.1, got 0"),
     ({"host-interval": math.inf}, "links: 'host-interval' must be a finite number"),
     ({"hosts": {"a.org": {"host-interval": math.inf}}},
      "links: 'hosts'.'a.org': 'host-interval' must be a finite number"),
     ({"retries": 5000}, "links: 'retries' must be at most 10, got 5000"),
     ({"retry-after-cap": math.inf}, "links: 'retry-after-cap' must be a finite number"),
     ({"concurrency": 10**9}, "links: 'concurrency' must be at most 1024"),
     ({"max-redirects": 10**6}, "links: 'max-redirects' must be at most 30"),
     ({"cache-max-age": math.inf}, "links: 'cache-max-age' must be a finite number"),
     ({"max-duration": 0}, "links: 'max-duration' must be greater than 0"),
     ({"max-duration": "30d"}, "links: 'max-duration' must be at most 604800"),
     ({"user-agent": "Mozilla/5.0\r\nX-Injected: 1"}, "links: 'user-agent' must be one line"),
     ({"headers": {"X-A": "1\n2"}}, "links: 'headers'.'X-A' must be one line"),
     ({"headers": {"X A": "1"}}, "links: 'headers': 'X A' is not a valid header name"),
     ({"hosts": {"a.org": {"headers": {"X-A": "\x00"}}}},
      "links: 'hosts'.'a.org': 'headers'.'X-A' must be one line"),
     ({"exclude": ["(a+)+$"]}, "links: 'exclude': '(a+)+$' repeats a repetition"),
     ({"exclude": [r"^https://([a-z]+\.)*example\.org/"]},
      "links: 'exclude': '^https://([a-z]+\\\\.)*example\\\\.org/' repeats a repetition"),
     ({"exclude": ["x(?:y|(z*)*)"]}, "links: 'exclude': 'x(?:y|(z*)*)' repeats a repetition"),
     ({"exclude": ["(?=(a+)+)"]}, "links: 'exclude': '(?=(a+)+)' repeats a repetition"),
     ({"user-agent": 5}, "links: 'user-agent' must be a string, got int"),
     ({"exclude": "x"}, "links: 'exclude' must be a list of strings"),
     ({"exclude": ["("]}, "links: 'exclude': bad regular expression '('"),
     ({"headers": {"X": 1}}, "links: 'headers' must be a table of string values"),
     ({"accept": [200, "2xx"]}, "links: 'accept': '2xx' is not a status code"),
     ({"accept": [99]}, "links: 'accept': 99 is not a valid status code range"),
     ({"hosts": []}, "links: 'hosts' must be a table of host tables"),
     ({"hosts": {"a.org": 3}}, "links: 'hosts'.'a.org' must be a table"),
     ({"hosts": {"a.org": {"speed": 1}}}, "links: 'hosts'.'a.org': unknown key 'speed'"),
     ({"hosts": {"a.org": {"host-concurrency": 0}}},
      "links: 'hosts'.'a.org': 'host-concurrency' must be at least 1"),
     ({"cache-max-age": "1w"}, "links: 'cache-max-age' must be seconds or a duration"),
     ({"host_concurrency": 2}, "links: unknown key 'host_concurrency'")],
)
def test_errors_name_the_key(table: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        LinkConfig.from_mapping(table)
    text = str(caught.value)
    assert text.startswith(message)
    assert "\n" not in text


@pytest.mark.parametrize(
    "pattern", [r"^https?://(www\.)?example\.org/", r"(a++)+$", r"((?>a+))+$", r"(ab?)+",
                r"\.(png|jpe?g)$", r"[a-z]+://x{2,5}"])
def test_safe_patterns_are_kept(pattern: str) -> None:
    assert LinkConfig.from_mapping({"exclude": [pattern]}).exclude[0].pattern == pattern


def test_a_refused_pattern_would_have_stalled() -> None:
    """What the nested-repetition check prevents: (a+)+$ takes seconds on 26 characters."""
    import re

    started = time.monotonic()
    assert re.search(r"(a+)+$", "a" * 22 + "!") is None
    assert time.monotonic() - started > 0.05  # doubling with each further "a"


def test_not_a_table() -> None:
    with pytest.raises(ConfigError, match="links: expected a table"):
        LinkConfig.from_mapping(["timeout"])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "seconds"),
    [(45, 45.0), (2.5, 2.5), ("90", 90.0), ("30s", 30.0), ("30m", 1800.0), ("12h", 43200.0),
     ("1d", 86400.0), (" 1.5H ", 5400.0), (0, 0.0)],
)
def test_durations(value: object, seconds: float) -> None:
    assert parse_duration("x", value) == seconds


@pytest.mark.parametrize("value", ["", "d", "1 week", "-1d", -5, True, None, [1]])
def test_bad_durations(value: object) -> None:
    with pytest.raises(ConfigError):
        parse_duration("links: 'cache-max-age'", value)


def test_every_key_is_documented_on_the_broken_link_page() -> None:
    from awesome_lint.links.policy import _HOST_PARSERS, _PARSERS
    from awesome_lint.registry import page

    text = page("broken-link") or ""
    for key in [*_PARSERS, *_HOST_PARSERS]:
        assert f"`{key}`" in text or f"{key} =" in text, key


@pytest.mark.parametrize(
    "line",
    ["timeout = inf", "timeout = nan", "backoff = 1e308", "host-interval = inf",
     "retries = 5000\nbackoff = 0", 'user-agent = "Mozilla/5.0\\r\\nX-Evil: 1"',
     'headers = { X-A = "1\\n2" }', "exclude = ['(a+)+$']", "max-duration = -1"],
)
def test_every_bad_value_is_one_line_and_exit_2(
        line: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".awesome-lint.toml").write_text(f"[links]\n{line}\n")
    (tmp_path / "README.md").write_text("# T\n")
    assert main(["--links"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("awesome-lint: error: ") and err.count("\n") == 1

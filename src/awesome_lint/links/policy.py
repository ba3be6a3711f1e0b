"""Settings of the link checker: ``[tool.awesome-lint.links]`` validated into a LinkConfig."""

from __future__ import annotations

import math
import re
import re._constants as _sre
import re._parser as _sre_parser
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Any

from awesome_lint.errors import ConfigError
from awesome_lint.urls import canonical_host

DEFAULT_USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)
DEFAULT_ACCEPT = frozenset(range(200, 300))
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT_S = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
_HEADER_NAME = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")  # RFC 9110 token
_HEADER_VALUE = re.compile(r"^[\t\x20-\x7e]*$")  # one line of printable ASCII
ALLOW_PRIVATE_ENV = "AWESOME_LINT_ALLOW_PRIVATE"


def _empty() -> Mapping[str, Any]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class HostPolicy:
    """Overrides for one exact host name (``hosts."github.com" = {...}``); None: global value."""

    host_concurrency: int | None = None
    host_interval: float | None = None
    headers: Mapping[str, str] = field(default_factory=_empty)
    accept: frozenset[int] | None = None


@dataclass(frozen=True)
class LinkConfig:
    """How links are checked. Durations are in seconds.

    ``retries`` applies to 429, 5xx and dropped connections; a timeout is retried at most
    once, and not at all when the host answered other requests meanwhile.
    """

    timeout: float = 10.0
    retries: int = 3  # extra attempts after the first one
    concurrency: int = 128
    host_concurrency: int = 8
    host_interval: float = 0.0
    hosts: Mapping[str, HostPolicy] = field(default_factory=_empty)
    accept: frozenset[int] = DEFAULT_ACCEPT
    exclude: tuple[re.Pattern[str], ...] = ()
    headers: Mapping[str, str] = field(default_factory=_empty)
    user_agent: str = DEFAULT_USER_AGENT
    max_redirects: int = 10
    retry_after_cap: float = 60.0
    allow_private: bool = False
    allow_private_hosts: frozenset[str] = frozenset()
    check_anchors: bool = False
    cache_max_age: float = 86400.0
    backoff: float = 1.0  # first retry delay; doubles on each retry
    max_duration: float | None = None  # the whole check's deadline; then links are unchecked
    _host_cache: dict[str, _HostSettings] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        compiled = tuple(re.compile(p) if isinstance(p, str) else p for p in self.exclude)
        object.__setattr__(self, "exclude", compiled)
        hosts = {canonical_host(h): p for h, p in self.hosts.items()}
        object.__setattr__(self, "hosts", MappingProxyType(hosts))
        private_ok = frozenset(canonical_host(h) for h in self.allow_private_hosts)
        object.__setattr__(self, "allow_private_hosts", private_ok)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> LinkConfig:
        """Validate a ``[tool.awesome-lint.links]`` table (kebab-case keys).

        What widens the reach of the checker (``allow-private``...) is refused here: a config
        file is part of the repository, so a pull request could change it.
        """
        if not isinstance(data, Mapping):
            raise ConfigError(f"links: expected a table, got {_type(data)}")
        return cls(**_fields("links:", data, _PARSERS))

    def excluded_by(self, url: str) -> str | None:
        """The first exclude pattern matching url, if any."""
        for pattern in self.exclude:
            if pattern.search(url):
                return pattern.pattern
        return None

    def for_host(self, host: str) -> _HostSettings:
        """The effective settings for one host (lower-case, no port)."""
        settings = self._host_cache.get(host)
        if settings is None:
            override = self.hosts.get(host, HostPolicy())
            settings = _HostSettings(
                concurrency=_first(override.host_concurrency, self.host_concurrency),
                interval=_first(override.host_interval, self.host_interval),
                headers={**self.headers, **override.headers},
                accept=_first(override.accept, self.accept),
            )
            self._host_cache[host] = settings
        return settings


@dataclass(frozen=True, slots=True)
class _HostSettings:
    concurrency: int
    interval: float
    headers: Mapping[str, str]
    accept: frozenset[int]


def _first(value: Any, default: Any) -> Any:
    return default if value is None else value


def _type(value: object) -> str:
    return type(value).__name__


def parse_duration(where: str, value: object) -> float:
    """Seconds from a number or a string such as "45", "30s", "30m", "12h", "1d"."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = float(value)
    elif isinstance(value, str) and (m := _DURATION.match(value.lower())):
        seconds = float(m.group(1)) * _UNIT_S[m.group(2)]
    else:
        raise ConfigError(f"{where} must be seconds or a duration like '30m', got {value!r}")
    if not math.isfinite(seconds):
        raise ConfigError(f"{where} must be a finite number, got {value!r}")
    if seconds < 0:
        raise ConfigError(f"{where} must not be negative, got {value!r}")
    return seconds


Parser = Callable[[str, Any], Any]


def _within(where: str, number: float, low: float, high: float, above: bool = False) -> None:
    if above and number <= low:
        raise ConfigError(f"{where} must be greater than {low:g}")
    if number < low:
        raise ConfigError(f"{where} must not be negative, got {number!r}" if low == 0 else
                          f"{where} must be at least {low:g}, got {number!r}")
    if number > high:
        raise ConfigError(f"{where} must be at most {high:g}, got {number!r}")


def _seconds(low: float, high: float, *, above: bool = False) -> Parser:
    """A finite number of seconds in [low, high] (above: strictly greater than low)."""
    def parse(where: str, value: object) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"{where} must be a number, got {_type(value)}")
        if not math.isfinite(value):
            raise ConfigError(f"{where} must be a finite number, got {value!r}")
        _within(where, value, low, high, above)
        return float(value)

    return parse


def _duration(low: float, high: float) -> Parser:
    def parse(where: str, value: object) -> float:
        seconds = parse_duration(where, value)
        _within(where, seconds, low, high, above=True)
        return seconds

    return parse


def _count(minimum: int, maximum: int) -> Parser:
    def parse(where: str, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{where} must be an integer, got {_type(value)}")
        if value < minimum:
            raise ConfigError(f"{where} must be at least {minimum}, got {value}")
        if value > maximum:
            raise ConfigError(f"{where} must be at most {maximum}, got {value}")
        return value

    return parse


def _bool(where: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{where} must be true or false, got {_type(value)}")
    return value


def _line(where: str, value: object) -> str:
    """One line of printable ASCII, as an HTTP header value must be."""
    if not isinstance(value, str):
        raise ConfigError(f"{where} must be a string, got {_type(value)}")
    if not _HEADER_VALUE.match(value):
        raise ConfigError(f"{where} must be one line of printable ASCII, got {value!r}")
    return value


def _strings(where: str, value: object) -> list[str]:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where} must be a list of strings")
    return list(value)


def _headers(where: str, value: object) -> Mapping[str, str]:
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise ConfigError(f"{where} must be a table of string values")
    for name, text in value.items():
        if not _HEADER_NAME.match(name):
            raise ConfigError(f"{where}: {name!r} is not a valid header name")
        _line(f"{where}.{name!r}", text)
    return MappingProxyType(dict(value))


def _patterns(where: str, value: object) -> tuple[re.Pattern[str], ...]:
    """Regular expressions, without nested repetitions.

    ``(a+)+`` and the like take exponential time to fail on a long URL (catastrophic
    backtracking), and Python cannot stop a running match: such patterns are refused when
    the config is read, since a time limit is impossible and a pattern that stalls would
    stall every run.
    """
    compiled = []
    for pattern in _strings(where, value):
        try:
            compiled.append(re.compile(pattern))
            nested = _repeats_a_repetition(_sre_parser.parse(pattern))
        except re.error as exc:
            raise ConfigError(f"{where}: bad regular expression {pattern!r}: {exc}") from None
        if nested:
            raise ConfigError(
                f"{where}: {pattern!r} repeats a repetition (like '(a+)+'), which can take "
                "exponential time on a long URL: write it without the nesting, or make the "
                "inner repetition possessive ('a++')")
    return tuple(compiled)


def _repeats_a_repetition(items: Iterable[tuple[Any, Any]], inside: bool = False) -> bool:
    """Whether a parsed pattern has a repetition inside a repetition that may backtrack
    into it. Possessive repetitions and atomic groups are never re-entered: they are safe."""
    for op, arg in items:
        children: Iterable[Any] = ()
        within = inside
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            repeating = arg[1] > 1
            if repeating and inside:
                return True
            children, within = [arg[2]], inside or repeating
        elif op is _sre.POSSESSIVE_REPEAT:
            children, within = [arg[2]], False
        elif op is _sre.ATOMIC_GROUP:
            children, within = [arg], False
        elif op is _sre.SUBPATTERN:
            children = [arg[3]]
        elif op is _sre.BRANCH:
            children = arg[1]
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            children = [arg[1]]
        elif op is _sre.GROUPREF_EXISTS:
            children = [branch for branch in arg[1:] if branch is not None]
        if any(_repeats_a_repetition(child, within) for child in children):
            return True
    return False


def _command_line_only(flag: str) -> Parser:
    """A setting that widens what the checker may reach: never taken from a config file."""
    def parse(where: str, value: object) -> None:
        raise ConfigError(f"{where} cannot be set in a config file, which a pull request can "
                          f"change: use {flag}")

    return parse


def allow_private_from_env(environ: Mapping[str, str]) -> bool:
    """``AWESOME_LINT_ALLOW_PRIVATE``: 1/true/yes, or 0/false/no/empty (the default)."""
    value = environ.get(ALLOW_PRIVATE_ENV, "").strip().lower()
    if value in ("", "0", "false", "no"):
        return False
    if value in ("1", "true", "yes"):
        return True
    raise ConfigError(f"{ALLOW_PRIVATE_ENV} must be 1 or 0, got {value!r}")


def _status_codes(where: str, value: object) -> frozenset[int]:
    """A list of codes and ranges: [200, 403, "200..299"]."""
    if not isinstance(value, list | tuple):
        raise ConfigError(f"{where} must be a list of status codes")
    codes: set[int] = set()
    for item in value:
        codes.update(_status_range(where, item))
    return frozenset(codes)


def _status_range(where: str, item: object) -> Iterable[int]:
    if isinstance(item, int) and not isinstance(item, bool):
        low = high = item
    elif isinstance(item, str) and (m := re.fullmatch(r"\s*(\d{3})\s*\.\.=?\s*(\d{3})\s*", item)):
        low, high = int(m.group(1)), int(m.group(2))
    else:
        raise ConfigError(f"{where}: {item!r} is not a status code or a range like '200..299'")
    if not 100 <= low <= high <= 999:
        raise ConfigError(f"{where}: {item!r} is not a valid status code range")
    return range(low, high + 1)


def _host_table(where: str, value: object) -> Mapping[str, HostPolicy]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where} must be a table of host tables")
    return {host: _host_policy(f"{where}.{host!r}", table) for host, table in value.items()}


def _host_policy(where: str, table: object) -> HostPolicy:
    if not isinstance(table, Mapping):
        raise ConfigError(f"{where} must be a table")
    return HostPolicy(**_fields(f"{where}:", table, _HOST_PARSERS))


def _fields(where: str, table: Mapping[str, Any],
            parsers: Mapping[str, Parser]) -> dict[str, Any]:
    """A table's values, each checked by its key's parser, keyed by field name."""
    kwargs: dict[str, Any] = {}
    for key, value in table.items():
        parse = parsers.get(key)
        if parse is None:
            raise ConfigError(f"{where} unknown key {key!r}")
        kwargs[key.replace("-", "_")] = parse(f"{where} {key!r}", value)
    return kwargs


_HOST_PARSERS: dict[str, Parser] = {
    "host-concurrency": _count(1, 256),
    "host-interval": _seconds(0, 60),
    "headers": _headers,
    "accept": _status_codes,
}
_PARSERS: dict[str, Parser] = {
    "timeout": _seconds(0, 300, above=True),
    "retries": _count(0, 10),
    "concurrency": _count(1, 1024),
    "host-concurrency": _count(1, 256),
    "host-interval": _seconds(0, 60),
    "hosts": _host_table,
    "accept": _status_codes,
    "exclude": _patterns,
    "headers": _headers,
    "user-agent": _line,
    "max-redirects": _count(0, 30),
    "retry-after-cap": _seconds(0, 600),
    "allow-private": _command_line_only(f"--allow-private or {ALLOW_PRIVATE_ENV}=1"),
    "allow-private-hosts": _command_line_only("--allow-private-hosts HOST,..."),
    "check-anchors": _bool,
    "cache-max-age": parse_duration,
    "backoff": _seconds(0.1, 60),
    "max-duration": _duration(0, 7 * 86400),
}
# Every TOML key must map onto a LinkConfig field; checked once at import.
assert {k.replace("-", "_") for k in _PARSERS} <= {f.name for f in fields(LinkConfig)}

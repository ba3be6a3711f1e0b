"""Settings of the link checker: ``[tool.awesome-lint.links]`` validated into a LinkConfig."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Any

from awesome_lint.errors import ConfigError

DEFAULT_USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)
DEFAULT_ACCEPT = frozenset(range(200, 300))
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT_S = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


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
    _host_cache: dict[str, _HostSettings] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        compiled = tuple(re.compile(p) if isinstance(p, str) else p for p in self.exclude)
        object.__setattr__(self, "exclude", compiled)
        hosts = {h.lower().rstrip("."): p for h, p in self.hosts.items()}
        object.__setattr__(self, "hosts", MappingProxyType(hosts))
        private_ok = frozenset(h.lower().rstrip(".") for h in self.allow_private_hosts)
        object.__setattr__(self, "allow_private_hosts", private_ok)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> LinkConfig:
        """Validate a ``[tool.awesome-lint.links]`` table (kebab-case keys)."""
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
    if seconds < 0:
        raise ConfigError(f"{where} must not be negative, got {value!r}")
    return seconds


def _number(where: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigError(f"{where} must be a number, got {_type(value)}")
    if value < 0:
        raise ConfigError(f"{where} must not be negative, got {value!r}")
    return float(value)


def _positive_number(where: str, value: object) -> float:
    number = _number(where, value)
    if number == 0:
        raise ConfigError(f"{where} must be greater than 0")
    return number


def _count(minimum: int) -> Callable[[str, object], int]:
    def parse(where: str, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{where} must be an integer, got {_type(value)}")
        if value < minimum:
            raise ConfigError(f"{where} must be at least {minimum}, got {value}")
        return value

    return parse


def _bool(where: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{where} must be true or false, got {_type(value)}")
    return value


def _string(where: str, value: object) -> str:
    if not isinstance(value, str):
        raise ConfigError(f"{where} must be a string, got {_type(value)}")
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
    return MappingProxyType(dict(value))


def _patterns(where: str, value: object) -> tuple[re.Pattern[str], ...]:
    compiled = []
    for pattern in _strings(where, value):
        try:
            compiled.append(re.compile(pattern))
        except re.error as exc:
            raise ConfigError(f"{where}: bad regular expression {pattern!r}: {exc}") from None
    return tuple(compiled)


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
            parsers: Mapping[str, Callable[[str, Any], Any]]) -> dict[str, Any]:
    """A table's values, each checked by its key's parser, keyed by field name."""
    kwargs: dict[str, Any] = {}
    for key, value in table.items():
        parse = parsers.get(key)
        if parse is None:
            raise ConfigError(f"{where} unknown key {key!r}")
        kwargs[key.replace("-", "_")] = parse(f"{where} {key!r}", value)
    return kwargs


_HOST_PARSERS: dict[str, Callable[[str, Any], Any]] = {
    "host-concurrency": _count(1),
    "host-interval": _number,
    "headers": _headers,
    "accept": _status_codes,
}
_PARSERS: dict[str, Callable[[str, Any], Any]] = {
    "timeout": _positive_number,
    "retries": _count(0),
    "concurrency": _count(1),
    "host-concurrency": _count(1),
    "host-interval": _number,
    "hosts": _host_table,
    "accept": _status_codes,
    "exclude": _patterns,
    "headers": _headers,
    "user-agent": _string,
    "max-redirects": _count(0),
    "retry-after-cap": _number,
    "allow-private": _bool,
    "allow-private-hosts": lambda where, v: frozenset(_strings(where, v)),
    "check-anchors": _bool,
    "cache-max-age": parse_duration,
    "backoff": _number,
}
# Every TOML key must map onto a LinkConfig field; checked once at import.
assert {k.replace("-", "_") for k in _PARSERS} <= {f.name for f in fields(LinkConfig)}

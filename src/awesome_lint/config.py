"""Configuration: ``[tool.awesome-lint]`` in pyproject.toml or a ``.awesome-lint.toml``."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .engine import ActiveRule
from .errors import ConfigError
from .parser import ParseOptions
from .problem import SEVERITIES
from .registry import Rule

CONFIG_FILES = (".awesome-lint.toml", "pyproject.toml")
_TOP_KEYS = {"select", "ignore", "exclude", "name-columns", "description-columns", "rules",
             "links"}
_RULE_KEYS = {"enabled", "severity"}


@dataclass(frozen=True)
class Config:
    source: str = "defaults"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    parse: ParseOptions = field(default_factory=ParseOptions)
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    links: dict[str, Any] = field(default_factory=dict)

    def excludes(self, path: str) -> bool:
        return any(fnmatch.fnmatch(path, pattern) for pattern in self.exclude)

    def active_rules(self, known: dict[str, Rule], select: tuple[str, ...] = (),
                     ignore: tuple[str, ...] = ()) -> list[ActiveRule]:
        """The rules to run: config, then ``--select``/``--ignore`` from the command line."""
        dropped = set(ignore) | set(self.ignore)
        _known_ids(known, [*select, *dropped], "")
        active = []
        for rule in known.values():
            settings = self.rules.get(rule.id, {})
            if select:
                enabled = rule.id in select
            else:
                chosen = rule.id in self.select if self.select else True
                enabled = chosen and settings.get("enabled", True)
            if not enabled or rule.id in dropped:
                continue
            options = {**rule.default, **{k: v for k, v in settings.items()
                                          if k not in _RULE_KEYS}}
            active.append(ActiveRule(rule, settings.get("severity", rule.severity), options))
        return active


def find(start: Path) -> Path | None:
    """The nearest config file at or above ``start``."""
    for folder in (start, *start.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_section(candidate)):
                return candidate
    return None


def load(path: Path | None, known: dict[str, Rule]) -> Config:
    if path is None:
        return Config()
    import tomllib  # only when there is a file: it costs a pre-commit run ~10 ms
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"{path}: cannot read config: {error.strerror}") from error
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from error
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("awesome-lint", {})
    return from_mapping(data, known, str(path))


def from_mapping(data: dict[str, Any], known: dict[str, Rule], source: str) -> Config:
    _unknown(data, _TOP_KEYS, source)
    for key in ("select", "ignore", "exclude", "name-columns", "description-columns"):
        _expect(data.get(key, []), list, f"{source}: '{key}'")
    rules = {rule_id: _rule_settings(rule_id, value, known, source)
             for rule_id, value in _expect(data.get("rules", {}), dict,
                                           f"{source}: 'rules'").items()}
    defaults = ParseOptions()
    parse = ParseOptions(
        name_columns=tuple(data.get("name-columns", defaults.name_columns)),
        description_columns=tuple(data.get("description-columns",
                                           defaults.description_columns)))
    links = _expect(data.get("links", {}), dict, f"{source}: 'links'")
    from .links.policy import LinkConfig

    try:
        LinkConfig.from_mapping(links)
    except ConfigError as error:
        raise ConfigError(f"{source}: {error}") from error
    config = Config(source, tuple(data.get("select", ())), tuple(data.get("ignore", ())),
                    tuple(data.get("exclude", ())), parse, rules, links)
    _known_ids(known, [*config.select, *config.ignore], f"{source}:")
    return config


def _rule_settings(rule_id: str, value: Any, known: dict[str, Rule],
                   source: str) -> dict[str, Any]:
    _known_ids(known, [rule_id], f"{source}: rules:")
    where = f"{source}: rules.{rule_id}"
    if isinstance(value, bool):
        return {"enabled": value}
    if isinstance(value, str):
        return {"enabled": value != "off"} | ({} if value == "off" else
                                               {"severity": _severity(value, where)})
    settings = _expect(value, dict, where)
    rule = known[rule_id]
    _unknown(settings, _RULE_KEYS | set(rule.conf), where)
    _expect(settings.get("enabled", True), bool, f"{where}.enabled")
    if "severity" in settings:
        _severity(settings["severity"], f"{where}.severity")
    for key, kind in rule.conf.items():
        if key in settings:
            _option(settings[key], kind, f"{where}.{key}")
    return settings


def _option(value: Any, kind: type | tuple, where: str) -> None:
    if isinstance(kind, tuple):
        if value not in kind:
            choices = ", ".join(repr(k) for k in kind)
            raise ConfigError(f"{where}: {value!r} is not one of {choices}")
        return
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return
    _expect(value, kind, where)


def _severity(value: Any, where: str) -> str:
    if value not in SEVERITIES:
        raise ConfigError(f"{where}: severity must be one of {', '.join(SEVERITIES)} or 'off'")
    return value


def _expect(value: Any, kind: type, where: str) -> Any:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ConfigError(f"{where}: expected {kind.__name__}, got {type(value).__name__}")
    return value


def _unknown(data: dict[str, Any], allowed: set[str], where: str) -> None:
    for key in data:
        if key not in allowed:
            raise ConfigError(f"{where}: unknown key '{key}'")


def _known_ids(known: dict[str, Rule], ids: list[str], where: str) -> None:
    for rule_id in ids:
        if rule_id not in known:
            raise ConfigError(f"{where} unknown rule '{rule_id}' (see --list-rules)".lstrip())


def _has_section(pyproject: Path) -> bool:
    try:
        text = pyproject.read_text(encoding="utf-8")
    except OSError:
        return False
    if "awesome-lint" not in text:
        return False
    import tomllib

    try:
        return "awesome-lint" in tomllib.loads(text).get("tool", {})
    except ValueError:  # broken TOML: load() says so, since it mentions us
        return True

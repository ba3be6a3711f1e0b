"""Configuration: ``[tool.awesome-lint]`` in pyproject.toml or a ``.awesome-lint.toml``."""

from __future__ import annotations

import fnmatch
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args, get_origin

from .engine import ActiveRule
from .errors import ConfigError
from .parser import ParseOptions
from .problem import SEVERITIES
from .registry import Rule

CONFIG_FILES = (".awesome-lint.toml", "pyproject.toml")
_TOP_KEYS = {"select", "ignore", "exclude", "name-columns", "description-columns", "rules",
             "links"}
_RULE_KEYS = {"enabled", "severity"}
_LISTS = ("select", "ignore", "exclude", "name-columns", "description-columns")

Reader = Callable[[Path], str | None]  # a file's text, None if there is no such file


@dataclass(frozen=True)
class Config:
    source: str = "defaults"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    parse: ParseOptions = field(default_factory=ParseOptions)
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    links: dict[str, Any] = field(default_factory=dict)
    folder: Path | None = None  # the config file's: exclude patterns are relative to it

    def excludes(self, path: Path) -> bool:
        """Whether an exclude pattern matches ``path`` written from the config's folder."""
        if not self.exclude:
            return False
        resolved = path.resolve()
        folder = (self.folder or Path.cwd()).resolve()
        name = resolved.relative_to(folder).as_posix() if resolved.is_relative_to(folder) \
            else resolved.as_posix()
        return any(fnmatch.fnmatch(name, pattern.removeprefix("./"))
                   for pattern in self.exclude)

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


def find(start: Path, read: Reader | None = None) -> Path | None:
    """The nearest config file at or above ``start``; ``read``: as a git revision has them."""
    for folder in (start, *start.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            text = (read or _peek)(candidate)
            if text is not None and (name != "pyproject.toml" or _mentions_us(text)):
                return candidate
    return None


def load(path: Path | None, known: dict[str, Rule], read: Reader | None = None) -> Config:
    """The config in ``path`` (defaults for none); ``read``: as a git revision has it, where
    a file missing means the defaults."""
    text = None if path is None else _read(path) if read is None else read(path)
    if path is None or text is None:
        return Config()
    data = _toml(text, path)
    if path.name == "pyproject.toml":
        tool = _expect(data.get("tool", {}), dict, f"{path}: 'tool'")
        data = _expect(tool.get("awesome-lint", {}), dict, f"{path}: 'tool.awesome-lint'")
    return from_mapping(data, known, str(path), path.parent)


def _peek(path: Path) -> str | None:
    """A file's text as find() needs it: "" if it cannot be read (load() will say why)."""
    if not path.is_file():
        return None
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError(f"{path}: cannot read config: {error.strerror}") from error
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from error


def _toml(text: str, path: Path) -> dict[str, Any]:
    import tomllib  # only when there is a file: it costs a pre-commit run ~10 ms
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from error
    except RecursionError as error:  # tomllib reads nested arrays and tables recursively
        raise ConfigError(f"{path}: invalid TOML: nested too deeply") from error


def from_mapping(data: dict[str, Any], known: dict[str, Rule], source: str,
                 folder: Path | None = None) -> Config:
    _unknown(data, _TOP_KEYS, source)
    for key in _LISTS:
        _option(data.get(key, []), list[str], f"{source}: '{key}'")
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
                    tuple(data.get("exclude", ())), parse, rules, links, folder)
    _known_ids(known, [*config.select, *config.ignore], f"{source}: ")
    return config


def _rule_settings(rule_id: str, value: Any, known: dict[str, Rule],
                   source: str) -> dict[str, Any]:
    _known_ids(known, [rule_id], f"{source}: rules: ")
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


def _option(value: Any, kind: Any, where: str) -> None:
    """Check ``value`` against a CONF type: a type, ``list[type]`` (a bare ``list`` holds
    strings) or a tuple of the values allowed."""
    if isinstance(kind, tuple):
        if not isinstance(value, str | int | float) or value not in kind:
            choices = ", ".join(repr(k) for k in kind)
            raise ConfigError(f"{where}: {_shown(value)} is not one of {choices}")
    elif kind is list or get_origin(kind) is list:
        item = (get_args(kind) or (str,))[0]
        for index, element in enumerate(_expect(value, list, where)):
            _option(element, item, f"{where}[{index}]")
    elif not (kind is float and isinstance(value, int) and not isinstance(value, bool)):
        _expect(value, kind, where)
        if isinstance(value, str) and ("\n" in value or "\r" in value):
            raise ConfigError(f"{where}: expected a single line, got {_shown(value)}")


def _shown(value: Any) -> str:
    """A value as an error message quotes it: on one line, and short."""
    if isinstance(value, str | int | float):
        shown = repr(value)
        return shown if len(shown) <= 60 else shown[:57] + "..."
    return f"a {type(value).__name__}"


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
            raise ConfigError(f"{where}: unknown key {_shown(key)}")


def _known_ids(known: dict[str, Rule], ids: list[str], where: str) -> None:
    for rule_id in ids:
        if rule_id not in known:
            raise ConfigError(f"{where}unknown rule {_shown(rule_id)} (see --list-rules)")


def _mentions_us(pyproject: str) -> bool:
    """Whether a pyproject.toml has a ``[tool.awesome-lint]``, or may: load() says what is
    wrong with one that cannot be read."""
    if "awesome-lint" not in pyproject:
        return False
    import tomllib

    try:
        tool = tomllib.loads(pyproject).get("tool", {})
    except (ValueError, RecursionError):
        return True
    return not isinstance(tool, dict) or "awesome-lint" in tool

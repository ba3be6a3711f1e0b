"""Finds rules: every rule, built-in or third-party, is an ``awesome_lint.rules`` entry point."""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any

from .errors import AwesomeLintError
from .model import Document
from .problem import SEVERITIES, Problem

GROUP = "awesome_lint.rules"
PAGES = "awesome_lint.pages"
# Where the pages are read on the web: SARIF's helpUri and the job summary link there.
PAGES_URL = "https://github.com/OWNER/awesome-lint/blob/main/rules/"


@dataclass(frozen=True)
class Rule:
    """A rule's metadata and its ``check``, read from the module an entry point names."""

    id: str
    summary: str
    severity: str
    conf: dict[str, Any]
    default: dict[str, Any]
    fixable: bool
    check: Callable[[Document, dict[str, Any]], Iterator[Problem]]

    @classmethod
    def from_module(cls, module: ModuleType) -> Rule:
        summary = (module.__doc__ or "").strip().splitlines()
        rule = cls(module.ID, summary[0] if summary else "", module.SEVERITY,
                   dict(module.CONF), dict(module.DEFAULT), getattr(module, "FIXABLE", False),
                   module.check)
        if rule.severity not in SEVERITIES:
            raise AwesomeLintError(f"rule {rule.id}: unknown default severity {rule.severity!r}")
        return rule


@cache
def all_rules() -> dict[str, Rule]:
    """Every installed rule by id, sorted by id."""
    rules: dict[str, Rule] = {}
    for name, target in entry_points(GROUP):
        try:
            module = importlib.import_module(target.partition(":")[0].strip())
            rule = Rule.from_module(_attribute(module, target.partition(":")[2].strip()))
        except (ImportError, AttributeError) as error:
            raise AwesomeLintError(f"cannot load rule {name!r}: {error}") from error
        rules[rule.id] = rule
    return dict(sorted(rules.items()))


def entry_points(group: str) -> list[tuple[str, str]]:
    """(name, "module[:attribute]") of every installed distribution's entry points in group.

    What ``importlib.metadata.entry_points`` finds, read straight from the
    ``entry_points.txt`` files on ``sys.path``: importing importlib.metadata alone costs a
    pre-commit run ~45 ms. The first distribution of a name on the path wins, as there.
    """
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    for folder in sys.path:
        try:
            names = sorted(os.listdir(folder or "."))
        except OSError:
            continue
        for name in names:
            stem, dot, suffix = name.rpartition(".")
            if not dot or suffix not in ("dist-info", "egg-info"):
                continue
            distribution = stem.split("-")[0].lower().replace("_", "-")
            if distribution in seen:
                continue
            seen.add(distribution)
            found += _group(os.path.join(folder or ".", name, "entry_points.txt"), group)
    return found


def _group(path: str, group: str) -> list[tuple[str, str]]:
    try:
        with open(path, encoding="utf-8") as file:
            lines = file.read().splitlines()
    except OSError:
        return []
    found, current = [], ""
    for line in lines:
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
        elif current == group and "=" in line and not line.startswith(("#", ";")):
            name, _, target = line.partition("=")
            found.append((name.strip(), target.strip()))
    return found


def _attribute(module: ModuleType, path: str) -> ModuleType:
    target: Any = module
    for part in filter(None, path.split(".")):
        target = getattr(target, part)
    return target


def page(rule_id: str) -> str | None:
    """The rule's documentation page (``rules/<id>.md``), shipped inside the package."""
    from importlib import resources

    try:
        return resources.files(PAGES).joinpath(f"{rule_id}.md").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return None


def page_url(rule_id: str, base: str = PAGES_URL) -> str | None:
    """The web address of the rule's page, for a rule that has one."""
    return f"{base}{rule_id}.md" if page(rule_id) is not None else None

"""Finds rules: every rule, built-in or third-party, is an ``awesome_lint.rules`` entry point."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import metadata, resources
from types import ModuleType
from typing import Any

from .errors import AwesomeLintError
from .model import Document
from .problem import SEVERITIES, Problem

GROUP = "awesome_lint.rules"
PAGES = "awesome_lint.pages"


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
    for point in metadata.entry_points(group=GROUP):
        try:
            rule = Rule.from_module(point.load())
        except (ImportError, AttributeError) as error:
            raise AwesomeLintError(f"cannot load rule {point.name!r}: {error}") from error
        rules[rule.id] = rule
    return dict(sorted(rules.items()))


def page(rule_id: str) -> str | None:
    """The rule's documentation page (``rules/<id>.md``), shipped inside the package."""
    try:
        return resources.files(PAGES).joinpath(f"{rule_id}.md").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return None

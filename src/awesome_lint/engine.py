"""Runs the configured rules over a document and stamps what they report."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from . import directives
from .model import Document
from .problem import SEVERITIES, Fix, Problem
from .registry import Rule


@dataclass(frozen=True)
class ActiveRule:
    """A rule as one run uses it: its severity and its options after configuration."""

    rule: Rule
    severity: str
    options: dict[str, Any]


def lint(document: Document, rules: Iterable[ActiveRule],
         keep_line: Callable[[int], bool] | None = None) -> list[Problem]:
    """Every problem the rules find, minus those switched off inline, sorted."""
    hidden = directives.read(document)
    found = []
    for active in rules:
        allowed: dict[Fix, bool] = {}
        for problem in active.rule.check(document, active.options):
            if hidden.hides(active.rule.id, problem.line):
                continue
            if keep_line is not None and not keep_line(problem.line):
                continue
            found.append(problem.stamped(
                rule=active.rule.id, path=document.path,
                fix=_allowed(problem.fix, active.rule.id, hidden, allowed),
                severity=_milder(problem.severity, active.severity)))
    return sorted(found, key=lambda p: p.sort_key)


def _allowed(fix: Fix | None, rule: str, hidden: directives.Suppressions,
             seen: dict[Fix, bool]) -> Fix | None:
    """The fix, unless it would change a line where its rule is switched off."""
    if fix is None or not hidden.ranges:
        return fix
    if fix not in seen:  # the problems of a group may share one fix
        seen[fix] = not any(hidden.hides(rule, line) for line in fix.touched_lines())
    return fix if seen[fix] else None


def _milder(reported: str, configured: str) -> str:
    """A rule may report a milder case below its severity, never above it."""
    if not reported:
        return configured
    return max(reported, configured, key=SEVERITIES.index)

"""Runs the configured rules over a document and stamps what they report."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from . import directives
from .model import Document
from .problem import SEVERITIES, Problem
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
        for problem in active.rule.check(document, active.options):
            if hidden.hides(active.rule.id, problem.line):
                continue
            if keep_line is not None and not keep_line(problem.line):
                continue
            found.append(problem.stamped(
                rule=active.rule.id, path=document.path,
                severity=_milder(problem.severity, active.severity)))
    return sorted(found, key=lambda p: p.sort_key)


def _milder(reported: str, configured: str) -> str:
    """A rule may report a milder case below its severity, never above it."""
    if not reported:
        return configured
    return max(reported, configured, key=SEVERITIES.index)

"""How problems are written: plain text, JSON, GitHub workflow annotations or SARIF."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import TextIO

from .problem import Problem, one_line

FORMATS = ("auto", "text", "json", "github", "sarif")
_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_DIM, _RESET = "\033[2m", "\033[0m"


def resolve(fmt: str, color: str, terminal: bool, env: Mapping[str, str]) -> tuple[str, bool]:
    """The format and colour ``--format`` and ``--color`` come to: ``auto`` is annotations in
    a GitHub Actions job and text elsewhere, coloured on a terminal unless NO_COLOR is set."""
    if fmt == "auto":
        fmt = "github" if env.get("GITHUB_ACTIONS") == "true" else "text"
    colour = color == "always" or (color == "auto" and terminal and not env.get("NO_COLOR"))
    return fmt, colour and fmt == "text"


def write(problems: Sequence[Problem], fmt: str, out: TextIO, colour: bool = False) -> None:
    if fmt in ("json", "sarif"):
        data = sarif(problems) if fmt == "sarif" else [as_json(p) for p in problems]
        json.dump(data, out, indent=2, ensure_ascii=False)
        out.write("\n")
        return
    line = _github if fmt == "github" else (_coloured if colour else text)
    for problem in problems:
        out.write(line(problem) + "\n")


def text(problem: Problem) -> str:
    return (f"{problem.path}:{problem.line}:{problem.column}: "
            f"{problem.severity} {problem.rule} {one_line(problem.message)}")


def as_json(problem: Problem) -> dict[str, object]:
    return {"path": problem.path, "line": problem.line, "column": problem.column,
            "rule": problem.rule, "severity": problem.severity, "message": problem.message,
            "fixable": problem.fix is not None, **problem.data}


def sarif(problems: Sequence[Problem]) -> dict[str, object]:
    """SARIF 2.1.0, the format GitHub code scanning reads; each rule carries its page."""
    from . import __version__
    from .registry import all_rules, page, page_url

    rule_ids = sorted({p.rule for p in problems})
    results = [{
        "ruleId": p.rule, "ruleIndex": rule_ids.index(p.rule),
        "level": {"info": "note"}.get(p.severity, p.severity),
        "message": {"text": p.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": p.path.replace("\\", "/")},
            "region": {"startLine": p.line, "startColumn": p.column}}}],
    } for p in problems]
    known = all_rules()
    rules = [{"id": rule_id,
              "shortDescription": {"text": known[rule_id].summary if rule_id in known else ""},
              "help": {"text": page(rule_id) or "", "markdown": page(rule_id) or ""},
              **({"helpUri": url} if (url := page_url(rule_id)) else {})}
             for rule_id in rule_ids]
    driver = {"name": "awesome-lint", "version": __version__, "rules": rules}
    return {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
            "runs": [{"tool": {"driver": driver}, "results": results}]}


def _coloured(problem: Problem) -> str:
    colour = _COLOURS.get(problem.severity, "")
    return (f"{_DIM}{problem.path}:{problem.line}:{problem.column}:{_RESET} "
            f"{colour}{problem.severity}{_RESET} {problem.rule} {one_line(problem.message)}")


def _github(problem: Problem) -> str:
    level = {"error": "error", "warning": "warning"}.get(problem.severity, "notice")
    path = escape_data(problem.path).replace(",", "%2C").replace(":", "%3A")
    return (f"::{level} file={path},line={problem.line},col={problem.column},"
            f"title={problem.rule}::{escape_data(problem.message)}")


def escape_data(text: str) -> str:
    """Text as a workflow command carries it."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

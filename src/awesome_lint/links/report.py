"""``--report FILE.md|.json``: broken and redirected links by file and section."""

from __future__ import annotations

import json
from collections.abc import Sequence
from itertools import groupby
from pathlib import Path
from typing import Any

from awesome_lint.errors import InputError
from awesome_lint.links import LINK_RULES
from awesome_lint.model import Document
from awesome_lint.problem import Problem


def write(path: Path, problems: Sequence[Problem], documents: Sequence[Document],
          summary: str) -> None:
    rows = _rows(problems, {d.path: d for d in documents})
    text = json.dumps({"summary": summary, "links": rows}, indent=2, ensure_ascii=False) + "\n" \
        if path.suffix == ".json" else _markdown(rows, summary)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise InputError(f"{path}: cannot write report: {error.strerror}") from error


def _rows(problems: Sequence[Problem], documents: dict[str, Document]) -> list[dict[str, Any]]:
    names = {path: {e.line: e.name for e in reversed(doc.entries)}
             for path, doc in documents.items()}  # each line's first entry, read once
    rows = []
    for problem in problems:
        if problem.rule not in LINK_RULES or problem.severity == "info":
            continue
        rows.append({
            "path": problem.path, "section": _section(documents[problem.path], problem.line),
            "entry": names[problem.path].get(problem.line, ""), "line": problem.line,
            "column": problem.column, "rule": problem.rule, "severity": problem.severity,
            "url": problem.data.get("url"), "status": problem.data.get("status"),
            "final_url": problem.data.get("final_url"), "message": problem.message})
    return rows


def _section(document: Document, line: int) -> str:
    title = ""
    for section in document.sections:
        if section.line <= line:
            title = section.title
    return title or "(top)"


def _markdown(rows: list[dict[str, Any]], summary: str) -> str:
    out = ["# Link report", "", summary, ""]
    if not rows:
        out += ["No broken or redirected links.", ""]
    for (path, section), group in groupby(rows, key=lambda r: (r["path"], r["section"])):
        out += [f"## {path}: {section}", "",
                "| Line | Entry | Link | Problem | Now at |", "| --- | --- | --- | --- | --- |"]
        for row in group:
            problem = row["message"].split(": http")[0] if row["rule"] == "broken-link" \
                else f"{row['status']} redirect"
            out.append(f"| {row['line']} | {_cell(row['entry'])} | {_cell(row['url'])} | "
                       f"{_cell(problem)} | {_cell(row['final_url'] or '')} |")
        out.append("")
    return "\n".join(out)


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|")

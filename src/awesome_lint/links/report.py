"""``--report FILE.md|.json``: the link health report a maintainer pastes into an issue.

A summary table, then each group: dead links (clustered by host when a host went away
wholesale), deleted, renamed, archived and stale repositories, redirected links, links not
checked. The JSON file holds the same data.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from awesome_lint.errors import InputError
from awesome_lint.links import LINK_RULES
from awesome_lint.model import Document
from awesome_lint.problem import Problem, one_line
from awesome_lint.urls import host_of

CLUSTER = 3  # dead links on one host that answered nothing else: the host went away
FOLD = 10  # rows above which a group is folded in <details>
# (key, title, columns): columns name row fields, shown under these headers.
GROUPS: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    ("dead", "Dead links", (("url", "Link"), ("problem", "Problem"),
                            ("archive_url", "Archived copy"))),
    ("deleted", "Deleted repositories", (("repository", "Repository"),
                                         ("archive_url", "Archived copy"))),
    ("renamed", "Renamed repositories", (("renamed", "Old → new"),)),
    ("archived", "Archived repositories", (("repository", "Repository"),
                                           ("pushed_at", "Last push"))),
    ("stale", "Stale repositories", (("repository", "Repository"), ("pushed_at", "Last push"))),
    ("redirected", "Redirected links", (("url", "Link"), ("final_url", "Now at"))),
    ("unchecked", "Not checked", (("url", "Link"), ("problem", "Why"))),
)
_COUNTED = (("links", "Links checked"), ("dead", "Dead"), ("deleted", "Deleted repositories"),
            ("renamed", "Renamed"), ("archived", "Archived"), ("stale", "Stale"))


def write(path: Path, problems: Sequence[Problem], documents: Sequence[Document],
          summary: str) -> None:
    data = build(problems, documents, summary)
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n" \
        if path.suffix == ".json" else markdown(data)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise InputError(f"{path}: cannot write report: {error.strerror}") from error


def build(problems: Sequence[Problem], documents: Sequence[Document],
          summary: str) -> dict[str, Any]:
    """The report's data: summary, counts, the dead hosts, and one row per link problem."""
    rows = _rows(problems, {d.path: d for d in documents})
    repositories = {key: len({r["repository"] for r in rows if r["group"] == key})
                    for key in ("deleted", "renamed", "archived", "stale")}
    counts = {"links": sum(1 for d in documents for _ in d.link_checks()),
              "dead": sum(r["group"] == "dead" for r in rows), **repositories,
              **{key: sum(r["group"] == key for r in rows) for key in ("redirected",
                                                                       "unchecked")}}
    return {"summary": summary, "counts": counts,
            "dead_hosts": _dead_hosts(rows, documents), "links": rows}


def _rows(problems: Sequence[Problem], documents: dict[str, Document]) -> list[dict[str, Any]]:
    names = {path: {e.line: e.name for e in reversed(doc.entries)}
             for path, doc in documents.items()}  # each line's first entry, read once
    rows = []
    for problem in problems:
        group = _group(problem)
        if group is None:
            continue
        data = problem.data
        url = data.get("url") or ""
        rows.append({
            "group": group, "path": problem.path,
            "section": _section(documents[problem.path], problem.line),
            "entry": one_line(names[problem.path].get(problem.line, "")),
            "line": problem.line, "column": problem.column, "rule": problem.rule,
            "severity": problem.severity, "url": url, "host": host_of(url),
            "status": data.get("status"), "final_url": data.get("final_url"),
            "archive_url": data.get("archive_url"), "repository": data.get("repository"),
            "pushed_at": data.get("pushed_at"), "message": problem.message})
    return rows


def _group(problem: Problem) -> str | None:
    if problem.rule not in LINK_RULES or problem.severity == "info":
        return None
    if problem.rule == "broken-link":
        if problem.severity != "error":
            return "unchecked"
        return "deleted" if problem.data.get("repository") else "dead"
    if problem.rule == "redirect":
        return "renamed" if problem.data.get("repository") else "redirected"
    return problem.rule


def _section(document: Document, line: int) -> str:
    title = ""
    for section in document.sections:
        if section.line <= line:
            title = section.title
    return one_line(title) or "(top)"


def _dead_hosts(rows: list[dict[str, Any]], documents: Iterable[Document]) -> list[dict]:
    """Hosts that went away wholesale: every link checked there is dead (and there are a
    few)."""
    dead = Counter(r["host"] for r in rows if r["group"] == "dead")
    alive = {host_of(link.url) for d in documents for link, result in d.link_checks()
             if result.verdict != "broken"}
    return [{"host": host, "links": count} for host, count in sorted(
        dead.items(), key=lambda item: (-item[1], item[0])) if count >= CLUSTER
        and host not in alive]


# ----------------------------------------------------------------------------- Markdown
def markdown(data: dict[str, Any]) -> str:
    counts = data["counts"]
    out = ["# Link health report", "", data["summary"], "",
           "| " + " | ".join(title for _, title in _COUNTED) + " |",
           "|" + " ---: |" * len(_COUNTED),
           "| " + " | ".join(str(counts[key]) for key, _ in _COUNTED) + " |", ""]
    rows = data["links"]
    several = len({row["path"] for row in rows}) > 1
    clusters = {entry["host"]: entry["links"] for entry in data["dead_hosts"]}
    for key, title, columns in GROUPS:
        group = [row for row in rows if row["group"] == key]
        if not group:
            continue
        out += [f"## {title} ({len(group)})", ""]
        if key == "dead" and clusters:
            for host, count in clusters.items():
                out += [f"### {host}: {count} links", ""]
                out += _table([r for r in group if r["host"] == host], columns, several)
            group = [row for row in group if row["host"] not in clusters]
            if group:
                out += ["### Other dead links", ""]
        if group:
            out += _table(group, columns, several)
    if not rows:
        out += ["No dead, deleted, renamed, archived or stale links.", ""]
    return "\n".join(out)


def _table(rows: list[dict[str, Any]], columns: tuple[tuple[str, str], ...],
           several: bool) -> list[str]:
    headers = ["Entry", "Section", "Line", *(title for _, title in columns)]
    lines = ["| " + " | ".join(headers) + " |", "|" + " --- |" * len(headers)]
    for row in rows:
        where = f"{row['path']}:{row['line']}" if several else str(row["line"])
        cells = [row["entry"], row["section"], where, *(_value(row, key) for key, _ in columns)]
        lines.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
    if len(rows) > FOLD:
        lines = [f"<details><summary>{len(rows)} links</summary>", "", *lines, "", "</details>"]
    return [*lines, ""]


def _value(row: dict[str, Any], key: str) -> str:
    if key == "problem":
        return str(row["message"]).partition(f": {row['url']}")[0]
    if key == "renamed":
        return f"{row['url']} → {row['final_url'] or row['repository']}"
    if key == "pushed_at":
        return (row["pushed_at"] or "")[:10]
    return str(row[key] or "")


def _cell(text: str) -> str:
    return one_line(str(text)).replace("|", "\\|")

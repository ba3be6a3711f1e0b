"""The Markdown a GitHub Actions run shows: counts by rule, the problems as a table, and the
link report when links were checked. The same text makes the audit's issue, whose body
GitHub caps at 65,536 characters: the tables are cut well before that."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from urllib.parse import quote

from .problem import SEVERITIES, Problem, one_line
from .registry import PAGES_URL, page_url

MAX_TABLE = 30_000  # characters of the problems table
MAX_LINK_REPORT = 25_000


def render(problems: Sequence[Problem], scope: str, link_report: str | None = None,
           pages: str = PAGES_URL, blob: str | None = None) -> str:
    """``scope`` says what was reported ("new in this pull request"); ``blob`` is the address
    files are read at on the web (``…/blob/SHA/``), to link each problem to its line."""
    out = ["## awesome-lint", ""]
    if problems:
        out += [f"{_count(problems)} {scope}.", "", *_by_rule(problems, pages), "",
                *_table(problems, blob), ""]
    else:
        out += [f"No problems {scope}.", ""]
    if link_report:
        out += [_shortened(_demoted(link_report.strip())), ""]
    return "\n".join(out)


def _count(problems: Sequence[Problem]) -> str:
    counts = Counter(p.severity for p in problems)
    parts = [f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in SEVERITIES if counts[s]]
    return f"{len(problems)} problem{'s' if len(problems) != 1 else ''} ({', '.join(parts)})"


def _by_rule(problems: Sequence[Problem], pages: str) -> list[str]:
    counts = Counter((p.rule, p.severity) for p in problems)
    rows = ["| Rule | Errors | Warnings | Notes |", "| --- | ---: | ---: | ---: |"]
    for rule in sorted({p.rule for p in problems}):
        url = page_url(rule, pages)
        name = f"[`{rule}`]({url})" if url else f"`{rule}`"
        rows.append(f"| {name} | " + " | ".join(str(counts[rule, s]) for s in SEVERITIES)
                    + " |")
    return rows


def _table(problems: Sequence[Problem], blob: str | None) -> list[str]:
    rows = ["| Where | Severity | Rule | Problem |", "| --- | --- | --- | --- |"]
    size = 0
    for shown, problem in enumerate(problems):
        where = _cell(f"{problem.path}:{problem.line}")
        if blob and not problem.path.startswith("/"):
            where = f"[{where}]({blob}{quote(problem.path)}#L{problem.line})"
        row = f"| {where} | {problem.severity} | {problem.rule} | {_cell(problem.message)} |"
        size += len(row) + 1
        if size > MAX_TABLE:
            return [*rows, "", f"…and {len(problems) - shown} more: the job's log lists them."]
        rows.append(row)
    return rows


def _cell(text: str) -> str:
    """Text from the list itself, shown as text: no table break, no HTML."""
    return (one_line(text).replace("\\", "\\\\").replace("|", "\\|")
            .replace("<", "&lt;").replace(">", "&gt;"))


def _demoted(markdown: str) -> str:
    """Headings two levels down, under the summary's own."""
    return "\n".join(f"##{line}" if line.startswith("#") else line
                     for line in markdown.splitlines())


def _shortened(markdown: str) -> str:
    if len(markdown) <= MAX_LINK_REPORT:
        return markdown
    cut = markdown.rfind("\n", 0, MAX_LINK_REPORT)
    return markdown[:cut] + "\n\n…the link report goes on: `--report` writes it whole."

"""No project is listed twice: the same URL or the same name appears once."""

from __future__ import annotations

from collections.abc import Iterator

from awesome_lint.errors import ConfigError
from awesome_lint.model import Document, Entry
from awesome_lint.problem import Problem
from awesome_lint.urls import normalize, repository

ID = "duplicate-entry"
SEVERITY = "error"
CONF: dict[str, type | tuple] = {
    "across-sections": ("warning", "error", "ignore"),
    "by": list,
}
DEFAULT: dict[str, object] = {
    "across-sections": "warning",
    "by": ["url", "name"],
}

_KINDS = ("url", "name")


def check(document: Document, conf: dict) -> Iterator[Problem]:
    by = set(conf["by"])
    if not by <= set(_KINDS):
        raise ConfigError(f"{ID}: option 'by' takes 'url' and 'name', got {conf['by']!r}")
    across = conf["across-sections"]
    first_by_url: dict[str, Entry] = {}
    seen_by_name: dict[str, list[Entry]] = {}
    for entry in document.entries:
        url, name = _url_key(entry), _name_key(entry)
        same_url = first_by_url.get(url) if url and "url" in by else None
        same_name = seen_by_name.get(name, []) if "name" in by else []
        first = _first_occurrence(entry, same_url, same_name)
        if url:
            first_by_url.setdefault(url, entry)
        if name:
            seen_by_name.setdefault(name, []).append(entry)
        if first is None or (first.section != entry.section and across == "ignore"):
            continue
        yield _problem(document, entry, first, cross=first.section != entry.section, across=across)


def _first_occurrence(entry: Entry, same_url: Entry | None, same_name: list[Entry]) -> Entry | None:
    """The earliest entry listed before ``entry`` that is the same project."""
    candidates = [other for other in same_name if not _distinct_projects(entry, other)]
    if same_url:
        candidates.append(same_url)
    return min(candidates, key=lambda e: (e.line, e.column), default=None)


def _distinct_projects(entry: Entry, other: Entry) -> bool:
    """Whether two entries that share a name are still two projects, as their URLs show.

    Nested items under different parents ("Swift > Education", "PHP > Education") carry a
    generic name that their parent qualifies; two different repositories on a forge are two
    projects (awesome-go lists six packages named "log").
    """
    url, other_url = _url_key(entry), _url_key(other)
    if url is not None and url == other_url:
        return False
    if entry.depth > 0 and other.depth > 0 and entry.parent != other.parent:
        return True
    repo, other_repo = _repository(entry), _repository(other)
    return repo is not None and other_repo is not None and repo != other_repo


def _problem(document: Document, entry: Entry, first: Entry, cross: bool, across: str) -> Problem:
    alias = "" if _name_key(first) == _name_key(entry) else f" as '{first.name}'"
    where = document.section_title(first.section)
    return Problem(
        entry.line,
        entry.column,
        f"'{entry.name}' also listed at line {first.line}{alias} ({where}); keep one",
        severity="warning" if cross and across == "warning" else "",
        data={"first_line": first.line, "first_section": where},
    )


def _url_key(entry: Entry) -> str | None:
    return normalize(entry.url) if entry.url else None


def _name_key(entry: Entry) -> str:
    return " ".join(entry.name.split()).casefold()


def _repository(entry: Entry) -> str | None:
    return repository(entry.url) if entry.url else None

"""No project is listed twice: the same URL, or the same name with a related URL."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from awesome_lint.errors import ConfigError
from awesome_lint.model import Document, Entry
from awesome_lint.problem import Problem, one_line
from awesome_lint.urls import FORGES, host_of, normalize, repository, site_of

ID = "duplicate-entry"
SEVERITY = "error"
CONF: dict[str, type | tuple] = {
    "across-sections": ("warning", "error", "ignore"),
    "by": list,
    "same-name-hints": bool,
}
DEFAULT: dict[str, object] = {
    "across-sections": "warning",
    "by": ["url", "name"],
    "same-name-hints": False,
}

_KINDS = ("url", "name")
# A project's page there is a community, not a second listing of the project.
_COMMUNITY_HOSTS = frozenset((
    "discord.gg", "discord.com", "reddit.com", "twitter.com", "x.com", "t.me", "slack.com",
    "linkedin.com", "facebook.com", "youtube.com", "gitter.im", "matrix.to", "medium.com",
))

_PAGE_NAMES = frozenset((
    "", "index", "docs", "doc", "en", "home", "about", "readme", "wiki", "main", "master",
    "latest", "stable", "product", "products", "site", "api", "apis", "tree", "blob",
    "projects", "project", "packages", "package", "marketplace", "actions", "tools", "app",
    "apps", "download",
))

_VERSION = re.compile(r"v?\d+(?:\.\d+)*")


@dataclass
class _Seen:
    """What was listed before: by URL, and by name with each name's related URLs."""

    by_url: dict[str, Entry] = field(default_factory=dict)
    by_name: dict[tuple[str, str | None], dict[str, Entry]] = field(default_factory=dict)
    by_alias: dict[str, Entry] = field(default_factory=dict)  # see _aliases


def check(document: Document, conf: dict) -> Iterator[Problem]:
    by = set(conf["by"])
    if not by <= set(_KINDS):
        raise ConfigError(f"{ID}: option 'by' takes 'url' and 'name', got {conf['by']!r}")
    seen = _Seen()
    for entry in document.entries:
        aliases = _aliases(document, entry)
        same = _same_url(seen, entry, aliases) if "url" in by else None
        named = _same_name(seen, entry) if "name" in by and entry.named else (None, None)
        first = _earliest([e for e in (same, named[0]) if e is not None])
        _remember(seen, entry, aliases)
        if first is not None:
            if first.section == entry.section or conf["across-sections"] != "ignore":
                yield _problem(document, entry, first, conf["across-sections"])
        elif named[1] is not None and conf["same-name-hints"]:
            yield _hint(document, entry, named[1])


def _same_url(seen: _Seen, entry: Entry, aliases: list[str]) -> Entry | None:
    earlier = [seen.by_url.get(url) or seen.by_alias.get(url) for url in _compared_urls(entry)]
    for other in [*earlier, *map(seen.by_url.get, aliases)]:
        if other is not None and not _one_projects_links(entry, other):
            return other
    return None


def _aliases(document: Document, entry: Entry) -> list[str]:
    """The entry's project under other addresses, as the link checker learnt them (its
    repository's homepage, its repository's new name). They meet other entries' own URLs,
    never each other: two repositories of one owner often share a homepage."""
    own = _compared_urls(entry)
    return [key for url in entry.urls for alias in document.same_project(url)
            if (key := normalize(alias)) not in own]


def _same_name(seen: _Seen, entry: Entry) -> tuple[Entry | None, Entry | None]:
    """(an earlier entry of this name with a related URL, one with an unrelated URL)."""
    related: list[Entry] = []
    unrelated: list[Entry] = []
    for group in _name_groups(entry, looking=True):
        listed = seen.by_name.get(group)
        if not listed:
            continue
        keys = _relation_keys(entry, looking=True) or {"*"}
        matches = [listed[key] for key in keys | {""} if key in listed]
        (related if matches else unrelated).extend(matches or [listed["*"]])
    return _earliest(related), _earliest(unrelated)


def _earliest(entries: list[Entry]) -> Entry | None:
    return min(entries, key=lambda e: (e.line, e.column), default=None)


def _remember(seen: _Seen, entry: Entry, aliases: list[str]) -> None:
    for url in _compared_urls(entry):
        seen.by_url.setdefault(url, entry)
    for url in aliases:
        seen.by_alias.setdefault(url, entry)
    if not entry.named:
        return
    keys = _relation_keys(entry, looking=False) or {""}
    for group in _name_groups(entry, looking=False):
        listed = seen.by_name.setdefault(group, {})
        listed.setdefault("*", entry)
        for key in keys:
            listed.setdefault(key, entry)


def _name_groups(entry: Entry, looking: bool) -> list[tuple[str, str | None]]:
    """Where an entry's name is filed. A nested item's name is qualified by its parent
    ("Swift > Education", "PHP > Education"), so it meets only its siblings' and the
    top-level entries' names; a top-level name meets every nested one."""
    name = _name_key(entry)
    if entry.depth == 0:
        return [(name, None), (name, "*")] if looking else [(name, None)]
    own = (name, _name_key_of(entry.parent or ""))
    return [own, (name, None)] if looking else [own, (name, "*")]


def _relation_keys(entry: Entry, looking: bool) -> set[str]:
    """What relates two links of one project: the same page, the same site, a site and a
    repository or page named alike (``opencv.org``, ``github.com/opencv/opencv``,
    ``comet.com/site/products/opik``), but not two repositories both named ``log``. A path
    inside a repository (``/tree/main/app``) can be another project."""
    keys: set[str] = set()
    for url in entry.urls:
        normal = normalize(url)
        keys.add(normal)
        host = host_of(url).removeprefix("www.")
        if host in _COMMUNITY_HOSTS:
            continue
        repo = repository(url)
        if repo is not None:
            if normal == repo:
                side = "label" if looking else "repo"
                keys.update(f"{side}:{part.casefold()}" for part in repo.split("/")[1:])
            continue
        labels = _path_labels(normal)
        if host not in FORGES:
            site = site_of(url)
            keys.add(f"domain:{site}")
            labels.add(site.split(".")[0])
        for label in labels - {""}:
            keys.update((f"label:{label}", f"repo:{label}") if looking else (f"label:{label}",))
    return keys


def _path_labels(normal: str) -> set[str]:
    path = normal.partition("?")[0].split("/")[1:4]
    names = {segment.rsplit(".", 1)[0].casefold() for segment in path}
    return {name for name in names if len(name) > 2 and name not in _PAGE_NAMES
            and not _VERSION.fullmatch(name)}


def _compared_urls(entry: Entry) -> list[str]:
    urls = entry.urls
    if entry.kind == "label":
        urls = tuple(u for u in urls if host_of(u).removeprefix("www.") not in _COMMUNITY_HOSTS)
    return list(dict.fromkeys(normalize(url) for url in urls))


def _one_projects_links(entry: Entry, other: Entry) -> bool:
    """Two links in one project's own list of links (its Web and its Docs)."""
    return entry.kind == other.kind == "label" and entry.section == other.section \
        and entry.name == other.name


def _problem(document: Document, entry: Entry, first: Entry, across: str) -> Problem:
    cross = first.section != entry.section
    alias = "" if _name_key(first) == _name_key(entry) else f" as '{_shown(first)}'"
    where = document.section_title(first.section)
    return Problem(
        entry.line,
        entry.column,
        f"'{_shown(entry)}' also listed at line {first.line}{alias} ({one_line(where)}); "
        "keep one",
        severity="warning" if cross and across == "warning" else "",
        data={"first_line": first.line, "first_section": where},
    )


def _hint(document: Document, entry: Entry, other: Entry) -> Problem:
    where = document.section_title(other.section)
    return Problem(
        entry.line, entry.column,
        f"'{_shown(entry)}' shares its name with line {other.line} ({one_line(where)}) but "
        "links elsewhere: two projects, or one listed twice?",
        severity="info", data={"first_line": other.line, "first_section": where})


def _shown(entry: Entry) -> str:
    return one_line(entry.name) or (entry.url or "")


def _name_key(entry: Entry) -> str:
    return _name_key_of(entry.name)


def _name_key_of(name: str) -> str:
    return " ".join(name.split()).casefold()

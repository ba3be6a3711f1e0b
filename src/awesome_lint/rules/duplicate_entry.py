"""No project is listed twice: the same URL, or the same name with a related URL."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from awesome_lint.errors import ConfigError
from awesome_lint.model import Document, Entry
from awesome_lint.naming import folded
from awesome_lint.problem import Problem, one_line
from awesome_lint.urls import FORGES, host_of, last_segment, normalize, repository, site_of

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
    "twitch.tv", "instagram.com", "tiktok.com", "mastodon.social", "bsky.app",
))

_PAGE_NAMES = frozenset((
    "", "index", "docs", "doc", "en", "home", "about", "readme", "wiki", "main", "master",
    "latest", "stable", "product", "products", "site", "api", "apis", "tree", "blob",
    "projects", "project", "packages", "package", "marketplace", "actions", "tools", "app",
    "apps", "download",
))

_PUBLICATIONS = frozenset(("blog", "blogs", "news", "newsletter"))  # a site's, not it

# Which names each kind of link meets: a repository's owner meets a site of its name
# (github.com/opencv/opencv and opencv.org), its name only a page (sv443.net/jokeapi/v2):
# a site named like someone's repository is often another project ("Orbit" at orbit.kiwi
# and github.com/zumerlab/orbit).
_MEETS = {"repo": ("site", "page"), "name": ("page",), "site": ("repo", "page"),
          "page": ("repo", "name", "site")}
# Sections that credit people and projects, not list them: "Acknowledgements", "Thanks".
_THANKS = re.compile(r"\W*(?:acknowledge?ments?|credits?|(?:special )?thanks|sponsors?"
                     r"|backers|supporters|contributors|maintainers|citation|cite)\b",
                     re.IGNORECASE)
# Stores whose pages are named by their slug: any author's "json-formatter".
_STORES = frozenset(("chromewebstore.google.com", "chrome.google.com", "addons.mozilla.org",
                     "apps.apple.com", "play.google.com", "marketplace.visualstudio.com",
                     "microsoftedge.microsoft.com", "open-vsx.org"))
_TITLE_WORDS = 5  # a name this long is a title: two pages of one site under it are one
_DEPLOY_HOSTS = frozenset(("netlify.app", "vercel.app", "pages.dev", "herokuapp.com",
                           "web.app", "firebaseapp.com", "fly.dev", "onrender.com",
                           "glitch.me", "surge.sh"))
_WHOLE_PAGE = frozenset(("readme", "readme-ov-file", "top", "start"))
_DIGITS = re.compile(r"[\d.|\-]+")
_PACKAGE_PARTS = re.compile(r"[-_]")
_NAME_PARTS = re.compile(r"[-_.\s]+")
_WHAT_IT_IS = frozenset(("library", "lib", "tool", "tools", "app", "framework", "toolkit",
                         "project", "website", "site", "homepage", "docs", "documentation"))
_VERSION = re.compile(r"v?\d+(?:\.\d+)*")
_EDITIONS = frozenset(("community", "ultimate", "professional", "pro", "enterprise", "free",
                       "lite", "ce", "ee", "edition", "standard", "premium", "personal"))
_PART = re.compile(r"(?:\bpart\s+)?\b([ivx]+|\d+)\s*$", re.IGNORECASE)  # "Part I", "II"
_TITLE = re.compile(r"(?:[\w ]{0,20}?)[\"\u201c]([^\"\u201d]{8,})[\"\u201d]")  # "Introduced in "


@dataclass
class _Seen:
    """What was listed before: by URL, and by name with each name's related URLs."""

    by_url: dict[str, Entry] = field(default_factory=dict)
    shared: frozenset[str] = frozenset()  # URLs several projects share (_shared_homes)
    by_name: dict[tuple[str, str | None], dict[str, Entry]] = field(default_factory=dict)
    by_alias: dict[str, Entry] = field(default_factory=dict)  # see _aliases


def check(document: Document, conf: dict) -> Iterator[Problem]:
    by = set(conf["by"])
    if not by <= set(_KINDS):
        raise ConfigError(f"{ID}: option 'by' takes 'url' and 'name', got {conf['by']!r}")
    references = document.reference_rows
    thanks = {i for i, section in enumerate(document.sections) if _THANKS.match(section.title)}
    entries = [e for e in document.entries if e.line not in references and not _invites(e)
               and e.section not in thanks]
    seen = _Seen(shared=_shared_homes(entries))
    for entry in entries:
        urls = _compared_urls(entry)
        aliases = _aliases(document, entry, urls)
        same, alike = _same_url(seen, entry, urls, aliases) if "url" in by else (None, None)
        named = _same_name(seen, entry) if "name" in by and _compared_by_name(entry) \
            else (None, None)
        first = _earliest([e for e in (same, named[0]) if e is not None])
        _remember(seen, entry, urls, aliases)
        if first is not None and not _under_its_heading(document, entry, first) \
                and not _repeated_with_its_parent(entry, first) and not _dated(entry, first):
            if first.section == entry.section or conf["across-sections"] != "ignore":
                yield _problem(document, entry, first, conf["across-sections"])
        elif conf["same-name-hints"] and (named[1] or alike) is not None:
            yield _hint(document, entry, named[1] or alike)
        if "url" in by:
            yield from _copied_parts(entry)


def _copied_parts(entry: Entry) -> Iterator[Problem]:
    """An article in parts whose part links share one address (``[… Part I](a), [II](b) &
    [III](a)``): a part's link copied, not changed."""
    parts: dict[str, tuple[str, str]] = {}
    for link in entry.links:
        number = _PART.search(link.text)
        if link.image or number is None or (link is not entry.links[0]
                                            and number.start() > 0):
            continue
        part, key = number.group(1).casefold(), _key(link.url)
        earlier = parts.setdefault(key, (part, link.text))
        if earlier[0] != part:
            yield Problem(link.line, link.column, f"'{one_line(link.text)}' links the address "
                          f"of '{one_line(earlier[1])}': a part's link copied, not changed")


def _dated(entry: Entry, first: Entry) -> bool:
    """Two years of one event at two addresses, told by the label before their links
    ("[CVPR2024 Tutorial] [Recent Advances](url)", "[CVPR2023 Tutorial] [Recent
    Advances](url/2023/)"). At one address, it is one listed twice."""
    one, two = _label_before(entry), _label_before(first)
    return bool(one and two) and one != two and _key(entry.url or "") != _key(first.url or "") \
        and _releases(one.casefold(), two.casefold())


def _label_before(entry: Entry) -> str:
    """The bracketed label an item writes before its link, or ""."""
    if entry.link is None:
        return ""
    before, found, _ = entry.raw.split("\n", 1)[0].partition(f"[{entry.link.text}](")
    return before.strip() if found and before.strip().startswith("[") else ""


def _repeated_with_its_parent(entry: Entry, first: Entry) -> bool:
    """A link nested under a project listed again, as it was under the first listing: the
    project's repeat is the finding, not each of its own links."""
    return bool(entry.depth and first.depth and entry.parent) \
        and entry.section != first.section \
        and folded(entry.parent or "") == folded(first.parent or "")


def _invites(entry: Entry) -> bool:
    """A call to contribute (``[Contribute](…/CONTRIBUTING.md)`` in each empty section), not
    a project: it may stand anywhere, as often as the list likes."""
    return last_segment(entry.url or "").casefold() in ("contributing.md", "contributing") or \
        entry.name.casefold() in ("contribute", "contributing", "contribute!")


def _same_url(seen: _Seen, entry: Entry, urls: list[str],
              aliases: list[str]) -> tuple[Entry | None, Entry | None]:
    """(an earlier listing of this project by URL, or under an address the link checker
    learnt; an earlier entry that shares only a home with it: "Llama 3.1" and "Llama 3.2"
    at llama.meta.com, three crates of one repository)."""
    alike = None
    earlier = [(url, seen.by_url.get(url) or seen.by_alias.get(url)) for url in urls]
    for url, other in [*earlier, *((alias, seen.by_url.get(alias)) for alias in aliases)]:
        if other is None or _one_projects_links(entry, other):
            continue
        if _variants(entry, other) or (url in seen.shared
                                       and _name_key(entry) != _name_key(other)):
            alike = alike or other
            continue
        return other, None
    return None, alike


def _shared_homes(entries: Iterable[Entry]) -> frozenset[str]:
    """URLs that three or more differently named entries link to: a repository that holds
    several crates, a vendor's page for its apps. A copied wrong URL comes in pairs."""
    names: dict[str, set[str]] = {}
    for entry in entries:
        if entry.kind in ("link", "text"):
            for url in _compared_urls(entry):
                names.setdefault(url, set()).add(_name_key(entry))
    return frozenset(url for url, found in names.items() if len(found) >= 3)


def _variants(entry: Entry, other: Entry) -> bool:
    """Two entries at one address that are not one listed twice: releases, variants in a
    repository, packages of one project, a companion that names the other, parts of a
    project under it. A copied URL ("vorbis-tools" at lame's site) is none of these."""
    one, two = _short_name(entry), _short_name(other)
    return one != two and (
        _releases(one, two) or _editions(one, two) or _repository_variants(entry, one, two)
        or _packages_of_one(one, two) or _mentions(entry, other) or _mentions(other, entry)
        or _parts_of_parent(entry, other) or _one_work(entry, other)
        or _both_in_repository(entry, one, two))


def _short_name(entry: Entry) -> str:
    """The name, without the owner where it is the repository's path ("tern-tools/tern"
    names the repository "tern")."""
    name = _name_key(entry)
    if "/" in name and entry.url and (repo := repository(entry.url)) is not None \
            and name == repo.split("/", 1)[1].casefold():
        return name.rsplit("/", 1)[1]
    return name


def _both_in_repository(entry: Entry, one: str, two: str) -> bool:
    """A repository named for both ("MixHop-and-N-GCN" of "MixHop" and "NGCN"): two works
    sharing one code base."""
    def squeezed(text: str) -> str:
        return _NAME_PARTS.sub("", text.casefold())
    first, second = sorted((squeezed(one), squeezed(two)), key=len)
    if len(first) < 3 or first in second:
        return False  # "zsh-expand" and "expand", "auto_ml" and "Auto ML": one name
    return any(first in name and second in name
               for url in entry.urls if (found := repository(url)) is not None
               for name in [squeezed(found.rsplit("/", 1)[-1])])


def _one_work(entry: Entry, other: Entry) -> bool:
    """Two things one paper introduced, each cited by its title: "MetaMath" and "MetaMathQA
    Dataset", ``"MetaMath: Bootstrap Your Own…" ([Paper](url))`` and ``Introduced in
    "MetaMath: Bootstrap…"``."""
    one, two = _title(entry), _title(other)
    return bool(one and two) and (one.startswith(two) or two.startswith(one))


def _title(entry: Entry) -> str:
    """The quoted title a description opens with, without an ellipsis that shortens it."""
    title = _TITLE.match(entry.description)
    return title.group(1).rstrip(".\u2026 ").casefold() if title else ""


def _editions(one: str, two: str) -> bool:
    """Two editions of one product ("IntelliJ IDEA Community", "IntelliJ IDEA Ultimate"),
    which its vendor describes on one page."""
    def product(name: str) -> str:
        words = name.split()
        while words and words[-1] in _EDITIONS:
            words.pop()
        return " ".join(words)
    return bool(product(one)) and product(one) == product(two)


def _releases(one: str, two: str) -> bool:
    """Names that differ only in their numbers: two versions or sizes of one model
    ("Llama 3.1", "Llama 3.2"; not "Lo-Dash" and "Lodash")."""
    numbered = any(char.isdigit() for char in one + two)
    return numbered and _DIGITS.sub("", one) == _DIGITS.sub("", two)


def _repository_variants(entry: Entry, one: str, two: str) -> bool:
    """Names that differ after a shared first word that the repository is named by
    ("Chimera Ortho" and "Chimera Ergo" at g/chimera), or by its owner where it holds many
    ("DevExpress Purple" at DevExpress/bootstrap-themes); at a site, "Arize AI" and "Arize AX"
    are one listed twice, and where one name is the repository's, the other was copied
    ("Java Multithreading" at java-collections-framework)."""
    first, second = one.split(), two.split()
    if len(first) < 2 or len(second) < 2 or first[0] != second[0] or len(first[0]) < 4:
        return False
    repos = [found.split("/")[1:3] for url in entry.urls if (found := repository(url))]
    words = [_NAME_PARTS.split(name.casefold()) for _, name in repos]
    return any(parts[0] == first[0] and parts not in (first, second) for parts in words) \
        or any(owner.casefold() == first[0] and name.endswith("s") for owner, name in repos)


def _parts_of_parent(entry: Entry, other: Entry) -> bool:
    """Two items under one project named after it ("Prefire" over "PrefirePlaybookPlugin"
    and "PrefireTestsPlugin"): its parts, which may share its page; or the first item nested
    under the other (a series' "Part 1" at the series' address; a fourth module there is a
    copied URL)."""
    parent = folded(entry.parent or "")
    if parent and entry.depth == other.depth + 1 and parent == folded(other.name) \
            and entry.line == other.line + 1:
        return True
    return bool(parent) and entry.parent == other.parent and all(
        _name_key(e).startswith(parent) for e in (entry, other))


def _packages_of_one(one: str, two: str) -> bool:
    """Package names of one project: "vlc" and "vlc-bin", "json" and "json pure",
    "rubberband-ladspa" and "rubberband-lv2"."""
    stems = [_PACKAGE_PARTS.split(name)[0] for name in (one, two)]
    shorter, longer = sorted((one, two), key=len)
    added = set(longer[len(shorter):].replace("-", " ").split())
    return (" " not in one + two and stems[0] == stems[1] and len(stems[0]) >= 3
            and "-" in one + two) or (len(shorter) >= 3 and longer.startswith(shorter)
                                      and longer[len(shorter)] in " -_0123456789"
                                      and len(longer.split()) <= 3  # not a title
                                      and not added <= _WHAT_IT_IS)  # "axe-core Library"


def _mentions(entry: Entry, other: Entry) -> bool:
    """Whether the entry's description names the other by a package's name: "dgedit -
    Editor for drumgizmo kits" is drumgizmo's companion, at its home."""
    name = _name_key(other)
    packages = all(e.name.islower() and len(e.name.split()) == 1 for e in (entry, other))
    return packages and len(name) >= 3 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)",
                                        entry.description.casefold()) is not None


def _aliases(document: Document, entry: Entry, own: list[str]) -> list[str]:
    """The entry's project under other addresses, as the link checker learnt them (its
    repository's homepage, its repository's new name). They meet other entries' own URLs,
    never each other: two repositories of one owner often share a homepage."""
    if document.link_results is None:
        return []
    return [key for url in entry.urls for alias in document.same_project(url)
            if (key := _key(alias)) not in own]


def _same_name(seen: _Seen, entry: Entry) -> tuple[Entry | None, Entry | None]:
    """(an earlier entry of this name with a related URL, one with an unrelated URL)."""
    related: list[Entry] = []
    unrelated: list[Entry] = []
    for group in _name_groups(entry, looking=True):
        listed = seen.by_name.get(group)
        if not listed or _holds(listed["*"], entry):
            continue
        keys = _relation_keys(entry, looking=True) or {"*"}
        matches = [listed[key] for key in keys | {""} if key in listed]
        (related if matches else unrelated).extend(matches or [listed["*"]])
    return _earliest(related), _earliest(unrelated)


def _earliest(entries: list[Entry]) -> Entry | None:
    return min(entries, key=lambda e: (e.line, e.column), default=None)


def _remember(seen: _Seen, entry: Entry, urls: list[str], aliases: list[str]) -> None:
    for url in urls:
        seen.by_url.setdefault(url, entry)
    for url in aliases:
        seen.by_alias.setdefault(url, entry)
    if not _compared_by_name(entry):
        return
    keys = _relation_keys(entry, looking=False) or {""}
    for group in _name_groups(entry, looking=False):
        listed = seen.by_name.setdefault(group, {})
        listed.setdefault("*", entry)
        for key in keys:
            listed.setdefault(key, entry)


def _compared_by_name(entry: Entry) -> bool:
    """A named entry, not one whose link leads nowhere (``[DynaTrace]()``, missing-link's):
    its name alone would meet every project of that name."""
    return entry.named and not (entry.kind == "link" and not (entry.url or "").strip())


def _name_groups(entry: Entry, looking: bool) -> list[tuple[str, str | None]]:
    """Where an entry's name is filed. A nested item's name is qualified by its parent
    ("Swift > Education", "PHP > Education"), so it meets only its siblings' and the
    top-level entries' names; a top-level name meets every nested one."""
    name = _name_key(entry)
    if entry.depth == 0:
        return [(name, None), (name, "*")] if looking else [(name, None)]
    own = (name, folded(entry.parent or ""))
    return [own, (name, None)] if looking else [own, (name, "*")]


def _relation_keys(entry: Entry, looking: bool) -> set[str]:
    """What relates two links of one project: the same page, the same site, or a name
    that a repository, a site and a page share (``opencv.org`` and
    ``github.com/opencv/opencv``; ``v2.jokeapi.dev`` and ``sv443.net/jokeapi/v2``). Not two
    repositories both named ``log``, two sites both named ``currencyapi``, nor two folders
    of one repository (``/tree/main/app``) or of this one (relative links)."""
    keys: set[str] = set()
    for url in entry.urls:
        normal = _key(url)
        keys.add(normal)
        host = host_of(url).removeprefix("www.")
        if not host or host in _COMMUNITY_HOSTS:
            continue
        repo = repository(url)
        if repo is not None:
            if normal == repo:
                owner, name = repo.split("/")[1:3]
                keys |= _named("repo", [owner], looking) | _named("name", [name], looking)
                keys |= _described(entry, name)
            continue
        labels = set() if host in _STORES else _path_labels(normal)  # a store's slugs
        keys |= _named("page", labels | _deployed(host), looking)
        if host not in FORGES:
            site = site_of(url)
            keys |= _same_site(site, normal, looking, host) | _described(entry, site)
            if len(entry.name.split()) >= _TITLE_WORDS:  # one article's title, copied
                keys.add(f"titled:{site}")
            if host.partition(".")[0] not in _PUBLICATIONS:  # blog.x.com: not x's own page
                keys |= _named("site", [site.split(".")[0]], looking)
    return keys


def _described(entry: Entry, name: str) -> set[str]:
    """A repository of the same name described word for word alike: one project whose
    owner was renamed (``babybeet/angular-tooltip``, ``lazycuh/angular-tooltip``); or two
    pages of one site, one page moved (``/programs/ulc/x/``, ``/programs/osdc/x/``)."""
    words = entry.description.casefold().split()
    return {f"described:{name.casefold()}:{' '.join(words)}"} if len(words) >= 4 else set()


def _same_site(site: str, normal: str, looking: bool, host: str) -> set[str]:
    """A site's home page relates to any page of the site (``mlflow.org``,
    ``mlflow.org/docs``); two pages deep in one site (two groups on meetup.com) do not,
    nor does its blog (``blog.x.courses``, one of its publications) to its courses."""
    path = normal.partition("?")[0].partition("#")[0]
    if path.partition("/")[2].partition("/")[0] in _PUBLICATIONS \
            or host.partition(".")[0] in _PUBLICATIONS:
        return set()  # "aspecto.io/blog/", "blog.x.courses/…": the site's blog
    home = "/" not in path
    if looking:
        return {f"site-any:{site}" if home else f"site-home:{site}"}
    return {f"site-any:{site}", f"site-home:{site}"} if home else {f"site-any:{site}"}


def _named(kind: str, names: Iterable[str], looking: bool) -> set[str]:
    """Keys for names: what an entry files under its own kind, and looks up under the
    kinds it meets (a repository meets a site or page of its name, not another one)."""
    sides = _MEETS[kind] if looking else (kind,)
    return {f"{side}:{name.casefold()}" for side in sides for name in names if name}


def _deployed(host: str) -> set[str]:
    """The project a deploy host serves, named by its subdomain (``swyxkit.netlify.app``
    of ``github.com/sw-yx/swyxkit``): a page of it, as a path would be."""
    label, _, rest = host.partition(".")
    return {label.casefold()} if rest in _DEPLOY_HOSTS and len(label) > 2 else set()


def _path_labels(normal: str) -> set[str]:
    path = normal.partition("?")[0].split("/")[1:4]
    names = {segment.rsplit(".", 1)[0].casefold() for segment in path}
    return {name for name in names if len(name) > 2 and name not in _PAGE_NAMES
            and not _VERSION.fullmatch(name)}


def _compared_urls(entry: Entry) -> list[str]:
    urls = entry.urls
    if entry.kind == "label":
        urls = tuple(u for u in urls if host_of(u).removeprefix("www.") not in _COMMUNITY_HOSTS)
    return list(dict.fromkeys(_key(url) for url in urls))


_ARXIV = re.compile(r"https?://(?:www\.)?arxiv\.org/(?:abs|pdf|html)/(\d{4}\.\d{4,5})"
                    r"(?:v\d+)?(?:\.pdf)?/?(?:[?#].*)?$", re.IGNORECASE)
_DOI = re.compile(r"^https?://[^/]+/(?:[\w.-]+/)*?(10\.\d{4,9}/[^\s/]+(?:/[^\s/]+)*?)/*$",
                  re.IGNORECASE)


@lru_cache(maxsize=8192)
def _key(url: str) -> str:
    """The URL as a project's address: normalised, keeping an anchor into a page (one page's
    sections can be several entries), but not ``#readme`` or ``#top``."""
    doi = _DOI.search(url.partition("?")[0].partition("#")[0])
    if doi:  # one paper at dl.acm.org/doi/abs/X, /doi/X, link.springer.com/chapter/X
        return "doi:" + doi.group(1).casefold().removesuffix(".pdf")
    if arxiv := _ARXIV.match(url):  # one paper at arxiv.org/abs/X, /pdf/Xv2, /pdf/X.pdf
        return "arxiv:" + arxiv.group(1)
    normal = normalize(url)
    anchor = url.partition("#")[2]
    if not anchor or "#" in normal or anchor.casefold() in _WHOLE_PAGE:
        return normal
    return f"{normal}#{anchor}"


def _under_its_heading(document: Document, entry: Entry, first: Entry) -> bool:
    """Two links of one name under a heading of that name ("## RxSwift": its repository,
    its website) are the project's own."""
    title = folded(document.sections[entry.section].title)
    return first.section == entry.section and _name_key(entry) == _name_key(first) == title


def _holds(group: Entry, entry: Entry) -> bool:
    """Whether the entry is nested in the other: "LPeg" above the LPeg library and its
    relatives names their group, not a second listing."""
    return group.line < entry.line <= group.end_line and group.depth < entry.depth


def _one_projects_links(entry: Entry, other: Entry) -> bool:
    """Two links of one project: its entry or heading and its own list of links (its Web,
    its Docs), which carry its name; or a project's link that names the other
    ("Used by: [Wasmi](…)" under Wasmtime), a reference rather than a second listing."""
    if "label" not in (entry.kind, other.kind):
        return False
    return entry.name == other.name or any(
        one.kind == "label" and one.link is not None
        and folded(one.link.text) == _name_key(two)
        for one, two in ((entry, other), (other, entry)))


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
        f"'{_shown(entry)}' resembles '{_shown(other)}' at line {other.line} "
        f"({one_line(where)}): two projects, or one listed twice?",
        severity="info", data={"first_line": other.line, "first_section": where})


def _shown(entry: Entry) -> str:
    return one_line(entry.name) or (entry.url or "")


def _name_key(entry: Entry) -> str:
    return folded(entry.name)

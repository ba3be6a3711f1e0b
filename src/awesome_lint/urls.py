"""URL normalisation: the key two links share when they point at the same project."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit

_DEFAULT_PORTS = {"http": "80", "https": "443"}
# Hosts whose project path is case-insensitive: GitHub's owner/repo, GitLab's group/project.
_CASELESS_OWNER_REPO = {"github.com"}
_CASELESS_PROJECT = {"gitlab.com"}
# Forges whose first two path segments name a repository (GitLab: all before "/-/").
_OWNER_REPO_FORGES = {"github.com", "bitbucket.org", "codeberg.org", "notabug.org",
                      "gitea.com", "git.sr.ht", "sr.ht"}
FORGES = frozenset({*_OWNER_REPO_FORGES, "gitlab.com", "sourceforge.net"})
_NOT_OWNERS = {"orgs", "sponsors", "topics", "collections", "marketplace", "features", "apps"}


@lru_cache(maxsize=65536)
def host_of(url: str) -> str:
    """The host name of a URL, lower-case, without port or trailing dot ("" if none)."""
    try:
        return (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:  # e.g. "http://[::1": malformed, so no host
        return ""


def canonical_host(host: str) -> str:
    """The one spelling of a host name: lower-case ASCII (IDNA), no trailing dot."""
    host = host.strip().rstrip(".").lower()
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


# Characters that would end or escape a Markdown link destination, a table cell or a code
# span if a URL holding them were written into a list.
_MARKDOWN_SPECIAL = frozenset("()[]<>\\|`")


# YouTube's own pages, never a channel's custom URL (youtube.com/Name).
_YOUTUBE_PATHS = frozenset((
    "watch", "playlist", "channel", "user", "results", "feed", "shorts", "embed", "live",
    "hashtag", "redirect", "about", "premium", "music", "kids", "gaming", "t", "v", "s", "yt",
    "attribution_link", "account", "signin", "logout", "upload", "creators", "ads",
    "howyoutubeworks", "trends", "jobs", "new", "post", "source", "clip", "education",
    "movies", "sports", "learning", "podcasts", "courses", "storefront", "select"))


def is_plain_url(url: str) -> bool:
    """Whether url may be written into Markdown as is: an absolute http(s) URL with a host,
    no whitespace, control or format character, no bracket, backslash, pipe or backtick."""
    if any(c in _MARKDOWN_SPECIAL or unicodedata.category(c)[0] in "CZ" for c in url):
        return False
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a malformed port
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


@lru_cache(maxsize=65536)
def normalize(url: str) -> str:
    """The comparison key of a web URL; anything that is not http(s) comes back stripped.

    Drops the scheme, ``www.``, a default port, the fragment, ``utm_*`` query parameters,
    a trailing slash and a ``.git`` suffix; lower-cases the host, and the project part of
    GitHub and GitLab paths; writes a YouTube channel's custom URL as its handle. Deeper
    paths are kept as written: ``/o/r/tree/main/docs`` can be another project living in the
    same repository, and so is a fragment that is a route of a single-page site
    (``#/converter``, ``#!/app``).
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # malformed, e.g. a non-numeric port: compare as written
        return url
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return url
    host = parts.hostname.removeprefix("www.")
    if port is not None and str(port) != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    if host in ("youtu.be", "m.youtube.com") and parts.path.strip("/"):
        # one video: youtu.be/ID, m.youtube.com/watch?v=ID and youtube.com/watch?v=ID
        query = f"&{parts.query}" if parts.query else ""
        return normalize(f"https://youtube.com/watch?v={parts.path.strip('/')}{query}"
                         if host == "youtu.be" else url.replace("m.youtube.com", "youtube.com"))
    path = _youtube_channel(parts.path) if host == "youtube.com" else parts.path
    key = host + _normalize_path(host, path)
    query = _strip_tracking(parts.query)
    key = f"{key}?{query}" if query else key
    route = parts.fragment.rstrip("/")
    return f"{key}#{route}" if route.startswith(("/", "!")) else key


def _youtube_channel(path: str) -> str:
    """A channel's handle for its custom URL: ``/c/Name`` and ``/Name`` became ``/@name``
    (handles ignore case); a page of it (``/videos``) stays after it."""
    segments = path.split("/")  # ["", first, ...]
    if len(segments) < 2:
        return path
    if segments[1] == "c" and len(segments) > 2 and segments[2]:
        segments = ["", "@" + segments[2], *segments[3:]]
    elif not segments[1].startswith("@") and (
            segments[1].casefold() in _YOUTUBE_PATHS or "." in segments[1] or not segments[1]):
        return path
    name = segments[1] if segments[1].startswith("@") else "@" + segments[1]
    return "/".join(["", name.casefold(), *segments[2:]])


def _normalize_path(host: str, path: str) -> str:
    path = path.rstrip("/").removesuffix(".git").rstrip("/")
    if host in _CASELESS_OWNER_REPO:
        segments = path.split("/")  # ["", owner, repo, deeper...]
        return "/".join([*(s.lower() for s in segments[:3]), *segments[3:]])
    if host in _CASELESS_PROJECT:
        project, marker, rest = path.partition("/-/")
        return project.lower() + marker + rest
    return path


def _strip_tracking(query: str) -> str:
    if "utm_" not in query.lower():
        return query  # the common case: keep the query exactly as written
    kept = [
        (name, value)
        for name, value in parse_qsl(query, keep_blank_values=True)
        if not name.lower().startswith("utm_")
    ]
    return urlencode(kept)


def last_segment(url: str) -> str:
    """The last part of a URL's path, without query or fragment: "readme" of
    ``…/docs/readme/?x=1#top``."""
    return url.split("#")[0].split("?")[0].rstrip("/").rsplit("/", 1)[-1]


def repository(url: str) -> str | None:
    """``host/owner/repo`` when ``url`` is on a known forge, else None.

    Two different repositories are two projects, whatever their names say.
    """
    key = normalize(url)
    host, _, path = key.partition("?")[0].partition("#")[0].partition("/")
    if host == "sourceforge.net" and path.startswith("projects/"):
        segments = path.split("/")[:2]  # projects/NAME
    elif host == "gitlab.com":
        segments = path.partition("/-/")[0].split("/")
    elif host in _OWNER_REPO_FORGES:
        segments = path.split("/")[:2]
    else:
        return None
    if len(segments) < 2 or not all(segments) or segments[0] in _NOT_OWNERS:
        return None
    return "/".join([host, *segments])


# Hosts that give each user a subdomain: the site is the subdomain, not the host.
_SHARED_HOSTS = {"github.io", "gitlab.io", "readthedocs.io", "netlify.app", "vercel.app",
                 "herokuapp.com", "pages.dev", "blogspot.com", "wordpress.com", "substack.com",
                 "web.app", "firebaseapp.com", "fly.dev", "onrender.com", "itch.io",
                 "gitbooks.io", "sourceforge.io", "neocities.org", "glitch.me"}
_SECOND_LEVELS = {"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go"}


def site_of(url: str) -> str:
    """The registrable part of a URL's host: ``docs.mlflow.org`` gives ``mlflow.org``,
    ``foo.github.io`` itself, ``bbc.co.uk`` itself ("" when there is no host name)."""
    try:
        labels = host_of(url).removeprefix("www.").split(".")
    except ValueError:
        return ""
    if len(labels) < 2 or all(label.isdigit() for label in labels):
        return ".".join(labels) if labels != [""] else ""
    keep = 2
    if ".".join(labels[-2:]) in _SHARED_HOSTS or (
            len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVELS):
        keep = 3
    return ".".join(labels[-keep:])


def http_url_problem(url: str) -> str | None:
    """Why url is no address to send requests to, or None: an http(s) URL with a host."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a malformed port
    except ValueError:
        return "is not a valid URL"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "is not an http(s) URL"
    return None

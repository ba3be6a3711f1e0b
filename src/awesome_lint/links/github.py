"""Repository states from GitHub's API, in batches: deleted, renamed, archived, last push.

A link into a repository (``https://github.com/OWNER/REPO``, with a sub-path, ``.git``,
``www.``, ``http:``, any letter case) is answered by the API instead of being fetched as a
page: up to 100 repositories per GraphQL query, a few queries in flight, each repository
asked once however many links point into it; one or two repositories over REST. A
repository not found is asked again once, after the rest, before it is called deleted.

The token goes to the API address only, which comes from the environment or the command
line (never from a config file, which a pull request can change), over https, or over http
to a loopback address. Rate limits are read and honoured: past the primary limit nothing
more is asked (the rest is "unchecked"), a secondary limit is waited out.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import aiohttp

from awesome_lint import __version__
from awesome_lint.errors import AwesomeLintError, ConfigError
from awesome_lint.links.pacing import backoff, jittered, parse_retry_after
from awesome_lint.links.policy import LinkConfig
from awesome_lint.links.results import LinkResult, Repository, status_text
from awesome_lint.problem import one_line
from awesome_lint.urls import http_url_problem, is_plain_url

DEFAULT_API_URL = "https://api.github.com"
TOKEN_ENV, API_ENV, GRAPHQL_ENV = "GITHUB_TOKEN", "GITHUB_API_URL", "GITHUB_GRAPHQL_URL"
FIELDS = "nameWithOwner url isArchived isDisabled pushedAt homepageUrl"
BATCH = 100  # repositories per GraphQL query (GitHub's node limit allows far more)
IN_FLIGHT = 4  # requests at once: GitHub answers more with its secondary rate limit
REST_AT_MOST = 2  # more repositories than this go through GraphQL
_API_TIMEOUT = 30.0  # a query of 100 repositories may take seconds
_BODY_MAX = 16 * 1024 * 1024
_SECONDARY_WAIT = 60.0  # GitHub: without Retry-After, wait at least a minute

_OWNER = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}")
_NAME = re.compile(r"[A-Za-z0-9._-]{1,100}")
_FULL_NAME = re.compile(rf"({_OWNER.pattern})/({_NAME.pattern})")
# First path segments of github.com that are pages of GitHub, not owners.
_NOT_OWNERS = frozenset((
    "about", "account", "apps", "codespaces", "collections", "contact", "customer-stories",
    "dashboard", "enterprise", "events", "explore", "features", "issues", "join", "login",
    "logout", "marketplace", "new", "notifications", "organizations", "orgs", "pricing",
    "pulls", "readme", "resources", "search", "security", "settings", "signup", "site",
    "solutions", "sponsors", "team", "topics", "trending", "users",
))
_GONE = "repository deleted or made private (GitHub API)"
_DISABLED = "repository disabled by GitHub (GitHub API)"
RENAMED = "repository renamed or transferred (GitHub API)"


class GitHubError(AwesomeLintError):
    """GitHub's API cannot be used at all: the token is refused, the address never answers."""


# ----------------------------------------------------------------------------- links
@dataclass(frozen=True, slots=True)
class RepoLink:
    """A link into a repository: its owner and name as written, and what follows them."""

    owner: str
    name: str
    rest: str  # ".git", "/tree/main/docs", "#readme", ... as written

    @property
    def key(self) -> str:
        return f"{self.owner}/{self.name}".lower()


def repo_link(url: str) -> RepoLink | None:
    """The repository a github.com link points into, or None (a profile, a topic, a gist,
    a page of GitHub's own, or not github.com)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    host = (parts.hostname or "").rstrip(".").lower()
    if parts.scheme.lower() not in ("http", "https") or host not in ("github.com",
                                                                    "www.github.com"):
        return None
    if port not in (None, 443 if parts.scheme.lower() == "https" else 80) or "@" in parts.netloc:
        return None
    segments = parts.path.split("/")
    if len(segments) < 3 or not _OWNER.fullmatch(segments[1]) \
            or segments[1].lower() in _NOT_OWNERS:
        return None
    written = segments[2]
    name = written[:-4] if written.lower().endswith(".git") else written
    if not _NAME.fullmatch(name) or name in (".", ".."):
        return None
    head = len(parts.scheme) + len("://") + len(parts.netloc)
    path = f"/{segments[1]}/{name}"
    if url[head:head + len(path)] != path:
        return None  # spelt other than parsed (escapes): leave it to the web check
    return RepoLink(segments[1], name, url[head + len(path):])


# ----------------------------------------------------------------------------- the API
@dataclass(frozen=True)
class GitHubAPI:
    """Where GitHub's API answers (REST base and GraphQL endpoint), and the token."""

    rest_url: str
    graphql_url: str
    token: str

    @classmethod
    def from_environment(cls, environ: Mapping[str, str],
                         api_url: str | None = None) -> GitHubAPI | None:
        """The API as ``--github-api-url`` (api_url) or the environment set it; None
        without ``GITHUB_TOKEN``. ConfigError if an address may not carry the token."""
        token = environ.get(TOKEN_ENV, "").strip()
        if not token and api_url is None:
            return None
        base = (api_url or environ.get(API_ENV) or DEFAULT_API_URL).rstrip("/")
        graphql = f"{base}/graphql" if api_url else \
            (environ.get(GRAPHQL_ENV) or f"{base}/graphql")
        for where, address in (("the GitHub API address", base),
                               ("the GitHub GraphQL address", graphql)):
            problem = token_address_problem(address)
            if problem is not None:
                raise ConfigError(f"{where} {address!r} {problem}")
        return cls(base, graphql, token) if token else None

    def owns(self, url: str) -> bool:
        """Whether url is on the API's own origin (where the token may go)."""
        return _origin(url) in (_origin(self.rest_url), _origin(self.graphql_url))


def token_address_problem(url: str) -> str | None:
    """Why a token must not be sent to url, or None: https, or http to a loopback address;
    no user name, query or fragment."""
    problem = http_url_problem(url)
    if problem is not None:
        return problem
    parts = urlsplit(url)
    if parts.username is not None or parts.query or parts.fragment:
        return "must not hold a user name, a query or a fragment"
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        return "would carry GITHUB_TOKEN in clear: use https (http only to a loopback address)"
    return None


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    return parts.scheme, (parts.hostname or "").lower(), parts.port


# ----------------------------------------------------------------------------- answers
@dataclass(frozen=True, slots=True)
class Gone:
    """Not found (deleted or made private) or disabled."""

    reason: str


@dataclass(frozen=True, slots=True)
class Unchecked:
    """No answer for this repository; ``retry``: worth asking once more in this run."""

    reason: str
    retry: bool = False


Answer = Repository | Gone | Unchecked


def link_result(url: str, link: RepoLink, answer: Answer) -> LinkResult:
    """What the API's answer on a repository says of one link into it."""
    if isinstance(answer, Gone):
        return LinkResult(url, "broken", reason=answer.reason,
                          repository=Repository(f"{link.owner}/{link.name}"))
    if isinstance(answer, Unchecked):
        return LinkResult(url, "unchecked", reason=answer.reason)
    if answer.name.lower() == link.key:
        return LinkResult(url, "ok", reason="GitHub API", repository=answer)
    target = answer.url + link.rest
    return LinkResult(url, "redirect", final_url=target if is_plain_url(target) else None,
                      reason=RENAMED, permanent=True, repository=answer)


def _repository(data: object) -> Answer:
    """A repository from a GraphQL object or a REST one (their field names differ)."""
    if not isinstance(data, dict):
        return Unchecked("GitHub API gave no answer", retry=True)
    rest = "full_name" in data
    name = data.get("full_name" if rest else "nameWithOwner")
    pushed = data.get("pushed_at" if rest else "pushedAt")
    homepage = data.get("homepage" if rest else "homepageUrl")
    archived = data.get("archived" if rest else "isArchived")
    if not isinstance(name, str) or not _FULL_NAME.fullmatch(name) or \
            not isinstance(archived, bool) or not _iso_or_none(pushed) or \
            not (homepage is None or isinstance(homepage, str)):
        return Unchecked("GitHub API: an answer not understood", retry=True)
    if data.get("disabled" if rest else "isDisabled") is True:
        return Gone(_DISABLED)
    return Repository(name, archived, pushed, homepage or None)


def _iso_or_none(value: object) -> bool:
    if value is None:
        return True
    try:
        datetime.fromisoformat(str(value))
    except ValueError:
        return False
    return True


# ----------------------------------------------------------------------------- requests
@dataclass(frozen=True, slots=True)
class _Reply:
    status: int
    headers: Mapping[str, str]
    body: Any  # the JSON, or None


class _Exhausted(Exception):
    """The primary rate limit is reached: nothing more is asked in this run."""


class _Failed(Exception):
    """A request that got no usable answer after its retries."""


class RepositoryStates:
    """Asks GitHub's API about repositories. Use as ``async with RepositoryStates(api, c)``.

    After ``states()``: ``queries`` (GraphQL) and ``calls`` (REST) made, and ``confirmed``
    and ``revived``: repositories not found twice, or found the second time.
    """

    def __init__(self, api: GitHubAPI, config: LinkConfig) -> None:
        self.api = api
        self.config = config
        self.queries = self.calls = self.confirmed = self.revived = 0
        self._in_flight = asyncio.Semaphore(IN_FLIGHT)
        self._paused_until = 0.0
        self._exhausted: str | None = None
        self._answered = False
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> RepositoryStates:
        self._session = aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=max(self.config.timeout, _API_TIMEOUT)),
            cookie_jar=aiohttp.DummyCookieJar())
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._session is not None:
            await self._session.close()

    async def states(self, repositories: Iterable[tuple[str, str]]) -> dict[str, Answer]:
        """owner/name (lower-case) -> answer, for each (owner, name) given: asked once, and
        those not found (or not answered) once more after the rest."""
        wanted = {f"{owner}/{name}".lower(): (owner, name) for owner, name in repositories}
        ask = self._rest if len(wanted) <= REST_AT_MOST else self._graphql
        started = time.monotonic()
        answers = await ask(wanted)
        again = {key: wanted[key] for key, answer in answers.items()
                 if (isinstance(answer, Gone) and answer.reason == _GONE)
                 or (isinstance(answer, Unchecked) and answer.retry)}
        if again and self._exhausted is None:
            await asyncio.sleep(started + self.config.backoff - time.monotonic())
            for key, answer in (await ask(again)).items():
                answers[key] = self._second(answers[key], answer)
        return answers

    def _second(self, first: Answer, second: Answer) -> Answer:
        """What two asks say: not found twice is gone, found the second time is alive, and
        no answer the second time leaves the first one standing."""
        if isinstance(first, Gone):
            self.confirmed += isinstance(second, Gone)
            self.revived += isinstance(second, Repository)
            return first if isinstance(second, Unchecked) else second
        return second

    # ------------------------------------------------------------------ GraphQL
    async def _graphql(self, wanted: Mapping[str, tuple[str, str]]) -> dict[str, Answer]:
        keys = list(wanted)
        batches = [keys[i:i + BATCH] for i in range(0, len(keys), BATCH)]
        found = await asyncio.gather(*(self._query({k: wanted[k] for k in batch})
                                       for batch in batches))
        return {key: answer for part in found for key, answer in part.items()}

    async def _query(self, batch: Mapping[str, tuple[str, str]]) -> dict[str, Answer]:
        aliases = {f"r{i}": key for i, key in enumerate(batch)}
        fields = "\n".join(
            f"  {alias}: repository(owner: {json.dumps(batch[key][0])}, "
            f"name: {json.dumps(batch[key][1])}) {{ {FIELDS} }}"
            for alias, key in aliases.items())
        query = f"query {{\n  rateLimit {{ remaining resetAt }}\n{fields}\n}}"
        try:
            reply = await self._call("POST", self.api.graphql_url, {"query": query})
            if reply.status != 200:
                raise _Failed(f"GitHub API: {status_text(reply.status)} ({_message(reply.body)})")
            return self._read_query(reply.body, aliases)
        except _Exhausted:
            return dict.fromkeys(batch.keys(), Unchecked(self._exhausted or "rate limit"))
        except _Failed as failed:
            return dict.fromkeys(batch.keys(), Unchecked(str(failed)))

    def _read_query(self, body: Any, aliases: Mapping[str, str]) -> dict[str, Answer]:
        """Each alias's answer from a GraphQL reply: data where given, NOT_FOUND errors as
        gone, other errors on an alias as unchecked (asked again)."""
        body = body if isinstance(body, dict) else {}
        data = body.get("data") if isinstance(body.get("data"), dict) else {}
        errors = [e for e in body.get("errors") or () if isinstance(e, dict)]
        if any(e.get("type") == "RATE_LIMITED" for e in errors):
            self._exhaust("GitHub API rate limit exhausted", None)
            raise _Exhausted
        limit = data.get("rateLimit")
        if isinstance(limit, dict) and limit.get("remaining") == 0:
            self._exhaust("GitHub API rate limit exhausted", limit.get("resetAt"))
        on_alias = {e["path"][0]: e for e in errors
                    if isinstance(e.get("path"), list) and e["path"] and e["path"][0] in aliases}
        if not data and errors and not on_alias:
            raise _Failed(f"GitHub API: {_message(errors[0])}")
        answers: dict[str, Answer] = {}
        for alias, key in aliases.items():
            error = on_alias.get(alias)
            if data.get(alias) is None and error is not None:
                answers[key] = Gone(_GONE) if error.get("type") == "NOT_FOUND" else \
                    Unchecked(f"GitHub API: {_message(error)}", retry=True)
            else:
                answers[key] = _repository(data.get(alias))
        return answers

    # ------------------------------------------------------------------ REST
    async def _rest(self, wanted: Mapping[str, tuple[str, str]]) -> dict[str, Answer]:
        found = await asyncio.gather(*(self._repo(owner, name)
                                       for owner, name in wanted.values()))
        return dict(zip(wanted, found, strict=True))

    async def _repo(self, owner: str, name: str) -> Answer:
        """One repository over REST, following a rename (a 301) on the API's own origin."""
        url = f"{self.api.rest_url}/repos/{owner}/{name}"
        try:
            for _hop in range(self.config.max_redirects + 1):
                reply = await self._call("GET", url)
                location = reply.headers.get("Location")
                if reply.status not in (301, 302, 307, 308) or not location:
                    break
                url = urljoin(url, location)
                if not self.api.owns(url):
                    return Unchecked("GitHub API redirected to another address")
            else:
                return Unchecked("GitHub API: too many redirects")
        except _Exhausted:
            return Unchecked(self._exhausted or "rate limit")
        except _Failed as failed:
            return Unchecked(str(failed))
        if reply.status == 404:
            return Gone(_GONE)
        if reply.status != 200:
            return Unchecked(f"GitHub API: {status_text(reply.status)}", retry=True)
        return _repository(reply.body)

    # ------------------------------------------------------------------ one request
    async def _call(self, method: str, url: str, payload: object = None) -> _Reply:
        """One request with its retries; raises _Exhausted past the rate limit, _Failed when
        no usable answer came, GitHubError when the token is refused or the API unreachable."""
        tries = 0
        while True:
            tries += 1
            await asyncio.sleep(self._paused_until - time.monotonic())
            if self._exhausted is not None:
                raise _Exhausted
            try:
                reply = await self._send(method, url, payload)
            except (aiohttp.ClientError, TimeoutError) as error:
                reason = _network_reason(error)
                if tries > self.config.retries:
                    if not self._answered:
                        raise GitHubError(f"cannot reach GitHub's API at {url}: {reason}") \
                            from None
                    raise _Failed(f"GitHub API unreachable: {reason}") from None
                await asyncio.sleep(self._backoff(tries))
                continue
            self._answered = True
            wait = self._judge(reply, tries)
            if wait is None:
                return reply
            await asyncio.sleep(wait)

    async def _send(self, method: str, url: str, payload: object) -> _Reply:
        assert self._session is not None, "use RepositoryStates as an async context manager"
        headers = {"User-Agent": f"awesome-lint/{__version__}",
                   "Accept": "application/vnd.github+json",
                   "X-GitHub-Api-Version": "2022-11-28"}
        if self.api.owns(url):
            headers["Authorization"] = f"bearer {self.api.token}"
        if url == self.api.graphql_url:
            self.queries += 1
        else:
            self.calls += 1
        async with self._in_flight, self._session.request(
                method, url, json=payload, headers=headers, allow_redirects=False) as resp:
            raw = await resp.content.read(_BODY_MAX)
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = None
            return _Reply(resp.status, resp.headers, body)

    def _judge(self, reply: _Reply, tries: int) -> float | None:
        """None: keep this reply; else seconds before trying again. Raises when trying again
        is pointless."""
        status, headers = reply.status, reply.headers
        if status == 401:
            raise GitHubError(f"GitHub's API refused GITHUB_TOKEN ({status_text(401)}: "
                              f"{_message(reply.body)}): check the token and its scopes")
        if headers.get("x-ratelimit-remaining") == "0":
            self._exhaust("GitHub API rate limit exhausted", headers.get("x-ratelimit-reset"))
            if status in (403, 429):
                raise _Exhausted
        if status in (403, 429) and (headers.get("Retry-After")
                                     or "secondary rate limit" in _message(reply.body).lower()):
            return self._secondary(parse_retry_after(headers.get("Retry-After")), tries)
        if status >= 500 or status == 429:
            if tries > self.config.retries:
                raise _Failed(f"GitHub API: {status_text(status)} after {tries} tries")
            return self._backoff(tries)
        return None

    def _secondary(self, wait: float | None, tries: int) -> float:
        """A secondary rate limit: every request waits, then this one is tried again."""
        wait = _SECONDARY_WAIT if wait is None else wait
        if wait > self.config.retry_after_cap or tries > self.config.retries:
            raise _Failed(f"GitHub API secondary rate limit (asked to wait {wait:.0f} s)")
        self._paused_until = max(self._paused_until, time.monotonic() + jittered(wait))
        return self._paused_until - time.monotonic()

    def _exhaust(self, reason: str, reset: object) -> None:
        when = _reset_time(reset)
        self._exhausted = f"not checked: {reason}" + (f" until {when}" if when else "")

    def _backoff(self, tries: int) -> float:
        return backoff(self.config.backoff, tries, self.config.retry_after_cap)


def _message(body: object) -> str:
    message = body.get("message") if isinstance(body, dict) else None
    return one_line(str(message or "no message"))[:200]


def _network_reason(error: BaseException) -> str:
    if isinstance(error, TimeoutError | aiohttp.ServerTimeoutError):
        return "timed out"
    if isinstance(error, aiohttp.ClientConnectorDNSError):
        return "DNS lookup failed"
    if isinstance(error, aiohttp.ClientConnectorError):
        return "cannot connect"
    return " ".join(str(error).split())[:200] or type(error).__name__


def _reset_time(value: object) -> str:
    """"14:05 UTC" from a reset given as epoch seconds or an ISO date-time ("" if neither)."""
    try:
        if isinstance(value, str) and value.isdigit():
            moment = datetime.fromtimestamp(int(value), UTC)
        elif isinstance(value, str):
            moment = datetime.fromisoformat(value)
        else:
            return ""
    except (ValueError, OverflowError, OSError):
        return ""
    return moment.astimezone(UTC).strftime("%H:%M UTC")

"""Real HTTP servers on 127.0.0.1 that behave like the awkward corners of the web."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
import socket
import threading
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from email.utils import formatdate
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from awesome_lint.cli import main
from awesome_lint.links import LinkConfig

from .ghfake import TOKEN, GitHubFake

SLOW_S = 1.5
PAGE = b'<html><body><h2 id="intro">Intro</h2><a name="old-anchor"></a>' \
    b'<h2 id=\'single\'>x</h2><div id="user-content-setup">GitHub style</div></body></html>'


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    host: str
    headers: dict[str, str]
    at: float


@dataclass
class Site:
    """A test web site; records every request it gets."""

    base: str = ""
    seen: list[Seen] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    inflight: int = 0
    peak: int = 0

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self, method: str | None = None) -> list[str]:
        return [s.path for s in self.seen if method in (None, s.method)]

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        return app

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        seen = Seen(request.method, request.path, request.host, dict(request.headers),
                    time.monotonic())
        self.seen.append(seen)
        self.counts[request.path] += 1
        self.inflight += 1
        self.peak = max(self.peak, self.inflight)
        try:
            return await self._answer(request, self.counts[request.path])
        finally:
            self.inflight -= 1

    async def _answer(self, request: web.Request, n: int) -> web.StreamResponse:
        head, *rest = request.path.strip("/").split("/")
        handler = ROUTES.get(head)
        if handler is None:
            return web.Response(status=404)
        return await handler(self, request, n, rest)


Handler = Callable[[Site, web.Request, int, list[str]], Awaitable[web.StreamResponse]]
ROUTES: dict[str, Handler] = {}


def route(name: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        ROUTES[name] = handler
        return handler

    return register


def redirect(status: int, location: str) -> web.Response:
    return web.Response(status=status, headers={"Location": location})


@route("ok")
async def _ok(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    return web.Response(text="fine")


@route("missing")
async def _missing(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    return web.Response(status=404, text="no")


@route("gone")
async def _gone(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    return web.Response(status=410, text="gone")


@route("flap")  # 404 the first time (a deploy in progress), then 200
async def _flap(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    return web.Response(status=404) if n == 1 else web.Response(text="back")


@route("moved")
async def _moved(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    return redirect(301, "/ok/moved")


@route("found")
async def _found(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    return redirect(302, "/ok/found")


@route("loop")
async def _loop(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    return redirect(302, "/loop/b" if rest == ["a"] else "/loop/a")


@route("chain")
async def _chain(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    return redirect(307, f"/chain/{int(rest[0]) + 1}")


@route("head405")
async def _head405(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    return web.Response(status=405) if request.method == "HEAD" else web.Response(text="hi")


@route("headmiss")
async def _headmiss(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    return web.Response(status=404) if request.method == "HEAD" else web.Response(text="hi")


@route("flaky")  # /flaky/N: 503 on the first N requests (default 1), then 200
async def _flaky(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    failures = int(rest[0]) if rest else 1
    return web.Response(status=503) if n <= failures else web.Response(text="back")


@route("down")
async def _down(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    return web.Response(status=503)


@route("limited")  # 429 + Retry-After: 1 on the first request
async def _limited(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    if n == 1:
        return web.Response(status=429, headers={"Retry-After": "1"})
    return web.Response(text="ok now")


@route("limited-date")  # Retry-After as an HTTP-date 2 s ahead
async def _limited_date(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    if n == 1:
        when = formatdate(time.time() + 2, usegmt=True)
        return web.Response(status=429, headers={"Retry-After": when})
    return web.Response(text="ok now")


@route("limited-long")
async def _limited_long(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    return web.Response(status=429, headers={"Retry-After": "3600"})


@route("throttle")
async def _throttle(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    return web.Response(status=429)


@route("slow")
async def _slow(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    await asyncio.sleep(SLOW_S)
    return web.Response(text="late")


@route("botblock")
async def _botblock(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    if "Mozilla/" in request.headers.get("User-Agent", ""):
        return web.Response(text="welcome")
    return web.Response(status=403, text="no bots")


@route("busy")  # holds the request a little, so in-flight requests overlap
async def _busy(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    await asyncio.sleep(0.05)
    return web.Response(text="done")


@route("page")
async def _page(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    return web.Response(body=PAGE, content_type="text/html")


@route("inject")  # a Location that would write a second link into the README if pasted
async def _inject(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    return redirect(301, "/ok/landing) and see [Mirror](https://evil.example/phish")


@route("release")  # 301 to where it lives now, which is a temporary (signed) redirect
async def _release(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    return redirect(301, f"/signed/{'/'.join(rest)}")


@route("signed")
async def _signed(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    return redirect(302, "/login?next=/sso")


@route("login")
async def _login(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    return web.Response(text="sign in")


@route("docs")  # /docs -> /ok/docs/v2/ (permanent)
async def _docs(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    return redirect(308, "/ok/docs/v2/")


@route("badlocation")
async def _badlocation(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    return redirect(301, "http://[::1")


@route("toscheme")  # /toscheme/mailto: a redirect to mailto:, file:, javascript:...
async def _toscheme(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    targets = {"mailto": "mailto:owner@example.org", "file": "file:///etc/passwd",
               "javascript": "javascript:alert(1)"}
    return redirect(301, targets[rest[0]])


BIG_PAGE = 500 * 1024


@route("bigpage")  # 500 KB of HTML sent in small pieces; the id is near the end
async def _bigpage(site: Site, request: web.Request, n: int, rest: list[str]) -> web.StreamResponse:
    if request.method == "HEAD":
        return web.Response(content_type="text/html")
    response = web.StreamResponse(headers={"Content-Type": "text/html"})
    await response.prepare(request)
    filler = b"<p>" + b"x" * 1020 + b"</p>"
    for _ in range(BIG_PAGE // len(filler)):
        await response.write(filler)
        await asyncio.sleep(0)
    await response.write(b'<h2 id="near-the-end">End</h2>')
    await response.write_eof()
    return response


@route("hugepage")  # larger than the checker reads; no id anywhere
async def _hugepage(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    return web.Response(body=b"<html>" + b" " * (9 * 1024 * 1024), content_type="text/html")


@route("to")  # /to/<host>/<path...>: 302 to http://<host>:<same port>/<path...>
async def _to(site: Site, request: web.Request, n: int, rest: list[str]) -> web.Response:
    port = request.url.port
    return redirect(302, f"http://{rest[0]}:{port}/{'/'.join(rest[1:])}")


@pytest.fixture
async def site(aiohttp_server: Callable[..., Awaitable[TestServer]]) -> AsyncIterator[Site]:
    site = Site()
    server = await aiohttp_server(site.app())
    site.base = str(server.make_url("")).rstrip("/")
    yield site


@pytest.fixture
def threaded_site() -> Iterator[Site]:
    """A site served from another thread, for the synchronous API."""
    site = Site()
    with serve_in_thread(site.app()) as base:
        site.base = base
        yield site


@contextlib.contextmanager
def serve_in_thread(app: web.Application) -> Iterator[str]:
    """Serve app on 127.0.0.1 from another thread (for the CLI); yields its base URL."""
    loop = asyncio.new_event_loop()
    runner = web.AppRunner(app, handler_cancellation=True)
    loop.run_until_complete(runner.setup())
    tcp = web.TCPSite(runner, "127.0.0.1", 0)
    loop.run_until_complete(tcp.start())
    port = runner.addresses[0][1]
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        loop.close()


@pytest.fixture
async def github(aiohttp_server: Callable[..., Awaitable[TestServer]]) -> GitHubFake:
    """GitHub's API and the Wayback Machine's on loopback (see ghfake)."""
    fake = GitHubFake()
    server = await aiohttp_server(fake.app())
    fake.base = str(server.make_url("")).rstrip("/")
    return fake


@pytest.fixture
def threaded_github(monkeypatch: pytest.MonkeyPatch) -> Iterator[GitHubFake]:
    """The same from another thread, for the CLI, with GITHUB_TOKEN and GITHUB_API_URL set."""
    fake = GitHubFake()
    with serve_in_thread(fake.app()) as base:
        fake.base = base
        monkeypatch.setenv("GITHUB_TOKEN", TOKEN)
        monkeypatch.setenv("GITHUB_API_URL", base)
        yield fake


@pytest.fixture
def closed_port() -> int:
    """A loopback port nobody listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """No link test may reach beyond 127.0.0.0/8: any other connection is refused here, in
    the event loop, before a packet leaves (some tests make resolvers answer public IPs)."""
    from asyncio.selector_events import BaseSelectorEventLoop

    connect = BaseSelectorEventLoop.sock_connect

    async def sock_connect(loop: BaseSelectorEventLoop, sock: socket.socket,
                           address: tuple) -> None:
        if not ipaddress.ip_address(address[0]).is_loopback:
            raise ConnectionRefusedError(f"test: {address[0]} is not a loopback address")
        return await connect(loop, sock, address)

    monkeypatch.setattr(BaseSelectorEventLoop, "sock_connect", sock_connect)


FAST = "[tool.awesome-lint.links]\ntimeout = 1\nretries = 1\nbackoff = 0.1\n"


@pytest.fixture
def workdir(workdir: Path) -> Path:
    """The current folder, with a links config that keeps the CLI fast."""
    (workdir / "pyproject.toml").write_text(FAST)
    return workdir


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[dict], str]:
    """The CLI's exit code, its JSON problems and its stderr."""
    code = main(["--format", "json", *argv])
    out, err = capsys.readouterr()
    return code, json.loads(out) if out.strip() else [], err


@pytest.fixture
def fast() -> LinkConfig:
    """Loopback allowed, tiny timeouts and backoff: every test stays fast."""
    return LinkConfig(allow_private=True, timeout=0.5, retries=2, backoff=0.02)

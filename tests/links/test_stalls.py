"""Nothing may stall a run: a dead host, a deadline, a large page."""

from __future__ import annotations

import asyncio
import dataclasses
import re
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from awesome_lint.cli import main
from awesome_lint.links import LinkConfig, check_links_async

if TYPE_CHECKING:
    from .conftest import Site


@dataclass
class Blackhole:
    """A host that accepts connections and never answers (a server that hung)."""

    port: int = 0
    connections: int = 0
    writers: list[asyncio.StreamWriter] = field(default_factory=list)

    async def hold(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self.writers.append(writer)
        await reader.read()


@pytest.fixture
async def blackhole() -> AsyncIterator[Blackhole]:
    hole = Blackhole()
    server = await asyncio.start_server(hole.hold, "127.0.0.1", 0)
    hole.port = server.sockets[0].getsockname()[1]
    yield hole
    for writer in hole.writers:
        writer.close()
    server.close()
    await server.wait_closed()


def host_unreachable(reason: str) -> int | None:
    match = re.match(r"host unreachable: (\d+) links \(", reason)
    return int(match.group(1)) if match else None


async def test_a_host_that_stopped_answering_is_not_waited_out_link_by_link(
        blackhole: Blackhole, fast: LinkConfig) -> None:
    config = dataclasses.replace(fast, timeout=0.3, host_concurrency=4)
    urls = [f"http://127.0.0.1:{blackhole.port}/p/{i}" for i in range(60)]
    started = time.monotonic()
    results = await check_links_async(urls, config)
    elapsed = time.monotonic() - started
    # Link by link: 60 / 4 at a time x 2 tries x 0.3 s = 9 s. Here: one round of timeouts,
    # then one confirming request.
    assert elapsed < 3.0
    # One round of the host's 4 slots, each maybe retried, then the confirming request:
    # link by link would be 120.
    assert blackhole.connections <= 2 * 4 + 1
    assert {r.verdict for r in results.values()} == {"broken"}
    counts = [host_unreachable(r.reason) for r in results.values()]
    assert counts == [60] * 60
    assert all(r.reason.endswith("(timed out)") for r in results.values())


async def test_a_refusing_host_is_confirmed_once(fast: LinkConfig, closed_port: int) -> None:
    config = dataclasses.replace(fast, host_concurrency=2)
    urls = [f"http://127.0.0.1:{closed_port}/p/{i}" for i in range(30)]
    results = await check_links_async(urls, config)
    reasons = [r.reason for r in results.values()]
    assert {r.verdict for r in results.values()} == {"broken"}
    spared = [host_unreachable(reason) for reason in reasons if host_unreachable(reason)]
    assert len(spared) >= 25 and set(spared) == {len(spared)}
    assert all(reason == "connection refused" for reason in reasons if not
               host_unreachable(reason))


async def test_slow_pages_do_not_take_their_host_down(site: Site, fast: LinkConfig) -> None:
    config = dataclasses.replace(fast, timeout=0.3, host_concurrency=3)
    slow = [site.url(f"/slow/{i}") for i in range(3)]
    fine = [site.url(f"/ok/{i}") for i in range(12)]
    results = await check_links_async(slow + fine, config)
    assert [results[u].verdict for u in fine] == ["ok"] * 12
    # Whether three timeouts came in a row (and a confirming request went out) depends on
    # the machine's load; either way the host answered, so no link is called unreachable.
    assert all(host_unreachable(r.reason) is None for r in results.values())


async def test_max_duration_reports_the_rest_as_unchecked(site: Site, fast: LinkConfig) -> None:
    config = dataclasses.replace(fast, max_duration=0.5, host_concurrency=1)
    urls = [site.url(f"/busy/{i}") for i in range(40)]  # 50 ms each, one at a time: 2 s
    started = time.monotonic()
    results = await check_links_async(urls, config)
    assert time.monotonic() - started < 1.5
    verdicts = [r.verdict for r in results.values()]
    assert set(verdicts) == {"ok", "unchecked"}
    assert 3 <= verdicts.count("ok") <= 12
    assert verdicts == sorted(verdicts, key=["ok", "unchecked"].index)  # in request order


def test_unchecked_links_are_warnings_never_dead(
        threaded_site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".awesome-lint.toml").write_text(
        "[links]\nmax-duration = 0.2\nhost-concurrency = 1\n")
    (tmp_path / "README.md").write_text(
        "# T\n\n" + "".join(f"- [L{i}]({threaded_site.base}/slow/{i}) - X.\n" for i in range(5)))
    assert main(["--links", "--allow-private", "--select", "broken-link"]) == 0
    out, err = capsys.readouterr()
    assert out.count("warning broken-link not checked") == 5
    assert ", 5 unchecked" in err


async def test_anchors_are_read_to_the_end_of_a_large_page(site: Site, fast: LinkConfig) -> None:
    config = dataclasses.replace(fast, check_anchors=True)
    found, missing = site.url("/bigpage#near-the-end"), site.url("/bigpage#nowhere")
    results = await check_links_async([found, missing], config)
    assert results[found].verdict == "ok"
    assert (results[missing].verdict, results[missing].reason) == (
        "broken", "anchor #nowhere not found")


async def test_a_page_cut_at_the_limit_never_misses_an_anchor(
        site: Site, fast: LinkConfig) -> None:
    config = dataclasses.replace(fast, check_anchors=True)
    url = site.url("/hugepage#somewhere")
    assert (await check_links_async([url], config))[url].verdict == "ok"

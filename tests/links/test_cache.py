"""The link cache: fresh successes served, failures always re-checked, bad files ignored."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from awesome_lint.links import LinkCache, LinkConfig, LinkResult, check_links_async

if TYPE_CHECKING:
    from .conftest import Site

OK = LinkResult("https://example.org/", "ok", 200, reason="200 OK")
MOVED = LinkResult("https://example.org/old", "redirect", 200, "https://example.org/new",
                   "moved permanently to https://example.org/new", permanent=True)
BROKEN = LinkResult("https://example.org/gone", "broken", 404, reason="404 Not Found")


def test_successes_round_trip_through_the_file(tmp_path: Path) -> None:
    cache = LinkCache(tmp_path / "links.json", max_age_s=3600)
    cache.put(OK)
    cache.put(MOVED)
    cache.save()
    again = LinkCache(tmp_path / "links.json", max_age_s=3600)
    assert again.get(OK.url) == OK
    assert again.get(MOVED.url) == MOVED


def test_failures_are_never_served(tmp_path: Path) -> None:
    cache = LinkCache(tmp_path / "links.json", max_age_s=3600)
    cache.put(LinkResult(BROKEN.url, "ok", 200))
    cache.put(BROKEN)  # the link broke since: forget the old success
    for verdict in ("unreachable", "skipped"):
        cache.put(LinkResult("https://example.org/x", verdict))
    cache.save()
    again = LinkCache(tmp_path / "links.json", max_age_s=3600)
    assert again.get(BROKEN.url) is None
    assert again.get("https://example.org/x") is None
    assert len(again) == 0


def test_entries_expire(tmp_path: Path) -> None:
    cache = LinkCache(tmp_path / "links.json", max_age_s=60)
    now = time.time()
    cache.put(OK, checked_at=now - 61)
    cache.put(MOVED, checked_at=now - 59)
    assert cache.get(OK.url) is None
    assert cache.get(MOVED.url) == MOVED
    assert cache.get(MOVED.url, now=now + 2) is None
    cache.save()
    assert len(LinkCache(tmp_path / "links.json", max_age_s=60)) == 1  # stale ones dropped


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\xff\xfe\x00", b"[]", b'{"format": 1, "entries": []}',
     b'{"format": 99, "entries": {}}',
     b'{"format": 1, "entries": {"u": {"verdict": "ok"}, "v": {"checked_at": 1e12}}}'],
)
def test_corrupt_file_is_ignored(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "links.json"
    path.write_bytes(content)
    cache = LinkCache(path, max_age_s=3600)
    assert cache.get("u") is None
    assert cache.get("v") is None
    cache.put(OK)
    cache.save()
    assert LinkCache(path, max_age_s=3600).get(OK.url) == OK


def test_missing_directory_and_file(tmp_path: Path) -> None:
    cache = LinkCache(tmp_path / "sub" / "dir" / "links.json", max_age_s=10)
    assert cache.get(OK.url) is None
    cache.put(OK)
    cache.save()
    assert (tmp_path / "sub" / "dir" / "links.json").exists()


def test_save_is_atomic_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "links.json"
    cache = LinkCache(path, max_age_s=3600)
    cache.put(OK)
    cache.save()
    assert [p.name for p in tmp_path.iterdir()] == ["links.json"]
    assert json.loads(path.read_text())["entries"][OK.url]["verdict"] == "ok"


async def test_checker_serves_successes_and_rechecks_failures(
    site: Site, fast: LinkConfig, tmp_path: Path
) -> None:
    urls = [site.url("/ok"), site.url("/moved"), site.url("/missing")]
    cache = LinkCache(tmp_path / "links.json", max_age_s=3600)
    first = await check_links_async(urls, fast, cache=cache)
    requests = len(site.seen)
    cache = LinkCache(tmp_path / "links.json", max_age_s=3600)
    second = await check_links_async(urls, fast, cache=cache)
    assert second == first
    assert list(second) == urls
    assert site.paths()[requests:] == ["/missing", "/missing"]  # HEAD and GET, again

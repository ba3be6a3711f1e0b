"""The link cache: fresh successes served, failures always re-checked, bad files ignored."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from awesome_lint.cli import main
from awesome_lint.errors import InputError
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


# ----------------------------------------------------------------------------- bad caches
def test_deeply_nested_json_is_ignored_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "links.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    cache = LinkCache(path, max_age_s=3600)
    assert len(cache) == 0
    assert cache.warnings == [f"{path}: link cache ignored: nested too deeply"]
    cache.put(OK)
    cache.save()
    assert LinkCache(path, max_age_s=3600).get(OK.url) == OK


@pytest.mark.parametrize("where", ["directory", "file-as-folder", "read-only-folder"])
def test_a_cache_that_cannot_be_written_is_refused_before_the_run(
        tmp_path: Path, where: str) -> None:
    path = tmp_path / "links.json"
    if where == "directory":
        path.mkdir()
    elif where == "file-as-folder":
        (tmp_path / "plain").write_text("")
        path = tmp_path / "plain" / "links.json"
    else:
        if os.geteuid() == 0:
            pytest.skip("root may write into a read-only folder")
        (tmp_path / "ro").mkdir(mode=0o500)
        path = tmp_path / "ro" / "links.json"
    with pytest.raises(InputError) as caught:
        LinkCache(path, max_age_s=60).ensure_writable()
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)


def test_saving_never_raises(tmp_path: Path) -> None:
    cache = LinkCache(tmp_path / "links.json", max_age_s=3600)
    cache.ensure_writable()
    cache.put(OK)
    (tmp_path / "links.json").mkdir()  # the folder changed during the run
    cache.save()
    assert len(cache.warnings) == 1 and "not saved" in cache.warnings[0]


def test_two_runs_sharing_a_cache_merge_their_entries(tmp_path: Path) -> None:
    path = tmp_path / "links.json"
    first, second = LinkCache(path, 3600), LinkCache(path, 3600)
    first.put(OK)
    second.put(MOVED)
    first.save()
    second.save()
    assert {url for url in json.loads(path.read_text())["entries"]} == {OK.url, MOVED.url}


def test_a_newer_failure_evicts_an_entry_another_run_wrote(tmp_path: Path) -> None:
    path = tmp_path / "links.json"
    old = LinkCache(path, 3600)
    old.put(LinkResult(BROKEN.url, "ok", 200), checked_at=time.time() - 10)
    fresh = LinkCache(path, 3600)
    old.save()
    fresh.put(BROKEN)
    fresh.save()
    assert LinkCache(path, 3600).get(BROKEN.url) is None


def test_an_unchecked_link_leaves_the_cache_alone(tmp_path: Path) -> None:
    path = tmp_path / "links.json"
    cache = LinkCache(path, 3600)
    cache.put(OK)
    cache.save()
    cache.put(LinkResult(OK.url, "unchecked", reason="not checked"))
    cache.save()
    assert LinkCache(path, 3600).get(OK.url) == OK


@pytest.fixture
def readme(threaded_site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "README.md"
    path.write_text(f"# T\n\n- [A]({threaded_site.base}/missing/a) - One.\n")
    return path


def test_cli_refuses_an_unwritable_cache_before_checking(
        readme: Path, threaded_site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    (readme.parent / "links.json").mkdir()
    assert main(["--links", "--allow-private", "--cache", "links.json"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "is a directory" in err
    assert threaded_site.seen == []


def test_cli_prints_results_with_a_corrupt_cache(
        readme: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cache = readme.parent / "links.json"
    cache.write_text("{" * 50_000)
    assert main(["--links", "--allow-private", "--cache", str(cache)]) == 1
    out, err = capsys.readouterr()
    assert "broken-link" in out
    assert "warning: " in err and "link cache ignored" in err
    assert json.loads(cache.read_text())["format"] == 1

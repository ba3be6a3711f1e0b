"""redirect: permanent redirects only, the option to ignore same-host ones, and a --fix that
never writes what a server (or a cache file) says unless it is a plain URL."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import pytest

from awesome_lint.cli import main
from awesome_lint.links import LinkConfig, LinkResult, check_links
from awesome_lint.parser import parse
from awesome_lint.urls import is_plain_url
from helpers import lint_document

from .conftest import Site


def test_permanent_redirects_only(threaded_site: Site, fast: LinkConfig) -> None:
    base = threaded_site.base
    doc = parse(f"# T\n\n- [A]({base}/moved/a) - x.\n- [B]({base}/found/b) - y.\n")
    results = check_links([k.url for k in doc.links], fast)
    problems = lint_document(replace(doc, link_results=results), "redirect")
    assert [(p.line, p.column, p.fix is not None) for p in problems] == [(3, 7, True)]
    same_host = lint_document(replace(doc, link_results=results), "redirect",
                              ignore_same_host=True)
    assert same_host == []


# ----------------------------------------------------------------------------- --fix safety
@pytest.fixture
def readme(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path / "README.md"


def test_fix_never_writes_what_a_location_header_says(
        threaded_site: Site, readme: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = f"# T\n\n- [Inject]({threaded_site.base}/inject) - A.\n"
    readme.write_text(text)
    assert main(["--links", "--allow-private", "--fix", "--format", "json",
                 "--select", "redirect", str(readme)]) == 0
    problems = json.loads(capsys.readouterr().out)
    assert readme.read_text() == text
    assert [(p["rule"], p["line"], p["column"], p["fixable"], p["final_url"])
            for p in problems] == [("redirect", 3, 12, False, None)]
    assert "evil.example" not in problems[0]["message"]


def test_fix_stops_at_the_last_permanent_hop(
        threaded_site: Site, readme: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = threaded_site.base
    readme.write_text(f"# T\n\n- [Release]({base}/release/v1.zip) - A.\n")
    main(["--links", "--allow-private", "--fix", "--select", "redirect", str(readme)])
    assert readme.read_text() == f"# T\n\n- [Release]({base}/signed/v1.zip) - A.\n"
    assert threaded_site.counts["/login"] >= 1  # the temporary hop was followed, not written


def test_fix_keeps_the_fragment(threaded_site: Site, readme: Path) -> None:
    base = threaded_site.base
    readme.write_text(f"# T\n\n- [Docs]({base}/docs#install) - A.\n- <{base}/docs>\n")
    main(["--links", "--allow-private", "--fix", "--select", "redirect", str(readme)])
    assert readme.read_text() == \
        f"# T\n\n- [Docs]({base}/ok/docs/v2/#install) - A.\n- <{base}/ok/docs/v2/>\n"


def test_a_poisoned_cache_entry_is_not_written(
        threaded_site: Site, readme: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"{threaded_site.base}/ok/x"
    poison = f"{threaded_site.base}/landing) and see [Mirror](https://evil.example/phish"
    entry = {"url": url, "verdict": "redirect", "status": 301, "final_url": poison,
             "reason": "moved", "permanent": True, "checked_at": time.time()}
    cache = readme.parent / "links.json"
    cache.write_text(json.dumps({"format": 1, "entries": {url: entry}}))
    text = f"# T\n\n- [X]({url}) - A.\n"
    readme.write_text(text)
    assert main(["--links", "--allow-private", "--fix", "--cache", str(cache),
                 "--select", "redirect", str(readme)]) == 0
    assert readme.read_text() == text
    assert threaded_site.paths() == ["/ok/x"]  # the entry was ignored: checked again
    assert "1 invalid entries" in capsys.readouterr().err
    assert "evil.example" not in cache.read_text()


def test_the_rule_offers_no_fix_for_an_unsafe_target() -> None:
    doc = parse("# T\n\n- [A](https://example.org/a) - x.\n")
    unsafe = LinkResult("https://example.org/a", "redirect", 301,
                        "https://example.org/b) [M](https://evil.example/", "", True)
    problems = lint_document(replace(doc, link_results={unsafe.url: unsafe}), "redirect")
    assert [(p.line, p.column, p.fix) for p in problems] == [(3, 7, None)]


@pytest.mark.parametrize(
    ("url", "plain"),
    [("https://example.org/docs/v2/#install", True), ("http://dé.example/wiki/Überblick", True),
     ("https://example.org/a?b=1&c=%20", True), ("/relative", False), ("mailto:a@b.c", False),
     ("javascript:alert(1)", False), ("https://example.org/a b", False),
     ("https://example.org/a)b", False), ("https://example.org/[x]", False),
     ("https://example.org/<x>", False), ("https://example.org/a\\", False),
     ("https://example.org/a|b", False), ("https://example.org/`x`", False),
     ("https://example.org/\x00", False), ("https://example.org/\u202e", False),
     ("https://example.org/\u00a0", False), ("http://[::1", False), ("https://:80/", False)],
)
def test_what_counts_as_a_plain_url(url: str, plain: bool) -> None:
    assert is_plain_url(url) is plain

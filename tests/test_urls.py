"""URL normalisation: which spellings of a link are the same project."""

from __future__ import annotations

import pytest

from awesome_lint.urls import normalize, repository

SAME = [
    ("https://github.com/o/r", "https://github.com/o/r/"),
    ("https://github.com/o/r", "http://github.com/O/R.git#readme"),
    ("https://github.com/o/r", "https://www.github.com/o/r"),
    ("https://github.com/o/r", "https://GitHub.com:443/o/r"),
    ("https://github.com/o/r", "https://github.com/o/r.git/"),
    (
        "https://github.com/Owner/Repo/tree/main/docs",
        "https://github.com/owner/repo/tree/main/docs/",
    ),
    ("https://gitlab.com/Group/Sub/Project", "https://gitlab.com/group/sub/project.git"),
    ("https://example.com/a?x=1", "https://example.com/a?x=1&utm_source=awesome"),
    ("https://example.com/a", "https://example.com/a?utm_source=x&UTM_medium=y"),
    ("http://example.com:80/a", "https://example.com/a/"),
    ("https://example.com/", "https://example.com"),
    ("https://example.com/a#install", "https://example.com/a#usage"),
]

DIFFERENT = [
    ("https://github.com/o/r", "https://github.com/o/r2"),
    ("https://github.com/o/r", "https://github.com/o/r/tree/main/sub"),
    ("https://github.com/o/r/blob/main/README.md", "https://github.com/o/r/blob/main/readme.md"),
    ("https://example.com/Docs", "https://example.com/docs"),
    ("https://example.com/a?x=1", "https://example.com/a?x=2"),
    ("https://example.com:8080/a", "https://example.com/a"),
    ("https://gitlab.com/g/p/-/tree/Main", "https://gitlab.com/g/p/-/tree/main"),
    ("https://docs.example.com/", "https://example.com/"),
]


@pytest.mark.parametrize(("first", "second"), SAME)
def test_same_project(first: str, second: str) -> None:
    assert normalize(first) == normalize(second)


@pytest.mark.parametrize(("first", "second"), DIFFERENT)
def test_different_projects(first: str, second: str) -> None:
    assert normalize(first) != normalize(second)


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("http://github.com/O/R.git#readme", "github.com/o/r"),
        ("https://www.Example.com:8443/Path/?q=1&utm_campaign=z", "example.com:8443/Path?q=1"),
        ("https://example.com/a?b=&c=1", "example.com/a?b=&c=1"),
    ],
)
def test_key(url: str, key: str) -> None:
    assert normalize(url) == key


@pytest.mark.parametrize(
    "url",
    ["#section", "docs/setup.md", "mailto:me@example.com", "ftp://example.com/x", "", "https://"],
)
def test_non_web_urls_come_back_as_written(url: str) -> None:
    assert normalize(f"  {url} ") == url


def test_malformed_port_does_not_raise() -> None:
    assert normalize("https://example.com:port/x") == "https://example.com:port/x"


@pytest.mark.parametrize(
    ("url", "repo"),
    [
        ("https://github.com/Apex/Log/tree/main/handlers", "github.com/apex/log"),
        ("http://www.github.com/apex/log.git", "github.com/apex/log"),
        ("https://gitlab.com/tozd/go/errors/-/blob/main/README.md", "gitlab.com/tozd/go/errors"),
        ("https://codeberg.org/o/r", "codeberg.org/o/r"),
        ("https://github.com/apex", None),
        ("https://github.com/topics/go", None),
        ("https://github.com/marketplace/actions/go-test-coverage", None),
        ("https://gitlab.com/solo", None),
        ("https://opencv.org/releases", None),
        ("docs/setup.md", None),
    ],
)
def test_repository(url: str, repo: str | None) -> None:
    assert repository(url) == repo


@pytest.mark.parametrize(("one", "two", "same"), [
    ("https://youtu.be/Mi7udzhcCDQ", "https://www.youtube.com/watch?v=Mi7udzhcCDQ", True),
    ("https://m.youtube.com/watch?v=Mi7udzhcCDQ", "https://youtube.com/watch?v=Mi7udzhcCDQ",
     True),
    ("https://youtu.be/Mi7udzhcCDQ?t=30", "https://youtube.com/watch?v=Mi7udzhcCDQ&t=30", True),
    ("https://youtu.be/Mi7udzhcCDQ?t=30", "https://youtube.com/watch?v=Mi7udzhcCDQ", False),
])
def test_one_video_at_each_of_its_addresses(one: str, two: str, same: bool) -> None:
    assert (normalize(one) == normalize(two)) == same


@pytest.mark.parametrize(("one", "two", "same"), [
    ("https://www.youtube.com/BeFluentinRussian", "https://youtube.com/@befluentinrussian", True),
    ("https://www.youtube.com/c/DevoxxFRvideos", "https://youtube.com/@DevoxxFRvideos", True),
    ("https://youtube.com/c/Name/videos", "https://youtube.com/@name/videos", True),
    ("https://youtube.com/@name/videos", "https://youtube.com/@name", False),
    ("https://youtube.com/user/name", "https://youtube.com/@name", False),
    ("https://youtube.com/watch?v=x", "https://youtube.com/@watch", False),
    ("https://youtube.com/playlist?list=x", "https://youtube.com/@playlist?list=x", False),
])
def test_one_channel_at_its_custom_url_and_its_handle(one: str, two: str, same: bool) -> None:
    assert (normalize(one) == normalize(two)) == same

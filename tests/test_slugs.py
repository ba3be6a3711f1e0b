"""Heading slugs against github-slugger's own test fixtures (the expected values are GitHub's)."""

import pytest

from awesome_lint.slugs import Slugger, fragment_key, html_anchors, slugify


@pytest.mark.parametrize(("text", "slug"), [
    ("alpha", "alpha"),
    ("bravoCharlieDelta", "bravocharliedelta"),
    ("heading with a - dash", "heading-with-a---dash"),
    ("heading with an _ underscore", "heading-with-an-_-underscore"),
    ("heading with a period.txt", "heading-with-a-periodtxt"),
    ("exchange.bind_headers(exchange, routing [, bindCallback])",
     "exchangebind_headersexchange-routing--bindcallback"),
    (" a ", "-a-"),
    ("apostrophe\u2019s should be trimmed", "apostrophes-should-be-trimmed"),
    ("I ♥ unicode", "i--unicode"),
    ("en\u2013dash", "endash"),
    ("😄 - an emoji", "---an-emoji"),
    ("😄_😄 unicode emoji", "_-unicode-emoji"),
    (":smile: - a gemoji", "smile---a-gemoji"),
    ("Привет non-latin 你好", "привет-non-latin-你好"),
    ("Software Development - Low Code", "software-development---low-code"),
    ("Art & Design", "art--design"),
    ("C++", "c"),
    ("Ⅻ roman", "ⅻ-roman"),  # letter numbers stay
    ("à", "à"),  # combining marks stay
    ("🏷️ Tags", "\ufe0f-tags"),  # so does the emoji's variation selector (a mark)
])
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


@pytest.mark.parametrize(("text", "slug"), [
    ("Python 3² ½", "python-3-"),  # other numbers go
    ("a\u203fb \u2040 \uff3f", "a\u203fb-\u2040-\uff3f"),  # all connectors stay, not only "_"
    ("Ⓐ 🄰 🅐 🅰 🄛", "ⓐ-🄰-🅐-🅰-"),  # alphabetic symbols stay, other symbols go
    ("a\u00a0b\u2028c\u200dd", "abcd"),  # other separators and formats go
])
def test_slugify_unicode_categories(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_slugger_numbers_repeats_like_github() -> None:
    slugger = Slugger()
    texts = ["echo", "echo", "echo 1", "echo-1", "echo", "foxtrot-1", "foxtrot", "foxtrot"]
    assert [slugger.slug(t) for t in texts] == [
        "echo", "echo-1", "echo-1-1", "echo-1-2", "echo-2", "foxtrot-1", "foxtrot", "foxtrot-2",
    ]


def test_slugger_thirty_repeats() -> None:
    slugger = Slugger()
    slugs = [slugger.slug("General-Purpose Machine Learning") for _ in range(30)]
    assert slugs[0] == "general-purpose-machine-learning"
    assert slugs[29] == "general-purpose-machine-learning-29"
    assert len(set(slugs)) == 30


def test_html_anchors() -> None:
    text = '<a name="core-mlops"></a>\n<h2 id=\'tools\'>Tools</h2>\n<a href="#x">x</a>'
    assert html_anchors(text) == {"core-mlops", "tools"}


@pytest.mark.parametrize(("fragment", "key"), [
    ("Contents", "contents"),
    ("c%2B%2B", "c++"),
    ("%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82", "привет"),
    ("user-content-tools", "tools"),
    ("", ""),
])
def test_fragment_key(fragment: str, key: str) -> None:
    assert fragment_key(fragment) == key

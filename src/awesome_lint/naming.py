"""How a list item names its project: by the link it starts with, by its text, as one of a
project's own links (a label), or not at all (prose). Reads mistune's tokens."""

from __future__ import annotations

import html
import re
from dataclasses import replace

from .model import Entry, EntryList

_WORD = re.compile(r"\w")
_DATE_LABEL = re.compile(  # "2017: ", "(2017-03) "
    r"\s*[(\[]?(?:19|20)\d\d(?:[-/.]\d{1,2}){0,2}[)\]]?\s*[:\-\u2013\u2014|]?\s*")
_TAG_LABEL = re.compile(r"\s*\([^()\n]{1,24}\)\s*")  # "(JS) [FormatJS CLI](url)", "(archived) "
_BRACKET_LABEL = re.compile(r"\s*\[[^\[\]()\n]{1,24}\]\s*")  # "[Report] [Title](url)"
_COUNT = re.compile(r"\s*\d[\d,.]*[kKmM]?[+-]?\s*")  # "<kbd>2800+</kbd> [text](url)": stars
_MARKUP = re.compile(r"</?(?:kbd|sup|sub|code|b|i|em|strong|span|small)\b[^<>]*>", re.IGNORECASE)
_SHORTCODES = re.compile(r"(?:\s*:[a-z0-9_+-]+:)+\s*")  # emoji as GitHub writes them: ":free: "
_EDGE_SHORTCODES = re.compile(r"^(?:\s*:[a-z0-9_+-]+:)+\s*|\s*(?::[a-z0-9_+-]+:\s*)+$")
_NAME_SPLIT = re.compile(r"^\s*(?P<name>[^\s,;!?][^,;!?]{0,79}?)\s*"
                         r"(?:\s[-\u2013\u2014]\s|:\s|:$|\s[-\u2013\u2014]$)")
_SENTENCE = re.compile(r"[,;.!?:]\s|[,;.!?]$")
_FUNCTION_WORDS = frozenset((
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is",
    "it", "of", "on", "or", "see", "the", "this", "to", "use", "with",
    "also", "plus", "besides", "additionally", "此外", "另外", "另见", "参见", "以及",
))
_LABEL_WORD = re.compile(r"[a-z0-9]+(?:\.[a-z]+)?")
_QUALIFIER = re.compile(r"\([^()]{1,20}\)")  # "code (TF)": which one, still the code
# What a project's own links are labelled: a list of these under a heading is that project's.
_GENERIC_WORDS = frozenset((
    "official", "web", "website", "site", "homepage", "home", "page", "project", "landing",
    "github", "gitlab", "bitbucket", "codeberg", "repo", "repository", "source", "code", "src",
    "discord", "twitter", "x", "paper", "papers", "arxiv", "pdf", "docs", "doc",
    "documentation", "manual", "reference", "blog", "slack", "reddit", "telegram", "youtube",
    "video", "videos", "linkedin", "medium", "npm", "pypi", "crates.io", "download",
    "downloads", "app", "apps", "store", "play", "google", "apple", "android", "ios", "macos",
    "windows", "linux", "wiki", "changelog", "examples", "example", "tutorial", "tutorials",
    "api", "chat", "forum", "community", "newsletter", "mastodon", "facebook", "instagram",
    "my", "note", "notes", "slides",
    "hugging", "face", "huggingface", "colab", "notebook", "notebooks", "slides", "dataset",
    "datasets", "model", "models", "weights", "release", "releases", "link", "links", "guide",
    "quickstart", "install", "installation", "pricing", "hub", "space", "spaces", "demo",
    "demos", "live", "try", "online", "playground", "cli", "sdk", "docker", "image",
    "discussions", "issues", "gitter", "matrix", "irc", "mailing", "list", "podcast", "talk",
    "article", "post", "preprint", "citation", "bibtex", "leaderboard", "benchmark",
    "extension", "chrome", "firefox", "addon", "plugin", "status", "support", "contact", "faq",
    "jobs", "careers", "samples", "sample", "learn", "more", "with", "getting", "started",
    "lecture", "lectures", "assignment", "assignments", "homework", "homeworks", "syllabus",
    "reading", "readings", "exam", "exams", "lab", "labs", "schedule", "recitation",
    "recitations", "handouts", "problem", "sets", "solutions", "course", "materials",
))


# An item written in HTML, named by the anchor it starts with, inside wrappers such as
# <details><summary><b>: ``<b><a href="url">name</a></b>: what it is``.
_HTML_ANCHOR = re.compile(r"\s*(?:<(?!a\b)[a-z][a-z0-9]*\b[^<>]*>\s*)*"
                          r"<a\b[^<>]*?\bhref\s*=\s*[\"']([^\"']+)[\"'][^<>]*>(.*?)</a\s*>",
                          re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(r"<[^<>]*>")


def html_name(content: str) -> tuple[str, str, str] | None:
    """(name, url, rest) of an item that starts with an HTML anchor, else None."""
    anchor = _HTML_ANCHOR.match(content)
    if anchor is None:
        return None
    url, text, end = anchor.group(1), anchor.group(2), anchor.end()
    while (more := _HTML_ANCHOR.match(content, end)) and more.group(1) == url:
        text, end = text + more.group(2), more.end()  # "<a>owner/</a><b><a>repo</a></b>"
    name = " ".join(html.unescape(_HTML_TAG.sub("", text)).split())
    return (name, url, html_text(content[end:])) if _WORD.search(name) else None


def html_text(markup: str) -> str:
    """What HTML shows as text: tags as spaces, entities read, white space made one space."""
    return " ".join(html.unescape(_HTML_TAG.sub(" ", markup)).split())


def without_shortcodes(name: str) -> str:
    """A name without the emoji written as shortcodes before or after it
    (":exclamation: Mac Boy Advance"): GitHub shows them as pictures, no part of the name."""
    return _EDGE_SHORTCODES.sub("", name).strip() or name


def folded(text: str) -> str:
    """How names and titles are compared: case folded, white space made one space."""
    return " ".join(text.split()).casefold()


def plain(tokens: list[dict], images: bool = True) -> str:
    parts = []
    for token in tokens:
        if token["type"] == "image" and not images:
            continue
        if "children" in token:
            parts.append(plain(token["children"], images))
        elif token["type"] == "text":
            parts.append(html.unescape(token["raw"]) if "&" in token["raw"] else token["raw"])
        elif token["type"] == "codespan":
            parts.append(token["raw"])
        elif token["type"] in ("softbreak", "linebreak"):
            parts.append(" ")
    return "".join(parts)


def leading_link(tokens: list[dict]) -> dict | None:
    """The link an item starts with, looking through emphasis (``**[Name](url)**``) and
    past what names nothing: an emoji (``:free:``), a logo or badge, a link without words
    (``[🤖](#icons)``), a date (``2017: [Title](url) by …``), a tag (``(JS) [Name](url)``),
    a count in markup (``<kbd>2800+</kbd> [text](url)``)."""
    for index, token in enumerate(tokens):
        kind = token["type"]
        if (kind == "text" and (not _WORD.search(token["raw"])
                                or _SHORTCODES.fullmatch(token["raw"])
                                or _DATE_LABEL.fullmatch(token["raw"])
                                or _TAG_LABEL.fullmatch(token["raw"])
                                or _COUNT.fullmatch(token["raw"])
                                or (_BRACKET_LABEL.fullmatch(token["raw"])
                                    and _named_link(tokens[index + 1:index + 2])))) \
                or kind == "image" or (kind == "inline_html" and _MARKUP.fullmatch(token["raw"])):
            continue
        if kind == "link":
            if _WORD.search(plain(token.get("children", []), images=False)):
                return token
            continue  # "[🤖](#icons)": a mark linked to its legend
        if kind in ("strong", "emphasis") and token.get("children"):
            return leading_link(token["children"])
        return None
    return None


def _named_link(tokens: list[dict]) -> bool:
    """Whether the tokens are a link with words of its own, not an address shown as is
    ("[Name] https://…" is a name whose link was never written)."""
    return bool(tokens) and tokens[0]["type"] == "link" and not plain(
        tokens[0].get("children", [])).startswith(("http://", "https://", "www."))


_LEADING_SHORTCODES = re.compile(r"^\s*(?::[a-z0-9_+-]+:\s*)+")  # ":star: WGAN: …"


def text_name(tokens: list[dict]) -> tuple[str, str, str]:
    """(name, rest, kind) of an item that does not start with a link.

    ``**Name** - ...`` and ``Name - ...``/``Name: ...`` (a short name before a separator)
    are named by their text, and so is a short text before the item's first link
    (``Foo [crate](url)``); an item that starts with plain words and only later links
    (``Also, [Quora](url), ...``) is prose.
    """
    bold = next((t for t in tokens if t["type"] != "text" or t["raw"].strip()), None)
    if bold is not None and bold["type"] == "strong":
        name = plain(bold.get("children", []), images=False).strip().rstrip(":").strip()
        return name, plain(tokens[tokens.index(bold) + 1:]), "text"
    first_link = next((i for i, t in enumerate(tokens) if t["type"] == "link"), len(tokens))
    prefix = _LEADING_SHORTCODES.sub("", plain(tokens[:first_link], images=False))
    full = plain(tokens)
    split = _NAME_SPLIT.match(prefix)
    if split and len(split["name"].split()) <= 6 and ". " not in split["name"]:
        name = split["name"].strip()
    elif first_link < len(tokens) and _cites_its_work(tokens[first_link], prefix):
        name = prefix.strip().rstrip(",;:-\u2013\u2014( ").strip()  # "A Title, [[paper]](url)"
    else:
        name = _short_name(prefix, linked=first_link < len(tokens))
    if not name:
        return "", full, "prose"
    at = full.find(name)
    return name, full[at + len(name):] if at >= 0 else full, "text"


def _cites_its_work(link: dict, prefix: str) -> bool:
    """Whether a title stands before a link labelled as its work's ("Photo-Realistic
    Super-Resolution, [[paper]](url)", "A Title [[paper]](url)"): the item is named by the
    title."""
    written = plain(link.get("children", []), images=False).strip()
    ends = prefix.rstrip()[-1:] in (",", ":", "-", "(") or written.startswith("[")
    return _is_generic_label(written.strip("[]")) and ends \
        and 2 <= len(prefix.split()) <= 30 and ". " not in prefix.strip()


def _short_name(prefix: str, linked: bool) -> str:
    """A prefix that reads as a name, not the start of a sentence ("" if it does not)."""
    words = prefix.split()
    limit = 3 if linked else 4
    if not words or len(words) > limit or _SENTENCE.search(prefix) or \
            words[-1].casefold() in _FUNCTION_WORDS or words[-1].endswith(("'s", "\u2019s")):
        return ""  # "Sascha Willems's [samples](url)": whose, not what
    return prefix.strip()


def as_labels(entries: list[Entry], owner: str) -> list[Entry]:
    return [replace(e, kind="label", name=owner) if e.kind != "prose" else e
            for e in entries]


def project_links(entry_list: EntryList, owner: str) -> EntryList:
    """A short list under a project's heading, and any list nested in an item there:
    that project's own links (its site, its authors, its SDKs)."""
    if entry_list.is_toc or (entry_list.depth == 0 and len(entry_list.entries) > 15):
        return entry_list
    return replace(entry_list, entries=tuple(as_labels(list(entry_list.entries), owner)),
                   is_labels=True)


def is_label_list(entries: list[Entry], depth: int) -> bool:
    """Whether these items are one project's links (Web, Docs, GitHub), not projects."""
    named = [e for e in entries if e.kind in ("link", "text") and e.name]
    if not named or (depth == 0 and len(entries) > 15):
        return False
    generic = sum(1 for e in named if _is_generic_label(e.name))
    return generic * 2 >= len(named)


def is_cited_list(entries: list[Entry]) -> bool:
    """Whether these items are works named by their text, each followed by its own links
    (``**Llemma:** "An Open Language Model" ([Paper](url))``, ``Title - [[PDF](url)]``):
    most of them, and each of those cited by a link labelled as a work's (Paper, PDF, Code)."""
    cited = sum(1 for e in entries if e.kind == "text" and e.links and not e.links[0].image
                and _is_generic_label(e.links[0].text))
    return cited * 2 > len(entries)


def _is_generic_label(name: str) -> bool:
    """"Code", "Repo :fire:", "code (PyTorch)": what a project's own link is labelled."""
    words = _LABEL_WORD.findall(_QUALIFIER.sub(" ", _SHORTCODES.sub(" ", name.casefold())))
    return bool(words) and len(words) <= 4 and all(w in _GENERIC_WORDS for w in words)

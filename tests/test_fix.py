"""--fix on real and generated lists: a second run changes nothing, nothing fixable is left,
and nothing is lost: the entries and every line but the contents' are the same, moved."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from awesome_lint import fixer
from awesome_lint.cli import main
from awesome_lint.config import from_mapping
from awesome_lint.engine import lint
from awesome_lint.model import Document
from awesome_lint.parser import parse
from awesome_lint.problem import Problem
from awesome_lint.registry import all_rules
from awesome_lint.rules import toc
from helpers import FIXTURES, real_list_params

EXPECTED = Path(__file__).resolve().parent / "expected"
# The rules whose fixes move lines (and add or remove the contents' own): what is moved
# must all be there after.
MOVES = {"select": ["alphabetical-order", "toc"],
         "rules": {"alphabetical-order": {"enforce": "always"}}}


def fix_text(text: str, mapping: dict[str, Any]) -> fixer.Fixed:
    known = all_rules()
    rules = from_mapping(mapping, known, "test").active_rules(known)

    def again(fixed: str) -> list[Problem]:
        return lint(parse(fixed), rules)

    return fixer.fix(text, again(text), again)


def contents_lines(document: Document) -> set[int]:
    found = toc._find_toc(document, {toc.loose_slug(h) for h in toc.DEFAULT["headings"]})
    return set() if found is None else {
        n for lst in found.lists for e in lst.entries for n in range(e.line, e.end_line + 1)}


def kept(text: str) -> tuple[Counter, Counter]:
    """The entries, and the lines outside the contents with their line endings."""
    document = parse(text)
    skip = contents_lines(document)
    return (Counter((e.name, e.url, e.description) for e in document.entries),
            Counter((line, end or "\n") for number, (line, end)
                    in enumerate(zip(document.lines, document.endings, strict=True), start=1)
                    if number not in skip and line.strip()))


def assert_moves_keep_everything(text: str) -> fixer.Fixed:
    """Sorted and its contents fixed, the text has every entry and line it had, and nothing
    left to fix (so a second run changes nothing)."""
    done = fix_text(text, MOVES)
    assert [p for p in done.left if p.fix] == []
    assert kept(done.text) == kept(text)
    return done


# ------------------------------------------------------------------ real lists
@pytest.mark.parametrize("path", real_list_params())
def test_fix_twice_changes_nothing_and_leaves_nothing_fixable(
        path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(path, tmp_path / path.name)
    before = path.read_text(encoding="utf-8")
    main(["--fix", "--format", "json", path.name])
    left = json.loads(capsys.readouterr().out)
    once = (tmp_path / path.name).read_text(encoding="utf-8")
    assert [p for p in left if p["fixable"]] == []
    main(["--fix", "--format", "json", path.name])
    assert (tmp_path / path.name).read_text(encoding="utf-8") == once
    assert "fixed 0;" in capsys.readouterr().err
    # The other fixes mend descriptions, licenses, cells and double spaces: names and
    # links stay.
    named = [Counter((" ".join(e.name.split()), e.url) for e in parse(text).entries)
             for text in (before, once)]
    assert named[0] == named[1]


@pytest.mark.parametrize("path", real_list_params())
def test_sorting_and_contents_lose_nothing(path: Path) -> None:
    assert_moves_keep_everything(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("expected", "mapping"), [
    ("seed-open-mlops-full.fixed.md", {}),
    ("seed-open-mlops-full.sorted.md", {"rules": {"alphabetical-order": {"enforce": "always"}}}),
])
def test_seed_list_fixed_end_to_end(expected: str, mapping: dict[str, Any]) -> None:
    """The seed list is not sorted by design (under 80% of neighbours in order): by default
    its tables keep their order; a list whose guidelines ask for order sorts them too."""
    done = fix_text((FIXTURES / "seed-open-mlops-full.md").read_text(encoding="utf-8"), mapping)
    assert done.text == (EXPECTED / expected).read_text(encoding="utf-8")
    assert [p for p in done.left if p.fix] == []


# ------------------------------------------------------------------ generated lists
WORDS = ["Alpha", "beta", "Gamma", "delta", "Echo", "Foxtrot", "golf", "Hotel", "India",
         "Juliet", "kilo", "Lima", "Mike", "November", "Oscar", "papa"]
TITLES = ["Tools", "Data Sets", "Libraries", "Tutorials", "Model Serving", "Monitoring",
          "Papers", "Books"]


@st.composite
def items(draw: st.DrawFn, depth: int = 0) -> list[str]:
    """The lines of one list item: its text, maybe a continuation line, a code block or a
    comment, and nested items."""
    indent = "  " * depth
    name = draw(st.sampled_from(WORDS)) + draw(st.sampled_from(["", " 2", " Kit", "-x"]))
    lines = [f"{indent}- [{name}](https://example.org/{draw(st.uuids()).hex[:8]}) - "
             f"{draw(st.sampled_from(['Does a thing.', 'A tool.', 'Fast, small.']))}"]
    extra = draw(st.sampled_from(["", "", "continued", "code", "comment", "children"]))
    if extra == "continued":
        lines.append(f"{indent}  and more about {name}.")
    elif extra == "code":
        lines += [f"{indent}  ```sh", f"{indent}  run {name}", f"{indent}  ```"]
    elif extra == "comment":
        lines.append(f"{indent}  <!-- about {name} -->")
    elif extra == "children" and depth < 2:
        for child in draw(st.lists(items(depth + 1), min_size=1, max_size=3)):
            lines += child
    return lines


@st.composite
def table(draw: st.DrawFn) -> str:
    names = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6))
    rows = "".join(f"| [{name}](https://example.org/t{i}) | MIT | A tool. |\n"
                   for i, name in enumerate(names))
    return "| Name | License | Description |\n| --- | --- | --- |\n" + rows


@st.composite
def documents(draw: st.DrawFn) -> str:
    """A list with its sections in any order, a contents that may miss some of them, list
    them out of order, or list one that is gone; nested items, continuation lines, code
    blocks and comments in items; tables; CRLF; a final newline or none."""
    titles = draw(st.lists(st.sampled_from(TITLES), min_size=2, max_size=6, unique=True))
    bodies, contents = [], []
    for title in titles:
        if draw(st.booleans()):
            entries = draw(st.lists(items(), min_size=1, max_size=7))
            body = ("\n\n" if draw(st.booleans()) else "\n").join(map("\n".join, entries))
        else:
            body = draw(table()).rstrip("\n")
        bodies.append(f"## {title}\n\n{body}\n")
        if draw(st.booleans()):
            contents.append(f"- [{title}](#{title.lower().replace(' ', '-')})")
        if draw(st.integers(0, 3)) == 0:
            bodies.append(f"### More {title}\n\n- [Zulu](https://z.org/{title[0]}) - Last.\n"
                          f"- [Alpha](https://a.org/{title[0]}) - First.\n")
            if contents and draw(st.booleans()):
                contents.append(f"  - [More {title}](#more-{title.lower().replace(' ', '-')})")
    if draw(st.booleans()):
        contents.insert(draw(st.integers(0, len(contents))), "- [Gone Section](#gone-section)")
    contents = draw(st.permutations(contents)) if draw(st.booleans()) else contents
    text = "# Awesome Things\n\nThings.\n\n## Contents\n\n" + "\n".join(
        ["- [Start](#awesome-things)", *contents]) + "\n\n" + "\n".join(bodies) + \
        "\n## Contributing\n\nPlease do.\n"
    if draw(st.booleans()):
        text = text.rstrip("\n")
    return text.replace("\n", "\r\n") if draw(st.booleans()) else text


@settings(max_examples=150, deadline=None)
@given(documents())
def test_generated_lists_lose_nothing(text: str) -> None:
    done = assert_moves_keep_everything(text)
    fixed = done.text
    # Fix and check agree: all that is left is for a person (an entry whose heading is
    # gone, with entries nested under it).
    assert all(p.rule == "toc" and p.fix is None and p.line in contents_lines(parse(fixed))
               for p in done.left)
    if "\r\n" in text:
        assert fixed.count("\n") == fixed.count("\r\n")  # every line ending stays CRLF
    assert fixed.endswith("\n") == text.endswith("\n")


@settings(max_examples=60, deadline=None)
@given(documents())
def test_generated_lists_fixed_with_every_rule(text: str) -> None:
    assert [p for p in fix_text(text, {}).left if p.fix] == []

"""The fixer: edits that span lines and go together, overlaps left for the next pass."""

from __future__ import annotations

from collections import Counter

import pytest

from awesome_lint import fixer
from awesome_lint.problem import Fix, Problem, together

TEXT = "one\ntwo\r\nthree\rfour"


def problem(fix: Fix, rule: str = "r", line: int = 1) -> Problem:
    return Problem(line, 1, "m", rule=rule, fix=fix)


@pytest.mark.parametrize(("fix", "expected"), [
    (Fix(1, 1, 4, "ONE"), "ONE\ntwo\r\nthree\rfour"),
    (Fix(2, 4, 4, "!"), "one\ntwo!\r\nthree\rfour"),  # before the line's own ending
    (Fix(1, 2, 3, "-", end_line=3), "o-ree\rfour"),  # across lines
    (Fix(2, 1, 1, "", end_line=3), "one\nthree\rfour"),  # a whole line, with its ending
    (Fix(4, 5, 1, "\nfive", end_line=5), "one\ntwo\r\nthree\rfour\nfive"),  # at the end
])
def test_edits_in_lines_and_across_them(fix: Fix, expected: str) -> None:
    assert fixer.apply(TEXT, [problem(fix)]) == (expected, 1)


def test_a_fix_of_several_edits_is_made_whole() -> None:
    move = together([Fix(1, 1, 1, "", end_line=2), Fix(4, 5, 5, "\none")])  # one goes last
    assert fixer.apply(TEXT, [problem(move)]) == ("two\r\nthree\rfour\none", 1)


def test_a_fix_overlapping_one_made_before_waits() -> None:
    whole = problem(together([Fix(1, 1, 1, "", end_line=2), Fix(4, 5, 5, "\none")]))
    inside = problem(Fix(1, 2, 3, "N"))  # within the line the first fix moves
    apart = problem(Fix(2, 1, 4, "TWO"), line=2)
    assert fixer.apply(TEXT, [whole, inside, apart]) == ("TWO\r\nthree\rfour\none", 2)
    assert fixer.apply(TEXT, [inside, whole, apart]) == ("oNe\nTWO\r\nthree\rfour", 2)


@pytest.mark.parametrize("second", [
    Fix(1, 2, 2, "x"),  # an insertion where the other starts
    Fix(1, 3, 3, "x"),  # an insertion within the other
    Fix(1, 3, 4, "x"),  # a shared character
])
def test_an_overlap_is_refused(second: Fix) -> None:
    first = Fix(1, 2, 4, "NE")
    text, count = fixer.apply(TEXT, [problem(first), problem(second)])
    assert (text, count) == ("oNE\ntwo\r\nthree\rfour", 1)


def test_edits_that_touch_are_both_made() -> None:
    fixes = [problem(Fix(1, 1, 2, "O")), problem(Fix(1, 2, 4, "NE")), problem(Fix(1, 4, 4, "!"))]
    assert fixer.apply(TEXT, fixes) == ("ONE!\ntwo\r\nthree\rfour", 3)


def test_problems_sharing_one_fix_are_all_mended() -> None:
    shared = Fix(1, 1, 4, "ONE")
    assert fixer.apply(TEXT, [problem(shared), problem(shared, line=2)]) == (
        "ONE\ntwo\r\nthree\rfour", 2)


def test_passes_until_nothing_is_left_to_fix() -> None:
    def lint(text: str) -> list[Problem]:  # one "x" too many per pass, and both ends clash
        count = text.count("x")
        return [problem(Fix(1, 1, count + 1, "x" * (count - 1)), rule="a"),
                problem(Fix(1, 1, 2, ""), rule="b")] if count > 1 else []

    done = fixer.fix("xxxx", lint("xxxx"), lint)
    assert done.text == "x"
    assert done.fixed == Counter({"a": 3})
    assert done.left == []


def test_passes_are_bounded() -> None:
    def lint(text: str) -> list[Problem]:
        return [problem(Fix(1, 1, 1, "x"), rule="grows")]

    done = fixer.fix("", lint(""), lint, passes=3)
    assert done.text == "xxx"
    assert fixer.summary(done) == "fixed 3 (grows 3); 1 left"


def test_summary() -> None:
    done = fixer.Fixed("", Counter({"table-columns": 3, "license": 9}),
                       [problem(Fix(1, 1, 1, ""))] * 4)
    assert fixer.summary(done) == "fixed 12 (license 9, table-columns 3); 4 left"
    assert fixer.summary(fixer.Fixed("")) == "fixed 0; 0 left"


def test_diff_keeps_line_endings_and_says_when_the_last_has_none() -> None:
    assert fixer.diff("README.md", "a\r\nb", "a\r\nc") == (
        "--- README.md\n+++ README.md\n@@ -1,2 +1,2 @@\n a\r\n-b\n\\ No newline at end of file\n"
        "+c\n\\ No newline at end of file\n")
    assert fixer.diff("README.md", "a\n", "a\n") == ""

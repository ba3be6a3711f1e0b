"""Small text helpers shared by rules and reporters."""

from __future__ import annotations


def one_line(text: str) -> str:
    """``text`` with every run of whitespace, newlines included, as one space."""
    return " ".join(text.split())

"""Reading a Markdown file, with one clear line for each way that can fail."""

from __future__ import annotations

import re
from pathlib import Path

from .errors import InputError

_LINE_BREAK = re.compile(r"(\r\n|\r|\n)")


def split_lines(text: str) -> tuple[list[str], list[str]]:
    """The lines of ``text`` and the break that ends each ("" after the last one)."""
    parts = _LINE_BREAK.split(text)
    return parts[0::2], [*parts[1::2], ""]


def lines_with_endings(text: str) -> list[str]:
    """The lines of ``text``, each with the break that ends it (the last may have none)."""
    lines, endings = split_lines(text)
    found = [line + end for line, end in zip(lines, endings, strict=True)]
    return found if found[-1] else found[:-1]


def read_markdown(path: Path) -> str:
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a Markdown file")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror}") from error
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    if b"\0" in data:
        raise InputError(f"{path}: binary file (contains NUL bytes), not Markdown")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{path}: not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from error

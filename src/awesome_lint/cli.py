"""The ``awesome-lint`` command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__, config, fixer, reporters
from .engine import ActiveRule, lint
from .errors import AwesomeLintError, InputError
from .inputs import read_markdown
from .parser import parse
from .problem import Problem
from .registry import all_rules, page

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
BOM = "\ufeff"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="awesome-lint",
        description="Lint awesome lists: tables, licenses, order, duplicates, anchors, links.")
    parser.add_argument("files", nargs="*", default=["README.md"], metavar="FILE",
                        help="Markdown files to lint (default: README.md)")
    parser.add_argument("--format", choices=reporters.FORMATS, default="text",
                        help="output format (default: text)")
    parser.add_argument("--select", type=_rule_list, default=(), metavar="RULE,...",
                        help="run only these rules")
    parser.add_argument("--ignore", type=_rule_list, default=(), metavar="RULE,...",
                        help="do not run these rules")
    parser.add_argument("--config", type=Path, metavar="FILE",
                        help="config file (default: nearest .awesome-lint.toml or "
                             "pyproject.toml with [tool.awesome-lint])")
    parser.add_argument("--fix", action="store_true", help="apply safe fixes in place")
    parser.add_argument("--list-rules", action="store_true", help="list rules and exit")
    parser.add_argument("--explain", metavar="RULE", help="print a rule's documentation")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="colour text output (default: auto, on a terminal)")
    parser.add_argument("--version", action="version", version=f"awesome-lint {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except AwesomeLintError as error:
        print(f"awesome-lint: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return EXIT_OK


def _run(args: argparse.Namespace) -> int:
    known = all_rules()
    if args.list_rules:
        return _list_rules(known)
    if args.explain:
        return _explain(args.explain, known)
    settings = config.load(args.config or config.find(Path.cwd()), known)
    rules = settings.active_rules(known, args.select, args.ignore)
    problems: list[Problem] = []
    for name in args.files:
        if settings.excludes(name):
            continue
        problems += _lint_file(Path(name), settings, rules, args.fix)
    colour = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
    reporters.write(problems, args.format, sys.stdout, colour)
    return EXIT_PROBLEMS if any(p.severity == "error" for p in problems) else EXIT_OK


def _lint_file(path: Path, settings: config.Config, rules: list[ActiveRule],
               fix: bool) -> list[Problem]:
    text = read_markdown(path)
    bom = BOM if text.startswith(BOM) else ""
    text = text[len(bom):]
    problems = lint(parse(text, str(path), settings.parse), rules)
    if not fix or not any(p.fix for p in problems):
        return problems
    fixed, _count = fixer.apply(text, problems)
    try:
        path.write_text(bom + fixed, encoding="utf-8", newline="")
    except OSError as error:
        raise InputError(f"{path}: cannot write fixes: {error.strerror}") from error
    return lint(parse(fixed, str(path), settings.parse), rules)


def _list_rules(known: dict) -> int:
    width = max(len(rule_id) for rule_id in known)
    for rule in known.values():
        fixable = " (fixable)" if rule.fixable else ""
        print(f"{rule.id:<{width}}  {rule.severity:<7}  {rule.summary}{fixable}")
    return EXIT_OK


def _explain(rule_id: str, known: dict) -> int:
    text = page(rule_id) if rule_id in known else None
    if text is None:
        raise AwesomeLintError(f"unknown rule '{rule_id}' (see --list-rules)")
    print(text, end="" if text.endswith("\n") else "\n")
    return EXIT_OK


def _rule_list(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())

"""The ``awesome-lint`` command."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__, changes, config, fixer, reporters
from .baseline import new_problems
from .changes import changed_lines, reader_at
from .engine import ActiveRule, lint
from .errors import AwesomeLintError, InputError
from .inputs import BOM, Markdown, contributing_guide, read_markdown, write_markdown
from .links import LINK_RULES, PAGE_RULES
from .model import Document
from .parser import parse
from .problem import Problem
from .registry import all_rules, page

if TYPE_CHECKING:
    from .links import audit

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="awesome-lint",
        description="Lint awesome lists: tables, licenses, order, duplicates, anchors, links.")
    parser.add_argument("files", nargs="*", default=["README.md"], metavar="FILE",
                        help="Markdown files to lint (default: README.md)")
    parser.add_argument("--format", choices=reporters.FORMATS, default="auto",
                        help="output format (default: auto: github annotations in GitHub "
                             "Actions, else text)")
    parser.add_argument("--select", type=_rule_list, action="extend", default=[],
                        metavar="RULE,...", help="run only these rules (may be repeated)")
    parser.add_argument("--ignore", type=_rule_list, action="extend", default=[],
                        metavar="RULE,...", help="do not run these rules (may be repeated)")
    parser.add_argument("--config", type=Path, metavar="FILE",
                        help="config file (default: nearest .awesome-lint.toml or "
                             "pyproject.toml with [tool.awesome-lint])")
    fixing = parser.add_mutually_exclusive_group()
    fixing.add_argument("--fix", action="store_true",
                        help="apply safe fixes in place, and say on stderr what was fixed")
    fixing.add_argument("--diff", action="store_true",
                        help="print what --fix would change as a unified diff, and change "
                             "nothing (exit 1 when there is something to change)")
    parser.add_argument("--list-rules", action="store_true", help="list rules and exit")
    parser.add_argument("--explain", metavar="RULE", help="print a rule's documentation")
    links = parser.add_argument_group("links")
    links.add_argument("--links", action="store_true",
                       help="also check every external link (rules broken-link, redirect) "
                            "and, with GITHUB_TOKEN, listed repositories (archived, stale)")
    links.add_argument("--changed-since", metavar="REF",
                       help="report only the problems that are new since git REF (since "
                            "where REF and HEAD meet), and check only the links on changed "
                            "lines (e.g. origin/main)")
    links.add_argument("--report", type=Path, metavar="FILE",
                       help="write the link health report to FILE (.md or .json)")
    links.add_argument("--cache", type=Path, metavar="FILE",
                       help="keep link results between runs in FILE")
    links.add_argument("--allow-private", action="store_true",
                       help="check links to private, loopback and link-local addresses "
                            "(also: AWESOME_LINT_ALLOW_PRIVATE=1)")
    links.add_argument("--allow-private-hosts", type=_rule_list, default=(), metavar="HOST,...",
                       help="check these hosts whatever addresses they resolve to")
    links.add_argument("--github-api-url", metavar="URL",
                       help="GitHub's API, which gets GITHUB_TOKEN (default: $GITHUB_API_URL "
                            "or https://api.github.com; never read from a config file)")
    links.add_argument("--wayback-api-url", metavar="URL",
                       help="the Wayback Machine's availability API, asked for archived "
                            "copies of dead links (default: "
                            "https://archive.org/wayback/available)")
    links.add_argument("--no-wayback", action="store_true",
                       help="do not look dead links up in the Wayback Machine")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="colour text output (default: auto, on a terminal)")
    parser.add_argument("--version", action="version", version=f"awesome-lint {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    for needs_links in ("report", "cache", "allow_private", "allow_private_hosts",
                        "github_api_url", "wayback_api_url", "no_wayback"):
        if getattr(args, needs_links) and not args.links:
            parser.error(f"--{needs_links.replace('_', '-')} goes with --links")
    for rule_id in args.select:
        if rule_id in LINK_RULES and not args.links:
            parser.error(f"--select {rule_id} needs --links: the rule reads what the link "
                         "check finds")
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
    base = _base(args.changed_since) if args.changed_since else None
    read = reader_at(base) if base else None
    settings = config.load(args.config or config.find(Path.cwd(), read), known, read)
    rules = settings.active_rules(known, tuple(args.select), tuple(args.ignore))
    sources = [_Source.read(path, base, read)
               for path in _distinct(args.files) if not settings.excludes(path)]
    documents = [replace(parse(source.text, source.name, settings.parse),
                         guide=contributing_guide(source.path)) for source in sources]
    summary = ""
    link_rules = {active.rule.id for active in rules} & set(LINK_RULES)
    if args.links and link_rules:
        documents, summary = _check_links(documents, sources, settings, args, link_rules)
    problems: list[Problem] = []
    changed = False
    for source, document in zip(sources, documents, strict=True):
        found, fixable = _lint_source(source, document, rules, settings, args)
        problems += found
        changed |= fixable
    if args.diff:
        return EXIT_PROBLEMS if changed else EXIT_OK
    fmt, colour = reporters.resolve(args.format, args.color, sys.stdout.isatty(), os.environ)
    reporters.write(problems, fmt, sys.stdout, colour)
    if summary:
        print(summary, file=sys.stderr)
    if args.report:
        from .links import report

        report.write(args.report, problems, documents, summary)
    return EXIT_PROBLEMS if any(p.severity == "error" for p in problems) else EXIT_OK


@dataclass(frozen=True)
class _Source:
    """One input file as read, the lines changed since the base of ``--changed-since``
    (None: all) and its text there (None: not there)."""

    file: Markdown
    changed: frozenset[int] | None
    before: str | None = None

    @classmethod
    def read(cls, path: Path, base: str | None,
             read_at: Callable[[Path], str | None] | None) -> _Source:
        file = read_markdown(path)
        changed = changed_lines(path, base) if base else None
        before = read_at(path) if read_at is not None and changed else None
        return cls(file, changed, before)

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def text(self) -> str:
        return self.file.text

    @property
    def name(self) -> str:
        return str(self.file.path)

    def keeps(self, line: int) -> bool:
        return self.changed is None or line in self.changed

    def problems(self, document: Document, rules: list[ActiveRule],
                 settings: config.Config) -> list[Problem]:
        """What to report: every problem, or those new since the base."""
        if self.changed is not None and not self.changed:
            return []  # nothing changed, so nothing is new: no need to lint
        found = lint(document, rules)
        if self.before is None or self.changed is None:
            return found
        old = self.parse_as(self.before.removeprefix(BOM), document, settings)
        return new_problems(found, document, lint(old, rules), old, self.changed)

    def parse_as(self, text: str, document: Document, settings: config.Config) -> Document:
        """Another text of this file, read as ``document`` was, with its link results."""
        return replace(parse(text, self.name, settings.parse),
                       link_results=document.link_results, guide=document.guide)


def _distinct(names: list[str]) -> list[Path]:
    """The files named, each once however it is spelt: --fix must not write one twice."""
    found: dict[Path, Path] = {}
    for name in names:
        found.setdefault(Path(name).resolve(), Path(name))
    return list(found.values())


def _lint_source(source: _Source, document: Document, rules: list[ActiveRule],
                 settings: config.Config, args: argparse.Namespace,
                 ) -> tuple[list[Problem], bool]:
    """The problems of one file, after fixing with --fix; and whether fixes change it."""
    problems = source.problems(document, rules, settings)
    if not (args.fix or args.diff):
        return problems, False

    def again(text: str) -> list[Problem]:
        return source.problems(source.parse_as(text, document, settings), rules, settings)

    done = fixer.fix(source.text, problems, again)
    changed = done.text != source.text
    if args.diff:
        sys.stdout.write(fixer.diff(source.name, source.text, done.text))
        return done.left, changed
    if changed:
        write_markdown(source.file, done.text)
    print(f"{source.name}: {fixer.summary(done)}", file=sys.stderr)
    return done.left, changed


def _base(ref: str) -> str | None:
    """The commit a change since ``ref`` is measured from; None: all is new."""
    if changes.before_first_commit(ref, Path.cwd()):
        return None
    base = changes.merge_base(ref, Path.cwd())
    if base is None:
        print(f"awesome-lint: warning: {ref} and HEAD have no common history here (a shallow "
              f"clone?): comparing with {ref} itself", file=sys.stderr)
    return base or ref


def _check_links(documents: list[Document], sources: list[_Source], settings: config.Config,
                 args: argparse.Namespace, rules: set[str]) -> tuple[list[Document], str]:
    """Check the documents' links once each; the documents come back carrying the results."""
    from .links import audit, cache, policy  # the HTTP client only when asked for

    link_config = replace(  # the reach of the checker: never from a config file
        policy.LinkConfig.from_mapping(settings.links),
        allow_private=args.allow_private or policy.allow_private_from_env(os.environ),
        allow_private_hosts=frozenset(args.allow_private_hosts))
    urls = [url for document, source in zip(documents, sources, strict=True)
            for url in audit.urls_to_check(document, link_config, source.keeps)]
    store = cache.LinkCache(args.cache, link_config.cache_max_age) if args.cache else None
    if store is not None:
        store.ensure_writable()
    results = audit.check(urls, link_config, _services(args, rules),
                          progress=sys.stderr.isatty(), cache=store)
    for warning in store.warnings if store is not None else ():
        print(f"awesome-lint: warning: {warning}", file=sys.stderr)
    summary = audit.summary_line(results, len(urls))
    return [replace(document, link_results=results) for document in documents], summary


def _services(args: argparse.Namespace, rules: set[str]) -> audit.Services:
    """Who answers besides the web; the reach of each from the command line or the
    environment, never from a config file (a pull request could point the token elsewhere)."""
    from .links import audit, github, wayback

    wayback_url = None if args.no_wayback else (args.wayback_api_url or wayback.DEFAULT_API_URL)
    problem = wayback.address_problem(wayback_url) if wayback_url else None
    if problem is not None:
        raise InputError(f"--wayback-api-url {wayback_url!r} {problem}")
    return audit.Services(github.GitHubAPI.from_environment(os.environ, args.github_api_url),
                          wayback_url, web=bool(rules & set(PAGE_RULES)))


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

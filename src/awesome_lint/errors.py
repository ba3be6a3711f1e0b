"""Errors that end a run with exit code 2 and one line on stderr."""


class AwesomeLintError(Exception):
    """Base of every error the CLI reports as one line."""


class ConfigError(AwesomeLintError):
    """The configuration is invalid."""


class InputError(AwesomeLintError):
    """An input file cannot be read as Markdown text."""

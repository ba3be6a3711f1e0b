"""awesome-lint: lint awesome lists and audit their links."""

__version__ = "0.1.0"

"""Rule documentation pages, shipped as package data for ``--explain``."""

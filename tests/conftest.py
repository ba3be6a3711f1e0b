import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent / "benchmarks"))  # crafted.py: inputs that once stalled

# Nobody listens there: a test that forgets to point a service at its own fake server fails
# at once, on loopback, and never asks a real one.
NOWHERE = "http://127.0.0.1:9"


@pytest.fixture(autouse=True)
def no_real_services(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads the caller's GitHub settings or asks the real GitHub or Wayback APIs."""
    for name in ("GITHUB_TOKEN", "GITHUB_API_URL", "GITHUB_GRAPHQL_URL",
                 "AWESOME_LINT_ALLOW_PRIVATE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("awesome_lint.links.github.DEFAULT_API_URL", NOWHERE)
    monkeypatch.setattr("awesome_lint.links.wayback.DEFAULT_API_URL",
                        f"{NOWHERE}/wayback/available")


@pytest.fixture(autouse=True)
def _plain_output(monkeypatch: pytest.MonkeyPatch) -> None:
    """Output as on a developer's machine, even when the tests run in a CI job: ``--format
    auto`` would write annotations under GitHub Actions."""
    for name in ("GITHUB_ACTIONS", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty current folder for a CLI run."""
    monkeypatch.chdir(tmp_path)
    return tmp_path

"""A listed GitHub repository has had no push for max-age days (with --links and a token)."""

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from awesome_lint.errors import ConfigError
from awesome_lint.model import Document
from awesome_lint.problem import Problem

ID = "stale"
SEVERITY = "warning"
CONF: dict[str, type] = {"max-age": int}
DEFAULT: dict[str, object] = {"max-age": 730}


def check(document: Document, conf: dict) -> Iterator[Problem]:
    if conf["max-age"] < 1:
        raise ConfigError(f"{ID}: option 'max-age' is a number of days, at least 1, "
                          f"got {conf['max-age']}")
    oldest = datetime.now(UTC) - timedelta(days=conf["max-age"])
    for link, result in document.link_checks():
        repository = result.repository
        if repository is None or result.verdict == "broken" or repository.archived:
            continue  # an archived repository is reported by `archived` alone
        pushed = _moment(repository.pushed_at)
        if pushed is not None and pushed < oldest:
            yield Problem(link.line, link.column, f"no push since {pushed.date().isoformat()}",
                          data={"url": link.url, "repository": repository.name,
                                "pushed_at": repository.pushed_at})


def _moment(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

"""What an extracted article must have to be archived: else it is a recorded failure."""

from __future__ import annotations

from typing import Any

from iria_archive.model.items import FetchFailure

# An article without these is not worth a row; the page is retried on the next run.
REQUIRED_FIELDS = ("url", "title", "text")


def check_article(item: dict[str, Any]) -> dict[str, Any] | FetchFailure:
    """The article, or a FetchFailure saying which required field it lacks."""
    missing = [name for name in REQUIRED_FIELDS if not item.get(name)]
    if missing:
        url = item.get("requested_url") or item.get("url") or ""
        return FetchFailure(
            url=url,
            kind="extraction",
            reason="missing " + ", ".join(missing),
            hints=item.get("hints"),
        )
    return item

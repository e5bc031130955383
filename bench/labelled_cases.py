"""The labelled articles of `tests/extract_cases/` folders, read one way for every extract bench.

Each ARTICLE.txt has ARTICLE.json beside it (its expected records and the page's date); an
article without one is not labelled and is passed over.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple


class Case(NamedTuple):
    """One labelled article: its file, its text, its expected records and its page's date."""

    path: Path
    text: str
    spec: dict[str, Any]
    published: dt.date | None


def labelled(folders: Iterable[Path]) -> Iterator[Case]:
    """The labelled articles of `folders`, folder by folder, each in name order."""
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            expected = path.with_suffix(".json")
            if not expected.exists():
                continue
            spec = json.loads(expected.read_text(encoding="utf-8"))
            day = spec.get("published")
            published = dt.date.fromisoformat(day) if day else None
            yield Case(path, path.read_text(encoding="utf-8"), spec, published)

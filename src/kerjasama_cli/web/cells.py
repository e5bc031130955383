"""A record's date in the pages as the CLI shows it, in the language of `serve --lang`.

The views' SQL (store/serve/browse.py, frozen in the migrations) writes a date known only to lie
before a day as "by 2015-05-12": English, and a form no command shows. `kerjasama show` says
"by 12 May 2015" / "sebelum 12 Mei 2015" (`FuzzyDate.label`). Datasette's `render_cell` hook
draws such a cell through that one renderer; the JSON and CSV keep the view's text, which
programs read (the view is a documented contract, and its SQL needs no Python to run).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from datasette import hookimpl

# The view's text for a date of precision "by": the word and the latest possible day.
_BY = re.compile(r"by (\d{4}-\d{2}-\d{2})")


def by_date(value: Any, lang: str) -> str | None:
    """`value` ("by 2015-05-12") as `FuzzyDate.label` says it in `lang`; None for any other
    value."""
    from kerjasama_cli.domain.fuzzy_date import FuzzyDate

    found = _BY.fullmatch(value) if isinstance(value, str) else None
    if not found:
        return None
    try:
        end = dt.date.fromisoformat(found.group(1))
    except ValueError:
        return None
    return FuzzyDate(None, end, "by").label(lang)


@hookimpl
def render_cell(value: Any, column: str) -> str | None:
    """A `date` cell of precision "by" in the pages' language; other cells as Datasette draws
    them."""
    if column != "date":
        return None
    from kerjasama_cli.i18n import active

    return by_date(value, active())

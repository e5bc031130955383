"""Rules every record obeys, whichever way it arrives (`add`, `edit`, `import`, the seed).

Field parsers check one value at a time; these rules relate fields to each other. They live
here, in one place, so the command line and the importer refuse the same records for the same
reasons with the same words.
"""

from __future__ import annotations

import datetime as dt

from kerjasama_cli.domain.dates import FuzzyDate
from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.limits import check_term_years
from kerjasama_cli.domain.records import Record


def check_date_order(
    date: FuzzyDate, end_date: dt.date | None, field: str = "end_date", blame_date: bool = False
) -> None:
    """An end of validity before the earliest day the record can date from is an error.

    A date known only to a year or month is an interval: `--date 2025 --end-date 2025-03-01` is
    possible (signed in January or February), `--date 2025-06 --end-date 2025-03-01` is not.
    `blame_date` names the date as the culprit (an edit that moved the date past the end).
    """
    if end_date is None or date.start is None or end_date >= date.start:
        return
    if blame_date:
        raise ValidationError(
            field,
            date.iso(),
            "is after the record's end date {end}; an agreement cannot end before it starts",
            end=end_date.isoformat(),
        )
    raise ValidationError(
        field,
        end_date.isoformat(),
        "is before the record's date {date}; an agreement cannot end before it starts",
        date=date.iso(),
    )


def check_record(record: Record, field_names: dict[str, str] | None = None) -> None:
    """Raise a ValidationError when the record breaks a rule relating its fields.

    `field_names` maps a field to what the user calls it (`end_date` -> `--end-date` on the
    command line, the column header in an import), so the message names what they typed. When
    it names `date`, the date is blamed for a date-order conflict rather than the end date.
    """
    names = field_names or {}
    if "date" in names:  # the date changed and the end did not: the date is what to fix
        check_date_order(record.date, record.end_date, names["date"], blame_date=True)
    else:
        check_date_order(record.date, record.end_date, names.get("end_date", "end_date"))
    check_term_years(names.get("term_years", "term_years"), record.term_years)

"""Rules every record obeys, whichever way it arrives (`add`, `edit`, `import`, the seed).

Field parsers check one value at a time; these rules relate fields to each other. They live
here, in one place, so the command line and the importer refuse the same records for the same
reasons with the same words.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from kerjasama_cli.domain.errors import ValidationError, Word
from kerjasama_cli.domain.fuzzy_date import FuzzyDate
from kerjasama_cli.domain.limits import check_term_years
from kerjasama_cli.domain.records import EVENT, Record


def check_date_order(
    date: FuzzyDate,
    end_date: dt.date | None,
    field: str = "end_date",
    blame_date: bool = False,
    given: object = None,
) -> None:
    """An end of validity before the earliest day the record can date from is an error.

    A date known only to a year or month is an interval: `--date 2025 --end-date 2025-03-01` is
    possible (signed in January or February), `--date 2025-06 --end-date 2025-03-01` is not.
    `blame_date` names the date as the culprit (an edit that moved the date past the end).
    `given`: the blamed value as the user typed it ('1 Januari 2018'), named rather than its
    normal form. The other date is written as an export writes it, which reads back and, unlike
    an ISO prefix, says a range's ends ("2019..2020", "2030-09..2030-12").
    """
    if end_date is None or date.start is None or end_date >= date.start:
        return
    from kerjasama_cli.domain.tabular import date_text

    if blame_date:
        raise ValidationError(
            field,
            given or date_text(date),
            "is after the record's end date {end}; an agreement cannot end before it starts",
            end=end_date.isoformat(),
        )
    raise ValidationError(
        field,
        given or end_date.isoformat(),
        "is before the record's date {date}; an agreement cannot end before it starts",
        date=date_text(date),
    )


def check_record(
    record: Record,
    field_names: dict[str, str] | None = None,
    given: dict[str, object] | None = None,
) -> None:
    """Raise a ValidationError when the record breaks a rule relating its fields.

    `field_names` maps a field to what the user calls it (`end_date` -> `--end-date` on the
    command line, the column header in an import), so the message names what they typed. When
    it names `date`, the date is blamed for a date-order conflict rather than the end date.
    `given`: what the user typed for a field, named in a message rather than its normal form.
    """
    names, typed = field_names or {}, given or {}
    if "date" in names:  # the date changed and the end did not: the date is what to fix
        check_date_order(
            record.date, record.end_date, names["date"], blame_date=True, given=typed.get("date")
        )
    else:
        end_field = names.get("end_date", "end_date")
        check_date_order(record.date, record.end_date, end_field, given=typed.get("end_date"))
    check_term_years(names.get("term_years", "term_years"), record.term_years)
    check_event_validity(record, names, given)


# Why an event's validity is refused: only a document (sister city, LoI, MoU, agreement,
# programme) is in force for a time; a visit or meeting counted by its status would be counted
# as an active agreement. A renewal is the one event with a term: the new term it starts.
_NOT_FOR_EVENTS = (
    "a {type} is an event, which has no validity: only a document has a status, a term or an "
    "end date; leave it out"
)


def event_validity(record: Record) -> list[tuple[str, object]]:
    """The validity fields (name, value) an event carries that it may not: none for a document."""
    if record.kind != EVENT:
        return []
    carried: list[tuple[str, object]] = [("status", record.status)]
    if record.type != "renewal":
        carried += [("term_years", record.term_years), ("end_date", record.end_date)]
    return [(name, value) for name, value in carried if value is not None]


def _shown(value: object) -> object:
    if isinstance(value, float):
        return f"{value:g}"
    return value.isoformat() if isinstance(value, dt.date) else value


def check_event_validity(
    record: Record,
    field_names: dict[str, str] | None = None,
    given: dict[str, object] | None = None,
) -> None:
    """Raise a ValidationError naming the first validity field an event carries (as `given`)."""
    names, typed = field_names or {}, given or {}
    for name, value in event_validity(record):
        shown = typed.get(name, value)
        raise ValidationError(
            names.get(name, name), _shown(shown), _NOT_FOR_EVENTS, type=Word("type", record.type)
        )


def check_new_type(
    record: Record, type_text: str | None, given: dict[str, object], field_names: dict[str, str]
) -> None:
    """`edit` of a record to `record` (its new type from `type_text`, the fields in `given`
    given in the same command, as typed): a validity given for an event is refused as `add` refuses
    it; one the record carries from when it was a document is refused too, naming how to clear
    it, rather than cleared unseen (the user may have meant another type, and the stated
    status is their data). A record stored before the rule keeps it while its type is kept."""
    carried = event_validity(record)
    if not carried:
        return
    for name, _ in carried:
        if name in given:
            raise ValidationError(
                field_names[name],
                _shown(given[name]),
                _NOT_FOR_EVENTS,
                type=Word("type", record.type),
            )
    if type_text is None:
        return
    raise ValidationError(
        "--type",
        type_text,
        "a {type} is an event, which has no validity, and this record carries {carried}; "
        "clear it in the same command ({clear})",
        type=Word("type", record.type),
        carried=_Carried(carried),
        clear=" ".join(f"{field_names[name]} ''" for name, _ in carried),
    )


class _Carried:
    """`status 'proposed', term_years '5'`: the validity an event may not carry, each field
    named (and a status labelled) in the message's language, as `history` names them."""

    def __init__(self, carried: list[tuple[str, object]]) -> None:
        self.carried = carried

    def __str__(self) -> str:
        return ", ".join(f"{name} '{_shown(value)}'" for name, value in self.carried)

    def translated(self, translate: Any) -> str:
        """The fields and values in the language of `translate`."""

        def value_in(name: str, value: object) -> object:
            if name == "status" and isinstance(value, str):
                return Word("status", value).translated(translate)
            return _shown(value)

        return ", ".join(
            f"{translate.field(name)} '{value_in(name, value)}'" for name, value in self.carried
        )

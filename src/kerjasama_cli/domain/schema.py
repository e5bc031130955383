"""The declared type of every field an import can carry, checked once at the edge.

CSV gives only text, but JSON, NDJSON and YAML give any value: a number, a boolean, a list, a
mapping, nested junk. Every reader's records pass through `check_fields` before anything parses
them, so the parsers behind it (dates, countries, people, sectors) only ever see the types declared
here, and a wrong type becomes a rejected record that names the field, what was given and what
is expected (never a traceback, never a Python repr stored as a title).

Numbers are accepted where they are legitimately numbers: `date: 2024` (and `published`, `period`)
is a year, `term_years: 5` a number of years, `count: 23` a count. YAML reads `date: 2024-05-27`
as a date, which is accepted too. Everywhere else text is expected: `partner: 5`, `title: true`
or `country: 1.5` is almost always a shifted column, so it is rejected rather than guessed at.

Text is bounded (`SHORT` characters, `LONG` for free-text fields), holds no control characters
(NUL, escape, lone surrogates, which SQLite cannot store as UTF-8) and, in one-line fields, no
line breaks. The common case, a short printable string, costs one dict lookup, a length
comparison and `str.isprintable()`.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any

from kerjasama_cli.domain.errors import Count, Said, ValidationError

SHORT = 1_000  # a name, key, code, type, date text or one list item
LONG = 20_000  # summaries, notes, statements
MAX_ITEMS = 200  # entries of one list field (sectors, sources, signatories, aliases)

# Characters no field may hold: C0 controls but tab and line breaks, DEL, C1 controls, and lone
# surrogates (a JSON "\ud800" decodes to one; it cannot be encoded as UTF-8 for SQLite).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_BREAK = re.compile("[\r\n\u2028\u2029]")

_TEXT = "text"
_DATE = "a date (2024-05-27, 'Mei 2024', a year, {from, to} or {by})"
_NUMBER = "a number of years"
_WHOLE = "a whole number"
_TEXT_LIST = "text or a list of texts"
_PEOPLE = "'Name (Title)' or a list of them (texts or {name, title, side} mappings)"


# A problem is words (`errors.Said`): a catalogue msgid and its values, so the CLI says it in
# the user's language; `str()` of it is the English line (rejects files keep that).
Problem = Said


@dataclass(frozen=True)
class FieldType:
    """What one field holds: `expected` says it in a message; `other` checks a value that is not
    a string (None: only text is accepted) and returns what is wrong with it, or None."""

    expected: str
    max_chars: int = SHORT
    lines: bool = False  # may hold line breaks
    other: Callable[[Any, FieldType], Problem | None] | None = None
    text: bool = True  # False: a string is the wrong type (a count)


def text_problem(value: str, max_chars: int = SHORT, lines: bool = False) -> Problem | None:
    """What is wrong with a text value (too long, control characters, line breaks), or None."""
    if len(value) > max_chars:
        return Said(
            "is {n} characters long; at most {limit} are allowed",
            n=Count(len(value)),
            limit=Count(max_chars),
        )
    bad = _CONTROL.search(value)
    if bad:
        code = ord(bad.group())
        if code >= 0xD800:
            return Said(
                "contains {code}, half of a broken character pair; remove it", code=f"U+{code:04X}"
            )
        return Said("contains {code}, a control character; remove it", code=f"U+{code:04X}")
    if not lines and _BREAK.search(value.strip()):
        return Said("contains a line break; this field is one line")
    return None


MAX_NAME_CHARS = 200


def name_problem(name: str) -> Problem | None:
    """What is wrong with a column header or field name, or None. Stricter than a value: a
    name is quoted in every message about its column, so it may hold no line break at all."""
    if len(name) > MAX_NAME_CHARS:
        return Said(
            "is {n} characters long; a field name has at most {limit}",
            n=Count(len(name)),
            limit=MAX_NAME_CHARS,
        )
    if _BREAK.search(name):
        return Said("contains a line break (a quote left open?)")
    bad = _CONTROL.search(name)
    if bad:
        return Said(
            "contains {code}, a character that is not text; remove it",
            code=f"U+{ord(bad.group()):04X}",
        )
    return None


def _kind_of(value: Any) -> Said:
    """What a value is, as a message names it (`a number`), in the context `value kind`."""
    if value is None:
        return Said("null", "value kind")
    if isinstance(value, str):
        return Said("text", "value kind")
    if isinstance(value, bool):
        return Said("a boolean", "value kind")
    if isinstance(value, (int, float)):
        return Said("a number", "value kind")
    if isinstance(value, Mapping):
        return Said("a mapping", "value kind")
    if isinstance(value, (list, tuple)):
        return Said("a list", "value kind")
    if isinstance(value, dt.date):
        return Said("a date", "value kind")
    return Said("a {name}", "value kind", name=type(value).__name__)


def _not(ft: FieldType, value: Any) -> Problem:
    """`expected a whole number, not text`."""
    return Said("expected {expected}, not {kind}", expected=_expected(ft), kind=_kind_of(value))


def _expected(ft: FieldType) -> Said:
    return Said(ft.expected, "expected value")


def _scalar_date(value: Any) -> bool:
    return isinstance(value, (str, dt.date)) or (
        isinstance(value, int) and not isinstance(value, bool)
    )


def _date(value: Any, ft: FieldType) -> str | None:
    if _scalar_date(value):  # a year number or a YAML date; the date parser checks the range
        return None
    if isinstance(value, Mapping):
        if not value or not set(value) <= {"from", "to", "by"}:
            return Said(
                "expected {expected}; a date mapping has only 'from' and 'to', or 'by'",
                expected=_expected(ft),
            )
        for part in value.values():
            if part is not None and not _scalar_date(part):
                return Said(
                    "expected {expected}; one of its ends is {kind}",
                    expected=_expected(ft),
                    kind=_kind_of(part),
                )
            if isinstance(part, str) and text_problem(part):
                return text_problem(part)
        return None
    return _not(ft, value)


def _number(value: Any, ft: FieldType) -> Problem | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if math.isfinite(value):
            return None
        return Said("expected {expected}, not {kind}", expected=_expected(ft), kind=str(value))
    return _not(ft, value)


def _whole(value: Any, ft: FieldType) -> Problem | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return None
    return _not(ft, value)


def _items(value: Any, ft: FieldType, person: bool) -> Problem | None:
    if not isinstance(value, list):
        return _not(ft, value)
    if len(value) > MAX_ITEMS:
        return Said(
            "has {n} entries; at most {limit} are allowed", n=Count(len(value)), limit=MAX_ITEMS
        )
    for number, item in enumerate(value, 1):
        if isinstance(item, str):
            problem = text_problem(item)
        elif person and isinstance(item, Mapping):
            problem = _person(item)
        else:
            return Said(
                "expected {expected}; entry {number} is {kind}",
                expected=_expected(ft),
                number=number,
                kind=_kind_of(item),
            )
        if problem:
            return Said("entry {number} {problem}", number=number, problem=problem)
    return None


def _person(item: Mapping[Any, Any]) -> Problem | None:
    for key in ("name", "title", "side"):
        part = item.get(key)
        if part is not None and not isinstance(part, str):
            return Said("{key} must be text, not {kind}", key=key, kind=_kind_of(part))
        if isinstance(part, str) and text_problem(part):
            return Said("{key} {problem}", key=key, problem=text_problem(part))
    return None


def _text_list(value: Any, ft: FieldType) -> Problem | None:
    return _items(value, ft, person=False)


def _people(value: Any, ft: FieldType) -> Problem | None:
    return _items(value, ft, person=True)


TEXT = FieldType(_TEXT)
LONG_TEXT = FieldType(_TEXT, LONG, lines=True)
URL = FieldType(_TEXT, 4_000)
DATE = FieldType(_DATE, other=_date)
NUMBER = FieldType(_NUMBER, other=_number)
WHOLE = FieldType(_WHOLE, other=_whole, text=False)
TEXT_LIST = FieldType(_TEXT_LIST, other=_text_list)
PEOPLE = FieldType(_PEOPLE, other=_people)

# Every field of every record an import reads: flat records (domain.tabular.FIELDS) and the
# entries of a seed-shaped document (domain.dataset), which share names and meanings. A field
# missing here is not checked, so tests assert that every flat field has an entry.
FIELD_TYPES: Mapping[str, FieldType] = {
    # records (flat or in a document)
    "key": TEXT,
    "kind": TEXT,
    "type": TEXT,
    "partner": TEXT,
    "partner_key": TEXT,
    "partner_kind": TEXT,
    "country": TEXT,
    "region": TEXT,
    "date": DATE,
    "date_note": LONG_TEXT,
    "title": TEXT,
    "summary": LONG_TEXT,
    "status": TEXT,
    "place": TEXT,
    "leader": TEXT,
    "signatories": PEOPLE,
    "partner_signatories": PEOPLE,
    "participants": PEOPLE,
    "sectors": TEXT_LIST,
    "notes": LONG_TEXT,
    "sources": TEXT_LIST,
    "agreement": TEXT,
    "term_years": NUMBER,
    "end_date": DATE,
    "local_party": TEXT,
    "local_country": TEXT,
    "stage": TEXT,
    # partners, leaders, sources, reported figures
    "name": TEXT,
    "aliases": TEXT_LIST,
    "note": LONG_TEXT,
    "from": DATE,
    "to": DATE,
    "publication": TEXT,
    "author": TEXT,
    "url": URL,
    "published": DATE,
    "file": TEXT,
    "subject": TEXT,
    "count": WHOLE,
    "period": DATE,
    "qualifier": TEXT,
    "statement": LONG_TEXT,
    "reported_by": TEXT,
}


def check_value(name: str, value: Any) -> Problem | None:
    """What is wrong with `value` as field `name`, or None (None and unknown fields pass): words
    a ValidationError takes as its reason, said in the user's language."""
    ft = FIELD_TYPES.get(name)
    if ft is None or value is None:
        return None
    if isinstance(value, str) and ft.text:
        if len(value) <= ft.max_chars and value.isprintable():
            return None
        return text_problem(value, ft.max_chars, ft.lines)
    if ft.other is None:
        if isinstance(value, (int, float)):
            return Said(
                "expected {expected}, not {kind} (quote it)",
                expected=_expected(ft),
                kind=_kind_of(value),
            )
        return _not(ft, value)
    return ft.other(value, ft)


# The longest text each field takes as it comes (fields that take no text are absent): the fast
# path of check_fields needs one lookup per field.
_TEXT_LIMITS: Mapping[str, int] = {n: ft.max_chars for n, ft in FIELD_TYPES.items() if ft.text}


def check_fields(
    values: Mapping[str, Any], label: Callable[[str], str] = str
) -> list[ValidationError]:
    """Every field of one record whose value has the wrong type or shape, as errors naming the
    field as the input does (`label`), the value given and what is expected."""
    errors: list[ValidationError] = []
    limits = _TEXT_LIMITS
    for name, value in values.items():
        # The common case, kept cheap: a class test, one lookup, a length and a C-level scan.
        if value.__class__ is str and len(value) <= limits.get(name, 0) and value.isprintable():
            continue
        problem = check_value(name, value)
        if problem:
            errors.append(ValidationError(label(name), value, problem))
    return errors


def missing_columns(present: Collection[str], defaults: Mapping[str, Any]) -> str | None:
    """For a file with a header: the required field no column and no `--set` gives, said once
    with the fix, since every row would fail for it; None when the header can work."""
    if "type" not in present and "type" not in defaults:
        return (
            "no 'type' column: add one, name it with --map HEADER=type, "
            "or use --set type=sister_city (or mou, loi, agreement, visit, ...)"
        )
    partner_given = {"partner", "partner_key"} & (set(present) | set(defaults))
    if not partner_given and "type" not in present and defaults.get("type") != "programme":
        return (
            "no 'partner' column: add one, name it with --map HEADER=partner, "
            "or use --set partner=NAME"
        )
    return None

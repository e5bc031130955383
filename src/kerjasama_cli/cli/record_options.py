"""The record options `add` and `edit` share, in one table: each option's flags and its help on
each command are written once here, and both signatures ask for their `typer.Option`.

    title: Annotated[Optional[str], record_option("title", "add")] = None

The help differs between the two commands (`add` says what a field is, `edit` also says that a
list is replaced and '' clears), so each entry holds both. The types and defaults stay in the
signatures, where Typer and the type checker read them. Both take --term-years as text, checked
by `store/records/adding.term_option` (Click's own range check said `500.0 is not in the range
0<=x<=100.0`, a value the user never typed); `edit`'s '' clears it. Help texts are plain English strings, translated when
help is shown (the convention in `help_language.py`); options of one command only (`add --key`,
`edit`'s record ID) stay in that command's signature. Every column an imported row may carry
that a person types has its entry here (tests/test_record_options_agree.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import typer

Command = Literal["add", "edit"]


@dataclass(frozen=True)
class RecordOption:
    """One record option: its flags and its help on `add` and on `edit`."""

    flags: tuple[str, ...]
    add: str
    edit: str


RECORD_OPTIONS: dict[str, RecordOption] = {
    "partner": RecordOption(
        ("--partner", "-p"),
        add="Partner name, key or alias; a new name creates the partner (give --country, or "
        "write it with the name: 'Varna, Bulgaria').",
        edit="Partner name, key or alias; a new name with --country (or 'Varna, Bulgaria') "
        "creates it.",
    ),
    "type": RecordOption(
        ("--type", "-t"),
        add="sister_city, loi, mou, agreement, programme, other; or an event: visit, meeting, "
        "office_opening, renewal, invitation.",
        edit="Record type (as for add).",
    ),
    "date": RecordOption(
        ("--date", "-d"),
        add="2025-05-27, 2025-05, 2025, '27 Mei 2025', 'Agustus 2025', 'by 2015-05', "
        "'2025-02-20..2025-08-20'.",
        edit="Date, any form add accepts; '' clears it.",
    ),
    "country": RecordOption(
        ("--country", "-c"),
        add="Partner country (ISO code or name, e.g. KR, Korsel) for a new partner.",
        edit="Country of the --partner (a partner's own country is fixed with "
        "`kerjasama partners edit`).",
    ),
    "region": RecordOption(
        ("--region",),
        add="ISO 3166-2 region of a new partner (KR-44).",
        edit="ISO 3166-2 region of a new --partner.",
    ),
    "partner_kind": RecordOption(
        ("--partner-kind",),
        add="city, province, region, country, organisation, institution (new partner).",
        edit="Kind of a new --partner.",
    ),
    "signatory": RecordOption(
        ("--signatory",),
        add="Home signatory as 'Name, Title' (repeatable).",
        edit="Home signatory 'Name, Title'; replaces them all. Repeatable; '' clears.",
    ),
    "partner_signatory": RecordOption(
        ("--partner-signatory",),
        add="Partner-side signatory as 'Name, Title' (repeatable).",
        edit="Partner-side signatory; replaces them all. Repeatable.",
    ),
    "sector": RecordOption(
        ("--sector", "-s"),
        add="Sector, English or Indonesian (repeatable).",
        edit="Sector; replaces the list. Repeatable; '' clears.",
    ),
    "title": RecordOption(
        ("--title",), add="Title of the document or event.", edit="Title ('' clears)."
    ),
    "summary": RecordOption(("--summary",), add="What it is about.", edit="Summary ('' clears)."),
    "status": RecordOption(
        ("--status",),
        add="proposed, active, expired, renewed, ended, superseded.",
        edit="Status ('' clears).",
    ),
    "place": RecordOption(
        ("--place",), add="Where it was signed or held.", edit="Place ('' clears)."
    ),
    "leader": RecordOption(
        ("--leader",),
        add="Home leader the source credits, when no home signatory is named.",
        edit="Credited home leader ('' clears).",
    ),
    "source": RecordOption(
        ("--source",),
        add="A source key already in the registry, or a URL (a new source is created). Repeatable.",
        edit="Source key or URL; replaces the list. Repeatable.",
    ),
    "agreement": RecordOption(
        ("--agreement",),
        add="For an event: the key or id of the agreement it belongs to.",
        edit="Agreement key or id of an event ('' clears).",
    ),
    "term_years": RecordOption(
        ("--term-years",),
        add="Term of validity in years, from 0 to 100.",
        edit="Term in years, from 0 to 100 ('' clears).",
    ),
    "end_date": RecordOption(
        ("--end-date",),
        add="End of validity (YYYY-MM-DD).",
        edit="End of validity, YYYY-MM-DD ('' clears).",
    ),
    "local_party": RecordOption(
        ("--local-party",),
        add="Local party (default: the registry's home government).",
        edit="Local party.",
    ),
    "local_country": RecordOption(
        ("--local-country",), add="Country of the local party.", edit="Country of the local party."
    ),
    "notes": RecordOption(("--notes",), add="Free notes.", edit="Notes ('' clears)."),
    # `import` reads a date_note column: add keeps one too (it was edit's alone).
    "date_note": RecordOption(
        ("--date-note",),
        add="How the date was inferred (e.g. 'year from the governor's speech').",
        edit="How the date was inferred ('' clears).",
    ),
    "new_partner": RecordOption(
        ("--new-partner",),
        add="Create --partner in --country even though a partner of that name exists in "
        "another country (a real homonym, e.g. Córdoba AR and ES).",
        edit="With --partner/--country: create it even though that name is a partner in "
        "another country. To fix a partner's own country use `kerjasama partners edit`.",
    ),
}


def record_option(name: str, command: Command) -> Any:
    """The `typer.Option` of record option NAME on COMMAND (`add` or `edit`), from the table."""
    spec = RECORD_OPTIONS[name]
    help_text = spec.add if command == "add" else spec.edit
    return typer.Option(*spec.flags, help=help_text)

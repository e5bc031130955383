"""The one filter language's options: `FILTER_OPTIONS` (one entry per filter, so that the guide's
filter table and every read command agree) and `with_filters`, which gives a command all of them
and hands it one `RecordFilter` (built by `domain/filter_parsing.py`)."""

import functools
import inspect
from collections.abc import Callable
from typing import Annotated, Any, Optional, TypeVar

import typer

from kerjasama_cli.domain.filter_parsing import build_filter

F = TypeVar("F", bound=Callable[..., Any])

_LIST = Optional[list[str]]
FILTER_OPTIONS: dict[str, Any] = {
    "country": Annotated[
        _LIST,
        typer.Option(
            "--country",
            "-c",
            help="Partner country: ISO code or name in English or Indonesian (Korsel, Tiongkok, AS). Repeatable.",
            rich_help_panel="Filters",
        ),
    ],
    "type": Annotated[
        _LIST,
        typer.Option(
            "--type",
            "-t",
            help="Record type: sister_city, loi, mou, agreement, programme, other; events: visit, meeting, office_opening, renewal, invitation. Repeatable.",
            rich_help_panel="Filters",
        ),
    ],
    "sector": Annotated[
        _LIST,
        typer.Option(
            "--sector",
            "-s",
            help="Sector, English or Indonesian (health, kesehatan, banjir). Repeatable.",
            rich_help_panel="Filters",
        ),
    ],
    "partner": Annotated[
        _LIST,
        typer.Option(
            "--partner",
            "-p",
            help="Partner name, key or alias (substring, case-insensitive). Repeatable.",
            rich_help_panel="Filters",
        ),
    ],
    "governor": Annotated[
        _LIST,
        typer.Option(
            "--governor",
            "--leader",  # a neutral name: a city's head is its mayor (issue 21)
            "-g",
            help="Leader in office, of any local government (name or alias, e.g. Ahok), or 'undetermined', 'not recorded', 'date unknown'. Repeatable.",
            rich_help_panel="Filters",
        ),
    ],
    "date_from": Annotated[
        Optional[str],
        typer.Option(
            "--from",
            help="On or after this date (2024, 2024-05, 27 Mei 2025...). Items known only to a year or month match when their interval overlaps.",
            rich_help_panel="Filters",
        ),
    ],
    "date_to": Annotated[
        Optional[str],
        typer.Option(
            "--to", help="On or before this date; same forms as --from.", rich_help_panel="Filters"
        ),
    ],
    "local_party": Annotated[
        _LIST,
        typer.Option(
            "--local-party",
            help="Local government, by name or alias (Jakarta, Pemprov DKI Jakarta); default: "
            "every one. Per-governor answers default to the home government (or to the "
            "government of the --governor given). Repeatable.",
            rich_help_panel="Filters",
        ),
    ],
    "involving": Annotated[
        _LIST,
        typer.Option(
            "--involving",
            metavar="NAME",
            help="A place on either side: records whose local party or partner it is "
            "(every partnership of Jakarta, whichever side it was recorded from). Repeatable.",
            rich_help_panel="Filters",
        ),
    ],
    "kind": Annotated[
        _LIST,
        typer.Option(
            "--kind",
            help="agreement (document, dokumen) or event (kegiatan). Repeatable.",
            rich_help_panel="Filters",
        ),
    ],
    "query": Annotated[
        Optional[str],
        typer.Option(
            "--query",
            "-q",
            help='Only records matching this search text (same syntax as `kerjasama search`: words, "phrases", prefix*, OR, NOT). Given once: write OR inside it.',
            rich_help_panel="Filters",
        ),
    ],
    "status": Annotated[
        _LIST,
        typer.Option(
            "--status",
            help="Status, stated or derived: active, expiring, expired, ended, superseded, renewed, proposed (or aktif, berakhir...). Repeatable.",
            rich_help_panel="Filters",
        ),
    ],
    "expiring": Annotated[
        Optional[str],
        typer.Option(
            "--expiring",
            metavar="PERIOD",
            help="Agreements in force whose validity ends within PERIOD from today (180d, 6m, 1y, '90 days'); `list` sorts them soonest first.",
            rich_help_panel="Filters",
        ),
    ],
    "family": Annotated[
        _LIST,
        typer.Option(
            "--family",
            help="KSDPL (with a foreign local government) or KSDLL (with a foreign institution). Repeatable.",
            rich_help_panel="Filters",
        ),
    ],
    "object": Annotated[
        _LIST,
        typer.Option(
            "--object",
            help="The regulation's object: science_technology, cultural_exchange, capacity_building, regional_promotion, other. Repeatable.",
            rich_help_panel="Filters",
        ),
    ],
    "stage": Annotated[
        _LIST,
        typer.Option(
            "--stage",
            help="The stage the partnership has reached (loi, dprd_approval, signing...; `kerjasama stages list`). Repeatable.",
            rich_help_panel="Filters",
        ),
    ],
}


def with_filters(fn: F | None = None, *, only: tuple[str, ...] | None = None) -> Any:
    """Add the shared filter options to a command; it receives them as `filters: RecordFilter`.

    Typer reads a command's options from its signature, so the wrapper advertises the command's
    own parameters plus the filter ones, and folds the latter into one object before the call.
    `only` names the filters a command takes when not all of them apply (`agenda`'s items are
    not records: only the parties narrow them); each is still the one option, repeatable, read
    by the one `build_filter`.
    """
    if fn is None:
        return functools.partial(with_filters, only=only)
    names = [n for n in FILTER_OPTIONS if only is None or n in only]
    signature = inspect.signature(fn, eval_str=True)
    own = [p for p in signature.parameters.values() if p.name != "filters"]
    extra = [
        inspect.Parameter(
            name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=FILTER_OPTIONS[name]
        )
        for name in names
    ]

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        options = {name: kwargs.pop(name, None) for name in names}
        return fn(*args, filters=build_filter(**options), **kwargs)

    wrapper.__signature__ = signature.replace(parameters=own + extra)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {p.name: p.annotation for p in own + extra}
    return wrapper

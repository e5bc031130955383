"""`search`: full-text search over the registry, ranked, with the passage that matched."""

from typing import Annotated, Optional

import typer

from kerjasama_cli.cli.error_handling import handles_errors
from kerjasama_cli.cli.filter_options import with_filters
from kerjasama_cli.cli.invocation import open_db
from kerjasama_cli.cli.options import DbOption, LangOption, WholeNumber
from kerjasama_cli.cli.records import FormatOption, ListFormat
from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.domain.limits import MAX_ROWS
from kerjasama_cli.domain.search import SEARCH_HELP

HELP = (
    "Search titles, summaries, notes, partners and their aliases, countries, signatories, "
    "sectors and source titles; best matches first, each with the passage it matched in.\n\n"
    + SEARCH_HELP.replace("\n", " ")
    + "\n\nExamples: kerjasama search banjir; kerjasama search '\"sister city\"'; "
    "kerjasama search Korsel --type loi; kerjasama search 'transport* OR mobility' -f json. "
    'A malformed query (an unclosed " or a lone AND) is an error (exit 2). Every filter of '
    "`list` applies too."
)


def register(app: typer.Typer) -> None:
    """Attach `search` to the app."""
    app.command(
        "search",
        help=HELP,
        short_help="Full-text search, best matches first, with the passage each one matched in.",
    )(search)


@handles_errors
@with_filters
def search(
    text: Annotated[
        str,
        typer.Argument(
            metavar="TEXT",
            help='What to look for: words, "phrases", prefix*, OR, NOT, (groups), column:word.',
            show_default=False,
        ),
    ],
    filters: RecordFilter,
    db: DbOption = None,
    limit: Annotated[
        Optional[int],
        typer.Option(
            "--limit", "-n", click_type=WholeNumber(1, MAX_ROWS), help="At most this many matches."
        ),
    ] = None,
    output: FormatOption = ListFormat.table,
    lang: LangOption = None,
) -> None:
    from kerjasama_cli.domain.search import to_fts
    from kerjasama_cli.store.fulltext.search import search_rows

    to_fts(text, "TEXT")  # a malformed query fails before the database is opened
    store = open_db(db)
    rows = search_rows(store.conn, text, filters, limit)
    if output in (ListFormat.json, ListFormat.ndjson, ListFormat.csv):
        from kerjasama_cli.render.columns import SEARCH_RESULT_COLUMNS
        from kerjasama_cli.render.machine import write_machine
        from kerjasama_cli.render.public import search_row

        write_machine(map(search_row, rows), output.value, SEARCH_RESULT_COLUMNS)
    elif output is ListFormat.markdown:
        from kerjasama_cli.render.search import render_search_markdown

        render_search_markdown(rows, lang)
    else:
        from kerjasama_cli.render.search import render_search
        from kerjasama_cli.store.fulltext.search import HELD_LIMIT, search_count

        # Piped, every match is a line written as it comes; the rank column's width is the
        # number of matches, counted first (a page is held and counted as it is).
        total = None
        if limit is None or limit > HELD_LIMIT:
            total = search_count(store.conn, text, filters)
            total = total if limit is None else min(total, limit)
        from kerjasama_cli.render.console import rich_terminal
        from kerjasama_cli.render.records import LONG_TABLE, screenful

        if total is not None and total > LONG_TABLE and rich_terminal():
            # A screenful of a very long list of matches (two lines each), and how many there
            # are: a million matches drawn through rich would take minutes and gigabytes.
            from itertools import islice

            render_search(list(islice(rows, screenful() // 2)), lang, total, screen=True)
            return
        render_search(rows, lang, total)

"""`report`: a briefing in one self-contained HTML file. Same filters as `list`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from kerjasama_cli.cli.common import (
    DbOption,
    LangOption,
    handles_errors,
    notice,
    open_db,
    with_filters,
)
from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.i18n import translator


def register(app: typer.Typer) -> None:
    """Attach `report` to the app."""
    app.command("report")(report)


@handles_errors
@with_filters
def report(
    filters: RecordFilter,
    db: DbOption = None,
    output: Annotated[
        Optional[Path],
        typer.Option(
            "--output",
            "-o",
            help="Write the HTML briefing to this file (default: stdout).",
            dir_okay=False,
        ),
    ] = None,
    lang: LangOption = None,
    title: Annotated[
        Optional[str], typer.Option("--title", help="Heading of the briefing.")
    ] = None,
) -> None:
    """A briefing in one self-contained HTML file: figures, map, chart, governors, timeline.

    Styles and SVG are inline, so it opens offline and prints on A4: headline figures,
    reported vs recorded, a world map of partners, agreements per year by type, a per-governor
    table and the timeline, every record citing its source."""
    from kerjasama_cli.report.data import gather
    from kerjasama_cli.report.html import page

    if output is not None:
        from kerjasama_cli.files.atomic import check_target

        check_target(output)  # before the database opens: a failed command creates nothing
    store = open_db(db)
    briefing = gather(store.conn, filters, lang)
    document = page(briefing, title)
    if output is None:
        sys.stdout.write(document)
        return
    from kerjasama_cli.files.atomic import write_text_atomic

    write_text_atomic(output, document)
    notice(
        "wrote {path} ({records}, {size} kB)",
        path=output,
        records=translator().plural("{n} record", "{n} records", briefing.totals["count"]),
        size=len(document) // 1024,
    )

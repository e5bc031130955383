"""`import`: batches in from scripts and spreadsheets, all or nothing.

The command parses its options into one `ImportRequest`, opens the file and its rejects file
(files/import_source.py), and hands both to the store, which chooses the set-wise or row path
(store/imports/run.py); the progress bar and the closing summary are drawn by render/progress.py
and render/import_summary.py. `export` is cli/exporting.py, which shares `Format`.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from kerjasama_cli.cli.error_handling import handles_errors
from kerjasama_cli.cli.invocation import db_path, open_db
from kerjasama_cli.cli.options import DbOption, WholeNumber
from kerjasama_cli.cli.rejects import RejectReporter
from kerjasama_cli.cli.rejects import say as _say
from kerjasama_cli.render.progress import import_progress
from kerjasama_cli.store.database import interrupts

if TYPE_CHECKING:
    from kerjasama_cli.domain.import_request import ImportRequest
    from kerjasama_cli.store.imports.result import ImportResult


class Format(StrEnum):
    """The formats `import` reads and `export` writes."""

    yaml = "yaml"
    json = "json"
    ndjson = "ndjson"
    csv = "csv"
    xlsx = "xlsx"


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the app."""
    app.command("import")(import_file)


@handles_errors
def import_file(
    file: Annotated[
        str,
        typer.Argument(
            metavar="FILE", help="YAML, JSON, NDJSON, CSV or Excel (.xlsx) file, or - for stdin."
        ),
    ],
    fmt: Annotated[
        Optional[Format],
        typer.Option("--format", "-f", help="Input format (default: from the file's extension)."),
    ] = None,
    map_: Annotated[
        Optional[list[str]],
        typer.Option(
            "--map",
            metavar="HEADER=FIELD",
            help="Read column HEADER as FIELD (e.g. city2=partner); HEADER= ignores it. Repeatable.",
        ),
    ] = None,
    set_: Annotated[
        Optional[list[str]],
        typer.Option(
            "--set",
            metavar="FIELD=VALUE",
            help="Value for FIELD where a record has none (e.g. type=sister_city). Repeatable.",
        ),
    ] = None,
    skip_invalid: Annotated[
        bool,
        typer.Option(
            "--skip-invalid",
            help="Import the valid records; write the rejected ones to the rejects file.",
        ),
    ] = False,
    rejects: Annotated[
        Optional[Path],
        typer.Option(
            "--rejects",
            help="Where --skip-invalid writes rejected records (default: NAME.rejects.EXT in the current directory).",
            dir_okay=False,
        ),
    ] = None,
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help="Validate and count, write nothing."),
    ] = False,
    sheet: Annotated[
        Optional[str],
        typer.Option("--sheet", help="Excel: the sheet to read (default: the first one)."),
    ] = None,
    header_row: Annotated[
        int,
        typer.Option(
            "--header-row",
            click_type=WholeNumber(1, 1000),
            metavar="N",
            help="Excel: the row holding the column names (e.g. 2 under a merged title row).",
        ),
    ] = 1,
    replace: Annotated[
        bool,
        typer.Option(
            "--replace",
            help="A record the registry holds becomes the file's row whole: the fields the "
            "file lacks or leaves empty are cleared, its lists replaced.",
        ),
    ] = False,
    clear_empty: Annotated[
        bool,
        typer.Option(
            "--clear-empty", help="An empty cell clears the stored value (default: leaves it)."
        ),
    ] = False,
    overwrite: Annotated[
        bool,
        typer.Option(
            "--overwrite",
            help="Take the file's values even where a record was changed (by edit or another "
            "file) since this file last imported it.",
        ),
    ] = False,
    new: Annotated[
        bool,
        typer.Option(
            "--new",
            help="Add a row although a record of the same partner, type and date exists "
            "(default: such a row is refused, naming the record).",
        ),
    ] = False,
    db: DbOption = None,
) -> None:
    """Import agreements and events; all or nothing, re-runnable (records upsert by key).

    A record the registry holds changes only where the file says so: a column the file lacks,
    or an empty cell, keeps the stored value; sectors, signatories and sources gain what is new.

    Flat files (CSV, NDJSON, a JSON list) hold one record per row: partner, country, type, date,
    sectors (;-separated), title, ... with English or Indonesian headers (mitra, negara, jenis,
    tanggal, bidang). An Excel workbook's sheet reads like a CSV file (--sheet, --header-row).
    YAML and JSON in the data/seed.yaml shape carry partners, sources and leaders too.
    """
    from kerjasama_cli.domain.merge import MergeRule
    from kerjasama_cli.domain.set_values import check_set_values
    from kerjasama_cli.files.import_source import open_source, rejects_writer
    from kerjasama_cli.files.input_types import Document, InputError
    from kerjasama_cli.store.imports.result import REJECTED
    from kerjasama_cli.store.imports.run import run_import
    from kerjasama_cli.store.safety import history

    if file == "-" and sys.stdin.isatty():
        # typed at a prompt: nothing comes but what is typed, and the wait says nothing
        raise InputError(
            "<stdin>: nothing piped in (stdin is a terminal); pipe the file in "
            "(kerjasama import - < rows.csv) or give its name"
        )
    # "This file" for the conflicts with later edits: its name (store/imports/merge.py).
    history.set_origin(Path(file).name if file != "-" else None)
    request = _request(
        file,
        fmt,
        map_,
        set_,
        sheet,
        header_row,
        rejects=rejects,
        rule=MergeRule(replace=replace, clear_empty=clear_empty),
        skip_invalid=skip_invalid,
        dry_run=dry_run,
        overwrite=overwrite,
        new=new,
    )
    if request.rejects is not None:
        from kerjasama_cli.files.atomic import check_target, check_writable

        # a missing folder is the usage error `-o` makes of it; then what the OS allows
        check_target(request.rejects, "--rejects", registry=db_path(db))
        check_writable(request.rejects, "--rejects")
    store = open_db(db)
    check_set_values(request.defaults, registry_open=True)  # the sectors it added are known now
    # Once the import's commit has begun, a Ctrl-C no longer stops it: it says what it saved.
    # (From here: a Ctrl-C after open_db's own first commit, the seed's, still stops it.)
    interrupts.keep_after_commit()
    source = open_source(request)
    if isinstance(source, Document) and (request.mapping or request.defaults):
        raise typer.BadParameter("--map and --set apply to flat records (CSV, NDJSON, a JSON list)")
    writer = rejects_writer(source, request)
    reporter = RejectReporter(writer, "entries" if isinstance(source, Document) else "rows")
    result = run_import(store, source, request, on_reject=reporter, progress=import_progress)
    if writer is not None:
        writer.close()
    _summary(source.name, result, reporter, writer, dry_run)
    if result.counts[REJECTED] and not skip_invalid:
        raise typer.Exit(2)


def _request(
    file: str,
    fmt: Optional[Format],
    map_: Optional[list[str]],
    set_: Optional[list[str]],
    sheet: Optional[str],
    header_row: int,
    **switches: Any,
) -> ImportRequest:
    """The options as one ImportRequest; a usage error for options no file could satisfy, before
    the database opens."""
    from kerjasama_cli.domain.import_request import ImportRequest
    from kerjasama_cli.domain.set_values import check_set_values
    from kerjasama_cli.domain.tabular import field_for, parse_assignments
    from kerjasama_cli.files.formats import detect_format

    kind = detect_format(file, fmt.value if fmt else None)
    mapping = parse_assignments(map_ or [], "--map")
    defaults = {field_for(k, "--set"): v for k, v in parse_assignments(set_ or [], "--set").items()}
    check_set_values(defaults, registry_open=False)  # a typo no row needs would pass unseen
    if kind != "xlsx" and (sheet is not None or header_row != 1):
        raise typer.BadParameter("--sheet and --header-row apply to Excel workbooks (.xlsx)")
    request = ImportRequest(
        file, kind, mapping, defaults, sheet=sheet, header_row=header_row, **switches
    )
    if request.rejects is not None:
        from kerjasama_cli.files.atomic import check_not_input
        from kerjasama_cli.files.spreadsheets import check_text_name
        from kerjasama_cli.files.writers import default_rejects_path

        ext = default_rejects_path(file, request.rejects_kind).suffix
        check_text_name("--rejects", request.rejects, _REJECTS_NAME, ext=ext)
        check_not_input("--rejects", request.rejects, [file])
    return request


# Why `--rejects r.xlsx` is refused: the rejects are text in the input's shape (a workbook's, CSV).
_REJECTS_NAME = "the rejects file is text; give a name ending {ext}"


def _summary(
    name: str, result: ImportResult, reporter: RejectReporter, writer: Any, dry_run: bool
) -> None:
    """What changed in records the registry held, the rejects' last lines, the new homonyms,
    then the one summary line."""
    from kerjasama_cli.render.import_changes import report_changes
    from kerjasama_cli.render.import_summary import homonyms_line, summary_line

    report_changes(name, result.merge, dry_run or not result.committed, _say)
    reporter.finish(name)
    homonyms = homonyms_line(getattr(result, "homonyms", []))
    if homonyms:
        _say(f"{name}: {homonyms}")
    rejects = writer.path if writer is not None and writer.count else None
    _say(f"{name}: {summary_line(result, dry_run, rejects)}")

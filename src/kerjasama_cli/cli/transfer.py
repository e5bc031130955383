"""`import` and `export`: batches in from scripts and spreadsheets, and the registry out.

Over 400 lines: `import` chooses the reader, the rejects writers and the set-wise or row path (200
lines; STYLE.md §2 ex. 1 moves that choice into the store), and `export` shares its formats and
progress bar. Issue 25's export work is changing this module now; the split into an import module
and an export module follows it.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from kerjasama_cli.cli.common import (
    GLOBAL_OPTIONS,
    DbOption,
    LangOption,
    OutputOption,
    handles_errors,
    open_db,
    with_filters,
)
from kerjasama_cli.cli.rejects import RejectReporter
from kerjasama_cli.cli.rejects import say as _say
from kerjasama_cli.cli.typer_private import ParameterSource, get_current_context
from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.store.database import interrupts

if TYPE_CHECKING:
    from kerjasama_cli.store.imports.rowwise import ImportResult


class Format(StrEnum):
    yaml = "yaml"
    json = "json"
    ndjson = "ndjson"
    csv = "csv"
    xlsx = "xlsx"


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the app."""
    app.command("import")(import_file)
    app.command("export")(export)


def _progress(source: Any) -> tuple[Any, Any]:
    """A progress bar on stderr when it is a terminal and the size is known; else nothing."""
    if not sys.stderr.isatty() or not getattr(source, "size", None):
        return (lambda: None), (lambda: None)
    from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn

    from kerjasama_cli.render.console import console

    progress = Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        DownloadColumn(),
        TimeRemainingColumn(),
        console=console(stderr=True),
        transient=True,
        auto_refresh=False,  # a refresh thread starves while the import holds the GIL
    )
    task = progress.add_task(f"importing {source.name}", total=source.size)
    progress.start()

    def tick() -> None:
        with contextlib.suppress(OSError):
            progress.update(task, completed=source.position(), refresh=True)

    return tick, progress.stop


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
            min=1,
            max=1000,
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
    from kerjasama_cli.domain.schema import missing_columns
    from kerjasama_cli.domain.tabular import field_for, parse_assignments
    from kerjasama_cli.files.readers import (
        Document,
        FlatInput,
        InputError,
        detect_format,
        read_input,
    )
    from kerjasama_cli.files.writers import DocumentRejects, FlatRejects, default_rejects_path
    from kerjasama_cli.store.imports import rowwise as importing
    from kerjasama_cli.store.safety import history

    rule = MergeRule(replace=replace, clear_empty=clear_empty)
    # "This file" for the conflicts with later edits: its name (store/imports/merge.py).
    history.set_origin(Path(file).name if file != "-" else None)
    kind = detect_format(file, fmt.value if fmt else None)
    mapping = parse_assignments(map_ or [], "--map")
    defaults = {field_for(k, "--set"): v for k, v in parse_assignments(set_ or [], "--set").items()}
    if kind != "xlsx" and (sheet is not None or header_row != 1):
        raise typer.BadParameter("--sheet and --header-row apply to Excel workbooks (.xlsx)")
    store = open_db(db)
    # Once the import's commit has begun, a Ctrl-C no longer stops it: it says what it saved.
    # (From here: a Ctrl-C after open_db's own first commit, the seed's, still stops it.)
    interrupts.keep_after_commit()
    if kind == "xlsx":
        from kerjasama_cli.files.xlsx import read_xlsx

        source: FlatInput | Document = read_xlsx(file, mapping, sheet, header_row)
    else:
        source = read_input(file, kind, mapping)
    if isinstance(source, FlatInput):
        from kerjasama_cli.domain.drafts import check_placed

        check_placed(source.name, source.unplaced, defaults)  # extract's drafts only
    if isinstance(source, FlatInput) and source.header is not None:
        missing = missing_columns(source.labels, defaults)
        if missing:  # every row would fail for it: say it once
            source.close()
            raise InputError(f"{source.name}: {missing}")
    # A workbook's rejects are written as CSV (with the sheet's header): any spreadsheet opens it.
    rejects_kind = "csv" if kind == "xlsx" else kind
    rejects_path = rejects or default_rejects_path(file, rejects_kind)
    writing_rejects = skip_invalid and not dry_run
    if isinstance(source, Document):
        if mapping or defaults:
            raise typer.BadParameter(
                "--map and --set apply to flat records (CSV, NDJSON, a JSON list)"
            )
        writer: Any = (
            DocumentRejects(rejects_path, kind, source.data.get("home"))
            if writing_rejects
            else None
        )
        reporter = RejectReporter(writer, "entries")
        from kerjasama_cli.store.imports.document import import_document

        result = import_document(
            store,
            source.data,
            source.lines,
            source.name,
            skip_invalid=skip_invalid,
            dry_run=dry_run,
            on_reject=reporter,
            rule=rule,
            overwrite=overwrite,
            new=new,
        )
    else:
        writer = (
            FlatRejects(rejects_path, rejects_kind, source.header, source.delimiter, source.bom)
            if writing_rejects
            else None
        )
        reporter = RejectReporter(writer)
        labels = _labels(source, defaults)
        bulk = None
        if kind in ("csv", "ndjson") and file != "-":
            # Set-wise first; a file it declines is read again, row by row
            # (store/imports/setwise.py).
            bulk = _import_bulk(store, source, file, mapping, defaults, labels, dry_run, new)
            if bulk is None:
                source = read_input(file, kind, mapping)
                labels = _labels(source, defaults)
        if bulk is not None:
            result = bulk
        else:
            tick, stop = _progress(source)
            flat = source

            def locate(line: int) -> str:
                if flat.sheet is not None:
                    return f"{flat.name}:{flat.sheet}!{line}"
                return f"{flat.name}:{line}" if flat.numbered_by_line else f"{flat.name}#{line}"

            try:
                result = importing.import_rows(
                    store,
                    source.rows,
                    defaults=defaults,
                    labels=labels,
                    skip_invalid=skip_invalid,
                    dry_run=dry_run,
                    on_reject=reporter,
                    locate=locate,
                    on_batch=tick,
                    rule=rule,
                    overwrite=overwrite,
                    new=new,
                )
            finally:
                stop()
                source.close()
    if writer is not None:
        writer.close()
    from kerjasama_cli.render.import_changes import report_changes

    report_changes(source.name, result.merge, dry_run or not result.committed, _say)
    _summary(source.name, result, reporter, writer, skip_invalid, dry_run)
    if result.counts[importing.REJECTED] and not skip_invalid:
        raise typer.Exit(2)


def _labels(source: Any, defaults: dict[str, Any]) -> dict[str, str]:
    """What errors call each field: the file's name for it, or `--set FIELD`."""
    labels = source.labels
    for field in defaults:
        labels.setdefault(field, f"--set {field}")
    return labels


def _import_bulk(
    store: Any,
    source: Any,
    file: str,
    mapping: dict[str, str],
    defaults: dict[str, Any],
    labels: dict[str, str],
    dry_run: bool,
    new: bool,
) -> ImportResult | None:
    """The file imported set-wise, or None (nothing written, the source closed) when the row
    path must read it."""
    from kerjasama_cli.store.imports.setwise import Declined, import_bulk

    tick, stop = _progress(source)
    try:
        return import_bulk(
            store,
            source,
            path=file,
            mapping=mapping,
            defaults=defaults,
            labels=labels,
            dry_run=dry_run,
            on_batch=tick,
            new=new,
        )
    except Declined:
        return None
    finally:
        stop()
        source.close()


def _summary(
    name: str,
    result: ImportResult,
    reporter: RejectReporter,
    writer: Any,
    skip_invalid: bool,
    dry_run: bool,
) -> None:
    """One line, in the active language: what happened, or (dry run, rejects) what would have."""
    from kerjasama_cli.i18n import translator

    t = translator()
    c = {k: result.counts[k] for k in ("inserted", "updated", "unchanged", "rejected")}
    reporter.finish(name)
    extra = []
    if result.new_partners:
        extra.append(t.plural("{n} new partner", "{n} new partners", result.new_partners))
    if result.new_sources:
        extra.append(t.plural("{n} new source", "{n} new sources", result.new_sources))
    if getattr(result, "new_governments", 0):
        extra.append(
            t.plural(
                "{n} new local government", "{n} new local governments", result.new_governments
            )
        )
    if result.committed and result.stages:  # the rows' `stage`s (a draft's), as evidence
        stages = t.plural("{n} stage", "{n} stages", result.stages)
        extra.append(t("{stages} stored as evidence").format(stages=stages))
    extra_text = f" ({', '.join(extra)})" if extra else ""

    if result.committed:
        line = (
            t(
                "{inserted} inserted, {updated} updated, {unchanged} unchanged, {rejected} rejected"
            ).format(**c)
            + extra_text
        )
    else:
        would = t("would insert {inserted}, update {updated}, leave {unchanged} unchanged").format(
            **c
        )
        if extra:
            would += " " + t("and add {what}").format(what=f" {t('and')} ".join(extra))
        if dry_run:
            line = t("dry run, nothing written: {would}; {rejected} rejected").format(
                would=would, rejected=c["rejected"]
            )
        else:
            line = t("{rejected} rejected, nothing written (the valid records {would})").format(
                would=would, rejected=c["rejected"]
            )
    from kerjasama_cli.render.import_changes import cleared_text

    cleared = cleared_text(result.merge)
    if cleared:  # what a --replace (or --clear-empty) empties
        line += "; " + (cleared if result.committed else t("would be {what}").format(what=cleared))
    if writer is not None and writer.count:
        line += "; " + t("rejects written to {path}").format(path=writer.path)
    _homonyms(name, getattr(result, "homonyms", []))
    _say(f"{name}: {line}")


HOMONYMS_SHOWN = 10


def _plural(count: int, noun: str) -> str:
    """`1 new partner`, `2 new partners` (for messages, which stay English)."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _homonyms(name: str, homonyms: list[tuple[str, str | None, str]]) -> None:
    """Name the new partners that share a name with one in another country (real homonyms such
    as Córdoba exist, but so do mistyped countries: `partners merge` fixes those)."""
    if not homonyms:
        return
    shown = ", ".join(
        f"{n} ({c or 'no country'}; also {k})" for n, c, k in homonyms[:HOMONYMS_SHOWN]
    )
    more = f" and {len(homonyms) - HOMONYMS_SHOWN} more" if len(homonyms) > HOMONYMS_SHOWN else ""
    _say(
        f"{name}: {_plural(len(homonyms), 'new partner')} named like a partner in another "
        f"country: {shown}{more} (see `kerjasama partners list --name NAME`)"
    )


@handles_errors
@with_filters
def export(
    filters: RecordFilter,
    db: DbOption = None,
    fmt: Annotated[
        Optional[Format],
        typer.Option(
            "--format",
            "-f",
            help="yaml or json (the seed shape: everything), ndjson, csv or xlsx (one record per row; xlsx needs -o). Default: from -o's extension, else yaml.",
        ),
    ] = None,
    output: OutputOption = None,
    with_documents: Annotated[
        bool,
        typer.Option(
            "--with-documents",
            help="Also write the exported records' attached files to a folder beside -o "
            "(FILE.documents/: the files and a documents.json saying whose each is).",
        ),
    ] = False,
    excel: Annotated[
        bool,
        typer.Option(
            "--excel",
            help="CSV for Excel where the decimal comma is used: ';'-separated, UTF-8 with a "
            "BOM, headers and labels in the language (--lang, $KERJASAMA_LANG, ...: id by "
            "default).",
        ),
    ] = False,
    lang: LangOption = None,
) -> None:
    """Export records (with the same filters as list) in a form `import` reads back.

    With --lang (or --excel), CSV and xlsx carry the headers, labels and dates of that language
    (tanggal: 27 Mei 2025, jenis: kota kembar), as a bureau keeps its workbook; import reads
    them back. Without it they keep the English field names and codes. JSON, YAML and NDJSON
    always keep English keys and codes."""
    from kerjasama_cli.files.readers import detect_format
    from kerjasama_cli.files.writers import write_document, write_flat
    from kerjasama_cli.store.records.entries import export_document

    kind = fmt.value if fmt else (detect_format(str(output), None) if output else "yaml")
    if kind == "xlsx" and output is None:
        raise typer.BadParameter(
            "an Excel workbook is a file: give -o FILE.xlsx", param_hint="--format"
        )
    if with_documents and output is None:
        raise typer.BadParameter(
            "documents go beside a file: give -o FILE", param_hint="--with-documents"
        )
    words = _flat_language(lang, excel)
    if excel and kind not in ("csv", "xlsx"):
        raise typer.BadParameter(f"is for csv and xlsx, not {kind}", param_hint="--excel")
    store = open_db(db)
    if with_documents and output is not None:
        from kerjasama_cli.store.dossier.attachments import export_documents

        folder = output.with_suffix(".documents")
        files = export_documents(store.conn, filters, folder)
        from kerjasama_cli.i18n import translator

        t = translator()
        count = t.plural("{n} document", "{n} documents", files)
        _say(t("exported {documents} to {path}").format(documents=count, path=folder))
    if kind == "xlsx":
        assert output is not None
        count = _export_xlsx(store, filters, output, words)
        _exported(count, output)
        return
    temporary = output.with_name(f".{output.name}.tmp") if output else None
    encoding = "utf-8-sig" if excel else "utf-8"  # Excel reads UTF-8 only after a BOM
    out = _open_output(temporary, output, encoding) if temporary and output else sys.stdout
    if excel and not temporary:
        out.write("\ufeff")
    try:
        if kind in ("yaml", "json"):
            count = write_document(export_document(store.conn, filters), kind, out)
        else:
            from kerjasama_cli.store.queries.export_flat import iter_flat

            rows: Iterable[Sequence[Any]] = iter_flat(store.conn, filters)
            if words and kind == "csv":
                from kerjasama_cli.domain.bureau import bureau_row, headers
                from kerjasama_cli.store.queries.export_flat import flat_dicts

                rows = (bureau_row(row, words).values() for row in flat_dicts(rows))
                count = write_flat(rows, kind, out, headers(words), ";" if excel else ",")
            else:
                count = write_flat(rows, kind, out)
    except BaseException as error:
        if temporary:
            out.close()
            temporary.unlink(missing_ok=True)
        if output and isinstance(error, OSError) and not isinstance(error, BrokenPipeError):
            raise _unwritable(output, error) from None  # a full disk names the file asked for
        raise
    if temporary and output:
        out.close()
        temporary.replace(output)
        _exported(count, output)


def _open_output(temporary: Path, output: Path, encoding: str) -> Any:
    """The file export writes (beside OUTPUT, moved into place when whole); a directory that
    is missing or refuses us is one line naming OUTPUT, not a traceback."""
    try:
        return temporary.open("w", encoding=encoding, newline="")
    except OSError as error:
        raise _unwritable(output, error) from None


def _unwritable(output: Path, error: OSError) -> Exception:
    from kerjasama_cli.domain.errors import KerjasamaError
    from kerjasama_cli.i18n import said

    return KerjasamaError(said("{path}: cannot be written ({reason})", error, path=output))


def _exported(count: int, output: Path) -> None:
    from kerjasama_cli.i18n import translator

    t = translator()
    records = t.plural("{n} record", "{n} records", count)
    _say(t("exported {records} to {path}").format(records=records, path=output))


def _flat_language(lang: str, excel: bool) -> str | None:
    """The language of a flat export's headers and labels: the one `--lang` names on the
    command line (the command's or the global option), or with --excel the resolved one; None
    keeps field names and codes (a default language never changes a machine file)."""
    given = get_current_context().get_parameter_source("lang")
    explicit = given is ParameterSource.COMMANDLINE or GLOBAL_OPTIONS.get("lang")
    return lang if explicit or excel else None


def _export_xlsx(store: Any, filters: RecordFilter, output: Path, lang: str | None) -> int:
    """The flat records as a workbook, written beside the target and moved into place."""
    from kerjasama_cli.domain.tabular import FIELDS
    from kerjasama_cli.files.xlsx import write_xlsx
    from kerjasama_cli.store.queries.export_flat import flat_dicts, iter_flat

    temporary = output.with_name(f".{output.name}.tmp")
    rows: Iterable[dict[str, Any]] = flat_dicts(iter_flat(store.conn, filters))
    header = None
    if lang:
        from kerjasama_cli.domain.bureau import bureau_row, headers

        rows, header = (bureau_row(row, lang) for row in rows), headers(lang)
    try:
        count = write_xlsx(rows, FIELDS, temporary, header)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    temporary.replace(output)
    return count

"""`export`: the registry out, in a form `import` reads back (the seed shape as YAML or JSON,
one record per row as NDJSON, CSV or Excel), optionally in a bureau's language.

The file is written whole or not at all (files/atomic.py); its formats are `import`'s `Format`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional, TextIO

import typer

from kerjasama_cli.cli.error_handling import handles_errors
from kerjasama_cli.cli.filter_options import with_filters
from kerjasama_cli.cli.importing import Format
from kerjasama_cli.cli.invocation import GLOBAL_OPTIONS, db_path, open_db
from kerjasama_cli.cli.options import DbOption, ForceOption, LangOption, OutputOption
from kerjasama_cli.cli.rejects import say as _say
from kerjasama_cli.cli.typer_private import ParameterSource, get_current_context
from kerjasama_cli.domain.filters import RecordFilter

if TYPE_CHECKING:
    from kerjasama_cli.store.database.connection import Store


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the app."""
    app.command("export")(export)


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
    force: ForceOption = False,
) -> None:
    """Export records (with the same filters as list) in a form `import` reads back.

    With --lang (or --excel), CSV and xlsx carry the headers, labels and dates of that language
    (tanggal: 27 Mei 2025, jenis: kota kembar), as a bureau keeps its workbook; import reads
    them back. Without it they keep the English field names and codes. JSON, YAML and NDJSON
    always keep English keys and codes."""
    from kerjasama_cli.files.atomic import folder_replaced_when_done
    from kerjasama_cli.files.formats import detect_format
    from kerjasama_cli.files.writers import check_output_name
    from kerjasama_cli.store.dossier.attachments import export_documents

    kind = fmt.value if fmt else (detect_format(str(output), None) if output else "yaml")
    if fmt is not None and output is not None:
        check_output_name(output, kind)  # `-o m.xlsx -f csv` would be CSV text in a workbook
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
    if output is not None:
        from kerjasama_cli.files.atomic import check_new, check_target

        # a missing directory is the user's (exit 2), as extract and report say
        check_target(output, registry=db_path(db))
        check_new(output, "--output", force)
    folder = output.with_suffix(".documents") if with_documents and output else None
    if folder is not None:
        from kerjasama_cli.files.atomic import check_new_folder

        check_new_folder(folder, "--with-documents", force)
    store = open_db(db)
    # The documents go to a new folder that replaces FILE.documents/ only once the records are
    # written too: a forced export leaves none of an earlier export's files, a failed one
    # leaves the earlier folder whole.
    with folder_replaced_when_done(folder) if folder else nullcontext(None) as staged:
        files = export_documents(store.conn, filters, staged) if staged else 0
        count = _write_records(store, filters, kind, output, words, excel)
    if folder is not None:
        from kerjasama_cli.i18n import translator

        t = translator()
        documents = t.plural("{n} document", "{n} documents", files)
        _say(t("exported {documents} to {path}").format(documents=documents, path=folder))
    if output:
        _exported(count, output)


def _write_records(
    store: Store,
    filters: RecordFilter,
    kind: str,
    output: Path | None,
    words: str | None,
    excel: bool,
) -> int:
    """The records in `kind`, to `output` (whole or not at all) or stdout; how many."""
    from kerjasama_cli.files.atomic import text_output
    from kerjasama_cli.files.writers import write_document
    from kerjasama_cli.store.records.entries import export_document

    if kind == "xlsx":
        if output is None:  # refused before any work; said again for the type checker
            raise typer.BadParameter(
                "an Excel workbook is a file: give -o FILE.xlsx", param_hint="--format"
            )
        return _export_xlsx(store, filters, output, words)
    with text_output(output, bom=excel) as out:  # Excel reads UTF-8 only after a BOM
        if kind in ("yaml", "json"):
            return write_document(export_document(store.conn, filters), kind, out)
        return _write_flat(store, filters, kind, out, words, excel)


def _write_flat(
    store: Store, filters: RecordFilter, kind: str, out: TextIO, words: str | None, excel: bool
) -> int:
    """The flat records as NDJSON or CSV; a CSV in a language has its headers and labels."""
    from kerjasama_cli.files.writers import write_flat
    from kerjasama_cli.store.queries.export_flat import iter_flat

    rows: Iterable[Sequence[Any]] = iter_flat(store.conn, filters)
    if words and kind == "csv":
        from kerjasama_cli.domain.bureau import bureau_row, headers
        from kerjasama_cli.store.queries.export_flat import flat_dicts

        rows = (bureau_row(row, words).values() for row in flat_dicts(rows))
        return write_flat(rows, kind, out, headers(words), ";" if excel else ",")
    return write_flat(rows, kind, out)


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


def _export_xlsx(store: Store, filters: RecordFilter, output: Path, lang: str | None) -> int:
    """The flat records as a workbook, written beside the target and moved into place."""
    from kerjasama_cli.domain.tabular import FIELDS
    from kerjasama_cli.files.atomic import replaced_when_done
    from kerjasama_cli.files.xlsx import write_xlsx
    from kerjasama_cli.store.queries.export_flat import flat_dicts, iter_flat

    rows: Iterable[dict[str, Any]] = flat_dicts(iter_flat(store.conn, filters))
    header = None
    if lang:
        from kerjasama_cli.domain.bureau import bureau_row, headers

        rows, header = (bureau_row(row, lang) for row in rows), headers(lang)
    with replaced_when_done(output) as temporary:
        return write_xlsx(rows, FIELDS, temporary, header)

"""`kerjasama sectors`: the sectors records are filed under, which the bureau can extend."""

from enum import StrEnum
from typing import Annotated, Any, Optional

import typer

from kerjasama_cli.cli.error_handling import handles_errors
from kerjasama_cli.cli.invocation import open_db
from kerjasama_cli.cli.options import DbOption
from kerjasama_cli.domain.sectors import sector_name


class TableFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


COLUMNS = ["code", "label_id", "label_en", "aliases", "records", "builtin"]

sectors_app = typer.Typer(
    help="Sectors (bidang): list them, add the bureau's own, give them more names.",
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    """Attach `sectors` to the app."""
    app.add_typer(sectors_app, name="sectors")


@sectors_app.callback()
def _named(ctx: typer.Context) -> None:
    from kerjasama_cli.store.safety import history

    history.set_command(f"sectors {ctx.invoked_subcommand}")


_named.__doc__ = None


@sectors_app.command("list")
@handles_errors
def list_sectors(
    output: Annotated[
        TableFormat, typer.Option("--format", "-f", help="table, json, csv, or markdown.")
    ] = TableFormat.table,
    db: DbOption = None,
    lang: Optional[str] = None,
) -> None:
    """Every sector: its code, Indonesian and English labels, other words and records."""
    store = open_db(db)
    rows = sector_rows(store.conn)
    if output is TableFormat.json:
        from kerjasama_cli.render.machine import write_json

        write_json([{c: r[c] for c in COLUMNS} for r in rows])
    elif output is TableFormat.csv:
        from kerjasama_cli.render.machine import write_csv

        # true/false as JSON writes them, not Python's True/False
        write_csv([{**r, "builtin": str(r["builtin"]).lower()} for r in rows], COLUMNS)
    else:
        from kerjasama_cli.render.entities import render_sectors

        render_sectors(rows, lang, markdown=output is TableFormat.markdown)


def sector_rows(conn: Any) -> list[dict[str, Any]]:
    """The rows `sectors list` prints: the code's vocabulary and the registry's, merged."""
    from kerjasama_cli.domain import vocab
    from kerjasama_cli.domain.sectors import vocabulary
    from kerjasama_cli.i18n import translator
    from kerjasama_cli.store.records import sectors

    stored = {s.code: s for s in sectors.read(conn)}
    counts = sectors.counts(conn)
    ti, te = translator("id"), translator("en")
    rows = []
    for code, words in vocabulary().items():
        found = stored.get(code)
        label_id = found.label_id if found else sector_name(code, ti.lang)
        label_en = found.label_en if found else sector_name(code, te.lang)
        shown = {vocab.fold(w) for w in (code, label_id, label_en)}
        aliases = [w for w in dict.fromkeys(vocab.fold(w) for w in words) if w not in shown]
        rows.append(
            {
                "code": code,
                "label_id": label_id,
                "label_en": label_en,
                "aliases": aliases,
                "records": counts.get(code, 0),
                "builtin": code in vocab.SECTORS,
            }
        )
    return rows


@sectors_app.command("add")
@handles_errors
def add_sector(
    label_id: Annotated[
        str, typer.Argument(metavar="NAME", help="Its Indonesian name (air bersih, hukum).")
    ],
    en: Annotated[
        Optional[str], typer.Option("--en", help="Its English name (clean water); gives the code.")
    ] = None,
    code: Annotated[
        Optional[str],
        typer.Option("--code", help="The code machine output uses (default: from --en or NAME)."),
    ] = None,
    alias: Annotated[
        Optional[list[str]], typer.Option("--alias", help="Another word for it (repeatable).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Add a sector to this registry; add, edit, import and --sector accept it from now on."""
    from kerjasama_cli.i18n import translator
    from kerjasama_cli.store.records import sectors

    store = open_db(db)
    with store.transaction() as conn:
        added = sectors.add(conn, sectors.NewSector(label_id, en, code, tuple(alias or ())))
    t = translator(None)
    typer.echo(added.code)
    typer.echo(
        t("kerjasama: added sector {code} ({id} / {en})").format(
            code=added.code, id=added.label_id, en=added.label_en
        ),
        err=True,
    )


@sectors_app.command("alias")
@handles_errors
def alias_sector(
    sector: Annotated[str, typer.Argument(metavar="SECTOR", help="Its code or any of its names.")],
    words: Annotated[
        list[str], typer.Argument(metavar="WORD...", help="More words for it (air minum, PAM).")
    ],
    db: DbOption = None,
) -> None:
    """Give a sector more names, so that files and filters that use them find it."""
    from kerjasama_cli.i18n import translator
    from kerjasama_cli.store.records import sectors

    store = open_db(db)
    with store.transaction() as conn:
        code, added = sectors.alias(conn, sector, words)
    t = translator(None)
    message = t.plural(
        "kerjasama: {code}: {n} new word", "kerjasama: {code}: {n} new words", len(added)
    )
    message = message.format(code=code)
    typer.echo(message, err=True)

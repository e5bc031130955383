"""`backup` and `restore`: a consistent copy of the registry, and putting one back."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from kerjasama_cli.cli.confirm import YesOption
from kerjasama_cli.cli.error_handling import handles_errors
from kerjasama_cli.cli.invocation import db_path, is_default, open_db
from kerjasama_cli.cli.messages import notice
from kerjasama_cli.cli.options import DbOption
from kerjasama_cli.i18n import translator


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the app."""
    app.command("backup")(backup)
    app.command("restore")(restore)


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.0f} kB"


@handles_errors
def backup(
    target: Annotated[
        Path, typer.Argument(metavar="PATH", help="File to write the copy to (a new file).")
    ],
    force: Annotated[
        bool, typer.Option("--force", "-f", help="Overwrite PATH if it already exists.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Copy the registry to PATH, consistently, even while others write (SQLite's backup API)."""
    from kerjasama_cli.store.safety.backup import backup as make_backup

    store = open_db(db, create=False)
    progress = None
    if sys.stderr.isatty():

        def progress(done: int, total: int) -> None:
            line = translator()("copying {done}/{total} pages").format(done=done, total=total)
            typer.echo(f"\rkerjasama: {line}", err=True, nl=False)

    result = make_backup(store, target.expanduser(), force=force, progress=progress)
    if progress is not None:
        typer.echo("", err=True)
    notice(
        "backed up {source} to {target}: {contents} (schema {schema}, {size})",
        source=store.path,
        target=result.path,
        contents=_contents(result.counts),
        schema=result.schema,
        size=_size(result.size),
    )


def _contents(counts: dict[str, int]) -> str:
    """`95 records, 38 partners, 12 sources` in the user's language (the tables with rows)."""
    t = translator()
    nouns = {
        "records": t.plural("{n} record", "{n} records", counts.get("records", 0)),
        "partners": t.plural("{n} partner", "{n} partners", counts.get("partners", 0)),
        "sources": t.plural("{n} source", "{n} sources", counts.get("sources", 0)),
        "reported_figures": t.plural(
            "{n} reported figure", "{n} reported figures", counts.get("reported_figures", 0)
        ),
        "documents": t.plural("{n} document", "{n} documents", counts.get("documents", 0)),
    }
    parts = [
        nouns.get(table) or f"{n} {table}"
        for table, n in counts.items()
        if table != "history" and (n or table != "documents")  # documents only when there are
    ]
    return ", ".join(parts) or t("empty")


def _schema(contents: str, schema: object) -> str:
    return translator()("{contents} (schema {schema})").format(contents=contents, schema=schema)


@handles_errors
def restore(
    source: Annotated[
        Path, typer.Argument(metavar="PATH", help="A backup made by `kerjasama backup`.")
    ],
    yes: YesOption = False,
    db: DbOption = None,
) -> None:
    """Replace the registry with a backup, after checking it (integrity, schema); atomic."""
    from kerjasama_cli.cli.confirm import confirm
    from kerjasama_cli.store.safety.backup import plan_restore
    from kerjasama_cli.store.safety.backup import restore as apply_restore

    registry = db_path(db)
    if is_default(db):
        registry.parent.mkdir(parents=True, exist_ok=True)
    plan = plan_restore(source.expanduser(), registry)
    if plan.current is not None:
        was = _schema(_contents(plan.current.counts), plan.current.schema)
    elif plan.current_exists:
        was = translator()("a file that is not a readable kerjasama registry")
    else:
        was = translator()("nothing (no registry yet)")
    incoming = _schema(_contents(plan.incoming.counts), plan.incoming.schema)
    t = translator()
    question = t("Replace {registry} ({was}) with {source} ({incoming})?").format(
        registry=registry, was=was, source=source, incoming=incoming
    )
    confirm(question, yes, t("replace {registry}").format(registry=registry))
    result = apply_restore(plan)
    notice(
        "restored {registry} from {source}: was {was}; now {now} (schema {schema})",
        registry=registry,
        source=source,
        was=was,
        now=_contents(result.counts),
        schema=result.schema,
    )

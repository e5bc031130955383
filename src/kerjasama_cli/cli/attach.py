"""`attach`: keep a PDF, DOCX, image or text file with a record (issue 22)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from kerjasama_cli.cli.error_handling import handles_errors
from kerjasama_cli.cli.invocation import open_db
from kerjasama_cli.cli.options import DbOption


def register(app: typer.Typer) -> None:
    """Attach `attach` to the app."""
    app.command("attach")(attach)


@handles_errors
def attach(
    record: Annotated[str, typer.Argument(metavar="RECORD", help="Record id or key.")],
    files: Annotated[
        list[Path],
        typer.Argument(
            metavar="FILE...", help="PDF, DOCX, image or text files.", show_default=False
        ),
    ],
    original: Annotated[
        Optional[str],
        typer.Option(
            "--original-at",
            help="Where the signed original is kept (Kemlu, the bureau's archive).",
        ),
    ] = None,
    treaty_ref: Annotated[
        Optional[str],
        typer.Option("--treaty-ref", help="Its reference in Kemlu's treaty database."),
    ] = None,
    db: DbOption = None,
) -> None:
    """Keep files with a record: stored once by content (sha256) inside the registry, their text
    indexed for `search`, listed by `show`. All files or none."""
    from kerjasama_cli.documents.reader import examine
    from kerjasama_cli.domain.limits import MAX_NAME_CHARS, check_text
    from kerjasama_cli.store.dossier.attachments import attach as store_attach
    from kerjasama_cli.store.dossier.cooperation import record_id

    check_text("--original-at", original, MAX_NAME_CHARS)
    check_text("--treaty-ref", treaty_ref, MAX_NAME_CHARS)
    facts = [examine(path) for path in files]  # every file readable before anything is written
    store = open_db(db)
    rid, key = record_id(store.conn, record)
    with store.transaction() as conn:
        done = [store_attach(conn, rid, key, f, original, treaty_ref) for f in facts]
    from kerjasama_cli.domain.errors import Count
    from kerjasama_cli.i18n import translator

    t = translator()
    for item in done:
        how = t("stored") if item.stored else t("already stored")
        if not item.linked:
            how = t("already attached")
        text = "" if item.has_text else ", " + t("no text")
        size = t("{size} bytes").format(size=Count(item.size).translated(t))
        typer.echo(
            f"kerjasama: {item.name} → {key}: {how} (sha256 {item.sha256[:12]}…, {size}{text})",
            err=True,
        )

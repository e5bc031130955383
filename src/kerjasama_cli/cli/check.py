"""`check`: findings to review (duplicate records, near-identical partners, ...) with the
command that resolves each; the checks themselves live in store/dossier/checks.py."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Optional

import typer

from kerjasama_cli.cli.error_handling import handles_errors
from kerjasama_cli.cli.invocation import open_db
from kerjasama_cli.cli.options import DbOption


class CheckFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def register(app: typer.Typer) -> None:
    """Attach `check` to the app."""
    app.command("check")(check)


@handles_errors
def check(
    only: Annotated[
        Optional[list[str]],
        typer.Option(
            "--only",
            metavar="CHECK",
            help="Run only this check (repeatable; the checks are listed above).",
        ),
    ] = None,
    output: Annotated[
        CheckFormat, typer.Option("--format", "-f", help="table, json or csv.")
    ] = CheckFormat.table,
    db: DbOption = None,
) -> None:
    """List what looks wrong for review: likely duplicate records (same partner, type and date)
    and partners (same or near-same names in one country), each with the command that merges
    them; records under their own descendants as parent agreement; a cooperation's
    prerequisites and its attached documents. Changes nothing.

    Checks: duplicate-records, similar-partners, parent-loops, diplomatic-relations,
    equal-standing, objects, documents.
    """
    from kerjasama_cli.domain.errors import ValidationError
    from kerjasama_cli.store.dossier.checks import CHECKS, run_checks

    names = [c.name for c in CHECKS]
    for name in only or []:
        if name not in names:
            raise ValidationError("--only", name, "not one of {choices}", choices=", ".join(names))
    store = open_db(db)
    findings = run_checks(store.conn, only)
    if output is CheckFormat.json:
        from kerjasama_cli.render.machine import write_json

        write_json([f.as_json() for f in findings])
        return
    if output is CheckFormat.csv:
        from kerjasama_cli.domain.checks import CSV_COLUMNS
        from kerjasama_cli.render.machine import write_csv

        write_csv((f.as_csv() for f in findings), CSV_COLUMNS)
        return
    from kerjasama_cli.i18n import translator

    t = translator()
    for finding in findings:
        typer.echo(f"{finding.check}: {finding.translated(t)}")
        if finding.fix:
            typer.echo(f"  {t('to merge')}: {finding.fix}")
    typer.echo(t.plural("{n} finding", "{n} findings", len(findings)), err=True)

"""`extract --import`: mark drafts that match registry records, then import after confirmation."""

from __future__ import annotations

from typing import Any

import typer

from kerjasama_cli.cli.confirm import ask
from kerjasama_cli.cli.messages import notice
from kerjasama_cli.extract import Extraction
from kerjasama_cli.i18n import translator


def mark_matches(store: Any, extractions: list[Extraction]) -> None:
    """Set each draft's `match` to the key of the registry record with its partner, type and
    date, so that importing it updates that record instead of adding a twin."""
    from kerjasama_cli.domain.countries import resolve_country
    from kerjasama_cli.domain.dates import parse_date
    from kerjasama_cli.domain.errors import ValidationError
    from kerjasama_cli.store.parties.partners import PartnerBook
    from kerjasama_cli.store.queries import known

    book = PartnerBook(store.conn)
    for extraction in extractions:
        for draft in extraction.drafts:
            if not draft.partner:
                continue
            try:
                country = resolve_country(draft.country).code if draft.country else None
                key = book.resolve(
                    draft.partner, country, draft.region, draft.partner_kind or "city"
                )
            except ValidationError:
                continue
            if key not in book.ids:
                continue  # a partner new to the registry has no records yet
            date = parse_date(draft.date) if draft.date else None
            start = date.start.isoformat() if date and date.start else None
            end = date.end.isoformat() if date and date.end else None
            draft.match = known.matching_record(store.conn, key, draft.type, start, end)


def _rows(store: Any, extractions: list[Extraction]) -> list[Any]:
    from kerjasama_cli.domain.tabular import record_values
    from kerjasama_cli.extract.merge import merged_row
    from kerjasama_cli.extract.output import draft_row
    from kerjasama_cli.files.input_types import Row
    from kerjasama_cli.store.records.entries import load_record

    rows = []
    number = 0
    for extraction in extractions:
        for draft in extraction.drafts:
            number += 1
            values = {k: v for k, v in draft_row(draft, extraction).items() if v not in (None, [])}
            if draft.match:
                found = store.conn.execute(
                    "SELECT id FROM records WHERE key = ?", (draft.match,)
                ).fetchone()
                record = load_record(store.conn, found[0]) if found else None
                if record is not None:
                    existing = record_values(record)
                    existing["partner_key"] = record.partner
                    existing["key"] = record.key
                    values = merged_row(existing, values)
            rows.append(Row(number, values, values))
    return rows


def import_drafts(store: Any, extractions: list[Extraction], yes: bool) -> None:
    """Import every draft in one transaction (all or nothing), after asking unless yes."""
    from kerjasama_cli.store.imports import rowwise as importing

    drafts = sum(len(e.drafts) for e in extractions)
    if drafts == 0:
        notice("nothing to import")
        return
    # Not the home government by default: a draft the article gives no local party is not
    # imported (one that updates a stored record keeps that record's).
    drafts_of = [d for e in extractions for d in e.drafts]
    unplaced = [n for n, d in enumerate(drafts_of, 1) if not d.local_party and not d.match]
    if unplaced:
        from kerjasama_cli.domain.errors import Refusal

        raise Refusal(
            "draft {numbers}: local_party: not named in the article; nothing imported: save "
            "the drafts with -o FILE, fill it in and `kerjasama import` FILE",
            2,
            numbers=", ".join(f"#{n}" for n in unplaced),
        )
    updates = sum(1 for e in extractions for d in e.drafts if d.match)
    t = translator()
    count = t.plural("{n} draft", "{n} drafts", drafts)
    updating = t.plural("{n} updates an existing record", "{n} update existing records", updates)
    question = t("Import {drafts} ({updates}) into {path}?")
    if not yes and not ask(question.format(drafts=count, updates=updating, path=store.path)):
        notice("nothing imported")
        raise typer.Exit(1)
    reasons: list[str] = []

    def on_reject(reject: Any) -> None:
        reason = "; ".join(error.translated(t) for error in reject.errors)
        said = t("draft {location}: {reason}").format(location=reject.location, reason=reason)
        reasons.append(f"kerjasama: error: {said}")

    # A draft's stage goes in with its record: evidence, in the import's one transaction.
    result = importing.import_rows(
        store,
        _rows(store, extractions),
        on_reject=on_reject,
        locate=lambda n: f"#{n}",
    )
    c = result.counts
    if reasons:
        for line in reasons:
            typer.echo(line, err=True)
        notice(
            "{rejected} rejected, nothing imported; save the YAML, fix it and "
            "`kerjasama import` it",
            rejected=t.plural("{n} draft", "{n} drafts", c["rejected"]),
        )
        raise typer.Exit(2)
    line = t("imported: {inserted} inserted, {updated} updated, {unchanged} unchanged").format(
        inserted=c["inserted"], updated=c["updated"], unchanged=c["unchanged"]
    )
    if result.new_partners:
        line += f" ({t.plural('{n} new partner', '{n} new partners', result.new_partners)})"
    typer.echo(f"kerjasama: {line}", err=True)
    if result.stages:
        stored = t.plural("{n} stage", "{n} stages", result.stages)
        notice("{stages} stored as evidence", stages=stored)

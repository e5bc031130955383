"""`edit` and `delete`: change one record with `add`'s validation, or remove it; both logged."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from kerjasama_cli.domain import vocab
from kerjasama_cli.domain.dataset import country_code, parse_sectors
from kerjasama_cli.domain.dates import parse_date
from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.fuzzy_date import UNKNOWN
from kerjasama_cli.domain.limits import check_options
from kerjasama_cli.domain.record_rules import check_new_type, check_record
from kerjasama_cli.domain.records import Person, Record
from kerjasama_cli.domain.tabular import kind_and_type, record_values
from kerjasama_cli.domain.text_forms import clean_fields, clean_name
from kerjasama_cli.store.database.connection import Store
from kerjasama_cli.store.dossier.keeping import log_dossier_deleted
from kerjasama_cli.store.parties.government_lookups import local_party_of
from kerjasama_cli.store.parties.partners import PartnerBook, SourceBook
from kerjasama_cli.store.records.adding import (
    ADD_FIELDS,
    agreement_key,
    check_people,
    parse_end_date,
    resolve_partner,
    term_option,
)
from kerjasama_cli.store.records.entries import load_record
from kerjasama_cli.store.records.governor_index import GovernorIndex
from kerjasama_cli.store.records.writer import save_record
from kerjasama_cli.store.safety import history


@dataclass
class EditRequest:
    """The options given to `edit`: None leaves a field alone, an empty text clears it."""

    partner: str | None = None
    country: str | None = None
    region: str | None = None
    partner_kind: str | None = None
    type: str | None = None
    date: str | None = None
    signatories: list[Person] | None = None
    partner_signatories: list[Person] | None = None
    sectors: list[str] | None = None
    title: str | None = None
    summary: str | None = None
    status: str | None = None
    place: str | None = None
    leader: str | None = None
    sources: list[str] | None = None
    agreement: str | None = None
    term_years: str | None = None
    end_date: str | None = None
    local_party: str | None = None
    local_country: str | None = None
    notes: str | None = None
    date_note: str | None = None
    new_partner: bool = False


_PLAIN = ("title", "summary", "place", "leader", "notes", "date_note")


def find_record(store: Store, ref: str) -> tuple[int, Record]:
    """A record by id or key, whole."""
    ref = clean_name(ref)  # a key typed with a stray format character or in fullwidth
    row = store.conn.execute(
        "SELECT id FROM records WHERE id = ? OR key = ?", (ref, ref)
    ).fetchone()
    record = load_record(store.conn, row[0]) if row else None
    if row is None or record is None:
        raise ValidationError("ID", ref, "no record by that id or key")
    return int(row[0]), record


def _blank(text: str | None) -> bool:
    return text is not None and not text.strip()


def _changes(store: Store, old: Record, request: EditRequest, partners: PartnerBook) -> dict:
    changes: dict[str, Any] = {}
    for name in _PLAIN:
        value = getattr(request, name)
        if value is not None:
            changes[name] = value.strip() or None
    if request.type is not None:
        changes["kind"], changes["type"] = kind_and_type(request.type, "--type")
    if request.date is not None:
        changes["date"] = UNKNOWN if _blank(request.date) else parse_date(request.date, "--date")
    if request.partner is not None:
        changes["partner"] = resolve_partner(
            partners,
            request.partner,
            request.country,
            request.region,
            request.partner_kind or "city",
            request.new_partner,
        )
    else:
        for option in ("country", "region", "partner_kind"):
            if getattr(request, option) is not None:
                partner = old.partner or "PARTNER"
                raise ValidationError(
                    f"--{option.replace('_', '-')}",
                    getattr(request, option),
                    "belongs to the partner, not the record: fix it with "
                    "`kerjasama partners edit {partner} --{option} ...`, "
                    "or give --partner to move this record to another partner",
                    partner=partner,
                    option=option.replace("partner_", ""),
                )
    if request.status is not None:
        changes["status"] = (
            None
            if _blank(request.status)
            else vocab.normalise("--status", request.status, vocab.STATUSES)
        )
    if request.sectors is not None:
        changes["sectors"] = parse_sectors([s for s in request.sectors if s.strip()], "--sector")
    people = list(old.people)
    for side, given in (("home", request.signatories), ("partner", request.partner_signatories)):
        if given is not None:
            check_people([p for p in given if p.name or p.title])
            people = [p for p in people if p.side != side] + [p for p in given if p.name]
    if tuple(people) != old.people:
        changes["people"] = tuple(sorted(people, key=lambda p: p.side != "home"))
    if request.agreement is not None:
        changes["agreement"] = (
            None
            if _blank(request.agreement)
            else agreement_key(store, request.agreement.strip(), old.key)
        )
    if request.term_years is not None:
        changes["term_years"] = (
            None if _blank(request.term_years) else term_option(request.term_years)
        )
    if request.end_date is not None:
        end = parse_end_date(request.end_date.strip() or None)
        changes["end_date"] = end.start if end else None
    country = None
    if request.local_country is not None:
        country = changes["local_country"] = country_code(request.local_country, "--local-country")
        if request.local_party is None and country is not None:
            # The record's own government by that country: London, CA's when the registry has
            # one; a country no government of that name has is refused (a record of London, GB
            # stored as CA showed "London (CA)" under GB's governors).
            local_party_of(store.conn, old.local_party, country)
    if request.local_party is not None:
        party, party_country, book = local_party_of(
            store.conn, request.local_party, country, _country_hints(store, old, changes, request)
        )
        changes["local_party"] = party
        if party != old.local_party and request.local_country is None:
            changes["local_country"] = party_country
        changes["_governments"] = book
    return changes


def _country_hints(
    store: Store, old: Record, changes: dict[str, Any], request: EditRequest
) -> tuple[str | None, ...]:
    """What settles `--local-party London` when two Londons exist and no --local-country is
    given: the record's own local country, then its partner's (the new partner's, when the
    same edit moves it; a partner it creates has the --country given)."""
    partner = changes.get("partner", old.partner)
    row = store.conn.execute("SELECT country FROM partners WHERE key = ?", (partner,)).fetchone()
    given = country_code(request.country, "--country") if request.country else None
    return (old.local_country, row[0] if row else given)


def edit_record(store: Store, ref: str, request: EditRequest) -> tuple[int, Record, dict]:
    """Validate the changes like `add`, then save them in one transaction (logged in history).

    Returns the id, the new record and the changed fields ({} when nothing changed).
    """
    check_options({f.name: getattr(request, f.name) for f in dataclasses.fields(request)})
    request = clean_fields(request)  # format characters out, compatibility forms folded
    record_id, old = find_record(store, ref)
    partners = PartnerBook(store.conn, lazy=True)
    changes = _changes(store, old, request, partners)
    governments = changes.pop("_governments", None)
    sources = SourceBook(store.conn)
    if request.sources is not None:
        changes["sources"] = tuple(
            sources.resolve(s, "--source") for s in request.sources if s.strip()
        )
    new = dataclasses.replace(old, **changes)
    # Checked only when a date changes, so a record stored before the rule existed can still
    # have its other fields edited; an edit that moves the date past the end names --date.
    names = ADD_FIELDS if request.end_date is not None else {**ADD_FIELDS, "date": "--date"}
    typed = {f: getattr(request, f) for f in ("date", "status", "term_years", "end_date")}
    typed = {f: text for f, text in typed.items() if text is not None}
    if {"date", "end_date"} & changes.keys():
        check_record(new, names, typed)
    given = {f: text for f, text in typed.items() if f != "date"}
    check_new_type(new, request.type, given, ADD_FIELDS)
    diff = history.diff(record_values(old), record_values(new))
    if not diff:
        return record_id, new, {}
    with store.transaction() as conn:
        if governments is not None:
            governments.write_new(conn)
        if new.partner:
            partners.ensure(conn, new.partner)
        for key in new.sources:
            sources.ensure(conn, key)
        try:
            save_record(conn, new, GovernorIndex(conn))
        except ValidationError as error:
            raise _as_typed(error, request) from None
    return record_id, new, diff


def _as_typed(error: ValidationError, request: EditRequest) -> ValidationError:
    """A refusal of the parent chain (store/records/parents.py) naming the option and the value
    typed: `--agreement '2'`, or `--partner`/`--local-party` when the move is what breaks it."""
    if error.field == "agreement" and request.agreement is not None:
        field, typed = "--agreement", request.agreement
    elif error.field == "partner" and request.partner is not None:
        field, typed = "--partner", request.partner
    elif error.field == "partner" and request.local_party is not None:
        field, typed = "--local-party", request.local_party
    else:
        return error
    return ValidationError(field, typed, error.msgid, error.suggestions, **error.values)


def delete_record(store: Store, ref: str) -> tuple[int, Record]:
    """Remove a record (its people, sectors and citations with it); events that belonged to it
    lose the link, and that change is logged too."""
    record_id, old = find_record(store, ref)
    with store.transaction() as conn:
        events = conn.execute(
            "SELECT id, key FROM records WHERE agreement_id = ?", (record_id,)
        ).fetchall()
        conn.execute(
            "DELETE FROM citations WHERE entity = 'record' AND entity_id = ?", (record_id,)
        )
        # Its evidence and document links go with it (the cascade): logged right before the
        # record's own row, so that `history restore` of this delete brings them back too.
        log_dossier_deleted(conn, record_id, old.key)
        conn.execute("DELETE FROM records WHERE id = ?", (record_id,))  # cascades, sets null
        history.log(
            conn, "record", record_id, old.key, history.DELETE, history.deleted(record_values(old))
        )
        for event_id, event_key in events:
            changes = {"agreement": [old.key, None]}
            history.log(conn, "record", event_id, event_key, history.UPDATE, changes)
    return record_id, old

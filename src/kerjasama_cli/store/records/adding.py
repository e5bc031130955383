"""`add`: validate one record from command-line values and write it, creating its partner."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from kerjasama_cli.domain import vocab
from kerjasama_cli.domain.countries import resolve_country, resolve_region
from kerjasama_cli.domain.dataset import country_code, parse_sectors
from kerjasama_cli.domain.dates import parse_date
from kerjasama_cli.domain.errors import ValidationError, Word
from kerjasama_cli.domain.fuzzy_date import UNKNOWN, FuzzyDate, key_part
from kerjasama_cli.domain.keys import check_record_key, reads_as_id, slugify
from kerjasama_cli.domain.limits import (
    MAX_NAME_CHARS,
    check_options,
    check_term_years,
    check_text,
    term_number,
)
from kerjasama_cli.domain.partner_names import named_with_country
from kerjasama_cli.domain.record_rules import check_record
from kerjasama_cli.domain.records import EVENT, Person, Record
from kerjasama_cli.domain.tabular import kind_and_type
from kerjasama_cli.domain.text_forms import clean_fields
from kerjasama_cli.store.database.connection import Store
from kerjasama_cli.store.parties.government_lookups import local_party_of
from kerjasama_cli.store.parties.partners import PartnerBook, SourceBook
from kerjasama_cli.store.records.governor_index import GovernorIndex
from kerjasama_cli.store.records.writer import save_record


@dataclass
class AddRequest:
    """The raw values of `kerjasama add`, before normalisation."""

    partner: str
    type: str
    date: str | None = None
    country: str | None = None
    region: str | None = None
    partner_kind: str = "city"
    people: list[Person] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    title: str | None = None
    summary: str | None = None
    status: str | None = None
    place: str | None = None
    leader: str | None = None
    sources: list[str] = field(default_factory=list)
    agreement: str | None = None
    term_years: str | None = None  # as typed: `term_option` parses it, as `edit` does
    end_date: str | None = None
    local_party: str | None = None
    local_country: str | None = None
    notes: str | None = None
    date_note: str | None = None  # how the date was inferred, as import's date_note column
    key: str | None = None
    new_partner: bool = False
    new: bool = False  # another record although one of the same partner, type and date exists


def term_option(text: str) -> float:
    """`--term-years TEXT` of `add` and `edit`: a number of years (`5`, `2,5`) within the one
    bound of `domain/limits.py`, refused in one line quoting the text as typed."""
    try:
        value = term_number(text)
    except ValueError:
        raise ValidationError("--term-years", text, "must be a number of years") from None
    if value < 0:
        raise ValidationError("--term-years", text, "must not be negative")
    check_term_years("--term-years", value, text)
    return value


# What `add` and `edit` call the fields the record rules name.
ADD_FIELDS = {"end_date": "--end-date", "term_years": "--term-years", "status": "--status"}


def _unique_key(store: Store, base: str) -> str:
    key, n = base, 2
    while store.conn.execute("SELECT 1 FROM records WHERE key = ?", (key,)).fetchone():
        key, n = f"{base}-{n}", n + 1
    return key


def parse_end_date(text: str | None, field: str = "--end-date") -> FuzzyDate | None:
    """An end of validity: a full day, or None."""
    end_date = parse_date(text, field) if text else None
    if end_date is not None and end_date.precision != "day":
        raise ValidationError(field, text, "needs a full day (YYYY-MM-DD)")
    return end_date


def check_people(people: list[Person]) -> None:
    """Every signatory needs a name; names and titles are bounded like any other name."""
    for person in people:
        field = "--signatory" if person.side == "home" else "--partner-signatory"
        if not person.name:
            raise ValidationError(field, person.name, "needs a name ('Name, Title')")
        check_text(field, person.name, MAX_NAME_CHARS)
        check_text(field, person.title, MAX_NAME_CHARS)


def resolve_partner(
    book: PartnerBook,
    name: str,
    country_text: str | None,
    region_text: str | None,
    kind_text: str = "city",
    new_partner: bool = False,
) -> str:
    """The partner key for `--partner NAME [--country C --region R --partner-kind K]`.

    A name that is already a partner in another country is refused unless `new_partner`: a
    mistyped country must not silently create a second Shanghai. With no --country, the name
    may carry one ("Varna, Bulgaria"), read as `import` reads a partner cell."""
    if not name.strip():
        raise ValidationError("--partner", name, "is empty")
    country = country_code(country_text, "--country")
    region = resolve_region(region_text, country, "--region") if region_text else None
    kind = vocab.normalise("--partner-kind", kind_text, vocab.PARTNER_KINDS)
    try:
        return book.resolve(
            name, country, region, kind, field="--partner", allow_homonym=new_partner
        )
    except ValidationError:
        if country is not None:
            raise
        carried = named_with_country(name, lambda text: resolve_country(text.strip(), "--country"))
        if carried is None:
            raise
        bare, found = carried
        if region_text:
            region = resolve_region(region_text, found.code, "--region")
        return book.resolve(
            bare, found.code, region or found.region, kind, field="--partner",
            allow_homonym=new_partner,
        )  # fmt: skip


def agreement_key(store: Store, ref: str | None, own_key: str | None = None) -> str | None:
    """`--agreement` (an id or a key) as the key of the document an event belongs to.

    Refused when it names no record, the record being edited (`own_key`), or an event: an event
    belongs to a document, whose stages and validity it feeds, so a record under itself or a
    visit under an invitation is a loop or a misfiled event that no read shows right.
    """
    if not ref:
        return ref
    by_id = reads_as_id(ref)
    row = store.conn.execute(
        f"SELECT key, kind, type FROM records WHERE {'id' if by_id else 'key'} = ?",
        (int(ref) if by_id else ref,),
    ).fetchone()
    if row is None:
        raise ValidationError("--agreement", ref, "no such agreement")
    key, kind, type_code = row
    if own_key is not None and key == own_key:
        raise ValidationError(
            "--agreement", ref, "is this record itself; name the document it belongs to"
        )
    if kind == EVENT:
        raise ValidationError(
            "--agreement",
            ref,
            "is an event ({type}); name the document it belongs to",
            type=Word("type", type_code),
        )
    return str(key)


def _refuse_repeat(store: Store, record: Record, partners: PartnerBook, named: str) -> None:
    """A record of a known partner with the same type and date as a stored one is refused."""
    from kerjasama_cli.store.records.duplicates import repeated, same_record

    partner_id = partners.ids.get(record.partner or "")
    if partner_id is None:
        return  # a new partner has no records yet
    found = same_record(store.conn, record, partner_id)
    if found is not None:
        raise repeated("--partner", named, found)


# Text stored as typed but trimmed, '' as none: as `edit` and `import` store it, so an export
# imported back is the same record (`--key ' x '` became another record `x`).
_TRIMMED = ("key", "title", "summary", "place", "leader", "notes", "date_note")


def _trimmed(request: AddRequest) -> AddRequest:
    """`request` with its plain text trimmed and blank text as None; a key that reads as an id
    refused (`show 12` reaches record #12 first)."""
    values = {}
    for name in _TRIMMED:
        text = getattr(request, name)
        values[name] = text.strip() or None if text is not None else None
    check_record_key(values["key"], "--key")
    return dataclasses.replace(request, **values)


def add_record(store: Store, request: AddRequest) -> tuple[int, Record]:
    """Validate everything first, then write partner, sources and record in one transaction."""
    check_options({f.name: getattr(request, f.name) for f in dataclasses.fields(request)})
    request = _trimmed(clean_fields(request))
    kind, rtype = kind_and_type(request.type, "--type")
    date = parse_date(request.date, "--date") if request.date else UNKNOWN
    end_date = parse_end_date(request.end_date)
    status = vocab.normalise("--status", request.status, vocab.STATUSES) if request.status else None
    sectors = parse_sectors(request.sectors, "--sector")
    check_people(request.people)
    local_party, local_country, governments = local_party_of(
        store.conn,
        request.local_party,
        country_code(request.local_country, "--local-country"),
    )
    partners = PartnerBook(store.conn, lazy=True)
    partner_key = resolve_partner(
        partners,
        request.partner,
        request.country,
        request.region,
        request.partner_kind,
        request.new_partner,
    )
    sources = SourceBook(store.conn)
    source_keys = tuple(sources.resolve(ref, "--source") for ref in request.sources)
    if (
        request.key
        and store.conn.execute("SELECT 1 FROM records WHERE key = ?", (request.key,)).fetchone()
    ):
        raise ValidationError("--key", request.key, "already exists")
    record = Record(
        key=request.key or _unique_key(store, slugify(partner_key, rtype, key_part(date))),
        kind=kind,
        type=rtype,
        partner=partner_key,
        date=date,
        local_party=local_party,
        local_country=local_country,
        title=request.title,
        summary=request.summary,
        status=status,
        place=request.place,
        leader=request.leader,
        people=tuple(request.people),
        sectors=sectors,
        notes=request.notes,
        date_note=request.date_note,
        agreement=agreement_key(store, request.agreement),
        term_years=None if request.term_years is None else term_option(request.term_years),
        end_date=end_date.start if end_date else None,
        sources=source_keys,
    )
    check_record(record, ADD_FIELDS, {"status": request.status, "end_date": request.end_date})
    if not (request.new or request.key):
        _refuse_repeat(store, record, partners, request.partner)
    with store.transaction() as conn:
        governments.write_new(conn)
        partners.ensure(conn, partner_key)
        for key in source_keys:
            sources.ensure(conn, key)
        try:
            record_id, _ = save_record(conn, record, GovernorIndex(conn))
        except ValidationError as error:  # another partnership's document (records/parents.py)
            if error.field != "agreement":
                raise
            raise ValidationError(
                "--agreement", request.agreement, error.msgid, error.suggestions, **error.values
            ) from None
    return record_id, record

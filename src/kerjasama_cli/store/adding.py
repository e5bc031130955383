"""`add`: validate one record from command-line values and write it, creating its partner."""

from __future__ import annotations

from dataclasses import dataclass, field

from kerjasama_cli.domain import vocab
from kerjasama_cli.domain.countries import resolve_region
from kerjasama_cli.domain.dataset import country_code, parse_sectors
from kerjasama_cli.domain.dates import UNKNOWN, parse_date
from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.keys import slugify
from kerjasama_cli.domain.records import AGREEMENT, EVENT, Partner, Person, Record, Source
from kerjasama_cli.store.connection import Store
from kerjasama_cli.store.writer import GovernorIndex, save_partner, save_record, save_source


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
    term_years: float | None = None
    end_date: str | None = None
    local_party: str | None = None
    local_country: str | None = None
    notes: str | None = None
    key: str | None = None


def _kind_and_type(text: str) -> tuple[str, str]:
    try:
        return AGREEMENT, vocab.normalise("--type", text, vocab.AGREEMENT_TYPES)
    except ValidationError:
        pass
    try:
        return EVENT, vocab.normalise("--type", text, vocab.EVENT_TYPES)
    except ValidationError:
        types = {**vocab.AGREEMENT_TYPES, **vocab.EVENT_TYPES}
        vocab.normalise("--type", text, types)  # raises with suggestions from both lists
        raise


def _unique_key(store: Store, base: str) -> str:
    key, n = base, 2
    while store.conn.execute("SELECT 1 FROM records WHERE key = ?", (key,)).fetchone():
        key, n = f"{base}-{n}", n + 1
    return key


def add_record(store: Store, request: AddRequest) -> tuple[int, Record]:
    """Validate everything first, then write partner, sources and record in one transaction."""
    kind, rtype = _kind_and_type(request.type)
    if not request.partner.strip():
        raise ValidationError("--partner", request.partner, "is empty")
    date = parse_date(request.date, "--date") if request.date else UNKNOWN
    end_date = parse_date(request.end_date, "--end-date") if request.end_date else None
    if end_date is not None and end_date.precision != "day":
        raise ValidationError("--end-date", request.end_date, "needs a full day (YYYY-MM-DD)")
    country = country_code(request.country, "--country")
    region = resolve_region(request.region, country, "--region") if request.region else None
    partner_kind = vocab.normalise("--partner-kind", request.partner_kind, vocab.PARTNER_KINDS)
    status = vocab.normalise("--status", request.status, vocab.STATUSES) if request.status else None
    sectors = parse_sectors(request.sectors, "--sector")
    for person in request.people:
        if not person.name:
            raise ValidationError("--signatory", person.name, "needs a name ('Name, Title')")
    home = store.meta("home_party") or "DKI Jakarta"
    local_party = request.local_party or home
    local_country = country_code(request.local_country, "--local-country") or (
        store.meta("home_country") if local_party == home else None
    )

    from kerjasama_cli.store.reader import find_partners

    known = find_partners(store.conn, request.partner)
    new_partner = None
    if known:
        partner_key = known[0]["key"]
    elif country is None and partner_kind not in ("organisation", "institution"):
        raise ValidationError(
            "--partner", request.partner, "no such partner; give --country to create it"
        )
    else:
        new_partner = Partner(
            slugify(request.partner, country),
            request.partner.strip(),
            partner_kind,
            country,
            region,
        )
        partner_key = new_partner.key
    new_sources = []
    source_keys = []
    for ref in request.sources:
        if store.conn.execute("SELECT 1 FROM sources WHERE key = ?", (ref,)).fetchone():
            source_keys.append(ref)
        elif ref.startswith(("http://", "https://")):
            new_sources.append(Source(key=slugify(ref)[:80], url=ref))
            source_keys.append(new_sources[-1].key)
        else:
            raise ValidationError("--source", ref, "no such source key; give a URL to create one")
    record = Record(
        key=request.key or _unique_key(store, slugify(partner_key, rtype, date.iso())),
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
        agreement=request.agreement,
        term_years=request.term_years,
        end_date=end_date.start if end_date else None,
        sources=tuple(source_keys),
    )
    if (
        request.key
        and store.conn.execute("SELECT 1 FROM records WHERE key = ?", (request.key,)).fetchone()
    ):
        raise ValidationError("--key", request.key, "already exists")
    if record.agreement and record.agreement.isdigit():
        row = store.conn.execute(
            "SELECT key FROM records WHERE id = ?", (int(record.agreement),)
        ).fetchone()
        if row is None:
            raise ValidationError("--agreement", record.agreement, "no such agreement")
        record = Record(**{**vars(record), "agreement": row[0]})
    with store.transaction() as conn:
        if new_partner is not None:
            save_partner(conn, new_partner)
        for source in new_sources:
            save_source(conn, source)
        record_id, _ = save_record(conn, record, GovernorIndex(conn))
    return record_id, record

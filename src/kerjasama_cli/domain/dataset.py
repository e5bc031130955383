"""Turn plain mappings (parsed YAML or JSON, the `data/seed.yaml` shape) into validated records.

Every value goes through the same normalisation as `add`: countries, dates, vocabularies. Errors
carry the place they come from (`agreements[3]`), so a bad file is reported precisely.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from kerjasama_cli.domain import vocab
from kerjasama_cli.domain.countries import resolve_country, resolve_region
from kerjasama_cli.domain.date_specs import parse_date_spec
from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.fuzzy_date import key_part
from kerjasama_cli.domain.keys import slugify
from kerjasama_cli.domain.record_rules import check_record
from kerjasama_cli.domain.records import (
    AGREEMENT,
    EVENT,
    Dataset,
    Leader,
    Partner,
    Person,
    Record,
    ReportedFigure,
    Source,
)
from kerjasama_cli.domain.rows import parse_term
from kerjasama_cli.domain.schema import check_fields
from kerjasama_cli.domain.sectors import normalise_all as normalise_sectors
from kerjasama_cli.domain.text_forms import clean_row


def _text(item: Mapping[str, Any], name: str, required: bool = False) -> str | None:
    value = item.get(name)
    if value is None or str(value).strip() == "":
        if required:
            raise ValidationError(name, value, "is required")
        return None
    return str(value).strip()


def _list(item: Mapping[str, Any], name: str) -> list[Any]:
    value = item.get(name)
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(";") if v.strip()]
    if not isinstance(value, list):
        raise ValidationError(name, value, "must be a list")
    return value


def full_day(value: object, name: str) -> dt.date | None:
    """A date given to the day (a leader's term, an end of validity); None for none."""
    if value is None:
        return None
    date = parse_date_spec(value, name)
    if date.precision != "day":
        raise ValidationError(name, value, "needs a full day (YYYY-MM-DD)")
    return date.start


def country_code(value: object, field: str = "country") -> str | None:
    """ISO alpha-2 for anything a user may type as a country; None for none."""
    if value is None or str(value).strip() == "":
        return None
    return resolve_country(str(value), field).code


def parse_people(values: Iterable[Any], field: str = "signatories") -> tuple[Person, ...]:
    """Signatories or participants: mappings with side/name/title."""
    people = []
    for value in values:
        if not isinstance(value, Mapping):
            raise ValidationError(field, value, "each entry needs side, name and title")
        side = _text(value, "side") or "home"
        if side not in ("home", "partner"):
            raise ValidationError(f"{field}.side", side, "must be 'home' or 'partner'")
        people.append(Person(side, _text(value, "name", True) or "", _text(value, "title")))
    return tuple(people)


def parse_sectors(values: Iterable[Any], field: str = "sector") -> tuple[str, ...]:
    """Sector slugs, normalised and de-duplicated in order."""
    return normalise_sectors(field, [str(v) for v in values])


def parse_leader(item: Mapping[str, Any], home: str) -> Leader:
    name = _text(item, "name", True) or ""
    start = full_day(item.get("from"), "from")
    if start is None:
        raise ValidationError("from", None, "is required")
    end = full_day(item.get("to"), "to")
    if end is not None and end < start:
        raise ValidationError("to", item.get("to"), "is before 'from'")
    return Leader(
        key=_text(item, "key") or slugify(name, start.isoformat()),
        name=name,
        title=_text(item, "title") or "Gubernur",
        start=start,
        end=end,
        local_party=_text(item, "local_party") or home,
        note=_text(item, "note"),
        aliases=tuple(str(a) for a in _list(item, "aliases")),
        # of two governments of one name (London, GB or CA), which: as a record says it
        local_country=country_code(_text(item, "local_country"), "local_country"),
    )


def parse_source(item: Mapping[str, Any]) -> Source:
    return Source(
        key=_text(item, "key", True) or "",
        publication=_text(item, "publication"),
        title=_text(item, "title"),
        author=_text(item, "author"),
        url=_text(item, "url"),
        published=parse_date_spec(item.get("published"), "published"),
        file=_text(item, "file"),
    )


def parse_partner(item: Mapping[str, Any]) -> Partner:
    name = _text(item, "name", True) or ""
    country = country_code(item.get("country"))
    region = _text(item, "region")
    return Partner(
        key=_text(item, "key") or slugify(name, country),
        name=name,
        kind=vocab.normalise("kind", _text(item, "kind") or "city", vocab.PARTNER_KINDS),
        country=country,
        region=resolve_region(region, country) if region else None,
        aliases=tuple(str(a) for a in _list(item, "aliases")),
        notes=_text(item, "notes"),
        sources=tuple(str(s) for s in _list(item, "sources")),
    )


def parse_record(item: Mapping[str, Any], kind: str, home: str, home_country: str | None) -> Record:
    types = vocab.AGREEMENT_TYPES if kind == AGREEMENT else vocab.EVENT_TYPES
    rtype = vocab.normalise("type", _text(item, "type", True) or "", types)
    partner = _text(item, "partner")
    if partner is None and rtype != "programme":
        raise ValidationError("partner", None, "is required")
    date = parse_date_spec(item.get("date"), "date")
    status = _text(item, "status")
    term = item.get("term_years")
    people_field = "participants" if kind == EVENT and "participants" in item else "signatories"
    local_party = _text(item, "local_party") or home
    record = Record(
        key=_text(item, "key") or slugify(partner or _text(item, "title"), rtype, key_part(date)),
        kind=kind,
        type=rtype,
        partner=partner,
        date=date,
        local_party=local_party,
        local_country=country_code(item.get("local_country"), "local_country")
        or (home_country if local_party == home else None),
        title=_text(item, "title"),
        summary=_text(item, "summary"),
        status=vocab.normalise("status", status, vocab.STATUSES) if status else None,
        place=_text(item, "place"),
        leader=_text(item, "leader"),
        people=parse_people(_list(item, people_field), people_field),
        sectors=parse_sectors(_list(item, "sectors")),
        notes=_text(item, "notes"),
        date_note=_text(item, "date_note"),
        agreement=_text(item, "agreement"),
        term_years=parse_term(term) if term is not None else None,
        end_date=full_day(item.get("end_date"), "end_date"),
        sources=tuple(str(s) for s in _list(item, "sources")),
    )
    check_record(record)  # the rules `add` and `edit` apply (an end before the date, ...)
    return record


def parse_figure(item: Mapping[str, Any], home: str) -> ReportedFigure:
    count = item.get("count")
    if not isinstance(count, int) or count < 0:
        raise ValidationError("count", count, "must be a whole number")
    return ReportedFigure(
        key=_text(item, "key", True) or "",
        subject=_text(item, "subject", True) or "",
        count=count,
        period=parse_date_spec(item.get("period"), "period"),
        local_party=_text(item, "local_party") or home,
        qualifier=_text(item, "qualifier"),
        statement=_text(item, "statement"),
        reported_by=_text(item, "reported_by"),
        sources=tuple(str(s) for s in _list(item, "sources")),
        local_country=country_code(_text(item, "local_country"), "local_country"),
    )


def _government(item: Mapping[str, Any]) -> Any:
    from kerjasama_cli.domain.governments import parse_government

    return parse_government(item)


def _sectors(entries: object, dataset: Dataset) -> None:
    """The file's own sectors, known before its records are read (they may use them)."""
    from kerjasama_cli.domain import sectors

    if entries is None:
        return
    if not isinstance(entries, list):
        raise ValidationError("sectors", entries, "expected a list, one mapping per sector")
    for number, item in enumerate(entries):
        if not isinstance(item, Mapping):
            raise ValidationError("entry", item, "expected a mapping of fields").at(
                f"sectors[{number}]"
            )
        try:
            dataset.sectors.append(sectors.parse_sector(clean_row(item)))
        except ValidationError as error:
            raise error.at(f"sectors[{number}]") from None
    sectors.extend(dataset.sectors)


def parse_dataset(
    data: Mapping[str, Any],
    default_home: str = "DKI Jakarta",
    rejected: list[tuple[str, int, ValidationError]] | None = None,
) -> Dataset:
    """Validate a whole document; the first bad entry raises, located as `section[i]`.

    With a `rejected` list, every bad entry is appended there as (section, index, error) instead
    and the dataset holds the good ones.
    """
    if not isinstance(data, Mapping):
        raise ValidationError("document", data, "must be a mapping of sections")
    home_block = data.get("home") or {}
    if not isinstance(home_block, Mapping):
        raise ValidationError("home", home_block, "expected a mapping with local_party")
    home_errors = check_fields(home_block)
    if home_errors:
        raise home_errors[0].at("home")
    home_block = clean_row(home_block)
    home = _text(home_block, "local_party") or default_home
    home_country = country_code(home_block.get("local_country"), "local_country")
    dataset = Dataset(home_party=home if data.get("home") else None, home_country=home_country)
    if data.get("home"):
        from kerjasama_cli.domain.governments import parse_government

        try:
            dataset.home_government = parse_government(home_block, "home")
        except ValidationError as error:
            raise error.at("home") from None
    _sectors(data.get("sectors"), dataset)
    sections = (
        ("governments", lambda i: dataset.governments.append(_government(i))),
        ("leaders", lambda i: dataset.leaders.append(parse_leader(i, home))),
        ("sources", lambda i: dataset.sources.append(parse_source(i))),
        ("partners", lambda i: dataset.partners.append(parse_partner(i))),
        (
            "agreements",
            lambda i: dataset.records.append(parse_record(i, AGREEMENT, home, home_country)),
        ),
        ("events", lambda i: dataset.records.append(parse_record(i, EVENT, home, home_country))),
        ("reported_figures", lambda i: dataset.figures.append(parse_figure(i, home))),
    )
    for section, _ in sections:
        entries = data.get(section)
        if entries is not None and not isinstance(entries, list):
            raise ValidationError(section, entries, "expected a list, one mapping per entry")
    for section, add in sections:
        for number, item in enumerate(data.get(section) or []):
            try:
                if not isinstance(item, Mapping):
                    raise ValidationError("entry", item, "expected a mapping of fields")
                # Types first, so the parsers below only ever see the types the schema declares.
                errors = check_fields(item)
                if errors:
                    raise errors[0]
                add(clean_row(item))  # format characters out, compatibility forms folded
            except ValidationError as error:
                key = item.get("key") if isinstance(item, Mapping) else None
                if not isinstance(key, str) or len(key) > 80 or not key.isprintable():
                    key = None  # only a readable key helps to locate the entry
                located = error.at(f"{section}[{number}]" + (f" ({key})" if key else ""))
                if rejected is None:
                    raise located from None
                rejected.append((section, number, located))
    return dataset

"""Validate flat rows (CSV, NDJSON, a JSON list) into Records, as `add` validates its options.

A million-row file repeats the same few countries, types, dates and sector lists, so every
normaliser is memoised on the raw text (errors included, capped so memory stays flat) and the
common path of `RowParser.parse` does dictionary lookups, not parsing. Partners and sources are
resolved through callbacks the store provides; this module knows no SQL.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from kerjasama_cli.domain import vocab
from kerjasama_cli.domain.countries import CountryMatch, resolve_country, resolve_region
from kerjasama_cli.domain.date_specs import parse_date_spec
from kerjasama_cli.domain.dates import parse_date
from kerjasama_cli.domain.errors import RowRejected, ValidationError
from kerjasama_cli.domain.fuzzy_date import UNKNOWN, FuzzyDate, key_part
from kerjasama_cli.domain.keys import check_record_key, slug_part
from kerjasama_cli.domain.limits import check_term_years, term_number
from kerjasama_cli.domain.partner_names import named_with_country
from kerjasama_cli.domain.record_rules import check_record
from kerjasama_cli.domain.records import Person, Record
from kerjasama_cli.domain.rows_fast import FastPath
from kerjasama_cli.domain.schema import check_fields
from kerjasama_cli.domain.sectors import normalise_all as normalise_sectors
from kerjasama_cli.domain.stages import RowStages, StageList
from kerjasama_cli.domain.tabular import kind_and_type, list_items, parse_person, text_value
from kerjasama_cli.domain.text_forms import clean_row, clean_value

# (name, country code, region, partner kind, explicit key, field label) -> partner key
PartnerResolver = Callable[[str, "str | None", "str | None", str, "str | None", str], str]
SourceResolver = Callable[[str, str], str]
# (local party as named, its country) -> the government's own name (`Surabaya` -> `Kota Surabaya`)
LocalResolver = Callable[[str, "str | None"], str]
# a local government's name -> its stage list (the regulation's when it has none of its own)
StageLists = Callable[[str], StageList]


class Memo:
    """A pure one-argument function's results, errors included, capped so memory stays flat."""

    def __init__(self, fn: Callable[[Any], Any], cap: int = 50_000) -> None:
        self.fn = fn
        self.cap = cap
        self.cache: dict[Any, Any] = {}

    def __call__(self, value: Any) -> Any:
        hit = self.cache.get(value, self)
        if hit is self:
            try:
                hit = self.fn(value)
            except ValidationError as error:
                hit = error
            if len(self.cache) >= self.cap:
                self.cache.clear()
            self.cache[value] = hit
        if isinstance(hit, ValidationError):
            # A fresh exception each time: re-raising one object would grow its traceback.
            raise hit.at(None)
        return hit


def parse_term(value: Any, field: str = "term_years") -> float:
    """A term of validity in years: a number, or text such as `5` or `2,5`, within the one
    bound `domain/limits.py` keeps (the message quotes the value as given, `500` not `500.0`)."""
    try:
        term = float(value) if not isinstance(value, str) else term_number(value)
    except (ValueError, OverflowError):
        raise ValidationError(field, value, "must be a number of years") from None
    check_term_years(field, term, given=value)
    return term


_SEPARATOR = re.compile(r"[;,]")


class RowParser:
    """Turn rows of canonical fields (`domain.tabular.FIELDS`) into Records.

    `labels` names each field as the input does (its column header), so errors point at what the
    user sees; `defaults` are `--set` values, used where a row leaves a field empty.
    """

    def __init__(
        self,
        home: str,
        home_country: str | None,
        resolve_partner: PartnerResolver,
        resolve_source: SourceResolver,
        defaults: Mapping[str, Any] | None = None,
        labels: dict[str, str] | None = None,
        fast: bool = True,
        resolve_local: LocalResolver | None = None,
        stage_lists: StageLists | None = None,
    ) -> None:
        self.home = home
        # A row's stage is checked against its local party's list (`stages list`).
        self.stages = RowStages(stage_lists)
        # Keys and records name a local party by its government's name, whichever alias the
        # row used: `Surabaya` and `Kota Surabaya` are one record (issue 19).
        self.resolve_local = resolve_local
        self.home_country = home_country
        self.resolve_partner = resolve_partner
        self.resolve_source = resolve_source
        given = {k: v for k, v in (defaults or {}).items() if v not in (None, "")}
        self.default_stage = given.pop("stage", None)  # not a field of the record: parse_staged
        self.defaults = given
        self.labels = labels if labels is not None else {}  # filled as a JSON file is read
        label = self.label
        self._country = Memo(lambda text: resolve_country(text.strip(), label("country")))
        self._local_country = Memo(
            lambda text: resolve_country(text.strip(), label("local_country")).code
        )
        self._date = Memo(lambda text: parse_date(text.strip(), label("date")))
        self._type = Memo(lambda pair: kind_and_type(pair[1].strip(), label("type"), pair[0]))
        self._kind = Memo(lambda text: vocab.record_kind("kind", text))
        self._status = Memo(
            lambda text: vocab.normalise(label("status"), text.strip(), vocab.STATUSES)
        )
        self._sectors = Memo(self._sector_list)
        self._partner_kind = Memo(
            lambda text: vocab.normalise(label("partner_kind"), text.strip(), vocab.PARTNER_KINDS)
        )
        self._region = Memo(lambda pair: resolve_region(pair[0], pair[1], label("region")))
        self._slug = Memo(slug_part, cap=200_000)
        self._iso = Memo(key_part)
        # The common row (all text, every value seen before) by dict lookups: rows_fast.py.
        self._fast = FastPath(self).parse if fast else None

    def label(self, field: str) -> str:
        """The name the input uses for a field."""
        return self.labels.get(field, field)

    def _sector_list(self, text: str) -> tuple[str, ...]:
        parts = [p.strip() for p in _SEPARATOR.split(text)]
        return normalise_sectors(self.label("sectors"), [p for p in parts if p])

    def parse(self, row: Mapping[str, Any]) -> Record:
        """One row (canonical field names -> raw values) to a Record, or RowRejected."""
        if self.defaults:
            row = {**self.defaults, **{k: v for k, v in row.items() if v not in (None, "")}}
        row = clean_row(row)  # as text_forms.py cleans text; an ASCII row comes back as it is
        if self._fast is not None:
            record = self._fast(row)
            if record is not None:
                return record
        return self._parse(row)

    def parse_staged(self, row: Mapping[str, Any]) -> tuple[Record, str | None]:
        """`parse`, and the row's stage as a key of its local party's stage list (None when
        the row gives none): the stage is not a field of the record but evidence the store
        keeps beside it, so a bad one rejects the row with the record's own errors."""
        stage = row.get("stage")
        if stage in (None, ""):
            stage = self.default_stage
        stage = clean_value("stage", stage)
        if "stage" in row:
            row = {k: v for k, v in row.items() if k != "stage"}
        if stage is None:
            return self.parse(row), None
        field = self.label("stage")
        try:
            record = self.parse(row)
        except RowRejected as rejected:
            problem = self.stages.check(stage, None, field)
            if isinstance(problem, ValidationError):
                rejected.errors.append(problem)
            raise
        key = self.stages.check(stage, record.local_party, field)
        if isinstance(key, ValidationError):
            raise RowRejected([key])
        return record, key

    def _parse(self, row: Mapping[str, Any]) -> Record:
        """Every field through its normaliser, every error collected."""
        # Types first: everything below may then rely on text being text and lists being lists.
        errors = check_fields(row, self.label)
        if errors:
            raise RowRejected(errors)
        get = row.get
        kind = rtype = None
        text = get("kind")
        if text:
            try:
                kind = self._kind(str(text))
            except ValidationError as error:
                errors.append(error)
        text = get("type")
        if not text:
            reason = "is required; --set type=VALUE fills the records that leave it empty"
            errors.append(ValidationError(self.label("type"), None, reason))
        else:
            try:
                kind, rtype = self._type((kind, str(text)))
            except ValidationError as error:
                errors.append(error)
        date = UNKNOWN
        text = get("date")
        if text:
            try:
                date = self._date(text) if isinstance(text, str) else self._date_spec(text)
            except ValidationError as error:
                errors.append(error)
        match: CountryMatch | None = None
        text = get("country")
        if text:
            try:
                match = self._country(str(text))
            except ValidationError as error:
                errors.append(error)
        region = text_value(get("region"))
        if region and match is not None:
            try:
                region = self._region((region, match.code))
            except ValidationError as error:
                errors.append(error)
        elif match is not None:
            region = match.region  # "Scotland, United Kingdom" names the region itself
        partner_kind = "city"
        text = get("partner_kind")
        if text:
            try:
                partner_kind = self._partner_kind(str(text))
            except ValidationError as error:
                errors.append(error)
        status = None
        text = get("status")
        if text and str(text).strip():
            try:
                status = self._status(str(text))
            except ValidationError as error:
                errors.append(error)
        sectors: tuple[str, ...] = ()
        text = get("sectors")
        if text:
            try:
                sectors = self._sectors(
                    ";".join(map(str, text)) if isinstance(text, list) else text
                )
            except ValidationError as error:
                errors.append(error)
        people: tuple[Person, ...] = ()
        if get("signatories") or get("partner_signatories"):
            try:
                people = self._people(row)
            except ValidationError as error:
                errors.append(error)
        local_party = text_value(get("local_party")) or self.home
        local_country = self.home_country if local_party == self.home else None
        text = get("local_country")
        if text and str(text).strip():
            try:
                local_country = self._local_country(str(text))
            except ValidationError as error:
                errors.append(error)
        try:  # a name two governments share, given without a country, is refused
            local_party, local_country = self.canonical_local(local_party, local_country)
        except ValidationError as e:  # named as the input names the field
            errors.append(ValidationError(self.label(e.field), e.value, e.msgid, **e.values))
        term = end_date = None
        if text_value(get("term_years")):
            try:
                term = parse_term(get("term_years"), self.label("term_years"))
            except ValidationError as error:
                errors.append(error)
        if text_value(get("end_date")):
            try:
                end_date = self._end_date(get("end_date"))
            except ValidationError as error:
                errors.append(error)
        partner_name = text_value(get("partner"))
        partner_key = text_value(get("partner_key"))
        if partner_name is None and partner_key is None and rtype != "programme":
            errors.append(ValidationError(self.label("partner"), None, "is required"))
        if errors:
            raise RowRejected(errors)
        assert kind is not None and rtype is not None
        partner = None
        sources: tuple[str, ...] = ()
        try:
            if partner_name or partner_key:
                name = partner_name or partner_key or ""
                partner = self._partner(name, match, region, partner_kind, partner_key)
            if get("sources"):
                field = self.label("sources")
                refs = list_items(get("sources"))
                sources = tuple(self.resolve_source(str(s).strip(), field) for s in refs)
        except ValidationError as error:
            raise RowRejected([error]) from None
        title = text_value(get("title"))
        key = text_value(get("key"))
        try:
            check_record_key(key, self.label("key"))
        except ValidationError as error:
            raise RowRejected([error]) from None
        if key is None:
            key = self._derive_key(partner or title, rtype, date, local_party, local_country)
        record = Record(
            key=key,
            kind=kind,
            type=rtype,
            partner=partner,
            date=date,
            local_party=local_party,
            local_country=local_country,
            title=title,
            summary=text_value(get("summary")),
            status=status,
            place=text_value(get("place")),
            leader=text_value(get("leader")),
            people=people,
            sectors=sectors,
            notes=text_value(get("notes")),
            date_note=text_value(get("date_note")),
            agreement=text_value(get("agreement")),
            term_years=term,
            end_date=end_date,
            sources=sources,
        )
        try:  # the rules shared with `add` and `edit` (domain/record_rules.py)
            check_record(
                record,
                {f: self.label(f) for f in ("end_date", "term_years", "status")},
                {f: get(f) for f in ("end_date", "status") if text_value(get(f))},  # as typed
            )
        except ValidationError as error:
            raise RowRejected([error]) from None
        return record

    def canonical_local(self, party: str, country: str | None) -> tuple[str, str | None]:
        """The local party by its government's name (the home government's country when the
        row named the home government by an alias and gave no country)."""
        if self.resolve_local is None:
            return party, country
        named = self.resolve_local(party, country)
        if named == self.home and named != party and country is None:
            country = self.home_country
        return named, country

    def _date_spec(self, value: Any) -> FuzzyDate:
        return parse_date_spec(value, self.label("date"))  # {"from", "to"}, {"by"}, a year

    def _end_date(self, value: Any) -> Any:
        field = self.label("end_date")
        date = parse_date_spec(value.strip() if isinstance(value, str) else value, field)
        if date.precision != "day" or date.start is None:
            raise ValidationError(field, value, "needs a full day (YYYY-MM-DD)")
        return date.start

    def _people(self, row: Mapping[str, Any]) -> tuple[Person, ...]:
        home, other = self.label("signatories"), self.label("partner_signatories")
        people = [parse_person(v, "home", home) for v in list_items(row.get("signatories"))]
        people += [
            parse_person(v, "partner", other) for v in list_items(row.get("partner_signatories"))
        ]
        return tuple(people)

    def _partner(
        self,
        name: str,
        match: CountryMatch | None,
        region: str | None,
        kind: str,
        key: str | None,
    ) -> str:
        """The partner's key: a known name, or a new partner in the given country. With no
        country given, the name may carry one ("Varna, Bulgaria", "Falkland Islands")."""
        field = self.label("partner")
        code = match.code if match else None
        try:
            return self.resolve_partner(name, code, region, kind, key, field)
        except ValidationError:
            if match is not None or key is not None:
                raise
            carried = named_with_country(name, self._country)
            if carried is None:
                raise
            bare, found = carried
            return self.resolve_partner(bare, found.code, found.region, kind, None, field)

    def _derive_key(
        self,
        base: str | None,
        rtype: str,
        date: FuzzyDate,
        local_party: str,
        local_country: str | None,
    ) -> str:
        """partner-type-date (as `add` derives it), plus the local party when it is not the
        home government: equal to slugify() of all the parts, one memoised part at a time."""
        slug = self._slug
        parts = [slug(base) if base else "", slug(rtype), self._iso(date) or ""]
        if local_party != self.home:
            parts += [slug(local_party), slug(local_country) if local_country else ""]
        return "-".join(p for p in parts if p) or "record"

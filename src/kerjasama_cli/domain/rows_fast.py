"""The common row, parsed with dictionary lookups: all text, every value already seen and valid.

`RowParser.parse` validates field by field through memoised normalisers; at a million rows even
their cache hits (a call, a lookup, an isinstance test and a try block each) and the frozen
Record's twenty `__setattr__` calls are most of the cost of a row. A CSV row is all text, and in
a large file nearly every row repeats values already seen: this path checks the row's text in
one pass (`check_fields` would find nothing), takes each field's normalised value from a plain
dict keyed by the raw text, and builds the Record directly.

It gives exactly what the full path gives, or declines: whatever it does not handle (a value
that is not text, a value never seen that fails to normalise, sources, an end date or a term, a
missing partner) returns None before anything with a side effect (the partner book) is touched,
and the full path then parses the row, with every error it finds, as before. Only values that
normalised without error enter these dicts. tests/test_rows_fast.py checks both paths agree on
generated rows, bad values included.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kerjasama_cli.domain.errors import RowRejected, ValidationError
from kerjasama_cli.domain.fuzzy_date import UNKNOWN, FuzzyDate
from kerjasama_cli.domain.keys import reads_as_id
from kerjasama_cli.domain.records import AGREEMENT, Record
from kerjasama_cli.domain.schema import _TEXT_LIMITS, SHORT

if TYPE_CHECKING:
    from collections.abc import Mapping

    from kerjasama_cli.domain.rows import RowParser

CAP = 50_000  # entries per dict before it is emptied: memory stays flat however large the file
_MISS = object()
_NEW = object.__new__


def _text(value: str | None) -> str | None:
    """`text_value` for a value known to be text or absent."""
    return (value.strip() or None) if value else None


# The free-text fields taken as they are, stripped; and the fields a fast row leaves empty.
_TEXTS = ("summary", "place", "leader", "notes", "date_note", "agreement")
_ABSENT: dict[str, Any] = {
    **dict.fromkeys(_TEXTS),
    "term_years": None,
    "end_date": None,
    "sources": (),
}


@dataclass(frozen=True)
class _Plan:
    """What a row with these field names needs looked at (a CSV's rows all share one)."""

    rare: bool  # an end date, a term or sources: rows that have one take the full path
    partner_kind: bool
    partner_key: bool
    people: bool
    local: bool
    texts: tuple[str, ...]

    @classmethod
    def of(cls, names: tuple[str, ...]) -> _Plan | None:
        """None when a name is not a text field (check_fields would look closer)."""
        if not all(name in _TEXT_LIMITS for name in names):
            return None
        has = set(names).__contains__
        return cls(
            rare=has("term_years") or has("end_date") or has("sources"),
            partner_kind=has("partner_kind"),
            partner_key=has("partner_key"),
            people=has("signatories") or has("partner_signatories"),
            local=has("local_party") or has("local_country"),
            texts=tuple(name for name in _TEXTS if has(name)),
        )


class FastPath:
    """Per-field dicts of normalised values, filled as rows are parsed."""

    def __init__(self, parser: RowParser) -> None:
        self.parser = parser
        self.plans: dict[tuple[str, ...], Any] = {}
        self.types: dict[tuple[Any, Any], tuple[str, str]] = {}
        self.dates: dict[str, tuple[FuzzyDate, str]] = {}  # with the date's ISO text (keys)
        self.places: dict[tuple[Any, Any], tuple[Any, str | None]] = {}
        self.partner_kinds: dict[str, str] = {}
        self.statuses: dict[str, str | None] = {}
        self.sectors: dict[str, tuple[str, ...]] = {}
        self.people: dict[tuple[Any, Any], tuple[Any, ...]] = {}
        self.locals: dict[tuple[Any, Any], tuple[str, str | None]] = {}
        self.slugs: dict[str, str] = {}

    def parse(self, row: Mapping[str, Any]) -> Record | None:
        """The row's Record; None when the full path must parse it. Raises RowRejected only
        where the full path would, with the same error (the partner cannot be resolved)."""
        values = row.values()
        try:
            joined = "".join(values)  # TypeError: a value that is not text
        except TypeError:
            return None
        # What check_fields accepts without a second look: printable text no longer than the
        # shortest limit, in fields that take text.
        if not joined.isprintable() or (len(joined) > SHORT and max(map(len, values)) > SHORT):
            return None
        names = tuple(row)
        plan = self.plans.get(names, _MISS)
        if plan is _MISS:
            plan = self.plans[names] = _Plan.of(names)
        if plan is None:
            return None
        get = row.get
        if plan.rare and (_text(get("term_years")) or _text(get("end_date")) or get("sources")):
            return None

        key = (get("kind"), get("type"))
        pair = self.types.get(key)
        if pair is None:
            pair = self._kind_and_type(*key)
            if pair is None:
                return None
        kind, rtype = pair
        date, iso = UNKNOWN, ""
        text = get("date")
        if text:
            dated = self.dates.get(text)
            if dated is None:
                dated = self._date(text)
                if dated is None:
                    return None
            date, iso = dated
        key = (get("country"), get("region"))
        place = self.places.get(key)
        if place is None:
            place = self._place(*key)
            if place is None:
                return None
        match, region = place
        partner_kind = "city"
        if plan.partner_kind:
            text = get("partner_kind")
            if text:
                partner_kind = self.partner_kinds.get(text)  # type: ignore[assignment]
                if partner_kind is None:
                    partner_kind = self._learn(
                        self.partner_kinds, text, self.parser._partner_kind, text
                    )
                    if partner_kind is None:
                        return None
        status = None
        text = get("status")
        if text:
            status = self.statuses.get(text, _MISS)  # type: ignore[assignment]
            if status is _MISS:
                status = self._status(text)  # type: ignore[assignment]
                if status is _MISS:
                    return None
            if kind != AGREEMENT:
                return None  # an event has no status: the full path says why (record_rules.py)
        sectors: tuple[str, ...] = ()
        text = get("sectors")
        if text:
            sectors = self.sectors.get(text)  # type: ignore[assignment]
            if sectors is None:
                sectors = self._learn(self.sectors, text, self.parser._sectors, text)
                if sectors is None:
                    return None
        people: tuple[Any, ...] = ()
        if plan.people:
            key = (get("signatories"), get("partner_signatories"))
            if key[0] or key[1]:
                people = self.people.get(key)  # type: ignore[assignment]
                if people is None:
                    people = self._learn(self.people, key, self.parser._people, row)
                    if people is None:
                        return None
        key = (get("local_party"), get("local_country")) if plan.local else (None, None)
        local = self.locals.get(key)
        if local is None:
            local = self._local(*key)
            if local is None:
                return None
        local_party, local_country = local
        text = get("partner")
        partner_name = (text.strip() or None) if text else None
        text = get("partner_key") if plan.partner_key else None
        partner_key = (text.strip() or None) if text else None
        text = get("key")
        record_key = (text.strip() or None) if text else None
        if record_key is not None and reads_as_id(record_key):
            return None  # read as an id by `show`: refused by the full path (keys.py)
        partner = None
        if partner_name or partner_key:
            # The first side effect: from here on the row is this path's to finish.
            try:
                partner = self.parser._partner(
                    partner_name or partner_key or "", match, region, partner_kind, partner_key
                )
            except ValidationError as error:
                raise RowRejected([error]) from None
        elif rtype != "programme":
            return None  # "partner is required", said by the full path
        text = get("title")
        title = (text.strip() or None) if text else None
        if record_key is None:
            record_key = self._key(partner or title, rtype, iso, local_party, local_country)
        fields = {
            "key": record_key,
            "kind": kind,
            "type": rtype,
            "partner": partner,
            "date": date,
            "local_party": local_party,
            "local_country": local_country,
            "title": title,
            "status": status,
            "people": people,
            "sectors": sectors,
            **_ABSENT,
        }
        for name in plan.texts:
            text = get(name)
            fields[name] = (text.strip() or None) if text else None
        # Without the frozen dataclass's __init__ (a __setattr__ per field): the same fields, so
        # an equal Record. check_record has nothing to check without an end date or a term.
        record = _NEW(Record)
        record.__dict__.update(fields)
        return record

    @staticmethod
    def _learn(cache: dict[Any, Any], key: Any, normalise: Any, value: Any) -> Any:
        """`normalise(value)` stored under `key`; None (nothing stored) when it fails."""
        try:
            found = normalise(value)
        except ValidationError:
            return None
        if len(cache) >= CAP:
            cache.clear()
        cache[key] = found
        return found

    def _date(self, text: str) -> tuple[FuzzyDate, str] | None:
        try:
            date = self.parser._date(text)
        except ValidationError:
            return None
        # `_derive_key`'s date part: the ISO text at the date's precision, "" when unknown.
        return self._store(self.dates, text, (date, self.parser._iso(date) or ""))

    def _kind_and_type(self, kind_text: Any, type_text: Any) -> tuple[str, str] | None:
        parser = self.parser
        kind = None
        if not type_text:
            return None
        try:
            if kind_text:
                kind = parser._kind(kind_text)
            pair = parser._type((kind, type_text))
        except ValidationError:
            return None
        return self._store(self.types, (kind_text, type_text), pair)

    def _place(self, country: Any, region_text: Any) -> tuple[Any, str | None] | None:
        parser = self.parser
        match = None
        region = _text(region_text)
        try:
            if country:
                match = parser._country(country)
            if region and match is not None:
                region = parser._region((region, match.code))
            elif match is not None:
                region = match.region
        except ValidationError:
            return None
        return self._store(self.places, (country, region_text), (match, region))

    def _status(self, text: str) -> Any:
        status = None
        if text.strip():
            try:
                status = self.parser._status(text)
            except ValidationError:
                return _MISS
        return self._store(self.statuses, text, status)

    def _local(self, party_text: Any, country_text: Any) -> tuple[str, str | None] | None:
        parser = self.parser
        party = _text(party_text) or parser.home
        country = parser.home_country if party == parser.home else None
        if country_text and country_text.strip():
            try:
                country = parser._local_country(country_text)
            except ValidationError:
                return None
        try:
            local = parser.canonical_local(party, country)
        except ValidationError:  # the full path reports it
            return None
        return self._store(self.locals, (party_text, country_text), local)

    @staticmethod
    def _store(cache: dict[Any, Any], key: Any, value: Any) -> Any:
        if len(cache) >= CAP:
            cache.clear()
        cache[key] = value
        return value

    def _key(
        self,
        base: str | None,
        rtype: str,
        iso: str,
        local_party: str,
        local_country: str | None,
    ) -> str:
        """`RowParser._derive_key`, its parts from these dicts."""
        parser = self.parser
        parts = [self._slug(base) if base else "", self._slug(rtype), iso]
        if local_party == parser.home and all(parts):
            return f"{parts[0]}-{parts[1]}-{iso}"  # the common case, without a generator
        if local_party != parser.home:
            parts += [self._slug(local_party), self._slug(local_country) if local_country else ""]
        return "-".join(p for p in parts if p) or "record"

    def _slug(self, text: str) -> str:
        found = self.slugs.get(text)
        if found is None:
            found = self._store(self.slugs, text, self.parser._slug(text))
        return found

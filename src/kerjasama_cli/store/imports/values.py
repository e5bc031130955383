"""The distinct values of a set-wise import, each normalised once, in small code tables.

files/bulk_rows.py hands over, with each chunk of rows, the values of each group met for the
first time; here each is normalised by the row path's own code (`FastPath`, `RowParser`,
`PartnerBook`, `GovernmentBook`, `ImportGovernors`) and appended to its temporary table, whose
rowid is the value's code. A value that does not normalise raises `Declined`: the row path
then reports it against its rows.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable
from typing import Any

from kerjasama_cli.domain.errors import RowRejected, ValidationError
from kerjasama_cli.domain.fuzzy_date import UNKNOWN
from kerjasama_cli.domain.records import Record
from kerjasama_cli.domain.rows import RowParser
from kerjasama_cli.domain.rows_fast import FastPath
from kerjasama_cli.files.bulk_rows import Declined
from kerjasama_cli.store.database import interrupts
from kerjasama_cli.store.imports.governors import ImportGovernors
from kerjasama_cli.store.parties.government_book import GovernmentBook
from kerjasama_cli.store.parties.partners import PartnerBook

TABLES = {
    "bulk_type": "kind, type, tslug",
    "bulk_date": "ds, de, prec, iso",
    "bulk_partner": "pid, pslug, pkey",
    "bulk_status": "status",
    "bulk_sectors": "fts",
    "bulk_people": "fts",
    "bulk_local": "party, country, home, named",
    "bulk_governor": "gid, basis, cands",
    "bulk_sector_items": "code INTEGER, position, sector",
    "bulk_people_items": "code INTEGER, position, side, name, title",
}
_NEW = object.__new__


def _text(value: str) -> str | None:
    return value.strip() or None


class DistinctValues:
    """What each code stands for, here and in the code tables."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        parser: RowParser,
        partners: PartnerBook,
        governments: GovernmentBook,
    ) -> None:
        self.conn = conn
        self.parser = parser
        self.fast = FastPath(parser)
        self.partner_book = partners
        parser.resolve_partner = partners.resolve
        self.governments = governments
        self.governors = ImportGovernors(conn)
        self.kinds: list[str] = []  # by type code - 1, as are the lists below
        self.types: list[str] = []
        self.dates: list[Any] = []
        self.people: list[tuple[Any, ...]] = []
        self.locals: list[tuple[Any, ...]] = []
        self.partners: list[str | None] = []  # each partner code's key
        self.sector_codes = 0
        for table, columns in TABLES.items():
            conn.execute(f"CREATE TEMP TABLE {table} ({columns})")
        for table in ("bulk_sector_items", "bulk_people_items"):
            conn.execute(f"CREATE INDEX temp.{table}_code ON {table} (code)")

    def add(self, fresh: dict[str, list[Any]]) -> list[int]:
        """Normalise and store the values first met in a chunk; the partner codes among them
        (0-based) whose partner is new."""
        fast, parser = self.fast, self.parser
        types = [fast._kind_and_type(k or None, t or None) for k, t in fresh["types"]]
        if None in types:
            raise Declined("a record type")
        self.kinds += [k for k, _ in types]  # type: ignore[misc]
        self.types += [t for _, t in types]  # type: ignore[misc]
        self._fill("bulk_type", ((k, t, parser._slug(t)) for k, t in types))  # type: ignore[misc]
        dates = [fast._date(text) if text else (UNKNOWN, "") for text in fresh["dates"]]
        if None in dates:
            raise Declined("a date")
        self.dates += dates
        self._fill(
            "bulk_date",
            ((_iso(d.start), _iso(d.end), d.precision, iso) for d, iso in dates),  # type: ignore[misc]
        )
        statuses = [fast._status(text) if text else None for text in fresh["statuses"]]
        if any(s is not None and s.__class__ is not str for s in statuses):
            raise Declined("a status")
        self._fill("bulk_status", ((s,) for s in statuses))
        sectors = [
            fast._learn(fast.sectors, text, parser._sectors, text) if text else ()
            for text in fresh["sectors"]
        ]
        if None in sectors:
            raise Declined("a sector")
        first = self.sector_codes + 1
        self.sector_codes += len(sectors)
        self._fill(
            "bulk_sectors",
            (("; ".join(s.replace("_", " ") for s in found) or None,) for found in sectors),  # type: ignore[union-attr]
        )
        self._items("bulk_sector_items", first, sectors, lambda code, i, s: (code, i, s))
        people = [self._people(a, b) for a, b in fresh["people"]]
        first = len(self.people) + 1
        self.people += people
        self._fill("bulk_people", ((_people_fts(p),) for p in people))
        self._items(
            "bulk_people_items",
            first,
            people,
            lambda code, i, p: (code, i, p.side, p.name, p.title),
        )
        locals_ = [self._local(a, b) for a, b in fresh["locals"]]
        self.locals += locals_
        self._fill("bulk_local", locals_)
        self._fill("bulk_governor", (self._governor(*key) for key in fresh["governors"]))
        first = len(self.partners)
        keys = [self._partner(*key) for key in fresh["partners"]]
        self.partners += keys
        ids = self.partner_book.ids
        return [first + i for i, key in enumerate(keys) if key is not None and key not in ids]

    def fill_partners(self, codes: Iterable[int]) -> None:
        """The partner table's rows for these (0-based) codes, once their partners have ids."""
        ids, slug = self.partner_book.ids, self.parser._slug
        self._fill(
            "bulk_partner",
            (
                (ids[k], slug(k), k) if k else (None, "", None)
                for k in map(self.partners.__getitem__, codes)
            ),
        )

    def _governor(self, local: int, date: int, person: int, leader: str) -> tuple[object, ...]:
        record = _NEW(Record)
        party, country = self.locals[local - 1][:2]
        if country is None:  # its government's, as the records take it (setwise_sql.py)
            found = self.governments.lookup(party)
            country = found.country if found else None
        record.__dict__.update(
            local_party=party,
            local_country=country,
            date=self.dates[date - 1][0],
            people=self.people[person - 1],
            leader=_text(leader),
        )
        return self.governors.columns(record)

    def _people(self, home: str, other: str) -> tuple[Any, ...]:
        if not (home or other):
            return ()
        row = {"signatories": home or None, "partner_signatories": other or None}
        found = self.fast._learn(self.fast.people, (home, other), self.parser._people, row)
        if found is None:
            raise Declined("a signatory")
        return found

    def _local(self, party_text: str, country_text: str) -> tuple[object, ...]:
        found = self.fast._local(party_text or None, country_text or None)
        if found is None:
            raise Declined("a local party's country")
        named, country = found
        # The parser named the party by its government's name (`RowParser.canonical_local`),
        # as the key is derived from it.
        party = self.governments.resolve(named, country)
        return party, country, named == self.parser.home, named

    def _partner(self, name: str, key: str, country: str, region: str, kind: str) -> str | None:
        fast = self.fast
        place = fast._place(country or None, region or None)
        if place is None:
            raise Declined("a country or region")
        match, where = place
        partner_kind = "city"
        if kind:
            partner_kind = fast._learn(fast.partner_kinds, kind, self.parser._partner_kind, kind)
            if partner_kind is None:
                raise Declined("a partner kind")
        name_, key_ = _text(name), _text(key)
        if not (name_ or key_):
            return None
        try:
            return self.parser._partner(name_ or key_ or "", match, where, partner_kind, key_)
        except (ValidationError, RowRejected):
            raise Declined("a partner") from None

    def _fill(self, table: str, rows: Iterable[tuple]) -> None:
        marks = ", ".join("?" * (TABLES[table].count(",") + 1))
        self.conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)

    def _items(self, table: str, first: int, lists: list[Any], item: Callable[..., tuple]) -> None:
        self._fill(
            table,
            (item(first + n, i, x) for n, found in enumerate(lists) for i, x in enumerate(found)),
        )

    def derive_key(
        self,
        partner: str | None,
        title: str | None,
        rtype: str,
        iso: str,
        named: str,
        country: str | None,
    ) -> str:
        """`RowParser._derive_key` (as `FastPath._key`) for the rows the SQL's common case does
        not cover."""
        interrupts.pause("sql-function")
        return self.fast._key(partner or title, rtype, iso, named, country)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _people_fts(people: tuple[Any, ...]) -> str | None:
    """The search row's people column without a leader, as the view builds it."""
    return (
        "; ".join(p.name + (", " + p.title if p.title is not None else "") for p in people) or None
    )

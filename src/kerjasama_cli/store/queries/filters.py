"""Filters as SQL: the conditions `list`, `timeline`, `stats` and `report` share, over
`records r` and `partners p`, and the leader look-ups they need. Rows are read in reader.py."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.domain.fuzzy_date import FuzzyDate
from kerjasama_cli.domain.governors import BASIS_LABELS, leaders_named
from kerjasama_cli.domain.records import Leader, Person, Record
from kerjasama_cli.domain.validity import EXPIRING_DAYS
from kerjasama_cli.store.parties.government_lookups import government_name
from kerjasama_cli.store.queries.name_match import name_part, use_name_match
from kerjasama_cli.store.queries.validity import STATUS_SQL
from kerjasama_cli.store.serve.browse_table import LAPSE_STATED
from kerjasama_cli.store.serve.browse_table import TABLE as BROWSE_TABLE

# The public subset (issue 26): m022's view of the records an outsider may read. Here rather
# than in store/serve/public.py, which builds on the reads that import this module.
# The rule is the view; its answer for each record is stored in browse_facets.public (m023,
# kept current by the writers), which is what a read filters on (the view works the whole set
# out: ~4 s at a million records).
PUBLIC_IDS = "public_record_ids"
PUBLIC_CLAUSE = f"r.id IN (SELECT id FROM {BROWSE_TABLE} WHERE public)"


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def load_leaders(conn: sqlite3.Connection, local_party: str | None = None) -> list[Leader]:
    """Leader terms in term order (optionally of one local party)."""
    sql = (
        "SELECT key, name, title, term_start, term_end, local_party, note, aliases, local_country"
        " FROM leaders"
    )
    params: tuple[str, ...] = ()
    if local_party:
        sql += " WHERE local_party = ? COLLATE NOCASE"
        params = (local_party,)
    return [
        Leader(
            key=r[0],
            name=r[1],
            title=r[2],
            start=dt.date.fromisoformat(r[3]),
            end=_day(r[4]),
            local_party=r[5],
            note=r[6],
            aliases=tuple(json.loads(r[7])),
            local_country=r[8],
        )
        for r in conn.execute(sql + " ORDER BY term_start, id", params)
    ]


def load_records(conn: sqlite3.Connection) -> Iterator[tuple[int, Record]]:
    """Just enough of each record to attribute its governor."""
    people: dict[int, list[Person]] = {}
    for record_id, side, name, title in conn.execute(
        "SELECT record_id, side, name, title FROM record_people ORDER BY record_id, position"
    ):
        people.setdefault(record_id, []).append(Person(side, name, title))
    rows = conn.execute(
        "SELECT id, key, kind, type, date_start, date_end, date_precision, local_party, leader, "
        "local_country FROM records"
    ).fetchall()
    for r in rows:
        date = FuzzyDate(_day(r[4]), _day(r[5]), r[6])
        yield (
            r[0],
            Record(
                key=r[1],
                kind=r[2],
                type=r[3],
                partner=None,
                date=date,
                local_party=r[7],
                local_country=r[9],
                leader=r[8],
                people=tuple(people.get(r[0], ())),
            ),
        )


def governor_ids(conn: sqlite3.Connection, name: str) -> tuple[list[int], list[str]]:
    """Leader ids for a name or alias, or the attribution bases a keyword stands for."""
    keyword = name.strip().lower().replace(" ", "_")
    if keyword in BASIS_LABELS and keyword not in ("signatory", "credited", "date"):
        return [], [keyword]
    matches = leaders_named(name, load_leaders(conn))
    if not matches:
        leaders = load_leaders(conn)
        partial = [t for t in leaders if name.lower() in " ".join(t.names()).lower()]
        if not partial:
            names = list(dict.fromkeys(t.name for t in leaders))
            raise ValidationError("--governor", name, "no such leader", _close(name, names))
        matches = partial
    ids = dict(conn.execute("SELECT key, id FROM leaders"))
    return [ids[t.key] for t in matches], []


def _close(word: str, options: list[str]) -> list[str]:
    import difflib

    return difflib.get_close_matches(word, options, n=3, cutoff=0.5)


def where_clause(conn: sqlite3.Connection, f: RecordFilter) -> tuple[str, list[Any]]:
    """SQL conditions (over `records r`, `partners p`) and parameters for a filter."""
    clauses: list[str] = []
    params: list[Any] = []

    def any_of(column: str, values: tuple[str, ...]) -> None:
        clauses.append(f"{column} IN ({', '.join('?' * len(values))})")
        params.extend(values)

    if f.kinds:
        any_of("r.kind", f.kinds)
    if f.types:
        any_of("r.type", f.types)
    if f.countries:
        any_of("p.country", f.countries)
    if f.status:
        lapse = lapse_clause(f.status)
        if lapse:
            clauses.append(lapse)
        any_of(STATUS_SQL, f.status)
    if f.expiring_by:
        # In force today (not superseded, ended...) and valid until no later than the window:
        # the window from the stored validity's index (browse_facets), then the status.
        clauses.append(
            f"r.id IN (SELECT id FROM {BROWSE_TABLE} WHERE valid_until BETWEEN kerjasama_today() "
            f"AND ?) AND {STATUS_SQL} IN ('active', 'expiring', 'renewed')"
        )
        params.append(f.expiring_by.isoformat())
    if f.query:
        from kerjasama_cli.domain.search import to_fts
        from kerjasama_cli.store.fulltext.index import expander

        clauses.append("r.id IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)")
        params.append(to_fts(f.query, "--query", expander(conn)))
    if f.sectors:
        from kerjasama_cli.domain.sectors import normalise

        codes = tuple(dict.fromkeys(normalise("--sector", s) for s in f.sectors))
        clauses.append(
            "EXISTS (SELECT 1 FROM record_sectors s WHERE s.record_id = r.id AND s.sector IN "
            f"({', '.join('?' * len(codes))}))"
        )
        params.extend(codes)
    if f.partners:
        # Each value as a key, or a substring of a name or alias; several values are OR-ed.
        # Case and accents folded as `search` folds them: SQLite's LIKE folds ASCII only
        # (`-p ōsaka` missed Ōsaka) and reads `_` as any character.
        use_name_match(conn)
        one = (
            "SELECT id FROM partners WHERE key = ? OR kerjasama_contains(name, ?) "
            "UNION SELECT partner_id FROM partner_aliases WHERE kerjasama_contains(alias, ?)"
        )
        clauses.append(f"r.partner_id IN ({' UNION '.join([one] * len(f.partners))})")
        for partner in f.partners:
            part = name_part(partner)
            params.extend([partner, part, part])
    if f.governors:
        clause, values = _governor_clause(conn, f)
        clauses.append(clause)
        params.extend(values)
    if f.local_parties:
        any_of("r.local_party", local_party_names(conn, f.local_parties))
        from kerjasama_cli.store.parties.government_lookups import namesakes

        shared = namesakes(conn, f.local_parties)
        if shared:  # `london-ca`: of two Londons, the Canadian one's records only (m028)
            clauses.append(
                "(r.local_party NOT IN (SELECT value FROM json_each(?)) OR "
                "r.local_party || char(31) || COALESCE(r.local_country, '') IN "
                "(SELECT value FROM json_each(?)))"
            )
            params.extend(json.dumps(x) for x in shared)
    if f.involving:
        clauses.append(involving_clause())
        params.extend(involving_params(conn, f.involving))
    if f.families or f.objects or f.stages:
        _cooperation_clauses(conn, f, clauses, params)
    if f.public:
        clauses.append(PUBLIC_CLAUSE)
    overlap, days = overlap_clauses("r.date_start", "r.date_end", f.date_from, f.date_to)
    clauses.extend(overlap)
    params.extend(days)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _cooperation_clauses(
    conn: sqlite3.Connection, f: RecordFilter, clauses: list[str], params: list[Any]
) -> None:
    """`--family`, `--object` and `--stage` (issue 22; the SQL lives with its tables)."""
    from kerjasama_cli.domain.stages import named_among
    from kerjasama_cli.store.dossier.cooperation import FAMILY_SQL, OBJECTS_OF_SQL
    from kerjasama_cli.store.dossier.stages import STAGE_IN_SQL, known_stages

    if f.families:
        clauses.append(f"{FAMILY_SQL} IN ({', '.join('?' * len(f.families))})")
        params.extend(f.families)
    if f.objects:
        clauses.append(f"r.id IN ({OBJECTS_OF_SQL.format(', '.join('?' * len(f.objects)))})")
        params.extend(f.objects)
    if f.stages:
        known = known_stages(conn)
        stages = []
        for stage in f.stages:
            # a stage by its name (`persetujuan DPRD`), as `evidence add` and `import` take it
            key = stage if stage in known else named_among(stage, known)
            if key is None:
                raise ValidationError(
                    "--stage", stage, "in no stage list", _close(stage, sorted(known))
                )
            stages.append(key)
        clauses.append(STAGE_IN_SQL.format(", ".join("?" * len(stages))))
        params.extend(stages)


# The statuses a lapse of validity gives, and the stored validity that can give each: `list
# --status expired` reads its candidates from browse_facets' indexes (stated so, or valid until
# a day in the window) and applies the exact rule (STATUS_SQL) to those alone, instead of
# working the status out for every record (17 s at a million).
_LAPSES = {
    "expired": "valid_until < kerjasama_today()",
    "expiring": (
        "valid_until BETWEEN kerjasama_today() "
        f"AND date(kerjasama_today(), '+{EXPIRING_DAYS} days')"
    ),
}


def lapse_clause(statuses: tuple[str, ...]) -> str | None:
    """A necessary condition, from indexes, for a record to have one of `statuses` (None when
    a status can come from elsewhere, e.g. active)."""
    if not statuses or not set(statuses) <= set(_LAPSES):
        return None
    stated = ", ".join(f"'{s}'" for s in statuses)
    windows = " OR ".join(f"({_LAPSES[s]})" for s in statuses)
    return (
        f"r.id IN (SELECT id FROM {BROWSE_TABLE} WHERE {LAPSE_STATED} AND stated_status IN "
        f"({stated}) UNION ALL SELECT id FROM {BROWSE_TABLE} WHERE {windows})"
    )


def home_party(conn: sqlite3.Connection) -> str:
    """The registry's home government (its name)."""
    row = conn.execute("SELECT value FROM kerjasama_meta WHERE key = 'home_party'").fetchone()
    return str(row[0]) if row else "DKI Jakarta"


def local_party_names(conn: sqlite3.Connection, names: tuple[str, ...]) -> tuple[str, ...]:
    """The governments `--local-party` values name (each resolved through its aliases)."""
    return tuple(dict.fromkeys(government_name(conn, name) for name in names))


def _governor_clause(conn: sqlite3.Connection, f: RecordFilter) -> tuple[str, list[Any]]:
    """`--governor` values, OR-ed: leaders (of any government) and attribution bases.

    A leader's records are those of the government they led; a basis ('undetermined') is
    read within the home government unless --local-party says which.
    """
    ids: list[int] = []
    bases: list[str] = []
    for name in f.governors:
        found_ids, found_bases = governor_ids(conn, name)
        ids.extend(found_ids)
        bases.extend(found_bases)
    alternatives: list[str] = []
    params: list[Any] = []
    if ids:
        marks = ", ".join("?" * len(ids))
        alternatives.append(
            f"(r.governor_id IN ({marks}) AND r.local_party IN "
            f"(SELECT local_party FROM leaders WHERE id IN ({marks})))"
        )
        params.extend([*ids, *ids])
    if bases:
        basis = f"r.governor_basis IN ({', '.join('?' * len(bases))})"
        params.extend(bases)
        if not f.local_parties:
            basis = f"({basis} AND r.local_party = ?)"
            params.append(home_party(conn))
        alternatives.append(basis)
    return "(" + " OR ".join(alternatives) + ")", params


def governor_parties(conn: sqlite3.Connection, f: RecordFilter) -> tuple[str, ...]:
    """The governments whose leaders `--governor` names (the home one for a basis)."""
    parties: list[str] = []
    for name in f.governors:
        ids, bases = governor_ids(conn, name)
        if bases:
            parties.append(home_party(conn))
        marks = ", ".join("?" * len(ids))
        parties.extend(
            row[0]
            for row in conn.execute(
                f"SELECT local_party FROM leaders WHERE id IN ({marks}) ORDER BY id", ids
            )
        )
    return tuple(dict.fromkeys(parties))


def governor_scope(conn: sqlite3.Connection, f: RecordFilter) -> RecordFilter:
    """The filter of a per-governor answer: a governor belongs to one local government, so
    without --local-party it is the records of the government(s) of the --governor given,
    else of the home government, that are grouped by governor."""
    from dataclasses import replace

    if f.local_parties:
        from kerjasama_cli.store.parties.government_lookups import government_refs

        return replace(f, local_parties=government_refs(conn, f.local_parties))
    return replace(f, local_parties=governor_parties(conn, f) or (home_party(conn),))


def involving_clause() -> str:
    """`--involving NAME`: the place is the record's local party or its partner."""
    return (
        "(r.local_party IN (SELECT value FROM json_each(?)) OR r.partner_id IN ("
        "SELECT p.id FROM partners p, json_each(?) j WHERE p.name = j.value COLLATE NOCASE "
        "UNION SELECT a.partner_id FROM partner_aliases a, json_each(?) j "
        "WHERE a.alias = j.value COLLATE NOCASE))"
    )


def involving_params(conn: sqlite3.Connection, names: tuple[str, ...]) -> list[Any]:
    """Parameters of `involving_clause`: the governments `names` denote, and the partner names
    to match (each name, plus every name of its government: the twin-town file's partner
    "Jakarta", on Beijing's side of a pair, is DKI Jakarta)."""
    from kerjasama_cli.store.parties.government_book import GovernmentBook
    from kerjasama_cli.store.parties.government_lookups import find_government, load_government

    book = GovernmentBook(conn)
    governments: list[str] = []
    partner_names: list[str] = []
    for name in names:
        text = " ".join(name.split())
        found = book.find(text)
        partner_names.append(text)
        if found is not None:
            governments.append(found)
            government = load_government(conn, find_government(conn, found))
            partner_names.extend(government.names())
        elif not conn.execute(
            "SELECT 1 FROM partners WHERE name = ? COLLATE NOCASE UNION ALL "
            "SELECT 1 FROM partner_aliases WHERE alias = ? COLLATE NOCASE LIMIT 1",
            (text, text),
        ).fetchone():
            raise ValidationError(
                "--involving",
                name,
                "no local government or partner by that name or alias",
                book.close_names(text),
            )
    found_json = json.dumps(list(dict.fromkeys(governments)), ensure_ascii=False)
    names_json = json.dumps(list(dict.fromkeys(partner_names)), ensure_ascii=False)
    return [found_json, names_json, names_json]


def involved_governments(conn: sqlite3.Connection, names: tuple[str, ...]) -> frozenset[str]:
    """The governments `--involving NAMES` denotes (by their stored names): a record whose local
    party is one of them has the place on its own side, its partner on the other."""
    return frozenset(json.loads(involving_params(conn, names)[0]))


def overlap_clauses(
    start: str, end: str, date_from: dt.date | None, date_to: dt.date | None
) -> tuple[list[str], list[str]]:
    """Conditions for the interval in columns `start`..`end` to overlap `date_from`..`date_to`.

    Dates are intervals, so anything the interval could cover counts; an open start ("in force
    by ...") could lie before any `--to`, and an unknown end matches no date range.
    """
    clauses, params = [], []
    if date_from:
        clauses.append(f"{end} >= ?")
        params.append(date_from.isoformat())
    if date_to:
        clauses.append(f"{end} IS NOT NULL AND ({start} IS NULL OR {start} <= ?)")
        params.append(date_to.isoformat())
    return clauses, params

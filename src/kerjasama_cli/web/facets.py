"""The records pages' facets (issue 20): counted once per search, and not again on the next page.

Datasette's column facet runs one query per facet, each over the page's whole query. Under a
search that query is the FTS match, and each facet reads every match's browse_facets row by id:
~100 ms a facet for a common word at a million records (160,000 matches), four facets, on
every page of the results (the next page counts them again). So `serve` lists its facets as
this class's type (web/metadata.py) and it:
- under a search, counts all of them in one pass: the matches' rows are read once into a
  temporary table, then each facet groups that (one query, ~40% less than four);
- keeps the counts of the last pages asked for, keyed by the page's query, its parameters and
  the registry file's state (size and time of the file and its -wal: any write changes them), so
  the next page, a reload or another sort reads them from memory, and a change made by `add`
  shows at the next load all the same.
Without a search each facet stays its own query: each reads one index (browse_facets), faster
than one pass over every record.

The results are drawn as Datasette's ColumnFacet draws them (value, count, toggle link).
"""

from __future__ import annotations

import os
from collections import OrderedDict
from typing import Any

from datasette.database import QueryInterrupted
from datasette.facets import ColumnFacet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args

TYPE = "kerjasama"
_CACHED = 64  # pages' counts kept (each a few dozen values per facet)
_counts: OrderedDict[tuple, dict[str, list[tuple[Any, int]]]] = OrderedDict()


def _state(path: str | None) -> tuple:
    """What changes when anything writes the registry: its file's and its -wal's size and time."""
    if not path:
        return ()
    state = []
    for name in (path, f"{path}-wal"):
        try:
            info = os.stat(name)
        except OSError:
            state.append(None)
            continue
        state.append((info.st_size, info.st_mtime_ns))
    return tuple(state)


def one_pass_sql(sql: str, columns: list[str], limit: int) -> str:
    """The counts of every facet column over `sql`'s rows, reading them once: (facet number,
    value, count) rows, each facet's largest `limit` first."""
    names = [escape_sqlite(c) for c in columns]
    parts = [
        f"SELECT * FROM (SELECT {i} AS facet, {c} AS value, count(*) AS count FROM matched "
        f"WHERE {c} IS NOT NULL GROUP BY {c} ORDER BY count DESC, value LIMIT {limit})"
        for i, c in enumerate(names)
    ]
    return (
        f"WITH matched AS MATERIALIZED (SELECT {', '.join(names)} FROM ({sql})) "
        + " UNION ALL ".join(parts)
    )


class OnceFacet(ColumnFacet):
    """A column facet counted once per search and page state (module docstring)."""

    type = TYPE

    def _searched(self) -> bool:
        return any(k.startswith("_search") and self.request.args.get(k) for k in self.request.args)

    async def _counts(self, columns: list[str], limit: int) -> dict[str, list[tuple[Any, int]]]:
        """Each column's (value, count) rows, largest first, `limit` at most; a column whose
        query ran out of time is missing."""
        database = self.ds.databases[self.database]
        key = (self.database, self.sql, repr(self.params), tuple(columns), limit)
        key += _state(database.path)
        if key in _counts:
            _counts.move_to_end(key)
            return _counts[key]
        found: dict[str, list[tuple[Any, int]]] = {}
        if self._searched() and len(columns) > 1:
            try:
                rows = await self.ds.execute(
                    self.database,
                    one_pass_sql(self.sql, columns, limit),
                    self.params,
                    truncate=False,
                    custom_time_limit=self.ds.setting("sql_time_limit_ms"),
                )
            except QueryInterrupted:
                return found
            for column in columns:
                found[column] = []
            for facet, value, count in rows.rows:
                found[columns[facet]].append((value, count))
        else:
            for column in columns:
                sql = (
                    f"select {escape_sqlite(column)} as value, count(*) as count from "
                    f"({self.sql}) where {escape_sqlite(column)} is not null "
                    f"group by {escape_sqlite(column)} order by count desc, value limit {limit}"
                )
                try:
                    rows = await self.ds.execute(
                        self.database,
                        sql,
                        self.params,
                        truncate=False,
                        custom_time_limit=self.ds.setting("facet_time_limit_ms"),
                    )
                except QueryInterrupted:
                    continue
                found[column] = [(r["value"], r["count"]) for r in rows.rows]
        if len(found) == len(columns):  # a facet that ran out of time is asked again next time
            _counts[key] = found
            while len(_counts) > _CACHED:
                _counts.popitem(last=False)
        return found

    async def facet_results(self) -> tuple[list[dict], list[str]]:
        """Datasette's ColumnFacet results, from `_counts`."""
        configs = self.get_configs()
        columns = [c["config"].get("column") or c["config"]["simple"] for c in configs]
        if not columns:
            return [], []
        size = self.get_facet_size()
        counts = await self._counts(columns, size + 1)
        pairs = self.get_querystring_pairs()
        results, timed_out = [], []
        for config, column in zip(configs, columns, strict=True):
            if column not in counts:
                timed_out.append(column)
                continue
            values = []
            for value, count in counts[column][:size]:
                selected = (column, str(value)) in pairs
                if selected:
                    toggle = path_with_removed_args(self.request, {column: str(value)})
                else:
                    toggle = path_with_added_args(self.request, {column: value})
                values.append(
                    {
                        "value": value,
                        "label": value,
                        "count": count,
                        "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(toggle)),
                        "selected": selected,
                    }
                )
            results.append(
                {
                    "name": column,
                    # What it is to a client: a column facet, as Datasette's own says
                    # ("column"), whatever class counted it (`type` names the class only in
                    # metadata, where serve lists the facets).
                    "type": ColumnFacet.type,
                    "hideable": config["source"] != "metadata",
                    "toggle_url": self.ds.urls.path(
                        path_with_removed_args(self.request, {"_facet": column})
                    ),
                    "results": values,
                    "truncated": len(counts[column]) > size,
                }
            )
        return results, timed_out

    async def suggest(self) -> list:
        return []

"""The public records' search box: `public_records?_search=` matches the public columns.

The team's `browse_records` names the full-text index (`search_index`, web/metadata.py) and
Datasette's own search matches it whole. `public_records` cannot: that index holds the notes too,
and a match there would tell a visitor what the notes say. So the view named no index and
Datasette ignored `_search` on it: the search box was missing, and a typed address showed every
public record as if it matched. Worse, Datasette takes the index from the address
(`_fts_table=search_index`), which did match the notes.

This hook searches the view as the public `search` query does (store/serve/public.py): the
words read as `kerjasama search` reads them (`kerjasama_fts`, both languages), matched in the
public columns alone. An address that names an index, a key or a column to search
(`_fts_table`, `_fts_pk`, `_search_COLUMN`) is refused with a 400: the visitor searches what the
box searches, nothing else.
"""

from __future__ import annotations

from typing import Any

from datasette import hookimpl

from kerjasama_cli.domain.public import PUBLIC_RECORDS
from kerjasama_cli.store.serve.public import PUBLIC_SEARCH_MATCH

# Parameters that would point Datasette's own search at another index, key or column.
_STEERING = ("_fts_table", "_fts_pk")


# After Datasette's own (trylast): its `supports_search: False` for an index-less view is then
# overwritten by ours, the last update of the page's context.
@hookimpl(trylast=True)
def filters_from_request(request: Any, database: str, table: str, datasette: Any) -> Any:
    """`_search` on the public records: a condition on the public columns' matches."""
    if table != PUBLIC_RECORDS:
        return None

    async def inner() -> Any:
        from datasette.filters import FilterArguments
        from datasette.utils.asgi import BadRequest

        for name in request.args:
            if name in _STEERING or name.startswith("_search_"):
                raise BadRequest(
                    f"{name}: the public records are searched with _search alone "
                    "(their public columns)"
                )
        words = request.args.get("_search", "")
        context: dict[str, Any] = {"supports_search": True}
        if not words.strip():
            return FilterArguments([], {}, [], context)
        where = f"id IN (SELECT rowid FROM search_index WHERE {PUBLIC_SEARCH_MATCH})"
        return FilterArguments(
            [where],
            {"kerjasama_search": words},
            [f'search matches "{words}"'],
            dict(context, search=words),
        )

    return inner

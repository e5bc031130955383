"""Tables of partners, local governments and leaders (plain aligned text, no colour)."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable, Sequence
from typing import Any

from kerjasama_cli.domain.countries import country_name
from kerjasama_cli.domain.sectors import sector_name
from kerjasama_cli.render.plain import text_table


def _width() -> int:
    return shutil.get_terminal_size((120, 24)).columns if sys.stdout.isatty() else 160


def _text(value: Any) -> str:
    if value is None or value == [] or value == "":
        return "—"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _country(code: str | None, lang: str) -> str:
    """A country by its name in `lang` and its code, as `show` and `timeline` say it."""
    return f"{country_name(code, lang)} ({code})" if code else "—"


def _coordinates(row: dict[str, Any]) -> str:
    if row.get("latitude") is None or row.get("longitude") is None:
        return "—"
    return f"{row['latitude']:.4f}, {row['longitude']:.4f}"


def _emit(
    headers: Sequence[str],
    cells: Sequence[Sequence[str]],
    count: str,
    markdown: bool,
    right: Sequence[int] = (),
    flexible: int | None = None,
) -> None:
    """A plain aligned table (or a Markdown one, for briefings), then the count."""
    out = sys.stdout
    if markdown:
        from kerjasama_cli.render.markdown import table

        out.write(table(headers, cells, right=right))
        out.write(f"\n_{count}_\n")
        return
    if cells:
        # Piped, every row is one whole line (grep keeps it); a terminal folds the last column.
        fold = flexible if out.isatty() else None
        out.write(text_table(headers, cells, _width(), right=right, flexible=fold))
    out.write(count + "\n")


def write_entities(
    rows: list[dict[str, Any]],
    columns: Sequence[str],
    output: str,
    table: Callable[..., None],
    lang: str | None = None,
) -> None:
    """Entity rows as `--format` asks: json (these columns), csv, or `table` (markdown too)."""
    if output == "json":
        from kerjasama_cli.render.machine import write_json

        write_json([{c: r.get(c) for c in columns} for r in rows])
    elif output == "csv":
        from kerjasama_cli.render.machine import write_csv

        write_csv(rows, columns)
    else:
        table(rows, lang, markdown=output == "markdown")


def render_partners(
    rows: Sequence[dict[str, Any]], lang: str | None = None, markdown: bool = False
) -> None:
    """`partners list`: one line per partner; aliases fold in the last column."""
    from kerjasama_cli.i18n import translator

    t = translator(lang)
    names = ["ID", "Name", "Country", "Region", "Kind", "Records", "Coordinates", "Aliases"]
    cells = [
        [
            str(r["id"]),
            r["name"],
            _text(r["country"]),
            _text(r["region"]),
            t.partner_kind(r["kind"]),
            str(r["records"]),
            _coordinates(r),
            _text(r["aliases"]),
        ]
        for r in rows
    ]
    count = t.plural("{n} partner", "{n} partners", len(rows))
    _emit([t(h) for h in names], cells, count, markdown, right=(0, 5), flexible=7)


def render_partner(row: dict[str, Any], changes: list[dict[str, Any]]) -> None:
    """`partners show`: the partner's fields (its records follow, as `list` draws them)."""
    from kerjasama_cli.i18n import translator

    t = translator()
    fields = [
        ("Partner", f"{row['name']} (#{row['id']}, {row['key']})"),
        ("Kind", t.partner_kind(row["kind"]) if row["kind"] else "—"),
        ("Country", _country(row["country"], t.lang)),
        ("Region", _text(row["region"])),
        ("Aliases", _text(row["aliases"])),
        ("Coordinates", _coordinates(row)),
        ("Notes", _text(row.get("notes"))),
        ("Records", str(row["records"])),
    ]
    fields = [(t(label), value) for label, value in fields]
    width = max(len(k) for k, _ in fields)
    out = sys.stdout
    for label, value in fields:
        out.write(f"{label.ljust(width)}  {value}\n")
    if changes:
        from kerjasama_cli.render.history import describe

        out.write(f"\n{t('Changes to this partner')}\n")
        for change in changes:
            when = change["at"].replace("T", " ")[:19]
            action = t.ctx("action", change["action"])
            out.write(f"  {when} {change['command']:<8} {action} {describe(change, None)}\n")
    out.write("\n")


def render_governments(
    rows: Sequence[dict[str, Any]], lang: str | None = None, markdown: bool = False
) -> None:
    """`governments list`: one line per local government."""
    from kerjasama_cli.i18n import translator

    t = translator(lang)
    names = ["ID", "Name", "Country", "Region", "Kind", "Records", "Leaders", "Aliases"]
    cells = [
        [
            str(r["id"]),
            r["name"],
            _text(r["country"]),
            _text(r["region"]),
            t.word("government kind", r["kind"]) if r["kind"] else "—",
            str(r["records"]),
            str(r["leaders"]),
            _text(r["aliases"]),
        ]
        for r in rows
    ]
    count = t.plural("{n} local government", "{n} local governments", len(rows))
    _emit([t(h) for h in names], cells, count, markdown, right=(0, 5, 6), flexible=7)


def render_leaders(
    rows: Sequence[dict[str, Any]], lang: str | None = None, markdown: bool = False
) -> None:
    """`leaders list`: terms in order, per government."""
    from kerjasama_cli.i18n import translator

    t = translator(lang)
    headers = [
        "ID",
        t("Local party"),
        t("Name"),
        t.ctx("leader", "Title"),
        t.ctx("term", "From"),
        t.ctx("term", "To"),
        t("Records"),
        t("Key"),
    ]
    # Two governments of one name (London, GB and CA: m028) are told apart by their country.
    countries: dict[str, set[Any]] = {}
    for r in rows:
        countries.setdefault(r["local_party"], set()).add(r.get("local_country"))
    cells = [
        [
            str(r["id"]),
            f"{r['local_party']} ({r['local_country']})"
            if len(countries[r["local_party"]]) > 1 and r.get("local_country")
            else r["local_party"],
            r["name"],
            r["title"],
            r["from"],
            r["to"] or t("in office"),
            str(r["records"]),
            r["key"],
        ]
        for r in rows
    ]
    count = t.plural("{n} leader term", "{n} leader terms", len(rows))
    _emit(headers, cells, count, markdown, right=(0, 6))


def render_sectors(
    rows: Sequence[dict[str, Any]], lang: str | None = None, markdown: bool = False
) -> None:
    """`sectors list`: code, its label in the language, both labels, words, records."""
    from kerjasama_cli.i18n import translator

    t = translator(lang)
    names = ["Code", "Sector", "Indonesian", "English", "Records", "Other words"]
    cells = [
        [
            r["code"] + ("" if r["builtin"] else " *"),
            sector_name(r["code"], t.lang),
            r["label_id"],
            r["label_en"],
            str(r["records"]),
            _text(r["aliases"]),
        ]
        for r in rows
    ]
    count = t.plural("{n} sector", "{n} sectors", len(rows))
    added = sum(1 for r in rows if not r["builtin"])
    if added:
        count += " " + t("({n} added by this registry: *)").format(n=added)
    _emit([t(h) for h in names], cells, count, markdown, right=(4,), flexible=5)

"""Search results: each match with the passage where it matched, highlighted."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kerjasama_cli.domain.sectors import sector_name
from kerjasama_cli.i18n import translator
from kerjasama_cli.render.console import console
from kerjasama_cli.render.records import partner_label, short_date

MARK_START, MARK_END = "\x02", "\x03"  # as store/fulltext/search.py writes them
PLAIN_START, PLAIN_END = "**", "**"


def plain_snippet(snippet: str | None) -> str | None:
    """The passage with matches marked `**like this**` (pipes, JSON, CSV)."""
    if snippet is None:
        return None
    return snippet.replace(MARK_START, PLAIN_START).replace(MARK_END, PLAIN_END)


def column_label(column: str | None, lang: str | None = None) -> str:
    """`partner_notes` -> `partner notes` (in the language: `catatan mitra`)."""
    return translator(lang).ctx("field", (column or "match").replace("_", " "))


def sector_snippet(row: dict[str, Any], lang: str | None = None) -> dict[str, Any]:
    """ROW with a passage matched in its sectors shown in the language: the index holds the
    English labels (`flood management`), the reader sees `penanggulangan banjir`, the sectors
    that matched still marked. Other passages are the records' own text, shown as written."""
    sectors = row.get("sectors") or []
    if row.get("matched_in") != "sectors" or not sectors or not row.get("snippet"):
        return row
    t = translator(lang)
    if t.lang == "en":  # the index's own words
        return row
    marked = set()
    for item in str(row["snippet"]).split("; "):
        if MARK_START not in item:
            continue
        text = item.replace(MARK_START, "").replace(MARK_END, "").strip(" …").split(" (")[0]
        marked |= {code for code in sectors if code.replace("_", " ").startswith(text.lower())}
    words = [
        f"{MARK_START}{sector_name(code, t.lang)}{MARK_END}"
        if code in marked
        else sector_name(code, t.lang)
        for code in sectors
    ]
    return {**row, "snippet": "; ".join(words)}


def _head(row: dict[str, Any], lang: str | None) -> str:
    t = translator(lang)
    return (
        f"#{row['id']}  {short_date(row, lang)}  {t.type(row['type'])}  {partner_label(row, lang)}"
    )


def render_search(
    rows: Iterable[dict[str, Any]],
    lang: str | None = None,
    total: int | None = None,
    screen: bool = False,
) -> None:
    """On a terminal, two lines per match: rank, id, date, type, partner and title (cut to the
    width); then where it matched. Piped, one whole line per match, for grep and friends,
    written as the matches come when their `total` is given. With `screen`, ROWS are the
    first screenful of `total` matches on a terminal, and a line says how to see them all."""
    from kerjasama_cli.render.console import rich_terminal

    t = translator(lang)
    if total is None or (rich_terminal() and not screen):
        rows = list(rows)
        total = len(rows)
    rows = (sector_snippet(row, lang) for row in rows)
    count = t.plural("{n} match", "{n} matches", total)
    width = len(str(total))
    if not rich_terminal():  # piped: plain lines, without importing rich
        import sys

        write = sys.stdout.write
        for row in rows:
            parts = [f"{row['rank']:>{width}}. {_head(row, lang)}"]
            if row.get("title"):
                parts.append(row["title"])
            parts.append(f"{column_label(row.get('matched_in'), lang)}: ")
            line = "  ".join(parts) + (plain_snippet(row.get("snippet")) or "")
            write(" ".join(line.split("\n")).rstrip() + "\n")
        write(count + "\n")
        return
    from rich.padding import Padding
    from rich.text import Text

    out = console()
    shown = 0
    for row in rows:
        shown += 1
        head = Text(f"{row['rank']:>{width}}. ")
        head.append(f"#{row['id']}", style="bold")
        head.append(f"  {short_date(row, lang)}  {t.type(row['type'])}  {partner_label(row, lang)}")
        if row.get("title"):
            head.append(f"  {row['title']}", style="dim")
        head.truncate(max(out.width, 40), overflow="ellipsis")
        out.print(head, no_wrap=True)
        out.print(Padding(_passage(row, lang), (0, 0, 0, width + 2)))
    out.print(count, style="dim")
    if screen:
        notice = t.plural(
            "the first {shown} of {total} match: see them all with `kerjasama search ... | less "
            "-S` (or --format csv), or narrow them with --limit or a filter (--country, --from "
            "...)",
            "the first {shown} of {total} matches: see them all with `kerjasama search ... | less "
            "-S` (or --format csv), or narrow them with --limit or a filter (--country, --from "
            "...)",
            total,
        )
        out.print(notice.format(shown=shown, total=total), style="dim")


def render_search_markdown(rows: Iterable[dict[str, Any]], lang: str | None = None) -> None:
    """`search --format markdown`: one table row per match, the passage with **bold** matches,
    written as the matches come (a Markdown table pads nothing)."""
    import sys

    from kerjasama_cli.render.markdown import Markup, escape, row_line, table

    t = translator(lang)
    write = sys.stdout.write
    headers = [t(h) for h in ("Rank", "ID", "Date", "Type", "Partner", "Title", "Matched in")]
    write(table(headers, [], right=(0, 1)))
    count = 0
    chunk: list[str] = []
    for row in rows:
        r = sector_snippet(row, lang)
        # The passage's text escaped, its matches bolded by us: the one markup in the cell.
        parts = (r.get("snippet") or "").replace(MARK_END, MARK_START).split(MARK_START)
        passage = "".join(f"**{escape(p)}**" if i % 2 else escape(p) for i, p in enumerate(parts))
        label = escape(column_label(r.get("matched_in"), lang))
        cells = [str(r["rank"]), str(r["id"]), short_date(r, lang), t.type(r["type"])]
        cells += [partner_label(r, lang), r.get("title") or ""]
        chunk.append(row_line([*cells, Markup(f"{label}: {passage}")]))
        count += 1
        if len(chunk) >= 1000:
            write("".join(chunk))
            chunk.clear()
    write("".join(chunk))
    write("\n_" + t.plural("{n} match", "{n} matches", count) + "_\n")


def _passage(row: dict[str, Any], lang: str | None) -> Any:
    from rich.text import Text

    line = Text()
    line.append(f"{column_label(row.get('matched_in'), lang)}: ", style="dim")
    snippet = row.get("snippet") or ""
    # Alternate plain and marked stretches; only marked ones are bold.
    for i, part in enumerate(snippet.replace(MARK_END, MARK_START).split(MARK_START)):
        line.append(part, style="bold yellow" if i % 2 else "")
    return line

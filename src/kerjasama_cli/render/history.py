"""The history of changes: the `history` table and the section that ends `show`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kerjasama_cli.render.console import console


def _value(value: Any, width: int = 40) -> str:
    if value is None or value == []:
        return "—"
    text = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def describe(change: dict[str, Any], width: int = 40) -> str:
    """`status: active → ended; title: …` for an update; the fields set or cleared otherwise."""
    changes = change["changes"]
    if change["action"] == "update":
        return "; ".join(
            f"{field}: {_value(old, width)} → {_value(new, width)}"
            for field, (old, new) in changes.items()
        )
    if not changes and change["action"] == "insert":
        return "bulk insert (values in the record)"
    # An insert or delete touches every field; its name or title says which entry it was.
    label = next((changes[f][0] or changes[f][1] for f in ("title", "name") if f in changes), None)
    count = f"{len(changes)} field{'s' if len(changes) != 1 else ''}"
    return f"{count}: {_value(label, width)}" if label else count


def _when(at: str) -> str:
    return at.replace("T", " ").removesuffix("+00:00")


def _plain(rows: Sequence[dict[str, Any]]) -> None:
    """Aligned text, one line per change, never wrapped: for pipes, grep and less."""
    import sys

    cells = [
        [
            str(r["id"]),
            _when(r["at"]),
            r["command"],
            f"{r['action']} {r['entity']}",
            r["entity_key"],
            describe(r),
        ]
        for r in rows
    ]
    header = ["ID", "When (UTC)", "Command", "Action", "Key", "Changes"]
    widths = [max(len(c[i]) for c in [header, *cells]) for i in range(len(header) - 1)]
    for line in [header, *cells]:
        first = [line[0].rjust(widths[0])] + [
            c.ljust(w) for c, w in zip(line[1:-1], widths[1:], strict=True)
        ]
        sys.stdout.write("  ".join([*first, line[-1]]).rstrip() + "\n")
    sys.stdout.write(f"{len(rows)} change{'s' if len(rows) != 1 else ''}\n")


def render_history(rows: Sequence[dict[str, Any]]) -> None:
    """Recent changes, newest first: a table on a terminal, plain lines through a pipe."""
    out = console()
    if not out.is_terminal:
        _plain(rows)
        return
    from rich import box
    from rich.markup import escape
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
    for name, justify in (("ID", "right"), ("When (UTC)", "left"), ("Command", "left")):
        table.add_column(name, justify=justify, no_wrap=True)
    table.add_column("Action", no_wrap=True)
    table.add_column("Key", overflow="fold")
    table.add_column("Changes", overflow="fold")
    for row in rows:
        table.add_row(
            str(row["id"]),
            _when(row["at"]),
            row["command"],
            f"{row['action']} {row['entity']}",
            escape(row["entity_key"]),
            escape(describe(row, 30)),
        )
    out.print(table)
    out.print(f"{len(rows)} change{'s' if len(rows) != 1 else ''}", style="dim")


def render_changes(rows: Sequence[dict[str, Any]]) -> None:
    """The end of a `show` page: how this record came to be as it is."""
    from rich.markup import escape
    from rich.table import Table

    out = console()
    out.print("\n[bold]Changes to this record[/bold]")
    if not rows:
        out.print("  (none recorded)")
        return
    grid = Table.grid(padding=(0, 1))
    for _ in range(3):
        grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for row in rows:
        grid.add_row(
            " ", _when(row["at"]), f"{row['command']:<7} {row['action']}", escape(describe(row))
        )
    out.print(grid)

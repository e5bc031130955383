"""The history of changes: the `history` table and the section that ends `show`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from kerjasama_cli.i18n import translator
from kerjasama_cli.render.console import console

# The history table's columns (`Who`: the person, m020; "unknown" before it).
HEADS = ("ID", "When (local time)", "Who", "Command", "Action", "Key", "Changes")


def _value(value: Any, width: int | None = 40) -> str:
    """A stored value as one cell; cut to `width` on a terminal only (None: whole, for pipes)."""
    if value is None or value == []:
        return "—"
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a term of 5 years, not 5.0
    text = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)
    return text if width is None or len(text) <= width else text[: width - 1] + "…"


def _shown(field: str, value: Any, width: int | None) -> str:
    """A stored value; a governor's basis label (`not recorded`) in the language."""
    if field == "governor" and isinstance(value, str):
        from kerjasama_cli.domain.governors import BASIS_LABELS

        if value in BASIS_LABELS.values():
            return translator().ctx("basis", value)
    return _value(value, width)


def _actor(change: dict[str, Any]) -> str:
    """Who made the change; rows from before m020 store `unknown`, said in the language."""
    actor = change.get("actor")
    if not actor or actor == "unknown":
        return translator().ctx("actor", "unknown")
    return str(actor)


def _action(change: dict[str, Any]) -> str:
    """`insert record` / `tambah catatan`."""
    t = translator()
    return f"{t.ctx('action', change['action'])} {t.ctx('entity', change['entity'])}"


def _key(change: dict[str, Any]) -> str:
    """The entry's key; the regulation's stage list (stored `(default)`) in the language."""
    key = str(change["entity_key"])
    if change["entity"] == "stage_list" and key == "(default)":
        return translator().ctx("stage list", key)
    return key


def describe(change: dict[str, Any], width: int | None = 40) -> str:
    """`status: active → ended; title: …` for an update; the fields set or cleared otherwise.

    Field names are in the language (`Translator.field`); stored values are shown as stored,
    cut to `width` characters (None: whole, as a pipe gets them).
    """
    t = translator()
    changes = change["changes"]
    if change["action"] == "update":
        return "; ".join(
            f"{t.field(field)}: {_shown(field, old, width)} → {_shown(field, new, width)}"
            for field, (old, new) in changes.items()
        )
    if not changes and change["action"] == "insert":
        return t("bulk insert (values in the record)")
    # An insert or delete touches every field; its name or title says which entry it was.
    label = next((changes[f][0] or changes[f][1] for f in ("title", "name") if f in changes), None)
    count = t.plural("{n} field", "{n} fields", len(changes))
    return f"{count}: {_value(label, width)}" if label else count


def local_time(at: str) -> str:
    """A stored UTC time as the local time of this machine, with its offset (`+07:00`): the
    bureau reads its own clock; the offset keeps it unambiguous. JSON keeps UTC."""
    import datetime as dt

    try:
        moment = dt.datetime.fromisoformat(at)
    except ValueError:
        return at
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone()
    offset = local.strftime("%z")
    return local.strftime("%Y-%m-%d %H:%M:%S ") + f"{offset[:3]}:{offset[3:]}"


def _plain(rows: Sequence[dict[str, Any]]) -> None:
    """Aligned text, one line per change, never wrapped: for pipes, grep and less."""
    import sys

    cells = [
        [
            str(r["id"]),
            local_time(r["at"]),
            _actor(r),
            r["command"],
            _action(r),
            _key(r),
            describe(r, None),  # piped text is never cut: grep finds a word of an old title
        ]
        for r in rows
    ]
    t = translator()
    header = [t(h) for h in HEADS]
    widths = [max(len(c[i]) for c in [header, *cells]) for i in range(len(header) - 1)]
    for line in [header, *cells]:
        first = [line[0].rjust(widths[0])] + [
            c.ljust(w) for c, w in zip(line[1:-1], widths[1:], strict=True)
        ]
        sys.stdout.write("  ".join([*first, line[-1]]).rstrip() + "\n")
    sys.stdout.write(t.plural("{n} change", "{n} changes", len(rows)) + "\n")


# The columns of `history --format csv`: the JSON output's keys, in its order.
CSV_COLUMNS = (
    "id", "at", "actor", "command", "entity", "entity_id", "entity_key", "action", "changes"
)  # fmt: skip


def write_history_csv(rows: Iterable[dict[str, Any]]) -> None:
    """Changes as CSV, streamed: the JSON output's keys; `changes` ({field: [old, new]}) a
    JSON cell, so a spreadsheet shows it and a script reads it back exactly."""
    import json

    from kerjasama_cli.render.machine import write_csv

    write_csv(
        ({**row, "changes": json.dumps(row["changes"], ensure_ascii=False)} for row in rows),
        CSV_COLUMNS,
    )


def render_history(rows: Sequence[dict[str, Any]]) -> None:
    """Recent changes, newest first: a table on a terminal, plain lines through a pipe."""
    from kerjasama_cli.render.console import rich_terminal

    if not rich_terminal():  # piped: plain lines, without importing rich
        _plain(rows)
        return
    out = console()
    from rich import box
    from rich.markup import escape
    from rich.table import Table

    from kerjasama_cli.render.fit import Column, longest_word, print_fitted, whole

    t = translator()
    heads = [t(h) for h in HEADS]
    cells = [
        [
            str(row["id"]),
            local_time(row["at"]),
            _actor(row),
            row["command"],
            _action(row),
            _key(row),
            describe(row, 30),
        ]
        for row in rows
    ]
    # Ids and times whole; the rest wraps between words (a key or a change folds past 20
    # cells). The changes give way first; the command, then the key, are left out, and said.
    columns = []
    for i, head in enumerate(heads):
        texts = [c[i] for c in cells]
        most = whole([head, *texts])
        least = most if i < 2 else min(longest_word([head, *texts]), 20 if i >= 5 else most)
        columns.append(Column(head, least, most))

    def build(widths: dict[int, int], rows: bool = True) -> Table:
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
        for i, width in widths.items():
            justify = "right" if i == 0 else "left"
            table.add_column(heads[i], justify=justify, width=width, overflow="fold")
        for row in cells if rows else ():
            table.add_row(*(escape(row[i]) for i in widths))
        return table

    print_fitted(out, build, columns, [3, 5, 4], first=[6, 5, 4, 3], full="json")
    out.print(t.plural("{n} change", "{n} changes", len(rows)), style="dim")


def render_changes(rows: Sequence[dict[str, Any]]) -> None:
    """The end of a `show` page: how this record came to be as it is."""
    from kerjasama_cli.render.page import Block, write_page

    t = translator()
    if not rows:
        write_page([Block(t("Changes to this record"), note="  " + t("(none recorded)"))])
        return
    lines = [
        [
            " ",
            local_time(row["at"]),
            _actor(row),
            f"{row['command']:<7} {t.ctx('action', row['action'])}",
            # Whole values on a terminal too: the page folds a long line, and a pipe gets the
            # same lines as a wide terminal (never cut).
            describe(row, None),
        ]
        for row in rows
    ]
    write_page([Block(t("Changes to this record"), lines)])

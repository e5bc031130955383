"""GitHub-flavoured Markdown tables for pasting into briefing notes (`--format markdown`).

Every value is written so that the markdown shows it as stored: a partner named `A*B`, a title
with `<b>`, `[x](y)`, a backtick or `~~` renders as those characters, not as emphasis, HTML, a
link, code or strikethrough, and a value with a line break stays on its row's one line. What we
mark up ourselves (a bold total, a search match) is `Markup`, built from escaped pieces."""

from __future__ import annotations

import re
from collections.abc import Sequence

# The characters CommonMark and GitHub read as inline markup: a backslash (it escapes the next
# one), code, emphasis, links and images (`[`), HTML and autolinks (`<`), a table's column (`|`),
# and `&` where it starts an entity (`&amp;` is otherwise shown as `&`). Block markup (`#`, `>`,
# `-` at a line's start) never meets a value, which is never first on a line; headings add `#`.
_INLINE = re.compile(r"[\\`*_\[\]<|]|&(?=#?[0-9A-Za-z]+;)")
# What `str.splitlines` breaks at: a reader of the raw text, as well as CommonMark, sees one line.
_BREAKS = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


class Markup(str):
    """Text already in markdown (our own `**bold**` around escaped text), written as it is."""


def escape(text: str, *, lone_tilde: bool = False) -> str:
    """TEXT shown as written where markdown reads inline text, its line breaks made spaces.

    Every `~` is escaped (GitHub strikes `~text~` through), but with LONE_TILDE a single one is
    left alone: in a context of its own (a cell, a heading) one tilde cannot pair, and `~2024`,
    the mark of an approximate date, reads better unescaped."""
    text = _INLINE.sub(r"\\\g<0>", _BREAKS.sub(" ", text))
    if lone_tilde and text.count("~") < 2:
        return text
    return text.replace("~", "\\~")


def strong(text: object) -> Markup:
    """`**TEXT**`, the text escaped."""
    return Markup(f"**{escape(str(text))}**")


def cell(text: object) -> str:
    """A table cell: the value escaped (`escape`) on one line; `Markup` as it is."""
    if isinstance(text, Markup):
        return str(text)
    return escape("" if text is None else str(text), lone_tilde=True)


def heading(text: str) -> str:
    """A heading's text: a cell's escaping, and `#` escaped (a heading's last `#`s close it)."""
    return cell(text).replace("#", "\\#")


def table(
    headers: Sequence[str], rows: Sequence[Sequence[object]], right: Sequence[int] = ()
) -> str:
    """A header row, an alignment row (`---:` for the `right` columns) and one line per row."""
    align = "|" + "|".join("---:" if i in right else "---" for i in range(len(headers))) + "|\n"

    return row_line(headers) + align + "".join(row_line(r) for r in rows)


def row_line(cells: Sequence[object]) -> str:
    """One table row, its line break included."""
    return "| " + " | ".join(cell(c) for c in cells) + " |\n"

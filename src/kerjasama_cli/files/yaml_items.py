"""The export's YAML entries written here, byte for byte as PyYAML writes them.

PyYAML's representer is Python even with the C emitter (`CSafeDumper`), and it was most of a
YAML export's time: four times the import of the same rows. The export's entries have a fixed,
plain shape (mappings of text, numbers, nulls, lists of text or of small mappings), and most of
their text is written plain on one line, so this module lays each entry out itself when it can
prove PyYAML would write exactly that: every piece of text is in a conservative set of
characters (no indicator where YAML gives it a meaning, no line break, no character libyaml
escapes), lines short enough never to be folded at `width=100`, and PyYAML's own resolver
decides plain or single-quoted. Anything else (a long summary, a control character, a float,
an emoji...) is an entry handed to PyYAML, so the text is always PyYAML's. The hypothesis test
in tests/test_export_layout.py holds the two equal for any values.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import yaml

WIDTH = 100  # as files.writers dumps

# A piece of text PyYAML might not write plain on one line: outside the characters both
# emitters print as they are (libyaml escapes \x85, \u2028/9, \ufeff and anything beyond the
# BMP; Python's emitter only some of them), an indicator at the start, `: ` or ` #` inside, a
# document marker, space at either end.
_RISKY = re.compile(
    r"[^\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]"
    r"|: |:$| #|^[\s#,\[\]{}&*!|>'\"%@`?:\-]|^(?:---|\.\.\.)|\s$"
)
_STR = "tag:yaml.org,2002:str"


class _Unsure(Exception):
    """A value this module does not lay out itself: the entry goes to PyYAML."""


def _resolver() -> Callable[[str], str]:
    resolver = yaml.resolver.Resolver()
    firsts = frozenset(k for k in yaml.resolver.Resolver.yaml_implicit_resolvers if k)

    def resolve(text: str) -> str:
        # Only text starting with one of these may be read back as something else (a number,
        # a date, null, a boolean): PyYAML quotes it.
        if text and text[0] not in firsts:
            return _STR
        return resolver.resolve(yaml.nodes.ScalarNode, text, (True, False))

    return resolve


_RESOLVE = _resolver()
_KEYS: dict[Any, str] = {}


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    kind = type(value)
    if kind is str:
        if _RISKY.search(value):
            raise _Unsure
        if _RESOLVE(value) == _STR:
            return value
        return "'" + value.replace("'", "''") + "'"
    if kind is int:
        return int.__repr__(value)
    raise _Unsure  # floats, booleans, dates...: PyYAML's own spelling


def _key(key: Any) -> str:
    text = _KEYS.get(key)
    if text is None:
        if type(key) is not str or not key or len(key) > 64:
            raise _Unsure
        text = _scalar(key)
        if text != key:  # a quoted key: rare enough to leave to PyYAML
            raise _Unsure
        _KEYS[key] = text
    return text


def _line(prefix: str, value: Any, lines: list[str]) -> None:
    text = _scalar(value)
    # PyYAML folds text at a single space once past the width: keep to lines that fit.
    if len(prefix) + len(text) > WIDTH and " " in text:
        raise _Unsure
    lines.append(prefix + text)


def _mapping(item: dict[Any, Any], first: str, indent: str, lines: list[str]) -> None:
    """ITEM's `key: value` lines, the first after FIRST (`- ` in a sequence), the rest at INDENT."""
    prefix = first
    for key, value in item.items():
        head = prefix + _key(key) + ":"
        prefix = indent
        kind = type(value)
        if kind is dict:
            if not value:
                lines.append(head + " {}")
                continue
            lines.append(head)
            inner = indent + "  "
            _mapping(value, inner, inner, lines)
        elif kind is list:
            if not value:
                lines.append(head + " []")
                continue
            lines.append(head)
            _sequence(value, indent, lines)  # a mapping's sequence is not indented
        else:
            _line(head + " ", value, lines)


def _sequence(items: list[Any], indent: str, lines: list[str]) -> None:
    dash = indent + "- "
    for item in items:
        kind = type(item)
        if kind is dict and item:
            _mapping(item, dash, indent + "  ", lines)
        elif kind is dict or kind is list:
            raise _Unsure  # `- {}`, nested sequences: never in an export
        else:
            _line(dash, item, lines)


def dump_items(items: Iterable[Any], dump: Callable[[Any], str]) -> str:
    """ITEMS as the block sequence `dump(list(items))` writes; DUMP is that PyYAML dump, used
    for each item this module cannot vouch for (items never share a container, so no anchors)."""
    parts: list[str] = []
    lines: list[str] = []
    for item in items:
        if type(item) is dict and item:
            try:
                _mapping(item, "- ", "  ", lines)
            except _Unsure:
                lines.clear()
                parts.append(dump([item]))
                continue
            lines.append("")
            parts.append("\n".join(lines))
            lines.clear()
        else:
            parts.append(dump([item]))
    return "".join(parts) if parts else dump([])

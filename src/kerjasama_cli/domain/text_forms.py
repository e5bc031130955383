"""Text as it is stored and looked up: invisible format characters out, compatibility forms folded.

Names arrive copied from web pages, PDFs and spreadsheets. "Shanghai" followed by a zero-width
space (U+200B) looked identical to Shanghai in every table yet was a second partner; a bidi
override (U+202E) can make a name read as another; fullwidth "Ｓｅｏｕｌ" and "２０２４" (typed
with a Chinese, Japanese or Korean input method) were kept as typed and so did not match
"Seoul" or read as a year. Every value is cleaned once, where it enters (an import row, an
option of `add`, `edit`, `partners`, `governments`, `leaders`, a filter, a search), by the
field it is for:

- **Names, keys, codes and dates** (everything not listed below: partner, aliases, country,
  region, local party, governments, leaders, signatories and participants with their titles,
  place, sectors, type, status, stage, key, agreement, dates, term): Unicode format characters
  (category Cf: zero-width space, BOM, word joiner, soft hyphen, LRM/RLM, bidi embeddings,
  overrides and isolates, tag characters) are **removed**, then the text is put in **NFKC**:
  fullwidth and halfwidth forms, ligatures, no-break and ideographic spaces become their
  ordinary form. Ordinary CJK and Hangul are unchanged by NFKC; halfwidth katakana become the
  ordinary (fullwidth) katakana, voiced marks joined ("ｶﾞ" -> "ガ"), which is how Japanese
  names are written. Removed rather than refused: the characters are invisible, so a message
  "contains U+200B" would leave the user hunting for a character nobody can see, and the clean
  form is never in doubt. A name left empty by the removal is refused as empty, as a blank one.
- **Zero-width joiner and non-joiner** (U+200D, U+200C) are the exception: Persian, Arabic and
  Indic scripts need them between letters (a Persian word's ZWNJ, a Devanagari half form's ZWJ),
  as emoji sequences need the ZWJ. They are kept between two characters that are letters, marks
  or symbols of a script other than Latin, and removed beside a Latin letter, a digit, a space
  or punctuation, and at either end, where they are only junk.
- **Free text** (`PROSE`: title, summary, notes, note, date_note, statement): format characters
  removed by the same rule (bidi controls reorder how the rest of a table row shows; a
  zero-width space splits a word so search misses it), then **NFC**, not NFKC: prose keeps its
  typography (a Chinese title's fullwidth brackets "（首尔）", superscripts, "½").
- **Addresses** (`VERBATIM`: url, sources, which may be URLs): format characters removed, no
  normal form: a URL is kept as the site spells it. An attached file's path is not text of
  ours and is not touched.

Existing registries are not rewritten by a migration: partners that differ only by such
characters may be two records of one partner, and merging them is a decision `check` lists with
the `partners merge` command that makes it (a migration must keep every row, and would have to
choose silently). Look-ups fold the same characters (`keys.folded`, the partner book), so a name
typed with or without them finds the stored one either way.

Cost: plain ASCII (nearly every value of a bureau's sheet) returns at once, the same object; other
printable text already in its form costs two C-level scans; only text that changes is rebuilt.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

# Free text: format characters out, NFC. Everything not named here is a name, key, code or date.
PROSE = frozenset({"title", "summary", "notes", "note", "date_note", "statement"})
# Addresses: format characters out, nothing else changed.
VERBATIM = frozenset({"url", "sources"})
# Not text of ours: a path on the user's disk.
UNTOUCHED = frozenset({"file"})

_JOINERS = frozenset("\u200c\u200d")
_category = unicodedata.category
_normalize = unicodedata.normalize
_is_normalized = unicodedata.is_normalized


def _joins(char: str) -> bool:
    """Whether a ZWJ/ZWNJ beside `char` may be the script's own: a letter, mark or symbol of a
    script other than Latin (below U+0370 is ASCII, Latin and the combining accents)."""
    if char < "\u0370":
        return False
    kind = _category(char)
    if kind[0] not in "LM" and kind not in ("So", "Sk"):
        return False
    return "LATIN" not in unicodedata.name(char, "")


def drop_format(text: str) -> str:
    """`text` without Unicode format characters (category Cf), but a ZWJ or ZWNJ between two
    characters of a script that needs it."""
    last = len(text) - 1
    kept = []
    for at, char in enumerate(text):
        if (
            _category(char) != "Cf"
            or char in _JOINERS
            and 0 < at < last
            and _joins(text[at - 1])
            and _joins(text[at + 1])
        ):
            kept.append(char)
    return "".join(kept)


def clean_name(text: str) -> str:
    """A name, key, code or date as stored and looked up: format characters out, then NFKC
    (`"Ｓｅｏｕｌ\u200b"` -> `"Seoul"`). Plain ASCII comes back as the same object."""
    if text.isascii():
        return text
    # Every format character is non-printable, so printable text needs only its normal form.
    if text.isprintable() and _is_normalized("NFKC", text):
        return text
    return _normalize("NFKC", drop_format(text))


def clean_prose(text: str) -> str:
    """Free text: format characters out, then NFC (its typography kept)."""
    if text.isascii():
        return text
    if text.isprintable() and _is_normalized("NFC", text):
        return text
    return _normalize("NFC", drop_format(text))


def clean_verbatim(text: str) -> str:
    """An address: format characters out, nothing else changed."""
    if text.isascii() or text.isprintable():
        return text
    return drop_format(text)


def cleaner(field: str) -> Any:
    """The cleaning function for values of `field` (a canonical field name, `domain/schema.py`)."""
    if field in PROSE:
        return clean_prose
    if field in VERBATIM:
        return clean_verbatim
    if field in UNTOUCHED:
        return _same
    return clean_name


def _same(text: str) -> str:
    return text


def clean_value(field: str, value: Any) -> Any:
    """`value` of `field` cleaned: text by the field's rule, lists item by item, a person's or a
    date's mapping part by part; anything else (numbers, None) as it is."""
    if value.__class__ is str:
        return cleaner(field)(value)
    if value.__class__ in (list, tuple):  # exactly: a named tuple is not a list of texts
        return value.__class__(clean_value(field, item) for item in value)
    if isinstance(value, Mapping):
        # {name, title, side} of a person, {from, to} or {by} of a date: names and dates.
        return {k: clean_name(v) if isinstance(v, str) else v for k, v in value.items()}
    return value


def clean_row(row: Mapping[str, Any]) -> Mapping[str, Any]:
    """A record's fields cleaned (`clean_value`); the same mapping when all of it is ASCII text,
    the common case, checked in one join."""
    try:
        if "".join(row.values()).isascii():
            return row
    except TypeError:  # a value that is not text (JSON, YAML): field by field
        pass
    return {
        name: value if value.__class__ is str and value.isascii() else clean_value(name, value)
        for name, value in row.items()
    }


def clean_fields(values: Any) -> Any:
    """A dataclass of options (`add`'s, `edit`'s) with every text field cleaned by its name, and
    the text of any dataclass in its lists (a signatory's name and title) as names."""
    changes = {}
    for field in dataclasses.fields(values):
        value = getattr(values, field.name)
        if value.__class__ in (str, list, tuple):
            new = clean_value(field.name, value)
            if new.__class__ in (list, tuple):
                new = new.__class__(
                    clean_fields(v) if dataclasses.is_dataclass(v) else v for v in new
                )
            if new != value:
                changes[field.name] = new
    return dataclasses.replace(values, **changes) if changes else values


def clean_names(values: Sequence[str] | None) -> list[str]:
    """Names given one by one (`--add-alias`, `--alias`): cleaned, trimmed, blanks left out."""
    cleaned = (clean_name(value).strip() for value in values or ())
    return [value for value in cleaned if value]

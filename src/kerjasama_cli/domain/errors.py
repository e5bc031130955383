"""Errors the domain raises; the CLI turns them into one-line messages and exit codes."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Mapping, Sequence
from typing import Any


class KerjasamaError(Exception):
    """A runtime failure the user can act on (exit code 1)."""

    exit_code = 1


class Refusal(KerjasamaError):
    """A failure whose message is a catalogue entry: `msgid` (English, `{name}` fields) filled
    with `values` after translation, so the CLI says it in the user's language (`translated`);
    `str()` is the English line."""

    def __init__(self, msgid: str, exit_code: int = 1, **values: object) -> None:
        self.msgid = msgid
        self.values = values
        self.exit_code = exit_code
        super().__init__(msgid.format(**values) if values else msgid)

    def translated(self, translate: Any) -> str:
        """The message through `translate` (a catalogue lookup), then filled."""
        text = translate(self.msgid)
        return text.format(**filled(self.values, translate)) if self.values else text


def filled(values: Mapping[str, object], translate: Any) -> dict[str, object]:
    """VALUES for a translated msgid: a value that is itself words (`Said`) in the language of
    `translate`; the user's values as they are."""
    return {
        k: v.translated(translate) if hasattr(v, "translated") else v for k, v in values.items()
    }


class Said:
    """Words inside a message made from values (`February 2020`, ` ('x' not understood)`): a
    msgid and its values, said in the message's language (`str()` is the English)."""

    def __init__(self, msgid: str, context: str | None = None, **values: object) -> None:
        self.msgid = msgid
        self.context = context  # a vocabulary word (`month`) is looked up in its context
        self.values = values

    def __str__(self) -> str:
        return self.msgid.format(**self.values) if self.values else self.msgid

    def translated(self, translate: Any) -> str:
        """The words in the language of `translate`."""
        if not self.msgid:
            return ""
        text = translate.ctx(self.context, self.msgid) if self.context else translate(self.msgid)
        return text.format(**filled(self.values, translate)) if self.values else text


def sqlite_words(value: object) -> object:
    """A value for a message: an error of SQLite, whose reason ("database disk image is
    malformed") is English, as words said in the user's language (the catalogue's context
    `sqlite`; a reason it lacks stays as SQLite says it); any other value as it is."""
    return Said(str(value), "sqlite") if type(value).__module__ == "sqlite3" else value


class Count:
    """A number inside a message, its thousands grouped as the message's language writes them:
    `100,000` in English, `100.000` in Indonesian, where a comma is the decimal point (`1,000`
    read as one). `str()` is the English, as files of rejects keep it."""

    def __init__(self, n: int) -> None:
        self.n = n

    def __str__(self) -> str:
        return f"{self.n:,}"

    def translated(self, translate: Any) -> str:
        """The number grouped by the separator of `translate`'s language."""
        return f"{self.n:,}".replace(",", translate.ctx("thousands separator", ","))


class FieldNames:
    """Stored fields' names inside a message (`title, end_date`), each said as the language
    names it (`judul, akhir masa berlaku`), as `edit` and `history` name them."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = list(names)

    def __str__(self) -> str:
        return ", ".join(self.names)

    def translated(self, translate: Any) -> str:
        """The names in the language of `translate` (an `i18n.Translator`)."""
        return ", ".join(translate.field(name) for name in self.names)


class Word:
    """A vocabulary code inside a message (`visit`, `proposed`), said as the language labels it
    (`kunjungan`, `diusulkan`); `str()` is the code, as the English line and files keep it."""

    def __init__(self, context: str, code: str) -> None:
        self.context = context  # `type`, `status`, ... (`Translator.word`)
        self.code = code

    def __str__(self) -> str:
        return self.code

    def translated(self, translate: Any) -> str:
        """The code's label in the language of `translate`; in English the code itself, as
        `add` takes it (`office_opening`)."""
        if getattr(translate, "lang", "en") == "en":
            return self.code
        return translate.word(self.context, self.code)


def install_command(extra: str) -> Said:
    """How to install the optional EXTRA (`web`, `extract`), in the message's language. In a
    checkout, `pip install 'kerjasama[web]'` alone would fetch kerjasama from PyPI rather than
    add the extra to the checkout's install, so both commands are given."""
    return Said(
        "in a checkout of kerjasama, pip install '.[{extra}]'; else pip install "
        "'kerjasama[{extra}]'",
        extra=extra,
    )


class ValidationError(KerjasamaError):
    """Bad input: names the input value, the field and what is wrong (exit code 2)."""

    exit_code = 2

    def __init__(
        self,
        field: str,
        value: object,
        reason: str | Said,
        suggestions: Sequence[str] = (),
        location: str | None = None,
        **values: object,
    ) -> None:
        # A reason made from values is a msgid with `{name}` fields and the values (Refusal's
        # way): `reason` is the English line, `msgid` what the catalogue translates. A check
        # that returns its problem as words (`schema.check_value`) gives them as a `Said`.
        if isinstance(reason, Said):
            values = {**reason.values, **values}
            reason = reason.msgid
        self.location = location
        self.field = field
        self.value = value
        self.msgid = reason
        self.values = values
        self.reason = reason.format(**{k: str(v) for k, v in values.items()}) if values else reason
        self.suggestions = list(suggestions)
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The line in English (the source language), as files of rejects keep it."""
        return self._line(self.reason, "; did you mean {names}?", " or ")

    def translated(self, translate: Any) -> str:
        """The line in the language of `translate` (an `i18n.Translator`): the reason and the
        "did you mean" through the catalogue, the field, the value and the suggestions as given.
        A reason the catalogue lacks (one built from values, not in REASON_FORMS) stays as
        written."""
        return self._line(
            self.reason_in(translate),
            translate("; did you mean {names}?"),
            translate.ctx("joining", " or "),
            translate,
        )

    def field_in(self, translate: Any) -> str:
        """The field's label in the language of `translate`: a word the code names it with
        (`column`, `row`) through the `error field` context; an option or a field name as it is
        typed (the catalogue has no entry for it)."""
        return translate.ctx("error field", self.field)

    def reason_in(self, translate: Any) -> str:
        """The reason alone in the language of `translate` (import's summaries repeat it)."""
        if self.values:
            return translate(self.msgid).format(**filled(self.values, translate))
        reason = translate(self.reason)
        return said_again(self.reason, translate) if reason == self.reason else reason

    def _line(self, reason: str, did_you_mean: str, joined_by: str, translate: Any = None) -> str:
        # The value goes through `shown`, never through repr or str: a missing value (None) is
        # simply not printed, and a 100,000-character value does not become a 100,000-character
        # line (issue 9: "--yes None: needed to delete", "json None: Expecting value").
        given = shown(self.value, translate=translate)
        field = self.field_in(translate) if translate else self.field
        text = f"{field} {given}: {reason}" if given else f"{field}: {reason}"
        if self.location:
            text = f"{self.location}: {text}"
        if self.suggestions:
            text += did_you_mean.format(names=joined_by.join(shown(s) for s in self.suggestions))
        return text

    def at(self, location: str | None) -> ValidationError:
        """The same error (a fresh exception, its subclass and data kept), placed at a file
        line or record number."""
        fresh = type(self)(
            self.field, self.value, self.msgid, self.suggestions, location, **self.values
        )
        fresh.__dict__.update({k: v for k, v in self.__dict__.items() if k != "location"})
        return fresh


# Reasons built from values (`not one of a, b`): the English form, its named parts kept as they
# are, and the catalogue msgid they are said with (`ValidationError.translated`).
REASON_FORMS: tuple[tuple[str, str], ...] = (
    (r"not one of (?P<choices>.+)", "not one of {choices}"),
    (r"directory (?P<folder>.+) does not exist", "directory {folder} does not exist"),
    (r"is before (?P<what>--from \S+)", "is before {what}"),
    (r"is given too often; at most (?P<n>\d+) times", "is given too often; at most {n} times"),
)  # fmt: skip
_REASON_PATTERNS = [(re.compile(form, re.DOTALL), msgid) for form, msgid in REASON_FORMS]


def said_again(reason: str, translate: Any) -> str:
    """REASON in the language of `translate` if it has a form in REASON_FORMS, else as it is."""
    for pattern, msgid in _REASON_PATTERNS:
        found = pattern.fullmatch(reason)
        if found:
            return translate(msgid).format(**found.groupdict())
    return reason


# How much of a value a message quotes; the rest is summarised by its length.
SHOWN_CHARS = 60


def shown(value: object, limit: int = SHOWN_CHARS, depth: int = 0, translate: Any = None) -> str:
    """A value as a message quotes it: text in quotes, with control characters escaped and cut
    to `limit` characters (`'xxxx…' (100000 characters)`, its count said through `translate`
    when given); numbers and booleans as written; a list as its items; None (nothing given) as
    the empty string, so callers can omit it.

    Never a Python repr of a container or of None: messages are for people, not programmers.
    Containers are shown a few items and two levels deep: an imported value may be a YAML alias
    bomb (nine lists of nine lists, nine levels down), which must not become a billion-item line.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        try:
            text = str(value)
        except ValueError:  # an int past Python's 4,300-digit conversion limit
            return _words("a number too long to print", translate)
        if len(text) <= limit:
            return text
        return f"{text[:limit]}… " + _words("({count} digits)", translate, count=Count(len(text)))
    if isinstance(value, list | tuple | set | frozenset | Mapping):
        return _shown_container(value, depth, translate)
    text = value if isinstance(value, str) else str(value)
    if len(text) <= limit:
        return _quoted(text)  # quoted, one line: control characters come out escaped
    start = _quoted(text[:limit])
    count = _words("({count} characters)", translate, count=Count(len(text)))
    return f"{start[:-1]}…{start[-1]} {count}"


def _quoted(text: str) -> str:
    """TEXT in quotes, one line, control characters escaped (`'a\\x07b'`) as repr writes it, but
    a backslash as typed: repr doubles it (`'C:\\\\data'` for C:\\data), which no one typed."""
    return repr(text).replace("\\\\", "\\")


def _words(msgid: str, translate: Any, **values: object) -> str:
    """MSGID filled with VALUES, in the language of `translate` (None: English)."""
    said = Said(msgid, **values)
    return said.translated(translate) if translate else str(said)


# A container in a message: this many items, this many levels, items cut this short.
_SHOWN_ITEMS = 3
_SHOWN_DEPTH = 2
_SHOWN_ITEM_CHARS = 20


def _shown_container(value: Collection[Any], depth: int, translate: Any = None) -> str:
    mapping = isinstance(value, Mapping)
    open_, close = ("{", "}") if mapping else ("[", "]")
    count = len(value)
    if depth >= _SHOWN_DEPTH and count:
        items = "… {n} item" if count == 1 else "… {n} items"
        return f"{open_}{_words(items, translate, n=count)}{close}"

    def part(item: object) -> str:  # inside a container, nothing is `null`, as JSON writes it
        return "null" if item is None else shown(item, _SHOWN_ITEM_CHARS, depth + 1, translate)

    parts = []
    for item in itertools.islice(value, _SHOWN_ITEMS):
        if mapping:
            parts.append(f"{part(item)}: {part(value[item])}")  # type: ignore[index]
        else:
            parts.append(part(item))
    if count > _SHOWN_ITEMS:
        parts.append(_words("… {n} more", translate, n=count - _SHOWN_ITEMS))
    return open_ + ", ".join(parts) + close


class RowRejected(Exception):
    """A row that failed validation: every field error found in it."""

    def __init__(self, errors: Sequence[ValidationError]) -> None:
        super().__init__("; ".join(e.message for e in errors))
        self.errors = list(errors)

"""Flat records: one agreement or event per row (CSV, NDJSON, flat JSON), read and written.

Spreadsheets arrive with Indonesian or English headers in any case; `header_fields` maps them to
the canonical field names below, `RowParser` validates a row with the same normalisers as `add`
(memoised, because a million-row file repeats the same countries, types and dates), and
`flat_row` is the inverse used by `export`. Knows nothing of files or SQL: partners and sources
are resolved through callbacks the store provides.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from kerjasama_cli.domain import vocab
from kerjasama_cli.domain.errors import ValidationError, shown
from kerjasama_cli.domain.fuzzy_date import FuzzyDate
from kerjasama_cli.domain.records import AGREEMENT, EVENT, Person, Record
from kerjasama_cli.domain.schema import name_problem

# The columns of a flat record, in export order.
FIELDS: tuple[str, ...] = (
    "key",
    "kind",
    "type",
    "partner",
    "partner_key",
    "partner_kind",
    "country",
    "region",
    "date",
    "date_note",
    "title",
    "summary",
    "status",
    "place",
    "leader",
    "signatories",
    "partner_signatories",
    "sectors",
    "notes",
    "sources",
    "agreement",
    "term_years",
    "end_date",
    "local_party",
    "local_country",
    # the furthest stage the record's own evidence proves (import stores it as evidence)
    "stage",
)
LIST_FIELDS = frozenset({"signatories", "partner_signatories", "sectors", "sources"})

# What spreadsheets call each field, in Indonesian and English (matched case-, accent- and
# separator-insensitively, so "Tanggal", "TANGGAL" and "tanggal_" are one header).
HEADER_SYNONYMS: Mapping[str, tuple[str, ...]] = {
    "key": ("kunci", "kode", "record key", "kode kerja sama"),
    "kind": ("jenis catatan", "record kind"),
    "type": ("jenis", "tipe", "jenis kerja sama", "jenis dokumen", "document type", "record type"),
    "partner": (
        "mitra",
        "nama mitra",
        "mitra kerja sama",
        "kota mitra",
        "nama kota mitra",
        "partner name",
        "counterpart",
    ),
    "partner_key": ("kunci mitra",),
    "partner_kind": ("jenis mitra", "partner type", "partner kind"),
    "country": ("negara", "negara mitra", "partner country"),
    "region": ("wilayah", "provinsi", "province", "state", "region code"),
    "date": ("tanggal", "tgl", "tanggal penandatanganan", "date signed", "signing date"),
    "date_note": ("catatan tanggal",),
    "title": ("judul", "nama kerja sama", "nama dokumen", "perihal"),
    "summary": ("ringkasan", "uraian", "deskripsi", "description"),
    "status": ("status kerja sama", "keadaan"),
    "place": ("tempat", "lokasi", "location", "venue"),
    "leader": ("gubernur", "governor", "pemimpin", "credited leader"),
    "signatories": (
        "penandatangan",
        "signatory",
        "penandatangan daerah",
        "home signatory",
        "home signatories",
        "participants",
        "peserta",
    ),
    "partner_signatories": ("penandatangan mitra", "partner signatory"),
    "sectors": ("bidang", "sektor", "sector", "bidang kerja sama", "sektor kerja sama"),
    "notes": ("catatan", "keterangan", "note", "remarks"),
    "sources": ("sumber", "source", "referensi", "reference", "references"),
    "agreement": ("perjanjian induk", "parent agreement", "agreement key"),
    "term_years": ("masa berlaku", "jangka waktu", "term", "term years", "masa berlaku tahun"),
    "end_date": ("tanggal berakhir", "berlaku sampai", "berakhir", "expires", "valid until"),
    "local_party": ("pihak daerah", "pemerintah daerah", "pihak lokal", "local government"),
    "local_country": ("negara pihak daerah", "negara pihak lokal"),
    # Not a column of FIELDS (export writes records): the stage a draft proves, which import
    # keeps as evidence of the record's partnership (`stages list` keys).
    "stage": ("tahap", "tahapan", "tahap kerja sama", "stage key"),
}

# Columns a rejects file adds (and any header starting with "_"): ignored on import.
REJECT_LINE, REJECT_REASON = "_line", "_reason"
# A list's running number (1, 2, 3...), the first column of most of a bureau's sheets: not a
# field of the record, ignored as a rejects file's columns are. "Nomor" alone is not among
# them: it may be a document's number.
RUNNING_NUMBER = frozenset({"no", "no urut", "nomor urut"})
# Unknown headers named in the one line that refuses a file (the first with its suggestions).
_UNKNOWN_NAMED = 5


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


_HEADER_INDEX: dict[str, str] = {}
for _field, _names in HEADER_SYNONYMS.items():
    for _name in (_field, *_names):
        _HEADER_INDEX.setdefault(_fold(_name), _field)


def field_for(name: str, what: str = "column") -> str:
    """The canonical field a header or `--map`/`--set` name stands for, or a ValidationError."""
    problem = name_problem(name)
    if problem:  # checked first: the name is quoted in messages, and difflib is quadratic
        raise ValidationError(what, name, problem)
    found = _HEADER_INDEX.get(_fold(name))
    if found:
        return found
    close = difflib.get_close_matches(_fold(name), list(_HEADER_INDEX), n=3, cutoff=0.75)
    suggestions = list(dict.fromkeys(_HEADER_INDEX[c] for c in close))
    raise ValidationError(what, name, "unknown field", suggestions)


def parse_assignments(pairs: Iterable[str], option: str) -> dict[str, str]:
    """`["city2=partner", ...]` -> {"city2": "partner"}; `NAME=` maps to an empty string."""
    result: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise ValidationError(option, pair, "must look like NAME=VALUE")
        result[name.strip()] = value.strip()
    return result


def header_fields(headers: Sequence[str], mapping: Mapping[str, str]) -> list[str | None]:
    """The field each column feeds (None: ignored), from `--map` first, then the synonyms.

    `--map HEADER=` ignores a column; headers starting with `_` (a rejects file's `_line` and
    `_reason`) are ignored too. Unknown headers and two columns for one field are errors, so a
    misspelt header never silently drops data.
    """
    explicit = {_fold(k): v for k, v in mapping.items()}
    unknown_maps = set(explicit) - {_fold(h) for h in headers}
    if unknown_maps:
        name = next(k for k in mapping if _fold(k) in unknown_maps)
        raise ValidationError("--map", name, "no such column in the file", _close(name, headers))
    fields: list[str | None] = []
    unknown: list[tuple[str, ValidationError]] = []
    for header in headers:
        problem = name_problem(header)
        if problem:
            raise ValidationError("column", header, problem)
        folded = _fold(header)
        if folded in explicit:
            target = explicit[folded]
            fields.append(field_for(target, "--map") if target else None)
        elif header.strip().startswith("_") or not header.strip() or folded in RUNNING_NUMBER:
            fields.append(None)
        else:
            try:
                fields.append(field_for(header))
            except ValidationError as error:
                unknown.append((header, error))
                fields.append(None)
    if unknown:
        raise _unknown_headers(unknown)
    seen: dict[str, str] = {}
    for header, field in zip(headers, fields, strict=True):
        if field is None:
            continue
        if field in seen:
            raise ValidationError(
                "column",
                header,
                "gives {name} again (already from column {column})",
                name=field,
                column=shown(seen[field]),
            )
        seen[field] = header
    return fields


def _unknown_headers(unknown: list[tuple[str, ValidationError]]) -> ValidationError:
    """One line for every unknown header (the first with its suggestions): a user who fixed
    one at a time was told of the next only on the next run."""
    (header, error), others = unknown[0], [h for h, _ in unknown[1:]]
    if not others:
        return ValidationError(
            "column",
            header,
            "unknown header; name its field with --map HEADER=FIELD (or --map HEADER= to "
            "ignore it)",
            error.suggestions,
        )
    named = ", ".join(shown(h) for h in others[:_UNKNOWN_NAMED])
    if len(others) > _UNKNOWN_NAMED:
        named += ", …"
    return ValidationError(
        "column",
        header,
        "unknown header, as are {others}; name each one's field with --map HEADER=FIELD (or "
        "--map HEADER= to ignore it)",
        error.suggestions,
        others=named,
    )


def _close(word: str, options: Sequence[str]) -> list[str]:
    return difflib.get_close_matches(word, list(options), n=3, cutoff=0.6)


# -- shared by the row parser and `edit` -------------------------------------------------------


def text_value(value: Any) -> str | None:
    """A cell as text: stripped, None when empty."""
    if value is None:
        return None
    text = value.strip() if isinstance(value, str) else str(value).strip()
    return text or None


def list_items(value: Any) -> list[Any]:
    """A list cell: JSON lists as they are, text split on `;`."""
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return value
    return [part.strip() for part in str(value).split(";") if part.strip()]


def person_text(person: Person) -> str:
    """`Name (Title)`: the form flat files use for one person."""
    return f"{person.name} ({person.title})" if person.title else person.name


def parse_person(value: Any, side: str, field: str) -> Person:
    """`Name (Title)`, `Name, Title` or a {name, title} mapping."""
    if isinstance(value, Mapping):
        name, title = text_value(value.get("name")), text_value(value.get("title"))
        side = text_value(value.get("side")) or side
        if side not in ("home", "partner"):
            raise ValidationError(field, side, "side must be 'home' or 'partner'")
    else:
        text = str(value).strip()
        if text.endswith(")") and "(" in text:
            name, _, title = text[:-1].partition("(")
        else:
            name, _, title = text.partition(",")
        name, title = name.strip(), title.strip() or None
    if not name:
        raise ValidationError(field, value, "needs a name ('Name (Title)')")
    return Person(side, name, title)


def _kinds_for(kind: str | None) -> Sequence[tuple[str, Mapping[str, tuple[str, ...]]]]:
    if kind == AGREEMENT:
        return ((AGREEMENT, vocab.AGREEMENT_TYPES),)
    if kind == EVENT:
        return ((EVENT, vocab.EVENT_TYPES),)
    return ((AGREEMENT, vocab.AGREEMENT_TYPES), (EVENT, vocab.EVENT_TYPES))


def kind_and_type(text: str, field: str = "type", kind: str | None = None) -> tuple[str, str]:
    """`mou` -> (agreement, mou); `kunjungan` -> (event, visit). Agreement types win a tie."""
    for found_kind, types in _kinds_for(kind):
        try:
            return found_kind, vocab.normalise(field, text, types)
        except ValidationError:
            continue
    everything = {**vocab.AGREEMENT_TYPES, **vocab.EVENT_TYPES}
    vocab.normalise(field, text, everything)  # raises with suggestions from both lists
    raise ValidationError(field, text, "not a type of {kind}", kind=kind)


# -- writing a row ------------------------------------------------------------------------------


_DATE_TEXTS: dict[FuzzyDate, str | None] = {}


def date_text(date: FuzzyDate) -> str | None:
    """A date as one line of text that parse_date reads back equal: `2024`, `by 2015-05-12`,
    `2025-02-20..2025-08-11`; None when unknown."""
    try:
        return _DATE_TEXTS[date]  # memoised: a large import repeats its dates
    except KeyError:
        pass
    spec = date.to_spec()
    if spec is None or isinstance(spec, str):
        text = spec
    elif "by" in spec:
        text = f"by {spec['by']}"
    else:
        text = f"{spec['from']}..{spec['to']}"
    if len(_DATE_TEXTS) > 50_000:
        _DATE_TEXTS.clear()
    _DATE_TEXTS[date] = text
    return text


def record_values(record: Record) -> dict[str, Any]:
    """A record's own fields as plain JSON values (the partner as its key); history diffs these."""
    people = record.people
    return {
        "kind": record.kind,
        "type": record.type,
        "partner": record.partner,
        "date": date_text(record.date),
        "date_note": record.date_note,
        "title": record.title,
        "summary": record.summary,
        "status": record.status,
        "place": record.place,
        "leader": record.leader,
        "signatories": [person_text(p) for p in people if p.side == "home"] if people else [],
        "partner_signatories": (
            [person_text(p) for p in people if p.side == "partner"] if people else []
        ),
        "sectors": list(record.sectors),
        "notes": record.notes,
        "sources": list(record.sources),
        "agreement": record.agreement,
        "term_years": record.term_years,
        "end_date": record.end_date.isoformat() if record.end_date else None,
        "local_party": record.local_party,
        "local_country": record.local_country,
    }


def flat_row(
    record: Record, partner: Mapping[str, Any] | None, stage: str | None = None
) -> dict[str, Any]:
    """The export row (FIELDS order) for a record, its partner's row (name, kind, ...) and the
    furthest stage its evidence proves."""
    from kerjasama_cli.domain.countries import export_code

    values = record_values(record)
    values["stage"] = stage
    values["key"] = record.key
    values["partner"] = partner["name"] if partner else None
    values["partner_key"] = record.partner
    for field in ("partner_kind", "country", "region"):
        values[field] = partner[field.removeprefix("partner_")] if partner else None
    for field in ("country", "local_country"):
        values[field] = export_code(values[field]) if values[field] else None
    return {field: values[field] for field in FIELDS}

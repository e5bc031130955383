"""Sectors: the code's vocabulary (vocab.SECTORS) plus those the bureau added to its registry.

The registry's rows are read only when a sector outside the code's vocabulary is met (a
`list --sector trade` never reads them); the store says how to read them when it opens
(`use_registry`), so the domain stays free of SQL.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from kerjasama_cli.domain import vocab
from kerjasama_cli.domain.errors import ValidationError


@dataclass(frozen=True)
class Sector:
    """One sector: its stable English code, its labels and every other word for it."""

    code: str
    label_id: str
    label_en: str
    aliases: tuple[str, ...] = ()
    builtin: bool = False


class UnknownSector(ValidationError):
    """A sector neither the code nor the registry knows; `import` lists these once each.
    `also`: the other unknown sectors of the same list (one error per field and row)."""

    also: tuple[str, ...] = ()


def unknown_sector(field: str, value: str, suggestions: Sequence[str] = ()) -> UnknownSector:
    """The error for a sector no one knows, naming the command that adds it."""
    return UnknownSector(
        field,
        value,
        "not a sector of this registry; add it with: kerjasama sectors add {hint}",
        suggestions,
        hint=add_hint(value),
    )


def add_hint(value: str) -> str:
    """The argument of `sectors add` for a word, quoted for a shell when it has spaces."""
    text = " ".join(str(value).split())
    return f'"{text}"' if " " in text or not text else text


Loader = Callable[[], Sequence[Sector]]
_LOADER: contextvars.ContextVar[Loader | None] = contextvars.ContextVar("sectors", default=None)
_LOADED: dict[int, tuple[tuple[Sector, ...], Mapping[str, tuple[str, ...]]]] = {}


def use_registry(loader: Loader | None) -> None:
    """Read added sectors with `loader` from now on (the store calls this when it opens and
    after `sectors add/alias`, so the next look-up sees the change)."""
    _LOADED.clear()
    _LOADER.set(loader)


def _loaded() -> tuple[tuple[Sector, ...], Mapping[str, tuple[str, ...]]]:
    loader = _LOADER.get()
    if loader is None:
        return (), vocab.SECTORS
    found = _LOADED.get(id(loader))
    if found is None:
        rows = tuple(loader())
        merged = {code: tuple(words) for code, words in vocab.SECTORS.items()}
        for sector in rows:
            words = (sector.label_id, sector.label_en, *sector.aliases)
            merged[sector.code] = tuple(dict.fromkeys((*merged.get(sector.code, ()), *words)))
        found = _LOADED[id(loader)] = (rows, merged)
    return found


def extend(added: Sequence[Sector]) -> None:
    """Know `added` too (the `sectors:` of a file being imported, before they are stored)."""
    if not added:
        return
    before = _LOADER.get()
    use_registry(lambda: (*(before() if before else ()), *added))


def parse_sector(item: Mapping[str, object]) -> Sector:
    """One entry of an export's `sectors:` section ({code, label_id, label_en, aliases})."""
    code = " ".join(str(item.get("code") or "").split())
    if not code:
        raise ValidationError("code", item.get("code"), "is required (e.g. clean_water)")
    label_id = " ".join(str(item.get("label_id") or code.replace("_", " ")).split())
    label_en = " ".join(str(item.get("label_en") or label_id).split())
    aliases = item.get("aliases") or []
    if not isinstance(aliases, list):
        raise ValidationError("aliases", aliases, "expected a list of words")
    return Sector(code, label_id, label_en, tuple(fold(str(a)) for a in aliases))


def registry() -> tuple[Sector, ...]:
    """The registry's sectors (empty when no registry is open), read once per loader."""
    return _loaded()[0]


def vocabulary() -> Mapping[str, tuple[str, ...]]:
    """Every sector code with the words that name it: the code's, then the registry's."""
    return _loaded()[1]


def normalise(field: str, value: str) -> str:
    """The code of a sector as typed (`banjir`, `air bersih`), or UnknownSector."""
    try:
        return vocab.normalise(field, value, vocab.SECTORS)  # the common case reads no rows
    except ValidationError:
        pass
    words = vocabulary()
    try:
        return vocab.normalise(field, value, words)
    except ValidationError as error:
        raise unknown_sector(field, value, error.suggestions) from None


def normalise_all(field: str, values: Sequence[str]) -> tuple[str, ...]:
    """The codes of a record's sectors, in order, once each; UnknownSector for the first word
    no one knows, naming the others in `also`."""
    codes: list[str] = []
    unknown: list[UnknownSector] = []
    for value in values:
        try:
            codes.append(normalise(field, value))
        except UnknownSector as error:
            unknown.append(error)
    if unknown:
        first = unknown[0]
        first.also = tuple(str(e.value) for e in unknown[1:])
        raise first
    return tuple(dict.fromkeys(codes))


def label(code: str, lang: str) -> str | None:
    """An added sector's label in the language; None for the code's own (the catalogue's)."""
    if code in vocab.SECTORS:
        return None
    for sector in registry():
        if sector.code == code:
            return sector.label_id if lang == "id" else sector.label_en
    return None


def sector_name(code: str, lang: str) -> str:
    """A sector's name in the language: `flood_management` -> `penanggulangan banjir`; a
    sector the registry added by its own label."""
    from kerjasama_cli.i18n import translator

    return label(code, lang) or translator(lang).word("sector", code)


def fold(text: str) -> str:
    """The form aliases are stored and matched in (case, accents and separators ignored)."""
    return vocab.fold(text)

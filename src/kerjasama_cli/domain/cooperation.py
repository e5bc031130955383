"""A cooperation's family and objects, as PP 28/2018 distinguishes them (docs/domain.md, *The legal
life of a foreign cooperation*).

- **Family**: KSDPL is cooperation with a foreign local government (a sister city or province),
  KSDLL with a foreign institution (an organisation, a university, a company). The family
  follows from the partner's kind unless someone records otherwise (a city's utility company
  is an institution), so only the exceptions are stored (store/dossier/cooperation.py).
- **Objects**: the regulation's short list. Sectors (banjir, ASN...) are finer and sit inside
  them, so a record without objects of its own takes those of its sectors (the default map is
  written into the registry by migration m017, where a bureau may change it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kerjasama_cli.domain import vocab

KSDPL = "ksdpl"
KSDLL = "ksdll"
FAMILIES: Mapping[str, tuple[str, ...]] = {
    KSDPL: ("kerja sama daerah dengan pemerintah daerah di luar negeri", "local government"),
    KSDLL: ("kerja sama daerah dengan lembaga di luar negeri", "institution", "lembaga"),
}
# Partner kinds that are foreign local governments; every other kind (country, organisation,
# institution) is a foreign institution in the regulation's sense.
LOCAL_GOVERNMENT_KINDS = ("city", "province", "region")

OBJECTS: Mapping[str, tuple[str, ...]] = {
    "science_technology": ("ilmu pengetahuan dan teknologi", "iptek", "science and technology"),
    "cultural_exchange": ("pertukaran budaya", "budaya", "culture"),
    "capacity_building": (
        "peningkatan kemampuan teknis dan manajemen pemerintahan",
        "technical and management capacity",
        "capacity",
    ),
    "regional_promotion": ("promosi potensi daerah", "promotion of regional potential"),
    "other": ("objek lain", "lainnya", "other lawful objects"),
}


def parse_family(text: str, field: str = "--family") -> str:
    """`KSDPL`, `ksdll`, `lembaga`... as the family slug."""
    return vocab.normalise(field, text, FAMILIES)


def parse_objects(values: Iterable[str], field: str = "--object") -> tuple[str, ...]:
    """Object words as slugs, each once, in the order given."""
    return tuple(dict.fromkeys(vocab.normalise(field, v, OBJECTS) for v in values))


@dataclass(frozen=True)
class Classification:
    """A record's family and objects, and whether each was set by hand or derived."""

    record_id: int
    key: str
    family: str | None
    family_set: bool
    objects: tuple[str, ...]
    objects_set: bool

"""A cooperation's family and objects, as PP 28/2018 distinguishes them (docs/domain.md, *The legal
life of a foreign cooperation*).

- **Family**: KSDPL is cooperation with a foreign local government (a sister city or province),
  KSDLL with a foreign institution (an organisation, a university, a company). The family
  follows from the partner's kind unless someone records otherwise (a city's utility company
  is an institution), so only the exceptions are stored (store/dossier/cooperation.py).
- **Objects**: the regulation's short list. Sectors (banjir, ASN...) are finer and sit inside
  them, so a record without objects of its own takes those of its sectors (`SECTOR_OBJECTS`,
  copied into the registry by migration m017, where a bureau may change it).
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

# Which object each known sector serves (a bureau's default; stored and editable per registry).
SECTOR_OBJECTS: Mapping[str, str] = {
    "technology": "science_technology",
    "innovation": "science_technology",
    "education": "science_technology",
    "scholarship": "science_technology",
    "culture": "cultural_exchange",
    "sports": "cultural_exchange",
    "student_exchange": "cultural_exchange",
    "friendship": "cultural_exchange",
    "civil_service": "capacity_building",
    "urban_planning": "capacity_building",
    "flood_management": "capacity_building",
    "waste": "capacity_building",
    "transport": "capacity_building",
    "environment": "capacity_building",
    "health": "capacity_building",
    "governance": "capacity_building",
    "climate": "capacity_building",
    "energy": "capacity_building",
    "green_building": "capacity_building",
    "sustainable_development": "capacity_building",
    "social_welfare": "capacity_building",
    "labour": "capacity_building",
    "logistics": "capacity_building",
    "finance": "capacity_building",
    "trade": "regional_promotion",
    "economy": "regional_promotion",
    "investment": "regional_promotion",
    "tourism": "regional_promotion",
}


def family_of_kind(kind: str | None) -> str | None:
    """The family a partner of this kind implies (None without a partner)."""
    if kind is None:
        return None
    return KSDPL if kind in LOCAL_GOVERNMENT_KINDS else KSDLL


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

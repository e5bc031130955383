"""South Korea's districts (gu) and counties (gun), which no other tier of the gazetteer holds.

GeoNames lists a county's seat town ("Hamyang-eup"), never the county, and pycountry stops at the
provinces; yet Indonesian regencies twin with Korean counties (Gurye, Hamyang, Haman) and cities
with Seoul's and Busan's districts (Eunpyeong-gu, Jung-gu). The table is `kr_districts.tsv`
beside this module (151 rows, its source in its header), read once, on first use.

One question: `find_district("Jung-Gu")`, a name written with its Korean kind ("-gu", "Gun"),
which says Korea by itself. A bare name is never asked: many are words or surnames ("Jung",
"Nam", "Seo"). "Kabupaten Hamyang, Korea Selatan" and "Goesan County, South Korea" are read
already by the kind-word rules with the country beside them (extract/place_evidence.py); asking
the table there too gave a county its country where the article's other record was the
country's own (real25's Yeongwol, measured), and nothing else.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from kerjasama_cli.geo.names import normalise

_TABLE = Path(__file__).with_name("kr_districts.tsv")
# "Jung-gu", "Jung Gu", "Junggu", "Hamyang-gun", "Hamyang Gun": a name and its kind
_KIND = re.compile(r"^(?P<name>.+?)[\s-]?(?P<kind>gu|gun)$", re.I)


@functools.lru_cache(maxsize=1)
def _districts() -> dict[str, tuple[str, ...]]:
    """Folded bare name -> the kinds it has ("gu", "gun"), from the table."""
    kinds: dict[str, tuple[str, ...]] = {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, kind, _ = line.split("\t")
        key = normalise(name)
        if kind not in kinds.get(key, ()):
            kinds[key] = (*kinds.get(key, ()), kind)
    return kinds


def find_district(written: str) -> str | None:
    """The district or county a name written with its kind names ("Jung-Gu" -> "Jung-gu",
    "Hamyang Gun" -> "Hamyang-gun"), or None when the table has no such name of that kind."""
    m = _KIND.match(written.strip())
    if m is None:
        return None
    name, kind = m.group("name").strip(" -"), m.group("kind").lower()
    if kind in _districts().get(normalise(name), ()):
        return f"{name}-{kind}"
    return None

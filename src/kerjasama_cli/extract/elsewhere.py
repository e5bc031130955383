"""Sentences about cooperation other than the article's records ("Di dalam negeri ...",
"Kemitraan lainnya ..."): assemble.py leaves them out of the records' anaphora.

The harmless patterns go first: words that read like "other" or "domestic" cooperation but
only close a list, widen the record's own scope, or name a ministry.
"""

from __future__ import annotations

import re

# Sentences about other cooperation ("Di dalam negeri ...", "Kemitraan lainnya ...").
_ELSEWHERE = re.compile(
    r"\b(?:lainnya|dalam negeri|domestic|domestik|antardaerah|"
    r"other (?:partnerships|cooperation))\b",
    re.I,
)


# "... dan dapat diperluas ke berbagai bidang lainnya": the record's own scope may grow, which
# is no other cooperation.
_EXTENDED = re.compile(
    r"\b(?:di)?(?:perluas|kembangkan)\s+(?:ke|pada|dalam)\s+(?:berbagai\s+)?bidang(?:-bidang)? "
    r"(?:lain|lainnya)\b",
    re.I,
)


# "meliputi bidang pertanian, pariwisata, dan lainnya": "and so on" closing a list, no other
# cooperation.
_AND_SO_ON = re.compile(
    r"\b(?:dan|serta|atau|and)\s+(?:(?:bidang|sektor)(?:-bidang|-sektor)?\s+)?"
    r"(?:lainnya|lain-lain|sebagainya|others?|so on)\b",
    re.I,
)
# "terhubung untuk dalam negeri hingga mancanegara", "domestic and foreign visitors": a reach at
# home and abroad, no domestic cooperation.
_BOTH_WAYS = re.compile(
    r"\b(?:dalam negeri|domestik|domestic)\s+(?:maupun|dan|hingga|sampai|serta|atau|and|or)\s+"
    r"(?:ke\s+)?(?:luar negeri|mancanegara|internasional|international|foreign|overseas)\b|"
    r"\b(?:luar negeri|mancanegara|internasional|international|foreign|overseas)\s+"
    r"(?:maupun|dan|hingga|serta|atau|and|or)\s+(?:dalam negeri|domestik|domestic)\b",
    re.I,
)


# "mewakili Menteri Dalam Negeri", "Kementerian Dalam Negeri": a ministry's name, capitalised.
_MINISTRY = re.compile(r"\b[A-Z]\w*\s+Dalam\s+Negeri\b")


def elsewhere(text: str) -> bool:
    """Whether a sentence tells cooperation elsewhere (other, domestic), not this record's."""
    for harmless in (_EXTENDED, _AND_SO_ON, _BOTH_WAYS, _MINISTRY):
        text = harmless.sub(" ", text)
    return bool(_ELSEWHERE.search(text))

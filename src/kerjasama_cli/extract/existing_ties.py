"""A tie the article tells as there, not planned: the sister-city record at the stage `signing`
(the lead's convention: sister city "signed or told as existing" is `sister_city`).

- Told as existing in its own sentence ("telah menjalin", "yang telah terjalin selama ini",
  "sejak 1998", "hasil kerja sama"), sister cities spoken of beside it.
- Told flatly, no word of plan, exploration or of its being ("Kerjasama antara Kota Magelang dan
  Kota Tula, Rusia menjadi salah satu bahasan ..."), under a headline about sister cities that
  plans or explores none, the only foreign partner of the story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kerjasama_cli.extract import guards, lexicon
from kerjasama_cli.extract.assemble import Cluster, Draft
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.extract.stages import stage_of
from kerjasama_cli.geo.names import normalise

# A tie told as already there: made before, running for years, or what it has produced.
_EXISTING = re.compile(
    r"\b(?:telah|sudah)\s+(?:lama\s+)?(?:menjalin|terjalin|dijalin|berjalan|bekerja\s*sama|"
    r"memiliki|mempunyai)\b|\bselama ini\b|\bsejak\s+(?:tahun\s+)?\d{4}\b|"
    r"\bhasil kerja\s*sama\b|\bsince\s+\d{4}\b|\b(?:have|has) (?:long )?been\b|\blong-standing\b|"
    # a tie that goes on, not one to come: "Kerjasama pun terus dikembangkan, diantaranya dengan
    # Kota ...", "the cooperation has continued to grow, among others with ..."
    r"(?<!akan )(?<!will )\b(?:terus|kemudian)\s+(?:dikembangkan|berkembang|berlanjut|dijalin|"
    r"diperluas)\b|\b(?:has|have) (?:since )?(?:continued|expanded|grown)\b",
    re.I,
)
_SISTER = dict(lexicon.TYPE_PATTERNS)["sister_city"]


def existing_tie(cluster: Cluster, article: Sequence[Facts] | None) -> bool:
    """Whether a record of plain cooperation ("other") is a sister-city tie the article tells as
    existing: a city or region (never a country), its own sentence telling the tie already
    made, nothing in it only explored, and sister cities spoken of in that sentence, the one
    before it or earlier in its paragraph ("... agar semua 'sister city' memiliki keseragaman
    format. Ia mencontohkan kerja sama yang telah terjalin selama ini antara Ambon-Darwin ..."):
    "Bali sebelumnya telah memiliki hubungan kerja sama dengan Provinsi Hainan" told paragraphs
    after an MoU with Hokkaido is plain cooperation."""
    if cluster.partner.kind == "country" or not cluster.partner.name:
        return False
    own = [m.facts for m in cluster.mentions if m.rtype == "other"]
    if not own or any(f.exploring or f.planned_event for f in own):
        return False
    if not any(_EXISTING.search(f.sentence.text) for f in own):
        return False
    near = [
        f
        for f in article or []
        for mine in own
        if f.sentence.index == mine.sentence.index - 1
        or f.sentence.paragraph == mine.sentence.paragraph
        and f.sentence.index <= mine.sentence.index
    ]
    return any(_SISTER.search(f.sentence.text) for f in near + own)


def sister_story_ties(drafts: list[Draft], title: str | None) -> list[Draft]:
    """A record of plain cooperation told flatly (no stage word of its own), with the only
    foreign partner of the article, under a headline about sister cities that plans or explores
    nothing ("24 KABUPATEN/KOTA ... BELAJAR KERJASAMA SISTER CITY DARI KOTA MAGELANG" over
    "Kerjasama antara Kota Magelang dan Kota Tula, Rusia menjadi salah satu bahasan ..."): the
    story's sister-city tie, told as there (`sister_city`, stage `signing`)."""
    if not title or not _SISTER.search(title) or stage_of("other", [title], False) is not None:
        return drafts
    if guards.exploring(title, _SISTER.search(title).start()):
        return drafts
    partners = {normalise(d.partner or "") for d in drafts}
    if len(partners) != 1 or any(d.type in lexicon.DOCUMENT_TYPES for d in drafts):
        return drafts  # several partners, or a document the story is about
    for draft in drafts:
        if (
            draft.type == "other"
            and draft.stage is None
            and draft.partner
            and draft.partner_kind not in ("country", "organisation", "institution")
        ):
            draft.type, draft.stage = "sister_city", "signing"
            draft.evidence["type"] = draft.evidence["stage"] = title
    return drafts

"""An article's text without its page furniture, and what its header says about it.

News pages pasted or saved as text carry navigation, ads, captions, share buttons, "Baca juga"
links and lists of related articles; their dates and names would otherwise become records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A line that is nothing but one of these is furniture (compared folded, without punctuation).
_FURNITURE_LINES = {
    "advertisement",
    "scroll to continue with content",
    "scroll untuk baca artikel",
    "scroll untuk melanjutkan membaca",
    "baca artikel selengkapnya",
    "sebarkan artikel ini",
    "bagikan",
    "share",
    "share this article",
    "share this",
    "tweet",
    "ukuran text",
    "ukuran teks",
    "dengarkan berita",
    "listen to this article",
    "ditulis oleh",
    "editor",
    "penulis",
    "x",
    "berita",
    "news",
    "politik",
    "live report",
    "lainnya di detiknetwork",
    "home",
    "beranda",
    "advertisement scroll to continue with content",
    "tags",
    "tag",
    "topics",
    "komentar",
    "comments",
    "print",
    "cetak",
    "font",
    "bacaan lainnya",
    "baca selengkapnya",
    "click to comment",
}
# A line that starts the list of other articles: everything after it is dropped.
_TAIL_MARKERS = {
    "berita terkait",
    "artikel terkait",
    "baca berita lainnya",
    "berita lainnya",
    "berita populer",
    "populer",
    "terpopuler",
    "terkini",
    "berita terkini",
    "update",
    "rekomendasi",
    "rekomendasi untuk anda",
    "pilihan editor",
    "selengkapnya",
    "related",
    "related articles",
    "related news",
    "related stories",
    "related posts",
    "pos terkait",
    "related post",
    "artikel lainnya",
    "more from",
    "most read",
    "most popular",
    "read more",
    "latest news",
    "trending",
    "you may also like",
    "also read",
    "recommended",
}
# Lines that announce one related link (the link is usually the next line).
# "BACA: ...", "Baca : ...": the bare word is a link lead only with its colon.
_LINK_LEAD = re.compile(
    r"^\s*(?:baca juga|baca pula|simak juga|lihat juga|read also|also read|see also|"
    r"related|read more|baca(?=\s*[:：]))\s*[:：]?\s*(.*)$",
    re.IGNORECASE,
)
# Promotions and app links a site appends to the article ("Baca artikel detikNews ...").
_PROMO = re.compile(
    r"^\s*(?:baca artikel|download apps?|unduh aplikasi|simak breaking news|artikel ini telah "
    r"tayang|dapatkan update|ikuti (?:berita|kami)|follow us|subscribe|sign up for|"
    r"copyright|hak cipta|pewarta\s*:|editor\s*:|reporter\s*:)",
    re.IGNORECASE,
)
_INLINE_LINK = re.compile(
    r"\s*\((?:baca juga|baca pula|simak juga|read also|also read|see also)\s*:[^)]*\)",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"\((?:\s*foto|\s*photo|\s*antara\s*foto|\s*antara/|\s*dok\b|\s*doc\b|\s*ist\b|"
    r"\s*file photo|\s*sumber foto|\s*image)[^)]*\)\s*\.?\s*$"
    r"|/\s*(?:ist|istimewa|antara|antara foto|humas[\w ]*|dok[\w. ]*|net)\s*\.?\s*$"
    r"|^\s*(?:foto|photo|caption|keterangan foto|image)\s*[:：]"
    r"|\((?:yonhap|afp|reuters|ap|epa|getty images|xinhua)\)\s*$"
    # "(kiri)", "(right)", "(second left)": who is where in a photo
    r"|\((?:kiri|kanan|tengah|left|right|center|centre|second (?:left|right)|ki-ka|"
    r"dari kiri|from left|from right)[^)]{0,30}\)",
    re.IGNORECASE,
)
_AD_SIZE = re.compile(r"^\s*(?:example\s+)?\d{2,4}\s*x?\s*\d{2,4}\s*$|^\s*example\b", re.I)
_HASHTAGS = re.compile(r"^\s*#\S+(?:\s+#?\S+)*\s*$")
_ONLY_DIGITS = re.compile(r"^\s*[\d\W]*\s*$")
_NON_WORD = re.compile(r"[^\w]+")


def _fold(line: str) -> str:
    return _NON_WORD.sub(" ", line.casefold()).strip()


@dataclass
class Article:
    """Body paragraphs (furniture removed) plus the header lines found above the body."""

    paragraphs: list[str]
    header: list[str] = field(default_factory=list)
    title: str | None = None


def _is_prose(line: str) -> bool:
    """A body line: several words and a sentence end (headlines and links have no full stop),
    or a long paragraph with full stops inside (a page cut off mid-sentence)."""
    words = line.split()
    if len(words) >= 40 and len(re.findall(r"[.!?]\s", line)) >= 2:
        return True
    if len(words) >= 25 and re.search(r"[a-z],? [a-z]", line):
        return True  # a lead paragraph whose full stop the page lost: no headline is so long
    return len(words) >= 8 and bool(re.search(r"[.!?\"”)]\s*$", line))


def _unwrap(lines: list[str]) -> list[str]:
    """Hard-wrapped text ("... dari Kota Ichikawa, Jepang" / "mengunjungi Balai Kota Medan,
    Rabu (30/10)."): a line with no sentence end followed by one starting in lower case is one
    line with it."""
    out: list[str] = []
    for line in lines:
        if out and out[-1] and line[:1].islower() and not re.search(r"[.!?:;\"”]$", out[-1]):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def clean(text: str) -> Article:
    """Split text into body paragraphs, dropping furniture; keep the lines before the body."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = _unwrap(lines)
    paragraphs: list[str] = []
    header: list[str] = []
    skip_next_link = False
    seen: set[str] = set()
    for line in lines:
        if not line:
            continue
        folded = _fold(line)
        if skip_next_link:
            skip_next_link = False
            if not _is_prose(line) or len(line.split()) < 20:
                continue
        if folded in _TAIL_MARKERS and paragraphs:
            break  # the related-articles list: nothing after it belongs to the article
        lead = _LINK_LEAD.match(line)
        if lead:
            skip_next_link = not lead.group(1).strip()
            continue
        if (
            folded in _FURNITURE_LINES
            or not folded
            or _ONLY_DIGITS.match(line)
            or _AD_SIZE.match(line)
            or _HASHTAGS.match(line)
            or _CAPTION.search(line)
            or _PROMO.match(line)
        ):
            continue
        line = _INLINE_LINK.sub("", line).strip()
        if not paragraphs and not _is_prose(line):
            header.append(line)
            continue
        if folded in seen:
            continue  # headlines and captions repeated on the page
        seen.add(folded)
        paragraphs.append(line)
    title = next((h for h in header if len(h.split()) >= 4 and not re.search(r"\d{4}", h)), None)
    return Article(paragraphs, header, title)

"""Seeded, realistic registry data for the benchmarks: one CSV and one NDJSON of the same rows.

Shaped like what a ministry collects from every region: partner cities in ~60 countries (names in
English and Indonesian, "Korsel", "Tiongkok"), agreement types in both languages (MoU, "nota
kesepahaman", PKS), events (visits, meetings), dates at every precision (`2021-05-03`,
`3 Mei 2021`, `3/5/2021`, `Mei 2021`, `2021`), 0-3 sectors in English or Indonesian, statuses,
some summaries, places and partner signatories. Rows whose date is only a year carry an explicit
key (two such rows of one partner and type would otherwise derive the same key); the others get
the key `import` derives. One partner, Busan, has every 1,000th row: `show` of one of its records
lists a partnership of ROWS/1,000 records.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path

COUNTRIES: list[tuple[str, ...]] = [
    ("South Korea", "Korsel", "Korea Selatan", "KR"),
    ("Japan", "Jepang", "JP"),
    ("China", "Tiongkok", "RRT", "CN"),
    ("Germany", "Jerman"),
    ("Netherlands", "Belanda"),
    ("Malaysia", "MY"),
    ("United States", "Amerika Serikat", "US"),
    ("France", "Prancis"),
    ("India",),
    ("Australia",),
    ("Brazil", "Brasil"),
    ("Turkey", "Turki"),
    ("Egypt", "Mesir"),
    ("Thailand",),
    ("Viet Nam", "Vietnam"),
    ("Philippines", "Filipina"),
    ("Singapore",),
    ("Saudi Arabia", "Arab Saudi"),
    ("United Kingdom", "Inggris"),
    ("Italy", "Italia"),
    ("Spain", "Spanyol"),
    ("Russia", "Rusia"),
    ("Mexico", "Meksiko"),
    ("Canada", "Kanada"),
    ("Poland", "Polandia"),
    ("Ukraine",),
    ("Morocco", "Maroko"),
    ("Pakistan",),
    ("Bangladesh",),
    ("Iran",),
    ("Czechia", "Ceko"),
    ("Hungary", "Hongaria"),
    ("Sweden", "Swedia"),
    ("Norway", "Norwegia"),
    ("Argentina",),
    ("Chile",),
    ("Peru",),
    ("New Zealand", "Selandia Baru"),
    ("Timor-Leste",),
    ("Brunei Darussalam", "Brunei"),
]
AGREEMENT_TYPES = ["sister_city", "mou", "loi", "agreement", "kota kembar",
                   "nota kesepahaman", "PKS", "letter of intent", "program kerja sama"]  # fmt: skip
EVENT_TYPES = ["visit", "kunjungan", "meeting", "pertemuan", "undangan", "office opening"]
SECTORS = ["health", "kesehatan", "pendidikan", "education", "banjir", "trade", "perdagangan",
           "budaya", "pariwisata", "transportasi", "sampah", "lingkungan hidup", "energi",
           "climate change", "tata kota", "investasi", "teknologi", "olahraga",
           "pertukaran pelajar", "smart city"]  # fmt: skip
SECTORS.remove("smart city")  # (not a sector: kept out so every row validates)
STATUSES = ["active", "aktif", "active", "proposed", "berakhir", "", "", "diperpanjang"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]  # fmt: skip
SYLLABLES = ["ka", "ro", "mi", "san", "to", "ba", "ne", "li", "gu", "chon", "dor", "va", "te",
             "pol", "ri", "sa", "ma", "lin", "ho", "ze", "bur", "gan", "de", "nu"]  # fmt: skip
TOPICS = ["pengelolaan air bersih", "transportasi publik", "pertukaran budaya",
          "penanggulangan banjir", "kota cerdas", "pendidikan vokasi", "layanan kesehatan",
          "pariwisata", "pengelolaan sampah", "energi terbarukan"]  # fmt: skip
SIGNERS = ["Kim Min-jun", "Tanaka Hiroshi", "Li Wei", "Anna Schmidt", "Jan de Vries",
           "Maria Garcia", "John Smith", "Ahmad Faizal", "Nguyen Van An"]  # fmt: skip
HEADER = ["kode", "jenis catatan", "mitra", "negara", "jenis", "tanggal", "bidang", "judul",
          "status", "ringkasan", "tempat", "penandatangan mitra"]  # fmt: skip
BIG_PARTNER = "Busan"
BIG_EVERY = 1000


def _names(rng: random.Random, count: int) -> list[str]:
    seen: set[str] = set()
    names = []
    while len(names) < count:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).title()
        name = word if rng.random() < 0.7 else f"{word} {rng.choice(['City', 'Prefecture'])}"
        if name in seen or name == BIG_PARTNER:
            name = f"{name} {len(names)}"
        seen.add(name)
        names.append(name)
    return names


def iter_rows(count: int, seed: int = 12) -> Iterator[list[str]]:
    """COUNT rows (HEADER's columns) that all validate and never derive the same key, one at a
    time (a million rows as a list would hold ~1 GB in the process that then runs the benchmark)."""
    rng = random.Random(seed)
    partners = max(count // 50, 20)
    names = _names(rng, partners)
    base = dt.date(1997, 1, 1)
    for i in range(count):
        if i % BIG_EVERY == 0:
            partner, country = BIG_PARTNER, "Korea Selatan"
            day, style = base + dt.timedelta(days=10 * (i // BIG_EVERY)), 0
        else:
            p, round_ = i % partners, i // partners
            partner = names[p]
            options = COUNTRIES[p % len(COUNTRIES)]
            country = options[(i // 7) % len(options)]
            day, style = base + dt.timedelta(days=211 * round_ + p % 150), rng.randrange(20)
        key = ""
        if style < 12:
            date = day.isoformat()
        elif style < 15:
            date = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
        elif style < 16:
            date = f"{day.day}/{day.month}/{day.year}"
        elif style < 18:
            date = f"{MONTHS[day.month - 1]} {day.year}"
        else:
            date, key = str(day.year), f"KS-{i:07d}"
        event = rng.random() < 0.15
        kind = "kegiatan" if event else ""
        rtype = rng.choice(EVENT_TYPES if event else AGREEMENT_TYPES)
        topic = rng.choice(TOPICS)
        title = f"Kunjungan ke {partner}" if event else f"Kerja sama {topic} dengan {partner}"
        summary = (
            f"Kedua pihak sepakat bekerja sama di bidang {topic}." if rng.random() < 0.3 else ""
        )
        place = rng.choice(["Jakarta", partner, "Balai Kota"]) if event else ""
        signer = f"{rng.choice(SIGNERS)} (Mayor)" if rng.random() < 0.1 else ""
        sectors = ";".join(rng.sample(SECTORS, rng.randint(0, 3)))
        status = "" if event else rng.choice(STATUSES)
        yield [key, kind, partner, country, rtype, date, sectors, title, status, summary, place,
               signer]  # fmt: skip


def rows(count: int, seed: int = 12) -> list[list[str]]:
    """iter_rows() as a list (for small counts)."""
    return list(iter_rows(count, seed))


def write(directory: Path, count: int, seed: int = 12) -> tuple[Path, Path]:
    """The CSV and the NDJSON (same rows, same headers) in DIRECTORY, written in one pass.

    Each file is written under a temporary name and renamed when complete, so an interrupted run
    never leaves a truncated file where cached() would take it for a finished one.
    """
    csv_path, ndjson_path = directory / "records.csv", directory / "records.ndjson"
    part_csv, part_nd = directory / "records.csv.part", directory / "records.ndjson.part"
    # One encoder for every line: json.dumps(..., ensure_ascii=False) builds a new one per call.
    encode = json.JSONEncoder(ensure_ascii=False).encode
    with (
        part_csv.open("w", encoding="utf-8", newline="") as out_csv,
        part_nd.open("w", encoding="utf-8") as out_nd,
    ):
        writer = csv.writer(out_csv)
        writer.writerow(HEADER)
        lines = []
        for row in iter_rows(count, seed):
            writer.writerow(row)
            lines.append(encode({h: v for h, v in zip(HEADER, row, strict=True) if v}))
            if len(lines) == 10_000:
                out_nd.write("\n".join(lines) + "\n")
                lines.clear()
        if lines:
            out_nd.write("\n".join(lines) + "\n")
    part_csv.replace(csv_path)
    part_nd.replace(ndjson_path)
    return csv_path, ndjson_path


def cached(work: Path, count: int, seed: int = 12) -> tuple[Path, Path, bool]:
    """write() into WORK/data/COUNT-seedSEED unless a finished pair is already there.

    Returns the CSV, the NDJSON and whether they were reused (the generator is deterministic: the
    same COUNT and SEED always give the same bytes).
    """
    directory = work / "data" / f"{count}-seed{seed}"
    csv_path, ndjson_path = directory / "records.csv", directory / "records.ndjson"
    if csv_path.exists() and ndjson_path.exists():
        return csv_path, ndjson_path, True
    directory.mkdir(parents=True, exist_ok=True)
    return *write(directory, count, seed), False


def head(source: Path, target: Path, lines: int) -> Path:
    """The first LINES lines of SOURCE (plus a CSV's header) as TARGET, unless already there."""
    if not target.exists():
        part = target.with_name(target.name + ".part")
        with source.open(encoding="utf-8") as src, part.open("w", encoding="utf-8") as dst:
            for n, line in enumerate(src):
                if n >= lines:
                    break
                dst.write(line)
        part.replace(target)
    return target

"""Import speed: `kerjasama import` against `sqlite-utils insert --csv` on the same CSV file.

Usage: python bench/import_bench.py [ROWS]   (default 1,000,000)

Generates a spreadsheet-like CSV of ROWS agreements (partner, country, type, date, sectors,
title, status), with the messiness the importer validates: country names in English and
Indonesian ("South Korea", "Korsel"), Indonesian type and sector words, dates as `2021-05-03`,
`3 Mei 2021` or `3/5/2021`. Then, each into a fresh database, times as fresh processes:

- `kerjasama import FILE` (full validation, partners created on the fly, history rows), and
- `sqlite-utils insert DB records FILE --csv` (no validation at all),

and prints both wall times and the ratio. Run from a checkout with the package installed.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COUNTRIES = [
    ("South Korea", "Korsel", "Korea Selatan"),
    ("Japan", "Jepang"),
    ("China", "Tiongkok", "RRT"),
    ("Germany", "Jerman"),
    ("Netherlands", "Belanda"),
    ("Malaysia",),
    ("United States", "AS", "Amerika Serikat"),
    ("France", "Prancis"),
    ("India",),
    ("Australia",),
    ("Brazil", "Brasil"),
    ("Turkey", "Turki"),
    ("Egypt", "Mesir"),
    ("Thailand",),
    ("England", "Scotland, United Kingdom"),
]
TYPES = ["sister_city", "mou", "loi", "agreement", "kota kembar", "nota kesepahaman", "PKS"]
SECTORS = ["health", "pendidikan", "banjir", "trade", "budaya", "pariwisata", "transportasi"]
STATUSES = ["active", "aktif", "proposed", "berakhir", ""]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]  # fmt: skip
PARTNERS = 20_000


def generate(path: Path, rows: int) -> None:
    """ROWS rows whose derived keys (partner, type, date) never collide."""
    rng = random.Random(5)
    base = dt.date(1990, 1, 1)
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["mitra", "negara", "jenis", "tanggal", "bidang", "judul", "status"])
        for i in range(rows):
            partner, round_ = i % PARTNERS, i // PARTNERS
            day = base + dt.timedelta(days=211 * round_ + partner % 100)
            style = i % 10
            if style < 7:
                date = day.isoformat()
            elif style < 9:
                date = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
            else:
                date = f"{day.day}/{day.month}/{day.year}"
            names = COUNTRIES[partner % len(COUNTRIES)]
            writer.writerow(
                [
                    f"Kota {partner}",
                    names[i % len(names)],
                    TYPES[i % len(TYPES)],
                    date,
                    ";".join(rng.sample(SECTORS, rng.randint(0, 3))),
                    f"Kerja sama nomor {i}",
                    STATUSES[i % len(STATUSES)],
                ]
            )


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(cmd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{result.stderr}")
    if result.stderr.strip():
        print(f"  {result.stderr.strip().splitlines()[-1]}")
    return elapsed


def main() -> None:
    if len(sys.argv) > 1 and not sys.argv[1].isdigit():  # --help, or anything but a count
        print(__doc__)
        sys.exit(0 if sys.argv[1] in ("-h", "--help") else 2)
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    kerjasama = shutil.which("kerjasama") or sys.exit("kerjasama is not installed")
    sqlite_utils = shutil.which("sqlite-utils") or sys.exit("sqlite-utils is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "agreements.csv"
        generate(data, rows)
        print(f"{rows:,} rows, {data.stat().st_size / 1e6:.0f} MB")
        env = dict(os.environ)
        ours = Path(tmp) / "kerjasama.db"
        subprocess.run([kerjasama, "--db", str(ours), "init", "--empty"], check=True, env=env,
                       capture_output=True)  # fmt: skip
        theirs = Path(tmp) / "sqlite-utils.db"
        print("kerjasama import ...")
        k = timed([kerjasama, "--db", str(ours), "import", str(data)], env)
        print("sqlite-utils insert --csv ...")
        s = timed([sqlite_utils, "insert", str(theirs), "records", str(data), "--csv"], env)
    print(f"kerjasama import           {k:7.1f} s  ({rows / k:,.0f} rows/s)")
    print(f"sqlite-utils insert --csv  {s:7.1f} s  ({rows / s:,.0f} rows/s)")
    print(f"ratio: kerjasama is {s / k:.1f}x as fast")


if __name__ == "__main__":
    main()

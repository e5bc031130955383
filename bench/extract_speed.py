"""How long `kerjasama extract` takes on a 10,000-word article.

    python bench/extract_speed.py [--runs N]

The article is the body text of every hand-written case (page furniture removed, so none of it is
cut as a related-articles list), repeated to 10,000 words. Prints the median wall time of
`kerjasama extract ARTICLE` as a fresh process (start-up, the registry, the gazetteer and the
drafting together), and the time of the drafting alone in a warm process.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.text import clean

CASES = Path(__file__).resolve().parents[1] / "tests" / "extract_cases"


def article(words: int = 10_000) -> str:
    """A long article made of the cases' bodies."""
    paragraphs = [
        paragraph
        for p in sorted(CASES.glob("*/*.txt"))
        for paragraph in clean(p.read_text(encoding="utf-8")).paragraphs
    ]
    out = ["Rabu, 28 Mei 2025"]
    count = 0
    while count < words:
        for paragraph in paragraphs:
            out.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                break
    return "\n\n".join(out)


def main(argv: list[str]) -> int:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 5
    text = article()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.txt"
        path.write_text(text, encoding="utf-8")
        env = {**os.environ, "KERJASAMA_DB": str(Path(tmp) / "registry.db")}
        subprocess.run(
            [sys.executable, "-m", "kerjasama_cli", "init"], env=env, capture_output=True
        )
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "kerjasama_cli", "extract", str(path)],
                env=env,
                capture_output=True,
                text=True,
            )
            times.append(time.perf_counter() - start)
            if done.returncode:
                print(done.stderr, file=sys.stderr)
                return 1
        drafts = done.stdout.count("\n- # ")
    extract("Pemprov DKI Jakarta menjalin kerja sama dengan Kota Busan.")  # warm the gazetteer
    start = time.perf_counter()
    extract(text, published=dt.date(2025, 5, 28))
    warm = time.perf_counter() - start
    print(f"article: {len(text.split())} words, {drafts} drafts")
    print(
        f"kerjasama extract (fresh process, {runs} runs): median {statistics.median(times):.2f} s"
    )
    print(f"drafting alone (warm process): {warm:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

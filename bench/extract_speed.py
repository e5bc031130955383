"""How long `kerjasama extract` takes on a 10,000-word article, beside its fixed cost.

    python bench/extract_speed.py [--runs N] [--words N]

The article is the body text of every hand-written case (page furniture removed, so none of it is
cut as a related-articles list), repeated to --words words, each copy's paragraphs marked apart
(clean() drops a paragraph it has already seen, so plain repetition would add no work). In one
run, side by side, round after round: `kerjasama extract ARTICLE` and, as the reference, the same
command on a one-sentence article (start-up, the registry and the gazetteer: the fixed cost), each
a fresh process; then the drafting alone in a warm process. Prints a table of medians.

The test suite does not time this (tests/test_extract.py counts the steps instead, which the
machine's load does not move); it runs this script on a tiny article so that it cannot rot.
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
SENTENCE = "Rabu, 28 Mei 2025\n\nPemprov DKI Jakarta menjalin kerja sama dengan Kota Busan."
MARK = "abcdefghij"  # letters, not digits: a number could read as a date or an amount


def article(words: int = 10_000) -> str:
    """A long article made of the cases' bodies, each copy's paragraphs marked apart."""
    paragraphs = [
        paragraph
        for p in sorted(CASES.glob("*/*.txt"))
        for paragraph in clean(p.read_text(encoding="utf-8")).paragraphs
    ]
    out = ["Rabu, 28 Mei 2025"]
    count = copy = 0
    while count < words:
        tag = "".join(MARK[int(d)] for d in str(copy))
        for paragraph in paragraphs:
            out.append(f"{paragraph} (salinan {tag})" if copy else paragraph)
            count += len(paragraph.split())
            if count >= words:
                break
        copy += 1
    return "\n\n".join(out)


def _fresh(path: Path, env: dict[str, str]) -> tuple[float, str]:
    """The wall time of `kerjasama extract PATH` as a fresh process, and what it printed."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "kerjasama_cli", "extract", str(path)],
        env=env,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(done.stderr)
    return seconds, done.stdout


def main(argv: list[str]) -> int:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 5
    words = int(argv[argv.index("--words") + 1]) if "--words" in argv else 10_000
    text = article(words)
    with tempfile.TemporaryDirectory() as tmp:
        long, short = Path(tmp) / "article.txt", Path(tmp) / "sentence.txt"
        long.write_text(text, encoding="utf-8")
        short.write_text(SENTENCE, encoding="utf-8")
        env = {**os.environ, "KERJASAMA_DB": str(Path(tmp) / "registry.db")}
        subprocess.run(
            [sys.executable, "-m", "kerjasama_cli", "init"], env=env, capture_output=True
        )
        ours, reference = [], []
        for round_ in range(runs):  # side by side, the order alternating round by round
            for path, times in [(long, ours), (short, reference)][:: 1 if round_ % 2 else -1]:
                seconds, out = _fresh(path, env)
                times.append(seconds)
                if path == long:
                    drafts = out.count("\n- # ")
    extract(SENTENCE)  # warm the gazetteer
    start = time.perf_counter()
    extract(text, published=dt.date(2025, 5, 28))
    warm = time.perf_counter() - start
    print(f"article: {len(text.split())} words, {drafts} drafts; medians of {runs} rounds")
    print()
    print("| what | seconds |")
    print("|---|---|")
    print(f"| kerjasama extract ARTICLE (fresh process) | {statistics.median(ours):.2f} |")
    print(
        "| reference: kerjasama extract ONE-SENTENCE (fresh process) "
        f"| {statistics.median(reference):.2f} |"
    )
    print(f"| drafting alone (warm process) | {warm:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

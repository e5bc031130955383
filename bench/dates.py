"""How long `parse_date` takes to refuse a very long text, beside refusing one just too long.

    python bench/dates.py [--rounds N] [--chars N]

A date is at most MAX_DATE_CHARS characters; a longer text is refused before any split of a range
is tried, so refusing --chars characters (100,000 by default) should cost about what refusing
a text just over MAX_DATE_CHARS does (the reference, timed in the same rounds). Prints a table
of the best of --rounds, in microseconds a call. tests/test_date_grammar.py counts the steps
instead of timing.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from kerjasama_cli.domain.dates import MAX_DATE_CHARS, parse_date
from kerjasama_cli.domain.errors import ValidationError

REPEAT = 200


def _refusal(text: str) -> Callable[[], None]:
    def refuse() -> None:
        try:
            parse_date(text)
        except ValidationError:
            return
        raise SystemExit(f"accepted a {len(text):,}-character text")

    return refuse


def _best(fn: Callable[[], None], rounds: int) -> float:
    """The best of ROUNDS rounds of REPEAT calls, in microseconds a call."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(REPEAT):
            fn()
        best = min(best, time.perf_counter() - start)
    return best / REPEAT * 1e6


def main(argv: list[str]) -> int:
    rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 5
    chars = int(argv[argv.index("--chars") + 1]) if "--chars" in argv else 100_000
    print(f"best of {rounds} rounds of {REPEAT} calls, microseconds a call")
    print()
    print("| text | refused in (µs) | reference: just over MAX_DATE_CHARS (µs) |")
    print("|---|---|---|")
    for name, piece in (("1-1-1-…", "1-"), ("2019 .. 2019 .. …", "2019 .. ")):
        long = (piece * (chars // len(piece) + 1))[:chars]
        short = piece * (MAX_DATE_CHARS // len(piece) + 2)  # just over, even once stripped
        ours, reference = _best(_refusal(long), rounds), _best(_refusal(short), rounds)
        print(f"| {name} ({len(long):,} characters) | {ours:.1f} | {reference:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Issue 9: property-based tests throw random and malformed values at every option of `add` and
`edit` and every filter of every read command.

Whatever the input: no traceback, exit code 0, 1 or 2, at most a few lines on stderr, never
`None` in a message, and a command that fails (or only reads) leaves the database file byte for
byte as it was. Each example runs the real CLI (Typer's CliRunner) on a copy of one seeded
SQLite file; the bytes are compared after the command has closed the database, when SQLite has
checkpointed and removed its -wal file.

Bounded (`max_examples`, no deadline) so the module runs in well under a minute; the number of
inputs tried is counted in `TRIED` and printed at the end of the module (`pytest -s`).
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kerjasama_cli.cli.app import app

TRIED = {"inputs": 0, "failures": 0}

# Values that broke something on `main`, or sit on a boundary, next to fully random text.
NASTY = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\x1b[31mred",
    "\u202eevil",
    "\udcff",  # invalid UTF-8 in argv arrives as a lone surrogate
    "x" * 100_000,
    "(" * 300 + "a" + ")" * 300,
    "(" * 300,
    "a NOT " * 200,
    '"',
    "*",
    "%",
    "_",
    "\\",
    "'; DROP TABLE records; --",
    "None",
    "null",
    "NaN",
    "nan",
    "inf",
    "-inf",
    "-1",
    "0",
    "1e400",
    "99999999999999999999",
    "9" * 5000,
    "2025-02-30",
    "0000-00-00",
    "0001-01-01",
    "9999-12-31",
    "10000-01-01",
    "-2025",
    "2025..2024",
    "by",
    "by 2015",
    "..",
    "27 Mei 2025",
    "Agustus 2025",
    "ZZ",
    "XK",
    "KR-99",
    "ＫＲ",
    "Korsel",
    "kr",
    "𝕂𝕣",
    "Jakarta\nBandung",
    "1",
    "23",
    "180d",
    "0d",
    "-5y",
    "999999999y",
]

HOSTILE = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=40),
    st.text(st.characters(codec="utf-8", categories=("Cc", "Zs", "Po", "Sm", "Lo")), max_size=20),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.dates().map(lambda d: d.isoformat()),
    st.tuples(st.integers(-5, 99999), st.integers(-1, 99), st.integers(-1, 99)).map(
        lambda t: f"{t[0]}-{t[1]:02d}-{t[2]:02d}"
    ),
    st.text(max_size=3).map(lambda s: s * 5000),
)

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,  # the same inputs on every run: CI failures reproduce
    database=None,  # and no .hypothesis directory in the working tree
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One seeded database (plus a record with an end date to edit), copied for every example."""
    path = tmp_path_factory.mktemp("template") / "registry.db"
    runner = CliRunner()
    for args in (
        ["list"],
        ["add", "-p", "Busan", "-c", "KR", "-t", "mou", "-d", "2024", "--end-date", "2026-01-01"],
    ):
        result = runner.invoke(app, ["--db", str(path), *args])
        assert result.exit_code == 0, result.stderr
    assert not Path(f"{path}-wal").exists()
    yield path
    print(f"\nproperty tests: {TRIED['inputs']} hostile inputs tried, {TRIED['failures']} refused")


class Fresh:
    """A fresh copy of the template for one example, and the checks every example must pass."""

    def __init__(self, template: Path, tmp: Path) -> None:
        self.path = tmp / "registry.db"
        for suffix in ("-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(template, self.path)
        self.before = self.path.read_bytes()

    def run(self, args: list[str], writes: bool = False) -> None:
        TRIED["inputs"] += 1
        result = CliRunner().invoke(app, ["--db", str(self.path), *args])
        shown = f"args={[a[:80] for a in args]!r}\nstderr={result.stderr[:2000]!r}"
        assert result.exit_code in (0, 1, 2), shown
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            f"{shown}\nexception={result.exception!r}"
        )
        assert "Traceback" not in result.stderr, shown
        assert len(result.stderr.splitlines()) <= 3, shown
        assert len(result.stderr) <= 2_000, shown
        if not any("None" in a for a in args):
            assert "None" not in result.stderr, shown
        if result.exit_code != 0:
            TRIED["failures"] += 1
            assert result.stderr.startswith("kerjasama"), shown
        assert not Path(f"{self.path}-wal").exists(), shown
        if result.exit_code != 0 or not writes:
            assert self.path.read_bytes() == self.before, f"database changed\n{shown}"
        else:
            self.before = self.path.read_bytes()  # a successful write is the new baseline


@pytest.fixture
def fresh(template: Path, tmp_path: Path):
    return lambda: Fresh(template, tmp_path)


def options(flags: list[str], max_size: int = 4) -> st.SearchStrategy[list[str]]:
    """A few of `flags`, each with a hostile value, as `--flag=value` arguments."""
    pairs = st.lists(st.tuples(st.sampled_from(flags), HOSTILE), min_size=1, max_size=max_size)
    return pairs.map(lambda items: [f"{flag}={value}" for flag, value in items])


FILTERS = [
    "--country",
    "--type",
    "--sector",
    "--partner",
    "--governor",
    "--from",
    "--to",
    "--local-party",
    "--kind",
    "--query",
    "--status",
    "--expiring",
]

ADD_OPTIONS = [
    "--partner",
    "--type",
    "--date",
    "--country",
    "--region",
    "--partner-kind",
    "--signatory",
    "--partner-signatory",
    "--sector",
    "--title",
    "--summary",
    "--status",
    "--place",
    "--leader",
    "--source",
    "--agreement",
    "--term-years",
    "--end-date",
    "--local-party",
    "--local-country",
    "--notes",
    "--key",
]

EDIT_OPTIONS = [o for o in ADD_OPTIONS if o != "--key"] + ["--date-note"]

READ_COMMANDS = {
    "list": ["--sort", "--limit", "--format", "--lang", "--by"],
    "timeline": ["--by", "--format", "--lang"],
    "stats": ["--by", "--format", "--lang"],
    "search": ["--limit", "--format", "--lang"],
    "export": ["--format"],
}


@SETTINGS
@given(args=options(ADD_OPTIONS, 6))
def test_add_with_hostile_options(fresh, args):
    # a valid base, so the hostile values are what decides the outcome
    fresh().run(["add", "--partner=Busan", "--country=KR", "--type=mou", *args], writes=True)


@SETTINGS
@given(
    ref=st.one_of(st.sampled_from(["1", "busan-kr-mou-2024", "70"]), HOSTILE),
    args=options(EDIT_OPTIONS, 6),
)
def test_edit_with_hostile_options(fresh, ref, args):
    fresh().run(["edit", ref, *args], writes=True)


@settings(SETTINGS, max_examples=120)
@given(
    command=st.sampled_from(sorted(READ_COMMANDS)),
    filters=options(FILTERS, 4),
    own=st.data(),
)
def test_read_commands_with_hostile_filters(fresh, command, filters, own):
    extra = own.draw(options(READ_COMMANDS[command], 2)) if own.draw(st.booleans()) else []
    head = ["search", own.draw(HOSTILE)] if command == "search" else [command]
    fresh().run([*head, *filters, *extra])


@SETTINGS
@given(ref=HOSTILE, args=st.lists(st.sampled_from(["--format=json", "--lang=en"]), max_size=2))
def test_show_with_hostile_ids(fresh, ref, args):
    fresh().run(["show", ref, *args])


@SETTINGS
@given(args=options(["--limit", "--entity", "--format"], 3))
def test_history_with_hostile_options(fresh, args):
    fresh().run(["history", *args])


@SETTINGS
@given(query=HOSTILE)
def test_search_text_never_crashes(fresh, query):
    fresh().run(["search", query, "--format=json"])


# -- extreme but valid records: every read command must still show them ----------------------

DAY = st.dates()  # 0001-01-01 .. 9999-12-31


@st.composite
def record_dates(draw: st.DrawFn) -> list[str]:
    """`--date` (any precision, the calendar's edges likely) and maybe `--end-date`/`--term-years`."""
    start = draw(st.one_of(st.sampled_from([dt.date.min, dt.date.max]), DAY))
    form = draw(st.sampled_from(["day", "month", "year", "by", "range"]))
    if form == "day":
        text = start.isoformat()
    elif form == "month":
        text = start.isoformat()[:7]
    elif form == "year":
        text = start.isoformat()[:4]
    elif form == "by":
        text = f"by {start.isoformat()}"
    else:
        end = draw(st.one_of(st.just(dt.date.max), DAY.filter(lambda d: d >= start)))
        text = f"{start.isoformat()}..{end.isoformat()}"
    args = [f"--date={text}"]
    if draw(st.booleans()):
        args.append(f"--end-date={draw(st.one_of(st.just(dt.date.max), DAY)).isoformat()}")
    if draw(st.booleans()):
        args.append(f"--term-years={draw(st.floats(0, 100)):g}")
    return args


READS = [
    ["list", "--format=json"],
    ["list", "--status=active", "--status=expired"],
    ["list", "--expiring=99999w", "--sort=end"],
    ["list", "--by-governor", "--format=json"],
    ["timeline", "--lang=en"],
    ["timeline", "--by=governor"],
    ["timeline", "--by=partner", "--format=markdown"],
    ["stats", "--by=year", "--by=status"],
    ["stats", "--by=governor", "--format=csv"],
    ["export", "--format=csv"],
    ["show", "Busan"],
    ["search", "Busan", "--format=json"],
]


@settings(SETTINGS, max_examples=12)
@given(records=st.lists(record_dates(), min_size=1, max_size=3))
def test_records_at_the_edges_of_the_calendar_are_readable(fresh, records):
    db = fresh()
    for args in records:
        db.run(["add", "--partner=Busan", "--country=KR", "--type=mou", *args], writes=True)
    for read in READS:
        db.run(read)

"""What every command shares: the database option, error handling, and the filter options.

Over 400 lines: it is what every command module imports, in two halves: the run's plumbing
(`handles_errors`, `open_db`, messages) and the one filter table (`FILTER_OPTIONS`, `build_filter`,
`with_filters`, about 200 lines, one entry per filter so that the README's filter table and every
read command agree). The second half is the natural cut into its own module; it waits until the
branches now adding commands (issues 20, 25, 26) have landed, since each imports both halves from
here.
"""

import functools
import inspect
import os
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Optional, TypeVar

import typer

from kerjasama_cli.domain.errors import KerjasamaError
from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.store.database import interrupts
from kerjasama_cli.store.database.connection import ENV_VAR, Store, open_store, resolve_path

F = TypeVar("F", bound=Callable[..., Any])


def parse_db(value: str) -> Path:
    """The `--db` value as a path; an empty one is a usage error, not the current directory."""
    # Path("") is Path("."), a directory: it would reach the store as "is a directory".
    if not value.strip():
        raise typer.BadParameter(f"{value!r} is empty; expected the path of a database file")
    return Path(value).expanduser()


DB_HELP = "SQLite file to use (default: $KERJASAMA_DB, else the per-user data directory)."
DbOption = Annotated[
    Optional[Path],
    typer.Option("--db", help=DB_HELP, metavar="FILE", parser=parse_db),
]


# `-o FILE` of the commands that write a file or stdout (export, extract): one spec, one help.
OutputOption = Annotated[
    Optional[Path],
    typer.Option("--output", "-o", help="Write to this file instead of stdout.", dir_okay=False),
]


def fail(message: str, code: int) -> typer.Exit:
    """Print one line on stderr and return the Exit to raise."""
    typer.echo(f"kerjasama: error: {message}", err=True)
    return typer.Exit(code)


def notice(message: str, **values: Any) -> None:
    """One `kerjasama: ...` line on stderr in the user's language: MESSAGE is the catalogue's
    msgid (English, with `{name}` fields filled from VALUES after translation)."""
    from kerjasama_cli.i18n import translator

    typer.echo(f"kerjasama: {translator()(message).format(**values)}", err=True)


LangOption = Annotated[
    Optional[str],
    typer.Option(
        "--lang",
        metavar="LANG",
        help="Language of headings, labels, dates, statuses, sectors and country names: "
        "id or en (default: $KERJASAMA_LANG, else the system locale, else id). "
        "JSON and CSV keep English keys and codes.",
        show_default=False,
    ),
]


# A value Click quotes in a usage error ('...'), long enough to be worth abbreviating.
_QUOTED = re.compile(r"'((?:[^'\\]|\\.){61,})'")


def one_line(message: str) -> str:
    """Click's usage error as one short line: a quoted value longer than 60 characters is
    abbreviated (a 5,000-digit --limit was echoed whole) and line breaks are escaped."""
    from kerjasama_cli.domain.errors import shown

    message = _QUOTED.sub(lambda m: shown(m.group(1)), message)
    return message.replace("\r", "\\r").replace("\n", "\\n")


def handles_errors(fn: F) -> F:
    """Turn domain and database errors into one line on stderr and an exit code, not a traceback.

    A command that fails leaves no database it created behind (file, -wal and -shm).

    It also gives every command the `--lang` option (so commands added later get it too): the
    language is resolved (option, global option, $KERJASAMA_LANG, locale, Indonesian), made the
    active one (`kerjasama_cli.i18n.active()`), and passed as `lang: str` to a command that
    declares a `lang` parameter of its own.
    """
    signature = inspect.signature(fn, eval_str=True)
    takes_lang = "lang" in signature.parameters
    params = [p for p in signature.parameters.values() if p.name != "lang"]
    params.append(
        inspect.Parameter(
            "lang", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=LangOption
        )
    )

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        ok = False
        try:
            interrupts.begin()
            lang = _use_language(kwargs.pop("lang", None))
            if takes_lang:
                kwargs["lang"] = lang
            result = fn(*args, **kwargs)
            ok = True
            return result
        except KerjasamaError as error:
            _if_interrupted()
            raise fail(_said(error), error.exit_code) from None
        except sqlite3.Error as error:
            # A Ctrl-C inside a Python SQL function reaches here as "user-defined function
            # raised exception": still a Ctrl-C.
            _if_interrupted()
            raise fail(database_message(error), 1) from None
        except BrokenPipeError:
            # The reader went away (`| head`): stop at once, quietly, successfully.
            ok = True
            quiet_stdout()
            raise typer.Exit(0) from None
        except OSError as error:
            # A file the command meets that the OS refuses (a missing directory, a full disk)
            # and no layer below named: one line in the user's language, not a traceback.
            _if_interrupted()
            raise fail(os_message(error), 1) from None
        except KeyboardInterrupt:
            # Ctrl-C: the open transaction is rolled back (Store.transaction), so the file is
            # as it was unless a commit had already begun; say which in one line, and exit as
            # a shell does on SIGINT.
            interrupted()
            raise typer.Exit(INTERRUPTED) from None
        except typer.Exit as exit_:
            ok = exit_.exit_code == 0
            raise
        finally:
            interrupts.end()
            while _OPEN_STORES:
                store = _OPEN_STORES.pop()
                if ok:
                    store.close()
                else:
                    store.discard()

    wrapper.__signature__ = signature.replace(parameters=params)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {p.name: p.annotation for p in params}
    return wrapper  # type: ignore[return-value]


def _said(error: KerjasamaError) -> str:
    """An error's line in the user's language: a Refusal or a ValidationError through its
    catalogue entries; another error's line looked up whole (a message written as one constant)."""
    from kerjasama_cli.domain.errors import Refusal, ValidationError
    from kerjasama_cli.i18n import translator

    if isinstance(error, Refusal | ValidationError):
        return error.translated(translator())
    return translator()(str(error))


def os_message(error: OSError) -> str:
    """An OS error's line: the file it names and why, in the user's language."""
    from kerjasama_cli.i18n import os_reason

    reason = os_reason(error)
    return f"{error.filename}: {reason}" if error.filename else reason


def quiet_stdout() -> None:
    """Point stdout at the null device once its reader has gone, so that what is still in its
    buffer (flushed at exit) meets no closed pipe: Python would print "Exception ignored ...
    BrokenPipeError" on stderr and exit 120. (Typer's test runner has no file descriptor.)"""
    import sys

    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, fd)
    finally:
        os.close(null)


# The exit status of a command stopped by Ctrl-C (128 + SIGINT), as shells report it.
INTERRUPTED = 130


def interrupted() -> None:
    """Say, once per run, that Ctrl-C stopped the command, and whether it had saved changes
    first (a Ctrl-C that landed during or after a commit)."""
    if not GLOBAL_OPTIONS.get("interrupted"):
        GLOBAL_OPTIONS["interrupted"] = True
        from kerjasama_cli.i18n import translator

        t = translator()
        if any(store.saved for store in _OPEN_STORES):
            said = t("interrupted after the changes were saved")
        else:
            said = t("interrupted: nothing was written")
        typer.echo(f"kerjasama: {said}", err=True)


def _if_interrupted() -> None:
    """An error that a Ctrl-C caused (its KeyboardInterrupt lost on the way) ends as one."""
    if interrupts.seen():
        interrupted()
        raise typer.Exit(INTERRUPTED) from None


def _use_language(option: Optional[str]) -> str:
    """Resolve and activate the command's language; an unknown one is a usage error (exit 2)."""
    from kerjasama_cli import i18n

    try:
        lang = i18n.resolve(option or GLOBAL_OPTIONS.get("lang"))
    except i18n.LanguageError as error:
        reason = f"not one of {', '.join(i18n.languages())}"
        raise _validation(error.where, error.value, reason) from None
    i18n.use(lang)
    return lang


def database_message(error: sqlite3.Error) -> str:
    """One line for a database error, naming the file the command had open."""
    where = str(_OPEN_STORES[-1].path) if _OPEN_STORES else "database"
    text = str(error)
    if "disk is full" in text or getattr(error, "sqlite_errorname", "") == "SQLITE_FULL":
        return f"{where}: database or disk is full; nothing was written"
    if getattr(error, "sqlite_errorname", "").startswith("SQLITE_READONLY"):
        return f"{where}: read-only ({text}); nothing was written"
    return f"{where}: {text}"


def open_db(db: Optional[Path], create: bool = True, reads_only: bool = False) -> Store:
    """Open the database named by the command's `--db`, the global one, or the defaults.

    A database created here is loaded from the bundled seed, with a notice on stderr; only the
    per-user default's directory is created if missing. A file this process may not write opens
    read-only (writes are refused with one line). The command's failure removes a new file.

    `reads_only`: the command uses the registry as context and writes nothing to it (`extract`
    without --import): a registry that does not exist is not created; the bundled seed is read
    in memory instead, with a notice, and no file is left behind.
    """
    path = db_path(db)
    if reads_only and not path.is_dir() and not (path.exists() and path.stat().st_size > 0):
        from kerjasama_cli.seed import apply_seed
        from kerjasama_cli.store.database.memory import memory_store

        store = memory_store(path, apply_seed)
        _OPEN_STORES.append(store)
        notice(
            "{path}: no such registry; read the bundled seed instead (nothing written)", path=path
        )
        return store

    def seed(store: Store) -> None:
        from kerjasama_cli.seed import apply_seed

        counts = apply_seed(store)
        notice(
            "created {path} and loaded the bundled seed ({rows} rows)",
            path=store.path,
            rows=counts["inserted"],
        )

    store = open_store(path, create=create, make_parent=is_default(db), on_create=seed)
    _OPEN_STORES.append(store)
    from kerjasama_cli.store.database.migrations import NOTICES

    while NOTICES:  # what an upgrade of this file did that its user should know
        typer.echo(f"kerjasama: {store.path}: {NOTICES.pop(0)}", err=True)
    return store


# Stores a command opened, closed when it returns (tests run many commands in one process).
_OPEN_STORES: list[Store] = []

# The global `kerjasama --db X` option; set by the app callback on every invocation.
GLOBAL_OPTIONS: dict[str, Any] = {"db": None, "lang": None}


def is_default(db: Optional[Path]) -> bool:
    """Whether no `--db` and no $KERJASAMA_DB chose the file: the per-user default applies."""
    return not (db or GLOBAL_OPTIONS["db"] or os.environ.get(ENV_VAR))


def db_path(db: Optional[Path]) -> Path:
    """The command's `--db`, else the global one, else $KERJASAMA_DB or the default."""
    return resolve_path(db or GLOBAL_OPTIONS["db"])


# -- the one filter language ------------------------------------------------------------------

_LIST = Optional[list[str]]
FILTER_OPTIONS: dict[str, Any] = {
    "country": Annotated[
        _LIST,
        typer.Option(
            "--country",
            "-c",
            help="Partner country: ISO code or name in English or Indonesian (Korsel, Tiongkok, AS). Repeatable.",
            rich_help_panel="Filters",
        ),
    ],
    "type": Annotated[
        _LIST,
        typer.Option(
            "--type",
            "-t",
            help="Record type: sister_city, loi, mou, agreement, programme, other; events: visit, meeting, office_opening, renewal, invitation. Repeatable.",
            rich_help_panel="Filters",
        ),
    ],
    "sector": Annotated[
        _LIST,
        typer.Option(
            "--sector",
            "-s",
            help="Sector, English or Indonesian (health, kesehatan, banjir). Repeatable.",
            rich_help_panel="Filters",
        ),
    ],
    "partner": Annotated[
        _LIST,
        typer.Option(
            "--partner",
            "-p",
            help="Partner name, key or alias (substring, case-insensitive). Repeatable.",
            rich_help_panel="Filters",
        ),
    ],
    "governor": Annotated[
        _LIST,
        typer.Option(
            "--governor",
            "--leader",  # a neutral name: a city's head is its mayor (issue 21)
            "-g",
            help="Leader in office, of any local government (name or alias, e.g. Ahok), or 'undetermined', 'not recorded', 'date unknown'. Repeatable.",
            rich_help_panel="Filters",
        ),
    ],
    "date_from": Annotated[
        Optional[str],
        typer.Option(
            "--from",
            help="On or after this date (2024, 2024-05, 27 Mei 2025...). Items known only to a year or month match when their interval overlaps.",
            rich_help_panel="Filters",
        ),
    ],
    "date_to": Annotated[
        Optional[str],
        typer.Option(
            "--to", help="On or before this date; same forms as --from.", rich_help_panel="Filters"
        ),
    ],
    "local_party": Annotated[
        _LIST,
        typer.Option(
            "--local-party",
            help="Local government, by name or alias (Jakarta, Pemprov DKI Jakarta); default: "
            "every one. Per-governor answers default to the home government (or to the "
            "government of the --governor given). Repeatable.",
            rich_help_panel="Filters",
        ),
    ],
    "involving": Annotated[
        _LIST,
        typer.Option(
            "--involving",
            metavar="NAME",
            help="A place on either side: records whose local party or partner it is "
            "(every partnership of Jakarta, whichever side it was recorded from). Repeatable.",
            rich_help_panel="Filters",
        ),
    ],
    "kind": Annotated[
        _LIST,
        typer.Option(
            "--kind",
            help="agreement (document, dokumen) or event (kegiatan). Repeatable.",
            rich_help_panel="Filters",
        ),
    ],
    "query": Annotated[
        Optional[str],
        typer.Option(
            "--query",
            "-q",
            help='Only records matching this search text (same syntax as `kerjasama search`: words, "phrases", prefix*, OR, NOT). Given once: write OR inside it.',
            rich_help_panel="Filters",
        ),
    ],
    "status": Annotated[
        _LIST,
        typer.Option(
            "--status",
            help="Status, stated or derived: active, expiring, expired, ended, superseded, renewed, proposed (or aktif, berakhir...). Repeatable.",
            rich_help_panel="Filters",
        ),
    ],
    "expiring": Annotated[
        Optional[str],
        typer.Option(
            "--expiring",
            metavar="PERIOD",
            help="Agreements in force whose validity ends within PERIOD from today (180d, 6m, 1y, '90 days'); `list` sorts them soonest first.",
            rich_help_panel="Filters",
        ),
    ],
    "family": Annotated[
        _LIST,
        typer.Option(
            "--family",
            help="KSDPL (with a foreign local government) or KSDLL (with a foreign institution). Repeatable.",
            rich_help_panel="Filters",
        ),
    ],
    "object": Annotated[
        _LIST,
        typer.Option(
            "--object",
            help="The regulation's object: science_technology, cultural_exchange, capacity_building, regional_promotion, other. Repeatable.",
            rich_help_panel="Filters",
        ),
    ],
    "stage": Annotated[
        _LIST,
        typer.Option(
            "--stage",
            help="The stage the partnership has reached (loi, dprd_approval, signing...; `kerjasama stages list`). Repeatable.",
            rich_help_panel="Filters",
        ),
    ],
}


# The option each filter parameter is typed as, for messages.
FILTER_FLAGS = {"date_from": "--from", "date_to": "--to"}


def build_filter(**options: Any) -> RecordFilter:
    """Normalise raw option values into the one RecordFilter every command applies.

    Every value is bounded first (length, control characters, how often an option repeats), so
    nothing oversized or binary reaches a parser or SQLite ("LIKE or GLOB pattern too complex").
    """
    from kerjasama_cli.domain import vocab
    from kerjasama_cli.domain.countries import resolve_country
    from kerjasama_cli.domain.dates import parse_date
    from kerjasama_cli.domain.limits import (
        MAX_NAME_CHARS,
        MAX_QUERY_CHARS,
        check_text,
        check_values,
    )

    for name, value in options.items():
        flag = FILTER_FLAGS.get(name) or "--" + name.replace("_", "-")
        if isinstance(value, list | tuple):
            check_values(flag, value)
        elif isinstance(value, str):
            if name == "query":
                check_text(flag, value, MAX_QUERY_CHARS, lines=True)
            else:
                check_text(flag, value, MAX_NAME_CHARS)

    types = {**vocab.AGREEMENT_TYPES, **vocab.EVENT_TYPES}
    kinds = tuple(dict.fromkeys(vocab.record_kind("--kind", k) for k in options.get("kind") or ()))
    date_from = date_to = None
    if options.get("date_from"):
        date_from = parse_date(options["date_from"], "--from").start
        if date_from is None:  # "by 2015" has an end but no start
            raise _validation("--from", options["date_from"], "has no start; give a date or year")
    if options.get("date_to"):
        date_to = parse_date(options["date_to"], "--to").end
    if date_from and date_to and date_to < date_from:
        raise _validation(
            "--to", options["date_to"], "is before {what}", what=f"--from {date_from.isoformat()}"
        )
    query = options.get("query")
    if query is not None:
        from kerjasama_cli.domain.search import to_fts

        to_fts(query, "--query")  # a malformed query fails here, before the database opens
    expiring_by = None
    if options.get("expiring"):
        from kerjasama_cli.domain.validity import today, window_end

        expiring_by = window_end(options["expiring"], today())
    from kerjasama_cli.domain.validity import FILTER_STATUSES

    statuses = tuple(
        vocab.normalise("--status", s, FILTER_STATUSES) for s in options.get("status") or ()
    )
    return RecordFilter(
        countries=tuple(resolve_country(c, "--country").code for c in options.get("country") or ()),
        types=tuple(vocab.normalise("--type", t, types) for t in options.get("type") or ()),
        # A sector the code does not know may be one the registry added: resolved by the store.
        sectors=tuple(_sector(s) for s in options.get("sector") or ()),
        kinds=kinds,
        partners=_distinct(options.get("partner")),
        governors=_distinct(options.get("governor")),
        local_parties=_distinct(options.get("local_party")),
        involving=_distinct(options.get("involving")),
        date_from=date_from,
        date_to=date_to,
        query=query,
        status=statuses,
        expiring_by=expiring_by,
        **_cooperation_options(options),
    )


def _distinct(values: Optional[list[str]]) -> tuple[str, ...]:
    """A repeatable option's values, each once, in the order given."""
    return tuple(dict.fromkeys(values or ()))


def _cooperation_options(options: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """`--family`, `--object`, `--stage` as RecordFilter fields (issue 22)."""
    if not (options.get("family") or options.get("object") or options.get("stage")):
        return {}
    from kerjasama_cli.domain.cooperation import parse_family, parse_objects
    from kerjasama_cli.domain.stages import parse_stage

    return {
        "families": tuple(dict.fromkeys(parse_family(v) for v in options.get("family") or ())),
        "objects": parse_objects(options.get("object") or ()),
        "stages": tuple(dict.fromkeys(parse_stage(v) for v in options.get("stage") or ())),
    }


def _sector(text: str) -> str:
    from kerjasama_cli.domain import vocab

    try:
        return vocab.normalise("--sector", text, vocab.SECTORS)
    except KerjasamaError:
        return text


def _validation(field: str, value: object, reason: str, **values: object) -> KerjasamaError:
    from kerjasama_cli.domain.errors import ValidationError

    return ValidationError(field, value, reason, **values)


def with_filters(fn: F) -> F:
    """Add the shared filter options to a command; it receives them as `filters: RecordFilter`.

    Typer reads a command's options from its signature, so the wrapper advertises the command's
    own parameters plus the filter ones, and folds the latter into one object before the call.
    """
    signature = inspect.signature(fn, eval_str=True)
    own = [p for p in signature.parameters.values() if p.name != "filters"]
    extra = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=annotation)
        for name, annotation in FILTER_OPTIONS.items()
    ]

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        options = {name: kwargs.pop(name, None) for name in FILTER_OPTIONS}
        return fn(*args, filters=build_filter(**options), **kwargs)

    wrapper.__signature__ = signature.replace(parameters=own + extra)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {p.name: p.annotation for p in own + extra}
    return wrapper  # type: ignore[return-value]

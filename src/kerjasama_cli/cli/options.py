"""The options many commands share, declared once: `--db`, `--lang`, `-o FILE`, and the type of
a bounded whole number (`--limit`, `--port`, `--header-row`).

Each is an `Annotated` type a command's signature uses as is, so the flag, its metavar and its
help read the same on every command (the command reference is generated from them).
"""

from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from typer.core import TyperOption
from typer.models import TyperPath

from kerjasama_cli.cli.typer_private import BadParameter, IntRange, StringParamType
from kerjasama_cli.domain.errors import ValidationError


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


class WholeNumber(IntRange):
    """A whole number from `min` to `max`, refused in the project's one line (`--limit '0': must
    be a whole number from 1 to 10000000`, in the user's language) instead of Click's `0 is not
    in the range 1<=x<=10000000` or `'abc' is not a valid int range`. The help still shows the
    range (Click reads it from IntRange). The ValidationError leaves Click's parsing as it is;
    `OneLineErrors.main` says it."""

    def convert(self, value: Any, param: Any, ctx: Any) -> Any:
        try:
            return super().convert(value, param, ctx)
        except BadParameter:
            flag = max(param.opts, key=len) if param is not None and param.opts else "value"
            raise ValidationError(
                flag,
                str(value),
                "must be a whole number from {lo} to {hi}",
                lo=self.min,
                hi=self.max,
            ) from None


class _NamedFile:
    """Mixed into a parameter's own type (`named_files`): an empty file name is refused as
    given, before Click or pathlib make it `.` (`backup ''` said `.: is a directory`)."""

    def convert(self, value: Any, param: Any, ctx: Any) -> Any:
        if isinstance(value, str) and not value.strip():
            flag = max(param.opts, key=len) if isinstance(param, TyperOption) else None
            name = flag or (param.human_readable_name.rstrip(".") if param is not None else "FILE")
            raise ValidationError(name, value, "is empty; expected a file name")
        return super().convert(value, param, ctx)  # type: ignore[misc]


_NAMED: dict[type, type] = {}


def named_files(params: list[Any]) -> None:
    """Give every file parameter among `params` (a path, or a text argument whose name says
    FILE) the `_NamedFile` check, keeping its own type's behaviour and help."""
    import copy

    for param in params:
        kind = type(param.type)
        if isinstance(param.type, TyperPath) or (
            isinstance(param.type, StringParamType)
            and not isinstance(param, TyperOption)
            and "FILE" in param.human_readable_name
        ):
            made = _NAMED.setdefault(kind, type(f"Named{kind.__name__}", (_NamedFile, kind), {}))
            param.type = copy.copy(param.type)
            param.type.__class__ = made

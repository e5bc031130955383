"""The options many commands share, declared once: `--db`, `--lang`, `-o FILE`, and the type of
a bounded whole number (`--limit`, `--port`, `--header-row`), the one-line refusals of
file names and choices (`one_line_types`), and arguments written by name in `Usage:` lines
(`named_in_usage`).

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

# `--force` of export and report: as `backup`, an existing output file is kept unless forced
# (no `-f`: it is export's `--format`).
ForceOption = Annotated[
    bool,
    typer.Option("--force", help="Overwrite the output file if it already exists."),
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
            raise ValidationError(
                _named(param),
                str(value),
                "must be a whole number from {lo} to {hi}",
                lo=self.min,
                hi=self.max,
            ) from None


def _named(param: Any) -> str:
    """How a one-line error names `param`: an option by its long flag, an argument by its
    metavar (`FILE`, not `FILE...`)."""
    if isinstance(param, TyperOption):
        return max(param.opts, key=len)
    # "[CHANGE_ID]": an optional argument's brackets are usage notation, not its name.
    return param.human_readable_name.rstrip(".").strip("[]") if param is not None else "value"


class _NamedFile:
    """Mixed into a parameter's own type (`one_line_types`): an empty file name is refused as
    given, before Click or pathlib make it `.` (`backup ''` said `.: is a directory`)."""

    def convert(self, value: Any, param: Any, ctx: Any) -> Any:
        if isinstance(value, str) and not value.strip():
            raise ValidationError(_named(param), value, "is empty; expected a file name")
        return super().convert(value, param, ctx)  # type: ignore[misc]


class _OneOf:
    """Mixed into a choice type (`one_line_types`): a value not among the choices is said as the
    project's own vocabularies say it (`--format 'xml': not one of table, json, …`), not as
    Click's `Invalid value for '--format' / '-f': 'xml' is not one of 'table', …`."""

    def convert(self, value: Any, param: Any, ctx: Any) -> Any:
        try:
            return super().convert(value, param, ctx)  # type: ignore[misc]
        except BadParameter:
            choices = (getattr(c, "value", c) for c in self.choices)  # type: ignore[attr-defined]
            listed = ", ".join(str(c) for c in choices)
            raise ValidationError(
                _named(param), str(value), "not one of {choices}", choices=listed
            ) from None


_MIXED: dict[tuple[type, type], type] = {}


def _mix(param: Any, mixin: type) -> None:
    """`param`'s type with `mixin` in front, its own behaviour, help and completion kept."""
    import copy

    kind = type(param.type)
    made = _MIXED.setdefault(
        (mixin, kind), type(f"{mixin.__name__}{kind.__name__}", (mixin, kind), {})
    )
    param.type = copy.copy(param.type)
    param.type.__class__ = made


def one_line_types(params: list[Any]) -> None:
    """Give the file parameters among `params` (a path, or a text argument whose name says
    FILE) the empty-name check, and the choice parameters the project's form of refusal."""
    for param in params:
        if isinstance(param.type, TyperPath) or (
            isinstance(param.type, StringParamType)
            and not isinstance(param, TyperOption)
            and "FILE" in param.human_readable_name
        ):
            _mix(param, _NamedFile)
        elif getattr(param.type, "name", None) == "choice" and hasattr(param.type, "choices"):
            _mix(param, _OneOf)


def named_in_usage(params: list[Any]) -> None:
    """Make the required arguments among `params` read as their names in `Usage:` lines: `ID`,
    where Typer 0.28 writes `{ID}` (its `TyperArgument.make_metavar`). Click, man pages and every
    other piece of the line (`[OPTIONS]`, `[CHANGE_ID]`, `COMMAND`) mark only what is optional;
    braces read as a choice or a template to fill."""
    for param in params:
        if param.param_type_name == "argument" and param.required:
            # Without `usage`, Typer writes the metavar (or name, type, `...`) with no brackets.
            param.get_usage_pieces = lambda ctx, param=param: [param.make_metavar(ctx)]

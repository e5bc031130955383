"""The options many commands share, declared once: `--db`, `--lang` and `-o FILE`.

Each is an `Annotated` type a command's signature uses as is, so the flag, its metavar and its
help read the same on every command (the command reference is generated from them).
"""

from pathlib import Path
from typing import Annotated, Optional

import typer


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

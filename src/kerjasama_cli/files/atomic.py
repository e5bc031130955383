"""Write a whole file or nothing: a failed command leaves no new (or half-written) file."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TextIO

from kerjasama_cli.domain.errors import KerjasamaError, ValidationError
from kerjasama_cli.i18n import said


def check_target(path: Path, field: str = "--output", registry: Path | None = None) -> None:
    """Fail early (before any work) when `path` cannot be written: its directory is missing, or
    it is a database (see `check_not_database`)."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(field, str(path), "directory {folder} does not exist", folder=folder)
    if path.is_dir():
        raise ValidationError(field, str(path), "is a directory; give a file name")
    check_not_database(path, field, registry)


def check_new(path: Path, field: str, force: bool) -> None:
    """Refuse to replace an existing file unless `force` (`export -o`, `report -o/--xlsx`,
    `extract -o`), as `backup` does: a briefing, a bureau's workbook or drafts edited by hand
    under the same name are not lost in silence."""
    if path.exists() and not force:
        raise ValidationError(field, str(path), "already exists; use --force to overwrite it")


def check_new_folder(path: Path, field: str, force: bool) -> None:
    """`export --with-documents`' folder (FILE.documents/): an existing one is kept unless
    `force`, as `check_new` keeps a file (with it, the folder is replaced whole); a file where
    the folder goes is refused even with `force` (it could not be written)."""
    if path.exists() and not path.is_dir():
        raise ValidationError(
            field, str(path), "is a file, where the documents' folder goes; give another -o name"
        )
    check_new(path, field, force)


# The files SQLite keeps beside a database while it is open or mid-transaction.
_COMPANIONS = ("-wal", "-shm", "-journal")
_SQLITE_MAGIC = b"SQLite format 3\x00"


def check_not_database(path: Path, field: str, registry: Path | None = None) -> None:
    """Refuse to write an output (an export, a briefing, drafts, rejects) onto the registry, onto
    any other SQLite database (a backup, a colleague's registry) or onto one's -wal/-shm/-journal:
    replacing it would lose every record it holds. `registry`: the command's database, which may
    not exist yet (the command would create it, then overwrite it)."""
    name = path.name
    base = next((name[: -len(s)] for s in _COMPANIONS if name.endswith(s)), None)
    candidates = [path] if base is None else [path, path.with_name(base)]
    if any(_is_database(p) or _same_file(p, registry) for p in candidates):
        raise ValidationError(
            field, str(path), "is a database, which this would overwrite; give another name"
        )


def check_not_input(field: str, path: Path, sources: Iterable[str]) -> None:
    """Refuse an output (`import --rejects`, `extract -o`) that names a file the command reads
    (the same file by any spelling or link): writing it would replace the user's rows or
    article, and cut a file still being read."""
    for source in sources:
        if source == "-":
            continue
        try:
            same = os.path.samefile(source, path)
        except OSError:  # either is missing: only equal paths can still be one file
            same = Path(source).resolve() == path.resolve()
        if same:
            raise ValidationError(
                field, str(path), "is a file this command reads; give another name"
            )


def check_writable(path: Path, field: str) -> None:
    """Fail before any work when the OS will not let `path` be written: a file written while
    the command runs (`import --rejects`) must not fail after the import has committed. A
    special file (`/proc/version`, a device) is refused, and a file is created (and removed)
    beside it, as a file written whole would be: a missing, read-only or virtual directory
    says so now, naming the option and the path."""
    if path.exists() and not path.is_file():
        raise ValidationError(field, str(path), "is not a regular file; give a file name")
    probe = path.with_name(f".{path.name}.kerjasama-probe")
    try:
        if path.exists():
            with path.open("a"):  # written in place: it must open for writing
                pass
        with probe.open("x"):
            pass
        probe.unlink()
    except OSError as error:
        raise KerjasamaError(
            said("{field} '{path}': cannot be written ({reason})", error, field=field, path=path)
        ) from None


def _is_database(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
    except OSError:  # missing, unreadable: not a database this could overwrite
        return False


def _same_file(path: Path, registry: Path | None) -> bool:
    if registry is None:
        return False
    try:
        return path.resolve() == registry.resolve()
    except OSError:
        return False


def write_text_atomic(path: Path, content: str, field: str = "--output") -> None:
    """Write `content` to a hidden temporary beside `path`, then move it into place.

    A missing directory is the user's mistake (ValidationError naming `field`), not a traceback.
    """
    check_target(path, field)
    with replaced_when_done(path) as temporary:
        temporary.write_text(content, encoding="utf-8")


@contextmanager
def replaced_when_done(path: Path) -> Iterator[Path]:
    """A hidden temporary beside `path` to write, moved into place when the block ends, removed
    when it fails (a Ctrl-C too); the OS refusing the write is a KerjasamaError naming `path`."""
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        yield temporary
        temporary.replace(path)
    except BaseException as error:
        with suppress(OSError):  # a failed clean-up must not hide why the write failed
            temporary.unlink(missing_ok=True)
        if isinstance(error, OSError) and not isinstance(error, BrokenPipeError):
            # a missing or locked directory, a full disk: one line naming the file asked for
            # (not the hidden temporary), in the user's language
            raise _unwritable(path, error) from None
        raise


@contextmanager
def folder_replaced_when_done(path: Path) -> Iterator[Path]:
    """A new hidden folder beside `path` to fill, put in `path`'s place when the block ends, so
    that `path` holds what this run wrote and nothing an earlier run left there (`export
    --with-documents --force`); removed when the block fails, leaving an earlier folder whole.
    The OS refusing the folder is a KerjasamaError naming `path`."""
    import shutil

    temporary = path.with_name(f".{path.name}.tmp")
    previous = path.with_name(f".{path.name}.old")
    try:
        for stale in (temporary, previous):  # our own, left by a run that was killed
            if stale.is_dir():
                shutil.rmtree(stale)
        temporary.mkdir()
        yield temporary
        if path.is_dir():
            path.rename(previous)
        try:
            temporary.rename(path)
        except OSError:
            if previous.is_dir():  # the earlier folder back in its place
                previous.rename(path)
            raise
    except BaseException as error:
        shutil.rmtree(temporary, ignore_errors=True)
        if isinstance(error, OSError) and not isinstance(error, BrokenPipeError):
            raise _unwritable(path, error) from None
        raise
    shutil.rmtree(previous, ignore_errors=True)


def _unwritable(path: Path, error: OSError) -> KerjasamaError:
    """The error for a file that cannot be written, naming it and the OS's reason."""
    return KerjasamaError(said("{path}: cannot be written ({reason})", error, path=path))


@contextmanager
def text_output(path: Path | None, bom: bool = False) -> Iterator[TextIO]:
    """Where an export writes its text: a file written whole or not at all, or stdout when
    `path` is None. `bom`: UTF-8 with a byte order mark, the only UTF-8 Excel reads."""
    if path is None:
        if bom:
            sys.stdout.write("\ufeff")
        yield sys.stdout
        return
    with (
        replaced_when_done(path) as temporary,
        temporary.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as out,
    ):
        yield out

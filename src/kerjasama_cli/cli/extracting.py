"""`extract`: draft records from news articles (files or stdin), review them, import them."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from kerjasama_cli.cli.error_handling import handles_errors
from kerjasama_cli.cli.invocation import db_path, open_db
from kerjasama_cli.cli.messages import notice
from kerjasama_cli.cli.options import DbOption, ForceOption, OutputOption


class DraftFormat(StrEnum):
    yaml = "yaml"
    json = "json"


HELP = (
    "Draft records from news articles (Indonesian or English), offline: each agreement, programme "
    "and visit the text reports, with partner, country, type, date (resolved against the "
    "article's own date), signatories and sectors. YAML (default) is importable as it is and "
    "carries, above each field, the sentence it was read from; what the text does not say is "
    "left empty and listed. A draft that matches a registry record (same partner, type and date) "
    "is marked and, imported, updates it. Examples: kerjasama extract article.txt > drafts.yaml; "
    "kerjasama extract - --published 2025-05-28 < article.txt; kerjasama extract page.html "
    "release.pdf letter.docx; "
    "kerjasama extract article.txt --import --yes."
)


def register(app: typer.Typer) -> None:
    """Attach `extract` to the app."""
    app.command("extract", help=HELP, short_help="Draft records from a news article (offline).")(
        extract_command
    )


def _read(path: str) -> Any:
    from kerjasama_cli.files.articles import MAX_ARTICLE_BYTES, read_article, too_large

    if path == "-":
        if sys.stdin.isatty():  # typed at a prompt: nothing will come but what is typed
            from kerjasama_cli.files.articles import ArticleFileError, t

            raise ArticleFileError(
                t(
                    "<stdin>: nothing piped in (stdin is a terminal); pipe the article in "
                    "(kerjasama extract - < article.txt) or give its file"
                )
            )
        # one byte more than the limit is enough to refuse: stdin is not read to its end
        return read_article("<stdin>", sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1))
    try:
        size = Path(path).stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise too_large(path, size)  # told by its size, before it is read
        data = Path(path).read_bytes()
    except OSError as error:
        raise _unreadable(path, error) from None
    return read_article(path, data)


def _read_all(files: list[str]) -> list[Any]:
    """Every article, or (any unreadable) one line for each that is not and no drafts at all:
    a user mends them all at once rather than meeting them one run at a time."""
    from kerjasama_cli.cli.messages import fail
    from kerjasama_cli.domain.errors import KerjasamaError

    articles, failures = [], []
    for path in files:
        try:
            articles.append(_read(path))
        except KerjasamaError as error:
            failures.append(error)
    for error in failures[:-1]:
        fail(str(error), error.exit_code)  # its line only: the last one ends the command
    if failures:
        raise failures[-1]
    return articles


def _unreadable(path: str, error: OSError) -> Exception:
    """One line for an article file that cannot be opened: the OS's reason, and for a folder
    what is expected instead."""
    from kerjasama_cli.files.articles import ArticleFileError, t
    from kerjasama_cli.i18n import os_reason

    if isinstance(error, IsADirectoryError):
        return ArticleFileError(
            t(
                "{name}: a directory, not a file; give an article file (text, web page, PDF "
                "or Word document)",
                name=path,
            )
        )
    return ArticleFileError(f"{path}: {os_reason(error)}")


def _published(text: Optional[str]) -> Any:
    if text is None:
        return None
    from kerjasama_cli.domain.dates import parse_date
    from kerjasama_cli.domain.errors import ValidationError

    date = parse_date(text, "--published")
    if date.precision != "day" or date.start is None:
        raise ValidationError("--published", text, "needs a full day (YYYY-MM-DD or '28 Mei 2025')")
    return date.start


@handles_errors
def extract_command(
    files: Annotated[
        list[str],
        typer.Argument(
            metavar="FILE...",
            help="Articles: text, a saved web page (.html, .mhtml), PDF or Word (.docx) files, "
            "or - for stdin. Pages, PDF and DOCX need the extract extra.",
        ),
    ],
    fmt: Annotated[
        Optional[DraftFormat],
        typer.Option(
            "--format",
            "-f",
            help="yaml (importable, with source sentences) or json. Default: from -o's "
            "extension (.json), else yaml.",
        ),
    ] = None,
    output: OutputOption = None,
    published: Annotated[
        Optional[str],
        typer.Option(
            "--published",
            metavar="DATE",
            help="The articles' publication date, when the text does not show it (it wins over the text).",
        ),
    ] = None,
    do_import: Annotated[
        bool,
        typer.Option("--import", help="After showing the drafts, import them (asks first)."),
    ] = False,
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="With --import: do not ask for confirmation.")
    ] = False,
    force: ForceOption = False,
    db: DbOption = None,
) -> None:
    from kerjasama_cli.extract import KnownPartner, extract
    from kerjasama_cli.extract.output import to_json, to_yaml
    from kerjasama_cli.store.imports.result import home_of
    from kerjasama_cli.store.queries import known as known_store

    day = _published(published)
    if yes and not do_import:
        raise typer.BadParameter("--yes goes with --import")
    if do_import and not yes and "-" in files:
        raise typer.BadParameter("reading the article from stdin, --import needs --yes")
    if files.count("-") > 1:
        raise typer.BadParameter("stdin (-) can be read only once")
    if output is not None:
        from kerjasama_cli.files.atomic import check_new, check_not_input, check_target
        from kerjasama_cli.files.spreadsheets import check_text_name

        check_text_name(
            "--output", output, "the drafts are YAML or JSON text; give a .yaml or .json name"
        )
        # before the database opens: a failed command creates nothing
        check_target(output, registry=db_path(db))
        check_not_input("--output", output, files)  # the drafts would replace the article
        check_new(output, "--output", force)  # drafts one has edited are not lost in silence
    if fmt is None:
        json_file = output is not None and output.suffix.lower() == ".json"
        fmt = DraftFormat.json if json_file else DraftFormat.yaml
    articles = _read_all(files)
    store = open_db(db, reads_only=not do_import)  # drafting alone leaves no registry behind
    home, _ = home_of(store)
    partners = [
        KnownPartner(p.key, p.name, p.kind, p.country, p.region, p.aliases)
        for p in known_store.partners(store.conn)
    ]
    leaders = known_store.leaders(store.conn, home)
    governments = known_store.governments(store.conn)
    extractions = [
        extract(
            article.text,
            name=article.name,
            published=day or article.published,
            home=home,
            known=partners,
            leaders=leaders,
            governments=governments,
            title=article.title,
            publication=article.publication,
        )
        for article in articles
    ]
    from kerjasama_cli.cli.extract_import import mark_matches

    mark_matches(store, extractions)
    if output is not None:
        _write_drafts(output, fmt, extractions)
    elif fmt is DraftFormat.json:
        from kerjasama_cli.render.machine import write_json

        write_json(to_json(extractions))
    else:
        sys.stdout.write(to_yaml(extractions))
        sys.stdout.flush()
    if do_import:
        from kerjasama_cli.cli.extract_import import import_drafts

        import_drafts(store, extractions, yes)


def _write_drafts(output: Path, fmt: DraftFormat, extractions: list[Any]) -> None:
    """The drafts in FILE, whole or not at all (written beside it, then moved into place, as
    export and report write theirs); an existing file is replaced, as export replaces it."""
    import io

    from kerjasama_cli.extract.output import to_json, to_yaml
    from kerjasama_cli.files.atomic import write_text_atomic
    from kerjasama_cli.i18n import translator

    if fmt is DraftFormat.json:
        from kerjasama_cli.render.machine import write_json

        text = io.StringIO()
        write_json(to_json(extractions), text)
        write_text_atomic(output, text.getvalue())
    else:
        write_text_atomic(output, to_yaml(extractions))
    count = sum(len(e.drafts) for e in extractions)
    drafts = translator().plural("{n} draft", "{n} drafts", count)
    notice("wrote {drafts} to {path}", drafts=drafts, path=output)

"""What the article readers (`articles.py` and one module per format) say when a file cannot
be read: the two errors and the message maker, in the user's language."""

from __future__ import annotations

from kerjasama_cli.domain.errors import Count, KerjasamaError, Said, filled, install_command

# How to install the readers, in the message's language (as serve's hint, web/server.py).
INSTALL = install_command("extract")


def t(message: str, **values: str | Said | Count) -> str:
    """A message in the user's language: MESSAGE is the catalogue's msgid (English), its
    `{name}` fields filled after translation (the file name, the library's own words; a `Said`
    in the same language)."""
    from kerjasama_cli.i18n import translator

    translate = translator()
    return translate(message).format(**filled(values, translate))


class ArticleFileError(KerjasamaError):
    """An article file that cannot be read as what it is (exit 2, nothing written)."""

    exit_code = 2


class MissingExtraError(KerjasamaError):
    """A format whose reader is an optional dependency that is not installed (exit 1)."""


def missing_extra(message: str, name: str) -> MissingExtraError:
    """The refusal of a format whose reader is not installed: MESSAGE names what it needs."""
    return MissingExtraError(t(message, name=name, install=INSTALL))

"""What a visitor sees, and what serve's log says, when a page cannot be served.

Datasette's own handler (datasette.handle_exception) prints a rich traceback *with every local
variable* for each 404 or 400, and a second plain one for a ValueError: ~150 lines a bad address,
the request's headers (a member's signed `ds_actor` cookie among them) in the log. Anyone on the
network could fill the log by asking for pages that are not there. `serve` blocks that handler
(web/server.py) and this one answers instead:

- a visitor's mistake (a 4xx: a page, table or record that is not there, a bad `_sort`, `_next`
  or `_size`): no line of our own; uvicorn's access line (method, path, status) is the one line;
- a server error (a 500, our bug): one plain traceback, no locals, so it can be reported;
- the page in the language of `serve --lang`: a heading saying what happened, Datasette's reason
  in words the visitor reads, and a link home. The JSON answer keeps Datasette's English
  message (`{"ok": false, "error": ..., "status": ...}`): programs read it, as every JSON of
  ours is English.
"""

from __future__ import annotations

import re
import sys
import traceback
from typing import Any

from datasette import hookimpl

# The query-string parameters whose bad values Datasette lets escape as a 500: a sort column
# the table lacks (a DatasetteError of status 500), a page token that is not one (a ValueError
# from int()), a `_through` that is not JSON or lacks its keys, a `_timelimit` that is not a
# number. Each is the visitor's mistake in the address.
ADDRESS_PARAMETERS = ("_sort", "_sort_desc", "_next", "_through", "_timelimit")

HEADINGS = {
    400: "The address cannot be read",
    403: "Not allowed",
    404: "Page not found",
    429: "Too many attempts",
    500: "Server error",
}

# Datasette's reasons (0.65) as the visitor reads them: a pattern over its English message and
# the msgid (context `web`) whose `{value}` is the pattern's group. Unknown ones show as given.
REASONS: tuple[tuple[str, str], ...] = (
    (r"Database not found", "There is no database at this address."),
    (r"Table not found(?:: .*)?", "There is no table or view at this address."),
    (r"Record not found", "There is no record at this address."),
    (r"404", "Nothing is at this address."),
    (r"Cannot sort table by (.+)", "The table cannot be sorted by {value}."),
    (r"_size must be a positive integer", "_size must be a whole number above 0."),
    (r"_size must be <= (\d+)", "_size must be at most {value}."),
    (r"You do not have permission to view this table", "You may not open this table."),
    (r"You do not have permission to view this query", "You may not open this query."),
    (r"You do not have permission to view this database", "You may not open this database."),
    (r"Permission denied", "You may not open this page."),
    (r"Database download is forbidden", "The registry file cannot be downloaded."),
    (r"_where= is not allowed", "Conditions of one's own (_where=) are not allowed."),
    (r"Cannot search by that column", "The search cannot be limited to that column."),
    (r"(.+): not a page of this table; follow the page's own next link",
     "{value}: not a page of this table; follow the page's own link to the next page."),
    (r"(.+): expected JSON such as .*", "{value}: expected JSON (a table, column and value)."),
    (r"(.+): expected a whole number of milliseconds",
     "{value}: expected a whole number of milliseconds."),
    (r"(.+): Cannot sort table by .*", "{value}: the table cannot be sorted by that column."),
    (r"(\S+): the public records are searched with _search alone .*",
     "{value}: the public records are searched with _search alone (their public columns)."),
)  # fmt: skip


def reason(message: str, lang: str | None = None) -> str:
    """Datasette's English `message` in the visitor's language (as given when not known)."""
    from kerjasama_cli.i18n import translator

    t = translator(lang)
    for pattern, msgid in REASONS:
        found = re.fullmatch(pattern, message.strip(), re.DOTALL)
        if found:
            value = found.group(1) if found.groups() else ""
            return t.ctx("web", msgid).format(value=value)
    return message


def heading(status: int, lang: str | None = None) -> str:
    """The page's heading for `status` in the visitor's language."""
    from kerjasama_cli.i18n import translator

    t = translator(lang)
    words = HEADINGS.get(status, HEADINGS[400 if status < 500 else 500])
    return t.ctx("web", "Error {status}: {what}").format(status=status, what=t.ctx("web", words))


def address_mistake(request: Any, exception: Exception) -> str | None:
    """The 400 message for a bad sort column, page token, `_through` or `_timelimit` in the
    address, or None when the exception is something else (Datasette lets these escape as
    500s)."""
    from datasette.views.base import DatasetteError

    if isinstance(exception, DatasetteError) and exception.status != 500:
        return None
    if not isinstance(exception, ValueError | KeyError | TypeError | DatasetteError):
        return None
    given = {name: request.args.get(name) for name in ADDRESS_PARAMETERS}
    given = {name: value for name, value in given.items() if value is not None}
    if not given:
        return None
    said = ", ".join(f"{name}={value}" for name, value in given.items())
    if isinstance(exception, DatasetteError):  # its own words: "Cannot sort table by X"
        why = exception.message
    elif "_through" in given:
        why = 'expected JSON such as {"table": …, "column": …, "value": …}'
    elif "_timelimit" in given and isinstance(exception, ValueError):
        why = "expected a whole number of milliseconds"
    elif isinstance(exception, ValueError):  # int() of a page token: edited or cut
        why = "not a page of this table; follow the page's own next link"
    else:
        return None
    return f"{said}: {why}"


def _status_and_message(request: Any, exception: Exception) -> tuple[int, str]:
    from datasette.utils.asgi import Base400
    from datasette.views.base import DatasetteError

    mistake = address_mistake(request, exception)
    if mistake is not None:
        return 400, mistake
    if isinstance(exception, Base400):
        return exception.status, str(exception.args[0]) if exception.args else ""
    if isinstance(exception, DatasetteError):
        return exception.status, exception.message
    return 500, str(exception)


@hookimpl(tryfirst=True)
def handle_exception(datasette: Any, request: Any, exception: Exception) -> Any:
    """Every exception a page raises: the visitor's page (or JSON), at most one log line."""
    status, message = _status_and_message(request, exception)
    if status >= 500:
        # Our bug or the machine's: one plain traceback (no locals: they hold the cookies).
        traceback.print_exception(exception, file=sys.stderr)
    return error_response(datasette, request, status, message)


@hookimpl(tryfirst=True)
def forbidden(datasette: Any, request: Any, message: str) -> Any:
    """A 403 (a table or query a visitor may not open) as the other errors are shown."""
    return error_response(datasette, request, 403, message)


def error_response(datasette: Any, request: Any, status: int, message: str) -> Any:
    """Datasette's error page in the visitor's language, or its JSON answer (English)."""
    from datasette import Response
    from datasette.utils import add_cors_headers
    from markupsafe import Markup, escape

    from kerjasama_cli.i18n import translator

    async def inner() -> Any:
        headers: dict[str, str] = {}
        if datasette.cors:
            add_cors_headers(headers)
        if request.path.split("?")[0].endswith(".json"):
            info = {"ok": False, "error": message, "status": status, "title": None}
            return Response.json(info, status=status, headers=headers)
        home = datasette.urls.instance()
        back = translator().ctx("web", "Back to the registry's first page")
        error = Markup(f'{escape(reason(message))}<br><a href="{escape(home)}">{escape(back)}</a>')
        template = datasette.jinja_env.select_template([f"{status}.html", "error.html"])
        page = await template.render_async(
            {"ok": False, "error": error, "status": status, "title": heading(status),
             "urls": datasette.urls, "app_css_hash": datasette.app_css_hash(),
             "menu_links": lambda: []}
        )  # fmt: skip
        return Response.html(page, status=status, headers=headers)

    return inner

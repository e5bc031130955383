"""Datasette's own screens in the language of `serve --lang`, as far as Datasette allows.

Datasette (0.65) has no translations: its templates, the descriptions its views write ("12 rows
where country = "KR" sorted by id descending"), its filter names and its column menu are English.
Our metadata (titles, descriptions, column notes, query names) was already Indonesian under
`--lang id`; the frame around it stayed English.

Datasette's documented hook `prepare_jinja2_environment` hands us the template environment once,
before the first page. For a language other than English we put a loader in front of Datasette's
(and its plugins') that replaces, in each template's source, the English fragments listed in
`FRAGMENTS` by their words in the catalogue (context `datasette`), and passes the values the
views compute in English (the description, filter names, menu labels, messages, the sign-in
error) through filters that do the same (`kerjasama_text`, `kerjasama_describe`); counts are
grouped as the language writes them (1.050). The column menu's script (table.js) is served
through the same replacement (`TABLE_JS`, web/plugin.py's route).

No template is copied: an upgrade of Datasette keeps its own pages, and a fragment that is no
longer in them is caught by tests/test_serve_visitors.py (every fragment must be found), not shown
in English in silence. What stays English is listed in docs/guide/sharing.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from datasette import hookimpl
from jinja2 import BaseLoader

from kerjasama_cli.i18n import SOURCE

# template -> (fragment of its source, the English words in it); the words are the msgid
# (context `datasette`). A fragment that does not contain its words (a plural written in Jinja)
# is replaced whole by the translation.
_ROWS = " row{% if filtered_table_rows_count == 1 %}{% else %}s{% endif %}"
_THIS_DATA = "This data as "
FRAGMENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "base.html": (('<button class="button-as-link">Log out</button>', "Log out"),),
    "_footer.html": (
        ("Powered by <a", "Powered by"),
        ("Queries took {{", "Queries took"),
        ("Data license:", "Data license:"),
        ("Data source:", "Data source:"),
        ("About: {%", "About:"),
    ),
    "_description_source_license.html": (
        ("Data license:", "Data license:"),
        ("Data source:", "Data source:"),
        ("About: {%", "About:"),
    ),
    "table.html": (
        (_ROWS, " rows"),
        ("{% if is_view %} (view){% endif %}", "(view)"),
        ('<title id="actions-menu-links-title">Table actions</title>', "Table actions"),
        ('<label for="_search">Search:</label>', "Search:"),
        ('<option value="">- remove filter -</option>', "- remove filter -"),
        ('<option value="">- column -</option>', "- column -"),
        ('<option value="">Sort...</option>', "Sort..."),
        (">Sort by {{ column.name }}", "Sort by"),
        ("> descending</label>", "descending"),
        ('<input type="submit" value="Apply">', "Apply"),
        (
            " extra where clause{% if extra_wheres_for_ui|length != 1 %}s{% endif %}",
            " extra where clauses",
        ),
        ('">remove</a>]', "remove"),
        ('<span class="underlined">View and edit SQL</span>', "View and edit SQL"),
        (_THIS_DATA, "This data as"),
        ('<a href="#export">advanced</a>', "advanced"),
        ("These facets timed out:", "These facets timed out:"),
        ('<a href="{{ next_url }}">Next page</a>', "Next page"),
        ("<h3>Advanced export</h3>", "Advanced export"),
        ("<p>JSON shape:", "JSON shape:"),
        ('">default</a>', "default"),
        ('">newline-delimited</a>', "newline-delimited"),
        ("CSV options:", "CSV options:"),
        ("> download file</label>", "download file"),
        ("> expand labels</label>", "expand labels"),
        ("> stream all rows</label>", "stream all rows"),
        ('value="Export CSV"', "Export CSV"),
    ),  # fmt: skip
    "_table.html": (('<p class="zero-results">0 records</p>', "0 records"),),
    "_suggested_facets.html": (("Suggested facets:", "Suggested facets:"),),
    "index.html": (('{{ table.count }} rows"', "rows"),),
    "database.html": (
        ('<title id="actions-menu-links-title">Table actions</title>', "Table actions"),
        ("<h3>Custom SQL query</h3>", "Custom SQL query"),
        ('type="button" hidden>Format SQL</button>', "Format SQL"),
        ('value="Run SQL"', "Run SQL"),
        ('<h2 id="queries">Queries</h2>', "Queries"),
        ('<h2 id="tables">Tables</h2>', "Tables"),
        ("<em> (hidden)</em>", "(hidden)"),
        ("{% if table.count is none %}Many rows{% else %}", "Many rows"),
        (" row{% if table.count == 1 %}{% else %}s{% endif %}", " rows"),
        ("<p>... and <a", "and"),
        (" hidden table{% if hidden_count == 1 %}{% else %}s{% endif %}", " hidden tables"),
        ('<h2 id="views">Views</h2>', "Views"),
        ("Download SQLite DB:", "Download SQLite DB:"),
    ),
    "query.html": (
        ("<h3>Custom SQL query{%", "Custom SQL query"),
        ("{% if display_rows %} returning {%", "returning"),
        ("{% if truncated %}more than {% endif %}", "more than"),
        (" row{% if display_rows|length == 1 %}{% else %}s{% endif %}", " rows"),
        ("<h3>Query parameters</h3>", "Query parameters"),
        ('type="button" hidden>Format SQL</button>', "Format SQL"),
        ('value="Run SQL"', "Run SQL"),
        ('class="canned-query-edit-sql">Edit SQL</a>', "Edit SQL"),
        (_THIS_DATA, "This data as"),
        ('<p class="zero-results">0 results</p>', "0 results"),
    ),
    "row.html": (
        (_THIS_DATA, "This data as"),
        ("<h2>Links from other tables</h2>", "Links from other tables"),
        (" row{% if other.count == 1 %}{% else %}s{% endif %}</a>", " rows"),
    ),
    "logout.html": (
        ("{% block title %}Log out{% endblock %}", "Log out"),
        ("<h1>Log out</h1>", "Log out"),
        ("<p>You are logged in as <strong>", "You are logged in as"),
        ('<input type="submit" value="Log out">', "Log out"),
    ),
    "password_login.html": (
        ("{% block title %}Log in{% endblock %}", "Log in"),
        ("<h1>Log in</h1>", "Log in"),
        ('<label for="id_username">Username</label>', "Username"),
        ('<label for="id_password">Password</label>', "Password"),
        ('<input type="submit" value="Log in">', "Log in"),
    ),
}

# Values the views compute in English, passed through a filter: (template, fragment, filtered).
FILTERED: tuple[tuple[str, str, str], ...] = (
    ("base.html", "{{ link.label }}", "{{ link.label|kerjasama_text }}"),
    ("base.html", "{{ message }}</p>", "{{ message|kerjasama_text }}</p>"),
    ("_crumbs.html", "{{ item.label }}</a>", "{{ item.label|kerjasama_text }}</a>"),
    ("table.html", "{{ human_description_en }}", "{{ human_description_en|kerjasama_describe }}"),
    ("table.html", "{{ display }}</option>", "{{ display|kerjasama_text }}</option>"),
    ("query.html", "{{ show_hide_text }}</a>", "{{ show_hide_text|kerjasama_text }}</a>"),
    ("password_login.html", "{{ error }}</p>", "{{ error|kerjasama_text }}</p>"),
    # Column names as headings (the addresses, the JSON and the options' values keep the key).
    ("_table.html", "{% if not column.sortable %}\n" + " " * 28 + "{{ column.name }}",
     "{% if not column.sortable %}\n" + " " * 28 + "{{ column.name|kerjasama_column }}"),
    ("_table.html", 'rel="nofollow">{{ column.name }}',
     'rel="nofollow">{{ column.name|kerjasama_column }}'),
    ("table.html", "<dt>{{ column_name }}</dt>", "<dt>{{ column_name|kerjasama_column }}</dt>"),
    ("table.html", "{{ column.name }}</option>", "{{ column.name|kerjasama_column }}</option>"),
    ("table.html", "<option{% if c == column %} selected{% endif %}>{{ c }}</option>",
     '<option value="{{ c }}"{% if c == column %} selected{% endif %}>'
     "{{ c|kerjasama_column }}</option>"),
    ("table.html", "<option>{{ column }}</option>",
     '<option value="{{ column }}">{{ column|kerjasama_column }}</option>'),
    ("_facet_results.html", "<strong>{{ facet_info.name }}",
     "<strong>{{ facet_info.name|kerjasama_column }}"),
    ("query.html", 'scope="col">{{ column }}</th>',
     'scope="col">{{ column|kerjasama_column }}</th>'),
)  # fmt: skip


# The index page's line of counts under each database, which Datasette writes in Jinja with
# English plurals and joins wrongly: "0 tables1 view" when a visitor sees only the public view,
# and, once its plurals were replaced, a line break before the comma (" , 8 views"). The whole
# line is written by `counts` instead, in every language (English too).
COUNTS_LINE = (
    "index.html",
    '{% if database.show_table_row_counts %}{{ "{:,}".format(database.table_rows_sum) }} rows in '
    "{% endif %}{{ database.tables_count }} table{% if database.tables_count != 1 %}s{% endif %}"
    "{% if database.tables_count and database.hidden_tables_count %}, {% endif -%}\n"
    "        {% if database.hidden_tables_count -%}\n"
    "            {% if database.show_table_row_counts %}"
    '{{ "{:,}".format(database.hidden_table_rows_sum) }} rows in {% endif %}'
    "{{ database.hidden_tables_count }} hidden table"
    "{% if database.hidden_tables_count != 1 %}s{% endif -%}\n"
    "        {% endif -%}\n"
    "        {% if database.views_count -%}\n"
    "            {% if database.tables_count or database.hidden_tables_count %}, {% endif -%}\n"
    '            {{ "{:,}".format(database.views_count) }} view'
    "{% if database.views_count != 1 %}s{% endif %}\n"
    "        {% endif %}",
    "{{ database|kerjasama_counts }}",
)


def counts(database: Any, lang: str) -> str:
    """The index's line for one database: "529 rows in 31 tables, 8 views" in `lang`.

    A part that counts nothing is left out ("1 view" for a visitor who may read one view), but
    a database with nothing at all still says "0 tables".
    """
    from kerjasama_cli.i18n import translator

    t = translator(lang)

    def number(singular: str, plural: str, n: int) -> str:
        return t.plural(singular, plural, n).replace("{n}", grouped(n, lang))

    def tables(rows: int, singular: str, plural: str, n: int) -> str:
        said = number(singular, plural, n)
        if not database.get("show_table_row_counts"):
            return said
        return t("{rows} in {tables}").format(rows=number("{n} row", "{n} rows", rows), tables=said)

    tables_count = database.get("tables_count") or 0
    hidden = database.get("hidden_tables_count") or 0
    views = database.get("views_count") or 0
    parts = []
    if tables_count or not (hidden or views):
        parts.append(tables(database.get("table_rows_sum") or 0, "{n} table", "{n} tables",
                            tables_count))  # fmt: skip
    if hidden:
        parts.append(tables(database.get("hidden_table_rows_sum") or 0, "{n} hidden table",
                            "{n} hidden tables", hidden))  # fmt: skip
    if views:
        parts.append(number("{n} view", "{n} views", views))
    return ", ".join(parts)


def _columns() -> frozenset[str]:
    """The columns the registry's pages show (web/metadata.py): their names have words."""
    from kerjasama_cli.web.metadata import COLUMNS, MAP_COLUMNS

    return frozenset(COLUMNS) | frozenset(MAP_COLUMNS)


# Words the views and plugins say (menu labels, filter names, messages, the sign-in error).
TEXTS = (
    "Log in", "Log out", "Databases", "Installed plugins", "Version info", "Metadata",
    "home", "Settings", "Debug permissions", "Debug messages", "Debug allow rules", "Debug threads",
    "Debug actor", "Pattern portfolio", "You are now logged out", "hide", "show",
    "Invalid username or password", "This instance does not have any configured accounts",
    "contains", "ends with", "starts with", "like", "not like", "glob", "in", "not in",
    "array contains", "array does not contain", "date", "is null", "is not null", "is blank",
    "is not blank",
)  # fmt: skip

# The description of a table page's rows, outside its quoted values: English -> msgid.
_DESCRIBE = (
    (r"^where ", "where"),
    (r" and ", "and"),
    (r"search matches ", "search matches"),
    (r"sorted by ", "sorted by"),
    (r" descending$", "descending"),
    (r" does not contain ", "does not contain"),
    (r" contains ", "contains"),
    (r" ends with ", "ends with"),
    (r" starts with ", "starts with"),
    (r" not in ", "not in"),
    (r" in (?=\[)", "in"),
    (r" is on date ", "is on date"),
    (r" is not null$", "is not null"),
    (r" is null$", "is null"),
    (r" is not blank$", "is not blank"),
    (r" is blank$", "is blank"),
)

# Datasette's `"{:,}".format(n)`: the count with English thousands commas.
_COUNT = re.compile(r'"\{:,\}"\.format\(((?:[^()]|\([^()]*\))*)\)')

# The column menu's words in Datasette's table.js.
TABLE_JS = (
    "Sort ascending", "Sort descending", "Facet by this", "Hide this column",
    "Show all columns", "Show not-blank rows", "Remove this filter", "Type: ",
)  # fmt: skip


def _words(lang: str) -> Callable[[str], str]:
    from kerjasama_cli.i18n import translator

    t = translator(lang)
    return lambda text: t.ctx("datasette", text)


def translate_source(name: str, source: str, lang: str) -> str:
    """Template `name`'s source with its English fragments in `lang` (FRAGMENTS, FILTERED);
    in English, only the index's line of counts (COUNTS_LINE)."""
    base = name.split(":", 1)[-1]
    if base == COUNTS_LINE[0]:
        source = source.replace(COUNTS_LINE[1], COUNTS_LINE[2])
    if lang == SOURCE:
        return source
    words = _words(lang)
    for fragment, english in FRAGMENTS.get(base, ()):
        if english in fragment:
            replaced = fragment.replace(english, words(english))
        else:  # a plural in Jinja: the translation stands for the whole fragment
            replaced = words(english)
        source = source.replace(fragment, replaced)
    for template, fragment, filtered in FILTERED:
        if template == base:
            source = source.replace(fragment, filtered)
    if base == "table.html":  # the column menu's script, in the same words (web/plugin.py)
        source = source.replace(
            "{{ urls.static('table.js') }}", "{{ urls.path('/-/kerjasama-table.js') }}"
        )
    return _COUNT.sub(r"((\1)|kerjasama_count)", source)


def column(name: Any, lang: str) -> Any:
    """A column's name as a heading in `lang` (context `datasette column`); others unchanged."""
    from kerjasama_cli.i18n import translator

    if not isinstance(name, str) or name not in _columns():
        return name
    return translator(lang).ctx("datasette column", name)


def describe(text: str, lang: str) -> str:
    """Datasette's English description of the rows shown, in `lang`; quoted values untouched."""
    words = _words(lang)
    names = re.compile(r"\b(" + "|".join(sorted(_columns(), key=len, reverse=True)) + r")\b")
    parts = re.split(r'("[^"]*")', str(text))
    for i in range(0, len(parts), 2):
        for pattern, english in _DESCRIBE:
            parts[i] = re.sub(
                pattern,
                lambda m, e=english: m.group(0).replace(e, words(e)),
                parts[i],
            )
        parts[i] = names.sub(lambda m: column(m.group(1), lang), parts[i])
    return "".join(parts)


def grouped(count: Any, lang: str) -> str:
    """A count grouped as `lang` writes it: 1,050 in English, 1.050 in Indonesian."""
    text = f"{count:,}" if isinstance(count, int) else str(count)
    return text.replace(",", ".") if lang == "id" else text


def table_js(lang: str) -> str:
    """Datasette's table.js with its column menu in `lang`."""
    from importlib.resources import files

    source = (files("datasette") / "static" / "table.js").read_text("utf-8")
    words = _words(lang)
    for english in TABLE_JS:
        source = source.replace(english, words(english))
    return source


class TranslatedLoader(BaseLoader):
    """A Jinja loader in front of Datasette's: the same templates, their words in `lang`."""

    def __init__(self, inner: Any, lang: str) -> None:
        self.inner, self.lang = inner, lang

    def get_source(self, environment: Any, template: str) -> tuple[str, str | None, Any]:
        source, filename, uptodate = self.inner.get_source(environment, template)
        return translate_source(template, source, self.lang), filename, uptodate

    def list_templates(self) -> list[str]:
        """Datasette lists the templates at start (for `/-/templates`): the inner loader's."""
        return list(self.inner.list_templates())


@hookimpl
def prepare_jinja2_environment(env: Any, datasette: Any) -> None:
    """Under a language other than English, Datasette's templates speak it."""
    from markupsafe import Markup

    from kerjasama_cli.i18n import active

    lang = active()
    env.filters["kerjasama_counts"] = lambda value: counts(value, lang)
    if lang == SOURCE:
        env.loader = TranslatedLoader(env.loader, lang)
        return
    words = _words(lang)

    def text(value: Any) -> Any:
        if value is None:
            return value
        said = words(str(value))
        return Markup(said) if isinstance(value, Markup) else said

    env.filters["kerjasama_text"] = text
    env.filters["kerjasama_describe"] = lambda value: describe(value or "", lang)
    env.filters["kerjasama_count"] = lambda value: grouped(value, lang)
    env.filters["kerjasama_column"] = lambda value: column(value, lang)
    env.loader = TranslatedLoader(env.loader, lang)

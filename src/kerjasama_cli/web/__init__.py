"""`kerjasama serve`: the registry in the team's browsers through Datasette, read-only.

`metadata` describes the registry to Datasette (title, the flat view, facets, search, column
descriptions in Indonesian and English, canned queries, the map), `plugin` holds the Datasette
hooks that keep every visitor read-only, `server` starts Datasette. Datasette is an optional
extra (`pip install '.[web]'` in a checkout, else `pip install 'kerjasama[web]'`); nothing here
is imported by the other commands.
"""

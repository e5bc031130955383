"""What `kerjasama serve` shows in Datasette: the flat view and canned queries (`browse`),
the `browse_facets` table its facets read (`browse_table`) and, from issue 26 on, the
public subset (`public`)."""

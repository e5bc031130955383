"""The store: the only package that speaks SQL. Its subpackages, by what they keep:

    database/   the registry file: open it (`connection`), its schema as ordered, named
                migrations, the ids never given out twice
    records/    records and their rows: columns, the upsert by key (`writer`), add, edit,
                duplicates, whole entries read back, sectors
    queries/    read-only SQL behind list, show, export and extract: filters, validity, rows,
                the reads that stream
    briefing/   the reads behind stats, timeline, report and agenda
    serve/      what `kerjasama serve` shows: the flat view, canned queries, browse_facets,
                the public subset
    imports/    `import`: the row path and the set-wise path, documents, the merge of updates
    fulltext/   full-text search: the FTS5 index as each migration left it, its upkeep, search
    parties/    foreign partners, local governments and their leaders
    safety/     the change history, undoing a change, backups
    dossier/    families and objects, stages and evidence, documents, prerequisites, checks

Arrows inside store/ follow the concerns, not layers: any subpackage may use `database` and
`safety.history`, and each other's public names. What holds everywhere (tests/test_architecture.py):
no import cycles, no store module outside a subpackage, and store/ imports only domain/, i18n/,
files/ and documents/ (never cli/ or render/). Until issue 24 the modules sat flat in store/;
ARCHITECTURE.md says what each subpackage holds.
"""

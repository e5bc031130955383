"""Read-only SQL behind `list`, `show`, `export` and `extract`: the filters as SQL
(`filters`), the one matcher of typed partner and government names (`name_match`), validity
and status (`validity`), the rows (`reader`), the reads that stream (`streams`, `extents`,
`export_flat`) and what `extract` looks up (`known`)."""

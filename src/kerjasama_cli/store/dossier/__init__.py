"""A cooperation's dossier (issues 19 and 22): families and objects of records
(`cooperation`), the stages reached and their evidence (`stages`), attached documents
(`attachments`), the prerequisites of a foreign cooperation (`prerequisites`) and the
checks `kerjasama check` runs (`checks`); one record's page as `show` prints it (`page`); and
its evidence and documents kept by `delete` for `history restore` (`keeping`)."""

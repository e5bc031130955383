"""The registry file: finding and opening it (`connection`), its schema as ordered, named
migrations (`migrations`, the steps in `migration_steps/`, with `m014_merge`, frozen with its
migration, and `frozen/`, the SQL each migration executes, frozen beside it), the ids that are
never given out twice (`ids`), Ctrl-C around a commit (`interrupts`), and a new registry in
memory for a command that must not create one (`memory`)."""

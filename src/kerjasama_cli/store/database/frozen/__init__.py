"""What the migrations execute, frozen beside them (store/database/migrations.py): a migration
must do forever what it did when released, so it reads these modules, one per migration, never
live store or domain code, which will change. A module here is never edited: a change to the
schema is a new migration. tests/test_migrations_frozen.py pins what they build by a hash."""

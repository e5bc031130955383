"""The migrations themselves, one module per group (the tables first released, what is derived
from the records, local governments, storage, identity, the life of a cooperation, a million
records); store/database/migrations.py lists them in the order they are applied."""

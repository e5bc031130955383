"""Records and their rows: the columns a record is stored in (`columns`), the upsert by
stable key (`writer`), a whole dataset written (`applying`), a record's governor columns
(`governor_index`), `add`, `edit` and `delete` (`adding`, `editing`), the records
already held under another key (`duplicates`), whole entries read back as domain
objects (`entries`), what a record may hang under as its parent agreement (`parents`), and
the sectors a record carries (`sectors`)."""

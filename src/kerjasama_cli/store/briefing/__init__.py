"""The reads behind a briefing: `stats` and `timeline` counts (`aggregates`), the figures
the bureau reported (`reported`), a large registry's summary (`summary`), a period's
report (`period`), the `agenda`, a stats group's government and the leader terms shown
(`government_groups`), and the counts the writer keeps per partner, governor, year
and type (`counts_table`, m024) with the figures read from them (`counted`)."""

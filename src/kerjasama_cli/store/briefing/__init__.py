"""The reads behind a briefing: `stats` and `timeline` counts (`aggregates`), the figures
the bureau reported (`reported`), a large registry's summary (`summary`), a period's
report (`period`) and the `agenda`."""

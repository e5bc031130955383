"""The domain: records, dates, countries, governors, vocabularies, the filter object and the
rules they obey. Knows nothing of the terminal or SQL; imports only i18n/ for the names it gives
(a month, a country, a sector) in the user's language."""

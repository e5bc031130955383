"""Frozen data of migration m029_sectors_agriculture_fisheries_maritime: the three built-in
sectors domain/vocab.py gained at stop 39 (issue 23), with their labels, the words people type
for them, and the object of PP 28/2018 their records take by default. Never edit: a later change
is a new migration."""

# (code, Indonesian label, English label)
SECTORS = (
    ("agriculture", "pertanian", "agriculture"),
    ("fisheries", "perikanan", "fisheries"),
    ("maritime", "kelautan", "maritime"),
)

# The words of each, folded as store/records/sectors.py stores an alias (vocab.SECTORS's at stop 39).
WORDS = {
    "agriculture": (
        "pertanian",
        "farming",
        "agricultural",
        "perkebunan",
        "peternakan",
        "agribisnis",
        "agribusiness",
        "ketahanan pangan",
        "food security",
    ),
    "fisheries": ("perikanan", "fishery", "aquaculture", "budi daya ikan", "budidaya ikan"),
    "maritime": ("kelautan", "kemaritiman", "maritim", "marine affairs"),
}

# A region's farms, fisheries and sea are the potential it promotes (trade, economy, investment
# and tourism are regional_promotion in m017's map too).
OBJECT = "regional_promotion"

INSERT_SECTOR = (
    "INSERT OR IGNORE INTO sectors (code, label_id, label_en, builtin) VALUES (?, ?, ?, 1)"
)
# A sector the bureau added under the same code becomes the built-in one, keeping its labels.
MARK_BUILTIN = "UPDATE sectors SET builtin = 1 WHERE code = ?"
# A word the bureau already gave another sector stays that sector's.
INSERT_ALIAS = "INSERT OR IGNORE INTO sector_aliases (alias, code) VALUES (?, ?)"
INSERT_OBJECT = "INSERT OR IGNORE INTO sector_objects (sector, object) VALUES (?, ?)"
# `search pertanian` finds agriculture's records: the sector's words in the search vocabulary,
# as store/records/sectors.py _searchable wrote a sector's row at stop 39.
LABELS = "SELECT label_id, label_en FROM sectors WHERE code = ?"
ALIASES = "SELECT alias FROM sector_aliases WHERE code = ? ORDER BY rowid"
DELETE_VOCAB = "DELETE FROM search_vocab WHERE vocabulary = 'sector' AND slug = ?"
INSERT_VOCAB = "INSERT INTO search_vocab (vocabulary, slug, terms) VALUES ('sector', ?, ?)"

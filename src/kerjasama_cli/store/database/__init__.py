"""The registry file: finding and opening it (`connection`), its schema as ordered,
named migrations (`migrations`, with `m014_merge` and `m023_public_flag`, each frozen with its
migration), and the ids that are never given out twice (`ids`)."""

"""Files in and out: reading import formats, writing exports and rejects. Knows no SQL."""

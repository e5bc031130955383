"""Rendering: turns rows into tables, timelines and machine formats. Knows no SQL."""

"""`kerjasama report`: a briefing in one self-contained HTML file (inline CSS and SVG).

`data` gathers what the briefing shows through the store's own queries, `svg` draws the map and
the chart, `html` lays the page out, `strings` holds its words in Indonesian and English.
"""

"""Titles of heads of government and officials, as Indonesian, Malay and English news write them.

One list, longest first, that people.py reads names after and seats.py reads a seat after.
"""

from __future__ import annotations

# Titles of heads of government and officials, longest first.
TITLES = [
    "Penjabat (Pj) Gubernur",
    "Penjabat Gubernur",
    "Pelaksana Tugas (Plt) Gubernur",
    "Pj. Gubernur",
    "Pj Gubernur",
    "Plt. Gubernur",
    "Plt Gubernur",
    "Plh Gubernur",
    "Wakil Gubernur",
    "Wagub",
    "Gubernur",
    "Wakil Wali Kota",
    "Wali Kota",
    "Walikota",
    "Wali kota",
    "Pj Wali Kota",
    "Bupati",
    "Wakil Bupati",
    # Aceh's customary head under its special autonomy, who signs for the province.
    "Wali Nanggroe",
    "Acting Governor",
    "Vice Governor",
    "Deputy Governor",
    "Governor",
    # A bupati as English-language Indonesian news names him ("Sleman Regent Harda Kiswaya")
    "Acting Regent",
    "Deputy Regent",
    "Vice Regent",
    "Regent",
    "Deputy Mayor",
    "Vice Mayor",
    "Lord Mayor",
    "Mayor",
    "Chief Executive",
    # The head of a region of any kind, as Indonesian news names a foreign county's head
    # ("Kepala Daerah Inje County, Korea Selatan, Choi Sang-ki").
    "Kepala Daerah",
    "Sekretaris Daerah",
    "Sekda",
    "Duta Besar",
    "Ambassador",
    "Konsul Jenderal",
    "Ketua Komite Rakyat",
    "Wakil Rektor",
    "Rektor",
    "Rector",
    "Deputy Vice-Chancellor",
    "Vice-Chancellor",
    "Vice Chancellor",
    "Deputy Premier",
    "Premier",
    "Deputy Chief Minister",
    "Chief Minister",
    # The heads of Malaysian states in Malay: a Menteri Besar (the peninsular sultanates), a
    # Ketua Menteri (Melaka, Penang, Sabah) and their deputies ("Timbalan").
    "Timbalan Menteri Besar",
    "Menteri Besar",
    "Timbalan Ketua Menteri",
    "Wakil Ketua Menteri",
    "Ketua Menteri",
    "State Secretary",
    "Party Secretary",
    "Prefect",
    "Chairman of the People's Committee",
    "Consul General",
    # Abbreviations Indonesian news uses ("Wako Kawasaki Norisiko Fukada") and Malaysian
    # municipal heads ("Presiden Majelis Perbandaran Tawau, Tuan Alijus Mohammad Ali").
    "Wako",
    "Presiden Majelis Perbandaran",
    "Yang Dipertua Majelis Perbandaran",
    "Yang Dipertua Majlis Perbandaran",  # the Malaysian spelling
    "Presiden Majlis Perbandaran",
    "President of the Municipal Council",
]

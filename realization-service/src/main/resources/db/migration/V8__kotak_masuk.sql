-- The inbox of Bagian Organisasi reads a kabupaten's kecamatan and their plan copies of a year in one statement
-- (KotakMasukStore): both tables were keyed by kecamatan only, so the kabupaten's rows were found by a full scan.
create index kecamatan_copy_kabupaten on kecamatan_copy (kabupaten_kode);
create index rencana_copy_kabupaten on rencana_copy (kabupaten_kode, tahun);

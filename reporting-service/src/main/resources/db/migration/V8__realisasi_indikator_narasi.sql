-- The operator's narrative of each indicator realisasi version (realisasi.indikator.status-changed v2): faktor
-- pendukung, faktor penghambat and tindak lanjut, which the reports print per indicator (docs/domain.md §2.10). Rows
-- from v1 events, and those kept before this migration, have none (null): v1 never carried it, so a rebuild cannot
-- recover it either; the cell's next v2 event brings it.
alter table realisasi_indikator
  add column faktor_pendukung  text,
  add column faktor_penghambat text,
  add column tindak_lanjut     text;

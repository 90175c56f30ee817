-- The running totals each kabupaten aggregate row is formed from, so that a changed kecamatan summary updates the
-- aggregate by its difference instead of a rescan of every kecamatan of the kabupaten: the summaries counted, Σ of
-- their overall capaian (kecamatan_dilaporkan of them have one; trailing zeros trimmed, as the service keeps it) and
-- how many have a realisasi (pagu and realisasi_anggaran already hold their sums).
alter table fig_kabupaten
  add column ringkasan            int     not null default 0,
  add column capaian_jumlah       numeric not null default 0,
  add column realisasi_dilaporkan int     not null default 0;

update fig_kabupaten a
   set ringkasan = s.ringkasan, capaian_jumlah = s.capaian_jumlah, realisasi_dilaporkan = s.realisasi_dilaporkan
  from (select kabupaten_kode, tahun, periode, tampilan, count(*) as ringkasan,
               coalesce(trim_scale(sum(capaian)), 0) as capaian_jumlah,
               count(realisasi_kumulatif) as realisasi_dilaporkan
          from fig_kecamatan
         group by kabupaten_kode, tahun, periode, tampilan) s
 where a.kabupaten_kode = s.kabupaten_kode and a.tahun = s.tahun and a.periode = s.periode
   and a.tampilan = s.tampilan;

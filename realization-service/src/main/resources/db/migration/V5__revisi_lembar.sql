-- The sheet revisi (the triwulan sheet's ETag: the sum of its current cells' revisi) that the last change of a row
-- produced, so that GET of the sheet with ?sejak=N returns exactly the cells changed after the client's revisi N. Every
-- write stamps the rows it changed in its own transaction, under the sheet's advisory lock (Writes.flush).
alter table realisasi_indikator add column revisi_lembar bigint not null default 0;
alter table realisasi_anggaran add column revisi_lembar bigint not null default 0;

-- Rows written before: they get the sheet's revisi of today, so that they count as changed for every sejak below it
-- (a client holding an older revisi receives them once) and as unchanged for a client holding today's revisi.
with lembar as (
  select kecamatan_kode, tahun, triwulan, sum(revisi) as revisi
  from (select kecamatan_kode, tahun, triwulan, revisi from realisasi_indikator where terkini
        union all
        select kecamatan_kode, tahun, triwulan, revisi from realisasi_anggaran where terkini) sel
  group by kecamatan_kode, tahun, triwulan)
update realisasi_indikator r set revisi_lembar = l.revisi from lembar l
where r.kecamatan_kode = l.kecamatan_kode and r.tahun = l.tahun and r.triwulan = l.triwulan;

with lembar as (
  select kecamatan_kode, tahun, triwulan, sum(revisi) as revisi
  from (select kecamatan_kode, tahun, triwulan, revisi from realisasi_indikator where terkini
        union all
        select kecamatan_kode, tahun, triwulan, revisi from realisasi_anggaran where terkini) sel
  group by kecamatan_kode, tahun, triwulan)
update realisasi_anggaran r set revisi_lembar = l.revisi from lembar l
where r.kecamatan_kode = l.kecamatan_kode and r.tahun = l.tahun and r.triwulan = l.triwulan;

-- The indicator and budget figures of a kecamatan-year move from one row per figure (fig_indikator, fig_anggaran:
-- about 800 rows per kecamatan-year and view, each rewritten when its periode changed) to one row per view and periode
-- holding two documents in the shape the report reads them: a recalculation now writes a few rows where it wrote
-- hundreds. Documents (FigureDocs): a JSON array with one array per figure, its values in the order of the record's
-- components; decimals plain, instants as epoch microseconds. capaian_kumulatif_min: the lowest s.d.-triwulan capaian
-- of the group's indicators, what the konsolidasi's "lagging" filter asks. fig_sasaran and fig_kecamatan, which the
-- konsolidasi and the national roll-up read across kecamatan, stay rows.
create table fig_rincian (
  kecamatan_kode        varchar(8)  not null,
  tahun                 int         not null,
  tampilan              varchar(12) not null,
  periode               smallint    not null,
  kabupaten_kode        varchar(5)  not null,
  capaian_kumulatif_min numeric,
  indikator             text        not null,
  anggaran              text        not null,
  primary key (kecamatan_kode, tahun, tampilan, periode)
);
create index fig_rincian_kabupaten on fig_rincian (kabupaten_kode, tahun, periode, tampilan);

-- The figures already stored, carried over as they are (the next recalculation of a kecamatan-year rewrites them,
-- its digests being of another text now).
insert into fig_rincian (kecamatan_kode, tahun, tampilan, periode, kabupaten_kode, capaian_kumulatif_min, indikator,
  anggaran)
select k.kecamatan_kode, k.tahun, k.tampilan, k.periode, k.kabupaten_kode,
  (select min(i.capaian_kumulatif) from fig_indikator i where i.kecamatan_kode = k.kecamatan_kode
     and i.tahun = k.tahun and i.tampilan = k.tampilan and i.periode = k.periode),
  coalesce((select json_agg(json_build_array(i.indikator_kode, i.periode, i.sasaran_kode, i.urutan, i.realisasi_status,
      i.realisasi, i.realisasi_teks, i.realisasi_versi, i.realisasi_kumulatif, i.target, i.target_triwulan,
      i.capaian_status, i.capaian, i.capaian_score, i.kumulatif_status, i.capaian_kumulatif, i.kumulatif_score,
      i.tw_target_status, i.capaian_tw_target, i.tw_target_score, i.predikat_skor, i.predikat_label, i.kemajuan_status,
      i.tingkat_kemajuan, i.terlambat, (extract(epoch from i.as_of) * 1000000)::bigint) order by i.urutan)
    from fig_indikator i where i.kecamatan_kode = k.kecamatan_kode and i.tahun = k.tahun and i.tampilan = k.tampilan
      and i.periode = k.periode)::text, '[]'),
  coalesce((select json_agg(json_build_array(a.anggaran_kode, a.periode, a.urutan, a.pagu, a.realisasi_status,
      a.realisasi, a.realisasi_kumulatif, a.serapan_status, a.serapan, a.serapan_kumulatif, a.dilaporkan, a.jumlah,
      a.melebihi_pagu, a.sisa, (extract(epoch from a.as_of) * 1000000)::bigint) order by a.urutan)
    from fig_anggaran a where a.kecamatan_kode = k.kecamatan_kode and a.tahun = k.tahun and a.tampilan = k.tampilan
      and a.periode = k.periode)::text, '[]')
from fig_kecamatan k;

drop table fig_indikator;
drop table fig_anggaran;

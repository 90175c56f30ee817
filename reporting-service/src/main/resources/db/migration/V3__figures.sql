-- Computed figures: written only by the recalculation (engine in domain/calc), read by the API. Raw values are
-- unrounded; statuses say why a value is absent (NOT_REPORTED is never 0 or 100). periode 1..4 = triwulan,
-- 0 = the year (s.d. the last reported triwulan). as_of = occurredAt of the newest event the figure reflects.

create table fig_indikator (
  kecamatan_kode       varchar(8)  not null,
  tahun                int         not null,
  tampilan             varchar(12) not null,
  indikator_kode       varchar(40) not null,
  periode              smallint    not null,
  kabupaten_kode       varchar(5)  not null,
  sasaran_kode         varchar(40),
  urutan               int         not null,
  realisasi_status     varchar(16) not null,
  realisasi            numeric,
  realisasi_teks       text,
  realisasi_versi      int,
  realisasi_kumulatif  numeric,
  target               numeric,
  target_triwulan      numeric,
  capaian_status       varchar(16) not null,
  capaian              numeric,
  capaian_score        numeric,
  kumulatif_status     varchar(16) not null,
  capaian_kumulatif    numeric,
  kumulatif_score      numeric,
  tw_target_status     varchar(16),
  capaian_tw_target    numeric,
  tw_target_score      numeric,
  predikat_skor        int,
  predikat_label       varchar(80),
  kemajuan_status      varchar(16),
  tingkat_kemajuan     numeric,
  terlambat            boolean     not null,
  as_of                timestamptz,
  primary key (kecamatan_kode, tahun, tampilan, indikator_kode, periode)
);
create index fig_indikator_kabupaten on fig_indikator (kabupaten_kode, tahun, periode, tampilan);

create table fig_sasaran (
  kecamatan_kode       varchar(8)  not null,
  tahun                int         not null,
  tampilan             varchar(12) not null,
  sasaran_kode         varchar(40) not null,
  periode              smallint    not null,
  urutan               int         not null,
  capaian_status       varchar(16) not null,
  capaian              numeric,
  kumulatif_status     varchar(16) not null,
  capaian_kumulatif    numeric,
  dilaporkan           int         not null,
  jumlah               int         not null,
  predikat_skor        int,
  predikat_label       varchar(80),
  pagu                 bigint,
  realisasi_anggaran   bigint,
  serapan_status       varchar(16),
  serapan              numeric,
  efisiensi_status     varchar(16),
  efisiensi            numeric,
  as_of                timestamptz,
  primary key (kecamatan_kode, tahun, tampilan, sasaran_kode, periode)
);

create table fig_anggaran (
  kecamatan_kode       varchar(8)  not null,
  tahun                int         not null,
  tampilan             varchar(12) not null,
  anggaran_kode        varchar(60) not null,
  periode              smallint    not null,
  urutan               int         not null,
  pagu                 bigint      not null,
  realisasi_status     varchar(16) not null,
  realisasi            bigint,
  realisasi_kumulatif  bigint,
  serapan_status       varchar(16) not null,
  serapan              numeric,
  serapan_kumulatif    numeric,
  dilaporkan           int         not null,
  jumlah               int         not null,
  melebihi_pagu        boolean     not null,
  sisa                 bigint,
  as_of                timestamptz,
  primary key (kecamatan_kode, tahun, tampilan, anggaran_kode, periode)
);

-- The per-kabupaten summary: one row per kecamatan, tahun, periode and view. The consolidated view and the
-- national roll-up read only this table (and fig_kabupaten).
create table fig_kecamatan (
  kabupaten_kode       varchar(5)  not null,
  kecamatan_kode       varchar(8)  not null,
  tahun                int         not null,
  periode              smallint    not null,
  tampilan             varchar(12) not null,
  capaian_status       varchar(16) not null,
  capaian              numeric,
  kumulatif_status     varchar(16) not null,
  capaian_kumulatif    numeric,
  dilaporkan           int         not null,
  jumlah               int         not null,
  pagu                 bigint      not null,
  realisasi_anggaran   bigint,
  realisasi_kumulatif  bigint,
  serapan_status       varchar(16) not null,
  serapan              numeric,
  serapan_kumulatif    numeric,
  efisiensi_status     varchar(16) not null,
  efisiensi            numeric,
  predikat_skor        int,
  predikat_label       varchar(80),
  dibawah_target       int         not null,
  terlambat            int         not null,
  plan_versi           int         not null,
  konfigurasi_versi    int,
  skala_versi          int,
  rule_versi           varchar(40) not null,
  as_of                timestamptz,
  primary key (kabupaten_kode, tahun, periode, tampilan, kecamatan_kode)
);
create index fig_kecamatan_kecamatan on fig_kecamatan (kecamatan_kode, tahun);

-- Kabupaten aggregates for the national roll-up: one row per kabupaten, tahun, periode, view.
create table fig_kabupaten (
  kabupaten_kode       varchar(5)  not null,
  tahun                int         not null,
  periode              smallint    not null,
  tampilan             varchar(12) not null,
  kecamatan_jumlah     int         not null,
  kecamatan_dilaporkan int         not null,
  capaian_status       varchar(16) not null,
  capaian_rata         numeric,
  pagu                 bigint      not null,
  realisasi_anggaran   bigint      not null,
  serapan_status       varchar(16) not null,
  serapan              numeric,
  as_of                timestamptz,
  primary key (tahun, periode, tampilan, kabupaten_kode)
);

-- When each kecamatan-year was recalculated: as_of is deterministic (event time); recalculated_at is wall-clock
-- and excluded from the rebuild comparison.
create table fig_recalc (
  kecamatan_kode  varchar(8)  not null,
  tahun           int         not null,
  as_of           timestamptz,
  recalculated_at timestamptz not null,
  primary key (kecamatan_kode, tahun)
);

-- Read copies of the planning and realisasi events (inputs of the recalculation). Each keeps the full state of
-- the highest version received, so the order in which events arrive does not change what is stored.

create table kecamatan_copy (
  kode           varchar(8)   primary key,
  kabupaten_kode varchar(5)   not null,
  nama           varchar(160) not null,
  jumlah_desa    int          not null,
  occurred_at    timestamptz  not null
);
create index kecamatan_copy_kabupaten on kecamatan_copy (kabupaten_kode);

-- The plan of a kecamatan-year as published (canonical JSON of the payload), highest plan_versi.
create table rencana_copy (
  kecamatan_kode varchar(8)  not null,
  tahun          int         not null,
  kabupaten_kode varchar(5)  not null,
  plan_versi     int         not null,
  plan           text        not null,
  occurred_at    timestamptz not null,
  primary key (kecamatan_kode, tahun)
);
create index rencana_copy_kabupaten on rencana_copy (kabupaten_kode, tahun);

-- Predicate scales, highest versi per (kabupaten, tahun, tujuan); bands as canonical JSON.
create table skala_copy (
  kabupaten_kode varchar(5)   not null,
  tahun          int          not null,
  tujuan         varchar(10)  not null,
  versi          int          not null,
  nama           varchar(200),
  bands          text         not null,
  occurred_at    timestamptz  not null,
  primary key (kabupaten_kode, tahun, tujuan)
);

-- Reporting calendar per triwulan, highest versi; used for timeliness in the consolidated view.
create table jadwal_copy (
  kabupaten_kode     varchar(5)  not null,
  tahun              int         not null,
  triwulan           int         not null,
  versi              int         not null,
  input_dibuka       timestamptz not null,
  input_ditutup      timestamptz not null,
  verifikasi_ditutup timestamptz,
  perpanjangan       text        not null,
  occurred_at        timestamptz not null,
  primary key (kabupaten_kode, tahun, triwulan)
);

-- One row per version of an indicator's triwulan realisasi, in the state of its highest revisi.
create table realisasi_indikator (
  kecamatan_kode varchar(8)  not null,
  tahun          int         not null,
  indikator_kode varchar(40) not null,
  triwulan       int         not null,
  versi          int         not null,
  revisi         int         not null,
  kabupaten_kode varchar(5)  not null,
  status         varchar(10) not null,
  keadaan        varchar(16) not null,
  nilai          numeric,
  pembilang      numeric,
  penyebut       numeric,
  teks           text,
  capaian_manual numeric,
  justifikasi    text,
  terlambat      boolean     not null,
  occurred_at    timestamptz not null,
  primary key (kecamatan_kode, tahun, indikator_kode, triwulan, versi)
);

-- One row per version of a budget line's triwulan spending, in the state of its highest revisi.
create table realisasi_anggaran (
  kecamatan_kode varchar(8)  not null,
  tahun          int         not null,
  anggaran_kode  varchar(60) not null,
  triwulan       int         not null,
  versi          int         not null,
  revisi         int         not null,
  kabupaten_kode varchar(5)  not null,
  status         varchar(10) not null,
  nilai          bigint      not null,
  melebihi_pagu  boolean     not null,
  terlambat      boolean     not null,
  occurred_at    timestamptz not null,
  primary key (kecamatan_kode, tahun, anggaran_kode, triwulan, versi)
);

-- The kabupaten settings keep the event time too, for "as of".
alter table kabupaten_copy add column occurred_at timestamptz;

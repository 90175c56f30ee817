-- Read copies of planning's data that realisasi are validated against (kinerja.planning.v1, consumer
-- realization-plan-copy). Replaced wholesale from full-state events; never edited here.

create table kecamatan_copy (
  kode            varchar(8)   primary key,
  kabupaten_kode  varchar(5)   not null,
  nama            varchar(200) not null,
  jumlah_desa     int          not null
);

-- One row per (kecamatan, tahun): the plan version held. Its indicators and budget lines are replaced together.
create table rencana_copy (
  kecamatan_kode  varchar(8)  not null,
  tahun           smallint    not null,
  kabupaten_kode  varchar(5)  not null,
  plan_versi      int         not null,
  primary key (kecamatan_kode, tahun)
);

create table indikator_copy (
  kecamatan_kode     varchar(8)   not null,
  tahun              smallint     not null,
  kode               varchar(40)  not null,
  nama               text         not null,
  satuan             varchar(60)  not null,
  target_type        varchar(10)  not null,
  aggregation        varchar(15)  not null,
  komponen_pembilang text,
  komponen_penyebut  text,
  presisi            smallint     not null,
  due_triwulan       smallint[]   not null,
  evidence_required  boolean      not null,
  -- True only when the plan itself uses a negative target, range bound or baseline for this indicator.
  boleh_negatif      boolean      not null,
  anggaran_kode      varchar(60),
  urutan             int          not null,
  primary key (kecamatan_kode, tahun, kode)
);

create table anggaran_copy (
  kecamatan_kode  varchar(8)   not null,
  tahun           smallint     not null,
  kode            varchar(60)  not null,
  nama            text         not null,
  level           varchar(15)  not null,
  parent_kode     varchar(60),
  pagu            bigint       not null,
  punya_anak      boolean      not null,
  urutan          int          not null,
  primary key (kecamatan_kode, tahun, kode)
);

-- One triwulan's entry window of a kabupaten, highest versi kept; perpanjangan is the event's list as JSON.
create table jadwal_copy (
  kabupaten_kode     varchar(5)  not null,
  tahun              smallint    not null,
  triwulan           smallint    not null,
  versi              int         not null,
  input_dibuka       timestamptz not null,
  input_ditutup      timestamptz not null,
  verifikasi_ditutup timestamptz,
  perpanjangan       text        not null,
  primary key (kabupaten_kode, tahun, triwulan)
);

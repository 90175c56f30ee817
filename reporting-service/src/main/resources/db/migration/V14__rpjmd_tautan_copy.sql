-- Issue #19 (cascading, pohon kinerja): read copies of planning.rpjmd.published and planning.tautan-kinerja.published,
-- each the full state of the highest versi received (canonical JSON of the payload). The pohon kinerja is built from
-- them, the plan copies and the stored figures when it is read.

create table rpjmd_copy (
  kabupaten_kode varchar(5)   not null,
  kode           text         not null,
  periode_awal   int          not null,
  periode_akhir  int          not null,
  versi          int          not null,
  isi            text         not null,
  occurred_at    timestamptz  not null,
  primary key (kabupaten_kode, kode)
);

create table tautan_copy (
  kecamatan_kode varchar(8)   not null,
  renstra_kode   text         not null,
  kabupaten_kode varchar(5)   not null,
  rpjmd_kode     text         not null,
  versi          int          not null,
  isi            text         not null,
  occurred_at    timestamptz  not null,
  primary key (kecamatan_kode, renstra_kode)
);
create index tautan_copy_kabupaten on tautan_copy (kabupaten_kode);

-- Cascading (issue #19): the kabupaten's RPJMD per period and the tautan kinerja (links upward) of a kecamatan
-- Renstra. Both are stored as the canonical JSON of their document, replaced as a whole, each change a new versi
-- (also the versi of the event that announces it).

create table rpjmd (
  id             bigserial    primary key,
  kabupaten_kode varchar(5)   not null references kabupaten (kode),
  kode           varchar(80)  not null,
  nama           text,
  periode_awal   int          not null,
  periode_akhir  int          not null,
  versi          int          not null,
  isi            text         not null,
  updated_at     timestamptz  not null,
  updated_by     varchar(120) not null,
  unique (kabupaten_kode, kode),
  check (periode_awal <= periode_akhir)
);

-- One links document per kecamatan Renstra. A Renstra saved again keeps its links (a link whose node vanished is
-- reported as broken by GET, never dropped silently); versi rises with every save and with every republication after
-- the kecamatan's plan changed (planning.tautan-kinerja.published carries it).
create table tautan_kinerja (
  id             bigserial    primary key,
  kecamatan_kode varchar(8)   not null references kecamatan (kode),
  renstra_kode   varchar(80)  not null,
  rpjmd_kode     varchar(80)  not null,
  versi          int          not null,
  isi            text         not null,
  updated_at     timestamptz  not null,
  updated_by     varchar(120) not null,
  unique (kecamatan_kode, renstra_kode)
);

-- Master data, Renstra, Perjanjian Kinerja, scales, calendar and the published plans (docs/planning/README.md).
-- Renstra and PK content are stored as the canonical JSON of their import-format part (one aggregate, replaced
-- or versioned as a whole); columns hold what lists, filters and uniqueness need.

create table kecamatan (
  kode           varchar(8)   primary key,
  kabupaten_kode varchar(5)   not null references kabupaten (kode),
  kode_bps       varchar(7),
  nama           varchar(120) not null,
  alamat         text,
  versi          int          not null,
  catatan_sumber text,
  updated_at     timestamptz  not null,
  updated_by     varchar(120) not null
);
create index kecamatan_kabupaten on kecamatan (kabupaten_kode, kode);

create table desa (
  kode           varchar(13)  primary key,
  kecamatan_kode varchar(8)   not null references kecamatan (kode),
  nama           varchar(120) not null,
  jenis          varchar(10)  not null,
  urutan         int          not null
);
create index desa_kecamatan on desa (kecamatan_kode, urutan);

create table unit_kerja (
  id             bigserial    primary key,
  kecamatan_kode varchar(8)   not null references kecamatan (kode),
  kode           varchar(40)  not null,
  nama           varchar(200) not null,
  induk_kode     varchar(40),
  urutan         int          not null,
  unique (kecamatan_kode, kode)
);

create table pejabat (
  id             bigserial    primary key,
  kecamatan_kode varchar(8)   not null references kecamatan (kode),
  nip            varchar(18),
  nama           varchar(200) not null,
  jabatan        varchar(200) not null,
  peran          varchar(10)  not null,
  unit_kode      varchar(40),
  pangkat        varchar(120),
  urutan         int          not null,
  unique (kecamatan_kode, nip)
);

create table renstra (
  id             bigserial    primary key,
  kecamatan_kode varchar(8)   not null references kecamatan (kode),
  kode           varchar(80)  not null,
  nama           text,
  periode_awal   int          not null,
  periode_akhir  int          not null,
  versi          int          not null,
  isi            text         not null,
  updated_at     timestamptz  not null,
  updated_by     varchar(120) not null,
  unique (kecamatan_kode, kode),
  check (periode_awal <= periode_akhir)
);

create table perjanjian_kinerja (
  id             bigserial    primary key,
  kecamatan_kode varchar(8)   not null references kecamatan (kode),
  tahun          int          not null,
  pihak_kunci    varchar(210) not null,
  pihak_nama     varchar(200) not null,
  versi          int          not null,
  jenis          varchar(10)  not null,
  status         varchar(12)  not null,
  revisi         int          not null,
  tanggal        date,
  isi            text         not null,
  penetapan      text,
  ditetapkan_at  timestamptz,
  ditetapkan_by  varchar(120),
  updated_at     timestamptz  not null,
  updated_by     varchar(120) not null,
  unique (kecamatan_kode, tahun, pihak_kunci, versi),
  check (status in ('DRAFT', 'DITETAPKAN')),
  check ((status = 'DITETAPKAN') = (penetapan is not null))
);
create index perjanjian_kinerja_tahun on perjanjian_kinerja (tahun, kecamatan_kode);
-- At most one draft per official and year.
create unique index perjanjian_kinerja_one_draft on perjanjian_kinerja (kecamatan_kode, tahun, pihak_kunci)
  where status = 'DRAFT';

-- A ditetapkan PK is immutable: a change is a new version (PK perubahan). The service refuses first; this is the
-- last line of defence against any other path.
create function perjanjian_kinerja_immutable() returns trigger language plpgsql as $$
begin
  if old.status = 'DITETAPKAN' then
    raise exception 'perjanjian_kinerja % is ditetapkan and cannot change', old.id;
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger perjanjian_kinerja_immutable before update or delete on perjanjian_kinerja
  for each row execute function perjanjian_kinerja_immutable();

create table skala_predikat (
  id             bigserial    primary key,
  kabupaten_kode varchar(5)   not null references kabupaten (kode),
  tahun          int          not null,
  tujuan         varchar(10)  not null,
  nama           text,
  versi          int          not null,
  bands          text         not null,
  updated_at     timestamptz  not null,
  updated_by     varchar(120) not null,
  unique (kabupaten_kode, tahun, tujuan)
);

create table jadwal (
  id                 bigserial    primary key,
  kabupaten_kode     varchar(5)   not null references kabupaten (kode),
  tahun              int          not null,
  triwulan           int          not null check (triwulan between 1 and 4),
  versi              int          not null,
  input_dibuka       timestamptz  not null,
  input_ditutup      timestamptz  not null,
  verifikasi_ditutup timestamptz,
  perpanjangan       text         not null,
  updated_at         timestamptz  not null,
  updated_by         varchar(120) not null,
  unique (kabupaten_kode, tahun, triwulan),
  check (input_dibuka < input_ditutup)
);

-- The last published plan of each kecamatan and year (payload of planning.rencana-kinerja.published): a change
-- is published only when the plan in force differs from it.
create table rencana_terbit (
  id             bigserial    primary key,
  kecamatan_kode varchar(8)   not null references kecamatan (kode),
  tahun          int          not null,
  plan_versi     int          not null,
  isi            text         not null,
  published_at   timestamptz  not null,
  unique (kecamatan_kode, tahun)
);

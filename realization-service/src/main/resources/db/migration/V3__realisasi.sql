-- Realisasi of one indicator in one triwulan of one kecamatan: a cell. Each row is one version of the cell;
-- version n+1 exists only as the correction of an approved version n, and only the newest version (terkini)
-- is ever changed. revisi counts every change of the cell across its versions and is the cell's ETag.
create table realisasi_indikator (
  id                          bigserial    primary key,
  kabupaten_kode              varchar(5)   not null,
  kecamatan_kode              varchar(8)   not null,
  tahun                       smallint     not null,
  triwulan                    smallint     not null,
  indikator_kode              varchar(40)  not null,
  versi                       int          not null,
  terkini                     boolean      not null,
  revisi                      int          not null,
  status                      varchar(10)  not null,
  keadaan                     varchar(15)  not null,
  nilai                       numeric,
  pembilang                   numeric,
  penyebut                    numeric,
  teks                        text,
  capaian_manual              numeric,
  capaian_manual_justifikasi  text,
  alasan                      text,
  faktor_pendukung            text,
  faktor_penghambat           text,
  tindak_lanjut               text,
  alasan_koreksi              text,
  kembali_alasan_kode         varchar(30),
  kembali_alasan              text,
  terlambat                   boolean      not null,
  dibuat_oleh                 text         not null,
  dibuat_pada                 timestamptz  not null,
  diubah_oleh                 text         not null,
  diubah_pada                 timestamptz  not null,
  diajukan_oleh               text,
  diajukan_pada               timestamptz,
  diverifikasi_oleh           text,
  diverifikasi_pada           timestamptz,
  disahkan_oleh               text,
  disahkan_pada               timestamptz,
  dikembalikan_oleh           text,
  dikembalikan_pada           timestamptz,
  constraint realisasi_indikator_versi_unik unique (kecamatan_kode, tahun, triwulan, indikator_kode, versi),
  constraint realisasi_indikator_status check (status in ('DRAFT', 'SUBMITTED', 'VERIFIED', 'APPROVED', 'RETURNED')),
  constraint realisasi_indikator_keadaan check (keadaan in ('REPORTED', 'NOT_APPLICABLE'))
);
-- Exactly one current version per cell; also the lookup index of the write path and of the triwulan sheet.
create unique index realisasi_indikator_terkini on realisasi_indikator (kecamatan_kode, tahun, triwulan, indikator_kode)
  where terkini;

-- Budget realisasi of one budget line without children (sub kegiatan) in one triwulan, versioned the same way.
create table realisasi_anggaran (
  id                  bigserial    primary key,
  kabupaten_kode      varchar(5)   not null,
  kecamatan_kode      varchar(8)   not null,
  tahun               smallint     not null,
  triwulan            smallint     not null,
  anggaran_kode       varchar(60)  not null,
  versi               int          not null,
  terkini             boolean      not null,
  revisi              int          not null,
  status              varchar(10)  not null,
  nilai               bigint       not null check (nilai >= 0),
  melebihi_pagu       boolean      not null,
  keterangan          text,
  alasan_koreksi      text,
  kembali_alasan_kode varchar(30),
  kembali_alasan      text,
  terlambat           boolean      not null,
  dibuat_oleh         text         not null,
  dibuat_pada         timestamptz  not null,
  diubah_oleh         text         not null,
  diubah_pada         timestamptz  not null,
  diajukan_oleh       text,
  diajukan_pada       timestamptz,
  diverifikasi_oleh   text,
  diverifikasi_pada   timestamptz,
  disahkan_oleh       text,
  disahkan_pada       timestamptz,
  dikembalikan_oleh   text,
  dikembalikan_pada   timestamptz,
  constraint realisasi_anggaran_versi_unik unique (kecamatan_kode, tahun, triwulan, anggaran_kode, versi),
  constraint realisasi_anggaran_status check (status in ('DRAFT', 'SUBMITTED', 'VERIFIED', 'APPROVED', 'RETURNED'))
);
create unique index realisasi_anggaran_terkini on realisasi_anggaran (kecamatan_kode, tahun, triwulan, anggaran_kode)
  where terkini;
create index realisasi_anggaran_tahun on realisasi_anggaran (kecamatan_kode, tahun, anggaran_kode) where terkini;

-- Evidence files, content-addressed: a correction's version reuses its predecessor's files without copying bytes.
create table bukti_berkas (
  sha256  char(64)     primary key,
  ukuran  bigint       not null,
  tipe    varchar(100) not null,
  isi     bytea        not null
);

-- Evidence of one realisasi version: a stored file or an https link. Frozen once the version is submitted.
create table bukti (
  id            uuid         primary key,
  realisasi_id  bigint       not null references realisasi_indikator (id),
  jenis         varchar(6)   not null check (jenis in ('FILE', 'LINK')),
  url           text,
  sha256        char(64)     references bukti_berkas (sha256),
  nama_berkas   text,
  tipe          varchar(100),
  ukuran        bigint,
  keterangan    text,
  diunggah_oleh text         not null,
  diunggah_pada timestamptz  not null,
  check ((jenis = 'FILE' and sha256 is not null) or (jenis = 'LINK' and url is not null))
);
create index bukti_realisasi on bukti (realisasi_id);

-- Append-only audit trail: who, when, which cell and version, old -> new, why.
create table audit_log (
  id              bigserial    primary key,
  kecamatan_kode  varchar(8)   not null,
  tahun           smallint     not null,
  triwulan        smallint     not null,
  entitas         varchar(10)  not null,
  kode            varchar(60)  not null,
  versi           int          not null,
  revisi          int          not null,
  aksi            varchar(20)  not null,
  oleh            text         not null,
  peran           text         not null,
  waktu           timestamptz  not null,
  perubahan       text         not null,
  alasan          text
);
create index audit_log_sel on audit_log (kecamatan_kode, tahun, triwulan, entitas, kode, id);

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end;
$$;
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_append_only();

-- Idempotency keys with the response they produced, replayed for a retry with the same body.
create table idempotency_key (
  pemilik       text         not null,
  kunci         text         not null,
  request_hash  char(64)     not null,
  status        smallint     not null,
  body          text         not null,
  etag          text,
  location      text,
  dibuat_pada   timestamptz  not null,
  primary key (pemilik, kunci)
);
create index idempotency_key_umur on idempotency_key (dibuat_pada);

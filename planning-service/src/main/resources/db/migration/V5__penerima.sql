-- Who can be notified (issue #17): e-mail addresses of the kabupaten's registered users (by the username their token
-- carries) and of its officials (by NIP; the official's name, kecamatan and role come from the pejabat rows, so an
-- address survives a kecamatan's master data being saved again). berhenti_berlangganan: the person opted out.
create table penerima (
  id                    bigserial    primary key,
  kabupaten_kode        varchar(5)   not null references kabupaten (kode),
  jenis                 varchar(8)   not null check (jenis in ('PENGGUNA', 'PEJABAT')),
  kunci                 varchar(100) not null,
  nama                  varchar(200),
  peran                 varchar(20),
  kecamatan_kode        varchar(8),
  surel                 varchar(254) not null,
  berhenti_berlangganan boolean      not null,
  versi                 int          not null,
  updated_at            timestamptz  not null,
  updated_by            varchar(120) not null,
  unique (kabupaten_kode, jenis, kunci),
  check (jenis = 'PEJABAT' or (nama is not null and peran is not null))
);

-- The recipients list last announced per kabupaten (planning.penerima.published): versi and the digest of its
-- content, so that a change of an address or of the officials is announced once, and nothing else is.
create table penerima_terbit (
  kabupaten_kode varchar(5)  primary key references kabupaten (kode),
  versi          int         not null,
  sha256         varchar(64) not null
);

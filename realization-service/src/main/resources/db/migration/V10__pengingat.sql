-- Deadline reminders (issue #17). One row per person, role, kabupaten, tahun, triwulan and kind of reminder: the row
-- is the durable decision that the reminder is due ("claim": insert … on conflict do nothing), whichever instance
-- scans first; sending happens after the claim's transaction, and the row is then marked SENT. A failed send stays
-- PENDING with the next try (backoff); a row being sent is leased (coba_lagi_pada in the future) so that no other
-- instance sends it at the same time. BERHENTI: the person opted out; recorded (counted), never mailed.
create table pengingat (
  id              bigserial    primary key,
  penerima_id     varchar(120) not null,
  peran           varchar(20)  not null,
  kabupaten_kode  varchar(5)   not null,
  kecamatan_kode  varchar(8),
  tahun           smallint     not null,
  triwulan        smallint     not null,
  jenis           varchar(4)   not null,
  surel           varchar(254) not null,
  subjek          text         not null,
  isi             text         not null,
  status          varchar(10)  not null,
  percobaan       int          not null default 0,
  coba_lagi_pada  timestamptz  not null,
  galat           text,
  dibuat_pada     timestamptz  not null,
  terkirim_pada   timestamptz,
  constraint pengingat_sekali unique (penerima_id, peran, kabupaten_kode, tahun, triwulan, jenis),
  constraint pengingat_status check (status in ('PENDING', 'SENT', 'BERHENTI'))
);
-- The sender's query: pending rows whose time has come, oldest first.
create index pengingat_antrian on pengingat (coba_lagi_pada, id) where status = 'PENDING';

-- One row per reminder kind decided for a kecamatan (or, kecamatan '', for the kabupaten's Bagian Organisasi): the
-- event realisasi.pengingat.sent is written once, by the transaction that inserts this row.
create table pengingat_keputusan (
  kabupaten_kode  varchar(5)  not null,
  kecamatan_kode  varchar(8)  not null,
  tahun           smallint    not null,
  triwulan        smallint    not null,
  jenis           varchar(4)  not null,
  diputuskan_pada timestamptz not null,
  primary key (kabupaten_kode, kecamatan_kode, tahun, triwulan, jenis)
);

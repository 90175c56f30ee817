-- What BAB I of a kecamatan's LKjIP states about it, from planning.kecamatan.registered v2 (issue #16): the canonical
-- JSON of its alamat, tugasPokok, fungsi, dasarHukum and organisasi. Null when the event held was a v1 (none sent).
alter table kecamatan_copy add column profil text;

-- The kabupaten's logo for the letterhead of the LKjIP, from planning.kabupaten.configured v2: kept with the
-- konfigurasiVersi of the event that carried it (the highest wins, like the settings). No row: no logo.
create table kabupaten_logo_copy (
  kabupaten_kode    varchar(5)  primary key,
  konfigurasi_versi int         not null,
  media_type        varchar(20) not null,
  isi               bytea       not null,
  sha256            varchar(64) not null
);

-- What BAB I of a kecamatan's LKjIP states about it (issue #16): tugas pokok, fungsi and dasar hukum, in the order the
-- kecamatan's Perbup gives them (JSON arrays of texts). Null: not recorded.
alter table kecamatan add column tugas_pokok text;
alter table kecamatan add column fungsi text;
alter table kecamatan add column dasar_hukum text;

-- The kabupaten's logo for the letterhead of the documents it signs (PK formulir, LKjIP): one PNG or JPEG image,
-- checked when uploaded. A table of its own, so that reading a kabupaten's settings does not read the image.
create table kabupaten_logo (
  kabupaten_kode varchar(5)   primary key references kabupaten (kode),
  media_type     varchar(20)  not null check (media_type in ('image/png', 'image/jpeg')),
  isi            bytea        not null,
  lebar          int          not null,
  tinggi         int          not null,
  sha256         varchar(64)  not null,
  updated_at     timestamptz  not null,
  updated_by     varchar(120) not null
);

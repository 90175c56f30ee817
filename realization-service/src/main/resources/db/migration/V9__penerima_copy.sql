-- Who can be notified in a kabupaten (planning.penerima.published, issue #17): the whole list of the highest versi,
-- replaced with every newer event. Deadline reminders are addressed from it.
create table penerima_copy_versi (
  kabupaten_kode  varchar(5)  primary key,
  versi           int         not null
);

create table penerima_copy (
  kabupaten_kode         varchar(5)   not null,
  urutan                 int          not null,
  id                     varchar(120) not null,
  nama                   text         not null,
  surel                  varchar(254) not null,
  peran                  varchar(20)  not null,
  kecamatan_kode         varchar(8),
  berhenti_berlangganan  boolean      not null,
  primary key (kabupaten_kode, urutan)
);

-- A digest of the stored figures of each kecamatan-year, view and periode (every row of fig_indikator, fig_sasaran,
-- fig_anggaran and fig_kecamatan of that group). A recalculation rewrites only the groups whose digest changed: an
-- entry for TW IV leaves the TW I–III figures as they are, so they are not deleted and inserted again.
create table fig_digest (
  kecamatan_kode varchar(8)  not null,
  tahun          int         not null,
  tampilan       varchar(12) not null,
  periode        smallint    not null,
  digest         varchar(64) not null,
  primary key (kecamatan_kode, tahun, tampilan, periode)
);

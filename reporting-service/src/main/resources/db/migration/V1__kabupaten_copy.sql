-- Read copy of planning's kabupaten settings (planning.kabupaten.configured).
create table kabupaten_copy (
  kode                     varchar(5)   primary key,
  nama                     varchar(120) not null,
  negative_formula_default varchar(20)  not null,
  overall_mode             varchar(10)  not null,
  capaian_score_cap        numeric(9, 2),
  floor_negative_at_zero   boolean      not null,
  konfigurasi_versi        int          not null
);

-- Live figures (issue #17, docs/reporting.md "Live figures (SSE)").
--
-- What was last announced per kecamatan-year. Not a projection: a rebuild does not truncate it, so a rebuild that
-- reproduces the figures announces nothing. digests: the (view, periode) figure digests announced, one line
-- "VIEW|periode=sha256" each, in code order ('' once the figures were removed); as_of: the newest event the announced
-- figures reflect; angka: the summary figures announced (the JSON of the announcement's "ringkasan"; text, compared
-- field by field; null when not known). The figures stored before this migration count as announced (their digests,
-- no angka): neither they nor a rebuild reproducing them are news.
create table angka_diumumkan (
  kecamatan_kode varchar(8)  not null,
  tahun          int         not null,
  kabupaten_kode varchar(5)  not null,
  digests        text,
  as_of          timestamptz,
  angka          text,
  primary key (kecamatan_kode, tahun)
);

insert into angka_diumumkan (kecamatan_kode, tahun, kabupaten_kode, digests, as_of, angka)
select f.kecamatan_kode, f.tahun, r.kabupaten_kode,
  coalesce((select string_agg(d.tampilan || '|' || d.periode || '=' || d.digest || chr(10),
              '' order by (d.tampilan || '|' || d.periode) collate "C")
            from fig_digest d where d.kecamatan_kode = f.kecamatan_kode and d.tahun = f.tahun), ''),
  f.as_of, null
from fig_recalc f join rencana_copy r on r.kecamatan_kode = f.kecamatan_kode and r.tahun = f.tahun;

-- A rebuild in progress (written by the rebuild's transaction): its recalculations replay older states of the figures
-- and announce nothing; once the consumer has caught up, the figures that differ from what was announced are announced
-- (a rule change, or a change that arrived during the rebuild) and the row goes.
create table pengumuman_rebuild (
  satu  boolean     primary key default true check (satu),
  sejak timestamptz not null
);

-- The announcements the live streams replay (Last-Event-ID), kept kinerja.reporting.langsung.retensi (7 days). isi is
-- the announcement exactly as served (text: jsonb would reorder its keys). Ids are taken under a transaction-scoped
-- advisory lock held until commit, so they become visible in id order and a reader that has seen id n has seen every
-- committed id below it.
create table pengumuman_angka (
  id             bigserial   primary key,
  kabupaten_kode varchar(5)  not null,
  kecamatan_kode varchar(8)  not null,
  tahun          int         not null,
  pada           timestamptz not null,
  isi            text        not null
);
create index pengumuman_angka_pada on pengumuman_angka (pada);

-- The highest announcement id deleted by the retention: a client resuming from an id below it missed announcements
-- and is told to reload (event "reset").
create table pengumuman_angka_terhapus (
  satu     boolean primary key default true check (satu),
  sampai_id bigint not null
);

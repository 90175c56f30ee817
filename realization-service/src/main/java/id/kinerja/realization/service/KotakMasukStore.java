package id.kinerja.realization.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.kinerja.common.jdbc.Jdbc;
import id.kinerja.realization.domain.KotakMasuk.Hitungan;

/**
 * The reads of the inbox that the write path has no use for: a whole kabupaten's triwulan counted per kecamatan in one
 * statement, the kecamatan's names, the triwulan a kabupaten has a jadwal for.
 */
@ApplicationScoped
public class KotakMasukStore {

  /** One kecamatan's triwulan: its name, whether it has a plan for the year, its cells counted by status. */
  public record Baris(String kecamatanKode, String nama, boolean adaRencana, Hitungan hitungan, Instant tertuaDiajukan) {
  }

  public record JadwalKey(int tahun, int triwulan) {
  }

  @Inject
  Jdbc jdbc;

  /*
   * Per kecamatan of the kabupaten, the cells due in the triwulan — due indicators, budget lines without children and
   * lines with a cell of their own (the sheet's rows) — joined with their current version, counted by status. One
   * round trip for the whole kabupaten. The current versions are read as one range of the partial unique indexes
   * "where terkini" per kecamatan (kecamatan, tahun, triwulan) and joined by hash with the plan copy's rows: probing
   * the index once per due cell (1,200 probes, 3,800 buffer reads for 40 kecamatan) was most of the statement's time
   * (docs/performance.md "Inbox (issue #17)"). The CTEs are materialized so that the planner cannot turn them back into
   * those probes, and an indicator's due triwulan is tested in the counts, not in the join: as a join filter its
   * selectivity estimate made the planner expect one row and compare every pair in a nested loop.
   */
  private static final String HITUNGAN = """
      with kec as materialized (
        select k.kode, k.nama, rc.kecamatan_kode is not null as ada
        from kecamatan_copy k
        left join rencana_copy rc on rc.kecamatan_kode = k.kode and rc.tahun = ?
        where k.kabupaten_kode = ?
      ), ri as materialized (
        select r.kecamatan_kode, r.indikator_kode as kode, r.status, r.terlambat, r.diajukan_pada
        from kec join realisasi_indikator r on r.kecamatan_kode = kec.kode and r.tahun = ? and r.triwulan = ?
          and r.terkini
        where kec.ada
      ), ra as materialized (
        select r.kecamatan_kode, r.anggaran_kode as kode, r.status, r.terlambat, r.diajukan_pada
        from kec join realisasi_anggaran r on r.kecamatan_kode = kec.kode and r.tahun = ? and r.triwulan = ?
          and r.terkini
        where kec.ada
      ), sel as (
        select i.kecamatan_kode, ? = any (i.due_triwulan) as wajib, ri.status, ri.terlambat, ri.diajukan_pada
        from kec join indikator_copy i on i.kecamatan_kode = kec.kode and i.tahun = ?
        left join ri on ri.kecamatan_kode = i.kecamatan_kode and ri.kode = i.kode
        where kec.ada
        union all
        select a.kecamatan_kode, true, ra.status, ra.terlambat, ra.diajukan_pada
        from kec join anggaran_copy a on a.kecamatan_kode = kec.kode and a.tahun = ?
        left join ra on ra.kecamatan_kode = a.kecamatan_kode and ra.kode = a.kode
        where kec.ada and (not a.punya_anak or ra.kecamatan_kode is not null)
      ), c as (
        select s.kecamatan_kode, count(*) filter (where s.wajib) as wajib,
               count(*) filter (where s.wajib and (s.status is null or s.status in ('DRAFT', 'RETURNED'))) as belum,
               count(*) filter (where s.wajib and s.status = 'SUBMITTED') as diajukan,
               count(*) filter (where s.wajib and s.status = 'VERIFIED') as diverifikasi,
               count(*) filter (where s.wajib and s.status = 'APPROVED') as disahkan,
               count(*) filter (where s.wajib and s.terlambat) as terlambat,
               min(s.diajukan_pada) filter (where s.wajib and s.status = 'SUBMITTED') as tertua
        from sel s
        group by s.kecamatan_kode
      )
      select kec.kode, kec.nama, kec.ada,
             coalesce(c.wajib, 0), coalesce(c.belum, 0), coalesce(c.diajukan, 0), coalesce(c.diverifikasi, 0),
             coalesce(c.disahkan, 0), coalesce(c.terlambat, 0), c.tertua
      from kec
      left join c on c.kecamatan_kode = kec.kode
      order by kec.kode""";

  /** Every kecamatan of the kabupaten (kecamatan_copy), in code order, with its triwulan counted. */
  public List<Baris> hitungan(String kabupaten, int tahun, int triwulan) {
    return jdbc.list(HITUNGAN,
        Jdbc.params(tahun, kabupaten, tahun, triwulan, tahun, triwulan, triwulan, tahun, tahun),
        rs -> new Baris(rs.getString(1), rs.getString(2), rs.getBoolean(3),
            new Hitungan(rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9)),
            Jdbc.instant(rs, 10)));
  }

  public Optional<String> namaKecamatan(String kecamatan) {
    return jdbc.one("select nama from kecamatan_copy where kode = ?", Jdbc.params(kecamatan), rs -> rs.getString(1));
  }

  /** The triwulan the kabupaten has a jadwal for (the primary key's prefix). */
  public List<JadwalKey> jadwal(String kabupaten) {
    return jdbc.list("select tahun, triwulan from jadwal_copy where kabupaten_kode = ? order by tahun, triwulan",
        Jdbc.params(kabupaten), rs -> new JadwalKey(rs.getInt(1), rs.getInt(2)));
  }
}

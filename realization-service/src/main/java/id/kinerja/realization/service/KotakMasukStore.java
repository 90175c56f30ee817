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
   * lines with a cell of their own (the sheet's rows) — joined with their current version through the partial unique
   * indexes "where terkini", counted by status. One round trip for the whole kabupaten; the lateral subquery reads one
   * kecamatan's plan copy by its primary key.
   */
  private static final String HITUNGAN = """
      select k.kode, k.nama, rc.kecamatan_kode is not null,
             coalesce(c.wajib, 0), coalesce(c.belum, 0), coalesce(c.diajukan, 0), coalesce(c.diverifikasi, 0),
             coalesce(c.disahkan, 0), coalesce(c.terlambat, 0), c.tertua
      from kecamatan_copy k
      left join rencana_copy rc on rc.kecamatan_kode = k.kode and rc.tahun = ?
      left join lateral (
        select count(*) as wajib,
               count(*) filter (where s.status is null or s.status in ('DRAFT', 'RETURNED')) as belum,
               count(*) filter (where s.status = 'SUBMITTED') as diajukan,
               count(*) filter (where s.status = 'VERIFIED') as diverifikasi,
               count(*) filter (where s.status = 'APPROVED') as disahkan,
               count(*) filter (where s.terlambat) as terlambat,
               min(s.diajukan_pada) filter (where s.status = 'SUBMITTED') as tertua
        from (
          select r.status, r.terlambat, r.diajukan_pada
          from indikator_copy i
          left join realisasi_indikator r on r.kecamatan_kode = i.kecamatan_kode and r.tahun = i.tahun
            and r.triwulan = ? and r.indikator_kode = i.kode and r.terkini
          where i.kecamatan_kode = k.kode and i.tahun = ? and ? = any (i.due_triwulan)
          union all
          select r.status, r.terlambat, r.diajukan_pada
          from anggaran_copy a
          left join realisasi_anggaran r on r.kecamatan_kode = a.kecamatan_kode and r.tahun = a.tahun
            and r.triwulan = ? and r.anggaran_kode = a.kode and r.terkini
          where a.kecamatan_kode = k.kode and a.tahun = ? and (not a.punya_anak or r.id is not null)
        ) s
      ) c on rc.kecamatan_kode is not null
      where k.kabupaten_kode = ?
      order by k.kode""";

  /** Every kecamatan of the kabupaten (kecamatan_copy), in code order, with its triwulan counted. */
  public List<Baris> hitungan(String kabupaten, int tahun, int triwulan) {
    return jdbc.list(HITUNGAN, Jdbc.params(tahun, triwulan, tahun, triwulan, triwulan, tahun, kabupaten),
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

package id.kinerja.realization.service;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.kinerja.common.jdbc.Jdbc;
import id.kinerja.realization.domain.Jadwal;

/**
 * SQL of the deadline reminders (issue #17): the recipients copy, what each kecamatan still has to do, the claims
 * ({@code pengingat}) and the decisions ({@code pengingat_keputusan}). No transaction of its own: {@link PengingatService}
 * runs it inside its transactions.
 */
@ApplicationScoped
public class PengingatStore {

  /** One person of planning.penerima.published. */
  public record Penerima(String id, String nama, String surel, String peran, String kecamatanKode,
      boolean berhentiBerlangganan) {
  }

  /** What one kecamatan of the kabupaten still has to do in a triwulan. */
  public record KecamatanTugas(String kode, String nama, int belum, int menunggu) {
  }

  /** A claimed reminder taken for sending. */
  public record Kiriman(long id, String surel, String subjek, String isi, int percobaan) {
  }

  /** A reminder to record: who, for which kecamatan (null: the kabupaten's), which kind, and the text. */
  public record Klaim(Penerima penerima, String kabupatenKode, String kecamatanKode, int tahun, int triwulan,
      String jenis, String subjek, String isi) {
  }

  @Inject
  Jdbc jdbc;

  /** The kabupaten that have a list of recipients. */
  public List<String> kabupatenDenganPenerima() {
    return jdbc.list("select kabupaten_kode from penerima_copy_versi order by kabupaten_kode", Jdbc.NONE,
        rs -> rs.getString(1));
  }

  public List<Penerima> penerima(String kabupatenKode) {
    return jdbc.list("select id, nama, surel, peran, kecamatan_kode, berhenti_berlangganan from penerima_copy"
        + " where kabupaten_kode = ? order by urutan", Jdbc.params(kabupatenKode),
        rs -> new Penerima(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getBoolean(6)));
  }

  public Optional<String> kabupatenNama(String kabupatenKode) {
    return jdbc.one("select nama from kabupaten_copy where kode = ?", Jdbc.params(kabupatenKode), rs -> rs.getString(1));
  }

  /**
   * The kabupaten's entry windows open at {@code now} whose close (or a reopening) is at most a year behind; the rules
   * decide which of them has a reminder due.
   */
  public List<Jadwal> jadwal(String kabupatenKode, Instant now) {
    return jdbc.list("select tahun, triwulan, versi, input_dibuka, input_ditutup, verifikasi_ditutup, perpanjangan"
        + " from jadwal_copy where kabupaten_kode = ? and input_dibuka <= ? and input_ditutup > ? order by tahun, triwulan",
        Jdbc.params(kabupatenKode, now, now.minus(java.time.Duration.ofDays(366))),
        rs -> new Jadwal(kabupatenKode, rs.getInt(1), rs.getInt(2), rs.getInt(3), Jdbc.instant(rs, 4),
            Jdbc.instant(rs, 5), Jdbc.instant(rs, 6),
            PlanCache.perpanjangan(rs.getString(7), kabupatenKode, rs.getInt(1), rs.getInt(2))));
  }

  /**
   * Per kecamatan of the kabupaten with a plan for the year: due indicators without a submitted current version
   * (none, DRAFT or RETURNED, a correction being edited included) plus budget cells entered and not submitted
   * (budget realisasi is not required line by line, so a line without a cell is not counted); and the current
   * versions waiting for verification (SUBMITTED).
   */
  public List<KecamatanTugas> tugas(String kabupatenKode, int tahun, int triwulan) {
    return jdbc.list("""
        select k.kode, k.nama,
          (select count(*) from indikator_copy i
             where i.kecamatan_kode = k.kode and i.tahun = rc.tahun and ?::smallint = any (i.due_triwulan)
               and not exists (select 1 from realisasi_indikator r
                 where r.kecamatan_kode = i.kecamatan_kode and r.tahun = i.tahun and r.triwulan = ?
                   and r.indikator_kode = i.kode and r.terkini and r.status in ('SUBMITTED', 'VERIFIED', 'APPROVED')))
          + (select count(*) from realisasi_anggaran a
             where a.kecamatan_kode = k.kode and a.tahun = rc.tahun and a.triwulan = ? and a.terkini
               and a.status in ('DRAFT', 'RETURNED')) as belum,
          (select count(*) from realisasi_indikator r
             where r.kecamatan_kode = k.kode and r.tahun = rc.tahun and r.triwulan = ? and r.terkini
               and r.status = 'SUBMITTED')
          + (select count(*) from realisasi_anggaran a
             where a.kecamatan_kode = k.kode and a.tahun = rc.tahun and a.triwulan = ? and a.terkini
               and a.status = 'SUBMITTED') as menunggu
        from kecamatan_copy k join rencana_copy rc on rc.kecamatan_kode = k.kode and rc.tahun = ?
        where k.kabupaten_kode = ?
        order by k.kode""", ps -> {
          for (int i = 1; i <= 5; i++) {
            ps.setInt(i, triwulan);
          }
          ps.setInt(6, tahun);
          ps.setString(7, kabupatenKode);
        }, rs -> new KecamatanTugas(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
  }

  /**
   * Records one person's reminder unless it is recorded already (by this or another instance, now or before a
   * restart): true when this call recorded it. An opted-out person is recorded as BERHENTI and never sent.
   */
  public boolean klaim(Klaim k, Instant now) {
    return jdbc.one("insert into pengingat (penerima_id, peran, kabupaten_kode, kecamatan_kode, tahun, triwulan, jenis,"
        + " surel, subjek, isi, status, coba_lagi_pada, dibuat_pada) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        + " on conflict on constraint pengingat_sekali do nothing returning id", ps -> {
          ps.setString(1, k.penerima().id());
          ps.setString(2, k.penerima().peran());
          ps.setString(3, k.kabupatenKode());
          Jdbc.setString(ps, 4, k.kecamatanKode());
          ps.setInt(5, k.tahun());
          ps.setInt(6, k.triwulan());
          ps.setString(7, k.jenis());
          ps.setString(8, k.penerima().surel());
          ps.setString(9, k.subjek());
          ps.setString(10, k.isi());
          ps.setString(11, k.penerima().berhentiBerlangganan() ? "BERHENTI" : "PENDING");
          ps.setTimestamp(12, Timestamp.from(now));
          ps.setTimestamp(13, Timestamp.from(now));
        }, rs -> true).isPresent();
  }

  /** Records that a reminder kind was decided for a kecamatan ('' for the kabupaten's): true the first time. */
  public boolean putuskan(String kabupatenKode, String kecamatanKode, int tahun, int triwulan, String jenis, Instant now) {
    return jdbc.one("insert into pengingat_keputusan (kabupaten_kode, kecamatan_kode, tahun, triwulan, jenis,"
        + " diputuskan_pada) values (?, ?, ?, ?, ?, ?) on conflict do nothing returning 1",
        Jdbc.params(kabupatenKode, kecamatanKode == null ? "" : kecamatanKode, tahun, triwulan, jenis, now),
        rs -> true).isPresent();
  }

  /**
   * Takes up to {@code limit} pending reminders whose time has come and leases them until {@code leaseUntil}: rows
   * another transaction holds are skipped, so two senders never take the same reminder.
   */
  public List<Kiriman> ambil(Instant now, Instant leaseUntil, int limit) {
    return jdbc.list("""
        with siap as (
          select id from pengingat where status = 'PENDING' and coba_lagi_pada <= ?
          order by coba_lagi_pada, id limit ? for update skip locked)
        update pengingat p set coba_lagi_pada = ?, percobaan = p.percobaan + 1
        from siap where p.id = siap.id
        returning p.id, p.surel, p.subjek, p.isi, p.percobaan""", Jdbc.params(now, limit, leaseUntil),
        rs -> new Kiriman(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
  }

  public void terkirim(long id, Instant now) {
    jdbc.update("update pengingat set status = 'SENT', terkirim_pada = ?, galat = null where id = ? and status = 'PENDING'",
        Jdbc.params(now, id));
  }

  public void lepas(List<Long> ids, Instant now) {
    if (ids.isEmpty()) {
      return;
    }
    jdbc.update("update pengingat set coba_lagi_pada = ?, percobaan = percobaan - 1 where id = any(?) and status = 'PENDING'",
        ps -> {
          Jdbc.setInstant(ps, 1, now);
          Jdbc.setArray(ps, 2, "bigint", ids);
        });
  }

  public void gagal(long id, Instant cobaLagi, String galat) {
    jdbc.update("update pengingat set coba_lagi_pada = ?, galat = ? where id = ? and status = 'PENDING'",
        Jdbc.params(cobaLagi, galat, id));
  }
}

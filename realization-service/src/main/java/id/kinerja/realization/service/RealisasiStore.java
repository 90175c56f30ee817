package id.kinerja.realization.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.ObjLongConsumer;
import java.util.function.ToLongFunction;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.kinerja.realization.domain.AlasanKode;
import id.kinerja.realization.domain.AuditEntry;
import id.kinerja.realization.domain.Bukti;
import id.kinerja.realization.domain.Jenis;
import id.kinerja.realization.domain.Keadaan;
import id.kinerja.realization.domain.NilaiIndikator;
import id.kinerja.realization.domain.RealisasiAnggaran;
import id.kinerja.realization.domain.RealisasiIndikator;
import id.kinerja.realization.domain.Status;

/**
 * Hand-written JDBC for realisasi, evidence, audit: the write path must stay lean (one query per kind of row and
 * request, JDBC batches, no N+1). Runs on the caller's transaction.
 */
@ApplicationScoped
public class RealisasiStore {

  @Inject
  DataSource dataSource;

  // ---------------------------------------------------------------- indikator

  private static final String IND_COLUMNS = "id, kabupaten_kode, kecamatan_kode, tahun, triwulan, indikator_kode, versi,"
      + " terkini, revisi, status, keadaan, nilai, pembilang, penyebut, teks, capaian_manual, capaian_manual_justifikasi,"
      + " alasan, faktor_pendukung, faktor_penghambat, tindak_lanjut, alasan_koreksi, kembali_alasan_kode, kembali_alasan,"
      + " terlambat, dibuat_oleh, dibuat_pada, diubah_oleh, diubah_pada, diajukan_oleh, diajukan_pada, diverifikasi_oleh,"
      + " diverifikasi_pada, disahkan_oleh, disahkan_pada, dikembalikan_oleh, dikembalikan_pada";

  /** What is read: every column, and the sheet revisi of the row's last change (written by {@link #stampLembar}). */
  private static final String IND_SELECT = IND_COLUMNS + ", revisi_lembar";

  /** Current versions of the cells of a triwulan (all, or the given kodes), optionally locked for update. */
  public Map<String, RealisasiIndikator> currentIndikator(String kecamatan, int tahun, int triwulan,
      Collection<String> kodes, boolean lock) {
    String sql = "select " + IND_SELECT + " from realisasi_indikator where kecamatan_kode = ? and tahun = ?"
        + " and triwulan = ? and terkini" + (kodes == null ? "" : " and indikator_kode = any (?)")
        + " order by indikator_kode" + (lock ? " for update" : "");
    Map<String, RealisasiIndikator> rows = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, kecamatan);
      ps.setInt(2, tahun);
      ps.setInt(3, triwulan);
      if (kodes != null) {
        ps.setArray(4, c.createArrayOf("varchar", kodes.toArray()));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          RealisasiIndikator r = indikator(rs);
          rows.put(r.indikatorKode, r);
        }
      }
    } catch (SQLException e) {
      throw Jdbc.fail(e);
    }
    return rows;
  }

  /**
   * Serialises the writes to one triwulan sheet until the transaction ends (a transaction-scoped advisory lock), so
   * that the sheet revisi grows in commit order and {@link #stampLembar} gives every change a revisi of its own. Taken
   * before any row lock of the sheet, by every transaction that changes a cell's revisi. Writes to other sheets are not
   * affected; evidence uploads (which change no revisi) do not take it.
   */
  public void lockSheet(String kecamatan, int tahun, int triwulan) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
      ps.setString(1, "realisasi-lembar:" + kecamatan + "/" + tahun + "/" + triwulan);
      ps.executeQuery().close();
    } catch (SQLException e) {
      throw Jdbc.fail(e);
    }
  }

  /**
   * Records on the rows a transaction changed the sheet revisi they produced (the sheet's revisi after the change, own
   * writes included), in one statement; returns that revisi. Needs {@link #lockSheet}: two writers of one sheet must
   * not both see the revisi before the other's change.
   */
  public long stampLembar(String kecamatan, int tahun, int triwulan, Collection<Long> indikatorIds,
      Collection<Long> anggaranIds) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("with lembar as (select coalesce((select sum(revisi) from"
            + " realisasi_indikator where kecamatan_kode = ? and tahun = ? and triwulan = ? and terkini), 0)"
            + " + coalesce((select sum(revisi) from realisasi_anggaran where kecamatan_kode = ? and tahun = ?"
            + " and triwulan = ? and terkini), 0) as revisi),"
            + " ind as (update realisasi_indikator set revisi_lembar = (select revisi from lembar) where id = any (?)),"
            + " ang as (update realisasi_anggaran set revisi_lembar = (select revisi from lembar) where id = any (?))"
            + " select revisi from lembar")) {
      for (int i = 0; i < 2; i++) {
        ps.setString(1 + 3 * i, kecamatan);
        ps.setInt(2 + 3 * i, tahun);
        ps.setInt(3 + 3 * i, triwulan);
      }
      ps.setArray(7, c.createArrayOf("bigint", indikatorIds.toArray()));
      ps.setArray(8, c.createArrayOf("bigint", anggaranIds.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw Jdbc.fail(e);
    }
  }

  /**
   * Makes the rest of the current (read-only) transaction read one snapshot: the sheet's revisi, its rows and their
   * evidence counts must describe the same moment, or a client applying later differences would miss a change. Must
   * be the transaction's first statement.
   */
  public void readOneSnapshot() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("set transaction isolation level repeatable read, read only")) {
      ps.execute();
    } catch (SQLException e) {
      throw Jdbc.fail(e);
    }
  }

  /** The triwulan sheet's ETag: the sum of its current cells' revisi (grows by one with every change). */
  public long sheetRevisi(String kecamatan, int tahun, int triwulan) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select coalesce((select sum(revisi) from realisasi_indikator"
            + " where kecamatan_kode = ? and tahun = ? and triwulan = ? and terkini), 0) + coalesce((select sum(revisi)"
            + " from realisasi_anggaran where kecamatan_kode = ? and tahun = ? and triwulan = ? and terkini), 0)")) {
      for (int i = 0; i < 2; i++) {
        ps.setString(1 + 3 * i, kecamatan);
        ps.setInt(2 + 3 * i, tahun);
        ps.setInt(3 + 3 * i, triwulan);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw Jdbc.fail(e);
    }
  }

  /** Every version of one cell, oldest first. */
  public List<RealisasiIndikator> indikatorVersions(String kecamatan, int tahun, int triwulan, String kode) {
    List<RealisasiIndikator> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select " + IND_SELECT + " from realisasi_indikator where"
            + " kecamatan_kode = ? and tahun = ? and triwulan = ? and indikator_kode = ? order by versi")) {
      ps.setString(1, kecamatan);
      ps.setInt(2, tahun);
      ps.setInt(3, triwulan);
      ps.setString(4, kode);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(indikator(rs));
        }
      }
    } catch (SQLException e) {
      throw Jdbc.fail(e);
    }
    return rows;
  }

  /** Newest approved version per cell of a triwulan. */
  public Map<String, Integer> approvedIndikator(String kecamatan, int tahun, int triwulan) {
    return approved("realisasi_indikator", "indikator_kode", kecamatan, tahun, triwulan);
  }

  public Map<String, Integer> approvedAnggaran(String kecamatan, int tahun, int triwulan) {
    return approved("realisasi_anggaran", "anggaran_kode", kecamatan, tahun, triwulan);
  }

  private Map<String, Integer> approved(String table, String kodeColumn, String kecamatan, int tahun, int triwulan) {
    Map<String, Integer> m = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select " + kodeColumn + ", max(versi) from " + table
            + " where kecamatan_kode = ? and tahun = ? and triwulan = ? and status = 'APPROVED' group by " + kodeColumn)) {
      ps.setString(1, kecamatan);
      ps.setInt(2, tahun);
      ps.setInt(3, triwulan);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          m.put(rs.getString(1), rs.getInt(2));
        }
      }
    } catch (SQLException e) {
      throw Jdbc.fail(e);
    }
    return m;
  }

  /**
   * Inserts new versions. A single row is inserted only if its cell has no current version yet (else false is
   * returned and nothing is written); in a batch the callers have locked and checked the cells, and a concurrent
   * creation fails the statement.
   */
  public boolean insertIndikator(List<RealisasiIndikator> rows) {
    return insert(rows, INDIKATOR);
  }

  /** Binds kabupaten_kode … dikembalikan_pada (every column but id) from {@code i}. */
  private static int bindIndikatorKey(PreparedStatement ps, int i, RealisasiIndikator r) throws SQLException {
    ps.setString(i++, r.kabupatenKode);
    ps.setString(i++, r.kecamatanKode);
    ps.setInt(i++, r.tahun);
    ps.setInt(i++, r.triwulan);
    ps.setString(i++, r.indikatorKode);
    ps.setInt(i++, r.versi);
    return bindIndikatorState(ps, i, r);
  }

  public void updateIndikator(List<RealisasiIndikator> rows) {
    update(rows, "update realisasi_indikator set terkini = ?, revisi = ?, status = ?,"
        + " keadaan = ?, nilai = ?, pembilang = ?, penyebut = ?, teks = ?, capaian_manual = ?,"
        + " capaian_manual_justifikasi = ?, alasan = ?, faktor_pendukung = ?, faktor_penghambat = ?, tindak_lanjut = ?,"
        + " alasan_koreksi = ?, kembali_alasan_kode = ?, kembali_alasan = ?, terlambat = ?, dibuat_oleh = ?,"
        + " dibuat_pada = ?, diubah_oleh = ?, diubah_pada = ?, diajukan_oleh = ?, diajukan_pada = ?,"
        + " diverifikasi_oleh = ?, diverifikasi_pada = ?, disahkan_oleh = ?, disahkan_pada = ?,"
        + " dikembalikan_oleh = ?, dikembalikan_pada = ? where id = ?", RealisasiStore::bindIndikatorState, r -> r.id);
  }

  /** Binds terkini … dikembalikan_pada from {@code i}; returns the next parameter index. */
  private static int bindIndikatorState(PreparedStatement ps, int i, RealisasiIndikator r) throws SQLException {
    NilaiIndikator n = r.nilai;
    ps.setBoolean(i++, r.terkini);
    ps.setInt(i++, r.revisi);
    ps.setString(i++, r.status.name());
    ps.setString(i++, n.keadaan().name());
    Jdbc.setDecimal(ps, i++, n.nilai());
    Jdbc.setDecimal(ps, i++, n.pembilang());
    Jdbc.setDecimal(ps, i++, n.penyebut());
    Jdbc.setString(ps, i++, n.teks());
    Jdbc.setDecimal(ps, i++, n.capaianManual());
    Jdbc.setString(ps, i++, n.capaianManualJustifikasi());
    Jdbc.setString(ps, i++, n.alasan());
    Jdbc.setString(ps, i++, n.faktorPendukung());
    Jdbc.setString(ps, i++, n.faktorPenghambat());
    Jdbc.setString(ps, i++, n.tindakLanjut());
    Jdbc.setString(ps, i++, r.alasanKoreksi);
    Jdbc.setString(ps, i++, r.kembaliAlasanKode == null ? null : r.kembaliAlasanKode.name());
    Jdbc.setString(ps, i++, r.kembaliAlasan);
    ps.setBoolean(i++, r.terlambat);
    ps.setString(i++, r.dibuatOleh);
    Jdbc.setInstant(ps, i++, r.dibuatPada);
    ps.setString(i++, r.diubahOleh);
    Jdbc.setInstant(ps, i++, r.diubahPada);
    Jdbc.setString(ps, i++, r.diajukanOleh);
    Jdbc.setInstant(ps, i++, r.diajukanPada);
    Jdbc.setString(ps, i++, r.diverifikasiOleh);
    Jdbc.setInstant(ps, i++, r.diverifikasiPada);
    Jdbc.setString(ps, i++, r.disahkanOleh);
    Jdbc.setInstant(ps, i++, r.disahkanPada);
    Jdbc.setString(ps, i++, r.dikembalikanOleh);
    Jdbc.setInstant(ps, i++, r.dikembalikanPada);
    return i;
  }

  private static RealisasiIndikator indikator(ResultSet rs) throws SQLException {
    RealisasiIndikator r = new RealisasiIndikator();
    r.id = rs.getLong("id");
    r.kabupatenKode = rs.getString("kabupaten_kode");
    r.kecamatanKode = rs.getString("kecamatan_kode");
    r.tahun = rs.getInt("tahun");
    r.triwulan = rs.getInt("triwulan");
    r.indikatorKode = rs.getString("indikator_kode");
    r.versi = rs.getInt("versi");
    r.terkini = rs.getBoolean("terkini");
    r.revisi = rs.getInt("revisi");
    r.revisiLembar = rs.getLong("revisi_lembar");
    r.status = Status.valueOf(rs.getString("status"));
    r.nilai = new NilaiIndikator(Keadaan.valueOf(rs.getString("keadaan")), rs.getBigDecimal("nilai"),
        rs.getBigDecimal("pembilang"), rs.getBigDecimal("penyebut"), rs.getString("teks"),
        rs.getBigDecimal("capaian_manual"), rs.getString("capaian_manual_justifikasi"), rs.getString("alasan"),
        rs.getString("faktor_pendukung"), rs.getString("faktor_penghambat"), rs.getString("tindak_lanjut"));
    r.alasanKoreksi = rs.getString("alasan_koreksi");
    String kode = rs.getString("kembali_alasan_kode");
    r.kembaliAlasanKode = kode == null ? null : AlasanKode.valueOf(kode);
    r.kembaliAlasan = rs.getString("kembali_alasan");
    r.terlambat = rs.getBoolean("terlambat");
    r.dibuatOleh = rs.getString("dibuat_oleh");
    r.dibuatPada = Jdbc.instant(rs, "dibuat_pada");
    r.diubahOleh = rs.getString("diubah_oleh");
    r.diubahPada = Jdbc.instant(rs, "diubah_pada");
    r.diajukanOleh = rs.getString("diajukan_oleh");
    r.diajukanPada = Jdbc.instant(rs, "diajukan_pada");
    r.diverifikasiOleh = rs.getString("diverifikasi_oleh");
    r.diverifikasiPada = Jdbc.instant(rs, "diverifikasi_pada");
    r.disahkanOleh = rs.getString("disahkan_oleh");
    r.disahkanPada = Jdbc.instant(rs, "disahkan_pada");
    r.dikembalikanOleh = rs.getString("dikembalikan_oleh");
    r.dikembalikanPada = Jdbc.instant(rs, "dikembalikan_pada");
    return r;
  }

  // ---------------------------------------------------------------- anggaran

  private static final String ANG_COLUMNS = "id, kabupaten_kode, kecamatan_kode, tahun, triwulan, anggaran_kode, versi,"
      + " terkini, revisi, status, nilai, melebihi_pagu, keterangan, alasan_koreksi, kembali_alasan_kode, kembali_alasan,"
      + " terlambat, dibuat_oleh, dibuat_pada, diubah_oleh, diubah_pada, diajukan_oleh, diajukan_pada, diverifikasi_oleh,"
      + " diverifikasi_pada, disahkan_oleh, disahkan_pada, dikembalikan_oleh, dikembalikan_pada";

  private static final String ANG_SELECT = ANG_COLUMNS + ", revisi_lembar";

  public Map<String, RealisasiAnggaran> currentAnggaran(String kecamatan, int tahun, int triwulan,
      Collection<String> kodes, boolean lock) {
    String sql = "select " + ANG_SELECT + " from realisasi_anggaran where kecamatan_kode = ? and tahun = ?"
        + " and triwulan = ? and terkini" + (kodes == null ? "" : " and anggaran_kode = any (?)")
        + " order by anggaran_kode" + (lock ? " for update" : "");
    Map<String, RealisasiAnggaran> rows = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, kecamatan);
      ps.setInt(2, tahun);
      ps.setInt(3, triwulan);
      if (kodes != null) {
        ps.setArray(4, c.createArrayOf("varchar", kodes.toArray()));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          RealisasiAnggaran r = anggaran(rs);
          rows.put(r.anggaranKode, r);
        }
      }
    } catch (SQLException e) {
      throw Jdbc.fail(e);
    }
    return rows;
  }

  public List<RealisasiAnggaran> anggaranVersions(String kecamatan, int tahun, int triwulan, String kode) {
    List<RealisasiAnggaran> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select " + ANG_SELECT + " from realisasi_anggaran where"
            + " kecamatan_kode = ? and tahun = ? and triwulan = ? and anggaran_kode = ? order by versi")) {
      ps.setString(1, kecamatan);
      ps.setInt(2, tahun);
      ps.setInt(3, triwulan);
      ps.setString(4, kode);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(anggaran(rs));
        }
      }
    } catch (SQLException e) {
      throw Jdbc.fail(e);
    }
    return rows;
  }

  /** Realisasi of the earlier triwulan of the year per budget line (current versions), for the pagu flag. */
  public Map<String, Long> anggaranSebelumnya(String kecamatan, int tahun, int triwulan, Collection<String> kodes) {
    Map<String, Long> sums = new HashMap<>();
    if (triwulan == 1 || kodes.isEmpty()) {
      return sums;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select anggaran_kode, sum(nilai) from realisasi_anggaran"
            + " where kecamatan_kode = ? and tahun = ? and triwulan < ? and terkini and anggaran_kode = any (?)"
            + " group by anggaran_kode")) {
      ps.setString(1, kecamatan);
      ps.setInt(2, tahun);
      ps.setInt(3, triwulan);
      ps.setArray(4, c.createArrayOf("varchar", kodes.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sums.put(rs.getString(1), rs.getLong(2));
        }
      }
    } catch (SQLException e) {
      throw Jdbc.fail(e);
    }
    return sums;
  }

  /** As {@link #insertIndikator(List)}. */
  public boolean insertAnggaran(List<RealisasiAnggaran> rows) {
    return insert(rows, ANGGARAN);
  }

  private static int bindAnggaranKey(PreparedStatement ps, int i, RealisasiAnggaran r) throws SQLException {
    ps.setString(i++, r.kabupatenKode);
    ps.setString(i++, r.kecamatanKode);
    ps.setInt(i++, r.tahun);
    ps.setInt(i++, r.triwulan);
    ps.setString(i++, r.anggaranKode);
    ps.setInt(i++, r.versi);
    return bindAnggaranState(ps, i, r);
  }

  public void updateAnggaran(List<RealisasiAnggaran> rows) {
    update(rows, "update realisasi_anggaran set terkini = ?, revisi = ?, status = ?,"
        + " nilai = ?, melebihi_pagu = ?, keterangan = ?, alasan_koreksi = ?, kembali_alasan_kode = ?,"
        + " kembali_alasan = ?, terlambat = ?, dibuat_oleh = ?, dibuat_pada = ?, diubah_oleh = ?, diubah_pada = ?,"
        + " diajukan_oleh = ?, diajukan_pada = ?, diverifikasi_oleh = ?, diverifikasi_pada = ?, disahkan_oleh = ?,"
        + " disahkan_pada = ?, dikembalikan_oleh = ?, dikembalikan_pada = ? where id = ?", RealisasiStore::bindAnggaranState,
        r -> r.id);
  }

  private static int bindAnggaranState(PreparedStatement ps, int i, RealisasiAnggaran r) throws SQLException {
    ps.setBoolean(i++, r.terkini);
    ps.setInt(i++, r.revisi);
    ps.setString(i++, r.status.name());
    ps.setLong(i++, r.nilai);
    ps.setBoolean(i++, r.melebihiPagu);
    Jdbc.setString(ps, i++, r.keterangan);
    Jdbc.setString(ps, i++, r.alasanKoreksi);
    Jdbc.setString(ps, i++, r.kembaliAlasanKode == null ? null : r.kembaliAlasanKode.name());
    Jdbc.setString(ps, i++, r.kembaliAlasan);
    ps.setBoolean(i++, r.terlambat);
    ps.setString(i++, r.dibuatOleh);
    Jdbc.setInstant(ps, i++, r.dibuatPada);
    ps.setString(i++, r.diubahOleh);
    Jdbc.setInstant(ps, i++, r.diubahPada);
    Jdbc.setString(ps, i++, r.diajukanOleh);
    Jdbc.setInstant(ps, i++, r.diajukanPada);
    Jdbc.setString(ps, i++, r.diverifikasiOleh);
    Jdbc.setInstant(ps, i++, r.diverifikasiPada);
    Jdbc.setString(ps, i++, r.disahkanOleh);
    Jdbc.setInstant(ps, i++, r.disahkanPada);
    Jdbc.setString(ps, i++, r.dikembalikanOleh);
    Jdbc.setInstant(ps, i++, r.dikembalikanPada);
    return i;
  }

  private static RealisasiAnggaran anggaran(ResultSet rs) throws SQLException {
    RealisasiAnggaran r = new RealisasiAnggaran();
    r.id = rs.getLong("id");
    r.kabupatenKode = rs.getString("kabupaten_kode");
    r.kecamatanKode = rs.getString("kecamatan_kode");
    r.tahun = rs.getInt("tahun");
    r.triwulan = rs.getInt("triwulan");
    r.anggaranKode = rs.getString("anggaran_kode");
    r.versi = rs.getInt("versi");
    r.terkini = rs.getBoolean("terkini");
    r.revisi = rs.getInt("revisi");
    r.revisiLembar = rs.getLong("revisi_lembar");
    r.status = Status.valueOf(rs.getString("status"));
    r.nilai = rs.getLong("nilai");
    r.melebihiPagu = rs.getBoolean("melebihi_pagu");
    r.keterangan = rs.getString("keterangan");
    r.alasanKoreksi = rs.getString("alasan_koreksi");
    String kode = rs.getString("kembali_alasan_kode");
    r.kembaliAlasanKode = kode == null ? null : AlasanKode.valueOf(kode);
    r.kembaliAlasan = rs.getString("kembali_alasan");
    r.terlambat = rs.getBoolean("terlambat");
    r.dibuatOleh = rs.getString("dibuat_oleh");
    r.dibuatPada = Jdbc.instant(rs, "dibuat_pada");
    r.diubahOleh = rs.getString("diubah_oleh");
    r.diubahPada = Jdbc.instant(rs, "diubah_pada");
    r.diajukanOleh = rs.getString("diajukan_oleh");
    r.diajukanPada = Jdbc.instant(rs, "diajukan_pada");
    r.diverifikasiOleh = rs.getString("diverifikasi_oleh");
    r.diverifikasiPada = Jdbc.instant(rs, "diverifikasi_pada");
    r.disahkanOleh = rs.getString("disahkan_oleh");
    r.disahkanPada = Jdbc.instant(rs, "disahkan_pada");
    r.dikembalikanOleh = rs.getString("dikembalikan_oleh");
    r.dikembalikanPada = Jdbc.instant(rs, "dikembalikan_pada");
    return r;
  }

  // ---------------------------------------------------------------- bukti

  private static final String BUKTI_COLUMNS = "id, realisasi_id, jenis, url, sha256, nama_berkas, tipe, ukuran, keterangan,"
      + " diunggah_oleh, diunggah_pada";

  /** Evidence of the given versions, in upload order, grouped by version id. */
  public Map<Long, List<Bukti>> bukti(Collection<Long> realisasiIds) {
    Map<Long, List<Bukti>> m = new HashMap<>();
    if (realisasiIds.isEmpty()) {
      return m;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select " + BUKTI_COLUMNS + " from bukti where realisasi_id = any (?)"
            + " order by diunggah_pada, id")) {
      ps.setArray(1, c.createArrayOf("bigint", realisasiIds.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Bukti b = bukti(rs);
          m.computeIfAbsent(b.realisasiId(), k -> new ArrayList<>()).add(b);
        }
      }
    } catch (SQLException e) {
      throw Jdbc.fail(e);
    }
    return m;
  }

  /** Number of evidence items per version id. */
  public Map<Long, Integer> buktiCount(Collection<Long> realisasiIds) {
    Map<Long, Integer> m = new HashMap<>();
    if (realisasiIds.isEmpty()) {
      return m;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select realisasi_id, count(*) from bukti where realisasi_id = any (?)"
            + " group by realisasi_id")) {
      ps.setArray(1, c.createArrayOf("bigint", realisasiIds.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          m.put(rs.getLong(1), rs.getInt(2));
        }
      }
    } catch (SQLException e) {
      throw Jdbc.fail(e);
    }
    return m;
  }

  public Optional<Bukti> buktiById(UUID id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select " + BUKTI_COLUMNS + " from bukti where id = ?")) {
      ps.setObject(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(bukti(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw Jdbc.fail(e);
    }
  }

  public void insertBukti(List<Bukti> rows) {
    if (rows.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("insert into bukti (" + BUKTI_COLUMNS + ")"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Bukti b : rows) {
        ps.setObject(1, b.id());
        ps.setLong(2, b.realisasiId());
        ps.setString(3, b.jenis());
        Jdbc.setString(ps, 4, b.url());
        Jdbc.setString(ps, 5, b.sha256());
        Jdbc.setString(ps, 6, b.namaBerkas());
        Jdbc.setString(ps, 7, b.tipe());
        if (b.ukuran() == null) {
          ps.setNull(8, Types.BIGINT);
        } else {
          ps.setLong(8, b.ukuran());
        }
        Jdbc.setString(ps, 9, b.keterangan());
        ps.setString(10, b.diunggahOleh());
        Jdbc.setInstant(ps, 11, b.diunggahPada());
        ps.addBatch();
      }
      ps.executeBatch();
    } catch (SQLException e) {
      throw Jdbc.fail(e);
    }
  }

  /** Removes evidence rows (links being replaced, or a file withdrawn from a draft). */
  public void deleteBukti(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("delete from bukti where id = any (?)")) {
      ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw Jdbc.fail(e);
    }
  }

  /** A correction's new version starts with its predecessor's evidence (the same files, not copies of bytes). */
  public void copyBukti(long fromRealisasiId, long toRealisasiId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("insert into bukti (" + BUKTI_COLUMNS + ") select gen_random_uuid(), ?,"
            + " jenis, url, sha256, nama_berkas, tipe, ukuran, keterangan, diunggah_oleh, diunggah_pada from bukti"
            + " where realisasi_id = ?")) {
      ps.setLong(1, toRealisasiId);
      ps.setLong(2, fromRealisasiId);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw Jdbc.fail(e);
    }
  }

  /** Stores a file's bytes once per content (SHA-256). */
  public void storeBerkas(String sha256, long ukuran, String tipe, byte[] isi) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("insert into bukti_berkas (sha256, ukuran, tipe, isi) values (?, ?, ?, ?)"
            + " on conflict (sha256) do nothing")) {
      ps.setString(1, sha256);
      ps.setLong(2, ukuran);
      ps.setString(3, tipe);
      ps.setBytes(4, isi);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw Jdbc.fail(e);
    }
  }

  public Optional<byte[]> berkas(String sha256) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select isi from bukti_berkas where sha256 = ?")) {
      ps.setString(1, sha256);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw Jdbc.fail(e);
    }
  }

  private static Bukti bukti(ResultSet rs) throws SQLException {
    long ukuran = rs.getLong("ukuran");
    Long size = rs.wasNull() ? null : ukuran;
    return new Bukti(rs.getObject("id", UUID.class), rs.getLong("realisasi_id"), rs.getString("jenis"), rs.getString("url"),
        rs.getString("sha256"), rs.getString("nama_berkas"), rs.getString("tipe"), size, rs.getString("keterangan"),
        rs.getString("diunggah_oleh"), Jdbc.instant(rs, "diunggah_pada"));
  }

  // ---------------------------------------------------------------- audit

  public void insertAudit(List<AuditEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("insert into audit_log (kecamatan_kode, tahun, triwulan, entitas, kode,"
            + " versi, revisi, aksi, oleh, peran, waktu, perubahan, alasan) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (AuditEntry a : entries) {
        ps.setString(1, a.kecamatanKode());
        ps.setInt(2, a.tahun());
        ps.setInt(3, a.triwulan());
        ps.setString(4, a.entitas().name());
        ps.setString(5, a.kode());
        ps.setInt(6, a.versi());
        ps.setInt(7, a.revisi());
        ps.setString(8, a.aksi());
        ps.setString(9, a.oleh());
        ps.setString(10, a.peran());
        Jdbc.setInstant(ps, 11, a.waktu());
        ps.setString(12, a.perubahan());
        Jdbc.setString(ps, 13, a.alasan());
        ps.addBatch();
      }
      ps.executeBatch();
    } catch (SQLException e) {
      throw Jdbc.fail(e);
    }
  }

  /** Audit lines of a kecamatan, oldest first, filtered; returns the page and the total. */
  public Map.Entry<List<AuditEntry>, Long> audit(String kecamatan, Integer tahun, Integer triwulan, Jenis entitas,
      String kode, int page, int size) {
    StringBuilder where = new StringBuilder(" where kecamatan_kode = ?");
    List<Object> params = new ArrayList<>();
    params.add(kecamatan);
    if (tahun != null) {
      where.append(" and tahun = ?");
      params.add(tahun);
    }
    if (triwulan != null) {
      where.append(" and triwulan = ?");
      params.add(triwulan);
    }
    if (entitas != null) {
      where.append(" and entitas = ?");
      params.add(entitas.name());
    }
    if (kode != null) {
      where.append(" and kode = ?");
      params.add(kode);
    }
    try (Connection c = dataSource.getConnection()) {
      long total;
      try (PreparedStatement ps = c.prepareStatement("select count(*) from audit_log" + where)) {
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
        }
      }
      List<AuditEntry> items = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("select * from audit_log" + where + " order by id limit ? offset ?")) {
        int next = bind(ps, params);
        ps.setInt(next++, size);
        ps.setLong(next, (long) page * size);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            items.add(new AuditEntry(rs.getLong("id"), rs.getString("kecamatan_kode"), rs.getInt("tahun"),
                rs.getInt("triwulan"), Jenis.valueOf(rs.getString("entitas")), rs.getString("kode"), rs.getInt("versi"),
                rs.getInt("revisi"), rs.getString("aksi"), rs.getString("oleh"), rs.getString("peran"),
                Jdbc.instant(rs, "waktu"), rs.getString("perubahan"), rs.getString("alasan")));
          }
        }
      }
      return Map.entry(items, total);
    } catch (SQLException e) {
      throw Jdbc.fail(e);
    }
  }

  private static int bind(PreparedStatement ps, List<Object> params) throws SQLException {
    int i = 1;
    for (Object p : params) {
      if (p instanceof Integer n) {
        ps.setInt(i++, n);
      } else {
        ps.setString(i++, (String) p);
      }
    }
    return i;
  }

  // ---------------------------------------------------------------- helpers

  /** Binds a row's columns from parameter {@code i}; returns the next parameter index. */
  @FunctionalInterface
  private interface Binder<T> {
    int bind(PreparedStatement ps, int i, T row) throws SQLException;
  }

  /**
   * A realisasi table as the generic insert sees it: the sequence of its ids, its two insert statements (built once)
   * and the binder of every column but id.
   */
  private record Table<T>(String sequence, String insertOne, String insertMany, Binder<T> bindAllButId,
      ObjLongConsumer<T> setId) {

    /** {@code columns} starts with id; {@code kodeColumn} names the cell within a kecamatan's triwulan. */
    static <T> Table<T> of(String name, String columns, String kodeColumn, Binder<T> bindAllButId,
        ObjLongConsumer<T> setId) {
      String into = "insert into " + name + " (" + columns + ") values (";
      String afterId = String.join(", ", Collections.nCopies(columns.split(",").length - 1, "?")) + ")";
      String sequence = name + "_id_seq";
      // One row (the mobile single submit) only if its cell has no current version; the id comes back with it.
      String one = into + "nextval('" + sequence + "'), " + afterId + " on conflict (kecamatan_kode, tahun, triwulan, "
          + kodeColumn + ") where terkini do nothing returning id";
      return new Table<>(sequence, one, into + "?, " + afterId, bindAllButId, setId);
    }
  }

  private static final Table<RealisasiIndikator> INDIKATOR = Table.of("realisasi_indikator", IND_COLUMNS,
      "indikator_kode", RealisasiStore::bindIndikatorKey, (r, id) -> r.id = id);
  private static final Table<RealisasiAnggaran> ANGGARAN = Table.of("realisasi_anggaran", ANG_COLUMNS,
      "anggaran_kode", RealisasiStore::bindAnggaranKey, (r, id) -> r.id = id);

  /** See {@link #insertIndikator(List)}. */
  private <T> boolean insert(List<T> rows, Table<T> table) {
    if (rows.isEmpty()) {
      return true;
    }
    try (Connection c = dataSource.getConnection()) {
      if (rows.size() == 1) {
        T r = rows.get(0);
        try (PreparedStatement ps = c.prepareStatement(table.insertOne())) {
          table.bindAllButId().bind(ps, 1, r);
          try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
              return false;
            }
            table.setId().accept(r, rs.getLong(1));
          }
        }
        return true;
      }
      long[] ids = nextIds(c, table.sequence(), rows.size());
      try (PreparedStatement ps = c.prepareStatement(table.insertMany())) {
        for (int i = 0; i < rows.size(); i++) {
          T r = rows.get(i);
          table.setId().accept(r, ids[i]);
          ps.setLong(1, ids[i]);
          table.bindAllButId().bind(ps, 2, r);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      return true;
    } catch (SQLException e) {
      throw Jdbc.fail(e);
    }
  }

  /** Updates the state columns of existing versions ({@code sql} ends with "where id = ?"). */
  private <T> void update(List<T> rows, String sql, Binder<T> bindState, ToLongFunction<T> id) {
    if (rows.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (T r : rows) {
        ps.setLong(bindState.bind(ps, 1, r), id.applyAsLong(r));
        ps.addBatch();
      }
      ps.executeBatch();
    } catch (SQLException e) {
      throw Jdbc.fail(e);
    }
  }

  private static long[] nextIds(Connection c, String sequence, int n) throws SQLException {
    long[] ids = new long[n];
    try (PreparedStatement ps = c.prepareStatement("select nextval('" + sequence + "') from generate_series(1, ?)")) {
      ps.setInt(1, n);
      try (ResultSet rs = ps.executeQuery()) {
        int i = 0;
        while (rs.next()) {
          ids[i++] = rs.getLong(1);
        }
      }
    }
    return ids;
  }
}

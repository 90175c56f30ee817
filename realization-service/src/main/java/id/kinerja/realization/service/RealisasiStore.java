package id.kinerja.realization.service;

import static java.util.stream.Collectors.joining;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.kinerja.common.jdbc.Jdbc;
import id.kinerja.realization.domain.AuditEntry;
import id.kinerja.realization.domain.Bukti;
import id.kinerja.realization.domain.Jenis;
import id.kinerja.realization.domain.Realisasi;

/**
 * Hand-written SQL for realisasi, evidence, audit, on the caller's transaction ({@link Jdbc}). The write path must
 * stay lean: one statement per kind of row and request (JDBC batches, no N+1), a single creation that cannot
 * overwrite a concurrent one (INSERT … ON CONFLICT DO NOTHING), versions appended and never updated in place once
 * approved, and every change of a triwulan sheet serialised by a transaction-scoped advisory lock. Both kinds of cell
 * go through the same statements; their tables are described by {@link RealisasiTable}.
 */
@ApplicationScoped
public class RealisasiStore {

  /** The sheet revisi: the sum of the revisi of the current versions of every cell, of both tables. */
  private static final String LEMBAR_REVISI = CellKind.ALL.stream().map(k -> "coalesce((select sum(revisi) from "
      + k.table.name + " where kecamatan_kode = ? and tahun = ? and triwulan = ? and terkini), 0)")
      .collect(joining(" + "));

  @Inject
  Jdbc jdbc;

  // ---------------------------------------------------------------- cells

  /** Current versions of the cells of a triwulan (all, or the given kodes) by kode, optionally locked for update. */
  public <R extends Realisasi> Map<String, R> current(CellKind<R, ?> kind, String kecamatan, int tahun, int triwulan,
      Collection<String> kodes, boolean lock) {
    RealisasiTable<R> t = kind.table;
    String sql = "select " + t.selectColumns + " from " + t.name + " where kecamatan_kode = ? and tahun = ?"
        + " and triwulan = ? and terkini" + (kodes == null ? "" : " and " + t.kodeColumn + " = any (?)")
        + " order by " + t.kodeColumn + (lock ? " for update" : "");
    Map<String, R> rows = new LinkedHashMap<>();
    jdbc.each(sql, ps -> {
      int i = bindTriwulan(ps, 1, kecamatan, tahun, triwulan);
      if (kodes != null) {
        Jdbc.setArray(ps, i, "varchar", kodes);
      }
    }, rs -> {
      R r = t.read(rs);
      rows.put(r.kode, r);
    });
    return rows;
  }

  /** Every version of one cell, oldest first. */
  public <R extends Realisasi> List<R> versions(CellKind<R, ?> kind, String kecamatan, int tahun, int triwulan,
      String kode) {
    RealisasiTable<R> t = kind.table;
    return jdbc.list("select " + t.selectColumns + " from " + t.name + " where kecamatan_kode = ? and tahun = ?"
        + " and triwulan = ? and " + t.kodeColumn + " = ? order by versi", ps -> {
          ps.setString(bindTriwulan(ps, 1, kecamatan, tahun, triwulan), kode);
        }, t::read);
  }

  /** Newest approved version per cell of a triwulan. */
  public Map<String, Integer> approved(CellKind<?, ?> kind, String kecamatan, int tahun, int triwulan) {
    String kode = kind.table.kodeColumn;
    Map<String, Integer> m = new HashMap<>();
    jdbc.each("select " + kode + ", max(versi) from " + kind.table.name + " where kecamatan_kode = ? and tahun = ?"
        + " and triwulan = ? and status = 'APPROVED' group by " + kode,
        ps -> bindTriwulan(ps, 1, kecamatan, tahun, triwulan), rs -> m.put(rs.getString(1), rs.getInt(2)));
    return m;
  }

  /** Realisasi of the earlier triwulan of the year per budget line (current versions), for the pagu flag. */
  public Map<String, Long> anggaranSebelumnya(String kecamatan, int tahun, int triwulan, Collection<String> kodes) {
    Map<String, Long> sums = new HashMap<>();
    if (triwulan == 1 || kodes.isEmpty()) {
      return sums;
    }
    jdbc.each("select anggaran_kode, sum(nilai) from realisasi_anggaran where kecamatan_kode = ? and tahun = ?"
        + " and triwulan < ? and terkini and anggaran_kode = any (?) group by anggaran_kode", ps -> {
          Jdbc.setArray(ps, bindTriwulan(ps, 1, kecamatan, tahun, triwulan), "varchar", kodes);
        }, rs -> sums.put(rs.getString(1), rs.getLong(2)));
    return sums;
  }

  /**
   * Inserts new versions. A single row is inserted only if its cell has no current version yet (else false is
   * returned and nothing is written); in a batch the callers have locked and checked the cells, and a concurrent
   * creation fails the statement.
   */
  public <R extends Realisasi> boolean insert(CellKind<R, ?> kind, List<R> rows) {
    if (rows.isEmpty()) {
      return true;
    }
    RealisasiTable<R> t = kind.table;
    if (rows.size() == 1) {
      R r = rows.get(0);
      Optional<Long> id = jdbc.one(t.insertOne, ps -> t.bindAllButId(ps, 1, r), rs -> rs.getLong(1));
      id.ifPresent(v -> r.id = v);
      return id.isPresent();
    }
    List<Long> ids = jdbc.list("select nextval('" + t.sequence + "') from generate_series(1, ?)",
        ps -> ps.setInt(1, rows.size()), rs -> rs.getLong(1));
    for (int i = 0; i < rows.size(); i++) {
      rows.get(i).id = ids.get(i);
    }
    jdbc.batch(t.insertMany, rows, (ps, r) -> {
      ps.setLong(1, r.id);
      t.bindAllButId(ps, 2, r);
    });
    return true;
  }

  /** Updates the state of existing versions. */
  public <R extends Realisasi> void update(CellKind<R, ?> kind, List<R> rows) {
    RealisasiTable<R> t = kind.table;
    jdbc.batch(t.update, rows, (ps, r) -> ps.setLong(t.bindState(ps, 1, r), r.id));
  }

  // ---------------------------------------------------------------- the triwulan sheet

  /**
   * Serialises the writes to one triwulan sheet until the transaction ends (a transaction-scoped advisory lock), so
   * that the sheet revisi grows in commit order and {@link #stampLembar} gives every change a revisi of its own. Taken
   * before any row lock of the sheet, by every transaction that changes a cell's revisi. Writes to other sheets are not
   * affected; evidence uploads (which change no revisi) do not take it.
   */
  public void lockSheet(String kecamatan, int tahun, int triwulan) {
    jdbc.one("select pg_advisory_xact_lock(hashtext(?))",
        ps -> ps.setString(1, "realisasi-lembar:" + kecamatan + "/" + tahun + "/" + triwulan), rs -> true);
  }

  /**
   * Serialises the budget entries of one kecamatan-year, whatever their triwulan, for the rule that spans the year
   * (docs/domain.md §2.11). Always taken after {@link #lockSheet} (one order: no deadlock).
   */
  public void lockAnggaranTahun(String kecamatan, int tahun) {
    jdbc.one("select pg_advisory_xact_lock(hashtext(?))",
        ps -> ps.setString(1, "realisasi-anggaran:" + kecamatan + "/" + tahun), rs -> true);
  }

  /** The budget lines with a realisasi cell (any triwulan, version and status) in a kecamatan-year, by kode. */
  public List<String> anggaranDenganRealisasi(String kecamatan, int tahun) {
    return jdbc.list("select distinct anggaran_kode from realisasi_anggaran where kecamatan_kode = ? and tahun = ?"
        + " and terkini order by anggaran_kode", Jdbc.params(kecamatan, tahun), rs -> rs.getString(1));
  }

  /**
   * Records on the rows a transaction changed (all of one sheet) the sheet revisi they produced (the sheet's revisi
   * after the change, own writes included), in one statement; returns that revisi. Needs {@link #lockSheet}: two
   * writers of one sheet must not both see the revisi before the other's change.
   */
  public long stampLembar(List<Realisasi> rows) {
    Realisasi any = rows.get(0);
    String sql = "with lembar as (select " + LEMBAR_REVISI + " as revisi)" + CellKind.ALL.stream()
        .map(k -> ", " + k.listName + " as (update " + k.table.name + " set revisi_lembar = (select revisi from lembar)"
            + " where id = any (?))")
        .collect(joining()) + " select revisi from lembar";
    return jdbc.one(sql, ps -> {
      int i = bindSheet(ps, any.kecamatanKode, any.tahun, any.triwulan);
      for (CellKind<?, ?> k : CellKind.ALL) {
        Jdbc.setArray(ps, i++, "bigint", rows.stream().filter(r -> r.jenis() == k.jenis).map(r -> r.id).toList());
      }
    }, rs -> rs.getLong(1)).orElseThrow();
  }

  /**
   * Makes the rest of the current (read-only) transaction read one snapshot: the sheet's revisi, its rows and their
   * evidence counts must describe the same moment, or a client applying later differences would miss a change. Must
   * be the transaction's first statement.
   */
  public void readOneSnapshot() {
    jdbc.update("set transaction isolation level repeatable read, read only", Jdbc.NONE);
  }

  /** The triwulan sheet's ETag: the sum of its current cells' revisi (grows by one with every change). */
  public long sheetRevisi(String kecamatan, int tahun, int triwulan) {
    return jdbc.one("select " + LEMBAR_REVISI, ps -> bindSheet(ps, kecamatan, tahun, triwulan), rs -> rs.getLong(1))
        .orElseThrow();
  }

  /** Binds the sheet's key once per table of {@link #LEMBAR_REVISI}; returns the next index. */
  private static int bindSheet(PreparedStatement ps, String kecamatan, int tahun, int triwulan) throws SQLException {
    int i = 1;
    for (int k = 0; k < CellKind.ALL.size(); k++) {
      i = bindTriwulan(ps, i, kecamatan, tahun, triwulan);
    }
    return i;
  }

  private static int bindTriwulan(PreparedStatement ps, int i, String kecamatan, int tahun, int triwulan)
      throws SQLException {
    ps.setString(i, kecamatan);
    ps.setInt(i + 1, tahun);
    ps.setInt(i + 2, triwulan);
    return i + 3;
  }

  // ---------------------------------------------------------------- bukti

  private static final String BUKTI_COLUMNS = "id, realisasi_id, jenis, url, sha256, nama_berkas, tipe, ukuran, keterangan,"
      + " diunggah_oleh, diunggah_pada";

  /** Evidence of the given versions, in upload order, grouped by version id. */
  public Map<Long, List<Bukti>> bukti(Collection<Long> realisasiIds) {
    Map<Long, List<Bukti>> m = new HashMap<>();
    if (!realisasiIds.isEmpty()) {
      jdbc.list("select " + BUKTI_COLUMNS + " from bukti where realisasi_id = any (?) order by diunggah_pada, id",
          ps -> Jdbc.setArray(ps, 1, "bigint", realisasiIds), RealisasiStore::bukti)
          .forEach(b -> m.computeIfAbsent(b.realisasiId(), k -> new ArrayList<>()).add(b));
    }
    return m;
  }

  /** Number of evidence items per version id. */
  public Map<Long, Integer> buktiCount(Collection<Long> realisasiIds) {
    Map<Long, Integer> m = new HashMap<>();
    if (!realisasiIds.isEmpty()) {
      jdbc.each("select realisasi_id, count(*) from bukti where realisasi_id = any (?) group by realisasi_id",
          ps -> Jdbc.setArray(ps, 1, "bigint", realisasiIds), rs -> m.put(rs.getLong(1), rs.getInt(2)));
    }
    return m;
  }

  public Optional<Bukti> buktiById(UUID id) {
    return jdbc.one("select " + BUKTI_COLUMNS + " from bukti where id = ?", ps -> ps.setObject(1, id),
        RealisasiStore::bukti);
  }

  public void insertBukti(List<Bukti> rows) {
    jdbc.batch("insert into bukti (" + BUKTI_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, (ps, b) -> {
      ps.setObject(1, b.id());
      ps.setLong(2, b.realisasiId());
      ps.setString(3, b.jenis());
      Jdbc.setString(ps, 4, b.url());
      Jdbc.setString(ps, 5, b.sha256());
      Jdbc.setString(ps, 6, b.namaBerkas());
      Jdbc.setString(ps, 7, b.tipe());
      Jdbc.setLong(ps, 8, b.ukuran());
      Jdbc.setString(ps, 9, b.keterangan());
      ps.setString(10, b.diunggahOleh());
      Jdbc.setInstant(ps, 11, b.diunggahPada());
    });
  }

  /** Removes evidence rows (links being replaced, or a file withdrawn from a draft). */
  public void deleteBukti(Collection<UUID> ids) {
    if (!ids.isEmpty()) {
      jdbc.update("delete from bukti where id = any (?)", ps -> Jdbc.setArray(ps, 1, "uuid", ids));
    }
  }

  /** A correction's new version starts with its predecessor's evidence (the same files, not copies of bytes). */
  public void copyBukti(long fromRealisasiId, long toRealisasiId) {
    jdbc.update("insert into bukti (" + BUKTI_COLUMNS + ") select gen_random_uuid(), ?, jenis, url, sha256, nama_berkas,"
        + " tipe, ukuran, keterangan, diunggah_oleh, diunggah_pada from bukti where realisasi_id = ?", ps -> {
          ps.setLong(1, toRealisasiId);
          ps.setLong(2, fromRealisasiId);
        });
  }

  /** Stores a file's bytes once per content (SHA-256). */
  public void storeBerkas(String sha256, long ukuran, String tipe, byte[] isi) {
    jdbc.update("insert into bukti_berkas (sha256, ukuran, tipe, isi) values (?, ?, ?, ?) on conflict (sha256) do nothing",
        ps -> {
          ps.setString(1, sha256);
          ps.setLong(2, ukuran);
          ps.setString(3, tipe);
          ps.setBytes(4, isi);
        });
  }

  public Optional<byte[]> berkas(String sha256) {
    return jdbc.one("select isi from bukti_berkas where sha256 = ?", ps -> ps.setString(1, sha256), rs -> rs.getBytes(1));
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
    jdbc.batch("insert into audit_log (kecamatan_kode, tahun, triwulan, entitas, kode, versi, revisi, aksi, oleh, peran,"
        + " waktu, perubahan, alasan) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entries, (ps, a) -> {
          int i = bindTriwulan(ps, 1, a.kecamatanKode(), a.tahun(), a.triwulan());
          ps.setString(i++, a.entitas().name());
          ps.setString(i++, a.kode());
          ps.setInt(i++, a.versi());
          ps.setInt(i++, a.revisi());
          ps.setString(i++, a.aksi());
          ps.setString(i++, a.oleh());
          ps.setString(i++, a.peran());
          Jdbc.setInstant(ps, i++, a.waktu());
          ps.setString(i++, a.perubahan());
          Jdbc.setString(ps, i, a.alasan());
        });
  }

  /** Audit lines of a kecamatan, oldest first, filtered; returns the page and the total. */
  public Map.Entry<List<AuditEntry>, Long> audit(String kecamatan, Integer tahun, Integer triwulan, Jenis entitas,
      String kode, int page, int size) {
    StringBuilder where = new StringBuilder(" where kecamatan_kode = ?");
    List<Object> params = new ArrayList<>();
    params.add(kecamatan);
    filter(where, params, "tahun", tahun);
    filter(where, params, "triwulan", triwulan);
    filter(where, params, "entitas", entitas == null ? null : entitas.name());
    filter(where, params, "kode", kode);
    long total = jdbc.one("select count(*) from audit_log" + where, ps -> bind(ps, params), rs -> rs.getLong(1))
        .orElseThrow();
    List<AuditEntry> items = jdbc.list("select * from audit_log" + where + " order by id limit ? offset ?", ps -> {
      int next = bind(ps, params);
      ps.setInt(next++, size);
      ps.setLong(next, (long) page * size);
    }, rs -> new AuditEntry(rs.getLong("id"), rs.getString("kecamatan_kode"), rs.getInt("tahun"), rs.getInt("triwulan"),
        Jenis.valueOf(rs.getString("entitas")), rs.getString("kode"), rs.getInt("versi"), rs.getInt("revisi"),
        rs.getString("aksi"), rs.getString("oleh"), rs.getString("peran"), Jdbc.instant(rs, "waktu"),
        rs.getString("perubahan"), rs.getString("alasan")));
    return Map.entry(items, total);
  }

  private static void filter(StringBuilder where, List<Object> params, String column, Object value) {
    if (value != null) {
      where.append(" and ").append(column).append(" = ?");
      params.add(value);
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
}

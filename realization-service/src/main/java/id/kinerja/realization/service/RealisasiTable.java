package id.kinerja.realization.service;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import id.kinerja.common.jdbc.Jdbc;
import id.kinerja.realization.domain.AlasanKode;
import id.kinerja.realization.domain.Realisasi;
import id.kinerja.realization.domain.Status;

/**
 * A realisasi table as the store sees it: the columns every kind of cell has (which cell, which version, workflow
 * state, who and when), written once here, and the value columns of one kind, which its {@link CellKind} describes.
 * The statements are built once.
 */
final class RealisasiTable<R extends Realisasi> {

  /** Binds a row's value columns from parameter {@code i}; returns the next index. */
  @FunctionalInterface
  interface ValueBinder<R> {
    int bind(PreparedStatement ps, int i, R row) throws SQLException;
  }

  /** Reads a row's value columns. */
  @FunctionalInterface
  interface ValueReader<R> {
    void read(ResultSet rs, R row) throws SQLException;
  }

  /** The columns after the value columns. */
  private static final List<String> TAIL = List.of("alasan_koreksi", "kembali_alasan_kode", "kembali_alasan",
      "terlambat", "dibuat_oleh", "dibuat_pada", "diubah_oleh", "diubah_pada", "diajukan_oleh", "diajukan_pada",
      "diverifikasi_oleh", "diverifikasi_pada", "disahkan_oleh", "disahkan_pada", "dikembalikan_oleh",
      "dikembalikan_pada");

  final String name;
  /** The column naming the cell within a kecamatan's triwulan ("indikator_kode"). */
  final String kodeColumn;
  final String sequence;
  /** What is read: every column, and the sheet revisi of the row's last change (see RealisasiStore.stampLembar). */
  final String selectColumns;
  /** One row, only if its cell has no current version yet; returns its id. */
  final String insertOne;
  /** Many rows, ids given. */
  final String insertMany;
  /** The state columns (everything but the cell's key) of one version, by id. */
  final String update;
  private final Supplier<R> factory;
  private final ValueBinder<R> bindValues;
  private final ValueReader<R> readValues;

  RealisasiTable(String name, String kodeColumn, List<String> valueColumns, Supplier<R> create,
      ValueBinder<R> bindValues, ValueReader<R> readValues) {
    this.name = name;
    this.kodeColumn = kodeColumn;
    this.factory = create;
    this.bindValues = bindValues;
    this.readValues = readValues;
    this.sequence = name + "_id_seq";
    List<String> state = new ArrayList<>(List.of("terkini", "revisi", "status"));
    state.addAll(valueColumns);
    state.addAll(TAIL);
    List<String> columns = new ArrayList<>(List.of("id", "kabupaten_kode", "kecamatan_kode", "tahun", "triwulan",
        kodeColumn, "versi"));
    columns.addAll(state);
    this.selectColumns = String.join(", ", columns) + ", revisi_lembar";
    String into = "insert into " + name + " (" + String.join(", ", columns) + ") values (";
    String afterId = String.join(", ", Collections.nCopies(columns.size() - 1, "?")) + ")";
    // One row (the mobile single submit) only if its cell has no current version; the id comes back with it.
    this.insertOne = into + "nextval('" + sequence + "'), " + afterId + " on conflict (kecamatan_kode, tahun, triwulan, "
        + kodeColumn + ") where terkini do nothing returning id";
    this.insertMany = into + "?, " + afterId;
    this.update = "update " + name + " set " + String.join(" = ?, ", state) + " = ? where id = ?";
  }

  /** Binds every column but id from parameter {@code i}; returns the next index. */
  int bindAllButId(PreparedStatement ps, int i, R r) throws SQLException {
    ps.setString(i++, r.kabupatenKode);
    ps.setString(i++, r.kecamatanKode);
    ps.setInt(i++, r.tahun);
    ps.setInt(i++, r.triwulan);
    ps.setString(i++, r.kode);
    ps.setInt(i++, r.versi);
    return bindState(ps, i, r);
  }

  /** Binds terkini … dikembalikan_pada from {@code i}; returns the next index. */
  int bindState(PreparedStatement ps, int i, R r) throws SQLException {
    ps.setBoolean(i++, r.terkini);
    ps.setInt(i++, r.revisi);
    ps.setString(i++, r.status.name());
    i = bindValues.bind(ps, i, r);
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

  /** An empty row of this table. */
  R create() {
    return factory.get();
  }

  R read(ResultSet rs) throws SQLException {
    R r = factory.get();
    r.id = rs.getLong("id");
    r.kabupatenKode = rs.getString("kabupaten_kode");
    r.kecamatanKode = rs.getString("kecamatan_kode");
    r.tahun = rs.getInt("tahun");
    r.triwulan = rs.getInt("triwulan");
    r.kode = rs.getString(kodeColumn);
    r.versi = rs.getInt("versi");
    r.terkini = rs.getBoolean("terkini");
    r.revisi = rs.getInt("revisi");
    r.revisiLembar = rs.getLong("revisi_lembar");
    r.status = Status.valueOf(rs.getString("status"));
    readValues.read(rs, r);
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
}

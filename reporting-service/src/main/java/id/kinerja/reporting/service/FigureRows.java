package id.kinerja.reporting.service;

import static id.kinerja.common.jdbc.Jdbc.getInt;
import static id.kinerja.common.jdbc.Jdbc.getLong;
import static id.kinerja.common.jdbc.Jdbc.instant;
import static id.kinerja.common.jdbc.Jdbc.setInt;
import static id.kinerja.common.jdbc.Jdbc.setLong;
import static id.kinerja.common.jdbc.Jdbc.setInstant;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import id.kinerja.reporting.domain.calc.KabupatenTotals;
import id.kinerja.reporting.domain.figures.KecamatanFigure;
import id.kinerja.reporting.domain.figures.SasaranFigure;

/**
 * The figure records as rows of {@code fig_kecamatan}, {@code fig_sasaran} and {@code fig_kabupaten}: the columns of
 * each table, the binding of a record to an insert and the reading of a selected row back into one.
 */
final class FigureRows {

  private FigureRows() {
  }

  // ---- fig_kecamatan ------------------------------------------------------------------------------------------

  static final String INSERT_KECAMATAN = """
      insert into fig_kecamatan (kabupaten_kode, kecamatan_kode, tahun, periode, tampilan, capaian_status, capaian,
        kumulatif_status, capaian_kumulatif, dilaporkan, jumlah, pagu, realisasi_anggaran, realisasi_kumulatif,
        serapan_status, serapan, serapan_kumulatif, efisiensi_status, efisiensi, predikat_skor, predikat_label,
        dibawah_target, terlambat, plan_versi, konfigurasi_versi, skala_versi, rule_versi, as_of, pagu_dilaporkan,
        pagu_dilaporkan_kumulatif)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

  static final String SELECT_KECAMATAN = """
      select kabupaten_kode, kecamatan_kode, tahun, periode, tampilan, capaian_status, capaian, kumulatif_status,
        capaian_kumulatif, dilaporkan, jumlah, pagu, realisasi_anggaran, realisasi_kumulatif, serapan_status, serapan,
        serapan_kumulatif, efisiensi_status, efisiensi, predikat_skor, predikat_label, dibawah_target, terlambat,
        plan_versi, konfigurasi_versi, skala_versi, rule_versi, as_of, pagu_dilaporkan, pagu_dilaporkan_kumulatif
      from fig_kecamatan""";

  static void bindKecamatan(PreparedStatement ps, KecamatanFigure f) throws SQLException {
    int i = 1;
    ps.setString(i++, f.kabupatenKode());
    ps.setString(i++, f.kecamatanKode());
    ps.setInt(i++, f.tahun());
    ps.setInt(i++, f.periode());
    ps.setString(i++, f.tampilan());
    ps.setString(i++, f.capaianStatus());
    ps.setBigDecimal(i++, f.capaian());
    ps.setString(i++, f.kumulatifStatus());
    ps.setBigDecimal(i++, f.capaianKumulatif());
    ps.setInt(i++, f.dilaporkan());
    ps.setInt(i++, f.jumlah());
    ps.setLong(i++, f.pagu());
    setLong(ps, i++, f.realisasiAnggaran());
    setLong(ps, i++, f.realisasiKumulatif());
    ps.setString(i++, f.serapanStatus());
    ps.setBigDecimal(i++, f.serapan());
    ps.setBigDecimal(i++, f.serapanKumulatif());
    ps.setString(i++, f.efisiensiStatus());
    ps.setBigDecimal(i++, f.efisiensi());
    setInt(ps, i++, f.predikatSkor());
    ps.setString(i++, f.predikatLabel());
    ps.setInt(i++, f.dibawahTarget());
    ps.setInt(i++, f.terlambat());
    ps.setInt(i++, f.planVersi());
    setInt(ps, i++, f.konfigurasiVersi());
    setInt(ps, i++, f.skalaVersi());
    ps.setString(i++, f.ruleVersi());
    setInstant(ps, i++, f.asOf());
    setLong(ps, i++, f.paguDilaporkan());
    setLong(ps, i++, f.paguDilaporkanKumulatif());
  }

  /** A row of {@link #SELECT_KECAMATAN}. */
  static KecamatanFigure kecamatan(ResultSet rs) throws SQLException {
    return new KecamatanFigure(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
        rs.getString(6), rs.getBigDecimal(7), rs.getString(8), rs.getBigDecimal(9), rs.getInt(10), rs.getInt(11),
        rs.getLong(12), getLong(rs, 13), getLong(rs, 14), rs.getString(15), rs.getBigDecimal(16),
        rs.getBigDecimal(17), rs.getString(18), rs.getBigDecimal(19), getInt(rs, 20), rs.getString(21),
        rs.getInt(22), rs.getInt(23), rs.getInt(24), getInt(rs, 25), getInt(rs, 26), rs.getString(27),
        instant(rs, 28), getLong(rs, 29), getLong(rs, 30));
  }

  // ---- fig_sasaran --------------------------------------------------------------------------------------------

  static final String INSERT_SASARAN = """
      insert into fig_sasaran (kecamatan_kode, tahun, tampilan, sasaran_kode, periode, urutan, capaian_status, capaian,
        kumulatif_status, capaian_kumulatif, dilaporkan, jumlah, predikat_skor, predikat_label, pagu,
        realisasi_anggaran, serapan_status, serapan, efisiensi_status, efisiensi, as_of, pagu_dilaporkan)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

  /** The columns {@link #sasaran} reads, of the table aliased {@code s}. */
  static final String SASARAN_COLUMNS = """
      s.sasaran_kode, s.periode, s.urutan, s.capaian_status, s.capaian, s.kumulatif_status, s.capaian_kumulatif,
        s.dilaporkan, s.jumlah, s.predikat_skor, s.predikat_label, s.pagu, s.realisasi_anggaran, s.serapan_status,
        s.serapan, s.efisiensi_status, s.efisiensi, s.as_of, s.pagu_dilaporkan""";

  static void bindSasaran(PreparedStatement ps, String kecamatanKode, int tahun, String tampilan, SasaranFigure f)
      throws SQLException {
    int i = 1;
    ps.setString(i++, kecamatanKode);
    ps.setInt(i++, tahun);
    ps.setString(i++, tampilan);
    ps.setString(i++, f.sasaranKode());
    ps.setInt(i++, f.periode());
    ps.setInt(i++, f.urutan());
    ps.setString(i++, f.capaianStatus());
    ps.setBigDecimal(i++, f.capaian());
    ps.setString(i++, f.kumulatifStatus());
    ps.setBigDecimal(i++, f.capaianKumulatif());
    ps.setInt(i++, f.dilaporkan());
    ps.setInt(i++, f.jumlah());
    setInt(ps, i++, f.predikatSkor());
    ps.setString(i++, f.predikatLabel());
    setLong(ps, i++, f.pagu());
    setLong(ps, i++, f.realisasiAnggaran());
    ps.setString(i++, f.serapanStatus());
    ps.setBigDecimal(i++, f.serapan());
    ps.setString(i++, f.efisiensiStatus());
    ps.setBigDecimal(i++, f.efisiensi());
    setInstant(ps, i++, f.asOf());
    setLong(ps, i++, f.paguDilaporkan());
  }

  /** A row whose first columns are {@link #SASARAN_COLUMNS}. */
  static SasaranFigure sasaran(ResultSet rs) throws SQLException {
    return new SasaranFigure(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getBigDecimal(5),
        rs.getString(6), rs.getBigDecimal(7), rs.getInt(8), rs.getInt(9), getInt(rs, 10), rs.getString(11),
        getLong(rs, 12), getLong(rs, 13), rs.getString(14), rs.getBigDecimal(15), rs.getString(16),
        rs.getBigDecimal(17), instant(rs, 18), getLong(rs, 19));
  }

  // ---- fig_kabupaten ------------------------------------------------------------------------------------------

  static final String INSERT_KABUPATEN = """
      insert into fig_kabupaten (kabupaten_kode, tahun, periode, tampilan, kecamatan_jumlah, kecamatan_dilaporkan,
        capaian_status, capaian_rata, pagu, realisasi_anggaran, serapan_status, serapan, as_of, ringkasan,
        capaian_jumlah, realisasi_dilaporkan)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

  static final String SELECT_KABUPATEN = """
      select kabupaten_kode, tahun, periode, tampilan, kecamatan_jumlah, kecamatan_dilaporkan, capaian_status,
        capaian_rata, pagu, realisasi_anggaran, serapan_status, serapan, as_of, ringkasan, capaian_jumlah,
        realisasi_dilaporkan from fig_kabupaten""";

  static void bindKabupaten(PreparedStatement ps, FigureStore.StoredKabupaten s) throws SQLException {
    FigureStore.KabupatenRow r = s.row();
    int i = 1;
    ps.setString(i++, r.kabupatenKode());
    ps.setInt(i++, r.tahun());
    ps.setInt(i++, r.periode());
    ps.setString(i++, r.tampilan());
    ps.setInt(i++, r.kecamatanJumlah());
    ps.setInt(i++, r.kecamatanDilaporkan());
    ps.setString(i++, r.capaianStatus());
    ps.setBigDecimal(i++, r.capaianRata());
    ps.setLong(i++, r.pagu());
    ps.setLong(i++, r.realisasiAnggaran());
    ps.setString(i++, r.serapanStatus());
    ps.setBigDecimal(i++, r.serapan());
    setInstant(ps, i++, r.asOf());
    ps.setInt(i++, s.totals().ringkasan());
    ps.setBigDecimal(i++, s.totals().capaianJumlah());
    ps.setInt(i++, s.totals().realisasiDilaporkan());
  }

  /** A row of {@link #SELECT_KABUPATEN}: the aggregate and the running totals it was formed from. */
  static FigureStore.StoredKabupaten kabupaten(ResultSet rs) throws SQLException {
    Instant asOf = instant(rs, 13);
    long pagu = rs.getLong(9);
    long realisasi = rs.getLong(10);
    return new FigureStore.StoredKabupaten(new FigureStore.KabupatenRow(rs.getString(1), rs.getInt(2), rs.getInt(3),
        rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getBigDecimal(8), pagu, realisasi,
        rs.getString(11), rs.getBigDecimal(12), asOf), new KabupatenTotals(rs.getInt(14), rs.getInt(6),
            rs.getBigDecimal(15), pagu, realisasi, rs.getInt(16), asOf, false));
  }
}

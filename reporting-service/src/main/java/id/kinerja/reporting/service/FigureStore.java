package id.kinerja.reporting.service;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.TreeSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.kinerja.reporting.domain.calc.KabupatenTotals;
import id.kinerja.reporting.domain.figures.AnggaranFigure;
import id.kinerja.reporting.domain.figures.IndikatorFigure;
import id.kinerja.reporting.domain.figures.KecamatanFigure;
import id.kinerja.reporting.domain.figures.KecamatanTahunFigures;
import id.kinerja.reporting.domain.figures.SasaranFigure;

/** The stored figures: replaced per kecamatan-year by the recalculation, read by the API in single queries. */
@ApplicationScoped
public class FigureStore {

  /** Projection tables a rebuild truncates, inputs and figures. */
  public static final List<String> TABLES = List.of("kabupaten_copy", "kecamatan_copy", "rencana_copy", "skala_copy",
      "jadwal_copy", "realisasi_indikator", "realisasi_anggaran", "fig_rincian", "fig_sasaran", "fig_kecamatan", "fig_kabupaten", "fig_recalc", "fig_digest");

  /** Ordering keys of each table, for a canonical dump. */
  private static final List<String> ORDER = List.of("kode", "kode", "kecamatan_kode, tahun",
      "kabupaten_kode, tahun, tujuan", "kabupaten_kode, tahun, triwulan",
      "kecamatan_kode, tahun, indikator_kode, triwulan, versi", "kecamatan_kode, tahun, anggaran_kode, triwulan, versi",
      "kecamatan_kode, tahun, tampilan, periode", "kecamatan_kode, tahun, tampilan, sasaran_kode, periode",
      "kabupaten_kode, tahun, periode, tampilan, kecamatan_kode",
      "tahun, periode, tampilan, kabupaten_kode", "kecamatan_kode, tahun", "kecamatan_kode, tahun, tampilan, periode");

  @Inject
  Jdbc jdbc;

  // ---- writes -------------------------------------------------------------------------------------------------

  /**
   * Replaces the figures of a kecamatan-year (both views) and records when it was recalculated. Only the (view,
   * periode) groups whose figures differ from the stored ones — by the digest of all their rows — are deleted and
   * inserted again; the others are already exactly what they would be written as. Groups of periode 1 to
   * {@code fromTriwulan} − 1 that are stored are not even compared: the change that caused this recalculation cannot
   * reach them (a realisasi of a later triwulan; 1 = everything may have changed).
   */
  public SummaryChange replace(String kecamatanKode, int tahun, List<KecamatanTahunFigures> views, Instant asOf,
      Instant recalculatedAt, int fromTriwulan) {
    return jdbc.call(c -> {
      Map<String, String> stored = storedDigests(c, kecamatanKode, tahun);
      Set<String> kept = new HashSet<>();
      stored.keySet().stream().filter(g -> periodeOf(g) >= 1 && periodeOf(g) < fromTriwulan).forEach(kept::add);
      Map<String, Rincian> rincian = rincian(views, kept);
      Map<String, String> digests = digests(views, rincian);
      Set<String> write = new HashSet<>();
      digests.forEach((group, d) -> {
        if (!d.equals(stored.get(group))) {
          write.add(group);
        }
      });
      Set<String> clear = new HashSet<>(write);
      stored.keySet().stream().filter(g -> !digests.containsKey(g) && !kept.contains(g)).forEach(clear::add);
      List<KecamatanFigure> before = new ArrayList<>();
      if (stored.isEmpty() || !clear.isEmpty()) {
        for (KecamatanFigure f : summaries(c, kecamatanKode, tahun)) {
          if (stored.isEmpty() || clear.contains(group(f.tampilan(), f.periode()))) {
            before.add(f);
          }
        }
      }
      List<KecamatanFigure> after = new ArrayList<>();
      if (stored.isEmpty()) {
        // First figures (or figures stored before digests existed): whatever is there goes.
        for (String t : List.of("fig_rincian", "fig_sasaran", "fig_kecamatan")) {
          try (PreparedStatement ps = c.prepareStatement("delete from " + t + " where kecamatan_kode = ? and tahun = ?")) {
            ps.setString(1, kecamatanKode);
            ps.setInt(2, tahun);
            ps.executeUpdate();
          }
        }
      } else if (!clear.isEmpty()) {
        for (String t : List.of("fig_rincian", "fig_sasaran", "fig_kecamatan", "fig_digest")) {
          try (PreparedStatement ps = c.prepareStatement("delete from " + t
              + " where kecamatan_kode = ? and tahun = ? and tampilan = ? and periode = ?")) {
            for (String group : clear) {
              ps.setString(1, kecamatanKode);
              ps.setInt(2, tahun);
              ps.setString(3, tampilanOf(group));
              ps.setInt(4, periodeOf(group));
              ps.addBatch();
            }
            ps.executeBatch();
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement("insert into fig_digest (kecamatan_kode, tahun, tampilan, periode,"
          + " digest) values (?, ?, ?, ?, ?) on conflict (kecamatan_kode, tahun, tampilan, periode)"
          + " do update set digest = excluded.digest")) {
        for (String group : write) {
          ps.setString(1, kecamatanKode);
          ps.setInt(2, tahun);
          ps.setString(3, tampilanOf(group));
          ps.setInt(4, periodeOf(group));
          ps.setString(5, digests.get(group));
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps = c.prepareStatement("""
          insert into fig_rincian (kecamatan_kode, tahun, tampilan, periode, kabupaten_kode, capaian_kumulatif_min,
            indikator, anggaran) values (?, ?, ?, ?, ?, ?, ?, ?)
          on conflict (kecamatan_kode, tahun, tampilan, periode) do update set kabupaten_kode = excluded.kabupaten_kode,
            capaian_kumulatif_min = excluded.capaian_kumulatif_min, indikator = excluded.indikator,
            anggaran = excluded.anggaran""")) {
        for (String group : write) {
          Rincian r = rincian.get(group);
          ps.setString(1, kecamatanKode);
          ps.setInt(2, tahun);
          ps.setString(3, tampilanOf(group));
          ps.setInt(4, periodeOf(group));
          ps.setString(5, r.kabupatenKode());
          ps.setBigDecimal(6, r.capaianKumulatifMin());
          ps.setString(7, r.indikator());
          ps.setString(8, r.anggaran());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps = c.prepareStatement("""
          insert into fig_sasaran (kecamatan_kode, tahun, tampilan, sasaran_kode, periode, urutan, capaian_status, capaian,
            kumulatif_status, capaian_kumulatif, dilaporkan, jumlah, predikat_skor, predikat_label, pagu,
            realisasi_anggaran, serapan_status, serapan, efisiensi_status, efisiensi, as_of)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
        for (KecamatanTahunFigures v : views) {
          for (SasaranFigure f : v.sasaran()) {
            if (!write.contains(group(v.tampilan(), f.periode()))) {
              continue;
            }
            int i = 1;
            ps.setString(i++, kecamatanKode);
            ps.setInt(i++, tahun);
            ps.setString(i++, v.tampilan());
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
            setTime(ps, i++, f.asOf());
            ps.addBatch();
          }
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps = c.prepareStatement(INSERT_KECAMATAN)) {
        for (KecamatanTahunFigures v : views) {
          for (KecamatanFigure f : v.kecamatan()) {
            if (!write.contains(group(v.tampilan(), f.periode()))) {
              continue;
            }
            bindKecamatan(ps, f);
            ps.addBatch();
            after.add(f);
          }
        }
        ps.executeBatch();
      }
      SummaryChange change = new SummaryChange(before, after);
      if (write.isEmpty() && clear.isEmpty() && !stored.isEmpty()) {
        // Nothing changed (the digests say so, and as_of is part of them): the figures were not recalculated in any
        // way a reader could see, so their recalculation time stays, and with it the answers' ETags.
        return change;
      }
      try (PreparedStatement ps = c.prepareStatement("""
          insert into fig_recalc (kecamatan_kode, tahun, as_of, recalculated_at) values (?, ?, ?, ?)
          on conflict (kecamatan_kode, tahun) do update set as_of = excluded.as_of, recalculated_at = excluded.recalculated_at""")) {
        ps.setString(1, kecamatanKode);
        ps.setInt(2, tahun);
        setTime(ps, 3, asOf);
        ps.setTimestamp(4, Timestamp.from(recalculatedAt));
        ps.executeUpdate();
      }
      return change;
    });
  }

  /**
   * The kecamatan summaries a replacement (or removal) took away and those it stored: the difference the kabupaten
   * aggregates are updated by. Both empty when nothing a reader can see changed.
   */
  public record SummaryChange(List<KecamatanFigure> before, List<KecamatanFigure> after) {
  }

  /** The key of a (view, periode) group of figures. */
  static String group(String tampilan, int periode) {
    return tampilan + "|" + periode;
  }

  static String tampilanOf(String group) {
    return group.substring(0, group.indexOf('|'));
  }

  static int periodeOf(String group) {
    return Integer.parseInt(group.substring(group.indexOf('|') + 1));
  }

  /**
   * The indicator and budget figures of one (view, periode) group as stored in {@code fig_rincian}: one document each
   * ({@link FigureDocs}), and the lowest s.d.-triwulan capaian of its indicators (the konsolidasi's lagging filter).
   */
  record Rincian(String kabupatenKode, String indikator, String anggaran, BigDecimal capaianKumulatifMin) {
  }

  /** The rincian of every group of the views (also of a group without indicators and budget lines: empty lists). */
  static Map<String, Rincian> rincian(List<KecamatanTahunFigures> views) {
    return rincian(views, Set.of());
  }

  /** The rincian of the groups of the views except those {@code kept} as stored. */
  static Map<String, Rincian> rincian(List<KecamatanTahunFigures> views, Set<String> kept) {
    Map<String, Rincian> out = new TreeMap<>();
    for (KecamatanTahunFigures v : views) {
      Map<Integer, List<IndikatorFigure>> ind = new TreeMap<>();
      Map<Integer, List<AnggaranFigure>> ang = new TreeMap<>();
      Set<Integer> periode = new TreeSet<>();
      v.indikator().forEach(f -> ind.computeIfAbsent(f.periode(), k -> new ArrayList<>()).add(f));
      v.anggaran().forEach(f -> ang.computeIfAbsent(f.periode(), k -> new ArrayList<>()).add(f));
      periode.addAll(ind.keySet());
      periode.addAll(ang.keySet());
      v.sasaran().forEach(f -> periode.add(f.periode()));
      v.kecamatan().forEach(f -> periode.add(f.periode()));
      for (int n : periode) {
        if (kept.contains(group(v.tampilan(), n))) {
          continue;
        }
        List<IndikatorFigure> fi = ind.getOrDefault(n, List.of());
        BigDecimal min = null;
        for (IndikatorFigure f : fi) {
          if (f.capaianKumulatif() != null && (min == null || f.capaianKumulatif().compareTo(min) < 0)) {
            min = f.capaianKumulatif();
          }
        }
        out.put(group(v.tampilan(), n), new Rincian(v.kabupatenKode(), FigureDocs.write(fi),
            FigureDocs.write(ang.getOrDefault(n, List.of())), min));
      }
    }
    return out;
  }

  /**
   * SHA-256 per (view, periode) over everything stored of the group: its rincian documents and every row of
   * fig_sasaran and fig_kecamatan (the records' text holds every column; the kabupaten is part of it).
   */
  static Map<String, String> digests(List<KecamatanTahunFigures> views, Map<String, Rincian> rincian) {
    Map<String, StringBuilder> text = new TreeMap<>();
    rincian.forEach((group, r) -> text.put(group, new StringBuilder(r.kabupatenKode()).append('\n')
        .append(r.indikator()).append('\n').append(r.anggaran()).append('\n')));
    for (KecamatanTahunFigures v : views) {
      v.sasaran().forEach(f -> append(text, group(v.tampilan(), f.periode()), f));
      v.kecamatan().forEach(f -> append(text, group(v.tampilan(), f.periode()), f));
    }
    Map<String, String> out = new HashMap<>();
    text.forEach((group, t) -> {
      try {
        out.put(group, java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
            .digest(t.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    });
    return out;
  }

  /** The row's text into its group's digest text; nothing for a group not digested (kept as stored). */
  private static void append(Map<String, StringBuilder> text, String group, Record row) {
    StringBuilder t = text.get(group);
    if (t != null) {
      t.append(row).append('\n');
    }
  }

  private static Map<String, String> storedDigests(java.sql.Connection c, String kecamatanKode, int tahun)
      throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "select tampilan, periode, digest from fig_digest where kecamatan_kode = ? and tahun = ?")) {
      ps.setString(1, kecamatanKode);
      ps.setInt(2, tahun);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(group(rs.getString(1), rs.getInt(2)), rs.getString(3));
        }
      }
    }
    return out;
  }

  /** Removes the figures of a kecamatan-year that has no plan (nothing to compute against). */
  public SummaryChange remove(String kecamatanKode, int tahun) {
    return jdbc.call(c -> {
      List<KecamatanFigure> before = summaries(c, kecamatanKode, tahun);
      for (String t : List.of("fig_rincian", "fig_sasaran", "fig_kecamatan", "fig_recalc", "fig_digest")) {
        try (PreparedStatement ps = c.prepareStatement("delete from " + t + " where kecamatan_kode = ? and tahun = ?")) {
          ps.setString(1, kecamatanKode);
          ps.setInt(2, tahun);
          ps.executeUpdate();
        }
      }
      return new SummaryChange(before, List.of());
    });
  }

  private static final String INSERT_KECAMATAN = """
      insert into fig_kecamatan (kabupaten_kode, kecamatan_kode, tahun, periode, tampilan, capaian_status, capaian,
        kumulatif_status, capaian_kumulatif, dilaporkan, jumlah, pagu, realisasi_anggaran, realisasi_kumulatif,
        serapan_status, serapan, serapan_kumulatif, efisiensi_status, efisiensi, predikat_skor, predikat_label,
        dibawah_target, terlambat, plan_versi, konfigurasi_versi, skala_versi, rule_versi, as_of)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

  private static void bindKecamatan(PreparedStatement ps, KecamatanFigure f) throws SQLException {
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
    setTime(ps, i++, f.asOf());
  }

  /** A kabupaten's aggregate row for the national roll-up. */
  public record KabupatenRow(String kabupatenKode, int tahun, int periode, String tampilan, int kecamatanJumlah,
      int kecamatanDilaporkan, String capaianStatus, BigDecimal capaianRata, long pagu, long realisasiAnggaran,
      String serapanStatus, BigDecimal serapan, Instant asOf) {
  }

  /** A stored aggregate row with the running totals it was formed from (kept for the next incremental update). */
  public record StoredKabupaten(KabupatenRow row, KabupatenTotals totals) {
  }

  public void replaceKabupaten(String kabupatenKode, int tahun, List<StoredKabupaten> rows) {
    jdbc.run(c -> {
      try (PreparedStatement ps = c.prepareStatement("delete from fig_kabupaten where kabupaten_kode = ? and tahun = ?")) {
        ps.setString(1, kabupatenKode);
        ps.setInt(2, tahun);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement("""
          insert into fig_kabupaten (kabupaten_kode, tahun, periode, tampilan, kecamatan_jumlah, kecamatan_dilaporkan,
            capaian_status, capaian_rata, pagu, realisasi_anggaran, serapan_status, serapan, as_of, ringkasan,
            capaian_jumlah, realisasi_dilaporkan)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
        for (StoredKabupaten s : rows) {
          KabupatenRow r = s.row();
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
          setTime(ps, i++, r.asOf());
          ps.setInt(i++, s.totals().ringkasan());
          ps.setBigDecimal(i++, s.totals().capaianJumlah());
          ps.setInt(i++, s.totals().realisasiDilaporkan());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      return null;
    });
  }

  /** The running totals of a kabupaten-year's stored aggregate rows (none before its first aggregate). */
  public List<StoredKabupaten> kabupatenStored(String kabupatenKode, int tahun) {
    return ofKabupatenTahun(SELECT_KABUPATEN + " where kabupaten_kode = ? and tahun = ? order by periode, tampilan",
        kabupatenKode, tahun, FigureStore::readKabupaten);
  }

  private interface Rows<T> {
    List<T> read(PreparedStatement ps) throws SQLException;
  }

  /** The rows a select with the two parameters kabupaten and year gives. */
  private <T> List<T> ofKabupatenTahun(String select, String kabupatenKode, int tahun, Rows<T> rows) {
    return jdbc.call(c -> {
      try (PreparedStatement ps = c.prepareStatement(select)) {
        ps.setString(1, kabupatenKode);
        ps.setInt(2, tahun);
        return rows.read(ps);
      }
    });
  }

  /** The latest as-of among the kecamatan summaries of one kabupaten-year, periode and view (null without any). */
  public Instant latestAsOf(String kabupatenKode, int tahun, int periode, String tampilan) {
    return jdbc.call(c -> {
      try (PreparedStatement ps = c.prepareStatement("select max(as_of) from fig_kecamatan"
          + " where kabupaten_kode = ? and tahun = ? and periode = ? and tampilan = ?")) {
        ps.setString(1, kabupatenKode);
        ps.setInt(2, tahun);
        ps.setInt(3, periode);
        ps.setString(4, tampilan);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return getTime(rs, 1);
        }
      }
    });
  }

  /** Years for which a kabupaten has kecamatan summaries. */
  public List<Integer> tahunOf(String kabupatenKode) {
    return jdbc.call(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "select distinct tahun from rencana_copy where kabupaten_kode = ? order by tahun")) {
        ps.setString(1, kabupatenKode);
        List<Integer> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getInt(1));
          }
        }
        return out;
      }
    });
  }

  // ---- reads --------------------------------------------------------------------------------------------------

  private static final String SELECT_KECAMATAN = """
      select kabupaten_kode, kecamatan_kode, tahun, periode, tampilan, capaian_status, capaian, kumulatif_status,
        capaian_kumulatif, dilaporkan, jumlah, pagu, realisasi_anggaran, realisasi_kumulatif, serapan_status, serapan,
        serapan_kumulatif, efisiensi_status, efisiensi, predikat_skor, predikat_label, dibawah_target, terlambat,
        plan_versi, konfigurasi_versi, skala_versi, rule_versi, as_of from fig_kecamatan""";

  /** The summary rows of every kecamatan of a kabupaten for a year, periode and view (the consolidated view). */
  public List<KecamatanFigure> kecamatanSummaries(String kabupatenKode, int tahun, int periode, String tampilan) {
    return jdbc.call(c -> {
      try (PreparedStatement ps = c.prepareStatement(SELECT_KECAMATAN
          + " where kabupaten_kode = ? and tahun = ? and periode = ? and tampilan = ? order by kecamatan_kode")) {
        ps.setString(1, kabupatenKode);
        ps.setInt(2, tahun);
        ps.setInt(3, periode);
        ps.setString(4, tampilan);
        return readKecamatan(ps);
      }
    });
  }

  /** Every summary row of one kabupaten and year (all periodes and views), for its aggregate. */
  public List<KecamatanFigure> kecamatanSummaries(String kabupatenKode, int tahun) {
    return ofKabupatenTahun(SELECT_KECAMATAN
        + " where kabupaten_kode = ? and tahun = ? order by periode, tampilan, kecamatan_kode", kabupatenKode, tahun,
        FigureStore::readKecamatan);
  }

  public List<KecamatanFigure> kecamatanSummary(String kecamatanKode, int tahun, String tampilan) {
    return jdbc.call(c -> {
      try (PreparedStatement ps = c.prepareStatement(SELECT_KECAMATAN
          + " where kecamatan_kode = ? and tahun = ? and tampilan = ? order by periode")) {
        ps.setString(1, kecamatanKode);
        ps.setInt(2, tahun);
        ps.setString(3, tampilan);
        return readKecamatan(ps);
      }
    });
  }

  /** Every summary row of one kecamatan-year (both views, every periode), on the caller's connection. */
  private static List<KecamatanFigure> summaries(java.sql.Connection c, String kecamatanKode, int tahun)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SELECT_KECAMATAN + " where kecamatan_kode = ? and tahun = ?")) {
      ps.setString(1, kecamatanKode);
      ps.setInt(2, tahun);
      return readKecamatan(ps);
    }
  }

  private static List<KecamatanFigure> readKecamatan(PreparedStatement ps) throws SQLException {
    List<KecamatanFigure> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new KecamatanFigure(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
            rs.getString(6), rs.getBigDecimal(7), rs.getString(8), rs.getBigDecimal(9), rs.getInt(10), rs.getInt(11),
            rs.getLong(12), getLong(rs, 13), getLong(rs, 14), rs.getString(15), rs.getBigDecimal(16),
            rs.getBigDecimal(17), rs.getString(18), rs.getBigDecimal(19), getInt(rs, 20), rs.getString(21),
            rs.getInt(22), rs.getInt(23), rs.getInt(24), getInt(rs, 25), getInt(rs, 26), rs.getString(27),
            getTime(rs, 28)));
      }
    }
    return out;
  }

  private static final String SELECT_KABUPATEN = """
      select kabupaten_kode, tahun, periode, tampilan, kecamatan_jumlah, kecamatan_dilaporkan, capaian_status,
        capaian_rata, pagu, realisasi_anggaran, serapan_status, serapan, as_of, ringkasan, capaian_jumlah,
        realisasi_dilaporkan from fig_kabupaten""";

  public List<KabupatenRow> kabupatenRows(int tahun, int periode, String tampilan) {
    return jdbc.call(c -> {
      try (PreparedStatement ps = c.prepareStatement(SELECT_KABUPATEN
          + " where tahun = ? and periode = ? and tampilan = ? order by kabupaten_kode")) {
        ps.setInt(1, tahun);
        ps.setInt(2, periode);
        ps.setString(3, tampilan);
        return readKabupaten(ps).stream().map(StoredKabupaten::row).toList();
      }
    });
  }

  private static List<StoredKabupaten> readKabupaten(PreparedStatement ps) throws SQLException {
    List<StoredKabupaten> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Instant asOf = getTime(rs, 13);
        long pagu = rs.getLong(9);
        long realisasi = rs.getLong(10);
        out.add(new StoredKabupaten(new KabupatenRow(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
            rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getBigDecimal(8), pagu, realisasi, rs.getString(11),
            rs.getBigDecimal(12), asOf), new KabupatenTotals(rs.getInt(14), rs.getInt(6), rs.getBigDecimal(15), pagu,
            realisasi, rs.getInt(16), asOf, false)));
      }
    }
    return out;
  }

  public List<IndikatorFigure> indikator(String kecamatanKode, int tahun, String tampilan) {
    List<IndikatorFigure> out = new ArrayList<>();
    rincian(kecamatanKode, tahun, tampilan, "indikator", doc -> out.addAll(FigureDocs.read(doc, IndikatorFigure.class)));
    out.sort(Comparator.comparingInt(IndikatorFigure::urutan).thenComparingInt(IndikatorFigure::periode));
    return out;
  }

  /** Each document of one column of the kecamatan-year's rincian in a view (every periode). */
  private void rincian(String kecamatanKode, int tahun, String tampilan, String column,
      java.util.function.Consumer<String> each) {
    jdbc.run(c -> {
      try (PreparedStatement ps = c.prepareStatement("select " + column
          + " from fig_rincian where kecamatan_kode = ? and tahun = ? and tampilan = ? order by periode")) {
        ps.setString(1, kecamatanKode);
        ps.setInt(2, tahun);
        ps.setString(3, tampilan);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            each.accept(rs.getString(1));
          }
        }
      }
      return null;
    });
  }

  public List<SasaranFigure> sasaran(String kecamatanKode, int tahun, String tampilan) {
    return jdbc.call(c -> {
      try (PreparedStatement ps = c.prepareStatement("""
          select sasaran_kode, periode, urutan, capaian_status, capaian, kumulatif_status, capaian_kumulatif, dilaporkan,
            jumlah, predikat_skor, predikat_label, pagu, realisasi_anggaran, serapan_status, serapan, efisiensi_status,
            efisiensi, as_of
          from fig_sasaran where kecamatan_kode = ? and tahun = ? and tampilan = ? order by urutan, periode""")) {
        ps.setString(1, kecamatanKode);
        ps.setInt(2, tahun);
        ps.setString(3, tampilan);
        List<SasaranFigure> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new SasaranFigure(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getBigDecimal(5),
                rs.getString(6), rs.getBigDecimal(7), rs.getInt(8), rs.getInt(9), getInt(rs, 10), rs.getString(11),
                getLong(rs, 12), getLong(rs, 13), rs.getString(14), rs.getBigDecimal(15), rs.getString(16),
                rs.getBigDecimal(17), getTime(rs, 18)));
          }
        }
        return out;
      }
    });
  }

  /** Sasaran figures of every kecamatan of a kabupaten for one sasaran kode (consolidated view filter). */
  public List<SasaranFigure> sasaranOfKabupaten(String kabupatenKode, int tahun, int periode, String tampilan,
      String sasaranKode, List<String> kecamatanOut) {
    return jdbc.call(c -> {
      try (PreparedStatement ps = c.prepareStatement("""
          select s.sasaran_kode, s.periode, s.urutan, s.capaian_status, s.capaian, s.kumulatif_status, s.capaian_kumulatif,
            s.dilaporkan, s.jumlah, s.predikat_skor, s.predikat_label, s.pagu, s.realisasi_anggaran, s.serapan_status,
            s.serapan, s.efisiensi_status, s.efisiensi, s.as_of, s.kecamatan_kode
          from fig_sasaran s join rencana_copy r on r.kecamatan_kode = s.kecamatan_kode and r.tahun = s.tahun
          where r.kabupaten_kode = ? and s.tahun = ? and s.periode = ? and s.tampilan = ? and s.sasaran_kode = ?
          order by s.kecamatan_kode""")) {
        ps.setString(1, kabupatenKode);
        ps.setInt(2, tahun);
        ps.setInt(3, periode);
        ps.setString(4, tampilan);
        ps.setString(5, sasaranKode);
        List<SasaranFigure> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new SasaranFigure(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getBigDecimal(5),
                rs.getString(6), rs.getBigDecimal(7), rs.getInt(8), rs.getInt(9), getInt(rs, 10), rs.getString(11),
                getLong(rs, 12), getLong(rs, 13), rs.getString(14), rs.getBigDecimal(15), rs.getString(16),
                rs.getBigDecimal(17), getTime(rs, 18)));
            kecamatanOut.add(rs.getString(19));
          }
        }
        return out;
      }
    });
  }

  /** Kecamatan of a kabupaten with at least one indicator whose s.d.-triwulan capaian is below the threshold. */
  public List<String> kecamatanWithIndicatorBelow(String kabupatenKode, int tahun, int periode, String tampilan,
      BigDecimal threshold) {
    return jdbc.call(c -> {
      try (PreparedStatement ps = c.prepareStatement("""
          select kecamatan_kode from fig_rincian
          where kabupaten_kode = ? and tahun = ? and periode = ? and tampilan = ? and capaian_kumulatif_min < ?
          order by kecamatan_kode""")) {
        ps.setString(1, kabupatenKode);
        ps.setInt(2, tahun);
        ps.setInt(3, periode);
        ps.setString(4, tampilan);
        ps.setBigDecimal(5, threshold);
        List<String> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1));
          }
        }
        return out;
      }
    });
  }

  public List<AnggaranFigure> anggaran(String kecamatanKode, int tahun, String tampilan) {
    List<AnggaranFigure> out = new ArrayList<>();
    rincian(kecamatanKode, tahun, tampilan, "anggaran", doc -> out.addAll(FigureDocs.read(doc, AnggaranFigure.class)));
    out.sort(Comparator.comparingInt(AnggaranFigure::urutan).thenComparingInt(AnggaranFigure::periode));
    return out;
  }

  /** When the kecamatan-year was recalculated: [as_of, recalculated_at], or nulls. */
  public Instant[] recalc(String kecamatanKode, int tahun) {
    return jdbc.call(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "select as_of, recalculated_at from fig_recalc where kecamatan_kode = ? and tahun = ?")) {
        ps.setString(1, kecamatanKode);
        ps.setInt(2, tahun);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? new Instant[] { getTime(rs, 1), getTime(rs, 2) } : new Instant[] { null, null };
        }
      }
    });
  }

  // ---- data versions (conditional GETs) -----------------------------------------------------------------------

  /**
   * The version of everything a kecamatan-year answer in one view shows, for its ETag: the plan version and kabupaten,
   * the kecamatan's name, the kabupaten's overall mode, the figure digest of each periode of the view (fig_digest:
   * every figure row, as-of included), the as-of and recalculation time; with {@code previousYears} > 0 (the LKjIP
   * tables compare with earlier years) also the digest of the year figures of that many years before. Last-Modified
   * is the newest event time among them. Empty without a plan (the answer is a 404).
   */
  public java.util.Optional<DataVersion> kecamatanTahunVersion(String kecamatanKode, int tahun, String tampilan,
      int previousYears) {
    return jdbc.call(c -> {
      DataVersion.Builder v = DataVersion.builder();
      try (PreparedStatement ps = c.prepareStatement("""
          select r.plan_versi, r.kabupaten_kode, r.occurred_at, k.nama, k.occurred_at, kb.overall_mode, kb.occurred_at,
            fr.as_of, fr.recalculated_at
          from rencana_copy r
          left join kecamatan_copy k on k.kode = r.kecamatan_kode
          left join kabupaten_copy kb on kb.kode = r.kabupaten_kode
          left join fig_recalc fr on fr.kecamatan_kode = r.kecamatan_kode and fr.tahun = r.tahun
          where r.kecamatan_kode = ? and r.tahun = ?""")) {
        ps.setString(1, kecamatanKode);
        ps.setInt(2, tahun);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return java.util.Optional.<DataVersion>empty();
          }
          v.add("planVersi", rs.getInt(1)).add("kabupaten", rs.getString(2)).changedAt(getTime(rs, 3))
              .add("kecamatanNama", rs.getString(4)).changedAt(getTime(rs, 5))
              .add("overallMode", rs.getString(6)).changedAt(getTime(rs, 7))
              .add("asOf", getTime(rs, 8)).changedAt(getTime(rs, 8)).add("recalculatedAt", getTime(rs, 9));
        }
      }
      try (PreparedStatement ps = c.prepareStatement("""
          select d.tahun, d.periode, d.digest, fr.as_of from fig_digest d
          left join fig_recalc fr on fr.kecamatan_kode = d.kecamatan_kode and fr.tahun = d.tahun
          where d.kecamatan_kode = ? and d.tampilan = ? and (d.tahun = ? or (d.tahun >= ? and d.tahun < ? and d.periode = 0))
          order by d.tahun, d.periode""")) {
        ps.setString(1, kecamatanKode);
        ps.setString(2, tampilan);
        ps.setInt(3, tahun);
        ps.setInt(4, tahun - previousYears);
        ps.setInt(5, tahun);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            v.add("digest." + rs.getInt(1) + "." + rs.getInt(2), rs.getString(3)).changedAt(getTime(rs, 4));
          }
        }
      }
      return java.util.Optional.of(v.build());
    });
  }

  /**
   * The figure digests of one periode and view of every kecamatan-year of a kabupaten and year (the consolidated
   * view: a group digest covers the summary row and the sasaran and indicator rows its filters read), and the newest
   * event time among those figures, the kabupaten's kecamatan and plans.
   */
  public DataVersion kabupatenVersion(String kabupatenKode, int tahun, int periode, String tampilan,
      DataVersion.Builder v) {
    return jdbc.call(c -> {
      try (PreparedStatement ps = c.prepareStatement("""
          select d.kecamatan_kode, d.digest from fig_digest d
          join rencana_copy r on r.kecamatan_kode = d.kecamatan_kode and r.tahun = d.tahun
          where r.kabupaten_kode = ? and d.tahun = ? and d.periode = ? and d.tampilan = ?
          order by d.kecamatan_kode""")) {
        ps.setString(1, kabupatenKode);
        ps.setInt(2, tahun);
        ps.setInt(3, periode);
        ps.setString(4, tampilan);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            v.add("digest." + rs.getString(1), rs.getString(2));
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement("""
          select (select max(as_of) from fig_kecamatan
                   where kabupaten_kode = ? and tahun = ? and periode = ? and tampilan = ?),
                 (select max(occurred_at) from kecamatan_copy where kabupaten_kode = ?),
                 (select max(occurred_at) from rencana_copy where kabupaten_kode = ? and tahun = ?)""")) {
        ps.setString(1, kabupatenKode);
        ps.setInt(2, tahun);
        ps.setInt(3, periode);
        ps.setString(4, tampilan);
        ps.setString(5, kabupatenKode);
        ps.setString(6, kabupatenKode);
        ps.setInt(7, tahun);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          v.changedAt(getTime(rs, 1)).changedAt(getTime(rs, 2)).changedAt(getTime(rs, 3));
        }
      }
      return v.build();
    });
  }

  // ---- rebuild ------------------------------------------------------------------------------------------------

  /** Empties every projection table (inputs and figures); runs in the rebuild's transaction. */
  public void truncateAll() {
    jdbc.run(c -> {
      try (Statement s = c.createStatement()) {
        s.executeUpdate("truncate table " + String.join(", ", TABLES));
      }
      return null;
    });
  }

  /**
   * A canonical text dump of every projection table, rows in key order, every column except the wall-clock
   * {@code recalculated_at}: two dumps are byte-identical exactly when the projections are.
   */
  public String dump() {
    return jdbc.call(c -> {
      StringBuilder out = new StringBuilder();
      for (int t = 0; t < TABLES.size(); t++) {
        String table = TABLES.get(t);
        out.append("## ").append(table).append('\n');
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("select * from " + table + " order by " + ORDER.get(t))) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            for (int i = 1; i <= md.getColumnCount(); i++) {
              if ("recalculated_at".equals(md.getColumnName(i))) {
                continue;
              }
              Object v = rs.getObject(i);
              out.append(md.getColumnName(i)).append('=')
                  .append(v instanceof BigDecimal b ? b.toPlainString()
                      : v instanceof Timestamp ts ? ts.toInstant().toString() : String.valueOf(v))
                  .append('|');
            }
            out.append('\n');
          }
        }
      }
      return out.toString();
    });
  }

  // ---- helpers ------------------------------------------------------------------------------------------------

  static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setInt(i, v);
    }
  }

  static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, v);
    }
  }

  static void setTime(PreparedStatement ps, int i, Instant v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      ps.setTimestamp(i, Timestamp.from(v));
    }
  }

  static Integer getInt(ResultSet rs, int i) throws SQLException {
    int v = rs.getInt(i);
    return rs.wasNull() ? null : v;
  }

  static Long getLong(ResultSet rs, int i) throws SQLException {
    long v = rs.getLong(i);
    return rs.wasNull() ? null : v;
  }

  static Instant getTime(ResultSet rs, int i) throws SQLException {
    Timestamp t = rs.getTimestamp(i);
    return t == null ? null : t.toInstant();
  }
}

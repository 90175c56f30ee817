package id.kinerja.reporting.service;

import static id.kinerja.reporting.service.FigureGroups.group;
import static id.kinerja.reporting.service.FigureGroups.periodeOf;
import static id.kinerja.reporting.service.FigureGroups.tampilanOf;
import static id.kinerja.common.jdbc.Jdbc.instant;
import static id.kinerja.common.jdbc.Jdbc.setInstant;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.kinerja.common.jdbc.Jdbc;
import id.kinerja.reporting.domain.calc.KabupatenTotals;
import id.kinerja.reporting.domain.figures.AnggaranFigure;
import id.kinerja.reporting.domain.figures.IndikatorFigure;
import id.kinerja.reporting.domain.figures.KecamatanFigure;
import id.kinerja.reporting.domain.figures.KecamatanTahunFigures;
import id.kinerja.reporting.domain.figures.SasaranFigure;

/**
 * The stored figures: replaced per kecamatan-year by the recalculation, read by the API in single queries. The
 * (view, periode) groups and their digests are {@link FigureGroups}'; the columns of each figure table
 * {@link FigureRows}'.
 */
@ApplicationScoped
public class FigureStore {

  /** Projection tables a rebuild truncates, inputs and figures. */
  public static final List<String> TABLES = List.of("kabupaten_copy", "kecamatan_copy", "rencana_copy", "skala_copy",
      "jadwal_copy", "realisasi_indikator", "realisasi_anggaran", "rpjmd_copy", "tautan_copy", "fig_rincian", "fig_sasaran", "fig_kecamatan", "fig_kabupaten", "fig_recalc", "fig_digest");

  /** Ordering keys of each table, for a canonical dump. */
  private static final List<String> ORDER = List.of("kode", "kode", "kecamatan_kode, tahun",
      "kabupaten_kode, tahun, tujuan", "kabupaten_kode, tahun, triwulan",
      "kecamatan_kode, tahun, indikator_kode, triwulan, versi", "kecamatan_kode, tahun, anggaran_kode, triwulan, versi",
      "kabupaten_kode, kode", "kecamatan_kode, renstra_kode", "kecamatan_kode, tahun, tampilan, periode", "kecamatan_kode, tahun, tampilan, sasaran_kode, periode",
      "kabupaten_kode, tahun, periode, tampilan, kecamatan_kode",
      "tahun, periode, tampilan, kabupaten_kode", "kecamatan_kode, tahun", "kecamatan_kode, tahun, tampilan, periode");

  @Inject
  Jdbc jdbc;

  // ---- writes -------------------------------------------------------------------------------------------------

  /** The tables holding a kecamatan-year's figures by (view, periode) group. */
  private static final List<String> GROUP_TABLES = List.of("fig_rincian", "fig_sasaran", "fig_kecamatan");

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
      FigureGroups.Changes changes = FigureGroups.changes(views, stored, fromTriwulan);
      List<KecamatanFigure> before = summariesReplaced(c, kecamatanKode, tahun, stored.isEmpty(), changes.clear());
      deleteGroups(c, kecamatanKode, tahun, stored.isEmpty(), changes.clear());
      insertDigests(c, kecamatanKode, tahun, changes);
      insertRincian(c, kecamatanKode, tahun, changes);
      insertSasaran(c, kecamatanKode, tahun, views, changes.write());
      List<KecamatanFigure> after = insertKecamatan(c, views, changes.write());
      if (changes.none() && !stored.isEmpty()) {
        // Nothing changed (the digests say so, and as_of is part of them): the figures were not recalculated in any
        // way a reader could see, so their recalculation time stays, and with it the answers' ETags.
        return new SummaryChange(before, after, null);
      }
      markRecalculated(c, kecamatanKode, tahun, asOf, recalculatedAt);
      // Every group's digest now: those kept as stored (not compared) and those computed.
      Map<String, String> digests = new java.util.TreeMap<>(stored);
      digests.keySet().removeAll(changes.clear());
      digests.putAll(changes.digests());
      return new SummaryChange(before, after, digests);
    });
  }

  /**
   * The kecamatan summaries a replacement (or removal) took away and those it stored: the difference the kabupaten
   * aggregates are updated by. Both empty when nothing a reader can see changed. {@code digests}: the digest of every
   * (view, periode) group the kecamatan-year has after a replacement that wrote or removed something (the live
   * figures compare them with the last announcement); null when nothing was written, and after a removal.
   */
  public record SummaryChange(List<KecamatanFigure> before, List<KecamatanFigure> after, Map<String, String> digests) {
  }

  private static Map<String, String> storedDigests(Connection c, String kecamatanKode, int tahun) throws SQLException {
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

  /** The stored summaries of the groups cleared; with no digests stored (first figures), every stored summary. */
  private static List<KecamatanFigure> summariesReplaced(Connection c, String kecamatanKode, int tahun,
      boolean firstFigures, Set<String> clear) throws SQLException {
    List<KecamatanFigure> before = new ArrayList<>();
    if (firstFigures || !clear.isEmpty()) {
      for (KecamatanFigure f : summaries(c, kecamatanKode, tahun)) {
        if (firstFigures || clear.contains(group(f.tampilan(), f.periode()))) {
          before.add(f);
        }
      }
    }
    return before;
  }

  /**
   * Deletes the rows of the groups cleared. With no digests stored (first figures, or figures stored before digests
   * existed), whatever is there goes.
   */
  private static void deleteGroups(Connection c, String kecamatanKode, int tahun, boolean firstFigures,
      Set<String> clear) throws SQLException {
    if (firstFigures) {
      deleteKecamatanTahun(c, kecamatanKode, tahun, GROUP_TABLES);
      return;
    }
    if (clear.isEmpty()) {
      return;
    }
    for (String t : List.of("fig_rincian", "fig_sasaran", "fig_kecamatan", "fig_digest")) {
      try (PreparedStatement ps = c.prepareStatement("delete from " + t
          + " where kecamatan_kode = ? and tahun = ? and tampilan = ? and periode = ?")) {
        for (String group : clear) {
          bindGroup(ps, kecamatanKode, tahun, group);
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
  }

  private static void deleteKecamatanTahun(Connection c, String kecamatanKode, int tahun, List<String> tables)
      throws SQLException {
    for (String t : tables) {
      try (PreparedStatement ps = c.prepareStatement("delete from " + t + " where kecamatan_kode = ? and tahun = ?")) {
        ps.setString(1, kecamatanKode);
        ps.setInt(2, tahun);
        ps.executeUpdate();
      }
    }
  }

  /** Sets parameters 1 to 4 to the kecamatan-year and the group's view and periode; returns the next index. */
  private static int bindGroup(PreparedStatement ps, String kecamatanKode, int tahun, String group)
      throws SQLException {
    ps.setString(1, kecamatanKode);
    ps.setInt(2, tahun);
    ps.setString(3, tampilanOf(group));
    ps.setInt(4, periodeOf(group));
    return 5;
  }

  private static void insertDigests(Connection c, String kecamatanKode, int tahun, FigureGroups.Changes changes)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("insert into fig_digest (kecamatan_kode, tahun, tampilan, periode,"
        + " digest) values (?, ?, ?, ?, ?) on conflict (kecamatan_kode, tahun, tampilan, periode)"
        + " do update set digest = excluded.digest")) {
      for (String group : changes.write()) {
        int i = bindGroup(ps, kecamatanKode, tahun, group);
        ps.setString(i, changes.digests().get(group));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void insertRincian(Connection c, String kecamatanKode, int tahun, FigureGroups.Changes changes)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("""
        insert into fig_rincian (kecamatan_kode, tahun, tampilan, periode, kabupaten_kode, capaian_kumulatif_min,
          indikator, anggaran) values (?, ?, ?, ?, ?, ?, ?, ?)
        on conflict (kecamatan_kode, tahun, tampilan, periode) do update set kabupaten_kode = excluded.kabupaten_kode,
          capaian_kumulatif_min = excluded.capaian_kumulatif_min, indikator = excluded.indikator,
          anggaran = excluded.anggaran""")) {
      for (String group : changes.write()) {
        FigureGroups.Rincian r = changes.rincian().get(group);
        int i = bindGroup(ps, kecamatanKode, tahun, group);
        ps.setString(i++, r.kabupatenKode());
        ps.setBigDecimal(i++, r.capaianKumulatifMin());
        ps.setString(i++, r.indikator());
        ps.setString(i, r.anggaran());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void insertSasaran(Connection c, String kecamatanKode, int tahun, List<KecamatanTahunFigures> views,
      Set<String> write) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(FigureRows.INSERT_SASARAN)) {
      for (KecamatanTahunFigures v : views) {
        for (SasaranFigure f : v.sasaran()) {
          if (write.contains(group(v.tampilan(), f.periode()))) {
            FigureRows.bindSasaran(ps, kecamatanKode, tahun, v.tampilan(), f);
            ps.addBatch();
          }
        }
      }
      ps.executeBatch();
    }
  }

  /** Inserts the summaries of the groups written; returns them. */
  private static List<KecamatanFigure> insertKecamatan(Connection c, List<KecamatanTahunFigures> views,
      Set<String> write) throws SQLException {
    List<KecamatanFigure> after = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(FigureRows.INSERT_KECAMATAN)) {
      for (KecamatanTahunFigures v : views) {
        for (KecamatanFigure f : v.kecamatan()) {
          if (write.contains(group(v.tampilan(), f.periode()))) {
            FigureRows.bindKecamatan(ps, f);
            ps.addBatch();
            after.add(f);
          }
        }
      }
      ps.executeBatch();
    }
    return after;
  }

  private static void markRecalculated(Connection c, String kecamatanKode, int tahun, Instant asOf,
      Instant recalculatedAt) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("""
        insert into fig_recalc (kecamatan_kode, tahun, as_of, recalculated_at) values (?, ?, ?, ?)
        on conflict (kecamatan_kode, tahun) do update set as_of = excluded.as_of, recalculated_at = excluded.recalculated_at""")) {
      ps.setString(1, kecamatanKode);
      ps.setInt(2, tahun);
      setInstant(ps, 3, asOf);
      ps.setTimestamp(4, Timestamp.from(recalculatedAt));
      ps.executeUpdate();
    }
  }

  /** Removes the figures of a kecamatan-year that has no plan (nothing to compute against). */
  public SummaryChange remove(String kecamatanKode, int tahun) {
    return jdbc.call(c -> {
      List<KecamatanFigure> before = summaries(c, kecamatanKode, tahun);
      deleteKecamatanTahun(c, kecamatanKode, tahun,
          List.of("fig_rincian", "fig_sasaran", "fig_kecamatan", "fig_recalc", "fig_digest"));
      return new SummaryChange(before, List.of(), null);
    });
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
      Jdbc.update(c, "delete from fig_kabupaten where kabupaten_kode = ? and tahun = ?",
          Jdbc.params(kabupatenKode, tahun));
      try (PreparedStatement ps = c.prepareStatement(FigureRows.INSERT_KABUPATEN)) {
        for (StoredKabupaten s : rows) {
          FigureRows.bindKabupaten(ps, s);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      return null;
    });
  }

  // ---- reads --------------------------------------------------------------------------------------------------

  /** The running totals of a kabupaten-year's stored aggregate rows (none before its first aggregate). */
  public List<StoredKabupaten> kabupatenStored(String kabupatenKode, int tahun) {
    return jdbc.list(FigureRows.SELECT_KABUPATEN + " where kabupaten_kode = ? and tahun = ? order by periode, tampilan",
        Jdbc.params(kabupatenKode, tahun), FigureRows::kabupaten);
  }

  /** The latest as-of among the kecamatan summaries of one kabupaten-year, periode and view (null without any). */
  public Instant latestAsOf(String kabupatenKode, int tahun, int periode, String tampilan) {
    return jdbc.one("select max(as_of) from fig_kecamatan"
        + " where kabupaten_kode = ? and tahun = ? and periode = ? and tampilan = ?",
        Jdbc.params(kabupatenKode, tahun, periode, tampilan), rs -> instant(rs, 1)).orElse(null);
  }

  /** Years for which a kabupaten has kecamatan summaries. */
  public List<Integer> tahunOf(String kabupatenKode) {
    return jdbc.list("select distinct tahun from rencana_copy where kabupaten_kode = ? order by tahun",
        Jdbc.params(kabupatenKode), rs -> rs.getInt(1));
  }

  /** The summary rows of every kecamatan of a kabupaten for a year, periode and view (the consolidated view). */
  public List<KecamatanFigure> kecamatanSummaries(String kabupatenKode, int tahun, int periode, String tampilan) {
    return jdbc.list(FigureRows.SELECT_KECAMATAN
        + " where kabupaten_kode = ? and tahun = ? and periode = ? and tampilan = ? order by kecamatan_kode",
        Jdbc.params(kabupatenKode, tahun, periode, tampilan), FigureRows::kecamatan);
  }

  /** Every summary row of one kabupaten and year (all periodes and views), for its aggregate. */
  public List<KecamatanFigure> kecamatanSummaries(String kabupatenKode, int tahun) {
    return jdbc.list(FigureRows.SELECT_KECAMATAN
        + " where kabupaten_kode = ? and tahun = ? order by periode, tampilan, kecamatan_kode",
        Jdbc.params(kabupatenKode, tahun), FigureRows::kecamatan);
  }

  public List<KecamatanFigure> kecamatanSummary(String kecamatanKode, int tahun, String tampilan) {
    return jdbc.list(FigureRows.SELECT_KECAMATAN
        + " where kecamatan_kode = ? and tahun = ? and tampilan = ? order by periode",
        Jdbc.params(kecamatanKode, tahun, tampilan), FigureRows::kecamatan);
  }

  /** Every summary row of one kecamatan-year (both views, every periode), on the caller's connection. */
  private static List<KecamatanFigure> summaries(Connection c, String kecamatanKode, int tahun) throws SQLException {
    return Jdbc.list(c, FigureRows.SELECT_KECAMATAN + " where kecamatan_kode = ? and tahun = ?",
        Jdbc.params(kecamatanKode, tahun), FigureRows::kecamatan);
  }

  public List<KabupatenRow> kabupatenRows(int tahun, int periode, String tampilan) {
    return jdbc.list(FigureRows.SELECT_KABUPATEN
        + " where tahun = ? and periode = ? and tampilan = ? order by kabupaten_kode",
        Jdbc.params(tahun, periode, tampilan), FigureRows::kabupaten).stream().map(StoredKabupaten::row).toList();
  }

  public List<IndikatorFigure> indikator(String kecamatanKode, int tahun, String tampilan) {
    return rincian(kecamatanKode, tahun, tampilan, "indikator", IndikatorFigure.class,
        Comparator.comparingInt(IndikatorFigure::urutan).thenComparingInt(IndikatorFigure::periode));
  }

  public List<AnggaranFigure> anggaran(String kecamatanKode, int tahun, String tampilan) {
    return rincian(kecamatanKode, tahun, tampilan, "anggaran", AnggaranFigure.class,
        Comparator.comparingInt(AnggaranFigure::urutan).thenComparingInt(AnggaranFigure::periode));
  }

  /**
   * The figures in the documents of one column of the kecamatan-year's rincian in a view (every periode), in the
   * order given.
   */
  private <T extends Record> List<T> rincian(String kecamatanKode, int tahun, String tampilan, String column,
      Class<T> type, Comparator<T> order) {
    List<T> out = new ArrayList<>();
    for (String doc : jdbc.list("select " + column
        + " from fig_rincian where kecamatan_kode = ? and tahun = ? and tampilan = ? order by periode",
        Jdbc.params(kecamatanKode, tahun, tampilan), rs -> rs.getString(1))) {
      out.addAll(FigureDocs.read(doc, type));
    }
    out.sort(order);
    return out;
  }

  public List<SasaranFigure> sasaran(String kecamatanKode, int tahun, String tampilan) {
    return jdbc.list("select " + FigureRows.SASARAN_COLUMNS + " from fig_sasaran s"
        + " where s.kecamatan_kode = ? and s.tahun = ? and s.tampilan = ? order by s.urutan, s.periode",
        Jdbc.params(kecamatanKode, tahun, tampilan), FigureRows::sasaran);
  }

  /** Sasaran figures of every kecamatan of a kabupaten for one sasaran kode (consolidated view filter). */
  public List<SasaranFigure> sasaranOfKabupaten(String kabupatenKode, int tahun, int periode, String tampilan,
      String sasaranKode, List<String> kecamatanOut) {
    return jdbc.list("select " + FigureRows.SASARAN_COLUMNS + """
        , s.kecamatan_kode
        from fig_sasaran s join rencana_copy r on r.kecamatan_kode = s.kecamatan_kode and r.tahun = s.tahun
        where r.kabupaten_kode = ? and s.tahun = ? and s.periode = ? and s.tampilan = ? and s.sasaran_kode = ?
        order by s.kecamatan_kode""", Jdbc.params(kabupatenKode, tahun, periode, tampilan, sasaranKode), rs -> {
          SasaranFigure f = FigureRows.sasaran(rs);
          kecamatanOut.add(rs.getString(20));
          return f;
        });
  }

  /** Kecamatan of a kabupaten with at least one indicator whose s.d.-triwulan capaian is below the threshold. */
  public List<String> kecamatanWithIndicatorBelow(String kabupatenKode, int tahun, int periode, String tampilan,
      BigDecimal threshold) {
    return jdbc.list("""
        select kecamatan_kode from fig_rincian
        where kabupaten_kode = ? and tahun = ? and periode = ? and tampilan = ? and capaian_kumulatif_min < ?
        order by kecamatan_kode""", Jdbc.params(kabupatenKode, tahun, periode, tampilan, threshold),
        rs -> rs.getString(1));
  }

  /** When the kecamatan-year was recalculated: [as_of, recalculated_at], or nulls. */
  public Instant[] recalc(String kecamatanKode, int tahun) {
    return jdbc.one("select as_of, recalculated_at from fig_recalc where kecamatan_kode = ? and tahun = ?",
        Jdbc.params(kecamatanKode, tahun), rs -> new Instant[] { instant(rs, 1), instant(rs, 2) })
        .orElseGet(() -> new Instant[] { null, null });
  }

  // ---- data versions (conditional GETs) -----------------------------------------------------------------------

  /**
   * The version of everything a kecamatan-year answer in one view shows, for its ETag: the plan version and kabupaten,
   * the kecamatan's name, the kabupaten's overall mode, the figure digest of each periode of the view (fig_digest:
   * every figure row, as-of included), the as-of and recalculation time; with {@code previousYears} > 0 (the LKjIP
   * tables compare with earlier years) also the digest of the year figures of that many years before. Last-Modified
   * is the newest event time among them. Empty without a plan (the answer is a 404).
   */
  public Optional<DataVersion> kecamatanTahunVersion(String kecamatanKode, int tahun, String tampilan,
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
        Jdbc.params(kecamatanKode, tahun).bind(ps);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.<DataVersion>empty();
          }
          v.add("planVersi", rs.getInt(1)).add("kabupaten", rs.getString(2)).changedAt(instant(rs, 3))
              .add("kecamatanNama", rs.getString(4)).changedAt(instant(rs, 5))
              .add("overallMode", rs.getString(6)).changedAt(instant(rs, 7))
              .add("asOf", instant(rs, 8)).changedAt(instant(rs, 8)).add("recalculatedAt", instant(rs, 9));
        }
      }
      try (PreparedStatement ps = c.prepareStatement("""
          select d.tahun, d.periode, d.digest, fr.as_of from fig_digest d
          left join fig_recalc fr on fr.kecamatan_kode = d.kecamatan_kode and fr.tahun = d.tahun
          where d.kecamatan_kode = ? and d.tampilan = ? and (d.tahun = ? or (d.tahun >= ? and d.tahun < ? and d.periode = 0))
          order by d.tahun, d.periode""")) {
        Jdbc.params(kecamatanKode, tampilan, tahun, tahun - previousYears, tahun).bind(ps);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            v.add("digest." + rs.getInt(1) + "." + rs.getInt(2), rs.getString(3)).changedAt(instant(rs, 4));
          }
        }
      }
      return Optional.of(v.build());
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
        Jdbc.params(kabupatenKode, tahun, periode, tampilan).bind(ps);
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
        Jdbc.params(kabupatenKode, tahun, periode, tampilan, kabupatenKode, kabupatenKode, tahun).bind(ps);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          v.changedAt(instant(rs, 1)).changedAt(instant(rs, 2)).changedAt(instant(rs, 3));
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
}

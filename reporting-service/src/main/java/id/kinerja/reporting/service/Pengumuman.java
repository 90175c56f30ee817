package id.kinerja.reporting.service;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.kinerja.common.jdbc.Jdbc;
import id.kinerja.common.time.KabupatenZones;
import id.kinerja.common.time.ZonaWaktu;
import id.kinerja.reporting.domain.figures.KecamatanFigure;
import id.kinerja.reporting.domain.figures.KecamatanTahunFigures;

/**
 * The announcements of the live figures (docs/reporting.md "Live figures (SSE)"), decided inside the consumer
 * transaction that recalculated: a kecamatan-year whose stored figures differ from what was last announced of it
 * ({@code angka_diumumkan}, which a rebuild keeps) is announced — logged in {@code pengumuman_angka} for the streams and
 * fired as {@link AngkaBerubah}. What is compared is the digest of every (view, periode) group, so the announcement's
 * JSON is only built when a figure a reader sees changed.
 */
@ApplicationScoped
public class Pengumuman {

  @Inject
  Jdbc jdbc;

  @Inject
  KabupatenLocks locks;

  @Inject
  KabupatenZones zones;

  @Inject
  Event<AngkaBerubah> berubah;

  /**
   * The last announcement of a kecamatan-year ({@code ada}: there is one): its group digests (text), as-of and
   * summaries (JSON text); and whether a rebuild is in progress.
   */
  private record Diumumkan(boolean ada, String digests, Instant asOf, String angka, boolean rebuild) {

    static final Diumumkan NONE = new Diumumkan(false, null, null, null, false);
  }

  /**
   * After a replacement of a kecamatan-year's figures ({@code digests}: every (view, periode) digest it has now):
   * what to announce — empty when the figures are those last announced, or while a rebuild replays the topics (it
   * passes through older states of the figures, which are not news; {@link #afterRebuild} announces what differs once
   * it has caught up). Records the new state as announced.
   */
  Optional<PengumumanAngka.Isi> replaced(String kabupatenKode, String kecamatanKode, int tahun,
      Map<String, String> digests, List<KecamatanTahunFigures> views, Instant pada) {
    Diumumkan last = last(kecamatanKode, tahun);
    if (last.rebuild() || last.ada() && PengumumanAngka.groupDigestsText(digests).equals(last.digests())) {
      return Optional.empty();
    }
    Instant asOf = null;
    List<KecamatanFigure> summaries = new ArrayList<>();
    for (KecamatanTahunFigures v : views) {
      summaries.addAll(v.kecamatan());
      if (asOf == null || v.asOf() != null && v.asOf().isAfter(asOf)) {
        asOf = v.asOf();
      }
    }
    return Optional.of(announce(kabupatenKode, kecamatanKode, tahun, digests, summaries, asOf, pada, last));
  }

  /** The announcement of a kecamatan-year's figures as they are now, against its last one; recorded as announced. */
  private PengumumanAngka.Isi announce(String kabupatenKode, String kecamatanKode, int tahun,
      Map<String, String> digests, List<KecamatanFigure> summaries, Instant asOf, Instant pada, Diumumkan last) {
    ArrayNode ringkasan = PengumumanAngka.ringkasan(summaries, zone(kabupatenKode));
    JsonNode lama = last.angka() == null ? null : PengumumanAngka.read(last.angka());
    Map<String, String> lamaDigests = last.ada() ? PengumumanAngka.groupDigests(last.digests()) : null;
    PengumumanAngka.Isi isi = new PengumumanAngka.Isi(kabupatenKode, kecamatanKode, tahun, pada, asOf, false,
        PengumumanAngka.kelompok(lamaDigests, digests), PengumumanAngka.perubahan(lama, ringkasan), ringkasan);
    remember(kabupatenKode, kecamatanKode, tahun, PengumumanAngka.groupDigestsText(digests), asOf,
        PengumumanAngka.write(ringkasan));
    return isi;
  }

  /** After the figures of a kecamatan-year were removed: the removal, when figures of it had been announced. */
  Optional<PengumumanAngka.Isi> removed(String kabupatenKode, String kecamatanKode, int tahun, Instant pada) {
    Diumumkan last = last(kecamatanKode, tahun);
    if (last.rebuild() || !last.ada() || "".equals(last.digests())) {
      return Optional.empty();
    }
    return Optional.of(removal(kabupatenKode, kecamatanKode, tahun, pada, last));
  }

  private PengumumanAngka.Isi removal(String kabupatenKode, String kecamatanKode, int tahun, Instant pada,
      Diumumkan last) {
    JsonNode lama = last.angka() == null ? null : PengumumanAngka.read(last.angka());
    ArrayNode none = PengumumanAngka.JSON.createArrayNode();
    PengumumanAngka.Isi isi = new PengumumanAngka.Isi(kabupatenKode, kecamatanKode, tahun, pada, null, true,
        PengumumanAngka.kelompok(PengumumanAngka.groupDigests(last.digests()), Map.of()),
        PengumumanAngka.perubahan(lama, none), none);
    remember(kabupatenKode, kecamatanKode, tahun, "", last.asOf(), "[]");
    return isi;
  }

  // ---- rebuilds -----------------------------------------------------------------------------------------------

  /** A rebuild starts (in its transaction): the recalculations of its replay announce nothing. */
  public void rebuildStarted() {
    jdbc.update("insert into pengumuman_rebuild (satu, sejak) values (true, ?) on conflict (satu) do update set"
        + " sejak = excluded.sejak", Jdbc.params(Instant.now()));
  }

  public boolean rebuildRunning() {
    return jdbc.one("select 1 from pengumuman_rebuild", Jdbc.NONE, rs -> true).orElse(false);
  }

  /**
   * The rebuild has caught up: announces every kecamatan-year whose figures differ from what was last announced of
   * it (a rule change, or a change that arrived during the rebuild), and the removal of those that have no figures
   * any more; nothing when the rebuild reproduced the figures. One instance does it (the marker is deleted here).
   * Returns how many were announced, or -1 when there was no rebuild to finish.
   */
  public int afterRebuild(Instant pada, FigureStore figures) {
    if (jdbc.update("delete from pengumuman_rebuild", Jdbc.NONE) == 0) {
      return -1;
    }
    record KecTahun(String kecamatanKode, int tahun) {
    }
    Map<KecTahun, Map<String, String>> digests = new java.util.TreeMap<>(
        java.util.Comparator.comparing(KecTahun::kecamatanKode).thenComparingInt(KecTahun::tahun));
    Map<KecTahun, String> kabupaten = new java.util.HashMap<>();
    Map<KecTahun, Instant> asOf = new java.util.HashMap<>();
    jdbc.each("""
        select d.kecamatan_kode, d.tahun, d.tampilan, d.periode, d.digest, r.kabupaten_kode, fr.as_of from fig_digest d
        join rencana_copy r on r.kecamatan_kode = d.kecamatan_kode and r.tahun = d.tahun
        left join fig_recalc fr on fr.kecamatan_kode = d.kecamatan_kode and fr.tahun = d.tahun""", Jdbc.NONE, rs -> {
          KecTahun kt = new KecTahun(rs.getString(1), rs.getInt(2));
          digests.computeIfAbsent(kt, k -> new java.util.HashMap<>())
              .put(FigureGroups.group(rs.getString(3), rs.getInt(4)), rs.getString(5));
          kabupaten.put(kt, rs.getString(6));
          asOf.put(kt, Jdbc.instant(rs, 7));
        });
    Map<KecTahun, String[]> announced = new java.util.HashMap<>();
    jdbc.each("select kecamatan_kode, tahun, kabupaten_kode, digests from angka_diumumkan", Jdbc.NONE,
        rs -> announced.put(new KecTahun(rs.getString(1), rs.getInt(2)), new String[] { rs.getString(3), rs.getString(4) }));
    List<PengumumanAngka.Isi> out = new ArrayList<>();
    for (Map.Entry<KecTahun, Map<String, String>> e : digests.entrySet()) {
      KecTahun kt = e.getKey();
      String[] a = announced.get(kt);
      if (a != null && PengumumanAngka.groupDigestsText(e.getValue()).equals(a[1])) {
        continue;
      }
      List<KecamatanFigure> summaries = new ArrayList<>();
      for (String t : List.of("OFFICIAL", "PROVISIONAL")) {
        summaries.addAll(figures.kecamatanSummary(kt.kecamatanKode(), kt.tahun(), t));
      }
      out.add(announce(kabupaten.get(kt), kt.kecamatanKode(), kt.tahun(), e.getValue(), summaries, asOf.get(kt), pada,
          last(kt.kecamatanKode(), kt.tahun())));
    }
    for (Map.Entry<KecTahun, String[]> e : announced.entrySet()) {
      if (!digests.containsKey(e.getKey()) && !"".equals(e.getValue()[1])) {
        out.add(removal(e.getValue()[0], e.getKey().kecamatanKode(), e.getKey().tahun(), pada,
            last(e.getKey().kecamatanKode(), e.getKey().tahun())));
      }
    }
    publish(out);
    return out.size();
  }

  /**
   * Logs the announcements of one consumer transaction and fires them as {@link AngkaBerubah}, in order. Their ids
   * are taken under {@link KabupatenLocks#announcements()}, held until the transaction commits.
   */
  void publish(List<PengumumanAngka.Isi> announcements) {
    if (announcements.isEmpty()) {
      return;
    }
    locks.announcements();
    List<Long> ids = jdbc.list("select nextval('pengumuman_angka_id_seq') from generate_series(1, ?)",
        Jdbc.params(announcements.size()), rs -> rs.getLong(1));
    List<AngkaBerubah> fired = new ArrayList<>();
    jdbc.run(c -> {
      try (PreparedStatement ps = c.prepareStatement("insert into pengumuman_angka (id, kabupaten_kode, kecamatan_kode,"
          + " tahun, pada, isi) values (?, ?, ?, ?, ?, ?)")) {
        for (int i = 0; i < announcements.size(); i++) {
          PengumumanAngka.Isi a = announcements.get(i);
          long id = ids.get(i);
          ObjectNode json = a.json(id, zone(a.kabupatenKode()));
          ps.setLong(1, id);
          ps.setString(2, a.kabupatenKode());
          ps.setString(3, a.kecamatanKode());
          ps.setInt(4, a.tahun());
          Jdbc.setInstant(ps, 5, a.pada());
          ps.setString(6, PengumumanAngka.write(json));
          ps.addBatch();
          fired.add(new AngkaBerubah(id, a.kabupatenKode(), a.kecamatanKode(), a.tahun(), a.pada(), json));
        }
        ps.executeBatch();
      }
      return null;
    });
    fired.forEach(berubah::fire);
  }

  /** The last announcement of a kecamatan-year, and whether a rebuild is in progress: one round trip. */
  private Diumumkan last(String kecamatanKode, int tahun) {
    return jdbc.one("""
        select a.kecamatan_kode is not null, a.digests, a.as_of, a.angka, exists (select 1 from pengumuman_rebuild)
        from (select 1) x left join angka_diumumkan a on a.kecamatan_kode = ? and a.tahun = ?""",
        Jdbc.params(kecamatanKode, tahun), rs -> new Diumumkan(rs.getBoolean(1), rs.getString(2), Jdbc.instant(rs, 3),
            rs.getString(4), rs.getBoolean(5))).orElse(Diumumkan.NONE);
  }

  private void remember(String kabupatenKode, String kecamatanKode, int tahun, String digests, Instant asOf,
      String angka) {
    jdbc.run(c -> {
      try (PreparedStatement ps = c.prepareStatement("""
          insert into angka_diumumkan (kecamatan_kode, tahun, kabupaten_kode, digests, as_of, angka)
          values (?, ?, ?, ?, ?, ?) on conflict (kecamatan_kode, tahun) do update set
            kabupaten_kode = excluded.kabupaten_kode, digests = excluded.digests, as_of = excluded.as_of,
            angka = excluded.angka""")) {
        ps.setString(1, kecamatanKode);
        ps.setInt(2, tahun);
        ps.setString(3, kabupatenKode);
        ps.setString(4, digests);
        Jdbc.setInstant(ps, 5, asOf);
        ps.setString(6, angka);
        ps.executeUpdate();
      }
      return null;
    });
  }

  private ZoneId zone(String kabupatenKode) {
    return zones.zonaWaktu(kabupatenKode).orElse(ZonaWaktu.WIB).zone();
  }

  // ---- the log, as the live streams read it -------------------------------------------------------------------

  /** One logged announcement: its id, where it belongs, and its JSON as served. */
  public record Logged(long id, String kabupatenKode, String kecamatanKode, String isi) {
  }

  /**
   * The announcements after {@code afterId} in id order, at most {@code limit}; of one kabupaten (and kecamatan) when
   * given, else of every kabupaten (the instance's poller).
   */
  public List<Logged> after(long afterId, String kabupatenKode, String kecamatanKode, int limit) {
    StringBuilder sql = new StringBuilder(
        "select id, kabupaten_kode, kecamatan_kode, isi from pengumuman_angka where id > ?");
    List<Object> params = new ArrayList<>(List.of(afterId));
    if (kabupatenKode != null) {
      sql.append(" and kabupaten_kode = ?");
      params.add(kabupatenKode);
    }
    if (kecamatanKode != null) {
      sql.append(" and kecamatan_kode = ?");
      params.add(kecamatanKode);
    }
    sql.append(" order by id limit ?");
    params.add(limit);
    return jdbc.list(sql.toString(), Jdbc.params(params.toArray()),
        rs -> new Logged(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
  }

  /** The newest announcement id there is (0 before the first), and the highest one the retention deleted (0: none). */
  public record Posisi(long terakhir, long terhapusSampai) {
  }

  public Posisi posisi() {
    return jdbc.call(c -> {
      try (PreparedStatement ps = c.prepareStatement("""
          select (select coalesce(max(id), 0) from pengumuman_angka),
                 (select coalesce(max(sampai_id), 0) from pengumuman_angka_terhapus)""");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        long deleted = rs.getLong(2);
        return new Posisi(Math.max(rs.getLong(1), deleted), deleted);
      }
    });
  }

  /** Deletes the announcements older than {@code before}; remembers the highest id deleted. Returns how many. */
  public int deleteBefore(Instant before) {
    return jdbc.call(c -> {
      long max = 0;
      int n = 0;
      try (PreparedStatement ps = c.prepareStatement("delete from pengumuman_angka where pada < ? returning id")) {
        Jdbc.setInstant(ps, 1, before);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            max = Math.max(max, rs.getLong(1));
            n++;
          }
        }
      }
      if (n > 0) {
        Jdbc.update(c, """
            insert into pengumuman_angka_terhapus (satu, sampai_id) values (true, ?)
            on conflict (satu) do update set sampai_id = greatest(pengumuman_angka_terhapus.sampai_id, excluded.sampai_id)""",
            Jdbc.params(max));
      }
      return n;
    });
  }
}

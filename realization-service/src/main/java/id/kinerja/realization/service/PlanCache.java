package id.kinerja.realization.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.type.TypeReference;

import id.kinerja.common.jdbc.Jdbc;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.realization.config.RealizationConfig;
import id.kinerja.realization.domain.AnggaranDef;
import id.kinerja.realization.domain.IndikatorDef;
import id.kinerja.realization.domain.Target;
import id.kinerja.realization.domain.Jadwal;
import id.kinerja.realization.domain.Plan;

/**
 * The plan copies and jadwal in memory, so that the write path validates without a query. The consumer invalidates
 * an entry after the transaction that changed its copy commits; a time limit bounds staleness when another instance
 * of the service consumed the change. A load that raced with an invalidation is not kept.
 */
@ApplicationScoped
public class PlanCache {

  private record PlanKey(String kecamatanKode, int tahun) {
  }

  private record JadwalKey(String kabupatenKode, int tahun, int triwulan) {
  }

  private record Entry<T>(Optional<T> value, long loadedAt) {
  }

  @Inject
  Jdbc jdbc;

  @Inject
  RealizationConfig config;

  private final Map<PlanKey, Entry<Plan>> plans = new ConcurrentHashMap<>();
  private final Map<JadwalKey, Entry<Jadwal>> jadwal = new ConcurrentHashMap<>();
  private final AtomicLong epoch = new AtomicLong();

  public Optional<Plan> plan(String kecamatanKode, int tahun) {
    return get(plans, new PlanKey(kecamatanKode, tahun), () -> loadPlan(kecamatanKode, tahun));
  }

  public Optional<Jadwal> jadwal(String kabupatenKode, int tahun, int triwulan) {
    return get(jadwal, new JadwalKey(kabupatenKode, tahun, triwulan), () -> loadJadwal(kabupatenKode, tahun, triwulan));
  }

  public void invalidatePlan(String kecamatanKode, int tahun) {
    epoch.incrementAndGet();
    plans.remove(new PlanKey(kecamatanKode, tahun));
  }

  public void invalidateJadwal(String kabupatenKode, int tahun, int triwulan) {
    epoch.incrementAndGet();
    jadwal.remove(new JadwalKey(kabupatenKode, tahun, triwulan));
  }

  private <K, T> Optional<T> get(Map<K, Entry<T>> map, K key, Supplier<Optional<T>> loader) {
    long now = System.nanoTime();
    Entry<T> e = map.get(key);
    if (e != null && now - e.loadedAt() < config.planCache().ttl().toNanos()) {
      return e.value();
    }
    long before = epoch.get();
    Optional<T> loaded = loader.get();
    if (epoch.get() == before) {
      if (map.size() >= config.planCache().maxEntries()) {
        evict(map, now);
      }
      map.put(key, new Entry<>(loaded, now));
    }
    return loaded;
  }

  /**
   * Bounds the memory (kinerja.realization.plan-cache.max-entries): a national deployment has 7,300 kecamatan-years
   * per year. Expired entries go first; if the map is still full, an arbitrary tenth (a miss only costs a reload).
   */
  private <K, T> void evict(Map<K, Entry<T>> map, long now) {
    long ttl = config.planCache().ttl().toNanos();
    int max = config.planCache().maxEntries();
    map.entrySet().removeIf(e -> now - e.getValue().loadedAt() >= ttl);
    if (map.size() >= max) {
      int drop = Math.max(1, max / 10);
      var it = map.keySet().iterator();
      while (drop-- > 0 && it.hasNext()) {
        it.next();
        it.remove();
      }
    }
  }

  private Optional<Plan> loadPlan(String kecamatanKode, int tahun) {
    Jdbc.Params key = ps -> {
      ps.setString(1, kecamatanKode);
      ps.setInt(2, tahun);
    };
    record Rencana(String kabupatenKode, int planVersi) {
    }
    return jdbc.one("select kabupaten_kode, plan_versi from rencana_copy where kecamatan_kode = ? and tahun = ?", key,
        rs -> new Rencana(rs.getString(1), rs.getInt(2))).map(r -> new Plan(r.kabupatenKode(), kecamatanKode, tahun,
            r.planVersi(),
            byKode(jdbc.list("select * from indikator_copy where kecamatan_kode = ? and tahun = ? order by urutan", key,
                PlanCache::indikator), IndikatorDef::kode),
            byKode(jdbc.list("select * from anggaran_copy where kecamatan_kode = ? and tahun = ? order by urutan", key,
                PlanCache::anggaran), AnggaranDef::kode)));
  }

  private static IndikatorDef indikator(ResultSet rs) throws SQLException {
    Set<Integer> due = new LinkedHashSet<>();
    for (Object o : (Object[]) rs.getArray("due_triwulan").getArray()) {
      due.add(((Number) o).intValue());
    }
    return new IndikatorDef(rs.getString("kode"), rs.getString("nama"), rs.getString("satuan"),
        rs.getString("target_type"), rs.getString("aggregation"), rs.getString("komponen_pembilang"),
        rs.getString("komponen_penyebut"), rs.getInt("presisi"), Collections.unmodifiableSet(due),
        rs.getBoolean("evidence_required"), rs.getBoolean("boleh_negatif"), rs.getString("anggaran_kode"),
        rs.getInt("urutan"), target(rs.getString("target_tahun")), targetTriwulan(rs.getString("target_triwulan")));
  }

  private static AnggaranDef anggaran(ResultSet rs) throws SQLException {
    return new AnggaranDef(rs.getString("kode"), rs.getString("nama"), rs.getString("level"),
        rs.getString("parent_kode"), rs.getLong("pagu"), rs.getBoolean("punya_anak"), rs.getInt("urutan"),
        paguTriwulan(rs.getArray("pagu_triwulan")));
  }

  private static Target target(String json) throws SQLException {
    try {
      return json == null ? null : CanonicalJson.MAPPER.readValue(json, Target.class);
    } catch (java.io.IOException e) {
      throw new SQLException("unreadable target " + json, e);
    }
  }

  private static Map<Integer, Target> targetTriwulan(String json) throws SQLException {
    Map<Integer, Target> m = new java.util.TreeMap<>();
    if (json != null) {
      try {
        for (com.fasterxml.jackson.databind.JsonNode n : CanonicalJson.MAPPER.readTree(json)) {
          m.put(n.path("triwulan").asInt(), CanonicalJson.MAPPER.treeToValue(n.path("target"), Target.class));
        }
      } catch (java.io.IOException e) {
        throw new SQLException("unreadable targetTriwulan " + json, e);
      }
    }
    return Collections.unmodifiableMap(m);
  }

  private static List<Long> paguTriwulan(java.sql.Array a) throws SQLException {
    if (a == null) {
      return List.of();
    }
    List<Long> out = new java.util.ArrayList<>();
    for (Object o : (Object[]) a.getArray()) {
      out.add(o == null ? null : ((Number) o).longValue());
    }
    return Collections.unmodifiableList(out);
  }

  /** In plan order, keyed by kode. */
  private static <T> Map<String, T> byKode(List<T> defs, Function<T, String> kode) {
    Map<String, T> m = new LinkedHashMap<>();
    defs.forEach(d -> m.put(kode.apply(d), d));
    return Collections.unmodifiableMap(m);
  }

  private Optional<Jadwal> loadJadwal(String kabupatenKode, int tahun, int triwulan) {
    return jdbc.one("select * from jadwal_copy where kabupaten_kode = ? and tahun = ? and triwulan = ?", ps -> {
      ps.setString(1, kabupatenKode);
      ps.setInt(2, tahun);
      ps.setInt(3, triwulan);
    }, rs -> new Jadwal(kabupatenKode, tahun, triwulan, rs.getInt("versi"), Jdbc.instant(rs, "input_dibuka"),
        Jdbc.instant(rs, "input_ditutup"), Jdbc.instant(rs, "verifikasi_ditutup"),
        perpanjangan(rs.getString("perpanjangan"), kabupatenKode, tahun, triwulan)));
  }

  static List<Jadwal.Perpanjangan> perpanjangan(String json, String kabupatenKode, int tahun, int triwulan) {
    try {
      return List.copyOf(CanonicalJson.MAPPER.readValue(json, new TypeReference<List<Jadwal.Perpanjangan>>() {
      }));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("unreadable perpanjangan of jadwal " + kabupatenKode + " " + tahun + " TW " + triwulan, e);
    }
  }
}

package id.kinerja.realization.service;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.type.TypeReference;

import id.kinerja.common.json.CanonicalJson;
import id.kinerja.realization.config.RealizationConfig;
import id.kinerja.realization.domain.AnggaranDef;
import id.kinerja.realization.domain.IndikatorDef;
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
  DataSource dataSource;

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
    try (Connection c = dataSource.getConnection()) {
      String kabupaten;
      int planVersi;
      try (PreparedStatement ps = c.prepareStatement(
          "select kabupaten_kode, plan_versi from rencana_copy where kecamatan_kode = ? and tahun = ?")) {
        ps.setString(1, kecamatanKode);
        ps.setInt(2, tahun);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          kabupaten = rs.getString(1);
          planVersi = rs.getInt(2);
        }
      }
      Map<String, IndikatorDef> indikator = new LinkedHashMap<>();
      try (PreparedStatement ps = c.prepareStatement("select * from indikator_copy where kecamatan_kode = ? and tahun = ?"
          + " order by urutan")) {
        ps.setString(1, kecamatanKode);
        ps.setInt(2, tahun);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Set<Integer> due = new LinkedHashSet<>();
            Array a = rs.getArray("due_triwulan");
            for (Object o : (Object[]) a.getArray()) {
              due.add(((Number) o).intValue());
            }
            IndikatorDef d = new IndikatorDef(rs.getString("kode"), rs.getString("nama"), rs.getString("satuan"),
                rs.getString("target_type"), rs.getString("aggregation"), rs.getString("komponen_pembilang"),
                rs.getString("komponen_penyebut"), rs.getInt("presisi"), Collections.unmodifiableSet(due),
                rs.getBoolean("evidence_required"), rs.getBoolean("boleh_negatif"), rs.getString("anggaran_kode"),
                rs.getInt("urutan"));
            indikator.put(d.kode(), d);
          }
        }
      }
      Map<String, AnggaranDef> anggaran = new LinkedHashMap<>();
      try (PreparedStatement ps = c.prepareStatement("select * from anggaran_copy where kecamatan_kode = ? and tahun = ?"
          + " order by urutan")) {
        ps.setString(1, kecamatanKode);
        ps.setInt(2, tahun);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            AnggaranDef d = new AnggaranDef(rs.getString("kode"), rs.getString("nama"), rs.getString("level"),
                rs.getString("parent_kode"), rs.getLong("pagu"), rs.getBoolean("punya_anak"), rs.getInt("urutan"));
            anggaran.put(d.kode(), d);
          }
        }
      }
      return Optional.of(new Plan(kabupaten, kecamatanKode, tahun, planVersi, Collections.unmodifiableMap(indikator),
          Collections.unmodifiableMap(anggaran)));
    } catch (SQLException e) {
      throw Jdbc.fail(e);
    }
  }

  private Optional<Jadwal> loadJadwal(String kabupatenKode, int tahun, int triwulan) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select * from jadwal_copy where kabupaten_kode = ? and tahun = ?"
            + " and triwulan = ?")) {
      ps.setString(1, kabupatenKode);
      ps.setInt(2, tahun);
      ps.setInt(3, triwulan);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        List<Jadwal.Perpanjangan> perpanjangan = CanonicalJson.MAPPER.readValue(rs.getString("perpanjangan"),
            new TypeReference<List<Jadwal.Perpanjangan>>() {
            });
        return Optional.of(new Jadwal(kabupatenKode, tahun, triwulan, rs.getInt("versi"),
            Jdbc.instant(rs, "input_dibuka"), Jdbc.instant(rs, "input_ditutup"), Jdbc.instant(rs, "verifikasi_ditutup"),
            List.copyOf(perpanjangan)));
      }
    } catch (SQLException e) {
      throw Jdbc.fail(e);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("unreadable perpanjangan of jadwal " + kabupatenKode + " " + tahun + " TW " + triwulan, e);
    }
  }
}

package id.kinerja.reporting.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import id.kinerja.domain.predikat.Band;
import id.kinerja.domain.predikat.Skala;
import id.kinerja.reporting.domain.Narasi;
import id.kinerja.reporting.domain.RealisasiVersi;
import id.kinerja.reporting.domain.plan.Anggaran;
import id.kinerja.reporting.domain.plan.Belanja;
import id.kinerja.reporting.domain.plan.Indikator;
import id.kinerja.reporting.domain.plan.Rencana;
import id.kinerja.reporting.domain.plan.Sasaran;
import id.kinerja.reporting.domain.plan.Target;

/**
 * Random kecamatan-years for property tests: plans mixing every aggregation, polarity, target form (number, range,
 * text, zero, fractional), triwulan target mode, cap and due triwulan, sasaran with and without weights and one the
 * plan does not list, budgets of up to three levels with pagu 0, parents whose pagu differs from their children and a
 * line whose parent is unknown; settings and scales; and realisasi versions in every workflow status, with
 * corrections, not-applicable cells, components (penyebut 0 too), text with a manual capaian, late entries, older
 * event times, cells on parent lines and cells of codes the plan does not have. Deterministic for a seed.
 */
final class RandomKecamatanTahun {

  static final String KAB = "11.01";
  static final String KEC = "11.01.01";
  static final int TAHUN = 2024;
  static final String[] STATUS = { "DRAFT", "SUBMITTED", "VERIFIED", "APPROVED", "RETURNED" };

  final SplittableRandom r;
  Rencana rencana;
  Instant planAt = Instant.parse("2024-01-10T00:00:00Z");
  ProjectionStore.KabupatenSettings kabupaten;
  ProjectionStore.StoredScale scale;
  /** The read copies as the database holds them: one row per (code, TW, versi), its highest revisi. */
  final Map<String, RealisasiVersi> indikator = new LinkedHashMap<>();
  final Map<String, RealisasiVersi> anggaran = new LinkedHashMap<>();
  Instant clock = Instant.parse("2024-03-01T00:00:00Z");
  int planVersi = 1;
  int konfigurasiVersi = 1;
  int skalaVersi = 1;

  RandomKecamatanTahun(long seed) {
    this.r = new SplittableRandom(seed);
    this.rencana = plan();
    this.kabupaten = settings();
    this.scale = r.nextInt(5) == 0 ? null : scale();
  }

  FigureCalculator.Inputs inputs() {
    return new FigureCalculator.Inputs(rencana, planAt, kabupaten, scale, List.copyOf(indikator.values()),
        List.copyOf(anggaran.values()));
  }

  private <T> T pick(List<T> xs) {
    return xs.get(r.nextInt(xs.size()));
  }

  private BigDecimal value() {
    return switch (r.nextInt(9)) {
      case 0 -> BigDecimal.ZERO;
      case 1 -> new BigDecimal("0.02");
      case 2 -> BigDecimal.valueOf(r.nextInt(2000), 1);
      case 3 -> BigDecimal.valueOf(r.nextInt(100));
      case 4 -> new BigDecimal("12.50");
      case 5 -> BigDecimal.valueOf(-r.nextInt(5));
      case 6 -> new BigDecimal("1E+2");
      default -> BigDecimal.valueOf(r.nextInt(100_000), 3);
    };
  }

  private Target target() {
    return switch (r.nextInt(8)) {
      case 0 -> new Target(BigDecimal.ZERO, null, null, null);
      case 1 -> new Target(null, BigDecimal.valueOf(3), BigDecimal.valueOf(5), null);
      case 2 -> new Target(new BigDecimal("0.02"), null, null, null);
      case 3 -> new Target(new BigDecimal("12.5"), null, null, null);
      default -> new Target(BigDecimal.valueOf(1 + r.nextInt(120)), null, null, null);
    };
  }

  Rencana plan() {
    List<Sasaran> sasaran = new ArrayList<>();
    int ns = 1 + r.nextInt(4);
    boolean weights = r.nextBoolean();
    for (int s = 1; s <= ns; s++) {
      BigDecimal bobot = weights && r.nextInt(3) > 0 ? pick(List.of(BigDecimal.ONE, new BigDecimal("0.5"),
          BigDecimal.valueOf(2), BigDecimal.valueOf(3))) : null;
      sasaran.add(new Sasaran("S" + s, "Sasaran " + s, "T1", "STRATEGIS", bobot));
    }
    List<Indikator> indikator = new ArrayList<>();
    int ni = 2 + r.nextInt(8);
    for (int i = 1; i <= ni; i++) {
      String aggregation = pick(List.of("SUM", "LAST", "AVERAGE", "RATIO_OF_SUMS", "MAX", "MIN"));
      boolean text = r.nextInt(10) == 0;
      Target target = text ? new Target(null, null, null, "Terlaksana") : target();
      if (text) {
        aggregation = "LAST";
      }
      String twMode = target.isRange() || text ? "NONE" : pick(List.of("NONE", "PER_PERIOD", "CUMULATIVE"));
      List<Indikator.TargetTriwulan> tw = new ArrayList<>();
      if (!twMode.equals("NONE")) {
        for (int t = 1; t <= 4; t++) {
          if (r.nextInt(4) > 0) {
            tw.add(new Indikator.TargetTriwulan(t, new Target(BigDecimal.valueOf(5 + r.nextInt(60) * t), null, null,
                null)));
          }
        }
      }
      List<Integer> due = new ArrayList<>();
      for (int t = 1; t <= 4; t++) {
        if (r.nextInt(4) > 0) {
          due.add(t);
        }
      }
      if (due.isEmpty()) {
        due.add(4);
      }
      String sas = r.nextInt(12) == 0 ? "SX" : "S" + (1 + r.nextInt(ns));
      indikator.add(new Indikator("I" + i, "Indikator " + i, "%", sas, "SASARAN", null, r.nextBoolean(),
          r.nextInt(3) == 0 ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER",
          r.nextBoolean() ? "TWO_T_MINUS_R" : r.nextBoolean() ? "T_OVER_R" : null,
          text ? "TEXT" : target.isRange() ? "RANGE" : "NUMBER", aggregation, twMode,
          r.nextBoolean() ? "NOT_COMPUTABLE" : "ZERO_REALISASI_IS_100", 2,
          r.nextInt(4) == 0 ? BigDecimal.valueOf(110) : null,
          aggregation.equals("RATIO_OF_SUMS") || r.nextInt(5) == 0 ? new Indikator.Komponen("p", "q") : null, false, due,
          target, tw, null,
          r.nextBoolean() && !text ? new Indikator.TargetAkhir(TAHUN + 2, target()) : null, List.of()));
    }
    List<Anggaran> anggaran = new ArrayList<>();
    int np = r.nextInt(4);
    for (int p = 1; p <= np; p++) {
      String program = "7.01.0" + p;
      int at = anggaran.size();
      anggaran.add(null);
      long sum = 0;
      int nk = r.nextInt(3);
      for (int k = 1; k <= nk; k++) {
        String kegiatan = program + ".2.0" + k;
        int kat = anggaran.size();
        anggaran.add(null);
        long ksum = 0;
        int nsub = r.nextInt(4);
        for (int s = 1; s <= nsub; s++) {
          long pagu = r.nextInt(6) == 0 ? 0 : 1_000_000L * (1 + r.nextInt(50));
          ksum += pagu;
          anggaran.add(new Anggaran(kegiatan + ".000" + s, "Sub", "SUB_KEGIATAN", kegiatan, pagu, null,
              r.nextInt(4) == 0 ? "S" + (1 + r.nextInt(ns)) : null, null, null));
        }
        if (nsub == 0) {
          ksum = 1_000_000L * r.nextInt(9);
        }
        anggaran.set(kat, new Anggaran(kegiatan, "Kegiatan", "KEGIATAN", program, r.nextInt(5) == 0 ? ksum + 1 : ksum,
            null, r.nextInt(3) == 0 ? "S" + (1 + r.nextInt(ns)) : null, null, null));
        sum += ksum;
      }
      anggaran.set(at, new Anggaran(program, "Program", "PROGRAM", null, sum, null,
          r.nextBoolean() ? "S" + (1 + r.nextInt(ns)) : null, null, null));
    }
    if (r.nextInt(4) == 0) {
      anggaran.add(new Anggaran("7.09.01.2.01.0001", "Yatim", "SUB_KEGIATAN", "7.09.01", 2_000_000L, null, null, null,
          null));
    }
    // Now and then a budget by jenis belanja beside the program tree (§2.12), one line with pagu 0.
    List<Belanja> belanja = new ArrayList<>();
    if (r.nextInt(3) == 0) {
      belanja.add(new Belanja("5.1.01", "Pegawai", 1_000_000L + r.nextInt(9_000_000), null));
      belanja.add(new Belanja("5.1.02", "Barang dan Jasa", r.nextInt(3) == 0 ? 0L : 5_000_000L, null));
    }
    return new Rencana(KAB, KEC, TAHUN, planVersi, new Rencana.Renstra("R", "R", TAHUN - 1, TAHUN + 2),
        List.of(new Rencana.Tujuan("T1", "T")), sasaran, indikator, anggaran, belanja, List.of());
  }

  ProjectionStore.KabupatenSettings settings() {
    return new ProjectionStore.KabupatenSettings(KAB, "Kab", r.nextBoolean() ? "TWO_T_MINUS_R" : "T_OVER_R",
        r.nextBoolean() ? "IKU" : "SASARAN", r.nextInt(3) == 0 ? BigDecimal.valueOf(100 + r.nextInt(30)) : null,
        r.nextBoolean(), konfigurasiVersi, Instant.parse("2024-01-01T00:00:00Z").plusSeconds(konfigurasiVersi));
  }

  ProjectionStore.StoredScale scale() {
    int shift = r.nextInt(10);
    return new ProjectionStore.StoredScale("KINERJA", skalaVersi, "Skala", Skala.of(List.of(
        new Band(null, false, BigDecimal.valueOf(55 + shift), false, 1, "Kurang", null),
        new Band(BigDecimal.valueOf(55 + shift), true, BigDecimal.valueOf(70 + shift), false, 2, "Cukup", null),
        new Band(BigDecimal.valueOf(70 + shift), true, BigDecimal.valueOf(85 + shift), true, 3, "Berhasil", null),
        new Band(BigDecimal.valueOf(85 + shift), false, null, false, 4, "Sangat Berhasil", null)),
        Skala.Domain.ALL), Instant.parse("2024-01-02T00:00:00Z").plusSeconds(skalaVersi));
  }

  /** Codes a realisasi may name: mostly the plan's, now and then one it does not have. */
  String indikatorKode() {
    if (r.nextInt(25) == 0 || rencana.indikator().isEmpty()) {
      return "I-GONE";
    }
    return pick(rencana.indikator()).kode();
  }

  String anggaranKode() {
    if (r.nextInt(25) == 0 || rencana.anggaran().isEmpty()) {
      return "9.99.99";
    }
    if (!rencana.belanja().isEmpty() && r.nextInt(4) == 0) {
      return pick(rencana.belanja()).kode();
    }
    return pick(rencana.anggaran()).kode();
  }

  private Instant nextTime() {
    // mostly forward; now and then an event that is older than the newest seen
    clock = clock.plusSeconds(60 + r.nextInt(3600));
    return r.nextInt(8) == 0 ? clock.minusSeconds(86_400L * r.nextInt(30)) : clock;
  }

  /**
   * A narrative that differs between versions and revisi of a cell, some fields absent; drawn without the random
   * source, so the values and times drawn stay what they were before narratives existed.
   */
  private static Narasi narasi(int tw, int versi, int revisi) {
    int k = tw + 3 * versi + 7 * revisi;
    return Narasi.of(k % 3 == 0 ? null : "pendukung " + k, k % 4 == 0 ? null : "penghambat " + k,
        k % 5 == 0 ? null : "tindak lanjut " + k);
  }

  private static String key(String kode, int tw, int versi) {
    return kode + "|" + tw + "|" + versi;
  }

  /** One random realisasi event for an indicator cell, applied as the read copy applies it; the row if it changed. */
  RealisasiVersi indikatorEvent(String kode, int tw) {
    Indikator def = rencana.indikator().stream().filter(i -> i.kode().equals(kode)).findFirst().orElse(null);
    int versi = 1 + r.nextInt(3);
    RealisasiVersi old = indikator.get(key(kode, tw, versi));
    int revisi = old == null ? 1 + r.nextInt(2) : old.revisi() + (r.nextInt(10) == 0 ? 0 : 1);
    String status = STATUS[r.nextInt(STATUS.length)];
    String keadaan = r.nextInt(12) == 0 ? "NOT_APPLICABLE" : "REPORTED";
    BigDecimal nilai = null;
    BigDecimal pembilang = null;
    BigDecimal penyebut = null;
    String teks = null;
    BigDecimal manual = null;
    String justifikasi = null;
    if (keadaan.equals("REPORTED")) {
      if (def != null && "TEXT".equals(def.targetType()) && r.nextInt(4) > 0) {
        teks = "Selesai " + r.nextInt(5);
        if (r.nextBoolean()) {
          manual = BigDecimal.valueOf(50 + r.nextInt(70));
          justifikasi = "dinilai";
        }
      } else if (def != null && def.komponen() != null && r.nextInt(4) > 0) {
        pembilang = BigDecimal.valueOf(r.nextInt(20));
        penyebut = r.nextInt(6) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(1 + r.nextInt(20));
      } else {
        nilai = value();
      }
    }
    RealisasiVersi row = new RealisasiVersi(KEC, TAHUN, tw, kode, versi, revisi, status, keadaan, nilai, pembilang,
        penyebut, teks, manual, justifikasi, r.nextInt(6) == 0, false, nextTime(), narasi(tw, versi, revisi));
    if (old != null && old.revisi() >= revisi) {
      return null; // a stale revisi changes nothing
    }
    indikator.put(key(kode, tw, versi), row);
    return row;
  }

  /** One random realisasi event for a budget cell; the row if it changed. */
  RealisasiVersi anggaranEvent(String kode, int tw) {
    int versi = 1 + r.nextInt(2);
    RealisasiVersi old = anggaran.get(key(kode, tw, versi));
    int revisi = old == null ? 1 : old.revisi() + (r.nextInt(10) == 0 ? 0 : 1);
    long nilai = r.nextInt(8) == 0 ? 0 : 100_000L * r.nextInt(400);
    RealisasiVersi row = new RealisasiVersi(KEC, TAHUN, tw, kode, versi, revisi, STATUS[r.nextInt(STATUS.length)],
        "REPORTED", BigDecimal.valueOf(nilai), null, null, null, null, null, r.nextInt(6) == 0, false, nextTime(),
        Narasi.NONE);
    if (old != null && old.revisi() >= revisi) {
      return null;
    }
    anggaran.put(key(kode, tw, versi), row);
    return row;
  }

  /** A random state: {@code events} random realisasi events applied. */
  RandomKecamatanTahun fill(int events) {
    for (int i = 0; i < events; i++) {
      if (r.nextInt(3) == 0) {
        anggaranEvent(anggaranKode(), 1 + r.nextInt(4));
      } else {
        indikatorEvent(indikatorKode(), 1 + r.nextInt(4));
      }
    }
    return this;
  }

  void newSettings() {
    konfigurasiVersi++;
    kabupaten = settings();
  }

  void newScale() {
    skalaVersi++;
    scale = r.nextInt(6) == 0 ? null : scale();
  }

  /** A new plan version: targets, rules and budget may all change; realisasi stays. */
  void newPlan() {
    planVersi++;
    planAt = planAt.plusSeconds(3600);
    rencana = plan();
  }
}

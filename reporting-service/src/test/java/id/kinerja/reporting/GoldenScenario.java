package id.kinerja.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.events.Topics;

/**
 * A fixed set of events (fixed codes, fixed times, a year no other test uses) that exercises every kind of figure:
 * each aggregation, both polarities and negative formulas, range and text targets with a manual capaian, triwulan
 * targets per period and cumulative, zero targets, caps, not-applicable cells, corrections, returns, late entries,
 * realisasi for an unknown indicator and on a parent budget line, three budget levels with inherited and overridden
 * sasaran, a pagu of 0, realisasi above pagu, a parent whose planned pagu differs from its children, an unknown
 * parent, kabupaten settings and a scale that change midway, an IKU and a SASARAN (weighted) kabupaten, a kecamatan
 * without realisasi and one without a plan, and the year before (LKjIP comparison).
 */
final class GoldenScenario {

  static final int TAHUN = 2031;
  static final String KAB_IKU = "97.01";
  static final String KAB_SASARAN = "97.02";
  static final List<String> KECAMATAN = List.of("97.01.01", "97.01.02", "97.01.03", "97.01.04", "97.02.01", "97.02.02");
  /** Kecamatan with a plan (97.01.04 has none). */
  static final List<String> WITH_PLAN = List.of("97.01.01", "97.01.02", "97.01.03", "97.02.01", "97.02.02");

  private static final Instant T0 = Instant.parse("2031-01-05T02:00:00Z");

  private final List<EventEnvelope> sent = new ArrayList<>();

  List<EventEnvelope> sent() {
    return sent;
  }

  private EventEnvelope planning(String type, String key, Instant at, Map<String, Object> payload) {
    EventEnvelope e = Fixtures.planning(type, key, at, payload);
    sent.add(e);
    return e;
  }

  /** Sends every event of the scenario. */
  void sendAll() {
    kabupaten(KAB_IKU, "Uji Iku", "TWO_T_MINUS_R", "IKU", null, false, 1, T0);
    kabupaten(KAB_SASARAN, "Uji Sasaran", "T_OVER_R", "SASARAN", new BigDecimal("120"), true, 1, T0);
    skala(KAB_IKU, 1, T0);
    skala(KAB_SASARAN, 1, T0);
    String[] names = { "Satu", "Dua", "Tiga", "Tanpa Rencana", "Empat", "Lima" };
    for (int i = 0; i < KECAMATAN.size(); i++) {
      String kec = KECAMATAN.get(i);
      planning("planning.kecamatan.registered", kec, T0,
          Map.of("kabupatenKode", kec.substring(0, 5), "kode", kec, "nama", "Kecamatan " + names[i], "desa", List.of()));
    }
    // Realisasi before its plan is kept and counted once the plan comes.
    indikator("97.01.01", 1, "I-LAST", 1, 1, "APPROVED", v("71.5"), null, null, false, at(1, 1));
    for (String kec : WITH_PLAN) {
      rencana(kec, TAHUN, 1, T0.plusSeconds(60), !kec.equals("97.02.02"));
    }
    rencana("97.01.01", TAHUN - 1, 1, T0.minusSeconds(86_400L * 300), true);

    for (String kec : List.of("97.01.01", "97.01.02", "97.02.01", "97.02.02")) {
      int seed = Integer.parseInt(kec.substring(6)) + (kec.startsWith("97.02") ? 10 : 0);
      realisasi(kec, seed);
    }
    // The year before: year figures for the LKjIP comparison.
    for (int tw = 1; tw <= 4; tw++) {
      indikatorTahun("97.01.01", TAHUN - 1, tw, "I-LAST", 1, 1, "APPROVED", v("6" + tw + ".25"),
          Instant.parse("2030-12-20T02:00:00Z").plusSeconds(tw));
    }
    // Settings and scale change midway: every kecamatan-year of the kabupaten is recalculated.
    kabupaten(KAB_IKU, "Uji Iku", "T_OVER_R", "IKU", new BigDecimal("115"), false, 2, Instant.parse("2031-08-01T00:00:00Z"));
    skala(KAB_SASARAN, 2, Instant.parse("2031-08-02T00:00:00Z"));
    // A newer plan version of one kecamatan.
    rencana("97.01.02", TAHUN, 2, Instant.parse("2031-08-03T00:00:00Z"), true);
  }

  private static BigDecimal v(String s) {
    return new BigDecimal(s);
  }

  private static Instant at(int tw, int n) {
    return Instant.parse(String.format("2031-%02d-28T01:00:00Z", tw * 3)).plusSeconds(n * 60L);
  }

  private void realisasi(String kec, int seed) {
    int n = 0;
    for (int tw = 1; tw <= 4; tw++) {
      String s = Integer.toString(seed * 7 + tw);
      // LAST: approved; a correction in TW II (version 2 submitted, then approved in TW III)
      indikator(kec, tw, "I-LAST", 1, 1, tw % 2 == 0 ? "VERIFIED" : "APPROVED", v("7" + (seed % 10) + "." + tw + "5"), null,
          null, tw == 3, at(tw, ++n));
      if (tw == 2) {
        indikator(kec, tw, "I-LAST", 2, 2, "SUBMITTED", v("81.3" + seed), null, null, false, at(tw, ++n));
      }
      // SUM with cumulative triwulan targets; TW III returned and resubmitted as version 1 revisi 3
      indikator(kec, tw, "I-SUM", 1, 1, tw == 4 ? "SUBMITTED" : "APPROVED", v(Integer.toString(20 + seed + tw * 3)), null,
          null, false, at(tw, ++n));
      if (tw == 3) {
        indikator(kec, tw, "I-SUM", 1, 2, "RETURNED", v("1"), null, null, false, at(tw, ++n));
        indikator(kec, tw, "I-SUM", 1, 3, "VERIFIED", v(Integer.toString(22 + seed)), null, null, true, at(tw, ++n));
      }
      // AVERAGE, lower is better, range target
      if (tw != 2 || seed % 2 == 0) {
        indikator(kec, tw, "I-AVG", 1, 1, "VERIFIED", v("3." + s), null, null, false, at(tw, ++n));
      }
      // RATIO_OF_SUMS with components; TW IV penyebut 0
      indikator(kec, tw, "I-RATIO", 1, 1, "APPROVED", null, v(Integer.toString(seed + tw)), tw == 4 ? v("0") : v("12"),
          false, at(tw, ++n));
      // lower is better SUM, due TW II and IV only; TW II not applicable in one kecamatan
      if (tw == 2 || tw == 4) {
        if (tw == 2 && seed == 2) {
          notApplicable(kec, tw, "I-NEG", at(tw, ++n));
        } else {
          indikator(kec, tw, "I-NEG", 1, 1, "APPROVED", v(Integer.toString(seed % 3 + tw)), null, null, false, at(tw, ++n));
        }
      }
      // MAX with an indicator cap, due TW I and III; a value entered in TW II (not due) too
      if (tw != 4) {
        indikator(kec, tw, "I-MAX", 1, 1, "APPROVED", v(Integer.toString(40 + seed * 3 - tw)), null, null, false, at(tw, ++n));
      }
      // zero target, ZERO_REALISASI_IS_100
      if (tw <= 2) {
        indikator(kec, tw, "I-ZERO", 1, 1, "APPROVED", tw == 1 ? v("0") : v(seed % 2 == 0 ? "0" : "1"), null, null, false,
            at(tw, ++n));
      }
      // MIN, draft only in TW III (never counts)
      indikator(kec, tw, "I-MIN", 1, 1, tw == 3 ? "DRAFT" : "APPROVED", v(Integer.toString(10 + seed - tw)), null, null,
          false, at(tw, ++n));
      // Budget: leaves, a parent (ignored), an unknown line, over pagu, pagu 0
      anggaran(kec, tw, "7.01.01.2.01.0001", 1, 1, "APPROVED", 2_000_000L + seed * 100_000L + tw * 7_001L, false,
          at(tw, ++n));
      if (tw >= 2) {
        anggaran(kec, tw, "7.01.01.2.01.0002", 1, 1, "APPROVED", tw * 1_000L, false, at(tw, ++n));
      }
      anggaran(kec, tw, "7.01.01.2.02.0001", 1, 1, tw == 4 ? "SUBMITTED" : "VERIFIED", 6_000_000L + seed * 33_333L, tw == 2,
          at(tw, ++n));
      if (tw == 3) {
        anggaran(kec, tw, "7.01.01.2.02.0001", 2, 2, "APPROVED", 6_100_000L + seed, false, at(tw, ++n));
        anggaran(kec, tw, "7.01.01", 1, 1, "APPROVED", 123L, false, at(tw, ++n));
        anggaran(kec, tw, "9.99.99", 1, 1, "APPROVED", 5L, true, at(tw, ++n));
      }
      if (tw != 1 || seed % 2 == 1) {
        anggaran(kec, tw, "7.01.02.2.01.0001", 1, 1, "APPROVED", 1_500_000L * tw + seed, false, at(tw, ++n));
      }
      anggaran(kec, tw, "7.01.03.2.01.0001", 1, 1, "APPROVED", 9_000_000L, false, at(tw, ++n));
      anggaran(kec, tw, "7.09.01.2.01.0001", 1, 1, "APPROVED", 700_000L + tw, false, at(tw, ++n));
    }
    // TEXT target with a manual capaian, TW IV
    Map<String, Object> p = indikatorPayload(kec, TAHUN, 4, "I-TEXT", 1, 1, "APPROVED", null, null, null, false,
        at(4, ++n));
    p.put("teks", "Terlaksana sesuai rencana");
    p.put("capaianManual", Map.of("nilai", new BigDecimal("95.5"), "justifikasi", "dinilai tim"));
    send(kec, p, at(4, n));
    // An indicator the plan does not have.
    indikator(kec, 2, "I-GONE", 1, 1, "APPROVED", v("5"), null, null, true, at(2, 99));
  }

  private void kabupaten(String kab, String nama, String negative, String overall, BigDecimal cap, boolean floor,
      int versi, Instant at) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("kode", kab);
    p.put("nama", nama);
    p.put("negativeFormulaDefault", negative);
    p.put("overallMode", overall);
    p.put("capaianScoreCap", cap);
    p.put("floorNegativeAtZero", floor);
    p.put("konfigurasiVersi", versi);
    p.put("zonaWaktu", kab.equals(KAB_IKU) ? "WITA" : "WIB");
    planning("planning.kabupaten.configured", kab, at, p);
  }

  private void skala(String kab, int versi, Instant at) {
    List<Map<String, Object>> bands = new ArrayList<>();
    int shift = versi == 1 ? 0 : 5;
    bands.add(Fixtures.band(null, false, 55 + shift, false, 1, "Kurang"));
    bands.add(Fixtures.band(55 + shift, true, 70 + shift, false, 2, "Cukup"));
    bands.add(Fixtures.band(70 + shift, true, 85 + shift, true, 3, "Berhasil"));
    bands.add(Fixtures.band(85 + shift, false, null, false, 4, "Sangat Berhasil"));
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("kabupatenKode", kab);
    p.put("tahun", TAHUN);
    p.put("tujuan", "KINERJA");
    p.put("nama", "Skala uji");
    p.put("versi", versi);
    p.put("bands", bands);
    planning("planning.skala-predikat.published", kab, at, p);
  }

  private static Map<String, Object> ind(String kode, String sasaran, boolean iku, String polarity, String aggregation,
      List<Integer> due, Map<String, Object> target, Map<String, Object> extra) {
    Map<String, Object> i = Fixtures.indikator(kode, "Indikator " + kode, "%", sasaran, iku ? "SASARAN" : "INDIVIDU", iku,
        polarity, aggregation, due, "0", Map.of());
    i.put("targetType", target.containsKey("teks") ? "TEXT" : target.containsKey("min") ? "RANGE" : "NUMBER");
    i.put("target", target);
    i.putAll(extra);
    return i;
  }

  private static List<Map<String, Object>> twTargets(Object... values) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int tw = 1; tw <= values.length; tw++) {
      if (values[tw - 1] != null) {
        out.add(Map.of("triwulan", tw, "target", Map.of("nilai", values[tw - 1])));
      }
    }
    return out;
  }

  private void rencana(String kec, int tahun, int planVersi, Instant at, boolean rich) {
    List<Integer> all = List.of(1, 2, 3, 4);
    List<Map<String, Object>> indikator = new ArrayList<>();
    Map<String, Object> last = new HashMap<>();
    last.put("twTargetMode", "PER_PERIOD");
    last.put("targetTriwulan", twTargets(70, 75, null, 80));
    last.put("targetAkhir", Map.of("tahun", tahun + 2, "target", Map.of("nilai", 90)));
    last.put("riwayat", List.of(Map.of("tahun", tahun - 2, "realisasi", new BigDecimal("66.6"), "sumber", "LKjIP")));
    indikator.add(ind("I-LAST", "S1", true, "HIGHER_IS_BETTER", "LAST", all, Map.of("nilai", 80), last));
    indikator.add(ind("I-SUM", "S1", true, "HIGHER_IS_BETTER", "SUM", all,
        Map.of("nilai", planVersi == 1 ? 100 : 120), Map.of("twTargetMode", "CUMULATIVE",
            "targetTriwulan", twTargets(25, 50, 75, 110))));
    indikator.add(ind("I-AVG", "S2", true, "LOWER_IS_BETTER", "AVERAGE", all, Map.of("min", 3, "max", 5), Map.of()));
    if (rich) {
      indikator.add(ind("I-RATIO", "S2", false, "HIGHER_IS_BETTER", "RATIO_OF_SUMS", all, Map.of("nilai", 90),
          Map.of("komponen", Map.of("pembilang", "desa memenuhi", "penyebut", "desa"))));
      indikator.add(ind("I-NEG", "S2", true, "LOWER_IS_BETTER", "SUM", List.of(2, 4), Map.of("nilai", 4),
          Map.of("negativeFormula", "T_OVER_R")));
      indikator.add(ind("I-MAX", "S1", false, "HIGHER_IS_BETTER", "MAX", List.of(1, 3), Map.of("nilai", 50),
          Map.of("capaianScoreCap", new BigDecimal("110"))));
      indikator.add(ind("I-ZERO", "S3", false, "LOWER_IS_BETTER", "SUM", List.of(1, 2), Map.of("nilai", 0),
          Map.of("zeroTargetRule", "ZERO_REALISASI_IS_100")));
      indikator.add(ind("I-MIN", "S9", true, "HIGHER_IS_BETTER", "MIN", all, Map.of("nilai", 12), Map.of()));
      indikator.add(ind("I-TEXT", "S3", false, "HIGHER_IS_BETTER", "LAST", List.of(4),
          Map.of("teks", "Terlaksana"), Map.of()));
    }
    List<Map<String, Object>> anggaran = new ArrayList<>();
    anggaran.add(Fixtures.anggaran("7.01.01", "Program Satu", "PROGRAM", null, 38_000_000L, "S1"));
    anggaran.add(Fixtures.anggaran("7.01.01.2.01", "Kegiatan Satu", "KEGIATAN", "7.01.01", 10_000_000L, null));
    anggaran.add(Fixtures.anggaran("7.01.01.2.01.0001", "Sub Satu", "SUB_KEGIATAN", "7.01.01.2.01", 10_000_000L, null));
    anggaran.add(Fixtures.anggaran("7.01.01.2.01.0002", "Sub Nol", "SUB_KEGIATAN", "7.01.01.2.01", 0L, null));
    anggaran.add(Fixtures.anggaran("7.01.01.2.02", "Kegiatan Dua", "KEGIATAN", "7.01.01", 20_000_000L, "S2"));
    anggaran.add(Fixtures.anggaran("7.01.01.2.02.0001", "Sub Dua", "SUB_KEGIATAN", "7.01.01.2.02", 20_000_000L, null));
    anggaran.add(Fixtures.anggaran("7.01.02", "Program Dua", "PROGRAM", null, 5_000_000L, null));
    anggaran.add(Fixtures.anggaran("7.01.02.2.01.0001", "Sub Tiga", "SUB_KEGIATAN", "7.01.02", 5_000_000L,
        // (a sasaran with budget but no indicator breaks the LKjIP efisiensi row: a known gap, kept out of the scenario)
        rich ? "S3" : "S2"));
    if (rich) {
      anggaran.add(Fixtures.anggaran("7.01.03", "Program Tiga", "PROGRAM", null, 8_000_000L, null));
      anggaran.add(Fixtures.anggaran("7.01.03.2.01.0001", "Sub Empat", "SUB_KEGIATAN", "7.01.03", 9_500_000L, "S2"));
      anggaran.add(Fixtures.anggaran("7.09.01.2.01.0001", "Sub Yatim", "SUB_KEGIATAN", "7.09.01", 1_000_000L, null));
    }
    List<Map<String, Object>> sasaran = new ArrayList<>();
    sasaran.add(sasaran("S1", "Sasaran satu", kec.startsWith("97.02") ? new BigDecimal("2") : null));
    sasaran.add(sasaran("S2", "Sasaran dua", kec.startsWith("97.02") ? new BigDecimal("1") : null));
    sasaran.add(sasaran("S3", "Sasaran tiga", null));
    sasaran.add(sasaran("S4", "Sasaran tanpa indikator", null));
    Map<String, Object> pk = new LinkedHashMap<>();
    pk.put("id", "PK-" + kec);
    pk.put("versi", 1);
    pk.put("jenis", "AWAL");
    pk.put("status", "DITETAPKAN");
    pk.put("tanggal", tahun + "-01-15");
    pk.put("pihakPertama", Map.of("nama", "Camat", "jabatan", "Camat", "peran", "CAMAT"));
    pk.put("pihakKedua", Map.of("nama", "Bupati", "jabatan", "Bupati", "peran", "BUPATI"));
    pk.put("indikatorKode", List.of("I-LAST", "I-SUM"));
    pk.put("anggaranKode", List.of("7.01.01", "7.01.02"));
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("kabupatenKode", kec.substring(0, 5));
    p.put("kecamatanKode", kec);
    p.put("tahun", tahun);
    p.put("planVersi", planVersi);
    p.put("renstra", Map.of("kode", "RENSTRA-UJI", "periodeAwal", tahun - 1, "periodeAkhir", tahun + 2));
    p.put("tujuan", List.of(Map.of("kode", "T1", "uraian", "Tujuan")));
    p.put("sasaran", sasaran);
    p.put("indikator", indikator);
    p.put("anggaran", anggaran);
    p.put("perjanjianKinerja", List.of(pk));
    planning("planning.rencana-kinerja.published", kec, at, p);
  }

  private static Map<String, Object> sasaran(String kode, String uraian, BigDecimal bobot) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("kode", kode);
    s.put("uraian", uraian);
    s.put("level", "STRATEGIS");
    s.put("bobot", bobot);
    return s;
  }

  private static Map<String, Object> indikatorPayload(String kec, int tahun, int tw, String kode, int versi, int revisi,
      String status, BigDecimal nilai, BigDecimal pembilang, BigDecimal penyebut, boolean terlambat, Instant at) {
    return Fixtures.indikatorPayload(kec.substring(0, 5), kec, tahun, tw, kode, versi, revisi,
        status.equals("DRAFT") ? "CORRECTION_OPENED" : status, status, nilai, pembilang, penyebut, terlambat, at);
  }

  private void send(String kec, Map<String, Object> payload, Instant at) {
    sent.add(Fixtures.send(Topics.REALISASI,
        Fixtures.envelope("realisasi.indikator.status-changed", kec, "realization-service", at, payload)));
  }

  private void indikator(String kec, int tw, String kode, int versi, int revisi, String status, BigDecimal nilai,
      BigDecimal pembilang, BigDecimal penyebut, boolean terlambat, Instant at) {
    send(kec, indikatorPayload(kec, TAHUN, tw, kode, versi, revisi, status, nilai, pembilang, penyebut, terlambat, at),
        at);
  }

  private void indikatorTahun(String kec, int tahun, int tw, String kode, int versi, int revisi, String status,
      BigDecimal nilai, Instant at) {
    send(kec, indikatorPayload(kec, tahun, tw, kode, versi, revisi, status, nilai, null, null, false, at), at);
  }

  private void notApplicable(String kec, int tw, String kode, Instant at) {
    Map<String, Object> p = indikatorPayload(kec, TAHUN, tw, kode, 1, 1, "APPROVED", null, null, null, false, at);
    p.put("keadaan", "NOT_APPLICABLE");
    p.put("alasan", "tidak ada kejadian");
    send(kec, p, at);
  }

  private void anggaran(String kec, int tw, String kode, int versi, int revisi, String status, long nilai,
      boolean terlambat, Instant at) {
    sent.add(Fixtures.send(Topics.REALISASI, Fixtures.envelope("realisasi.anggaran.status-changed", kec,
        "realization-service", at, Fixtures.anggaranPayload(kec.substring(0, 5), kec, TAHUN, tw, kode, versi, revisi,
            status, nilai, terlambat, at))));
  }
}

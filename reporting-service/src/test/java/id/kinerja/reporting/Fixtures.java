package id.kinerja.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.events.EventSchemas;
import id.kinerja.common.events.Topics;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.deploy.localstack.LocalStack;
import id.kinerja.deploy.testing.TopicProbe;

/**
 * Events exactly as planning-service and realization-service publish them (validated against the schemas before
 * they are sent), with the worked examples of docs/domain.md as data: Mlarak 2024 ([P], E1 E2 E4 E7) and a
 * Klakah-like kecamatan for the triwulan examples ([T], E10 E11 E12 E13).
 */
final class Fixtures {

  static final TopicProbe PROBE = new TopicProbe(LocalStack.kafkaBootstrapServers());
  static final int TAHUN = 2024;

  private Fixtures() {
  }

  /** A fresh kabupaten code (tests share the database: every test uses its own codes). */
  /**
   * Kabupaten codes given out in this JVM, and the fixed ones of GoldenScenario (97.01, 97.02) and the reports'
   * Ponorogo (35.02). The tests of the module share one database: two tests drawing the same code at random met in a
   * CI run (a fresh kabupaten's konfigurasi found at version 3).
   */
  private static final java.util.Set<String> GIVEN = java.util.concurrent.ConcurrentHashMap
      .newKeySet();

  static {
    GIVEN.addAll(java.util.List.of("35.02", "97.01", "97.02"));
  }

  /** A kabupaten code no other test of this JVM has been given. */
  static String newKabupaten() {
    return newKabupatenIn(10, 89);
  }

  /** The same, in provinsi {@code firstProvinsi} … {@code firstProvinsi + provinsiCount - 1}. */
  static String newKabupatenIn(int firstProvinsi, int provinsiCount) {
    for (int attempt = 0; attempt < 100_000; attempt++) {
      String kode = String.format("%02d.%02d", firstProvinsi + ThreadLocalRandom.current().nextInt(provinsiCount),
          ThreadLocalRandom.current().nextInt(10, 99));
      if (GIVEN.add(kode)) {
        return kode;
      }
    }
    throw new IllegalStateException("no kabupaten code left in provinsi " + firstProvinsi + "+" + provinsiCount);
  }

  static EventEnvelope envelope(String type, String key, String source, Instant at, Map<String, Object> payload) {
    return envelope(type, 1, key, source, at, payload);
  }

  static EventEnvelope envelope(String type, int version, String key, String source, Instant at,
      Map<String, Object> payload) {
    EventEnvelope e = new EventEnvelope(UUID.randomUUID(), type, version, key, at, source, CanonicalJson.tree(payload));
    assertThat(EventSchemas.validate(CanonicalJson.tree(e))).as("schema of " + type).isEmpty();
    return e;
  }

  static EventEnvelope send(String topic, EventEnvelope e) {
    PROBE.send(topic, e.key(), e.toJson());
    return e;
  }

  static EventEnvelope planning(String type, String key, Instant at, Map<String, Object> payload) {
    return send(Topics.PLANNING, envelope(type, key, "planning-service", at, payload));
  }

  // ---- planning --------------------------------------------------------------------------------------------------

  static EventEnvelope kabupatenConfigured(String kab, String nama, int versi, Instant at) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("kode", kab);
    p.put("nama", nama);
    p.put("negativeFormulaDefault", "TWO_T_MINUS_R");
    p.put("overallMode", "IKU");
    p.put("capaianScoreCap", null);
    p.put("floorNegativeAtZero", false);
    p.put("konfigurasiVersi", versi);
    return planning("planning.kabupaten.configured", kab, at, p);
  }

  static EventEnvelope kecamatanRegistered(String kab, String kec, String nama, Instant at) {
    List<Map<String, Object>> desa = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      desa.add(Map.of("kode", kec + ".200" + i, "nama", "Desa " + i, "jenis", "DESA"));
    }
    return planning("planning.kecamatan.registered", kec, at,
        Map.of("kabupatenKode", kab, "kode", kec, "nama", nama, "desa", desa));
  }

  /** [P] Tabel 3.1: (85, ∞) Sangat Berhasil, [70, 85] Berhasil, [55, 70) Cukup, (−∞, 55) Kurang. */
  static EventEnvelope skalaPonorogo(String kab, int versi, Instant at) {
    List<Map<String, Object>> bands = new ArrayList<>();
    bands.add(band(null, false, 55, false, 1, "Kurang"));
    bands.add(band(55, true, 70, false, 2, "Cukup"));
    bands.add(band(70, true, 85, true, 3, "Berhasil"));
    bands.add(band(85, false, null, false, 4, "Sangat Berhasil"));
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("kabupatenKode", kab);
    p.put("tahun", TAHUN);
    p.put("tujuan", "KINERJA");
    p.put("nama", "Skala Ordinal Pengukuran Capaian Kinerja");
    p.put("versi", versi);
    p.put("bands", bands);
    return planning("planning.skala-predikat.published", kab, at, p);
  }

  static Map<String, Object> band(Integer lower, boolean li, Integer upper, boolean ui, int skor, String label) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("lower", lower);
    b.put("lowerInclusive", li);
    b.put("upper", upper);
    b.put("upperInclusive", ui);
    b.put("skor", skor);
    b.put("label", label);
    return b;
  }

  static Map<String, Object> indikator(String kode, String nama, String satuan, String sasaran, String level, boolean iku,
      String polarity, String aggregation, List<Integer> due, String target, Map<String, Object> extra) {
    Map<String, Object> i = new LinkedHashMap<>();
    i.put("kode", kode);
    i.put("nama", nama);
    i.put("satuan", satuan);
    i.put("sasaranKode", sasaran);
    i.put("level", level);
    i.put("anggaranKode", null);
    i.put("iku", iku);
    i.put("polarity", polarity);
    i.put("negativeFormula", "TWO_T_MINUS_R");
    i.put("targetType", "NUMBER");
    i.put("aggregation", aggregation);
    i.put("twTargetMode", "NONE");
    i.put("zeroTargetRule", "NOT_COMPUTABLE");
    i.put("precision", 2);
    i.put("evidenceRequired", false);
    i.put("dueTriwulan", due);
    i.put("target", Map.of("nilai", new BigDecimal(target)));
    i.put("targetTriwulan", List.of());
    i.putAll(extra);
    return i;
  }

  static Map<String, Object> anggaran(String kode, String nama, String level, String parent, long pagu, String sasaran) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("kode", kode);
    a.put("nama", nama);
    a.put("level", level);
    a.put("parentKode", parent);
    a.put("pagu", pagu);
    a.put("sasaranKode", sasaran);
    return a;
  }

  static Map<String, Object> sasaran(String kode, String uraian, String level) {
    return Map.of("kode", kode, "uraian", uraian, "level", level);
  }

  static EventEnvelope rencana(String kab, String kec, int planVersi, Instant at, List<Map<String, Object>> sasaran,
      List<Map<String, Object>> indikator, List<Map<String, Object>> anggaran, List<Map<String, Object>> pk) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("kabupatenKode", kab);
    p.put("kecamatanKode", kec);
    p.put("tahun", TAHUN);
    p.put("planVersi", planVersi);
    p.put("renstra", Map.of("kode", "RENSTRA-2024-2026", "periodeAwal", 2024, "periodeAkhir", 2026));
    p.put("tujuan", List.of(Map.of("kode", "T1", "uraian", "Meningkatnya kualitas pelayanan")));
    p.put("sasaran", sasaran);
    p.put("indikator", indikator);
    p.put("anggaran", anggaran);
    p.put("perjanjianKinerja", pk);
    return planning("planning.rencana-kinerja.published", kec, at, p);
  }

  /**
   * The plan of {@code v1} republished as planning writes it now, in v2, with this budget by jenis belanja
   * (docs/domain.md §2.12) and a higher planVersi.
   */
  @SuppressWarnings("unchecked")
  static EventEnvelope rencanaV2(EventEnvelope v1, int planVersi, Instant at, List<Map<String, Object>> belanja) {
    Map<String, Object> p = CanonicalJson.MAPPER.convertValue(v1.payload(), LinkedHashMap.class);
    p.put("planVersi", planVersi);
    p.put("belanja", belanja);
    return send(Topics.PLANNING, envelope("planning.rencana-kinerja.published", 2, v1.key(), "planning-service", at, p));
  }

  static Map<String, Object> belanja(String kode, String nama, long pagu) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("kode", kode);
    b.put("nama", nama);
    b.put("pagu", pagu);
    return b;
  }

  /** [P] Mlarak 2024: SKM (E1), IDM (E2), efisiensi (E4) and the Kasi Trantib lower-is-better indicator (E7). */
  static EventEnvelope rencanaMlarak(String kab, String kec, int planVersi, Instant at) {
    Map<String, Object> skmExtra = new HashMap<>();
    skmExtra.put("targetAkhir", Map.of("tahun", 2026, "target", Map.of("nilai", 90)));
    skmExtra.put("riwayat", List.of(Map.of("tahun", 2022, "realisasi", new BigDecimal("79.48"), "sumber", "LKjIP 2022"),
        Map.of("tahun", 2023, "realisasi", new BigDecimal("86.90"), "sumber", "LKjIP 2023")));
    Map<String, Object> idmExtra = new HashMap<>();
    idmExtra.put("targetAkhir", Map.of("tahun", 2026, "target", Map.of("nilai", 90)));
    idmExtra.put("komponen", Map.of("pembilang", "desa yang meningkat skor IDM-nya", "penyebut", "desa se-kecamatan"));
    List<Map<String, Object>> indikator = List.of(
        indikator("IKU-SKM", "Nilai Survey Kepuasan Masyarakat (SKM) Pelayanan Administrasi", "indeks", "S1", "SASARAN",
            true, "HIGHER_IS_BETTER", "LAST", List.of(4), "80", skmExtra),
        indikator("IKU-IDM", "Prosentase desa yang meningkat skor IDM-nya", "%", "S2", "SASARAN", true,
            "HIGHER_IS_BETTER", "LAST", List.of(4), "90", idmExtra),
        indikator("TRANTIB-KASUS", "Jumlah penanganan kasus gangguan trantibum", "kasus", "S-TRANTIB", "INDIVIDU", false,
            "LOWER_IS_BETTER", "SUM", List.of(4), "1", Map.of()));
    List<Map<String, Object>> anggaran = List.of(
        anggaran("7.01.02", "Penyelenggaraan Pemerintahan dan Pelayanan Publik", "PROGRAM", null, 68_036_200L, "S1"),
        anggaran("7.01.02.2.01.0001", "Pelayanan administrasi", "SUB_KEGIATAN", "7.01.02", 68_036_200L, null),
        anggaran("7.01.06", "Pembinaan dan Pengawasan Pemerintahan Desa", "PROGRAM", null, 140_378_945L, "S2"),
        anggaran("7.01.06.2.01.0001", "Fasilitasi pemerintahan desa", "SUB_KEGIATAN", "7.01.06", 140_378_945L, null));
    Map<String, Object> pk = new LinkedHashMap<>();
    pk.put("id", "PK-" + kec + "-CAMAT");
    pk.put("versi", 1);
    pk.put("jenis", "AWAL");
    pk.put("status", "DITETAPKAN");
    pk.put("tanggal", "2024-01-15");
    pk.put("pihakPertama", Map.of("nama", "Camat Mlarak", "jabatan", "Camat", "peran", "CAMAT"));
    pk.put("pihakKedua", Map.of("nama", "Bupati Ponorogo", "jabatan", "Bupati", "peran", "BUPATI"));
    pk.put("indikatorKode", List.of("IKU-SKM", "IKU-IDM"));
    pk.put("anggaranKode", List.of("7.01.02", "7.01.06"));
    return rencana(kab, kec, planVersi, at,
        List.of(sasaran("S1", "Meningkatnya kualitas pelayanan publik", "STRATEGIS"),
            sasaran("S2", "Meningkatnya kemandirian desa", "STRATEGIS"),
            sasaran("S-TRANTIB", "Terkendalinya gangguan trantibum", "INDIVIDU")),
        indikator, anggaran, List.of(pk));
  }

  /** [T] Klakah-like: E10 (SUM), E11 (components, LAST) and the E13 program budget. */
  static EventEnvelope rencanaKlakah(String kab, String kec, int planVersi, Instant at) {
    List<Map<String, Object>> indikator = List.of(
        indikator("IKU-FAS", "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti", "%", "S1", "SASARAN", true,
            "HIGHER_IS_BETTER", "SUM", List.of(1, 2, 3, 4), "95.45", Map.of()),
        indikator("IKU-DOK", "Rata-rata persentase desa yang menyusun dokumen administrasi pemerintahan desa tepat waktu",
            "%", "S2", "SASARAN", true, "HIGHER_IS_BETTER", "LAST", List.of(1, 2, 3, 4), "97.22",
            Map.of("komponen", Map.of("pembilang", "dokumen tepat waktu", "penyebut", "dokumen wajib"))));
    List<Map<String, Object>> anggaran = List.of(
        anggaran("7.01.01", "Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "PROGRAM", null, 1_917_084_558L, "S1"),
        anggaran("7.01.02", "Penyelenggaraan Pemerintahan dan Pelayanan Publik", "PROGRAM", null, 100_000_000L, "S1"),
        anggaran("7.01.03", "Pemberdayaan Masyarakat Desa dan Kelurahan", "PROGRAM", null, 50_000_000L, "S1"),
        anggaran("7.01.04", "Koordinasi Ketentraman dan Ketertiban Umum", "PROGRAM", null, 28_570_000L, "S1"),
        anggaran("7.01.05", "Penyelenggaraan Urusan Pemerintahan Umum", "PROGRAM", null, 24_662_250L, "S1"),
        anggaran("7.01.06", "Pembinaan dan Pengawasan Pemerintahan Desa", "PROGRAM", null, 37_204_500L, "S2"));
    return rencana(kab, kec, planVersi, at,
        List.of(sasaran("S1", "Meningkatnya kualitas koordinasi", "STRATEGIS"),
            sasaran("S2", "Meningkatnya tertib administrasi desa", "STRATEGIS")),
        indikator, anggaran, List.of());
  }

  // ---- cascade (issue #19) ---------------------------------------------------------------------------------------

  static final String RPJMD = "RPJMD-UJI-2021-2026";

  static Map<String, Object> rpjmdIndikator(String kode, String nama, String target) {
    Map<String, Object> i = new LinkedHashMap<>();
    i.put("kode", kode);
    i.put("nama", nama);
    i.put("satuan", "indeks");
    i.put("polarity", "HIGHER_IS_BETTER");
    i.put("iku", true);
    i.put("baseline", Map.of("tahun", 2020, "nilai", new BigDecimal("61.5")));
    i.put("targetTahunan", List.of(Map.of("tahun", TAHUN, "nilai", new BigDecimal(target))));
    i.put("targetAkhir", null);
    return i;
  }

  static Map<String, Object> rpjmdSasaran(String kode, String uraian, String tujuan, String induk) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("kode", kode);
    s.put("uraian", uraian);
    s.put("tujuanKode", tujuan);
    s.put("indukKode", induk);
    s.put("indikator", List.of(rpjmdIndikator("IKU-" + kode, "Indikator sasaran " + kode, "82")));
    return s;
  }

  /**
   * planning.rpjmd.published v1 as the contract states it: tujuan T1 with sasaran S1.1 (and S1.2 beneath it) and S2.1,
   * which no kecamatan serves.
   */
  static EventEnvelope rpjmd(String kab, int versi, Instant at) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("kabupatenKode", kab);
    p.put("kode", RPJMD);
    p.put("nama", "RPJMD Kabupaten Uji Tahun 2021-2026");
    p.put("periodeAwal", 2021);
    p.put("periodeAkhir", 2026);
    p.put("versi", versi);
    p.put("visi", "Kabupaten Uji Hebat");
    p.put("misi", List.of(Map.of("kode", "M1", "uraian", "Tata kelola yang baik")));
    Map<String, Object> t1 = new LinkedHashMap<>();
    t1.put("kode", "T1");
    t1.put("uraian", "Terwujudnya tata kelola pemerintahan yang baik");
    t1.put("misiKode", "M1");
    t1.put("indikator", List.of(rpjmdIndikator("IKU-T1", "Indeks Reformasi Birokrasi", "63")));
    p.put("tujuan", List.of(t1));
    p.put("sasaran", List.of(rpjmdSasaran("S1.1", "Meningkatnya kualitas pelayanan publik", "T1", null),
        rpjmdSasaran("S1.2", "Meningkatnya kualitas pemerintahan desa", "T1", "S1.1"),
        rpjmdSasaran("S2.1", "Meningkatnya kemandirian ekonomi", "T1", null)));
    return planning("planning.rpjmd.published", kab, at, p);
  }

  /** One link of a tautan kinerja document: dari (jenis, kode, tahun) → ke (jenis, kode). */
  static Map<String, Object> tautan(String dariJenis, String dariKode, Integer tahun, String keJenis, String keKode) {
    Map<String, Object> dari = new LinkedHashMap<>();
    dari.put("jenis", dariJenis);
    dari.put("kode", dariKode);
    dari.put("tahun", tahun);
    return Map.of("dari", dari, "ke", Map.of("jenis", keJenis, "kode", keKode));
  }

  /** planning.tautan-kinerja.published v1 of the fixtures' Renstra (RENSTRA-2024-2026) of a kecamatan. */
  static EventEnvelope tautanKinerja(String kab, String kec, int versi, Instant at, List<Map<String, Object>> tautan) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("kabupatenKode", kab);
    p.put("kecamatanKode", kec);
    p.put("renstraKode", "RENSTRA-2024-2026");
    p.put("rpjmdKode", RPJMD);
    p.put("versi", versi);
    p.put("tautan", tautan);
    p.put("tanpaTautan", List.of());
    return planning("planning.tautan-kinerja.published", kec, at, p);
  }

  // ---- realisasi -------------------------------------------------------------------------------------------------

  static EventEnvelope indikatorEnvelope(String kab, String kec, int tw, String indikator, int versi, int revisi,
      String transition, String status, BigDecimal nilai, BigDecimal pembilang, BigDecimal penyebut, Instant at) {
    return indikatorEnvelope(kab, kec, TAHUN, tw, indikator, versi, revisi, transition, status, nilai, pembilang,
        penyebut, at);
  }

  static EventEnvelope indikatorEnvelope(String kab, String kec, int tahun, int tw, String indikator, int versi,
      int revisi, String transition, String status, BigDecimal nilai, BigDecimal pembilang, BigDecimal penyebut,
      Instant at) {
    return envelope("realisasi.indikator.status-changed", kec, "realization-service", at, indikatorPayload(kab, kec,
        tahun, tw, indikator, versi, revisi, transition, status, nilai, pembilang, penyebut, false, at));
  }

  /** The payload of realisasi.indikator.status-changed for a reported cell (keadaan REPORTED). */
  static Map<String, Object> indikatorPayload(String kab, String kec, int tahun, int tw, String indikator, int versi,
      int revisi, String transition, String status, BigDecimal nilai, BigDecimal pembilang, BigDecimal penyebut,
      boolean terlambat, Instant at) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("kabupatenKode", kab);
    p.put("kecamatanKode", kec);
    p.put("tahun", tahun);
    p.put("triwulan", tw);
    p.put("indikatorKode", indikator);
    p.put("versi", versi);
    p.put("revisi", revisi);
    p.put("transition", transition);
    p.put("status", status);
    p.put("keadaan", "REPORTED");
    p.put("nilai", nilai);
    p.put("pembilang", pembilang);
    p.put("penyebut", penyebut);
    p.put("terlambat", terlambat);
    p.put("oleh", "operator." + kec);
    p.put("peran", "operator");
    p.put("waktu", at.toString());
    return p;
  }

  /**
   * realisasi.indikator.status-changed v2 of a reported cell with its narrative (null fields: none given), as
   * realization-service publishes it.
   */
  static EventEnvelope indikatorNarasi(String kab, String kec, int tw, String indikator, int versi, int revisi,
      String status, String nilai, Instant at, String faktorPendukung, String faktorPenghambat, String tindakLanjut) {
    Map<String, Object> p = indikatorPayload(kab, kec, TAHUN, tw, indikator, versi, revisi, status, status,
        new BigDecimal(nilai), null, null, false, at);
    p.put("faktorPendukung", faktorPendukung);
    p.put("faktorPenghambat", faktorPenghambat);
    p.put("tindakLanjut", tindakLanjut);
    return send(Topics.REALISASI, envelope("realisasi.indikator.status-changed", 2, kec, "realization-service", at, p));
  }

  static EventEnvelope indikator(String kab, String kec, int tw, String indikator, int versi, int revisi,
      String status, String nilai, Instant at) {
    return send(Topics.REALISASI, indikatorEnvelope(kab, kec, tw, indikator, versi, revisi, status, status,
        new BigDecimal(nilai), null, null, at));
  }

  static EventEnvelope komponen(String kab, String kec, int tw, String indikator, int versi, int revisi, String status,
      int pembilang, int penyebut, Instant at) {
    return send(Topics.REALISASI, indikatorEnvelope(kab, kec, tw, indikator, versi, revisi, status, status, null,
        BigDecimal.valueOf(pembilang), BigDecimal.valueOf(penyebut), at));
  }

  static EventEnvelope anggaranRealisasi(String kab, String kec, int tw, String kode, int versi, int revisi,
      String status, long nilai, Instant at) {
    return send(Topics.REALISASI, envelope("realisasi.anggaran.status-changed", kec, "realization-service", at,
        anggaranPayload(kab, kec, TAHUN, tw, kode, versi, revisi, status, nilai, false, at)));
  }

  /** The payload of realisasi.anggaran.status-changed. */
  static Map<String, Object> anggaranPayload(String kab, String kec, int tahun, int tw, String kode, int versi,
      int revisi, String status, long nilai, boolean terlambat, Instant at) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("kabupatenKode", kab);
    p.put("kecamatanKode", kec);
    p.put("tahun", tahun);
    p.put("triwulan", tw);
    p.put("anggaranKode", kode);
    p.put("versi", versi);
    p.put("revisi", revisi);
    p.put("transition", status);
    p.put("status", status);
    p.put("nilai", nilai);
    p.put("melebihiPagu", false);
    p.put("terlambat", terlambat);
    p.put("oleh", "operator." + kec);
    p.put("peran", "operator");
    p.put("waktu", at.toString());
    return p;
  }
}

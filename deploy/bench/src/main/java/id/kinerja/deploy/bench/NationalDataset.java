package id.kinerja.deploy.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A national-size plan: kabupaten of 10–40 kecamatan each (sizes drawn from the seed until the requested number of
 * kecamatan is reached), each kecamatan with a Renstra of five sasaran and six indicators each (30 indicators mixing
 * SUM counts, LAST indices, RATIO_OF_SUMS percentages, a lower-is-better count and an AVERAGE with a range target), a
 * ditetapkan PK of the Camat with all of them, and a budget of six programs, twelve kegiatan and fifty sub kegiatan.
 * Written as plan import documents (docs/planning/rencana-import.v1.schema.json) and realisasi values, generated on
 * demand and deterministic for a seed: nothing national-size is held in memory.
 */
public final class NationalDataset {

  public static final int INDICATORS = 30;
  public static final int SUB_KEGIATAN = 50;
  public static final int MIN_KECAMATAN_PER_KABUPATEN = 10;
  public static final int MAX_KECAMATAN_PER_KABUPATEN = 40;

  /** Indicator codes of every kecamatan, in plan order. */
  public static final List<String> INDIKATOR = indikatorKodes();
  /** Sub kegiatan (leaf budget line) codes of every kecamatan, in plan order. */
  public static final List<String> SUB_KEGIATAN_KODE = subKegiatanKodes();

  /** One kecamatan of the layout. */
  public record Kecamatan(String kabupatenKode, String kode) {
  }

  /** One kabupaten with its kecamatan. */
  public record Kabupaten(String kode, List<Kecamatan> kecamatan) {
  }

  private final int tahun;
  private final long seed;

  public NationalDataset(int tahun, long seed) {
    this.tahun = tahun;
    this.seed = seed;
  }

  public int tahun() {
    return tahun;
  }

  /** Kabupaten code for the n-th kabupaten (0-based): province 11…, kabupaten 01…90. */
  public static String kabupatenKode(int n) {
    return String.format("%02d.%02d", 11 + n / 90, 1 + n % 90);
  }

  /**
   * Kabupaten of 10–40 kecamatan until {@code totalKecamatan} are placed (the last one takes the remainder, at least
   * one). Deterministic for the seed.
   */
  public List<Kabupaten> layout(int totalKecamatan) {
    SplittableRandom sizes = new SplittableRandom(seed);
    List<Kabupaten> out = new ArrayList<>();
    int placed = 0;
    for (int k = 0; placed < totalKecamatan; k++) {
      int n = Math.min(totalKecamatan - placed,
          sizes.nextInt(MIN_KECAMATAN_PER_KABUPATEN, MAX_KECAMATAN_PER_KABUPATEN + 1));
      String kab = kabupatenKode(k);
      List<Kecamatan> kec = new ArrayList<>(n);
      for (int c = 1; c <= n; c++) {
        kec.add(new Kecamatan(kab, String.format("%s.%02d", kab, c)));
      }
      out.add(new Kabupaten(kab, List.copyOf(kec)));
      placed += n;
    }
    return out;
  }

  /** Position (1..6) of an indicator within its sasaran: it decides the indicator's kind. */
  static int kind(String indikatorKode) {
    return Integer.parseInt(indikatorKode.substring(indikatorKode.lastIndexOf('-') + 1));
  }

  /** Whether the indicator is measured by components (pembilang / penyebut). */
  public static boolean hasKomponen(String indikatorKode) {
    return kind(indikatorKode) == 2;
  }

  /** A random stream of its own for one kecamatan and purpose, independent of generation order. */
  private SplittableRandom random(String kecamatanKode, int purpose) {
    return new SplittableRandom(seed * 31 + kecamatanKode.hashCode() * 17L + purpose);
  }

  /** The value of one indicator cell: {nilai} or {pembilang, penyebut}. */
  public Map<String, Object> nilai(String kecamatanKode, int triwulan, String indikatorKode) {
    SplittableRandom r = new SplittableRandom(seed ^ (kecamatanKode.hashCode() * 1_000_003L + triwulan * 101L
        + indikatorKode.hashCode()));
    return switch (kind(indikatorKode)) {
      case 1 -> map("nilai", BigDecimal.valueOf(7000 + r.nextInt(2500), 2)); // index 70.00–94.99
      case 2 -> map("pembilang", BigDecimal.valueOf(r.nextInt(13)), "penyebut", BigDecimal.valueOf(12));
      case 3 -> map("nilai", BigDecimal.valueOf(r.nextInt(7))); // cases, lower is better
      case 4 -> map("nilai", BigDecimal.valueOf(200 + r.nextInt(500), 2)); // days, range 3–5
      default -> map("nilai", BigDecimal.valueOf(5 + r.nextInt(16))); // documents per triwulan
    };
  }

  /** Rupiah spent on one sub kegiatan in one triwulan: 15–30 % of its pagu. */
  public long belanja(String kecamatanKode, int triwulan, String subKegiatanKode) {
    SplittableRandom r = new SplittableRandom(seed ^ (kecamatanKode.hashCode() * 7_919L + triwulan * 31L
        + subKegiatanKode.hashCode()));
    return pagu(kecamatanKode, subKegiatanKode) / 100 * (15 + r.nextInt(16));
  }

  long pagu(String kecamatanKode, String subKegiatanKode) {
    SplittableRandom r = random(kecamatanKode, subKegiatanKode.hashCode());
    return 10_000_000L + r.nextInt(90) * 1_000_000L;
  }

  /** The plan import document of one kecamatan. */
  public Map<String, Object> document(Kecamatan k) {
    String kab = k.kabupatenKode();
    String kode = k.kode();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("formatVersi", 1);
    doc.put("kabupaten", map("kode", kab, "nama", "Kabupaten " + kab, "negativeFormulaDefault", "TWO_T_MINUS_R",
        "overallMode", "IKU", "floorNegativeAtZero", false));
    List<Object> desa = new ArrayList<>();
    for (int d = 1; d <= 12; d++) {
      desa.add(map("kode", String.format("%s.%04d", kode, 2000 + d), "nama", "Desa " + d, "jenis", "DESA"));
    }
    String nipCamat = nip(kode);
    doc.put("kecamatan", map("kode", kode, "nama", "Kecamatan " + kode, "desa", desa, "pejabat",
        List.of(map("nip", nipCamat, "nama", "Camat " + kode, "jabatan", "Camat", "peran", "CAMAT"))));

    List<Object> sasaran = new ArrayList<>();
    List<Object> pkSasaran = new ArrayList<>();
    for (int s = 1; s <= 5; s++) {
      List<Object> indikator = new ArrayList<>();
      List<Object> pkIndikator = new ArrayList<>();
      for (int i = 1; i <= INDICATORS / 5; i++) {
        String ik = "IK-" + s + "-" + i;
        Map<String, Object> def = indicator(ik, i);
        Map<String, Object> target = target(i);
        def.put("targetTahunan", List.of(map("tahun", tahun - 1, "target", target), map("tahun", tahun, "target", target),
            map("tahun", tahun + 1, "target", target)));
        def.put("targetAkhir", map("tahun", tahun + 1, "target", target));
        indikator.add(def);
        pkIndikator.add(map("indikatorKode", ik, "target", target));
      }
      sasaran.add(map("kode", "S" + s, "uraian", "Sasaran " + s, "tujuanKode", "T1", "indikator", indikator));
      pkSasaran.add(map("kode", "S" + s, "indikator", pkIndikator));
    }
    doc.put("renstra", map("kode", "RENSTRA-" + (tahun - 1), "nama", "Renstra " + (tahun - 1) + "-" + (tahun + 1),
        "periodeAwal", tahun - 1, "periodeAkhir", tahun + 1,
        "tujuan", List.of(map("kode", "T1", "uraian", "Tujuan", "indikator", List.of())), "sasaran", sasaran));

    List<Object> anggaran = new ArrayList<>();
    int sub = 0;
    for (int p = 1; p <= 6; p++) {
      String program = "7.01.0" + p;
      anggaran.add(map("kode", program, "nama", "Program " + p, "level", "PROGRAM"));
      for (int g = 1; g <= 2; g++) {
        String kegiatan = program + ".2." + String.format("%02d", g);
        anggaran.add(map("kode", kegiatan, "nama", "Kegiatan " + p + "." + g, "level", "KEGIATAN"));
        for (int s = 1; s <= subCount(p, g); s++) {
          String code = kegiatan + "." + String.format("%04d", s);
          sub++;
          anggaran.add(map("kode", code, "nama", "Sub kegiatan " + sub, "level", "SUB_KEGIATAN", "pagu", pagu(kode, code)));
        }
      }
    }
    doc.put("perjanjianKinerja", List.of(map("tahun", tahun, "pihakPertama", map("nip", nipCamat, "nama", "Camat " + kode),
        "jenis", "AWAL", "versi", 1, "tanggal", tahun + "-01-15", "ditetapkan", true, "sasaran", pkSasaran,
        "anggaran", anggaran)));
    doc.put("skalaPredikat", List.of(map("tahun", tahun, "tujuan", "KINERJA", "nama", "Skala kinerja", "bands", List.of(
        band(null, false, 55, false, 1, "Kurang"), band(55, true, 70, false, 2, "Cukup"),
        band(70, true, 85, false, 3, "Berhasil"), band(85, true, null, false, 4, "Sangat Berhasil")))));
    List<Object> jadwal = new ArrayList<>();
    for (int tw = 1; tw <= 4; tw++) {
      // Open for the whole benchmark.
      jadwal.add(map("tahun", tahun, "triwulan", tw, "inputDibuka", (tahun - 1) + "-12-31T17:00:00Z",
          "inputDitutup", (tahun + 10) + "-01-31T17:00:00Z"));
    }
    doc.put("jadwal", jadwal);
    return doc;
  }

  /** 2 × 5 + 10 × 4 = 50 sub kegiatan over 6 programs × 2 kegiatan. */
  private static int subCount(int program, int kegiatan) {
    return program == 1 ? 5 : 4;
  }

  private static List<String> indikatorKodes() {
    List<String> out = new ArrayList<>();
    for (int s = 1; s <= 5; s++) {
      for (int i = 1; i <= INDICATORS / 5; i++) {
        out.add("IK-" + s + "-" + i);
      }
    }
    return List.copyOf(out);
  }

  private static List<String> subKegiatanKodes() {
    List<String> out = new ArrayList<>();
    for (int p = 1; p <= 6; p++) {
      for (int g = 1; g <= 2; g++) {
        for (int s = 1; s <= subCount(p, g); s++) {
          out.add("7.01.0" + p + ".2." + String.format("%02d", g) + "." + String.format("%04d", s));
        }
      }
    }
    return List.copyOf(out);
  }

  private static Map<String, Object> indicator(String kode, int i) {
    Map<String, Object> def = map("kode", kode, "nama", "Indikator " + kode, "iku", i <= 2);
    switch (i) {
      case 1 -> def.putAll(map("satuan", "indeks", "aggregation", "LAST"));
      case 2 -> def.putAll(map("satuan", "%", "aggregation", "RATIO_OF_SUMS",
          "komponen", map("pembilang", "jumlah desa yang memenuhi", "penyebut", "jumlah desa")));
      case 3 -> def.putAll(map("satuan", "kasus", "aggregation", "SUM", "polarity", "LOWER_IS_BETTER"));
      case 4 -> def.putAll(map("satuan", "hari", "aggregation", "AVERAGE", "targetType", "RANGE"));
      default -> def.putAll(map("satuan", "dokumen", "aggregation", "SUM"));
    }
    return def;
  }

  private static Map<String, Object> target(int i) {
    return switch (i) {
      case 1 -> map("nilai", 80);
      case 2 -> map("nilai", 90);
      case 3 -> map("nilai", 4);
      case 4 -> map("min", 3, "max", 5);
      default -> map("nilai", 40 + i * 5);
    };
  }

  private static Map<String, Object> band(Integer lower, boolean li, Integer upper, boolean ui, int skor, String label) {
    return map("lower", lower, "lowerInclusive", li, "upper", upper, "upperInclusive", ui, "skor", skor, "label", label);
  }

  /** An 18-digit NIP unique per kecamatan. */
  static String nip(String kode) {
    String digits = kode.replace(".", "");
    return "19800101" + String.format("%010d", Long.parseLong(digits) % 10_000_000_000L);
  }

  /** A map that keeps insertion order and allows null values. */
  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}

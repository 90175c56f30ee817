package id.kinerja.deploy.launcher;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.kinerja.deploy.localstack.DevTokens;

/**
 * The data of the fault tests: a kabupaten of its own with four kecamatan, each with ten SUM indicators and two
 * budget lines for one year whose four entry windows are open now, and a known value for every cell, so that every
 * figure the reporting service shows can be checked against what was submitted.
 */
final class UjiKabupaten {

  static final String KABUPATEN = "36.77";
  static final int TAHUN = 2026;
  static final List<String> KECAMATAN = List.of("36.77.01", "36.77.02", "36.77.03", "36.77.04");
  /**
   * Four more kecamatan of the same kabupaten whose plans the PostgreSQL crash and backup cases import themselves:
   * their triwulan are still open for entry when the first four are all approved.
   */
  static final List<String> KECAMATAN_BEBAN = List.of("36.77.05", "36.77.06", "36.77.07", "36.77.08");
  static final List<String> INDIKATOR = IntStream.rangeClosed(1, 10).mapToObj(i -> String.format("IND-%02d", i)).toList();
  static final List<String> ANGGARAN = List.of("7.01.01", "7.01.02");
  /** Events one completed triwulan of one kecamatan produces: submit, verify, approve of every cell. */
  static final int EVENTS_PER_TRIWULAN = 3 * (10 + 2);

  private static final ObjectMapper JSON = new ObjectMapper();

  private UjiKabupaten() {
  }

  /** The value submitted for an indicator cell (integers 1..17, different across cells). */
  static BigDecimal nilai(String kecamatan, int triwulan, String indikator) {
    int k = urut(kecamatan);
    int i = INDIKATOR.indexOf(indikator);
    return BigDecimal.valueOf((k * 13 + triwulan * 7 + i * 3) % 17 + 1);
  }

  /** Rupiah spent on a budget line in a triwulan. */
  static long belanja(String kecamatan, int triwulan, String anggaran) {
    return (urut(kecamatan) + 1) * 100_000L + triwulan * 10_000L + (ANGGARAN.indexOf(anggaran) + 1) * 1_000L;
  }

  /** Position of a kecamatan: 0-3 the first four, 4-7 the load kecamatan. */
  private static int urut(String kecamatan) {
    int i = KECAMATAN.indexOf(kecamatan);
    return i >= 0 ? i : KECAMATAN.size() + KECAMATAN_BEBAN.indexOf(kecamatan);
  }

  static String planner() {
    return DevTokens.token("planner.uji", Set.of("planner"), KABUPATEN, null);
  }

  /** The operations role (rebuild and status of reporting's projections): no kabupaten. */
  static String operatorSistem() {
    return DevTokens.sistem("operator.sistem.uji");
  }

  static String bagianOrganisasi() {
    return DevTokens.token("bagor.uji", Set.of("bagian-organisasi"), KABUPATEN, null);
  }

  static String operator(String kecamatan) {
    return DevTokens.token("operator." + kecamatan, Set.of("operator"), KABUPATEN, kecamatan);
  }

  static String verifier(String kecamatan) {
    return DevTokens.token("camat." + kecamatan, Set.of("verifier"), KABUPATEN, kecamatan);
  }

  /** The plan import document of one kecamatan; {@code opened} and {@code closes} bound every entry window. */
  static String plan(String kecamatan, Instant opened, Instant closes) {
    int n = urut(kecamatan) + 1;
    String nip = "19800101200501100" + n;
    ObjectNode doc = JSON.createObjectNode().put("formatVersi", 1);
    doc.putObject("kabupaten").put("kode", KABUPATEN).put("nama", "Uji Gangguan").put("negativeFormulaDefault", "TWO_T_MINUS_R")
        .put("overallMode", "IKU");
    ObjectNode kec = doc.putObject("kecamatan").put("kode", kecamatan).put("nama", "Gangguan " + n);
    kec.putArray("desa").addObject().put("kode", kecamatan + ".2001").put("nama", "Desa Uji " + n).put("jenis", "DESA");
    kec.putArray("pejabat").addObject().put("nip", nip).put("nama", "Camat Uji " + n).put("jabatan", "Camat Gangguan " + n)
        .put("peran", "CAMAT");

    ObjectNode renstra = doc.putObject("renstra").put("kode", "RENSTRA-UJI-" + n).put("periodeAwal", TAHUN)
        .put("periodeAkhir", TAHUN);
    renstra.putArray("tujuan");
    ObjectNode sasaran = renstra.putArray("sasaran").addObject().put("kode", "S1").put("uraian", "Sasaran uji gangguan");
    ArrayNode indikator = sasaran.putArray("indikator");
    for (String kode : INDIKATOR) {
      ObjectNode i = indikator.addObject().put("kode", kode).put("nama", "Indikator uji " + kode).put("satuan", "kegiatan")
          .put("iku", true).put("aggregation", "SUM");
      i.putArray("targetTahunan").addObject().put("tahun", TAHUN).putObject("target").put("nilai", 100);
      i.putObject("targetAkhir").put("tahun", TAHUN).putObject("target").put("nilai", 100);
    }

    ObjectNode pk = doc.putArray("perjanjianKinerja").addObject().put("tahun", TAHUN).put("jenis", "AWAL").put("versi", 1)
        .put("tanggal", TAHUN + "-01-05").put("ditetapkan", true);
    pk.putObject("pihakPertama").put("nip", nip).put("nama", "Camat Uji " + n);
    ArrayNode pkIndikator = pk.putArray("sasaran").addObject().put("kode", "S1").putArray("indikator");
    for (String kode : INDIKATOR) {
      pkIndikator.addObject().put("indikatorKode", kode).putObject("target").put("nilai", 100);
    }
    ArrayNode anggaran = pk.putArray("anggaran");
    for (String kode : ANGGARAN) {
      anggaran.addObject().put("kode", kode).put("nama", "Program uji " + kode).put("level", "PROGRAM")
          .put("pagu", 10_000_000L * (ANGGARAN.indexOf(kode) + 1));
    }

    ArrayNode bands = doc.putArray("skalaPredikat").addObject().put("tahun", TAHUN).put("tujuan", "KINERJA")
        .put("nama", "Skala uji").putArray("bands");
    bands.addObject().putNull("lower").put("lowerInclusive", false).put("upper", 55).put("upperInclusive", false)
        .put("skor", 1).put("label", "Kurang");
    bands.addObject().put("lower", 55).put("lowerInclusive", true).put("upper", 70).put("upperInclusive", false)
        .put("skor", 2).put("label", "Cukup");
    bands.addObject().put("lower", 70).put("lowerInclusive", true).put("upper", 85).put("upperInclusive", true)
        .put("skor", 3).put("label", "Berhasil");
    bands.addObject().put("lower", 85).put("lowerInclusive", false).putNull("upper").put("upperInclusive", false)
        .put("skor", 4).put("label", "Sangat Berhasil");

    ArrayNode jadwal = doc.putArray("jadwal");
    for (int tw = 1; tw <= 4; tw++) {
      jadwal.addObject().put("tahun", TAHUN).put("triwulan", tw).put("inputDibuka", opened.truncatedTo(ChronoUnit.SECONDS).toString())
          .put("inputDitutup", closes.truncatedTo(ChronoUnit.SECONDS).toString());
    }
    return doc.toString();
  }

  /** The batch of one triwulan: every indicator and budget line except {@code skip}, submitted at once. */
  static String batch(String kecamatan, int triwulan, Set<String> skip) {
    ObjectNode batch = JSON.createObjectNode().put("ajukan", true);
    ArrayNode indikator = batch.putArray("indikator");
    for (String kode : INDIKATOR) {
      if (!skip.contains(kode)) {
        indikator.addObject().put("indikatorKode", kode).put("keadaan", "REPORTED").put("nilai", nilai(kecamatan, triwulan, kode));
      }
    }
    ArrayNode anggaran = batch.putArray("anggaran");
    for (String kode : ANGGARAN) {
      if (!skip.contains(kode)) {
        anggaran.addObject().put("anggaranKode", kode).put("nilai", belanja(kecamatan, triwulan, kode));
      }
    }
    return batch.toString();
  }
}

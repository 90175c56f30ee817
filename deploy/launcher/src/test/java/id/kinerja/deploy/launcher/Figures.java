package id.kinerja.deploy.launcher;

import static id.kinerja.deploy.launcher.UjiKabupaten.ANGGARAN;
import static id.kinerja.deploy.launcher.UjiKabupaten.INDIKATOR;
import static id.kinerja.deploy.launcher.UjiKabupaten.TAHUN;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The figures reporting-service shows for UjiKabupaten's kecamatan, held to the values submitted (BrokerClusterTest
 * and FaultToleranceTest).
 */
final class Figures {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Figures() {
  }

  /** Every cell of the given triwulan shows exactly the submitted value, the others none; the year is their sum. */
  static void assertEqualSubmitted(String reportingBaseUrl, String kec, Set<Integer> triwulan, String tampilan)
      throws IOException, InterruptedException {
    assertEqualSubmitted(report(reportingBaseUrl, kec, tampilan), kec, triwulan, tampilan);
  }

  /** The same, on a report already read. */
  static void assertEqualSubmitted(JsonNode report, String kec, Set<Integer> triwulan, String tampilan) {
    for (String kode : INDIKATOR) {
      BigDecimal sum = BigDecimal.ZERO;
      for (int tw = 1; tw <= 4; tw++) {
        BigDecimal shown = realisasi(report, kode, tw);
        if (triwulan.contains(tw)) {
          assertThat(shown).as("%s %s TW %d %s", kec, kode, tw, tampilan).isEqualByComparingTo(UjiKabupaten.nilai(kec, tw, kode));
          sum = sum.add(shown);
        } else {
          assertThat(shown).as("%s %s TW %d %s", kec, kode, tw, tampilan).isNull();
        }
      }
      JsonNode year = find(report.path("indikator"), "kode", kode).path("tahunan").path("realisasi");
      assertThat(new BigDecimal(year.path("raw").asText())).as("%s %s year", kec, kode).isEqualByComparingTo(sum);
    }
    for (String kode : ANGGARAN) {
      JsonNode line = find(report.path("anggaran"), "kode", kode);
      for (int tw : triwulan) {
        JsonNode periode = find(line.path("periode"), "periode", Integer.toString(tw));
        assertThat(periode.path("realisasi").path("nilai").asLong()).as("%s %s TW %d", kec, kode, tw)
            .isEqualTo(UjiKabupaten.belanja(kec, tw, kode));
      }
    }
  }

  static JsonNode report(String reportingBaseUrl, String kec, String tampilan) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(reportingBaseUrl + "/api/laporan/kecamatan/" + kec
        + "/" + TAHUN + "?tampilan=" + tampilan)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + UjiKabupaten.bagianOrganisasi()).header("Accept", "application/json").build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new AssertionError("report of " + kec + " answered " + r.statusCode() + ": " + r.body());
    }
    return JSON.readTree(r.body());
  }

  /** The realisasi of a triwulan as the report shows it, or null when it shows none. */
  static BigDecimal realisasi(JsonNode report, String kode, int tw) {
    JsonNode nilai = find(find(report.path("indikator"), "kode", kode).path("triwulan"), "triwulan", Integer.toString(tw))
        .path("realisasi");
    return nilai.path("raw").isNumber() ? nilai.path("raw").decimalValue() : null;
  }

  static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (n.path(field).asText().equals(value)) {
        return n;
      }
    }
    throw new AssertionError("no element with " + field + " = " + value + " in " + array);
  }
}

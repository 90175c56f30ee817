package id.kinerja.deploy.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.kinerja.client.planning.api.JadwalApi;
import id.kinerja.client.planning.model.PerpanjanganRequest;
import id.kinerja.client.realization.api.RealisasiIndikatorApi;
import id.kinerja.client.realization.api.RealisasiTriwulanApi;
import id.kinerja.client.realization.model.AksiRequest;
import id.kinerja.client.realization.model.Keadaan;
import id.kinerja.client.realization.model.RealisasiIndikatorRequest;
import id.kinerja.client.reporting.api.KonsolidasiApi;
import id.kinerja.client.reporting.api.LaporanKecamatanApi;
import id.kinerja.client.reporting.model.IndikatorTriwulan;
import id.kinerja.client.reporting.model.LaporanKecamatan;

/**
 * The README tour as a portal developer writes it with the typed Java clients generated from docs/api (the clients
 * module): reopen TW II, enter and submit IKU-IDM, read the provisional capaian, verify and approve with the sheet's
 * ETag (If-Match) and an Idempotency-Key, read the official figures, the konsolidasi and the PDF; a conditional GET of
 * the sheet answered 304; a refusal read from the client's exception in both languages.
 */
final class TypedClientTour {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String KAB = DemoData.KABUPATEN;
  private static final String KEC = DemoData.KECAMATAN;
  private static final int TAHUN = DemoData.TAHUN;

  private final JadwalApi jadwal;
  private final RealisasiIndikatorApi indikator;
  private final RealisasiTriwulanApi triwulanAsOperator;
  private final RealisasiTriwulanApi triwulanAsVerifier;
  private final LaporanKecamatanApi laporan;
  private final KonsolidasiApi konsolidasi;

  TypedClientTour(LocalSystem system, Map<String, String> tokens) {
    jadwal = new JadwalApi(planning(system.planning().baseUrl(), tokens.get("BAGIAN_ORGANISASI_TOKEN")));
    indikator = new RealisasiIndikatorApi(realization(system.realization().baseUrl(), tokens.get("OPERATOR_TOKEN")));
    triwulanAsOperator = new RealisasiTriwulanApi(realization(system.realization().baseUrl(), tokens.get("OPERATOR_TOKEN")));
    triwulanAsVerifier = new RealisasiTriwulanApi(realization(system.realization().baseUrl(), tokens.get("VERIFIER_TOKEN")));
    var reporting = reporting(system.reporting().baseUrl(), tokens.get("BAGIAN_ORGANISASI_TOKEN"));
    laporan = new LaporanKecamatanApi(reporting);
    konsolidasi = new KonsolidasiApi(reporting);
  }

  void run() throws Exception {
    // 2. Bagian Organisasi reopens TW II for Mlarak, with the calendar's ETag in If-Match.
    var current = jadwal.getJadwalWithHttpInfo(KAB, TAHUN, 2);
    String etag = current.getHeaders().get("ETag").get(0);
    var reopened = jadwal.grantPerpanjangan(KAB, TAHUN, 2, etag,
        new PerpanjanganRequest().kecamatanKode(KEC).sampai("2030-01-01").alasan("Tur dengan klien Java"));
    assertThat(reopened.getPerpanjangan()).anySatisfy(p -> assertThat(p.getKecamatanKode()).isEqualTo(KEC));

    // 3. The operator enters IKU-IDM of TW II and submits it; a retry with the same key is a replay.
    String key = "java-tour-" + UUID.randomUUID();
    // IKU-IDM is entered as its components: 13 of Mlarak's 15 desa improved their IDM score.
    RealisasiIndikatorRequest idm = new RealisasiIndikatorRequest().keadaan(Keadaan.REPORTED).pembilang(new BigDecimal("13"))
        .penyebut(new BigDecimal("15")).ajukan(true);
    var saved = indikator.saveRealisasiIndikatorWithHttpInfo(KEC, "IKU-IDM", TAHUN, 2, key, idm, null);
    assertThat(saved.getStatusCode()).isIn(200, 201);
    var replay = indikator.saveRealisasiIndikatorWithHttpInfo(KEC, "IKU-IDM", TAHUN, 2, key, idm, null);
    assertThat(replay.getHeaders().get("Idempotency-Replayed")).containsExactly("true");

    // 4. Provisional at once: 13 / 15 = 86,67 % against the TW II target 80 % = 108,33 %.
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(capaianTw2("PROVISIONAL"))
        .as("saved %s; cell now %s", saved.getData(), indikator.getRealisasiIndikator(KEC, "IKU-IDM", TAHUN, 2))
        .isEqualTo("108,33 (86,67)"));

    // 5. The Camat verifies and approves the triwulan, each time with the sheet's current ETag.
    for (String action : new String[] { "verify", "approve" }) {
      String sheetTag = triwulanAsVerifier.getLembarTriwulanWithHttpInfo(KEC, TAHUN, 2, null, null).getHeaders().get("ETag").get(0);
      if (action.equals("verify")) {
        triwulanAsVerifier.verifikasiTriwulan(KEC, TAHUN, 2, "java-tour-" + action + "-" + UUID.randomUUID(), sheetTag, new AksiRequest());
      } else {
        triwulanAsVerifier.setujuiTriwulan(KEC, TAHUN, 2, "java-tour-" + action + "-" + UUID.randomUUID(), sheetTag, new AksiRequest());
      }
    }

    // 6. Official, in the konsolidasi, and in the PDF.
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(capaianTw2("OFFICIAL")).isEqualTo("108,33 (86,67)"));
    var rows = konsolidasi.getKonsolidasi(KAB, TAHUN, null, null, null, null, null, null, null, null, null, 2, null, null);
    assertThat(rows.getItems()).anySatisfy(r -> assertThat(r.getKecamatanKode()).isEqualTo(KEC));
    File pdf = laporan.downloadLaporanPdf(KEC, TAHUN, null, null, null);
    assertThat(Files.readAllBytes(pdf.toPath())).startsWith("%PDF".getBytes());

    // A phone polling the sheet with its ETag gets 304 and no body.
    String sheetTag = triwulanAsOperator.getLembarTriwulanWithHttpInfo(KEC, TAHUN, 2, null, null).getHeaders().get("ETag").get(0);
    var notModified = catchThrowableOfType(id.kinerja.client.realization.ApiException.class,
        () -> triwulanAsOperator.getLembarTriwulanWithHttpInfo(KEC, TAHUN, 2, null, sheetTag));
    // The generated client reports every non-2xx answer as an exception; for 304 the phone keeps what it has.
    assertThat(notModified).as("a 304 for the sheet's own ETag").isNotNull();
    assertThat(notModified.getCode()).isEqualTo(304);
    assertThat(notModified.getResponseHeaders().firstValue("ETag")).hasValue(sheetTag);

    // 7. A refusal: the client's exception carries the problem, in Bahasa Indonesia or, on request, English.
    for (String language : new String[] { "id", "en" }) {
      var refused = catchThrowableOfType(id.kinerja.client.reporting.ApiException.class,
          () -> konsolidasi.getKonsolidasi(KAB, TAHUN, null, null, null, null, null, null, null, null, null, 5, null, null,
              Map.of("Accept-Language", language)));
      assertThat(refused.getCode()).isEqualTo(400);
      JsonNode problem = JSON.readTree(refused.getResponseBody());
      assertThat(problem.path("errors").get(0).path("rule").asText()).isEqualTo("range");
      assertThat(problem.path("detail").asText()).isEqualTo("id".equals(language)
          ? "triwulan: harus 1, 2, 3, atau 4 (kosongkan untuk satu tahun penuh)" : "triwulan: must be 1, 2, 3 or 4 (omit it for the year)");
    }
  }

  /** "capaian TW II against its target (realisasi)", as the report shows it. */
  private String capaianTw2(String tampilan) throws Exception {
    LaporanKecamatan report = laporan.getLaporanKecamatan(KEC, TAHUN, tampilan, null, null);
    IndikatorTriwulan tw2 = report.getIndikator().stream().filter(i -> "IKU-IDM".equals(i.getKode())).findFirst().orElseThrow()
        .getTriwulan().stream().filter(t -> t.getTriwulan() == 2).findFirst().orElseThrow();
    return tw2.getCapaianTargetTriwulan().getTeks() + " (" + tw2.getRealisasi().getTeks() + ")";
  }

  private static id.kinerja.client.planning.ApiClient planning(String baseUrl, String token) {
    var c = new id.kinerja.client.planning.ApiClient();
    c.updateBaseUri(baseUrl);
    c.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
    return c;
  }

  private static id.kinerja.client.realization.ApiClient realization(String baseUrl, String token) {
    var c = new id.kinerja.client.realization.ApiClient();
    c.updateBaseUri(baseUrl);
    c.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
    return c;
  }

  private static id.kinerja.client.reporting.ApiClient reporting(String baseUrl, String token) {
    var c = new id.kinerja.client.reporting.ApiClient();
    c.updateBaseUri(baseUrl);
    c.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
    return c;
  }
}

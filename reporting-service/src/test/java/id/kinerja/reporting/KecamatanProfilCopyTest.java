package id.kinerja.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.events.EventSchemas;
import id.kinerja.common.events.Topics;
import id.kinerja.common.inbox.InboxStore;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.deploy.testing.TopicProbe;
import id.kinerja.reporting.events.ProjectionHandler;
import id.kinerja.reporting.service.ProjectionStore;
import id.kinerja.reporting.service.ProjectionStore.KecamatanProfil;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * planning.kecamatan.registered v2 and planning.kabupaten.configured v2, sent over the real broker as planning writes
 * them (validated against their schemas first), reach reporting's copies: the kecamatan's tugas pokok, fungsi, dasar
 * hukum and organisation, and the kabupaten's logo, read back through ProjectionStore. v1 events are still applied; a v2
 * event that breaks its schema is dead-lettered.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class KecamatanProfilCopyTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Instant T0 = Instant.parse("2024-01-05T02:00:00Z");

  @Inject
  ProjectionStore store;

  @Inject
  InboxStore inbox;

  static EventEnvelope v2(String type, String key, Instant at, Map<String, Object> payload) {
    EventEnvelope e = new EventEnvelope(UUID.randomUUID(), type, 2, key, at, "planning-service", CanonicalJson.tree(payload));
    assertThat(EventSchemas.validate(CanonicalJson.tree(e))).as("schema of " + type + " v2").isEmpty();
    return Fixtures.send(Topics.PLANNING, e);
  }

  static Map<String, Object> kecamatan(String kab, String kec, boolean withProfil) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("kabupatenKode", kab);
    p.put("kode", kec);
    p.put("kodeBps", null);
    p.put("nama", "Mlarak");
    p.put("desa", List.of(Map.of("kode", kec + ".2001", "nama", "Tugu", "jenis", "DESA")));
    p.put("alamat", withProfil ? "Jalan Raya Mlarak-Sambit No.10, Mlarak" : null);
    p.put("tugasPokok", withProfil ? "Melaksanakan tugas yang dilimpahkan oleh Bupati" : null);
    p.put("fungsi", withProfil ? List.of("Pelaksanaan tugas-tugas pembinaan wilayah", "Pelaporan kepada Bupati") : List.of());
    p.put("dasarHukum", withProfil ? List.of("Peraturan Bupati Ponorogo Nomor 84 Tahun 2016") : List.of());
    List<Map<String, Object>> organisasi = new ArrayList<>();
    if (withProfil) {
      Map<String, Object> camat = new LinkedHashMap<>();
      camat.put("nama", "Joko Setiawan, S.STP., M.Si.");
      camat.put("nip", "197906081998021001");
      camat.put("jabatan", "Camat Mlarak");
      camat.put("peran", "CAMAT");
      camat.put("pangkat", "Pembina Tingkat I (IV/b)");
      Map<String, Object> kec0 = new LinkedHashMap<>();
      kec0.put("kode", "KEC");
      kec0.put("nama", "Kecamatan Mlarak (Camat)");
      kec0.put("indukKode", null);
      kec0.put("kepala", camat);
      Map<String, Object> jft = new LinkedHashMap<>();
      jft.put("kode", "JFT");
      jft.put("nama", "Kelompok Jabatan Fungsional");
      jft.put("indukKode", "KEC");
      jft.put("kepala", null);
      organisasi.add(kec0);
      organisasi.add(jft);
    }
    p.put("organisasi", organisasi);
    return p;
  }

  static Map<String, Object> kabupaten(String kab, int versi, byte[] logo) throws Exception {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("kode", kab);
    p.put("nama", "Ponorogo");
    p.put("negativeFormulaDefault", "TWO_T_MINUS_R");
    p.put("overallMode", "IKU");
    p.put("capaianScoreCap", null);
    p.put("floorNegativeAtZero", false);
    p.put("konfigurasiVersi", versi);
    p.put("zonaWaktu", "WIB");
    p.put("logo", logo == null ? null : Map.of("mediaType", "image/png", "isi", Base64.getEncoder().encodeToString(logo),
        "sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(logo))));
    return p;
  }

  static byte[] png(int width, int height) throws IOException {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  @Test
  void aV2KecamatanEventCarriesTheProfileAndAV1OneIsStillApplied() {
    String kab = Fixtures.newKabupaten();
    String kec = kab + ".08";
    EventEnvelope v1 = Fixtures.kecamatanRegistered(kab, kec, "Mlarak", T0);
    await().atMost(WAIT).until(() -> inbox.isProcessed(ProjectionHandler.CONSUMER, v1.id()));
    KecamatanProfil onlyV1 = store.profil(kec).orElseThrow();
    assertThat(onlyV1.nama()).isEqualTo("Mlarak");
    assertThat(onlyV1.tugasPokok()).isNull();
    assertThat(onlyV1.fungsi()).isEmpty();
    assertThat(onlyV1.organisasi()).isEmpty();

    v2("planning.kecamatan.registered", kec, T0.plusSeconds(60), kecamatan(kab, kec, true));
    await().atMost(WAIT).until(() -> store.profil(kec).map(KecamatanProfil::tugasPokok).isPresent());
    KecamatanProfil p = store.profil(kec).orElseThrow();
    assertThat(p.kabupatenKode()).isEqualTo(kab);
    assertThat(p.alamat()).isEqualTo("Jalan Raya Mlarak-Sambit No.10, Mlarak");
    assertThat(p.tugasPokok()).isEqualTo("Melaksanakan tugas yang dilimpahkan oleh Bupati");
    assertThat(p.fungsi()).containsExactly("Pelaksanaan tugas-tugas pembinaan wilayah", "Pelaporan kepada Bupati");
    assertThat(p.dasarHukum()).containsExactly("Peraturan Bupati Ponorogo Nomor 84 Tahun 2016");
    assertThat(p.organisasi()).extracting(KecamatanProfil.Unit::kode).containsExactly("KEC", "JFT");
    assertThat(p.organisasi().get(0).kepala()).isEqualTo(new KecamatanProfil.Kepala("Joko Setiawan, S.STP., M.Si.",
        "197906081998021001", "Camat Mlarak", "CAMAT", "Pembina Tingkat I (IV/b)"));
    assertThat(p.organisasi().get(1).indukKode()).isEqualTo("KEC");
    assertThat(p.organisasi().get(1).kepala()).isNull();
    assertThat(store.profil(kab + ".99")).isEmpty();
  }

  @Test
  void theLogoTravelsWithTheKabupatenAndTheHighestVersionWins() throws Exception {
    String kab = Fixtures.newKabupaten();
    EventEnvelope v1 = Fixtures.kabupatenConfigured(kab, "Ponorogo", 1, T0);
    await().atMost(WAIT).until(() -> inbox.isProcessed(ProjectionHandler.CONSUMER, v1.id()));
    assertThat(store.logo(kab)).isEmpty();

    byte[] logo = png(40, 48);
    v2("planning.kabupaten.configured", kab, T0.plusSeconds(60), kabupaten(kab, 2, logo));
    await().atMost(WAIT).until(() -> store.logo(kab).isPresent());
    assertThat(store.logo(kab).orElseThrow()).isEqualTo(logo);
    assertThat(store.kabupaten(kab).orElseThrow().konfigurasiVersi()).isEqualTo(2);

    // An older version arriving late changes nothing; a newer one without a logo removes it.
    EventEnvelope stale = v2("planning.kabupaten.configured", kab, T0.plusSeconds(30), kabupaten(kab, 1, png(10, 10)));
    await().atMost(WAIT).until(() -> inbox.isProcessed(ProjectionHandler.CONSUMER, stale.id()));
    assertThat(store.logo(kab).orElseThrow()).isEqualTo(logo);
    v2("planning.kabupaten.configured", kab, T0.plusSeconds(90), kabupaten(kab, 3, null));
    await().atMost(WAIT).until(() -> store.logo(kab).isEmpty());
    assertThat(store.kabupaten(kab).orElseThrow().konfigurasiVersi()).isEqualTo(3);
  }

  @Test
  void aV2EventThatBreaksItsSchemaIsDeadLettered() {
    String kab = Fixtures.newKabupaten();
    String kec = kab + ".08";
    Map<String, Object> broken = kecamatan(kab, kec, true);
    broken.remove("organisasi");
    EventEnvelope e = new EventEnvelope(UUID.randomUUID(), "planning.kecamatan.registered", 2, kec, T0, "planning-service",
        CanonicalJson.tree(broken));
    assertThat(EventSchemas.validate(CanonicalJson.tree(e))).isNotEmpty();
    Fixtures.send(Topics.PLANNING, e);
    TopicProbe probe = new TopicProbe(id.kinerja.deploy.localstack.LocalStack.kafkaBootstrapServers());
    await().atMost(WAIT).until(() -> !probe.read(Topics.deadLetter(ProjectionHandler.CONSUMER), r -> kec.equals(r.key()),
        Duration.ofMillis(300)).isEmpty());
    var dead = probe.read(Topics.deadLetter(ProjectionHandler.CONSUMER), r -> kec.equals(r.key()), Duration.ofMillis(300));
    assertThat(TopicProbe.utf8(dead.get(0).headers().lastHeader("dlt-reason").value())).startsWith("schema");
    assertThat(store.profil(kec)).isEmpty();
  }
}

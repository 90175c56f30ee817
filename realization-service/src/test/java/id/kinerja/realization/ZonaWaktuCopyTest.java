package id.kinerja.realization;

import static id.kinerja.realization.Fixture.as;
import static id.kinerja.realization.Fixture.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kinerja.common.i18n.Formats;
import id.kinerja.common.i18n.Messages;
import id.kinerja.common.time.ZonaWaktu;
import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.realization.service.KabupatenZoneCache;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The copy of planning.kabupaten.configured keeps the kabupaten's zone; the service's answers for that kabupaten carry
 * its offset and name the closing of a window in its local time. An entry a minute before the closing is accepted, one
 * at the closing minute refused.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "realization"))
class ZonaWaktuCopyTest {

  @Inject
  KabupatenZoneCache zones;

  private static void configured(String kabupaten, int versi, String zona) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("kode", kabupaten);
    p.put("nama", "Kabupaten " + kabupaten);
    p.put("negativeFormulaDefault", "TWO_T_MINUS_R");
    p.put("overallMode", "IKU");
    p.put("capaianScoreCap", null);
    p.put("floorNegativeAtZero", false);
    p.put("konfigurasiVersi", versi);
    if (zona != null) {
      p.put("zonaWaktu", zona);
    }
    Fixture.send(kabupaten, "planning.kabupaten.configured", p);
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource({ "WITA, +08:00", "WIT, +09:00" })
  void anEntryAMinuteBeforeTheLocalClosingIsTakenAndOneAtItRefused(ZonaWaktu zona, String offset) {
    Fixture f = Fixture.create();
    configured(f.kabupaten, 1, zona.name());
    await().atMost(Duration.ofSeconds(30)).until(() -> zones.zonaWaktu(f.kabupaten).equals(Optional.of(zona)));

    // TW 2 closes at the start of the minute after next (at least a minute away); TW 1 closed at the start of this one.
    Instant now = Instant.now();
    Instant closesSoon = now.truncatedTo(ChronoUnit.MINUTES).plus(2, ChronoUnit.MINUTES);
    Instant closedNow = now.truncatedTo(ChronoUnit.MINUTES);
    f.publishJadwal(2, 2, now.minus(Duration.ofDays(1)), closesSoon, List.of());
    f.publishJadwal(1, 2, now.minus(Duration.ofDays(1)), closedNow, List.of());
    String closedText = "pengisian TW 1 2024 ditutup " + Formats.dateTime(closedNow, Messages.INDONESIAN, zona.zone())
        + "; perlu perpanjangan dari Bagian Organisasi";
    assertThat(closedText).contains(" " + zona.name() + ";");
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
      var r = as(f.operator).get(f.sheet(1));
      return r.statusCode() == 200 && closedText.equals(r.path("jendela.pesan"));
    });
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
      var r = as(f.operator).get(f.sheet(2));
      return r.statusCode() == 200 && r.path("jendela.sampai") != null
          && java.time.OffsetDateTime.parse(r.<String>path("jendela.sampai")).toInstant().equals(closesSoon);
    });
    // The answer writes the closing in the kabupaten's zone.
    as(f.operator).get(f.sheet(2)).then().statusCode(200).body("jendela.status", equalTo("OPEN"))
        .body("jendela.sampai", endsWith(offset));

    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 10}").put(f.indikator(2, "IKU-01"))
        .then().statusCode(201);
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 10}").put(f.indikator(1, "IKU-01"))
        .then().statusCode(422).body("errors[0].field", equalTo("triwulan"))
        .body("errors[0].rule", equalTo("entry-window-open")).body("errors[0].message", equalTo(closedText));
    as(f.operator, key()).header("Accept-Language", "en").body("{\"keadaan\": \"REPORTED\", \"nilai\": 10}")
        .put(f.indikator(1, "IKU-01")).then().statusCode(422).body("errors[0].rule", equalTo("entry-window-open"))
        .body("errors[0].message", equalTo("entry for TW 1 2024 closed on "
            + Formats.dateTime(closedNow, Messages.ENGLISH, zona.zone())
            + "; a reopening (perpanjangan) from Bagian Organisasi is needed"));
  }

  @Test
  void anEventWithoutAZoneMeansTheProvincesAndAnUnknownKabupatenHasNone() {
    Fixture f = Fixture.create();
    assertThat(zones.zonaWaktu(f.kabupaten)).isEmpty();
    configured(f.kabupaten, 1, null);
    ZonaWaktu province = ZonaWaktu.ofProvinsi(f.kabupaten);
    await().atMost(Duration.ofSeconds(30)).until(() -> zones.zonaWaktu(f.kabupaten).equals(Optional.of(province)));
    // A higher konfigurasiVersi naming a zone replaces it; an older one changes nothing.
    ZonaWaktu other = province == ZonaWaktu.WIT ? ZonaWaktu.WIB : ZonaWaktu.WIT;
    configured(f.kabupaten, 3, other.name());
    await().atMost(Duration.ofSeconds(30)).until(() -> zones.zonaWaktu(f.kabupaten).equals(Optional.of(other)));
    configured(f.kabupaten, 2, province.name());
    // A later event of the same kabupaten (same partition) proves the older one was read: TW 3 loses its reopening.
    f.publishJadwal(3, 2, Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(10)), List.of());
    f.awaitWindow(3, "CLOSED");
    assertThat(zones.zonaWaktu(f.kabupaten)).contains(other);
    assertThat(zones.zonaWaktu("99.98")).isEmpty();
  }
}

package id.kinerja.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import id.kinerja.reporting.domain.figures.KecamatanFigure;

/** What an announcement of the live figures says changed (docs/reporting.md "Live figures (SSE)"). */
class PengumumanAngkaTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final Instant AS_OF = Instant.parse("2025-01-10T03:00:00Z");

  private static KecamatanFigure figure(String tampilan, int periode, String capaian, int dilaporkan, String serapan) {
    BigDecimal c = capaian == null ? null : new BigDecimal(capaian);
    BigDecimal s = serapan == null ? null : new BigDecimal(serapan);
    return new KecamatanFigure("35.02", "35.02.08", 2024, periode, tampilan, c == null ? "NOT_REPORTED" : "COMPUTED",
        c, c == null ? "NOT_REPORTED" : "COMPUTED", c, dilaporkan, 2, 2_116_454_500L, s == null ? null : 11_000_000L,
        s == null ? null : 11_000_000L, s == null ? "NOT_REPORTED" : "COMPUTED", s, s, "NOT_REPORTED", null,
        c == null ? null : 4, c == null ? null : "Sangat Berhasil", 0, 0, 1, 1, 1, "calc-2024.2", AS_OF, null, null);
  }

  /** The ten summaries of a kecamatan-year, with the year's official figures as given. */
  private static List<KecamatanFigure> year(String capaian, int dilaporkan, String serapan) {
    List<KecamatanFigure> out = new ArrayList<>();
    for (String t : List.of("PROVISIONAL", "OFFICIAL")) {
      for (int p : new int[] { 0, 4, 3, 2, 1 }) {
        out.add(t.equals("OFFICIAL") && p == 0 ? figure(t, p, capaian, dilaporkan, serapan) : figure(t, p, null, 0, null));
      }
    }
    return out;
  }

  /** The stored summaries, as the next announcement reads them back. */
  private static JsonNode stored(ArrayNode ringkasan) {
    return PengumumanAngka.read(PengumumanAngka.write(ringkasan));
  }

  @Test
  void summariesAreOrderedByViewThenTriwulanThenTheYearAndShowTheReportsTexts() {
    ArrayNode r = PengumumanAngka.ringkasan(year("117.4305555555555555555555555555556", 2, "0.52"), WIB);
    List<String> order = new ArrayList<>();
    r.forEach(n -> order.add(n.path("tampilan").asText() + " " + n.path("periode").asInt()));
    assertThat(order).containsExactly("OFFICIAL 1", "OFFICIAL 2", "OFFICIAL 3", "OFFICIAL 4", "OFFICIAL 0",
        "PROVISIONAL 1", "PROVISIONAL 2", "PROVISIONAL 3", "PROVISIONAL 4", "PROVISIONAL 0");
    JsonNode year = r.get(4);
    assertThat(year.path("capaian").path("teks").asText()).isEqualTo("117,43");
    assertThat(year.path("capaian").path("display").decimalValue()).isEqualByComparingTo("117.43");
    assertThat(year.path("serapan").path("teks").asText()).isEqualTo("0,52");
    assertThat(year.path("efisiensi").path("status").asText()).isEqualTo("NOT_REPORTED");
    assertThat(year.path("efisiensi").path("raw").isNull()).isTrue();
    assertThat(year.path("predikat").path("label").asText()).isEqualTo("Sangat Berhasil");
    assertThat(year.path("asOf").asText()).isEqualTo("2025-01-10T10:00:00+07:00");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the same figures                        | 123.75 | 1 | 0.52 | 123.75  | 1 | 0.52 |
      a capaian changed                       | 123.75 | 1 | 0.52 | 117.43  | 1 | 0.52 | capaian,capaianKumulatif
      coverage changed with the capaian       | 123.75 | 1 | 0.52 | 117.43  | 2 | 0.52 | capaian,capaianKumulatif,cakupan
      a serapan appeared                      | 123.75 | 1 |      | 123.75  | 1 | 0.52 | serapan,serapanKumulatif
      """)
  void onlyTheFiguresThatChangedAreListed(String name, String capaian, int dilaporkan, String serapan,
      String capaianBaru, int dilaporkanBaru, String serapanBaru, String changed) {
    JsonNode lama = stored(PengumumanAngka.ringkasan(year(capaian, dilaporkan, serapan), WIB));
    ArrayNode baru = PengumumanAngka.ringkasan(year(capaianBaru, dilaporkanBaru, serapanBaru), WIB);
    List<String> listed = new ArrayList<>();
    PengumumanAngka.perubahan(lama, baru).forEach(c -> {
      assertThat(c.path("tampilan").asText() + " " + c.path("periode").asInt()).isEqualTo("OFFICIAL 0");
      listed.add(c.path("angka").asText());
    });
    assertThat(listed).containsExactlyElementsOf(changed == null ? List.of() : List.of(changed.split(",")));
  }

  @Test
  void theFirstAnnouncementListsEveryFigureAsNew() {
    ArrayNode baru = PengumumanAngka.ringkasan(year("123.75", 1, null), WIB);
    ArrayNode changes = PengumumanAngka.perubahan(null, baru);
    assertThat(changes).hasSize(10 * PengumumanAngka.ANGKA.size());
    changes.forEach(c -> assertThat(c.path("lama").isNull()).isTrue());
  }

  @Test
  void removedFiguresBecomeNull() {
    JsonNode lama = stored(PengumumanAngka.ringkasan(year("123.75", 1, null), WIB));
    ArrayNode changes = PengumumanAngka.perubahan(lama, PengumumanAngka.JSON.createArrayNode());
    assertThat(changes).hasSize(10 * PengumumanAngka.ANGKA.size());
    changes.forEach(c -> assertThat(c.path("baru").isNull()).isTrue());
  }

  @Test
  void groupsWhoseDigestChangedAreNamedInOrder() {
    Map<String, String> lama = Map.of("OFFICIAL|0", "a", "OFFICIAL|4", "b", "PROVISIONAL|4", "c", "PROVISIONAL|1", "x");
    Map<String, String> baru = Map.of("OFFICIAL|0", "a2", "OFFICIAL|4", "b", "PROVISIONAL|4", "c2", "OFFICIAL|1", "d");
    List<String> named = new ArrayList<>();
    PengumumanAngka.kelompok(lama, baru).forEach(n -> named.add(n.path("tampilan").asText() + " " + n.path("periode")));
    assertThat(named).containsExactly("OFFICIAL 1", "OFFICIAL 0", "PROVISIONAL 1", "PROVISIONAL 4");
    assertThat(PengumumanAngka.kelompok(null, Map.of("OFFICIAL|0", "a"))).hasSize(1);
    assertThat(PengumumanAngka.kelompok(baru, baru)).isEmpty();
  }

  @Test
  void theDigestsTextReadsBackAsTheSameDigests() {
    Map<String, String> digests = Map.of("OFFICIAL|0", "ab", "PROVISIONAL|3", "cd", "OFFICIAL|10", "ef");
    String text = PengumumanAngka.groupDigestsText(digests);
    assertThat(text).isEqualTo("OFFICIAL|0=ab\nOFFICIAL|10=ef\nPROVISIONAL|3=cd\n");
    assertThat(PengumumanAngka.groupDigests(text)).isEqualTo(digests);
  }
}

package id.kinerja.realization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import id.kinerja.common.json.CanonicalJson;

class CanonicalHashTest {

  private static JsonNode json(String s) throws Exception {
    return CanonicalJson.MAPPER.readTree(s);
  }

  @Test
  void sameMeaningSameHash() throws Exception {
    String a = CanonicalHash.of("PUT", "/x", json("{\"nilai\": 17.0, \"keadaan\": \"REPORTED\", \"teks\": null}"));
    String b = CanonicalHash.of("PUT", "/x", json("{\"keadaan\": \"REPORTED\", \"nilai\": 17.00}"));
    assertThat(a).isEqualTo(b).hasSize(64);
  }

  @Test
  void differentMeaningDifferentHash() throws Exception {
    String a = CanonicalHash.of("PUT", "/x", json("{\"nilai\": 17}"));
    assertThat(CanonicalHash.of("PUT", "/x", json("{\"nilai\": 18}"))).isNotEqualTo(a);
    assertThat(CanonicalHash.of("PUT", "/y", json("{\"nilai\": 17}"))).isNotEqualTo(a);
    assertThat(CanonicalHash.of("POST", "/x", json("{\"nilai\": 17}"))).isNotEqualTo(a);
    assertThat(CanonicalHash.of("PUT", "/x", json("{\"nilai\": \"17\"}"))).isNotEqualTo(a);
    assertThat(CanonicalHash.of("PUT", "/x", json("{\"l\": [1, 2]}")))
        .isNotEqualTo(CanonicalHash.of("PUT", "/x", json("{\"l\": [2, 1]}")));
  }

  @Test
  void sha256OfKnownInput() {
    assertThat(CanonicalHash.sha256("test".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isEqualTo("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
  }
}

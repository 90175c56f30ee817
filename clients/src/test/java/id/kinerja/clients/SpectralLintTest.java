package id.kinerja.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The three OpenAPI documents pass Spectral's standard {@code spectral:oas} ruleset with no result at any severity
 * (error, warning, info or hint), as the portal and mobile teams lint them.
 */
class SpectralLintTest {

  static final List<String> DOCUMENTS = List.of("planning-service", "realization-service", "reporting-service");

  @Test
  void theDocumentsPassTheStandardRulesetWithoutAWarning() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "spectral")).toAbsolutePath();
    Files.writeString(dir.resolve(".spectral.yaml"), "extends: [\"spectral:oas\"]\n");
    List<String> args = new ArrayList<>(List.of("spectral", "lint", "--ruleset", dir.resolve(".spectral.yaml").toString(),
        "--format", "json", "--fail-severity", "hint", "--quiet"));
    for (String d : DOCUMENTS) {
      Path doc = Npm.projectRoot().resolve("docs/api/" + d + ".openapi.json");
      assertThat(doc).exists();
      args.add(doc.toString());
    }
    Npm.Result r = Npm.exec(dir, "@stoplight/spectral-cli@" + System.getProperty("kinerja.spectral.version", "6.16.3"),
        args.toArray(String[]::new));
    String json = r.output().substring(Math.max(0, r.output().indexOf('[')));
    JsonNode results = new ObjectMapper().readTree(json);
    Map<String, Integer> counts = new TreeMap<>();
    List<String> lines = new ArrayList<>();
    for (JsonNode result : results) {
      String severity = switch (result.path("severity").asInt()) {
        case 0 -> "error";
        case 1 -> "warning";
        case 2 -> "info";
        default -> "hint";
      };
      counts.merge(severity, 1, Integer::sum);
      lines.add(severity + " " + result.path("code").asText() + " " + Path.of(result.path("source").asText()).getFileName()
          + " " + result.path("path").toString() + ": " + result.path("message").asText());
    }
    System.out.printf("spectral:oas over %s: %d errors, %d warnings, %d infos, %d hints%n", DOCUMENTS,
        counts.getOrDefault("error", 0), counts.getOrDefault("warning", 0), counts.getOrDefault("info", 0),
        counts.getOrDefault("hint", 0));
    assertThat(lines).as("Spectral results (exit code %d)", r.exitCode()).isEmpty();
    assertThat(r.exitCode()).as(r.output()).isZero();
  }
}

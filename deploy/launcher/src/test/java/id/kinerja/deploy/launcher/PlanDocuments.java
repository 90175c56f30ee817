package id.kinerja.deploy.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The plan import documents (docs/planning/README.md) the project ships: every JSON file under a module's
 * {@code src/} whose top level is a plan document ({@code formatVersi}, {@code kabupaten}, {@code kecamatan},
 * {@code renstra}). Found by their content, so that a document added later is loaded by the tests too.
 */
final class PlanDocuments {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> SKIPPED = Set.of("target", "node_modules", ".git", ".mvn");

  private PlanDocuments() {
  }

  /** The documents, test fixtures before shipped data (src/main), each group by path. */
  static List<Path> find(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".json") && Files.isRegularFile(f))
          .filter(f -> !skipped(root.relativize(f)) && root.relativize(f).toString().contains("src"))
          .filter(PlanDocuments::isPlanDocument)
          .sorted(Comparator.comparing((Path f) -> root.relativize(f).toString().contains("src/main"))
              .thenComparing(f -> root.relativize(f).toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean skipped(Path relative) {
    for (Path part : relative) {
      if (SKIPPED.contains(part.toString())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPlanDocument(Path file) {
    JsonNode node;
    try {
      node = JSON.readTree(file.toFile());
    } catch (IOException e) {
      return false; // not JSON (or not readable): not a plan document
    }
    return node != null && node.isObject() && node.has("formatVersi") && node.has("kabupaten")
        && node.has("kecamatan") && node.has("renstra");
  }
}

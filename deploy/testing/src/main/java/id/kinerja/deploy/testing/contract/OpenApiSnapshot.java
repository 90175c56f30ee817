package id.kinerja.deploy.testing.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The OpenAPI document of a service, as the service serves it, is the one in {@code docs/api} that the typed
 * clients are generated from and the portal team reads: a service's test compares the two. When an API change is
 * meant, write the new document with {@code -Dkinerja.openapi.write=true} and commit it with the change.
 */
public final class OpenApiSnapshot {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private OpenApiSnapshot() {
  }

  /** The committed document of a service ("planning-service"), from the project root. */
  public static Path file(String service) {
    Path root = Path.of(System.getProperty("kinerja.project.root", "..")).toAbsolutePath().normalize();
    if (!Files.isDirectory(root.resolve("docs"))) {
      root = root.getParent();
    }
    return root.resolve("docs/api/" + service + ".openapi.json");
  }

  /** Null when the served document equals the committed one (or was just written); otherwise what to do. */
  public static String difference(String service, String served) {
    Path file = file(service);
    try {
      JsonNode live = JSON.readTree(served);
      if (Boolean.getBoolean("kinerja.openapi.write")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, JSON.writeValueAsString(live) + "\n", StandardCharsets.UTF_8);
        return null;
      }
      if (!Files.exists(file)) {
        return file + " is missing: run the test with -Dkinerja.openapi.write=true and commit it";
      }
      JsonNode committed = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      if (committed.equals(live)) {
        return null;
      }
      return "The served OpenAPI document differs from " + file + " (first difference at " + firstDifference(committed, live, "")
          + "). If the API change is meant, run this test with -Dkinerja.openapi.write=true and commit the document"
          + " (the typed clients are generated from it).";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstDifference(JsonNode a, JsonNode b, String at) {
    if (a.isObject() && b.isObject()) {
      java.util.Set<String> names = new java.util.TreeSet<>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      for (String n : names) {
        if (!a.has(n) || !b.has(n)) {
          return at + "/" + n + (a.has(n) ? " (only committed)" : " (only served)");
        }
        if (!a.get(n).equals(b.get(n))) {
          return firstDifference(a.get(n), b.get(n), at + "/" + n);
        }
      }
    } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        if (!a.get(i).equals(b.get(i))) {
          return firstDifference(a.get(i), b.get(i), at + "/" + i);
        }
      }
    }
    return at.isEmpty() ? "/" : at;
  }
}

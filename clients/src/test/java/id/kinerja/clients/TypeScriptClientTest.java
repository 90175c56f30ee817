package id.kinerja.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The TypeScript sources generated for the portal compile under {@code tsc --strict} (with the DOM's fetch), and
 * offer the operations the README tour uses under their readable names.
 */
class TypeScriptClientTest {

  private static final Path SOURCES = Path.of(System.getProperty("kinerja.typescript.sources",
      "target/generated-sources/typescript")).toAbsolutePath();

  @Test
  void theGeneratedSourcesTypeCheckStrictly() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "tsc")).toAbsolutePath();
    Files.writeString(dir.resolve("tsconfig.json"), """
        {
          "compilerOptions": {
            "target": "ES2020", "lib": ["ES2020", "DOM"], "module": "ESNext", "moduleResolution": "Bundler",
            "strict": true, "noEmit": true, "skipLibCheck": true
          },
          "include": ["%s/**/*.ts"]
        }
        """.formatted(SOURCES.toString().replace('\\', '/')));
    Npm.Result r = Npm.exec(dir, "typescript@" + System.getProperty("kinerja.typescript.version", "5.9.3"), "tsc", "-p",
        dir.resolve("tsconfig.json").toString());
    assertThat(r.exitCode()).as(r.output()).isZero();
  }

  @Test
  void oneClientPerService() throws Exception {
    for (String service : List.of("planning", "realization", "reporting")) {
      Path apis = SOURCES.resolve(service).resolve("apis");
      try (Stream<Path> files = Files.list(apis)) {
        assertThat(files.filter(f -> f.toString().endsWith("Api.ts")).count()).as(service).isPositive();
      }
      assertThat(SOURCES.resolve(service).resolve("runtime.ts")).exists();
    }
  }
}

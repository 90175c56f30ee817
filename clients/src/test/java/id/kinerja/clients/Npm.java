package id.kinerja.clients;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a tool from the npm registry at a pinned version ({@code npm exec --package=name@version}), the way a portal
 * developer would. The machines this project builds on have Node.js and reach the npm registry; where a machine has no
 * npm the test that needs it is skipped, saying so.
 */
final class Npm {

  record Result(int exitCode, String output) {
  }

  private Npm() {
  }

  static Result exec(Path workingDirectory, String packageSpec, String... command) throws IOException, InterruptedException {
    assumeTrue(available(), "npm is not on this machine's PATH: the check needs Node.js 18 or newer");
    List<String> line = new ArrayList<>(List.of("npm", "exec", "--yes", "--package=" + packageSpec, "--"));
    line.addAll(List.of(command));
    Path log = Files.createTempFile(workingDirectory, "npm", ".log");
    Process p = new ProcessBuilder(line).directory(workingDirectory.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException(String.join(" ", line) + " did not finish in 5 minutes");
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    Files.deleteIfExists(log);
    return new Result(p.exitValue(), out);
  }

  private static boolean available() {
    try {
      Process p = new ProcessBuilder("npm", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  static Path projectRoot() {
    return Path.of(System.getProperty("kinerja.project.root", "..")).toAbsolutePath().normalize();
  }
}

package id.kinerja.deploy.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tour of the README, run as written with bash, curl and jq against a running system: the changes are the ports of
 * the system under test, where its tokens file is, and a reader's pauses between steps (see {@link #run}). With
 * {@code english}, curl sends {@code Accept-Language: en} on every request (through a curlrc), as a reader who prefers
 * English would.
 */
final class ReadmeTour {

  record Run(int exitCode, String output) {
  }

  private ReadmeTour() {
  }

  /** The first bash block after the heading "A short tour". */
  static String script(Path root) throws IOException {
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    int tour = readme.indexOf("## A short tour");
    Matcher m = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    if (tour < 0 || !m.find(tour)) {
      throw new IllegalStateException("README.md has no bash block under \"## A short tour\"");
    }
    return m.group(1);
  }

  static Run run(Path root, LocalSystem system, Path tokens, Path workDir, boolean english)
      throws IOException, InterruptedException {
    String script = script(root)
        .replace("localhost:8081", "localhost:" + port(system.planning()))
        .replace("localhost:8082", "localhost:" + port(system.realization()))
        .replace("localhost:8083", "localhost:" + port(system.reporting()))
        .replace("source deploy/launcher/run/tokens.env", "source '" + tokens.toAbsolutePath() + "'")
        // A reader types the next step a few seconds later. Where a step depends on something travelling between
        // processes (3: the reopening reaching realization's calendar copy; 4 and 6: reporting's figures; 5: the
        // stream of 4b connected before the verification it reports), the harness waits as long; the other steps
        // follow at once.
        .replaceAll("(?m)^# ([3-6])\\.", "sleep 3\n# $1.");
    if (english) {
      // Every write of the second run is a replay: no figure is recalculated, so no announcement comes for step 5b to
      // wait for. One look at the stream instead of 30.
      script = script.replace("for i in $(seq 30)", "for i in $(seq 1)");
    }
    Files.createDirectories(workDir);
    Path file = workDir.resolve("tour.sh");
    Files.writeString(file, "set -euo pipefail\n" + script, StandardCharsets.UTF_8);
    ProcessBuilder pb = new ProcessBuilder("bash", file.toString()).directory(workDir.toFile()).redirectErrorStream(true);
    Path curlHome = Files.createDirectories(workDir.resolve("curl-home"));
    Files.writeString(curlHome.resolve(".curlrc"), english ? "header = \"Accept-Language: en\"\n" : "");
    pb.environment().put("CURL_HOME", curlHome.toString());
    Path log = workDir.resolve(english ? "tour-en.log" : "tour-id.log");
    pb.redirectOutput(log.toFile());
    Process p = pb.start();
    if (!p.waitFor(3, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("the README tour did not finish in 3 minutes; see " + log);
    }
    return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private static int port(ServiceProcess service) {
    String url = service.baseUrl();
    return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1).replaceAll("/.*", ""));
  }
}

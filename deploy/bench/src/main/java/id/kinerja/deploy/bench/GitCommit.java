package id.kinerja.deploy.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The commit the benchmark was built from, for results.json; "+dirty" when tracked files differ from it. */
final class GitCommit {

  private GitCommit() {
  }

  /** The commit id, with "+dirty" for local changes to tracked files; null outside a git working tree. */
  static String of(Path root) {
    String head = git(root, "rev-parse", "HEAD");
    if (head == null || head.isBlank()) {
      return null;
    }
    // --no-optional-locks: only read; status must not refresh (write) the index.
    String status = git(root, "--no-optional-locks", "status", "--porcelain", "--untracked-files=no");
    return head.trim() + (status != null && !status.isBlank() ? "+dirty" : "");
  }

  private static String git(Path root, String... args) {
    List<String> cmd = new ArrayList<>(List.of("git", "-C", root.toString()));
    cmd.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String out = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return null;
      }
      return out;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}

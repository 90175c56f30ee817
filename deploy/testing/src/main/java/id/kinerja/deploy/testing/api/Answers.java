package id.kinerja.deploy.testing.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.response.Response;

/** Checks on an answer: a proper problem+json body, nothing internal leaked, the offending field named. */
public final class Answers {

  public static final String PROBLEM_JSON = "application/problem+json";
  public static final String PROBLEM_TYPE_BASE = "https://kinerja.id/problems/";

  /** What must never reach a client: stack traces, SQL and driver messages, class and framework names. */
  private static final List<Pattern> LEAKS = List.of(
      Pattern.compile("\\bat [\\w$]+(\\.[\\w$]+)+\\("),
      Pattern.compile("\\.java:\\d+"),
      Pattern.compile("\\b\\w*(Exception|Throwable)\\b"),
      Pattern.compile("\\b(java|javax|jakarta|sun|jdk|org|io|com|net)\\.[a-z]\\w*\\.[\\w.$]+"),
      Pattern.compile("\\bid\\.kinerja\\.[a-z]"),
      Pattern.compile("(?i)\\bselect\\b[^\\n]{0,200}\\bfrom\\b"),
      Pattern.compile("(?i)\\binsert\\s+into\\b|\\bdelete\\s+from\\b|\\bupdate\\s+\\w+\\s+set\\b"),
      Pattern.compile("(?i)sqlstate|psql|postgres|syntax error at|violates \\w+ constraint|duplicate key value|relation \"|column \""),
      Pattern.compile("(?i)hibernate|jdbc|jackson|resteasy|vert\\.?x|smallrye|quarkus|netty"),
      Pattern.compile("\\[Source: |reference chain|HV\\d{6}"),
      Pattern.compile("(?i)<html|<!doctype"));

  private Answers() {
  }

  /** Leaks found in the body, after removing what the client itself sent (a refusal may quote a value). */
  public static List<String> leaks(String body, Collection<String> echoed) {
    String text = body == null ? "" : body;
    for (String e : echoed) {
      if (e != null && e.length() >= 3) {
        text = text.replace(e, "");
        text = text.replace(jsonEscaped(e), "");
      }
    }
    List<String> out = new ArrayList<>();
    for (Pattern p : LEAKS) {
      Matcher m = p.matcher(text);
      if (m.find()) {
        out.add("leaks \"" + ApiRequest.cut(text.substring(Math.max(0, m.start() - 20), Math.min(text.length(), m.end() + 30)), 90)
            + "\"");
      }
    }
    return out;
  }

  private static String jsonEscaped(String s) {
    String quoted = ApiOperations.JSON.getNodeFactory().textNode(s).toString();
    return quoted.substring(1, quoted.length() - 1);
  }

  /** Defects of an error answer: not problem+json, status or type missing or wrong, leaks. Empty when fine. */
  public static List<String> problemDefects(Response r, Collection<String> echoed) {
    List<String> out = new ArrayList<>();
    String type = r.contentType();
    String body = body(r);
    if (type == null || !type.startsWith(PROBLEM_JSON)) {
      out.add("Content-Type is " + type + ", not " + PROBLEM_JSON + " (body " + ApiRequest.cut(body, 120) + ")");
    } else {
      JsonNode problem = json(body);
      if (problem == null || !problem.isObject()) {
        out.add("body is not a JSON object: " + ApiRequest.cut(body, 120));
      } else {
        if (problem.path("status").asInt() != r.statusCode()) {
          out.add("problem status " + problem.path("status") + " differs from HTTP " + r.statusCode());
        }
        if (!problem.path("type").asText().startsWith(PROBLEM_TYPE_BASE)) {
          out.add("problem type " + problem.path("type") + " is not under " + PROBLEM_TYPE_BASE);
        }
        if (problem.path("title").asText().isBlank()) {
          out.add("problem has no title");
        }
      }
    }
    out.addAll(leaks(body, echoed));
    return out;
  }

  /**
   * Whether the problem names the field: an entry of {@code errors} whose field is the path, ends with it, or (for a
   * parser-level refusal, where the reader may stop at the enclosing object or inside the value) is "body", a parent
   * or a child of the path. "*": any field.
   */
  public static boolean namesField(Response r, String field, boolean parserLevel) {
    JsonNode problem = json(body(r));
    if (problem == null) {
      return false;
    }
    if ("*".equals(field)) {
      return !problem.path("errors").isEmpty();
    }
    String wanted = normalize(field);
    String leaf = wanted.replaceAll("^.*[.\\]]", "").replaceAll("\\[\\d+\\]$", "");
    for (JsonNode e : problem.path("errors")) {
      String got = normalize(e.path("field").asText());
      if (got.equals(wanted) || got.endsWith("." + wanted) || wanted.endsWith("." + got) && !got.isEmpty() && !"body".equals(got)
          || parserLevel && ("body".equals(got) || got.endsWith(leaf) || !got.isEmpty() && (got.startsWith(wanted)
              || wanted.startsWith(got)))) {
        return true;
      }
      if (!leaf.isEmpty() && (got.equals(leaf) || got.endsWith("." + leaf) || got.endsWith("]" + leaf))) {
        return true;
      }
    }
    return false;
  }

  /** "$.renstra.sasaran[0]" and "/renstra/sasaran/0" both become "renstra.sasaran[0]". */
  static String normalize(String path) {
    String p = path.trim();
    if (p.startsWith("/")) {
      p = p.substring(1).replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.');
    }
    p = p.replaceFirst("^\\$\\.?", "").replace(".[", "[");
    return p;
  }

  public static String body(Response r) {
    byte[] bytes = r.asByteArray();
    return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
  }

  static JsonNode json(String text) {
    try {
      return ApiOperations.JSON.readTree(text);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  /** The fields named by a problem, for failure messages. */
  public static List<String> fields(Response r) {
    List<String> out = new ArrayList<>();
    JsonNode problem = json(body(r));
    if (problem != null) {
      problem.path("errors").forEach(e -> out.add(e.path("field").asText() + ":" + e.path("rule").asText()));
    }
    return out;
  }
}

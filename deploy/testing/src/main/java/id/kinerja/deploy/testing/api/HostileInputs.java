package id.kinerja.deploy.testing.api;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;

/**
 * The hostile-input suite: for every operation under {@code /api/} that takes a body or parameters, a valid request
 * (from {@link RequestFactory}, sent by a caller the operation allows) is damaged in one place at a time and sent:
 * malformed JSON, wrong shapes, wrong JSON types per field, values that break the declared limits, seeded random
 * mutations (missing and null required fields, huge strings, 1e400, -1, "NaN", deep nesting, duplicate keys,
 * unknown fields, control characters, id-ID numbers as strings), foreign content types, an unsupported Accept,
 * oversized bodies, bad path, query and header values; plus what the service adds (uploads).
 *
 * <p>Every answer must be a 4xx (never 2xx, never 5xx) of the expected kind, application/problem+json, naming the
 * field where one is to blame, with nothing internal in it; and the service's stored state (the test's snapshot,
 * e.g. every readable resource of the kabupaten) must be the same before and after each operation's inputs. A free
 * text filter may instead answer exactly as it does for a harmless value that matches nothing ("inert").
 */
public final class HostileInputs {

  /** What a variant must be answered with. */
  public record Expect(Set<Integer> statuses, String field, boolean parserLevel, ApiRequest inertAgainst) {

    /** Any 4xx. */
    public static Expect clientError() {
      return new Expect(Set.of(), null, false, null);
    }

    public static Expect status(Integer... statuses) {
      return new Expect(Set.of(statuses), null, false, null);
    }

    /** One of the statuses, naming the field. */
    public static Expect field(String field, Integer... statuses) {
      return new Expect(Set.of(statuses), field, false, null);
    }

    /** A refusal by the JSON reader: 400 naming the field or "body" ("*": some field, wherever the reader stopped). */
    public static Expect parser(String field) {
      return new Expect(Set.of(400), field, true, null);
    }

    /** A 4xx, or exactly the answer to the harmless request. */
    public static Expect inert(ApiRequest harmless) {
      return new Expect(Set.of(), null, false, harmless);
    }
  }

  /** One hostile request. {@code echoed}: values a refusal may quote back (excluded from the leak scan). */
  public record Variant(String kind, String label, ApiRequest request, Expect expect, List<String> echoed) {

    public Variant(String kind, String label, ApiRequest request, Expect expect) {
      this(kind, label, request, expect, List.of());
    }
  }

  public record Result(String service, int operations, int sent, int skipped, Map<String, Integer> byKind,
      Map<String, Integer> statuses, List<String> failures) {

    public String summary() {
      return "hostile inputs " + service + ": " + sent + " requests over " + operations + " operations (" + skipped
          + " skipped by documented exceptions); kinds " + byKind + "; answers " + statuses + "; " + failures.size()
          + " failures";
    }

    public void assertPassed() {
      if (!failures.isEmpty()) {
        throw new AssertionError(summary() + ":\n  " + String.join("\n  ", failures));
      }
    }
  }

  static final String MARK = "@@HOSTILE@@";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** JsonHardening.MAX_STRING + 1. */
  static final int HUGE_STRING = 1_000_001;
  static final List<String> INJECTIONS = List.of("35.02.08' or '1'='1", "1; DROP TABLE kecamatan --", "<script>alert(1)</script>",
      "../../../../etc/passwd", "${jndi:ldap://x.example/a}", "\u0000", "%27%20or%201%3D1", "1e999999999");

  private final String service;
  private final ApiOperations api;
  private final RequestFactory requests;
  private final Function<ApiOperation, String> tokenFor;
  private final Supplier<String> state;
  private final Map<String, Function<ApiRequest, List<Variant>>> extras = new LinkedHashMap<>();
  private final Map<String, String> exceptions = new LinkedHashMap<>();
  private long seed = 0x5EC0_2024L;
  private int fuzzPerOperation = 24;
  private int fieldsPerOperation = 40;
  private long maxBodyBytes = 2L * 1024 * 1024;
  private final Set<String> seenParameters = new java.util.HashSet<>();
  private final Set<String> oversizedTried = new java.util.HashSet<>();

  /**
   * @param tokenFor a token the operation allows, for kecamatan A or kabupaten K
   * @param state    a snapshot of what the service stores for the test's tenants (compared before and after)
   */
  public HostileInputs(String service, ApiOperations api, RequestFactory requests, Function<ApiOperation, String> tokenFor,
      Supplier<String> state) {
    this.service = service;
    this.api = api;
    this.requests = requests;
    this.tokenFor = tokenFor;
    this.state = state;
  }

  public HostileInputs seed(long s) {
    this.seed = s;
    return this;
  }

  /** quarkus.http.limits.max-body-size of the service. */
  public HostileInputs maxBodyBytes(long bytes) {
    this.maxBodyBytes = bytes;
    return this;
  }

  public HostileInputs fuzzPerOperation(int n) {
    this.fuzzPerOperation = n;
    return this;
  }

  /** Variants of the service's own (e.g. file uploads) for an operation, derived from its valid request. */
  public HostileInputs extra(String operationKey, Function<ApiRequest, List<Variant>> variants) {
    extras.put(operationKey, variants);
    return this;
  }

  /**
   * Leaves out the variants of an operation whose label starts with the prefix, for a stated reason (they are counted
   * as skipped and the reason is printed).
   */
  public HostileInputs except(String operationKey, String labelPrefix, String reason) {
    exceptions.put(operationKey + "|" + labelPrefix, reason);
    return this;
  }

  // ------------------------------------------------------------------------------------------------ running

  public Result run() {
    Tally tally = new Tally(state.get());
    for (ApiOperation op : api.under("/api/")) {
      if (op.hasInput() || extras.containsKey(op.key())) {
        runOperation(op, tally);
      }
    }
    tally.operations++;
    for (Variant v : routing()) {
      send(v.label(), v, v.request(), tally);
    }
    tally.compareState("routing");
    exceptions.forEach((k, reason) -> System.out.println("hostile inputs " + service + ": skipped " + k + " — " + reason));
    Result result = new Result(service, tally.operations, tally.sent, tally.skipped, tally.byKind, tally.statuses,
        tally.failures);
    System.out.println(result.summary());
    return result;
  }

  /** Sends every variant of one operation, then checks that the stored data did not change. */
  private void runOperation(ApiOperation op, Tally tally) {
    tally.operations++;
    ApiRequest base = requests.build(op).withToken(tokenFor.apply(op));
    String baseKey = base.headers().get("Idempotency-Key");
    String baseEtag = base.headers().get("If-Match");
    String etag = baseEtag;
    for (Variant v : variants(op, base)) {
      if (exception(op, v.label()) != null) {
        tally.skipped++;
        continue;
      }
      ApiRequest request = v.request();
      if (baseKey != null && baseKey.equals(request.headers().get("Idempotency-Key"))) {
        request = request.withHeader("Idempotency-Key", UUID.randomUUID().toString());
      }
      if (baseEtag != null && baseEtag.equals(request.headers().get("If-Match"))) {
        // The current version: a variant that was wrongly accepted moved it, and the next must not fail on 412 instead.
        request = request.withHeader("If-Match", etag);
      }
      Response answer = send(op.key() + " " + v.label(), v, request, tally);
      if (answer != null && baseEtag != null && answer.statusCode() < 300 && answer.header("ETag") != null) {
        etag = answer.header("ETag");
      }
    }
    tally.compareState(op.key());
  }

  /** Sends one variant and records the answer and its defects; null when no answer came. */
  private Response send(String where, Variant v, ApiRequest request, Tally tally) {
    tally.sent++;
    Response answer;
    try {
      answer = request.send();
    } catch (Exception e) {
      tally.failures.add(where + ": no answer (" + e.getClass().getSimpleName() + ": "
          + ApiRequest.cut(String.valueOf(e.getMessage()), 120) + ")  [" + request.describe() + "]");
      return null;
    }
    tally.byKind.merge(v.kind(), 1, Integer::sum);
    tally.statuses.merge(String.valueOf(answer.statusCode()), 1, Integer::sum);
    for (String defect : check(v, answer)) {
      tally.failures.add(where + " → " + answer.statusCode() + ": " + defect + "  [" + request.describe() + "]");
    }
    return answer;
  }

  /** Counts of a run, its failures, and the stored state last seen. */
  private final class Tally {
    int operations;
    int sent;
    int skipped;
    final Map<String, Integer> byKind = new TreeMap<>();
    final Map<String, Integer> statuses = new TreeMap<>();
    final List<String> failures = new ArrayList<>();
    private String before;

    Tally(String before) {
      this.before = before;
    }

    /** A failure when the stored data differs from the last snapshot (which becomes the new one). */
    void compareState(String where) {
      String after = state.get();
      if (!after.equals(before)) {
        failures.add(where + ": stored data changed while its hostile inputs were sent: " + firstDifference(before, after));
        before = after;
      }
    }
  }

  private String exception(ApiOperation op, String label) {
    for (Map.Entry<String, String> e : exceptions.entrySet()) {
      String[] k = e.getKey().split("\\|", 2);
      if (k[0].equals(op.key()) && label.startsWith(k[1])) {
        return e.getValue();
      }
    }
    return null;
  }

  private List<String> check(Variant v, Response answer) {
    List<String> out = new ArrayList<>();
    int status = answer.statusCode();
    Expect e = v.expect();
    if (e.inertAgainst() != null && status >= 200 && status < 300) {
      Response harmless = e.inertAgainst().send();
      // A binary answer (XLSX, PDF) differs byte for byte between two identical requests (timestamps inside): only
      // its status is compared; the JSON form of the same operation compares the content.
      boolean json = answer.contentType() != null && answer.contentType().contains("json");
      if (harmless.statusCode() != status || json && !Answers.body(harmless).equals(Answers.body(answer))) {
        out.add("accepted, and answered differently from a harmless value (" + harmless.statusCode() + "): "
            + ApiRequest.cut(Answers.body(answer), 200));
      }
      return out;
    }
    if (status < 400 || status >= 500) {
      out.add("expected a 4xx refusal — body " + ApiRequest.cut(Answers.body(answer), 300));
      if (status < 400) {
        return out;
      }
    }
    if (!e.statuses().isEmpty() && !e.statuses().contains(status)) {
      out.add("expected " + e.statuses() + " — " + ApiRequest.cut(Answers.body(answer), 300));
    }
    List<String> echoed = new ArrayList<>(v.echoed());
    v.request().pathParams().values().forEach(echoed::add);
    v.request().query().values().forEach(echoed::add);
    v.request().headers().values().forEach(echoed::add);
    out.addAll(Answers.problemDefects(answer, echoed));
    if (e.field() != null && status < 500 && !Answers.namesField(answer, e.field(), e.parserLevel())) {
      out.add("does not name field " + e.field() + " (names " + Answers.fields(answer) + ": "
          + ApiRequest.cut(Answers.body(answer), 200) + ")");
    }
    return out;
  }

  static String firstDifference(String a, String b) {
    String[] x = a.split("\n");
    String[] y = b.split("\n");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      String l = i < x.length ? x[i] : "(nothing)";
      String r = i < y.length ? y[i] : "(nothing)";
      if (!l.equals(r)) {
        return "before: " + ApiRequest.cut(l, 300) + " / after: " + ApiRequest.cut(r, 300);
      }
    }
    return "(same lines)";
  }

  // ------------------------------------------------------------------------------------------------ variants

  /**
   * Requests no operation declares: each path with a method it does not have (405), and unknown paths under /api/
   * and outside it (404). Sent with a valid token of the service's first operation.
   */
  List<Variant> routing() {
    List<Variant> out = new ArrayList<>();
    List<ApiOperation> ops = api.under("/api/");
    if (ops.isEmpty()) {
      return out;
    }
    Map<String, Set<String>> methods = api.methodsByPath();
    for (ApiOperation op : ops) {
      Set<String> declared = methods.get(op.path());
      if (!op.equals(ops.stream().filter(o -> o.path().equals(op.path())).findFirst().orElse(null))) {
        continue;
      }
      ApiRequest base = requests.build(op).withToken(tokenFor.apply(op));
      for (String m : List.of("DELETE", "PATCH", "PUT", "POST")) {
        if (!declared.contains(m)) {
          // 405, or 404 where RESTEasy Reactive routes the path to another root resource class first.
          out.add(new Variant("routing", "method " + m + " on " + op.path(), base.withMethod(m), Expect.status(405, 404)));
          break;
        }
      }
    }
    ApiOperation first = ops.get(0);
    ApiRequest base = requests.build(first).withToken(tokenFor.apply(first));
    for (String path : List.of("/api/tidak-ada", "/api/", "/api/kecamatan/" + "35.02.14" + "/tidak-ada", "/tidak-ada")) {
      ApiOperation unknown = new ApiOperation(api, "GET", path, NODES.objectNode(), NODES.objectNode());
      ApiRequest r = ApiRequest.of(unknown).withToken(base.token());
      out.add(new Variant("routing", "unknown path " + path, r, Expect.status(404)));
    }
    return out;
  }

  /** Every variant of one operation, deterministic for the seed. */
  public List<Variant> variants(ApiOperation op, ApiRequest base) {
    List<Variant> out = new ArrayList<>();
    Random random = new Random(seed ^ op.key().hashCode());
    op.body().ifPresent(b -> {
      if (b.json() && base.body() != null) {
        bodyVariants(op, b, base, random, out);
      } else if (b.multipart()) {
        out.add(new Variant("content-type", "content-type application/json",
            base.withBody("application/json", "{\"url\": \"https://x.example/a.pdf\"}"), Expect.status(415)));
      }
      if (oversizedTried.add(b.mediaType())) {
        // The limit is enforced ahead of every operation: once per media type shows it.
        oversized(b, base, out);
      }
    });
    if (op.producesJson() || !op.produces().isEmpty()) {
      out.add(new Variant("accept", "Accept application/xml", base.withHeader("Accept", "application/xml"), Expect.status(406)));
    }
    for (ApiOperation.Parameter p : op.parameters("path")) {
      paramVariants(op, p, base, out);
    }
    for (ApiOperation.Parameter p : op.parameters("query")) {
      paramVariants(op, p, base, out);
    }
    for (ApiOperation.Parameter p : op.parameters("header")) {
      headerVariants(p, base, out);
    }
    Function<ApiRequest, List<Variant>> extra = extras.get(op.key());
    if (extra != null) {
      out.addAll(extra.apply(base));
    }
    return out;
  }

  private void bodyVariants(ApiOperation op, ApiOperation.Body b, ApiRequest base, Random random, List<Variant> out) {
    BodyEdits body = new BodyEdits(base, b.mediaType(), Answers.json(base.bodyText()));
    textVariants(b, body, out);
    JsonNode tree = body.tree();
    if (tree != null && (tree.isObject() || tree.isArray())) {
      List<Field> fields = new ArrayList<>();
      collect(op.api(), tree, b.schema(), new ArrayList<>(), true, fields, 0);
      fieldVariants(fields, body, random, out);
    }
  }

  /** The body as text damaged: malformed JSON, other shapes, trailing content, invalid UTF-8, other content types. */
  private static void textVariants(ApiOperation.Body b, BodyEdits body, List<Variant> out) {
    ApiRequest base = body.base();
    String text = base.bodyText();
    JsonNode tree = body.tree();
    List<String> malformed = List.of("{", "{\"", "{\"a\":}", "{\"a\" 1}", "{,}", "[1,]", "{'a': 1}", "nul", "tru", "}",
        "{\"a\":\"\\x\"}", "{\"a\":01}", "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":1e}", "/*c*/" + text,
        text.substring(0, text.length() / 2), text.contains("\"") ? text.replaceFirst("\"", "") : text + "\"");
    for (int i = 0; i < malformed.size(); i++) {
      // The reader may name the field it was in when the text broke off (a cut body): some field must be named.
      out.add(new Variant("malformed-json", "malformed JSON #" + i, body.text(malformed.get(i)), Expect.parser("*")));
    }
    if (b.required()) {
      // (An optional body may be empty: e.g. a triwulan action without lists acts on every eligible cell.)
      out.add(new Variant("malformed-json", "empty body", body.text(""), Expect.status(400)));
      out.add(new Variant("malformed-json", "blank body", body.text("  \n "), Expect.status(400)));
    }
    for (String shape : List.of("null", "[]", "\"text\"", "42", "true", "[" + text + "]")) {
      if (tree != null && tree.isObject() && (b.required() || !"null".equals(shape))) {
        out.add(new Variant("wrong-shape", "body " + ApiRequest.cut(shape, 20), body.text(shape), Expect.status(400)));
      }
    }
    out.add(new Variant("trailing-content", "trailing object", body.text(text + " {}"), Expect.parser("body")));
    out.add(new Variant("trailing-content", "trailing garbage", body.text(text + "x"), Expect.parser("body")));
    int quote = text.indexOf(":\"");
    if (quote > 0) {
      byte[] head = text.substring(0, quote + 2).getBytes(StandardCharsets.UTF_8);
      byte[] tail = text.substring(quote + 2).getBytes(StandardCharsets.UTF_8);
      byte[] bad = new byte[head.length + 2 + tail.length];
      System.arraycopy(head, 0, bad, 0, head.length);
      bad[head.length] = (byte) 0xC3;
      bad[head.length + 1] = (byte) 0x28;
      System.arraycopy(tail, 0, bad, head.length + 2, tail.length);
      out.add(new Variant("invalid-utf8", "invalid UTF-8 in a string", base.withBody(body.type(), bad), Expect.parser("*")));
    }
    for (String ct : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=zz",
        "application/octet-stream")) {
      out.add(new Variant("content-type", "content-type " + ct, base.withContentType(ct), Expect.status(415)));
    }
    out.add(new Variant("content-type", "no content-type", base.withContentType(null), Expect.status(400, 415)));
  }

  /** Fields of the body damaged: wrong JSON types, declared limits broken, required ones missing or null, fuzz. */
  private void fieldVariants(List<Field> fields, BodyEdits body, Random random, List<Variant> out) {
    // Every field gets wrong JSON types and its declared limits broken; at most fieldsPerOperation fields, spread
    // deterministically over the body.
    List<Field> chosen = fields;
    if (fields.size() > fieldsPerOperation) {
      chosen = new ArrayList<>();
      double step = fields.size() / (double) fieldsPerOperation;
      for (int i = 0; i < fieldsPerOperation; i++) {
        chosen.add(fields.get((int) (i * step)));
      }
    }
    for (Field f : chosen) {
      for (JsonNode wrong : wrongTypes(f)) {
        out.add(new Variant("wrong-type", "wrong type " + f.path() + " = " + ApiRequest.cut(wrong.toString(), 30),
            body.set(f, wrong), Expect.field(f.path(), 400)));
      }
      limitVariants(f, body, out);
    }
    for (Field f : fields) {
      if (f.required()) {
        out.add(new Variant("missing-required", "missing " + f.path(), body.remove(f), Expect.field(f.path(), 400, 422)));
        out.add(new Variant("null-required", "null " + f.path(), body.set(f, NODES.nullNode()), Expect.field(f.path(), 400, 422)));
      }
    }
    int huge = 0;
    for (int i = 0; i < fuzzPerOperation && !fields.isEmpty(); i++) {
      Field f = fields.get(random.nextInt(fields.size()));
      Variant v = fuzz(f, body, random, huge < 2);
      if (v != null) {
        if (v.kind().equals("fuzz:huge-string")) {
          huge++;
        }
        out.add(v);
      }
    }
  }

  /** The valid request's JSON body (media type and tree) and the requests that differ from it in one place. */
  private record BodyEdits(ApiRequest base, String type, JsonNode tree) {

    ApiRequest text(String body) {
      return base.withBody(type, body);
    }

    /** The field set to the value. */
    ApiRequest set(Field f, JsonNode value) {
      return text(HostileInputs.set(tree, f, value));
    }

    /** The field's value replaced by raw JSON text (which a tree cannot hold: 1e400, \ud800 …). */
    ApiRequest raw(Field f, String json) {
      return text(HostileInputs.set(tree, f, NODES.textNode(MARK)).replace("\"" + MARK + "\"", json));
    }

    ApiRequest remove(Field f) {
      return text(HostileInputs.remove(tree, f));
    }

    /** The field's key written twice in its object. */
    ApiRequest duplicate(Field f, String key) {
      return text(HostileInputs.duplicate(tree, f, key));
    }
  }

  private void oversized(ApiOperation.Body b, ApiRequest base, List<Variant> out) {
    int size = (int) Math.min(Integer.MAX_VALUE - 16, maxBodyBytes + 64 * 1024);
    byte[] big = new byte[size];
    java.util.Arrays.fill(big, (byte) 'a');
    byte[] prefix = "{\"x\":\"".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(prefix, 0, big, 0, prefix.length);
    big[size - 2] = '"';
    big[size - 1] = '}';
    // Expect: 100-continue lets the client read the refusal before it sends the body (as browsers and mobile HTTP
    // stacks do for large uploads); without it the server's early answer races the client's writes.
    ApiRequest over = base.withBody(b.mediaType(), big).withHeader("Expect", "100-continue");
    out.add(new Variant("oversized", "body over the size limit", over, Expect.status(413)));
    out.add(new Variant("oversized", "chunked body over the size limit", over.chunked(), Expect.status(413)));
  }

  /** A field of the example body: its path, value, schema and whether its object requires it. */
  record Field(List<Object> segments, JsonNode value, JsonNode schema, boolean required) {

    String path() {
      StringBuilder sb = new StringBuilder();
      for (Object s : segments) {
        if (s instanceof Integer i) {
          sb.append('[').append(i).append(']');
        } else {
          if (sb.length() > 0) {
            sb.append('.');
          }
          sb.append(s);
        }
      }
      return sb.toString();
    }

    String type() {
      String t = ApiOperations.typeOf(schema);
      if (!t.isEmpty()) {
        return t;
      }
      return switch (value.getNodeType()) {
        case STRING -> "string";
        case NUMBER -> value.isIntegralNumber() ? "integer" : "number";
        case BOOLEAN -> "boolean";
        case ARRAY -> "array";
        case OBJECT -> "object";
        default -> "";
      };
    }

    /** Free JSON (no declared type and a null example) accepts anything. */
    boolean typed() {
      return !type().isEmpty();
    }
  }

  private static void collect(ApiOperations api, JsonNode node, JsonNode schema, List<Object> path, boolean root, List<Field> out,
      int depth) {
    if (depth > 6) {
      return;
    }
    JsonNode s = api.resolve(schema);
    if (node.isObject()) {
      Set<String> required = ApiOperations.strings(s.path("required"));
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        List<Object> p = new ArrayList<>(path);
        p.add(e.getKey());
        JsonNode ps = api.property(s, e.getKey());
        if (e.getValue().isNull()) {
          continue;
        }
        out.add(new Field(p, e.getValue(), ps, required.contains(e.getKey())));
        if (e.getValue().isContainerNode()) {
          collect(api, e.getValue(), ps, p, false, out, depth + 1);
        }
      }
    } else if (node.isArray() && !node.isEmpty()) {
      List<Object> p = new ArrayList<>(path);
      p.add(0);
      JsonNode items = api.items(s);
      JsonNode first = node.get(0);
      if (!root) {
        out.add(new Field(p, first, items, false));
      }
      if (first.isContainerNode()) {
        collect(api, first, items, p, false, out, depth + 1);
      }
    }
  }

  /** JSON values of other types than the field's: two per field, the likeliest to be coerced and a structure. */
  private static List<JsonNode> wrongTypes(Field f) {
    return switch (f.type()) {
      case "string" -> List.of(NODES.numberNode(12345), NODES.objectNode());
      case "integer", "number" -> List.of(NODES.textNode("12"), NODES.booleanNode(true));
      case "boolean" -> List.of(NODES.textNode("true"), NODES.numberNode(1));
      case "array" -> List.of(NODES.objectNode(), NODES.textNode("x"));
      case "object" -> List.of(NODES.arrayNode(), NODES.textNode("x"));
      default -> List.of();
    };
  }

  /** Values that break what the schema declares: length, pattern, enum, range, integrality, precision, format. */
  private static void limitVariants(Field f, BodyEdits body, List<Variant> out) {
    JsonNode s = f.schema();
    String t = f.type();
    if ("string".equals(t)) {
      if (s.has("maxLength")) {
        String longer = "x".repeat(s.get("maxLength").asInt() + 1);
        out.add(new Variant("limit", "too long " + f.path(), body.set(f, NODES.textNode(longer)), Expect.field(f.path(), 400),
            List.of(longer)));
      }
      if (s.has("pattern") || s.path("minLength").asInt(0) > 0) {
        out.add(limit("blank", f, body, NODES.textNode("   "), 400));
      }
      if (s.path("enum").isArray() && !s.path("enum").isEmpty()) {
        out.add(limit("not one of the enum", f, body, NODES.textNode("NOT_A_VALUE"), 400));
      }
      if ("date-time".equals(s.path("format").asText()) || "date".equals(s.path("format").asText())) {
        out.add(limit("not a date", f, body, NODES.textNode("2024-13-45T99:00:00Z"), 400));
        out.add(limit("id-ID date", f, body, NODES.textNode("31-12-2024"), 400));
      }
    }
    if ("integer".equals(t) || "number".equals(t)) {
      if (s.has("minimum")) {
        BigDecimal below = s.get("minimum").decimalValue().subtract(BigDecimal.ONE);
        out.add(limit("below minimum", f, body, NODES.numberNode(below), 400, 422));
      }
      if (s.has("maximum")) {
        BigDecimal above = s.get("maximum").decimalValue().add(BigDecimal.ONE);
        out.add(limit("above maximum", f, body, NODES.numberNode(above), 400, 422));
      }
      if ("integer".equals(t)) {
        out.add(limit("fraction in integer", f, body, NODES.numberNode(new BigDecimal("1.5")), 400));
      }
      if (s.has("multipleOf") && s.get("multipleOf").decimalValue().compareTo(BigDecimal.ONE) < 0) {
        BigDecimal finer = s.get("multipleOf").decimalValue().divide(BigDecimal.TEN);
        out.add(limit("more decimals than allowed", f, body, NODES.numberNode(BigDecimal.ONE.add(finer)), 400));
      }
    }
    if ("array".equals(t) && s.has("maxItems") && s.get("maxItems").asInt() < 20_000) {
      ArrayNode many = NODES.arrayNode();
      JsonNode item = f.value().isEmpty() ? NODES.textNode("x") : f.value().get(0);
      for (int i = 0; i <= s.get("maxItems").asInt(); i++) {
        many.add(item);
      }
      out.add(limit("too many items", f, body, many, 400));
    }
  }

  /** The body with the field set to a value beyond a declared limit, refused naming the field. */
  private static Variant limit(String what, Field f, BodyEdits body, JsonNode value, Integer... statuses) {
    return new Variant("limit", what + " " + f.path(), body.set(f, value), Expect.field(f.path(), statuses));
  }

  private static Variant fuzz(Field f, BodyEdits body, Random random, boolean hugeAllowed) {
    String t = f.type();
    List<String> kinds = new ArrayList<>(List.of("deep-nesting", "duplicate-key", "unknown-field"));
    if ("string".equals(t)) {
      kinds.addAll(List.of("control-char", "control-char", "lone-surrogate"));
      if (hugeAllowed) {
        kinds.add("huge-string");
      }
    }
    if ("integer".equals(t) || "number".equals(t)) {
      kinds.addAll(List.of("1e400", "400-digits", "NaN-string", "Infinity-string", "id-ID-number"));
      if (f.schema().has("minimum") && f.schema().get("minimum").asDouble() >= 0) {
        kinds.add("-1");
      }
    }
    if (f.required()) {
      kinds.addAll(List.of("drop-required", "null-required"));
    }
    String kind = kinds.get(random.nextInt(kinds.size()));
    String label = "fuzz " + kind + " at " + f.path();
    String path = f.path();
    BiFunction<ApiRequest, Expect, Variant> fuzzed = (request, expect) -> new Variant("fuzz:" + kind, label, request, expect);
    return switch (kind) {
      case "deep-nesting" -> fuzzed.apply(body.raw(f, "[".repeat(60) + "]".repeat(60)), Expect.parser(path));
      case "duplicate-key" -> f.segments().get(f.segments().size() - 1) instanceof String key
          ? fuzzed.apply(body.duplicate(f, key), Expect.parser(path)) : null;
      case "unknown-field" -> {
        String unknown = "zzTidakDikenal";
        Field parent = parentObject(body.tree(), f);
        if (parent == null) {
          yield null;
        }
        ObjectNode copy = body.tree().deepCopy();
        JsonNode at = navigate(copy, parent.segments());
        ((ObjectNode) at).put(unknown, 1);
        String p = parent.segments().isEmpty() ? unknown : parent.path() + "." + unknown;
        yield new Variant("fuzz:" + kind, "fuzz unknown-field at " + p, body.text(copy.toString()), Expect.parser(p));
      }
      case "control-char" -> {
        String c = List.of("\u0000", "\u0007", "\u001b[2J", "\u0085", "\u007f").get(random.nextInt(5));
        String v = (f.value().isTextual() ? f.value().asText() : "x") + c + "y";
        yield new Variant("fuzz:" + kind, label + " U+" + String.format("%04X", (int) c.charAt(0)),
            body.set(f, NODES.textNode(v)), Expect.field(path, 400), List.of(v));
      }
      case "lone-surrogate" -> fuzzed.apply(body.raw(f, "\"ab\\ud800cd\""), Expect.parser(path));
      case "huge-string" -> fuzzed.apply(body.raw(f, "\"" + "x".repeat(HUGE_STRING) + "\""),
          new Expect(Set.of(400, 413), path, true, null));
      case "1e400" -> fuzzed.apply(body.raw(f, "1e400"), Expect.parser(path));
      case "400-digits" -> fuzzed.apply(body.raw(f, "1" + "0".repeat(400)), Expect.parser(path));
      case "NaN-string" -> fuzzed.apply(body.set(f, NODES.textNode("NaN")), Expect.field(path, 400));
      case "Infinity-string" -> fuzzed.apply(body.set(f, NODES.textNode("-Infinity")), Expect.field(path, 400));
      case "id-ID-number" -> fuzzed.apply(body.set(f, NODES.textNode("1.234,56")), Expect.field(path, 400));
      case "-1" -> fuzzed.apply(body.set(f, NODES.numberNode(-1)), Expect.field(path, 400, 422));
      case "drop-required" -> fuzzed.apply(body.remove(f), Expect.field(path, 400, 422));
      case "null-required" -> fuzzed.apply(body.set(f, NODES.nullNode()), Expect.field(path, 400, 422));
      default -> null;
    };
  }

  private static Field parentObject(JsonNode tree, Field f) {
    List<Object> segments = new ArrayList<>(f.segments());
    while (!segments.isEmpty()) {
      segments.remove(segments.size() - 1);
      JsonNode at = navigate(tree, segments);
      if (at != null && at.isObject()) {
        return new Field(segments, at, NODES.missingNode(), false);
      }
    }
    return tree.isObject() ? new Field(List.of(), tree, NODES.missingNode(), false) : null;
  }

  static JsonNode navigate(JsonNode node, List<Object> segments) {
    JsonNode at = node;
    for (Object s : segments) {
      at = s instanceof Integer i ? at.path(i) : at.path((String) s);
    }
    return at.isMissingNode() ? null : at;
  }

  /** The field's parent (object or array) in the tree. */
  private static JsonNode parentOf(JsonNode tree, Field f) {
    return navigate(tree, f.segments().subList(0, f.segments().size() - 1));
  }

  private static Object lastSegment(Field f) {
    return f.segments().get(f.segments().size() - 1);
  }

  /** The body with the field set to the value. */
  static String set(JsonNode tree, Field f, JsonNode value) {
    JsonNode copy = tree.deepCopy();
    JsonNode parent = parentOf(copy, f);
    if (parent instanceof ObjectNode o) {
      o.set((String) lastSegment(f), value);
    } else if (parent instanceof ArrayNode a) {
      a.set((Integer) lastSegment(f), value);
    }
    return copy.toString();
  }

  /** The body with the field removed. */
  static String remove(JsonNode tree, Field f) {
    JsonNode copy = tree.deepCopy();
    JsonNode parent = parentOf(copy, f);
    if (parent instanceof ObjectNode o) {
      o.remove((String) lastSegment(f));
    } else if (parent instanceof ArrayNode a) {
      a.remove((Integer) lastSegment(f));
    }
    return copy.toString();
  }

  /** The body with the field's key written twice in its object. */
  static String duplicate(JsonNode tree, Field f, String key) {
    JsonNode copy = tree.deepCopy();
    if (!(parentOf(copy, f) instanceof ObjectNode o)) {
      return copy.toString();
    }
    JsonNode value = o.get(key);
    o.put(MARK, MARK);
    return copy.toString().replace("\"" + MARK + "\":\"" + MARK + "\"",
        ApiOperations.JSON.getNodeFactory().textNode(key) + ":" + value);
  }

  // ------------------------------------------------------------------------------------------------ parameters

  private void paramVariants(ApiOperation op, ApiOperation.Parameter p, ApiRequest base, List<Variant> out) {
    String where = p.in();
    String kind = where + "-param";
    JsonNode s = p.schema();
    String t = p.type();
    Function<String, ApiRequest> with = v -> "path".equals(where) ? base.withPathParam(p.name(), v) : base.withQuery(p.name(), v);
    List<String[]> bad = new ArrayList<>();
    if ("integer".equals(t) || "number".equals(t)) {
      // (An empty query value counts as absent in JAX-RS: the parameter's default applies.)
      for (String v : List.of("abc", "1.5", "99999999999999999999", "0x10", "1e3", " 2024", "-")) {
        bad.add(new String[] { v, "400" });
      }
      if (s.has("minimum")) {
        bad.add(new String[] { s.get("minimum").decimalValue().subtract(BigDecimal.ONE).toPlainString(), "400" });
      }
      if (s.has("maximum")) {
        bad.add(new String[] { s.get("maximum").decimalValue().add(BigDecimal.ONE).toPlainString(), "400" });
      }
    } else if ("string".equals(t) || t.isEmpty()) {
      boolean constrained = s.has("pattern") || s.path("enum").isArray() || s.has("format") && "uuid".equals(s.path("format").asText());
      for (String v : INJECTIONS) {
        bad.add(new String[] { v, constrained ? "400" : "any" });
      }
      if (s.path("enum").isArray()) {
        bad.add(new String[] { "NOT_A_VALUE", "400" });
      }
      if (s.has("maxLength")) {
        bad.add(new String[] { "9".repeat(s.get("maxLength").asInt() + 1), "400" });
      } else {
        bad.add(new String[] { "9".repeat(3000), constrained ? "400" : "any" });
      }
    }
    // A parameter seen before (same name, place and schema) gets its first and last bad value only: the others
    // exercised the same validation already.
    if (!seenParameters.add(where + " " + p.name() + " " + s) && bad.size() > 2) {
      bad = List.of(bad.get(0), bad.get(bad.size() - 1));
    }
    ApiRequest harmless = "query".equals(where) ? with.apply("zzz-tidak-ada") : null;
    for (String[] b : bad) {
      ApiRequest r = with.apply(b[0]);
      Expect e;
      if ("400".equals(b[1])) {
        e = Expect.field(p.name(), 400);
      } else if ("query".equals(where)) {
        e = Expect.inert(harmless);
      } else {
        e = Expect.clientError();
      }
      out.add(new Variant(kind, where + " " + p.name() + "=" + ApiRequest.cut(b[0], 30), r, e, List.of(b[0])));
    }
  }

  private void headerVariants(ApiOperation.Parameter p, ApiRequest base, List<Variant> out) {
    List<String> values;
    if (p.name().equalsIgnoreCase("If-Match")) {
      values = List.of("abc", "\"abc\"", "\"99999999999999999999\"", "\"1\", \"2\"", "*");
    } else if (p.name().equalsIgnoreCase("Idempotency-Key")) {
      values = List.of("", "a b", "k".repeat(201), "kunci-é");
    } else {
      values = List.of();
    }
    for (String v : values) {
      out.add(new Variant("header", "header " + p.name() + "=" + ApiRequest.cut(v, 20), base.withHeader(p.name(), v),
          Expect.field(p.name(), 400), List.of(v)));
    }
  }

  /** Distinct field paths of a body, for reporting what a service's bodies look like. */
  public static Set<String> fieldPaths(ApiOperation op, String body) {
    Set<String> out = new LinkedHashSet<>();
    JsonNode tree = Answers.json(body);
    if (tree != null) {
      List<Field> fields = new ArrayList<>();
      collect(op.api(), tree, op.body().map(ApiOperation.Body::schema).orElse(NODES.missingNode()), new ArrayList<>(), true, fields, 0);
      fields.forEach(f -> out.add(f.path()));
    }
    return out;
  }
}

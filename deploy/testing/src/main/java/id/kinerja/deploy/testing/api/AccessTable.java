package id.kinerja.deploy.testing.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import id.kinerja.deploy.testing.api.ApiCaller.Kind;
import io.restassured.response.Response;

/**
 * The access-control table: every operation of the service's OpenAPI document under {@code /api/} is called by every
 * caller of {@link ApiCaller#standard}, and each answer is compared with what the operation's rule says.
 *
 * <p>A rule names the operation ("GET /api/kecamatan/{kode}"), its scope and the roles it allows (these must equal the
 * roles the document declares from {@code @RolesAllowed}). From them follows the expected answer per caller:
 * <ul>
 * <li>no token or a refused token: 401;</li>
 * <li>a role the operation does not allow (or no role): 403, whatever the data;</li>
 * <li>an allowed role of another kabupaten: 404 for a kecamatan or kabupaten resource (invisible); for a
 * {@link Scope#SERVICE} operation an answer that contains nothing of kabupaten K;</li>
 * <li>an allowed kecamatan role of another kecamatan B of the same kabupaten: 403 on A's resources, allowed on the
 * kabupaten's shared resources;</li>
 * <li>the operations role (operator-sistem, no tenant) where allowed: a {@link Scope#SERVICE} operation answers as
 * for an allowed caller, a tenant's resource 404;</li>
 * <li>an allowed role of A or K: neither 401, 403 nor 404, and no other 400 or 5xx: 2xx, or the workflow's 409,
 * 412, 422, 428.</li>
 * </ul>
 * Every error answer must be application/problem+json with nothing internal in it. An operation of the document
 * without a rule, or a rule without an operation, fails the table: a new endpoint has to be classified.
 */
public final class AccessTable {

  /** What the operation's resources belong to. */
  public enum Scope {
    /** Kecamatan A's data (path names the kecamatan). */
    KECAMATAN,
    /** Kabupaten K's data shared by all its kecamatan (path or body names the kabupaten). */
    KABUPATEN,
    /** Not one tenant's resource: answers depend on the caller's own kabupaten (e.g. national roll-up, admin). */
    SERVICE
  }

  /** The rule of one operation. */
  public static final class Rule {
    final String key;
    final Scope scope;
    final Set<String> roles;
    boolean hidesOtherKecamatan;
    final Set<Integer> alsoAllowed = new LinkedHashSet<>();

    Rule(String key, Scope scope, Set<String> roles) {
      this.key = key;
      this.scope = scope;
      this.roles = roles;
    }

    /** A list of the kabupaten that shows a kecamatan role only its own kecamatan: B's answer must not name A. */
    public Rule hidesOtherKecamatan() {
      hidesOtherKecamatan = true;
      return this;
    }
  }

  /** Outcome of a run: counts and every mismatch. */
  public record Result(String service, int operations, int callers, int checks, Map<String, Integer> statuses,
      List<String> failures) {

    public String summary() {
      return "access table " + service + ": " + operations + " operations × " + callers + " callers = " + checks
          + " checks; answers " + statuses + "; " + failures.size() + " failures";
    }

    public void assertPassed() {
      if (!failures.isEmpty()) {
        throw new AssertionError(summary() + ":\n  " + String.join("\n  ", failures));
      }
    }
  }

  private final String service;
  private final ApiOperations api;
  private final RequestFactory requests;
  private final ApiCaller.Tenants tenants;
  private final Map<String, Rule> rules = new LinkedHashMap<>();
  private final Map<String, Consumer<Response>> afterAllowed = new LinkedHashMap<>();

  public AccessTable(String service, ApiOperations api, RequestFactory requests, ApiCaller.Tenants tenants) {
    this.service = service;
    this.api = api;
    this.requests = requests;
    this.tenants = tenants;
  }

  public Rule rule(String operationKey, Scope scope, String... roles) {
    Rule r = new Rule(operationKey, scope, new LinkedHashSet<>(List.of(roles)));
    if (rules.put(operationKey, r) != null) {
      throw new IllegalArgumentException("two rules for " + operationKey);
    }
    return r;
  }

  /** Runs after a call of the operation that succeeded (e.g. to wait for a started rebuild). */
  public AccessTable afterAllowedCall(String operationKey, Consumer<Response> hook) {
    afterAllowed.put(operationKey, hook);
    return this;
  }

  public Result run(List<ApiCaller> callers) {
    List<String> failures = new ArrayList<>();
    Map<String, Integer> statuses = new java.util.TreeMap<>();
    List<ApiOperation> operations = api.under("/api/");
    Set<String> keys = new TreeSet<>();
    for (ApiOperation op : operations) {
      keys.add(op.key());
      if (!rules.containsKey(op.key())) {
        failures.add(op.key() + ": not in the access table; add a rule (scope and roles) for it");
      }
    }
    for (String key : rules.keySet()) {
      if (!keys.contains(key)) {
        failures.add(key + ": the table has a rule, the service has no such operation");
      }
    }
    int checks = 0;
    for (ApiOperation op : operations) {
      Rule rule = rules.get(op.key());
      if (rule == null) {
        continue;
      }
      if (!op.roles().equals(rule.roles)) {
        failures.add(op.key() + ": the document declares roles " + new TreeSet<>(op.roles()) + ", the table "
            + new TreeSet<>(rule.roles));
      }
      for (ApiCaller caller : callers) {
        ApiRequest request = requests.build(op).withToken(caller.token());
        Response answer = request.send();
        checks++;
        statuses.merge(String.valueOf(answer.statusCode()), 1, Integer::sum);
        String where = op.key() + " as " + caller.name() + " → " + answer.statusCode() + ": ";
        for (String defect : check(rule, caller, answer)) {
          failures.add(where + defect + "  [" + request.describe() + "]");
        }
        if (answer.statusCode() < 300 && afterAllowed.containsKey(op.key())) {
          afterAllowed.get(op.key()).accept(answer);
        }
      }
    }
    Result result = new Result(service, operations.size(), callers.size(), checks, statuses, failures);
    System.out.println(result.summary());
    return result;
  }

  enum Expect {
    UNAUTHORIZED, FORBIDDEN, INVISIBLE, ALLOWED, OWN_KABUPATEN_ONLY
  }

  static Expect expected(Rule rule, ApiCaller caller) {
    if (caller.kind() == Kind.ANONYMOUS || caller.kind() == Kind.INVALID_TOKEN) {
      return Expect.UNAUTHORIZED;
    }
    if (caller.role() == null || !rule.roles.contains(caller.role())) {
      return Expect.FORBIDDEN;
    }
    return switch (caller.kind()) {
      case FOREIGN -> rule.scope == Scope.SERVICE ? Expect.OWN_KABUPATEN_ONLY : Expect.INVISIBLE;
      case OTHER_KECAMATAN -> rule.scope == Scope.KECAMATAN ? Expect.FORBIDDEN : Expect.ALLOWED;
      // The operations role has no tenant: service-wide operations only; a tenant's data is not its to see.
      case SYSTEM -> rule.scope == Scope.SERVICE ? Expect.ALLOWED : Expect.INVISIBLE;
      default -> Expect.ALLOWED;
    };
  }

  private List<String> check(Rule rule, ApiCaller caller, Response answer) {
    List<String> out = new ArrayList<>();
    int status = answer.statusCode();
    Expect expect = expected(rule, caller);
    if (status >= 500) {
      out.add("server error");
    }
    if (status >= 400) {
      out.addAll(Answers.problemDefects(answer, List.of()));
    }
    switch (expect) {
      case UNAUTHORIZED -> {
        if (status != 401) {
          out.add("expected 401");
        } else if (answer.header("WWW-Authenticate") == null) {
          out.add("401 without WWW-Authenticate");
        }
      }
      case FORBIDDEN -> {
        if (status != 403) {
          out.add("expected 403");
        }
      }
      case INVISIBLE -> {
        if (status != 404) {
          out.add("expected 404 (another kabupaten's data is invisible)");
        }
      }
      case OWN_KABUPATEN_ONLY -> {
        if (status == 401 || status == 403 || status >= 500) {
          out.add("expected an answer about the caller's own kabupaten");
        } else if (status < 300 && mentions(Answers.body(answer), tenants.kabupaten())) {
          out.add("the answer shows kabupaten " + tenants.kabupaten() + " to another kabupaten");
        }
      }
      case ALLOWED -> {
        boolean ok = status >= 200 && status < 300 || status == 409 || status == 412 || status == 422 || status == 428
            || rule.alsoAllowed.contains(status);
        if (!ok) {
          out.add("expected the operation to be allowed (2xx, 409, 412, 422 or 428) — body "
              + ApiRequest.cut(Answers.body(answer), 300));
        } else if (rule.hidesOtherKecamatan && caller.kind() == Kind.OTHER_KECAMATAN && status < 300
            && mentions(Answers.body(answer), tenants.kecamatan())) {
          out.add("the answer shows kecamatan " + tenants.kecamatan() + " to a caller of " + tenants.otherKecamatan());
        }
      }
      default -> throw new IllegalStateException();
    }
    return out;
  }

  /** Whether a JSON answer names the code as a value (or a longer code starting with it). */
  static boolean mentions(String body, String code) {
    return body.contains("\"" + code + "\"") || body.contains("\"" + code + ".");
  }
}

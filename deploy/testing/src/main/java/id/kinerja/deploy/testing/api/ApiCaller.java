package id.kinerja.deploy.testing.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import id.kinerja.deploy.localstack.DevTokens;
import id.kinerja.deploy.testing.ForgedTokens;

/**
 * Someone calling the API in the access-control table: who they are relative to the resources under test
 * (kecamatan A of kabupaten K), with which role, and the bearer token they send.
 */
public record ApiCaller(String name, Kind kind, String role, String token) {

  /** How the caller relates to kecamatan A of kabupaten K. */
  public enum Kind {
    /** No Authorization header. */
    ANONYMOUS,
    /** A token the service must refuse: expired, forged, unsigned, another issuer, not a JWT. */
    INVALID_TOKEN,
    /** A valid token of kabupaten K with no role. */
    NO_ROLE,
    /** A kabupaten-wide role of K (planner, bagian-organisasi, pimpinan). */
    KABUPATEN,
    /** Operator or verifier of kecamatan A. */
    OWN_KECAMATAN,
    /** Operator or verifier of kecamatan B, another kecamatan of K. */
    OTHER_KECAMATAN,
    /** Any role of another kabupaten (or claims that mix another kabupaten with kecamatan A). */
    FOREIGN,
    /** Operations staff of the system (operator-sistem): no kabupaten, no kecamatan. */
    SYSTEM
  }

  /** The kabupaten K with kecamatan A (the data under test) and B, and another kabupaten X with a kecamatan. */
  public record Tenants(String kabupaten, String kecamatan, String otherKecamatan, String foreignKabupaten,
      String foreignKecamatan) {
  }

  public static final List<String> KABUPATEN_ROLES = List.of("planner", "bagian-organisasi", "pimpinan");
  public static final List<String> KECAMATAN_ROLES = List.of("operator", "verifier");
  /** The operations role: service-wide operations only, no tenant. */
  public static final String SYSTEM_ROLE = "operator-sistem";

  /**
   * The callers of the table: anonymous; seven refused tokens (garbage, expired, unknown key, other issuer, unsigned,
   * HS256 signed with the public key); a role-less token of K; the three kabupaten roles of K; operator and verifier of
   * A and of B; all five roles of X; an operator whose claims name X with kecamatan A; and the operations role
   * (operator-sistem, without tenant claims).
   */
  public static List<ApiCaller> standard(Tenants t) {
    List<ApiCaller> out = new ArrayList<>();
    String k = t.kabupaten();
    String a = t.kecamatan();
    out.add(new ApiCaller("anonymous", Kind.ANONYMOUS, null, null));
    out.add(new ApiCaller("not a JWT", Kind.INVALID_TOKEN, "planner", "not-a-jwt"));
    out.add(new ApiCaller("expired planner", Kind.INVALID_TOKEN, "planner", ForgedTokens.expired("planner.expired", Set.of("planner"), k, null)));
    out.add(new ApiCaller("planner signed with an unknown key", Kind.INVALID_TOKEN, "planner",
        ForgedTokens.signedWithUnknownKey("planner.forged", Set.of("planner"), k, null)));
    out.add(new ApiCaller("planner from another issuer", Kind.INVALID_TOKEN, "planner",
        ForgedTokens.otherIssuer("planner.issuer", Set.of("planner"), k, null)));
    out.add(new ApiCaller("unsigned (alg none) planner", Kind.INVALID_TOKEN, "planner",
        ForgedTokens.unsigned("planner.none", Set.of("planner"), k, null)));
    out.add(new ApiCaller("HS256 with the public key, operator A", Kind.INVALID_TOKEN, "operator",
        ForgedTokens.hmacWithPublicKey("operator.hmac", Set.of("operator"), k, a)));
    out.add(new ApiCaller("no role in K", Kind.NO_ROLE, null, DevTokens.token("nobody." + k, Set.of(), k, a)));
    for (String role : KABUPATEN_ROLES) {
      out.add(new ApiCaller(role + " K", Kind.KABUPATEN, role, DevTokens.kabupaten(role + ".k." + k, role, k)));
    }
    for (String role : KECAMATAN_ROLES) {
      out.add(new ApiCaller(role + " A", Kind.OWN_KECAMATAN, role, DevTokens.kecamatan(role + ".a." + a, role, k, a)));
    }
    for (String role : KECAMATAN_ROLES) {
      out.add(new ApiCaller(role + " B", Kind.OTHER_KECAMATAN, role,
          DevTokens.kecamatan(role + ".b." + t.otherKecamatan(), role, k, t.otherKecamatan())));
    }
    for (String role : KABUPATEN_ROLES) {
      out.add(new ApiCaller(role + " X", Kind.FOREIGN, role, DevTokens.kabupaten(role + ".x." + t.foreignKabupaten(), role,
          t.foreignKabupaten())));
    }
    for (String role : KECAMATAN_ROLES) {
      out.add(new ApiCaller(role + " X", Kind.FOREIGN, role, DevTokens.kecamatan(role + ".x." + t.foreignKecamatan(), role,
          t.foreignKabupaten(), t.foreignKecamatan())));
    }
    out.add(new ApiCaller("operator claiming X with kecamatan A", Kind.FOREIGN, "operator",
        DevTokens.kecamatan("operator.mixed." + a, "operator", t.foreignKabupaten(), a)));
    out.add(new ApiCaller(SYSTEM_ROLE, Kind.SYSTEM, SYSTEM_ROLE, DevTokens.sistem("operator.sistem")));
    return out;
  }

  /** The caller of this list that holds the role for A or K (own kecamatan or kabupaten). */
  public static ApiCaller own(List<ApiCaller> callers, String role) {
    return callers.stream().filter(c -> role.equals(c.role()) && (c.kind() == Kind.KABUPATEN || c.kind() == Kind.OWN_KECAMATAN
        || c.kind() == Kind.SYSTEM))
        .findFirst().orElseThrow(() -> new IllegalArgumentException("no caller with role " + role));
  }

  @Override
  public String toString() {
    return name;
  }
}

package id.kinerja.common.security;

import java.util.Arrays;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.i18n.Message;
import id.kinerja.common.problem.ProblemException;

/**
 * Who is calling, from the bearer token, and the tenant checks every service applies to every endpoint:
 * operators and verifiers act on their own kecamatan only; everyone stays inside their kabupaten, and another
 * kabupaten's data is answered as not found (invisible), never as forbidden.
 */
@RequestScoped
public class Caller {

  @Inject
  JsonWebToken jwt;

  public String user() {
    String name = jwt.getName();
    return name == null ? "anonymous" : name;
  }

  public boolean hasRole(String role) {
    return jwt.getGroups() != null && jwt.getGroups().contains(role);
  }

  public boolean hasAnyRole(String... roles) {
    return Arrays.stream(roles).anyMatch(this::hasRole);
  }

  public Optional<String> kabupaten() {
    return claim(Roles.CLAIM_KABUPATEN);
  }

  public Optional<String> kecamatan() {
    return claim(Roles.CLAIM_KECAMATAN);
  }

  /** The caller's primary role, for audit records. */
  public String role() {
    for (String r : new String[] { Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.VERIFIER, Roles.OPERATOR, Roles.PIMPINAN,
        Roles.OPERATOR_SISTEM }) {
      if (hasRole(r)) {
        return r;
      }
    }
    return "none";
  }

  /** Kabupaten-wide roles see every kecamatan of their kabupaten; kecamatan roles see their own. */
  public void requireRead(String kabupatenKode, String kecamatanKode) {
    requireKabupaten(kabupatenKode, Message.of(CommonMessages.THING_KECAMATAN, "kode", kecamatanKode));
    if (hasAnyRole(Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN)) {
      return;
    }
    if (!kecamatanKode.equals(kecamatan().orElse(null))) {
      throw ProblemException.forbidden(CommonMessages.FORBIDDEN_OTHER_KECAMATAN, "milik",
          kecamatan().<Object>map(k -> k).orElse(CommonMessages.NONE), "kecamatan", kecamatanKode);
    }
  }

  /** The caller must hold one of the roles, for this very kecamatan (kecamatan roles) or its kabupaten. */
  public void requireKecamatanRole(String kabupatenKode, String kecamatanKode, String... roles) {
    requireKabupaten(kabupatenKode, Message.of(CommonMessages.THING_KECAMATAN, "kode", kecamatanKode));
    for (String role : roles) {
      if (!hasRole(role)) {
        continue;
      }
      boolean kecamatanRole = Roles.OPERATOR.equals(role) || Roles.VERIFIER.equals(role);
      if (!kecamatanRole || kecamatanKode.equals(kecamatan().orElse(null))) {
        return;
      }
    }
    throw ProblemException.forbidden(CommonMessages.FORBIDDEN_NEEDS_ROLE_KECAMATAN, "peran", String.join(" / ", roles),
        "kecamatan", kecamatanKode);
  }

  /** The caller must belong to this kabupaten (else the data is invisible: 404) and hold one of the roles. */
  public void requireKabupatenRole(String kabupatenKode, String... roles) {
    requireKabupaten(kabupatenKode, Message.of(CommonMessages.THING_KABUPATEN, "kode", kabupatenKode));
    if (!hasAnyRole(roles)) {
      throw ProblemException.forbidden(CommonMessages.FORBIDDEN_NEEDS_ROLE, "peran", String.join(" / ", roles));
    }
  }

  /** Another kabupaten does not exist for this caller. */
  public void requireKabupaten(String kabupatenKode) {
    requireKabupaten(kabupatenKode, Message.of(CommonMessages.THING_KABUPATEN, "kode", kabupatenKode));
  }

  /** Another kabupaten's data does not exist for this caller. */
  public void requireKabupaten(String kabupatenKode, Message what) {
    if (!kabupatenKode.equals(kabupaten().orElse(null))) {
      throw ProblemException.notFound(what);
    }
  }

  private Optional<String> claim(String name) {
    Object v = jwt.getClaim(name);
    if (v == null) {
      return Optional.empty();
    }
    return Optional.of(v instanceof JsonString s ? s.getString() : v.toString());
  }
}

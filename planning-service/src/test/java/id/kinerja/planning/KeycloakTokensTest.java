package id.kinerja.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import id.kinerja.common.problem.ProblemException;
import id.kinerja.common.security.Caller;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;

/**
 * The production identity-provider set-up of docs/security.md, checked with the verifier the services use
 * (smallrye-jwt) and the services' own {@link Caller}: a Keycloak realm publishes its keys as JWKS at
 * {@code …/protocol/openid-connect/certs} (MP_JWT_VERIFY_PUBLICKEY_LOCATION), signs with a key id, names itself as
 * issuer (MP_JWT_VERIFY_ISSUER), puts realm roles into {@code groups} (client scope "microprofile-jwt") and the user
 * attributes kabupaten and kecamatan into claims of the same names (user-attribute mappers). Served here by a local
 * JWKS endpoint with two keys, as during a key rotation.
 */
class KeycloakTokensTest {

  private static HttpServer server;
  private static String realm;
  private static KeyPair current;
  private static KeyPair previous;
  private static KeyPair stranger;

  @BeforeAll
  static void realm() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    current = g.generateKeyPair();
    previous = g.generateKeyPair();
    stranger = g.generateKeyPair();
    String jwks = "{\"keys\": [" + jwk("kid-2025", current) + ", " + jwk("kid-2024", previous) + "]}";
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/realms/kinerja/protocol/openid-connect/certs", exchange -> {
      byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    realm = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/kinerja";
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static String jwk(String kid, KeyPair pair) {
    RSAPublicKey k = (RSAPublicKey) pair.getPublic();
    return "{\"kty\": \"RSA\", \"kid\": \"" + kid + "\", \"use\": \"sig\", \"alg\": \"RS256\", \"n\": \"" + b64(k.getModulus())
        + "\", \"e\": \"" + b64(k.getPublicExponent()) + "\"}";
  }

  private static String b64(BigInteger v) {
    byte[] bytes = v.toByteArray();
    if (bytes[0] == 0) {
      bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** What the services configure from MP_JWT_VERIFY_PUBLICKEY_LOCATION, MP_JWT_VERIFY_ISSUER (and SMALLRYE_JWT_PATH_GROUPS). */
  private static JWTAuthContextInfo verifier(String groupsPath) {
    JWTAuthContextInfo info = new JWTAuthContextInfo();
    info.setPublicKeyLocation(realm + "/protocol/openid-connect/certs");
    info.setIssuedBy(realm);
    if (groupsPath != null) {
      info.setGroupsPath(groupsPath);
    }
    return info;
  }

  /** An access token as Keycloak issues it with the microprofile-jwt scope and the two attribute mappers. */
  private static String keycloakToken(String issuer, String kid, KeyPair key, List<String> groups, String kabupaten, String kecamatan) {
    var claims = Jwt.issuer(issuer).subject(UUID.randomUUID().toString()).claim("typ", "Bearer").claim("azp", "kinerja-portal")
        .audience("account").claim("preferred_username", "sekcam.mlarak").upn("sekcam.mlarak")
        .claim("realm_access", Map.of("roles", List.of("verifier", "offline_access", "uma_authorization")))
        .claim("kabupaten", kabupaten).expiresIn(Duration.ofMinutes(5));
    if (groups != null) {
      claims.groups(Set.copyOf(groups));
    }
    if (kecamatan != null) {
      claims.claim("kecamatan", kecamatan);
    }
    return claims.jws().keyId(kid).sign(key.getPrivate());
  }

  private static Caller caller(JsonWebToken token) throws ReflectiveOperationException {
    Caller c = new Caller();
    java.lang.reflect.Field f = Caller.class.getDeclaredField("jwt");
    f.setAccessible(true);
    f.set(c, token);
    return c;
  }

  @Test
  void aKeycloakTokenCarriesRoleAndTenantIntoTheCallerChecks() throws Exception {
    JsonWebToken jwt = new DefaultJWTParser(verifier(null))
        .parse(keycloakToken(realm, "kid-2025", current, List.of("verifier"), "35.02", "35.02.14"));
    assertThat(jwt.getName()).isEqualTo("sekcam.mlarak");
    assertThat(jwt.getGroups()).containsExactly("verifier");
    Caller c = caller(jwt);
    assertThat(c.kabupaten()).contains("35.02");
    assertThat(c.kecamatan()).contains("35.02.14");
    c.requireKecamatanRole("35.02", "35.02.14", "verifier");
    assertThatThrownBy(() -> c.requireKecamatanRole("35.02", "35.02.15", "verifier"))
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(403));
    assertThatThrownBy(() -> c.requireRead("35.08", "35.08.12"))
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(404));
  }

  @Test
  void aTokenSignedWithTheRotatedOutKeyStillVerifiesWhileTheRealmPublishesIt() throws Exception {
    JsonWebToken jwt = new DefaultJWTParser(verifier(null))
        .parse(keycloakToken(realm, "kid-2024", previous, List.of("planner"), "35.02", null));
    assertThat(jwt.getGroups()).containsExactly("planner");
  }

  @Test
  void withoutTheGroupsMapperRolesComeFromRealmAccessOnlyWhenConfigured() throws Exception {
    String token = keycloakToken(realm, "kid-2025", current, null, "35.02", "35.02.14");
    // No "groups" claim: no role at all, so every @RolesAllowed endpoint answers 403.
    assertThat(new DefaultJWTParser(verifier(null)).parse(token).getGroups()).isEmpty();
    // SMALLRYE_JWT_PATH_GROUPS=realm_access/roles reads the realm roles instead.
    assertThat(new DefaultJWTParser(verifier("realm_access/roles")).parse(token).getGroups()).contains("verifier");
  }

  @Test
  void anotherIssuerAnUnknownKeyAndAForgedSignatureAreRefused() {
    DefaultJWTParser parser = new DefaultJWTParser(verifier(null));
    assertThatThrownBy(() -> parser.parse(keycloakToken("http://127.0.0.1:1/realms/other", "kid-2025", current, List.of("planner"),
        "35.02", null))).isInstanceOf(ParseException.class);
    assertThatThrownBy(() -> parser.parse(keycloakToken(realm, "kid-unknown", stranger, List.of("planner"), "35.02", null)))
        .isInstanceOf(ParseException.class);
    assertThatThrownBy(() -> parser.parse(keycloakToken(realm, "kid-2025", stranger, List.of("planner"), "35.02", null)))
        .isInstanceOf(ParseException.class);
  }

  @Test
  void theJwksEndpointAnswersAsKeycloaksDoes() throws IOException, InterruptedException {
    var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(realm + "/protocol/openid-connect/certs")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"kid\": \"kid-2025\"").contains("\"kty\": \"RSA\"");
  }
}

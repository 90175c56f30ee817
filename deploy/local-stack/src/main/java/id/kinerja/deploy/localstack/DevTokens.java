package id.kinerja.deploy.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Bearer tokens for the demo users and the tests, signed with the development key in {@code dev-keys/}. Never
 * used in production: there the identity provider signs and the services verify with its key. The tokens a service
 * must refuse (expired, forged, unsigned …) are the test harness's: {@code id.kinerja.deploy.testing.ForgedTokens}.
 */
public final class DevTokens {

  public static final String ISSUER = "https://kinerja.id/dev";
  public static final String PUBLIC_KEY_RESOURCE = "dev-keys/publicKey.pem";
  public static final String KEY_ID = "kinerja-dev";
  /** The operations role (id.kinerja.common.security.Roles.OPERATOR_SISTEM). */
  public static final String OPERATOR_SISTEM = "operator-sistem";
  private static final String PRIVATE_KEY_RESOURCE = "dev-keys/privateKey.pem";

  private static PrivateKey privateKey;

  private DevTokens() {
  }

  /** A token for a kabupaten-wide role (planner, bagian-organisasi, pimpinan). */
  public static String kabupaten(String user, String role, String kabupatenKode) {
    return token(user, Set.of(role), kabupatenKode, null);
  }

  /** A token for a kecamatan role (operator, verifier). */
  public static String kecamatan(String user, String role, String kabupatenKode, String kecamatanKode) {
    return token(user, Set.of(role), kabupatenKode, kecamatanKode);
  }

  /** A token for the operations role (operator-sistem): service-wide, without kabupaten or kecamatan. */
  public static String sistem(String user) {
    return token(user, Set.of(OPERATOR_SISTEM), null, null);
  }

  public static String token(String user, Set<String> roles, String kabupatenKode, String kecamatanKode) {
    return sign(claims(ISSUER, user, roles, kabupatenKode, kecamatanKode).expiresIn(Duration.ofHours(12)));
  }

  /** Signs the claims with the development key (key id {@value #KEY_ID}). */
  public static String sign(JwtClaimsBuilder claims) {
    return claims.jws().keyId(KEY_ID).sign(privateKey());
  }

  /** The claims the services read: issuer, user (upn and subject), roles (groups), kabupaten and kecamatan. */
  public static JwtClaimsBuilder claims(String issuer, String user, Set<String> roles, String kabupatenKode,
      String kecamatanKode) {
    JwtClaimsBuilder claims = Jwt.issuer(issuer).upn(user).subject(user).groups(roles);
    if (kabupatenKode != null) {
      claims.claim("kabupaten", kabupatenKode);
    }
    if (kecamatanKode != null) {
      claims.claim("kecamatan", kecamatanKode);
    }
    return claims;
  }

  public static String publicKeyPem() {
    return resource(PUBLIC_KEY_RESOURCE);
  }

  private static synchronized PrivateKey privateKey() {
    if (privateKey == null) {
      String pem = resource(PRIVATE_KEY_RESOURCE).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      try {
        privateKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
      } catch (java.security.GeneralSecurityException e) {
        throw new IllegalStateException("Unreadable development key", e);
      }
    }
    return privateKey;
  }

  private static String resource(String name) {
    try (InputStream in = DevTokens.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

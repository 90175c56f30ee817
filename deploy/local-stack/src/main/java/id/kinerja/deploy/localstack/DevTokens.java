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
 * used in production: there the identity provider signs and the services verify with its key.
 */
public final class DevTokens {

  public static final String ISSUER = "https://kinerja.id/dev";
  public static final String PUBLIC_KEY_RESOURCE = "dev-keys/publicKey.pem";
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

  public static String token(String user, Set<String> roles, String kabupatenKode, String kecamatanKode) {
    return claims(ISSUER, user, roles, kabupatenKode, kecamatanKode).expiresIn(Duration.ofHours(12))
        .jws().keyId("kinerja-dev").sign(privateKey());
  }

  // ---- tokens a service must refuse (401): for the access-control tests ------------------------------------------

  /** Signed with the development key, but expired an hour ago. */
  public static String expired(String user, Set<String> roles, String kabupatenKode, String kecamatanKode) {
    long now = System.currentTimeMillis() / 1000;
    return claims(ISSUER, user, roles, kabupatenKode, kecamatanKode).issuedAt(now - 7200).expiresAt(now - 3600)
        .jws().keyId("kinerja-dev").sign(privateKey());
  }

  /** Well-formed and current, but signed with a key the services do not know (same key id). */
  public static String signedWithUnknownKey(String user, Set<String> roles, String kabupatenKode, String kecamatanKode) {
    return claims(ISSUER, user, roles, kabupatenKode, kecamatanKode).expiresIn(Duration.ofHours(1))
        .jws().keyId("kinerja-dev").sign(unknownKey());
  }

  /** Signed with the development key, but by another issuer. */
  public static String otherIssuer(String user, Set<String> roles, String kabupatenKode, String kecamatanKode) {
    return claims("https://idp.example.org/realms/other", user, roles, kabupatenKode, kecamatanKode)
        .expiresIn(Duration.ofHours(1)).jws().keyId("kinerja-dev").sign(privateKey());
  }

  /** Unsigned ({@code "alg": "none"}): the claims are right, the signature is absent. */
  public static String unsigned(String user, Set<String> roles, String kabupatenKode, String kecamatanKode) {
    String valid = token(user, roles, kabupatenKode, kecamatanKode);
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    return header + "." + valid.split("\\.")[1] + ".";
  }

  /**
   * HS256 with the public key's PEM as the HMAC secret: the classic algorithm-confusion forgery, which a verifier
   * that trusted the token's "alg" header would accept.
   */
  public static String hmacWithPublicKey(String user, Set<String> roles, String kabupatenKode, String kecamatanKode) {
    javax.crypto.SecretKey secret = new javax.crypto.spec.SecretKeySpec(publicKeyPem().getBytes(StandardCharsets.UTF_8),
        "HmacSHA256");
    return claims(ISSUER, user, roles, kabupatenKode, kecamatanKode).expiresIn(Duration.ofHours(1))
        .jws().keyId("kinerja-dev").algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.HS256).sign(secret);
  }

  private static JwtClaimsBuilder claims(String issuer, String user, Set<String> roles, String kabupatenKode,
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

  private static PrivateKey unknownKey;

  private static synchronized PrivateKey unknownKey() {
    if (unknownKey == null) {
      try {
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        unknownKey = g.generateKeyPair().getPrivate();
      } catch (java.security.GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
    return unknownKey;
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

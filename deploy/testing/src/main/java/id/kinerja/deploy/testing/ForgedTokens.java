package id.kinerja.deploy.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import id.kinerja.deploy.localstack.DevTokens;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;

/**
 * Tokens a service must refuse (401), for the access-control tests: each carries the claims of a real
 * {@link DevTokens} token and is wrong in one way.
 */
public final class ForgedTokens {

  private static PrivateKey unknownKey;

  private ForgedTokens() {
  }

  /** Signed with the development key, but expired an hour ago. */
  public static String expired(String user, Set<String> roles, String kabupatenKode, String kecamatanKode) {
    long now = System.currentTimeMillis() / 1000;
    return DevTokens.sign(DevTokens.claims(DevTokens.ISSUER, user, roles, kabupatenKode, kecamatanKode).issuedAt(now - 7200)
        .expiresAt(now - 3600));
  }

  /** Well-formed and current, but signed with a key the services do not know (same key id). */
  public static String signedWithUnknownKey(String user, Set<String> roles, String kabupatenKode, String kecamatanKode) {
    return DevTokens.claims(DevTokens.ISSUER, user, roles, kabupatenKode, kecamatanKode).expiresIn(Duration.ofHours(1))
        .jws().keyId(DevTokens.KEY_ID).sign(unknownKey());
  }

  /** Signed with the development key, but by another issuer. */
  public static String otherIssuer(String user, Set<String> roles, String kabupatenKode, String kecamatanKode) {
    return DevTokens.sign(DevTokens.claims("https://idp.example.org/realms/other", user, roles, kabupatenKode, kecamatanKode)
        .expiresIn(Duration.ofHours(1)));
  }

  /** Unsigned ({@code "alg": "none"}): the claims are right, the signature is absent. */
  public static String unsigned(String user, Set<String> roles, String kabupatenKode, String kecamatanKode) {
    String valid = DevTokens.token(user, roles, kabupatenKode, kecamatanKode);
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    return header + "." + valid.split("\\.")[1] + ".";
  }

  /**
   * HS256 with the public key's PEM as the HMAC secret: the classic algorithm-confusion forgery, which a verifier
   * that trusted the token's "alg" header would accept.
   */
  public static String hmacWithPublicKey(String user, Set<String> roles, String kabupatenKode, String kecamatanKode) {
    SecretKey secret = new SecretKeySpec(DevTokens.publicKeyPem().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    return DevTokens.claims(DevTokens.ISSUER, user, roles, kabupatenKode, kecamatanKode).expiresIn(Duration.ofHours(1))
        .jws().keyId(DevTokens.KEY_ID).algorithm(SignatureAlgorithm.HS256).sign(secret);
  }

  private static synchronized PrivateKey unknownKey() {
    if (unknownKey == null) {
      try {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        unknownKey = g.generateKeyPair().getPrivate();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
    return unknownKey;
  }
}

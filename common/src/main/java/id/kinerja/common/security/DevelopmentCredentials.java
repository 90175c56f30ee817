package id.kinerja.common.security;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * The rule that keeps the development credentials out of production. The development issuer is every service's
 * unprofiled default and the development key pair is committed (deploy/local-stack, dev-keys): a deployment that
 * forgets one setting would accept tokens anyone can mint. So a service refuses to start with the development issuer
 * or the development verification key unless {@value #ALLOW_SETTING} is true — set by the {@code %dev} and
 * {@code %test} profiles (common's microprofile-config.properties) and by the local launcher, never by default.
 * <p>
 * The key is recognised by its fingerprint, the SHA-256 of the public key's encoded form (X.509 SubjectPublicKeyInfo),
 * whether it is given as PEM, bare base64, a certificate, a JWK or a JWKS.
 */
public final class DevelopmentCredentials {

  /** The issuer of the development tokens (DevTokens.ISSUER). */
  public static final String ISSUER = "https://kinerja.id/dev";

  /** SHA-256 of the encoded development public key (deploy/local-stack/src/main/resources/dev-keys/publicKey.pem). */
  public static final String PUBLIC_KEY_SHA256 = "77b3cf84a14d67d5101dbb3a03210663dfcd9233372cf8e25bfdc4472e9a6f84";

  /** The explicit opt-in: only development, tests and the local launcher set it. */
  public static final String ALLOW_SETTING = "kinerja.security.allow-development-credentials";

  private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([^-]*)-----END \\1-----");

  private DevelopmentCredentials() {
  }

  /**
   * Why these settings must not run, or empty when they may: the issuer is the development issuer, or one of the
   * verification keys (their fingerprints) is the development key, and the development credentials are not allowed.
   */
  public static Optional<String> refusal(String issuer, List<String> keyFingerprints, boolean allowed) {
    if (allowed) {
      return Optional.empty();
    }
    List<String> found = new ArrayList<>();
    if (issuer != null && normalise(issuer).equals(ISSUER)) {
      found.add("the token issuer (mp.jwt.verify.issuer / MP_JWT_VERIFY_ISSUER) is the development issuer " + ISSUER);
    }
    if (keyFingerprints.contains(PUBLIC_KEY_SHA256)) {
      found.add("the verification key (mp.jwt.verify.publickey.location / MP_JWT_VERIFY_PUBLICKEY_LOCATION) is the"
          + " committed development key (SHA-256 " + PUBLIC_KEY_SHA256 + ")");
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("Refusing to start with development credentials: " + String.join("; ", found)
        + ". Anyone can mint tokens for them. Configure the identity provider's issuer (MP_JWT_VERIFY_ISSUER) and"
        + " its public key or JWKS URL (MP_JWT_VERIFY_PUBLICKEY_LOCATION); only a local development run may set "
        + ALLOW_SETTING + "=true."
        + " / Layanan menolak berjalan dengan kredensial pengembangan: siapa pun dapat membuat token untuknya."
        + " Isi penerbit token (MP_JWT_VERIFY_ISSUER) dan kunci publik atau URL JWKS (MP_JWT_VERIFY_PUBLICKEY_LOCATION)"
        + " dari penyedia identitas; hanya lingkungan pengembangan lokal yang boleh memakai " + ALLOW_SETTING
        + "=true.");
  }

  /** An issuer compared as written, without surrounding blanks and a trailing slash. */
  private static String normalise(String issuer) {
    String s = issuer.trim();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  /**
   * The fingerprints of every public key in a key text: PEM blocks (public keys or certificates), bare base64 of an
   * encoded public key, a JWK or a JWKS. A text that holds no readable key gives none (verification then fails on
   * its own, with SmallRye JWT's message).
   */
  public static List<String> fingerprints(String keyText) {
    List<String> out = new ArrayList<>();
    if (keyText == null || keyText.isBlank()) {
      return out;
    }
    String text = keyText.trim();
    try {
      if (text.startsWith("{")) {
        List<JsonWebKey> keys = text.contains("\"keys\"") ? new JsonWebKeySet(text).getJsonWebKeys()
            : List.of(JsonWebKey.Factory.newJwk(text));
        for (JsonWebKey k : keys) {
          if (k instanceof PublicJsonWebKey p && p.getPublicKey() != null) {
            out.add(fingerprint(p.getPublicKey().getEncoded()));
          }
        }
        return out;
      }
      Matcher m = PEM.matcher(text);
      boolean pem = false;
      while (m.find()) {
        pem = true;
        byte[] der = Base64.getMimeDecoder().decode(m.group(2).replaceAll("\\s", ""));
        if (m.group(1).contains("CERTIFICATE")) {
          PublicKey key = CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der))
              .getPublicKey();
          out.add(fingerprint(key.getEncoded()));
        } else if (m.group(1).equals("PUBLIC KEY")) {
          out.add(fingerprint(der));
        }
      }
      if (!pem) {
        publicKey(Base64.getDecoder().decode(text.replaceAll("\\s", ""))).ifPresent(k -> out.add(fingerprint(k.getEncoded())));
      }
    } catch (JoseException | GeneralSecurityException | IllegalArgumentException e) {
      // Not a key this rule can read: nothing to compare.
    }
    return out;
  }

  /** An encoded (X.509 SubjectPublicKeyInfo) RSA or EC public key, or empty when the bytes are none. */
  private static Optional<PublicKey> publicKey(byte[] der) {
    for (String algorithm : List.of("RSA", "EC")) {
      try {
        return Optional.of(KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der)));
      } catch (GeneralSecurityException e) {
        // try the next algorithm
      }
    }
    return Optional.empty();
  }

  /** SHA-256 of an encoded public key, as lowercase hex. */
  public static String fingerprint(byte[] encodedPublicKey) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encodedPublicKey));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}

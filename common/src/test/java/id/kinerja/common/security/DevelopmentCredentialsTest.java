package id.kinerja.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The refusal of the development issuer and key outside development (docs/security.md, "Development tokens"). */
class DevelopmentCredentialsTest {

  private static final String PROVIDER = "https://sso.example.go.id/realms/kinerja";

  private static String devKeyPem() throws IOException {
    try (InputStream in = DevelopmentCredentialsTest.class.getClassLoader().getResourceAsStream("dev-keys/publicKey.pem")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static PublicKey devKey() throws Exception {
    String b64 = devKeyPem().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(b64)));
  }

  private static PublicKey otherKey() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    return g.generateKeyPair().getPublic();
  }

  private static String pem(PublicKey key) {
    return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(key.getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }

  @Test
  void theCommittedKeyIsRecognisedInEveryFormItCanBeGivenIn() throws Exception {
    PublicKey dev = devKey();
    String jwk = PublicJsonWebKey.Factory.newPublicJwk(dev).toJson();
    String jwks = new JsonWebKeySet(PublicJsonWebKey.Factory.newPublicJwk(otherKey()), PublicJsonWebKey.Factory.newPublicJwk(dev))
        .toJson();
    assertThat(DevelopmentCredentials.fingerprints(devKeyPem())).containsExactly(DevelopmentCredentials.PUBLIC_KEY_SHA256);
    assertThat(DevelopmentCredentials.fingerprints(Base64.getEncoder().encodeToString(dev.getEncoded())))
        .containsExactly(DevelopmentCredentials.PUBLIC_KEY_SHA256);
    assertThat(DevelopmentCredentials.fingerprints(jwk)).containsExactly(DevelopmentCredentials.PUBLIC_KEY_SHA256);
    assertThat(DevelopmentCredentials.fingerprints(jwks)).hasSize(2).contains(DevelopmentCredentials.PUBLIC_KEY_SHA256);
    assertThat(DevelopmentCredentials.fingerprints(pem(otherKey()))).hasSize(1)
        .doesNotContain(DevelopmentCredentials.PUBLIC_KEY_SHA256);
    assertThat(DevelopmentCredentials.fingerprints("not a key")).isEmpty();
    assertThat(DevelopmentCredentials.fingerprints("")).isEmpty();
  }

  @Test
  void developmentIssuerOrKeyIsRefusedUnlessAllowed() throws Exception {
    List<String> devFp = List.of(DevelopmentCredentials.PUBLIC_KEY_SHA256);
    List<String> otherFp = DevelopmentCredentials.fingerprints(pem(otherKey()));

    // The table: issuer × key × allowed.
    record Row(String issuer, List<String> keys, boolean allowed, boolean refused) {
    }
    List<Row> table = List.of(
        new Row(DevelopmentCredentials.ISSUER, devFp, false, true),
        new Row(DevelopmentCredentials.ISSUER, otherFp, false, true),
        new Row(DevelopmentCredentials.ISSUER + "/", List.of(), false, true),
        new Row(" " + DevelopmentCredentials.ISSUER + " ", List.of(), false, true),
        new Row(PROVIDER, devFp, false, true),
        new Row(null, devFp, false, true),
        new Row(PROVIDER, otherFp, false, false),
        new Row(PROVIDER, List.of(), false, false),
        new Row(DevelopmentCredentials.ISSUER, devFp, true, false),
        new Row(PROVIDER, devFp, true, false));
    for (Row r : table) {
      assertThat(DevelopmentCredentials.refusal(r.issuer(), r.keys(), r.allowed()).isPresent()).as("%s", r)
          .isEqualTo(r.refused());
    }

    String issuerOnly = DevelopmentCredentials.refusal(DevelopmentCredentials.ISSUER, otherFp, false).orElseThrow();
    assertThat(issuerOnly).contains("MP_JWT_VERIFY_ISSUER", "https://kinerja.id/dev", "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
        DevelopmentCredentials.ALLOW_SETTING, "kredensial pengembangan").doesNotContain("committed development key");
    String keyOnly = DevelopmentCredentials.refusal(PROVIDER, devFp, false).orElseThrow();
    assertThat(keyOnly).contains("committed development key", DevelopmentCredentials.PUBLIC_KEY_SHA256)
        .doesNotContain("is the development issuer");
  }

  private static DevelopmentCredentialsGuard guard(String issuer, String location, boolean allowed) {
    DevelopmentCredentialsGuard g = new DevelopmentCredentialsGuard();
    g.issuer = Optional.ofNullable(issuer);
    g.keyLocation = Optional.ofNullable(location);
    g.smallryeKeyLocation = Optional.empty();
    g.inlineKey = Optional.empty();
    g.allowed = allowed;
    return g;
  }

  @Test
  void theStartupCheckRefusesTheDevelopmentSettingsAndAdmitsAProvidersOrAnOptIn(@TempDir Path dir) throws Exception {
    // What a service has when a deployment sets nothing: the unprofiled default issuer.
    assertThatThrownBy(() -> guard(DevelopmentCredentials.ISSUER, PROVIDER + "/protocol/openid-connect/certs", false).check())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Refusing to start with development credentials")
        .hasMessageContaining("MP_JWT_VERIFY_ISSUER");
    // The provider's issuer, but the committed key: from the class path, as a file, as a file: URL.
    Path copy = Files.writeString(dir.resolve("key.pem"), devKeyPem());
    for (String location : List.of("dev-keys/publicKey.pem", "classpath:dev-keys/publicKey.pem", copy.toString(),
        "file:" + copy)) {
      assertThatThrownBy(() -> guard(PROVIDER, location, false).check()).as(location)
          .hasMessageContaining("committed development key");
    }
    DevelopmentCredentialsGuard inline = guard(PROVIDER, null, false);
    inline.inlineKey = Optional.of(devKeyPem());
    assertThatThrownBy(inline::check).hasMessageContaining("committed development key");

    // A provider's issuer and key (a file, or a JWKS URL, which is not fetched): starts.
    Path own = Files.writeString(dir.resolve("own.pem"), pem(otherKey()));
    assertThatCode(() -> guard(PROVIDER, own.toString(), false).check()).doesNotThrowAnyException();
    assertThatCode(() -> guard(PROVIDER, PROVIDER + "/protocol/openid-connect/certs", false).check())
        .doesNotThrowAnyException();
    // The launcher's and the tests' explicit opt-in.
    assertThatCode(() -> guard(DevelopmentCredentials.ISSUER, "dev-keys/publicKey.pem", true).check())
        .doesNotThrowAnyException();
  }

  @Test
  void theFingerprintIsTheOneOfTheCommittedKey() throws Exception {
    assertThat(DevelopmentCredentials.fingerprint(devKey().getEncoded())).isEqualTo(DevelopmentCredentials.PUBLIC_KEY_SHA256);
  }
}

package id.kinerja.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;

/** A token is verified once and answered from memory until its expiry; anything else is verified as before. */
class VerifiedTokensTest {

  private static final long NOW = 1_733_000_000L;

  /** Stands in for the signature check: counts the tokens it verifies, refuses those starting with "bad". */
  private static final class CountingVerifier extends JWTCallerPrincipalFactory {
    final List<String> verified = new ArrayList<>();

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo info) throws ParseException {
      verified.add(token);
      if (token.startsWith("bad")) {
        throw new ParseException("signature does not verify");
      }
      JwtClaims claims = new JwtClaims();
      claims.setSubject(token);
      long exp = Long.parseLong(token.substring(token.indexOf(':') + 1));
      if (exp > 0) {
        claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(exp));
      }
      return new DefaultJWTCallerPrincipal(token, "JWT", claims);
    }
  }

  private final CountingVerifier verifier = new CountingVerifier();
  private final MutableClock clock = new MutableClock(NOW);
  private final VerifiedTokens tokens = new VerifiedTokens(verifier, clock);
  private final JWTAuthContextInfo info = info(60);

  private static JWTAuthContextInfo info(int skew) {
    JWTAuthContextInfo i = new JWTAuthContextInfo();
    i.setClockSkew(skew);
    return i;
  }

  @Test
  void theSameTokenIsVerifiedOnceUntilItExpires() throws Exception {
    String token = "operator:" + (NOW + 200);
    JWTCallerPrincipal first = tokens.parse(token, info);
    assertThat(tokens.parse(token, info)).isSameAs(first);
    clock.now = NOW + 200 + 59; // within the allowed clock skew
    assertThat(tokens.parse(token, info)).isSameAs(first);
    assertThat(verifier.verified).containsExactly(token);
    clock.now = NOW + 200 + 60; // expired: verified again (the real verifier refuses it then)
    tokens.parse(token, info);
    assertThat(verifier.verified).containsExactly(token, token);
  }

  @Test
  void aLongLivedTokenIsVerifiedAgainEveryFiveMinutes() throws Exception {
    String token = "operator:" + (NOW + 12 * 3600);
    tokens.parse(token, info);
    clock.now = NOW + VerifiedTokens.MAX_AGE_SECONDS - 1;
    tokens.parse(token, info);
    assertThat(verifier.verified).hasSize(1);
    clock.now = NOW + VerifiedTokens.MAX_AGE_SECONDS;
    tokens.parse(token, info);
    assertThat(verifier.verified).hasSize(2);
  }

  @Test
  void anotherTokenOrAnotherContextIsVerified() throws Exception {
    tokens.parse("a:" + (NOW + 100), info);
    tokens.parse("b:" + (NOW + 100), info);
    tokens.parse("a:" + (NOW + 100), info(0));
    assertThat(verifier.verified).hasSize(3);
  }

  @Test
  void aRefusedTokenIsRefusedEveryTimeAndNeverKept() {
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> tokens.parse("bad:" + (NOW + 100), info)).isInstanceOf(ParseException.class);
    }
    assertThat(verifier.verified).hasSize(2);
  }

  @Test
  void aTokenWithoutExpiryIsVerifiedEveryTime() throws Exception {
    tokens.parse("forever:0", info);
    tokens.parse("forever:0", info);
    assertThat(verifier.verified).hasSize(2);
  }

  @Test
  void theMapIsBounded() throws Exception {
    for (int i = 0; i <= VerifiedTokens.MAX_TOKENS; i++) {
      tokens.parse("t" + i + ":" + (NOW + 100), info);
    }
    // the first token was dropped when the map started again, the last one is kept
    tokens.parse("t0:" + (NOW + 100), info);
    tokens.parse("t" + VerifiedTokens.MAX_TOKENS + ":" + (NOW + 100), info);
    assertThat(verifier.verified).hasSize(VerifiedTokens.MAX_TOKENS + 2);
  }

  private static final class MutableClock extends Clock {
    long now;

    MutableClock(long now) {
      this.now = now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochSecond(now);
    }
  }
}

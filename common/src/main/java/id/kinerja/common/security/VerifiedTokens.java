package id.kinerja.common.security;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Verifies each bearer token once. Mobile clients and the portal send the same token with every request until it
 * expires, and checking its RS256 signature again each time was about a tenth of realization's CPU per submission
 * (docs/performance.md). A token verified before is answered from a bounded map keyed by the whole token text — its
 * signature included, so a changed token is a different key and is verified — until the token's own expiry (with the
 * clock skew the verification allows) and for at most five minutes, so that a signing key withdrawn from the JWKS stops
 * being accepted within minutes; every other token goes through SmallRye JWT's verification unchanged.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class VerifiedTokens extends JWTCallerPrincipalFactory {

  /** Tokens kept at most (a few KB each); beyond it the map starts again: each token is then verified once more. */
  static final int MAX_TOKENS = 4_096;

  /** How long a verification is reused at most, whatever the token's expiry. */
  static final long MAX_AGE_SECONDS = 300;

  private record Verified(JWTCallerPrincipal principal, JWTAuthContextInfo info, long validUntilSeconds) {
  }

  private final Map<String, Verified> verified = new ConcurrentHashMap<>();
  private final JWTCallerPrincipalFactory verifier;
  private final Clock clock;

  public VerifiedTokens() {
    this(new DefaultJWTCallerPrincipalFactory(), Clock.systemUTC());
  }

  VerifiedTokens(JWTCallerPrincipalFactory verifier, Clock clock) {
    this.verifier = verifier;
    this.clock = clock;
  }

  @Override
  public JWTCallerPrincipal parse(String token, JWTAuthContextInfo info) throws ParseException {
    long now = clock.instant().getEpochSecond();
    Verified v = verified.get(token);
    if (v != null && v.info() == info && now < v.validUntilSeconds()) {
      return v.principal();
    }
    JWTCallerPrincipal principal = verifier.parse(token, info);
    long exp = principal.getExpirationTime();
    if (exp > 0) { // a token without expiry is verified every time
      if (verified.size() >= MAX_TOKENS) {
        verified.clear();
      }
      verified.put(token, new Verified(principal, info,
          Math.min(exp + Math.max(0, info.getClockSkew()), now + MAX_AGE_SECONDS)));
    }
    return principal;
  }
}

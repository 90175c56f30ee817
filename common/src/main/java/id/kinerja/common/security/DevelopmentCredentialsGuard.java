package id.kinerja.common.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Stops a service at start-up that would verify tokens with the development issuer or key outside development, tests
 * and the local launcher ({@link DevelopmentCredentials}). Runs before the other start-up observers, so a refused
 * service has started no consumer or relay.
 */
@ApplicationScoped
public class DevelopmentCredentialsGuard {

  private static final Logger LOG = Logger.getLogger(DevelopmentCredentialsGuard.class);

  @ConfigProperty(name = "mp.jwt.verify.issuer")
  Optional<String> issuer;

  @ConfigProperty(name = "mp.jwt.verify.publickey.location")
  Optional<String> keyLocation;

  @ConfigProperty(name = "smallrye.jwt.verify.key.location")
  Optional<String> smallryeKeyLocation;

  @ConfigProperty(name = "mp.jwt.verify.publickey")
  Optional<String> inlineKey;

  @ConfigProperty(name = DevelopmentCredentials.ALLOW_SETTING, defaultValue = "false")
  boolean allowed;

  void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
    check();
  }

  /** Throws (and so ends the start-up) when the settings name development credentials that are not allowed. */
  void check() {
    List<String> fingerprints = new ArrayList<>();
    inlineKey.ifPresent(k -> fingerprints.addAll(DevelopmentCredentials.fingerprints(k)));
    keyLocation.flatMap(DevelopmentCredentialsGuard::read)
        .ifPresent(k -> fingerprints.addAll(DevelopmentCredentials.fingerprints(k)));
    smallryeKeyLocation.flatMap(DevelopmentCredentialsGuard::read)
        .ifPresent(k -> fingerprints.addAll(DevelopmentCredentials.fingerprints(k)));
    Optional<String> refusal = DevelopmentCredentials.refusal(issuer.orElse(null), fingerprints, allowed);
    if (refusal.isPresent()) {
      LOG.error(refusal.get());
      throw new IllegalStateException(refusal.get());
    }
    if (allowed && (issuer.map(DevelopmentCredentials.ISSUER::equals).orElse(false)
        || fingerprints.contains(DevelopmentCredentials.PUBLIC_KEY_SHA256))) {
      LOG.infof("Development credentials accepted (%s=true): tokens signed with the committed development key are"
          + " valid here; never in production", DevelopmentCredentials.ALLOW_SETTING);
    }
  }

  /**
   * The key text behind a location as SmallRye JWT resolves it locally: a file (plain or {@code file:}) or a
   * class-path resource (plain or {@code classpath:}). A remote location (a JWKS URL) is the identity provider's and
   * is not fetched here.
   */
  static Optional<String> read(String location) {
    String loc = location.trim();
    if (loc.isEmpty() || loc.startsWith("http://") || loc.startsWith("https://")) {
      return Optional.empty();
    }
    try {
      if (loc.startsWith("classpath:")) {
        return resource(loc.substring("classpath:".length()));
      }
      Path file = Path.of(loc.startsWith("file:") ? loc.substring("file:".length()) : loc);
      if (Files.isRegularFile(file)) {
        return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
      }
      return resource(loc);
    } catch (InvalidPathException e) {
      return resource(loc);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the verification key " + loc, e);
    }
  }

  private static Optional<String> resource(String name) {
    String n = name.startsWith("/") ? name.substring(1) : name;
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    try (InputStream in = cl == null ? null : cl.getResourceAsStream(n)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the verification key " + name, e);
    }
  }
}

package id.kinerja.realization.service;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.kinerja.common.i18n.RequestLocale;
import id.kinerja.common.jdbc.Jdbc;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.realization.config.RealizationConfig;
import id.kinerja.realization.domain.CanonicalHash;
import id.kinerja.realization.domain.RealizationMessages;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Idempotency keys: every create, submit, batch and workflow action carries a client-generated Idempotency-Key. The
 * key is stored with the response in the same transaction as the change. The same key with the same request
 * (method, path and a canonical hash of the body) replays the stored status and body, writing and publishing
 * nothing; with a different request it is refused (409). A refused request stores nothing, so its key stays free.
 * Keys belong to the calling user. The body is stored as written, in the language of the request that made it, and
 * replayed in that language (Content-Language says which).
 */
@ApplicationScoped
public class IdempotencyService {

  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED = "Idempotency-Replayed";
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");
  private static final Logger LOG = Logger.getLogger(IdempotencyService.class);

  /**
   * What an action answered: status, body (serialised as the client sees it), headers. Only successes are stored
   * under a key: a refusal is thrown (and stores nothing, the key stays free), and a failure — the database or the
   * broker down (503), a bug (500) — is thrown too, so that a retry after an outage is processed anew instead of
   * being answered with the stored error.
   */
  public record Outcome(int status, Object body, String etag, String location) {

    public Outcome {
      if (status < 200 || status > 299) {
        throw new IllegalArgumentException("only a success is stored under an Idempotency-Key, not " + status);
      }
    }
  }

  /** @param bahasa the language the body's texts were written in ("id", "en"); null for answers stored before */
  private record Stored(String requestHash, int status, String body, String etag, String location, String bahasa) {
  }

  /** The same key raced in by a concurrent twin of this request. */
  private static final class Duplicate extends RuntimeException {
    Duplicate() {
      super(null, null, false, false);
    }
  }

  @Inject
  Jdbc jdbc;

  @Inject
  ObjectMapper mapper;

  @Inject
  Clock clock;

  @Inject
  RealizationConfig config;

  private ScheduledExecutorService cleaner;

  void start(@Observes StartupEvent ev) {
    cleaner = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "idempotency-cleanup");
      t.setDaemon(true);
      return t;
    });
    cleaner.scheduleWithFixedDelay(this::cleanup, 1, 60, TimeUnit.MINUTES);
  }

  void stop(@Observes ShutdownEvent ev) {
    if (cleaner != null) {
      cleaner.shutdownNow();
    }
  }

  /** The request's fingerprint: method, path and the canonical hash of the body. */
  static String fingerprint(String method, String path, Object request) {
    JsonNode body = request instanceof JsonNode n ? n : CanonicalJson.tree(request);
    return CanonicalHash.of(method, path, body);
  }

  /**
   * Runs {@code action} once per (user, key): in a new transaction that also stores the key and the response; or
   * replays the stored response.
   */
  /** The header is present and a token: checked before the request's content, which may be costly to read. */
  public void requireKey(String key) {
    if (key == null || key.isBlank()) {
      throw ProblemException.invalid(HEADER, RealizationMessages.REQUIRED_IDEMPOTENCY_KEY);
    }
    if (!KEY.matcher(key).matches()) {
      throw ProblemException.invalid(HEADER, RealizationMessages.MUST_BE_TOKEN);
    }
  }

  public Response run(String owner, String key, String method, String path, Object request, Supplier<Outcome> action) {
    requireKey(key);
    String hash = fingerprint(method, path, request);
    // The happy path does not look the key up first: the key is inserted with the result, in the same transaction,
    // and a conflict there (or a refusal on the way) is when an earlier answer is looked for.
    try {
      Stored stored = QuarkusTransaction.requiringNew().call(() -> {
        Outcome o = action.get();
        Stored s = new Stored(hash, o.status(), write(o.body()), o.etag(), o.location(),
            RequestLocale.current().language());
        if (!insert(owner, key, s)) {
          throw new Duplicate();
        }
        return s;
      });
      return response(stored, false);
    } catch (Duplicate d) {
      return replay(find(owner, key).orElseThrow(), hash);
    } catch (ProblemException e) {
      // A retry of a request that succeeded may now be refused (the cell exists, the version moved on): the stored
      // answer wins.
      Optional<Stored> earlier = find(owner, key);
      if (earlier.isPresent()) {
        return replay(earlier.get(), hash);
      }
      throw e;
    } catch (RuntimeException e) {
      if (!uniqueViolation(e)) {
        throw e;
      }
      // A concurrent request created the same cell (or used the same key) first.
      Optional<Stored> twin = find(owner, key);
      if (twin.isPresent()) {
        return replay(twin.get(), hash);
      }
      throw ProblemException.conflict("revisi", RealizationMessages.CONCURRENT_CHANGE);
    }
  }

  private static boolean uniqueViolation(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof SQLException s && "23505".equals(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private Response replay(Stored s, String hash) {
    if (!s.requestHash().equals(hash)) {
      throw ProblemException.conflict(HEADER, RealizationMessages.SAME_KEY_SAME_BODY);
    }
    return response(s, true);
  }

  private static Response response(Stored s, boolean replayed) {
    Response.ResponseBuilder b = Response.status(s.status()).entity(s.body()).type(MediaType.APPLICATION_JSON_TYPE);
    if (s.etag() != null) {
      b.header(HttpHeaders.ETAG, s.etag());
    }
    if (s.location() != null) {
      b.header(HttpHeaders.LOCATION, s.location());
    }
    // A replay answers in the language the body was stored in, whatever this retry's Accept-Language asks.
    if (s.bahasa() != null) {
      b.header(HttpHeaders.CONTENT_LANGUAGE, s.bahasa());
    }
    if (replayed) {
      b.header(REPLAYED, "true");
    }
    return b.build();
  }

  private String write(Object body) {
    try {
      return mapper.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise response", e);
    }
  }

  /**
   * The answer stored under (owner, key). Always after the request's own transaction ended (committed, or rolled back
   * by a refusal or a unique violation), so on a connection of its own rather than in a transaction.
   */
  private Optional<Stored> find(String owner, String key) {
    return jdbc.outsideTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("select request_hash, status, body, etag, location, bahasa"
          + " from idempotency_key where pemilik = ? and kunci = ?")) {
        ps.setString(1, owner);
        ps.setString(2, key);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(new Stored(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6))) : Optional.empty();
        }
      }
    });
  }

  /** Stores the answer in the request's transaction; false when the key is taken (a concurrent twin). */
  private boolean insert(String owner, String key, Stored s) {
    return jdbc.update("insert into idempotency_key (pemilik, kunci, request_hash, status, body, etag, location,"
        + " dibuat_pada, bahasa) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (pemilik, kunci) do nothing", ps -> {
          ps.setString(1, owner);
          ps.setString(2, key);
          ps.setString(3, s.requestHash());
          ps.setInt(4, s.status());
          ps.setString(5, s.body());
          Jdbc.setString(ps, 6, s.etag());
          Jdbc.setString(ps, 7, s.location());
          ps.setTimestamp(8, Timestamp.from(clock.instant()));
          Jdbc.setString(ps, 9, s.bahasa());
        }) == 1;
  }

  void cleanup() {
    try {
      int n = QuarkusTransaction.requiringNew().call(() -> jdbc.update(
          "delete from idempotency_key where dibuat_pada < ?",
          ps -> ps.setTimestamp(1, Timestamp.from(clock.instant().minus(config.idempotency().retention())))));
      if (n > 0) {
        LOG.debugf("Deleted %d expired idempotency keys", n);
      }
    } catch (RuntimeException e) {
      LOG.warnf("Idempotency key cleanup failed: %s", e.toString());
    }
  }
}

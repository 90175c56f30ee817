package id.kinerja.common.problem;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.i18n.Message;
import id.kinerja.common.json.CanonicalJson;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Problems Vert.x answers before JAX-RS sees the request, as application/problem+json like every other refusal:
 * a body over {@code quarkus.http.limits.max-body-size} (413, checked on Content-Length ahead of Quarkus' own bare
 * 413, and for chunked JSON bodies by buffering them under the limit), and any other 4xx a Vert.x handler fails a
 * request with.
 */
@ApplicationScoped
public class HttpProblems {

  @ConfigProperty(name = "quarkus.http.limits.max-body-size")
  Optional<MemorySize> maxBodySize;

  void routes(@Observes Router router) {
    if (maxBodySize.isPresent()) {
      long limit = maxBodySize.get().asLongValue();
      BodyHandler chunked = BodyHandler.create(false).setBodyLimit(limit).setMergeFormAttributes(false);
      router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(ctx -> {
        String length = ctx.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (length != null) {
          long n;
          try {
            n = Long.parseLong(length.trim());
          } catch (NumberFormatException e) {
            close(ctx, ProblemException.invalid("Content-Length", CommonMessages.MUST_HAVE_TYPE_WHOLE_NUMBER).problem());
            return;
          }
          if (n > limit) {
            close(ctx, tooLarge(limit));
            return;
          }
        } else if (isChunkedJson(ctx)) {
          // Quarkus would end an oversized stream with a bare 413; buffer it here, under the same limit.
          chunked.handle(ctx);
          return;
        }
        ctx.next();
      });
      router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).failureHandler(ctx -> {
        int status = ctx.statusCode();
        if (status == 413 && !ctx.response().headWritten()) {
          close(ctx, tooLarge(limit));
        } else {
          ctx.next();
        }
      });
    }
    router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).failureHandler(ctx -> {
      int status = ctx.statusCode();
      if (status >= 400 && status < 500 && !ctx.response().headWritten()) {
        write(ctx, ofStatus(status, ctx.request().path(), ctx.request().method().name()));
      } else {
        ctx.next();
      }
    });
  }

  private static boolean isChunkedJson(RoutingContext ctx) {
    HttpMethod m = ctx.request().method();
    String type = ctx.request().getHeader(HttpHeaderNames.CONTENT_TYPE);
    return (m == HttpMethod.POST || m == HttpMethod.PUT || m == HttpMethod.PATCH) && type != null && type.contains("json")
        && ctx.request().getHeader(HttpHeaderNames.TRANSFER_ENCODING) != null;
  }

  private static Problem tooLarge(long limit) {
    FieldViolation v = FieldViolation.of("body", CommonMessages.MAX_SIZE, "batas", limit);
    return Problem.of(413, "payload-too-large", v.message(), List.of(v));
  }

  /**
   * The problem for a bare HTTP status that a framework answered (404 without a resource, 405, 406, 415 …): its
   * kind from the status' reason phrase, a text that says what it means.
   */
  public static Problem ofStatus(int status, String path, String method) {
    String kind = HttpResponseStatus.valueOf(status).reasonPhrase().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    Message detail = switch (status) {
      case 404 -> Message.of(CommonMessages.NOT_FOUND_PATH, "path", path);
      case 405 -> Message.of(CommonMessages.METHOD_NOT_ALLOWED, "method", method);
      case 406 -> Message.of(CommonMessages.NOT_ACCEPTABLE);
      case 415 -> Message.of(CommonMessages.UNSUPPORTED_MEDIA_TYPE);
      default -> Message.of(CommonMessages.DETAIL_STATUS, "status", status);
    };
    return Problem.of(status, kind, detail, List.of());
  }

  private static void write(RoutingContext ctx, Problem p) {
    ctx.response().setStatusCode(p.status()).putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .end(CanonicalJson.write(p.withInstance(ctx.request().path())));
  }

  /** Answers without reading the body, then closes the connection (the unread body cannot be skipped safely). */
  private static void close(RoutingContext ctx, Problem p) {
    ctx.response().putHeader(HttpHeaderNames.CONNECTION, "close");
    ctx.response().endHandler(v -> ctx.request().connection().close());
    write(ctx, p);
  }
}

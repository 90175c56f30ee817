package id.kinerja.common.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.i18n.Message;
import id.kinerja.common.trace.Tracing;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into application/problem+json. Nothing internal (stack trace, SQL, class names) reaches
 * the client; an unexpected error is logged with an id that the answer quotes.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @Context
  UriInfo uri;

  @Context
  HttpHeaders headers;

  @Context
  jakarta.ws.rs.core.Request request;

  /** Seconds a client is asked to wait when a dependency is down. */
  @ConfigProperty(name = "kinerja.unavailable.retry-after", defaultValue = "5")
  int retryAfter;

  @ServerExceptionMapper
  public Response problem(ProblemException e) {
    return respond(e.problem());
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e) {
    List<FieldViolation> errors = new ArrayList<>();
    for (ConstraintViolation<?> v : e.getConstraintViolations()) {
      String rule = ruleOf(v);
      Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
      List<Object> args = new ArrayList<>();
      for (String name : List.of("min", "max", "value", "regexp", "integer", "fraction")) {
        if (attributes.containsKey(name)) {
          args.add(name);
          args.add(String.valueOf(attributes.get(name)));
        }
      }
      CommonMessages text = CommonMessages.constraint(rule);
      if (text == CommonMessages.CONSTRAINT) {
        args.add("aturan");
        args.add(rule);
      }
      errors.add(new FieldViolation(fieldOf(v.getPropertyPath()), rule, Message.of(text, args.toArray())));
    }
    errors.sort(java.util.Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::rule));
    return respond(ProblemException.invalid(errors).problem());
  }

  @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class, InvalidFormatException.class,
      UnrecognizedPropertyException.class, JsonMappingException.class })
  public Response unreadableJson(JsonProcessingException e) {
    String field = e instanceof JsonMappingException m && !m.getPath().isEmpty() ? pathOf(m.getPath()) : "body";
    FieldViolation v;
    if (causedBy(e, com.fasterxml.jackson.core.exc.StreamConstraintsException.class)) {
      v = FieldViolation.of(field, CommonMessages.WITHIN_SIZE_LIMITS);
    } else if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
      // "Duplicate field 'nilai'": name the key itself, below the object it was repeated in.
      String key = "?";
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("Duplicate field '([^']{1,200})'").matcher(e.getOriginalMessage());
      if (m.find()) {
        key = m.group(1);
        field = "body".equals(field) ? key : field + "." + key;
      }
      v = FieldViolation.of(field, CommonMessages.NO_DUPLICATE_KEYS, "kunci", key.replaceAll("[^\\x20-\\x7e]", "?"));
    } else if (e instanceof id.kinerja.common.json.JsonHardening.NumberOutOfRange) {
      v = FieldViolation.of(field, CommonMessages.NUMBER_IN_RANGE, "sebelum", id.kinerja.common.json.JsonHardening.MAX_INTEGER_DIGITS,
          "sesudah", id.kinerja.common.json.JsonHardening.MAX_FRACTION_DIGITS);
    } else if (e instanceof id.kinerja.common.json.JsonHardening.InvalidText) {
      v = FieldViolation.of(field, CommonMessages.MUST_BE_VALID_TEXT);
    } else if (causedBy(e, InputCoercionException.class)) {
      v = FieldViolation.of(field, CommonMessages.NUMBER_IN_RANGE_FIELD);
    } else if (e instanceof UnrecognizedPropertyException) {
      v = FieldViolation.of(field, CommonMessages.UNKNOWN_FIELD);
    } else if (e instanceof MismatchedInputException mi) {
      v = "body".equals(field) ? FieldViolation.of(field, CommonMessages.MUST_HAVE_TYPE_SHAPE) : expectedType(field, mi.getTargetType());
    } else {
      v = FieldViolation.of(field, CommonMessages.MUST_BE_VALID_JSON);
    }
    return respond(ProblemException.invalid(List.of(v)).problem());
  }


  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }

  @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
  public Response unauthorized(RuntimeException e) {
    return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
        .entity(Problem.of(401, "unauthorized", Message.of(CommonMessages.UNAUTHORIZED), List.of()).withInstance(path()))
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return respond(ProblemException.forbidden(CommonMessages.FORBIDDEN_ROLE).problem());
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, ResourceInfo resource) {
    // The JSON reader wraps syntax and limit errors in a 400: report them like every other unreadable body.
    if (e.getCause() instanceof JsonProcessingException json) {
      return unreadableJson(json);
    }
    // A path or query value that does not convert to its parameter's type (JAX-RS answers 404 or 400 without saying
    // which): name the parameter.
    if ((e instanceof NotFoundException || e instanceof BadRequestException) && e.getCause() != null
        && !(e.getCause() instanceof WebApplicationException)) {
      FieldViolation v = unconvertible(resource);
      if (v != null) {
        return respond(ProblemException.invalid(List.of(v)).problem());
      }
    }
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return unexpected(e);
    }
    Response problem = respond(HttpProblems.ofStatus(status, path(), request == null ? null : request.getMethod()));
    String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
    return allow == null ? problem : Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
  }

  /** The first parameter of the matched resource method whose value does not convert to its type, or null. */
  private FieldViolation unconvertible(ResourceInfo resource) {
    java.lang.reflect.Method method = resource == null ? null : resource.getResourceMethod();
    if (method == null) {
      return null;
    }
    for (java.lang.reflect.Parameter p : method.getParameters()) {
      String name;
      List<String> values;
      if (p.isAnnotationPresent(PathParam.class)) {
        name = p.getAnnotation(PathParam.class).value();
        values = uri.getPathParameters().get(name);
      } else if (p.isAnnotationPresent(QueryParam.class)) {
        name = p.getAnnotation(QueryParam.class).value();
        values = uri.getQueryParameters().get(name);
      } else if (p.isAnnotationPresent(HeaderParam.class)) {
        name = p.getAnnotation(HeaderParam.class).value();
        values = headers == null ? null : headers.getRequestHeader(name);
      } else if (p.isAnnotationPresent(CookieParam.class)) {
        continue;
      } else {
        continue;
      }
      if (values == null) {
        continue;
      }
      for (String value : values) {
        FieldViolation v = ParameterTypes.problem(name, p.getType(), value);
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e) {
    if (e.getCause() instanceof ProblemException p) {
      return problem(p);
    }
    java.util.Optional<CommonMessages> down = Unavailable.of(e);
    if (down.isPresent()) {
      LOG.warnf("Unavailable on %s: %s", path(), rootMessage(e));
      return Response.fromResponse(respond(Problem.of(503, "unavailable",
          Message.of(down.get(), "detik", retryAfter), List.of()))).header("Retry-After", Integer.toString(retryAfter)).build();
    }
    String id = UUID.randomUUID().toString();
    LOG.errorf(e, "Unexpected error %s on %s", id, path());
    return respond(Problem.of(500, "internal", Message.of(CommonMessages.INTERNAL, "id", id), List.of()));
  }

  private static String rootMessage(Throwable e) {
    Throwable c = e;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    return c.getClass().getSimpleName() + ": " + c.getMessage();
  }

  private Response respond(Problem p) {
    Problem body = p.withInstance(path());
    if (p.status() >= 500) {
      // The request's trace: its log lines carry the same id (docs/operations.md "Tracing").
      body = body.withTraceId(Tracing.traceId());
    }
    return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(body).build();
  }

  private String path() {
    try {
      return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * "create.request.items[2].nilai" → "items[2].nilai"; "list.tahun" → "tahun": the client knows fields of the
   * body and names of parameters, not Java methods.
   */
  static String fieldOf(Path path) {
    String parameter = null;
    StringBuilder sb = new StringBuilder();
    for (Path.Node n : path) {
      switch (n.getKind()) {
        case PARAMETER -> {
          parameter = n.getName();
          sb.setLength(0);
        }
        case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER, BEAN -> {
        }
        default -> {
          if (n.getIndex() != null) {
            sb.append('[').append(n.getIndex()).append(']');
          } else if (n.getKey() != null) {
            sb.append('[').append(n.getKey()).append(']');
          }
          if (n.getName() != null && !n.getName().startsWith("<")) {
            if (sb.length() > 0) {
              sb.append('.');
            }
            sb.append(n.getName());
          }
        }
      }
    }
    if (sb.length() > 0) {
      return sb.toString();
    }
    return parameter == null ? "body" : parameter;
  }

  private static String ruleOf(ConstraintViolation<?> v) {
    String annotation = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    return annotation.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
  }

  private static String pathOf(List<JsonMappingException.Reference> refs) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.length() == 0 ? "body" : sb.toString();
  }

  private static FieldViolation expectedType(String field, Class<?> type) {
    if (type == null) {
      return FieldViolation.of(field, CommonMessages.MUST_HAVE_TYPE_VALUE);
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class || type == Short.class
        || type == short.class) {
      return FieldViolation.of(field, CommonMessages.MUST_HAVE_TYPE_WHOLE_NUMBER);
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
      return FieldViolation.of(field, CommonMessages.MUST_HAVE_TYPE_NUMBER);
    }
    if (type == Boolean.class || type == boolean.class) {
      return FieldViolation.of(field, CommonMessages.MUST_HAVE_TYPE_BOOLEAN);
    }
    if (type.isEnum()) {
      return FieldViolation.of(field, CommonMessages.MUST_HAVE_TYPE_ENUM, "pilihan",
          java.util.Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return FieldViolation.of(field, CommonMessages.MUST_HAVE_TYPE_LIST);
    }
    if (type == String.class) {
      return FieldViolation.of(field, CommonMessages.MUST_HAVE_TYPE_STRING);
    }
    if (type == java.time.LocalDate.class) {
      return FieldViolation.of(field, CommonMessages.MUST_HAVE_TYPE_DATE);
    }
    if (type.getName().startsWith("java.time")) {
      return FieldViolation.of(field, CommonMessages.MUST_HAVE_TYPE_DATE_TIME);
    }
    return FieldViolation.of(field, CommonMessages.MUST_HAVE_TYPE_OBJECT);
  }

}

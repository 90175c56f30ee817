package id.kinerja.common.problem;

import java.util.ArrayList;
import java.util.List;
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

  @ServerExceptionMapper
  public Response problem(ProblemException e) {
    return respond(e.problem());
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e) {
    List<FieldViolation> errors = new ArrayList<>();
    for (ConstraintViolation<?> v : e.getConstraintViolations()) {
      errors.add(new FieldViolation(fieldOf(v.getPropertyPath()), ruleOf(v), v.getMessage()));
    }
    errors.sort(java.util.Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::rule));
    return respond(ProblemException.invalid(errors).problem());
  }

  @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class, InvalidFormatException.class,
      UnrecognizedPropertyException.class, JsonMappingException.class })
  public Response unreadableJson(JsonProcessingException e) {
    String field = e instanceof JsonMappingException m && !m.getPath().isEmpty() ? pathOf(m.getPath()) : "body";
    String rule;
    String message;
    if (causedBy(e, com.fasterxml.jackson.core.exc.StreamConstraintsException.class)) {
      rule = "within-size-limits";
      message = "the body is nested too deeply or has an over-long value";
    } else if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
      rule = "no-duplicate-keys";
      message = e.getOriginalMessage();
      // "Duplicate field 'nilai'": name the key itself, below the object it was repeated in.
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("Duplicate field '([^']{1,200})'").matcher(message);
      if (m.find()) {
        field = "body".equals(field) ? m.group(1) : field + "." + m.group(1);
      }
    } else if (e instanceof id.kinerja.common.json.JsonHardening.NumberOutOfRange) {
      rule = "number-in-range";
      message = "at most " + id.kinerja.common.json.JsonHardening.MAX_INTEGER_DIGITS + " digits before and "
          + id.kinerja.common.json.JsonHardening.MAX_FRACTION_DIGITS + " after the decimal point";
    } else if (e instanceof id.kinerja.common.json.JsonHardening.InvalidText) {
      rule = "must-be-valid-text";
      message = id.kinerja.common.json.JsonHardening.INVALID_TEXT_MESSAGE;
    } else if (causedBy(e, InputCoercionException.class)) {
      rule = "number-in-range";
      message = "the number is out of range for this field";
    } else if (e instanceof UnrecognizedPropertyException) {
      rule = "unknown-field";
      message = "no such field";
    } else if (e instanceof MismatchedInputException mi) {
      rule = "must-have-type";
      Class<?> target = mi.getTargetType();
      message = "body".equals(field) ? "the body has the wrong JSON shape"
          : target == null ? "value has the wrong type" : "value must be a " + friendly(target);
    } else {
      rule = "must-be-valid-json";
      message = "the body is not valid JSON";
    }
    return respond(ProblemException.invalid(field, rule, message).problem());
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
        .entity(new Problem(Problem.TYPE_BASE + "unauthorized", "Unauthorized",
            401, "A valid bearer token is required", path(), List.of()))
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return respond(ProblemException.forbidden("Your role does not allow this").problem());
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
    String title = Response.Status.fromStatusCode(status) == null ? "Error"
        : Response.Status.fromStatusCode(status).getReasonPhrase();
    String kind = title.toLowerCase().replace(' ', '-');
    Response problem = respond(ProblemException.of(status, kind, title, title, List.of()).problem());
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
        String expected = ParameterTypes.problem(p.getType(), value);
        if (expected != null) {
          return new FieldViolation(name, "must-have-type", expected);
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
    String id = UUID.randomUUID().toString();
    LOG.errorf(e, "Unexpected error %s on %s", id, path());
    return respond(new Problem(Problem.TYPE_BASE + "internal", "Internal error", 500,
        "Unexpected error; quote " + id + " when reporting it", null, List.of()));
  }

  private Response respond(Problem p) {
    return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p.withInstance(path())).build();
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

  private static String friendly(Class<?> type) {
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
      return "number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "boolean";
    }
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.toString(type.getEnumConstants());
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "list";
    }
    if (type == String.class) {
      return "string";
    }
    if (type.getName().startsWith("java.time")) {
      return "ISO-8601 " + type.getSimpleName();
    }
    return "object";
  }
}

package id.kinerja.common.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import id.kinerja.common.problem.Problem;

/**
 * Makes the contract complete: every error a client can receive is declared with the Problem schema and an
 * example. Resources declare their domain errors (409, 412, 422 …) with a description; this filter adds the
 * body and the errors every endpoint can produce (400, 401, 403, 404, 406, 413, 415, 500), and the bearer scheme.
 */
public class ProblemResponsesFilter implements OASFilter {

  private static final String PROBLEM_REF = "#/components/schemas/Problem";
  private static final String BEARER = "bearer";

  private record Standard(String code, String kind, String title, String detail, String field, String rule) {
  }

  private static final Map<String, Standard> STANDARD = new LinkedHashMap<>();

  static {
    put(new Standard("400", "validation", "Invalid request", "tahun: must be between 2000 and 2100", "tahun", "range"));
    put(new Standard("401", "unauthorized", "Unauthorized", "A valid bearer token is required", null, null));
    put(new Standard("403", "forbidden", "Forbidden", "Your token is for kecamatan 35.02.14, not 35.02.15", null, null));
    put(new Standard("404", "not-found", "Not found", "kecamatan 35.02.99 does not exist", null, null));
    put(new Standard("406", "not-acceptable", "Not Acceptable", "Not Acceptable", null, null));
    put(new Standard("409", "conflict", "Conflict with current state", "The idempotency key was used with a different body",
        "Idempotency-Key", "same-key-same-body"));
    put(new Standard("412", "stale-version", "Precondition failed",
        "The resource was changed by someone else (If-Match \"3\", current \"4\")", "If-Match", "must-match-current-etag"));
    put(new Standard("413", "payload-too-large", "Payload Too Large", "Payload Too Large", null, null));
    put(new Standard("415", "unsupported-media-type", "Unsupported Media Type", "Unsupported Media Type", null, null));
    put(new Standard("422", "rule-violation", "Not allowed by the rules",
        "triwulan: entry for TW II closed on 2024-07-10", "triwulan", "entry-window-open"));
    put(new Standard("428", "precondition-required", "Precondition required", "Send the resource's ETag in If-Match",
        "If-Match", "required"));
    put(new Standard("500", "internal", "Internal error",
        "Unexpected error; quote 5f0c7a5e-8d1b-4c1e-9a53-0d7b1b8f2a10 when reporting it", null, null));
  }

  private static void put(Standard s) {
    STANDARD.put(s.code(), s);
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Components components = openAPI.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      openAPI.setComponents(components);
    }
    if (components.getSchemas() == null || !components.getSchemas().containsKey("Problem")) {
      components.addSchema("FieldViolation", fieldViolationSchema());
      components.addSchema("Problem", problemSchema());
    }
    // One bearer scheme. SmallRye's automatic scheme lists roles as OAuth scopes, which an HTTP bearer scheme
    // cannot have; the roles go into the operation's x-roles and description instead.
    if (components.getSecuritySchemes() != null) {
      components.getSecuritySchemes().keySet().stream().filter(k -> !k.equals(BEARER)).toList()
          .forEach(components::removeSecurityScheme);
    }
    components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
        .scheme("bearer").bearerFormat("JWT")
        .description("JWT signed by the identity provider: `groups` holds the roles (operator, verifier, planner, "
            + "bagian-organisasi, pimpinan), claim `kabupaten` the kabupaten code, claim `kecamatan` the kecamatan code "
            + "(operator and verifier)."));
    if (components.getSchemas() != null) {
      components.getSchemas().values().forEach(ProblemResponsesFilter::declareNullables);
    }
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
        .forEach((method, op) -> complete(path, method, op)));
  }

  private void complete(String path, PathItem.HttpMethod method, Operation op) {
    APIResponses responses = op.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      op.setResponses(responses);
    }
    boolean secured = path.startsWith("/api/");
    boolean hasBody = op.getRequestBody() != null;
    boolean hasInput = hasBody || (op.getParameters() != null && !op.getParameters().isEmpty());
    if (secured) {
      ensure(responses, "401");
      ensure(responses, "403");
      List<String> roles = new ArrayList<>();
      if (op.getSecurity() != null) {
        op.getSecurity().forEach(req -> req.getSchemes().values().forEach(scopes -> {
          if (scopes != null) {
            scopes.stream().filter(r -> !roles.contains(r)).forEach(roles::add);
          }
        }));
      }
      op.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(BEARER)));
      if (!roles.isEmpty()) {
        op.addExtension("x-roles", roles);
        String line = "Roles: " + String.join(", ", roles) + ".";
        String description = op.getDescription() == null || op.getDescription().isBlank() ? op.getSummary() : op.getDescription();
        op.setDescription(description == null ? line : description + "\n\n" + line);
      }
    }
    if (op.getDescription() == null || op.getDescription().isBlank()) {
      op.setDescription(op.getSummary());
    }
    if (hasInput) {
      ensure(responses, "400");
    }
    if (path.contains("{")) {
      ensure(responses, "404");
    }
    if (hasBody) {
      ensure(responses, "413");
      ensure(responses, "415");
    }
    // Every operation answers in fixed media types; an Accept header that admits none of them gets 406.
    ensure(responses, "406");
    ensure(responses, "500");
    // Declared errors without a body get the Problem body and an example.
    responses.getAPIResponses().forEach((code, response) -> {
      if (code.startsWith("4") || code.startsWith("5")) {
        if (response.getRef() == null && (response.getContent() == null || response.getContent().getMediaTypes() == null
            || response.getContent().getMediaTypes().isEmpty())) {
          response.setContent(problemContent(STANDARD.getOrDefault(code,
              new Standard(code, "error", "Error", response.getDescription(), null, null))));
        }
      }
    });
  }

  /**
   * Java leaves a property the schema does not require null, and the JSON then says null: declare it (OpenAPI 3.1:
   * "null" among the types, or anyOf with null for a reference), so that examples and clients agree with answers.
   */
  private static void declareNullables(Schema schema) {
    if (schema.getProperties() == null) {
      return;
    }
    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
    schema.getProperties().forEach((name, property) -> {
      if (required.contains(name)) {
        return;
      }
      if (property.getRef() != null) {
        Schema ref = OASFactory.createSchema().ref(property.getRef());
        property.setRef(null);
        property.setAnyOf(List.of(ref, OASFactory.createSchema().type(List.of(Schema.SchemaType.NULL))));
      }
      if (property.getType() != null && !property.getType().isEmpty()
          && !property.getType().contains(Schema.SchemaType.NULL)) {
        List<Schema.SchemaType> types = new ArrayList<>(property.getType());
        types.add(Schema.SchemaType.NULL);
        property.setType(types);
      }
    });
  }

  private static void ensure(APIResponses responses, String code) {
    if (responses.getAPIResponse(code) == null) {
      Standard s = STANDARD.get(code);
      responses.addAPIResponse(code, OASFactory.createAPIResponse().description(s.title()).content(problemContent(s)));
    }
  }

  private static Content problemContent(Standard s) {
    Map<String, Object> example = new LinkedHashMap<>();
    example.put("type", Problem.TYPE_BASE + s.kind());
    example.put("title", s.title());
    example.put("status", Integer.parseInt(s.code()));
    example.put("detail", s.detail() == null ? s.title() : s.detail());
    example.put("instance", "/api/...");
    if (s.field() != null) {
      example.put("errors", List.of(Map.of("field", s.field(), "rule", s.rule(), "message",
          s.detail().contains(": ") ? s.detail().substring(s.detail().indexOf(": ") + 2) : s.detail())));
    }
    MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)).example(example);
    return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
  }

  private static Schema problemSchema() {
    return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
        .description("Error body (RFC 9457). `errors` names each offending field and the rule it broke.")
        .addProperty("type", stringSchema("URI naming the kind of problem"))
        .addProperty("title", stringSchema("Short summary"))
        .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32"))
        .addProperty("detail", stringSchema("What went wrong, for a person"))
        .addProperty("instance", stringSchema("The request path"))
        .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
            .items(OASFactory.createSchema().ref("#/components/schemas/FieldViolation")))
        .required(List.of("type", "title", "status"));
  }

  private static Schema fieldViolationSchema() {
    return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
        .addProperty("field", stringSchema("JSON path of the field or name of the parameter"))
        .addProperty("rule", stringSchema("The rule that was broken, a stable code"))
        .addProperty("message", stringSchema("Explanation"))
        .required(List.of("field", "rule", "message"));
  }

  private static Schema stringSchema(String description) {
    return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
  }
}

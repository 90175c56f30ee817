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
 * body and the errors every endpoint can produce (400, 401, 403, 404, 406, 413, 415, 500), and the bearer scheme. A 5xx
 * body quotes the request's trace id.
 */
public class ProblemResponsesFilter implements OASFilter {

  private static final String PROBLEM_REF = "#/components/schemas/Problem";
  private static final String BEARER = "bearer";
  private static final String EXAMPLE_TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

  private record Standard(String code, String kind, String title, String detail, String field, String rule) {
  }

  private static final Map<String, Standard> STANDARD = new LinkedHashMap<>();

  static {
    put(new Standard("400", "validation", "Permintaan tidak valid", "tahun: paling besar 2100", "tahun", "max"));
    put(new Standard("401", "unauthorized", "Belum terautentikasi", "Diperlukan token bearer yang sah", null, null));
    put(new Standard("403", "forbidden", "Dilarang", "Token Anda untuk kecamatan 35.02.14, bukan 35.02.08", null, null));
    put(new Standard("404", "not-found", "Tidak ditemukan", "Kecamatan 35.02.99 tidak ditemukan", null, null));
    put(new Standard("406", "not-acceptable", "Format jawaban tidak tersedia",
        "Layanan ini tidak dapat menjawab dalam format yang diminta header Accept", null, null));
    put(new Standard("409", "conflict", "Bertentangan dengan keadaan saat ini",
        "Idempotency-Key ini sudah dipakai untuk permintaan dengan isi lain", "Idempotency-Key", "same-key-same-body"));
    put(new Standard("412", "stale-version", "Prasyarat gagal",
        "Data ini telah diubah orang lain (If-Match \"3\", versi terkini \"4\"); muat ulang lalu ulangi", "If-Match",
        "must-match-current-etag"));
    put(new Standard("413", "payload-too-large", "Isi permintaan terlalu besar", "body: paling besar 2.097.152 byte",
        "body", "max-size"));
    put(new Standard("415", "unsupported-media-type", "Jenis media tidak didukung",
        "Jenis isi permintaan (Content-Type) ini tidak diterima", null, null));
    put(new Standard("422", "rule-violation", "Tidak diizinkan oleh aturan",
        "triwulan: pengisian TW 2 2024 ditutup 10 Juli 2024 pukul 24.00 WIB; perlu perpanjangan dari Bagian Organisasi",
        "triwulan", "entry-window-open"));
    put(new Standard("428", "precondition-required", "Prasyarat diperlukan", "Kirim ETag data ini dalam header If-Match",
        "If-Match", "required"));
    put(new Standard("500", "internal", "Kesalahan internal",
        "Terjadi kesalahan tak terduga; sebutkan kode 5f0c7a5e-8d1b-4c1e-9a53-0d7b1b8f2a10 saat melaporkannya", null, null));
    put(new Standard("503", "unavailable", "Layanan sementara tidak tersedia",
        "Basis data sementara tidak dapat dihubungi; tidak ada yang tersimpan. Ulangi dalam 5 detik", null, null));
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
    // Always these two, whatever SmallRye derived from the records: they state what every error body holds.
    components.addSchema("FieldViolation", fieldViolationSchema());
    components.addSchema("Problem", problemSchema());
    // One bearer scheme. SmallRye's automatic scheme lists roles as OAuth scopes, which an HTTP bearer scheme
    // cannot have; the roles go into the operation's x-roles and description instead.
    if (components.getSecuritySchemes() != null) {
      components.getSecuritySchemes().keySet().stream().filter(k -> !k.equals(BEARER)).toList()
          .forEach(components::removeSecurityScheme);
    }
    components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
        .scheme("bearer").bearerFormat("JWT")
        .description("JWT signed by the identity provider: `groups` holds the roles (operator, verifier, planner, "
            + "bagian-organisasi, pimpinan; operator-sistem for the service-wide operations), claim `kabupaten` the "
            + "kabupaten code, claim `kecamatan` the kecamatan code (operator and verifier)."));
    if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
      openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
          .forEach((method, op) -> complete(path, method, op)));
    }
    ExactContract.apply(openAPI);
    servers(openAPI);
  }

  /** The local stack as the one server (kinerja.openapi.server-url), described; the same document in every profile. */
  private static void servers(OpenAPI openAPI) {
    org.eclipse.microprofile.config.Config config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
    config.getOptionalValue("kinerja.openapi.server-url", String.class).ifPresent(url -> openAPI.setServers(List.of(
        OASFactory.createServer().url(url).description(config.getOptionalValue("kinerja.openapi.server-description",
            String.class).orElse("Local stack started by ./deploy/run.sh")))));
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
    if (secured) {
      // Every /api operation reads or writes the database: while it cannot be reached the answer is 503.
      ensure(responses, "503");
      responses.getAPIResponse("503").addHeader("Retry-After", OASFactory.createHeader()
          .description("Seconds to wait before retrying").schema(OASFactory.createSchema()
              .type(List.of(Schema.SchemaType.INTEGER)).examples(List.of(5))));
    }
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
    example.put("errors", s.field() == null ? List.of() : List.of(Map.of("field", s.field(), "rule", s.rule(), "message",
        s.detail().contains(": ") ? s.detail().substring(s.detail().indexOf(": ") + 2) : s.detail())));
    if (s.code().startsWith("5")) {
      example.put("traceId", EXAMPLE_TRACE_ID);
    }
    MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)).example(example);
    return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
  }

  private static Schema problemSchema() {
    return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
        .description("Error body (RFC 9457). `errors` names each offending field and the rule it broke.")
        .addProperty("type", stringSchema("URI naming the kind of problem"))
        .addProperty("title", stringSchema("Short summary, in the language of the answer (Content-Language)"))
        .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32"))
        .addProperty("detail", stringSchema("What went wrong, for a person, in the language of the answer"))
        .addProperty("instance", stringSchema("The request path (absent when the problem arose outside a request path)"))
        .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
            .description("One entry per offending field; empty when the problem is not about a field")
            .items(OASFactory.createSchema().ref("#/components/schemas/FieldViolation")))
        .addProperty("traceId", stringSchema("5xx answers only: the W3C trace id of the request (32 hex digits), which its"
            + " log lines carry too; quote it when reporting the problem").pattern("^[0-9a-f]{32}$")
            .examples(List.of(EXAMPLE_TRACE_ID)))
        .required(List.of("type", "title", "status", "detail", "errors"));
  }

  private static Schema fieldViolationSchema() {
    return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
        .addProperty("field", stringSchema("JSON path of the field or name of the parameter"))
        .addProperty("rule", stringSchema("The rule that was broken, a stable code"))
        .addProperty("message", stringSchema("Explanation, in the language of the answer"))
        .required(List.of("field", "rule", "message"));
  }

  private static Schema stringSchema(String description) {
    return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
  }
}

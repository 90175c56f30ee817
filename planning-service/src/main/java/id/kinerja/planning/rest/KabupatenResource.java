package id.kinerja.planning.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.common.rest.ETags;
import id.kinerja.common.security.Roles;
import id.kinerja.common.problem.Problem;
import id.kinerja.planning.domain.KabupatenLogo;
import id.kinerja.planning.domain.PlanningMessages;
import id.kinerja.planning.domain.dokumen.KabupatenDok;
import id.kinerja.planning.service.KabupatenService;

@Path("/api/kabupaten/{kode}")
@Tag(name = "Kabupaten", description = "A kabupaten and its calculation settings")
@Produces(APPLICATION_JSON)
public class KabupatenResource extends PlanningResource {

  private static final String KODE = "\\d{2}\\.\\d{2}";

  @Inject
  KabupatenService service;

  @GET
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.OPERATOR, Roles.VERIFIER })
  @Operation(operationId = "getKabupaten", summary = "Read a kabupaten's settings")
  @APIResponse(responseCode = "200", description = "The kabupaten; its version is in the ETag",
      headers = @Header(name = HttpHeaders.ETAG, description = "Version to send in If-Match", schema = @Schema(implementation = String.class)),
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = KabupatenView.class),
          examples = @ExampleObject(name = "ponorogo", value = KabupatenExamples.VIEW)))
  public Response get(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kode") @Pattern(regexp = KODE) String kode) {
    caller.requireKabupaten(kode);
    return service.find(kode)
        .map(k -> Endpoints.versioned(KabupatenView.of(k), k.konfigurasiVersi))
        .orElseThrow(() -> ProblemException.notFound(CommonMessages.THING_KABUPATEN, "kode", kode));
  }

  @PUT
  @Consumes(APPLICATION_JSON)
  @RolesAllowed(Roles.PLANNER)
  @Operation(operationId = "saveKabupaten", summary = "Create or change a kabupaten's settings",
      description = "Creating needs no If-Match; changing needs the current ETag. The new settings are announced as planning.kabupaten.configured.")
  @APIResponse(responseCode = "200", description = "Saved",
      headers = @Header(name = HttpHeaders.ETAG, description = "New version", schema = @Schema(implementation = String.class)),
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = KabupatenView.class),
          examples = @ExampleObject(name = "ponorogo", value = KabupatenExamples.VIEW)))
  @APIResponse(responseCode = "412", description = "If-Match is not the current version")
  @APIResponse(responseCode = "428", description = "Changing an existing kabupaten needs If-Match")
  public Response put(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kode") @Pattern(regexp = KODE) String kode,
      @Parameter(description = "ETag of the settings being changed. Required to change an existing kabupaten (428 without it); absent when creating it", example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = KabupatenRequest.class),
          examples = @ExampleObject(name = "ponorogo", value = KabupatenExamples.REQUEST))) @Valid @NotNull KabupatenRequest request) {
    caller.requireKabupatenRole(kode, Roles.PLANNER);
    var k = service.save(new KabupatenDok(kode, request.nama(), request.negativeFormulaDefault(), request.overallMode(),
        request.capaianScoreCap(), request.floorNegativeAtZero(), request.zonaWaktu()), ETags.parseIfMatch(ifMatch),
        caller.user());
    return Endpoints.versioned(KabupatenView.of(k), k.konfigurasiVersi);
  }

  static final String PNG = "image/png";
  static final String JPEG = "image/jpeg";

  @PUT
  @Path("/logo")
  @Consumes({ PNG, JPEG })
  @RolesAllowed(Roles.PLANNER)
  @Operation(operationId = "simpanLogoKabupaten", summary = "Upload the kabupaten's logo for the letterhead of its documents",
      description = "The body is the image itself, PNG or JPEG, told from its content (the Content-Type must agree with it): at most "
          + "512 KiB and 2000 × 2000 pixels, and it must decode. It is printed on the PK formulir and the LKjIP. A new image is a "
          + "new konfigurasiVersi of the kabupaten (the ETag of GET /api/kabupaten/{kode}), announced with its settings as "
          + "planning.kabupaten.configured v2; the same image again changes nothing. If-Match is optional: when sent, it must "
          + "be the current konfigurasiVersi.")
  @RequestBody(required = true, content = {
      @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary"),
          examples = @ExampleObject(name = "png", summary = "Lambang Kabupaten Ponorogo, 400 × 480 pixels",
              value = KabupatenExamples.LOGO_BODY)),
      @Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary"),
          examples = @ExampleObject(name = "jpeg", summary = "The same emblem as a JPEG photo", value = KabupatenExamples.LOGO_BODY)) })
  @APIResponse(responseCode = "200", description = "Stored (or unchanged)",
      headers = @Header(name = HttpHeaders.ETAG, description = "The kabupaten's konfigurasiVersi after the upload", schema = @Schema(implementation = String.class)),
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = LogoView.class),
          examples = @ExampleObject(name = "ponorogo", value = KabupatenExamples.LOGO_VIEW)))
  @APIResponse(responseCode = "400", description = "Empty, damaged, or larger than 2000 × 2000 pixels",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "dimensions", value = KabupatenExamples.LOGO_TOO_WIDE)))
  @APIResponse(responseCode = "412", description = "If-Match is not the current konfigurasiVersi")
  @APIResponse(responseCode = "413", description = "Larger than 512 KiB",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "size", value = KabupatenExamples.LOGO_TOO_LARGE)))
  @APIResponse(responseCode = "415", description = "Not a PNG or JPEG image, or the Content-Type does not match the content",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "type", value = KabupatenExamples.LOGO_NOT_IMAGE)))
  public Response putLogo(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kode") @Pattern(regexp = KODE) String kode,
      @Parameter(description = "konfigurasiVersi being changed (optional)", example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) String contentType,
      byte[] body) {
    caller.requireKabupatenRole(kode, Roles.PLANNER);
    KabupatenLogo logo = service.saveLogo(kode, body, contentType, ETags.parseIfMatch(ifMatch), caller.user());
    int versi = service.find(kode).orElseThrow().konfigurasiVersi;
    return Endpoints.versioned(LogoView.of(logo), versi);
  }

  @GET
  @Path("/logo")
  @Produces({ PNG, JPEG, APPLICATION_JSON })
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.OPERATOR, Roles.VERIFIER })
  @Operation(operationId = "ambilLogoKabupaten", summary = "The kabupaten's logo as uploaded",
      description = "The image (PNG or JPEG, as uploaded); 404 when the kabupaten has none.")
  @APIResponse(responseCode = "200", description = "The image",
      content = { @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary"),
          examples = @ExampleObject(name = "png", summary = "Lambang Kabupaten Ponorogo as uploaded", value = KabupatenExamples.LOGO_BODY)),
          @Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary"),
              examples = @ExampleObject(name = "jpeg", summary = "A JPEG logo as uploaded", value = KabupatenExamples.LOGO_BODY)) })
  @APIResponse(responseCode = "404", description = "Unknown kabupaten, or no logo uploaded")
  public Response getLogo(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kode") @Pattern(regexp = KODE) String kode) {
    caller.requireKabupaten(kode);
    KabupatenLogo logo = service.logo(kode)
        .orElseThrow(() -> ProblemException.notFound(PlanningMessages.THING_LOGO, "kabupaten", kode));
    return Response.ok(logo.isi, logo.mediaType).build();
  }
}

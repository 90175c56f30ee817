package id.kinerja.planning.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.kinerja.common.problem.Problem;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.common.rest.ETags;
import id.kinerja.common.security.Roles;
import id.kinerja.planning.domain.PlanningMessages;
import id.kinerja.planning.domain.SkalaPredikat;
import id.kinerja.domain.predikat.SkalaTujuan;
import id.kinerja.planning.domain.dokumen.SkalaDok;
import id.kinerja.planning.domain.rules.DokumenSchema;
import id.kinerja.planning.service.SkalaService;

@Tag(name = "Skala predikat", description = "Predicate scales per kabupaten, year and purpose, with explicit boundary inclusivity")
@Produces(APPLICATION_JSON)
@Path("/api/kabupaten/{kode}/skala-predikat")
public class SkalaPredikatResource extends PlanningResource {

  @Inject
  SkalaService service;

  @GET
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.OPERATOR, Roles.VERIFIER })
  @Operation(operationId = "listSkalaPredikat", summary = "List the predicate scales of a kabupaten")
  @APIResponse(responseCode = "200", description = "One page of scales",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.SkalaPredikatPage.class),
          examples = @ExampleObject(name = "ponorogo", value = PlanningExamples.SKALA_PAGE)))
  public Views.SkalaPredikatPage list(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kode") @Pattern(regexp = KecamatanResource.KAB) String kode,
      @Parameter(description = "Year", example = "2024") @QueryParam("tahun") @Min(2000) @Max(2100) Integer tahun,
      @Parameter(description = "0-based page, at most 100000", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
      @Parameter(description = "Page size, at most 500", example = "50") @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    caller.requireKabupaten(kode);
    return Endpoints.page(service.list(kode, tahun, page, size), this::view, page, size, Views.SkalaPredikatPage::new);
  }

  @GET
  @Path("/{tahun}/{tujuan}")
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.OPERATOR, Roles.VERIFIER })
  @Operation(operationId = "getSkalaPredikat", summary = "Read one predicate scale")
  @APIResponse(responseCode = "200", description = "The scale; versi in the ETag",
      headers = @Header(name = HttpHeaders.ETAG, description = "Version to send in If-Match", schema = @Schema(implementation = String.class)),
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.SkalaView.class),
          examples = @ExampleObject(name = "ponorogo", value = PlanningExamples.SKALA_VIEW)))
  public Response get(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kode") @Pattern(regexp = KecamatanResource.KAB) String kode,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "What the scale grades", example = "KINERJA") @PathParam("tujuan") SkalaTujuan tujuan) {
    caller.requireKabupaten(kode);
    SkalaPredikat s = service.find(kode, tahun, tujuan).orElseThrow(() -> ProblemException.notFound(PlanningMessages.THING_SKALA,
        "tujuan", tujuan, "tahun", tahun, "kabupaten", kode));
    return Endpoints.versioned(view(s), s.versi);
  }

  @PUT
  @Path("/{tahun}/{tujuan}")
  @Consumes(APPLICATION_JSON)
  @RolesAllowed(Roles.PLANNER)
  @Operation(operationId = "saveSkalaPredikat", summary = "Save a predicate scale",
      description = "Bands from the lowest values to the highest, each with explicit inclusivity; null bound = infinite. The bands "
          + "must cover the purpose's domain exactly once (KINERJA and SERAPAN: all reals; IKM: [25, 100]; IDM: [0, 1]): a gap or "
          + "an overlap is refused naming the band (bands[2] no-overlap). Saving announces planning.skala-predikat.published.")
  @APIResponse(responseCode = "200", description = "Saved",
      headers = @Header(name = HttpHeaders.ETAG, description = "New version", schema = @Schema(implementation = String.class)),
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.SkalaView.class),
          examples = @ExampleObject(name = "ponorogo", value = PlanningExamples.SKALA_VIEW)))
  @APIResponse(responseCode = "400", description = "The bands leave a gap or overlap, or the body is malformed",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "gap", value = PlanningExamples.SKALA_GAP)))
  @APIResponse(responseCode = "412", description = "If-Match is not the current version")
  @APIResponse(responseCode = "428", description = "Changing an existing scale needs If-Match")
  public Response put(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kode") @Pattern(regexp = KecamatanResource.KAB) String kode,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "What the scale grades", example = "KINERJA") @PathParam("tujuan") SkalaTujuan tujuan,
      @Parameter(description = "ETag of the version being changed. Required to change an existing scale (428 without it); absent when creating it", example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.SkalaRequest.class),
          examples = @ExampleObject(name = "ponorogo", value = PlanningExamples.SKALA))) String body) {
    caller.requireKabupatenRole(kode, Roles.PLANNER);
    Views.SkalaRequest r = JsonBodies.read(JsonBodies.parse(body), DokumenSchema.Part.SKALA, Views.SkalaRequest.class);
    SkalaPredikat s = service.save(kode, tahun, tujuan, new SkalaDok(tahun, tujuan, r.nama(), r.bands()),
        ETags.parseIfMatch(ifMatch), caller.user());
    return Endpoints.versioned(view(s), s.versi);
  }

  private Views.SkalaView view(SkalaPredikat s) {
    return new Views.SkalaView(s.kabupatenKode, s.tahun, s.tujuan, s.nama, s.versi, stored.bands(s.bands), s.updatedAt,
        s.updatedBy);
  }
}

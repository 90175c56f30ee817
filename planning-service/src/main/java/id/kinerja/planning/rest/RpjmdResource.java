package id.kinerja.planning.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import id.kinerja.planning.domain.Rpjmd;
import id.kinerja.planning.domain.dokumen.RpjmdDok;
import id.kinerja.planning.service.RpjmdService;

@Tag(name = "RPJMD", description = "The kabupaten's medium-term plan: visi, misi, tujuan, sasaran and indicators (cascading, issue #19)")
@Produces(APPLICATION_JSON)
@Path("/api/kabupaten/{kode}/rpjmd")
public class RpjmdResource extends PlanningResource {

  private static final String READERS_NOTE = "Read by every role of the kabupaten.";

  @Inject
  RpjmdService service;

  @GET
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.OPERATOR, Roles.VERIFIER })
  @Operation(operationId = "listRpjmd", summary = "List the kabupaten's RPJMD", description = READERS_NOTE + " Latest period first.")
  @APIResponse(responseCode = "200", description = "One page of RPJMD",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = CascadeViews.RpjmdPage.class),
          examples = @ExampleObject(name = "ponorogo", value = CascadeExamples.RPJMD_PAGE)))
  public CascadeViews.RpjmdPage list(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kode") @Pattern(regexp = KecamatanResource.KAB) String kode,
      @Parameter(description = "0-based page, at most 100000", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
      @Parameter(description = "Page size, at most 500", example = "50") @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    caller.requireKabupaten(kode);
    return Endpoints.page(service.list(kode, page, size), r -> new CascadeViews.RpjmdSummary(r.kabupatenKode, r.kode, r.nama,
        r.periodeAwal, r.periodeAkhir, r.versi), page, size, CascadeViews.RpjmdPage::new);
  }

  @GET
  @Path("/{rpjmd}")
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.OPERATOR, Roles.VERIFIER })
  @Operation(operationId = "getRpjmd", summary = "Read an RPJMD with its tujuan, sasaran and indicators", description = READERS_NOTE)
  @APIResponse(responseCode = "200", description = "The RPJMD as stored; versi in the ETag",
      headers = @Header(name = HttpHeaders.ETAG, description = "Version to send in If-Match", schema = @Schema(implementation = String.class)),
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = CascadeViews.RpjmdView.class),
          examples = @ExampleObject(name = "ponorogo", value = CascadeExamples.RPJMD_VIEW)))
  public Response get(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kode") @Pattern(regexp = KecamatanResource.KAB) String kode,
      @Parameter(description = "RPJMD kode", example = "RPJMD-PONOROGO-2021-2026") @PathParam("rpjmd") @Pattern(regexp = RpjmdDok.KODE) String rpjmd) {
    caller.requireKabupaten(kode);
    Rpjmd r = service.find(kode, rpjmd)
        .orElseThrow(() -> ProblemException.notFound(PlanningMessages.THING_RPJMD, "kode", rpjmd, "kabupaten", kode));
    return Endpoints.versioned(view(r), r.versi);
  }

  @PUT
  @Path("/{rpjmd}")
  @Consumes(APPLICATION_JSON)
  @RolesAllowed(Roles.PLANNER)
  @Operation(operationId = "saveRpjmd", summary = "Create or revise an RPJMD",
      description = "By the kabupaten's planner. The period has at most 6 years; codes are unique; misiKode, tujuanKode and "
          + "indukKode name existing misi, tujuan and sasaran, without a cycle over indukKode; every indicator has a target "
          + "for every year of the period. Each change is announced as planning.rpjmd.published (versi + 1); sending the "
          + "stored RPJMD again changes nothing.")
  @APIResponse(responseCode = "200", description = "Saved",
      headers = @Header(name = HttpHeaders.ETAG, description = "New version", schema = @Schema(implementation = String.class)),
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = CascadeViews.RpjmdView.class),
          examples = @ExampleObject(name = "ponorogo", value = CascadeExamples.RPJMD_VIEW)))
  @APIResponse(responseCode = "400", description = "The RPJMD breaks a rule (field and rule named); every error is listed",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "target", value = CascadeExamples.RPJMD_BAD)))
  @APIResponse(responseCode = "412", description = "If-Match is not the current version")
  @APIResponse(responseCode = "428", description = "Revising an existing RPJMD needs If-Match")
  public Response put(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kode") @Pattern(regexp = KecamatanResource.KAB) String kode,
      @Parameter(description = "RPJMD kode", example = "RPJMD-PONOROGO-2021-2026") @PathParam("rpjmd") @Pattern(regexp = RpjmdDok.KODE) String rpjmd,
      @Parameter(description = "ETag of the version being revised. Required to revise an existing RPJMD (428 without it); absent when creating it", example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RpjmdDok.class),
          examples = @ExampleObject(name = "ponorogo", value = CascadeExamples.RPJMD))) @Valid @NotNull RpjmdDok body) {
    caller.requireKabupatenRole(kode, Roles.PLANNER);
    Rpjmd r = service.save(kode, rpjmd, body, ETags.parseIfMatch(ifMatch), caller.user());
    return Endpoints.versioned(view(r), r.versi);
  }

  private CascadeViews.RpjmdView view(Rpjmd r) {
    return new CascadeViews.RpjmdView(r.kabupatenKode, r.versi, r.updatedAt, r.updatedBy, service.dok(r));
  }
}

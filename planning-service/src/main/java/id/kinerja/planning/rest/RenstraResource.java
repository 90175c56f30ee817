package id.kinerja.planning.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

import id.kinerja.common.problem.ProblemException;
import id.kinerja.common.rest.ETags;
import id.kinerja.common.security.Roles;
import id.kinerja.planning.domain.PlanningMessages;
import id.kinerja.planning.domain.Renstra;
import id.kinerja.planning.domain.dokumen.RenstraDok;
import id.kinerja.planning.domain.rules.DokumenSchema;
import id.kinerja.planning.service.RenstraService;

@Tag(name = "Renstra", description = "Strategic plans: tujuan, sasaran strategis, indicators with rules, yearly targets, IKU")
@Produces(APPLICATION_JSON)
@Path("/api/kecamatan/{kode}/renstra")
public class RenstraResource extends PlanningResource {

  @Inject
  RenstraService service;

  @GET
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.OPERATOR, Roles.VERIFIER })
  @Operation(operationId = "listRenstra", summary = "List the Renstra of a kecamatan", description = "With tahun: those covering that year, the one in force first.")
  @APIResponse(responseCode = "200", description = "One page of Renstra",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.RenstraPage.class),
          examples = @ExampleObject(name = "mlarak", value = PlanningExamples.RENSTRA_PAGE)))
  public Views.RenstraPage list(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.08") @PathParam("kode") @Pattern(regexp = KecamatanResource.KEC) String kode,
      @Parameter(description = "Only Renstra covering this year", example = "2024") @QueryParam("tahun") @Min(2000) @Max(2100) Integer tahun,
      @Parameter(description = "0-based page, at most 100000", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
      @Parameter(description = "Page size, at most 500", example = "50") @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    Endpoints.requireRead(caller, kode);
    return Endpoints.page(service.list(kode, tahun, page, size),
        r -> new Views.RenstraSummary(r.kecamatanKode, r.kode, r.nama, r.periodeAwal, r.periodeAkhir, r.versi), page, size,
        Views.RenstraPage::new);
  }

  @GET
  @Path("/{renstra}")
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.OPERATOR, Roles.VERIFIER })
  @Operation(operationId = "getRenstra", summary = "Read a Renstra with its indicators (rules, IKU sheet, baseline, yearly and end targets)")
  @APIResponse(responseCode = "200", description = "The Renstra as stored, defaults filled in; versi in the ETag",
      headers = @Header(name = HttpHeaders.ETAG, description = "Version to send in If-Match", schema = @Schema(implementation = String.class)),
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.RenstraView.class),
          examples = @ExampleObject(name = "mlarak", value = PlanningExamples.RENSTRA_VIEW)))
  public Response get(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.08") @PathParam("kode") @Pattern(regexp = KecamatanResource.KEC) String kode,
      @Parameter(description = "Renstra kode", example = "RENSTRA-MLARAK-2024-2026") @PathParam("renstra") @Size(max = 80) String renstra) {
    Endpoints.requireRead(caller, kode);
    Renstra r = service.find(kode, renstra)
        .orElseThrow(() -> ProblemException.notFound(PlanningMessages.THING_RENSTRA, "kode", renstra));
    return Endpoints.versioned(view(r), r.versi);
  }

  @PUT
  @Path("/{renstra}")
  @Consumes(APPLICATION_JSON)
  @RolesAllowed(Roles.PLANNER)
  @Operation(operationId = "saveRenstra", summary = "Create or revise a Renstra",
      description = "The body is the renstra part of the plan document. Every indicator needs a target for every year of the "
          + "period; targets have the form of the indicator's targetType. A Renstra sasaran or indicator held by a ditetapkan PK "
          + "cannot be removed. Each year whose plan changes is republished (planning.rencana-kinerja.published).")
  @APIResponse(responseCode = "200", description = "Saved",
      headers = @Header(name = HttpHeaders.ETAG, description = "New version", schema = @Schema(implementation = String.class)),
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.RenstraView.class),
          examples = @ExampleObject(name = "mlarak", value = PlanningExamples.RENSTRA_VIEW)))
  @APIResponse(responseCode = "412", description = "If-Match is not the current version")
  @APIResponse(responseCode = "428", description = "Revising an existing Renstra needs If-Match")
  public Response put(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.08") @PathParam("kode") @Pattern(regexp = KecamatanResource.KEC) String kode,
      @Parameter(description = "Renstra kode", example = "RENSTRA-MLARAK-2024-2026") @PathParam("renstra") @Size(max = 80) String renstra,
      @Parameter(description = "ETag of the version being revised. Required to revise an existing Renstra (428 without it); absent when creating it", example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RenstraDok.class),
          examples = @ExampleObject(name = "mlarak", value = PlanningExamples.RENSTRA))) String body) {
    Endpoints.requirePlanner(caller, kode);
    RenstraDok request = JsonBodies.read(JsonBodies.parse(body), DokumenSchema.Part.RENSTRA, RenstraDok.class);
    Renstra r = service.save(kode, renstra, request, ETags.parseIfMatch(ifMatch), caller.user());
    return Endpoints.versioned(view(r), r.versi);
  }

  private Views.RenstraView view(Renstra r) {
    return new Views.RenstraView(r.kecamatanKode, r.versi, r.updatedAt, r.updatedBy, stored.renstra(r));
  }
}

package id.kinerja.planning.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import id.kinerja.common.problem.ProblemException;
import id.kinerja.common.security.Roles;
import id.kinerja.planning.domain.Desa;
import id.kinerja.planning.domain.Kecamatan;
import id.kinerja.planning.domain.PlanningMessages;
import id.kinerja.planning.service.KecamatanService;
import id.kinerja.planning.service.PerjanjianKinerjaService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Lists below a kabupaten. They share the class path of {@link KabupatenResource} on purpose: a root resource with a
 * longer literal path takes every request under it, so lists under /api/kabupaten/{kode}/… cannot live in classes
 * rooted at /api.
 */
@Produces(APPLICATION_JSON)
@Path("/api/kabupaten/{kode}")
public class KabupatenListsResource extends PlanningResource {

  @Inject
  KecamatanService kecamatanService;

  @Inject
  PerjanjianKinerjaService pkService;

  @GET
  @Tag(name = "Kecamatan")
  @Path("/kecamatan")
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN })
  @Operation(operationId = "listKecamatan", summary = "List the kecamatan of a kabupaten")
  @APIResponse(responseCode = "200", description = "One page of kecamatan",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.KecamatanPage.class),
          examples = @ExampleObject(name = "ponorogo", value = PlanningExamples.KECAMATAN_PAGE)))
  public Views.KecamatanPage kecamatan(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kode") @Pattern(regexp = KecamatanResource.KAB) String kode,
      @Parameter(description = "0-based page, at most 100000", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
      @Parameter(description = "Page size, at most 500", example = "50") @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    caller.requireKabupatenRole(kode, Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN);
    return Endpoints.page(kecamatanService.list(kode, page, size),
        k -> new Views.KecamatanSummary(k.kabupatenKode, k.kode, k.kodeBps, k.nama, Desa.count("kecamatanKode", k.kode),
            k.versi), page, size, Views.KecamatanPage::new);
  }


  @GET
  @Tag(name = "Perjanjian Kinerja")
  @Path("/perjanjian-kinerja")
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.OPERATOR, Roles.VERIFIER })
  @Operation(operationId = "listPerjanjianKinerja", summary = "List PK versions of a kabupaten",
      description = "Filter by tahun and kecamatan. Operators and verifiers see only their own kecamatan (the filter defaults to it).")
  @APIResponse(responseCode = "200", description = "One page of PK versions",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.PerjanjianKinerjaPage.class),
          examples = @ExampleObject(name = "mlarak", value = PlanningExamples.PK_PAGE)))
  public Views.PerjanjianKinerjaPage perjanjianKinerja(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kode") @Pattern(regexp = KecamatanResource.KAB) String kode,
      @Parameter(description = "Year", example = "2024") @QueryParam("tahun") @Min(2000) @Max(2100) Integer tahun,
      @Parameter(description = "Kecamatan kode", example = "35.02.08") @QueryParam("kecamatan") @Pattern(regexp = KecamatanResource.KEC) String kecamatan,
      @Parameter(description = "0-based page, at most 100000", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
      @Parameter(description = "Page size, at most 500", example = "50") @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    caller.requireKabupaten(kode);
    String filter = kecamatan;
    if (!caller.hasAnyRole(Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN)) {
      filter = kecamatan == null ? caller.kecamatan().orElse("-") : kecamatan;
      caller.requireRead(kode, filter);
    } else if (kecamatan != null && !kecamatan.startsWith(kode + ".")) {
      throw ProblemException.invalid("kecamatan", PlanningMessages.MUST_BE_IN_KABUPATEN, "kecamatan", kecamatan, "kabupaten",
          kode);
    }
    return Endpoints.page(pkService.list(kode, filter, tahun, page, size), PerjanjianKinerjaResource::summary, page, size,
        Views.PerjanjianKinerjaPage::new);
  }

}

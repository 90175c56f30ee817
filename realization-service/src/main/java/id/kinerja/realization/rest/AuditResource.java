package id.kinerja.realization.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

import id.kinerja.common.security.Roles;
import id.kinerja.realization.domain.Jenis;
import id.kinerja.realization.service.QueryService;

@Path("/api/kecamatan/{kecamatan}/audit")
@Tag(name = "Audit", description = "The append-only audit trail of a kecamatan's realisasi")
@Produces(APPLICATION_JSON)
public class AuditResource {

  @Inject
  QueryService query;

  @Inject
  Access access;

  @GET
  @RolesAllowed({ Roles.OPERATOR, Roles.VERIFIER, Roles.BAGIAN_ORGANISASI, Roles.PLANNER, Roles.PIMPINAN })
  @Operation(operationId = "listJejakAudit", summary = "Read the audit trail", description = "Who, when, which cell and version, old → new, why; oldest"
      + " first. " + RealisasiIndikatorResource.READ_ROLES_NOTE)
  @APIResponse(responseCode = "200", description = "One page",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = AuditView.Page.class),
          examples = @ExampleObject(name = "page", value = Examples.AUDIT_PAGE)))
  public AuditView.Page list(
      @Parameter(description = "Kecamatan code", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Paths.KECAMATAN) String kecamatan,
      @Parameter(description = "Year", example = "2024") @QueryParam("tahun") @Min(2000) @Max(2100) Integer tahun,
      @Parameter(description = "Triwulan 1–4", example = "4") @QueryParam("triwulan") @Min(1) @Max(4) Integer triwulan,
      @Parameter(description = "INDIKATOR or ANGGARAN", example = "INDIKATOR") @QueryParam("jenis") Jenis jenis,
      @Parameter(description = "Indicator or budget code", example = "IKU-SKM") @QueryParam("kode") @Size(max = 60) String kode,
      @Parameter(description = "Page, from 0", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
      @Parameter(description = "Page size, at most 500", example = "50") @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    access.read(kecamatan);
    QueryService.AuditPage p = query.audit(kecamatan, tahun, triwulan, jenis, kode, page, size);
    return new AuditView.Page(p.items().stream().map(AuditView::of).toList(), p.page(), p.size(), p.total());
  }
}

package id.kinerja.reporting.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.kinerja.common.security.Caller;
import id.kinerja.common.security.Roles;
import id.kinerja.reporting.domain.Tampilan;
import id.kinerja.reporting.service.PohonService;
import id.kinerja.reporting.service.ReportService;
import id.kinerja.reporting.service.view.PohonViews;

/**
 * The pohon kinerja of one kecamatan and year (issue #19), read as its report is: a root resource of its own (a longer
 * path than the kecamatan report's, so it is matched first).
 */
@Path("/api/laporan/kecamatan/{kecamatan}/{tahun}/pohon-kinerja")
@Tag(name = "Pohon kinerja", description = "The cascade from the RPJMD to the kecamatan, with live capaian")
public class PohonKecamatanResource {

  @Inject
  PohonService service;

  @Inject
  ReportService reports;

  @Inject
  Caller caller;

  @Inject
  com.fasterxml.jackson.databind.ObjectMapper json;

  @GET
  @Produces(APPLICATION_JSON)
  @RolesAllowed({ Roles.OPERATOR, Roles.VERIFIER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
  @Operation(operationId = "getPohonKinerjaKecamatan", summary = "Pohon kinerja of a kecamatan and year",
      description = "The RPJMD sasaran (and tujuan) the kecamatan's Renstra serves, each with the kecamatan's tujuan and"
          + " sasaran linked to it, their indicators and the budget lines funding them; then the kecamatan's own tujuan"
          + " and sasaran that lead to no RPJMD node. Without links or RPJMD, only the kecamatan's own nodes."
          + PohonResource.RULE_DOC + PohonResource.AUDIT_DOC + Conditional.DOC
          + PohonResource.KECAMATAN_READERS)
  @APIResponse(responseCode = "200", description = "The tree",
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = PohonViews.Pohon.class),
          examples = @ExampleObject(name = "mlarak", value = PohonExamples.POHON_KECAMATAN)))
  @APIResponse(responseCode = "304", description = Conditional.NOT_MODIFIED_DOC,
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)) })
  @APIResponse(responseCode = "404", description = "Unknown kecamatan, another kabupaten's kecamatan, or no plan for that year")
  public Response kecamatan(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Params.KEC) String kecamatan,
      @Parameter(description = Params.TAHUN_DOC, example = "2024", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
          minimum = Params.TAHUN_MIN, maximum = Params.TAHUN_MAX)) @PathParam("tahun") int tahun,
      @Parameter(description = Params.TRIWULAN_DOC + " (the figures s.d. that triwulan)", example = "2",
          schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "4"))
      @QueryParam("triwulan") Integer triwulan,
      @Parameter(description = Params.TAMPILAN_DOC, example = "OFFICIAL", schema = @Schema(type = SchemaType.STRING,
          enumeration = { "OFFICIAL", "PROVISIONAL" }, defaultValue = "OFFICIAL"))
      @QueryParam("tampilan") @DefaultValue("OFFICIAL") String tampilan,
      @BeanParam ConditionalHeaders conditions) {
    Params.tahun(tahun);
    int periode = Params.periode(triwulan);
    Tampilan view = Params.tampilan(tampilan);
    caller.requireRead(reports.kabupatenOf(kecamatan), kecamatan);
    return PohonResource.answer(json, conditions, "pohon-kinerja-kecamatan.json", () -> service.kecamatan(kecamatan, tahun, periode, view),
        PohonViews.Pohon::asOf, "kecamatan", kecamatan, "tahun", tahun, "periode", periode, "tampilan", view);
  }
}

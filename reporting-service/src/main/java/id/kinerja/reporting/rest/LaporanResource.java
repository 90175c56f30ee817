package id.kinerja.reporting.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.kinerja.common.security.Caller;
import id.kinerja.common.security.Roles;
import id.kinerja.reporting.service.ReportService;

@Path("/api/laporan/kecamatan/{kecamatan}/{tahun}")
@Tag(name = "Laporan kecamatan", description = "Recalculated figures of one kecamatan and year")
@Produces(APPLICATION_JSON)
public class LaporanResource {

  @Inject
  ReportService reports;

  @Inject
  Caller caller;

  @GET
  @RolesAllowed({ Roles.OPERATOR, Roles.VERIFIER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
  @Operation(summary = "Figures of one kecamatan and year",
      description = "Every indicator with targets, realisasi, capaian per triwulan (against the annual target, s.d. the"
          + " triwulan, against the triwulan target) and for the year with the predicate; sasaran roll-ups; budget per"
          + " program / kegiatan / sub kegiatan with serapan; efisiensi; overall capaian. Read from the stored figures"
          + " that the event consumer keeps current. Operators and verifiers read their own kecamatan; bagian-organisasi,"
          + " pimpinan and planner every kecamatan of their kabupaten.")
  @APIResponse(responseCode = "200", description = "The figures, saying which view they are and when they were recalculated",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.LaporanKecamatan.class),
          examples = @ExampleObject(name = "mlarak", value = Examples.LAPORAN)))
  @APIResponse(responseCode = "404", description = "Unknown kecamatan, another kabupaten's kecamatan, or no plan for that year")
  public Views.LaporanKecamatan get(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.14") @PathParam("kecamatan") @Pattern(regexp = Params.KEC) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") int tahun,
      @Parameter(description = "OFFICIAL (verified/approved realisasi only) or PROVISIONAL (submitted too)",
          example = "OFFICIAL", schema = @Schema(type = SchemaType.STRING, enumeration = { "OFFICIAL", "PROVISIONAL" }))
      @QueryParam("tampilan") @DefaultValue("OFFICIAL") String tampilan) {
    var view = Params.tampilan(tampilan);
    Params.tahun(tahun);
    caller.requireRead(reports.kabupatenOf(kecamatan), kecamatan);
    return reports.report(reports.snapshot(kecamatan, tahun, view));
  }
}

package id.kinerja.reporting.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.kinerja.common.security.Caller;
import id.kinerja.common.security.Roles;
import id.kinerja.reporting.export.LaporanPdf;
import id.kinerja.reporting.export.LkjipXlsx;
import id.kinerja.reporting.service.AuditService;
import id.kinerja.reporting.service.LkjipService;
import id.kinerja.reporting.service.ReportService;

@Path("/api/laporan/kecamatan/{kecamatan}/{tahun}")
@Tag(name = "Laporan kecamatan", description = "Recalculated figures of one kecamatan and year")
public class LaporanResource {

  static final String PDF = "application/pdf";
  static final String READERS_DOC = " Operators and verifiers read their own kecamatan; bagian-organisasi, pimpinan and"
      + " planner every kecamatan of their kabupaten.";

  @Inject
  ReportService reports;

  @Inject
  LkjipService lkjip;

  @Inject
  AuditService audit;

  @Inject
  LkjipXlsx lkjipXlsx;

  @Inject
  LaporanPdf pdf;

  @Inject
  Caller caller;

  @GET
  @Produces(APPLICATION_JSON)
  @RolesAllowed({ Roles.OPERATOR, Roles.VERIFIER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
  @Operation(summary = "Figures of one kecamatan and year",
      description = "Every indicator with targets, realisasi, capaian per triwulan (against the annual target, s.d. the"
          + " triwulan, against the triwulan target) and for the year with the predicate; sasaran roll-ups; budget per"
          + " program / kegiatan / sub kegiatan with serapan; efisiensi; overall capaian. Read from the stored figures"
          + " that the event consumer keeps current; says which view it is (OFFICIAL / PROVISIONAL) and when each"
          + " figure was last recalculated (asOf = occurredAt of the newest event it reflects)." + READERS_DOC)
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

  @GET
  @Path("/lkjip")
  @Produces(APPLICATION_JSON)
  @RolesAllowed({ Roles.OPERATOR, Roles.VERIFIER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
  @Operation(summary = "LKjIP tables of one kecamatan and year",
      description = "Pengukuran Kinerja (target, realisasi, capaian, predikat), realisasi over the previous years with"
          + " signed differences and tingkat kemajuan against the Renstra end target, realisasi anggaran per program /"
          + " kegiatan / sub kegiatan, efisiensi per sasaran and the PK table. Every number comes from the stored"
          + " figures; previous years before this system come from the plan's recorded history (sumber)." + READERS_DOC)
  @APIResponse(responseCode = "200", description = "The tables",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = LkjipViews.Lkjip.class),
          examples = @ExampleObject(name = "mlarak", value = Examples.LKJIP)))
  @APIResponse(responseCode = "404", description = "Unknown kecamatan, another kabupaten's kecamatan, or no plan for that year")
  public LkjipViews.Lkjip lkjip(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.14") @PathParam("kecamatan") @Pattern(regexp = Params.KEC) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") int tahun,
      @Parameter(description = "OFFICIAL or PROVISIONAL", example = "OFFICIAL",
          schema = @Schema(type = SchemaType.STRING, enumeration = { "OFFICIAL", "PROVISIONAL" }))
      @QueryParam("tampilan") @DefaultValue("OFFICIAL") String tampilan) {
    var view = Params.tampilan(tampilan);
    Params.tahun(tahun);
    caller.requireRead(reports.kabupatenOf(kecamatan), kecamatan);
    return lkjip.tables(reports.snapshot(kecamatan, tahun, view));
  }

  @GET
  @Path("/lkjip.xlsx")
  @Produces(KonsolidasiResource.XLSX)
  @RolesAllowed({ Roles.OPERATOR, Roles.VERIFIER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
  @Operation(summary = "LKjIP tables as an Excel workbook",
      description = "One sheet per table: Pengukuran Kinerja, Perbandingan, Realisasi Anggaran, Efisiensi, Perjanjian"
          + " Kinerja. Figures are numeric cells with 2 decimals (#,##0.00, shown as 123,75 in id-ID); absent figures"
          + " are text with their status." + READERS_DOC)
  @APIResponse(responseCode = "200", description = "The workbook",
      content = @Content(mediaType = KonsolidasiResource.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "404", description = "Unknown kecamatan, another kabupaten's kecamatan, or no plan for that year")
  public Response lkjipXlsx(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.14") @PathParam("kecamatan") @Pattern(regexp = Params.KEC) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") int tahun,
      @Parameter(description = "OFFICIAL or PROVISIONAL", example = "OFFICIAL",
          schema = @Schema(type = SchemaType.STRING, enumeration = { "OFFICIAL", "PROVISIONAL" }))
      @QueryParam("tampilan") @DefaultValue("OFFICIAL") String tampilan) {
    var view = Params.tampilan(tampilan);
    Params.tahun(tahun);
    caller.requireRead(reports.kabupatenOf(kecamatan), kecamatan);
    LkjipViews.Lkjip t = lkjip.tables(reports.snapshot(kecamatan, tahun, view));
    StreamingOutput body = out -> lkjipXlsx.write(t, out);
    return Response.ok(body, KonsolidasiResource.XLSX)
        .header("Content-Disposition", "attachment; filename=\"lkjip-" + kecamatan + "-" + tahun + ".xlsx\"").build();
  }

  @GET
  @Path("/laporan.pdf")
  @Produces(PDF)
  @RolesAllowed({ Roles.OPERATOR, Roles.VERIFIER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
  @Operation(summary = "The kecamatan report as PDF",
      description = "Summary, a chart of the overall capaian per triwulan (of the triwulan and s.d. the triwulan,"
          + " against the annual target), the indicator table and the budget per program, in id-ID." + READERS_DOC)
  @APIResponse(responseCode = "200", description = "The PDF",
      content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "404", description = "Unknown kecamatan, another kabupaten's kecamatan, or no plan for that year")
  public Response pdf(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.14") @PathParam("kecamatan") @Pattern(regexp = Params.KEC) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") int tahun,
      @Parameter(description = "OFFICIAL or PROVISIONAL", example = "OFFICIAL",
          schema = @Schema(type = SchemaType.STRING, enumeration = { "OFFICIAL", "PROVISIONAL" }))
      @QueryParam("tampilan") @DefaultValue("OFFICIAL") String tampilan) {
    var view = Params.tampilan(tampilan);
    Params.tahun(tahun);
    caller.requireRead(reports.kabupatenOf(kecamatan), kecamatan);
    Views.LaporanKecamatan r = reports.report(reports.snapshot(kecamatan, tahun, view));
    StreamingOutput body = out -> pdf.write(r, out);
    return Response.ok(body, PDF)
        .header("Content-Disposition", "attachment; filename=\"laporan-" + kecamatan + "-" + tahun + ".pdf\"").build();
  }

  @POST
  @Path("/audit")
  @Consumes(APPLICATION_JSON)
  @Produces(APPLICATION_JSON)
  @RolesAllowed({ Roles.OPERATOR, Roles.VERIFIER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
  @Operation(summary = "Consistency audit of stated figures",
      description = "Given the figures a report states (e.g. an imported LKjIP Pengukuran Kinerja table, an efisiensi"
          + " table, a budget table), lists every stated value that differs from the computed one at the printed"
          + " precision (100,4 for 100,42 is not a mismatch; 119 for 123,75 is), labels that contradict the scale,"
          + " units that differ from the satuan, several values for one indicator-year, totals that do not add up,"
          + " and realisasi above pagu. Changes nothing." + READERS_DOC)
  @APIResponse(responseCode = "422", description = "The plan of that year cannot be computed (breaks an engine precondition)")
  @APIResponse(responseCode = "200", description = "The flags (empty when everything stated agrees)",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = AuditViews.Result.class),
          examples = @ExampleObject(name = "mlarak-e1-e4", value = Examples.AUDIT_RESULT)))
  @APIResponse(responseCode = "404", description = "Unknown kecamatan, another kabupaten's kecamatan, or no plan for that year")
  public AuditViews.Result audit(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.14") @PathParam("kecamatan") @Pattern(regexp = Params.KEC) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") int tahun,
      @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = AuditViews.Request.class),
          examples = @ExampleObject(name = "mlarak-e1-e4", value = Examples.AUDIT_REQUEST))) @Valid @NotNull AuditViews.Request request) {
    Params.tahun(tahun);
    caller.requireRead(reports.kabupatenOf(kecamatan), kecamatan);
    return audit.audit(kecamatan, tahun, request);
  }
}

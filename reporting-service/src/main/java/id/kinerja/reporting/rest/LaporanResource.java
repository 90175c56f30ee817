package id.kinerja.reporting.rest;

import id.kinerja.reporting.service.view.AuditViews;
import id.kinerja.reporting.service.view.LkjipViews;
import id.kinerja.reporting.service.view.Views;
import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.kinerja.common.dokumen.Dokumen;
import id.kinerja.common.dokumen.DokumenDocx;
import id.kinerja.common.dokumen.DokumenPdf;
import id.kinerja.common.security.Caller;
import id.kinerja.common.security.Roles;
import id.kinerja.reporting.domain.Tampilan;
import id.kinerja.reporting.export.LaporanPdf;
import id.kinerja.reporting.export.LkjipDokumen;
import id.kinerja.reporting.export.LkjipXlsx;
import id.kinerja.reporting.service.AuditService;
import id.kinerja.reporting.service.LkjipDrafService;
import id.kinerja.reporting.service.LkjipService;
import id.kinerja.reporting.service.PohonService;
import id.kinerja.reporting.service.ReportService;
import id.kinerja.reporting.service.ReportService.Snapshot;

import java.util.function.Function;

@Path("/api/laporan/kecamatan/{kecamatan}/{tahun}")
@Tag(name = "Laporan kecamatan", description = "Recalculated figures of one kecamatan and year")
public class LaporanResource {

  static final String PDF = "application/pdf";
  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String LKJIP_DRAF_DOC = "The LKjIP draft in the usual structure: cover, Ikhtisar Eksekutif, BAB I"
      + " Pendahuluan, BAB II Perencanaan Kinerja (Renstra, PK), BAB III Akuntabilitas Kinerja (Pengukuran Kinerja, charts"
      + " per triwulan and per indicator, per sasaran and indicator the triwulan figures, previous years, Renstra end"
      + " target and the operators' faktor pendukung / penghambat / tindak lanjut, efisiensi, realisasi anggaran), BAB IV"
      + " Penutup and the PK as lampiran. Every number is the API's own figure (the same as getLkjip and"
      + " getLaporanKecamatan); text only people can write is a marked placeholder \"[Diisi oleh kecamatan: …]\". In"
      + " Bahasa Indonesia unless Accept-Language prefers English.";
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
  LkjipDrafService lkjipDraf;

  @Inject
  LkjipDokumen lkjipDokumen;

  @Inject
  Caller caller;

  @Inject
  PohonService pohon;

  @Inject
  com.fasterxml.jackson.databind.ObjectMapper json;

  @GET
  @Produces(APPLICATION_JSON)
  @RolesAllowed({ Roles.OPERATOR, Roles.VERIFIER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
  @Operation(operationId = "getLaporanKecamatan", summary = "Figures of one kecamatan and year",
      description = "Every indicator with targets, realisasi, capaian per triwulan (against the annual target, s.d. the"
          + " triwulan, against the triwulan target) and for the year with the predicate; sasaran roll-ups; budget per"
          + " program / kegiatan / sub kegiatan with serapan; efisiensi; overall capaian. Read from the stored figures"
          + " that the event consumer keeps current; says which view it is (OFFICIAL / PROVISIONAL) and when each"
          + " figure was last recalculated (asOf = occurredAt of the newest event it reflects)." + Conditional.DOC
          + READERS_DOC)
  @APIResponse(responseCode = "200", description = "The figures, saying which view they are and when they were recalculated",
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.LaporanKecamatan.class),
          examples = @ExampleObject(name = "mlarak", value = Examples.LAPORAN)))
  @APIResponse(responseCode = "404", description = "Unknown kecamatan, another kabupaten's kecamatan, or no plan for that year")
  @APIResponse(responseCode = "304", description = Conditional.NOT_MODIFIED_DOC,
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)) })
  public Response get(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Params.KEC) String kecamatan,
      @Parameter(description = Params.TAHUN_DOC, example = "2024", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
          minimum = Params.TAHUN_MIN, maximum = Params.TAHUN_MAX)) @PathParam("tahun") int tahun,
      @Parameter(description = Params.TAMPILAN_DOC, example = "OFFICIAL", schema = @Schema(type = SchemaType.STRING,
          enumeration = { "OFFICIAL", "PROVISIONAL" }, defaultValue = "OFFICIAL"))
      @QueryParam("tampilan") @DefaultValue("OFFICIAL") String tampilan,
      @BeanParam ConditionalHeaders conditions) {
    return answer(kecamatan, tahun, tampilan, conditions, "laporan-kecamatan.json", 0,
        s -> Response.ok(reports.report(s), APPLICATION_JSON));
  }

  @GET
  @Path("/lkjip")
  @Produces(APPLICATION_JSON)
  @RolesAllowed({ Roles.OPERATOR, Roles.VERIFIER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
  @Operation(operationId = "getLkjip", summary = "LKjIP tables of one kecamatan and year",
      description = "Pengukuran Kinerja (target, realisasi, capaian, predikat), realisasi over the previous years with"
          + " signed differences and tingkat kemajuan against the Renstra end target, realisasi anggaran per program /"
          + " kegiatan / sub kegiatan, efisiensi per sasaran and the PK table. Every number comes from the stored"
          + " figures; previous years before this system come from the plan's recorded history (sumber)."
          + Conditional.DOC + READERS_DOC)
  @APIResponse(responseCode = "200", description = "The tables",
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = LkjipViews.Lkjip.class),
          examples = @ExampleObject(name = "mlarak", value = Examples.LKJIP)))
  @APIResponse(responseCode = "404", description = "Unknown kecamatan, another kabupaten's kecamatan, or no plan for that year")
  @APIResponse(responseCode = "304", description = Conditional.NOT_MODIFIED_DOC,
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)) })
  public Response lkjip(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Params.KEC) String kecamatan,
      @Parameter(description = Params.TAHUN_DOC, example = "2024", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
          minimum = Params.TAHUN_MIN, maximum = Params.TAHUN_MAX)) @PathParam("tahun") int tahun,
      @Parameter(description = Params.TAMPILAN_DOC, example = "OFFICIAL", schema = @Schema(type = SchemaType.STRING,
          enumeration = { "OFFICIAL", "PROVISIONAL" }, defaultValue = "OFFICIAL"))
      @QueryParam("tampilan") @DefaultValue("OFFICIAL") String tampilan,
      @BeanParam ConditionalHeaders conditions) {
    return answer(kecamatan, tahun, tampilan, conditions, "lkjip.json", LkjipService.PREVIOUS_YEARS,
        s -> Response.ok(lkjip.tables(s), APPLICATION_JSON));
  }

  @GET
  @Path("/lkjip.xlsx")
  @Produces(KonsolidasiResource.XLSX)
  @RolesAllowed({ Roles.OPERATOR, Roles.VERIFIER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
  @Operation(operationId = "downloadLkjipXlsx", summary = "LKjIP tables as an Excel workbook",
      description = "One sheet per table: Pengukuran Kinerja, Perbandingan, Realisasi Anggaran, Efisiensi, Perjanjian"
          + " Kinerja. Figures are numeric cells with 2 decimals (#,##0.00, shown as 123,75 in id-ID); absent figures"
          + " are text with their status." + Conditional.DOC + READERS_DOC)
  @APIResponse(responseCode = "200", description = "The workbook",
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Content-Disposition", description = "attachment; filename=\"lkjip-{kecamatan}-{tahun}.xlsx\"",
              schema = @Schema(type = SchemaType.STRING)) },
      content = @Content(mediaType = KonsolidasiResource.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "304", description = Conditional.NOT_MODIFIED_DOC,
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)) })
  @APIResponse(responseCode = "404", description = "Unknown kecamatan, another kabupaten's kecamatan, or no plan for that year")
  public Response lkjipXlsx(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Params.KEC) String kecamatan,
      @Parameter(description = Params.TAHUN_DOC, example = "2024", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
          minimum = Params.TAHUN_MIN, maximum = Params.TAHUN_MAX)) @PathParam("tahun") int tahun,
      @Parameter(description = Params.TAMPILAN_DOC, example = "OFFICIAL", schema = @Schema(type = SchemaType.STRING,
          enumeration = { "OFFICIAL", "PROVISIONAL" }, defaultValue = "OFFICIAL"))
      @QueryParam("tampilan") @DefaultValue("OFFICIAL") String tampilan,
      @BeanParam ConditionalHeaders conditions) {
    return answer(kecamatan, tahun, tampilan, conditions, "lkjip.xlsx", LkjipService.PREVIOUS_YEARS, s -> {
      LkjipViews.Lkjip t = lkjip.tables(s);
      StreamingOutput body = out -> lkjipXlsx.write(t, out);
      return Response.ok(body, KonsolidasiResource.XLSX)
          .header("Content-Disposition", "attachment; filename=\"lkjip-" + kecamatan + "-" + tahun + ".xlsx\"");
    });
  }

  @GET
  @Path("/laporan.pdf")
  @Produces(PDF)
  @RolesAllowed({ Roles.OPERATOR, Roles.VERIFIER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
  @Operation(operationId = "downloadLaporanPdf", summary = "The kecamatan report as PDF",
      description = "Summary, a chart of the overall capaian per triwulan (of the triwulan and s.d. the triwulan,"
          + " against the annual target), the indicator table and the budget per program, in id-ID." + Conditional.DOC
          + READERS_DOC)
  @APIResponse(responseCode = "200", description = "The PDF",
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Content-Disposition", description = "attachment; filename=\"laporan-{kecamatan}-{tahun}.pdf\"",
              schema = @Schema(type = SchemaType.STRING)) },
      content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "304", description = Conditional.NOT_MODIFIED_DOC,
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)) })
  @APIResponse(responseCode = "404", description = "Unknown kecamatan, another kabupaten's kecamatan, or no plan for that year")
  public Response pdf(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Params.KEC) String kecamatan,
      @Parameter(description = Params.TAHUN_DOC, example = "2024", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
          minimum = Params.TAHUN_MIN, maximum = Params.TAHUN_MAX)) @PathParam("tahun") int tahun,
      @Parameter(description = Params.TAMPILAN_DOC, example = "OFFICIAL", schema = @Schema(type = SchemaType.STRING,
          enumeration = { "OFFICIAL", "PROVISIONAL" }, defaultValue = "OFFICIAL"))
      @QueryParam("tampilan") @DefaultValue("OFFICIAL") String tampilan,
      @BeanParam ConditionalHeaders conditions) {
    return answer(kecamatan, tahun, tampilan, conditions, "laporan-kecamatan.pdf", 0, s -> {
      Views.LaporanKecamatan r = reports.report(s);
      StreamingOutput body = out -> pdf.write(r, out);
      return Response.ok(body, PDF)
          .header("Content-Disposition", "attachment; filename=\"laporan-" + kecamatan + "-" + tahun + ".pdf\"");
    });
  }

  @GET
  @Path("/lkjip.docx")
  @Produces(DOCX)
  @RolesAllowed({ Roles.OPERATOR, Roles.VERIFIER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
  @Operation(operationId = "downloadLkjipDocx", summary = "LKjIP draft as a Word document, for finishing",
      description = LKJIP_DRAF_DOC + " The Word document has native charts and outline headings; the marked"
          + " placeholders are highlighted." + Conditional.DOC + READERS_DOC)
  @APIResponse(responseCode = "200", description = "The draft",
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Content-Disposition", description = "attachment; filename=\"lkjip-{kecamatan}-{tahun}.docx\"",
              schema = @Schema(type = SchemaType.STRING)) },
      content = @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "304", description = Conditional.NOT_MODIFIED_DOC,
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)) })
  @APIResponse(responseCode = "404", description = "Unknown kecamatan, another kabupaten's kecamatan, or no plan for that year")
  public Response lkjipDocx(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Params.KEC) String kecamatan,
      @Parameter(description = Params.TAHUN_DOC, example = "2024", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
          minimum = Params.TAHUN_MIN, maximum = Params.TAHUN_MAX)) @PathParam("tahun") int tahun,
      @Parameter(description = Params.TAMPILAN_DOC, example = "OFFICIAL", schema = @Schema(type = SchemaType.STRING,
          enumeration = { "OFFICIAL", "PROVISIONAL" }, defaultValue = "OFFICIAL"))
      @QueryParam("tampilan") @DefaultValue("OFFICIAL") String tampilan,
      @BeanParam ConditionalHeaders conditions) {
    return draf(kecamatan, tahun, tampilan, conditions, "docx", DOCX, DokumenDocx::write);
  }

  @GET
  @Path("/lkjip.pdf")
  @Produces(PDF)
  @RolesAllowed({ Roles.OPERATOR, Roles.VERIFIER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
  @Operation(operationId = "downloadLkjipPdf", summary = "LKjIP draft as PDF, for reading",
      description = LKJIP_DRAF_DOC + Conditional.DOC + READERS_DOC)
  @APIResponse(responseCode = "200", description = "The draft",
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Content-Disposition", description = "attachment; filename=\"lkjip-{kecamatan}-{tahun}.pdf\"",
              schema = @Schema(type = SchemaType.STRING)) },
      content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "304", description = Conditional.NOT_MODIFIED_DOC,
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)) })
  @APIResponse(responseCode = "404", description = "Unknown kecamatan, another kabupaten's kecamatan, or no plan for that year")
  public Response lkjipPdf(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Params.KEC) String kecamatan,
      @Parameter(description = Params.TAHUN_DOC, example = "2024", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
          minimum = Params.TAHUN_MIN, maximum = Params.TAHUN_MAX)) @PathParam("tahun") int tahun,
      @Parameter(description = Params.TAMPILAN_DOC, example = "OFFICIAL", schema = @Schema(type = SchemaType.STRING,
          enumeration = { "OFFICIAL", "PROVISIONAL" }, defaultValue = "OFFICIAL"))
      @QueryParam("tampilan") @DefaultValue("OFFICIAL") String tampilan,
      @BeanParam ConditionalHeaders conditions) {
    return draf(kecamatan, tahun, tampilan, conditions, "pdf", PDF, DokumenPdf::write);
  }

  /** Writes a Dokumen to the answer's stream. */
  private interface Penulis {
    void write(Dokumen d, java.io.OutputStream out) throws java.io.IOException;
  }

  private Response draf(String kecamatan, int tahun, String tampilan, ConditionalHeaders conditions, String ext,
      String mediaType, Penulis penulis) {
    return answer(kecamatan, tahun, tampilan, conditions, "lkjip-draf." + ext, LkjipService.PREVIOUS_YEARS, s -> {
      Dokumen d = lkjipDokumen.tulis(lkjipDraf.draf(s));
      StreamingOutput body = out -> penulis.write(d, out);
      return Response.ok(body, mediaType)
          .header("Content-Disposition", "attachment; filename=\"lkjip-" + kecamatan + "-" + tahun + "." + ext + "\"");
    });
  }

  @POST
  @Path("/audit")
  @Consumes(APPLICATION_JSON)
  @Produces(APPLICATION_JSON)
  @RolesAllowed({ Roles.OPERATOR, Roles.VERIFIER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
  @Operation(operationId = "getAudit", summary = "Consistency audit of stated figures",
      description = "Given the figures a report states (e.g. an imported LKjIP Pengukuran Kinerja table, an efisiensi"
          + " table, a budget table), lists every stated value that differs from the computed one at the printed"
          + " precision (100,4 for 100,42 is not a mismatch; 119 for 123,75 is), labels that contradict the scale,"
          + " units that differ from the satuan, several values for one indicator-year, totals that do not add up,"
          + " and realisasi above pagu. A printed triwulan report (triwulan = the report's) is audited too: per"
          + " indicator and triwulan its realisasi and capaian and those s.d. the triwulan (pengukuranTriwulan), per"
          + " budget line or total the pagu, realisasi and serapan of the triwulan and s.d. it (anggaranTriwulan), and"
          + " the \"Capaian Rata Rata\" rows (ringkasanTriwulan); a row after the report's triwulan is refused (400,"
          + " rule range). Every flag names the printed and the computed value. Changes nothing." + READERS_DOC)
  @APIResponse(responseCode = "422", description = "The plan of that year cannot be computed (breaks an engine precondition)")
  @APIResponse(responseCode = "200", description = "The flags (empty when everything stated agrees)",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = AuditViews.Result.class),
          examples = { @ExampleObject(name = "mlarak-e1-e4", value = Examples.AUDIT_RESULT),
              @ExampleObject(name = "mlarak-triwulan-2", value = Examples.AUDIT_RESULT_TRIWULAN) }))
  @APIResponse(responseCode = "404", description = "Unknown kecamatan, another kabupaten's kecamatan, or no plan for that year")
  public AuditViews.Result audit(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Params.KEC) String kecamatan,
      @Parameter(description = Params.TAHUN_DOC, example = "2024", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
          minimum = Params.TAHUN_MIN, maximum = Params.TAHUN_MAX)) @PathParam("tahun") int tahun,
      @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = AuditViews.Request.class),
          examples = { @ExampleObject(name = "mlarak-e1-e4", value = Examples.AUDIT_REQUEST),
              @ExampleObject(name = "mlarak-triwulan-2", value = Examples.AUDIT_REQUEST_TRIWULAN) }))
      @Valid @NotNull AuditViews.Request request) {
    Params.tahun(tahun);
    caller.requireRead(reports.kabupatenOf(kecamatan), kecamatan);
    return audit.audit(kecamatan, tahun, request);
  }

  /**
   * The conditional answer about one kecamatan's year, after the parameters and the caller are checked: {@code body}
   * builds the 200 from the snapshot and runs only when the client's copy is stale.
   */
  private Response answer(String kecamatan, int tahun, String tampilan, ConditionalHeaders conditions, String resource,
      int previousYears, Function<Snapshot, Response.ResponseBuilder> body) {
    var view = Params.tampilan(tampilan);
    Params.tahun(tahun);
    caller.requireRead(reports.kabupatenOf(kecamatan), kecamatan);
    // the LKjIP draft also prints planning's master data (tugas, fungsi, logo): its ETag follows them too
    Object[] parameters = resource.startsWith("lkjip-draf.")
        ? new Object[] { "kecamatan", kecamatan, "tahun", tahun, "tampilan", view, "profil", lkjipDraf.jejak(kecamatan) }
        : new Object[] { "kecamatan", kecamatan, "tahun", tahun, "tampilan", view };
    Conditional.Validators v = Conditional.validators(resource, reports.version(kecamatan, tahun, view, previousYears),
        parameters);
    return Conditional.answer(conditions, v, () -> body.apply(reports.snapshot(kecamatan, tahun, view)));
  }
  @GET
  @Path("/pohon-kinerja.pdf")
  @Produces(PDF)
  @RolesAllowed({ Roles.OPERATOR, Roles.VERIFIER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
  @Operation(operationId = "downloadPohonKinerjaKecamatanPdf", summary = "Pohon kinerja of a kecamatan and year as a PDF drawing",
      description = "The tree of getPohonKinerjaKecamatan (the same figures, parameters and ETag basis)." + PohonResource.PDF_DOC
          + PohonResource.RULE_DOC + Conditional.DOC + PohonResource.KECAMATAN_READERS)
  @APIResponse(responseCode = "200", description = "The file",
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Content-Disposition", description = "attachment; filename=\"pohon-kinerja-{kecamatan}-{tahun}.pdf\"",
              schema = @Schema(type = SchemaType.STRING)) },
      content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "304", description = Conditional.NOT_MODIFIED_DOC,
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)) })
  @APIResponse(responseCode = "404", description = "Unknown kecamatan, another kabupaten's kecamatan, or no plan for that year")
  public Response pohonPdf(
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
    return pohonFile(kecamatan, tahun, triwulan, tampilan, conditions, PohonResource.Berkas.PDF);
  }

  @GET
  @Path("/pohon-kinerja.xlsx")
  @Produces(KonsolidasiResource.XLSX)
  @RolesAllowed({ Roles.OPERATOR, Roles.VERIFIER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
  @Operation(operationId = "downloadPohonKinerjaKecamatanXlsx", summary = "Pohon kinerja of a kecamatan and year as an indented workbook",
      description = "The tree of getPohonKinerjaKecamatan (the same figures, parameters and ETag basis)." + PohonResource.XLSX_DOC
          + PohonResource.RULE_DOC + Conditional.DOC + PohonResource.KECAMATAN_READERS)
  @APIResponse(responseCode = "200", description = "The file",
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Content-Disposition", description = "attachment; filename=\"pohon-kinerja-{kecamatan}-{tahun}.xlsx\"",
              schema = @Schema(type = SchemaType.STRING)) },
      content = @Content(mediaType = KonsolidasiResource.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "304", description = Conditional.NOT_MODIFIED_DOC,
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)) })
  @APIResponse(responseCode = "404", description = "Unknown kecamatan, another kabupaten's kecamatan, or no plan for that year")
  public Response pohonXlsx(
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
    return pohonFile(kecamatan, tahun, triwulan, tampilan, conditions, PohonResource.Berkas.XLSX);
  }

  /** The kecamatan's pohon kinerja as a file: the parameters, readers and ETag basis of its JSON answer. */
  private Response pohonFile(String kecamatan, int tahun, Integer triwulan, String tampilan, ConditionalHeaders conditions,
      PohonResource.Berkas berkas) {
    Params.tahun(tahun);
    int periode = Params.periode(triwulan);
    Tampilan view = Params.tampilan(tampilan);
    caller.requireRead(reports.kabupatenOf(kecamatan), kecamatan);
    return PohonResource.file(json, conditions, "pohon-kinerja-kecamatan" + berkas.akhiran,
        () -> pohon.kecamatan(kecamatan, tahun, periode, view), pohon, berkas, "pohon-kinerja-" + kecamatan + "-" + tahun,
        "kecamatan", kecamatan, "tahun", tahun, "periode", periode, "tampilan", view);
  }

}

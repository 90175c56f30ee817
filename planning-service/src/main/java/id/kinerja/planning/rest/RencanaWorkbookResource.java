package id.kinerja.planning.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;
import static jakarta.ws.rs.core.MediaType.MULTIPART_FORM_DATA;


import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import id.kinerja.common.i18n.RequestLocale;
import id.kinerja.common.problem.Problem;
import id.kinerja.common.security.Roles;
import id.kinerja.common.xlsx.WorkbookUpload;
import id.kinerja.planning.service.RencanaImportService;
import id.kinerja.planning.service.RencanaWorkbookService;

@Tag(name = "Rencana workbook", description = "The whole-kecamatan plan as an Excel workbook: download it (or a blank template), "
    + "preview an upload, apply it under exactly the rules of the plan import")
@Path("/api/kecamatan/{kode}/rencana-workbook")
public class RencanaWorkbookResource extends PlanningResource {

  private static final String SHEETS = "Sheets (headers in the language of the request, read back in either): Identitas "
      + "(kabupaten settings, kecamatan with its tugas pokok, Renstra period), Desa, Unit Kerja, Pejabat, Fungsi, Dasar Hukum, Tujuan, Sasaran, Renstra (one row per "
      + "indicator: rules, baseline, a target column per year, end target), IKU (definisi, rumus, sumber data, penanggung "
      + "jawab), Riwayat, PK (one row per version, numbered), PK Indikator (per official and sasaran: annual and triwulan "
      + "targets), Anggaran (program/kegiatan/sub kegiatan with pagu and pagu per triwulan), Skala Predikat, Jadwal, "
      + "Catatan Sumber.";

  @Inject
  RencanaWorkbookService workbooks;

  @GET
  @Produces({ WorkbookUpload.MEDIA_TYPE, APPLICATION_JSON })
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.OPERATOR, Roles.VERIFIER })
  @Operation(operationId = "downloadRencanaWorkbook", summary = "Download a kecamatan's plan of a year as an Excel workbook",
      description = "Exactly the document of GET …/rencana-export, one value per cell, so that uploading the workbook "
          + "unchanged changes nothing. " + SHEETS + " With kosong=true: the blank template of the same shape (the "
          + "kecamatan's codes and a five-year Renstra period from tahun filled in).")
  @APIResponse(responseCode = "200", description = "The workbook",
      headers = @Header(name = "Content-Disposition", description = "The workbook's file name: rencana-{kecamatan}-{tahun}.xlsx "
          + "(-kosong for the blank template)", schema = @Schema(implementation = String.class,
              examples = "attachment; filename=\"rencana-35.02.08-2024.xlsx\"")),
      content = @Content(mediaType = WorkbookUpload.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "404", description = "No Renstra of the kecamatan covers the year (the blank template is always there)")
  public Response download(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.08") @PathParam("kode") @Pattern(regexp = KecamatanResource.KEC) String kode,
      @Parameter(description = "Year", example = "2024", required = true) @QueryParam("tahun") @NotNull @Min(2000) @Max(2100) Integer tahun,
      @Parameter(description = "true: the blank template instead of the stored plan", example = "false") @QueryParam("kosong") @DefaultValue("false") boolean kosong) {
    Endpoints.requireRead(caller, kode);
    byte[] xlsx = workbooks.workbook(kode, tahun, kosong, RequestLocale.current().locale());
    return Response.ok(xlsx, WorkbookUpload.MEDIA_TYPE).header("Content-Disposition",
        "attachment; filename=\"rencana-" + kode + "-" + tahun + (kosong ? "-kosong" : "") + ".xlsx\"").build();
  }

  @POST
  @Path("preview")
  @Consumes(MULTIPART_FORM_DATA)
  @Produces(APPLICATION_JSON)
  @RolesAllowed(Roles.PLANNER)
  @Operation(operationId = "previewRencanaWorkbook", summary = "Preview an uploaded plan workbook (nothing is stored)",
      description = "The workbook is read into the plan document and run through exactly the rules of POST /api/rencana-import "
          + "(the schema, then the domain rules against the stored state), in a transaction that is always rolled back: "
          + "the answer lists what applying would change and which plans it would republish, or every refusal, each "
          + "naming its cell (Renstra!K7) and rule. Sheets and columns are found by their headers, in either language; "
          + "numbers may be typed as text the Indonesian way (1.234.567,89). Role: planner of the kabupaten.")
  @RequestBody(required = true, content = @Content(mediaType = MULTIPART_FORM_DATA, schema = @Schema(implementation = RencanaWorkbookForm.class),
      examples = @ExampleObject(name = "workbook", value = PlanningExamples.WORKBOOK_UPLOAD)))
  @APIResponse(responseCode = "200", description = "What applying would do, or why it would be refused",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RencanaWorkbookService.Pratinjau.class),
          examples = { @ExampleObject(name = "changes", value = PlanningExamples.WORKBOOK_PREVIEW),
              @ExampleObject(name = "refused", value = PlanningExamples.WORKBOOK_PREVIEW_REFUSED) }))
  @APIResponse(responseCode = "400", description = "The file is not a workbook that is read (.xls, macros, not a spreadsheet, too large once "
      + "unzipped, too many rows) or lacks a sheet of the template",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "xls", value = PlanningExamples.WORKBOOK_REFUSED)))
  public Response preview(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.08") @PathParam("kode") @Pattern(regexp = KecamatanResource.KEC) String kode,
      @Parameter(hidden = true) @RestForm("berkas") FileUpload berkas) {
    Endpoints.requirePlanner(caller, kode);
    return Response.ok(workbooks.preview(kode, WorkbookUpload.bytes(berkas, "berkas"), RequestLocale.current().locale(), caller.user())).build();
  }

  @POST
  @Path("apply")
  @Consumes(MULTIPART_FORM_DATA)
  @Produces(APPLICATION_JSON)
  @RolesAllowed(Roles.PLANNER)
  @Operation(operationId = "applyRencanaWorkbook", summary = "Apply an uploaded plan workbook (all or nothing)",
      description = "The workbook is read into the plan document and imported exactly as POST /api/rencana-import imports it: "
          + "every refusal listed in one 400 (each naming its cell and rule) and nothing stored, or the whole document "
          + "applied in one transaction, where only what differs is written and announced. The answer is the import's. "
          + "Role: planner of the kabupaten.")
  @RequestBody(required = true, content = @Content(mediaType = MULTIPART_FORM_DATA, schema = @Schema(implementation = RencanaWorkbookForm.class),
      examples = @ExampleObject(name = "workbook", value = PlanningExamples.WORKBOOK_UPLOAD)))
  @APIResponse(responseCode = "200", description = "Applied; what changed and which plans were published",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RencanaImportService.Hasil.class),
          examples = @ExampleObject(name = "applied", value = PlanningExamples.IMPORT_RESULT)))
  @APIResponse(responseCode = "400", description = "The file is not a workbook that is read, lacks a sheet of the template, or the plan "
      + "breaks the import's rules; every error names its cell",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = { @ExampleObject(name = "cells", value = PlanningExamples.WORKBOOK_ERRORS),
              @ExampleObject(name = "xls", value = PlanningExamples.WORKBOOK_REFUSED) }))
  public RencanaImportService.Hasil apply(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.08") @PathParam("kode") @Pattern(regexp = KecamatanResource.KEC) String kode,
      @Parameter(hidden = true) @RestForm("berkas") FileUpload berkas) {
    Endpoints.requirePlanner(caller, kode);
    return workbooks.apply(kode, WorkbookUpload.bytes(berkas, "berkas"), RequestLocale.current().locale(), caller.user());
  }
}

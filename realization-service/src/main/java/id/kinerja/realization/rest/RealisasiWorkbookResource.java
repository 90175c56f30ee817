package id.kinerja.realization.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;
import static jakarta.ws.rs.core.MediaType.MULTIPART_FORM_DATA;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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

import id.kinerja.common.problem.Problem;
import id.kinerja.common.security.Roles;
import id.kinerja.common.xlsx.WorkbookUpload;
import id.kinerja.realization.service.IdempotencyService;

@Path(Paths.TRIWULAN + "/workbook")
@Tag(name = "Realisasi workbook", description = "The triwulan as an Excel workbook: download the template, fill it in, preview the upload, apply it")
public class RealisasiWorkbookResource {

  @Inject
  RealisasiEndpoints endpoints;

  @GET
  @Produces({ WorkbookUpload.MEDIA_TYPE, APPLICATION_JSON })
  @RolesAllowed({ Roles.OPERATOR, Roles.VERIFIER, Roles.BAGIAN_ORGANISASI, Roles.PLANNER, Roles.PIMPINAN })
  @Operation(operationId = "downloadRealisasiWorkbook", summary = "Download the triwulan's realisasi template",
      description = "Sheets Indikator and Anggaran (headers in the language of the request) with the plan's columns"
          + " locked and the current content of every cell pre-filled; keadaan is a list, value cells take numbers."
          + " A very hidden sheet records each cell's revisi, so that an upload tells a cell changed in the system since"
          + " (CONFLICT) from one changed in the workbook. " + RealisasiIndikatorResource.READ_ROLES_NOTE)
  @APIResponse(responseCode = "200", description = "The workbook",
      headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"realisasi-35.02.08-2024-TW2.xlsx\"", schema = @Schema(implementation = String.class)),
      content = @Content(mediaType = WorkbookUpload.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response template(
      @Parameter(description = "Kecamatan code", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Paths.KECAMATAN) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "2") @PathParam("triwulan") @Min(1) @Max(4) int triwulan) {
    return endpoints.template(kecamatan, tahun, triwulan);
  }

  @POST
  @Path("preview")
  @Consumes(MULTIPART_FORM_DATA)
  @Produces(APPLICATION_JSON)
  @RolesAllowed(Roles.OPERATOR)
  @Operation(operationId = "previewRealisasiWorkbook", summary = "Preview an uploaded workbook (nothing is stored)",
      description = "Each filled row with what applying would do: NEW, CHANGED, UNCHANGED, CONFLICT (changed in the"
          + " system after the template was made: never overwritten) or REFUSED, with every refusal naming its cell"
          + " (Indikator!G7), the rule and why, under exactly the rules of the batch. Sheets are found by their header"
          + " row, in either language; numbers may be typed as text the Indonesian way (1.234.567,89; 95,5 %). Role:"
          + " operator of the kecamatan.")
  @RequestBody(content = @Content(mediaType = MULTIPART_FORM_DATA, schema = @Schema(implementation = WorkbookUploadForm.class)))
  @APIResponse(responseCode = "200", description = "What each row would do",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = PratinjauView.class),
          examples = @ExampleObject(name = "one row refused", value = Examples.WORKBOOK_PREVIEW)))
  @APIResponse(responseCode = "400", description = "The file is not a workbook that is read: .xls, macros, not a spreadsheet, too large once unzipped, too many rows, no sheet with the template's headers, or made for another kecamatan or triwulan",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "xls", value = Examples.WORKBOOK_REFUSED)))
  public Response preview(
      @Parameter(description = "Kecamatan code", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Paths.KECAMATAN) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "2") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(hidden = true) @RestForm("berkas") FileUpload berkas) {
    return endpoints.preview(kecamatan, tahun, triwulan, berkas);
  }

  @POST
  @Path("apply")
  @Consumes(MULTIPART_FORM_DATA)
  @Produces(APPLICATION_JSON)
  @RolesAllowed(Roles.OPERATOR)
  @Operation(operationId = "applyRealisasiWorkbook", summary = "Apply an uploaded workbook (all or nothing)",
      description = "The rows that change something (NEW, CHANGED, CONFLICT) go through exactly the rules of the batch"
          + " (POST …/batch): same validation, workflow and events, all or nothing; refusals name the cell. A CONFLICT"
          + " row refuses the workbook (412): download the template again. Optionally submitted (ajukan). Role:"
          + " operator of the kecamatan.")
  @RequestBody(content = @Content(mediaType = MULTIPART_FORM_DATA, schema = @Schema(implementation = WorkbookUploadForm.class)))
  @APIResponse(responseCode = "200", description = "Every changing row saved; one entry per row",
      headers = { @Header(name = HttpHeaders.ETAG, description = "The sheet's new ETag", schema = @Schema(implementation = String.class)),
          @Header(name = IdempotencyService.REPLAYED, description = "true when this answer is a replay", schema = @Schema(implementation = String.class)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = BatchResultView.class),
          examples = @ExampleObject(name = "applied", value = Examples.BATCH_RESULT)))
  @APIResponse(responseCode = "400", description = "The file is not a workbook that is read, a cell cannot be read (each named), or no row changes anything",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "xls", value = Examples.WORKBOOK_REFUSED)))
  @APIResponse(responseCode = "409", description = "A row's version is not editable, or the Idempotency-Key was used for another request")
  @APIResponse(responseCode = "412", description = "A row's cell changed in the system after the template was made (errors name the cells)")
  @APIResponse(responseCode = "422", description = "A row breaks the plan or the window; errors name each cell; nothing was saved")
  public Response apply(
      @Parameter(description = "Kecamatan code", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Paths.KECAMATAN) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "2") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = RealisasiIndikatorResource.KEY_DESC, required = true, example = "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8") @HeaderParam(IdempotencyService.HEADER) String key,
      @Parameter(description = "Also submit every saved row (DRAFT/RETURNED → SUBMITTED)", example = "false") @QueryParam("ajukan") @DefaultValue("false") boolean ajukan,
      @Parameter(hidden = true) @RestForm("berkas") FileUpload berkas) {
    return endpoints.apply(kecamatan, tahun, triwulan, key, ajukan, berkas);
  }
}

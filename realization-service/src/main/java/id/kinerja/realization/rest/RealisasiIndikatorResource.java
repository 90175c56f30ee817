package id.kinerja.realization.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;
import static jakarta.ws.rs.core.MediaType.MULTIPART_FORM_DATA;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import id.kinerja.realization.domain.Workflow.Action;
import id.kinerja.realization.service.IdempotencyService;

@Path(Paths.TRIWULAN + "/indikator/{kode}")
@Tag(name = "Realisasi indikator", description = "One indicator's realisasi in one triwulan: enter, submit, verify, approve, return, correct; evidence")
@Produces(APPLICATION_JSON)
public class RealisasiIndikatorResource {

  static final String KEY_DESC = "Client-generated key (e.g. a UUID) of this request. A retry with the same key and body"
      + " gets the original answer (header Idempotency-Replayed: true) and changes nothing; the same key with another body is refused (409).";
  /** Highest version number asked for: a cell's versions are its corrections, a handful in practice. */
  static final int MAX_VERSI = 1000;

  static final String READ_ROLES_NOTE = "Roles: operator or verifier of the kecamatan; bagian-organisasi, planner, pimpinan of the kabupaten.";

  @Inject
  RealisasiEndpoints endpoints;

  @GET
  @RolesAllowed({ Roles.OPERATOR, Roles.VERIFIER, Roles.BAGIAN_ORGANISASI, Roles.PLANNER, Roles.PIMPINAN })
  @Operation(operationId = "getRealisasiIndikator", summary = "Read a cell with every version", description = "Every version stays readable: a correction adds"
      + " version n+1 and keeps version n. Before the first entry the cell is NOT_REPORTED (or NOT_DUE), with no versions"
      + " and no ETag. " + READ_ROLES_NOTE)
  @APIResponse(responseCode = "200", description = "The cell; its revisi is the ETag",
      headers = @Header(name = HttpHeaders.ETAG, description = "The cell's revisi, for If-Match", schema = @Schema(implementation = String.class)),
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = SelIndikatorView.class),
          examples = @ExampleObject(name = "cell", value = Examples.CELL)))
  public Response get(
      @Parameter(description = "Kecamatan code", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Paths.KECAMATAN) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "4") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = "Indicator code from the plan", example = "IKU-SKM") @PathParam("kode") @Size(max = 40) String kode) {
    return endpoints.get(CellViews.INDIKATOR, kecamatan, tahun, triwulan, kode);
  }

  @GET
  @Path("versi/{versi}")
  @RolesAllowed({ Roles.OPERATOR, Roles.VERIFIER, Roles.BAGIAN_ORGANISASI, Roles.PLANNER, Roles.PIMPINAN })
  @Operation(operationId = "getVersiRealisasiIndikator", summary = "Read one version of a cell", description = READ_ROLES_NOTE)
  @APIResponse(responseCode = "200", description = "The version",
      headers = @Header(name = HttpHeaders.ETAG, description = "revisi of the version", schema = @Schema(implementation = String.class)),
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RealisasiIndikatorView.class),
          examples = @ExampleObject(name = "submitted", value = Examples.VERSION)))
  public Response version(
      @Parameter(description = "Kecamatan code", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Paths.KECAMATAN) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "4") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = "Indicator code from the plan", example = "IKU-SKM") @PathParam("kode") @Size(max = 40) String kode,
      @Parameter(description = "Version number", example = "1") @PathParam("versi") @Min(1) @Max(MAX_VERSI) int versi) {
    return endpoints.version(CellViews.INDIKATOR, kecamatan, tahun, triwulan, kode, versi);
  }

  @PUT
  @Consumes(APPLICATION_JSON)
  @RolesAllowed(Roles.OPERATOR)
  @Operation(operationId = "saveRealisasiIndikator", summary = "Enter (and optionally submit) a cell's realisasi",
      description = "Creates version 1 (no If-Match) or edits the current DRAFT or RETURNED version (If-Match = the cell's"
          + " ETag). With ajukan=true the version is also submitted in the same transaction and announced as SUBMITTED on"
          + " kinerja.realisasi.v1; a draft save announces nothing. Validated against the plan copy and the entry window."
          + " A PUT replaces the cell's entered content as a whole: an optional field that is omitted (or null) is"
          + " cleared — nilai, pembilang, penyebut, teks, capaianManual, alasan, faktorPendukung, faktorPenghambat,"
          + " tindakLanjut and buktiTautan (the version's links) alike. Evidence files are separate resources (uploaded"
          + " and removed under …/bukti) and are never touched by a PUT. Role: operator of the kecamatan.")
  @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RealisasiIndikatorRequest.class),
      examples = {
          @ExampleObject(name = "single submit", description = "Mobile: value, narrative and a link, submitted at once", value = Examples.SUBMIT_VALUE),
          @ExampleObject(name = "retry with the same key", description = "Sent again with the same Idempotency-Key after a lost answer: the original answer is replayed, nothing changes", value = Examples.SUBMIT_VALUE),
          @ExampleObject(name = "components as draft", value = Examples.DRAFT_KOMPONEN),
          @ExampleObject(name = "zero is a value", value = Examples.ZERO_IS_A_VALUE),
          @ExampleObject(name = "not applicable", value = Examples.NOT_APPLICABLE),
          @ExampleObject(name = "edit: what is left out is cleared", description = "Sent with If-Match to a version that had faktorPenghambat, tindakLanjut and a link: the new content has none of them (files stay)", value = Examples.CLEARS_OMITTED) }))
  @APIResponse(responseCode = "201", description = "Version 1 created",
      headers = { @Header(name = HttpHeaders.ETAG, description = "The cell's revisi", schema = @Schema(implementation = String.class)),
          @Header(name = HttpHeaders.LOCATION, description = "The cell", schema = @Schema(implementation = String.class)),
          @Header(name = IdempotencyService.REPLAYED, description = "true when this answer is a replay", schema = @Schema(implementation = String.class)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RealisasiIndikatorView.class),
          examples = @ExampleObject(name = "submitted", value = Examples.VERSION)))
  @APIResponse(responseCode = "200", description = "The current version was changed (or was already so)",
      headers = { @Header(name = HttpHeaders.ETAG, description = "The cell's revisi", schema = @Schema(implementation = String.class)),
          @Header(name = IdempotencyService.REPLAYED, description = "true when this answer is a replay", schema = @Schema(implementation = String.class)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RealisasiIndikatorView.class),
          examples = @ExampleObject(name = "version", value = Examples.VERSION)))
  @APIResponse(responseCode = "409", description = "The version is not editable (SUBMITTED/VERIFIED: wait for a return; APPROVED: open a correction), or the Idempotency-Key was used for another request",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
          @ExampleObject(name = "approved", value = Examples.NOT_EDITABLE), @ExampleObject(name = "key reused", value = Examples.KEY_REUSED) }))
  @APIResponse(responseCode = "412", description = "If-Match is not the cell's current ETag")
  @APIResponse(responseCode = "422", description = "Breaks the plan or the calendar: unknown indicator, wrong tahun (no plan), not due in this triwulan, wrong form/unit/sign/precision of the value, evidence missing on submit, entry window closed",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "window closed", value = Examples.WINDOW_CLOSED)))
  @APIResponse(responseCode = "428", description = "The cell exists: If-Match is required")
  public Response put(
      @Parameter(description = "Kecamatan code", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Paths.KECAMATAN) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "4") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = "Indicator code from the plan", example = "IKU-SKM") @PathParam("kode") @Size(max = 40) String kode,
      @Parameter(description = KEY_DESC, required = true, example = "0d9f6c1e-5f3a-4f7e-9b1c-2d0e8c9a7f10") @HeaderParam(IdempotencyService.HEADER) String key,
      @Parameter(description = "The cell's ETag; omit only to create the cell (an existing cell answers 428 without it)", example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull RealisasiIndikatorRequest request) {
    return endpoints.put(CellViews.INDIKATOR, kecamatan, tahun, triwulan, kode, key, ifMatch, request);
  }

  @POST
  @Path("submit")
  @RolesAllowed(Roles.OPERATOR)
  @Operation(operationId = "ajukanRealisasiIndikator", summary = "Submit the current version (DRAFT/RETURNED → SUBMITTED)", description = "Needs evidence where the"
      + " indicator requires it and an open entry window. Announced as SUBMITTED. Role: operator of the kecamatan.")
  @APIResponse(responseCode = "200", description = "Submitted", headers = { @Header(name = HttpHeaders.ETAG, description = "The cell's revisi", schema = @Schema(implementation = String.class)),
          @Header(name = IdempotencyService.REPLAYED, description = "true when this answer is a replay", schema = @Schema(implementation = String.class)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RealisasiIndikatorView.class),
          examples = @ExampleObject(name = "version", value = Examples.VERSION)))
  @APIResponse(responseCode = "409", description = "Not in a status this action applies to, or Idempotency-Key reused for another request")
  @APIResponse(responseCode = "412", description = "If-Match is not the cell's current ETag")
  @APIResponse(responseCode = "422", description = "Evidence missing, indicator no longer in the plan, or entry window closed")
  @APIResponse(responseCode = "428", description = "If-Match is required")
  public Response submit(
      @Parameter(description = "Kecamatan code", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Paths.KECAMATAN) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "4") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = "Indicator code from the plan", example = "IKU-SKM") @PathParam("kode") @Size(max = 40) String kode,
      @Parameter(description = KEY_DESC, required = true, example = "5b0d8d3e-6a8f-4a1e-8d7c-1f2e3a4b5c6d") @HeaderParam(IdempotencyService.HEADER) String key,
      @Parameter(description = "The cell's ETag", required = true, example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return endpoints.actOnCell(CellViews.INDIKATOR, kecamatan, tahun, triwulan, kode, key, ifMatch, Action.SUBMIT,
        AksiRequest.EMPTY);
  }

  @POST
  @Path("verify")
  @RolesAllowed(Roles.VERIFIER)
  @Operation(operationId = "verifikasiRealisasiIndikator", summary = "Verify the submitted version (SUBMITTED → VERIFIED)", description = "\"Laporan sudah baik\". Never"
      + " by the user who submitted it. Announced as VERIFIED. Role: verifier of the kecamatan.")
  @APIResponse(responseCode = "200", description = "Verified", headers = { @Header(name = HttpHeaders.ETAG, description = "The cell's revisi", schema = @Schema(implementation = String.class)),
          @Header(name = IdempotencyService.REPLAYED, description = "true when this answer is a replay", schema = @Schema(implementation = String.class)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RealisasiIndikatorView.class),
          examples = @ExampleObject(name = "version", value = Examples.VERSION)))
  @APIResponse(responseCode = "403", description = "Not a verifier of this kecamatan, or the caller submitted this version",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "own submission", value = Examples.OWN_SUBMISSION)))
  @APIResponse(responseCode = "409", description = "Not SUBMITTED, or Idempotency-Key reused for another request")
  @APIResponse(responseCode = "412", description = "If-Match is not the cell's current ETag")
  @APIResponse(responseCode = "428", description = "If-Match is required")
  public Response verify(
      @Parameter(description = "Kecamatan code", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Paths.KECAMATAN) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "4") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = "Indicator code from the plan", example = "IKU-SKM") @PathParam("kode") @Size(max = 40) String kode,
      @Parameter(description = KEY_DESC, required = true, example = "7c1e2d3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f") @HeaderParam(IdempotencyService.HEADER) String key,
      @Parameter(description = "The cell's ETag", required = true, example = "\"2\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return endpoints.actOnCell(CellViews.INDIKATOR, kecamatan, tahun, triwulan, kode, key, ifMatch, Action.VERIFY,
        AksiRequest.EMPTY);
  }

  @POST
  @Path("approve")
  @RolesAllowed(Roles.VERIFIER)
  @Operation(operationId = "setujuiRealisasiIndikator", summary = "Approve the verified version (VERIFIED → APPROVED, disahkan)", description = "From then on the"
      + " version never changes; a correction opens a new version. Never by the submitter. Announced as APPROVED."
      + " Role: verifier of the kecamatan.")
  @APIResponse(responseCode = "200", description = "Approved", headers = { @Header(name = HttpHeaders.ETAG, description = "The cell's revisi", schema = @Schema(implementation = String.class)),
          @Header(name = IdempotencyService.REPLAYED, description = "true when this answer is a replay", schema = @Schema(implementation = String.class)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RealisasiIndikatorView.class),
          examples = @ExampleObject(name = "version", value = Examples.VERSION)))
  @APIResponse(responseCode = "403", description = "Not a verifier of this kecamatan, or the caller submitted this version")
  @APIResponse(responseCode = "409", description = "Not VERIFIED, or Idempotency-Key reused for another request")
  @APIResponse(responseCode = "412", description = "If-Match is not the cell's current ETag")
  @APIResponse(responseCode = "428", description = "If-Match is required")
  public Response approve(
      @Parameter(description = "Kecamatan code", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Paths.KECAMATAN) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "4") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = "Indicator code from the plan", example = "IKU-SKM") @PathParam("kode") @Size(max = 40) String kode,
      @Parameter(description = KEY_DESC, required = true, example = "8d2f3e4a-5b6c-7d8e-9f0a-1b2c3d4e5f60") @HeaderParam(IdempotencyService.HEADER) String key,
      @Parameter(description = "The cell's ETag", required = true, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return endpoints.actOnCell(CellViews.INDIKATOR, kecamatan, tahun, triwulan, kode, key, ifMatch, Action.APPROVE,
        AksiRequest.EMPTY);
  }

  @POST
  @Path("return")
  @Consumes(APPLICATION_JSON)
  @RolesAllowed({ Roles.VERIFIER, Roles.BAGIAN_ORGANISASI })
  @Operation(operationId = "kembalikanRealisasiIndikator", summary = "Return the version to the operator (SUBMITTED/VERIFIED → RETURNED, dikembalikan)",
      description = "Needs a reason code of the tanggapan atasan langsung checklist (LAIN_LAIN with a text). The operator"
          + " can then edit and submit again. Announced as RETURNED. Roles: verifier of the kecamatan (never the submitter),"
          + " bagian-organisasi of the kabupaten.")
  @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = AksiRequest.class),
      examples = @ExampleObject(name = "realisasi diteliti ulang", value = Examples.RETURN)))
  @APIResponse(responseCode = "200", description = "Returned", headers = { @Header(name = HttpHeaders.ETAG, description = "The cell's revisi", schema = @Schema(implementation = String.class)),
          @Header(name = IdempotencyService.REPLAYED, description = "true when this answer is a replay", schema = @Schema(implementation = String.class)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RealisasiIndikatorView.class),
          examples = @ExampleObject(name = "version", value = Examples.VERSION)))
  @APIResponse(responseCode = "403", description = "Not allowed for this kecamatan, or the caller submitted this version")
  @APIResponse(responseCode = "409", description = "Not SUBMITTED or VERIFIED, or Idempotency-Key reused for another request")
  @APIResponse(responseCode = "412", description = "If-Match is not the cell's current ETag")
  @APIResponse(responseCode = "428", description = "If-Match is required")
  public Response returnVersion(
      @Parameter(description = "Kecamatan code", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Paths.KECAMATAN) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "4") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = "Indicator code from the plan", example = "IKU-SKM") @PathParam("kode") @Size(max = 40) String kode,
      @Parameter(description = KEY_DESC, required = true, example = "9e3f4a5b-6c7d-8e9f-0a1b-2c3d4e5f6071") @HeaderParam(IdempotencyService.HEADER) String key,
      @Parameter(description = "The cell's ETag", required = true, example = "\"2\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull AksiRequest request) {
    return endpoints.actOnCell(CellViews.INDIKATOR, kecamatan, tahun, triwulan, kode, key, ifMatch, Action.RETURN,
        request);
  }

  @POST
  @Path("corrections")
  @Consumes(APPLICATION_JSON)
  @RolesAllowed(Roles.OPERATOR)
  @Operation(operationId = "koreksiRealisasiIndikator", summary = "Correct an approved value: open version n+1", description = "Approved data are never overwritten."
      + " The correction is a new version (reason required) that goes through the same workflow; version n stays"
      + " readable and stays the official one until n+1 is approved. Announced as CORRECTION_OPENED (and SUBMITTED with"
      + " ajukan=true). Role: operator of the kecamatan.")
  @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = KoreksiIndikatorRequest.class),
      examples = @ExampleObject(name = "correction", value = Examples.CORRECTION)))
  @APIResponse(responseCode = "201", description = "Version n+1 opened",
      headers = { @Header(name = HttpHeaders.ETAG, description = "The cell's revisi", schema = @Schema(implementation = String.class)),
          @Header(name = HttpHeaders.LOCATION, description = "The new version", schema = @Schema(implementation = String.class)),
          @Header(name = IdempotencyService.REPLAYED, description = "true when this answer is a replay", schema = @Schema(implementation = String.class)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RealisasiIndikatorView.class),
          examples = @ExampleObject(name = "version 2", value = Examples.CORRECTED_VERSION)))
  @APIResponse(responseCode = "409", description = "The current version is not APPROVED, or Idempotency-Key reused for another request")
  @APIResponse(responseCode = "412", description = "If-Match is not the cell's current ETag")
  @APIResponse(responseCode = "422", description = "Breaks the plan (value form, unit, sign, precision, evidence) or the entry window is closed")
  @APIResponse(responseCode = "428", description = "If-Match is required")
  public Response correct(
      @Parameter(description = "Kecamatan code", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Paths.KECAMATAN) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "4") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = "Indicator code from the plan", example = "IKU-SKM") @PathParam("kode") @Size(max = 40) String kode,
      @Parameter(description = KEY_DESC, required = true, example = "a1b2c3d4-e5f6-4a1b-8c2d-3e4f5a6b7c8d") @HeaderParam(IdempotencyService.HEADER) String key,
      @Parameter(description = "The cell's ETag", required = true, example = "\"4\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull KoreksiIndikatorRequest request) {
    return endpoints.correct(CellViews.INDIKATOR, kecamatan, tahun, triwulan, kode, key, ifMatch, request);
  }

  @POST
  @Path("versi/{versi}/bukti")
  @Consumes(MULTIPART_FORM_DATA)
  @RolesAllowed(Roles.OPERATOR)
  @Operation(operationId = "uploadBukti", summary = "Attach evidence (bukti dukung) to a version", description = "A file (PDF, JPEG, PNG, XLSX or DOCX,"
      + " judged by its content, at most 10 MiB; stored in the database with its SHA-256) or an https link. Only the"
      + " current version while DRAFT or RETURNED: evidence is immutable once the version is submitted. No If-Match"
      + " (uploads may run in parallel). Role: operator of the kecamatan.")
  @RequestBody(content = @Content(mediaType = MULTIPART_FORM_DATA, schema = @Schema(implementation = BuktiUploadForm.class)))
  @APIResponse(responseCode = "201", description = "Attached",
      headers = { @Header(name = HttpHeaders.LOCATION, description = "Download of the file (files only; a link has none)", schema = @Schema(implementation = String.class)),
          @Header(name = IdempotencyService.REPLAYED, description = "true when this answer is a replay", schema = @Schema(implementation = String.class)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = BuktiView.class),
          examples = @ExampleObject(name = "file", value = Examples.BUKTI)))
  @APIResponse(responseCode = "409", description = "The version is not the current one or not editable, or Idempotency-Key reused for another request")
  @APIResponse(responseCode = "413", description = "The file is larger than 10 MiB")
  @APIResponse(responseCode = "415", description = "The content is not an accepted type, or contradicts the declared type")
  @APIResponse(responseCode = "422", description = "The entry window is closed, or no plan for the year")
  public Response upload(
      @Parameter(description = "Kecamatan code", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Paths.KECAMATAN) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "4") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = "Indicator code from the plan", example = "IKU-SKM") @PathParam("kode") @Size(max = 40) String kode,
      @Parameter(description = "Version number", example = "1") @PathParam("versi") @Min(1) @Max(MAX_VERSI) int versi,
      @Parameter(description = KEY_DESC, required = true, example = "b2c3d4e5-f6a7-4b1c-9d2e-3f4a5b6c7d8e") @HeaderParam(IdempotencyService.HEADER) String key,
      @Parameter(hidden = true) @RestForm("file") FileUpload file,
      @Parameter(hidden = true) @RestForm("url") String url,
      @Parameter(hidden = true) @RestForm("keterangan") String keterangan) {
    return endpoints.uploadBukti(kecamatan, tahun, triwulan, kode, versi, key, file, url, keterangan);
  }

  @GET
  @Path("versi/{versi}/bukti/{id}")
  @Produces({ "application/pdf", "image/jpeg", "image/png", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", APPLICATION_JSON })
  @RolesAllowed({ Roles.OPERATOR, Roles.VERIFIER, Roles.BAGIAN_ORGANISASI, Roles.PLANNER, Roles.PIMPINAN })
  @Operation(operationId = "downloadBukti", summary = "Download an evidence file", description = "The stored bytes with their type; Repr-Digest carries"
      + " the SHA-256. " + READ_ROLES_NOTE)
  @APIResponse(responseCode = "200", description = "The file",
      headers = { @Header(name = "Repr-Digest", description = "sha-256 of the file (RFC 9530)", schema = @Schema(implementation = String.class)),
          @Header(name = HttpHeaders.ETAG, description = "SHA-256 hex of the file", schema = @Schema(implementation = String.class)),
          @Header(name = "Content-Disposition", description = "attachment, with the file's name (filename and filename*)", schema = @Schema(implementation = String.class)) },
      content = { @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
          @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
          @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
          @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = SchemaType.STRING, format = "binary")),
          @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
  public Response download(
      @Parameter(description = "Kecamatan code", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Paths.KECAMATAN) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "4") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = "Indicator code from the plan", example = "IKU-SKM") @PathParam("kode") @Size(max = 40) String kode,
      @Parameter(description = "Version number", example = "1") @PathParam("versi") @Min(1) @Max(MAX_VERSI) int versi,
      @Parameter(description = "Evidence id", example = "6f1c2d1e-8a55-4a8e-9c57-0f4c1b0f7a11") @PathParam("id") UUID id) {
    return endpoints.downloadBukti(kecamatan, tahun, triwulan, kode, versi, id);
  }

  @DELETE
  @Path("versi/{versi}/bukti/{id}")
  @RolesAllowed(Roles.OPERATOR)
  @Operation(operationId = "deleteBukti", summary = "Remove evidence from a draft version", description = "Only the current version while DRAFT or"
      + " RETURNED; the removal is audited. Role: operator of the kecamatan.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "409", description = "The version is not the current one or not editable")
  @APIResponse(responseCode = "422", description = "The entry window is closed")
  public Response removeBukti(
      @Parameter(description = "Kecamatan code", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Paths.KECAMATAN) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "4") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = "Indicator code from the plan", example = "IKU-SKM") @PathParam("kode") @Size(max = 40) String kode,
      @Parameter(description = "Version number", example = "1") @PathParam("versi") @Min(1) @Max(MAX_VERSI) int versi,
      @Parameter(description = "Evidence id", example = "6f1c2d1e-8a55-4a8e-9c57-0f4c1b0f7a11") @PathParam("id") UUID id) {
    return endpoints.removeBukti(kecamatan, tahun, triwulan, kode, versi, id);
  }
}

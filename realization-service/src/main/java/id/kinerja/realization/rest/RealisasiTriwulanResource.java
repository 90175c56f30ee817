package id.kinerja.realization.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
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

import id.kinerja.common.problem.Problem;
import id.kinerja.common.security.Roles;
import id.kinerja.realization.domain.Workflow.Action;
import id.kinerja.realization.service.IdempotencyService;

@Path(Paths.TRIWULAN)
@Tag(name = "Realisasi triwulan", description = "A kecamatan's whole triwulan: the sheet, batch entry, and workflow actions on every cell at once")
@Produces(APPLICATION_JSON)
public class RealisasiTriwulanResource {

  private static final String KEY_DESC = RealisasiIndikatorResource.KEY_DESC;
  private static final String SHEET_ETAG = "The triwulan sheet's ETag (from GET of the sheet)";

  @Inject
  RealisasiEndpoints endpoints;

  @GET
  @RolesAllowed({ Roles.OPERATOR, Roles.VERIFIER, Roles.BAGIAN_ORGANISASI, Roles.PLANNER, Roles.PIMPINAN })
  @Operation(operationId = "getLembarTriwulan", summary = "The triwulan sheet, whole or as the difference since a revisi",
      description = "Every indicator of the plan copy and every budget line without children (and a line with children"
          + " that has realisasi of its own in the triwulan), with cell state (NOT_DUE,"
          + " NOT_REPORTED, REPORTED, NOT_APPLICABLE), the current version and the entry window. The ETag is the sheet's"
          + " revisi (the sum of its cells' revisi; every change of a cell adds one)."
          + " For phones on slow networks: with If-None-Match holding the ETag the client has, an unchanged sheet answers"
          + " 304 without a body; with sejak=N (the revisi the client holds) the answer has the same shape but lists"
          + " only the indikator and anggaran rows whose cell changed after N — jendela, ringkasan, revisi and planVersi"
          + " are always the whole sheet's. Apply the rows, keep the new revisi. When planVersi differs from the one"
          + " held, rows may have appeared or gone: read the whole sheet without sejak. sejak above the current revisi is"
          + " refused (400, field sejak). The revisi covers the cells only: evidence counts (jumlahBukti) and the window"
          + " are current in every 200 answer but do not change the ETag. " + RealisasiIndikatorResource.READ_ROLES_NOTE)
  @APIResponse(responseCode = "200", description = "The sheet (or, with sejak, its difference)",
      headers = @Header(name = HttpHeaders.ETAG, description = "The sheet's revisi: If-Match of triwulan actions, If-None-Match and sejak of the next read", schema = @Schema(implementation = String.class)),
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = TriwulanView.class),
          examples = { @ExampleObject(name = "sheet", description = "The whole sheet of Kecamatan Mlarak, TW IV 2024", value = Examples.SHEET),
              @ExampleObject(name = "difference", description = "GET ?sejak=8 after the operator entered IKU-IDM (revisi 8 → 10): only that row", value = Examples.SHEET_DIFFERENCE) }))
  @APIResponse(responseCode = "304", description = "If-None-Match holds the current ETag: nothing changed, no body",
      headers = @Header(name = HttpHeaders.ETAG, description = "The sheet's revisi (unchanged)", schema = @Schema(implementation = String.class)))
  @APIResponse(responseCode = "400", description = "A parameter is out of range, or sejak is above the sheet's current revisi",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "sejak ahead", value = Examples.SEJAK_AHEAD)))
  public Response sheet(
      @Parameter(description = "Kecamatan code", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Paths.KECAMATAN) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "4") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = "The sheet revisi the client holds (its last ETag, without quotes): only rows changed"
          + " after it are listed. Omit for the whole sheet.", example = "8") @QueryParam("sejak") @Min(0) @Max(MAX_REVISI) Long sejak,
      @Parameter(description = "The ETag the client holds (\"8\"), a list of them, or *: 304 when one is current (compared"
          + " weakly)", example = "\"8\"") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      @Context HttpHeaders headers) {
    return endpoints.sheet(kecamatan, tahun, triwulan, sejak, headers.getRequestHeader(HttpHeaders.IF_NONE_MATCH));
  }

  /** Largest sejak: the largest integer every JSON client holds exactly (2^53 − 1). */
  static final long MAX_REVISI = 9_007_199_254_740_991L;

  @POST
  @Path("batch")
  @Consumes(APPLICATION_JSON)
  @RolesAllowed(Roles.OPERATOR)
  @Operation(operationId = "saveTriwulanBatch", summary = "Enter a whole triwulan in one request (all or nothing)", description = "For mobile clients that"
      + " work offline: every indicator and budget item of the triwulan at once, optionally submitted (ajukan). Rule: all"
      + " or nothing. Every item is validated against the plan copy, the window, its revisi and its status first; if any"
      + " item is refused the answer names each refused item by its JSON path (indikator[i].field, anggaran[i].field)"
      + " with the rule and why, and nothing is saved or published. Otherwise all items are saved in one transaction and"
      + " the answer lists each item's result. Existing cells need their revisi (ETag). Each item replaces its cell's"
      + " entered content as a whole, as a PUT does: an optional field omitted (or null) is cleared, buktiTautan (the"
      + " version's links) included; evidence files are not touched. Role: operator of the kecamatan.")
  @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = BatchRequest.class),
      examples = {
          @ExampleObject(name = "batch submit", description = "A whole triwulan, submitted", value = Examples.BATCH),
          @ExampleObject(name = "retry with the same key", description = "The same batch with the same Idempotency-Key after a lost answer: the original answer is replayed, nothing new is stored or published", value = Examples.BATCH) }))
  @APIResponse(responseCode = "200", description = "Every item applied; per-item results in request order",
      headers = { @Header(name = HttpHeaders.ETAG, description = "The sheet's new ETag", schema = @Schema(implementation = String.class)),
          @Header(name = IdempotencyService.REPLAYED, description = "true when this answer is a replay", schema = @Schema(implementation = String.class)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = BatchResultView.class),
          examples = @ExampleObject(name = "applied", value = Examples.BATCH_RESULT)))
  @APIResponse(responseCode = "409", description = "An item's version is not editable, or the Idempotency-Key was used for another request")
  @APIResponse(responseCode = "412", description = "An item's revisi is stale (errors name the items)")
  @APIResponse(responseCode = "422", description = "At least one item breaks the plan or the window; errors name each item; nothing was saved",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = {
              @ExampleObject(name = "one bad item", value = Examples.BATCH_REFUSED),
              @ExampleObject(name = "window closed", value = Examples.WINDOW_CLOSED) }))
  @APIResponse(responseCode = "428", description = "An existing cell was sent without its revisi (errors name the items)")
  public Response batch(
      @Parameter(description = "Kecamatan code", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Paths.KECAMATAN) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "4") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = KEY_DESC, required = true, example = "1f2e3d4c-5b6a-4789-9a0b-c1d2e3f4a5b6") @HeaderParam(IdempotencyService.HEADER) String key,
      @Valid @NotNull BatchRequest request) {
    return endpoints.batch(kecamatan, tahun, triwulan, key, request);
  }

  @POST
  @Path("submit")
  @Consumes(APPLICATION_JSON)
  @RolesAllowed(Roles.OPERATOR)
  @Operation(operationId = "ajukanTriwulan", summary = "Submit the triwulan", description = "Without lists: every DRAFT/RETURNED cell, and only if every"
      + " due indicator has been entered (REPORTED or NOT_APPLICABLE) with evidence where required. With lists: exactly"
      + " those cells. One SUBMITTED event per cell. Role: operator of the kecamatan.")
  @RequestBody(required = false, content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = AksiRequest.class),
      examples = { @ExampleObject(name = "whole triwulan", value = Examples.WHOLE_TRIWULAN),
          @ExampleObject(name = "listed cells", value = Examples.LISTED_CELLS) }))
  @APIResponse(responseCode = "200", description = "Submitted",
      headers = { @Header(name = HttpHeaders.ETAG, description = "The sheet's new ETag", schema = @Schema(implementation = String.class)),
          @Header(name = IdempotencyService.REPLAYED, description = "true when this answer is a replay", schema = @Schema(implementation = String.class)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = AksiResultView.class),
          examples = @ExampleObject(name = "result", value = Examples.AKSI_RESULT)))
  @APIResponse(responseCode = "409", description = "No cell (or a listed cell) is in a status this action applies to, or Idempotency-Key reused")
  @APIResponse(responseCode = "412", description = "If-Match is not the sheet's current ETag")
  @APIResponse(responseCode = "422", description = "A due indicator was not entered, evidence missing, or the entry window is closed")
  @APIResponse(responseCode = "428", description = "If-Match is required")
  public Response submit(
      @Parameter(description = "Kecamatan code", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Paths.KECAMATAN) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "4") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = KEY_DESC, required = true, example = "2a3b4c5d-6e7f-4809-8a1b-2c3d4e5f6a7b") @HeaderParam(IdempotencyService.HEADER) String key,
      @Parameter(description = SHEET_ETAG, required = true, example = "\"12\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid AksiRequest request) {
    return endpoints.actOnTriwulan(kecamatan, tahun, triwulan, key, ifMatch, Action.SUBMIT, request);
  }

  @POST
  @Path("verify")
  @Consumes(APPLICATION_JSON)
  @RolesAllowed(Roles.VERIFIER)
  @Operation(operationId = "verifikasiTriwulan", summary = "Verify the triwulan (the portal's way)", description = "Without lists: every SUBMITTED cell. None"
      + " of them may have been submitted by the caller. One VERIFIED event per cell. Role: verifier of the kecamatan.")
  @RequestBody(required = false, content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = AksiRequest.class),
      examples = { @ExampleObject(name = "whole triwulan", value = Examples.WHOLE_TRIWULAN),
          @ExampleObject(name = "listed cells", value = Examples.LISTED_CELLS) }))
  @APIResponse(responseCode = "200", description = "Verified",
      headers = { @Header(name = HttpHeaders.ETAG, description = "The sheet's new ETag", schema = @Schema(implementation = String.class)),
          @Header(name = IdempotencyService.REPLAYED, description = "true when this answer is a replay", schema = @Schema(implementation = String.class)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = AksiResultView.class),
          examples = @ExampleObject(name = "verified", value = Examples.AKSI_RESULT)))
  @APIResponse(responseCode = "403", description = "Not a verifier of this kecamatan, or some cell was submitted by the caller")
  @APIResponse(responseCode = "409", description = "No cell (or a listed cell) is SUBMITTED, or Idempotency-Key reused")
  @APIResponse(responseCode = "412", description = "If-Match is not the sheet's current ETag")
  @APIResponse(responseCode = "422", description = "A listed cell has no realisasi")
  @APIResponse(responseCode = "428", description = "If-Match is required")
  public Response verify(
      @Parameter(description = "Kecamatan code", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Paths.KECAMATAN) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "4") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = KEY_DESC, required = true, example = "3b4c5d6e-7f80-4910-8b2c-3d4e5f6a7b8c") @HeaderParam(IdempotencyService.HEADER) String key,
      @Parameter(description = SHEET_ETAG, required = true, example = "\"14\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid AksiRequest request) {
    return endpoints.actOnTriwulan(kecamatan, tahun, triwulan, key, ifMatch, Action.VERIFY, request);
  }

  @POST
  @Path("approve")
  @Consumes(APPLICATION_JSON)
  @RolesAllowed(Roles.VERIFIER)
  @Operation(operationId = "setujuiTriwulan", summary = "Approve the triwulan (mengesahkan)", description = "Without lists: every VERIFIED cell. Role:"
      + " verifier of the kecamatan (never for cells the caller submitted).")
  @RequestBody(required = false, content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = AksiRequest.class),
      examples = { @ExampleObject(name = "whole triwulan", value = Examples.WHOLE_TRIWULAN),
          @ExampleObject(name = "listed cells", value = Examples.LISTED_CELLS) }))
  @APIResponse(responseCode = "200", description = "Approved",
      headers = { @Header(name = HttpHeaders.ETAG, description = "The sheet's new ETag", schema = @Schema(implementation = String.class)),
          @Header(name = IdempotencyService.REPLAYED, description = "true when this answer is a replay", schema = @Schema(implementation = String.class)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = AksiResultView.class),
          examples = @ExampleObject(name = "result", value = Examples.AKSI_RESULT)))
  @APIResponse(responseCode = "403", description = "Not a verifier of this kecamatan, or some cell was submitted by the caller")
  @APIResponse(responseCode = "409", description = "No cell (or a listed cell) is VERIFIED, or Idempotency-Key reused")
  @APIResponse(responseCode = "412", description = "If-Match is not the sheet's current ETag")
  @APIResponse(responseCode = "422", description = "A listed cell has no realisasi")
  @APIResponse(responseCode = "428", description = "If-Match is required")
  public Response approve(
      @Parameter(description = "Kecamatan code", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Paths.KECAMATAN) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "4") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = KEY_DESC, required = true, example = "4c5d6e7f-8091-4a21-8c3d-4e5f6a7b8c9d") @HeaderParam(IdempotencyService.HEADER) String key,
      @Parameter(description = SHEET_ETAG, required = true, example = "\"16\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid AksiRequest request) {
    return endpoints.actOnTriwulan(kecamatan, tahun, triwulan, key, ifMatch, Action.APPROVE, request);
  }

  @POST
  @Path("return")
  @Consumes(APPLICATION_JSON)
  @RolesAllowed({ Roles.VERIFIER, Roles.BAGIAN_ORGANISASI })
  @Operation(operationId = "kembalikanTriwulan", summary = "Return the triwulan (or listed cells) to the operator", description = "Without lists: every"
      + " SUBMITTED or VERIFIED cell. Reason code required. Roles: verifier of the kecamatan, bagian-organisasi of the kabupaten.")
  @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = AksiRequest.class),
      examples = @ExampleObject(name = "return", value = Examples.RETURN)))
  @APIResponse(responseCode = "200", description = "Returned",
      headers = { @Header(name = HttpHeaders.ETAG, description = "The sheet's new ETag", schema = @Schema(implementation = String.class)),
          @Header(name = IdempotencyService.REPLAYED, description = "true when this answer is a replay", schema = @Schema(implementation = String.class)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = AksiResultView.class),
          examples = @ExampleObject(name = "result", value = Examples.AKSI_RESULT)))
  @APIResponse(responseCode = "403", description = "Not allowed for this kecamatan, or some cell was submitted by the caller")
  @APIResponse(responseCode = "409", description = "No cell (or a listed cell) can be returned, or Idempotency-Key reused")
  @APIResponse(responseCode = "412", description = "If-Match is not the sheet's current ETag")
  @APIResponse(responseCode = "422", description = "A listed cell has no realisasi")
  @APIResponse(responseCode = "428", description = "If-Match is required")
  public Response returnTriwulan(
      @Parameter(description = "Kecamatan code", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Paths.KECAMATAN) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "4") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = KEY_DESC, required = true, example = "5d6e7f80-91a2-4b32-8d4e-5f6a7b8c9d0e") @HeaderParam(IdempotencyService.HEADER) String key,
      @Parameter(description = SHEET_ETAG, required = true, example = "\"14\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull AksiRequest request) {
    return endpoints.actOnTriwulan(kecamatan, tahun, triwulan, key, ifMatch, Action.RETURN, request);
  }
}

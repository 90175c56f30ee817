package id.kinerja.realization.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.kinerja.common.security.Roles;
import id.kinerja.realization.domain.Workflow.Action;
import id.kinerja.realization.service.IdempotencyService;

@Path(Paths.TRIWULAN + "/anggaran/{kode}")
@Tag(name = "Realisasi anggaran", description = "Budget realisasi of one budget line in one triwulan, against its pagu: a"
    + " line without children (usually a sub kegiatan), or a line whose sub-lines are not itemised")
@Produces(APPLICATION_JSON)
public class RealisasiAnggaranResource {

  private static final String KEY_DESC = RealisasiIndikatorResource.KEY_DESC;

  @Inject
  RealisasiEndpoints endpoints;

  @GET
  @RolesAllowed({ Roles.OPERATOR, Roles.VERIFIER, Roles.BAGIAN_ORGANISASI, Roles.PLANNER, Roles.PIMPINAN })
  @Operation(operationId = "getRealisasiAnggaran", summary = "Read a budget cell with every version", description = RealisasiIndikatorResource.READ_ROLES_NOTE)
  @APIResponse(responseCode = "200", description = "The cell",
      headers = @Header(name = HttpHeaders.ETAG, description = "The cell's revisi", schema = @Schema(implementation = String.class)),
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = SelAnggaranView.class),
          examples = @ExampleObject(name = "cell", value = Examples.ANGGARAN_CELL)))
  public Response get(
      @Parameter(description = "Kecamatan code", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Paths.KECAMATAN) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "4") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = "SIPD code of the budget line", example = "7.01.05") @PathParam("kode") @Size(max = 60) String kode) {
    return endpoints.get(CellViews.ANGGARAN, kecamatan, tahun, triwulan, kode);
  }

  @PUT
  @Consumes(APPLICATION_JSON)
  @RolesAllowed(Roles.OPERATOR)
  @Operation(operationId = "saveRealisasiAnggaran", summary = "Enter (and optionally submit) a budget line's triwulan realisasi", description = "Creates version 1"
      + " (no If-Match) or edits the current DRAFT/RETURNED version (If-Match). Realisasi s.d. this triwulan above the pagu"
      + " is accepted with melebihiPagu=true and a warning, never silently. A PUT replaces the cell's entered content as a"
      + " whole: keterangan omitted (or null) is cleared. A line carries its realisasi itself or through the lines below"
      + " it, never both, in a year: a line above or below one with realisasi in the year is refused"
      + " (must-not-overlap-budget-line). Role: operator of the kecamatan.")
  @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RealisasiAnggaranRequest.class),
      examples = @ExampleObject(name = "single submit", value = Examples.ANGGARAN_SUBMIT)))
  @APIResponse(responseCode = "201", description = "Version 1 created",
      headers = { @Header(name = HttpHeaders.ETAG, description = "The cell's revisi", schema = @Schema(implementation = String.class)),
          @Header(name = HttpHeaders.LOCATION, description = "The cell", schema = @Schema(implementation = String.class)),
          @Header(name = IdempotencyService.REPLAYED, description = "true when this answer is a replay", schema = @Schema(implementation = String.class)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RealisasiAnggaranView.class),
          examples = @ExampleObject(name = "version", value = Examples.ANGGARAN_VERSION)))
  @APIResponse(responseCode = "200", description = "The current version was changed (or was already so)",
      headers = { @Header(name = HttpHeaders.ETAG, description = "The cell's revisi", schema = @Schema(implementation = String.class)),
          @Header(name = IdempotencyService.REPLAYED, description = "true when this answer is a replay", schema = @Schema(implementation = String.class)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RealisasiAnggaranView.class),
          examples = @ExampleObject(name = "version", value = Examples.ANGGARAN_VERSION)))
  @APIResponse(responseCode = "409", description = "The version is not editable, or the Idempotency-Key was used for another request")
  @APIResponse(responseCode = "412", description = "If-Match is not the cell's current ETag")
  @APIResponse(responseCode = "422", description = "Unknown budget line, a line above or below one that has realisasi in the year, no plan for the year, or the entry window is closed")
  @APIResponse(responseCode = "428", description = "The cell exists: If-Match is required")
  public Response put(
      @Parameter(description = "Kecamatan code", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Paths.KECAMATAN) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "4") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = "SIPD code of the budget line", example = "7.01.05") @PathParam("kode") @Size(max = 60) String kode,
      @Parameter(description = KEY_DESC, required = true, example = "c3d4e5f6-a7b8-4c1d-8e2f-3a4b5c6d7e8f") @HeaderParam(IdempotencyService.HEADER) String key,
      @Parameter(description = "The cell's ETag; omit only to create the cell (an existing cell answers 428 without it)", example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull RealisasiAnggaranRequest request) {
    return endpoints.put(CellViews.ANGGARAN, kecamatan, tahun, triwulan, kode, key, ifMatch, request);
  }

  @POST
  @Path("submit")
  @RolesAllowed(Roles.OPERATOR)
  @Operation(operationId = "ajukanRealisasiAnggaran", summary = "Submit the current version", description = "Role: operator of the kecamatan.")
  @APIResponse(responseCode = "200", description = "Submitted",
      headers = { @Header(name = HttpHeaders.ETAG, description = "The cell's revisi", schema = @Schema(implementation = String.class)),
          @Header(name = IdempotencyService.REPLAYED, description = "true when this answer is a replay", schema = @Schema(implementation = String.class)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RealisasiAnggaranView.class),
          examples = @ExampleObject(name = "version", value = Examples.ANGGARAN_VERSION)))
  @APIResponse(responseCode = "409", description = "Not DRAFT or RETURNED, or Idempotency-Key reused")
  @APIResponse(responseCode = "412", description = "If-Match is not the cell's current ETag")
  @APIResponse(responseCode = "422", description = "The entry window is closed")
  @APIResponse(responseCode = "428", description = "If-Match is required")
  public Response submit(
      @Parameter(description = "Kecamatan code", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Paths.KECAMATAN) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "4") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = "SIPD code of the budget line", example = "7.01.05") @PathParam("kode") @Size(max = 60) String kode,
      @Parameter(description = KEY_DESC, required = true, example = "d4e5f6a7-b8c9-4d1e-8f2a-3b4c5d6e7f80") @HeaderParam(IdempotencyService.HEADER) String key,
      @Parameter(description = "The cell's ETag", required = true, example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return endpoints.actOnCell(CellViews.ANGGARAN, kecamatan, tahun, triwulan, kode, key, ifMatch, Action.SUBMIT,
        AksiRequest.EMPTY);
  }

  @POST
  @Path("verify")
  @RolesAllowed(Roles.VERIFIER)
  @Operation(operationId = "verifikasiRealisasiAnggaran", summary = "Verify the submitted version", description = "Never by the submitter. Role: verifier of the kecamatan.")
  @APIResponse(responseCode = "200", description = "Verified",
      headers = { @Header(name = HttpHeaders.ETAG, description = "The cell's revisi", schema = @Schema(implementation = String.class)),
          @Header(name = IdempotencyService.REPLAYED, description = "true when this answer is a replay", schema = @Schema(implementation = String.class)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RealisasiAnggaranView.class),
          examples = @ExampleObject(name = "version", value = Examples.ANGGARAN_VERSION)))
  @APIResponse(responseCode = "409", description = "Not SUBMITTED, or Idempotency-Key reused")
  @APIResponse(responseCode = "412", description = "If-Match is not the cell's current ETag")
  @APIResponse(responseCode = "428", description = "If-Match is required")
  public Response verify(
      @Parameter(description = "Kecamatan code", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Paths.KECAMATAN) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "4") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = "SIPD code of the budget line", example = "7.01.05") @PathParam("kode") @Size(max = 60) String kode,
      @Parameter(description = KEY_DESC, required = true, example = "e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7081") @HeaderParam(IdempotencyService.HEADER) String key,
      @Parameter(description = "The cell's ETag", required = true, example = "\"2\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return endpoints.actOnCell(CellViews.ANGGARAN, kecamatan, tahun, triwulan, kode, key, ifMatch, Action.VERIFY,
        AksiRequest.EMPTY);
  }

  @POST
  @Path("approve")
  @RolesAllowed(Roles.VERIFIER)
  @Operation(operationId = "setujuiRealisasiAnggaran", summary = "Approve the verified version", description = "Never by the submitter. Role: verifier of the kecamatan.")
  @APIResponse(responseCode = "200", description = "Approved",
      headers = { @Header(name = HttpHeaders.ETAG, description = "The cell's revisi", schema = @Schema(implementation = String.class)),
          @Header(name = IdempotencyService.REPLAYED, description = "true when this answer is a replay", schema = @Schema(implementation = String.class)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RealisasiAnggaranView.class),
          examples = @ExampleObject(name = "version", value = Examples.ANGGARAN_VERSION)))
  @APIResponse(responseCode = "409", description = "Not VERIFIED, or Idempotency-Key reused")
  @APIResponse(responseCode = "412", description = "If-Match is not the cell's current ETag")
  @APIResponse(responseCode = "428", description = "If-Match is required")
  public Response approve(
      @Parameter(description = "Kecamatan code", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Paths.KECAMATAN) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "4") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = "SIPD code of the budget line", example = "7.01.05") @PathParam("kode") @Size(max = 60) String kode,
      @Parameter(description = KEY_DESC, required = true, example = "f6a7b8c9-d0e1-4f2a-8b3c-4d5e6f708192") @HeaderParam(IdempotencyService.HEADER) String key,
      @Parameter(description = "The cell's ETag", required = true, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return endpoints.actOnCell(CellViews.ANGGARAN, kecamatan, tahun, triwulan, kode, key, ifMatch, Action.APPROVE,
        AksiRequest.EMPTY);
  }

  @POST
  @Path("return")
  @Consumes(APPLICATION_JSON)
  @RolesAllowed({ Roles.VERIFIER, Roles.BAGIAN_ORGANISASI })
  @Operation(operationId = "kembalikanRealisasiAnggaran", summary = "Return the version to the operator", description = "Reason code required. Roles: verifier of the"
      + " kecamatan (never the submitter), bagian-organisasi of the kabupaten.")
  @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = AksiRequest.class),
      examples = @ExampleObject(name = "return", value = Examples.RETURN)))
  @APIResponse(responseCode = "200", description = "Returned",
      headers = { @Header(name = HttpHeaders.ETAG, description = "The cell's revisi", schema = @Schema(implementation = String.class)),
          @Header(name = IdempotencyService.REPLAYED, description = "true when this answer is a replay", schema = @Schema(implementation = String.class)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RealisasiAnggaranView.class),
          examples = @ExampleObject(name = "version", value = Examples.ANGGARAN_VERSION)))
  @APIResponse(responseCode = "409", description = "Not SUBMITTED or VERIFIED, or Idempotency-Key reused")
  @APIResponse(responseCode = "412", description = "If-Match is not the cell's current ETag")
  @APIResponse(responseCode = "428", description = "If-Match is required")
  public Response returnVersion(
      @Parameter(description = "Kecamatan code", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Paths.KECAMATAN) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "4") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = "SIPD code of the budget line", example = "7.01.05") @PathParam("kode") @Size(max = 60) String kode,
      @Parameter(description = KEY_DESC, required = true, example = "a7b8c9d0-e1f2-4a3b-8c4d-5e6f708192a3") @HeaderParam(IdempotencyService.HEADER) String key,
      @Parameter(description = "The cell's ETag", required = true, example = "\"2\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull AksiRequest request) {
    return endpoints.actOnCell(CellViews.ANGGARAN, kecamatan, tahun, triwulan, kode, key, ifMatch, Action.RETURN,
        request);
  }

  @POST
  @Path("corrections")
  @Consumes(APPLICATION_JSON)
  @RolesAllowed(Roles.OPERATOR)
  @Operation(operationId = "koreksiRealisasiAnggaran", summary = "Correct an approved budget realisasi: open version n+1", description = "Version n stays readable"
      + " and official until n+1 is approved. Role: operator of the kecamatan.")
  @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = KoreksiAnggaranRequest.class),
      examples = @ExampleObject(name = "correction", value = Examples.ANGGARAN_CORRECTION)))
  @APIResponse(responseCode = "201", description = "Version n+1 opened",
      headers = { @Header(name = HttpHeaders.ETAG, description = "The cell's revisi", schema = @Schema(implementation = String.class)),
          @Header(name = HttpHeaders.LOCATION, description = "The cell", schema = @Schema(implementation = String.class)),
          @Header(name = IdempotencyService.REPLAYED, description = "true when this answer is a replay", schema = @Schema(implementation = String.class)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RealisasiAnggaranView.class),
          examples = @ExampleObject(name = "version 2", value = Examples.ANGGARAN_CORRECTED_VERSION)))
  @APIResponse(responseCode = "409", description = "The current version is not APPROVED, or Idempotency-Key reused")
  @APIResponse(responseCode = "412", description = "If-Match is not the cell's current ETag")
  @APIResponse(responseCode = "422", description = "Unknown budget line or the entry window is closed")
  @APIResponse(responseCode = "428", description = "If-Match is required")
  public Response correct(
      @Parameter(description = "Kecamatan code", example = "35.02.08") @PathParam("kecamatan") @Pattern(regexp = Paths.KECAMATAN) String kecamatan,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "4") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = "SIPD code of the budget line", example = "7.01.05") @PathParam("kode") @Size(max = 60) String kode,
      @Parameter(description = KEY_DESC, required = true, example = "b8c9d0e1-f2a3-4b4c-8d5e-6f708192a3b4") @HeaderParam(IdempotencyService.HEADER) String key,
      @Parameter(description = "The cell's ETag", required = true, example = "\"4\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull KoreksiAnggaranRequest request) {
    return endpoints.correct(CellViews.ANGGARAN, kecamatan, tahun, triwulan, kode, key, ifMatch, request);
  }
}

package id.kinerja.planning.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import id.kinerja.common.problem.ProblemException;
import id.kinerja.common.rest.ETags;
import id.kinerja.common.security.Caller;
import id.kinerja.common.security.Roles;
import id.kinerja.planning.domain.Jadwal;
import id.kinerja.planning.service.JadwalService;

@Tag(name = "Jadwal", description = "Reporting calendar: entry windows per triwulan and reopenings")
@Produces(APPLICATION_JSON)
@Path("/api/kabupaten/{kode}/jadwal")
public class JadwalResource {

  @Inject
  JadwalService service;

  @Inject
  Caller caller;

  @GET
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.OPERATOR, Roles.VERIFIER })
  @Operation(summary = "List the calendar of a kabupaten")
  @APIResponse(responseCode = "200", description = "One page of triwulan windows",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.JadwalPage.class),
          examples = @ExampleObject(name = "ponorogo", value = PlanningExamples.JADWAL_PAGE)))
  public Views.JadwalPage list(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kode") @Pattern(regexp = KecamatanResource.KAB) String kode,
      @Parameter(description = "Year", example = "2024") @QueryParam("tahun") @Min(2000) @Max(2100) Integer tahun,
      @Parameter(description = "0-based page", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @Parameter(description = "Page size, at most 500", example = "50") @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    caller.requireKabupaten(kode, "kabupaten " + kode);
    return new Views.JadwalPage(service.list(kode, tahun, page, size).stream().map(this::view).toList(), page, size,
        service.count(kode, tahun));
  }

  @GET
  @Path("/{tahun}/{triwulan}")
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.OPERATOR, Roles.VERIFIER })
  @Operation(summary = "Read the calendar of one triwulan")
  @APIResponse(responseCode = "200", description = "The window and its reopenings; versi in the ETag",
      headers = @Header(name = HttpHeaders.ETAG, description = "Version to send in If-Match", schema = @Schema(implementation = String.class)),
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.JadwalView.class),
          examples = @ExampleObject(name = "tw2", value = PlanningExamples.JADWAL_VIEW)))
  public Response get(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kode") @Pattern(regexp = KecamatanResource.KAB) String kode,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "2") @PathParam("triwulan") @Min(1) @Max(4) int triwulan) {
    caller.requireKabupaten(kode, "kabupaten " + kode);
    Jadwal j = service.find(kode, tahun, triwulan)
        .orElseThrow(() -> ProblemException.notFound("jadwal " + kode + " " + tahun + " TW " + triwulan));
    return Response.ok(view(j)).tag(ETags.of(j.versi)).build();
  }

  @PUT
  @Path("/{tahun}/{triwulan}")
  @Consumes(APPLICATION_JSON)
  @RolesAllowed(Roles.PLANNER)
  @Operation(summary = "Set the entry window of a triwulan",
      description = "Entry opens (inclusive) before it closes (exclusive); verification closes no earlier. Reopenings already "
          + "granted stay. Each change is announced as planning.jadwal.published with versi + 1.")
  @APIResponse(responseCode = "200", description = "Saved",
      headers = @Header(name = HttpHeaders.ETAG, description = "New version", schema = @Schema(implementation = String.class)),
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.JadwalView.class),
          examples = @ExampleObject(name = "tw2", value = PlanningExamples.JADWAL_VIEW)))
  @APIResponse(responseCode = "412", description = "If-Match is not the current version")
  @APIResponse(responseCode = "428", description = "Changing an existing window needs If-Match")
  public Response put(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kode") @Pattern(regexp = KecamatanResource.KAB) String kode,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "2") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = "ETag of the version being changed", example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.JadwalRequest.class),
          examples = @ExampleObject(name = "tw2", value = PlanningExamples.JADWAL))) @Valid @NotNull Views.JadwalRequest request) {
    caller.requireKabupatenRole(kode, Roles.PLANNER);
    Jadwal j = service.save(kode, tahun, triwulan, new JadwalService.Jendela(request.inputDibuka().toInstant(),
        request.inputDitutup().toInstant(), request.verifikasiDitutup() == null ? null : request.verifikasiDitutup().toInstant()),
        ETags.parseIfMatch(ifMatch), caller.user());
    return Response.ok(view(j)).tag(ETags.of(j.versi)).build();
  }

  @POST
  @Path("/{tahun}/{triwulan}/perpanjangan")
  @Consumes(APPLICATION_JSON)
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI })
  @Operation(summary = "Reopen entry after closing (perpanjangan)",
      description = "For one kecamatan, or for all when kecamatanKode is null, until `sampai`, with a reason. Entries made in a "
          + "reopening are marked late by the realization service. Announced as planning.jadwal.published with versi + 1.")
  @APIResponse(responseCode = "200", description = "Reopened",
      headers = @Header(name = HttpHeaders.ETAG, description = "New version", schema = @Schema(implementation = String.class)),
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.JadwalView.class),
          examples = @ExampleObject(name = "tw2", value = PlanningExamples.JADWAL_VIEW)))
  @APIResponse(responseCode = "412", description = "If-Match is not the current version")
  @APIResponse(responseCode = "428", description = "If-Match is required")
  public Response perpanjang(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kode") @Pattern(regexp = KecamatanResource.KAB) String kode,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "2") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = "ETag of the version being changed", example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.PerpanjanganRequest.class),
          examples = @ExampleObject(name = "mlarak", value = PlanningExamples.PERPANJANGAN))) @Valid @NotNull Views.PerpanjanganRequest request) {
    caller.requireKabupatenRole(kode, Roles.PLANNER, Roles.BAGIAN_ORGANISASI);
    Jadwal j = service.perpanjang(kode, tahun, triwulan, request.kecamatanKode(), request.sampai().toInstant(), request.alasan(),
        ETags.parseIfMatch(ifMatch), caller.user());
    return Response.ok(view(j)).tag(ETags.of(j.versi)).build();
  }

  private Views.JadwalView view(Jadwal j) {
    return new Views.JadwalView(j.kabupatenKode, j.tahun, j.triwulan, j.versi, j.inputDibuka, j.inputDitutup,
        j.verifikasiDitutup, service.perpanjangan(j).stream()
            .map(p -> new Views.PerpanjanganView(p.kecamatanKode(), p.sampai(), p.alasan(), p.oleh())).toList(),
        j.updatedAt, j.updatedBy);
  }
}

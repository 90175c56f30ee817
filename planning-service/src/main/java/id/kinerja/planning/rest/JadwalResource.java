package id.kinerja.planning.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import java.time.ZoneId;

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

import id.kinerja.common.problem.Problem;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.common.rest.ETags;
import id.kinerja.common.security.Roles;
import id.kinerja.common.time.ZonaWaktu;
import id.kinerja.planning.domain.Jadwal;
import id.kinerja.planning.domain.PlanningMessages;
import id.kinerja.planning.domain.rules.JadwalRules;
import id.kinerja.planning.service.JadwalService;

@Tag(name = "Jadwal", description = "Reporting calendar: entry windows per triwulan and reopenings")
@Produces(APPLICATION_JSON)
@Path("/api/kabupaten/{kode}/jadwal")
public class JadwalResource extends PlanningResource {

  @Inject
  JadwalService service;

  @GET
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.OPERATOR, Roles.VERIFIER })
  @Operation(operationId = "listJadwal", summary = "List the calendar of a kabupaten")
  @APIResponse(responseCode = "200", description = "One page of triwulan windows",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.JadwalPage.class),
          examples = @ExampleObject(name = "ponorogo", value = PlanningExamples.JADWAL_PAGE)))
  public Views.JadwalPage list(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kode") @Pattern(regexp = KecamatanResource.KAB) String kode,
      @Parameter(description = "Year", example = "2024") @QueryParam("tahun") @Min(2000) @Max(2100) Integer tahun,
      @Parameter(description = "0-based page, at most 100000", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
      @Parameter(description = "Page size, at most 500", example = "50") @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    caller.requireKabupaten(kode);
    return Endpoints.page(service.list(kode, tahun, page, size), this::view, page, size, Views.JadwalPage::new);
  }

  @GET
  @Path("/{tahun}/{triwulan}")
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.OPERATOR, Roles.VERIFIER })
  @Operation(operationId = "getJadwal", summary = "Read the calendar of one triwulan")
  @APIResponse(responseCode = "200", description = "The window and its reopenings; versi in the ETag",
      headers = @Header(name = HttpHeaders.ETAG, description = "Version to send in If-Match", schema = @Schema(implementation = String.class)),
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.JadwalView.class),
          examples = @ExampleObject(name = "tw2", value = PlanningExamples.JADWAL_VIEW)))
  public Response get(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kode") @Pattern(regexp = KecamatanResource.KAB) String kode,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "2") @PathParam("triwulan") @Min(1) @Max(4) int triwulan) {
    caller.requireKabupaten(kode);
    Jadwal j = service.find(kode, tahun, triwulan).orElseThrow(() -> ProblemException.notFound(PlanningMessages.THING_JADWAL,
        "kabupaten", kode, "tahun", tahun, "triwulan", triwulan));
    return Endpoints.versioned(view(j), j.versi);
  }

  @PUT
  @Path("/{tahun}/{triwulan}")
  @Consumes(APPLICATION_JSON)
  @RolesAllowed(Roles.PLANNER)
  @Operation(operationId = "saveJadwal", summary = "Set the entry window of a triwulan",
      description = "Times are local to the kabupaten (its zonaWaktu): a date such as 2024-07-10 opens at 00:00 of that day "
          + "(inputDibuka) or closes at its end, 00:00 of the next day (inputDitutup, verifikasiDitutup); a date-time with "
          + "offset is taken as it is. Entry opens (inclusive) before it closes (exclusive); verification closes no earlier. "
          + "Reopenings already granted stay. Each change is announced as planning.jadwal.published with versi + 1.")
  @APIResponse(responseCode = "200", description = "Saved",
      headers = @Header(name = HttpHeaders.ETAG, description = "New version", schema = @Schema(implementation = String.class)),
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.JadwalView.class),
          examples = @ExampleObject(name = "tw2", value = PlanningExamples.JADWAL_VIEW)))
  @APIResponse(responseCode = "400", description = "A time is neither a date nor a date-time with offset, or the window closes "
      + "before it opens; every error is listed",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "closes first", value = PlanningExamples.JADWAL_CLOSES_FIRST)))
  @APIResponse(responseCode = "412", description = "If-Match is not the current version")
  @APIResponse(responseCode = "428", description = "Changing an existing window needs If-Match")
  public Response put(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kode") @Pattern(regexp = KecamatanResource.KAB) String kode,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "2") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = "ETag of the window being changed. Required to change an existing window (428 without it); absent when creating it", example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.JadwalRequest.class),
          examples = { @ExampleObject(name = "tanggal", summary = "Local dates: 1 through 10 Juli", value = PlanningExamples.JADWAL),
              @ExampleObject(name = "tanggal-waktu", summary = "The same window as date-times with offset",
                  value = PlanningExamples.JADWAL_DATE_TIME) })) @Valid @NotNull Views.JadwalRequest request) {
    caller.requireKabupatenRole(kode, Roles.PLANNER);
    Jadwal j = service.save(kode, tahun, triwulan, new JadwalService.Masukan(request.inputDibuka(), request.inputDitutup(),
        request.verifikasiDitutup()), ETags.parseIfMatch(ifMatch), caller.user());
    return Endpoints.versioned(view(j), j.versi);
  }

  @POST
  @Path("/{tahun}/{triwulan}/perpanjangan")
  @Consumes(APPLICATION_JSON)
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI })
  @Operation(operationId = "grantPerpanjangan", summary = "Reopen entry after closing (perpanjangan)",
      description = "For one kecamatan, or for all when kecamatanKode is absent, until `sampai` (a date ends with that local day "
          + "of the kabupaten), with a reason. A second reopening of the same kecamatan (or of all) replaces the first. Entries "
          + "made in a reopening are marked late by the realization service. Announced as planning.jadwal.published with versi + 1.")
  @APIResponse(responseCode = "200", description = "Reopened",
      headers = @Header(name = HttpHeaders.ETAG, description = "New version", schema = @Schema(implementation = String.class)),
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.JadwalView.class),
          examples = @ExampleObject(name = "tw2", value = PlanningExamples.JADWAL_VIEW)))
  @APIResponse(responseCode = "400", description = "sampai is not after the closing, or the kecamatan is not the kabupaten's",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "too early", value = PlanningExamples.PERPANJANGAN_TOO_EARLY)))
  @APIResponse(responseCode = "412", description = "If-Match is not the current version")
  @APIResponse(responseCode = "428", description = "If-Match is required")
  public Response perpanjang(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kode") @Pattern(regexp = KecamatanResource.KAB) String kode,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun,
      @Parameter(description = "Triwulan 1–4", example = "2") @PathParam("triwulan") @Min(1) @Max(4) int triwulan,
      @Parameter(description = "ETag of the calendar being changed (versi)", required = true, example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.PerpanjanganRequest.class),
          examples = @ExampleObject(name = "mlarak", value = PlanningExamples.PERPANJANGAN))) @Valid @NotNull Views.PerpanjanganRequest request) {
    caller.requireKabupatenRole(kode, Roles.PLANNER, Roles.BAGIAN_ORGANISASI);
    Jadwal j = service.perpanjang(kode, tahun, triwulan, request.kecamatanKode(), request.sampai(), request.alasan(),
        ETags.parseIfMatch(ifMatch), caller.user());
    return Endpoints.versioned(view(j), j.versi);
  }

  private Views.JadwalView view(Jadwal j) {
    ZonaWaktu zona = zones.zonaWaktu(j.kabupatenKode).orElseGet(() -> ZonaWaktu.ofProvinsi(j.kabupatenKode));
    ZoneId zone = zona.zone();
    return new Views.JadwalView(j.kabupatenKode, j.tahun, j.triwulan, j.versi, zona, j.inputDibuka, j.inputDitutup,
        JadwalRules.hariTerakhir(j.inputDitutup, zone), j.verifikasiDitutup, JadwalRules.hariTerakhir(j.verifikasiDitutup, zone),
        service.perpanjangan(j).stream().map(p -> new Views.PerpanjanganView(p.kecamatanKode(), p.sampai(),
            JadwalRules.hariTerakhir(p.sampai(), zone), p.alasan(), p.oleh())).toList(),
        j.updatedAt, j.updatedBy);
  }
}

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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.kinerja.common.problem.Problem;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.common.security.Roles;
import id.kinerja.planning.domain.Penerima;
import id.kinerja.planning.domain.PlanningMessages;
import id.kinerja.planning.service.PenerimaService;

@Tag(name = "Penerima", description = "E-mail addresses that deadline reminders and notifications go to")
@Produces(APPLICATION_JSON)
@Path("/api/kabupaten/{kode}/penerima")
public class PenerimaResource extends PlanningResource {

  private static final String USERNAME = "[A-Za-z0-9][A-Za-z0-9._@-]{0,99}";
  private static final String NIP = "\\d{18}";

  @Inject
  PenerimaService service;

  @GET
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI })
  @Operation(operationId = "listPenerima", summary = "List the kabupaten's e-mail addresses for notifications",
      description = "Users (by username) and officials (by NIP), each with the roles it receives notifications in. Changes "
          + "are announced to the realization service as planning.penerima.published.")
  @APIResponse(responseCode = "200", description = "One page of addresses",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = PenerimaViews.PenerimaPage.class),
          examples = @ExampleObject(name = "mlarak", value = PlanningExamples.PENERIMA_PAGE)))
  public PenerimaViews.PenerimaPage list(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kode") @Pattern(regexp = KecamatanResource.KAB) String kode,
      @Parameter(description = "0-based page, at most 100000", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
      @Parameter(description = "Page size, at most 500", example = "50") @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    caller.requireKabupatenRole(kode, Roles.PLANNER, Roles.BAGIAN_ORGANISASI);
    return Endpoints.page(service.list(kode, page, size), PenerimaResource::view, page, size, PenerimaViews.PenerimaPage::new);
  }

  @PUT
  @Path("/pengguna/{username}")
  @Consumes(APPLICATION_JSON)
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI })
  @Operation(operationId = "savePenggunaPenerima", summary = "Record a user's e-mail address",
      description = "Creates or replaces the address of the user with this username (as their token names them), with the "
          + "role they act in and, for operator and verifier, their kecamatan.")
  @APIResponse(responseCode = "200", description = "Saved",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = PenerimaViews.PenerimaView.class),
          examples = @ExampleObject(name = "operator", value = PlanningExamples.PENERIMA_PENGGUNA)))
  @APIResponse(responseCode = "400", description = "Not an e-mail address, a kecamatan role without its kecamatan (or a "
      + "kabupaten-wide role with one), or a kecamatan of another kabupaten; every error is listed",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "surel", value = PlanningExamples.PENERIMA_BAD_SUREL)))
  public PenerimaViews.PenerimaView savePengguna(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kode") @Pattern(regexp = KecamatanResource.KAB) String kode,
      @Parameter(description = "Username as in the token", example = "operator.mlarak") @PathParam("username") @Pattern(regexp = USERNAME) String username,
      @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = PenerimaViews.PenggunaRequest.class),
          examples = @ExampleObject(name = "operator", value = PlanningExamples.PENERIMA_PENGGUNA_REQUEST))) @Valid @NotNull PenerimaViews.PenggunaRequest request) {
    caller.requireKabupatenRole(kode, Roles.PLANNER, Roles.BAGIAN_ORGANISASI);
    return view(service.savePengguna(kode, username, new PenerimaService.Pengguna(request.nama(), request.surel(),
        request.peran(), request.kecamatanKode(), Boolean.TRUE.equals(request.berhentiBerlangganan())), caller.user()));
  }

  @PUT
  @Path("/pejabat/{nip}")
  @Consumes(APPLICATION_JSON)
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI })
  @Operation(operationId = "savePejabatPenerima", summary = "Record an official's e-mail address",
      description = "The official is found by NIP among the kecamatan of the kabupaten; the role follows the position: Camat "
          + "and Sekcam verify, Kasubag, Kasi and staff enter realisasi, the Bupati leads. The address follows the NIP when "
          + "the officials of a kecamatan are saved again.")
  @APIResponse(responseCode = "200", description = "Saved",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = PenerimaViews.PenerimaView.class),
          examples = @ExampleObject(name = "camat", value = PlanningExamples.PENERIMA_PEJABAT)))
  @APIResponse(responseCode = "400", description = "Not an e-mail address, or no official with this NIP in the kabupaten",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "nip", value = PlanningExamples.PENERIMA_UNKNOWN_NIP)))
  public PenerimaViews.PenerimaView savePejabat(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kode") @Pattern(regexp = KecamatanResource.KAB) String kode,
      @Parameter(description = "18-digit NIP", example = "197906081998021001") @PathParam("nip") @Pattern(regexp = NIP) String nip,
      @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = PenerimaViews.PejabatRequest.class),
          examples = @ExampleObject(name = "camat", value = PlanningExamples.PENERIMA_PEJABAT_REQUEST))) @Valid @NotNull PenerimaViews.PejabatRequest request) {
    caller.requireKabupatenRole(kode, Roles.PLANNER, Roles.BAGIAN_ORGANISASI);
    return view(service.savePejabat(kode, nip, request.surel(), Boolean.TRUE.equals(request.berhentiBerlangganan()),
        caller.user()));
  }

  @DELETE
  @Path("/pengguna/{username}")
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI })
  @Operation(operationId = "deletePenggunaPenerima", summary = "Remove a user's e-mail address")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "404", description = "No address for this username")
  public void deletePengguna(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kode") @Pattern(regexp = KecamatanResource.KAB) String kode,
      @Parameter(description = "Username as in the token", example = "operator.mlarak") @PathParam("username") @Pattern(regexp = USERNAME) String username) {
    caller.requireKabupatenRole(kode, Roles.PLANNER, Roles.BAGIAN_ORGANISASI);
    service.delete(kode, Penerima.Jenis.PENGGUNA, username);
  }

  @DELETE
  @Path("/pejabat/{nip}")
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI })
  @Operation(operationId = "deletePejabatPenerima", summary = "Remove an official's e-mail address")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "404", description = "No address for this NIP")
  public void deletePejabat(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kode") @Pattern(regexp = KecamatanResource.KAB) String kode,
      @Parameter(description = "18-digit NIP", example = "197906081998021001") @PathParam("nip") @Pattern(regexp = NIP) String nip) {
    caller.requireKabupatenRole(kode, Roles.PLANNER, Roles.BAGIAN_ORGANISASI);
    service.delete(kode, Penerima.Jenis.PEJABAT, nip);
  }

  @GET
  @Path("/saya")
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.OPERATOR, Roles.VERIFIER })
  @Operation(operationId = "getPenerimaSaya", summary = "The caller's own e-mail address for notifications")
  @APIResponse(responseCode = "200", description = "The caller's address",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = PenerimaViews.PenerimaView.class),
          examples = @ExampleObject(name = "operator", value = PlanningExamples.PENERIMA_PENGGUNA)))
  @APIResponse(responseCode = "404", description = "No address is recorded for the caller's username")
  public PenerimaViews.PenerimaView saya(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kode") @Pattern(regexp = KecamatanResource.KAB) String kode) {
    caller.requireKabupaten(kode);
    return view(service.find(kode, Penerima.Jenis.PENGGUNA, caller.user()).orElseThrow(() -> ProblemException.notFound(
        PlanningMessages.THING_PENERIMA, "id", Penerima.Jenis.PENGGUNA.id(caller.user()), "kabupaten", kode)));
  }

  @PUT
  @Path("/saya/berlangganan")
  @Consumes(APPLICATION_JSON)
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.OPERATOR, Roles.VERIFIER })
  @Operation(operationId = "saveBerlanggananSaya", summary = "Stop or resume the caller's own e-mail",
      description = "Whoever has an address recorded under their username may opt out of e-mail (and back in) themselves.")
  @APIResponse(responseCode = "200", description = "Saved",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = PenerimaViews.PenerimaView.class),
          examples = @ExampleObject(name = "operator", value = PlanningExamples.PENERIMA_PENGGUNA)))
  @APIResponse(responseCode = "404", description = "No address is recorded for the caller's username")
  public PenerimaViews.PenerimaView berlangganan(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kode") @Pattern(regexp = KecamatanResource.KAB) String kode,
      @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = PenerimaViews.BerlanggananRequest.class),
          examples = @ExampleObject(name = "berhenti", value = "{\"berhentiBerlangganan\": true}"))) @Valid @NotNull PenerimaViews.BerlanggananRequest request) {
    caller.requireKabupaten(kode);
    return view(service.berlangganan(kode, caller.user(), request.berhentiBerlangganan(), caller.user()));
  }

  private static PenerimaViews.PenerimaView view(PenerimaService.Tercatat t) {
    Penerima p = t.penerima();
    String nama = p.jenis == Penerima.Jenis.PEJABAT ? t.entri().stream().map(e -> e.nama()).findFirst().orElse(null) : p.nama;
    return new PenerimaViews.PenerimaView(p.jenis.id(p.kunci), p.jenis.name(), p.kunci, nama, p.surel,
        p.berhentiBerlangganan, t.entri().stream().map(e -> new PenerimaViews.TugasView(e.peran(), e.kecamatanKode())).toList(),
        p.versi, p.updatedAt, p.updatedBy);
  }
}

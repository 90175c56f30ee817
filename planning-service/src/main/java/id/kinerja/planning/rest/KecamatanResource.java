package id.kinerja.planning.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.common.rest.ETags;
import id.kinerja.common.security.Roles;
import id.kinerja.planning.domain.Desa;
import id.kinerja.planning.domain.Kecamatan;
import id.kinerja.planning.domain.dokumen.KecamatanDok;
import id.kinerja.planning.domain.rules.DokumenSchema;
import id.kinerja.planning.domain.rules.RenstraIndex;
import id.kinerja.planning.service.KecamatanService;

@Tag(name = "Kecamatan", description = "Kecamatan master data: desa/kelurahan, work units, officials")
@Produces(APPLICATION_JSON)
@Path("/api")
public class KecamatanResource extends PlanningResource {

  static final String KAB = "\\d{2}\\.\\d{2}";
  static final String KEC = "\\d{2}\\.\\d{2}\\.\\d{2}";

  @Inject
  KecamatanService service;

  @GET
  @Path("/kecamatan/{kode}")
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.OPERATOR, Roles.VERIFIER })
  @Operation(operationId = "getKecamatan", summary = "Read a kecamatan with its desa, units and officials")
  @APIResponse(responseCode = "200", description = "The kecamatan; its versi is in the ETag",
      headers = @Header(name = HttpHeaders.ETAG, description = "Version to send in If-Match", schema = @Schema(implementation = String.class)),
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.KecamatanView.class),
          examples = @ExampleObject(name = "mlarak", value = PlanningExamples.KECAMATAN_VIEW)))
  public Response get(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.08") @PathParam("kode") @Pattern(regexp = KEC) String kode) {
    Endpoints.requireRead(caller, kode);
    Kecamatan k = service.find(kode).orElseThrow(() -> ProblemException.notFound(CommonMessages.THING_KECAMATAN, "kode", kode));
    return Endpoints.versioned(view(k), k.versi);
  }

  @PUT
  @Path("/kecamatan/{kode}")
  @Consumes(APPLICATION_JSON)
  @RolesAllowed(Roles.PLANNER)
  @Operation(operationId = "saveKecamatan", summary = "Create or change a kecamatan",
      description = "The body is the kecamatan part of the plan document (docs/planning/rencana-import.v1.schema.json). "
          + "Desa codes extend the kecamatan code; an official who is pihak pertama of a PK cannot be removed. "
          + "Creating needs no If-Match, changing needs the current ETag. A change is announced as planning.kecamatan.registered.")
  @APIResponse(responseCode = "200", description = "Saved (unchanged content keeps its versi and publishes nothing)",
      headers = @Header(name = HttpHeaders.ETAG, description = "New version", schema = @Schema(implementation = String.class)),
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.KecamatanView.class),
          examples = @ExampleObject(name = "mlarak", value = PlanningExamples.KECAMATAN_VIEW)))
  @APIResponse(responseCode = "412", description = "If-Match is not the current version")
  @APIResponse(responseCode = "422", description = "The kabupaten has no settings yet")
  @APIResponse(responseCode = "428", description = "Changing an existing kecamatan needs If-Match")
  public Response put(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.08") @PathParam("kode") @Pattern(regexp = KEC) String kode,
      @Parameter(description = "ETag of the version being changed. Required to change an existing kecamatan (428 without it); absent when creating it", example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = KecamatanDok.class),
          examples = @ExampleObject(name = "mlarak", value = PlanningExamples.KECAMATAN))) String body) {
    Endpoints.requirePlanner(caller, kode);
    KecamatanDok request = JsonBodies.read(JsonBodies.parse(body), DokumenSchema.Part.KECAMATAN, KecamatanDok.class);
    Kecamatan k = service.save(kode, request, ETags.parseIfMatch(ifMatch), caller.user());
    return Endpoints.versioned(view(k), k.versi);
  }

  private Views.KecamatanView view(Kecamatan k) {
    KecamatanDok d = stored.kecamatan(k);
    return new Views.KecamatanView(k.kabupatenKode, k.kode, k.kodeBps, k.nama, k.alamat, d.desa(), d.unitKerja(), d.pejabat(),
        d.tugasPokok(), d.fungsi(), d.dasarHukum(), k.versi, k.updatedAt, k.updatedBy);
  }

  @GET
  @Path("/kecamatan/{kode}/iku")
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.OPERATOR, Roles.VERIFIER })
  @Tag(name = "Renstra")
  @Operation(operationId = "listIku", summary = "The IKU of a kecamatan for a year",
      description = "The indicators marked iku in the Renstra in force for the year: definition, formula, unit, data source, "
          + "penanggung jawab and the Renstra target of the year (the PK in force may set another; see rencana-kinerja).")
  @APIResponse(responseCode = "200", description = "One page of IKU entries",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.IkuPage.class),
          examples = @ExampleObject(name = "mlarak", value = PlanningExamples.IKU_PAGE)))
  public Views.IkuPage iku(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.08") @PathParam("kode") @Pattern(regexp = KEC) String kode,
      @Parameter(description = "Year", example = "2024", required = true) @QueryParam("tahun") @jakarta.validation.constraints.NotNull @Min(2000) @Max(2100) Integer tahun,
      @Parameter(description = "0-based page, at most 100000", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
      @Parameter(description = "Page size, at most 500", example = "50") @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    Endpoints.requireRead(caller, kode);
    java.util.List<Views.IkuView> all = new java.util.ArrayList<>();
    stored.renstraInForce(kode, tahun).map(stored::renstra).ifPresent(r -> {
      RenstraIndex index = new RenstraIndex(r);
      index.indikator().values().stream().filter(i -> Boolean.TRUE.equals(i.iku())).forEach(i -> {
        var d = i.ikuDetail();
        all.add(new Views.IkuView(i.kode(), i.nama(), i.satuan(), index.induk(i.kode()), d == null ? null : d.definisi(),
            d == null ? null : d.rumus(), d == null ? null : d.sumberData(), d == null ? null : d.penanggungJawab(),
            i.polarity(),
            i.targetTahunan().stream().filter(t -> t.tahun() == tahun.intValue()).map(t -> t.target()).findFirst().orElse(null),
            i.targetAkhir()));
      });
    });
    int from = Math.min(all.size(), page * size);
    return new Views.IkuPage(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
  }
}

package id.kinerja.planning.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

import id.kinerja.common.problem.Problem;
import id.kinerja.common.rest.ETags;
import id.kinerja.common.security.Roles;
import id.kinerja.planning.domain.TautanKinerja;
import id.kinerja.planning.domain.dokumen.TautanDok;
import id.kinerja.planning.service.TautanService;

@Tag(name = "Tautan kinerja", description = "Links of a kecamatan Renstra upward to the kabupaten's RPJMD (cascading, issue #19)")
@Produces(APPLICATION_JSON)
@Path("/api/kecamatan/{kode}/renstra/{renstra}/tautan")
public class TautanResource extends PlanningResource {

  @Inject
  TautanService service;

  @GET
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.OPERATOR, Roles.VERIFIER })
  @Operation(operationId = "getTautanKinerja", summary = "Read the links of a Renstra with the current warnings",
      description = "Read like the Renstra. The warnings are computed from the current plan: the nodes that link nowhere "
          + "(tanpaTautan) and the stored links the plan or the RPJMD no longer satisfies (tautanRusak). While no links "
          + "were saved: versi 0, no links, no ETag.")
  @APIResponse(responseCode = "200", description = "The links and the warnings; versi in the ETag once saved",
      headers = @Header(name = HttpHeaders.ETAG, description = "Version to send in If-Match (absent while no links were saved)",
          schema = @Schema(implementation = String.class)),
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = CascadeViews.TautanView.class),
          examples = @ExampleObject(name = "mlarak", value = CascadeExamples.TAUTAN_VIEW)))
  public Response get(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.08") @PathParam("kode") @Pattern(regexp = KecamatanResource.KEC) String kode,
      @Parameter(description = "Renstra kode", example = "RENSTRA-MLARAK-2024-2026") @PathParam("renstra") @Size(max = 80) String renstra) {
    Endpoints.requireRead(caller, kode);
    return answer(service.keadaan(kode, renstra));
  }

  @PUT
  @Consumes(APPLICATION_JSON)
  @RolesAllowed(Roles.PLANNER)
  @Operation(operationId = "saveTautanKinerja", summary = "Save the links of a Renstra upward (replaces them all)",
      description = "By the kabupaten's planner. Allowed links: TUJUAN → RPJMD_SASARAN | RPJMD_TUJUAN; SASARAN → "
          + "RPJMD_SASARAN | SASARAN (a sasaran program serving a sasaran strategis); PK_INDIKATOR (tahun + a ditetapkan "
          + "PK's own indicator) → INDIKATOR | SASARAN; ANGGARAN (tahun + SIPD kode of a budget line) → SASARAN. Refused: "
          + "a node that does not exist (in the Renstra, the PKs of that year, or the named RPJMD of the same kabupaten "
          + "whose period overlaps the Renstra's), a second link of a node to the same level, a cycle over SASARAN links "
          + "and the RPJMD's parent sasaran, a wrong pair of kinds. Nodes that link nowhere are only a warning "
          + "(tanpaTautan). Each change is announced as planning.tautan-kinerja.published (versi + 1).")
  @APIResponse(responseCode = "200", description = "Saved: the stored links with versi and the warnings",
      headers = @Header(name = HttpHeaders.ETAG, description = "New version", schema = @Schema(implementation = String.class)),
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = CascadeViews.TautanView.class),
          examples = @ExampleObject(name = "mlarak", value = CascadeExamples.TAUTAN_VIEW)))
  @APIResponse(responseCode = "400", description = "A link breaks a rule (field and rule named); every error is listed",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "node", value = CascadeExamples.TAUTAN_BAD)))
  @APIResponse(responseCode = "412", description = "If-Match is not the current version")
  @APIResponse(responseCode = "428", description = "Changing saved links needs If-Match")
  public Response put(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.08") @PathParam("kode") @Pattern(regexp = KecamatanResource.KEC) String kode,
      @Parameter(description = "Renstra kode", example = "RENSTRA-MLARAK-2024-2026") @PathParam("renstra") @Size(max = 80) String renstra,
      @Parameter(description = "ETag of the links being changed. Required once links were saved (428 without it)", example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = TautanDok.class),
          examples = @ExampleObject(name = "mlarak", value = CascadeExamples.TAUTAN))) @Valid @NotNull TautanDok body) {
    Endpoints.requirePlanner(caller, kode);
    return answer(service.save(kode, renstra, body, ETags.parseIfMatch(ifMatch), caller.user()));
  }

  private static Response answer(TautanService.Keadaan k) {
    TautanKinerja row = k.row();
    CascadeViews.TautanView view = new CascadeViews.TautanView(k.renstra().kecamatanKode, k.renstra().kode,
        row == null ? null : row.rpjmdKode, row == null ? 0 : row.versi, row == null ? null : row.updatedAt,
        row == null ? null : row.updatedBy, k.tautan() == null ? List.of() : k.tautan().tautan(), k.tanpaTautan(), k.rusak());
    return row == null ? Response.ok(view).build() : Endpoints.versioned(view, row.versi);
  }
}

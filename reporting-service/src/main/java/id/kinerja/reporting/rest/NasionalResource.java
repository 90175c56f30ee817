package id.kinerja.reporting.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.kinerja.common.problem.ProblemException;
import id.kinerja.common.security.Caller;
import id.kinerja.common.security.Roles;
import id.kinerja.reporting.service.KonsolidasiService;
import id.kinerja.reporting.service.NasionalService;

@Path("/api/laporan/nasional/{tahun}")
@Tag(name = "Nasional", description = "Kabupaten side by side with the national aggregate")
@Produces(APPLICATION_JSON)
public class NasionalResource {

  @Inject
  NasionalService service;

  @Inject
  Caller caller;

  @GET
  @RolesAllowed({ Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
  @Operation(summary = "National roll-up",
      description = "Read from the per-kabupaten aggregate table (mode=RECOMPUTE: the legacy comparison mode, the same"
          + " answer recomputed from every raw realisasi cell of the country). Kabupaten-wide roles see the row of their own"
          + " kabupaten and the national aggregate (over every kabupaten); other kabupaten's rows are not listed.")
  @APIResponse(responseCode = "200", description = "The caller's kabupaten row and the national aggregate",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = KonsolidasiViews.Nasional.class),
          examples = @ExampleObject(name = "2024", value = Examples.NASIONAL)))
  public KonsolidasiViews.Nasional get(
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") int tahun,
      @Parameter(description = "Triwulan 1..4; omit for the year", example = "2") @QueryParam("triwulan") Integer triwulan,
      @Parameter(description = "OFFICIAL or PROVISIONAL", example = "OFFICIAL",
          schema = @Schema(type = SchemaType.STRING, enumeration = { "OFFICIAL", "PROVISIONAL" }))
      @QueryParam("tampilan") @DefaultValue("OFFICIAL") String tampilan,
      @Parameter(description = "STORED (default) or RECOMPUTE (legacy comparison mode: every kecamatan of the country"
          + " recomputed from its raw realisasi cells on this read; slow by design)", example = "STORED",
          schema = @Schema(type = SchemaType.STRING, enumeration = { "STORED", "RECOMPUTE" }))
      @QueryParam("mode") @DefaultValue("STORED") String mode,
      @Parameter(description = "Page, from 0", example = "0") @QueryParam("page") @DefaultValue("0") int page,
      @Parameter(description = "Page size, 1..500", example = "50") @QueryParam("size") @DefaultValue("50") int size) {
    Params.tahun(tahun);
    int periode = Params.periode(triwulan);
    var view = Params.tampilan(tampilan);
    Params.page(page, size);
    String kab = caller.kabupaten().orElseThrow(() -> ProblemException.forbidden("Your token names no kabupaten"));
    KonsolidasiService.Mode m;
    try {
      m = KonsolidasiService.Mode.valueOf(mode.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("mode", "one-of", "mode must be STORED or RECOMPUTE");
    }
    return service.view(kab, tahun, periode, view, m, page, size);
  }
}

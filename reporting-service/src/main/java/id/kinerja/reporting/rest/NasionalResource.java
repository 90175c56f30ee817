package id.kinerja.reporting.rest;

import id.kinerja.reporting.service.view.KonsolidasiViews;
import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.kinerja.common.problem.ProblemException;
import id.kinerja.common.security.Caller;
import id.kinerja.common.security.Roles;
import id.kinerja.reporting.domain.ReportingMessages;
import id.kinerja.reporting.service.DataVersion;
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

  @Inject
  com.fasterxml.jackson.databind.ObjectMapper json;

  @GET
  @RolesAllowed({ Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
  @Operation(operationId = "getNasional", summary = "National roll-up",
      description = "Read from the per-kabupaten aggregate table (mode=RECOMPUTE: the legacy comparison mode, the same"
          + " answer recomputed from every raw realisasi cell of the country). Kabupaten-wide roles see the row of their own"
          + " kabupaten and the national aggregate (over every kabupaten); other kabupaten's rows are not listed."
          + Conditional.DOC)
  @APIResponse(responseCode = "200", description = "The caller's kabupaten row and the national aggregate",
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = KonsolidasiViews.Nasional.class),
          examples = @ExampleObject(name = "2024", value = Examples.NASIONAL)))
  @APIResponse(responseCode = "304", description = Conditional.NOT_MODIFIED_DOC,
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)) })
  public Response get(
      @Parameter(description = Params.TAHUN_DOC, example = "2024", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
          minimum = Params.TAHUN_MIN, maximum = Params.TAHUN_MAX)) @PathParam("tahun") int tahun,
      @Parameter(description = Params.TRIWULAN_DOC, example = "2", schema = @Schema(type = SchemaType.INTEGER,
          format = "int32", minimum = "1", maximum = "4")) @QueryParam("triwulan") Integer triwulan,
      @Parameter(description = Params.TAMPILAN_DOC, example = "OFFICIAL", schema = @Schema(type = SchemaType.STRING,
          enumeration = { "OFFICIAL", "PROVISIONAL" }, defaultValue = "OFFICIAL"))
      @QueryParam("tampilan") @DefaultValue("OFFICIAL") String tampilan,
      @Parameter(description = "STORED (default) or RECOMPUTE (legacy comparison mode: every kecamatan of the country"
          + " recomputed from its raw realisasi cells on this read; slow by design)", example = "STORED",
          schema = @Schema(type = SchemaType.STRING, enumeration = { "STORED", "RECOMPUTE" }, defaultValue = "STORED"))
      @QueryParam("mode") @DefaultValue("STORED") String mode,
      @Parameter(description = "Page, from 0", example = "0", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
          minimum = "0", maximum = Params.PAGE_MAX, defaultValue = "0")) @QueryParam("page") @DefaultValue("0") int page,
      @Parameter(description = "Page size, 1..500", example = "50", schema = @Schema(type = SchemaType.INTEGER,
          format = "int32", minimum = "1", maximum = Params.SIZE_MAX, defaultValue = "50"))
      @QueryParam("size") @DefaultValue("50") int size,
      @BeanParam ConditionalHeaders conditions) {
    Params.tahun(tahun);
    int periode = Params.periode(triwulan);
    var view = Params.tampilan(tampilan);
    Params.page(page, size);
    String kab = caller.kabupaten()
        .orElseThrow(() -> ProblemException.forbidden(ReportingMessages.FORBIDDEN_NO_KABUPATEN));
    KonsolidasiService.Mode m;
    try {
      m = KonsolidasiService.Mode.valueOf(mode.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("mode", ReportingMessages.ONE_OF_PARAMETER, "pilihan", List.of("STORED", "RECOMPUTE"));
    }
    Object[] parameters = { "kabupaten", kab, "tahun", tahun, "periode", periode, "tampilan", view, "mode", m,
        "page", page, "size", size };
    if (m == KonsolidasiService.Mode.RECOMPUTE) {
      // Recomputed from the raw cells on every read by design: the tag is the hash of the answer itself.
      KonsolidasiViews.Nasional answer = service.view(kab, tahun, periode, view, m, page, size);
      byte[] body = Conditional.json(json, answer);
      return Conditional.answer(conditions, Conditional.validators("nasional.json",
          DataVersion.builder().add("answer", new String(body, java.nio.charset.StandardCharsets.UTF_8))
              .changedAt(answer.nasional().asOf()).build(), parameters), () -> Response.ok(body, APPLICATION_JSON));
    }
    Conditional.Validators v = Conditional.validators("nasional.json", service.version(kab, tahun, periode, view),
        parameters);
    return Conditional.answer(conditions, v,
        () -> Response.ok(service.view(kab, tahun, periode, view, m, page, size), APPLICATION_JSON));
  }
}

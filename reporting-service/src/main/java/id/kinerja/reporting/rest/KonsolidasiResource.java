package id.kinerja.reporting.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.kinerja.common.json.JsonHardening;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.common.security.Caller;
import id.kinerja.common.security.Roles;
import id.kinerja.reporting.domain.Tampilan;
import id.kinerja.reporting.export.KonsolidasiXlsx;
import id.kinerja.reporting.service.KonsolidasiService;

@Path("/api/laporan/kabupaten/{kabupaten}/{tahun}")
@Tag(name = "Konsolidasi", description = "All kecamatan of a kabupaten side by side (Bagian Organisasi)")
public class KonsolidasiResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject
  KonsolidasiService service;

  @Inject
  KonsolidasiXlsx xlsx;

  @Inject
  Caller caller;

  @GET
  @Path("/konsolidasi")
  @Produces(APPLICATION_JSON)
  @RolesAllowed({ Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
  @Operation(summary = "Consolidated view: every kecamatan side by side",
      description = "Overall capaian, coverage, predicate, serapan and efisiensi of every kecamatan of the kabupaten for"
          + " a year and triwulan, ranked by overall capaian (of the triwulan against the annual target; of the year"
          + " without triwulan). A kecamatan that reported nothing for the periode is unranked and shown as"
          + " NOT_REPORTED; one without a plan as NO_PLAN. mode=RECOMPUTE is the legacy comparison mode: the same"
          + " answer recomputed from every raw realisasi cell on each read instead of the summary table.")
  @APIResponse(responseCode = "200", description = "The kecamatan, filtered, sorted and paged, with kabupaten summaries",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = KonsolidasiViews.Konsolidasi.class),
          examples = @ExampleObject(name = "ponorogo", value = Examples.KONSOLIDASI)))
  public KonsolidasiViews.Konsolidasi get(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kabupaten") @Pattern(regexp = Params.KAB) String kabupaten,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") int tahun,
      @Parameter(description = "Triwulan 1..4; omit for the year", example = "2") @QueryParam("triwulan") Integer triwulan,
      @Parameter(description = "OFFICIAL or PROVISIONAL", example = "OFFICIAL",
          schema = @Schema(type = SchemaType.STRING, enumeration = { "OFFICIAL", "PROVISIONAL" }))
      @QueryParam("tampilan") @DefaultValue("OFFICIAL") String tampilan,
      @Parameter(description = "Comma-separated sort keys, '-' for descending: peringkat, overall, kumulatif, serapan,"
          + " serapanKumulatif, efisiensi, dibawahTarget, terlambat, kecamatan, nama", example = "-overall,serapan")
      @QueryParam("sort") String sort,
      @Parameter(description = "Only these predicate labels or scores (comma-separated)", example = "Kurang,Cukup")
      @QueryParam("predikat") String predikat,
      @Parameter(description = "Only kecamatan with this sasaran; its capaian is shown as capaianSasaran", example = "S1")
      @QueryParam("sasaran") String sasaran,
      @Parameter(description = "Only kecamatan with a lagging indicator: 'target' = capaian s.d. the periode below 100,"
          + " or a number = below that threshold", example = "target") @QueryParam("lagging") String lagging,
      @Parameter(description = "Only REPORTED, NOT_REPORTED, NOT_DUE (nothing due in the triwulan), NOT_COMPUTABLE or NO_PLAN", example = "NOT_REPORTED") @QueryParam("status") String status,
      @Parameter(description = "STORED (default) or RECOMPUTE (legacy comparison mode)", example = "STORED",
          schema = @Schema(type = SchemaType.STRING, enumeration = { "STORED", "RECOMPUTE" }))
      @QueryParam("mode") @DefaultValue("STORED") String mode,
      @Parameter(description = "Page, from 0", example = "0") @QueryParam("page") @DefaultValue("0") int page,
      @Parameter(description = "Page size, 1..500", example = "50") @QueryParam("size") @DefaultValue("50") int size) {
    Request r = parse(tahun, triwulan, tampilan, sort, predikat, sasaran, lagging, status, mode);
    Params.page(page, size);
    caller.requireKabupatenRole(kabupaten, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER);
    return service.view(kabupaten, tahun, r.periode, r.tampilan, r.mode, r.filter, r.sort, page, size);
  }

  @GET
  @Path("/konsolidasi.xlsx")
  @Produces(XLSX)
  @RolesAllowed({ Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
  @Operation(summary = "Consolidated view as an Excel workbook",
      description = "The same rows and kabupaten summary as the JSON view (all pages), streamed as XLSX; numbers in"
          + " id-ID text beside numeric cells.")
  @APIResponse(responseCode = "200", description = "The workbook",
      content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response export(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kabupaten") @Pattern(regexp = Params.KAB) String kabupaten,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") int tahun,
      @Parameter(description = "Triwulan 1..4; omit for the year", example = "2") @QueryParam("triwulan") Integer triwulan,
      @Parameter(description = "OFFICIAL or PROVISIONAL", example = "OFFICIAL",
          schema = @Schema(type = SchemaType.STRING, enumeration = { "OFFICIAL", "PROVISIONAL" }))
      @QueryParam("tampilan") @DefaultValue("OFFICIAL") String tampilan,
      @Parameter(description = "Sort keys as in the JSON view", example = "peringkat") @QueryParam("sort") String sort,
      @Parameter(description = "Predicate filter", example = "Kurang") @QueryParam("predikat") String predikat,
      @Parameter(description = "Sasaran filter", example = "S1") @QueryParam("sasaran") String sasaran,
      @Parameter(description = "Lagging filter", example = "target") @QueryParam("lagging") String lagging,
      @Parameter(description = "Status filter", example = "REPORTED") @QueryParam("status") String status) {
    Request r = parse(tahun, triwulan, tampilan, sort, predikat, sasaran, lagging, status, "STORED");
    caller.requireKabupatenRole(kabupaten, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER);
    KonsolidasiViews.Konsolidasi view = service.view(kabupaten, tahun, r.periode, r.tampilan, r.mode, r.filter, r.sort,
        0, Integer.MAX_VALUE / 2);
    StreamingOutput body = out -> xlsx.write(view, out);
    String name = "konsolidasi-" + kabupaten + "-" + tahun + (triwulan == null ? "" : "-tw" + triwulan) + ".xlsx";
    return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
  }

  private record Request(int periode, Tampilan tampilan, KonsolidasiService.Mode mode, KonsolidasiService.Filter filter,
      List<String> sort) {
  }

  private static Request parse(int tahun, Integer triwulan, String tampilan, String sort, String predikat,
      String sasaran, String lagging, String status, String mode) {
    Params.tahun(tahun);
    int periode = Params.periode(triwulan);
    Tampilan view = Params.tampilan(tampilan);
    KonsolidasiService.Mode m;
    try {
      m = KonsolidasiService.Mode.valueOf(mode.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("mode", "one-of", "mode must be STORED or RECOMPUTE");
    }
    BigDecimal below = null;
    if (lagging != null && !lagging.isBlank()) {
      if ("target".equalsIgnoreCase(lagging.trim())) {
        below = BigDecimal.valueOf(100);
      } else {
        try {
          below = new BigDecimal(lagging.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
          throw ProblemException.invalid("lagging", "target-or-number",
              "lagging must be 'target' or a capaian threshold such as 70 or 85,5");
        }
        // The bounds of every decimal a request carries (1e999999999 is short to send and explodes when printed).
        BigDecimal b = below.stripTrailingZeros();
        if (b.precision() - b.scale() > JsonHardening.MAX_INTEGER_DIGITS || b.scale() > JsonHardening.MAX_FRACTION_DIGITS) {
          throw ProblemException.invalid("lagging", "number-in-range", "at most " + JsonHardening.MAX_INTEGER_DIGITS
              + " digits before and " + JsonHardening.MAX_FRACTION_DIGITS + " after the decimal point");
        }
      }
    }
    if (status != null && !status.isBlank() && !Set.of("REPORTED", "NOT_REPORTED", "NOT_DUE", "NOT_COMPUTABLE", "NO_PLAN")
        .contains(status.trim().toUpperCase(java.util.Locale.ROOT))) {
      throw ProblemException.invalid("status", "one-of",
          "status must be REPORTED, NOT_REPORTED, NOT_DUE, NOT_COMPUTABLE or NO_PLAN");
    }
    Set<String> pred = predikat == null || predikat.isBlank() ? Set.of()
        : new LinkedHashSet<>(Arrays.stream(predikat.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
    List<String> keys = sort == null || sort.isBlank() ? List.of()
        : Arrays.stream(sort.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    for (String k : keys) {
      String name = k.startsWith("-") || k.startsWith("+") ? k.substring(1) : k;
      if (!KonsolidasiService.SORT_KEYS.containsKey(name)) {
        throw ProblemException.invalid("sort", "known-key", "cannot sort by '" + name + "'; use one of "
            + new java.util.TreeSet<>(KonsolidasiService.SORT_KEYS.keySet()));
      }
    }
    return new Request(periode, view, m, new KonsolidasiService.Filter(pred,
        sasaran == null || sasaran.isBlank() ? null : sasaran.trim(), below,
        status == null || status.isBlank() ? null : status.trim().toUpperCase(java.util.Locale.ROOT)), keys);
  }
}

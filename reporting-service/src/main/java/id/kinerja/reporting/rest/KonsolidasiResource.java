package id.kinerja.reporting.rest;

import id.kinerja.reporting.service.view.KonsolidasiViews;
import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.json.JsonHardening;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.common.security.Caller;
import id.kinerja.common.security.Roles;
import id.kinerja.reporting.domain.ReportingMessages;
import id.kinerja.reporting.domain.Tampilan;
import id.kinerja.reporting.export.KonsolidasiXlsx;
import id.kinerja.reporting.service.DataVersion;
import id.kinerja.reporting.service.KonsolidasiService;
import id.kinerja.reporting.service.PohonService;

@Path("/api/laporan/kabupaten/{kabupaten}/{tahun}")
@Tag(name = "Konsolidasi", description = "All kecamatan of a kabupaten side by side (Bagian Organisasi)")
public class KonsolidasiResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  static final String SORT_DOC = "Comma-separated sort keys, '-' in front for descending, '+' or nothing for ascending:"
      + " peringkat (default), overall, kumulatif, serapan, serapanKumulatif, efisiensi, dibawahTarget, terlambat,"
      + " kecamatan, nama. Absent values come last.";
  static final String PREDIKAT_DOC = "Only these predicate labels or scores (comma-separated)";
  static final String SASARAN_DOC = "Only kecamatan with this sasaran; its capaian is shown as capaianSasaran";
  static final String LAGGING_DOC = "Only kecamatan with a lagging indicator: 'target' (any case) = capaian s.d. the"
      + " periode below 100, or a number (point or comma decimal, at most "
      + id.kinerja.common.json.JsonHardening.MAX_INTEGER_DIGITS + " digits before and "
      + id.kinerja.common.json.JsonHardening.MAX_FRACTION_DIGITS + " after it) = below that threshold";
  static final String STATUS_DOC = "Only REPORTED, NOT_REPORTED, NOT_DUE (nothing due in the triwulan), NOT_COMPUTABLE"
      + " or NO_PLAN; case-insensitive";

  @Inject
  KonsolidasiService service;

  @Inject
  KonsolidasiXlsx xlsx;

  @Inject
  Caller caller;

  @Inject
  PohonService pohon;

  @Inject
  com.fasterxml.jackson.databind.ObjectMapper json;

  @GET
  @Path("/konsolidasi")
  @Produces(APPLICATION_JSON)
  @RolesAllowed({ Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
  @Operation(operationId = "getKonsolidasi", summary = "Consolidated view: every kecamatan side by side",
      description = "Overall capaian, coverage, predicate, serapan and efisiensi of every kecamatan of the kabupaten for"
          + " a year and triwulan, ranked by overall capaian (of the triwulan against the annual target; of the year"
          + " without triwulan). A kecamatan that reported nothing for the periode is unranked and shown as"
          + " NOT_REPORTED; one without a plan as NO_PLAN. mode=RECOMPUTE is the legacy comparison mode: the same"
          + " answer recomputed from every raw realisasi cell on each read instead of the summary table (its ETag is a"
          + " hash of the recomputed answer)." + Conditional.DOC)
  @APIResponse(responseCode = "200", description = "The kecamatan, filtered, sorted and paged, with kabupaten summaries",
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = KonsolidasiViews.Konsolidasi.class),
          examples = @ExampleObject(name = "ponorogo", value = Examples.KONSOLIDASI)))
  @APIResponse(responseCode = "304", description = Conditional.NOT_MODIFIED_DOC,
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)) })
  public Response get(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kabupaten") @Pattern(regexp = Params.KAB) String kabupaten,
      @Parameter(description = Params.TAHUN_DOC, example = "2024", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
          minimum = Params.TAHUN_MIN, maximum = Params.TAHUN_MAX)) @PathParam("tahun") int tahun,
      @Parameter(description = Params.TRIWULAN_DOC, example = "2", schema = @Schema(type = SchemaType.INTEGER,
          format = "int32", minimum = "1", maximum = "4")) @QueryParam("triwulan") Integer triwulan,
      @Parameter(description = Params.TAMPILAN_DOC, example = "OFFICIAL", schema = @Schema(type = SchemaType.STRING,
          enumeration = { "OFFICIAL", "PROVISIONAL" }, defaultValue = "OFFICIAL"))
      @QueryParam("tampilan") @DefaultValue("OFFICIAL") String tampilan,
      @Parameter(description = SORT_DOC, example = "-overall,serapan",
          schema = @Schema(type = SchemaType.STRING, pattern = Params.SORT_PATTERN, defaultValue = "peringkat"))
      @QueryParam("sort") String sort,
      @Parameter(description = PREDIKAT_DOC, example = "Kurang,Cukup") @QueryParam("predikat") String predikat,
      @Parameter(description = SASARAN_DOC, example = "S1") @QueryParam("sasaran") String sasaran,
      @Parameter(description = LAGGING_DOC, example = "target",
          schema = @Schema(type = SchemaType.STRING, pattern = Params.LAGGING_PATTERN)) @QueryParam("lagging") String lagging,
      @Parameter(description = STATUS_DOC, example = "NOT_REPORTED", schema = @Schema(type = SchemaType.STRING,
          enumeration = { "REPORTED", "NOT_REPORTED", "NOT_DUE", "NOT_COMPUTABLE", "NO_PLAN" }))
      @QueryParam("status") String status,
      @Parameter(description = "STORED (default) or RECOMPUTE (legacy comparison mode); case-insensitive", example = "STORED",
          schema = @Schema(type = SchemaType.STRING, enumeration = { "STORED", "RECOMPUTE" }, defaultValue = "STORED"))
      @QueryParam("mode") @DefaultValue("STORED") String mode,
      @Parameter(description = "Page, from 0", example = "0", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
          minimum = "0", maximum = Params.PAGE_MAX, defaultValue = "0")) @QueryParam("page") @DefaultValue("0") int page,
      @Parameter(description = "Page size, 1..500", example = "50", schema = @Schema(type = SchemaType.INTEGER,
          format = "int32", minimum = "1", maximum = Params.SIZE_MAX, defaultValue = "50"))
      @QueryParam("size") @DefaultValue("50") int size,
      @BeanParam ConditionalHeaders conditions) {
    Request r = parse(tahun, triwulan, tampilan, sort, predikat, sasaran, lagging, status, mode);
    Params.page(page, size);
    caller.requireKabupatenRole(kabupaten, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER);
    Object[] parameters = { "kabupaten", kabupaten, "tahun", tahun, "periode", r.periode, "tampilan", r.tampilan,
        "mode", r.mode, "filter", r.filter, "sort", r.sort, "page", page, "size", size };
    if (r.mode == KonsolidasiService.Mode.RECOMPUTE) {
      // Recomputed from the raw cells on every read by design: the tag is the hash of the answer itself.
      KonsolidasiViews.Konsolidasi view = service.view(kabupaten, tahun, r.periode, r.tampilan, r.mode, r.filter,
          r.sort, page, size);
      byte[] body = Conditional.json(json, view);
      return Conditional.answer(conditions, Conditional.validators("konsolidasi.json",
          DataVersion.builder().add("answer", new String(body, java.nio.charset.StandardCharsets.UTF_8))
              .changedAt(view.ringkasan().asOf()).build(), parameters), () -> Response.ok(body, APPLICATION_JSON));
    }
    Conditional.Validators v = Conditional.validators("konsolidasi.json",
        service.version(kabupaten, tahun, r.periode, r.tampilan), parameters);
    return Conditional.answer(conditions, v, () -> Response.ok(service.view(kabupaten, tahun, r.periode, r.tampilan,
        r.mode, r.filter, r.sort, page, size), APPLICATION_JSON));
  }

  @GET
  @Path("/konsolidasi.xlsx")
  @Produces(XLSX)
  @RolesAllowed({ Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
  @Operation(operationId = "downloadKonsolidasiXlsx", summary = "Consolidated view as an Excel workbook",
      description = "The same rows and kabupaten summary as the JSON view (all pages), streamed as XLSX; numbers in"
          + " id-ID text beside numeric cells." + Conditional.DOC)
  @APIResponse(responseCode = "200", description = "The workbook",
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Content-Disposition", description = "attachment; filename=\"konsolidasi-{kabupaten}-{tahun}[-tw{triwulan}].xlsx\"",
              schema = @Schema(type = SchemaType.STRING)) },
      content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "304", description = Conditional.NOT_MODIFIED_DOC,
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)) })
  public Response export(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kabupaten") @Pattern(regexp = Params.KAB) String kabupaten,
      @Parameter(description = Params.TAHUN_DOC, example = "2024", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
          minimum = Params.TAHUN_MIN, maximum = Params.TAHUN_MAX)) @PathParam("tahun") int tahun,
      @Parameter(description = Params.TRIWULAN_DOC, example = "2", schema = @Schema(type = SchemaType.INTEGER,
          format = "int32", minimum = "1", maximum = "4")) @QueryParam("triwulan") Integer triwulan,
      @Parameter(description = Params.TAMPILAN_DOC, example = "OFFICIAL", schema = @Schema(type = SchemaType.STRING,
          enumeration = { "OFFICIAL", "PROVISIONAL" }, defaultValue = "OFFICIAL"))
      @QueryParam("tampilan") @DefaultValue("OFFICIAL") String tampilan,
      @Parameter(description = SORT_DOC, example = "peringkat",
          schema = @Schema(type = SchemaType.STRING, pattern = Params.SORT_PATTERN, defaultValue = "peringkat"))
      @QueryParam("sort") String sort,
      @Parameter(description = PREDIKAT_DOC, example = "Kurang") @QueryParam("predikat") String predikat,
      @Parameter(description = SASARAN_DOC, example = "S1") @QueryParam("sasaran") String sasaran,
      @Parameter(description = LAGGING_DOC, example = "target",
          schema = @Schema(type = SchemaType.STRING, pattern = Params.LAGGING_PATTERN)) @QueryParam("lagging") String lagging,
      @Parameter(description = STATUS_DOC, example = "REPORTED", schema = @Schema(type = SchemaType.STRING,
          enumeration = { "REPORTED", "NOT_REPORTED", "NOT_DUE", "NOT_COMPUTABLE", "NO_PLAN" }))
      @QueryParam("status") String status,
      @BeanParam ConditionalHeaders conditions) {
    Request r = parse(tahun, triwulan, tampilan, sort, predikat, sasaran, lagging, status, "STORED");
    caller.requireKabupatenRole(kabupaten, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER);
    Conditional.Validators v = Conditional.validators("konsolidasi.xlsx",
        service.version(kabupaten, tahun, r.periode, r.tampilan), "kabupaten", kabupaten, "tahun", tahun, "periode",
        r.periode, "tampilan", r.tampilan, "filter", r.filter, "sort", r.sort);
    return Conditional.answer(conditions, v, () -> {
      KonsolidasiViews.Konsolidasi view = service.view(kabupaten, tahun, r.periode, r.tampilan, r.mode, r.filter,
          r.sort, 0, Integer.MAX_VALUE / 2);
      StreamingOutput body = out -> xlsx.write(view, out);
      String name = "konsolidasi-" + kabupaten + "-" + tahun + (triwulan == null ? "" : "-tw" + triwulan) + ".xlsx";
      return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    });
  }

  @GET
  @Path("/pohon-kinerja.pdf")
  @Produces(LaporanResource.PDF)
  @RolesAllowed({ Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
  @Operation(operationId = "downloadPohonKinerjaKabupatenPdf", summary = "Pohon kinerja of a kabupaten and year as a PDF drawing",
      description = "The tree of getPohonKinerjaKabupaten (the same figures, parameters and ETag basis)." + PohonResource.PDF_DOC
          + PohonResource.RULE_DOC + Conditional.DOC + PohonResource.KABUPATEN_READERS)
  @APIResponse(responseCode = "200", description = "The file",
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Content-Disposition", description = "attachment; filename=\"pohon-kinerja-{kabupaten}-{tahun}.pdf\"",
              schema = @Schema(type = SchemaType.STRING)) },
      content = @Content(mediaType = LaporanResource.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "304", description = Conditional.NOT_MODIFIED_DOC,
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)) })
  @APIResponse(responseCode = "404", description = "Another kabupaten, or no RPJMD of the kabupaten covers the year")
  public Response pohonPdf(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kabupaten") @Pattern(regexp = Params.KAB) String kabupaten,
      @Parameter(description = Params.TAHUN_DOC, example = "2024", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
          minimum = Params.TAHUN_MIN, maximum = Params.TAHUN_MAX)) @PathParam("tahun") int tahun,
      @Parameter(description = Params.TRIWULAN_DOC + " (the figures s.d. that triwulan)", example = "2",
          schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "4"))
      @QueryParam("triwulan") Integer triwulan,
      @Parameter(description = Params.TAMPILAN_DOC, example = "OFFICIAL", schema = @Schema(type = SchemaType.STRING,
          enumeration = { "OFFICIAL", "PROVISIONAL" }, defaultValue = "OFFICIAL"))
      @QueryParam("tampilan") @DefaultValue("OFFICIAL") String tampilan,
      @BeanParam ConditionalHeaders conditions) {
    return pohonFile(kabupaten, tahun, triwulan, tampilan, conditions, PohonResource.Berkas.PDF);
  }

  @GET
  @Path("/pohon-kinerja.xlsx")
  @Produces(XLSX)
  @RolesAllowed({ Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
  @Operation(operationId = "downloadPohonKinerjaKabupatenXlsx", summary = "Pohon kinerja of a kabupaten and year as an indented workbook",
      description = "The tree of getPohonKinerjaKabupaten (the same figures, parameters and ETag basis)." + PohonResource.XLSX_DOC
          + PohonResource.RULE_DOC + Conditional.DOC + PohonResource.KABUPATEN_READERS)
  @APIResponse(responseCode = "200", description = "The file",
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Content-Disposition", description = "attachment; filename=\"pohon-kinerja-{kabupaten}-{tahun}.xlsx\"",
              schema = @Schema(type = SchemaType.STRING)) },
      content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "304", description = Conditional.NOT_MODIFIED_DOC,
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)) })
  @APIResponse(responseCode = "404", description = "Another kabupaten, or no RPJMD of the kabupaten covers the year")
  public Response pohonXlsx(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kabupaten") @Pattern(regexp = Params.KAB) String kabupaten,
      @Parameter(description = Params.TAHUN_DOC, example = "2024", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
          minimum = Params.TAHUN_MIN, maximum = Params.TAHUN_MAX)) @PathParam("tahun") int tahun,
      @Parameter(description = Params.TRIWULAN_DOC + " (the figures s.d. that triwulan)", example = "2",
          schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "4"))
      @QueryParam("triwulan") Integer triwulan,
      @Parameter(description = Params.TAMPILAN_DOC, example = "OFFICIAL", schema = @Schema(type = SchemaType.STRING,
          enumeration = { "OFFICIAL", "PROVISIONAL" }, defaultValue = "OFFICIAL"))
      @QueryParam("tampilan") @DefaultValue("OFFICIAL") String tampilan,
      @BeanParam ConditionalHeaders conditions) {
    return pohonFile(kabupaten, tahun, triwulan, tampilan, conditions, PohonResource.Berkas.XLSX);
  }

  /** The kabupaten's pohon kinerja as a file: the parameters, readers and ETag basis of its JSON answer. */
  private Response pohonFile(String kabupaten, int tahun, Integer triwulan, String tampilan, ConditionalHeaders conditions,
      PohonResource.Berkas berkas) {
    Params.tahun(tahun);
    int periode = Params.periode(triwulan);
    Tampilan view = Params.tampilan(tampilan);
    caller.requireKabupatenRole(kabupaten, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER);
    return PohonResource.file(json, conditions, "pohon-kinerja-kabupaten" + berkas.akhiran,
        () -> pohon.kabupaten(kabupaten, tahun, periode, view), pohon, berkas, "pohon-kinerja-" + kabupaten + "-" + tahun,
        "kabupaten", kabupaten, "tahun", tahun, "periode", periode, "tampilan", view);
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
      throw ProblemException.invalid("mode", ReportingMessages.ONE_OF_PARAMETER, "pilihan", List.of("STORED", "RECOMPUTE"));
    }
    BigDecimal below = null;
    if (lagging != null && !lagging.isBlank()) {
      if ("target".equalsIgnoreCase(lagging.trim())) {
        below = BigDecimal.valueOf(100);
      } else {
        try {
          below = new BigDecimal(lagging.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
          throw ProblemException.invalid("lagging", ReportingMessages.TARGET_OR_NUMBER_LAGGING);
        }
        // The bounds of every decimal a request carries (1e999999999 is short to send and explodes when printed).
        BigDecimal b = below.stripTrailingZeros();
        if (b.precision() - b.scale() > JsonHardening.MAX_INTEGER_DIGITS || b.scale() > JsonHardening.MAX_FRACTION_DIGITS) {
          throw ProblemException.invalid("lagging", CommonMessages.NUMBER_IN_RANGE, "sebelum",
              JsonHardening.MAX_INTEGER_DIGITS, "sesudah", JsonHardening.MAX_FRACTION_DIGITS);
        }
      }
    }
    List<String> statuses = List.of("REPORTED", "NOT_REPORTED", "NOT_DUE", "NOT_COMPUTABLE", "NO_PLAN");
    if (status != null && !status.isBlank() && !statuses.contains(status.trim().toUpperCase(java.util.Locale.ROOT))) {
      throw ProblemException.invalid("status", ReportingMessages.ONE_OF_PARAMETER, "pilihan", statuses);
    }
    Set<String> pred = predikat == null || predikat.isBlank() ? Set.of()
        : new LinkedHashSet<>(Arrays.stream(predikat.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
    List<String> keys = sort == null || sort.isBlank() ? List.of()
        : Arrays.stream(sort.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    for (String k : keys) {
      String name = k.startsWith("-") || k.startsWith("+") ? k.substring(1) : k;
      if (!KonsolidasiService.SORT_KEYS.containsKey(name)) {
        throw ProblemException.invalid("sort", ReportingMessages.KNOWN_KEY_SORT, "kunci", name, "pilihan",
            new java.util.TreeSet<>(KonsolidasiService.SORT_KEYS.keySet()));
      }
    }
    return new Request(periode, view, m, new KonsolidasiService.Filter(pred,
        sasaran == null || sasaran.isBlank() ? null : sasaran.trim(), below,
        status == null || status.isBlank() ? null : status.trim().toUpperCase(java.util.Locale.ROOT)), keys);
  }
}

package id.kinerja.reporting.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Supplier;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.kinerja.common.security.Caller;
import id.kinerja.common.security.Roles;
import id.kinerja.reporting.domain.Tampilan;
import id.kinerja.reporting.export.PohonKinerjaPdf;
import id.kinerja.reporting.export.PohonKinerjaXlsx;
import id.kinerja.reporting.service.DataVersion;
import id.kinerja.reporting.service.PohonService;
import id.kinerja.reporting.service.view.PohonViews;

/**
 * The pohon kinerja of a kabupaten (issue #19): the cascade from the kabupaten's RPJMD down to the kecamatan's tujuan,
 * sasaran, indicators and budget lines, with live capaian by rule POHON_RERATA_TERLAPOR (docs/calculation.md); the
 * contributors of an RPJMD sasaran and the audit. A root resource of its own (a longer path than the consolidated
 * view's, so it is matched first); the kecamatan's tree is {@link PohonKecamatanResource}.
 */
@Path("/api/laporan/kabupaten/{kabupaten}/{tahun}/pohon-kinerja")
@Tag(name = "Pohon kinerja", description = "The cascade from the RPJMD to the kecamatan, with live capaian")
public class PohonResource {

  static final String RULE_DOC = " A node's capaian is the mean of the capaian (s.d. the triwulan, or of the year) of the"
      + " distinct kecamatan indicators linked beneath it that have one (rule POHON_RERATA_TERLAPOR, docs/calculation.md);"
      + " cakupan says how many of them have one; with none the node is NOT_REPORTED, never 0. The budget of a node is"
      + " that of the distinct budget lines funding it and the nodes beneath it. The answer is built from the figures"
      + " the event consumer keeps current, so it follows every realisasi.";
  static final String AUDIT_DOC = " tanpaTautan lists the kecamatan tujuan, sasaran, PK indicators and budget lines that"
      + " link nowhere (TANPA_TAUTAN), links whose node no longer exists (TAUTAN_RUSAK) and RPJMD sasaran no kecamatan"
      + " serves (TANPA_KONTRIBUTOR).";
  static final String KABUPATEN_READERS = " Read by bagian-organisasi, pimpinan and planner of the kabupaten.";
  static final String KECAMATAN_READERS = " Operators and verifiers read their own kecamatan; bagian-organisasi, pimpinan"
      + " and planner every kecamatan of their kabupaten.";

  @Inject
  PohonService service;

  @Inject
  Caller caller;

  @Inject
  com.fasterxml.jackson.databind.ObjectMapper json;

  @GET
  @Produces(APPLICATION_JSON)
  @RolesAllowed({ Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
  @Operation(operationId = "getPohonKinerjaKabupaten", summary = "Pohon kinerja of a kabupaten and year",
      description = "The RPJMD in force in the year: its tujuan, their sasaran and the sasaran beneath them (indukKode),"
          + " under each the kecamatan tujuan and sasaran linked to it, their indicators (Renstra and the PKs' own"
          + " indicators linked to them) and the budget lines funding them. Only the kecamatan of this kabupaten appear."
          + RULE_DOC + AUDIT_DOC + Conditional.DOC + KABUPATEN_READERS)
  @APIResponse(responseCode = "200", description = "The tree",
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = PohonViews.Pohon.class),
          examples = @ExampleObject(name = "ponorogo", value = PohonExamples.POHON_KABUPATEN)))
  @APIResponse(responseCode = "304", description = Conditional.NOT_MODIFIED_DOC,
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)) })
  @APIResponse(responseCode = "404", description = "Another kabupaten, or no RPJMD of the kabupaten covers the year")
  public Response kabupaten(
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
    Params.tahun(tahun);
    int periode = Params.periode(triwulan);
    Tampilan view = Params.tampilan(tampilan);
    caller.requireKabupatenRole(kabupaten, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER);
    return answer(json, conditions, "pohon-kinerja-kabupaten.json", () -> service.kabupaten(kabupaten, tahun, periode, view),
        PohonViews.Pohon::asOf, "kabupaten", kabupaten, "tahun", tahun, "periode", periode, "tampilan", view);
  }

  @GET
  @Path("/sasaran/{sasaran}/kontributor")
  @Produces(APPLICATION_JSON)
  @RolesAllowed({ Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
  @Operation(operationId = "getKontributorSasaranRpjmd", summary = "The kecamatan serving one RPJMD sasaran, ranked",
      description = "Every kecamatan of the kabupaten with a node under the RPJMD sasaran (or the sasaran beneath it),"
          + " with its indicators linked there and their capaian, ranked by the mean of those (rule"
          + " POHON_RERATA_TERLAPOR; equal shown figures share a rank). A kecamatan with nothing reported is unranked"
          + " and listed last." + Conditional.DOC + KABUPATEN_READERS)
  @APIResponse(responseCode = "200", description = "The contributing kecamatan",
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = PohonViews.KontributorDaftar.class),
          examples = @ExampleObject(name = "ponorogo-s1-1", value = PohonExamples.KONTRIBUTOR)))
  @APIResponse(responseCode = "304", description = Conditional.NOT_MODIFIED_DOC,
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)) })
  @APIResponse(responseCode = "404", description = "Another kabupaten, no RPJMD covering the year, or no such RPJMD sasaran")
  public Response kontributor(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kabupaten") @Pattern(regexp = Params.KAB) String kabupaten,
      @Parameter(description = Params.TAHUN_DOC, example = "2024", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
          minimum = Params.TAHUN_MIN, maximum = Params.TAHUN_MAX)) @PathParam("tahun") int tahun,
      @Parameter(description = "Kode of the RPJMD sasaran", example = "S1.1",
          schema = @Schema(type = SchemaType.STRING, maxLength = 120)) @PathParam("sasaran") @jakarta.validation.constraints.Size(max = 120) String sasaran,
      @Parameter(description = Params.TRIWULAN_DOC + " (the figures s.d. that triwulan)", example = "2",
          schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "4"))
      @QueryParam("triwulan") Integer triwulan,
      @Parameter(description = Params.TAMPILAN_DOC, example = "OFFICIAL", schema = @Schema(type = SchemaType.STRING,
          enumeration = { "OFFICIAL", "PROVISIONAL" }, defaultValue = "OFFICIAL"))
      @QueryParam("tampilan") @DefaultValue("OFFICIAL") String tampilan,
      @BeanParam ConditionalHeaders conditions) {
    Params.tahun(tahun);
    int periode = Params.periode(triwulan);
    Tampilan view = Params.tampilan(tampilan);
    caller.requireKabupatenRole(kabupaten, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER);
    return answer(json, conditions, "pohon-kinerja-kontributor.json",
        () -> service.kontributor(kabupaten, tahun, sasaran, periode, view), d -> null, "kabupaten", kabupaten,
        "tahun", tahun, "sasaran", sasaran, "periode", periode, "tampilan", view);
  }

  @GET
  @Path("/tanpa-tautan")
  @Produces(APPLICATION_JSON)
  @RolesAllowed({ Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
  @Operation(operationId = "getPohonKinerjaTanpaTautan", summary = "Consistency audit of the cascade",
      description = "The audit of the kabupaten's pohon kinerja for a year, computed from the plan copies and the links"
          + " (the plan may have changed after the links were saved): kecamatan tujuan and sasaran that do not lead to"
          + " the RPJMD, PK indicators of a PK's own sasaran and budget lines that link nowhere (TANPA_TAUTAN), links"
          + " whose node vanished from the plan or the RPJMD (TAUTAN_RUSAK), RPJMD sasaran no kecamatan serves"
          + " (TANPA_KONTRIBUTOR). Texts in the language of the answer." + Conditional.DOC + KABUPATEN_READERS)
  @APIResponse(responseCode = "200", description = "The findings (empty when everything is linked)",
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
          implementation = PohonViews.TanpaTautan.class),
          examples = @ExampleObject(name = "ponorogo", value = PohonExamples.TANPA_TAUTAN)))
  @APIResponse(responseCode = "304", description = Conditional.NOT_MODIFIED_DOC,
      headers = { @Header(name = "ETag", description = Conditional.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Last-Modified", description = Conditional.LAST_MODIFIED_DOC, schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)) })
  @APIResponse(responseCode = "404", description = "Another kabupaten, or no RPJMD of the kabupaten covers the year")
  public Response tanpaTautan(
      @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kabupaten") @Pattern(regexp = Params.KAB) String kabupaten,
      @Parameter(description = Params.TAHUN_DOC, example = "2024", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
          minimum = Params.TAHUN_MIN, maximum = Params.TAHUN_MAX)) @PathParam("tahun") int tahun,
      @BeanParam ConditionalHeaders conditions) {
    Params.tahun(tahun);
    caller.requireKabupatenRole(kabupaten, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER);
    return answer(json, conditions, "pohon-kinerja-tanpa-tautan.json", () -> service.tanpaTautan(kabupaten, tahun),
        d -> null, "kabupaten", kabupaten, "tahun", tahun);
  }

  static final String PDF_DOC = " The tree drawn as boxes and lines (left to right, one column per level), boxes"
      + " coloured by predicate with a legend; A4 landscape, A3 landscape for a larger tree, split between subtrees"
      + " across pages when it does not fit (a continued page repeats the ancestors). In the language of the request,"
      + " times in the kabupaten's zone.";
  static final String XLSX_DOC = " One row per node in tree order, indented and grouped (outline) by level, each node's"
      + " indicators beneath it; figures as numeric cells, \"belum dilaporkan\" as text, never 0; a second sheet lists"
      + " the nodes that link nowhere and the broken links. Headers in the language of the request.";

  /** The tree as a file: the same tree and ETag basis as the JSON answer, rendered in the request's language. */
  static Response file(com.fasterxml.jackson.databind.ObjectMapper json, ConditionalHeaders conditions,
      String representation, Supplier<PohonViews.Pohon> view, PohonService service, Berkas berkas, String filename,
      Object... parameters) {
    PohonViews.Pohon pohon = view.get();
    byte[] bytes = Conditional.json(json, pohon);
    Conditional.Validators v = Conditional.validators(representation, DataVersion.builder()
        .add("answer", new String(bytes, StandardCharsets.UTF_8)).changedAt(pohon.asOf()).build(), parameters);
    return Conditional.answer(conditions, v, () -> {
      java.util.Locale locale = id.kinerja.common.i18n.RequestLocale.current().locale();
      java.time.ZoneId zone = id.kinerja.common.i18n.RequestLocale.current().zone();
      PohonService.Cetakan cetakan = service.cetakan(pohon.kabupatenKode());
      byte[] isi = berkas == Berkas.PDF
          ? PohonKinerjaPdf.render(pohon, locale, zone, cetakan.logo(), cetakan.namaKecamatan())
          : PohonKinerjaXlsx.render(pohon, locale, zone, cetakan.namaKecamatan());
      return Response.ok(isi, berkas.mediaType)
          .header("Content-Disposition", "attachment; filename=\"" + filename + berkas.akhiran + "\"");
    });
  }

  /** The two file forms of the tree. */
  enum Berkas {
    PDF(LaporanResource.PDF, ".pdf"), XLSX(KonsolidasiResource.XLSX, ".xlsx");

    final String mediaType;
    final String akhiran;

    Berkas(String mediaType, String akhiran) {
      this.mediaType = mediaType;
      this.akhiran = akhiran;
    }
  }

  /**
   * The tree is built from the copies and figures when read: its ETag is the hash of the answer itself (as the
   * consolidated view's RECOMPUTE mode), Last-Modified the newest event time it shows.
   */
  static <T> Response answer(com.fasterxml.jackson.databind.ObjectMapper json, ConditionalHeaders conditions,
      String representation, Supplier<T> view,
      java.util.function.Function<T, Instant> asOf, Object... parameters) {
    T body = view.get();
    byte[] bytes = Conditional.json(json, body);
    Conditional.Validators v = Conditional.validators(representation, DataVersion.builder()
        .add("answer", new String(bytes, StandardCharsets.UTF_8)).changedAt(asOf.apply(body)).build(), parameters);
    return Conditional.answer(conditions, v, () -> Response.ok(bytes, APPLICATION_JSON));
  }
}

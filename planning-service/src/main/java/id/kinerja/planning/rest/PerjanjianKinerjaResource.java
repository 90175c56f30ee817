package id.kinerja.planning.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.kinerja.common.i18n.RequestLocale;
import id.kinerja.common.problem.Problem;
import id.kinerja.common.rest.ETags;
import id.kinerja.common.security.Roles;
import id.kinerja.planning.domain.PerjanjianKinerja;
import id.kinerja.planning.domain.dokumen.PkDok;
import id.kinerja.planning.domain.rules.DokumenSchema;
import id.kinerja.planning.service.PerjanjianKinerjaService;
import id.kinerja.planning.service.PkFormulirService;

@Tag(name = "Perjanjian Kinerja", description = "Performance agreements per year and official, with budget lines; versioned")
@Produces(APPLICATION_JSON)
@Path("/api")
public class PerjanjianKinerjaResource extends PlanningResource {

  @Inject
  PerjanjianKinerjaService service;

  @Inject
  PkFormulirService formulir;

  @POST
  @Path("/kecamatan/{kode}/perjanjian-kinerja")
  @Consumes(APPLICATION_JSON)
  @RolesAllowed(Roles.PLANNER)
  @Operation(operationId = "createPerjanjianKinerja", summary = "Draft the next version of an official's PK for a year",
      description = "The body is the document's PK without versi and ditetapkan: the service assigns the next version of that "
          + "official's PK of the year (a version after the first must be jenis PERUBAHAN). References are checked against the "
          + "Renstra in force for the year and the kecamatan's officials.")
  @APIResponse(responseCode = "201", description = "Drafted",
      headers = { @Header(name = HttpHeaders.ETAG, description = "revisi", schema = @Schema(implementation = String.class)),
          @Header(name = HttpHeaders.LOCATION, description = "The new PK", schema = @Schema(implementation = String.class)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.PkView.class),
          examples = @ExampleObject(name = "camat", value = PlanningExamples.PK_VIEW)))
  @APIResponse(responseCode = "409", description = "The official already has a draft for that year")
  public Response create(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.08") @PathParam("kode") @Pattern(regexp = KecamatanResource.KEC) String kode,
      @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.PkDraftRequest.class),
          examples = @ExampleObject(name = "camat", value = PlanningExamples.PK_DRAFT))) String body) {
    Endpoints.requirePlanner(caller, kode);
    PerjanjianKinerja p = service.create(kode, draft(body), caller.user());
    return Response.created(URI.create("/api/kecamatan/" + kode + "/perjanjian-kinerja/" + p.id)).entity(view(p))
        .tag(ETags.of(p.revisi)).build();
  }

  @GET
  @Path("/kecamatan/{kode}/perjanjian-kinerja/{id}")
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.OPERATOR, Roles.VERIFIER })
  @Operation(operationId = "getPerjanjianKinerja", summary = "Read one PK version (superseded and ditetapkan versions stay readable)")
  @APIResponse(responseCode = "200", description = "The PK version; revisi in the ETag",
      headers = @Header(name = HttpHeaders.ETAG, description = "revisi", schema = @Schema(implementation = String.class)),
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.PkView.class),
          examples = @ExampleObject(name = "camat", value = PlanningExamples.PK_VIEW)))
  public Response get(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.08") @PathParam("kode") @Pattern(regexp = KecamatanResource.KEC) String kode,
      @Parameter(description = "PK id", example = "12") @PathParam("id") @Min(1) @Max(Long.MAX_VALUE) long id) {
    Endpoints.requireRead(caller, kode);
    PerjanjianKinerja p = service.find(kode, id).orElseThrow(() -> PerjanjianKinerjaService.notFound(id));
    return Endpoints.versioned(view(p), p.revisi);
  }

  @PUT
  @Path("/kecamatan/{kode}/perjanjian-kinerja/{id}")
  @Consumes(APPLICATION_JSON)
  @RolesAllowed(Roles.PLANNER)
  @Operation(operationId = "updatePerjanjianKinerja", summary = "Change a draft PK", description = "Only a draft changes; a ditetapkan version is immutable (409 "
      + "pk-ditetapkan-immutable): draft a new version instead. Needs the current ETag.")
  @APIResponse(responseCode = "200", description = "Changed",
      headers = @Header(name = HttpHeaders.ETAG, description = "New revisi", schema = @Schema(implementation = String.class)),
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.PkView.class),
          examples = @ExampleObject(name = "camat", value = PlanningExamples.PK_VIEW)))
  @APIResponse(responseCode = "409", description = "The PK is ditetapkan",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "ditetapkan", value = PlanningExamples.PK_IMMUTABLE)))
  @APIResponse(responseCode = "412", description = "If-Match is not the current revisi")
  @APIResponse(responseCode = "428", description = "If-Match is required")
  public Response update(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.08") @PathParam("kode") @Pattern(regexp = KecamatanResource.KEC) String kode,
      @Parameter(description = "PK id", example = "12") @PathParam("id") @Min(1) @Max(Long.MAX_VALUE) long id,
      @Parameter(description = "ETag (revisi) being changed", required = true, example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.PkDraftRequest.class),
          examples = @ExampleObject(name = "camat", value = PlanningExamples.PK_DRAFT))) String body) {
    Endpoints.requirePlanner(caller, kode);
    PerjanjianKinerja p = service.update(kode, id, draft(body), ETags.parseIfMatch(ifMatch), caller.user());
    return Endpoints.versioned(view(p), p.revisi);
  }

  @POST
  @Path("/kecamatan/{kode}/perjanjian-kinerja/{id}/penetapan")
  @RolesAllowed(Roles.PLANNER)
  @Operation(operationId = "tetapkanPerjanjianKinerja", summary = "Sign (tetapkan) a draft PK",
      description = "Validates the draft again, and the year's plan with it (one indicator in one official's PK; one budget "
          + "line per code, a stated parent pagu equal to the sum of its sub-lines). Fixes the indicators' rules, makes the "
          + "version immutable and republishes the year's plan (planning.rencana-kinerja.published).")
  @APIResponse(responseCode = "200", description = "Ditetapkan",
      headers = @Header(name = HttpHeaders.ETAG, description = "New revisi", schema = @Schema(implementation = String.class)),
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Views.PkView.class),
          examples = @ExampleObject(name = "camat", value = PlanningExamples.PK_VIEW)))
  @APIResponse(responseCode = "409", description = "Already ditetapkan",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "ditetapkan", value = PlanningExamples.PK_IMMUTABLE)))
  @APIResponse(responseCode = "412", description = "If-Match is not the current revisi")
  @APIResponse(responseCode = "422", description = "The draft or the year's plan with it breaks a rule",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "pagu", value = PlanningExamples.PK_PLAN_CONFLICT)))
  @APIResponse(responseCode = "428", description = "If-Match is required")
  public Response tetapkan(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.08") @PathParam("kode") @Pattern(regexp = KecamatanResource.KEC) String kode,
      @Parameter(description = "PK id", example = "12") @PathParam("id") @Min(1) @Max(Long.MAX_VALUE) long id,
      @Parameter(description = "ETag (revisi) being signed", required = true, example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    Endpoints.requirePlanner(caller, kode);
    PerjanjianKinerja p = service.tetapkan(kode, id, ETags.parseIfMatch(ifMatch), caller.user());
    return Endpoints.versioned(view(p), p.revisi);
  }

  static final String PDF = "application/pdf";
  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final String FORMULIR = "The Perjanjian Kinerja in the form of PermenPANRB 53/2014: the kabupaten's letterhead "
      + "(its logo, PEMERINTAH KABUPATEN …, the kecamatan and its address), the title (PERJANJIAN KINERJA PERUBAHAN TAHUN … for "
      + "a PK perubahan), the statement naming pihak pertama and pihak kedua with NIP and jabatan, place (the kecamatan) and "
      + "date of the PK (left to be written when it has none), the signatures (pihak kedua left, pihak pertama right); then "
      + "the lampiran: every sasaran with its indicators, unit and target (and the triwulan targets where the PK plans "
      + "them), the program/kegiatan/sub kegiatan with their pagu and the total, and the signatures again. {id} is any "
      + "version of the official's PK of the year; versi chooses the version, by default the latest ditetapkan one (the "
      + "draft while none is). Texts in the language of the request, numbers and dates the Indonesian way.";

  @GET
  @Path("/kecamatan/{kode}/perjanjian-kinerja/{id}/formulir.pdf")
  @Produces({ PDF, APPLICATION_JSON })
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.OPERATOR, Roles.VERIFIER })
  @Operation(operationId = "downloadPerjanjianKinerjaFormulirPdf", summary = "The PK formulir to print and sign, as PDF",
      description = FORMULIR)
  @APIResponse(responseCode = "200", description = "The PDF",
      headers = @Header(name = "Content-Disposition", description = "The file name: pk-{kecamatan}-{tahun}-{id of the version}-v{versi}.pdf",
          schema = @Schema(implementation = String.class, examples = "attachment; filename=\"pk-35.02.08-2024-12-v1.pdf\"")),
      content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "400", description = "versi is not a version of this PK",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "versi", value = PlanningExamples.PK_VERSI_UNKNOWN)))
  @APIResponse(responseCode = "404", description = "No PK with this id in the kecamatan")
  public Response formulirPdf(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.08") @PathParam("kode") @Pattern(regexp = KecamatanResource.KEC) String kode,
      @Parameter(description = "Id of any version of the official's PK of the year", example = "12") @PathParam("id") @Min(1) @Max(Long.MAX_VALUE) long id,
      @Parameter(description = "The version to print; default the latest ditetapkan one (the draft while none is)", example = "1") @QueryParam("versi") @Min(1) @Max(1000) Integer versi) {
    return formulir(kode, id, versi, PkFormulirService.Format.PDF, PDF, "pdf");
  }

  @GET
  @Path("/kecamatan/{kode}/perjanjian-kinerja/{id}/formulir.docx")
  @Produces({ DOCX, APPLICATION_JSON })
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.OPERATOR, Roles.VERIFIER })
  @Operation(operationId = "downloadPerjanjianKinerjaFormulirDocx", summary = "The PK formulir to adjust in Word, as DOCX",
      description = FORMULIR + " The same document as the PDF, as a Word file.")
  @APIResponse(responseCode = "200", description = "The Word document",
      headers = @Header(name = "Content-Disposition", description = "The file name: pk-{kecamatan}-{tahun}-{id of the version}-v{versi}.docx",
          schema = @Schema(implementation = String.class, examples = "attachment; filename=\"pk-35.02.08-2024-12-v1.docx\"")),
      content = @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "400", description = "versi is not a version of this PK",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "versi", value = PlanningExamples.PK_VERSI_UNKNOWN)))
  @APIResponse(responseCode = "404", description = "No PK with this id in the kecamatan")
  public Response formulirDocx(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.08") @PathParam("kode") @Pattern(regexp = KecamatanResource.KEC) String kode,
      @Parameter(description = "Id of any version of the official's PK of the year", example = "12") @PathParam("id") @Min(1) @Max(Long.MAX_VALUE) long id,
      @Parameter(description = "The version to print; default the latest ditetapkan one (the draft while none is)", example = "1") @QueryParam("versi") @Min(1) @Max(1000) Integer versi) {
    return formulir(kode, id, versi, PkFormulirService.Format.DOCX, DOCX, "docx");
  }

  private Response formulir(String kode, long id, Integer versi, PkFormulirService.Format format, String mediaType,
      String ext) {
    Endpoints.requireRead(caller, kode);
    PkFormulirService.Berkas b = formulir.tulis(kode, id, versi, format, RequestLocale.current().locale());
    return Response.ok(b.isi(), mediaType).header("Content-Disposition", "attachment; filename=\"pk-" + kode + "-"
        + b.versi().tahun + "-" + b.versi().id + "-v" + b.versi().versi + "." + ext + "\"").build();
  }

  private static PkDok draft(String body) {
    Views.PkDraftRequest r = JsonBodies.read(JsonBodies.parse(body), DokumenSchema.Part.PK_DRAFT, Views.PkDraftRequest.class);
    return new PkDok(r.tahun(), r.pihakPertama(), r.pihakKedua(), r.jenis(), null, r.tanggal(), false, r.sasaran(), r.anggaran(),
        r.belanja());
  }

  private Views.PkView view(PerjanjianKinerja p) {
    PkDok d = stored.pk(p);
    return new Views.PkView(p.id, p.kecamatanKode, p.tahun, p.versi, p.jenis, p.status, p.revisi,
        service.pihakPertama(p).orElse(null), d.pihakKedua(), d.tanggal(), d.sasaran(), d.anggaran(), d.belanja(), p.ditetapkanAt,
        p.ditetapkanBy, p.updatedAt, p.updatedBy);
  }

  static Views.PkSummary summary(PerjanjianKinerja p) {
    return new Views.PkSummary(p.id, p.kecamatanKode, p.tahun, p.pihakNama, p.versi, p.jenis, p.status, p.revisi,
        p.tanggal == null ? null : p.tanggal.toString(), p.ditetapkanAt);
  }
}

package id.kinerja.planning.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

import com.fasterxml.jackson.databind.JsonNode;

import id.kinerja.common.json.CanonicalJson;
import id.kinerja.common.problem.FieldViolation;
import id.kinerja.common.problem.Problem;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.common.rest.ETags;
import id.kinerja.common.security.Roles;
import id.kinerja.planning.domain.PlanningMessages;
import id.kinerja.planning.domain.RencanaTerbit;
import id.kinerja.planning.domain.dokumen.RencanaDokumen;
import id.kinerja.planning.domain.rencana.RencanaKinerja;
import id.kinerja.planning.domain.rules.DokumenSchema;
import id.kinerja.planning.service.RencanaExportService;
import id.kinerja.planning.service.RencanaImportService;

@Tag(name = "Rencana", description = "Whole-kecamatan plan import/export and the published plan in force")
@Produces(APPLICATION_JSON)
@Path("/api")
public class RencanaResource extends PlanningResource {

  @Inject
  RencanaImportService importService;

  @Inject
  RencanaExportService exportService;

  @POST
  @Path("/rencana-import")
  @Consumes(APPLICATION_JSON)
  @RolesAllowed(Roles.PLANNER)
  @Operation(operationId = "importRencana", summary = "Import a whole kecamatan plan (Renstra + PK + budget, scales, calendar) as one document",
      description = "Format: docs/planning/rencana-import.v1.schema.json; kabupaten.kode must be the token's kabupaten. The "
          + "document is checked against the schema, then against the domain rules and the stored state; every error is "
          + "listed with its JSON path and rule in one 400 answer and nothing is stored. Otherwise it is applied in one "
          + "transaction: only what differs is written and announced, so an identical document changes and publishes nothing. "
          + "A ditetapkan PK version cannot be changed (pk-ditetapkan-immutable); a higher version (jenis PERUBAHAN) is added "
          + "and the old one stays readable.")
  @APIResponse(responseCode = "200", description = "Applied; what changed and which plans were published",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RencanaImportService.Hasil.class),
          examples = @ExampleObject(name = "first import", value = PlanningExamples.IMPORT_RESULT)))
  @APIResponse(responseCode = "400", description = "The document breaks the schema or the rules; every error is listed",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "errors", value = PlanningExamples.IMPORT_ERRORS)))
  @APIResponse(responseCode = "404", description = "The document's kabupaten is not the caller's (another kabupaten is invisible)")
  public RencanaImportService.Hasil importDokumen(
      @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RencanaDokumen.class),
          examples = @ExampleObject(name = "mlarak", value = PlanningExamples.IMPORT))) String body) {
    JsonNode node = JsonBodies.parse(body);
    JsonNode kode = node.path("kabupaten").path("kode");
    if (kode.isTextual()) {
      // Another kabupaten's data does not exist for this caller; checked before the document is looked at.
      caller.requireKabupatenRole(kode.asText(), Roles.PLANNER);
    }
    List<FieldViolation> errors = DokumenSchema.validate(DokumenSchema.Part.DOKUMEN, node);
    if (!errors.isEmpty() || !kode.isTextual()) {
      throw ProblemException.invalid(errors.isEmpty()
          ? List.of(FieldViolation.of("kabupaten.kode", PlanningMessages.REQUIRED_PROPERTY, "nama", "kabupaten.kode")) : errors);
    }
    RencanaDokumen dokumen = JsonBodies.read(node, DokumenSchema.Part.DOKUMEN, RencanaDokumen.class);
    return importService.importDokumen(dokumen, caller.user());
  }

  @GET
  @Path("/kecamatan/{kode}/rencana-export")
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.OPERATOR, Roles.VERIFIER })
  @Operation(operationId = "exportRencana", summary = "Export a kecamatan's plan of a year in the import format",
      description = "The Renstra in force for the year, every PK version of the year (drafts too), the kabupaten's scales and "
          + "calendar of the year, with defaults filled in; the calendar as date-times with the kabupaten's offset, and "
          + "kabupaten.zonaWaktu always. Importing the export changes nothing.")
  @APIResponse(responseCode = "200", description = "The plan document",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RencanaDokumen.class),
          examples = @ExampleObject(name = "mlarak", value = PlanningExamples.EXPORT)))
  public Response export(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.08") @PathParam("kode") @Pattern(regexp = KecamatanResource.KEC) String kode,
      @Parameter(description = "Year", example = "2024", required = true) @QueryParam("tahun") @NotNull @Min(2000) @Max(2100) Integer tahun) {
    Endpoints.requireRead(caller, kode);
    // Written with the canonical mapper: decimals exactly as stored, no exponent notation.
    return Response.ok(CanonicalJson.write(exportService.export(kode, tahun)), APPLICATION_JSON).build();
  }

  @GET
  @Path("/kecamatan/{kode}/rencana-kinerja/{tahun}")
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.OPERATOR, Roles.VERIFIER })
  @Operation(operationId = "getRencanaKinerja", summary = "The plan in force of a kecamatan and year, as last published",
      description = "Exactly the payload of the last planning.rencana-kinerja.published of this kecamatan and year "
          + "(docs/planning/README.md, \"The published plan\"); planVersi is the ETag.")
  @APIResponse(responseCode = "200", description = "The published plan",
      headers = @Header(name = HttpHeaders.ETAG, description = "planVersi", schema = @Schema(implementation = String.class)),
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RencanaKinerja.class),
          examples = @ExampleObject(name = "mlarak", value = PlanningExamples.RENCANA)))
  public Response rencana(
      @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.08") @PathParam("kode") @Pattern(regexp = KecamatanResource.KEC) String kode,
      @Parameter(description = "Year", example = "2024") @PathParam("tahun") @Min(2000) @Max(2100) int tahun) {
    Endpoints.requireRead(caller, kode);
    RencanaTerbit r = RencanaTerbit.<RencanaTerbit>find("kecamatanKode = ?1 and tahun = ?2", kode, tahun).firstResultOptional()
        .orElseThrow(() -> ProblemException.notFound(PlanningMessages.THING_RENCANA, "kecamatan", kode, "tahun", tahun));
    return Response.ok(r.isi, APPLICATION_JSON).tag(ETags.of(r.planVersi)).build();
  }
}

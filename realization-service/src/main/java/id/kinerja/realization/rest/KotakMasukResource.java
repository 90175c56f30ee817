package id.kinerja.realization.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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

import id.kinerja.common.security.Caller;
import id.kinerja.common.security.Roles;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.realization.domain.RealizationMessages;
import id.kinerja.realization.service.KotakMasukService;

@Path("/api/kabupaten/{kabupaten}/kotak-masuk")
@Tag(name = "Kotak masuk", description = "What waits for the caller: cells to fill, returned, to verify; late kecamatan")
@Produces(APPLICATION_JSON)
public class KotakMasukResource {

  private static final List<String> ROLES = List.of(Roles.OPERATOR, Roles.VERIFIER, Roles.BAGIAN_ORGANISASI,
      Roles.PLANNER, Roles.PIMPINAN);

  @Inject
  KotakMasukService service;

  @Inject
  Caller caller;

  @GET
  @RolesAllowed({ Roles.OPERATOR, Roles.VERIFIER, Roles.BAGIAN_ORGANISASI, Roles.PLANNER, Roles.PIMPINAN })
  @Operation(operationId = "getKotakMasuk", summary = "The caller's inbox for one triwulan",
      description = "What waits for the caller in one role, oldest first, with the count of each kind. Operator (own"
          + " kecamatan): cells to fill (due indicators and budget lines not started or DRAFT) with the time left"
          + " until the close or the kecamatan's reopening, versions RETURNED with the reason, evidence still missing."
          + " Verifier (own kecamatan): versions SUBMITTED (to verify) and VERIFIED (to approve), with how long they"
          + " have waited. Bagian Organisasi and planner (the whole kabupaten): per kecamatan not submitted, partly"
          + " submitted, waiting for verification, late, reopened, and the kecamatan per state. Pimpinan: the counts"
          + " and the kecamatan per state, no items. Without tahun and triwulan: the triwulan whose entry window is"
          + " open now, else reopened, else the latest closed. Another kabupaten answers 404.")
  @APIResponse(responseCode = "200", description = "The inbox, one page of items",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = KotakMasukView.class),
          examples = { @ExampleObject(name = "verifier", description = "The camat of Mlarak: one indicator to verify", value = KotakMasukView.EXAMPLE_VERIFIER),
              @ExampleObject(name = "bagian-organisasi", description = "Bagian Organisasi of Ponorogo after the close: Mlarak is late", value = KotakMasukView.EXAMPLE_BAGIAN_ORGANISASI) }))
  public KotakMasukView get(
      @Parameter(description = "Kabupaten code", example = "35.02") @PathParam("kabupaten") @Pattern(regexp = "\\d{2}\\.\\d{2}") String kabupaten,
      @Parameter(description = "Year; default: the year of the triwulan chosen by default", example = "2024") @QueryParam("tahun") @Min(2000) @Max(2100) Integer tahun,
      @Parameter(description = "Triwulan 1–4; default: the one whose entry window is open now, else reopened, else the latest closed", example = "4") @QueryParam("triwulan") @Min(1) @Max(4) Integer triwulan,
      @Parameter(description = "The role to read the inbox as, when the token holds several; default: the token's primary role. A role the token does not hold answers 403.",
          schema = @Schema(type = SchemaType.STRING, enumeration = { "operator", "verifier", "bagian-organisasi", "planner", "pimpinan" }))
      @QueryParam("peran") @Pattern(regexp = "operator|verifier|bagian-organisasi|planner|pimpinan") String peran,
      @Parameter(description = "Page, from 0", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
      @Parameter(description = "Page size, at most 200", example = "50") @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
    caller.requireKabupaten(kabupaten);
    String role = peran == null ? caller.role() : peran;
    if (!caller.hasRole(role)) {
      throw ProblemException.forbidden(RealizationMessages.KOTAK_PERAN_NOT_HELD, "peran", role, "dimiliki",
          String.join(", ", ROLES.stream().filter(caller::hasRole).toList()));
    }
    String kecamatan = null;
    if (Roles.OPERATOR.equals(role) || Roles.VERIFIER.equals(role)) {
      // A kecamatan role reads its own kecamatan, which must lie in the kabupaten of the path.
      kecamatan = caller.kecamatan().filter(k -> k.startsWith(kabupaten + ".")).orElseThrow(() -> ProblemException
          .forbidden(id.kinerja.common.i18n.CommonMessages.FORBIDDEN_NEEDS_ROLE_KECAMATAN, "peran", role,
              "kecamatan", kabupaten));
    }
    return KotakMasukView.of(service.inbox(kabupaten, kecamatan, role, tahun, triwulan, page, size));
  }
}

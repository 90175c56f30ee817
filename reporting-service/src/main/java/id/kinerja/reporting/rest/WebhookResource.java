package id.kinerja.reporting.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.kinerja.common.problem.Problem;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.common.security.Caller;
import id.kinerja.common.security.Roles;
import id.kinerja.reporting.domain.ReportingMessages;
import id.kinerja.reporting.domain.webhook.PengirimanStatus;
import id.kinerja.reporting.service.WebhookService;
import id.kinerja.reporting.service.view.WebhookViews;

/**
 * The kabupaten portal's webhooks (issue #17; docs/reporting.md "Webhooks"): planner and Bagian Organisasi register
 * and read them, Bagian Organisasi replays a delivery. Another kabupaten's webhooks do not exist for a caller (404).
 */
@Path("/api/kabupaten/{kabupatenKode}/webhook")
@Tag(name = "Webhook", description = "Signed notifications to the kabupaten portal: registration, deliveries, replay")
@Produces(APPLICATION_JSON)
public class WebhookResource {

  private static final String KAB_DOC = "Kode wilayah of the kabupaten";
  private static final String ID_DOC = "Id of the webhook";
  private static final String NOT_FOUND = "Unknown webhook, or another kabupaten's";

  @Inject
  WebhookService service;

  @Inject
  Caller caller;

  @POST
  @Consumes(APPLICATION_JSON)
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI })
  @Operation(operationId = "daftarWebhook", summary = "Register a webhook of the kabupaten",
      description = "Every later event of the chosen kinds of this kabupaten (and of no other) is POSTed to the URL,"
          + " signed with the secret (docs/reporting.md, \"Webhooks\"). The URL must be https to a public address: a"
          + " host that is, or resolves to, a loopback, private, link-local (169.254.169.254), unique-local or multicast"
          + " address is refused, as are credentials in the URL; http only to localhost where the deployment allows it"
          + " (development). The secret is never shown again.")
  @APIResponse(responseCode = "201", description = "Registered",
      headers = @Header(name = "Location", description = "The webhook's URL", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = WebhookViews.Webhook.class),
          examples = @ExampleObject(name = "portal", value = WebhookExamples.WEBHOOK)))
  @APIResponse(responseCode = "400", description = "The URL breaks the rule (field url, rule must-be-https-url,"
      + " no-credentials-in-url or must-be-public-address), the secret is too short, or a kind is unknown",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "metadata address", value = WebhookExamples.URL_REFUSED)))
  @APIResponse(responseCode = "404", description = "Another kabupaten")
  public Response daftar(
      @Parameter(description = KAB_DOC, example = "35.02") @PathParam("kabupatenKode") @Pattern(regexp = Params.KAB) String kabupatenKode,
      @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = WebhookViews.Daftar.class),
          examples = @ExampleObject(name = "portal", value = WebhookExamples.REQUEST))) @Valid @NotNull WebhookViews.Daftar request) {
    caller.requireKabupatenRole(kabupatenKode, Roles.PLANNER, Roles.BAGIAN_ORGANISASI);
    WebhookViews.Webhook w = service.daftar(kabupatenKode, request, caller.user());
    return Response.created(URI.create("/api/kabupaten/" + kabupatenKode + "/webhook/" + w.id())).entity(w).build();
  }

  @GET
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI })
  @Operation(operationId = "listWebhook", summary = "List the kabupaten's webhooks", description = "Newest first.")
  @APIResponse(responseCode = "200", description = "One page of webhooks",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = WebhookViews.WebhookPage.class),
          examples = @ExampleObject(name = "ponorogo", value = WebhookExamples.PAGE)))
  public WebhookViews.WebhookPage list(
      @Parameter(description = KAB_DOC, example = "35.02") @PathParam("kabupatenKode") @Pattern(regexp = Params.KAB) String kabupatenKode,
      @Parameter(description = "Page, from 0", example = "0", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
          minimum = "0", maximum = Params.PAGE_MAX, defaultValue = "0")) @QueryParam("page") @DefaultValue("0") int page,
      @Parameter(description = "Page size, 1..500", example = "50", schema = @Schema(type = SchemaType.INTEGER,
          format = "int32", minimum = "1", maximum = Params.SIZE_MAX, defaultValue = "50"))
      @QueryParam("size") @DefaultValue("50") int size) {
    Params.page(page, size);
    caller.requireKabupatenRole(kabupatenKode, Roles.PLANNER, Roles.BAGIAN_ORGANISASI);
    return service.list(kabupatenKode, page, size);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI })
  @Operation(operationId = "getWebhook", summary = "Read one webhook", description = "The secret is shown only as its"
      + " fingerprint.")
  @APIResponse(responseCode = "200", description = "The webhook",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = WebhookViews.Webhook.class),
          examples = @ExampleObject(name = "portal", value = WebhookExamples.WEBHOOK)))
  @APIResponse(responseCode = "404", description = NOT_FOUND)
  public WebhookViews.Webhook get(
      @Parameter(description = KAB_DOC, example = "35.02") @PathParam("kabupatenKode") @Pattern(regexp = Params.KAB) String kabupatenKode,
      @Parameter(description = ID_DOC, example = "0f8fad5b-d9cb-469f-a165-70867728950e") @PathParam("id") UUID id) {
    caller.requireKabupatenRole(kabupatenKode, Roles.PLANNER, Roles.BAGIAN_ORGANISASI);
    return service.get(kabupatenKode, id);
  }

  @PUT
  @Path("/{id}")
  @Consumes(APPLICATION_JSON)
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI })
  @Operation(operationId = "ubahWebhook", summary = "Change a webhook",
      description = "URL, kinds and state as given; the secret only when one is given. The URL is checked as at"
          + " registration. Deliveries already made keep the body they were made with; those still waiting are sent"
          + " to the new URL with the current secret.")
  @APIResponse(responseCode = "200", description = "Changed",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = WebhookViews.Webhook.class),
          examples = @ExampleObject(name = "portal", value = WebhookExamples.WEBHOOK)))
  @APIResponse(responseCode = "400", description = "The URL breaks the rule, the secret is too short, or a kind is unknown",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "metadata address", value = WebhookExamples.URL_REFUSED)))
  @APIResponse(responseCode = "404", description = NOT_FOUND)
  public WebhookViews.Webhook ubah(
      @Parameter(description = KAB_DOC, example = "35.02") @PathParam("kabupatenKode") @Pattern(regexp = Params.KAB) String kabupatenKode,
      @Parameter(description = ID_DOC, example = "0f8fad5b-d9cb-469f-a165-70867728950e") @PathParam("id") UUID id,
      @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = WebhookViews.Ubah.class),
          examples = @ExampleObject(name = "kinds", value = WebhookExamples.UPDATE))) @Valid @NotNull WebhookViews.Ubah request) {
    caller.requireKabupatenRole(kabupatenKode, Roles.PLANNER, Roles.BAGIAN_ORGANISASI);
    return service.ubah(kabupatenKode, id, request, caller.user());
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI })
  @Operation(operationId = "hapusWebhook", summary = "Remove a webhook",
      description = "With its deliveries and their attempts; nothing more is sent to it.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "404", description = NOT_FOUND)
  public Response hapus(
      @Parameter(description = KAB_DOC, example = "35.02") @PathParam("kabupatenKode") @Pattern(regexp = Params.KAB) String kabupatenKode,
      @Parameter(description = ID_DOC, example = "0f8fad5b-d9cb-469f-a165-70867728950e") @PathParam("id") UUID id) {
    caller.requireKabupatenRole(kabupatenKode, Roles.PLANNER, Roles.BAGIAN_ORGANISASI);
    service.hapus(kabupatenKode, id);
    return Response.noContent().build();
  }

  @GET
  @Path("/{id}/pengiriman")
  @RolesAllowed({ Roles.PLANNER, Roles.BAGIAN_ORGANISASI })
  @Operation(operationId = "listPengirimanWebhook", summary = "List a webhook's deliveries with their attempts",
      description = "Newest first; each delivery with its state (MENUNGGU: waiting for an attempt, TERKIRIM: a 2xx"
          + " answer came, GAGAL: given up after the configured number of attempts) and its attempts: HTTP status, the"
          + " first KiB of the answer, duration, and why it failed. status=GAGAL lists what needs a replay.")
  @APIResponse(responseCode = "200", description = "One page of deliveries",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = WebhookViews.PengirimanPage.class),
          examples = @ExampleObject(name = "failed", value = WebhookExamples.PENGIRIMAN_PAGE)))
  @APIResponse(responseCode = "404", description = NOT_FOUND)
  public WebhookViews.PengirimanPage pengiriman(
      @Parameter(description = KAB_DOC, example = "35.02") @PathParam("kabupatenKode") @Pattern(regexp = Params.KAB) String kabupatenKode,
      @Parameter(description = ID_DOC, example = "0f8fad5b-d9cb-469f-a165-70867728950e") @PathParam("id") UUID id,
      @Parameter(description = "Only deliveries in this state", example = "GAGAL", schema = @Schema(type = SchemaType.STRING,
          enumeration = { "MENUNGGU", "TERKIRIM", "GAGAL" })) @QueryParam("status") String status,
      @Parameter(description = "Page, from 0", example = "0", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
          minimum = "0", maximum = Params.PAGE_MAX, defaultValue = "0")) @QueryParam("page") @DefaultValue("0") int page,
      @Parameter(description = "Page size, 1..500", example = "50", schema = @Schema(type = SchemaType.INTEGER,
          format = "int32", minimum = "1", maximum = Params.SIZE_MAX, defaultValue = "50"))
      @QueryParam("size") @DefaultValue("50") int size) {
    PengirimanStatus s = status(status);
    Params.page(page, size);
    caller.requireKabupatenRole(kabupatenKode, Roles.PLANNER, Roles.BAGIAN_ORGANISASI);
    return service.pengiriman(kabupatenKode, id, s, page, size);
  }

  @POST
  @Path("/{id}/pengiriman/{pengirimanId}/kirim-ulang")
  @RolesAllowed(Roles.BAGIAN_ORGANISASI)
  @Operation(operationId = "kirimUlangPengirimanWebhook", summary = "Replay a delivery",
      description = "A delivered or failed delivery is sent again as a new series of attempts (retries and backoff as"
          + " the first), with the same Kinerja-Webhook-Id and body, so a receiver that already has it recognises it."
          + " Bagian Organisasi only.")
  @APIResponse(responseCode = "202", description = "Waiting for its first attempt of the new series",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = WebhookViews.Pengiriman.class),
          examples = @ExampleObject(name = "replayed", value = WebhookExamples.PENGIRIMAN_REPLAYED)))
  @APIResponse(responseCode = "404", description = "Unknown webhook or delivery, or another kabupaten's")
  @APIResponse(responseCode = "409", description = "The delivery is still waiting for an attempt (must-be-finished), or"
      + " the webhook is inactive (must-be-active)",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "waiting", value = WebhookExamples.REPLAY_WAITING)))
  public Response kirimUlang(
      @Parameter(description = KAB_DOC, example = "35.02") @PathParam("kabupatenKode") @Pattern(regexp = Params.KAB) String kabupatenKode,
      @Parameter(description = ID_DOC, example = "0f8fad5b-d9cb-469f-a165-70867728950e") @PathParam("id") UUID id,
      @Parameter(description = "Id of the delivery (its Kinerja-Webhook-Id)", example = "7d444840-9dc0-11d1-b245-5ffdce74fad2")
      @PathParam("pengirimanId") UUID pengirimanId) {
    caller.requireKabupatenRole(kabupatenKode, Roles.BAGIAN_ORGANISASI);
    return Response.accepted(service.kirimUlang(kabupatenKode, id, pengirimanId)).build();
  }

  private static PengirimanStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return PengirimanStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("status", ReportingMessages.ONE_OF_PARAMETER, "pilihan",
          java.util.List.of(PengirimanStatus.values()));
    }
  }
}

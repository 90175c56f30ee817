package id.kinerja.reporting.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.kinerja.common.security.Caller;
import id.kinerja.common.security.Roles;
import id.kinerja.reporting.service.DataVersion;
import id.kinerja.reporting.service.RebuildService;

@Path("/api/admin/proyeksi")
@Tag(name = "Admin", description = "The projections behind every figure: status and rebuild")
@Produces(APPLICATION_JSON)
public class AdminResource {

  private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(AdminResource.class);

  @Inject
  RebuildService rebuild;

  @Inject
  Caller caller;

  @Inject
  com.fasterxml.jackson.databind.ObjectMapper json;

  @GET
  @RolesAllowed(Roles.OPERATOR_SISTEM)
  @Operation(operationId = "getProyeksiStatus", summary = "State of the projection consumer",
      description = "Its consumer group, whether it runs, and how many records of both topics it has not yet applied"
          + " (lag); caughtUp = lag 0. Live state read from the broker on every request: the ETag is a hash of the"
          + " answer (304 on If-None-Match while nothing changed); there is no Last-Modified, since the lag grows"
          + " with every record published without anything here changing. The operations role (operator-sistem) only:"
          + " the state is service-wide, of every kabupaten.")
  @APIResponse(responseCode = "200", description = "Consumer state",
      headers = { @Header(name = "ETag", description = "Hash of this answer", schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)) },
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RebuildService.Status.class),
          examples = @ExampleObject(name = "caught-up", value = Examples.STATUS)))
  @APIResponse(responseCode = "304", description = "Not Modified: the state is the one the client holds (If-None-Match)."
      + " No body; the same ETag.",
      headers = { @Header(name = "ETag", description = "Hash of this answer", schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Cache-Control", description = Conditional.CACHE_CONTROL_DOC, schema = @Schema(type = SchemaType.STRING)) })
  public Response status(@BeanParam ConditionalHeaders conditions) {
    byte[] body = Conditional.json(json, rebuild.status());
    // Without Last-Modified, If-Modified-Since never gives 304 here; only If-None-Match counts.
    return Conditional.answer(conditions, Conditional.validators("proyeksi.json",
        DataVersion.builder().add("answer", new String(body, java.nio.charset.StandardCharsets.UTF_8)).build()),
        () -> Response.ok(body, APPLICATION_JSON));
  }

  @POST
  @Path("/rebuild")
  @RolesAllowed(Roles.OPERATOR_SISTEM)
  @Operation(operationId = "rebuildProyeksi", summary = "Rebuild every projection from the topics",
      description = "Stops the consumer, truncates every projection table in the same transaction that forgets the"
          + " processed event ids, and replays kinerja.planning.v1 and kinerja.realisasi.v1 from offset 0 under a new"
          + " consumer group. Figures depend only on the events, so the rebuilt projections equal the old ones; until"
          + " the consumer has caught up (GET /api/admin/proyeksi) reads show fewer figures of every kabupaten. The operations"
          + " role (operator-sistem) only, never a kabupaten's role: it empties every kabupaten's figures until the replay"
          + " has caught up (e.g. after deploying a changed calculation rule, docs/domain.md §5).")
  @APIResponse(responseCode = "202", description = "Rebuild started; poll the status until caughtUp",
      content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RebuildService.Status.class),
          examples = @ExampleObject(name = "started", value = Examples.STATUS_REBUILDING)))
  public Response start() {
    LOG.infof("Rebuild of the reporting projections requested by %s (%s)", caller.user(), caller.role());
    return Response.accepted(rebuild.rebuild()).build();
  }
}

package id.kinerja.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.OutboundSseEvent;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.i18n.Message;
import id.kinerja.common.i18n.RequestLocale;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.common.security.Caller;
import id.kinerja.common.security.Roles;
import id.kinerja.reporting.domain.ReportingMessages;
import id.kinerja.reporting.service.ReportService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;

/**
 * The live figures (docs/reporting.md "Live figures (SSE)"): Server-Sent Events announcing each recalculated
 * kecamatan-year of a kabupaten, or of one kecamatan, with the access rules of the reports they announce (the
 * konsolidasi's for the kabupaten, the kecamatan report's for a kecamatan).
 */
public final class LangsungResource {

  static final String TUNGGU_MAX = "86400";
  /** Announcement numbers have at most 18 digits (the Last-Event-ID header's pattern). */
  static final String SEJAK_MAX = "999999999999999999";
  static final String DOC = " Each announcement is an event \"angka\" whose id is the announcement's number and whose data"
      + " is JSON: the kecamatan-year, when it was announced (pada) and the newest event it reflects (asOf), with the"
      + " kabupaten's offset, whether its figures were removed (dihapus), which (tampilan, periode) groups changed"
      + " (kelompok), which summary figures changed from the previous announcement, old and new (perubahan: capaian,"
      + " capaianKumulatif, cakupan, predikat, serapan, serapanKumulatif, efisiensi, dibawahTarget, terlambat), and"
      + " every summary figure now (ringkasan: per tampilan OFFICIAL and PROVISIONAL and periode TW 1-4 and 0 = the"
      + " year, each figure with status, raw, display and teks as the reports show them). A recalculation that"
      + " reproduces the figures announced last (a redelivered event, a rebuild) announces nothing. After the"
      + " announcements a client resumes from (Last-Event-ID, or sejak for clients that cannot set headers; the header"
      + " wins) comes the event \"siap\" whose id is the position the client is complete up to; then the live"
      + " announcements. A resume from a number no longer kept (older than the retention, 7 days) gets the event"
      + " \"reset\": reload the reports, then follow from its id. A comment line every 15 s keeps idle connections open."
      + " A client that falls 1000 announcements behind is disconnected and resumes.";
  static final String EXAMPLE = """
      : langsung

      id: 1042
      event: angka
      data: {"id":1042,"kabupatenKode":"35.02","kecamatanKode":"35.02.08","tahun":2024,"pada":"2025-01-10T10:00:01.12+07:00","asOf":"2025-01-10T10:00:00+07:00","dihapus":false,"kelompok":[{"tampilan":"OFFICIAL","periode":4},{"tampilan":"OFFICIAL","periode":0}],"perubahan":[{"tampilan":"OFFICIAL","periode":0,"angka":"capaian","lama":{"status":"NOT_REPORTED","raw":null,"display":null,"teks":null},"baru":{"status":"COMPUTED","raw":117.4305555555555555555555555555556,"display":117.43,"teks":"117,43"}}],"ringkasan":[{"tampilan":"OFFICIAL","periode":0,"capaian":{"status":"COMPUTED","raw":117.4305555555555555555555555555556,"display":117.43,"teks":"117,43"},"capaianKumulatif":{"status":"COMPUTED","raw":117.4305555555555555555555555555556,"display":117.43,"teks":"117,43"},"cakupan":{"dilaporkan":2,"jumlah":2},"predikat":{"skor":4,"label":"Sangat Berhasil"},"serapan":{"status":"COMPUTED","raw":0.5197371358562161388302937766911597,"display":0.52,"teks":"0,52"},"serapanKumulatif":{"status":"COMPUTED","raw":0.5197371358562161388302937766911597,"display":0.52,"teks":"0,52"},"efisiensi":{"status":"NOT_REPORTED","raw":null,"display":null,"teks":null},"dibawahTarget":0,"terlambat":0,"asOf":"2025-01-10T10:00:00+07:00"}]}

      id: 1042
      event: siap
      data: {"posisi":1042}

      """;
  static final String LAST_EVENT_ID_DOC = "Resume after this announcement number (what an EventSource sends when it"
      + " reconnects)";
  static final String SEJAK_DOC = "Resume after this announcement number, for clients that cannot set Last-Event-ID"
      + " (the header wins)";
  static final String TUNGGU_DOC = "End the stream after this many seconds (0: after the announcements resumed from and"
      + " \"siap\"); absent: until the client leaves";

  private LangsungResource() {
  }

  /** The number a stream resumes after: the header, else the query parameter; null when neither is given. */
  static Long resumeFrom(String lastEventId, Long sejak) {
    if (lastEventId != null && !lastEventId.isBlank()) {
      String v = lastEventId.trim();
      if (!v.matches("[0-9]{1,18}")) {
        throw ProblemException.invalid("Last-Event-ID", CommonMessages.MUST_HAVE_TYPE_WHOLE_NUMBER);
      }
      return Long.parseLong(v);
    }
    if (sejak != null && (sejak < 0 || sejak > Long.parseLong(SEJAK_MAX))) {
      throw ProblemException.invalid("sejak", ReportingMessages.RANGE_PARAMETER, "min", 0, "max", SEJAK_MAX);
    }
    return sejak;
  }

  static Integer tunggu(Integer tunggu) {
    if (tunggu != null && (tunggu < 0 || tunggu > Integer.parseInt(TUNGGU_MAX))) {
      throw ProblemException.invalid("tunggu", ReportingMessages.RANGE_PARAMETER, "min", 0, "max",
          Integer.parseInt(TUNGGU_MAX));
    }
    return tunggu;
  }

  /** The data of a "reset" event, its text in the request's language. */
  static java.util.function.BiFunction<Long, Long, String> resetData() {
    RequestLocale locale = RequestLocale.current();
    return (sejak, posisi) -> {
      String pesan = Message.of(ReportingMessages.LANGSUNG_RESET, "sejak", Long.toString(sejak), "posisi",
          Long.toString(posisi)).render(locale.locale(), locale.zone());
      return "{\"sejak\":" + sejak + ",\"posisi\":" + posisi + ",\"pesan\":"
          + com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.textNode(pesan) + "}";
    };
  }

  @Path("/api/laporan/kabupaten/{kabupaten}/langsung")
  @Tag(name = "Konsolidasi")
  public static class Kabupaten {

    @Inject
    Caller caller;

    @Inject
    LangsungHub hub;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({ Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
    @Operation(operationId = "ikutiAngkaKabupaten", summary = "Live figures of every kecamatan of a kabupaten (SSE)",
        description = "Server-Sent Events: an announcement each time a kecamatan-year of the kabupaten is recalculated"
            + " and a figure a reader sees changed, so a dashboard sees a verified value become a capaian without"
            + " polling. The readers of the konsolidasi: bagian-organisasi, pimpinan and planner." + DOC)
    @APIResponse(responseCode = "200", description = "The stream (text/event-stream): events angka, siap and reset",
        content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "ponorogo", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A Last-Event-ID, sejak or tunggu that is not a number in range")
    @Blocking
    public Multi<OutboundSseEvent> ikuti(
        @Parameter(description = "Kode wilayah of the kabupaten", example = "35.02") @PathParam("kabupaten")
        @Pattern(regexp = Params.KAB) String kabupaten,
        @Parameter(in = ParameterIn.HEADER, name = "Last-Event-ID", description = LAST_EVENT_ID_DOC, example = "1042",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{1,18}$")) @HeaderParam("Last-Event-ID")
        String lastEventId,
        @Parameter(description = SEJAK_DOC, example = "1042", schema = @Schema(type = SchemaType.INTEGER,
            format = "int64", minimum = "0", maximum = SEJAK_MAX)) @QueryParam("sejak") Long sejak,
        @Parameter(description = TUNGGU_DOC, example = "0", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
            minimum = "0", maximum = TUNGGU_MAX)) @QueryParam("tunggu") Integer tunggu,
        @Context Sse sse) {
      Long from = resumeFrom(lastEventId, sejak);
      Integer t = tunggu(tunggu);
      caller.requireKabupatenRole(kabupaten, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER);
      return hub.open(sse, kabupaten, null, from, t, resetData());
    }
  }

  @Path("/api/laporan/kecamatan/{kecamatan}/langsung")
  @Tag(name = "Laporan kecamatan")
  public static class Kecamatan {

    @Inject
    Caller caller;

    @Inject
    LangsungHub hub;

    @Inject
    ReportService reports;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({ Roles.OPERATOR, Roles.VERIFIER, Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN, Roles.PLANNER })
    @Operation(operationId = "ikutiAngkaKecamatan", summary = "Live figures of one kecamatan (SSE)",
        description = "Server-Sent Events: an announcement each time a year of the kecamatan is recalculated and a"
            + " figure a reader sees changed. The readers of the kecamatan report: its operators and verifiers, and"
            + " bagian-organisasi, pimpinan and planner of its kabupaten." + DOC)
    @APIResponse(responseCode = "200", description = "The stream (text/event-stream): events angka, siap and reset",
        content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "mlarak", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A Last-Event-ID, sejak or tunggu that is not a number in range")
    @APIResponse(responseCode = "404", description = "Unknown kecamatan, or another kabupaten's kecamatan")
    @Blocking
    public Multi<OutboundSseEvent> ikuti(
        @Parameter(description = "Kode wilayah of the kecamatan", example = "35.02.08") @PathParam("kecamatan")
        @Pattern(regexp = Params.KEC) String kecamatan,
        @Parameter(in = ParameterIn.HEADER, name = "Last-Event-ID", description = LAST_EVENT_ID_DOC, example = "1042",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{1,18}$")) @HeaderParam("Last-Event-ID")
        String lastEventId,
        @Parameter(description = SEJAK_DOC, example = "1042", schema = @Schema(type = SchemaType.INTEGER,
            format = "int64", minimum = "0", maximum = SEJAK_MAX)) @QueryParam("sejak") Long sejak,
        @Parameter(description = TUNGGU_DOC, example = "0", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
            minimum = "0", maximum = TUNGGU_MAX)) @QueryParam("tunggu") Integer tunggu,
        @Context Sse sse) {
      Long from = resumeFrom(lastEventId, sejak);
      Integer t = tunggu(tunggu);
      String kabupaten = reports.kabupatenOf(kecamatan);
      caller.requireRead(kabupaten, kecamatan);
      return hub.open(sse, kabupaten, kecamatan, from, t, resetData());
    }
  }
}

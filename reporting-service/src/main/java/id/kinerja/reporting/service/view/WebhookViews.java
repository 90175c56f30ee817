package id.kinerja.reporting.service.view;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import id.kinerja.common.i18n.Message;
import id.kinerja.reporting.domain.webhook.PengirimanStatus;
import id.kinerja.reporting.domain.webhook.WebhookJenis;

/** Requests and answers of the portal's webhooks (docs/reporting.md, "Webhooks"). */
public final class WebhookViews {

  /** A secret: 32 to 256 visible ASCII characters (no spaces: text is trimmed on input, a secret must not be). */
  public static final String RAHASIA_PATTERN = "^[\\x21-\\x7E]{32,256}$";
  static final String URL_DOC = "Where deliveries are POSTed: https to a public address (http only to localhost in"
      + " development); no user name or password in it. Checked again before every delivery.";
  static final String RAHASIA_DOC = "Shared secret the deliveries are signed with (HMAC-SHA256): 32 to 256 visible ASCII"
      + " characters, no spaces. Never shown again: answers carry only its fingerprint (sidikRahasia).";
  static final String JENIS_DOC = "Kinds of events to receive (each at most once)";

  private WebhookViews() {
  }

  @Schema(name = "WebhookRequest", description = "A webhook to register: URL, secret, kinds of events, active or not.")
  public record Daftar(
      @Schema(description = URL_DOC, examples = "https://portal.ponorogokab.go.id/kinerja/webhook", maxLength = 2000)
      @NotBlank @Size(max = 2000) String url,
      @Schema(description = RAHASIA_DOC, examples = "s3kr3t-Ponorogo-2024-portal-webhook-0001", pattern = RAHASIA_PATTERN)
      @NotNull @Pattern(regexp = RAHASIA_PATTERN) String rahasia,
      @Schema(description = JENIS_DOC, minItems = 1, maxItems = 6) @NotNull @Size(min = 1, max = 6) List<@NotNull WebhookJenis> jenis,
      @Schema(description = "Whether deliveries are made (an inactive webhook keeps its history)", examples = "true")
      @NotNull Boolean aktif) {
  }

  @Schema(name = "WebhookUpdate", description = "A registered webhook's new URL, kinds and state; a new secret only when"
      + " given (absent: the secret stays).")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Ubah(
      @Schema(description = URL_DOC, examples = "https://portal.ponorogokab.go.id/kinerja/webhook", maxLength = 2000)
      @NotBlank @Size(max = 2000) String url,
      @Schema(description = RAHASIA_DOC + " Absent: the secret stays.", examples = "s3kr3t-Ponorogo-2024-portal-webhook-0002",
          pattern = RAHASIA_PATTERN)
      @Pattern(regexp = RAHASIA_PATTERN) String rahasia,
      @Schema(description = JENIS_DOC, minItems = 1, maxItems = 6) @NotNull @Size(min = 1, max = 6) List<@NotNull WebhookJenis> jenis,
      @Schema(description = "Whether deliveries are made", examples = "true") @NotNull Boolean aktif) {
  }

  @Schema(name = "Webhook", description = "A registered webhook of a kabupaten. The secret is never shown.")
  public record Webhook(
      @Schema(examples = "0f8fad5b-d9cb-469f-a165-70867728950e") UUID id,
      @Schema(examples = "35.02") String kabupatenKode,
      @Schema(examples = "https://portal.ponorogokab.go.id/kinerja/webhook") String url,
      @Schema(description = "Fingerprint of the secret (first 4 bytes of its SHA-256), to tell which one is in use",
          examples = "sha256:1a2b3c4d") String sidikRahasia,
      @Schema(description = "Kinds of events it receives") List<WebhookJenis> jenis,
      @Schema(examples = "true") boolean aktif,
      @Schema(examples = "2024-07-01T09:00:00+07:00") Instant dibuat,
      @Schema(examples = "perencana.ponorogo") String dibuatOleh,
      @Schema(examples = "2024-07-01T09:00:00+07:00") Instant diubah,
      @Schema(examples = "perencana.ponorogo") String diubahOleh) {
  }

  @Schema(name = "WebhookPage", description = "One page of a kabupaten's webhooks, newest first.")
  public record WebhookPage(List<Webhook> items, @Schema(examples = "0") int page, @Schema(examples = "50") int size,
      @Schema(examples = "1") long total) {
  }

  @Schema(name = "WebhookPercobaan", description = "One attempt of a delivery and the receiver's answer.")
  public record Percobaan(
      @Schema(description = "Series: 1, and one more for each replay", examples = "1") int seri,
      @Schema(description = "Attempt within its series, from 1", examples = "1") int nomor,
      @Schema(examples = "2024-07-03T09:15:00+07:00") Instant mulai,
      @Schema(description = "Milliseconds until the answer or the error", examples = "84") long durasiMs,
      @Schema(description = "HTTP status of the answer; null when none came", nullable = true, examples = "200") Integer statusKode,
      @Schema(description = "The first KiB of the answer's body (UTF-8, cut); null when none came", nullable = true,
          examples = "{\"diterima\":true}") String jawaban,
      @Schema(description = "Why the attempt failed: timeout (no answer in time), koneksi (no connection), alamat-ditolak"
          + " (the URL refused at delivery) or status (an answer that is not 2xx); null when it succeeded",
          nullable = true, examples = "status") String galat,
      @Schema(description = "The failure in words, in the language of the answer; null when it succeeded", nullable = true,
          examples = "penerima menjawab dengan status 500") Message galatKeterangan) {
  }

  @Schema(name = "WebhookPengiriman", description = "One delivery: one event to one webhook, with every attempt. Its id"
      + " is the Kinerja-Webhook-Id header, the same in every retry and replay.")
  public record Pengiriman(
      @Schema(examples = "7d444840-9dc0-11d1-b245-5ffdce74fad2") UUID id,
      @Schema(examples = "0f8fad5b-d9cb-469f-a165-70867728950e") UUID webhookId,
      WebhookJenis jenis,
      @Schema(description = "What caused it: event:<envelope id> of a Kafka event, angka:<announcement id> of a"
          + " recalculation", examples = "event:0b6f6c1e-5f3a-4f7e-9b1c-2d0e8c9a7f10") String sumber,
      PengirimanStatus status,
      @Schema(description = "Current series (1, and one more per replay)", examples = "1") int seri,
      @Schema(description = "Attempts made in the current series", examples = "1") int jumlahPercobaan,
      @Schema(description = "When the next attempt is due; null unless MENUNGGU", nullable = true,
          examples = "2024-07-03T09:15:10+07:00") Instant percobaanBerikutnya,
      @Schema(examples = "2024-07-03T09:15:00+07:00") Instant dibuat,
      @Schema(description = "When it was delivered or given up; null while MENUNGGU", nullable = true,
          examples = "2024-07-03T09:15:00+07:00") Instant selesai,
      @Schema(description = "Every attempt, oldest first (at most the last 100)") List<Percobaan> percobaan) {
  }

  @Schema(name = "WebhookPengirimanPage", description = "One page of a webhook's deliveries, newest first.")
  public record PengirimanPage(List<Pengiriman> items, @Schema(examples = "0") int page, @Schema(examples = "50") int size,
      @Schema(examples = "1") long total) {
  }
}

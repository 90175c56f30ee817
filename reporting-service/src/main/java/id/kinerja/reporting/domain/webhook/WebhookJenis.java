package id.kinerja.reporting.domain.webhook;

import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of events a kabupaten's webhook may subscribe to; the wire name is the one the portal sees. */
@Schema(name = "WebhookJenis", description = "A kind of event a webhook receives", enumeration = { "realisasi.submitted",
    "realisasi.verified", "realisasi.returned", "realisasi.approved", "figures.recalculated", "deadline.reminder" })
public enum WebhookJenis {
  REALISASI_SUBMITTED("realisasi.submitted"),
  REALISASI_VERIFIED("realisasi.verified"),
  REALISASI_RETURNED("realisasi.returned"),
  REALISASI_APPROVED("realisasi.approved"),
  FIGURES_RECALCULATED("figures.recalculated"),
  DEADLINE_REMINDER("deadline.reminder");

  private final String nama;

  WebhookJenis(String nama) {
    this.nama = nama;
  }

  @JsonValue
  public String nama() {
    return nama;
  }

  /** The kind by its wire name (Jackson reads the wire names through {@link #nama()}). */
  public static WebhookJenis byNama(String nama) {
    for (WebhookJenis j : values()) {
      if (j.nama.equals(nama)) {
        return j;
      }
    }
    throw new IllegalArgumentException("unknown webhook kind " + nama);
  }

  /**
   * The kind a realisasi workflow status announces: SUBMITTED, VERIFIED, RETURNED, APPROVED; none for DRAFT (a
   * correction opened), which the portal has no kind for.
   */
  public static Optional<WebhookJenis> ofRealisasiStatus(String status) {
    return switch (status) {
      case "SUBMITTED" -> Optional.of(REALISASI_SUBMITTED);
      case "VERIFIED" -> Optional.of(REALISASI_VERIFIED);
      case "RETURNED" -> Optional.of(REALISASI_RETURNED);
      case "APPROVED" -> Optional.of(REALISASI_APPROVED);
      default -> Optional.empty();
    };
  }
}

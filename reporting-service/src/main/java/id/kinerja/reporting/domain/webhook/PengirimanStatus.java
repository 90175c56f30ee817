package id.kinerja.reporting.domain.webhook;

/** State of one webhook delivery. */
public enum PengirimanStatus {
  /** Waiting for its next attempt (the first, a retry, or a replay). */
  MENUNGGU,
  /** A 2xx answer was received. */
  TERKIRIM,
  /** The last allowed attempt failed; an admin may replay it. */
  GAGAL
}

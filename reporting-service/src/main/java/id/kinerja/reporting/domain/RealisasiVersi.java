package id.kinerja.reporting.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One version of one realisasi cell (an indicator's or a budget line's triwulan value) in the workflow state of
 * the highest revisi received. {@code kode} is the indikator or anggaran kode; for budget lines {@code nilai} is
 * Rupiah and the component and text fields are null. {@code narasi} is the indicator version's narrative
 * ({@link Narasi#NONE} for budget lines and for versions known only from v1 events).
 */
public record RealisasiVersi(String kecamatanKode, int tahun, int triwulan, String kode, int versi, int revisi,
    String status, String keadaan, BigDecimal nilai, BigDecimal pembilang, BigDecimal penyebut, String teks,
    BigDecimal capaianManual, String justifikasi, boolean terlambat, boolean melebihiPagu, Instant occurredAt,
    Narasi narasi) {

  public RealisasiVersi {
    if (narasi == null) {
      narasi = Narasi.NONE;
    }
  }

  /** Whether this version counts in the given view (before choosing the newest of those that count). */
  public boolean counts(Tampilan view) {
    return switch (status) {
      case "APPROVED", "VERIFIED" -> true;
      case "SUBMITTED" -> view == Tampilan.PROVISIONAL;
      default -> false;
    };
  }
}

package id.kinerja.realization.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.realization.domain.AlasanKode;

@Schema(name = "Pengembalian", description = "The last return of this version (dikembalikan)")
public record PengembalianView(
    @Schema(examples = "REALISASI_DITELITI_ULANG") AlasanKode alasanKode,
    @Schema(description = "Free text; null when the reason code says it all", nullable = true, examples = "Jumlah desa pada pembilang tidak sesuai data IDM") String alasan,
    @Schema(examples = "sekcam.mlarak") String oleh,
    @Schema(examples = "2025-01-07T08:30:00+07:00") Instant pada) {

  static PengembalianView of(AlasanKode kode, String alasan, String oleh, Instant pada) {
    return oleh == null ? null : new PengembalianView(kode, alasan, oleh, pada);
  }
}
